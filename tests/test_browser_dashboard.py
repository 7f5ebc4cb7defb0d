"""The dashboard in a real headless Chromium (Debian's, driven by Playwright).

A server runs on 127.0.0.1 over the test record. Every test fails if a page asks for
anything outside 127.0.0.1 (the dashboard must work offline), logs an error in the
console, raises a script error or opens a dialog (a page's ``<script>alert(1)</script>``
must stay text). Screenshots go to $FRONTWIRE_SCREENSHOTS when it is set.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from frontwire.serve import create_app

from serve_long_record import build_long_store
from test_serve_data import CLAIMS_TOTAL, PAGES, SCRIPT, build_store

CHROMIUM = "/usr/bin/chromium"

if not os.path.exists(CHROMIUM):
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)",
                allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="browser tests need the playwright package")
uvicorn = pytest.importorskip("uvicorn")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{folder / 'record.db'}"
    build_store(url, fused=True, folder=folder).close()       # with the official record and events
    app = create_app(url)            # the map's boundaries: the geo stage's, as in production
    yield from serving(app)


@pytest.fixture(scope="module")
def long_server(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('long') / 'record.db'}"
    build_long_store(url).close()
    yield from serving(create_app(url))


def serving(app):
    """Run ``app`` on a free port of 127.0.0.1 until the tests are done with it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield {"base": f"http://127.0.0.1:{port}", "shapes": bool(app.state.boundaries)}
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("FRONTWIRE_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


class Watched:
    """A page whose outside requests, console errors, script errors and dialogs are recorded."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1360, "height": 900})
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("dialog", self._dialog)

    def _route(self, route) -> None:
        parts = urlsplit(route.request.url)
        if parts.scheme in ("data", "blob") or parts.hostname == "127.0.0.1":
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def goto(self, path: str):
        response = self.page.goto(self.base + path, wait_until="load")
        assert response is not None and response.status == 200, (path, response and response.status)
        return self.page

    def check(self) -> None:
        assert self.outside == [], f"requests outside 127.0.0.1: {self.outside}"
        assert self.errors == [], self.errors
        assert self.dialogs == [], f"dialogs opened: {self.dialogs}"

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def web(browser, server):
    watched = Watched(browser, server["base"])
    yield watched
    try:
        watched.check()
    finally:
        watched.close()


def test_overview_draws_both_charts(web, shots) -> None:
    page = web.goto("/")
    for chart in ("#chart-air", "#chart-types"):
        page.wait_for_selector(f'{chart}[data-drawn="true"]', timeout=15_000)
        assert page.locator(f"{chart} .main-svg").count() >= 1
    # bars: 154 launched against 125 intercepted on the night to 5 Feb; lines: the official record
    assert page.locator("#chart-air .bars .point").count() == 2
    assert page.locator("#chart-air .scatterlayer .trace").count() == 2
    assert "2026-02-05" in page.locator("table.compact").first.inner_text()
    page.screenshot(path=str(shots / "overview.png"), full_page=True)


def test_the_map_is_drawn_and_links_to_claims(web, server, shots) -> None:
    page = web.goto("/map")
    svg = page.locator("svg#map")
    assert svg.is_visible()
    box = svg.bounding_box()
    assert box and box["width"] > 400 and box["height"] > 300
    if server["shapes"]:
        assert page.locator("svg#map path.region").count() == 27
        kharkiv = page.locator('svg#map path.region[data-code="UA-63"]')
    else:
        kharkiv = page.locator('svg#map circle.point[data-code="UA-63"]')
    assert kharkiv.get_attribute("data-claims") == "2"
    fill = kharkiv.evaluate("el => getComputedStyle(el).fill")
    assert fill not in ("", "none", "rgb(238, 240, 242)")          # shaded, not the "no claims" colour
    assert page.locator('svg#map circle.point-RU[data-code="RU-ROS"]').is_visible()
    page.screenshot(path=str(shots / "map.png"), full_page=True)
    page.select_option('select[name="type"]', "strike")
    page.click("form.filters button")
    page.wait_for_url("**/map?type=strike**")
    assert page.locator('svg#map [data-code="UA-63"]').first.get_attribute("data-claims") == "0"
    page.locator('svg#map circle[data-code="RU-ROS"]').click()
    page.wait_for_url("**/claims?type=strike&admin1=RU-ROS")
    assert page.locator("tr.claim-row").count() == 2          # the strike claimed and its denial


def test_claims_table_filters_and_opens_the_evidence(web, shots) -> None:
    page = web.goto("/claims")
    assert page.locator("tr.claim-row").count() == CLAIMS_TOTAL        # the news' claims
    page.select_option('select[name="type"]', "interception")
    page.select_option('select[name="side"]', "UA")
    page.click("#claim-filters button")
    page.wait_for_url("**/claims?type=interception&side=UA**")
    assert page.locator("tr.claim-row").count() == 2          # two news reports
    page.select_option('select[name="source"]', "all")
    page.click("#claim-filters button")
    page.wait_for_url("**/claims?type=interception&side=UA*source=all**")
    assert page.locator("tr.claim-row").count() == 3          # and the official record
    page.fill('input[name="claimant"]', "")
    page.fill('input[name="q"]', "121 of 150")
    page.click("#claim-filters button")
    page.wait_for_load_state("load")
    rows = page.locator("tr.claim-row")
    assert rows.count() == 1
    page.screenshot(path=str(shots / "claims.png"), full_page=True)
    rows.first.locator("a.evidence-link").click()
    page.wait_for_url("**/documents/wire-odesa?claim=*")
    marks = page.locator("mark.evidence-mark")
    assert marks.count() == 2                                      # the cleaned article and the raw page
    assert marks.first.inner_text() == "Ukraine's air force said 121 of 150 Russian drones were shot down overnight."
    assert marks.first.is_visible()
    assert page.locator("#evidence-claim").inner_text().startswith("interception")
    page.screenshot(path=str(shots / "document-evidence.png"), full_page=False)


def test_the_script_in_a_page_stays_text(web, shots) -> None:
    page = web.goto("/documents/wire-script")
    assert SCRIPT in page.locator("h1.doc-title").inner_text()
    assert SCRIPT in page.locator("section.article").inner_text()
    assert page.evaluate("document.querySelectorAll('main script').length") == 0
    page.locator("a.evidence-link").first.click()
    page.wait_for_load_state("load")
    assert SCRIPT in page.locator("mark.evidence-mark").first.inner_text()
    page.screenshot(path=str(shots / "document-script.png"), full_page=True)
    web.goto("/claims?type=cyber")
    assert SCRIPT in page.locator("td.evidence").first.inner_text()


def test_documents_list_and_html_document(web) -> None:
    page = web.goto("/documents")
    assert page.locator("tbody tr").count() == len(PAGES)         # the news; the official record's report apart
    page.select_option('select[name="source"]', "official")
    page.click("form.filters button")
    page.wait_for_url("**/documents?*source=official**")
    assert page.locator("tbody tr").count() == 1
    page.select_option('select[name="source"]', "news")
    page.fill('input[name="q"]', "envoys")
    page.click("form.filters button")
    page.wait_for_url("**/documents?q=envoys*")
    page.locator("tbody a").first.click()
    page.wait_for_url("**/documents/wire-talks")
    assert "<article>" in page.locator("pre.raw-text").inner_text()      # the markup, as text
    assert "Abu Dhabi" in page.locator("section.article").inner_text()


def test_the_brief_page(web, shots) -> None:
    page = web.goto("/brief?date=2026-02-05")
    air = page.locator("#section-air_attacks").inner_text()
    assert "Official record (Ukrainian Air Force report): launched 150 drones, 4 missiles" in air
    assert ("Ukrainian Air Force (UA): launched 150 drones, 4 missiles; intercepted 121 drones, 4 missiles "
            "(the official record: intercepted 117 drones)") in air
    assert page.locator("#section-territory").is_visible()
    assert page.locator("ol.sources li").count() == 4
    page.screenshot(path=str(shots / "brief.png"), full_page=True)
    page.locator("#section-territory a").first.click()
    page.wait_for_url("**/documents/wire-kharkiv?claim=*")
    assert "Petrivka" in page.locator("mark.evidence-mark").first.inner_text()


def test_events_list_and_a_contested_event(web, shots) -> None:
    page = web.goto("/events")
    page.select_option('select[name="status"]', "contested")
    page.click("#event-filters button")
    page.wait_for_url("**/events?*status=contested*")
    rows = page.locator("tr.event-row")
    assert rows.count() == 2
    page.screenshot(path=str(shots / "events.png"), full_page=True)
    page.locator("a.event-link", has_text="Rostov").click()
    page.wait_for_url("**/events/ev-*")
    columns = page.locator("section.event-column")
    assert [columns.nth(i).get_attribute("data-side") for i in range(columns.count())] == ["UA", "RU"]
    flagged = page.locator("article.claim-card.contradiction")
    assert flagged.count() == 2
    assert "denial" in page.locator("#contradictions").inner_text()
    page.screenshot(path=str(shots / "event.png"), full_page=True)
    flagged.nth(1).locator("a.evidence-link").click()
    page.wait_for_url("**/documents/wire-refinery?claim=*")
    assert page.locator("mark.evidence-mark").first.inner_text().startswith("Russia's Defense Ministry said")


def test_the_api_docs_load_offline(web, shots) -> None:
    page = web.goto("/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=15_000)
    assert "frontwire" in page.locator(".swagger-ui .info .title").inner_text()
    assert page.locator(".opblock-summary-path", has_text="/api/claims").count() >= 1
    page.screenshot(path=str(shots / "api-docs.png"), full_page=False)


def tick_boxes(page, chart: str) -> list[dict]:
    boxes = [t.bounding_box() for t in page.locator(f"{chart} .xtick text").all()]
    return [b for b in boxes if b]          # a tick Plotly keeps hidden has no box


def overlapping(boxes: list[dict]) -> bool:
    return any(a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"] and
               a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]
               for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_two_years_of_claims_draw_readable_date_axes(browser, long_server, shots) -> None:
    web = Watched(browser, long_server["base"])
    try:
        page = web.goto("/")
        for chart in ("#chart-air", "#chart-types"):
            page.wait_for_selector(f'{chart}[data-drawn="true"]', timeout=30_000)
            boxes = tick_boxes(page, chart)
            assert 3 <= len(boxes) <= 16, (chart, len(boxes))       # a few dates, never one per day
            assert not overlapping(boxes), chart
        assert page.locator("#chart-air .bars .point").count() >= 8     # the last 90 nights' bars
        page.screenshot(path=str(shots / "overview-two-years.png"), full_page=True)
        top = "document.querySelector('#chart-air').layout.yaxis.range[1]"
        assert page.evaluate(top) < 600                 # fitted to the last 90 nights
        page.locator("#chart-air .rangeselector .button", has_text="all").click()
        page.wait_for_function("document.querySelector('#chart-air').layout.xaxis.range[0] < '2024-02'")
        page.wait_for_function(f"{top} >= 600")         # refitted to every night, the spring 2024 peak too
        assert page.locator("#chart-air .bars .point").count() >= 60     # every night's two bars
        assert not overlapping(tick_boxes(page, "#chart-air"))
        web.check()
    finally:
        web.close()
