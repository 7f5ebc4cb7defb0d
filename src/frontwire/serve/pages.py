"""The dashboard's pages: overview, map, claims table, documents, a document, the brief.

Pages are rendered on the server (Jinja2, autoescaped: text from a page is always shown
as text) and work without script except for the charts. Filters are plain GET forms, so
every view has a URL an analyst can bookmark or send.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from math import ceil
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from frontwire import __version__
from frontwire import fuse
from frontwire.records import CLAIM_TYPES, EVENT_STATUSES, SIDES
from frontwire.report import brief as briefs
from frontwire.serve import charts, highlight, mapsvg, queries
from frontwire.store import ClaimFilter, Store

router = APIRouter(include_in_schema=False)

PER_PAGE = 50
MAX_RAW_SHOWN = 2_000_000       # characters of a raw page shown beside the article
NAV = (("/", "Overview"), ("/map", "Map"), ("/claims", "Claims"), ("/events", "Events"),
       ("/documents", "Documents"), ("/brief", "Daily brief"), ("/docs", "API"))
# The columns of the event page: whose claims stand side by side.
EVENT_COLUMNS = (("UA", "Ukrainian side"), ("RU", "Russian side"), ("other", "Third parties and media"),
                 ("official", "Official record"))
_ADMIN1 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    env = request.app.state.templates
    html = env.get_template(template).render(request=request, nav=NAV, path=request.url.path,
                                             version=__version__, **context)
    return HTMLResponse(html, status_code=status_code)


def store(request: Request) -> Store:
    return request.app.state.store


# --- filters, read leniently: a bad value is dropped and said so, never an error page ---

@dataclass(frozen=True)
class PageFilter:
    flt: ClaimFilter
    problems: tuple[str, ...]
    params: dict[str, str]          # the accepted values, for the form and for links


def read_filter(request: Request, keys: tuple[str, ...] = ("type", "side", "claimant", "admin1",
                                                           "since", "until", "q")) -> PageFilter:
    raw = request.query_params
    values: dict[str, str] = {}
    problems: list[str] = []
    for key in keys:
        value = (raw.get(key) or "").strip()[:200]
        if not value:
            continue
        if key == "type" and value not in CLAIM_TYPES:
            problems.append(f"unknown type {value!r}")
        elif key == "side" and value not in SIDES:
            problems.append(f"unknown side {value!r}")
        elif key in ("since", "until") and not _is_day(value):
            problems.append(f"{key}: not a date (YYYY-MM-DD): {value!r}")
        elif key == "admin1" and not _ADMIN1.match(value.upper()):
            problems.append(f"admin1: not an ISO 3166-2 code: {value!r}")
        else:
            values[key] = value.upper() if key == "admin1" else value
    flt = ClaimFilter(type=values.get("type"), side=values.get("side"), claimant=values.get("claimant"),
                      admin1=values.get("admin1"), since=values.get("since"), until=values.get("until"),
                      text=values.get("q"))
    return PageFilter(flt, tuple(problems), values)


def _is_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _day_after(day: str | None) -> str | None:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat() if day else None


def _page_number(request: Request) -> int:
    try:
        return max(1, min(int(request.query_params.get("page", "1")), 100_000))
    except ValueError:
        return 1


# --- pages -------------------------------------------------------------------------------

@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    st = store(request)
    engine = st.engine
    per_day = queries.claims_per_type_day(engine)
    totals: dict[str, int] = {}
    for row in per_day:
        totals[row["type"]] = totals.get(row["type"], 0) + row["claims"]
    first, last = queries.day_range(engine)
    # Official nights only within the news' own span: the record covers years.
    series = fuse.air_attacks(st, first, _day_after(last), include_official_only=True).as_dicts() if first else []
    news, official = charts.air_nights(series)
    _, latest = queries.list_documents(engine, limit=8)
    return render(request, "overview.html", title="Overview", counts=st.counts(), first=first, last=last,
                  totals=sorted(totals.items(), key=lambda kv: -kv[1]),
                  timeline=charts.type_timeline_figure(per_day) if per_day else None,
                  air=charts.air_attack_figure(news, official) if news or official else None,
                  nights=news[-10:][::-1], claimants=queries.claimants(engine, 12), latest=latest,
                  colours=charts.TYPE_COLOURS)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    pf = read_filter(request, ("type", "side", "since", "until"))
    rows = queries.claims_per_region(store(request).engine, pf.flt)
    counts = {r["admin1"]: r["claims"] for r in rows}
    centres = {r["admin1"]: (r["lat"], r["lon"]) for r in rows}
    view = mapsvg.build_map(counts, centres=centres, paths=request.app.state.map_paths)
    names = {code: region.name for code, region in mapsvg.known_regions().items()}
    return render(request, "map.html", title="Map", pf=pf, view=view, rows=rows, names=names,
                  types=CLAIM_TYPES, sides=SIDES, has_shapes=bool(view.shapes))


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request) -> HTMLResponse:
    pf = read_filter(request)
    number = _page_number(request)
    st = store(request)
    total = st.count_claims(pf.flt)
    rows = st.claims(pf.flt, limit=PER_PAGE, offset=(number - 1) * PER_PAGE)
    return render(request, "claims.html", title="Claims", pf=pf, rows=rows, total=total, page=number,
                  pages=max(1, ceil(total / PER_PAGE)), types=CLAIM_TYPES, sides=SIDES,
                  claimants=queries.claimants(st.engine, 100), figures=claim_figures, where=claim_place)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    pf = read_filter(request, ("type", "side", "admin1", "since", "until", "q"))
    status = request.query_params.get("status") or None
    problems = list(pf.problems)
    if status and status not in EVENT_STATUSES:
        problems.append(f"unknown status {status[:40]!r}")
        status = None
    params = dict(pf.params, **({"status": status} if status else {}))
    flt = fuse.EventFilter(type=pf.flt.type, status=status, side=pf.flt.side, admin1=pf.flt.admin1,
                           since=pf.flt.since, until=pf.flt.until, text=pf.flt.text)
    number = _page_number(request)
    st = store(request)
    total = fuse.count_events(st, flt)
    rows = fuse.list_events(st, flt, limit=PER_PAGE, offset=(number - 1) * PER_PAGE)
    return render(request, "events.html", title="Events", rows=rows, total=total, params=params,
                  problems=problems, page=number, pages=max(1, ceil(total / PER_PAGE)), types=CLAIM_TYPES,
                  sides=SIDES, statuses=EVENT_STATUSES, where=claim_place)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    event = fuse.get_event(store(request), event_id)
    if event is None:
        raise HTTPException(404, "no such event")
    conflicts: dict[str, list[str]] = {}
    for c in event.get("contradictions") or ():
        for cid in c.get("claim_ids") or ():
            conflicts.setdefault(cid, []).append(c.get("detail") or c.get("kind") or "contradiction")
    columns = {key: [] for key, _ in EVENT_COLUMNS}
    for claim in event.get("claims_detail") or ():
        side = claim["claimant"]["side"]
        key = "official" if claim.get("official") else side if side in ("UA", "RU") else "other"
        columns[key].append(claim)
    shown = [(key, label, columns[key]) for key, label in EVENT_COLUMNS if columns[key]]
    documents = {d["doc_id"]: d for d in event.get("documents_detail") or ()}
    return render(request, "event.html", title=event.get("summary") or event_id, event=event, columns=shown,
                  conflicts=conflicts, documents=documents, figures=claim_figures, where=claim_place)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, q: str | None = Query(None, max_length=200)) -> HTMLResponse:
    number = _page_number(request)
    total, rows = queries.list_documents(store(request).engine, q or None, limit=PER_PAGE,
                                         offset=(number - 1) * PER_PAGE)
    return render(request, "documents.html", title="Documents", rows=rows, total=total, q=q or "",
                  page=number, pages=max(1, ceil(total / PER_PAGE)))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, claim: str | None = Query(None, max_length=64)) -> HTMLResponse:
    st = store(request)
    doc = st.document(doc_id)
    if doc is None:
        raise HTTPException(404, "no such document")
    art = doc.get("article") or {}
    claims = st.claims(ClaimFilter(doc_id=doc_id))
    selected = next((c for c in claims if c["claim_id"] == claim), None)
    source_text = art.get("source_text") or ""
    mark = None
    if selected:
        ev = selected["evidence"]
        mark = highlight.locate_evidence(source_text, ev["text"], ev["start"], ev["end"])
    paragraphs = highlight.paragraphs(list(art.get("body") or []), list(art.get("spans") or []), mark)
    raw = doc["raw"][:MAX_RAW_SHOWN]
    if doc["kind"] == "text" and source_text == doc["raw"]:
        raw_pieces = highlight.pieces(raw, mark)
    else:   # markup: the evidence is marked where it occurs verbatim in it
        found = highlight.locate_evidence(raw, selected["evidence"]["text"], None, None) if selected else None
        raw_pieces = highlight.pieces(raw, found)
    return render(request, "document.html", title=art.get("title") or doc.get("title") or doc_id, doc=doc,
                  art=art, claims=claims, selected=selected, paragraphs=paragraphs, raw_pieces=raw_pieces,
                  raw_cut=len(doc["raw"]) > MAX_RAW_SHOWN, evidence_found=mark is not None,
                  places=queries.document_places(st.engine, doc_id), figures=claim_figures, where=claim_place)


@router.get("/brief", response_class=HTMLResponse)
def brief_page(request: Request) -> HTMLResponse:
    day, problem = _brief_day(request)
    brief = briefs.load_brief(store(request), day) if day else None
    previous = next_day = None
    if day:
        d = dt.date.fromisoformat(day)
        previous, next_day = (d - dt.timedelta(days=1)).isoformat(), (d + dt.timedelta(days=1)).isoformat()
    return render(request, "brief.html", title=f"Daily brief {day or ''}".strip(), brief=brief, day=day,
                  problem=problem, previous=previous, next_day=next_day,
                  source_label=briefs.source_label)


@router.get("/brief/download")
def brief_download(request: Request, format: str = Query("md", pattern="^(md|html|pdf)$")) -> Response:  # noqa: A002
    day, problem = _brief_day(request)
    if not day:
        raise HTTPException(422, problem or "no date")
    brief = briefs.load_brief(store(request), day)
    name = f"frontwire-brief-{day}.{format}"
    disposition = {"Content-Disposition": f'attachment; filename="{name}"'}
    if format == "pdf":
        return Response(briefs.to_pdf(brief), media_type="application/pdf", headers=disposition)
    if format == "html":
        return Response(briefs.to_html(brief), media_type="text/html; charset=utf-8", headers=disposition)
    return Response(briefs.to_markdown(brief), media_type="text/markdown; charset=utf-8", headers=disposition)


def _brief_day(request: Request) -> tuple[str | None, str | None]:
    given = (request.query_params.get("date") or "").strip()
    if given:
        if _is_day(given):
            return given, None
        return None, f"not a date (YYYY-MM-DD): {given[:40]!r}"
    _, last = queries.day_range(store(request).engine)
    return last, None if last else "no claims on record yet"


# --- small formatting helpers the templates use ------------------------------------------

def claim_figures(claim: dict) -> str:
    return ", ".join(briefs.figure(q) for q in claim.get("quantities") or ())


def claim_place(claim: dict) -> str:
    return briefs.place_label(claim.get("place")) or ""
