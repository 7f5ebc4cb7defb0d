"""Commands over the store: ingest documents, list claims."""

from __future__ import annotations

import json
import sys

import click
from rich.console import Console
from rich.table import Table

from frontwire.cli.common import Summary, inputs_argument, max_bytes_option, processed_items, stderr
from frontwire.fuse import refresh_events
from frontwire.records import CLAIM_TYPES, SIDES
from frontwire.runners import Runner, make_runner
from frontwire.sources import DEFAULT_MAX_BYTES
from frontwire.store import DEFAULT_URL, ClaimFilter, Store

db_option = click.option("--db", "db_url", default=DEFAULT_URL, show_default=True, envvar="FRONTWIRE_DB",
                         help="SQLAlchemy URL or SQLite file path of the store (env FRONTWIRE_DB).")


@click.command("ingest")
@inputs_argument
@db_option
@max_bytes_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Run the flow in this many local processes (this one writes to the store).")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Run the flow on a Dask cluster (scheduler address, e.g. tcp://host:8786); "
                   "results are written here, through one store.")
def ingest_command(inputs: tuple[str, ...], db_url: str, max_bytes: int, workers: int,
                   dask_address: str | None) -> None:
    """Run the flow over the inputs and store documents, articles, places and claims.

    Idempotent: a document already stored with the same content is skipped; a changed one
    replaces its earlier version. The same rows come out however the work is spread.
    """
    store = Store(db_url)
    with make_runner(workers=workers, dask=dask_address) as runner:
        summary = ingest_inputs(store, inputs, max_bytes, runner=runner)
    raise SystemExit(1 if summary.failed else 0)


def ingest_inputs(store: Store, inputs: tuple[str, ...], max_bytes: int = DEFAULT_MAX_BYTES,
                  runner: Runner | None = None) -> Summary:
    """Ingest the inputs into the store, print the summary and return it."""
    summary = Summary()
    for result in processed_items(inputs, "extract", summary, max_bytes, "ingesting", skip=store.skip_reason,
                                  runner=runner):
        outcome = store.save(result)
        summary.outcomes[outcome] += 1
        for claim in result.claims:
            summary.claim_types[claim.type] += 1
    for problem in summary.problems:
        origin, _, reason = problem.partition(": ")
        store.log_problem(origin, reason)
    summary.print("read")
    stderr.print(refresh_events(store).line(), soft_wrap=True)   # events, syndication groups (issue 6)
    counts = store.counts()
    stderr.print(f"store {store.url}: " + ", ".join(f"{n} {k}" for k, n in counts.items()), soft_wrap=True)
    return summary


@click.command("claims")
@click.option("--type", "type_", type=click.Choice(CLAIM_TYPES), help="Only claims of this type.")
@click.option("--side", type=click.Choice(SIDES), help="Only claims whose claimant is on this side.")
@click.option("--claimant", help="Only claimants whose name contains this text.")
@click.option("--since", metavar="DATE", help="Only claims on or after this day (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only claims on or before this day (YYYY-MM-DD).")
@click.option("--admin1", metavar="CODE", help="Only claims placed in this ISO 3166-2 region (UA-51).")
@click.option("--limit", type=int, default=100, show_default=True, help="At most this many (0: all).")
@click.option("--json", "as_json", is_flag=True, help="JSON lines (claim.schema.json plus claim_id) instead of a table.")
@db_option
def claims_command(type_, side, claimant, since, until, admin1, limit, as_json, db_url) -> None:
    """List stored claims, newest first, as a table or as JSON lines."""
    store = Store(db_url)
    flt = ClaimFilter(type=type_, side=side, claimant=claimant, since=since, until=until, admin1=admin1)
    rows = store.claims(flt, limit=limit or None)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    total = store.count_claims(flt)
    table = Table(show_lines=False, pad_edge=False, expand=True)
    # The evidence gets the room; the other columns wrap within narrow bounds.
    for name, kw in (("day", {"no_wrap": True}), ("type", {"max_width": 21}), ("claimant", {"max_width": 26}),
                     ("figures", {"max_width": 24}), ("place", {"max_width": 20}), ("status", {"max_width": 12}),
                     ("evidence", {"ratio": 1, "min_width": 40})):
        table.add_column(name, **kw)
    for r in rows:
        cl = r["claimant"]
        figures = ", ".join(f"{q['scope']} {_approx(q['approx'])}{q['value']} {q['unit']}" for q in r["quantities"])
        place = r["place"]
        where = f"{place['name'] or place['text']} ({place['admin1'] or place['country'] or '?'})" if place else ""
        status = r["status"] if r["modality"] == "actual" else f"{r['modality']}, {r['status']}"
        table.add_row(r["day"] or "", r["type"], f"{cl['name'] or cl['text'] or '-'} ({cl['side']})",
                      figures, where, status, r["evidence"]["text"])
    # A pipe or a file gets a wide table rather than a terminal's default 80 columns.
    Console(width=None if sys.stdout.isatty() else 200).print(table)
    shown = f"{len(rows)} of {total} claims" + (" (use --limit 0 for all)" if len(rows) < total else "")
    stderr.print(shown)


def _approx(approx: str) -> str:
    return {"exact": "", "about": "~", "at_least": ">=", "at_most": "<="}.get(approx, "")
