"""Chart data: Plotly figure specifications (plain dicts) built from query rows.

The browser draws them with the plotly.js that the ``plotly`` package ships, served from
this application; the page carries the figure as JSON data, never as script.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from frontwire.records import CLAIM_TYPES

TYPE_COLOURS = {
    "strike": "#c23b2a", "interception": "#2f6db3", "ground_combat": "#7a5230",
    "territorial_change": "#8e44ad", "casualties": "#111111", "infrastructure_damage": "#e67e22",
    "prisoner_exchange": "#16a085", "capture": "#7f8c8d", "negotiation": "#27ae60",
    "attack_on_civilians": "#d35400", "mobilization": "#34495e", "cyber": "#95a5a6",
}
_LAYOUT = {"margin": {"l": 50, "r": 10, "t": 30, "b": 40}, "height": 320,
           "legend": {"orientation": "h", "y": -0.2}, "paper_bgcolor": "#ffffff",
           "plot_bgcolor": "#ffffff", "font": {"family": "system-ui, sans-serif", "size": 12}}


@dataclass
class Night:
    """One night's air attack as the news reported it: the largest figures any one claimant gave."""

    night: str                         # the morning the night ended
    launched: int = 0
    intercepted: int = 0
    claimants: list[str] = field(default_factory=list)
    agreement: str | None = None       # how those figures compare with the official record


def _largest(values: list[int] | None) -> int:
    return max(values) if values else 0


def air_nights(rows: list[dict], side: str = "UA") -> tuple[list[Night], list[dict]]:
    """News nights and official nights from the fuse stage's air-attack series rows.

    News: claimants on ``side`` (the defender's own count). Outlets repeat one report, so
    a night's figure is the largest a claimant gave (drones and missiles added), never a
    sum across documents. Official: the record's own rows, ``{"night", "launched", "destroyed"}``.
    """
    news: dict[str, Night] = {}
    official: dict[str, dict] = {}
    for r in rows:
        launched = _largest(r.get("launched_drone")) + _largest(r.get("launched_missile"))
        intercepted = _largest(r.get("intercepted_drone")) + _largest(r.get("intercepted_missile"))
        if r.get("official"):
            entry = official.setdefault(r["night"], {"night": r["night"], "launched": 0, "destroyed": 0})
            entry["launched"] = max(entry["launched"], launched)
            entry["destroyed"] = max(entry["destroyed"], intercepted)
            continue
        if r.get("side") != side:
            continue
        night = news.setdefault(r["night"], Night(r["night"]))
        night.launched = max(night.launched, launched)
        night.intercepted = max(night.intercepted, intercepted)
        night.claimants.append(r.get("claimant") or "")
        if r.get("agreement") in ("agrees", "differs") and night.agreement != "differs":
            night.agreement = r["agreement"]
    return [news[k] for k in sorted(news)], [official[k] for k in sorted(official)]


def air_attack_figure(news: list[Night], official: list[dict] | None = None) -> dict:
    """Launched against intercepted per night; the official record as lines when given.

    ``official``: ``[{"night", "launched", "destroyed"}]``.
    """
    x = [n.night for n in news]
    data = [
        {"type": "bar", "name": "launched (news)", "x": x, "y": [n.launched for n in news],
         "marker": {"color": "#f59e72"}},
        {"type": "bar", "name": "intercepted (news)", "x": x, "y": [n.intercepted for n in news],
         "marker": {"color": "#2f6db3"}},
    ]
    if official:
        ox = [o["night"] for o in official]
        data += [
            {"type": "scatter", "mode": "lines+markers", "name": "launched (official record)", "x": ox,
             "y": [o.get("launched") for o in official], "line": {"color": "#8c1d18", "width": 1.5}},
            {"type": "scatter", "mode": "lines+markers", "name": "destroyed (official record)", "x": ox,
             "y": [o.get("destroyed") for o in official], "line": {"color": "#123f73", "width": 1.5}},
        ]
    layout = dict(_LAYOUT, barmode="group", title={"text": "Nightly air attacks: drones and missiles"},
                  xaxis={"type": "date", "tickformat": "%e %b %Y", "dtick": 86_400_000}, yaxis={"title": {"text": "count"}, "rangemode": "tozero"})
    return {"data": data, "layout": layout}


def type_timeline_figure(rows: list[dict]) -> dict:
    """Claims per type per day as stacked bars, from ``queries.claims_per_type_day`` rows."""
    per_type: dict[str, dict[str, int]] = defaultdict(dict)
    days = sorted({r["day"] for r in rows if r.get("day")})
    for r in rows:
        if r.get("day"):
            per_type[r["type"]][r["day"]] = r["claims"]
    data = [{"type": "bar", "name": t, "x": days, "y": [per_type[t].get(d, 0) for d in days],
             "marker": {"color": TYPE_COLOURS.get(t, "#888888")}}
            for t in CLAIM_TYPES if t in per_type]
    layout = dict(_LAYOUT, barmode="stack", title={"text": "Claims per type and day"},
                  xaxis={"type": "date", "tickformat": "%e %b %Y", "dtick": 86_400_000}, yaxis={"title": {"text": "claims"}})
    return {"data": data, "layout": layout}
