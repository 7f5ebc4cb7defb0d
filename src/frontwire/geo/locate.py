"""Baseline (to be replaced by the gazetteer resolver of issue 5)."""

from __future__ import annotations

from frontwire.records import Article, PlaceMention


def locate(article: Article) -> list[PlaceMention]:
    return []
