"""``frontwire serve`` (the web application) and ``frontwire brief`` (the daily brief)."""

from __future__ import annotations

import os
import sys

import click

from frontwire.cli.common import stderr
from frontwire.store import DEFAULT_URL

db_option = click.option("--db", "db_url", default=DEFAULT_URL, show_default=True, envvar="FRONTWIRE_DB",
                         help="SQLAlchemy URL or SQLite file path of the store (env FRONTWIRE_DB).")


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface: put TLS in front).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--token-env", default="FRONTWIRE_TOKEN", show_default=True, metavar="NAME",
              help="Environment variable holding the token that endpoints adding documents require; "
                   "unset or empty: the application is read-only.")
def serve_command(db_url: str, host: str, port: int, token_env: str) -> None:
    """Serve the dashboard and the HTTP API (OpenAPI docs at /docs) over the store.

    Works offline: every script, style and map shape comes from the application itself.
    """
    import uvicorn

    from frontwire.serve import create_app

    token = os.environ.get(token_env) or None
    app = create_app(db_url, token=token, warm=True)
    mode = "documents can be added with the token" if token else f"read-only (set {token_env} to allow adding documents)"
    stderr.print(f"frontwire on http://{host}:{port}/ over {app.state.store.url}; {mode}", soft_wrap=True)
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False, server_header=False)


@click.command("brief")
@click.option("--date", "day", required=True, metavar="YYYY-MM-DD", help="The day to brief.")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "pdf"]), default="md", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Write to FILE (default: standard output; a PDF needs -o or a redirect).")
@db_option
def brief_command(day: str, fmt: str, output: str | None, db_url: str) -> None:
    """The daily brief of one day: air attacks by claimant, territorial claims, strikes on
    Russia, casualties, prisoner exchanges and talks, each line citing its sources."""
    from frontwire.report.brief import load_brief, parse_day, to_html, to_markdown, to_pdf
    from frontwire.store import Store

    try:
        day = parse_day(day)
    except ValueError:
        raise click.BadParameter(f"not a date: {day!r} (YYYY-MM-DD)", param_hint="--date") from None
    brief = load_brief(Store(db_url), day)
    data: bytes = (to_pdf(brief) if fmt == "pdf" else
                   (to_html(brief) if fmt == "html" else to_markdown(brief)).encode("utf-8"))
    if output:
        with open(output, "wb") as fh:
            fh.write(data)
        stderr.print(f"brief of {day}: {brief.claims} claims, {len(brief.sources)} sources -> {output}")
    elif fmt == "pdf" and sys.stdout.isatty():
        raise click.UsageError("a PDF is binary: give -o FILE or redirect standard output")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
