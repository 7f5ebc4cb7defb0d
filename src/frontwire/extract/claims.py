"""Baseline (to be replaced by the spaCy extractor of issue 4)."""

from __future__ import annotations

from collections.abc import Sequence

from frontwire.records import Article, Claim, PlaceMention


def extract(article: Article, places: Sequence[PlaceMention] = ()) -> list[Claim]:
    return []
