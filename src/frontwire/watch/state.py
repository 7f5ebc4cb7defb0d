"""The watcher's state in the store: validators, feed entries and the fetch log.

Each method is one short transaction, so whatever step a watcher is killed in, the store
holds either the state before that step or after it. Resuming works because:

- a feed's new entries and its new ETag/Last-Modified are committed together: a feed is
  never marked "seen" without its entries being recorded;
- an entry stays ``pending`` until its page is stored; a pending entry whose document is
  already in the store (stored, then killed before it was marked) is marked without a
  second fetch;
- documents are stored under an id derived from the article's URL, and the store's save
  is idempotent, so no path stores one article twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, insert, select, update

from frontwire.sources.feeds import FeedEntry, doc_id_for_url, entry_key
from frontwire.sources.fetch import Fetched
from frontwire.store import Store
from frontwire.store import schema

EntryState = str  # pending | stored | skipped | failed


@dataclass(frozen=True)
class PendingEntry:
    entry_key: str
    feed_url: str
    url: str
    doc_id: str
    title: str | None
    published: str | None
    attempts: int


class WatchState:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.engine = store.engine

    # --- conditional requests ----------------------------------------------------------

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified last seen for this URL."""
        h = schema.watch_http
        with self.engine.connect() as conn:
            row = conn.execute(select(h.c.etag, h.c.last_modified).where(h.c.url == url)).first()
        return (row.etag, row.last_modified) if row else (None, None)

    def remember(self, got: Fetched, conn=None) -> None:  # noqa: ANN001
        """Keep the validators of a successful answer for the next conditional request."""
        if conn is None:
            with self.engine.begin() as conn:
                return self.remember(got, conn)
        h = schema.watch_http
        values = {"etag": got.etag, "last_modified": got.last_modified, "status": got.status,
                  "checked_at": got.fetched_at or _now()}
        if got.outcome == "not_modified":  # a 304 may omit the validators: keep the old ones
            values = {k: v for k, v in values.items() if v is not None}
        if conn.execute(update(h).where(h.c.url == got.url).values(**values)).rowcount == 0:
            conn.execute(insert(h).values(url=got.url, **values))
        return None

    # --- entries -----------------------------------------------------------------------

    def add_entries(self, feed_url: str, entries: Iterable[FeedEntry], got: Fetched | None = None) -> int:
        """Record the entries not seen before as pending, and the feed's validators, in one
        transaction. Returns how many were new."""
        e = schema.watch_entries
        rows = {entry_key(feed_url, x.entry_id): x for x in entries}
        now = _now()
        with self.engine.begin() as conn:
            known: set[str] = set()
            keys = list(rows)
            for start in range(0, len(keys), 500):
                known.update(conn.execute(select(e.c.entry_key)
                                          .where(e.c.entry_key.in_(keys[start:start + 500]))).scalars())
            new = [{"entry_key": k, "feed_url": feed_url, "entry_id": x.entry_id, "url": x.url,
                    "doc_id": doc_id_for_url(x.url), "title": x.title, "published": x.published,
                    "state": "pending", "attempts": 0, "seen_at": now}
                   for k, x in rows.items() if k not in known]
            if new:
                conn.execute(insert(e), new)
            if got is not None:
                self.remember(got, conn)
        return len(new)

    def pending(self, limit: int | None = None) -> list[PendingEntry]:
        """Entries still to fetch, oldest first (including those left by an earlier run)."""
        e = schema.watch_entries
        query = (select(e.c.entry_key, e.c.feed_url, e.c.url, e.c.doc_id, e.c.title, e.c.published, e.c.attempts)
                 .where(e.c.state == "pending").order_by(e.c.seen_at, e.c.entry_key))
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [PendingEntry(**row._mapping) for row in conn.execute(query)]

    def is_stored(self, doc_id: str) -> bool:
        d = schema.documents
        with self.engine.connect() as conn:
            return conn.execute(select(d.c.doc_id).where(d.c.doc_id == doc_id)).first() is not None

    def finish(self, key: str, state: EntryState, reason: str | None = None) -> None:
        """Mark an entry done: stored, skipped or failed (with the reason)."""
        e = schema.watch_entries
        with self.engine.begin() as conn:
            conn.execute(update(e).where(e.c.entry_key == key).values(state=state, reason=reason, done_at=_now()))

    def failed_try(self, key: str, reason: str, max_attempts: int) -> tuple[EntryState, int]:
        """Count a transient failure; the entry fails for good after ``max_attempts``.
        Returns the entry's state and its attempts so far."""
        e = schema.watch_entries
        with self.engine.begin() as conn:
            attempts = (conn.execute(select(e.c.attempts).where(e.c.entry_key == key)).scalar() or 0) + 1
            state = "failed" if attempts >= max_attempts else "pending"
            conn.execute(update(e).where(e.c.entry_key == key).values(
                attempts=attempts, reason=reason, state=state, done_at=_now() if state == "failed" else None))
        return state, attempts

    def requeue_failed(self) -> int:
        """Put every failed entry back to pending (``watch --retry-failed``)."""
        e = schema.watch_entries
        with self.engine.begin() as conn:
            return conn.execute(update(e).where(e.c.state == "failed")
                                .values(state="pending", attempts=0, done_at=None)).rowcount

    def entry_counts(self) -> dict[str, int]:
        e = schema.watch_entries
        with self.engine.connect() as conn:
            return {state: n for state, n in conn.execute(select(e.c.state, func.count()).group_by(e.c.state))}

    # --- the log -----------------------------------------------------------------------

    def next_cycle(self) -> int:
        log = schema.watch_log
        with self.engine.connect() as conn:
            return (conn.execute(select(func.max(log.c.cycle))).scalar() or 0) + 1

    def log(self, kind: str, got: Fetched, outcome: str | None = None, reason: str | None = None,
            cycle: int | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(schema.watch_log).values(
                at=got.fetched_at or _now(), cycle=cycle, kind=kind, url=got.url, status=got.status,
                outcome=outcome or got.outcome, reason=reason if reason is not None else got.reason,
                bytes=len(got.body), seconds=got.seconds))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
