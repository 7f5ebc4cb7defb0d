"""The map: Ukraine's oblasts shaded by claims, Russia's regions as points, as plain SVG.

No tiles and no script: longitude and latitude are projected here (equirectangular,
longitude scaled by the cosine of the frame's middle latitude, which keeps shapes true
enough at this size), and the template writes the paths. Boundaries come in as GeoJSON
(features with an ISO 3166-2 code); without them every region is a point.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

# The frame: Ukraine with Russia's border regions and Moscow.
FRAME = (22.0, 44.0, 42.0, 56.2)        # west, south, east, north
WIDTH = 900
# Sequential shades, light to dark; index 0 is "no claims".
SHADES = ("#eef0f2", "#fde0c5", "#facba6", "#f59e72", "#e8674a", "#c23b2a", "#8c1d18")
# The countries the map draws (Ukraine's oblasts as shapes, the others' regions as points);
# regions of any other country are counted per country beside the map.
THEATRE = ("UA", "RU", "BY", "MD")
LABEL_FONT_PX = 12
_CHAR_PX = 6.6                          # the mean width of a label's character at that size
_CODE_KEYS = ("iso3166_2", "shapeISO", "iso_3166_2", "ISO3166-2", "admin1", "code", "iso")
_NAME_KEYS = ("shapeName", "name", "NAME_1", "name_en")


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    country: str
    lat: float
    lon: float
    border: bool = False


@dataclass(frozen=True)
class Shape:
    code: str
    name: str
    d: str             # SVG path data
    claims: int
    fill: str


@dataclass(frozen=True)
class Dot:
    code: str
    name: str
    country: str
    x: float
    y: float
    r: float
    claims: int
    fill: str


@dataclass(frozen=True)
class Label:
    code: str
    text: str
    x: float
    y: float
    anchor: str         # SVG text-anchor: start (right of the point) or end (left of it)


@dataclass(frozen=True)
class Country:
    """Claims placed in another country's regions, counted for the country."""

    code: str
    name: str
    claims: int
    regions: tuple[tuple[str, int], ...]    # (ISO 3166-2 code, claims), most first


@dataclass(frozen=True)
class MapView:
    width: int
    height: int
    shapes: tuple[Shape, ...]
    dots: tuple[Dot, ...]
    legend: tuple[tuple[str, str], ...]   # (fill, label)
    outside: tuple[tuple[str, str, int], ...]  # (code, name, claims) of the theatre's regions off the frame
    max_claims: int
    labels: tuple[Label, ...] = ()
    elsewhere: tuple[Country, ...] = ()        # other countries, most claims first


@lru_cache(maxsize=1)
def known_regions() -> dict[str, Region]:
    """The regions the map can place as points (serve/data/regions.json)."""
    raw = json.loads(resources.files("frontwire.serve").joinpath("data/regions.json").read_text("utf-8"))
    return {r["code"]: Region(**r) for r in raw}


@lru_cache(maxsize=1)
def _names() -> dict[str, dict[str, str]]:
    return json.loads(resources.files("frontwire.serve").joinpath("data/names.json").read_text("utf-8"))


def country_name(code: str) -> str:
    return _names()["countries"].get(code.upper(), code.upper())


def region_name(code: str) -> str:
    """A first-level region's English name; else its country's name with the code."""
    known = known_regions().get(code)
    if known:
        return known.name
    name = _names()["regions"].get(code)
    if name:
        return name
    country = code[:2].upper()
    return f"{country_name(country)} ({code})" if country in _names()["countries"] else code


def height_for(width: int = WIDTH, frame: tuple[float, float, float, float] = FRAME) -> int:
    west, south, east, north = frame
    kx = math.cos(math.radians((south + north) / 2))
    return round(width * (north - south) / ((east - west) * kx))


def projector(width: int = WIDTH, frame: tuple[float, float, float, float] = FRAME):
    """A function (lon, lat) -> (x, y) in SVG pixels for the frame."""
    west, south, east, north = frame
    kx = math.cos(math.radians((south + north) / 2))
    scale = width / ((east - west) * kx)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * kx * scale, (north - lat) * scale

    return project


def ring_path(ring: list[Any], project, min_step: float = 1.0) -> str:
    """One closed ring as SVG path data, dropping points closer than ``min_step`` pixels."""
    out: list[str] = []
    last: tuple[float, float] | None = None
    for point in ring:
        try:
            x, y = project(float(point[0]), float(point[1]))
        except (TypeError, ValueError, IndexError):
            continue
        if last is not None and abs(x - last[0]) < min_step and abs(y - last[1]) < min_step:
            continue
        out.append(f"{x:.1f},{y:.1f}")
        last = (x, y)
    if len(out) < 3:
        return ""
    return "M" + "L".join(out) + "Z"


def geometry_path(geometry: dict | None, project) -> str:
    if not isinstance(geometry, dict):
        return ""
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    polygons = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else []
    return "".join(ring_path(ring, project) for polygon in polygons for ring in polygon
                   if isinstance(ring, list))


def feature_code(feature: dict) -> tuple[str | None, str]:
    """The ISO 3166-2 code and the name a GeoJSON feature carries (several spellings accepted)."""
    props = feature.get("properties") or {}
    code = next((props[k] for k in _CODE_KEYS if isinstance(props.get(k), str)), None)
    name = next((props[k] for k in _NAME_KEYS if isinstance(props.get(k), str)), code or "")
    return (code.upper() if code else None), name


def shade_classes(max_claims: int) -> list[int]:
    """Upper bounds of the shade classes for counts 1..max_claims (at most six classes).

    Counts of claims per region are skewed (one oblast with 800, most with under 50), so
    the classes grow by steps of 1, 2, 5, 10, 20, 50...: equal steps would shade all but
    the top region alike. Up to six claims, each count is a class of its own.
    """
    if max_claims <= 0:
        return []
    classes = len(SHADES) - 1
    if max_claims <= classes:
        return list(range(1, max_claims + 1))
    steps = []
    step = 1
    while step < max_claims:
        for m in (1, 2, 5):
            if step * m < max_claims:
                steps.append(step * m)
        step *= 10
    if len(steps) >= classes:       # keep the ``classes - 1`` nearest to even steps on a log scale
        targets = [math.log(max_claims) * i / (classes - 1) for i in range(classes - 1)]
        steps = sorted({min(steps, key=lambda v: abs(math.log(v) - t)) for t in targets})
    return steps + [max_claims]


def shade(count: int, bounds: list[int]) -> str:
    """The shade of a count: the classes spread over the whole ramp, so the top class is
    always the darkest however few classes there are."""
    if count <= 0 or not bounds:
        return SHADES[0]
    return SHADES[_class_shade(next((i for i, upper in enumerate(bounds) if count <= upper), len(bounds) - 1),
                               len(bounds))]


def _class_shade(index: int, classes: int) -> int:
    top = len(SHADES) - 1
    return max(1, round((index + 1) * top / max(classes, 1)))


def region_paths(boundaries: dict | None, width: int = WIDTH) -> tuple[tuple[str, str, str], ...]:
    """``(code, name, path data)`` of each feature of the GeoJSON that has a code and a shape.

    The slow part of drawing the map, and independent of the claims: compute it once.
    """
    project = projector(width)
    regions = known_regions()
    out = []
    features = boundaries.get("features") if isinstance(boundaries, dict) else None
    for feature in features or []:
        if not isinstance(feature, dict):
            continue
        code, name = feature_code(feature)
        d = geometry_path(feature.get("geometry"), project)
        if code and d:
            out.append((code, regions[code].name if code in regions else name, d))
    return tuple(out)


def build_map(counts: dict[str, int], boundaries: dict | None = None,
              centres: dict[str, tuple[float, float]] | None = None, width: int = WIDTH,
              paths: tuple[tuple[str, str, str], ...] | None = None) -> MapView:
    """Everything the template needs to draw the map.

    ``counts``: claims per ISO 3166-2 code. ``boundaries``: GeoJSON of Ukraine's oblasts, or
    None to place them as points (``paths``: the same, already made by :func:`region_paths`).
    ``centres``: (lat, lon) for codes the region table lacks (the claims' own points).
    Regions of countries outside :data:`THEATRE` are not drawn: they are counted per country
    in ``elsewhere``.
    """
    project = projector(width)
    height = height_for(width)
    regions = known_regions()
    theatre = {code: n for code, n in counts.items() if _country_of(code) in THEATRE or
               _country_of(code) not in _names()["countries"]}
    max_claims = max(theatre.values(), default=0)
    bounds = shade_classes(max_claims)

    if paths is None:
        paths = region_paths(boundaries, width)
    shapes = [Shape(code, name, d, counts.get(code, 0), shade(counts.get(code, 0), bounds))
              for code, name, d in paths]
    drawn = {s.code for s in shapes}

    dots: list[Dot] = []
    outside: list[tuple[str, str, int]] = []
    west, south, east, north = FRAME
    codes = set(theatre) | {c for c, r in regions.items() if r.country == "UA" or r.border}
    for code in sorted(codes):
        if code in drawn:
            continue
        region = regions.get(code)
        n = counts.get(code, 0)
        if region is not None:
            lat, lon, name, country = region.lat, region.lon, region.name, region.country
        elif centres and code in centres and None not in centres[code]:
            lat, lon = centres[code]
            name, country = region_name(code), _country_of(code)
        else:
            outside.append((code, region_name(code), n))
            continue
        if not (west <= lon <= east and south <= lat <= north):
            if n:
                outside.append((code, name, n))
            continue
        x, y = project(lon, lat)
        radius = 5 + (13 * math.sqrt(n / max_claims) if n and max_claims else 0)
        dots.append(Dot(code, name, country, round(x, 1), round(y, 1), round(radius, 1), n, shade(n, bounds)))

    legend = [(SHADES[0], "no claims")]
    lower = 1
    for i, upper in enumerate(bounds):
        legend.append((SHADES[_class_shade(i, len(bounds))], f"{lower}" if lower == upper else f"{lower}-{upper}"))
        lower = upper + 1
    labelled = [d for d in dots if d.claims and (d.country != "UA" or not shapes)]
    return MapView(width, height, tuple(shapes), tuple(dots), tuple(legend),
                   tuple(sorted(outside, key=lambda o: -o[2])), max_claims,
                   place_labels(labelled, dots, width, height), elsewhere(counts))


def _country_of(code: str) -> str:
    return code.split("-", 1)[0].upper()


def elsewhere(counts: dict[str, int]) -> tuple[Country, ...]:
    """Claims in the regions of countries outside the theatre (with a known name), per country."""
    per: dict[str, list[tuple[str, int]]] = {}
    for code, n in counts.items():
        country = _country_of(code)
        if n and country not in THEATRE and country in _names()["countries"]:
            per.setdefault(country, []).append((code, n))
    out = [Country(cc, country_name(cc), sum(n for _, n in rs), tuple(sorted(rs, key=lambda r: (-r[1], r[0]))))
           for cc, rs in per.items()]
    return tuple(sorted(out, key=lambda c: (-c.claims, c.name)))


def place_labels(labelled: list[Dot], dots: list[Dot], width: int, height: int) -> tuple[Label, ...]:
    """Names beside points, the points with most claims first; a name goes right of its point,
    else left, else a little above or below it, wherever it overlaps no name placed before
    and no other point, and stays inside the map; a name with no such place is left out
    (the point keeps its tooltip)."""
    placed: list[tuple[float, float, float, float]] = []
    points = [(d.x - d.r, d.y - d.r, d.x + d.r, d.y + d.r, d.code) for d in dots]
    out = []
    for dot in sorted(labelled, key=lambda d: (-d.claims, d.code)):
        w, h = len(dot.name) * _CHAR_PX, LABEL_FONT_PX + 2
        gap = dot.r + 3
        spots = ((gap, "start", 0), (-gap, "end", 0), (gap * .6, "start", -gap), (gap * .6, "start", gap))
        for dx, anchor, dy in spots:
            left = dot.x + dx if anchor == "start" else dot.x + dx - w
            top = dot.y + dy - h / 2
            box = (left, top, left + w, top + h)
            inside = box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height
            clear = not any(_overlap(box, other) for other in placed) and \
                not any(_overlap(box, p[:4]) for p in points if p[4] != dot.code)
            if inside and clear:
                placed.append(box)
                out.append(Label(dot.code, dot.name, round(dot.x + dx, 1), round(dot.y + dy + 4, 1), anchor))
                break
    return tuple(out)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
