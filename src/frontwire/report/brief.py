"""The daily brief: one day's claims as short lines an analyst reads in two minutes.

Sections: the night's air attacks by claimant (with the official record when given),
territorial claims, strikes on Russia, casualties, prisoner exchanges and talks, and the
rest. Every line cites the documents it rests on, as numbered sources.

The steps are separate functions: :func:`claims_of_day` picks the day's claims,
:func:`build_brief` turns claims into a :class:`Brief` (pure), and :func:`to_markdown`,
:func:`to_html` and :func:`to_pdf` render it. :func:`load_brief` is the one that reads the
store.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment

# --- the record -------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    number: int
    doc_id: str
    title: str | None = None
    url: str | None = None
    agency: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class BriefLine:
    text: str                       # what is claimed, by whom
    sources: tuple[int, ...]        # numbers of the Source entries it rests on
    claim_ids: tuple[str, ...] = ()
    evidence: str | None = None     # one verbatim sentence it rests on
    evidence_doc: str | None = None
    official: bool = False          # a line from the official record, not from a claim


@dataclass(frozen=True)
class BriefSection:
    key: str
    title: str
    lines: tuple[BriefLine, ...]
    note: str | None = None


@dataclass(frozen=True)
class Brief:
    day: str
    sections: tuple[BriefSection, ...]
    sources: tuple[Source, ...]
    claims: int = 0

    @property
    def empty(self) -> bool:
        return not any(s.lines for s in self.sections)


SECTIONS = (
    ("air_attacks", "Air attacks on Ukraine"),
    ("territory", "Territorial claims"),
    ("strikes_on_russia", "Strikes on Russia"),
    ("casualties", "Casualties"),
    ("exchanges_talks", "Prisoner exchanges and talks"),
    ("other", "Other reported events"),
)

_UNIT_PLURAL = {"drone": "drones", "missile": "missiles", "glide_bomb": "glide bombs", "shell": "shells",
                "aircraft": "aircraft", "person": "people", "settlement": "settlements", "km2": "km²",
                "engagement": "engagements", "vehicle": "vehicles", "location": "locations", "other": ""}
_UNIT_SINGULAR = {"glide_bomb": "glide bomb", "person": "person", "km2": "km²", "other": ""}
_APPROX = {"about": "about ", "at_least": "at least ", "at_most": "up to ", "exact": ""}
_TYPE_LABEL = {"strike": "strike", "interception": "interception", "ground_combat": "fighting",
               "territorial_change": "territorial change", "casualties": "casualties",
               "infrastructure_damage": "damage", "prisoner_exchange": "prisoner exchange",
               "capture": "capture", "negotiation": "talks", "attack_on_civilians": "attack on civilians",
               "mobilization": "mobilisation", "cyber": "cyber attack"}
_AIR_SCOPES = ("launched", "intercepted", "hit")
_AIR_UNITS = ("drone", "missile", "glide_bomb", "aircraft")


# --- choosing the day's claims -----------------------------------------------------------

def event_day(claim: dict) -> str | None:
    """The day a claim is filed under: the day its time ends (a night belongs to the
    morning it ends, as the official nightly reports have it), else its stored day.

    A time that ends at midnight ends with the day before: ``2023-12-30T00:00`` to
    ``2023-12-31T00:00`` is the 30th, none of the 31st."""
    time = claim.get("time") or {}
    end = time.get("end") if isinstance(time, dict) else None
    if isinstance(end, str) and len(end) >= 10:
        start = time.get("start") if isinstance(time.get("start"), str) else ""
        if end[10:16] == "T00:00" and end[16:].strip(":0") == "" and start[:16] < end[:16]:
            try:
                return (dt.date.fromisoformat(end[:10]) - dt.timedelta(days=1)).isoformat()
            except ValueError:
                return end[:10]
        return end[:10]
    return claim.get("day")


def claims_of_day(claims: Iterable[dict], day: str) -> list[dict]:
    return [c for c in claims if event_day(c) == day]


def parse_day(text: str) -> str:
    """``YYYY-MM-DD`` or ValueError."""
    return dt.date.fromisoformat(text.strip()[:10]).isoformat()


# --- building ----------------------------------------------------------------------------

def build_brief(day: str, claims: list[dict], documents: dict[str, dict] | None = None,
                official_loaded: bool | None = None) -> Brief:
    """The brief of ``day`` from that day's claims (contract dicts, with ``claim_id``).

    ``documents``: headline, URL, agency, date and ``official`` (an official record, such
    as the Air Force's nightly report) per doc_id. Official claims are not news lines: they
    make the official line the news are compared with. ``official_loaded`` says whether
    the store holds an official record at all (for the note when a night has none).
    """
    documents = documents or {}
    sources: dict[str, Source] = {}

    def cite(doc_ids: Iterable[str]) -> tuple[int, ...]:
        numbers = []
        for doc_id in doc_ids:
            if doc_id not in sources:
                meta = documents.get(doc_id) or {}
                sources[doc_id] = Source(len(sources) + 1, doc_id, meta.get("title"), meta.get("url"),
                                         meta.get("agency"), meta.get("published"))
            numbers.append(sources[doc_id].number)
        return tuple(sorted(set(numbers)))

    official = [c for c in claims if (documents.get(c["doc_id"]) or {}).get("official")]
    news = [c for c in claims if not (documents.get(c["doc_id"]) or {}).get("official")]
    buckets: dict[str, list[dict]] = {key: [] for key, _ in SECTIONS}
    for claim in news:
        buckets[section_of(claim)].append(claim)

    sections = []
    for key, title in SECTIONS:
        items = buckets[key]
        note = None
        if key == "air_attacks":
            record = air_figures(official)
            lines = []
            if record:      # first, and cited first: the line the news are compared with
                lines.append(BriefLine("Official record (Ukrainian Air Force report): " + air_text(record),
                                       cite(c["doc_id"] for c in official),
                                       tuple(c["claim_id"] for c in official if c.get("claim_id")),
                                       (official[0].get("evidence") or {}).get("text"), official[0]["doc_id"],
                                       official=True))
            lines += air_attack_lines(items, cite, record)
            if not record and official_loaded is False:
                note = "Official record not loaded."
            elif not record and official_loaded:
                note = "No official report for this night in the record."
        else:
            lines = claim_lines(items, cite)
        if lines:
            sections.append(BriefSection(key, title, tuple(lines), note))
    ordered = tuple(sorted(sources.values(), key=lambda s: s.number))
    return Brief(day, tuple(sections), ordered, len(claims))


def on_russia(claim: dict) -> bool:
    """Whether an air claim is about attacks on Russia (or Russian-held ground) rather than on Ukraine.

    An interception is Russia's when Russian air defence made it (its actor); a strike or damage
    when its place is in Russia, or when Russia is its target (Ukraine's strikes on occupied ground).
    """
    if claim.get("type") == "interception":
        return (claim.get("actor_side") or (claim.get("claimant") or {}).get("side")) == "RU"
    return (claim.get("place") or {}).get("country") == "RU" or claim.get("target_side") == "RU"


def section_of(claim: dict) -> str:
    kind = claim.get("type")
    if kind in ("strike", "interception", "infrastructure_damage"):
        return "strikes_on_russia" if on_russia(claim) else "air_attacks"
    if kind == "territorial_change":
        return "territory"
    if kind == "casualties":
        return "casualties"
    if kind in ("prisoner_exchange", "negotiation"):
        return "exchanges_talks"
    return "other"


def air_figures(claims: list[dict]) -> dict[tuple[str, str], dict]:
    """The largest launched/intercepted/hit figure per (scope, unit) the claims give.

    Outlets repeat one report, so the largest figure is kept, never a sum.
    """
    best: dict[tuple[str, str], dict] = {}
    for claim in claims:
        if claim.get("modality", "actual") != "actual":
            continue
        for q in claim.get("quantities") or ():
            if q["scope"] in _AIR_SCOPES and q["unit"] in _AIR_UNITS:
                key = (q["scope"], q["unit"])
                if key not in best or q["value"] > best[key]["value"]:
                    best[key] = q
    return best


def air_text(figures: dict[tuple[str, str], dict]) -> str:
    parts = []
    for scope in _AIR_SCOPES:
        shown = [figure(figures[(scope, unit)], with_scope=False) for unit in _AIR_UNITS if (scope, unit) in figures]
        if shown:
            parts.append(f"{scope} {', '.join(shown)}")
    return "; ".join(parts)


def compared_with(figures: dict[tuple[str, str], dict], record: dict[tuple[str, str], dict]) -> str:
    """`` (agrees with the official record)``, or what the record says where it differs."""
    common = [key for key in figures if key in record]
    if not common:
        return ""
    differ = {key: record[key] for key in common if record[key]["value"] != figures[key]["value"]}
    if not differ:
        return " (agrees with the official record)"
    return f" (the official record: {air_text(differ)})"


def air_attack_lines(claims: list[dict], cite, record: dict[tuple[str, str], dict] | None = None) -> list[BriefLine]:
    """One line per claimant with its largest launched/intercepted counts, then the rest.

    ``record``: the official figures, which Ukrainian claimants' figures are compared with.
    """
    by_claimant: dict[str, list[dict]] = {}
    rest = []
    for claim in claims:
        counts = [q for q in claim.get("quantities") or () if q["scope"] in _AIR_SCOPES and q["unit"] in _AIR_UNITS]
        if counts and claim.get("modality", "actual") == "actual":
            by_claimant.setdefault(claimant_label(claim), []).append(claim)
        else:
            rest.append(claim)
    lines = []
    for group in _most_cited_first(by_claimant.values()):
        who = claimant_label(group[0])
        figures = air_figures(group)
        text = f"{who}: {air_text(figures)}"
        if record and (group[0].get("claimant") or {}).get("side") == "UA":
            text += compared_with(figures, record)
        first = group[0]
        lines.append(BriefLine(text, cite(c["doc_id"] for c in group),
                               tuple(c["claim_id"] for c in group if c.get("claim_id")),
                               (first.get("evidence") or {}).get("text"), first.get("doc_id")))
    return lines + claim_lines(rest, cite)


def claim_lines(claims: list[dict], cite) -> list[BriefLine]:
    """One line per distinct statement: the same claimant saying the same thing in several
    documents is one line citing them all."""
    groups: dict[tuple, list[dict]] = {}
    for claim in claims:
        groups.setdefault(statement_key(claim), []).append(claim)
    lines = []
    for group in _most_cited_first(groups.values()):
        first = group[0]
        statuses = sorted({c.get("status", "asserted") for c in group})
        text = describe(first, statuses)
        lines.append(BriefLine(text, cite(c["doc_id"] for c in group),
                               tuple(c["claim_id"] for c in group if c.get("claim_id")),
                               (first.get("evidence") or {}).get("text"), first.get("doc_id")))
    return lines


def _most_cited_first(groups: Iterable[list[dict]]) -> list[list[dict]]:
    """Groups of claims, those from the most documents first (a stable sort: else as given),
    so a long section opens with what many reports say."""
    return sorted(groups, key=lambda group: -len({c["doc_id"] for c in group}))


def statement_key(claim: dict) -> tuple:
    place = claim.get("place") or {}
    quantities = tuple(sorted((q["scope"], q["unit"], q["value"], q.get("category") or "")
                              for q in claim.get("quantities") or ()))
    return (claim.get("type"), claimant_label(claim), claim.get("modality"),
            place.get("name") or place.get("text"), place.get("admin1"), quantities)


def claimant_label(claim: dict) -> str:
    who = claim.get("claimant") or {}
    name = who.get("name") or who.get("text") or "unattributed"
    return f"{name} ({who.get('side', 'unknown')})"


def describe(claim: dict, statuses: list[str] | None = None) -> str:
    """``Claimant (side): what, figures, where; modality and status`` in words."""
    what = _TYPE_LABEL.get(claim.get("type", ""), claim.get("type", ""))
    modality = claim.get("modality", "actual")
    if modality != "actual":
        what = f"{modality} {what}"
    parts = [what]
    figures = [figure(q) for q in claim.get("quantities") or ()]
    if figures:
        parts.append(", ".join(figures))
    where = place_label(claim.get("place"))
    if where:
        parts.append(f"in {where}")
    text = f"{claimant_label(claim)}: " + ", ".join(parts)
    statuses = statuses or [claim.get("status", "asserted")]
    shown = [s for s in statuses if s != "asserted"]
    if shown:
        text += f" ({', '.join(shown)})"
    return text


def figure(q: dict, with_scope: bool = True) -> str:
    value = q.get("value")
    unit = q.get("unit", "other")
    noun = (_UNIT_SINGULAR.get(unit, unit) if value == 1 else _UNIT_PLURAL.get(unit, unit))
    text = f"{_APPROX.get(q.get('approx', 'exact'), '')}{value:,}" + (f" {noun}" if noun else "")
    if q.get("category") and unit == "person":
        text += f" ({q['category']})"
    return f"{q['scope']} {text}" if with_scope and q.get("scope") not in (None, "other") else text


def place_label(place: dict | None) -> str | None:
    if not place:
        return None
    name = place.get("name") or place.get("text")
    code = place.get("admin1") or place.get("country")
    if name and code and code not in name:
        return f"{name} ({code})"
    return name or code


# --- reading the store -------------------------------------------------------------------

def load_brief(store: Any, day: str) -> Brief:
    """The brief of ``day`` from a :class:`~frontwire.store.Store`.

    Claims are stored under their start day, so a night that ended on ``day`` started the
    day before: both days are read, then :func:`claims_of_day` keeps the right ones.
    """
    from sqlalchemy import select

    from frontwire.fuse.reference import ORIGIN_PREFIX, is_official
    from frontwire.store import ClaimFilter, schema

    day = parse_day(day)
    before = (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
    candidates = store.claims(ClaimFilter(since=before, until=day))
    claims = sorted(claims_of_day(candidates, day), key=lambda c: (c["doc_id"], c.get("claim_id", "")))
    documents = {}
    d, a = schema.documents, schema.articles
    ids = sorted({c["doc_id"] for c in claims})
    with store.engine.connect() as conn:
        for start in range(0, len(ids), 500):     # the documents' metadata, never their pages
            query = (select(d.c.doc_id, d.c.url, d.c.origin, d.c.title, d.c.published, a.c.title.label("a_title"),
                            a.c.published.label("a_published"), a.c.agency)
                     .select_from(d.outerjoin(a, a.c.doc_id == d.c.doc_id))
                     .where(d.c.doc_id.in_(ids[start:start + 500])))
            for r in conn.execute(query):
                documents[r.doc_id] = {"title": r.a_title or r.title, "url": r.url, "agency": r.agency,
                                       "official": is_official(r.origin), "published": r.a_published or r.published}
        loaded = conn.execute(select(d.c.doc_id).where(d.c.origin.startswith(ORIGIN_PREFIX, autoescape=True))
                              .limit(1)).first() is not None
    return build_brief(day, claims, documents, loaded)


# --- rendering ---------------------------------------------------------------------------

def document_label(title: str | None, url: str | None, doc_id: str) -> str:
    """What to call a document: its headline, else where it came from (the site and the
    last words of its address), else its id."""
    if title and title.strip():
        return title.strip()
    if url and "://" in url:
        rest = url.split("://", 1)[1]
        host, _, path = rest.partition("/")
        host = host.removeprefix("www.")
        words = [w for w in path.split("?")[0].split("#")[0].split("/") if w]
        slug = words[-1].rsplit(".", 1)[0].replace("-", " ").replace("_", " ") if words else ""
        slug = slug if len(slug) <= 90 else slug[:89].rstrip() + "…"
        return f"{host}: {slug}" if slug else host
    return doc_id


def source_label(source: Source) -> str:
    bits = [document_label(source.title, source.url, source.doc_id)]
    if source.agency:
        bits.append(source.agency)
    if source.published:
        bits.append(source.published[:10])
    return ", ".join(bits)


def to_markdown(brief: Brief) -> str:
    out = [f"# Daily brief, {brief.day}", ""]
    if brief.empty:
        out += ["No claims on record for this day.", ""]
    for section in brief.sections:
        out += [f"## {section.title}", ""]
        for line in section.lines:
            cites = "".join(f"[{n}]" for n in line.sources)
            out.append(f"- {_md(line.text)}{' ' + cites if cites else ''}")
            if line.evidence:
                out.append(f"  > {_md(_short(line.evidence))}")
        if section.note:
            out.append(f"- _{_md(section.note)}_")
        out.append("")
    if brief.sources:
        out += ["## Sources", ""]
        for s in brief.sources:
            link = f" <{s.url}>" if s.url else ""
            out.append(f"{s.number}. {_md(source_label(s))} (document `{s.doc_id}`){link}")
        out.append("")
    out.append(f"_{count(brief.claims, 'claim')} from {count(len(brief.sources), 'document')}. "
               "Claims are what each party says, not verified facts._")
    return "\n".join(out) + "\n"


_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Daily brief, {{ brief.day }}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
h1{font-size:1.5rem} h2{font-size:1.1rem;border-bottom:1px solid #ddd;margin-top:1.6rem}
li{margin:.35rem 0} blockquote{margin:.2rem 0 0 0;color:#555;font-size:.9em;border-left:3px solid #ddd;padding-left:.6rem}
.official{font-weight:600} .note{color:#777;font-style:italic} sup a{text-decoration:none}
</style></head><body>
<h1>Daily brief, {{ brief.day }}</h1>
{% if brief.empty %}<p>No claims on record for this day.</p>{% endif %}
{% for section in brief.sections %}<h2>{{ section.title }}</h2><ul>
{% for line in section.lines %}<li{% if line.official %} class="official"{% endif %}>{{ line.text }}
{% for n in line.sources %}<sup><a href="#source-{{ n }}">[{{ n }}]</a></sup>{% endfor %}
{% if line.evidence %}<blockquote>{{ short(line.evidence) }}</blockquote>{% endif %}</li>
{% endfor %}{% if section.note %}<li class="note">{{ section.note }}</li>{% endif %}</ul>
{% endfor %}
{% if brief.sources %}<h2>Sources</h2><ol>
{% for s in brief.sources %}<li id="source-{{ s.number }}">{{ label(s) }} (document <code>{{ s.doc_id }}</code>)
{% if s.url and s.url.startswith(('http://', 'https://')) %} <a href="{{ s.url }}" rel="noreferrer noopener">{{ s.url }}</a>{% endif %}</li>
{% endfor %}</ol>{% endif %}
<p class="note">{{ count(brief.claims, 'claim') }} from {{ count(brief.sources|length, 'document') }}. Claims are what each party says, not verified facts.</p>
</body></html>
"""

_env = Environment(autoescape=True)


def to_html(brief: Brief) -> str:
    """A self-contained HTML page (no external resources); all text escaped."""
    return _env.from_string(_HTML).render(brief=brief, short=_short, label=source_label, count=count)


def to_pdf(brief: Brief) -> bytes:
    """The brief as PDF (fpdf2), in a Unicode font when the system has DejaVu Sans."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    family, clean = _pdf_font(pdf)
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text: str, size: float, style: str = "", gap: float = 1.5, indent: float = 0) -> None:
        pdf.set_font(family, style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(width - indent, size * 0.5, clean(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    para(f"Daily brief, {brief.day}", 16, "B", 3)
    if brief.empty:
        para("No claims on record for this day.", 10)
    for section in brief.sections:
        para(section.title, 12, "B", 1)
        for line in section.lines:
            cites = "".join(f"[{n}]" for n in line.sources)
            para(f"- {line.text} {cites}".rstrip(), 10, "B" if line.official else "", 0.5)
            if line.evidence:
                para(f'"{_short(line.evidence)}"', 8.5, "I", 1.2, indent=4)
        if section.note:
            para(section.note, 9, "I", 1)
        pdf.ln(1)
    if brief.sources:
        para("Sources", 12, "B", 1)
        for s in brief.sources:
            para(f"{s.number}. {source_label(s)} (document {s.doc_id}) {s.url or ''}".rstrip(), 8.5, "", 0.5)
    para(f"{count(brief.claims, 'claim')} from {count(len(brief.sources), 'document')}. "
         "Claims are what each party says, not verified facts.", 8, "I", 0)
    return bytes(pdf.output())


_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts")
_LATIN1 = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "—": "-", "–": "-", "…": "...",
                         "\u00a0": " ", "²": "2", "′": "'", "″": '"'})


def _pdf_font(pdf: Any):
    """DejaVu Sans where installed (all of Unicode's Latin and Cyrillic); else Helvetica, with
    the text folded into Latin-1."""
    for folder in _FONT_DIRS:
        regular = os.path.join(folder, "DejaVuSans.ttf")
        if os.path.exists(regular):
            variants = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
            for style, name in variants.items():
                path = os.path.join(folder, name)
                pdf.add_font("DejaVu", style, path if os.path.exists(path) else regular)
            return "DejaVu", lambda s: s
    return "Helvetica", lambda s: s.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")


def count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _short(text: str, limit: int = 320) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _md(text: str) -> str:
    """Text safe to drop into Markdown: no markup from a page survives as markup."""
    out = []
    for ch in text:
        if ch in "\\`*_[]<>#|":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)
