"""Finding place names in text: a word-key trie walk over the gazetteer's names.

A text is cut into :class:`Token` words; at each word, the gazetteer's names that start with the
word's key (:func:`frontwire.geo.normalize.name_key`) are tried, longest first, against the
following words. No tagger is needed, and a page of text takes a few milliseconds. What follows a
name is read too: "region"/"oblast" (a region), "district"/"raion" (a raion or a city district),
"direction"/"axis" (a front direction).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from frontwire.geo.gazetteer import Entry, Gazetteer, adjective_stem
from frontwire.geo.normalize import WORD, fold, name_key

REGION_WORDS = {"region", "oblast", "province", "krai", "kray", "territory", "republic",
                "regions", "oblasts", "provinces", "oblasti"}
DISTRICT_WORDS = {"district", "raion", "rayon", "districts", "microdistrict", "borough"}
DIRECTION_WORDS = {"direction", "directions", "axis", "sector", "front", "axes"}
# A name longer than this many words is not tried (the longest real names are ~5 words).
MAX_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?:;\"“”(\[]\s*$|^\s*$")
# Zero-width characters that some pages scatter between words ("Abu \u200bDhabi"): not there.
_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff\u00ad")


@dataclass(slots=True)
class Token:
    start: int         # offsets into the article's source text
    end: int
    text: str
    key: str
    before: str        # the characters between the previous word and this one
    sentence_start: bool

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class Candidate:
    entry: Entry
    primary: bool      # named by its own name rather than an alternate spelling
    stem: bool = False  # a region named by its stem ("Odesa" of Odesa Oblast)
    exact: bool = True  # spelled as the gazetteer spells one of its names (not only same key)


@dataclass(slots=True)
class Match:
    first: int          # token indexes, end exclusive
    last: int
    start: int          # offsets into the source text
    end: int
    candidates: list[Candidate]
    suffix: str | None = None     # "region", "district", "direction" when the next word says so
    plural_suffix: bool = False   # "regions", "districts", "directions"
    cues: dict = field(default_factory=dict)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The words of one paragraph, with offsets shifted by ``offset``."""
    out: list[Token] = []
    prev_end = 0
    for m in WORD.finditer(text):
        start, word = m.start(), m.group()
        end = m.end()
        possessive = word.endswith(("'s", "’s"))
        if possessive:
            word, end = word[:-2], end - 2
        before = text[prev_end:start].translate(_INVISIBLE)
        sentence_start = not out or bool(_SENTENCE_END.search(before))
        out.append(Token(start + offset, end + offset, word, name_key(word), before, sentence_start))
        if possessive:
            prev_end = end  # the "'s" is left in the next token's ``before``
        else:
            prev_end = m.end()
    return out


def _joined(tokens: list[Token], i: int) -> bool:
    """Whether token i continues a name from token i-1 (a space or a hyphen between)."""
    sep = tokens[i].before
    # "Donetsk People's Republic": the possessive is inside the name
    return sep in (" ", "-", "–", " - ", "'s ", "’s ") or (sep.isspace() and "\n" not in sep and len(sep) <= 2)


def find_matches(tokens: list[Token], gaz: Gazetteer) -> list[Match]:
    """Every longest gazetteer name in the tokens, left to right, not overlapping."""
    matches: list[Match] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        names = gaz.names.get(tok.key)
        if not names:
            i += 1
            continue
        best_len, found = 0, []
        for name in names:
            length = 1 + len(name.rest)
            if length < best_len or i + length > n or length > MAX_WORDS:
                continue
            ok = all(tokens[i + 1 + j].key == k and _joined(tokens, i + 1 + j)
                     for j, k in enumerate(name.rest))
            if not ok:
                continue
            if name.acronym and not all(t.text.isupper() for t in tokens[i:i + length]):
                continue
            surface = " ".join(fold(t.text) for t in tokens[i:i + length])
            if name.exact is not None and surface != name.exact:
                continue
            best_len = length
            found.append((length, Candidate(gaz.entries[name.entry], name.primary,
                                            exact=surface == name.surface)))
        found = [c for length, c in found if length == best_len]
        # Region stems are names too: "Odeska oblast", "Samara region".
        stem_hits = _region_stems(tokens, i, gaz)
        if stem_hits and stem_hits[0] >= best_len:
            if stem_hits[0] > best_len:
                found = []
            best_len = stem_hits[0]
            found += [Candidate(gaz.entries[e], True, stem=True) for e in stem_hits[1]]
        if not found:
            i += 1
            continue
        last = i + best_len
        m = Match(i, last, tok.start, tokens[last - 1].end, _dedupe(found))
        _read_suffix(tokens, m)
        matches.append(m)
        i = last
    return matches


def _region_stems(tokens: list[Token], i: int, gaz: Gazetteer) -> tuple[int, list[int]] | None:
    for length in (3, 2, 1):
        if i + length > len(tokens):
            continue
        if length > 1 and not all(_joined(tokens, i + j) for j in range(1, length)):
            continue
        key = tuple(t.key for t in tokens[i:i + length])
        hits = gaz.region_stems.get(key)
        if hits:
            return length, hits
    return None


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    by_entry: dict[int, Candidate] = {}
    for c in cands:
        old = by_entry.get(c.entry.idx)
        if old is None or (c.primary and not old.primary) or (old.stem and not c.stem):
            c.exact = c.exact or (old is not None and old.exact)
            by_entry[c.entry.idx] = c
        else:
            old.exact = old.exact or c.exact
    return list(by_entry.values())


def _read_suffix(tokens: list[Token], m: Match) -> None:
    if m.last >= len(tokens) or "\n" in tokens[m.last].before:
        return
    nxt = tokens[m.last]
    if nxt.before not in (" ", "-", " - "):
        return
    word = nxt.lower
    for kind, words in (("region", REGION_WORDS), ("district", DISTRICT_WORDS),
                        ("direction", DIRECTION_WORDS)):
        if word in words:
            m.suffix = kind
            m.plural_suffix = word.endswith("s") and word not in ("axis",) or word == "oblasti"
            return


def district_candidates(word: str, gaz: Gazetteer) -> tuple[list[Entry], list[Entry]]:
    """City districts and raions a word before "district" may name ("Saltivskyi", "Pokrovsk")."""
    stem = adjective_stem(word)
    key = name_key(word)
    city = []
    for k in filter(None, {stem, key}):
        city += [gaz.entries[i] for i in gaz.district_stems.get(k, ())]
    raions = []
    for k in filter(None, {stem, key}):
        for cut in range(len(k), max(len(k) - 6, 2), -1):
            hits = gaz.raion_stems.get(k[:cut])
            if hits:
                raions += [gaz.entries[i] for i in hits]
                break
    return list({e.idx: e for e in city}.values()), list({e.idx: e for e in raions}.values())
