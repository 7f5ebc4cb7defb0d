"""Results the pages compute from the whole record, kept until the record changes.

The overview's air-attack series reads every strike and interception with its event (a
second on 16,000 documents); nothing about it changes until a document is added or the
events are refreshed. :class:`RecordCache` keeps such results under a key and drops them
all as soon as :func:`revision` reads something new: one small query per lookup, served
from indexes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import Engine, func, select

from frontwire.store import schema

T = TypeVar("T")


def revision(engine: Engine) -> tuple:
    """What changes whenever the record does: the number of documents and claims, the
    newest ingestion time (a page replaced by a new version) and the last refresh of the
    events (which also follows the official record's import)."""
    d, c, f = schema.documents, schema.claims, schema.fuse_state
    query = select(select(func.count()).select_from(d).scalar_subquery(),
                   select(func.max(d.c.ingested_at)).scalar_subquery(),
                   select(func.count()).select_from(c).scalar_subquery(),
                   select(func.max(f.c.refreshed_at)).scalar_subquery())
    with engine.connect() as conn:
        return tuple(conn.execute(query).one())


class RecordCache:
    """``get(key, compute)``: the value computed for ``key`` since the record last changed."""

    def __init__(self, engine: Engine, max_entries: int = 128) -> None:
        self.engine = engine
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._revision: tuple | None = None
        self._values: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        current = revision(self.engine)
        with self._lock:
            if current != self._revision:
                self._values.clear()
                self._revision = current
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key]
        value = compute()
        with self._lock:
            if self._revision == current:      # not if the record changed while computing
                self._values[key] = value
                while len(self._values) > self.max_entries:
                    self._values.popitem(last=False)
        return value

    def __contains__(self, key: Hashable) -> bool:
        """Whether a value for ``key`` is kept (for the record as last read)."""
        with self._lock:
            return key in self._values

    def clear(self) -> None:
        """Forget everything (after this application wrote to the record itself)."""
        with self._lock:
            self._values.clear()
            self._revision = None
