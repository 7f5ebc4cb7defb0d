"""Step 5: furniture run into the text of a line.

Feed items carry site furniture inside their one line of text, with no line break around
it: "... staging a false-flag operation. See all our Ukraine war coverage In a 2018
documentary ...", "... destroyed by air defences. Continue reading...". The line
classifier sees lines, so it cannot drop them; :func:`cut_furniture` cuts a line around
each such phrase (``clean/data/inline_furniture.txt``) into the pieces of text on either
side, each still a verbatim slice of the source.
"""

from __future__ import annotations

import re
from functools import cache

from frontwire.clean.lexicon import _data_lines
from frontwire.clean.lines import WORD, Line

#: What a piece may start or end with that is no text: spaces, bullets, separators left by the cut.
_LOOSE = " \t•·|,;:–—-"
#: A piece may also start with the full stop that closed the furniture ("... newsletter. The council ...").
_LOOSE_START = _LOOSE + "."


@cache
def inline_furniture() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(key, pattern)`` pairs: a pattern is only searched in lines that contain its key."""
    out = []
    for line in _data_lines("inline_furniture.txt"):
        key, _, pattern = line.partition("\t")
        out.append((key, re.compile(pattern)))
    return tuple(out)


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the furniture phrases in ``text``, in order, not overlapping."""
    spans = []
    for key, pattern in inline_furniture():
        if key in text:
            spans.extend(m.span() for m in pattern.finditer(text) if m.end() > m.start())
    spans.sort()
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def cut_furniture(line: Line) -> list[Line]:
    """The pieces of ``line`` around its furniture phrases (the line itself when it has none);
    pieces without a word are dropped. Each piece keeps the line's index and row."""
    spans = furniture_spans(line.text)
    if not spans:
        return [line]
    text, out, pos = line.text, [], 0
    for a, b in spans + [(len(text), len(text))]:
        start, end = pos, a
        while start < end and text[start] in _LOOSE_START:
            start += 1
        while end > start and text[end - 1] in _LOOSE:
            end -= 1
        if end > start and WORD.search(text, start, end):
            out.append(line._replace(start=line.start + start, end=line.start + end, text=text[start:end],
                                     gap_before=line.gap_before if not out else False))
        pos = b
    return out
