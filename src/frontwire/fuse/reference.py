"""The official record: the Ukrainian Air Force's nightly reports as claims of their own.

The input is the CSV of the public data set "Massive Missile Attacks on Ukraine"
(``missile_attacks_daily.csv``): one row per weapon model per report, with the report's
time window, launched and destroyed counts and the Facebook post it came from.

The steps:

1. :func:`read_rows` reads the CSV into :class:`ReportRow` records (bad rows are
   skipped and counted, never fatal).
2. :func:`national_rows` keeps the Air Force's national reports: the ``kpszsu`` account,
   or rows aimed at "Ukraine" from another national account when the Air Force has none
   for that period. The regional air commands' own tallies of reconnaissance drones
   (``PvKPivden``, ``pvkshid``, ...) are not part of the nightly figure the news quote.
3. :func:`official_reports` groups the rows by night (named by its morning date, see
   :mod:`frontwire.fuse.timing`), daytime attack or longer period, and sums them per unit
   (drone, missile, glide bomb; :func:`weapon_unit` maps a model to its unit).
4. :func:`report_record` writes each report as a document of its own: a short generated
   text, and a strike claim (launched, locations hit) and an interception claim
   (destroyed) whose evidence quotes that text verbatim, like any news claim.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources

from frontwire.fuse.timing import Window, iso, night_of, parse_moment
from frontwire.records import (Article, Claim, Claimant, Document, Evidence, Quantity, TimeSpan)

AIR_FORCE = "Ukrainian Air Force"
ORIGIN_PREFIX = "reference:"            # documents.origin of every official document
DOC_PREFIX = "uaf-"
UNITS = ("drone", "missile", "glide_bomb")
_REGIONAL = re.compile(r"^pvk", re.IGNORECASE)     # regional air commands' accounts
_CLAIMANTS = {
    "kpszsu": AIR_FORCE,
    "generalstaff.ua": "General Staff of the Armed Forces of Ukraine",
    "cincafu": "Commander-in-Chief of the Armed Forces of Ukraine",
}
_UNIT_WORDS = {"drone": ("drone", "drones"), "missile": ("missile", "missiles"),
               "glide_bomb": ("guided bomb", "guided bombs")}
_DRONE = re.compile(r"uav|drone|shahed|geran|gerbera|orlan|zala|lancet|supercam|merlin|mohajer|orion|"
                    r"eleron|forpost|granat|kub|молні|фенікс|картограф|привет", re.IGNORECASE)
_MISSILE = re.compile(r"missile|\bx-\d|\bkh-|kalibr|iskander|kinzhal|zircon|oniks|kn-23|[cs]-[34]00|tochka",
                      re.IGNORECASE)
_BOMB = re.compile(r"bomb|gbu|kab\b", re.IGNORECASE)


def is_official(origin: str | None) -> bool:
    """Whether a stored document is an official record (by its ``origin``)."""
    return bool(origin) and origin.startswith(ORIGIN_PREFIX)  # type: ignore[union-attr]


@lru_cache(maxsize=1)
def _model_table() -> dict[str, str]:
    text = (resources.files("frontwire.fuse") / "data" / "weapon_models.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            model, unit = line.split("\t", 1)
            table[model.strip().casefold()] = unit.strip()
    return table


def weapon_unit(model: str) -> str:
    """drone, missile, glide_bomb, or other for a model nobody can place."""
    known = _model_table().get((model or "").strip().casefold())
    if known:
        return known
    if _DRONE.search(model or ""):
        return "drone"
    if _MISSILE.search(model or ""):
        return "missile"
    if _BOMB.search(model or ""):
        return "glide_bomb"
    return "other"


# --- 1. rows -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ReportRow:
    line: int
    start: datetime
    end: datetime
    model: str
    unit: str
    target: str
    launched: int | None
    destroyed: int | None
    lost: int | None                 # "not_reach_goal": lost from radar, jammed
    hit_locations: int | None
    account: str | None              # the Facebook account the report was posted by
    source: str | None

    @property
    def window(self) -> Window:
        return Window(self.start, self.end)


def _count(value: str | None) -> int | None:
    try:
        number = float((value or "").strip())
    except ValueError:
        return None
    if math.isnan(number) or number < 0 or number > 1e7:
        return None
    return int(round(number))


def read_rows(text: str) -> tuple[list[ReportRow], int]:
    """The rows of the CSV and how many were skipped (no readable time or count)."""
    rows, skipped = [], 0
    reader = csv.DictReader(io.StringIO(text))
    for line, rec in enumerate(reader, start=2):
        rec = {(k or "").strip(): (v or "") for k, v in rec.items() if isinstance(v, str)}
        start, end = parse_moment(rec.get("time_start")), parse_moment(rec.get("time_end"))
        launched = _count(rec.get("launched"))
        if start is None or launched is None:
            skipped += 1
            continue
        begin = start[0]
        if end is None:
            stop = begin + (timedelta(minutes=30) if start[1] else timedelta(days=1))
        else:
            # an end date without a clock time means the whole of that day
            stop = end[0] if end[1] else end[0] + timedelta(days=1)
        if stop <= begin:
            stop = begin + timedelta(minutes=30)
        source = rec.get("source", "").strip() or None
        account = source.split("/", 1)[0] if source else None
        model = rec.get("model", "").strip()
        rows.append(ReportRow(
            line=line, start=begin, end=stop, model=model, unit=weapon_unit(model),
            target=rec.get("target", "").strip(), launched=launched, destroyed=_count(rec.get("destroyed")),
            lost=_count(rec.get("not_reach_goal")), hit_locations=_count(rec.get("num_hit_location")),
            account=account, source=source))
    return rows, skipped


# --- 2. the national reports ---------------------------------------------------------------

def national_rows(rows: Iterable[ReportRow]) -> list[ReportRow]:
    rows = list(rows)
    air_force = [r for r in rows if (r.account or "").casefold() == "kpszsu"]
    covered = {period_key(r.window) for r in air_force}
    others = [r for r in rows
              if (r.account or "").casefold() != "kpszsu" and not _REGIONAL.match(r.account or "")
              and r.target.casefold() in ("ukraine", "") and period_key(r.window) not in covered]
    return sorted(air_force + others, key=lambda r: r.line)


def period_key(window: Window) -> tuple[str, str]:
    """("night", morning date), ("day", date) for a daytime attack, or ("period", "start/end")."""
    night = night_of(window)
    if night is not None:
        return "night", night
    if window.length <= timedelta(hours=36):
        return "day", window.start.date().isoformat()
    return "period", f"{window.start.date().isoformat()}/{(window.end - timedelta(minutes=1)).date().isoformat()}"


# --- 3. reports ------------------------------------------------------------------------------

@dataclass(frozen=True)
class UnitTotals:
    unit: str
    launched: int
    destroyed: int | None
    lost: int | None
    models: tuple[tuple[str, int, int | None], ...]     # model, launched, destroyed


@dataclass(frozen=True)
class OfficialReport:
    kind: str                    # night | day | period
    key: str                     # the morning date of a night, the day, or "start/end"
    start: datetime
    end: datetime
    claimant: str
    totals: tuple[UnitTotals, ...]
    hit_locations: int | None
    sources: tuple[str, ...]
    lines: tuple[int, ...]

    @property
    def doc_id(self) -> str:
        suffix = "" if self.kind == "night" else f"-{self.kind}"
        return f"{DOC_PREFIX}{self.key.replace('/', '-')}{suffix}"

    def total(self, unit: str) -> UnitTotals | None:
        return next((t for t in self.totals if t.unit == unit), None)


def _sum(values: Iterable[int | None]) -> int | None:
    values = [v for v in values if v is not None]
    return sum(values) if values else None


def official_reports(rows: Iterable[ReportRow]) -> list[OfficialReport]:
    groups: dict[tuple[str, str], list[ReportRow]] = {}
    for row in rows:
        groups.setdefault(period_key(row.window), []).append(row)
    out = []
    for (kind, key), members in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        totals = []
        for unit in UNITS:
            of_unit = [r for r in members if r.unit == unit]
            if not of_unit:
                continue
            models: dict[str, list[int | None]] = {}
            for r in of_unit:
                launched_destroyed = models.setdefault(r.model, [0, None])
                launched_destroyed[0] = (launched_destroyed[0] or 0) + (r.launched or 0)
                if r.destroyed is not None:
                    launched_destroyed[1] = (launched_destroyed[1] or 0) + r.destroyed
            totals.append(UnitTotals(
                unit=unit, launched=sum(r.launched or 0 for r in of_unit),
                destroyed=_sum(r.destroyed for r in of_unit), lost=_sum(r.lost for r in of_unit),
                models=tuple((m, v[0] or 0, v[1]) for m, v in models.items())))
        if not totals:
            continue
        accounts = sorted({(r.account or "").casefold() for r in members})
        claimant = _CLAIMANTS.get(accounts[0], AIR_FORCE) if len(accounts) == 1 else AIR_FORCE
        out.append(OfficialReport(
            kind=kind, key=key, start=min(r.start for r in members), end=max(r.end for r in members),
            claimant=claimant, totals=tuple(totals), hit_locations=_sum(r.hit_locations for r in members),
            sources=tuple(sorted({r.source for r in members if r.source})),
            lines=tuple(sorted(r.line for r in members))))
    return out


def read_air_force(text: str) -> tuple[list[OfficialReport], int]:
    """Steps 1-3: the CSV's text to official reports, and the number of rows skipped."""
    rows, skipped = read_rows(text)
    return official_reports(national_rows(rows)), skipped


# --- 4. documents and claims -----------------------------------------------------------------

def _plural(n: int, unit: str) -> str:
    one, many = _UNIT_WORDS.get(unit, (unit, unit + "s"))
    return f"{n} {one if n == 1 else many}"


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _period_phrase(report: OfficialReport) -> str:
    if report.kind == "night":
        morning = date.fromisoformat(report.key)
        evening = morning - timedelta(days=1)
        if evening.month == morning.month:
            return f"the night of {evening.day}-{morning.day} {morning:%B %Y}"
        return f"the night of {evening.day} {evening:%B} to {morning.day} {morning:%B %Y}"
    if report.kind == "day":
        day = date.fromisoformat(report.key)
        return f"{day.day} {day:%B %Y}"
    return f"{report.start:%Y-%m-%d} to {report.end:%Y-%m-%d}"


def report_text(report: OfficialReport) -> list[str]:
    """The lines of the generated document (each claim quotes one of them)."""
    window = f"{report.start:%Y-%m-%d %H:%M} to {report.end:%Y-%m-%d %H:%M}"
    lines = [f"{report.claimant} report for {_period_phrase(report)} ({window})."]
    launched = [_plural(t.launched, t.unit) for t in report.totals]
    models = "; ".join(f"{m} {n}" for t in report.totals for m, n, _ in t.models)
    lines.append(f"Launched: {_and(launched)} ({models}).")
    destroyed = [t for t in report.totals if t.destroyed is not None]
    if destroyed:
        lines.append(f"Shot down or suppressed: {_and([_plural(t.destroyed, t.unit) for t in destroyed])}.")  # type: ignore[arg-type]
    lost = [t for t in report.totals if t.lost]
    if lost:
        lines.append(f"Lost from radar, likely to electronic warfare: {_and([_plural(t.lost, t.unit) for t in lost])}.")  # type: ignore[arg-type]
    if report.hit_locations:
        lines.append(f"Hits recorded at {report.hit_locations} location{'s' if report.hit_locations != 1 else ''}.")
    if report.sources:
        lines.append("Source: " + "; ".join(f"https://www.facebook.com/{s}" for s in report.sources) + ".")
    return lines


def report_record(report: OfficialReport, origin: str) -> tuple[Document, Article, list[Claim]]:
    """The report as a document, its article and its claims (strike, interception)."""
    lines = report_text(report)
    text = "\n".join(lines)
    spans, pos = [], 0
    for line in lines:
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    published = report.end.date().isoformat()
    doc = Document(doc_id=report.doc_id, origin=f"{ORIGIN_PREFIX}air-force:{origin}", text=text,
                   url=f"https://www.facebook.com/{report.sources[0]}" if report.sources else None,
                   published=published, title=lines[0].rstrip("."))
    article = Article(doc_id=doc.doc_id, body=tuple(lines), spans=tuple(spans), source_text=text,
                      url=doc.url, title=doc.title, published=published, agency=None, language="en")
    claimant = Claimant(text=report.claimant, name=report.claimant, side="UA")
    time = TimeSpan(text=_period_phrase(report), start=iso(report.start), end=iso(report.end),
                    precision="part_of_day" if report.kind == "night" else ("hour" if report.kind == "day" else "day"))
    units = [t.unit for t in report.totals]
    weapon = units[0] if len(units) == 1 and units[0] in ("drone", "missile") else (
        "glide_bomb" if units == ["glide_bomb"] else "mixed")

    def evidence(prefix: str) -> Evidence:
        i = next(k for k, line in enumerate(lines) if line.startswith(prefix))
        return Evidence(lines[i], spans[i][0], spans[i][1])

    launched = tuple(Quantity("launched", t.unit, t.launched) for t in report.totals)  # type: ignore[arg-type]
    hits = (Quantity("hit", "location", report.hit_locations),) if report.hit_locations else ()
    claims = [Claim(doc_id=doc.doc_id, type="strike", claimant=claimant, evidence=evidence("Launched:"),
                    quantities=launched + hits, actor_side="RU", target_side="UA", weapon=weapon,  # type: ignore[arg-type]
                    time=time)]
    destroyed = tuple(Quantity("intercepted", t.unit, t.destroyed)  # type: ignore[arg-type]
                      for t in report.totals if t.destroyed is not None)
    if destroyed:
        claims.append(Claim(doc_id=doc.doc_id, type="interception", claimant=claimant,
                            evidence=evidence("Shot down or suppressed:"), quantities=destroyed,
                            actor_side="UA", target_side="RU", weapon=weapon, time=time))  # type: ignore[arg-type]
    return doc, article, claims


def report_records(text: str, origin: str) -> Iterator[tuple[Document, Article, list[Claim]]]:
    reports, _ = read_air_force(text)
    for report in reports:
        yield report_record(report, origin)
