"""Distances: between two points, from a point to a polyline, and to the nearest of many points.

Great-circle distance for points; a local flat projection for point-to-segment distance, which
is exact enough at the scale of a front line (tens of kilometres). :class:`PointIndex` files
points in one-degree cells so that the nearest of an article's hundreds of places is found by
looking at nine cells, not at every place.
"""

from __future__ import annotations

import math
from collections import defaultdict

_KM_PER_DEGREE = 111.2
_CELL = 1.0  # degrees: a cell is at least ~60 km wide up to 57°N (Ukraine, Russia's west)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def polyline_km(lat: float, lon: float, points: tuple[tuple[float, float], ...]) -> float:
    """Distance in kilometres from a point to a polyline (a single point counts as a line)."""
    if not points:
        return math.inf
    scale = math.cos(math.radians(lat))
    px, py = lon * scale, lat
    best = math.inf
    prev = None
    for la, lo in points:
        x, y = lo * scale, la
        if prev is None:
            best = min(best, math.hypot(x - px, y - py))
        else:
            x0, y0 = prev
            dx, dy = x - x0, y - y0
            seg = dx * dx + dy * dy
            t = 0.0 if seg == 0 else max(0.0, min(1.0, ((px - x0) * dx + (py - y0) * dy) / seg))
            best = min(best, math.hypot(x0 + t * dx - px, y0 + t * dy - py))
        prev = (x, y)
    return best * _KM_PER_DEGREE


class PointIndex:
    """Points filed by one-degree cell: the distance to the nearest one, exact up to ~60 km."""

    __slots__ = ("cells", "size")

    def __init__(self, points=()) -> None:
        """``points``: (lat, lon) or (lat, lon, tag); a tag lets :meth:`nearest_km` skip a point."""
        self.cells: dict[tuple[int, int], list[tuple[float, float, object]]] = defaultdict(list)
        self.size = 0
        for lat, lon, *tag in points:
            self.cells[(int(lat // _CELL), int(lon // _CELL))].append((lat, lon, tag[0] if tag else None))
            self.size += 1

    def __bool__(self) -> bool:
        return self.size > 0

    def any_but(self, skip: object) -> bool:
        """Whether it holds a point not tagged ``skip``."""
        return any(tag != skip or tag is None for cell in self.cells.values() for _, _, tag in cell)

    def nearest_km(self, lat: float, lon: float, skip: object = None) -> float:
        """Distance to the nearest point (but those tagged ``skip``) in this cell and the eight
        around it, else infinity: exact below ~60 km; beyond that, only "far"."""
        ci, cj = int(lat // _CELL), int(lon // _CELL)
        best = math.inf
        for i in (ci - 1, ci, ci + 1):
            for j in (cj - 1, cj, cj + 1):
                for la, lo, tag in self.cells.get((i, j), ()):
                    if skip is not None and tag == skip:
                        continue
                    d = km(lat, lon, la, lo)
                    if d < best:
                        best = d
        return best
