"""Fuse: claims from many documents into events; the official record; time series.

A claim is one party's word in one document; an event is what several claims, from any
number of documents, say about one thing that happened. The stage answers: how many
independent sources report it (syndicated copies of one wire story count once), whether
the figures agree, who denies it, how it compares with the Ukrainian Air Force's own
nightly report.

Pure steps (no I/O), each usable on its own:

- :mod:`~frontwire.fuse.syndication`: near-duplicate articles (MinHash over shingles)
  ``syndication_groups({doc_id: body_text}) -> {doc_id: group_id}``
- :mod:`~frontwire.fuse.events`: fusion
  ``fuse([ClaimItem(claim_id, claim, published, source, official)]) -> list[Event]``;
  incremental ``assign(new_items, existing_events) -> {claim_id: (event_id, reason)}``;
  ``summarise(event_id, [(item, reason)]) -> Event`` (figure ranges, contradictions,
  status: single_party, corroborated, contested, denied).
- :mod:`~frontwire.fuse.reference`: the Air Force CSV
  ``read_air_force(csv_text) -> (list[OfficialReport], rows_skipped)``;
  ``report_record(report, origin) -> (Document, Article, list[Claim])``.
- :mod:`~frontwire.fuse.series`: ``air_attack_series([SeriesClaim]) -> AirSeries``,
  ``daily_series(event_dicts, "casualties" | "territory" | "strikes") -> list[dict]``.
- :mod:`~frontwire.fuse.timing`: time windows, ``night_of(window) -> "YYYY-MM-DD"``
  (a night is named by its morning).

Over the store (:mod:`~frontwire.fuse.api`), for the CLI, the web app and the brief::

    refresh_events(store, rebuild=False) -> RefreshReport
        # after every ingest: incremental, idempotent, event ids stable
    import_air_force(store, path, refresh=True) -> ImportReport
        # the official record as claims of its own; news claims of a night are compared
    list_events(store, EventFilter(type=, status=, side=, actor_side=, admin1=, since=,
                until=, official=, min_sources=, doc_id=, text=), limit=100, offset=0)
        -> list[dict]        # newest day first; count_events(store, flt) -> int
    get_event(store, event_id) -> dict | None
        # the event plus "claims_detail" (each claim with reason, agreement, source),
        # "documents_detail" (title, url, published, group, official) and "history"
        # (status after each document, in publication order)
    iter_events(store, flt) -> Iterator[dict];  claim_events(store) -> {claim_id: {...}}
    air_attacks(store, since=None, until=None, include_official_only=False) -> AirSeries
        # .rows (NightRow), .as_dicts(), .agreement() -> (agreeing, compared)
    daily(store, "casualties" | "territory" | "strikes", since=None, until=None) -> list[dict]

Event dicts carry: event_id, type, status, modality, actor_side, target_side, weapon,
place, time, day, grain (short: an incident's day or night; medium: weeks; long: running
tallies), window_start, window_end, claims, documents, sources, claimant_sides, figures
(range per slot), contradictions, official (agrees | differs | None), summary,
created_at, updated_at.
"""

from frontwire.fuse.api import (ImportReport, RefreshReport, air_attacks, claim_events, count_events, daily,
                                get_event, import_air_force, iter_events, list_events, refresh_events)
from frontwire.fuse.events import ClaimItem, assign, fuse, summarise
from frontwire.fuse.series import AirSeries, NightRow, SeriesClaim, air_attack_series, daily_series
from frontwire.fuse.syndication import syndication_groups
from frontwire.store.events import EventFilter

__all__ = [
    "AirSeries", "ClaimItem", "EventFilter", "ImportReport", "NightRow", "RefreshReport", "SeriesClaim",
    "air_attack_series", "air_attacks", "assign", "claim_events", "count_events", "daily", "daily_series",
    "fuse", "get_event", "import_air_force", "iter_events", "list_events", "refresh_events", "summarise",
    "syndication_groups",
]
