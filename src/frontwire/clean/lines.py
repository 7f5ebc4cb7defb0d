"""Step 1 of cleaning a text dump: split it into lines that remember where they came from.

A scraped page is a sequence of lines; the article is a subset of them. Every later step
works on :class:`Line` records, so a body paragraph is always ``text[line.start:line.end]``:
the line stripped of surrounding whitespace and nothing else (the extractor's evidence
offsets point into the original text).

Text dumps made by crawlers often end with a Markdown list of the page's links
(``## Links`` then ``- [anchor](url)`` lines). That list is not article text, but it tells
which lines of the page were links: :func:`link_section` finds it and
:func:`link_anchors` collects the anchors.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Line(NamedTuple):
    """One non-blank line of a text dump.

    ``index`` counts non-blank lines only (neighbours are ``index - 1`` and ``index + 1``);
    ``row`` is the line number in the raw text; ``start``/``end`` delimit the stripped text
    in it; ``gap_before`` says a blank line separates it from the previous line.
    """

    index: int
    row: int
    start: int
    end: int
    text: str
    gap_before: bool


_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with their offsets (``\\r\\n`` and ``\\r`` handled)."""
    lines: list[Line] = []
    blank = False
    if "\r" in text:
        breaks = list(_BREAK.finditer(text))
        starts = [0] + [m.end() for m in breaks]
        raws = [text[a:m.start()] for a, m in zip(starts, breaks)] + [text[starts[-1]:]]
    else:
        raws = text.split("\n")
        starts = []
        pos = 0
        for raw in raws:
            starts.append(pos)
            pos += len(raw) + 1
    append = lines.append
    new = tuple.__new__          # NamedTuple's own constructor is a Python call: too slow per line
    index = 0
    for row, (pos, raw) in enumerate(zip(starts, raws)):
        left = raw.lstrip()
        if not left:
            blank = True
            continue
        stripped = left.rstrip()
        offset = pos + len(raw) - len(left)
        size = len(stripped)
        if size > LONG_LINE:
            for a, b in segments(stripped):
                append(new(Line, (index, row, offset + a, offset + b, stripped[a:b], blank)))
                index += 1
                blank = False
            continue
        append(new(Line, (index, row, offset, offset + size, stripped, blank)))
        index += 1
        blank = False
    return lines


#: A line longer than this is a page that lost its line breaks (a whole page on one line):
#: it is cut where sentences end and where menus put wide gaps or bars, so that the steps
#: after this one still see its parts. No paragraph of an article runs this long.
LONG_LINE = 5_000
_SEGMENT_BREAK = re.compile(
    r"(?<=[.!?…])[\"”’»)\]]*\s+(?=[\"“‘«(\[A-Z\u0400-\u042F])|\s{3,}|\s+[|•·]\s+")


def segments(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the sentences and menu items of one very long line (stripped)."""
    out, start = [], 0
    for m in _SEGMENT_BREAK.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


_LINKS_HEADING = re.compile(r"^#{1,4}\s*links\s*:?\s*$", re.I)
_MD_LIST_LINK = re.compile(r"^[-*+]\s+\[(?P<anchor>[^\]]*)\]\((?P<url>[^)]*)\)")
_MD_LINK = re.compile(r"\[(?P<anchor>[^\]\n]{1,300})\]\((?P<url>[^)\s]{0,2000})(?:\s+\"[^\"]*\")?\)")


def link_section(lines: list[Line]) -> int:
    """Index of the first line of a trailing ``## Links`` list, or ``len(lines)`` if none.

    The heading counts only when most lines after it are Markdown list links, so an
    article with a section called "Links" keeps its text.
    """
    for line in lines:
        if line.text[0] == "#" and _LINKS_HEADING.match(line.text):
            after = lines[line.index + 1:]
            if not after:
                return line.index
            listed = sum(1 for x in after if _MD_LIST_LINK.match(x.text))
            if listed >= 0.6 * len(after):
                return line.index
    return len(lines)


def link_anchors(lines: list[Line]) -> frozenset[str]:
    """Normalised anchor texts of every Markdown link in the given lines."""
    anchors: set[str] = set()
    for line in lines:
        for m in _MD_LINK.finditer(line.text):
            key = normalise(m.group("anchor"))
            if key:
                anchors.add(key)
    return frozenset(anchors)


# Words: runs of letters (Latin, Greek, Cyrillic), with inner apostrophes and hyphens.
# Explicit ranges: Python's re is twice as fast on them as on [^\W\d_]; possessive
# quantifiers (no backtracking into a run of letters) more than twice as fast again.
_LETTERS = "A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF"
WORD = re.compile(f"[{_LETTERS}]++(?:['’\\-][{_LETTERS}]++)*+")


def normalise(text: str, words: list[str] | None = None) -> str:
    """Lower-case words joined by single spaces: the key two copies of a line share."""
    return " ".join(words if words is not None else WORD.findall(text)).lower()
