"""Dates as pages print them: find them in a line and turn them into ISO 8601.

Pages print publication times in many shapes: "November 16, 2025 3:34 am",
"Fri, Feb 27 2026", "27 Feb 2026", "Friday, 27 February 2026, 17:07",
"04/02/2026 - 06:59", "February 27, 2026 03:55 PM GMT+03:00", "9:42 AM EET, March 8, 2026",
"2026-02-27T10:00:00Z". :func:`find_dates` finds them all in a line, with their time of day
and zone where the line gives them; :meth:`DateMatch.iso` writes a date
(``2026-02-27``), or a date-time with its offset (``2026-02-27T15:55:00+03:00``) only when
the page gives both the time of day and the zone, as the contract asks.

A numeric date like 04/02/2026 is read as day/month or month/day, whichever lies closest
before the reference date (when the page was retrieved) if one is given.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
# Ukrainian and Russian pages print the month in the genitive ("27 лютого 2026", "27 февраля 2026")
CYRILLIC_MONTHS = {
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
    "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
MONTHS.update(CYRILLIC_MONTHS)

# Fixed offsets of the zone abbreviations news pages print. "ET", "CT", "MT", "PT" follow
# US daylight saving time, "UK" time follows the British one (see _us_offset, _uk_offset).
ZONES = {
    "UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00", "WET": "+00:00", "BST": "+01:00",
    "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00",
    "TRT": "+03:00", "AST": "+03:00", "GST": "+04:00", "IST": "+05:30", "PKT": "+05:00",
    "CST": "-06:00", "CDT": "-05:00", "EST": "-05:00", "EDT": "-04:00", "MST": "-07:00",
    "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "JST": "+09:00", "KST": "+09:00",
    "AEST": "+10:00", "AEDT": "+11:00", "HKT": "+08:00", "SGT": "+08:00",
}
_US_ZONES = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}

_MONTH = r"(?P<{0}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|" + "|".join(CYRILLIC_MONTHS) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_ZONE = (r"(?P<zone>(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|"
         + "|".join(sorted((z for z in ZONES if z != "Z"), key=len, reverse=True))
         + r"|ET|CT|MT|PT)(?![A-Za-z])")
_TIME = (r"(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
         r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?(?:\s*\(?" + _ZONE + r"\)?)?")

_DATE_FORMS = [
    # 2026-02-27, 2026-02-27T10:00:00Z, 2025-12-23T15:04:00.335119
    r"(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"(?:[T ](?P<ih>\d{2}):(?P<imin>\d{2})(?::(?P<isec>\d{2})(?:\.\d+)?)?\s*(?P<iz>Z|[+-]\d{2}:?\d{2})?)?",
    # November 16, 2025 / Nov. 15, 2025 / Fri, Feb 27 2026
    _WEEKDAY + _MONTH.format("m1") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d{2})",
    # 27 Feb 2026 / Friday, 27 February 2026 / 27th of February, 2026
    _WEEKDAY + r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.format("m2") + r",?\s+(?P<y2>(?:19|20)\d{2})",
    # 04/02/2026, 4.2.2026
    r"(?P<n1>\d{1,2})[/.](?P<n2>\d{1,2})[/.](?P<y3>(?:19|20)\d{2})",
]
_DATE = re.compile(r"(?<![\w/.-])(?:" + "|".join(f"(?:{f})" for f in _DATE_FORMS) + r")(?![\w/-])", re.I)
# a time of day right after the date: "…, 2026 3:34 am", "… 2026, 17:07", "… 2026 - 06:59", "… 2026 at 4:50 AM CST"
_TIME_AFTER = re.compile(r"\s*(?:,|-|–|—|\||at|@)?\s*(?:at\s+)?" + _TIME + r"(?![\d])", re.I)
# a time of day right before it: "9:42 AM EET, March 8, 2026"
_TIME_BEFORE = re.compile(_TIME + r"\s*(?:,|on|-|–|\|)?\s*$", re.I)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a line; ``time`` and ``offset`` when the page gives them."""

    start: int
    end: int
    date: dt.date
    time: dt.time | None = None
    offset: str | None = None      # "+03:00"

    def iso(self) -> str:
        """A date, or a date-time with its zone when both time and zone are known."""
        if self.time is not None and self.offset is not None:
            return f"{self.date.isoformat()}T{self.time.strftime('%H:%M:%S')}{self.offset}"
        return self.date.isoformat()


def find_dates(line: str, reference: dt.date | None = None) -> list[DateMatch]:
    """Every date printed in ``line``, left to right, with time of day and zone if given."""
    found: list[DateMatch] = []
    for m in _DATE.finditer(line):
        day = _day(m, reference)
        if day is None:
            continue
        time = offset = None
        end = m.end()
        if m.group("ih") is not None:
            time = dt.time(int(m.group("ih")), int(m.group("imin")), int(m.group("isec") or 0))
            if m.group("iz"):
                offset = _offset(m.group("iz"), day)
        else:
            after = _TIME_AFTER.match(line, m.end())
            before = _TIME_BEFORE.search(line[max(0, m.start() - 40):m.start()])
            tm = after or before
            if tm is not None:
                parsed = _time(tm)
                if parsed is not None:
                    time = parsed
                    offset = _offset(tm.group("zone"), day) if tm.group("zone") else None
                    if tm is after:
                        end = tm.end()
        found.append(DateMatch(m.start(), end, day, time, offset))
    return found


def parse_date(text: str | None, reference: dt.date | None = None) -> DateMatch | None:
    """The first date in ``text`` (a record field such as ``published``), else None."""
    if not text or not isinstance(text, str):
        return None
    dates = find_dates(text.strip(), reference)
    return dates[0] if dates else None


def _day(m: re.Match, reference: dt.date | None) -> dt.date | None:
    g = m.groupdict()
    try:
        if g["iy"]:
            return dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["m1"]:
            return dt.date(int(g["y1"]), MONTHS[g["m1"].lower().rstrip(".")], int(g["d1"]))
        if g["m2"]:
            return dt.date(int(g["y2"]), MONTHS[g["m2"].lower().rstrip(".")], int(g["d2"]))
    except (ValueError, KeyError):
        return None
    a, b, year = int(g["n1"]), int(g["n2"]), int(g["y3"])
    options = []
    for day, month in ((a, b), (b, a)):      # day/month first: most of the world writes it so
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            pass
    if not options:
        return None
    if reference is not None and len(options) == 2:
        # the reading that lies on or before the reference date, and closest to it
        before = [d for d in options if d <= reference + dt.timedelta(days=1)]
        if before:
            return max(before)
    return options[0]


def _time(m: re.Match) -> dt.time | None:
    hour, minute = int(m.group("hour")), int(m.group("minute"))
    second = int(m.group("second") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    if not ampm and m.group("zone") is None and "." in m.group(0)[:3]:
        return None          # "4.2" is more likely a number than a time
    return dt.time(hour, minute, second)


def _offset(zone: str, day: dt.date) -> str | None:
    z = zone.strip().upper().replace(" ", "")
    if z in ZONES:
        return ZONES[z]
    if z in _US_ZONES:
        hours = _US_ZONES[z] + (1 if _us_dst(day) else 0)
        return f"{'+' if hours >= 0 else '-'}{abs(hours):02d}:00"
    m = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", z)
    if m:
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours <= 14 and minutes < 60:
            return f"{m.group(1)}{hours:02d}:{minutes:02d}"
    return None


def _us_dst(day: dt.date) -> bool:
    """US daylight saving time: second Sunday of March to first Sunday of November."""
    march = dt.date(day.year, 3, 8)
    start = march + dt.timedelta(days=(6 - march.weekday()) % 7)
    november = dt.date(day.year, 11, 1)
    end = november + dt.timedelta(days=(6 - november.weekday()) % 7)
    return start <= day < end


_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>20\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?!\d)|"
    r"(?<![\d])(?P<y2>20\d{2})(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?=[-_/])|"
    r"(?<!\d)(?P<y3>20\d{2})/(?P<m3>[a-z]{3,9})/(?P<d3>\d{1,2})(?!\d)")      # /2026/feb/04/


def url_date(url: str | None) -> dt.date | None:
    """The publication date many sites put in the article's address (``/2026/02/27/``)."""
    if not url:
        return None
    path = url.split("://", 1)[-1].split("?", 1)[0]
    path = path.split("/", 1)[1] if "/" in path else ""
    for m in _URL_DATE.finditer(path):
        if m.group("y3"):
            month = MONTHS.get(m.group("m3").lower())
            if month is None:
                continue
            y, mo, d = m.group("y3"), month, m.group("d3")
        else:
            y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (
                m.group("y2"), m.group("m2"), m.group("d2"))
        try:
            return dt.date(int(y), int(mo), int(d))
        except ValueError:
            continue
    return None


_AGO = re.compile(r"^\W*(?P<n>\d{1,3}|an?|one)\s*(?P<unit>m|mins?|minutes?|h|hrs?|hours?|d|days?)\.?\s+ago\b", re.I)
_UNIT_MINUTES = {"m": 1, "h": 60, "d": 1440}


def ago(line: str) -> dt.timedelta | None:
    """How long before the page was fetched a line says it was published: "23 hours ago"."""
    m = _AGO.match(line)
    if not m:
        return None
    n = 1 if not m.group("n").isdigit() else int(m.group("n"))
    unit = m.group("unit").lower()
    return dt.timedelta(minutes=n * _UNIT_MINUTES["m" if unit.startswith("mi") or unit == "m" else unit[0]])


def moment(value: str | None) -> dt.datetime | None:
    """A record's time stamp ("2026-02-28T02:35:17.46+00:00") as an aware date-time, None
    without a time of day and a zone."""
    found = parse_date(value)
    if found is None or found.time is None or found.offset is None:
        return None
    sign = 1 if found.offset[0] == "+" else -1
    hours, minutes = int(found.offset[1:3]), int(found.offset[4:6])
    zone = dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    return dt.datetime.combine(found.date, found.time, zone)
