"""Chart data: Plotly figure specifications (plain dicts) built from query rows.

The browser draws them with the plotly.js that the ``plotly`` package ships, served from
this application; the page carries the figure as JSON data, never as script.

Both charts put dates on a date axis (ticks chosen by Plotly, a few per chart, never one
per day) and count over a span chosen on the server: claims per day, week or month
(:mod:`frontwire.serve.periods`), air attacks per night with the last
:data:`AIR_WINDOW_NIGHTS` nights in view and buttons to widen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from frontwire.records import CLAIM_TYPES
from frontwire.serve import periods

TYPE_COLOURS = {
    "strike": "#c23b2a", "interception": "#2f6db3", "ground_combat": "#7a5230",
    "territorial_change": "#8e44ad", "casualties": "#111111", "infrastructure_damage": "#e67e22",
    "prisoner_exchange": "#16a085", "capture": "#7f8c8d", "negotiation": "#27ae60",
    "attack_on_civilians": "#d35400", "mobilization": "#34495e", "cyber": "#95a5a6",
}
_LAYOUT = {"margin": {"l": 50, "r": 10, "t": 40, "b": 40}, "height": 340,
           "legend": {"orientation": "h", "y": -0.18}, "paper_bgcolor": "#ffffff",
           "plot_bgcolor": "#ffffff", "font": {"family": "system-ui, sans-serif", "size": 12}}
DAY_MS = 86_400_000
# Bars as wide as their bin: Plotly's period for a day, a week (from a Monday) and a month.
_PERIOD = {"day": DAY_MS, "week": 7 * DAY_MS, "month": "M1"}
_MONDAY = "2000-01-03"
AIR_WINDOW_NIGHTS = 90          # the nights in view when the air chart first draws
AIR_MARKERS_UP_TO = 120         # official nights drawn with markers up to this many; beyond, lines


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
        if (r.get("claimant") or "") not in night.claimants:
            night.claimants.append(r.get("claimant") or "")
        if r.get("agreement") in ("agrees", "differs") and night.agreement != "differs":
            night.agreement = r["agreement"]
    return [news[k] for k in sorted(news)], [official[k] for k in sorted(official)]


def _date_axis(**extra) -> dict:
    return {"type": "date", "nticks": 12, "showgrid": False, "ticks": "outside", **extra}


def _edge(day: str, days: float) -> str:
    """A moment ``days`` after midnight of ``day``, as Plotly reads dates."""
    moment = dt.datetime.fromisoformat(day[:10]) + dt.timedelta(days=days)
    return moment.isoformat(sep=" ", timespec="minutes")


def air_attack_figure(news: list[Night], official: list[dict] | None = None,
                      window: int = AIR_WINDOW_NIGHTS) -> dict:
    """Launched against intercepted per night; the official record as lines when given.

    ``official``: ``[{"night", "launched", "destroyed"}]``. When the nights span more than
    ``window`` days, the chart opens on the last ``window`` (the y axis fitted to them) and
    its buttons widen the view; a bar is a night, whatever the zoom.
    """
    official = official or []
    x = [n.night for n in news]
    hover = "%{y:,} %{fullData.name}<extra></extra>"
    # A bar is as wide as a night, side by side within it, however far apart the nights are
    # (Plotly would widen bars to the smallest gap between them: three weeks apart, three weeks wide).
    bar = {"width": 0.42 * DAY_MS, "hovertemplate": hover}
    data = [
        dict(bar, type="bar", name="launched (news)", x=x, y=[n.launched for n in news],
             offset=-0.45 * DAY_MS, marker={"color": "#f59e72"}),
        dict(bar, type="bar", name="intercepted (news)", x=x, y=[n.intercepted for n in news],
             offset=0.03 * DAY_MS, marker={"color": "#2f6db3"}),
    ]
    if official:
        ox = [o["night"] for o in official]
        mode = "lines+markers" if len(official) <= AIR_MARKERS_UP_TO else "lines"
        data += [
            {"type": "scatter", "mode": mode, "name": "launched (official record)", "x": ox,
             "y": [o.get("launched") for o in official], "line": {"color": "#8c1d18", "width": 1.2},
             "marker": {"size": 4}, "opacity": 0.75, "hovertemplate": hover},
            {"type": "scatter", "mode": mode, "name": "destroyed (official record)", "x": ox,
             "y": [o.get("destroyed") for o in official], "line": {"color": "#123f73", "width": 1.2},
             "marker": {"size": 4}, "opacity": 0.75, "hovertemplate": hover},
        ]
    nights = sorted(set(x) | {o["night"] for o in official})
    xaxis = _date_axis(hoverformat="night ending %e %b %Y")
    yaxis = {"title": {"text": "drones and missiles"}, "rangemode": "tozero", "fixedrange": False}
    title = "Nightly air attacks: drones and missiles, per night"
    if nights and (dt.date.fromisoformat(nights[-1]) - dt.date.fromisoformat(nights[0])).days >= window:
        last = nights[-1]
        start = periods.shift(last, -(window - 1))
        xaxis["range"] = [_edge(start, -1), _edge(last, 1)]      # a day's margin: the last night's bars whole
        shown = [v for trace in data for night, v in zip(trace["x"], trace["y"])
                 if night >= start and isinstance(v, (int, float))]
        if shown:
            yaxis["range"] = [0, max(max(shown), 1) * 1.08]
        xaxis["rangeselector"] = {"buttons": [
            {"count": 30, "label": "30 nights", "step": "day", "stepmode": "backward"},
            {"count": window, "label": f"{window} nights", "step": "day", "stepmode": "backward"},
            {"count": 1, "label": "1 year", "step": "year", "stepmode": "backward"},
            {"step": "all", "label": "all"}], "x": 0, "y": 1.02, "yanchor": "bottom"}
        title += f" (the last {window} nights; widen with the buttons)"
    layout = dict(_LAYOUT, barmode="group", bargap=0.15, hovermode="x unified",
                  title={"text": title, "x": 1, "xanchor": "right", "font": {"size": 13}},
                  xaxis=xaxis, yaxis=yaxis, meta={"fit_y": True})
    return {"data": data, "layout": layout}


def type_timeline_figure(rows: list[dict], first: str | None = None, last: str | None = None,
                         grain: str | None = None) -> dict:
    """Claims per type as stacked bars per day, week or month, from
    ``queries.claims_per_type_day`` rows within [first, last] (default: every row's days).

    ``grain`` (day, week or month) defaults to what suits the span: :func:`periods.grain_for`.
    """
    days = sorted(r["day"] for r in rows if periods.parse_day(r.get("day")))
    first = first or (days[0][:10] if days else None)
    last = last or (days[-1][:10] if days else None)
    if not first or not last:
        return {"data": [], "layout": dict(_LAYOUT, xaxis=_date_axis(), meta={"grain": grain or "day"})}
    grain = grain or periods.grain_for(first, last)
    per_type = periods.bin_counts(rows, grain, first=first, last=last)
    data = []
    for t in CLAIM_TYPES:
        bins = per_type.get(t)
        if not bins:
            continue
        x = sorted(bins)
        data.append({"type": "bar", "name": t.replace("_", " "), "x": x, "y": [bins[b] for b in x],
                     "customdata": [periods.bin_label(dt.date.fromisoformat(b), grain) for b in x],
                     "hovertemplate": "%{customdata}: %{y} %{fullData.name}<extra></extra>",
                     "xperiod": _PERIOD[grain], "xperiodalignment": "middle",
                     "marker": {"color": TYPE_COLOURS.get(t, "#888888")}})
        if grain == "week":
            data[-1]["xperiod0"] = _MONDAY
    start = periods.bin_start(dt.date.fromisoformat(first), grain).isoformat()
    end = periods.bin_start(dt.date.fromisoformat(last), grain)
    end = (end + dt.timedelta(days=1 if grain == "day" else 7 if grain == "week" else 31)).isoformat()
    per = {"day": "day", "week": "week (Monday to Sunday)", "month": "month"}[grain]
    layout = dict(_LAYOUT, barmode="stack", bargap=0.1,
                  title={"text": f"Claims per type and {per}, {first} to {last}", "x": 1, "xanchor": "right",
                         "font": {"size": 13}},
                  xaxis=_date_axis(range=[start, end if grain != "month" else end[:8] + "01"]),
                  yaxis={"title": {"text": f"claims per {grain}"}}, meta={"grain": grain})
    return {"data": data, "layout": layout}
