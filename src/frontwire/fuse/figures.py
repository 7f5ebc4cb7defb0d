"""Figures across claims: which agree, which conflict, and their range in an event.

A figure slot is (scope, unit, category): "launched drone", "killed person civilian".
Two claims' figures for the same slot agree when the numbers can both be true given how
each is qualified ("about 420" and 415; "at least 1,500" and 1,600), and conflict
otherwise. Slots that only one claim gives are neither.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from frontwire.records import Claim, FigureRange, Quantity

Slot = tuple[str, str, str | None]      # scope, unit, category

ABOUT = 0.1                             # "about N" allows N +- 10% (at least 1 either way)


def slot(q: Quantity) -> Slot:
    return (q.scope, q.unit, q.category)


def slot_label(s: Slot) -> str:
    scope, unit, category = s
    return " ".join(x for x in (scope, category, unit) if x)


def figures(claim: Claim) -> dict[Slot, Quantity]:
    """A claim's figures by slot; a slot given twice keeps its first figure."""
    out: dict[Slot, Quantity] = {}
    for q in claim.quantities:
        out.setdefault(slot(q), q)
    return out


def _bounds(q: Quantity) -> tuple[float, float]:
    if q.approx == "about":
        margin = max(1.0, q.value * ABOUT)
        return q.value - margin, q.value + margin
    if q.approx == "at_least":
        return float(q.value), float("inf")
    if q.approx == "at_most":
        return float("-inf"), float(q.value)
    return float(q.value), float(q.value)


def quantities_agree(a: Quantity, b: Quantity) -> bool:
    """Both numbers can be true: their ranges (exact, about, at least, at most) meet."""
    lo_a, hi_a = _bounds(a)
    lo_b, hi_b = _bounds(b)
    return lo_a <= hi_b and lo_b <= hi_a


@dataclass(frozen=True)
class Comparison:
    agree: tuple[Slot, ...]
    conflict: tuple[tuple[Slot, int, int], ...]   # slot, value in a, value in b

    @property
    def shared(self) -> int:
        return len(self.agree) + len(self.conflict)


def comparable(s: Slot) -> bool:
    """Slots of scope or unit "other" hold counts of unlike things: never compared."""
    return s[0] != "other" and s[1] != "other"


def compare(a: Claim, b: Claim) -> Comparison:
    fa, fb = figures(a), figures(b)
    agree, conflict = [], []
    for s in fa.keys() & fb.keys():
        if not comparable(s):
            continue
        if quantities_agree(fa[s], fb[s]):
            agree.append(s)
        else:
            conflict.append((s, fa[s].value, fb[s].value))
    return Comparison(tuple(sorted(agree, key=str)), tuple(sorted(conflict, key=str)))


def figure_ranges(claims: Iterable[Claim]) -> tuple[FigureRange, ...]:
    """The range of every slot over the claims, in a stable order."""
    values: dict[Slot, list[int]] = {}
    for claim in claims:
        for s, q in figures(claim).items():
            values.setdefault(s, []).append(q.value)
    out = []
    for s in sorted(values, key=lambda k: (k[0], k[1], k[2] or "")):
        vs = values[s]
        out.append(FigureRange(scope=s[0], unit=s[1], category=s[2], low=min(vs), high=max(vs),  # type: ignore[arg-type]
                               values=tuple(sorted(set(vs))), claims=len(vs)))
    return tuple(out)


def describe(quantities: Sequence[Quantity]) -> str:
    """``launched 176 drone, launched 1 missile`` (``~`` about, ``>=`` at least, ``<=`` at most)."""
    marks = {"exact": "", "about": "~", "at_least": ">=", "at_most": "<="}
    return ", ".join(f"{q.scope} {marks.get(q.approx, '')}{q.value} {q.unit}"
                     + (f" ({q.category})" if q.category else "") for q in quantities)
