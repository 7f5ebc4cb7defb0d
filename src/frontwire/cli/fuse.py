"""Commands over events: the official record, fusion, events, series and exports."""

from __future__ import annotations

import csv
import io
import json
import sys

import click
from rich.console import Console
from rich.table import Table

from frontwire.cli.common import stderr
from frontwire.records import CLAIM_TYPES, EVENT_STATUSES, SIDES
from frontwire.store import DEFAULT_URL, ClaimFilter, Store

db_option = click.option("--db", "db_url", default=DEFAULT_URL, show_default=True, envvar="FRONTWIRE_DB",
                         help="SQLAlchemy URL or SQLite file path of the store (env FRONTWIRE_DB).")
since_option = click.option("--since", metavar="DATE", help="From this day on (YYYY-MM-DD).")
until_option = click.option("--until", metavar="DATE", help="Up to this day (YYYY-MM-DD).")
def _console() -> Console:
    # wide tables stay readable when piped to a file or a pager
    return Console() if sys.stdout.isatty() else Console(width=200)


format_option = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                             show_default=True, help="A table, CSV, or JSON (one array).")


# --- reference import air-force FILE --------------------------------------------------------------

@click.group("reference")
def reference_group() -> None:
    """Official records, stored as claims of their own beside the news."""


@reference_group.group("import")
def reference_import_group() -> None:
    """Import an official record."""


@reference_import_group.command("air-force")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@db_option
def import_air_force_command(file: str, db_url: str) -> None:
    """Load the Ukrainian Air Force's nightly reports (CSV as in reference/air_attacks:
    missile_attacks_daily.csv) and match the news claims of each night against them.

    One document per night (its text generated from the report, its claims quoting it):
    a strike claim (launched drones, missiles; locations hit) and an interception claim
    (shot down or suppressed). Re-importing the same file changes nothing.
    """
    from frontwire.fuse.api import import_air_force

    store = Store(db_url)
    try:
        report = import_air_force(store, file)
    except (OSError, UnicodeError) as exc:
        raise click.ClickException(f"cannot read {file}: {exc}") from None
    stderr.print(report.line(), soft_wrap=True)
    if report.refresh:
        stderr.print(report.refresh.line(), soft_wrap=True)


# --- fuse ---------------------------------------------------------------------------------------

@click.command("fuse")
@click.option("--rebuild", is_flag=True, help="Fuse every claim afresh (ids carry over to the events they match).")
@db_option
def fuse_command(rebuild: bool, db_url: str) -> None:
    """Fuse stored claims into events (ingest and reference import do this on their own)."""
    from frontwire.fuse.api import refresh_events

    stderr.print(refresh_events(Store(db_url), rebuild=rebuild).line(), soft_wrap=True)


# --- events -------------------------------------------------------------------------------------

@click.command("events")
@click.option("--type", "type_", type=click.Choice(CLAIM_TYPES), help="Only events of this type.")
@click.option("--status", type=click.Choice(EVENT_STATUSES), help="Only events with this status.")
@click.option("--side", type=click.Choice(SIDES), help="Only events with a claim by this side.")
@click.option("--admin1", metavar="CODE", help="Only events placed in this ISO 3166-2 region (UA-51).")
@since_option
@until_option
@click.option("--official", type=click.Choice(["agrees", "differs"]), help="Only events compared with the official record.")
@click.option("--min-sources", type=int, help="Only events with at least this many independent sources.")
@click.option("--news", is_flag=True, help="Leave out events that rest on the official record alone.")
@click.option("--id", "event_id", metavar="EVENT_ID", help="Show one event with its claims, documents and history.")
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many (0: all).")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@db_option
def events_command(type_, status, side, admin1, since, until, official, min_sources, news, event_id, limit,
                   as_json, db_url) -> None:
    """List events, newest first: status, sources, figures (range over the claims)."""
    from frontwire.fuse.api import count_events, get_event, list_events
    from frontwire.store.events import EventFilter

    store = Store(db_url)
    if event_id:
        event = get_event(store, event_id)
        if event is None:
            raise click.ClickException(f"no event {event_id}")
        if as_json:
            click.echo(json.dumps(event, ensure_ascii=False, indent=1))
        else:
            _print_event(event)
        return
    flt = EventFilter(type=type_, status=status, side=side, admin1=admin1, since=since, until=until,
                      official=official, min_sources=min_sources, news=news)
    rows = list_events(store, flt, limit=limit or None)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table(expand=True, pad_edge=False)
    for name, kw in (("day", {"no_wrap": True}), ("event", {"no_wrap": True}), ("status", {}), ("src", {}),
                     ("claims", {}), ("official", {}), ("summary", {"ratio": 3})):
        table.add_column(name, **kw)
    for r in rows:
        table.add_row(r["day"] or "", r["event_id"], r["status"], str(r["sources"]), str(r["claims"]),
                      r["official"] or "", r["summary"])
    _console().print(table)
    total = count_events(store, flt)
    stderr.print(f"{len(rows)} of {total} events" + (" (use --limit 0 for all)" if len(rows) < total else ""))


def _print_event(event: dict) -> None:
    console = _console()
    console.print(f"[bold]{event['event_id']}[/bold]  {event['summary']}", soft_wrap=True)
    console.print(f"status {event['status']}; {event['claims']} claims from {event['documents']} documents, "
                  f"{event['sources']} independent sources; official record: {event['official'] or '-'}",
                  soft_wrap=True)
    for c in event["contradictions"]:
        console.print(f"  contradiction ({c['kind']}): {c['detail']}", soft_wrap=True)
    table = Table(expand=True, pad_edge=False)
    for name, kw in (("doc", {"no_wrap": True}), ("claimant", {}), ("figures", {}), ("official", {}),
                     ("why merged", {}), ("evidence", {"ratio": 3})):
        table.add_column(name, **kw)
    from frontwire.report.export import figures_text
    for c in event["claims_detail"]:
        cl = c["claimant"]
        table.add_row(c["doc_id"], f"{cl['name'] or cl['text'] or '-'} ({cl['side']})",
                      figures_text(c["quantities"]), "record" if c["official"] else (c["agreement"] or ""),
                      c["reason"], c["evidence"]["text"])
    console.print(table)
    for h in event["history"]:
        console.print(f"  {h['published'] or '?'}  {h['doc_id']}: {h['status']} ({h['claims']} claims)", soft_wrap=True)


# --- series ---------------------------------------------------------------------------------------

@click.group("series")
def series_group() -> None:
    """Time series from the events: air attacks by night; casualties, territory, strikes by day."""


_AIR_COLUMNS = (("launched_drone", "launched drones"), ("launched_missile", "launched missiles"),
                ("intercepted_drone", "downed drones"), ("intercepted_missile", "downed missiles"))


@series_group.command("air-attacks")
@since_option
@until_option
@format_option
@click.option("--all-nights", is_flag=True, help="Also nights the official record has and the news do not.")
@db_option
def air_attacks_command(since, until, fmt, all_nights, db_url) -> None:
    """Nightly launched and shot-down drones and missiles per claimant, the official
    figures beside the news ones, and the share of news figures that agree.

    A night is named by its morning (2025-11-16: the night of 15-16 November). A figure
    is compared with the official one of its own event: Russia's count of Ukrainian
    drones it downed is another event and shows as "separate".
    """
    from frontwire.fuse.api import air_attacks

    series = air_attacks(Store(db_url), since, until, include_official_only=all_nights)
    rows = series.as_dicts()
    agree, compared = series.agreement()
    if fmt == "json":
        click.echo(json.dumps({"rows": rows, "agreeing": agree, "compared": compared}, ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        flat = [{**r, "documents": ";".join(r["documents"]), "events": ";".join(r["events"]),
                 **{k: _values(r[k]) for k, _ in _AIR_COLUMNS}} for r in rows]
        columns = ["night", "night_label", "claimant", "side", "official", "documents", "events"]
        for key, _ in _AIR_COLUMNS:
            columns += [key, f"official_{key}", f"{key}_vs_official"]
        columns.append("agreement")
        _echo_csv(flat, columns)
        return
    table = Table(expand=True, pad_edge=False, title="Air attacks by night: news and the official record")
    table.add_column("night", no_wrap=True)
    table.add_column("claimant")
    for _, label in _AIR_COLUMNS:
        table.add_column(label, justify="right")
    table.add_column("vs official")
    table.add_column("docs")
    previous = None
    for r in rows:
        night = r["night_label"] if r["night"] != previous else ""
        previous = r["night"]
        who = "OFFICIAL: " + r["claimant"] if r["official"] else f"{r['claimant']} ({r['side']})"
        cells = [_cell(r, key) for key, _ in _AIR_COLUMNS]
        table.add_row(night, who, *cells, "" if r["official"] else (r["agreement"] or "no official figure"),
                      str(len(r["documents"])))
    _console().print(table)
    nights = len({r["night"] for r in rows if not r["official"]})
    with_official = len({r["night"] for r in rows if r["official"]})
    share = f"{agree / compared:.0%}" if compared else "-"
    stderr.print(f"{nights} nights with news figures, {with_official} with the official record; "
                 f"news figures agreeing with the official record: {agree} of {compared} ({share})", soft_wrap=True)


def _values(values) -> str:
    return "/".join(str(v) for v in values) if values else ""


def _cell(row: dict, key: str) -> str:
    values = row.get(key)
    if not values:
        return ""
    text = _values(values)
    verdict = row.get(f"{key}_vs_official")
    if verdict == "agrees":
        return f"{text} ="
    if verdict == "differs":
        return f"{text} ≠{row.get(f'official_{key}')}"
    return text


@series_group.command("casualties")
@since_option
@until_option
@format_option
@db_option
def casualties_command(since, until, fmt, db_url) -> None:
    """Killed, injured and missing per day and region (range over each event's claims)."""
    _daily("casualties", since, until, fmt, db_url,
           (("day", "day"), ("region", "region"), ("killed", "killed"), ("injured", "injured"),
            ("missing", "missing"), ("events", "events"), ("sources", "sources"), ("statuses", "status")))


@series_group.command("territory")
@since_option
@until_option
@format_option
@db_option
def territory_command(since, until, fmt, db_url) -> None:
    """Territorial claims per day, side and region: settlements, km², places named."""
    _daily("territory", since, until, fmt, db_url,
           (("day", "day"), ("actor_side", "by"), ("region", "region"), ("settlements", "settlements"),
            ("km2", "km²"), ("places", "places"), ("events", "events"), ("sources", "sources"),
            ("statuses", "status")))


@series_group.command("strikes")
@since_option
@until_option
@format_option
@db_option
def strikes_command(since, until, fmt, db_url) -> None:
    """Strike events per day and region, with launched drones and missiles where given."""
    _daily("strikes", since, until, fmt, db_url,
           (("day", "day"), ("region", "region"), ("actor_sides", "by"), ("events", "events"),
            ("launched_drone", "drones"), ("launched_missile", "missiles"), ("sources", "sources"),
            ("statuses", "status")))


def _daily(kind: str, since, until, fmt: str, db_url: str, columns) -> None:
    from frontwire.fuse.api import daily
    from frontwire.fuse.series import range_text

    rows = daily(Store(db_url), kind, since, until)

    def text(key: str, value) -> str:
        if value is None:
            return ""
        if key in ("killed", "injured", "missing", "settlements", "km2", "launched_drone", "launched_missile"):
            return range_text(value)
        if isinstance(value, dict):
            return ", ".join(f"{k} {n}" for k, n in sorted(value.items()))
        if isinstance(value, list):
            return "; ".join(str(v) for v in value)
        return str(value)

    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    flat = [{key: text(key, r.get(key)) for key, _ in columns} for r in rows]
    if fmt == "csv":
        _echo_csv(flat, [key for key, _ in columns])
        return
    table = Table(expand=True, pad_edge=False)
    for _, label in columns:
        table.add_column(label)
    for r in flat:
        table.add_row(*(r[key] for key, _ in columns))
    _console().print(table)
    stderr.print(f"{len(rows)} rows from {sum(r['events'] for r in rows)} events", soft_wrap=True)


def _echo_csv(rows: list[dict], columns: list[str]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in r.items()})
    sys.stdout.write(buf.getvalue())


# --- export ---------------------------------------------------------------------------------------

@click.command("export")
@click.argument("what", type=click.Choice(["claims", "events"]))
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "geojson", "parquet"]), required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True), metavar="FILE")
@click.option("--type", "type_", type=click.Choice(CLAIM_TYPES), help="Only this type.")
@since_option
@until_option
@click.option("--admin1", metavar="CODE", help="Only this ISO 3166-2 region (UA-51).")
@db_option
def export_command(what, fmt, output, type_, since, until, admin1, db_url) -> None:
    """Write claims or events as CSV, JSON lines, GeoJSON (points; null geometry where no
    coordinates) or Parquet."""
    from frontwire.report.export import export_claims, export_events
    from frontwire.store.events import EventFilter

    store = Store(db_url)
    if what == "claims":
        n = export_claims(store, fmt, output, ClaimFilter(type=type_, since=since, until=until, admin1=admin1))
    else:
        n = export_events(store, fmt, output, EventFilter(type=type_, since=since, until=until, admin1=admin1))
    stderr.print(f"{n} {what} written to {output} ({fmt})")
