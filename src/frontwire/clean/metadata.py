"""Step 4: the article's metadata from the lines around its start.

Pages print their metadata in a header block just before the story: the headline, a
byline ("By Samya Kullab, The Associated Press"), the publication and update times
("Published On 27 Feb 2026", "Last Updated November 16, 2025 10:26 am."). The story
itself may open with a wire dateline ("KYIV, Ukraine (AP) —"). Each function here reads one
of these from the lines and the body start that :mod:`frontwire.clean.classify` found.

- :func:`find_title`: the headline as the page prints it, or None;
- :func:`find_dates`: publication and update dates printed in the header block;
- :func:`find_byline`, :func:`find_agency`, :func:`find_dateline`;
- :func:`detect_language`: ISO 639-1 code from function words and letters.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import unquote, unquote_plus, urlsplit

from frontwire.clean import dates as dates_mod
from frontwire.clean import lexicon
from frontwire.clean.features import LineFeatures, dateline as dateline_of, place_shaped, word_count
from frontwire.clean.lines import Line, normalise

# --- title -----------------------------------------------------------------------------

_SITE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s+::\s+")
_DATE_PREFIX = re.compile(r"^(?:date:?\s*)?(?:19|20)\d{2}-\d{2}-\d{2}(?:[T ][\d:.+Z-]+)?\s+", re.I)
_SHARE_TEXT = re.compile(
    r"(?:twitter\.com/intent/tweet|x\.com/intent/(?:tweet|post)|api\.whatsapp\.com/send|wa\.me/|"
    r"telegram\.me/share/url|t\.me/share/url)\?[^\s)]*?\btext=(?P<text>[^&)\"\n<>]{10,400})", re.I)
_BOLD_HEAD = re.compile(r"^\*\*(?P<text>[^*]{10,300})\*\*")
_URL_IN_TEXT = re.compile(r"\s*[-–|:]?\s*(?:https?://|www\.)\S*\s*$")
_SKIP_LINKS = re.compile(r"(?:\s+skip to (?:main )?(?:content|navigation|search|footer))+\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    index: int | None       # the line it was found on (None: from a share link)


def title_candidates(head: Sequence[Line], lines: Sequence[Line] = (),
                     feats: Sequence[LineFeatures] | None = None) -> list[tuple[str, int | None]]:
    """Texts that may be the headline: lines of the header block (minus site suffixes), and
    the texts of share links anywhere on the page (a "tweet this" link carries the headline).
    With ``feats``, lines too short or too long for a headline are passed over.
    """
    out: list[tuple[str, int | None]] = []
    for line in head:
        if feats is not None:
            f = feats[line.index]
            if (not 3 <= f.words <= 60 or f.link or f.boilerplate or f.box_header or f.date_only or f.timestamp
                    or f.bullet):      # "* Russia demands ...": a summary point under the headline
                continue
        text = _DATE_PREFIX.sub("", line.text).strip() if line.text[:1] in "dD12" else line.text
        text = _SKIP_LINKS.sub("", text) if "kip to" in text else text
        text = without_breadcrumb(text) if text[:4].lower() in ("home", "main") else text
        bare = without_site_name(text)
        if bare != text and line.index == 0:
            out.append((bare, line.index))     # first: on a tie the page title without the site wins
        out.append((text, line.index))
        if bare != text and line.index != 0:
            out.append((bare, line.index))     # a headline on the page keeps its "— MoD" on a tie
        bold = _BOLD_HEAD.match(text)
        if bold:
            out.append((bold.group("text").strip(), line.index))     # "**Headline** **Standfirst**"
    for line in lines:
        if "text=" not in line.text:
            continue
        for m in _SHARE_TEXT.finditer(line.text):
            shared = unquote_plus(m.group("text")) if "%" in m.group("text") or "+" in m.group("text") \
                else m.group("text")
            shared = _URL_IN_TEXT.sub("", shared).strip(" -–|:")
            out.append((shared, None))
    return out


def without_site_name(text: str) -> str:
    """A page title without the site's name: "Headline | News | kten.com" -> "Headline"."""
    while True:
        if not any(sep in text for sep in (" | ", " - ", " – ", " — ", " :: ", "\xa0")):
            return text
        parts = _SITE_SEPARATOR.split(text)
        if len(parts) < 2 or not parts[-1].strip() or word_count(parts[-1]) > 5:
            return text
        shorter = text[:text.rfind(parts[-1])].rstrip().rstrip("|–—-:").rstrip()
        if len(shorter) >= len(text) or not shorter:
            return text
        text = shorter


# A breadcrumb glued to the headline: "Home › World › Europe › Headline", or with the section
# links run together when the markup was flattened, "Home WorldEurope Headline".
_CRUMB_MARKED = re.compile(r"(?i:home|main|main page|homepage)\s*[›»>/|•·]\s*(?:[^›»>/|•·]{1,30}?\s*[›»>/|•·]\s*){0,4}")
_CRUMB_GLUED = re.compile(r"(?i:home|main)\s+(?:[A-Z][a-z]+(?:[A-Z][a-z]+)+\s+){1,3}(?=\S)")


def without_breadcrumb(text: str) -> str:
    """A headline without the breadcrumb printed on its line (see _CRUMB_MARKED, _CRUMB_GLUED);
    "Home Office accused of ..." is a headline, and stays."""
    for pattern in (_CRUMB_MARKED, _CRUMB_GLUED):
        m = pattern.match(text)
        if m and word_count(text[m.end():]) >= 3:
            return text[m.end():]
    return text


def url_words(url: str | None) -> set[str]:
    """Words of the address's last meaningful path segment (the slug)."""
    if not url:
        return set()
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return set()
    segments = [s for s in path.split("/") if s]
    slug = max(segments, key=lambda s: s.count("-") + s.count("_"), default="")
    words = {w for w in re.split(r"[-_.\s]+", slug.lower()) if w and not w.isdigit() and len(w) > 1}
    return words if len(words) >= 3 else set()


def find_title(lines: Sequence[Line], feats: Sequence[LineFeatures], body_first: int | None,
               url: str | None = None) -> Title | None:
    """The headline, looked for in the header block before the body (None if not printed)."""
    stop = body_first if body_first is not None else min(len(lines), 200)
    head = lines[:stop]
    slug = url_words(url)
    first_key = ""
    if lines:
        first = _DATE_PREFIX.sub("", lines[0].text)
        bare = without_site_name(first)
        if bare != first:
            first_key = normalise(bare)
    best: tuple[float, str, int | None] | None = None
    seen: dict[int, bool] = {}      # a line is looked at under several candidates

    def byline_or_date(j: int) -> bool:
        if j not in seen:
            text = lines[j].text
            seen[j] = bool(feats[j].date_only or _BYLINE.match(text) or text == "By" or _STAMP.fullmatch(text)
                           or name_and_date(text))
        return seen[j]

    for text, idx in title_candidates(head, lines, feats):
        n = feats[idx].words if idx is not None and text == lines[idx].text else word_count(text)
        if (not 3 <= n <= 30 or re.search(r"https?://|www\.|\]\(", text) or text.endswith((".", ":", ","))
                or _BYLINE.match(text)):
            continue
        f = feats[idx] if idx is not None else None
        if f is not None and (f.boilerplate or f.box_header or f.date_only or f.timestamp
                              or f.caption and not _before_credit(lines, feats, idx)):
            continue
        key = normalise(text)
        words = set(key.split())
        score = 0.0
        if slug:
            score += 3.0 * len(words & slug) / len(slug)
        if first_key and key == first_key and idx != 0:
            score += 2.0        # the headline above the story repeats the page's <title>
        if idx is not None:
            if any(byline_or_date(j) for j in range(idx + 1, min(idx + 5, len(lines)))):
                score += 1.5    # a byline or a date follows a headline
            if body_first is not None and 0 < body_first - idx <= 25:
                score += 1.0
            if idx == 0 and _SITE_SEPARATOR.search(lines[0].text):
                score += 0.5
            if f is not None and f.cap_ratio >= 0.7 and not f.ends_sentence:
                score += 0.25
        else:
            score += 0.5
        if n <= 4:
            score -= 0.75      # "Down Arrow Button Icon", "Europe Politics": labels, not headlines
        if best is None or score > best[0]:
            best = (score, text, idx)
    if best is None or best[0] < 1.5:
        return None
    return Title(best[1], best[2])


# a time stamp without the year under a headline: "27 APR, 10:21", "April 27, 10:21"
_STAMP_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_STAMP = re.compile(r"(?:\d{1,2} " + _STAMP_MONTH + r"|" + _STAMP_MONTH + r" \d{1,2}),? \d{1,2}:\d{2}", re.I)


def _before_credit(lines: Sequence[Line], feats: Sequence[LineFeatures], idx: int) -> bool:
    """A headline above a credit-like byline ("Nico GARCIA in Kyiv AFP") reads as a caption."""
    return (idx + 1 < len(lines) and feats[idx + 1].credit and not re.search(r"[.\]\)]$", lines[idx].text)
            and not _PHOTO_CREDIT.search(lines[idx + 1].text))


_PHOTO_CREDIT = re.compile(r"getty|photo|images|shutterstock|/", re.I)


# --- dates -----------------------------------------------------------------------------

_UPDATED = re.compile(r"\b(?:updated?|modified|edited|revised)\b", re.I)
_KEYWORD_HINTS = ("ublish", "osted", "ssued", "pdated", "odified", "UBLISH", "OSTED", "PDATED")
_DATE_KEYWORD = re.compile(r"\b(?:published|posted|issued|updated|modified|first published)\b", re.I)


@dataclass(frozen=True, slots=True)
class PageDates:
    published: dates_mod.DateMatch | None
    updated: dates_mod.DateMatch | None


def find_dates(lines: Sequence[Line], feats: Sequence[LineFeatures], start: int, stop: int,
               reference: dt.date | None = None, skip: int | None = None) -> PageDates:
    """Publication and update dates printed in lines ``start..stop`` (the header block).

    Beyond the block, lines that say "Published" or "Updated" count too. Captions, the
    headline itself (line ``skip``: "Frontline update February 26 2026") and relative times
    ("6 hrs ago") do not.
    """
    published = updated = None
    for i, line in enumerate(lines[:stop + 5]):
        if i == skip:
            continue
        in_block = start <= i < stop
        if not in_block and not (len(line.text) < 120 and any(k in line.text for k in _KEYWORD_HINTS)
                                 and _DATE_KEYWORD.search(line.text)):
            continue
        if feats[i].caption or feats[i].words > 40:
            continue
        for m in dates_mod.find_dates(line.text, reference):
            if not _plausible(m.date, reference):
                continue
            before = line.text[max(0, m.start - 30):m.start]
            prev = lines[i - 1].text if i else ""
            is_update = bool(_UPDATED.search(before)) or (
                not _DATE_KEYWORD.search(before) and bool(_UPDATED.fullmatch(prev.strip(" :"))))
            if "Issued on" in before or "Published" in before or "Posted" in before:
                is_update = False
            if is_update:
                updated = updated or m
            else:
                published = published or m
    return PageDates(published, updated)


def _plausible(day: dt.date, reference: dt.date | None) -> bool:
    if day.year < 1995:
        return False
    if reference is not None and day > reference + dt.timedelta(days=2):
        return False
    return True


# --- byline, agency, dateline ------------------------------------------------------------

_BYLINE = re.compile(r"^(?:by|written by|words by|reporting by)[:\s]+(?P<name>[A-Z][^\n]{1,150})$", re.I)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.\-]*|and|with|in|of|de|da|van|von|der|al|bin|la|le|&|,)$")
_CAPITALISED = re.compile(r"(?:^|\s)[A-Z][a-z'’.\-]*[A-Za-z]")
_TIME_AT_END = re.compile(r"\s*(?:,|at|@)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4})?\s*$", re.I)
_ROLE_AFTER = re.compile(r",\s+(?:an?|the)\s+[a-z]")       # "Maxine Davey, an editorial fellow at ..."


def _clean_name(text: str) -> str:
    text = text.replace("*", "").replace("_", " ").strip()
    text = re.split(r"\s+[|•·]\s+|\s+[|•·]$|\s+(?:updated|published|posted)\b", text, maxsplit=1, flags=re.I)[0]
    for m in dates_mod.find_dates(text):
        text = text[:m.start]
        break
    m = _ROLE_AFTER.search(text)
    if m:
        text = text[:m.start()]
    text = _TIME_AT_END.sub("", text)
    return " ".join(text.split()).strip(" ,;|/-–—")


_OFFICE = re.compile(r"\b(?:President|Minister|Secretary|Governor|Mayor|Chancellor|General|Commander|Pope|King|"
                     r"Queen|Prince|Senator|Ambassador|Spokesperson|Spokesman|Chief|Director|Head)\b")


def _name_like(text: str) -> bool:
    tokens = text.replace(",", " , ").split()
    words = [t for t in tokens if t != ","]
    if not 1 <= len(words) <= 10 or re.search(r"\d|[.!?]$|https?:|@", text) or _OFFICE.search(text):
        return False   # "Ukrainian President Volodymyr Zelenskyy" under a picture names its subject
    return all(_NAME_WORD.match(t) or t[0].isupper() and t.isalpha() for t in tokens) \
        and sum(t[0].isupper() for t in words) >= 2


_JOINERS = frozenset({"and", "&", ",", "de", "da", "van", "von", "der", "al", "bin", "la", "le"})


def _names_only(text: str) -> bool:
    """Names and nothing else ("George F. Will", "Anna Hirtenstein and Marwa Rashad"): every
    word capitalised but the particles that join names; no "in" or "of" ("Crisis in Ukraine")."""
    tokens = text.replace(",", " , ").split()
    return _name_like(text) and all(t in _JOINERS or t[0].isupper() for t in tokens)


def _date_blocks(dated: list[int]) -> list[tuple[int, int]]:
    """Runs of date lines ("Published ...", "Updated ...") as ``(first, last)`` line indexes."""
    blocks: list[tuple[int, int]] = []
    for i in dated:
        if blocks and i - blocks[-1][1] <= 2:
            blocks[-1] = (blocks[-1][0], i)
        else:
            blocks.append((i, i))
    return blocks


def find_byline(lines: Sequence[Line], feats: Sequence[LineFeatures], title_index: int | None,
                body_first: int | None) -> str | None:
    """The author line of the header block: "By X", "By" then "X", or names under the headline.

    A line of names alone counts when it sits beside the date line (the byline block), else
    when it is one of the three lines under the headline and no menu entry (a line the page
    prints once and does not link whole).
    """
    stop = body_first if body_first is not None else min(len(lines), 200)
    start = title_index + 1 if title_index is not None else max(0, stop - 30)
    for i in range(start, stop):
        text = lines[i].text.strip("*_ ")
        m = _BYLINE.match(text)
        if m and word_count(text) <= 16:
            name = _clean_name(m.group("name"))
            if name and _CAPITALISED.search(name):      # not "By experts and staff"
                return name
        if text.lower() == "by" and i + 1 < len(lines):
            name = _clean_name(lines[i + 1].text)
            if name and word_count(name) <= 10 and _CAPITALISED.search(name):
                return name
        if title_index is not None and i <= title_index + 3:
            name = name_and_date(text)
            if name:
                return name
    title_key = normalise(lines[title_index].text) if title_index is not None else None
    first = title_index + 1 if title_index is not None else max(0, stop - 30)

    def candidate(i: int) -> str | None:
        f = feats[i]
        if f.date_only or f.boilerplate or f.timestamp or f.link or f.box_header:
            return None
        text = lines[i].text
        name = _clean_name(text)
        if normalise(text) == title_key or not name or not _name_like(name):
            return None     # "Democracy Dies in Darkness" is name-like too: see the date test
        return name

    low = max(0, first - 4)           # the author's name may stand just above the headline
    for a, b in _date_blocks([i for i in range(first, stop) if feats[i].date_only]):
        near = sorted(range(max(low, a - 3), min(stop, b + 4)), key=lambda j: (max(a - j, j - b), j))
        for i in near:
            if (i > (title_index if title_index is not None else -1) and _agency_only(lines[i].text)
                    and (feats[i - 1].words < 4 or feats[i - 1].date_only or i - 1 == title_index)):
                return lines[i].text.strip("*_ ")      # "Reuters" beside the date: a wire story
            name = candidate(i)
            if name and _names_only(name) and not (title_key and normalise(name) in title_key):
                while i - 1 >= low and candidate(i - 1) and _names_only(candidate(i - 1)):
                    i -= 1          # several authors, one a line: the first
                return candidate(i)
    if title_index is not None:
        for i in range(title_index + 1, min(title_index + 4, stop)):
            name = candidate(i)
            if name and feats[i].copies == 1:
                return name
    return None


_WEEKDAY_AT_END = re.compile(r"[\s,|–—-]*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\W*$", re.I)


def name_and_date(text: str) -> str | None:
    """The name of a byline that prints the date after it ("Oksana Hrytsenko — Thursday,
    12 September 2024, 10:17"), else None."""
    if len(text) > 120 or not _DIGIT.search(text):
        return None
    found = dates_mod.find_dates(text)
    if not found:
        return None
    head = _WEEKDAY_AT_END.sub("", text[:found[0].start])
    if not head.rstrip().endswith(("—", "–", "-", "|", "/", "·", "•")):
        return None       # "Kyiv 12 September": a date in a sentence or a place, no byline
    name = _clean_name(head)
    return name if name and _names_only(name) and not _OFFICE.search(name) else None


_DIGIT = re.compile(r"\d")


def _agency_only(text: str) -> bool:
    """A line that names a news agency and nothing else ("Reuters", "AFP")."""
    text = text.strip("*_ ")
    return len(text) <= 40 and any(pattern.fullmatch(text) for _, pattern in lexicon.agencies())


_REUTERS_CREDITS = re.compile(r"^\(?(?:reporting|additional reporting|writing) by\b.*(?:editing by|;)", re.I)
# "Follow AP's coverage of the war ...", "Associated Press writers ... contributed to this report."
_WIRE_FOOTER = re.compile(r"(?i:follow) (?P<agency>AP|Reuters|AFP)['’]s (?:full )?coverage"
                          r"|(?P<agency2>Associated Press|Reuters|AFP)\b.{0,150}contributed to this report")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?", re.I)


def find_agency(body_lines: Sequence[str], byline: str | None, tail: Sequence[str] = ()) -> str | None:
    """The news agency the story comes from: dateline "(AP)", byline, copyright or credits."""
    if body_lines:
        dl = dateline_of(body_lines[0])
        if dl and dl[1]:
            name = agency_name(dl[1])
            if name:
                return name
    if byline:
        name = agency_name(byline)
        if name:
            return name
    for text in list(body_lines[-3:]) + list(tail):
        if _REUTERS_CREDITS.match(text):
            return "Reuters"
        wire = _WIRE_FOOTER.search(text) if len(text) < 400 else None
        if wire:
            name = agency_name(wire.group("agency") or wire.group("agency2"))
            if name:
                return name
        if _COPYRIGHT.search(text) and "photo" not in text.lower():
            name = agency_name(text)
            if name:
                return name
    return None


def agency_name(text: str) -> str | None:
    for name, pattern in lexicon.agencies():
        if pattern.search(text):
            return name
    return None


def find_dateline(first_body_line: str | None) -> str | None:
    if not first_body_line:
        return None
    found = dateline_of(first_body_line)
    return found[0] if found else None


_BARE_DATELINE = re.compile(r"[A-Z][A-Z'’\-]{2,}(?: [A-Z][A-Z'’\-]{2,}){0,2}(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?")


def bare_dateline(lines: Sequence[Line], feats: Sequence[LineFeatures], body_first: int | None) -> str | None:
    """A dateline set on its own line just above the story ("MOSCOW"), else None.

    A name in capitals is a picture credit there ("HENRY NICHOLLS", under its caption), a
    slug of words joined by hyphens a photo agency's tag: neither counts.
    """
    if not body_first:
        return None
    i = body_first - 1
    text, f = lines[i].text.strip("*_ "), feats[i]
    if (len(text) > 40 or f.credit or f.boilerplate or f.link or f.words > 3 or "-" in text
            or not _BARE_DATELINE.fullmatch(text) or not place_shaped(text) or i and feats[i - 1].caption):
        return None
    return text


# --- language --------------------------------------------------------------------------

_CYRILLIC_WORD = re.compile(r"[\u0400-\u04FF]{2,}")
_LATIN_WORD = re.compile(r"[a-z\u00C0-\u024F]{2,}")


def detect_language(text: str, sample: int = 3000) -> str | None:
    """ISO 639-1 code of the text's language, None when there is too little to tell."""
    text = text[:sample].lower()
    latin = _LATIN_WORD.findall(text)
    cyrillic = _CYRILLIC_WORD.findall(text)
    if len(latin) + len(cyrillic) < 5:
        return None
    if len(cyrillic) > len(latin):
        joined = "".join(cyrillic)
        uk = sum(map(joined.count, "іїєґ"))
        ru = sum(map(joined.count, "ыэъё"))
        return "uk" if uk >= ru else "ru"
    counts = Counter(latin)
    total = len(latin)
    best, best_hits = None, 0
    for code, stop in lexicon.language_stopwords().items():
        hits = sum(map(counts.__getitem__, stop.intersection(counts)))
        if hits > best_hits:
            best, best_hits = code, hits
    return best if best_hits >= max(2, 0.05 * total) else None
