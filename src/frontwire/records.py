"""The typed records that flow between frontwire's stages.

Every stage is a pure function from these records to these records::

    sources  -> Document
    clean    (Document)                 -> Article
    geo      (Article)                  -> list[PlaceMention]
    extract  (Article, list[PlaceMention]) -> list[Claim]
    fuse     (list[Claim], ...)         -> list[Event]

The records are plain frozen dataclasses so that they pickle (for worker processes and
Dask), compare by value (for tests) and turn into the JSON of the contract with
:func:`to_json`. Field names follow ``spec/claims.md`` and ``spec/claim.schema.json``.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal

# --- vocabularies (claims.md sections 1-3) ---------------------------------------------

Side = Literal["UA", "RU", "third_party", "media", "unknown"]
ActorSide = Literal["UA", "RU", "third_party", "unknown"]
ClaimType = Literal[
    "strike", "interception", "ground_combat", "territorial_change", "casualties",
    "infrastructure_damage", "prisoner_exchange", "capture", "negotiation",
    "attack_on_civilians", "mobilization", "cyber",
]
Scope = Literal[
    "launched", "intercepted", "hit", "killed", "injured", "missing", "captured",
    "released", "engagements", "destroyed", "area", "other",
]
Unit = Literal[
    "drone", "missile", "glide_bomb", "shell", "aircraft", "person", "settlement",
    "km2", "engagement", "vehicle", "location", "other",
]
Approx = Literal["exact", "about", "at_least", "at_most"]
Category = Literal["civilian", "military", "child", "prisoner"]
Weapon = Literal["drone", "missile", "glide_bomb", "aircraft", "artillery", "mixed", "unknown"]
Precision = Literal["point", "settlement", "district", "region", "country"]
TimePrecision = Literal["hour", "part_of_day", "day", "week", "month", "year"]
Modality = Literal["actual", "planned", "threatened", "hypothetical", "negated"]
Status = Literal["asserted", "unconfirmed", "denied", "confirmed"]

CLAIM_TYPES: tuple[str, ...] = ClaimType.__args__  # type: ignore[attr-defined]
SIDES: tuple[str, ...] = Side.__args__  # type: ignore[attr-defined]
SCOPES: tuple[str, ...] = Scope.__args__  # type: ignore[attr-defined]
UNITS: tuple[str, ...] = Unit.__args__  # type: ignore[attr-defined]


# --- documents and articles ------------------------------------------------------------

@dataclass(frozen=True)
class Document:
    """One input page as a source read it, before any cleaning.

    Exactly one of ``text`` (a scraped text dump, a feed item) and ``html`` is set.
    ``origin`` names where it came from (a path, ``path:line``, a URL) for messages.
    """

    doc_id: str
    origin: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    published: str | None = None
    retrieved_at: str | None = None
    title: str | None = None

    @property
    def raw(self) -> str:
        return self.text if self.text is not None else (self.html or "")


@dataclass(frozen=True)
class Article:
    """A cleaned article: metadata and the body paragraphs, in order.

    ``source_text`` is the text that evidence offsets point into: the document's own text
    for a text dump, the text extracted from the markup for HTML. Each body paragraph is a
    verbatim slice of it: ``source_text[s:e] == body[i]`` for ``(s, e) = spans[i]``.
    ``empty_reason`` says why ``body`` is empty (a menu page, a login wall), else None.
    """

    doc_id: str
    body: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    source_text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None   # ISO 8601 date or date-time with zone when known
    updated: str | None = None
    byline: str | None = None
    agency: str | None = None      # AP, AFP, Reuters, ...
    dateline: str | None = None    # "KYIV, Ukraine"
    language: str | None = None    # ISO 639-1
    empty_reason: str | None = None

    def contract(self) -> dict[str, Any]:
        """The fields ``frontwire clean`` prints (design.md)."""
        return {
            "doc_id": self.doc_id, "url": self.url, "title": self.title,
            "published": self.published, "updated": self.updated, "byline": self.byline,
            "agency": self.agency, "dateline": self.dateline, "language": self.language,
            "body": list(self.body), "empty_reason": self.empty_reason,
        }


# --- places and times ------------------------------------------------------------------

@dataclass(frozen=True)
class Place:
    """A resolved place: a gazetteer entry, or a country or region."""

    text: str | None            # as written in the document
    name: str | None            # the gazetteer's name ("Odesa Oblast", "Kupiansk")
    country: str | None         # ISO 3166-1 alpha-2
    admin1: str | None          # ISO 3166-2 ("UA-51", "RU-SAM")
    precision: Precision
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class PlaceMention:
    """A place named in an article, with where it is named.

    ``start``/``end`` are offsets into ``Article.source_text``. ``place`` is None when the
    name could not be resolved; ``note`` then says why (ambiguous, unknown).
    """

    text: str
    start: int
    end: int
    place: Place | None
    note: str | None = None


@dataclass(frozen=True)
class TimeSpan:
    text: str | None
    start: str | None     # ISO 8601, local time of the place where known
    end: str | None
    precision: TimePrecision


# --- claims ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Claimant:
    text: str | None   # as written: "Ukraine's air force"
    name: str | None   # normalised: "Ukrainian Air Force"
    side: Side


@dataclass(frozen=True)
class Quantity:
    scope: Scope
    unit: Unit
    value: int
    approx: Approx = "exact"
    category: Category | None = None


@dataclass(frozen=True)
class Evidence:
    text: str          # verbatim substring of the document's source text
    start: int | None
    end: int | None


@dataclass(frozen=True)
class Claim:
    doc_id: str
    type: ClaimType
    claimant: Claimant
    evidence: Evidence
    quantities: tuple[Quantity, ...] = ()
    actor_side: ActorSide | None = None
    target_side: ActorSide | None = None
    weapon: Weapon | None = None
    place: Place | None = None
    time: TimeSpan | None = None
    modality: Modality = "actual"
    status: Status = "asserted"

    def contract(self) -> dict[str, Any]:
        """The JSON object of ``claim.schema.json``."""
        return to_dict(self)


# --- JSON ------------------------------------------------------------------------------

def to_dict(record: Any) -> Any:
    """A record (or list of records) as plain JSON-ready values; tuples become lists."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(x) for x in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record


def to_json(record: Any) -> str:
    obj = record.contract() if hasattr(record, "contract") else to_dict(record)
    return json.dumps(obj, ensure_ascii=False)


def claim_from_dict(d: dict[str, Any]) -> Claim:
    """Inverse of :meth:`Claim.contract` (used by the store and by tests)."""
    place = d.get("place")
    time = d.get("time")
    ev = d["evidence"]
    return Claim(
        doc_id=d["doc_id"], type=d["type"],
        claimant=Claimant(**d["claimant"]),
        evidence=Evidence(text=ev["text"], start=ev.get("start"), end=ev.get("end")),
        quantities=tuple(Quantity(**q) for q in d.get("quantities") or ()),
        actor_side=d.get("actor_side"), target_side=d.get("target_side"),
        weapon=d.get("weapon"),
        place=Place(**{k: place.get(k) for k in _PLACE_FIELDS}) if place else None,
        time=TimeSpan(**time) if time else None,
        modality=d.get("modality", "actual"), status=d.get("status", "asserted"),
    )


_PLACE_FIELDS = [f.name for f in dataclasses.fields(Place)]


# --- events (fuse) ---------------------------------------------------------------------
# Claims from many documents fused into one event (issue 6). An event never replaces its
# claims: it lists them, with why each joined and which copies of a story they came from.

EventStatus = Literal["single_party", "corroborated", "contested", "denied"]
Agreement = Literal["agrees", "differs"]
EVENT_STATUSES: tuple[str, ...] = EventStatus.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class EventMember:
    """One claim of an event.

    ``source`` is the syndication group of the claim's document: copies of one wire story
    share it, so an event counts independent sources, not copies. ``reason`` says why the
    claim joined the event. ``agreement`` compares its figures with the official record's
    claim in the same event (None: no official claim, or no figure in common).
    """

    claim_id: str
    doc_id: str
    source: str
    reason: str
    official: bool = False
    agreement: Agreement | None = None
    claim: Claim | None = None


@dataclass(frozen=True)
class FigureRange:
    """One figure slot (scope, unit, category) across an event's claims."""

    scope: Scope
    unit: Unit
    category: Category | None
    low: int
    high: int
    values: tuple[int, ...]       # the distinct values given, ascending
    claims: int                   # how many claims give this slot


@dataclass(frozen=True)
class Contradiction:
    """Two claims of one event that cannot both be right."""

    kind: Literal["figures", "denial"]
    claim_ids: tuple[str, str]
    detail: str


@dataclass(frozen=True)
class Event:
    """Claims of compatible type, sides, place and time from any number of documents.

    ``status``: single_party (one source, one side), corroborated (an independent source,
    the other side or a third party agrees), contested (figures or statements conflict),
    denied (it rests on denials only). ``day`` is the morning date for an overnight
    window, else the first day of the window. ``official`` says how the news claims
    compare with the official record's claim in the event, when there is one.
    """

    event_id: str
    type: ClaimType
    status: EventStatus
    modality: Modality
    members: tuple[EventMember, ...]
    actor_side: ActorSide | None = None
    target_side: ActorSide | None = None
    weapon: Weapon | None = None
    place: Place | None = None
    time: TimeSpan | None = None
    day: str | None = None
    figures: tuple[FigureRange, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    sources: int = 0              # independent sources (syndication groups)
    documents: int = 0
    claimant_sides: tuple[Side, ...] = ()
    official: Agreement | None = None
    summary: str = ""
