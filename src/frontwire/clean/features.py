"""Step 2: what each line of a page looks like, as a record of plain signals.

Every signal here is computed from the line itself and from page-wide context (how often
the line occurs on the page, whether the page links it, whether other pages of the same
site carry it). Nothing decides yet: :mod:`frontwire.clean.classify` weighs the signals.

The signals, in the order a reader would notice them:

- shape: how many words, whether it ends like a sentence, whether it breaks off
  mid-sentence (ends on "the", a comma) or continues one (starts in lower case), how many
  of its words are capitalised (Title Case headlines and menus), English function words;
- links: Markdown link syntax or a bare address, or the whole line being the anchor text
  of a link listed on the page;
- furniture: known boilerplate lines and phrases ("Share", "Advertisement", "all rights
  reserved"), headers of link boxes ("Recommended stories"), times and durations
  ("4h ago", "2:22"), lines that are only a date;
- pictures: captions ("... in Kyiv, Ukraine, on February 4, 2026 [Name/Reuters]") and the
  credit lines under them ("Anadolu | Getty Images", "SERGEY BOBOK");
- wire copy: a dateline opening the story ("KYIV, Ukraine (AP) —");
- repetition: copies of the line on the same page (told by words and numbers), a
  neighbouring line that contains it (a pull quote), and pages of the same site that carry
  it (the per-site memory);
- odd pieces: a footnote marker cut out of a paragraph ("[xii]"), a sentence of a line too
  long to be one (a page that lost its line breaks, see :func:`~frontwire.clean.lines.segments`).
"""

from __future__ import annotations

import collections
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import itemgetter, not_
from typing import NamedTuple

from frontwire.clean import lexicon
from frontwire.clean.dates import MONTHS, find_dates
from frontwire.clean.lines import WORD, Line, link_anchors, link_section


class LineFeatures(NamedTuple):
    # the line's own signals (the same fields, in the same order, start Intrinsic)
    words: int                 # words with letters
    stop_ratio: float          # share of English function words among them
    cap_ratio: float           # share of capitalised words among the non-function words after the first
    ends_sentence: bool        # ends with . ! ? or a closing quote after one
    ends_open: bool            # breaks off mid-sentence: ends on a function word, a comma, a colon
    starts_lower: bool         # continues a sentence from the previous line
    bullet: bool               # "* ", "- ", "1. " list item
    link: bool                 # Markdown link syntax or a bare address
    boilerplate: bool          # known furniture (lexicon)
    box_header: bool           # "Recommended stories", "Read more", ...
    timestamp: bool            # "4h ago", "2:22", "16 minutes ago ..."
    date_only: bool            # nothing but a date (and words like "Published")
    credit: bool               # a picture credit line
    dateline: bool             # opens with a wire dateline ("KYIV, Ukraine (AP) —")
    truncated: bool            # a teaser cut short: "... and seven were injured in the attack..."
    # signals that depend on the page
    caption: bool              # a picture caption (by its look, its date, or the credit under it)
    anchor: bool               # the whole line is the anchor text of a link on the page
    copies: int                # copies of this line on the page (1: unique)
    site_pages: int            # pages of the same site that carry this line (site memory)
    echo: bool = False         # repeats part of a neighbouring line: a pull quote, a teaser's title
    marker: bool = False       # a footnote marker ("[xii]") cut out of a paragraph: no text, no furniture
    segment: bool = False      # one of the sentences of a line too long to be one (lines.segments)
    figure: bool = False       # a figure alone ("5.9 million", "10.8m", "90%"): a stat box, or a sentence cut by links

    @property
    def headline_like(self) -> bool:
        """Title Case and no full stop: a headline, a menu entry, a teaser."""
        return 2 <= self.words <= 25 and self.cap_ratio >= 0.7 and not self.ends_sentence

    @property
    def repeated(self) -> bool:
        """Copies on the page that make the line furniture.

        A label of a few words under every teaser ("Article", "Stories") repeats three
        times or more; a longer line twice (menus, headlines listed twice). A paragraph of
        prose seen just twice is no furniture: reports repeat their key sentences in a
        summary list ("Key takeaways").
        """
        if self.copies < 2:
            return False
        if self.words < 4:       # a label, not "said" or "Belokur said." cut out of sentences by links
            return self.copies >= 3 and not self.starts_lower and not self.ends_sentence
        return not (self.copies == 2 and self.words >= 10 and self.ends_sentence and self.stop_ratio >= 0.15
                    and self.cap_ratio < 0.7)

    @property
    def furniture(self) -> bool:
        """Any signal that the line is page furniture rather than article text."""
        return (self.link or self.boilerplate or self.box_header or self.timestamp
                or self.date_only or self.caption or self.credit or self.truncated or self.repeated
                or self.echo or self.site_pages > 0)


@dataclass(frozen=True)
class Page:
    """Page-wide context of a text dump, computed once."""

    lines: list[Line]
    end: int                          # lines from here on are the trailing link list
    anchors: frozenset[str]
    reference: dt.date | None         # the page's date, to tell a caption's date from history

    @classmethod
    def of(cls, lines: list[Line], reference: dt.date | None = None) -> Page:
        end = link_section(lines)
        anchors = link_anchors(lines[end:]) if end < len(lines) else frozenset()
        return cls(lines, end, anchors, reference)


SitePages = Callable[[str], int]

_SENTENCE_END = re.compile(r"""[.!?…](?:["”’'»)\]*_]+)?$|[.!?…]["”’'»]?\s*\(\d+\)$|[.!?]\[\d+\]$""")
_BULLET = re.compile(r"^(?:[*•·▪►‣◦-]|\d{1,2}[.)])\s+")
_MD_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_DECOR_CHARS = " \t*#>|•·_~=+-"
_TIME_AGO = re.compile(
    r"^(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?)\.?\s+ago\b", re.I)
_CLOCK = re.compile(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)
_DATE_WORDS = re.compile(
    r"(?i:\b(?:published|posted|issued|updated?|last|modified|first|on|at|date|time|am|pm|gmt|utc|"
    r"mon|tue|wed|thu|fri|sat|sun|\w+day)\b)|\b[A-Z]{2,4}\b|[\d:.,|/–—-]")

# Picture captions end with a credit in brackets: "[Gleb Garanich/Reuters]",
# "(AP Photo/Sergei Grits)", "(AFP Photo)", "(PA Wire)", "(Getty)".
_CREDIT_WORDS = (r"photo|photos|photograph|getty|images?|reuters|afp|ap|pa|epa|anadolu|aa|via|pool|"
                 r"shutterstock|wire|file|handout|courtesy|credit|al jazeera|bloomberg|tass|ria|sputnik")
_BRACKET_CREDIT = re.compile(r"\[(?![\d,\s-]+\])[^\[\]]{2,80}\]\s*$")
_CREDIT_WORD = re.compile(r"\b(?:" + _CREDIT_WORDS + r")\b", re.I)
_PAREN_CREDIT = re.compile(r"\((?:[^()]*/[^()]*|[^()]*\b(?:" + _CREDIT_WORDS + r")\b[^()]*)\)\s*$", re.I)
_CAPTION_PHRASE = re.compile(
    r"\bin this (?:photo|image|picture|handout|screengrab|screen grab|screenshot|file photo|still|video grab|photograph)\b|"
    r"\b(?:pictured|seen here)\b|\((?:not seen|left|right|center|centre|L|R|C)\)|\bfile photo\b", re.I)
_TRUNCATED = re.compile(r"[\w,;]\s?(?:\.{3,}|…)\s*$")
_BRACKETED = re.compile(r"\[[^\[\]]{2,60}\]")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z'’\-]{2,}\b")


def _credit_key(low: str) -> bool:
    """Whether a lower-case line has a word every credit line has (a cheap test before
    _CREDIT_LINE; an or-chain: a generator over a tuple costs more)."""
    return ("/" in low or "ap" in low or "photo" in low or "reuters" in low or "getty" in low or "image" in low
            or "afp" in low or "epa" in low or "shutterstock" in low or "credit" in low or "pool" in low
            or "anadolu" in low or "handout" in low or "courtesy" in low)


_CAPTION_DATE_LEAD = re.compile(r"(?:,|\bon)\s*$")
_CREDIT_LINE = re.compile(
    r"getty images|via reuters|/reuters|/afp|/ap\b|\bap photo|\bafp\b|\breuters\b|\bepa\b|\bshutterstock\b|"
    r"\bphoto(?:graph)?(?: by|:)|\bcredit:|\bimage:|\bpool\b|\banadolu\b|\bhandout\b|\bcourtesy\b", re.I)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATELINE = re.compile(
    r"^(?:\*\*|__?)?"
    r"(?P<place>(?:[A-Z][A-Z.'’\-]{2,}(?: [A-Z][A-Z.'’\-]+){0,3})(?:,\s*[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,2}){0,2}"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:,\s*[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,2}){1,2})"
    r"(?:,\s*(?i:" + _MONTH_NAMES + r")\.?\s+\d{1,2})?"
    r"(?:\s*(?:\((?P<agency>[^()]{2,40})\))?\s*(?:\*\*|__?)?\s*(?:—|–|--|-)\s*(?:\*\*|__?)?\s*(?=\S)"
    r"|\.?\s*/(?P<slash>[A-Z][A-Za-z-]{1,15})/\.?\s+(?=\S))")      # "MOSCOW, April 27. /TASS/. "


#: The middle of a run of this many short lines (at most MENU_LINE_CHARS characters) is a
#: menu (a site map, a list of countries in a form): furniture, without a closer look. The
#: MENU_MARGIN lines at each end of the run are looked at: headlines and dates sit there.
MENU_RUN, MENU_MARGIN, MENU_LINE_CHARS = 30, 10, 40


def menu_lines(lines: list[Line], end: int) -> list[bool]:
    """Which lines lie deep inside a long run of short lines (see MENU_RUN)."""
    inside = [False] * len(lines)
    i = 0
    while i < end:
        if len(lines[i].text) <= MENU_LINE_CHARS:
            j = i
            while j < end and len(lines[j].text) <= MENU_LINE_CHARS:
                j += 1
            if j - i >= MENU_RUN:
                for k in range(i + MENU_MARGIN, j - MENU_MARGIN):
                    inside[k] = True
            i = j
        else:
            i += 1
    return inside


def features(page: Page, site_pages: SitePages | None = None) -> list[LineFeatures]:
    """The signals of every line of the page, in order.

    Lines of the trailing link list get a fixed record (a link), lines deep inside a long
    menu another (furniture): most of the time would go to them otherwise.
    """
    lines = page.lines
    menu = menu_lines(lines, page.end)
    own = [intrinsic(x.text) if x.index < page.end and not menu[x.index] else None for x in lines]
    # Copies are told by their words and numbers ("Deaths in 2024 increased by 899" is no copy of
    # the line on 2023), not by markup; lines of a few words as printed ("Article", "Learn more").
    keys = [None if o is None else copy_key(x.text, o) for x, o in zip(lines, own)]
    rough = collections.Counter(keys)
    keys = [with_numbers(x.text, o, k) if k is not None and rough[k] > 1 else k    # numbers: only where it matters
            for x, o, k in zip(lines, own, keys)]
    copies = collections.Counter(k for k in keys if k is not None)
    normalised = [None if o is None else o.key for o in own]
    out: list[LineFeatures] = []
    n_lines = len(lines)
    anchors = page.anchors
    for line, mine in zip(lines, own):
        if mine is None:
            out.append(_MENU_LINE if line.index < page.end else _LISTED_LINK)
            continue
        text, i = line.text, line.index
        if mine.words <= 1 and text[0] == "[" and _FOOTNOTE_MARK.fullmatch(text):
            out.append(_MARK_LINE)      # "[xii]" cut out of a paragraph: no text, no furniture
            continue
        after = own[i + 1] if i + 1 < n_lines else None
        next_is_credit = (after is not None and after.credit and not (after.box_header or after.boilerplate)
                          and after.words != 1 and not lines[i + 1].text.startswith("[")
                          and not _BY_NAME.match(lines[i + 1].text))
        before = own[i - 1] if i else None
        prev_is_credit = (before is not None and before.credit and not mine.ends_sentence and not mine.ends_open
                          and 4 <= mine.words <= 40 and mine.cap_ratio < 0.7 and not mine.bullet
                          and _credit_above(own, lines, i))
        segment = (i > 0 and lines[i - 1].row == line.row) or (i + 1 < n_lines and lines[i + 1].row == line.row)
        key = mine.key
        if segment:
            count, echo = 1, False      # a sentence of a line too long to be one: repeats are its own
        else:
            count = copies[keys[i]] if keys[i] is not None else 1
            echo = mine.words >= ECHO_WORDS and (mine.cap_ratio < 0.7 or mine.ends_sentence) and echoes(normalised, keys, i)
        if (count == 1 and not echo and not segment and not next_is_credit and not prev_is_credit and site_pages is None
                and mine.caption_date is None and key not in anchors):
            out.append(mine.plain)      # most lines: the page adds nothing to what the line shows
            continue
        out.append(in_context(mine, page, count, site_pages, next_is_credit or prev_is_credit, echo, segment))
    return out


def _credit_above(own: list[Intrinsic | None], lines: list[Line], i: int) -> bool:
    """Whether the credit line above line ``i`` credits the picture line ``i`` captions: some
    pages print the credit first ("Getty Images" / "Believers attend a service in Kyiv"). A
    credit under a line of text credits that line (the usual order); a byline is no credit."""
    credit, above = own[i - 1], own[i - 2] if i >= 2 else None
    if credit is None or credit.box_header or credit.boilerplate or lines[i - 1].text.lstrip("*_ ")[:3].lower() == "by ":
        return False
    if i + 1 < len(lines) and lines[i + 1].text[:1].islower():
        return False      # a sentence cut by links goes on in the next line
    return above is None or above.words < 4 or above.link or above.boilerplate or above.bullet or above.date_only \
        or above.credit


#: A sentence of at least this many words that a neighbour (ECHO_REACH lines away at most)
#: contains, or that the line just before repeats, is an echo: a pull quote set beside the
#: paragraph it quotes, a quote printed twice, a teaser's title under the line that gives
#: its category and title. Subheads in Title Case that open the next paragraph are no echo.
ECHO_WORDS, ECHO_REACH = 8, 2


def echoes(words: list[str | None], keys: list[str | None], i: int) -> bool:
    """Whether a line near line ``i`` contains it (a longer one) or, before it, repeats it
    (``words``: the lines' normalised words, ``keys``: their copy keys, see :func:`copy_key`)."""
    key, size, copy = words[i], len(words[i]), keys[i]
    for j in range(max(0, i - ECHO_REACH), min(len(words), i + ECHO_REACH + 1)):
        other = words[j]
        if j == i or other is None:
            continue
        if len(other) > size and key in other or j < i and keys[j] == copy:
            return True
    return False


def copy_key(text: str, own: Intrinsic) -> str | None:
    """What two copies of a line share: its words (its printed text when it has fewer than
    four words); None for a line of no words. See :func:`with_numbers`."""
    if len(own.key) < 3:
        return None
    return text if own.words < 4 else own.key


def with_numbers(text: str, own: Intrinsic, key: str) -> str:
    """A copy key with the line's numbers: "Deaths in 2024 increased by 899" is no copy of
    the line on 2023. A list's own numbers don't count ("1. Headline" copies "Headline")."""
    if own.words < 4 or _DIGIT.search(text) is None:
        return key
    bullet = _BULLET.match(text)
    numbers = _NUMBER.findall(text, bullet.end() if bullet else 0)
    return key + " " + " ".join(numbers) if numbers else key


def line_features(text: str, page: Page | None = None, site_pages: SitePages | None = None,
                  next_is_credit: bool = False) -> LineFeatures:
    """The signals of one line alone, or on ``page`` (its links and date; copies are not counted)."""
    return in_context(intrinsic(text), page, 1, site_pages, next_is_credit)


class Intrinsic(NamedTuple):
    """The signals a line carries by itself, whatever page it is on."""

    words: int
    stop_ratio: float
    cap_ratio: float
    ends_sentence: bool
    ends_open: bool
    starts_lower: bool
    bullet: bool
    link: bool
    boilerplate: bool
    box_header: bool
    timestamp: bool
    date_only: bool
    credit: bool
    dateline: bool
    truncated: bool
    key: str                   # the normalised line (copies, anchors and site memory compare it)
    caption: bool              # by its own look (a credit at the end, "in this photo", ...)
    caption_date: dt.date | None   # the full date a caption-shaped line ends with
    heading: bool              # set in bold or as a Markdown heading ("**...**", "## ...")
    figure: bool               # a figure alone (see LineFeatures)
    plain: LineFeatures | None = None   # the line's features on a page that adds nothing to them


_OWN = 15     # Intrinsic[:_OWN] are the first fields of LineFeatures
_CAPTION = 16   # Intrinsic's caption field (after key)


@lru_cache(maxsize=65536)
def intrinsic(text: str) -> Intrinsic:
    """The page-independent signals of a line (cached: menus repeat within and across pages)."""
    return _intrinsic(text)


def _intrinsic(text: str) -> Intrinsic:
    """The page-independent signals of a line.

    Signals are only looked for in lines of a size they occur in (a caption has four words
    or more, a menu entry eight or fewer): most lines of a page are menus, and most of the
    time goes to them.
    """
    words = WORD.findall(text)
    n = len(words)
    key = " ".join(words).lower()
    # the lower-case words; of a long paragraph only the first 80 (splitting all costs time):
    # the few steps that need all of them split the key again
    lower = key.split(" ") if 0 < n <= 80 else key.split(" ", 80)[:80] if n else []
    core = text.strip(_DECOR_CHARS)
    short = len(core) <= 160
    link = bool((("http" in text or "www." in text)
                 and (short and _URL.fullmatch(core) or n < 20 and _URL.search(text)
                      or sum(map(len, _URL.findall(text))) >= 0.4 * len(text)))   # "[1] http://..." references
                or ("](" in text and _MD_LINK.search(text)
                    and len(_MD_LINK.sub("", text).strip(" -*|•")) < 0.4 * len(text)))
    if link:
        return _link_line(text, n, key)     # furniture whatever else it shows: no more signals needed
    has_digit = _DIGIT.search(text) is not None
    shape = _shape(text) if text[-1] in ")]_*" else text    # how the line ends, footnotes and emphasis aside
    last = shape[-1]
    tail = shape[-16:]
    ends_sentence = last in _END_CHARS and _SENTENCE_END.search(tail) is not None
    if n > 2:
        is_stop = list(map(_STOP.__contains__, lower))
        stops = sum(is_stop) if n <= 80 else sum(is_stop) * n / 80      # a long paragraph: its first 80 words tell
        # Title Case is told from the first words: a line of 25 words is no headline anyway
        # (iterators in C, no Python loop: this runs on every line)
        content = list(compress(words[1:26], map(not_, is_stop[1:26])))
        cap_ratio = (sum(map(str.isupper, map(_FIRST, content))) / len(content) if content
                     else float(words[0][0].isupper()))
    else:
        stops = sum(1 for w in lower if w in _STOP)
        rest = [w for w, lw in zip(words[1:], lower[1:]) if lw not in _STOP]
        cap_ratio = (sum(w[0].isupper() for w in rest) / len(rest) if rest
                     else (1.0 if words and words[0][0].isupper() else 0.0))
    few = n <= 2 and not has_digit          # "Home", "Sign up": no dates, captions, datelines
    boilerplate = False
    if short and (n <= 8 or (lower[0] if lower else "") in _LONG_FURNITURE or core[:1] == "©"):
        boilerplate = _BOILER_LINE.fullmatch(core, lower if n <= 80 else key.split(" "))
    if not boilerplate and (2 <= n < 45 or n < 150 and _long_notice(text)):
        boilerplate = _BOILER_PHRASE.search(text, lower if n <= 80 else key.split(" "))
    if not boilerplate and core[:1] == "©" and n < 150:
        boilerplate = True        # a long copyright notice ("© 2018-2026, Site. Use, copying ...")
    low = shape.lower() if 4 <= n <= 90 or n <= 10 else ""
    # positional, in the order of the fields: NamedTuple's keyword constructor is slow
    own = (
        n,                                                                      # words
        stops / n if n else 0.0,                                                # stop_ratio
        cap_ratio,
        ends_sentence,
        last in _OPEN_CHARS or (n > 0 and (lower[-1] if n <= 80 else key[key.rfind(" ") + 1:]) in _FUNCTION  # ends_open
                                and not ends_sentence
                                and last.isalpha()),      # "... below 1% in 2026" ends on a number
        n > 0 and words[0][0].islower() and text[0].isalpha(),                  # starts_lower
        text[0] in _BULLET_START and _BULLET.match(text) is not None,           # bullet
        link,
        bool(boilerplate),
        n <= 8 and _BOX.fullmatch(core) is not None,                            # box_header
        (has_digit or "ago" in text) and (len(core) <= 60 or core[:1].isdigit())   # timestamp
        and (_TIME_AGO.match(core) is not None or len(core) <= 20 and _CLOCK.match(core) is not None),
        has_digit and n <= 12 and short and not few and _date_only(core),       # date_only (a line of a few words)
        n <= 10 and is_credit(shape, n, low)                                    # credit
        or n <= 14 and text[:6].lstrip("*_ ")[:2].lower() == "by"
        and (_BY_NAME.match(text) is not None or core.lower().rstrip(":") == "by"),   # "By" above the name
        not few and _dateline_shaped(text, words) and _DATELINE_START.match(text) is not None   # dateline
        and _DATELINE.match(text) is not None,
        n >= 5 and text.endswith(("...", "…")) and _TRUNCATED.search(tail) is not None,   # truncated
        key,
        4 <= n <= 90 and _caption(shape, n, low),                               # caption
        _caption_date(shape) if has_digit and 8 <= n <= 90 else None,           # caption_date
        text.startswith(("**", "#", "__")),                                     # heading
    )
    # the line's features on a page that adds nothing to them (most lines), made once here
    figure = has_digit and n <= 3 and len(core) <= 30 and _FIGURE.fullmatch(core) is not None
    plain = _new_features(LineFeatures, own[:_OWN] + (own[_CAPTION], False, 1, 0, False, False, False, figure))
    return _new(Intrinsic, own + (figure, plain))


def _link_line(text: str, n: int, key: str) -> Intrinsic:
    """The record of a line that is a link (a menu entry, a reference, a teaser's address)."""
    own = (n, 0.0, 0.0, False, False, False, text[0] in _BULLET_START and _BULLET.match(text) is not None,
           True, False, False, False, False, False, False, False, key, False, None, text.startswith(("**", "#", "__")))
    plain = _new_features(LineFeatures, own[:_OWN] + (False, False, 1, 0, False, False, False, False))
    return _new(Intrinsic, own + (False, plain))


def _shape(text: str) -> str:
    """The line as its end reads: without footnote references after the last sentence
    ("….[12]", "….[[xlvii]](#edn47)") and without closing emphasis marks ("…Reuters)_")."""
    if text[-1] not in ")]_*":
        return text
    if "[" in text[-500:]:
        m = _CITATION_TAIL.search(text, max(0, len(text) - 500))
        if m and m.start() > 0:
            text = text[:m.start()]
    return text.rstrip("*_ ") or text


_CITATION_TAIL = re.compile(
    r"(?:\s*\[\[?(?:\d{1,4}|[ivxlcdm]{1,8}|[a-z])\]?\](?:\([^()\s]{0,400}\))?)+[*_\s]*$", re.I)


_new = tuple.__new__
_FIRST = itemgetter(0)


_STOP = lexicon.english_stopwords()
_FUNCTION = lexicon.function_words()
_BOILER_LINE = lexicon.boilerplate_line()
_BOILER_PHRASE = lexicon.boilerplate_phrase()
_BOX = lexicon.box_header()
_END_CHARS = frozenset(".!?…\"”’'»)]*_")
_BULLET_START = frozenset("*•·▪►‣◦-0123456789")


def in_context(own: Intrinsic, page: Page | None = None, copies: int = 1,
               site_pages: SitePages | None = None, next_is_credit: bool = False,
               echo: bool = False, segment: bool = False) -> LineFeatures:
    """A line's signals on its page: its copies there, links listed, the page's date, the
    next line, whether a neighbour contains it."""
    caption = own.caption or (4 <= own.words <= 90 and next_is_credit and not own.bullet)
    if not caption and own.caption_date is not None and page is not None and page.reference is not None:
        caption = -2 <= (page.reference - own.caption_date).days <= 45
    key = own.key
    anchor = page is not None and bool(key) and key in page.anchors
    n_copies = copies
    site = site_pages(key) if site_pages is not None and key and not own.bullet and not own.heading else 0
    if (caption == own.caption and not anchor and n_copies == 1 and not site and not echo and not segment
            and own.plain is not None):
        return own.plain          # most lines: the page adds nothing (and a new record costs time)
    return _new_features(LineFeatures, own[:_OWN] + (caption, anchor, n_copies, site, echo, False, segment,
                                                     own.figure))


_new_features = tuple.__new__


_LISTED_LINK = LineFeatures(
    words=0, stop_ratio=0.0, cap_ratio=0.0, ends_sentence=False, ends_open=False, starts_lower=False,
    bullet=True, link=True, anchor=False, boilerplate=False, box_header=False, timestamp=False,
    date_only=False, caption=False, credit=False, dateline=False, truncated=False, copies=1, site_pages=0)
_MENU_LINE = _LISTED_LINK._replace(bullet=False, link=False, boilerplate=True, words=1)
_MARK_LINE = _LISTED_LINK._replace(bullet=False, link=False, marker=True)
_FOOTNOTE_MARK = re.compile(r"\[(?:\d{1,4}|[ivxlcdm]{1,8}|[a-z])\]", re.I)
# "5.9 million", "10.8m", "90%", "$486 billion", "12,000 people", "nearly 1 million"
_FIGURE = re.compile(r"(?i:(?:over|nearly|about|almost|around|some|more than|up to)\s+)?[~≈<>+]?\s?[$€£₴]?\s?\d[\d.,]*\s*"
                     r"(?i:%|\+|m|bn|k|mln|million|billion|thousand|trillion|people|percent|per cent)?\+?")
_OPEN_CHARS = frozenset(",:;([–—-“‘«")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"\d+")


def _long_notice(text: str) -> bool:
    """Whether a line has a word of a consent notice (they run long): "cookie", "partners",
    "consent", "privacy", "personal data" (an or-chain: a generator over a tuple costs more)."""
    return "ookie" in text or "partners" in text or "onsent" in text or "rivacy" in text or "ersonal data" in text


_LONG_FURNITURE = frozenset({"copyright", "photo", "photos", "video", "c"})   # whole-line patterns with ".*"


def _dateline_shaped(text: str, words: list[str]) -> bool:
    """Cheap test before the dateline pattern: a place in capitals or in bold, or a comma
    early on ("Kyiv, Ukraine –"), and a dash near the start."""
    head = text[:90]
    if not ("-" in head or "—" in head or "–" in head or "/" in head):
        return False
    return (bool(words) and len(words[0]) > 1 and words[0].isupper()) or text[:2] in ("**", "__") \
        or "," in text[:40]
_DATELINE_START = re.compile(r"^(?:\*\*|__?)?[A-Z][^\n]{0,80}?(?:—|–|--|-|\s/[A-Z])")


def _date_only(core: str) -> bool:
    if len(core) > 80 or not core or not _DIGIT.search(core):
        return False
    dates = find_dates(core)
    if not dates:
        return False
    rest = core
    for d in reversed(dates):
        rest = rest[:d.start] + rest[d.end:]
    return not _DATE_WORDS.sub("", rest).strip()


def is_credit(text: str, words: int, low: str = "") -> bool:
    """A picture credit: "Anadolu | Anadolu | Getty Images", "SERGEY BOBOK", "[Al Jazeera]"."""
    if words == 0 or words > 10 or _SENTENCE_END.search(text[-16:]) and not text.endswith("]"):
        return False
    if text[0] == "[" and _BRACKETED.fullmatch(text):
        return True
    if "/" in text and _SLASH_CREDIT.match(text):
        return True       # "UNICEF/Ashley Gilbertson VII"
    low = low or text.lower()
    if _credit_key(low) and _CREDIT_LINE.search(text) and not text.endswith(":"):
        return True
    if not 2 <= words <= 8 or low == text or _DIGIT.search(text):
        return False
    # names in capitals ("SERGEY BOBOK", "Tetiana DZHAFAROVA, SAUL LOEB")
    caps = _CAPS_WORD.findall(text)
    if not caps or any(w.lower() in _STOP for w in WORD.findall(text)):
        return False      # "JOIN US ON TELEGRAM" is a prompt, not a name
    letters = sum(map(str.isalpha, text))
    return letters >= 6 and sum(map(len, caps)) >= 0.5 * letters


def _caption(text: str, words: int, low: str = "") -> bool:
    """A caption by its own look: a credit at its end, "in this photo", a copyright."""
    end = text[-1]
    if end == "]" and "](" not in text:
        m = _BRACKET_CREDIT.search(text[-100:])
        if m and ("/" in m.group() or _CREDIT_WORD.search(m.group())):
            return True   # "[Valentyn Ogirenko/Reuters]", not a quote's source "[Judgment of the Tribunal]"
    if text[:1] in "*_[" and _GALLERY_INDEX.match(text):
        return True       # "**[1/5]** Ukrainian prisoners of war pose for a picture ..."
    if end == ")" and _PAREN_CREDIT.search(text[-100:]):
        return True
    low = low or text.lower()
    if ("in this " in low or "pictur" in low or "seen here" in low or "file photo" in low
            or "(" in low and _CAPTION_PAREN.search(low)) and _CAPTION_PHRASE.search(text):
        return True
    if words <= 30 and "in a " in low and _SHOT.search(low):
        return True       # "Smoke rises over the port in a screenshot from a video posted on social media."
    if words < 60 and ("copyright" in low or "©" in text) or "hide caption" in low or "toggle caption" in low:
        return True
    end80 = low[-80:]
    return words >= 6 and _credit_end_key(end80) and _CREDIT_AT_END.search(end80) is not None


# "By Samya Kullab, The Associated Press", "By **Maxine Davey**, an editorial fellow": two names
# in capitals after "By" ("By Monday, the talks ..." is a sentence)
_BY_NAME = re.compile(r"^[*_\s]*(?i:by)[:\s]+[*_]*[A-Z][\w'’.-]+[*_,]*\s+[*_]*[A-Z]")
_GALLERY_INDEX = re.compile(r"^[*_\s]*\[\d{1,3}\s*/\s*\d{1,3}\][*_]*\s")
_SLASH_CREDIT = re.compile(r"^[A-Z][\w.&-]{1,20}\s?/\s?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]*){0,3}$")


def _credit_end_key(end: str) -> bool:
    """Whether a caption's lower-case end has a word every credit at its end has (see _credit_key)."""
    return ("getty" in end or "reuters" in end or "photo" in end or "/a" in end or "/epa" in end
            or "shutterstock" in end or "image:" in end)


_CREDIT_AT_END = re.compile(
    r"(?:getty images|/reuters|/afp|/ap|/epa|shutterstock|photograph:.*|photo:.*|image: [^.]*/.*|via reuters|ap photo[^.]*)"
    r"[\s*)\]]*$")
_SHOT = re.compile(r"\bin a (?:screenshot|screengrab|screen grab|video grab|still (?:image|frame)) (?:from|of|taken)\b")
_CAPTION_PAREN = re.compile(r"\((?:not seen|left|right|center|centre|l|r|c)\)")


def _caption_date(text: str) -> dt.date | None:
    """"..., in Kyiv, Ukraine, on February 4, 2026.": the full date a caption ends with."""
    tail = text[-48:]
    if not _DIGIT.search(tail[-8:]):
        return None
    dates = find_dates(tail)
    if dates and tail[dates[-1].end:].strip(" .") == "" and _CAPTION_DATE_LEAD.search(tail[:dates[-1].start]):
        return dates[-1].date
    return None


def dateline(text: str) -> tuple[str, str | None] | None:
    """The place and agency of a wire dateline opening ``text``: ("KYIV, Ukraine", "AP")."""
    m = _DATELINE.match(text)
    if not m:
        m = _COLON_DATELINE.match(text) if ":" in text[:40] else None
        if not m or not _colon_dateline(text, m):
            return None
    place = re.sub(r",\s*(?:" + _MONTH_NAMES + r")\.?\s+\d{1,2}$", "", m.group("place"), flags=re.I).strip(" ,")
    return place, (m.groupdict().get("agency") or m.groupdict().get("slash") or None)


# "KYIV: Trump's envoy told ...": a place in capitals and a colon. Organisations open lines the
# same way ("UNHCR: Millions ..."), so only a paragraph that opens a story counts (see dateline()).
_COLON_DATELINE = re.compile(
    r"^(?:\*\*|__?)?(?P<place>[A-Z][A-Z'’\-]{2,}(?: [A-Z][A-Z'’\-]{2,}){0,2}(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?)"
    r"(?:\*\*|__?)?:\s+(?=[A-Z\"“‘'])")
#: A story that opens with a colon dateline runs on for at least this many words.
COLON_DATELINE_WORDS = 15


def _colon_dateline(text: str, m: re.Match[str]) -> bool:
    """A colon dateline opens a paragraph of prose, and its place is no agency or acronym of
    consonants ("UNHCR", "AP AUDIO" are labels)."""
    if not place_shaped(m.group("place")):
        return False
    return word_count(text) >= COLON_DATELINE_WORDS and _SENTENCE_END.search(_shape(text)[-16:]) is not None


#: Labels that stand in capitals where a dateline would, above or at the head of a story.
_KICKERS = frozenset({"ANALYSIS", "BREAKING", "BREAKING NEWS", "COMMENT", "CORRECTION", "EDITORIAL", "EXCLUSIVE",
                      "EXPLAINER", "FACTBOX", "FEATURE", "INTERVIEW", "LIVE", "OPINION", "REVIEW", "UPDATE",
                      "UPDATED", "VIDEO", "PHOTOS", "WATCH", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE"})


def place_shaped(text: str) -> bool:
    """Whether a name in capitals ("KYIV", "NEW YORK, United States") reads as a place: words of
    four letters or more with two vowels or more, no kicker ("ANALYSIS", "EXCLUSIVE: ...") and
    no agency ("ISW", "UNHCR", "TASS")."""
    place = text.split(",")[0].strip()
    if any(len(w) < 4 or sum(c in "AEIOUY" for c in w) < 2 for w in place.split()) or place in _KICKERS:
        return False
    return not any(pattern.fullmatch(place) for _, pattern in lexicon.agencies())


def word_count(text: str) -> int:
    return len(WORD.findall(text))
