"""The dashboard's pages: overview, map, claims table, documents, a document, the brief.

Pages are rendered on the server (Jinja2, autoescaped: text from a page is always shown
as text) and work without script except for the charts. Filters are plain GET forms, so
every view has a URL an analyst can bookmark or send.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from math import ceil
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from frontwire import __version__
from frontwire import fuse
from frontwire.records import CLAIM_TYPES, EVENT_STATUSES, SIDES
from frontwire.report import brief as briefs
from frontwire.serve import charts, derived, highlight, mapsvg, periods, queries
from frontwire.serve.cache import RecordCache
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


def cache(request: Request) -> RecordCache:
    return request.app.state.cache


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


def _page_number(request: Request) -> int:
    try:
        return max(1, min(int(request.query_params.get("page", "1")), 100_000))
    except ValueError:
        return 1


def read_source(request: Request, problems: list[str], default: str = "news") -> str:
    """Whose documents a list shows: ``news`` (the default: what the analyst reads), the
    ``official`` record's reports, or ``all``."""
    value = (request.query_params.get("source") or "").strip()
    if value and value not in queries.SOURCES:
        problems.append(f"unknown source {value[:40]!r}")
        value = ""
    return value or default


def _with_source(params: dict[str, str], source: str, default: str = "news") -> dict[str, str]:
    return dict(params, source=source) if source != default else dict(params)


@dataclass(frozen=True)
class Period:
    """The days the overview shows: the span where claims are, or the days asked for."""

    first: str
    last: str
    chosen: bool                        # the reader picked it (since/until)


# The overview's ready-made periods: (label, days back from the span's last day; None: the span).
PERIOD_CHOICES = (("whole span", None), ("last year", 365), ("last 90 days", 90), ("last 30 days", 30))


def read_period(request: Request, span: periods.Span, problems: list[str]) -> Period:
    since = (request.query_params.get("since") or "").strip()
    until = (request.query_params.get("until") or "").strip()
    for key, value in (("since", since), ("until", until)):
        if value and not _is_day(value):
            problems.append(f"{key}: not a date (YYYY-MM-DD): {value[:40]!r}")
    since = since if _is_day(since) else ""
    until = until if _is_day(until) else ""
    if since and until and since > until:
        problems.append("the period ends before it starts: its ends are swapped")
        since, until = until, since
    if not since and not until:
        return Period(span.first, span.last, False)
    return Period(since or min(span.first, until), until or max(span.last, since), True)


def period_links(span: periods.Span, current: Period) -> list[tuple[str, str, bool]]:
    """``(label, query string, selected)`` of each ready-made period."""
    out = []
    for label, back in PERIOD_CHOICES:
        if back is None:
            out.append((label, "", not current.chosen))
            continue
        first = max(span.first, periods.shift(span.last, -(back - 1)))
        query = f"since={first}&until={span.last}"
        out.append((label, query, current.chosen and (current.first, current.last) == (first, span.last)))
    return out


# --- pages -------------------------------------------------------------------------------

@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    st, kept = store(request), cache(request)
    record = derived.summary(kept, st)
    problems: list[str] = []
    span = record.span
    if span is None:
        return render(request, "overview.html", title="Overview", counts=record.counts, span=None, period=None,
                      problems=problems, latest=derived.latest_news(kept, st), claimants=[], totals=[],
                      timeline=None, air=None, nights=[], choices=[], colours=charts.TYPE_COLOURS,
                      label=document_label)
    period = read_period(request, span, problems)
    in_period = [r for r in record.per_day if period.first <= (r["day"] or "")[:10] <= period.last]
    totals: dict[str, int] = {}
    for row in in_period:
        totals[row["type"]] = totals.get(row["type"], 0) + row["claims"]
    # the official record only within the news' period: it covers years. A night is named
    # by its morning, the day after the evening its claims are dated by.
    news, official = charts.air_nights(derived.air_series(kept, st, period.first, periods.shift(period.last, 1),
                                                           include_official_only=True))
    return render(request, "overview.html", title="Overview", counts=record.counts, span=span, period=period,
                  problems=problems, choices=period_links(span, period),
                  totals=sorted(totals.items(), key=lambda kv: -kv[1]),
                  timeline=charts.type_timeline_figure(in_period, period.first, period.last) if in_period else None,
                  air=charts.air_attack_figure(news, official) if news or official else None,
                  nights=news[-10:][::-1], air_official=len(official),
                  claimants=derived.claimants(kept, st, 12, period.first, period.last),
                  latest=derived.latest_news(kept, st), colours=charts.TYPE_COLOURS, label=document_label,
                  day_before=periods.shift(span.first, -1), day_after=periods.shift(span.last, 1))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    pf = read_filter(request, ("type", "side", "since", "until"))
    rows = queries.claims_per_region(store(request).engine, pf.flt)
    counts = {r["admin1"]: r["claims"] for r in rows}
    centres = {r["admin1"]: (r["lat"], r["lon"]) for r in rows}
    view = mapsvg.build_map(counts, centres=centres, paths=request.app.state.map_paths)
    tables = []
    for heading, countries in MAP_TABLES:
        found = [(r["admin1"], mapsvg.region_name(r["admin1"]), r["claims"]) for r in rows
                 if r["admin1"].split("-")[0] in countries]
        if found:
            tables.append((heading, found, sum(n for _, _, n in found)))
    return render(request, "map.html", title="Map", pf=pf, view=view, tables=tables,
                  types=CLAIM_TYPES, sides=SIDES, has_shapes=bool(view.shapes))


# The tables beside the map: the theatre's regions by country (the rest: view.elsewhere).
MAP_TABLES = (("Ukraine", ("UA",)), ("Russia", ("RU",)), ("Belarus and Moldova", ("BY", "MD")))


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request) -> HTMLResponse:
    pf = read_filter(request)
    problems = list(pf.problems)
    source = read_source(request, problems)
    # newest reports first: ordered by the day they describe, a tally "since 2014" or a
    # misread year sorts to one end of the list
    order = request.query_params.get("order") or "reported"
    if order not in queries.CLAIM_ORDERS:
        problems.append(f"unknown order {order[:40]!r}")
        order = "reported"
    number = _page_number(request)
    st = store(request)
    total, rows = queries.list_claims(st.engine, pf.flt, None if source == "all" else source,
                                      limit=PER_PAGE, offset=(number - 1) * PER_PAGE, order=order)
    params = _with_source(pf.params, source)
    if order != "reported":
        params["order"] = order
    return render(request, "claims.html", title="Claims", pf=pf, problems=problems, rows=rows, total=total,
                  page=number, pages=max(1, ceil(total / PER_PAGE)), types=CLAIM_TYPES, sides=SIDES,
                  source=source, order=order, params=params,
                  claimants=derived.claimants(cache(request), st, 100), figures=claim_figures, where=claim_place)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    pf = read_filter(request, ("type", "side", "admin1", "since", "until", "q"))
    status = request.query_params.get("status") or None
    problems = list(pf.problems)
    if status and status not in EVENT_STATUSES:
        problems.append(f"unknown status {status[:40]!r}")
        status = None
    # events of the news by default: the official record alone makes an event of every night
    source = read_source(request, problems)
    if source == "official":
        problems.append("events are listed with news claims (source=news) or all of them (source=all)")
        source = "news"
    params = _with_source(dict(pf.params, **({"status": status} if status else {})), source)
    flt = fuse.EventFilter(type=pf.flt.type, status=status, side=pf.flt.side, admin1=pf.flt.admin1,
                           since=pf.flt.since, until=pf.flt.until, text=pf.flt.text, news=source == "news")
    number = _page_number(request)
    st = store(request)
    # Newest first, but not from a misread year ahead: without dates asked for, the list
    # ends on the last day of the span where the news claims are, and says what lies beyond.
    later = None
    span = derived.summary(cache(request), st).span
    if span and not flt.since and not flt.until:
        beyond = replace(flt, since=periods.shift(span.last, 1))
        later = (span.last, beyond.since, fuse.count_events(st, beyond))
        flt = replace(flt, until=span.last)
    total = fuse.count_events(st, flt)
    rows = fuse.list_events(st, flt, limit=PER_PAGE, offset=(number - 1) * PER_PAGE)
    return render(request, "events.html", title="Events", rows=rows, total=total, params=params,
                  problems=problems, page=number, pages=max(1, ceil(total / PER_PAGE)), types=CLAIM_TYPES,
                  sides=SIDES, statuses=EVENT_STATUSES, source=source, where=claim_place, later=later)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    event = fuse.get_event(store(request), event_id)
    if event is None:
        raise HTTPException(404, "no such event")
    conflicts: dict[str, list[str]] = {}
    for c in event.get("contradictions") or ():
        for cid in c.get("claim_ids") or ():
            conflicts.setdefault(cid, []).append(c.get("detail") or c.get("kind") or "contradiction")
    columns: dict[str, list[dict]] = {key: [] for key, _ in EVENT_COLUMNS}
    for claim in event.get("claims_detail") or ():
        side = claim["claimant"]["side"]
        key = "official" if claim.get("official") else side if side in ("UA", "RU") else "other"
        columns[key].append(claim)
    shown = [(key, heading, claim_cards(columns[key], conflicts), len(columns[key]))
             for key, heading in EVENT_COLUMNS if columns[key]]
    documents = {d["doc_id"]: d for d in event.get("documents_detail") or ()}
    return render(request, "event.html", title=event.get("summary") or event_id, event=event, columns=shown,
                  documents=documents, figures=claim_figures, where=claim_place, label=document_label,
                  figure_name=figure_name, cards_shown=CARDS_SHOWN)


CARDS_SHOWN = 8     # claim cards a column of the event page shows before "more"


@dataclass
class ClaimCard:
    """Claims that say the same thing (one claimant, one sentence, the same figures: a wire
    story and its copies) as one card that lists every document they come from."""

    claim: dict                         # the first of them, as the event gives it
    claim_ids: list[str]
    documents: list[tuple[str, str]]    # (doc_id, the claim_id of its claim), one per document
    conflicts: list[str]


@dataclass
class PlaceGroup:
    """The mentions of one place in a document: ``Kharkiv Oblast (UA-63)`` x 4, also written as ..."""

    label: str
    resolved: bool
    count: int = 0
    also: list[str] = field(default_factory=list)     # other spellings in the text


def group_places(mentions: list[dict]) -> list[PlaceGroup]:
    """A document's place mentions, one entry per place (unresolved ones per spelling),
    most mentioned first."""
    groups: dict[tuple, PlaceGroup] = {}
    for m in mentions:
        if m.get("name"):
            key = (m["name"], m.get("admin1"), m.get("country"))
            label = briefs.place_label({"name": m["name"], "admin1": m.get("admin1"), "country": m.get("country")})
            group = groups.setdefault(key, PlaceGroup(label or m["name"], True))
            text = (m.get("text") or "").strip()
            if text and text != m["name"] and text not in group.also and len(group.also) < 4:
                group.also.append(text)
        else:
            key = ("?", m.get("text"))
            group = groups.setdefault(key, PlaceGroup(f"{m.get('text')} ({m.get('note') or 'unresolved'})", False))
        group.count += 1
    return sorted(groups.values(), key=lambda g: (not g.resolved, -g.count, g.label))


_URL = re.compile(r"\w+://\S+")
_NOT_WORD = re.compile(r"[\W_]+")


def sentence_key(text: str) -> str:
    """A sentence as its words: copies of a story keep the words but may differ in the
    links, quotes and spacing around them."""
    return _NOT_WORD.sub(" ", _URL.sub(" ", text)).strip().lower()


def claim_cards(claims: list[dict], conflicts: dict[str, list[str]]) -> list[ClaimCard]:
    """The claims of one column as cards, repeats folded together, in the event's order."""
    cards: dict[tuple, ClaimCard] = {}
    for claim in claims:
        who = claim.get("claimant") or {}
        key = (who.get("name") or who.get("text"), who.get("side"), sentence_key(claim["evidence"]["text"]),
               claim_figures(claim), claim.get("modality"), claim.get("status"), claim.get("official"))
        card = cards.get(key)
        if card is None:
            card = cards[key] = ClaimCard(claim, [], [], [])
        card.claim_ids.append(claim["claim_id"])
        if all(doc_id != claim["doc_id"] for doc_id, _ in card.documents):
            card.documents.append((claim["doc_id"], claim["claim_id"]))
        for detail in conflicts.get(claim["claim_id"], ()):
            if detail not in card.conflicts:
                card.conflicts.append(detail)
    return list(cards.values())


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, q: str | None = Query(None, max_length=200)) -> HTMLResponse:
    problems: list[str] = []
    source = read_source(request, problems)
    number = _page_number(request)
    total, rows = queries.list_documents(store(request).engine, q or None, limit=PER_PAGE,
                                         offset=(number - 1) * PER_PAGE, source=None if source == "all" else source)
    return render(request, "documents.html", title="Documents", rows=rows, total=total, q=q or "",
                  source=source, problems=problems, params=_with_source({"q": q} if q else {}, source),
                  page=number, pages=max(1, ceil(total / PER_PAGE)), label=document_label)


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
    title = art.get("title") or doc.get("title")
    places = queries.document_places(st.engine, doc_id)
    return render(request, "document.html", title=title or document_label(None, doc.get("url"), doc_id),
                  untitled=not title, doc=doc, art=art, claims=claims, selected=selected, paragraphs=paragraphs,
                  raw_pieces=raw_pieces, raw_cut=len(doc["raw"]) > MAX_RAW_SHOWN, evidence_found=mark is not None,
                  places=places, place_groups=group_places(places), figures=claim_figures, where=claim_place)


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
                  source_label=briefs.source_label, lines_shown=BRIEF_LINES_SHOWN)


BRIEF_LINES_SHOWN = 12      # lines of a brief's section shown before "more"


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
    # the last day of the span where the news claims are, not a stray date far ahead
    span = derived.summary(cache(request), store(request)).span
    return (span.last, None) if span else (None, "no claims on record yet")


# --- small formatting helpers the templates use ------------------------------------------

def claim_figures(claim: dict) -> str:
    return ", ".join(briefs.figure(q) for q in claim.get("quantities") or ())


def claim_place(claim: dict) -> str:
    return briefs.place_label(claim.get("place")) or ""


def figure_name(f: dict) -> str:
    """An event figure's name: ``killed person (civilian)``; ``other`` is left unsaid."""
    words = [w for w in (f.get("scope"), f.get("unit")) if w and w != "other"]
    name = " ".join(words) or "figure"
    return f"{name} ({f['category']})" if f.get("category") else name


document_label = briefs.document_label
