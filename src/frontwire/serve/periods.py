"""Time spans for the dashboard: where the claims are, and how finely to count them.

A record's claims are dated by what they describe, and some describe the distant past (a
tally "since 2014") or carry a misread date far ahead: a chart stretched from the first to
the last of those days is a flat line with a spike. :func:`core_span` finds the span where
the claims are; :func:`grain_for` picks days, weeks or months for a span so that a chart
has tens of bars, not hundreds; :func:`bin_counts` counts per bin. Pure functions on
``YYYY-MM-DD`` strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

GRAINS = ("day", "week", "month")
DAILY_UP_TO = 92          # days in a span counted per day (about three months)
WEEKLY_UP_TO = 3 * 366    # ... per week (three years); longer spans per month

# core_span's cut-offs.
TAIL_SHARE = 0.005        # the earliest and latest half percent of claims are strays until shown otherwise
JOIN_GAP_DAYS = 14        # a day this close to the span's edge belongs to it after all
ISOLATION_DAYS = 365      # a group of days a year away from the rest ...
ISOLATED_SHARE = 0.05     # ... holding under 5% of the claims is left out, however few claims there are


def parse_day(value: str | None) -> dt.date | None:
    """The date of a ``YYYY-MM-DD...`` string, or None for anything else."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Span:
    """The days the charts show, and what lies outside them."""

    first: str
    last: str
    inside: int                 # dated claims within [first, last]
    before: int = 0             # dated claims before ``first`` ...
    after: int = 0              # ... and after ``last``
    earliest: str | None = None  # the first and last day of every dated claim
    latest: str | None = None

    @property
    def days(self) -> int:
        return (dt.date.fromisoformat(self.last) - dt.date.fromisoformat(self.first)).days + 1

    @property
    def outside(self) -> int:
        return self.before + self.after


def day_totals(rows: Iterable[tuple[str | None, int]]) -> list[tuple[dt.date, int]]:
    """``(day, count)`` rows summed per valid day, sorted; undated and unreadable days dropped."""
    totals: dict[dt.date, int] = {}
    for day, count in rows:
        date = parse_day(day)
        if date is not None and count > 0:
            totals[date] = totals.get(date, 0) + int(count)
    return sorted(totals.items())


def _drop_isolated_ends(days: list[tuple[dt.date, int]], total: int) -> tuple[int, int]:
    """Indices ``[lo, hi]`` after dropping end groups a year away from the rest and small."""
    lo, hi = 0, len(days) - 1
    while lo < hi:      # the earliest group: days up to the first gap of a year
        end = lo
        while end < hi and (days[end + 1][0] - days[end][0]).days <= ISOLATION_DAYS:
            end += 1
        if end == hi or sum(n for _, n in days[lo:end + 1]) >= ISOLATED_SHARE * total:
            break
        lo = end + 1
    while hi > lo:      # the latest group, the same way
        start = hi
        while start > lo and (days[start][0] - days[start - 1][0]).days <= ISOLATION_DAYS:
            start -= 1
        if start == lo or sum(n for _, n in days[start:hi + 1]) >= ISOLATED_SHARE * total:
            break
        hi = start - 1
    return lo, hi


def _trim_tails(days: list[tuple[dt.date, int]], lo: int, hi: int) -> tuple[int, int]:
    """Cut the first and last :data:`TAIL_SHARE` of claims, then take back the days that
    continue the span without a gap of more than :data:`JOIN_GAP_DAYS`."""
    total = sum(n for _, n in days[lo:hi + 1])
    cut = int(total * TAIL_SHARE)
    a, seen = lo, 0
    while a < hi and seen + days[a][1] <= cut:
        seen += days[a][1]
        a += 1
    b, seen = hi, 0
    while b > a and seen + days[b][1] <= cut:
        seen += days[b][1]
        b -= 1
    while a > lo and (days[a][0] - days[a - 1][0]).days <= JOIN_GAP_DAYS:
        a -= 1
    while b < hi and (days[b + 1][0] - days[b][0]).days <= JOIN_GAP_DAYS:
        b += 1
    return a, b


def core_span(rows: Iterable[tuple[str | None, int]], newest: str | None = None) -> Span | None:
    """The span where the dated claims are, from ``(day, claims)`` rows; None without any.

    ``newest``: the day of the newest document. Nothing after it has been reported yet, so
    later days (plans, misread years) are left out. Then two steps: groups of days at
    either end that lie a year away from the rest and hold under 5% of the claims are
    dropped (a small record's one claim about 2014); then the first and last half percent
    of the claims are cut and the days that continue the span within two weeks taken back
    (a large record's scattered strays, without losing its edges).
    """
    every = day_totals(rows)
    limit = parse_day(newest)
    days = [(d, n) for d, n in every if limit is None or d <= limit] or every
    if not days:
        return None
    total = sum(n for _, n in every)
    lo, hi = _drop_isolated_ends(days, sum(n for _, n in days))
    lo, hi = _trim_tails(days, lo, hi)
    inside = sum(n for _, n in days[lo:hi + 1])
    before = sum(n for _, n in days[:lo])
    return Span(days[lo][0].isoformat(), days[hi][0].isoformat(), inside, before, total - inside - before,
                every[0][0].isoformat(), every[-1][0].isoformat())


def grain_for(first: str, last: str) -> str:
    """``day`` for up to about three months, ``week`` up to three years, else ``month``."""
    span = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1
    if span <= DAILY_UP_TO:
        return "day"
    return "week" if span <= WEEKLY_UP_TO else "month"


def bin_start(day: dt.date, grain: str) -> dt.date:
    """The first day of the bin ``day`` falls in: itself, its week's Monday, its month's 1st."""
    if grain == "week":
        return day - dt.timedelta(days=day.weekday())
    if grain == "month":
        return day.replace(day=1)
    return day


def bin_label(start: dt.date, grain: str) -> str:
    """How a bin is named in a tooltip: ``5 Feb 2026``, ``week of 2 Feb 2026``, ``Feb 2026``."""
    if grain == "week":
        return f"week of {start.day} {start:%b %Y}"
    if grain == "month":
        return f"{start:%b %Y}"
    return f"{start.day} {start:%b %Y}"


def bin_counts(rows: Sequence[dict], grain: str, key: str = "type", value: str = "claims",
               first: str | None = None, last: str | None = None) -> dict[str, dict[str, int]]:
    """``{key value: {bin start: sum}}`` of rows ``{"day", key, value}`` within [first, last]."""
    lo, hi = parse_day(first), parse_day(last)
    out: dict[str, dict[str, int]] = {}
    for row in rows:
        day = parse_day(row.get("day"))
        if day is None or (lo and day < lo) or (hi and day > hi):
            continue
        start = bin_start(day, grain).isoformat()
        per = out.setdefault(row[key], {})
        per[start] = per.get(start, 0) + int(row.get(value) or 0)
    return out


def shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()
