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
class MapView:
    width: int
    height: int
    shapes: tuple[Shape, ...]
    dots: tuple[Dot, ...]
    legend: tuple[tuple[str, str], ...]   # (fill, label)
    outside: tuple[tuple[str, str, int], ...]  # (code, name, claims) of regions off the frame
    max_claims: int


@lru_cache(maxsize=1)
def known_regions() -> dict[str, Region]:
    """The regions the map can place as points (serve/data/regions.json)."""
    raw = json.loads(resources.files("frontwire.serve").joinpath("data/regions.json").read_text("utf-8"))
    return {r["code"]: Region(**r) for r in raw}


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
    """Upper bounds of the shade classes for counts 1..max_claims (at most six classes)."""
    if max_claims <= 0:
        return []
    classes = min(len(SHADES) - 1, max_claims)
    bounds = sorted({max(1, math.ceil(max_claims * (i + 1) / classes)) for i in range(classes)})
    return bounds


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
    """
    project = projector(width)
    height = height_for(width)
    regions = known_regions()
    max_claims = max(counts.values(), default=0)
    bounds = shade_classes(max_claims)

    if paths is None:
        paths = region_paths(boundaries, width)
    shapes = [Shape(code, name, d, counts.get(code, 0), shade(counts.get(code, 0), bounds))
              for code, name, d in paths]
    drawn = {s.code for s in shapes}

    dots: list[Dot] = []
    outside: list[tuple[str, str, int]] = []
    west, south, east, north = FRAME
    codes = set(counts) | {c for c, r in regions.items() if r.country == "UA" or r.border}
    for code in sorted(codes):
        if code in drawn:
            continue
        region = regions.get(code)
        n = counts.get(code, 0)
        if region is not None:
            lat, lon, name, country = region.lat, region.lon, region.name, region.country
        elif centres and code in centres and None not in centres[code]:
            lat, lon = centres[code]
            name, country = code, code[:2]
        else:
            outside.append((code, code, n))
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
    return MapView(width, height, tuple(shapes), tuple(dots), tuple(legend),
                   tuple(sorted(outside, key=lambda o: -o[2])), max_claims)
