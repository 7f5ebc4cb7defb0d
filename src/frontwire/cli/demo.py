"""``frontwire demo``: the main job on the embedded default, for a first look."""

from __future__ import annotations

from importlib import resources

import click

from frontwire.cli.common import stderr
from frontwire.cli.store import claims_command, ingest_inputs
from frontwire.store import Store


@click.command("demo")
@click.option("--db", "db_url", default="frontwire.db", show_default=True,
              help="SQLite file (or SQLAlchemy URL) to ingest the examples into.")
@click.pass_context
def demo_command(ctx: click.Context, db_url: str) -> None:
    """Ingest the bundled example pages into SQLite and show the claims found.

    The examples (a scraped text dump, an HTML page, feed records) are invented pages in
    the style of wire copy, shipped inside the package.
    """
    examples = resources.files("frontwire") / "examples"
    with resources.as_file(examples) as folder:
        stderr.print(f"ingesting the bundled examples from {folder}")
        summary = ingest_inputs(Store(db_url), (str(folder),))
    ctx.invoke(claims_command, db_url=db_url, limit=0)
    stderr.print(f"\nNext: `frontwire claims --db {db_url} --json`, or ingest your own pages with "
                 f"`frontwire ingest PAGES... --db {db_url}`.")
    raise SystemExit(1 if summary.failed else 0)
