"""Evidence highlighting: split a text into plain and marked pieces.

The pieces are plain strings; the template escapes each one, so a page whose text holds
markup shows that markup as text, highlighted or not.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    text: str
    marked: bool = False


def locate_evidence(text: str, evidence: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """Where the evidence lies in ``text``: its offsets when they hold, else its first occurrence."""
    if start is not None and end is not None and 0 <= start < end <= len(text) and text[start:end] == evidence:
        return start, end
    if evidence:
        found = text.find(evidence)
        if found >= 0:
            return found, found + len(evidence)
    return None


def pieces(text: str, mark: tuple[int, int] | None, offset: int = 0) -> list[Piece]:
    """``text`` (which starts at ``offset`` of the source text) with ``mark`` highlighted."""
    if mark is None:
        return [Piece(text)]
    start = max(mark[0] - offset, 0)
    end = min(mark[1] - offset, len(text))
    if start >= end:
        return [Piece(text)]
    out = [Piece(text[:start]), Piece(text[start:end], True), Piece(text[end:])]
    return [p for p in out if p.text]


def paragraphs(body: list[str], spans: list[list[int]] | list[tuple[int, int]],
               mark: tuple[int, int] | None) -> list[list[Piece]]:
    """Each paragraph as pieces, the part that falls inside ``mark`` highlighted.

    ``spans`` are the paragraphs' offsets in the source text, so the mark (offsets in that
    same text) can cross paragraph boundaries. A paragraph without a usable span is shown
    unmarked.
    """
    out = []
    for i, para in enumerate(body):
        span = spans[i] if i < len(spans) else None
        if span is None or len(span) != 2 or span[1] - span[0] != len(para):
            out.append([Piece(para)])
            continue
        out.append(pieces(para, mark, span[0]))
    return out
