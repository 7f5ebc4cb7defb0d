"""Ukraine's oblast boundaries (for the dashboard's map) and point-in-oblast lookup.

The outlines are geoBoundaries' UKR ADM1 (OpenStreetMap-derived, ODbL; see NOTICE), simplified
by ``tools/build_gazetteer.py`` (coordinates rounded to 0.001 degree). Each feature carries its
ISO 3166-2 code in ``properties.iso3166_2`` and its name in ``properties.name``.
"""

from __future__ import annotations

import copy
import gzip
import json
from functools import cache
from importlib import resources


@cache
def _boundaries() -> dict:
    path = resources.files("frontwire.geo") / "data" / "oblasts.geojson.gz"
    with gzip.open(path.open("rb"), "rt", encoding="utf-8") as f:
        return json.load(f)


def oblast_boundaries() -> dict:
    """Ukraine's 27 first-level units (oblasts, Crimea, Kyiv and Sevastopol cities) as a GeoJSON
    FeatureCollection of MultiPolygons (a copy: the caller may change it)."""
    return copy.deepcopy(_boundaries())


@cache
def _boxes() -> list[tuple[str, tuple[float, float, float, float], list]]:
    out = []
    for f in _boundaries()["features"]:
        polys = f["geometry"]["coordinates"]
        xs = [x for poly in polys for x, _ in poly[0]]
        ys = [y for poly in polys for _, y in poly[0]]
        out.append((f["properties"]["iso3166_2"], (min(xs), min(ys), max(xs), max(ys)), polys))
    # Cities that are enclaves of an oblast (Kyiv, Sevastopol) are tested before it.
    out.sort(key=lambda t: (t[1][2] - t[1][0]) * (t[1][3] - t[1][1]))
    return out


def admin1_at(lat: float, lon: float) -> str | None:
    """The ISO 3166-2 code of the Ukrainian oblast containing the point, or None outside."""
    for iso, (x0, y0, x1, y1), polys in _boxes():
        if not (x0 <= lon <= x1 and y0 <= lat <= y1):
            continue
        for poly in polys:
            if _inside(lon, lat, poly[0]) and not any(_inside(lon, lat, hole) for hole in poly[1:]):
                return iso
    return None


def _inside(x: float, y: float, ring: list) -> bool:
    """Ray casting: whether (x, y) lies inside the closed ring."""
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside
