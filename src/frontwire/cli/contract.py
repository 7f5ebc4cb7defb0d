"""The contract commands the benchmarks use (design.md): clean, extract, places.

Each prints JSON lines on standard output and is a thin shell over the pure stages.
"""

from __future__ import annotations

import json

import click

from frontwire.cli.common import Summary, inputs_argument, max_bytes_option, processed_items
from frontwire.records import PlaceMention, to_dict, to_json


@click.command("clean")
@inputs_argument
@max_bytes_option
def clean_command(inputs: tuple[str, ...], max_bytes: int) -> None:
    """Print each document's cleaned article as a JSON line.

    Fields: doc_id, url, title, published, updated, byline, agency, dateline, language,
    body (the paragraphs) and empty_reason (why the body is empty, when it is).
    """
    summary = Summary()
    for result in processed_items(inputs, "clean", summary, max_bytes, "cleaning"):
        click.echo(to_json(result.article))
    summary.print("cleaned")
    raise SystemExit(1 if summary.failed else 0)


@click.command("extract")
@inputs_argument
@max_bytes_option
def extract_command(inputs: tuple[str, ...], max_bytes: int) -> None:
    """Print every claim found in the documents as a JSON line (claim.schema.json)."""
    summary = Summary()
    for result in processed_items(inputs, "extract", summary, max_bytes, "extracting"):
        for claim in result.claims:
            summary.claim_types[claim.type] += 1
            click.echo(to_json(claim))
    summary.print("read")
    raise SystemExit(1 if summary.failed else 0)


@click.command("places")
@inputs_argument
@max_bytes_option
def places_command(inputs: tuple[str, ...], max_bytes: int) -> None:
    """Print the places each document names, resolved, as one JSON line per document.

    ``places`` holds the resolved mentions (name, country, admin1, geonameid, lat, lon,
    precision, and the text and offsets of the mention); ``unresolved`` the names that
    could not be resolved, with the reason.
    """
    summary = Summary()
    for result in processed_items(inputs, "places", summary, max_bytes, "locating"):
        resolved = [place_json(m) for m in result.places if m.place is not None]
        unresolved = [{"text": m.text, "start": m.start, "end": m.end, "note": m.note}
                      for m in result.places if m.place is None]
        click.echo(json.dumps({"doc_id": result.document.doc_id, "places": resolved,
                               "unresolved": unresolved}, ensure_ascii=False))
    summary.print("read")
    raise SystemExit(1 if summary.failed else 0)


def place_json(mention: PlaceMention) -> dict:
    out = to_dict(mention.place)
    out.update(text=mention.text, start=mention.start, end=mention.end)
    return out
