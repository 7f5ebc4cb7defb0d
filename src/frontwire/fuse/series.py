"""Time series from events: nightly air attacks (news beside the official record),
casualties, territorial claims and strikes per region by day.

Pure functions over :class:`SeriesClaim` records (a claim with its event and whether it
is official) and event dicts as the store gives them; :mod:`frontwire.fuse.api` feeds
them from the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from frontwire.fuse.figures import quantities_agree
from frontwire.fuse.timing import claim_window, night_label, night_of
from frontwire.records import Claim, Quantity

AIR_SLOTS = (("launched", "drone"), ("launched", "missile"), ("intercepted", "drone"), ("intercepted", "missile"))


@dataclass(frozen=True)
class SeriesClaim:
    claim_id: str
    event_id: str | None
    claim: Claim
    published: str | None = None
    official: bool = False
    event_night: str | None = None       # the night of the claim's event, for a claim without a time


# --- air attacks -------------------------------------------------------------------------------

@dataclass
class Cell:
    """One figure of a row: the values its claims give (each with the claim's event), and
    how those in the official record's event compare with the official figure."""

    values: list[tuple[Quantity, str | None]] = field(default_factory=list)
    official: int | None = None
    compared: str | None = None          # agrees | differs | separate (another event) | None

    def distinct(self) -> list[int]:
        return sorted({q.value for q, _ in self.values})


@dataclass
class NightRow:
    """One claimant's figures for one night; ``official`` rows carry the Air Force's record."""

    night: str
    claimant: str
    side: str
    official: bool
    documents: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    cells: dict[str, Cell] = field(default_factory=dict)

    def as_dict(self) -> dict:
        out = {"night": self.night, "night_label": night_label(self.night), "claimant": self.claimant,
               "side": self.side, "official": self.official, "documents": sorted(set(self.documents)),
               "events": sorted(set(self.events))}
        for key in (f"{s}_{u}" for s, u in AIR_SLOTS):
            cell = self.cells.get(key)
            out[key] = cell.distinct() if cell and cell.values else None
            if not self.official:
                out[f"official_{key}"] = cell.official if cell else None
                out[f"{key}_vs_official"] = cell.compared if cell else None
        out["agreement"] = self.agreement
        return out

    @property
    def agreement(self) -> str | None:
        """agrees, differs, separate (a different event from the official one), or None."""
        results = [c.compared for c in self.cells.values() if c.compared]
        if not results:
            return None
        if "differs" in results:
            return "differs"
        if "agrees" in results:
            return "agrees"
        return "separate"


@dataclass
class AirSeries:
    rows: list[NightRow]

    @property
    def nights(self) -> list[str]:
        return sorted({r.night for r in self.rows})

    def agreement(self) -> tuple[int, int]:
        """(figures that agree with the official record, figures compared with it)."""
        agree = compared = 0
        for row in self.rows:
            for cell in row.cells.values():
                if cell.compared in ("agrees", "differs"):
                    compared += 1
                    agree += cell.compared == "agrees"
        return agree, compared

    def as_dicts(self) -> list[dict]:
        return [r.as_dict() for r in self.rows]


def _air_quantities(claim: Claim) -> dict[str, Quantity]:
    out: dict[str, Quantity] = {}
    for q in claim.quantities:
        if (q.scope, q.unit) in AIR_SLOTS and q.category is None:
            out.setdefault(f"{q.scope}_{q.unit}", q)
    return out


def air_attack_series(claims: Iterable[SeriesClaim], since: str | None = None, until: str | None = None,
                      include_official_only: bool = False) -> AirSeries:
    """Nightly launched and intercepted drones and missiles per claimant, with the official figures.

    A news figure is compared with the official figure of its own event: the Russian
    Ministry of Defence's count of Ukrainian drones it shot down is another event than
    the Air Force's report and shows as ``separate``. Nights are named by their morning.
    """
    rows: dict[tuple[str, str, bool], NightRow] = {}
    official_by_event: dict[str, dict[str, Quantity]] = {}
    official_nights: set[str] = set()
    for sc in claims:
        if sc.claim.type not in ("strike", "interception") or sc.claim.modality != "actual":
            continue
        figures = _air_quantities(sc.claim)
        if not figures:
            continue
        night = (night_of(claim_window(sc.claim, None)) if sc.claim.time else None) or sc.event_night
        if night is None or (since and night < since[:10]) or (until and night > until[:10]):
            continue
        who = sc.claim.claimant.name or sc.claim.claimant.text or f"({sc.claim.claimant.side})"
        key = (night, who, sc.official)
        row = rows.setdefault(key, NightRow(night, who, sc.claim.claimant.side, sc.official))
        row.documents.append(sc.claim.doc_id)
        if sc.event_id:
            row.events.append(sc.event_id)
        for slot, q in figures.items():
            cell = row.cells.setdefault(slot, Cell())
            cell.values.append((q, sc.event_id))
        if sc.official:
            official_nights.add(night)
            if sc.event_id:
                official_by_event.setdefault(sc.event_id, {}).update(figures)
    official_rows = {r.night: r for r in rows.values() if r.official}
    for row in rows.values():
        if row.official:
            continue
        official = official_rows.get(row.night)
        for slot, cell in row.cells.items():
            off_cell = official.cells.get(slot) if official else None
            if off_cell is None or not off_cell.values:
                continue
            cell.official = off_cell.values[0][0].value
            # only the claims fused with the official record are compared with it; the
            # others are other events (another side's count, a regional attack)
            compared = [(q, official_by_event[e][slot]) for q, e in cell.values
                        if e in official_by_event and slot in official_by_event[e]]
            if not compared:
                cell.compared = "separate"
            elif all(quantities_agree(q, off) for q, off in compared):
                cell.compared = "agrees"
            else:
                cell.compared = "differs"
    news_nights = {r.night for r in rows.values() if not r.official}
    keep = news_nights | (official_nights if include_official_only else set())
    ordered = sorted((r for r in rows.values() if r.night in keep),
                     key=lambda r: (r.night, not r.official, r.side != "UA", r.claimant))
    return AirSeries(ordered)


# --- casualties, territory, strikes per region by day ---------------------------------------------

def _figure(event: dict, scope: str, unit: str, category: str | None = "any") -> tuple[int, int] | None:
    found = [f for f in event.get("figures") or ()
             if f["scope"] == scope and f["unit"] == unit and (category == "any" or f["category"] == category)]
    if not found:
        return None
    return sum(f["low"] for f in found), sum(f["high"] for f in found)


def _region(event: dict) -> str:
    place = event.get("place") or {}
    return place.get("admin1") or place.get("country") or "-"


def _add(total: list[int] | None, rng: tuple[int, int] | None) -> list[int] | None:
    if rng is None:
        return total
    if total is None:
        return [rng[0], rng[1]]
    return [total[0] + rng[0], total[1] + rng[1]]


def _range_text(r: Sequence[int] | None) -> str:
    if not r:
        return ""
    return str(r[0]) if r[0] == r[1] else f"{r[0]}-{r[1]}"


def daily_series(events: Iterable[dict], kind: str) -> list[dict]:
    """Per day and region: ``casualties``, ``territory`` (territorial claims) or ``strikes``.

    Each event counts once, with its figure range (low-high over its claims), so copies
    and repeated reports do not add up. Only events of a day or a night count: a running
    tally ("since the start of the war") or a month's total is no day's figure. Rows are
    dicts, newest day first.
    """
    types = {"casualties": ("casualties",), "territory": ("territorial_change",), "strikes": ("strike",)}[kind]
    rows: dict[tuple, dict] = {}
    for ev in events:
        if ev["type"] not in types or ev.get("modality") not in ("actual", None) or not ev.get("day"):
            continue
        if ev.get("grain", "short") != "short":
            continue
        if kind == "territory":
            key = (ev["day"], ev.get("actor_side") or "unknown", _region(ev))
            row = rows.setdefault(key, {"day": key[0], "actor_side": key[1], "region": key[2], "events": 0,
                                        "sources": 0, "places": [], "settlements": None, "km2": None,
                                        "statuses": {}})
            row["settlements"] = _add(row["settlements"], _figure(ev, "captured", "settlement"))
            row["km2"] = _add(row["km2"], _figure(ev, "area", "km2"))
            place = ev.get("place") or {}
            name = place.get("name") or place.get("text")
            if name and name not in row["places"]:
                row["places"].append(name)
        else:
            key = (ev["day"], _region(ev))
            row = rows.setdefault(key, {"day": key[0], "region": key[1], "events": 0, "sources": 0,
                                        "statuses": {}})
            if kind == "casualties":
                for scope in ("killed", "injured", "missing"):
                    row[scope] = _add(row.get(scope), _figure(ev, scope, "person"))
            else:
                row["actor_sides"] = sorted(set(row.get("actor_sides", [])) | {ev.get("actor_side") or "unknown"})
                for unit in ("drone", "missile"):
                    row[f"launched_{unit}"] = _add(row.get(f"launched_{unit}"), _figure(ev, "launched", unit))
        row["events"] += 1
        row["sources"] += ev.get("sources") or 0
        row["statuses"][ev["status"]] = row["statuses"].get(ev["status"], 0) + 1
    return sorted(rows.values(), key=lambda r: (r["day"], r.get("region", "")), reverse=True)


def range_text(r: Sequence[int] | None) -> str:
    return _range_text(r)
