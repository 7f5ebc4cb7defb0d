"""Read queries the web application needs beyond :class:`~frontwire.store.Store`'s own.

SQLAlchemy Core throughout, so every value a user typed reaches the database as a bound
parameter, never as SQL text. Each function takes an engine and returns plain dicts and
lists, ready for JSON or a template.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, func, or_, select

from frontwire.fuse.reference import ORIGIN_PREFIX
from frontwire.store import ClaimFilter
from frontwire.store import schema
from frontwire.store.store import claim_conditions, claim_row_to_dict

MAX_LIMIT = 500


def news_claims() -> Any:
    """A condition leaving out the official record's claims (the Air Force's own reports,
    loaded as documents of their own), for the views that count what the news say."""
    d = schema.documents
    official = select(d.c.doc_id).where(d.c.origin.startswith(ORIGIN_PREFIX, autoescape=True))
    return schema.claims.c.doc_id.not_in(official)


# --- documents and articles --------------------------------------------------------------

def list_documents(engine: Engine, text: str | None = None, since: str | None = None,
                   until: str | None = None, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
    """Documents with their article's headline and date and their number of claims.

    ``text`` matches the headline, the URL or the id; ``since``/``until`` the article's date.
    Newest first.
    """
    d, a, c = schema.documents, schema.articles, schema.claims
    n_claims = (select(c.c.doc_id, func.count().label("n")).group_by(c.c.doc_id).subquery())
    published = func.coalesce(a.c.published, d.c.published, d.c.retrieved_at)
    conds = []
    if text:
        needle = text.lower()
        conds.append(or_(func.lower(func.coalesce(a.c.title, d.c.title, "")).contains(needle, autoescape=True),
                         func.lower(func.coalesce(d.c.url, "")).contains(needle, autoescape=True),
                         func.lower(d.c.doc_id).contains(needle, autoescape=True)))
    if since:
        conds.append(func.substr(published, 1, 10) >= since[:10])
    if until:
        conds.append(func.substr(published, 1, 10) <= until[:10])
    base = d.outerjoin(a, a.c.doc_id == d.c.doc_id).outerjoin(n_claims, n_claims.c.doc_id == d.c.doc_id)
    query = (select(d.c.doc_id, d.c.url, d.c.kind, d.c.origin, d.c.ingested_at,
                    func.coalesce(a.c.title, d.c.title).label("title"), published.label("published"),
                    a.c.agency, a.c.byline, a.c.empty_reason,
                    func.coalesce(n_claims.c.n, 0).label("claims"))
             .select_from(base).where(*conds)
             .order_by(published.desc().nulls_last(), d.c.doc_id)
             .limit(_bounded(limit)).offset(max(offset, 0)))
    count = select(func.count()).select_from(d.outerjoin(a, a.c.doc_id == d.c.doc_id)).where(*conds)
    with engine.connect() as conn:
        total = conn.execute(count).scalar_one()
        rows = [dict(r) for r in conn.execute(query).mappings()]
    return total, rows


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
    """Headline, URL and date of each document, for citing sources."""
    d, a = schema.documents, schema.articles
    out: dict[str, dict] = {}
    with engine.connect() as conn:
        for start in range(0, len(doc_ids), 500):
            chunk = doc_ids[start:start + 500]
            query = (select(d.c.doc_id, d.c.url, func.coalesce(a.c.title, d.c.title).label("title"),
                            func.coalesce(a.c.published, d.c.published, d.c.retrieved_at).label("published"),
                            a.c.agency)
                     .select_from(d.outerjoin(a, a.c.doc_id == d.c.doc_id)).where(d.c.doc_id.in_(chunk)))
            for r in conn.execute(query).mappings():
                out[r["doc_id"]] = dict(r)
    return out


# --- claims --------------------------------------------------------------------------------

def claim(engine: Engine, claim_id: str) -> dict | None:
    c, q = schema.claims, schema.quantities
    with engine.connect() as conn:
        row = conn.execute(select(c).where(c.c.claim_id == claim_id)).mappings().first()
        if row is None:
            return None
        qty = [{k: r[k] for k in ("scope", "unit", "value", "approx", "category")}
               for r in conn.execute(select(q).where(q.c.claim_id == claim_id).order_by(q.c.idx)).mappings()]
    return claim_row_to_dict(row, qty)


def claims_between(engine: Engine, first_day: str, last_day: str) -> list[dict]:
    """Every claim whose day lies in [first_day, last_day], with its quantities."""
    c, q = schema.claims, schema.quantities
    query = (select(c).where(c.c.day >= first_day[:10], c.c.day <= last_day[:10])
             .order_by(c.c.day, c.c.doc_id, c.c.seq))
    with engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
        qty: dict[str, list[dict]] = defaultdict(list)
        ids = [r["claim_id"] for r in rows]
        for start in range(0, len(ids), 500):
            for r in conn.execute(select(q).where(q.c.claim_id.in_(ids[start:start + 500]))
                                  .order_by(q.c.claim_id, q.c.idx)).mappings():
                qty[r["claim_id"]].append({k: r[k] for k in ("scope", "unit", "value", "approx", "category")})
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


def claimants(engine: Engine, limit: int = 200) -> list[dict]:
    """The claimants on record, most frequent first (for filter suggestions)."""
    c = schema.claims.c
    query = (select(c.claimant_name.label("name"), c.claimant_side.label("side"), func.count().label("claims"))
             .where(c.claimant_name.is_not(None), news_claims()).group_by(c.claimant_name, c.claimant_side)
             .order_by(func.count().desc(), c.claimant_name).limit(_bounded(limit)))
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def day_range(engine: Engine) -> tuple[str | None, str | None]:
    """The first and last day of the news claims."""
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
