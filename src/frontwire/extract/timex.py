"""Time: when a claim's event happened, as a window resolved against the publication date.

Handled: "overnight" (18:00 the evening before to 09:00, claims.md section 6), "overnight
into Sunday", "on the night of Feb. 15", "this morning", weekdays ("Sunday" is the most
recent Sunday on or before publication), "today", "yesterday", dates ("Feb. 4",
"February 21, 2026", "4 February", "Jan. 23-24", "between February 11 and 15"), months
("in January", "last month"), weeks ("last week", "over the past week"), "over the past
24 hours", years ("this year", "in 2023"), running tallies ("since the start of the war" ->
from 2022-02-24), and a few future forms ("tomorrow", "in the coming days", "early March").

The day a statement was made is not the event's time (claims.md section 6): a weekday or
date right beside a reporting verb ("said Sunday", "on Tuesday said") is skipped.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from frontwire.records import TimeSpan

WAR_START = date(2022, 2, 24)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9

_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAYPART = r"(?:morning|afternoon|evening|night)"
_SPEECH = (r"(?:said|says|say|told|tells|added|wrote|posted|reported|announced|stated|claimed|confirmed|"
           r"noted|warned|estimated|declared|insisted)")

PATTERNS: list[tuple[str, re.Pattern]] = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in [
    ("night_of", rf"\b(?:on\s+)?the\s+night\s+of\s+(?P<d1>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\s+(?P<mon>{_MON})"
                 rf"|\b(?:on\s+)?the\s+night\s+of\s+(?P<mon2>{_MON})\s+(?P<d3>\d{{1,2}})(?:\s*[-–]\s*(?P<d4>\d{{1,2}}))?"),
    ("overnight_date", rf"\bovernight\s+(?:on|of)\s+(?P<mon>{_MON})\s+(?P<d1>\d{{1,2}})"
                       rf"(?:,?\s*(?:to|-|–|into)\s*(?:{_MON}\s+)?\d{{1,2}})?(?:,?\s+(?P<year>20\d\d))?"),
    ("overnight_into", rf"\bovernight\s+(?:into|to|on|before)\s+(?P<wd>{_WD}|today|yesterday)(?:\s+(?P<part>morning))?"),
    # the small hours belong to the night before: "in the early hours of Thursday", "early Monday"
    ("early_hours", rf"\b(?:in\s+the\s+)?early\s+hours\s+(?:of\s+|on\s+)?(?P<wd>{_WD}|today)(?:\s+morning)?"
                    rf"|\bearly\s+(?:on\s+)?(?P<wd2>{_WD})(?:\s+morning)?\b(?!\s+(?:afternoon|evening|night))"
                    rf"|\b(?:before\s+dawn|pre-?dawn)\s+(?:on\s+)?(?P<wd3>{_WD})\b"
                    rf"|\b(?P<wd4>{_WD})['’]s\s+pre-?dawn\b"
                    r"|\b(?:in\s+)?the\s+early\s+hours(?:\s+of\s+(?:the\s+|this\s+)?morning)?\b"
                    r"|\bearly\s+(?:this|today['’]?s?)\s+morning\b"),
    ("overnight", r"\b(?:overnight|last\s+night|tonight|through\s+the\s+night|during\s+the\s+night)\b"),
    ("since_war", r"\bsince\s+(?:the\s+(?:start|beginning|outset)\s+of\s+(?:the\s+|russia['’]s\s+)?"
                  r"(?:full[-\s]scale\s+)?(?:war|invasion)|(?:the\s+)?(?:russia['’]s\s+)?(?:full[-\s]scale\s+)?invasion"
                  r"(?:\s+(?:began|started|of\s+ukraine))?"
                  r"|february\s+2022|feb\.?\s+24,?\s+2022)\b(?:\s+in\s+(?:february\s+)?2022)?"),
    ("since_year", r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:this\s+year|(?P<year>20\d\d))\b"),
    ("since_month", rf"\bsince\s+(?:the\s+(?P<edge>start|beginning|end)\s+of\s+|(?P<mid>mid-?))(?P<mon>{_MON})"),
    ("past_day", r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:24\s+hours|day)\b"),
    ("past_week", r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|seven\s+days)\b|\bduring\s+the\s+week\b"),
    ("recent_weeks", r"\b(?:in|over)\s+(?:recent|the\s+past\s+few|the\s+last\s+few)\s+weeks\b"),
    ("this_part", rf"\b(?:this|early\s+this)\s+(?P<part>{_DAYPART})\b"),
    ("wd_part", rf"\b(?:on\s+)?(?P<wd>{_WD})(?:['’]s)?\s+(?P<part>{_DAYPART})\b"),
    ("date_range", rf"\b(?:between\s+)?(?P<mon>{_MON})\s+(?P<d1>\d{{1,2}})\s*(?:[-–]|and|to)\s*(?P<d2>\d{{1,2}})\b(?!\s*{_MON})"),
    ("date_md", rf"\b(?:on\s+)?(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>20\d\d))?"),
    ("date_dm", rf"\b(?:on\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<year>20\d\d))?\b"),
    ("weekday", rf"\b(?:on\s+|last\s+)?(?P<wd>{_WD})(?:['’]s)?\b"),
    ("today", r"\b(?P<w>today|yesterday|tomorrow)(?:['’]s)?\b"),
    ("early_month", rf"\b(?:in\s+)?(?P<edge>early|mid|late)[-\s](?P<mon>{_MON})\b(?:,?\s+(?P<year>20\d\d)\b)?"),
    ("month_year", rf"\bin\s+(?P<mon>{_MON})\s+(?P<year>20\d\d)\b"),
    ("month", rf"\b(?:in|during|since|by|through|last)\s+(?P<mon>january|february|march|april|june|july|august|"
              rf"september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)(?!\s+\d)\b"),
    ("rel_month", r"\b(?P<which>last|this|earlier\s+this|later\s+this|next)\s+month\b"),
    ("rel_week", r"\b(?P<which>last|this|earlier\s+this|next)\s+week\b"),
    ("coming_days", r"\b(?:in|over)\s+the\s+(?:coming|next)\s+(?:few\s+)?days\b"),
    ("late_last_year", r"\b(?P<edge>late|early)\s+last\s+year\b"),
    ("rel_year", r"\b(?P<which>this|last)\s+year\b"),
    ("in_year", r"\b(?P<since>in|since)\s+(?P<year>20[12]\d)\b"),
    ("so_far", r"\b(?:so\s+far|to\s+date|thus\s+far)\b"),      # a running tally
    ("now", r"\b(?:currently|at\s+present|as\s+of\s+now)\b"),   # a state on the day of publication
]]


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    span: TimeSpan


def publication_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        try:
            return datetime.fromisoformat(published).date()
        except ValueError:
            return None


def _last_weekday(pub: date, name: str, future: bool = False) -> date:
    """The weekday ``name`` on or before publication; for a plan, on or after it."""
    target = WEEKDAYS.index(name.lower())
    if future:
        return pub + timedelta(days=(target - pub.weekday()) % 7)
    return pub - timedelta(days=(pub.weekday() - target) % 7)


def _month_of(pub: date, month: int, year: str | None = None, future: bool = False) -> int:
    """The year of a month named without one: the last such month, or the next for a plan."""
    if year:
        return int(year)
    if future:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _day(d: date) -> tuple[str, str]:
    return d.isoformat(), d.isoformat()


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _resolve(name: str, m: re.Match, pub: date, future: bool = False
             ) -> tuple[str | None, str | None, str] | None:
    """``(start, end, precision)`` of a matched expression; ``future`` for a planned event."""
    g = m.groupdict()
    if name == "night_of":
        mon = MONTHS[(g["mon"] or g["mon2"]).lower().rstrip(".")]
        d1 = int(g["d1"] or g["d3"])
        first = _safe_date(_month_of(pub, mon, None, future), mon, d1)
        if first is None:
            return None
        return f"{first.isoformat()}T18:00", f"{(first + timedelta(days=1)).isoformat()}T09:00", "part_of_day"
    if name == "overnight_date":
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        first = _safe_date(_month_of(pub, mon, g.get("year"), future), mon, int(g["d1"]))
        if first is None:
            return None
        return f"{first.isoformat()}T18:00", f"{(first + timedelta(days=1)).isoformat()}T09:00", "part_of_day"
    if name == "early_hours":
        wd = g.get("wd") or g.get("wd2") or g.get("wd3") or g.get("wd4")
        end_day = pub if wd is None or wd.lower() == "today" else _last_weekday(pub, wd.lower(), future)
        return f"{(end_day - timedelta(days=1)).isoformat()}T18:00", f"{end_day.isoformat()}T09:00", "part_of_day"
    if name == "so_far":
        return WAR_START.isoformat(), pub.isoformat(), "day"
    if name in ("overnight", "overnight_into"):
        end_day = pub
        wd = g.get("wd")
        if wd:
            low = wd.lower()
            end_day = (pub if low == "today" else pub - timedelta(days=1) if low == "yesterday"
                       else _last_weekday(pub, low, future))
        return f"{(end_day - timedelta(days=1)).isoformat()}T18:00", f"{end_day.isoformat()}T09:00", "part_of_day"
    if name == "since_war":
        return WAR_START.isoformat(), pub.isoformat(), "day"
    if name == "since_year":
        year = int(g["year"]) if g.get("year") else pub.year
        return date(year, 1, 1).isoformat(), pub.isoformat(), "day"
    if name == "since_month":
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        year = _month_of(pub, mon, None, future)
        day = 1 if g.get("edge") in ("start", "beginning") else 15 if g.get("mid") is not None else \
            calendar.monthrange(year, mon)[1]
        return date(year, mon, day).isoformat(), pub.isoformat(), "week"
    if name == "past_day":
        return (pub - timedelta(days=1)).isoformat(), pub.isoformat(), "day"
    if name == "past_week":
        return (pub - timedelta(days=7)).isoformat(), pub.isoformat(), "week"
    if name == "recent_weeks":
        return (pub - timedelta(days=21)).isoformat(), pub.isoformat(), "week"
    if name in ("this_part", "wd_part"):
        day = pub if name == "this_part" else _last_weekday(pub, g["wd"], future)
        part = g["part"].lower()
        if part == "night":
            return f"{(day - timedelta(days=1)).isoformat()}T18:00", f"{day.isoformat()}T09:00", "part_of_day"
        hours = {"morning": ("06:00", "12:00"), "afternoon": ("12:00", "18:00"), "evening": ("18:00", "23:59")}[part]
        return f"{day.isoformat()}T{hours[0]}", f"{day.isoformat()}T{hours[1]}", "part_of_day"
    if name == "date_range":
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        year = _month_of(pub, mon, None, future)
        a, b = _safe_date(year, mon, int(g["d1"])), _safe_date(year, mon, int(g["d2"]))
        if a is None or b is None or b < a:
            return None
        return a.isoformat(), b.isoformat(), "day"
    if name in ("date_md", "date_dm"):
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        d = _safe_date(_month_of(pub, mon, g.get("year"), future), mon, int(g["d"]))
        return (*_day(d), "day") if d else None
    if name == "weekday":
        return (*_day(_last_weekday(pub, g["wd"], future)), "day")
    if name == "today":
        w = g["w"].lower()
        d = pub if w == "today" else pub - timedelta(days=1) if w == "yesterday" else pub + timedelta(days=1)
        return (*_day(d), "day")
    if name == "early_month":
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        ahead = (mon - pub.month) % 12           # "early March" in February is ahead, "mid-November" past
        year = _month_of(pub, mon, g.get("year"), future or 0 < ahead <= 2)   # "late February 2024": that year
        last = calendar.monthrange(year, mon)[1]
        lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}[g["edge"].lower()]
        return date(year, mon, lo).isoformat(), date(year, mon, hi).isoformat(), "month"
    if name in ("month", "month_year"):
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        year = _month_of(pub, mon, g.get("year"), future)
        return date(year, mon, 1).isoformat(), date(year, mon, calendar.monthrange(year, mon)[1]).isoformat(), "month"
    if name == "rel_month":
        which = g["which"].lower()
        first = pub.replace(day=1)
        if which == "last":
            first = (first - timedelta(days=1)).replace(day=1)
        elif which == "next":
            first = (first + timedelta(days=32)).replace(day=1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return first.isoformat(), (min(last, pub) if which.endswith("this") and "later" not in which else last).isoformat(), "month"
    if name == "rel_week":
        which = g["which"].lower()
        monday = pub - timedelta(days=pub.weekday())
        if which == "last":
            monday -= timedelta(days=7)
        elif which == "next":
            monday += timedelta(days=7)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week"
    if name == "coming_days":
        return pub.isoformat(), (pub + timedelta(days=7)).isoformat(), "week"
    if name == "late_last_year":
        y = pub.year - 1
        return (f"{y}-10-01", f"{y}-12-31", "month") if g["edge"].lower() == "late" else (f"{y}-01-01", f"{y}-03-31", "month")
    if name == "rel_year":
        y = pub.year if g["which"].lower() == "this" else pub.year - 1
        return f"{y}-01-01", (pub.isoformat() if y == pub.year else f"{y}-12-31"), "year"
    if name == "in_year":
        y = int(g["year"])
        if y > pub.year:
            return None
        if g["since"].lower() == "since":      # "held since 2022": up to now
            return f"{y}-01-01", pub.isoformat(), "year"
        return f"{y}-01-01", f"{y}-12-31", "year"
    if name == "now":
        return (*_day(pub), "day")
    return None


_SUPERLATIVE_BEFORE = re.compile(r"\b(?:\w{3,}est|most|biggest|largest|worst|first|only|last)\b[^.;:]{0,70}$",
                                 re.IGNORECASE)


def _is_speech_time(text: str, start: int, end: int) -> bool:
    """Whether a time expression dates the statement: "said Sunday", "on Tuesday said"."""
    before = text[max(0, start - 25):start]
    after = text[end:end + 25]
    return bool(re.search(rf"\b{_SPEECH}\s*$", before, re.IGNORECASE)
                or re.match(rf"^\s*,?\s*(?:that\s+)?{_SPEECH}\b", after, re.IGNORECASE)
                or re.match(r"^\s+(?:he|she|it|they)\s+" + _SPEECH, after, re.IGNORECASE))


def find_times(text: str, published: str | None, future: bool = False) -> list[_Found]:
    """Every time expression of a sentence that dates an event, in order (``future``: of a
    planned event, so "Thursday" is the next Thursday)."""
    pub = publication_date(published)
    taken: list[tuple[int, int]] = []
    out: list[_Found] = []
    for name, rx in PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            if name in ("weekday", "date_md", "date_dm", "today", "wd_part", "early_hours") and \
                    _is_speech_time(text, s, e):
                continue
            if name.startswith("since") and _SUPERLATIVE_BEFORE.search(text[max(0, s - 80):s]):
                continue                      # "the heaviest attack since the start of the war": a record, not a time
            phrase = text[s:e].strip()
            if pub is None:
                precision = "part_of_day" if "night" in name else "day"
                out.append(_Found(s, e, TimeSpan(phrase, None, None, precision)))
                continue
            resolved = _resolve(name, m, pub, future)
            if resolved is None:
                continue
            out.append(_Found(s, e, TimeSpan(phrase, *resolved)))
    out.sort(key=lambda f: f.start)
    return out


def event_time(text: str, published: str | None, near: int | None = None, future: bool = False,
               within: tuple[int, int] | None = None,
               outside: tuple[tuple[int, int], ...] = ()) -> TimeSpan | None:
    """The time of the event a sentence reports: an expression inside ``within`` (the
    character span of the event's clause) if there is one, else the one nearest ``near``
    (a character offset, the event's word), else the first. Expressions inside ``outside``
    (clauses about something else: "Russia, which annexed Crimea in 2014, fired ...") are
    not the event's."""
    found = [f for f in find_times(text, published, future)
             if not any(a <= f.start and f.end <= b for a, b in outside)]
    if not found:
        return None
    if within is not None:
        inside = [f for f in found if within[0] <= f.start and f.end <= within[1]]
        found = inside or found
    if near is None:
        return found[0].span
    return min(found, key=lambda f: min(abs(f.start - near), abs(f.end - near))).span


HISTORY_DAYS = 400       # an event this long before publication is history, not news


def is_history(time: TimeSpan | None, published: str | None) -> bool:
    """Whether a claim's time lies well before the page's publication (claims.md section 2:
    no history older than the war's current phase): "In September 2022" on a page of 2026.
    A running tally ("since the start of the war", from 2022-02-24) is not history."""
    pub = publication_date(published)
    if time is None or pub is None or not time.end or (time.start or "").startswith(WAR_START.isoformat()):
        return False
    try:
        end = date.fromisoformat(time.end[:10])
    except ValueError:
        return False
    return end < pub - timedelta(days=HISTORY_DAYS)
