"""Numbers as a text writes them: "176", "1,200", "some 420", "two dozen", "three million".

:func:`find_numbers` finds every number in a sentence with its value, its approximation
("some", "at least", "up to") and its character span, and leaves out what is not a count:
years, dates, clock times, ages, designations ("Su-34", "Kh-101", "Unit 4"), ordinals,
durations, distances, money and other measures. Whether a number counts drones, people
or settlements is decided later (:mod:`frontwire.extract.quantities`) from the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontwire.records import Approx

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
DOZEN = 12

_WORD = "|".join(sorted([*SMALL, *SCALES, "dozen"], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
# A number: digits with an optional scale word ("3 million", "1.5 million"), or a run of
# number words ("two hundred and fifty", "twenty-five", "two dozen", "a dozen").
NUMBER_RE = re.compile(
    rf"(?<![\w.,])(?:(?P<digits>{_DIGITS})(?:\s?(?P<scale>million|billion|thousand|mln|bn|k)\b)?"
    rf"|(?P<words>(?:(?:a|an)\s+(?=(?:hundred|thousand|million|dozen)\b))?"
    rf"(?:{_WORD})(?:(?:\s+|-|\s+and\s+)(?:{_WORD}))*)(?![\w-]*\w))",
    re.IGNORECASE,
)

APPROX_BEFORE = [
    # longest first; each maps the words just before a number to its approximation
    ("just more than", "at_least"), ("well over", "at_least"), ("well above", "at_least"),
    ("just over", "at_least"), ("more than", "at_least"), ("at least", "at_least"),
    ("no fewer than", "at_least"), ("no less than", "at_least"), ("upwards of", "at_least"),
    ("in excess of", "at_least"), ("a minimum of", "at_least"), ("over", "at_least"),
    ("above", "at_least"), ("no more than", "at_most"), ("fewer than", "at_most"),
    ("less than", "at_most"), ("just under", "at_most"), ("up to", "at_most"),
    ("at most", "at_most"), ("a maximum of", "at_most"), ("under", "at_most"),
    ("approximately", "about"), ("an estimated", "about"), ("estimated", "about"),
    ("as many as", "about"), ("close to", "about"), ("roughly", "about"), ("around", "about"),
    ("nearly", "about"), ("almost", "about"), ("about", "about"), ("some", "about"),
    ("circa", "about"), ("approx.", "about"), ("~", "about"),
]
_APPROX_RE = re.compile(
    r"(?:^|(?<=[\s(\[\"“‘'—–-]))(?P<phrase>" + "|".join(re.escape(p) for p, _ in APPROX_BEFORE)
    + r")\s*$", re.IGNORECASE)
_APPROX = dict((p.lower(), a) for p, a in APPROX_BEFORE)

MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{MONTHS})\b", re.IGNORECASE)
# What follows a number that is not a count of anything this stage records.
_MEASURE_AFTER = re.compile(
    r"^(?:\s*|-)(?:"
    r"(?:-|\s)?year-old|years?\b|yrs?\b|months?\b|weeks?\b|days?\b|nights?\b|hours?\b|hrs?\b|"
    r"minutes?\b|mins?\b|seconds?\b|decades?\b|centur(?:y|ies)\b|"
    r"a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|cet\b|et\b|o['’]clock|:\d|h\d\d|"
    r"km/h|kph\b|mph\b|km\b(?!\s*(?:2|²))|kilomet(?:er|re)s?\b|miles?\b|mi\b|met(?:er|re)s?\b|m\b|"
    r"feet\b|ft\b|kg\b|kilo(?:gram)?s?\b|grams?\b|tonnes?\b|tons?\b|pounds?\b|lbs?\b|litres?\b|"
    r"liters?\b|barrels?\b|bpd\b|degrees?\b|°|kilovolts?\b|kv\b|mw\b|gw\b|kwh\b|mwh\b|watts?\b|"
    r"megawatts?\b|gigawatts?\b|euros?\b|dollars?\b|usd\b|eur\b|roubles?\b|rubles?\b|"
    r"hryvnias?\b|uah\b|pounds sterling\b|francs?\b|bn\b|mln\b|cubic\b|storey|story\b|floors?\b|"
    r"votes?\b|seats?\b|points?\b|per\s+cent\s+of\s+(?:gdp|the\s+vote)|rounds?\b|"
    r"th\b|st\b|nd\b|rd\b|s\b(?=\s|$)|'s\b"
    r")", re.IGNORECASE)
_SQUARE_AFTER = re.compile(
    r"^\s*(?:sq\.?\s*(?:km|kilomet(?:er|re)s)|square\s+kilomet(?:er|re)s?|square\s+km|km2|km²)",
    re.IGNORECASE)
_SQUARE_MILES_AFTER = re.compile(r"^\s*(?:sq\.?\s*mi(?:les?)?|square\s+miles?)\b", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"^\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"(?:[$€£₴₽]|\b(?:usd|eur|uah|rub|us\$))\s*$", re.IGNORECASE)
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:no|nos|number|unit|units|article|block|reactor|flight|route|highway|section|"
    r"chapter|resolution|brigade|battalion|regiment|division|corps|gate|level|room|page|point|"
    r"item|line|platform|track|phase|stage|version|model|type|class|grade|order|size|"
    r"episode|season|covid|ww|world\s+war|day|project)\.?|#|№)\s*$", re.IGNORECASE)   # "on day 313 of the war"
_HYPHEN_BEFORE = re.compile(r"(?:[A-Za-zА-Яа-я]\s?[-‑/]|\d/)\s?$")   # "Su-34", "Kh-101", "136/131"
_HYPHEN_AFTER = re.compile(r"^[-‑][A-Za-z]")                # "30-minute", "12-storey", "330-kilovolt"
_RATIO_AFTER = re.compile(r"^\s*(?:times|fold)\s+(?:greater|more|higher|larger|bigger|fewer|less|lower|smaller|"
                          r"as\s+(?:many|much|large|high))\b|^-fold\b", re.IGNORECASE)
_PRONOUN_ONE_BEFORE = re.compile(
    r"\b(?:no|any|some|every|each|the|this|that|which|such|another|only|no-|someone|anyone)\s*$",
    re.IGNORECASE)
_ONE_AFTER = re.compile(r"^\s*(?:another|day\b|side\b|way\b|thing\b|time\b|hand\b|by\s+one)",
                        re.IGNORECASE)
# A four-digit number followed by one of these is a count, not a year ("2000 drones").
_COUNTED_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(?:drones|uavs|missiles|shells|bombs|rockets|people|civilians|soldiers|"
    r"troops|servicemen|prisoners|children|buildings|homes|houses|attacks|strikes|tanks|vehicles|"
    r"settlements|villages|engagements|clashes|casualties|deaths)\b", re.IGNORECASE)
_RANGE_NEXT = re.compile(rf"^\s*(?:to|-|–|—|or)\s*(?:{_DIGITS}|{_WORD})\b", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class NumberMention:
    """One number in a sentence: ``text[start:end]`` is the number itself."""

    value: int
    start: int
    end: int
    approx: Approx = "exact"
    kind: str = "count"          # count, percent or area (km²)
    approx_start: int | None = None   # where the approximation words begin, when there are any


def words_value(text: str) -> int | None:
    """The value of a run of number words: "two hundred and fifty" -> 250, "a dozen" -> 12."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    total, current, seen = 0, 0, False
    for i, w in enumerate(words):
        if w in ("a", "an"):
            current = max(current, 1)
            continue
        if w in SMALL:
            current += SMALL[w]
            seen = True
        elif w == "dozen":
            current = max(current, 1) * DOZEN
            seen = True
        elif w in SCALES:
            scale = SCALES[w]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
            seen = True
        else:
            return None
    return total + current if seen else None


def digits_value(digits: str, scale: str | None) -> int | None:
    """The integer a digit string states; None for a fraction that no scale makes whole."""
    raw = digits.replace(",", "")
    try:
        value = float(raw)
    except ValueError:
        return None
    if scale:
        value *= {"million": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
                  "thousand": 1e3, "k": 1e3}[scale.lower()]
    if value != int(value) or value > 10**12:
        return None
    return int(value)


def find_numbers(text: str) -> list[NumberMention]:
    """Every count, percentage and area a sentence states, in order of appearance."""
    out: list[NumberMention] = []
    date_ends: list[int] = []   # ends of numbers that were dates: "Feb. 4-5", "February 11 and 15"
    range_open = False          # the last number opened a range ("5-7", "between 400 and 1,000")
    for m in NUMBER_RE.finditer(text):
        start, end = m.span()
        before, after = text[max(0, start - 40):start], text[end:end + 40]
        if m.group("digits"):
            digits = m.group("digits")
            value = digits_value(digits, m.group("scale"))
            if value is None:
                continue
            if (not m.group("scale") and "," not in digits and len(digits) == 4
                    and 1900 <= value <= 2100 and not _COUNTED_AFTER.match(after)):
                date_ends.append(end)
                continue                      # a year
            if not m.group("scale") and len(digits.replace(",", "")) > 10:
                continue                      # an identifier, a phone number
        else:
            value = words_value(m.group("words"))
            if value is None:
                continue
            lowered = m.group("words").lower()
            if lowered in ("one",) and (_PRONOUN_ONE_BEFORE.search(before) or _ONE_AFTER.match(after)):
                continue                      # "no one", "the one that", "one another"
        if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
            date_ends.append(end)
            continue
        if date_ends and _RANGE_JOIN.match(text[date_ends[-1]:start]):
            date_ends.append(end)
            continue                          # the second day of "Feb. 4-5"
        if _MONEY_BEFORE.search(before) or _LABEL_BEFORE.search(before) or _HYPHEN_BEFORE.search(before):
            continue
        if _HYPHEN_AFTER.match(after) or _RATIO_AFTER.match(after) or re.match(r"[A-Za-z]{1,3}\d", after):
            continue                          # "30-minute", "17 times greater than": no count
        if after[:1] in (":",) and after[1:2].isdigit() or re.search(r"\d[:.]$", before):
            continue                          # a clock time: "08:30", "8.30"
        if before.endswith(("(", "[")) and out and out[-1].end > start - 60 and _SQUARE_MILES_AFTER.match(after):
            continue
        range_next = _RANGE_NEXT.match(after)
        if range_next:                        # "one to two hours": the unit follows the second
            after = text[end + range_next.end():end + range_next.end() + 40]
            if _MONTH_AFTER.match(after):
                date_ends.append(end)
                continue                      # the first day of "25-26 November"
        kind = "count"
        if _SQUARE_AFTER.match(after):
            kind = "area"
        elif _SQUARE_MILES_AFTER.match(after):
            continue                          # a conversion into square miles
        elif _PERCENT_AFTER.match(after):
            kind = "percent"
        elif _MEASURE_AFTER.match(after):
            continue
        approx, approx_start = "exact", None
        am = _APPROX_RE.search(before)
        if am:
            approx = _APPROX[am.group("phrase").lower()]
            approx_start = start - (len(before) - am.start("phrase"))
        if text[end:end + 1] == "+":
            approx = "at_least"
        between = re.search(r"\bbetween\s+$", before, re.IGNORECASE)
        if range_open and out and _RANGE_JOIN.match(text[out[-1].end:start]):
            approx = "at_most" if approx == "exact" else approx   # the high end of a range
            range_open = False
        elif approx == "exact" and (range_next or between):
            approx = "at_least"               # the low end of "5-7 drones", "between 400 and 1,000"
            range_open = True
        out.append(NumberMention(value, start, end, approx, kind, approx_start))
    return out
