"""Read queries the web application needs beyond :class:`~frontwire.store.Store`'s own.

SQLAlchemy Core throughout, so every value a user typed reaches the database as a bound
parameter, never as SQL text. Each function takes an engine and returns plain dicts and
lists, ready for JSON or a template.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, case, func, or_, select
from sqlalchemy.engine import Connection

from frontwire.fuse.reference import ORIGIN_PREFIX
from frontwire.store import ClaimFilter
from frontwire.store import schema
from frontwire.store.store import claim_conditions, claim_row_to_dict

MAX_LIMIT = 500
# Whose documents a view shows: the news, the official record's reports, or both.
SOURCES = ("news", "official", "all")


def _official_docs() -> Any:
    d = schema.documents
    return select(d.c.doc_id).where(d.c.origin.startswith(ORIGIN_PREFIX, autoescape=True))


def news_claims() -> Any:
    """A condition leaving out the official record's claims (the Air Force's own reports,
    loaded as documents of their own), for the views that count what the news say."""
    return schema.claims.c.doc_id.not_in(_official_docs())


def source_conditions(source: str | None, doc_id: Any) -> list[Any]:
    """Conditions on a ``doc_id`` column for ``source``: news, official, or all (None)."""
    if source == "news":
        return [doc_id.not_in(_official_docs())]
    if source == "official":
        return [doc_id.in_(_official_docs())]
    return []


def dated(value: Any) -> Any:
    """``value`` when it starts like a year (1900-2999), else NULL: a record's
    ``retrieved_at`` may say "unknown", which must neither sort first nor show as a date."""
    return case((func.substr(value, 1, 4).between("1900", "2999"), value), else_=None)


def published_column() -> Any:
    """A document's date: its article's, else the record's, else when it was retrieved."""
    d, a = schema.documents, schema.articles
    return func.coalesce(dated(a.c.published), dated(d.c.published), dated(d.c.retrieved_at))


# --- documents and articles --------------------------------------------------------------

def list_documents(engine: Engine, text: str | None = None, since: str | None = None,
                   until: str | None = None, limit: int = 50, offset: int = 0,
                   source: str | None = None) -> tuple[int, list[dict]]:
    """Documents with their article's headline and date and their number of claims.

    ``text`` matches the headline, the URL or the id; ``since``/``until`` the document's
    date; ``source``: news, official or None (both). Newest first, undated ones last.
    """
    d, a, c = schema.documents, schema.articles, schema.claims
    published = published_column()
    conds = source_conditions(source, d.c.doc_id)
    if text:
        needle = text.lower()
        conds.append(or_(func.lower(func.coalesce(a.c.title, d.c.title, "")).contains(needle, autoescape=True),
                         func.lower(func.coalesce(d.c.url, "")).contains(needle, autoescape=True),
                         func.lower(d.c.doc_id).contains(needle, autoescape=True)))
    if since:
        conds.append(func.substr(published, 1, 10) >= since[:10])
    if until:
        conds.append(func.substr(published, 1, 10) <= until[:10])
    base = d.outerjoin(a, a.c.doc_id == d.c.doc_id)
    query = (select(d.c.doc_id, d.c.url, d.c.kind, d.c.origin, d.c.ingested_at,
                    func.coalesce(a.c.title, d.c.title).label("title"), published.label("published"),
                    a.c.agency, a.c.byline, a.c.empty_reason)
             .select_from(base).where(*conds)
             .order_by(published.desc().nulls_last(), d.c.doc_id)
             .limit(_bounded(limit)).offset(max(offset, 0)))
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(base).where(*conds)).scalar_one()
        rows = [dict(r) for r in conn.execute(query).mappings()]
        # claims counted for this page's documents only, not for every document
        ids = [r["doc_id"] for r in rows]
        counts = dict(conn.execute(select(c.c.doc_id, func.count()).where(c.c.doc_id.in_(ids))
                                   .group_by(c.c.doc_id)).all()) if ids else {}
    for r in rows:
        r["claims"] = counts.get(r["doc_id"], 0)
    return total, rows


def newest_publication(engine: Engine, source: str | None = "news") -> str | None:
    """The day of the newest dated document (a news document, by default)."""
    d, a = schema.documents, schema.articles
    query = (select(func.max(func.substr(published_column(), 1, 10)))
             .select_from(d.outerjoin(a, a.c.doc_id == d.c.doc_id))
             .where(*source_conditions(source, d.c.doc_id)))
    with engine.connect() as conn:
        return conn.execute(query).scalar()


def article(engine: Engine, doc_id: str) -> dict | None:
    """The cleaned article of a document (metadata, paragraphs and their spans), or None."""
    d, a = schema.documents, schema.articles
    query = (select(a, d.c.url, d.c.kind).select_from(a.join(d, d.c.doc_id == a.c.doc_id))
             .where(a.c.doc_id == doc_id))
    with engine.connect() as conn:
        row = conn.execute(query).mappings().first()
    if row is None:
        return None
    out = dict(row)
    out.pop("source_text", None)
    return out


def document_places(engine: Engine, doc_id: str) -> list[dict]:
    p = schema.places
    query = select(p).where(p.c.doc_id == doc_id).order_by(p.c.start)
    with engine.connect() as conn:
        return [{k: v for k, v in dict(r).items() if k not in ("id", "doc_id")}
                for r in conn.execute(query).mappings()]


def document_meta(engine: Engine, doc_ids: list[str]) -> dict[str, dict]:
    """Headline, URL, origin, date and agency of each document (no page text), for citing sources."""
    d, a = schema.documents, schema.articles
    out: dict[str, dict] = {}
    with engine.connect() as conn:
        for start in range(0, len(doc_ids), 500):
            chunk = doc_ids[start:start + 500]
            query = (select(d.c.doc_id, d.c.url, d.c.origin, func.coalesce(a.c.title, d.c.title).label("title"),
                            published_column().label("published"), a.c.agency)
                     .select_from(d.outerjoin(a, a.c.doc_id == d.c.doc_id)).where(d.c.doc_id.in_(chunk)))
            for r in conn.execute(query).mappings():
                out[r["doc_id"]] = dict(r)
    return out


# --- claims --------------------------------------------------------------------------------

def _quantities(conn: Connection, ids: list[str]) -> dict[str, list[dict]]:
    q = schema.quantities
    out: dict[str, list[dict]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        for r in conn.execute(select(q).where(q.c.claim_id.in_(ids[start:start + 500]))
                              .order_by(q.c.claim_id, q.c.idx)).mappings():
            out[r["claim_id"]].append({k: r[k] for k in ("scope", "unit", "value", "approx", "category")})
    return out


def claim(engine: Engine, claim_id: str) -> dict | None:
    c = schema.claims
    with engine.connect() as conn:
        row = conn.execute(select(c).where(c.c.claim_id == claim_id)).mappings().first()
        if row is None:
            return None
        qty = _quantities(conn, [claim_id])
    return claim_row_to_dict(row, qty.get(claim_id, []))


CLAIM_ORDERS = ("day", "reported")


def list_claims(engine: Engine, flt: ClaimFilter = ClaimFilter(), source: str | None = None,
                limit: int = 50, offset: int = 0, order: str = "day") -> tuple[int, list[dict]]:
    """``(total, claims)`` for a filter and a source (news, official or None).

    ``order``: ``day``, the day a claim describes, newest first (the order of
    :meth:`Store.claims`); ``reported``, its document's date, newest first (what is new,
    whatever past or future day it speaks of).
    """
    c, d, a = schema.claims, schema.documents, schema.articles
    conds = [*claim_conditions(flt), *source_conditions(source, c.c.doc_id)]
    query = select(c).where(*conds)
    if order == "reported":
        query = (query.select_from(c.join(d, d.c.doc_id == c.c.doc_id).outerjoin(a, a.c.doc_id == c.c.doc_id))
                 .order_by(published_column().desc().nulls_last(), c.c.doc_id, c.c.seq))
    else:
        query = query.order_by(c.c.day.desc(), c.c.doc_id, c.c.seq)
    query = query.limit(_bounded(limit)).offset(max(offset, 0))
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(c).where(*conds)).scalar_one()
        rows = conn.execute(query).mappings().all()
        qty = _quantities(conn, [r["claim_id"] for r in rows])
    return total, [claim_row_to_dict(r, qty.get(r["claim_id"], [])) for r in rows]


def claims_between(engine: Engine, first_day: str, last_day: str) -> list[dict]:
    """Every claim whose day lies in [first_day, last_day], with its quantities."""
    c = schema.claims
    query = (select(c).where(c.c.day >= first_day[:10], c.c.day <= last_day[:10])
             .order_by(c.c.day, c.c.doc_id, c.c.seq))
    with engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
        qty = _quantities(conn, [r["claim_id"] for r in rows])
    return [claim_row_to_dict(r, qty.get(r["claim_id"], [])) for r in rows]


def claims_per_type_day(engine: Engine, flt: ClaimFilter = ClaimFilter()) -> list[dict]:
    """``[{"day", "type", "claims"}]``: how many news claims of each type each day."""
    c = schema.claims.c
    query = (select(c.day, c.type, func.count().label("claims"))
             .where(c.day.is_not(None), news_claims(), *claim_conditions(flt))
             .group_by(c.day, c.type).order_by(c.day, c.type))
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def claims_per_region(engine: Engine, flt: ClaimFilter = ClaimFilter()) -> list[dict]:
    """``[{"country", "admin1", "claims", "lat", "lon"}]``: claims per first-level region.

    ``lat``/``lon`` is the mean of the claims' own points, for regions the map has no
    shape or point for.
    """
    c = schema.claims.c
    query = (select(c.country, c.admin1, func.count().label("claims"), func.avg(c.lat).label("lat"),
                    func.avg(c.lon).label("lon"))
             .where(c.admin1.is_not(None), *claim_conditions(flt))
             .group_by(c.country, c.admin1).order_by(func.count().desc()))
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def claimants(engine: Engine, limit: int = 200, since: str | None = None, until: str | None = None) -> list[dict]:
    """The claimants of the news on record (of claims dated within ``since``/``until``),
    most frequent first (for filter suggestions)."""
    c = schema.claims.c
    conds = [c.claimant_name.is_not(None), news_claims(), *claim_conditions(ClaimFilter(since=since, until=until))]
    query = (select(c.claimant_name.label("name"), c.claimant_side.label("side"), func.count().label("claims"))
             .where(*conds).group_by(c.claimant_name, c.claimant_side)
             .order_by(func.count().desc(), c.claimant_name).limit(_bounded(limit)))
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def day_range(engine: Engine) -> tuple[str | None, str | None]:
    """The first and last day of the news claims (strays included: see serve/periods.py)."""
    c = schema.claims.c
    with engine.connect() as conn:
        row = conn.execute(select(func.min(c.day), func.max(c.day)).where(news_claims())).first()
    return (row[0], row[1]) if row else (None, None)


# --- places -------------------------------------------------------------------------------

def places_summary(engine: Engine, text: str | None = None, admin1: str | None = None,
                   country: str | None = None, limit: int = 100, offset: int = 0) -> tuple[int, list[dict]]:
    """Resolved places named in the documents, with how often and in how many documents."""
    p = schema.places.c
    conds = [p.name.is_not(None)]
    if text:
        conds.append(or_(func.lower(p.name).contains(text.lower(), autoescape=True),
                         func.lower(p.text).contains(text.lower(), autoescape=True)))
    if admin1:
        conds.append(p.admin1 == admin1.upper())
    if country:
        conds.append(p.country == country.upper())
    keys = (p.name, p.country, p.admin1, p.geonameid, p.precision)
    grouped = (select(*keys, func.avg(p.lat).label("lat"), func.avg(p.lon).label("lon"),
                      func.count().label("mentions"), func.count(func.distinct(p.doc_id)).label("documents"))
               .where(*conds).group_by(*keys))
    sub = grouped.subquery()
    query = select(sub).order_by(sub.c.mentions.desc(), sub.c.name).limit(_bounded(limit)).offset(max(offset, 0))
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(sub)).scalar_one()
        rows = [dict(r) for r in conn.execute(query).mappings()]
    return total, rows


def _bounded(limit: int) -> int:
    return max(1, min(int(limit), MAX_LIMIT))
