"""Geo: find the places an article names and resolve them against the gazetteer.

- :func:`locate` (Article -> list[PlaceMention]): every place the body names, resolved;
- :func:`resolve` (name, country, admin1 -> Place | None): one name, for other stages;
- :func:`oblast_boundaries` and :func:`admin1_at`: Ukraine's oblasts as GeoJSON, and the
  oblast a point lies in.
"""

from frontwire.geo.boundaries import admin1_at, oblast_boundaries
from frontwire.geo.locate import locate, resolve

__all__ = ["locate", "resolve", "oblast_boundaries", "admin1_at"]
