"""``frontwire bench places``: how fast the geo stage resolves every place of a corpus.

Three figures, each in CPU seconds (what a shared machine does not distort) beside wall-clock:

- the gazetteer's load time (:func:`frontwire.geo.gazetteer.load`, done once per process);
- the pages (``../shared/corpus/pages.jsonl``): :func:`frontwire.geo.locate` on every cleaned
  article;
- the feed corpus (``../shared/corpus/rss_2022_2023.jsonl.gz``): the same on every headline
  and lead.

The documents are read and cleaned first (not timed); the gazetteer is loaded before the
clock starts, and the resolver's caches are emptied before each of ``--repeat`` passes, of
which the best is reported.
"""

from __future__ import annotations

import time

import click

DEFAULT_PAGES = "../shared/corpus/pages.jsonl"
DEFAULT_FEED = "../shared/corpus/rss_2022_2023.jsonl.gz"


def _articles(path: str, limit: int | None) -> list:
    from frontwire.clean import clean
    from frontwire.records import Document
    from frontwire.sources import read_inputs

    out = []
    for item in read_inputs([path]):
        if not isinstance(item, Document):
            continue
        try:
            out.append(clean(item))
        except Exception:  # a page the cleaner cannot read is no input for this benchmark
            continue
        if limit and len(out) >= limit:
            break
    return out


def _time_locate(articles: list) -> tuple[float, float, int, int]:
    """(CPU s, wall s, mentions, resolved mentions) of one pass over the articles."""
    from frontwire.geo import locate
    from frontwire.geo.disambiguate import front_bonus

    front_bonus.cache_clear()
    cpu, wall = time.process_time(), time.perf_counter()
    mentions = resolved = 0
    for article in articles:
        found = locate(article)
        mentions += len(found)
        resolved += sum(m.place is not None for m in found)
    return time.process_time() - cpu, time.perf_counter() - wall, mentions, resolved


@click.command("places")
@click.option("--pages", default=DEFAULT_PAGES, show_default=True, help="The page corpus (JSONL).")
@click.option("--feed", default=DEFAULT_FEED, show_default=True, help="The feed corpus (JSONL, may be gzipped).")
@click.option("--limit", type=int, default=None, help="Only the first N documents of each corpus.")
@click.option("--repeat", type=int, default=2, show_default=True, help="Passes over each corpus; the best is kept.")
def places_bench_command(pages: str, feed: str, limit: int | None, repeat: int) -> None:
    """Documents per CPU second of place resolution, and the gazetteer's load time."""
    from frontwire.geo.gazetteer import load

    cpu, wall = time.process_time(), time.perf_counter()
    gaz = load()
    click.echo(f"gazetteer load: {time.process_time() - cpu:.2f} s CPU, {time.perf_counter() - wall:.2f} s wall "
               f"({len(gaz.entries)} entries)")
    click.echo(f"{'corpus':<8} {'docs':>6} {'CPU s':>7} {'docs/s':>8} {'wall s':>7} {'mentions':>9} {'resolved':>9}")
    for name, path in (("pages", pages), ("feed", feed)):
        try:
            articles = _articles(path, limit)
        except (OSError, ValueError) as exc:
            click.echo(f"{name:<8} skipped: {exc}")
            continue
        runs = [_time_locate(articles) for _ in range(max(1, repeat))]
        cpu_s, wall_s, mentions, resolved = min(runs)
        rate = len(articles) / cpu_s if cpu_s > 0 else float("inf")
        click.echo(f"{name:<8} {len(articles):>6} {cpu_s:>7.2f} {rate:>8.0f} {wall_s:>7.2f} {mentions:>9} {resolved:>9}")
