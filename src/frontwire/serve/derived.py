"""What the pages and the API derive from the whole record, computed once per state of it.

Each function takes the application's :class:`~frontwire.serve.cache.RecordCache` and the
store, and returns shared values: callers read them and never change them.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontwire import fuse
from frontwire.serve import periods, queries
from frontwire.serve.cache import RecordCache
from frontwire.store import Store


@dataclass(frozen=True)
class RecordSummary:
    counts: dict[str, int]
    per_day: list[dict]                 # news claims per day and type (queries.claims_per_type_day)
    span: periods.Span | None           # where the news claims are (periods.core_span)
    newest: str | None                  # the newest news document's day


def summary(cache: RecordCache, store: Store) -> RecordSummary:
    def compute() -> RecordSummary:
        per_day = queries.claims_per_type_day(store.engine)
        newest = queries.newest_publication(store.engine)
        span = periods.core_span(((r["day"], r["claims"]) for r in per_day), newest)
        return RecordSummary(store.counts(), per_day, span, newest)

    return cache.get("summary", compute)


def air_series(cache: RecordCache, store: Store, since: str | None = None, until: str | None = None,
               include_official_only: bool = False) -> list[dict]:
    """``fuse.air_attacks(store, since, until, include_official_only).as_dicts()``, from one
    reading of the whole series per state of the record (the fuse stage reads every strike
    and interception with its event, a second on a large record).

    The same rows in the same order: the series keeps a night's rows when the night lies
    in [since, until], and an official row only on a night with news rows unless
    ``include_official_only``.
    """
    every = cache.get("air-series", lambda: fuse.air_attacks(store, include_official_only=True).as_dicts())
    rows = [r for r in every if (not since or r["night"] >= since[:10]) and (not until or r["night"] <= until[:10])]
    if include_official_only:
        return rows
    news_nights = {r["night"] for r in rows if not r["official"]}
    return [r for r in rows if r["night"] in news_nights]


def claimants(cache: RecordCache, store: Store, limit: int, since: str | None = None,
              until: str | None = None) -> list[dict]:
    return cache.get(("claimants", limit, since, until),
                     lambda: queries.claimants(store.engine, limit, since, until))


def latest_news(cache: RecordCache, store: Store, limit: int = 8) -> list[dict]:
    return cache.get(("latest-news", limit), lambda: queries.list_documents(store.engine, limit=limit,
                                                                            source="news")[1])
