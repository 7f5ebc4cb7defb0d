"""The HTTP API under /api: read endpoints for the record, token-guarded ones to add documents."""

from __future__ import annotations

import hashlib
import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Header, HTTPException, Query, Request, UploadFile
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, model_validator
from starlette.concurrency import run_in_threadpool

from frontwire import fuse
from frontwire.pipeline import process
from frontwire.records import Document, to_dict
from frontwire.report.brief import load_brief
from frontwire.serve import derived, queries
from frontwire.serve.fetch import FetchError
from frontwire.serve.security import token_matches
from frontwire.store import ClaimFilter, Store

router = APIRouter(prefix="/api")

ClaimTypeParam = Literal["strike", "interception", "ground_combat", "territorial_change", "casualties",
                         "infrastructure_damage", "prisoner_exchange", "capture", "negotiation",
                         "attack_on_civilians", "mobilization", "cyber"]
SideParam = Literal["UA", "RU", "third_party", "media", "unknown"]
DAY = r"^\d{4}-\d{2}-\d{2}$"
ADMIN1 = r"^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$"
DOC_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$")

Limit = Annotated[int, Query(ge=1, le=queries.MAX_LIMIT, description="At most this many items.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Skip this many items.")]
Text = Annotated[str | None, Query(max_length=200)]
SourceParam = Annotated[Literal["news", "official"] | None,
                        Query(description="news: leave out the official record's reports; official: only them.")]
Day = Annotated[str | None, Query(pattern=DAY, description="YYYY-MM-DD")]


def store(request: Request) -> Store:
    return request.app.state.store


def claim_filter(type: ClaimTypeParam | None = None, side: SideParam | None = None,  # noqa: A002
                 claimant: Text = None, admin1: Annotated[str | None, Query(pattern=ADMIN1)] = None,
                 since: Day = None, until: Day = None, q: Text = None,
                 doc_id: Annotated[str | None, Query(max_length=200)] = None) -> ClaimFilter:
    """The claim filters every claim endpoint takes (``q`` searches the evidence text)."""
    return ClaimFilter(type=type, side=side, claimant=claimant or None, admin1=admin1, since=since,
                       until=until, doc_id=doc_id, text=q or None)


def page(total: int, limit: int, offset: int, items: list[Any]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


# --- documents and articles --------------------------------------------------------------

@router.get("/documents", tags=["documents"])
def list_documents(request: Request, q: Text = None, since: Day = None, until: Day = None,
                   limit: Limit = 50, offset: Offset = 0, source: SourceParam = None) -> dict[str, Any]:
    """Documents, newest first, with headline, date and number of claims.

    ``q`` matches the headline, the URL or the id; ``since``/``until`` the publication day;
    ``source``: only the news, or only the official record's reports.
    """
    total, rows = queries.list_documents(store(request).engine, q, since, until, limit, offset, source)
    return page(total, limit, offset, rows)


@router.get("/documents/{doc_id}", tags=["documents"])
def get_document(request: Request, doc_id: str, raw: bool = Query(False, description="Include the raw page.")
                 ) -> dict[str, Any]:
    """One document: how it was read, its article, its places; the raw page on request."""
    doc = store(request).document(doc_id)
    if doc is None:
        raise HTTPException(404, "no such document")
    art = doc.pop("article")
    if not raw:
        doc.pop("raw", None)
    if art is not None:
        art.pop("source_text", None)
    doc["article"] = art
    doc["places"] = queries.document_places(store(request).engine, doc_id)
    doc["claims"] = store(request).count_claims(ClaimFilter(doc_id=doc_id))
    return doc


@router.get("/articles", tags=["documents"])
def list_articles(request: Request, q: Text = None, since: Day = None, until: Day = None,
                  limit: Limit = 50, offset: Offset = 0, source: SourceParam = None) -> dict[str, Any]:
    """Cleaned articles' metadata (the same list as /api/documents)."""
    return list_documents(request, q, since, until, limit, offset, source)


@router.get("/articles/{doc_id}", tags=["documents"])
def get_article(request: Request, doc_id: str) -> dict[str, Any]:
    """A cleaned article: metadata, body paragraphs and each paragraph's span in the source text."""
    art = queries.article(store(request).engine, doc_id)
    if art is None:
        raise HTTPException(404, "no such article")
    return art


# --- claims ------------------------------------------------------------------------------

@router.get("/claims", tags=["claims"])
def list_claims(request: Request, flt: Annotated[ClaimFilter, Depends(claim_filter)],
                limit: Limit = 50, offset: Offset = 0, source: SourceParam = None) -> dict[str, Any]:
    """Claims, newest day first, as claim.schema.json objects plus ``claim_id`` and ``day``;
    ``source``: only the news' claims, or only the official record's."""
    total, items = queries.list_claims(store(request).engine, flt, source, limit, offset)
    return page(total, limit, offset, items)


@router.get("/claims/{claim_id}", tags=["claims"])
def get_claim(request: Request, claim_id: str) -> dict[str, Any]:
    found = queries.claim(store(request).engine, claim_id)
    if found is None:
        raise HTTPException(404, "no such claim")
    return found


@router.get("/claimants", tags=["claims"])
def list_claimants(request: Request, limit: Limit = 200) -> list[dict[str, Any]]:
    """Claimants on record with their side and number of claims, most frequent first."""
    return derived.claimants(request.app.state.cache, store(request), limit)


@router.get("/stats/claims-per-day", tags=["claims"])
def claims_per_day(request: Request, flt: Annotated[ClaimFilter, Depends(claim_filter)]) -> list[dict[str, Any]]:
    """``[{"day", "type", "claims"}]`` for the filtered claims."""
    return queries.claims_per_type_day(store(request).engine, flt)


@router.get("/stats/regions", tags=["claims"])
def claims_per_region(request: Request, flt: Annotated[ClaimFilter, Depends(claim_filter)]) -> list[dict[str, Any]]:
    """``[{"country", "admin1", "claims", "lat", "lon"}]``: filtered claims per first-level region."""
    return queries.claims_per_region(store(request).engine, flt)


# --- places ------------------------------------------------------------------------------

@router.get("/places", tags=["places"])
def list_places(request: Request, q: Text = None, admin1: Annotated[str | None, Query(pattern=ADMIN1)] = None,
                country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None,
                limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Resolved places the documents name, most mentioned first."""
    total, rows = queries.places_summary(store(request).engine, q, admin1, country, limit, offset)
    return page(total, limit, offset, rows)


# --- events and series (the fuse stage) -------------------------------------------------

EventStatusParam = Literal["single_party", "corroborated", "contested", "denied"]


def event_filter(type: ClaimTypeParam | None = None, status: EventStatusParam | None = None,  # noqa: A002
                 side: SideParam | None = None, admin1: Annotated[str | None, Query(pattern=ADMIN1)] = None,
                 since: Day = None, until: Day = None,
                 official: Literal["agrees", "differs"] | None = None,
                 min_sources: Annotated[int | None, Query(ge=1, le=1000)] = None, q: Text = None,
                 doc_id: Annotated[str | None, Query(max_length=200)] = None) -> fuse.EventFilter:
    """Event filters: ``side`` is a claimant side among the event's claims, ``official`` how
    the news compare with the official record, ``q`` searches the event's summary."""
    return fuse.EventFilter(type=type, status=status, side=side, admin1=admin1, since=since, until=until,
                            official=official, min_sources=min_sources, text=q or None, doc_id=doc_id)


@router.get("/events", tags=["events"])
def list_events(request: Request, flt: Annotated[fuse.EventFilter, Depends(event_filter)],
                limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Events (claims from many documents fused), newest day first, with status
    (single_party, corroborated, contested, denied), figure ranges and contradictions."""
    st = store(request)
    return page(fuse.count_events(st, flt), limit, offset, fuse.list_events(st, flt, limit=limit, offset=offset))


@router.get("/events/{event_id}", tags=["events"])
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    """One event with each claim (why it joined, how it compares with the official record),
    its documents and how its status changed as reports came in."""
    found = fuse.get_event(store(request), event_id)
    if found is None:
        raise HTTPException(404, "no such event")
    return found


@router.get("/series/air-attacks", tags=["series"])
def air_attack_series(request: Request, since: Day = None, until: Day = None,
                      official_only: bool = Query(False, description="Also nights only the official record has.")
                      ) -> list[dict[str, Any]]:
    """Per night and claimant: drones and missiles launched and intercepted, beside the
    Ukrainian Air Force's official record and whether they agree."""
    return derived.air_series(request.app.state.cache, store(request), since, until, official_only)


@router.get("/series/{kind}", tags=["series"])
def daily_series(request: Request, kind: Literal["casualties", "territory", "strikes"],
                 since: Day = None, until: Day = None) -> list[dict[str, Any]]:
    """Per day and region, each event counted once with its figure range: casualties,
    territorial claims or strikes."""
    return fuse.daily(store(request), kind, since, until)


# --- the brief ---------------------------------------------------------------------------

@router.get("/brief", tags=["reports"])
def get_brief(request: Request, date: Annotated[str, Query(pattern=DAY)]) -> dict[str, Any]:
    """The daily brief of ``date`` as data: sections of lines, each citing numbered sources."""
    return to_dict(load_brief(store(request), date))


# --- adding documents (token) ------------------------------------------------------------

bearer = HTTPBearer(auto_error=False, description="The operator's token.")


def require_token(request: Request,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
                  x_frontwire_token: Annotated[str | None, Header()] = None) -> None:
    """Writes need the operator's token; with none configured they are refused for everyone."""
    expected = request.app.state.token
    if not expected:
        raise HTTPException(403, "adding documents is disabled: the operator has set no token")
    given = credentials.credentials if credentials else x_frontwire_token
    if not token_matches(expected, given):
        raise HTTPException(401, "a valid token is required to add documents",
                            headers={"WWW-Authenticate": "Bearer"})


class NewDocument(BaseModel):
    """A page to add: its text (a text dump) or its HTML, with what is known about it."""

    id: str | None = Field(None, max_length=200, description="Document id; derived from the content if absent.")
    text: str | None = None
    html: str | None = None
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=40)
    title: str | None = Field(None, max_length=1000)

    @model_validator(mode="after")
    def one_body(self) -> "NewDocument":
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of text and html")
        return self


class NewURL(BaseModel):
    url: str = Field(..., max_length=2000)
    id: str | None = Field(None, max_length=200)
    published: str | None = Field(None, max_length=40)


Guard = Depends(require_token)


@router.post("/documents", tags=["documents"], status_code=201, dependencies=[Guard])
def add_document(request: Request, new: NewDocument) -> dict[str, Any]:
    """Add a page (token): it is cleaned, its places and claims extracted, all stored."""
    doc = Document(doc_id=document_id(new.id, new.text if new.text is not None else new.html or ""),
                   origin="api", text=new.text, html=new.html, url=new.url, published=new.published,
                   title=new.title)
    return ingest(request, doc)


@router.post("/documents/file", tags=["documents"], status_code=201, dependencies=[Guard])
async def add_file(request: Request, file: Annotated[UploadFile, File(description=".txt, .html or .htm")],
                   id: Annotated[str | None, Form(max_length=200)] = None,  # noqa: A002
                   published: Annotated[str | None, Form(max_length=40)] = None) -> dict[str, Any]:
    """Add an uploaded file (token): a text dump, or HTML when it is named .html/.htm or looks like it."""
    data = await file.read(request.app.state.max_body_bytes + 1)
    if len(data) > request.app.state.max_body_bytes:
        raise HTTPException(413, "file too large")
    content = data.decode("utf-8", errors="replace")
    name = file.filename or "upload"
    is_html = name.lower().endswith((".html", ".htm")) or content.lstrip()[:15].lower().startswith(("<!doctype", "<html"))
    stem = re.sub(r"[^A-Za-z0-9._-]", "-", name.rsplit("/", 1)[-1].rsplit(".", 1)[0])[:60] or None
    doc = Document(doc_id=document_id(id or stem, content), origin=f"upload:{name[:200]}",
                   text=None if is_html else content, html=content if is_html else None, published=published)
    return await run_in_threadpool(ingest, request, doc)


@router.post("/documents/url", tags=["documents"], status_code=201, dependencies=[Guard])
def add_url(request: Request, new: NewURL) -> dict[str, Any]:
    """Fetch a public http(s) page and add it (token)."""
    try:
        final_url, html = request.app.state.fetch(new.url, request.app.state.max_body_bytes)
    except FetchError as exc:
        raise HTTPException(422, str(exc)) from None
    doc = Document(doc_id=document_id(new.id, final_url), origin=final_url, html=html, url=final_url,
                   published=new.published)
    return ingest(request, doc)


def document_id(given: str | None, content: str) -> str:
    if given:
        if not DOC_ID.match(given):
            raise HTTPException(422, "id: letters, digits and . _ : - only, at most 200 characters")
        return given
    return "web-" + hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def ingest(request: Request, doc: Document) -> dict[str, Any]:
    result = process(doc)
    if result.error:
        raise HTTPException(422, result.error)
    outcome = store(request).save(result)
    # New claims join events (or found them) right away, so every view agrees.
    events = fuse.refresh_events(store(request)).line() if outcome != "unchanged" else None
    request.app.state.cache.clear()
    return {"doc_id": doc.doc_id, "outcome": outcome, "claims": len(result.claims),
            "empty_reason": result.article.empty_reason if result.article else None, "events": events}
