"""``frontwire bench serve``: how fast the web application answers on a real store.

Two measures per page, on the store given with ``--db`` (e.g. the feed corpus ingested:
``frontwire ingest ../shared/corpus/rss_2022_2023.jsonl.gz --db /tmp/rss.db``):

- ``server``: the time the application takes to answer a request, in process (no network,
  no browser), the first request after start (``first``: it fills the record cache) and
  the median of ``--repeat`` more;
- ``browser`` (``--browser``, with Debian's chromium and the playwright package): the page
  loaded ``--repeat`` times in headless Chromium from a local server, DOMContentLoaded and
  load from the page's own navigation timing, and when its charts are drawn. The first
  load of each page is a cold browser cache (plotly.js is 4.8 MB); then it is warm. The
  server fills its record cache at start as ``frontwire serve`` does (``--cold-start``: not).

The pages: the overview, the map, the claims, events and documents lists, the daily brief,
the air-attack series, and the event with the most claims and the largest document.
"""

from __future__ import annotations

import os
import socket
import statistics
import threading
import time
import warnings

import click

CHROMIUM = "/usr/bin/chromium"
PAGES = ("/", "/map", "/claims", "/events", "/documents", "/brief", "/api/series/air-attacks")


def _busiest(store) -> list[str]:
    """The event with the most claims and the document with the largest page, if any."""
    from sqlalchemy import func, select

    from frontwire.store import schema

    out = []
    with store.engine.connect() as conn:
        event = conn.execute(select(schema.events.c.event_id).order_by(schema.events.c.claims.desc()).limit(1)).scalar()
        doc = conn.execute(select(schema.documents.c.doc_id)
                           .order_by(func.length(schema.documents.c.raw).desc()).limit(1)).scalar()
    if event:
        out.append(f"/events/{event}")
    if doc:
        out.append(f"/documents/{doc}")
    return out


def _server_times(app, paths: list[str], repeat: int) -> list[tuple[str, int, float, float, int]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    client = TestClient(app)
    rows = []
    for path in paths:
        times = []
        for _ in range(repeat + 1):
            started = time.perf_counter()
            response = client.get(path, headers={"accept": "text/html"})
            times.append(time.perf_counter() - started)
        rows.append((path, response.status_code, times[0], statistics.median(times[1:]), len(response.content)))
    return rows


def _serve(app):
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


_TIMING = ("(() => { const n = performance.getEntriesByType('navigation')[0];"
           " return [n.domContentLoadedEventEnd, n.loadEventEnd]; })()")
_DRAWN = ("Array.from(document.querySelectorAll('.chart'))"
          ".every(c => c.getAttribute('data-drawn') === 'true')")


def _browser_times(base: str, paths: list[str], repeat: int) -> list[tuple[str, list[float], list[float], list[float]]]:
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_context(viewport={"width": 1360, "height": 900}).new_page()
        for path in paths:
            if path.startswith("/api/"):
                continue
            dcl, load, drawn = [], [], []
            for _ in range(repeat):
                started = time.perf_counter()
                page.goto(base + path, wait_until="load", timeout=120_000)
                if page.locator(".chart").count():
                    page.wait_for_function(_DRAWN, timeout=120_000)
                drawn.append(time.perf_counter() - started)
                a, b = page.evaluate(_TIMING)
                dcl.append(a / 1000)
                load.append(b / 1000)
            rows.append((path, dcl, load, drawn))
        browser.close()
    return rows


def _spread(values: list[float]) -> str:
    return f"{min(values):6.2f} {statistics.median(values):6.2f} {max(values):6.2f}"


@click.command("serve")
@click.option("--db", "db_url", required=True, help="The store to serve (a SQLite path or SQLAlchemy URL).")
@click.option("--repeat", type=click.IntRange(1, 50), default=5, show_default=True,
              help="Requests (server) and page loads (browser) per page.")
@click.option("--browser/--no-browser", default=False, show_default=True,
              help="Also load every page in headless Chromium (needs /usr/bin/chromium and playwright).")
@click.option("--cold-start", is_flag=True,
              help="Browser: do not fill the record cache at start (``frontwire serve`` does, in the "
                   "background), so the first overview waits for it.")
@click.option("--page", "extra", multiple=True, metavar="PATH", help="Another page to measure (repeatable).")
def serve_bench_command(db_url: str, repeat: int, browser: bool, cold_start: bool, extra: tuple[str, ...]) -> None:
    """Server and browser time of every dashboard page on a real store."""
    from frontwire.serve import create_app

    started = time.perf_counter()
    app = create_app(db_url)
    click.echo(f"application over {app.state.store.url} made in {time.perf_counter() - started:.2f}s "
               f"({app.state.store.counts()['documents']} documents, {app.state.store.counts()['claims']} claims)")
    paths = list(PAGES) + _busiest(app.state.store) + list(extra)
    click.echo(f"\nserver (in process): seconds, the first request after start, then the median of {repeat}")
    click.echo(f"{'page':58s} {'status':>6s} {'first':>7s} {'median':>7s} {'kB':>7s}")
    for path, status, first, median, size in _server_times(app, paths, repeat):
        click.echo(f"{path[:58]:58s} {status:6d} {first:7.3f} {median:7.3f} {size / 1024:7.0f}")
    if not browser:
        return
    if not os.path.exists(CHROMIUM):
        raise click.ClickException(f"--browser needs Debian's chromium at {CHROMIUM}")
    fresh = create_app(db_url) if cold_start else create_app(db_url, warm=True)   # as after a restart
    server, thread, base = _serve(fresh)
    try:
        for warming in threading.enumerate():              # as a reader arriving a few seconds later
            if warming.name == "frontwire-warm":
                warming.join(timeout=120)
        rows = _browser_times(base, paths, repeat)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    start = "cold start: the first overview fills the record cache" if cold_start else \
        "warm start, as frontwire serve: the record cache filled at start"
    click.echo(f"\nbrowser (headless Chromium, {repeat} loads, the first with the browser's cache empty; {start}): "
               "seconds, min median max")
    click.echo(f"{'page':46s} {'DOMContentLoaded':>20s} {'load':>20s} {'charts drawn':>20s}")
    for path, dcl, load, drawn in rows:
        click.echo(f"{path[:46]:46s} {_spread(dcl):>20s} {_spread(load):>20s} {_spread(drawn):>20s}")
