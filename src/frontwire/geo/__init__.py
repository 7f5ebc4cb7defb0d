"""Geo: find the places an article names and resolve them against the gazetteer."""

from frontwire.geo.locate import locate

__all__ = ["locate"]
