"""When a claim happened, as a window of local time, and which night it belongs to.

Claims give times of very different grain: an hour, "overnight", a day, a week, a running
tally since 24 February 2022, or nothing (then the publication day stands in). Fusion
compares windows of the same grain only; the air-attack series groups them by night.

A night is named by its morning: the night of 15-16 November 2025 is ``2025-11-16``, the
date the Ukrainian Air Force's report of it carries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal

from frontwire.records import Claim, TimeSpan

Grain = Literal["short", "medium", "long"]

# How long a window is when a claim gives only its start.
_PRECISION_LENGTH = {
    "hour": timedelta(hours=1), "part_of_day": timedelta(hours=6), "day": timedelta(days=1),
    "week": timedelta(days=7), "month": timedelta(days=30), "year": timedelta(days=365),
}
SHORT = timedelta(days=2, hours=1)      # up to here a window is one incident's time
MEDIUM = timedelta(days=45)             # weeks and months; beyond: tallies
EVENING = 18                            # a night runs from 18:00 ...
MORNING = 12                            # ... to the late-morning report (claims.md: 09:00)


@dataclass(frozen=True)
class Window:
    """A half-open interval of local time. ``vague``: stood in for a missing time."""

    start: datetime
    end: datetime
    vague: bool = False
    length: timedelta = field(init=False, repr=False, compare=False)
    grain: Grain = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # computed once: fusion compares windows many times over
        length = max(self.end - self.start, timedelta(minutes=1))
        object.__setattr__(self, "length", length)
        object.__setattr__(self, "grain", "short" if length <= SHORT else ("medium" if length <= MEDIUM else "long"))

    def overlap(self, other: Window) -> timedelta:
        return max(min(self.end, other.end) - max(self.start, other.start), timedelta(0))


def parse_moment(text: str | None) -> tuple[datetime, bool] | None:
    """An ISO 8601 date or date-time as naive local time, and whether it had a clock time.

    The zone is dropped: claims give local times (claims.md), and the comparison is
    between claims about the same place. A year or a month alone is its first day (see
    :func:`_period_end` for the end). Anything unreadable gives None.
    """
    if not text or not isinstance(text, str):
        return None
    text = text.strip()
    try:
        if len(text) == 4:
            return datetime(int(text), 1, 1), False
        if len(text) == 7:
            return datetime(int(text[:4]), int(text[5:7]), 1), False
        if len(text) <= 10:
            return datetime.combine(date.fromisoformat(text), datetime.min.time()), False
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=None), True


def _period_end(text: str, moment: tuple[datetime, bool]) -> datetime:
    """Where a window ending at ``text`` stops: its time, else the end of the day, month or year."""
    start, timed = moment
    if timed:
        return start
    text = text.strip()
    if len(text) == 4:
        return datetime(start.year + 1, 1, 1)
    if len(text) == 7:
        return datetime(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return start + timedelta(days=1)


def span_window(span: TimeSpan | None) -> Window | None:
    """The window of a claim's time, or None when it gives no usable date."""
    if span is None:
        return None
    start, end = parse_moment(span.start), parse_moment(span.end)
    length = _PRECISION_LENGTH.get(span.precision, timedelta(days=1))
    if start is None and end is None:
        return None
    if start is None:
        assert end is not None
        stop = _period_end(span.end or "", end)
        return Window(stop - length, stop)
    begin = start[0]
    if end is None:
        return Window(begin, max(begin + length, _period_end(span.start or "", start)))
    stop = _period_end(span.end or "", end)
    if stop <= begin:
        stop = begin + length
    return Window(begin, stop)


def published_window(published: str | None) -> Window | None:
    """The stand-in for a claim without a time: the publication day and the day before.

    A report usually tells of yesterday's or today's events; ``vague`` marks the guess.
    """
    moment = parse_moment(published)
    if moment is None:
        return None
    day = moment[0].replace(hour=0, minute=0, second=0, microsecond=0)
    return Window(day - timedelta(days=1), day + timedelta(days=1), vague=True)


def claim_window(claim: Claim, published: str | None = None) -> Window | None:
    return span_window(claim.time) or published_window(published)


def windows_match(a: Window, b: Window) -> bool:
    """Whether two windows can be the time of one event.

    Short windows must overlap by half the shorter one (an overnight attack and the day
    it ends match; the day before does not). Longer windows must be of the same grain,
    overlap mostly, and end within two days (a tally updated a week later is a new one).
    """
    if a.grain != b.grain:
        return False
    shorter, longer = sorted((a.length, b.length))
    overlap = a.overlap(b)
    if a.grain == "short":
        return overlap >= shorter / 2
    return overlap >= longer * 0.6 and abs(a.end - b.end) <= timedelta(days=2)


def night_of(window: Window | None) -> str | None:
    """The night (named by its morning date) a short window belongs to, else None.

    The window's midpoint decides: from 18:00 it is the night ending the next morning,
    before noon the night ending that morning; a whole-day window ("on Thursday") is the
    night ending that day, as nightly reports carry the morning's date. An afternoon-only
    window is daytime: no night.
    """
    if window is None or window.length > timedelta(hours=36):
        return None
    mid = window.start + (window.end - window.start) / 2
    whole_day = window.start.hour == 0 and window.start.minute == 0 and window.length >= timedelta(hours=23)
    if whole_day:
        return window.start.date().isoformat()
    if mid.hour >= EVENING:
        return (mid.date() + timedelta(days=1)).isoformat()
    if mid.hour < MORNING:
        return mid.date().isoformat()
    return None


def event_day(window: Window | None) -> str | None:
    """The date an event is filed under: the morning of a night, else its first day."""
    if window is None:
        return None
    if window.grain == "short" and not window.vague:
        night = night_of(window)
        if night is not None and window.start.date() != window.end.date():
            return night
    if window.vague:
        return (window.end - timedelta(days=1)).date().isoformat()   # the publication day
    return window.start.date().isoformat()


def night_label(night: str) -> str:
    """``2025-11-16`` -> ``2025-11-15/16``."""
    try:
        morning = date.fromisoformat(night)
    except ValueError:
        return night
    evening = morning - timedelta(days=1)
    if evening.month == morning.month:
        return f"{evening.isoformat()}/{morning.day:02d}"
    return f"{evening.isoformat()}/{morning.isoformat()[5:]}"


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")
