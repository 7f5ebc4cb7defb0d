"""The store's side of fusion: fingerprints, copy pairs, events and their claims.

Plain SQLAlchemy Core over a :class:`~sqlalchemy.engine.Connection` (the caller holds the
transaction), the same SQL on SQLite and PostgreSQL. The logic lives in
:mod:`frontwire.fuse`; these functions only read and write rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, and_, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from frontwire.records import Claim, Event, claim_from_dict, to_dict
from frontwire.store import schema
from frontwire.store.store import (claim_row_to_dict, place_columns, place_from_row, time_columns,
                                   time_from_row)

CHUNK = 500


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# --- one refresh at a time ------------------------------------------------------------------

def ensure_lock_row(engine: Engine) -> None:
    """Create the single ``fuse_state`` row if it is missing (two racing creators: one wins)."""
    t = schema.fuse_state
    with engine.connect() as conn:
        if conn.execute(select(t.c.id).where(t.c.id == 1)).first() is not None:
            return
    try:
        with engine.begin() as conn:
            conn.execute(insert(t).values(id=1, refreshed_at=""))
    except IntegrityError:
        pass


def lock(conn: Connection, now: str) -> None:
    """Take the refresh lock for this transaction: a write on the one row, held to commit."""
    t = schema.fuse_state
    conn.execute(update(t).where(t.c.id == 1).values(refreshed_at=now))


# --- documents and fingerprints ------------------------------------------------------------

@dataclass(frozen=True)
class DocState:
    doc_id: str
    content_hash: str
    origin: str
    published: str | None       # the article's resolved date, else the record's


def document_states(conn: Connection) -> dict[str, DocState]:
    d, a = schema.documents, schema.articles
    query = (select(d.c.doc_id, d.c.content_hash, d.c.origin, a.c.published, d.c.published.label("doc_published"))
             .select_from(d.outerjoin(a, a.c.doc_id == d.c.doc_id)))
    return {r.doc_id: DocState(r.doc_id, r.content_hash, r.origin, r.published or r.doc_published)
            for r in conn.execute(query)}


def document_bodies(conn: Connection, doc_ids: Sequence[str]) -> dict[str, str]:
    """Each document's article body as one text (the raw page when there is no article)."""
    d, a = schema.documents, schema.articles
    out: dict[str, str] = {}
    for chunk in _chunks(list(doc_ids)):
        query = (select(d.c.doc_id, d.c.raw, a.c.body).select_from(d.outerjoin(a, a.c.doc_id == d.c.doc_id))
                 .where(d.c.doc_id.in_(chunk)))
        for r in conn.execute(query):
            body = r.body if isinstance(r.body, list) else None
            out[r.doc_id] = "\n".join(p for p in body if isinstance(p, str)) if body is not None else (r.raw or "")
    return out


def fingerprint_hashes(conn: Connection) -> dict[str, str]:
    f = schema.doc_fingerprints
    return {r.doc_id: r.content_hash for r in conn.execute(select(f.c.doc_id, f.c.content_hash))}


def load_fingerprints(conn: Connection) -> list[tuple[str, int, bytes, bool]]:
    """(doc_id, shingle count, signature, official) of every fingerprinted document."""
    f = schema.doc_fingerprints
    return [(r.doc_id, r.shingles, bytes(r.signature), bool(r.official))
            for r in conn.execute(select(f.c.doc_id, f.c.shingles, f.c.signature, f.c.official))]


def save_fingerprints(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Replace the fingerprints of these documents (and forget their copy pairs)."""
    if not rows:
        return
    delete_fingerprints(conn, [r["doc_id"] for r in rows])
    for chunk in _chunks(list(rows)):
        conn.execute(insert(schema.doc_fingerprints), list(chunk))


def delete_fingerprints(conn: Connection, doc_ids: Sequence[str]) -> None:
    f, c = schema.doc_fingerprints, schema.doc_copies
    for chunk in _chunks(list(doc_ids)):
        conn.execute(delete(f).where(f.c.doc_id.in_(chunk)))
        conn.execute(delete(c).where(or_(c.c.doc_a.in_(chunk), c.c.doc_b.in_(chunk))))


def save_copies(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    c = schema.doc_copies
    for row in rows:
        conn.execute(delete(c).where(and_(c.c.doc_a == row["doc_a"], c.c.doc_b == row["doc_b"])))
    for chunk in _chunks(list(rows)):
        conn.execute(insert(c), list(chunk))


def copy_pairs(conn: Connection) -> list[tuple[str, str]]:
    c = schema.doc_copies
    return [(r.doc_a, r.doc_b) for r in conn.execute(select(c.c.doc_a, c.c.doc_b))]


def groups(conn: Connection, doc_ids: Iterable[str] | None = None) -> dict[str, str]:
    f = schema.doc_fingerprints
    query = select(f.c.doc_id, f.c.group_id)
    if doc_ids is None:
        return {r.doc_id: r.group_id for r in conn.execute(query)}
    out: dict[str, str] = {}
    for chunk in _chunks(list(doc_ids)):
        out.update({r.doc_id: r.group_id for r in conn.execute(query.where(f.c.doc_id.in_(chunk)))})
    return out


def set_group(conn: Connection, doc_id: str, group_id: str) -> None:
    f = schema.doc_fingerprints
    conn.execute(update(f).where(f.c.doc_id == doc_id).values(group_id=group_id))


# --- claims ----------------------------------------------------------------------------------

def all_claim_ids(conn: Connection) -> set[str]:
    return set(conn.execute(select(schema.claims.c.claim_id)).scalars())


def load_claims(conn: Connection, claim_ids: Iterable[str]) -> dict[str, Claim]:
    c, q = schema.claims, schema.quantities
    out: dict[str, Claim] = {}
    for chunk in _chunks(sorted(set(claim_ids))):
        rows = conn.execute(select(c).where(c.c.claim_id.in_(chunk))).mappings().all()
        qty: dict[str, list[dict[str, Any]]] = {}
        for r in conn.execute(select(q).where(q.c.claim_id.in_(chunk)).order_by(q.c.claim_id, q.c.idx)).mappings():
            qty.setdefault(r["claim_id"], []).append(
                {"scope": r["scope"], "unit": r["unit"], "value": r["value"], "approx": r["approx"],
                 "category": r["category"]})
        for r in rows:
            d = claim_row_to_dict(r, qty.get(r["claim_id"], []))
            out[r["claim_id"]] = claim_from_dict(d)
    return out


def claim_ids_of_documents(conn: Connection, doc_ids: Iterable[str]) -> set[str]:
    return _values_where(conn, schema.claims.c.claim_id, schema.claims.c.doc_id, doc_ids)


def _values_where(conn: Connection, wanted, key, keys: Iterable[str]) -> set[str]:
    """The distinct values of column ``wanted`` in the rows whose ``key`` is one of ``keys``
    (asked in chunks: a database bounds the parameters of one statement)."""
    out: set[str] = set()
    for chunk in _chunks(sorted(set(keys))):
        out.update(conn.execute(select(wanted).where(key.in_(chunk))).scalars())
    return out


# --- memberships -----------------------------------------------------------------------------

@dataclass(frozen=True)
class MemberRow:
    claim_id: str
    event_id: str
    doc_id: str
    seq: int
    reason: str
    official: bool
    agreement: str | None


def _member(r: Any) -> MemberRow:
    return MemberRow(r.claim_id, r.event_id, r.doc_id, r.seq, r.reason, bool(r.official), r.agreement)


def memberships(conn: Connection) -> dict[str, MemberRow]:
    return {r.claim_id: _member(r) for r in conn.execute(select(schema.event_claims))}


def members_of(conn: Connection, event_ids: Iterable[str]) -> dict[str, list[MemberRow]]:
    ec = schema.event_claims
    out: dict[str, list[MemberRow]] = {}
    for chunk in _chunks(sorted(set(event_ids))):
        for r in conn.execute(select(ec).where(ec.c.event_id.in_(chunk)).order_by(ec.c.event_id, ec.c.seq)):
            out.setdefault(r.event_id, []).append(_member(r))
    return out


def event_ids_of_documents(conn: Connection, doc_ids: Iterable[str]) -> set[str]:
    return _values_where(conn, schema.event_claims.c.event_id, schema.event_claims.c.doc_id, doc_ids)


def delete_members(conn: Connection, claim_ids: Iterable[str]) -> None:
    ec = schema.event_claims
    for chunk in _chunks(sorted(set(claim_ids))):
        conn.execute(delete(ec).where(ec.c.claim_id.in_(chunk)))


def insert_members(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    for chunk in _chunks(list(rows)):
        conn.execute(insert(schema.event_claims), list(chunk))


def set_agreement(conn: Connection, claim_id: str, agreement: str | None) -> None:
    ec = schema.event_claims
    conn.execute(update(ec).where(ec.c.claim_id == claim_id).values(agreement=agreement))


# --- events ----------------------------------------------------------------------------------

def all_event_ids(conn: Connection) -> set[str]:
    return set(conn.execute(select(schema.events.c.event_id)).scalars())


def candidate_event_ids(conn: Connection, types: Iterable[str], grain: str, start: str, end: str) -> set[str]:
    """Events of these types and grain whose members' windows touch [start, end]."""
    e = schema.events
    query = select(e.c.event_id).where(e.c.type.in_(sorted(set(types))), e.c.grain == grain,
                                       e.c.window_start <= end, e.c.window_end >= start)
    return set(conn.execute(query).scalars())


def event_to_row(event: Event, window: tuple[str | None, str | None, str | None], now: str) -> dict[str, Any]:
    grain, start, end = window
    return {
        "event_id": event.event_id, "type": event.type, "status": event.status, "modality": event.modality,
        "actor_side": event.actor_side, "target_side": event.target_side, "weapon": event.weapon,
        **place_columns(event.place), **time_columns(event.time),
        "day": event.day, "grain": grain, "window_start": start, "window_end": end,
        "claims": len(event.members), "documents": event.documents, "sources": event.sources,
        "claimant_sides": list(event.claimant_sides), "figures": to_dict(event.figures),
        "contradictions": to_dict(event.contradictions), "official": event.official,
        "summary": event.summary, "created_at": now, "updated_at": now,
    }


def write_events(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Insert or replace events, keeping each one's first ``created_at``."""
    e = schema.events
    ids = [r["event_id"] for r in rows]
    created: dict[str, str] = {}
    for chunk in _chunks(ids):
        created.update({r.event_id: r.created_at for r in
                        conn.execute(select(e.c.event_id, e.c.created_at).where(e.c.event_id.in_(chunk)))})
        conn.execute(delete(e).where(e.c.event_id.in_(chunk)))
    rows = [{**r, "created_at": created.get(r["event_id"], r["created_at"])} for r in rows]
    for chunk in _chunks(rows):
        conn.execute(insert(e), list(chunk))


def delete_events(conn: Connection, event_ids: Iterable[str]) -> None:
    e, ec = schema.events, schema.event_claims
    for chunk in _chunks(sorted(set(event_ids))):
        conn.execute(delete(ec).where(ec.c.event_id.in_(chunk)))
        conn.execute(delete(e).where(e.c.event_id.in_(chunk)))


def delete_all(conn: Connection) -> None:
    conn.execute(delete(schema.event_claims))
    conn.execute(delete(schema.events))


# --- reading, for the API and the commands ---------------------------------------------------

@dataclass(frozen=True)
class EventFilter:
    type: str | None = None
    status: str | None = None
    side: str | None = None            # a claimant side among the event's claims
    actor_side: str | None = None
    admin1: str | None = None
    since: str | None = None           # ISO date, inclusive, on the event's day
    until: str | None = None
    official: str | None = None        # agrees | differs
    min_sources: int | None = None
    doc_id: str | None = None          # events with a claim from this document
    text: str | None = None            # substring of the summary
    news: bool = False                 # only events with a news claim (not the official record alone)


def _conditions(flt: EventFilter) -> list[Any]:
    e, ec = schema.events, schema.event_claims
    conds: list[Any] = []
    if flt.type:
        conds.append(e.c.type == flt.type)
    if flt.status:
        conds.append(e.c.status == flt.status)
    if flt.actor_side:
        conds.append(e.c.actor_side == flt.actor_side)
    if flt.admin1:
        conds.append(e.c.admin1 == flt.admin1.upper())
    if flt.since:
        conds.append(e.c.day >= flt.since[:10])
    if flt.until:
        conds.append(e.c.day <= flt.until[:10])
    if flt.official:
        conds.append(e.c.official == flt.official)
    if flt.min_sources:
        conds.append(e.c.sources >= flt.min_sources)
    if flt.text:
        conds.append(func.lower(e.c.summary).contains(flt.text.lower(), autoescape=True))
    if flt.doc_id:
        conds.append(e.c.event_id.in_(select(ec.c.event_id).where(ec.c.doc_id == flt.doc_id)))
    if flt.news:
        conds.append(e.c.event_id.in_(select(ec.c.event_id).where(ec.c.official.is_(False))))
    if flt.side:
        c = schema.claims
        conds.append(e.c.event_id.in_(
            select(ec.c.event_id).join(c, c.c.claim_id == ec.c.claim_id).where(c.c.claimant_side == flt.side)))
    return conds


def select_events(conn: Connection, flt: EventFilter = EventFilter(), limit: int | None = None,
                  offset: int = 0) -> list[dict[str, Any]]:
    e = schema.events
    query = select(e).order_by(e.c.day.desc(), e.c.sources.desc(), e.c.event_id)
    for cond in _conditions(flt):
        query = query.where(cond)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return [event_row_to_dict(r) for r in conn.execute(query).mappings()]


def count_events(conn: Connection, flt: EventFilter = EventFilter()) -> int:
    query = select(func.count()).select_from(schema.events)
    for cond in _conditions(flt):
        query = query.where(cond)
    return conn.execute(query).scalar_one()


def event_times(conn: Connection, event_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """``event_id -> time object`` for the events that have a time, in a few queries."""
    e = schema.events
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(event_ids)):
        query = (select(e.c.event_id, e.c.time_text, e.c.time_start, e.c.time_end, e.c.time_precision)
                 .where(e.c.event_id.in_(chunk), e.c.time_precision.is_not(None)))
        for row in conn.execute(query).mappings():
            out[row["event_id"]] = time_from_row(row)
    return out


def event_row(conn: Connection, event_id: str) -> dict[str, Any] | None:
    e = schema.events
    row = conn.execute(select(e).where(e.c.event_id == event_id)).mappings().first()
    return event_row_to_dict(row) if row else None


def event_row_to_dict(row: Any) -> dict[str, Any]:
    place, time = place_from_row(row), time_from_row(row)
    return {
        "event_id": row["event_id"], "type": row["type"], "status": row["status"],
        "modality": row["modality"], "actor_side": row["actor_side"], "target_side": row["target_side"],
        "weapon": row["weapon"], "place": place, "time": time, "day": row["day"], "grain": row["grain"],
        "window_start": row["window_start"], "window_end": row["window_end"],
        "claims": row["claims"], "documents": row["documents"], "sources": row["sources"],
        "claimant_sides": row["claimant_sides"], "figures": row["figures"],
        "contradictions": row["contradictions"], "official": row["official"], "summary": row["summary"],
        "created_at": row["created_at"], "updated_at": row["updated_at"],
    }


def document_rows(conn: Connection, doc_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Title, url, published, agency and origin of these documents (no page text)."""
    d, a = schema.documents, schema.articles
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(sorted(set(doc_ids))):
        query = (select(d.c.doc_id, d.c.url, d.c.origin, d.c.title, d.c.published, a.c.title.label("a_title"),
                        a.c.published.label("a_published"), a.c.agency)
                 .select_from(d.outerjoin(a, a.c.doc_id == d.c.doc_id)).where(d.c.doc_id.in_(chunk)))
        for r in conn.execute(query):
            out[r.doc_id] = {"doc_id": r.doc_id, "url": r.url, "title": r.a_title or r.title,
                             "published": r.a_published or r.published, "agency": r.agency, "origin": r.origin}
    return out
