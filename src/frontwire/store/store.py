"""The store: documents, articles, places and claims in a SQL database via SQLAlchemy Core.

SQLite is the default (``./frontwire.db``); any SQLAlchemy URL works (PostgreSQL for
teams). Saving is idempotent: a document whose content is unchanged is left alone, a
changed one has its article, places and claims replaced in one transaction, so a crash in
the middle never leaves half a document and a rerun never duplicates anything.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Literal

from sqlalchemy import Engine, create_engine, delete, event, func, insert, select
from sqlalchemy.engine import Connection

from frontwire.pipeline import Processed, content_hash
from frontwire.records import Claim, Document, Place, TimeSpan
from frontwire.store import schema
from frontwire.store.migrations import upgrade

DEFAULT_URL = "sqlite:///frontwire.db"

SaveOutcome = Literal["added", "updated", "unchanged"]


def normalise_url(url_or_path: str | None) -> str:
    """A SQLAlchemy URL from what a user typed: a URL, or a path to a SQLite file."""
    if not url_or_path:
        return DEFAULT_URL
    if "://" in url_or_path:
        return url_or_path
    return f"sqlite:///{url_or_path}"


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")      # readers (the web app) never block the writer
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()
    return engine


@dataclass(frozen=True)
class ClaimFilter:
    type: str | None = None
    side: str | None = None            # claimant side
    claimant: str | None = None        # substring of the claimant's name
    admin1: str | None = None
    since: str | None = None           # ISO date, inclusive, on the claim's day
    until: str | None = None
    doc_id: str | None = None
    text: str | None = None            # substring of the evidence


class Store:
    def __init__(self, url: str | None = None, create: bool = True) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)
        if create:  # a new database gets the schema, an older one the revisions it lacks
            upgrade(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # --- writing -----------------------------------------------------------------------

    def skip_reason(self, doc: Document) -> str | None:
        """Why a document need not be processed again, or None.

        It is unchanged; or it is an older version of a stored page (the same id with an
        earlier ``published``: a feed that carried a story twice), which must not replace the
        newer one, so that ingesting the same input again changes nothing.
        """
        d = schema.documents.c
        with self.engine.connect() as conn:
            row = conn.execute(select(d.content_hash, d.published).where(d.doc_id == doc.doc_id)).first()
        if row is None:
            return None
        if row.content_hash == content_hash(doc):
            return "unchanged (already stored)"
        if doc.published and row.published and doc.published < row.published:
            return "older than the stored version"
        return None

    def save(self, result: Processed) -> SaveOutcome:
        """Store one processed document (idempotent)."""
        doc = result.document
        digest = content_hash(doc)
        with self.engine.begin() as conn:
            stored = conn.execute(select(schema.documents.c.content_hash)
                                  .where(schema.documents.c.doc_id == doc.doc_id)).scalar()
            if stored == digest:
                return "unchanged"
            if stored is not None:
                _delete_document_rows(conn, doc.doc_id)
            conn.execute(insert(schema.documents).values(
                doc_id=doc.doc_id, origin=doc.origin, url=doc.url,
                kind="html" if doc.html is not None else "text", raw=doc.raw, content_hash=digest,
                published=doc.published, retrieved_at=doc.retrieved_at, title=doc.title,
                ingested_at=_now()))
            if result.article is not None:
                _insert_article(conn, result)
            return "updated" if stored is not None else "added"

    def log_problem(self, origin: str, reason: str, doc_id: str | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(schema.problems).values(origin=origin, doc_id=doc_id, reason=reason, at=_now()))

    # --- reading -----------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                    for name, table in (("documents", schema.documents), ("articles", schema.articles),
                                        ("places", schema.places), ("claims", schema.claims),
                                        ("quantities", schema.quantities))}

    def claims(self, flt: ClaimFilter = ClaimFilter(), limit: int | None = None,
               offset: int = 0) -> list[dict[str, Any]]:
        """Claims as contract dicts (claim.schema.json) plus ``claim_id``, newest day first."""
        c = schema.claims
        query = select(c).order_by(c.c.day.desc(), c.c.doc_id, c.c.seq)
        for cond in claim_conditions(flt):
            query = query.where(cond)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
            qty = _quantities_for(conn, [r["claim_id"] for r in rows])
        return [claim_row_to_dict(r, qty.get(r["claim_id"], [])) for r in rows]

    def count_claims(self, flt: ClaimFilter = ClaimFilter()) -> int:
        c = schema.claims
        query = select(func.count()).select_from(c)
        for cond in claim_conditions(flt):
            query = query.where(cond)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()

    def document(self, doc_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            doc = conn.execute(select(schema.documents).where(schema.documents.c.doc_id == doc_id)).mappings().first()
            if doc is None:
                return None
            art = conn.execute(select(schema.articles).where(schema.articles.c.doc_id == doc_id)).mappings().first()
        out = dict(doc)
        out["article"] = dict(art) if art else None
        if art and art["source_text"] is None:
            out["article"]["source_text"] = doc["raw"]
        return out

    def iter_claims(self, batch: int = 1000) -> Iterator[dict[str, Any]]:
        offset = 0
        while True:
            rows = self.claims(limit=batch, offset=offset)
            if not rows:
                return
            yield from rows
            offset += batch


# --- rows <-> records --------------------------------------------------------------------

def claim_ids(claims: Iterable[Claim]) -> list[str]:
    """Stable ids: the same claim read from the same document gets the same id on every run."""
    ids, seen = [], set()
    for claim in claims:
        key = json.dumps(claim.contract(), sort_keys=True, ensure_ascii=False)
        cid = hashlib.sha256(key.encode()).hexdigest()[:24]
        n = 1
        while cid in seen:          # the very same claim twice in one document
            n += 1
            cid = hashlib.sha256(f"{key}#{n}".encode()).hexdigest()[:24]
        seen.add(cid)
        ids.append(cid)
    return ids


def place_columns(p: Place | None) -> dict[str, Any]:
    """A place as the place columns of a claims or events row (all None without a place)."""
    return {"place_text": p.text if p else None, "place_name": p.name if p else None,
            "country": p.country if p else None, "admin1": p.admin1 if p else None,
            "geonameid": p.geonameid if p else None, "lat": p.lat if p else None,
            "lon": p.lon if p else None, "place_precision": p.precision if p else None}


def time_columns(t: TimeSpan | None) -> dict[str, Any]:
    """A time span as the time columns of a claims or events row (all None without a time)."""
    return {"time_text": t.text if t else None, "time_start": t.start if t else None,
            "time_end": t.end if t else None, "time_precision": t.precision if t else None}


def place_from_row(row: Any) -> dict[str, Any] | None:
    """The place columns of a claims or events row as the contract's place object."""
    if row["place_precision"] is None:
        return None
    return {"text": row["place_text"], "name": row["place_name"], "country": row["country"],
            "admin1": row["admin1"], "geonameid": row["geonameid"], "lat": row["lat"],
            "lon": row["lon"], "precision": row["place_precision"]}


def time_from_row(row: Any) -> dict[str, Any] | None:
    """The time columns of a claims or events row as the contract's time object."""
    if row["time_precision"] is None:
        return None
    return {"text": row["time_text"], "start": row["time_start"], "end": row["time_end"],
            "precision": row["time_precision"]}


def claim_row_to_dict(row: Any, quantities: list[dict[str, Any]]) -> dict[str, Any]:
    place, time = place_from_row(row), time_from_row(row)
    return {
        "claim_id": row["claim_id"], "doc_id": row["doc_id"], "type": row["type"],
        "claimant": {"text": row["claimant_text"], "name": row["claimant_name"], "side": row["claimant_side"]},
        "actor_side": row["actor_side"], "target_side": row["target_side"],
        "quantities": quantities, "weapon": row["weapon"], "place": place, "time": time,
        "modality": row["modality"], "status": row["status"],
        "evidence": {"text": row["evidence_text"], "start": row["evidence_start"], "end": row["evidence_end"]},
        "day": row["day"],
    }


def _insert_article(conn: Connection, result: Processed) -> None:
    art = result.article
    assert art is not None
    doc = result.document
    conn.execute(insert(schema.articles).values(
        doc_id=doc.doc_id, title=art.title, published=art.published, updated=art.updated,
        byline=art.byline, agency=art.agency, dateline=art.dateline, language=art.language,
        body=list(art.body), spans=[list(s) for s in art.spans],
        source_text=None if art.source_text == doc.raw else art.source_text,
        empty_reason=art.empty_reason))
    if result.places:
        conn.execute(insert(schema.places), [
            {"doc_id": doc.doc_id, "text": m.text, "start": m.start, "end": m.end, "note": m.note,
             **({"name": m.place.name, "country": m.place.country, "admin1": m.place.admin1,
                 "geonameid": m.place.geonameid, "lat": m.place.lat, "lon": m.place.lon,
                 "precision": m.place.precision} if m.place else _NO_PLACE)}
            for m in result.places])
    if not result.claims:
        return
    published_day = (art.published or "")[:10] or None
    rows, qrows = [], []
    for seq, (cid, claim) in enumerate(zip(claim_ids(result.claims), result.claims)):
        p, t = claim.place, claim.time
        rows.append({
            "claim_id": cid, "doc_id": doc.doc_id, "seq": seq, "type": claim.type,
            "claimant_text": claim.claimant.text, "claimant_name": claim.claimant.name,
            "claimant_side": claim.claimant.side, "actor_side": claim.actor_side,
            "target_side": claim.target_side, "weapon": claim.weapon,
            **place_columns(p), **time_columns(t),
            "day": (t.start[:10] if t and t.start else None) or published_day,
            "modality": claim.modality, "status": claim.status,
            "evidence_text": claim.evidence.text, "evidence_start": claim.evidence.start,
            "evidence_end": claim.evidence.end,
        })
        qrows.extend({"claim_id": cid, "idx": i, "scope": q.scope, "unit": q.unit, "value": q.value,
                      "approx": q.approx, "category": q.category} for i, q in enumerate(claim.quantities))
    conn.execute(insert(schema.claims), rows)
    if qrows:
        conn.execute(insert(schema.quantities), qrows)


# An unresolved mention's row: every row of one executemany needs the same keys.
_NO_PLACE = dict.fromkeys(("name", "country", "admin1", "geonameid", "lat", "lon", "precision"))


def _delete_document_rows(conn: Connection, doc_id: str) -> None:
    # Explicit deletes rather than ON DELETE CASCADE: SQLite only cascades with the pragma on.
    claim_ids_q = select(schema.claims.c.claim_id).where(schema.claims.c.doc_id == doc_id)
    conn.execute(delete(schema.quantities).where(schema.quantities.c.claim_id.in_(claim_ids_q)))
    for table in (schema.claims, schema.places, schema.articles, schema.documents):
        conn.execute(delete(table).where(table.c.doc_id == doc_id))


def claim_conditions(flt: ClaimFilter) -> list[Any]:
    """WHERE conditions on the claims table for a filter (shared with the web app's queries)."""
    c = schema.claims.c
    conds = []
    if flt.type:
        conds.append(c.type == flt.type)
    if flt.side:
        conds.append(c.claimant_side == flt.side)
    if flt.claimant:
        conds.append(func.lower(c.claimant_name).contains(flt.claimant.lower(), autoescape=True))
    if flt.admin1:
        conds.append(c.admin1 == flt.admin1.upper())
    if flt.since:
        conds.append(c.day >= flt.since[:10])
    if flt.until:
        conds.append(c.day <= flt.until[:10])
    if flt.doc_id:
        conds.append(c.doc_id == flt.doc_id)
    if flt.text:
        conds.append(func.lower(c.evidence_text).contains(flt.text.lower(), autoescape=True))
    return conds


def _quantities_for(conn: Connection, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    q = schema.quantities
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in conn.execute(select(q).where(q.c.claim_id.in_(chunk)).order_by(q.c.claim_id, q.c.idx)).mappings():
            out.setdefault(r["claim_id"], []).append(
                {"scope": r["scope"], "unit": r["unit"], "value": r["value"], "approx": r["approx"],
                 "category": r["category"]})
    return out


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")

