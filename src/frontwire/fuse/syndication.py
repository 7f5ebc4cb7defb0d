"""Syndicated copies: the same wire story on many sites counts as one source.

The steps:

1. :func:`shingles`: the body as a set of hashed five-word shingles (lower case, words
   only, so punctuation, quotes and spacing that sites change do not matter).
2. :func:`fingerprint`: a MinHash signature of that set (datasketch), small enough to
   store for every document.
3. :func:`candidate_pairs`: MinHash LSH finds pairs whose shingle sets may overlap
   (Jaccard similarity of :data:`CANDIDATE_JACCARD` or more), new documents against all;
   the signatures' estimate of the overlap (:func:`may_be_copy`) drops chance meetings.
4. :func:`is_copy`: the exact check on a candidate pair. Copies share most of their
   shingles (Jaccard 0.5), or the shorter is mostly contained in the longer (a site
   that trims the wire story, or adds a paragraph), as long as it is not a mere quote:
   the shorter must be at least a fifth of the longer.
5. :func:`group_documents`: copy pairs linked into groups (union-find); a group is named
   by its smallest document id, so the grouping does not depend on reading order.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
NUM_PERM = 128
SCHEME = "affine32"         # datasketch's hashing scheme; stored signatures depend on it
MIN_SHINGLES = 8            # fewer (a headline, an empty page): never a copy of anything
CANDIDATE_JACCARD = 0.2     # LSH threshold: containment 0.8 at a size ratio of 1:3 is J ~ 0.25
COPY_JACCARD = 0.5
COPY_CONTAINMENT = 0.8
MIN_SIZE_RATIO = 0.2

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[int]:
    """Hashed (CRC-32, stable across runs) five-word shingles of the text."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {zlib.crc32(" ".join(words).encode("utf-8", "surrogatepass"))} if words else set()
    return {zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8", "surrogatepass"))
            for i in range(len(words) - SHINGLE_WORDS + 1)}


def _identity(value: int) -> int:
    return value


@dataclass(frozen=True)
class Overlap:
    jaccard: float
    containment: float         # share of the shorter document's shingles in the longer
    size_ratio: float          # shorter / longer


@dataclass(frozen=True)
class Fingerprint:
    """A document's MinHash signature and the size of its shingle set."""

    doc_id: str
    size: int
    hashvalues: bytes          # NUM_PERM unsigned 32-bit integers (datasketch's affine32 scheme)

    def minhash(self) -> MinHash:
        return MinHash(num_perm=NUM_PERM, hashfunc=_identity, scheme=SCHEME, permutations=_permutations(),
                       hashvalues=self.values())

    def values(self) -> np.ndarray:
        return np.frombuffer(self.hashvalues, dtype=np.uint32)


@lru_cache(maxsize=1)
def _permutations():
    # datasketch draws the permutations from its seed on every MinHash(); draw them once
    return MinHash(num_perm=NUM_PERM, hashfunc=_identity, scheme=SCHEME).permutations


def fingerprint(doc_id: str, text_or_shingles: str | set[int]) -> Fingerprint:
    sh = shingles(text_or_shingles) if isinstance(text_or_shingles, str) else text_or_shingles
    m = MinHash(num_perm=NUM_PERM, hashfunc=_identity, scheme=SCHEME, permutations=_permutations())
    if sh:
        m.update_batch(list(sh))
    return Fingerprint(doc_id, len(sh), np.asarray(m.hashvalues, dtype=np.uint32).tobytes())


def estimated_overlap(a: Fingerprint, b: Fingerprint) -> Overlap:
    """Jaccard from the signatures, and the containment it implies given the set sizes."""
    jaccard = float(np.mean(a.values() == b.values()))
    small, large = sorted((a.size, b.size))
    if small == 0:
        return Overlap(0.0, 0.0, 0.0)
    inter = jaccard * (a.size + b.size) / (1 + jaccard)
    return Overlap(jaccard, min(1.0, inter / small), small / large)


def may_be_copy(a: Fingerprint, b: Fingerprint) -> bool:
    """A cheap, generous filter before the exact check (the estimates are noisy)."""
    est = estimated_overlap(a, b)
    return est.size_ratio >= MIN_SIZE_RATIO and (est.jaccard >= COPY_JACCARD - 0.15
                                                 or est.containment >= COPY_CONTAINMENT - 0.25)


def candidate_pairs(new: Iterable[Fingerprint], old: Iterable[Fingerprint] = ()) -> set[tuple[str, str]]:
    """Pairs (a < b) among the new documents and between new and old ones that may be copies:
    MinHash LSH finds them, the signatures' own estimate weeds out the chance meetings
    (the same test as :func:`may_be_copy`, on all of a query's candidates at once)."""
    new, old = [f for f in new if f.size >= MIN_SHINGLES], [f for f in old if f.size >= MIN_SHINGLES]
    if not new:
        return set()
    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    prints: dict[str, Fingerprint] = {}
    for f in old + new:
        if f.doc_id not in prints:
            prints[f.doc_id] = f
            lsh.insert(f.doc_id, f.minhash())
    ids = list(prints)
    row = {d: i for i, d in enumerate(ids)}
    signatures = np.stack([prints[d].values() for d in ids])
    sizes = np.array([prints[d].size for d in ids], dtype=np.float64)
    pairs: set[tuple[str, str]] = set()
    for f in new:
        others = [d for d in lsh.query(f.minhash()) if d != f.doc_id]
        if not others:
            continue
        rows = np.array([row[d] for d in others])
        jaccard = (signatures[rows] == f.values()).mean(axis=1)
        small = np.minimum(sizes[rows], f.size)
        large = np.maximum(sizes[rows], f.size)
        containment = np.minimum(1.0, jaccard * (sizes[rows] + f.size) / (1 + jaccard) / small)
        keep = (small / large >= MIN_SIZE_RATIO) & ((jaccard >= COPY_JACCARD - 0.15)
                                                   | (containment >= COPY_CONTAINMENT - 0.25))
        for d in np.asarray(others)[keep]:
            pairs.add((min(f.doc_id, str(d)), max(f.doc_id, str(d))))
    return pairs


def overlap(a: set[int], b: set[int]) -> Overlap:
    if not a or not b:
        return Overlap(0.0, 0.0, 0.0)
    inter = len(a & b)
    small, large = sorted((len(a), len(b)))
    return Overlap(inter / (len(a) + len(b) - inter), inter / small, small / large)


def is_copy(a: set[int], b: set[int]) -> bool:
    if min(len(a), len(b)) < MIN_SHINGLES:
        return False
    o = overlap(a, b)
    return o.jaccard >= COPY_JACCARD or (o.containment >= COPY_CONTAINMENT and o.size_ratio >= MIN_SIZE_RATIO)


def group_documents(doc_ids: Iterable[str], copies: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``doc_id -> group id`` (the smallest doc id of its group; a lone document its own)."""
    parent: dict[str, str] = {d: d for d in doc_ids}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in copies:
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {d: root(d) for d in parent}


def syndication_groups(texts: Mapping[str, str]) -> dict[str, str]:
    """All steps over a few documents held in memory: ``doc_id -> group id``."""
    sets = {d: shingles(t or "") for d, t in texts.items()}
    prints = [fingerprint(d, s) for d, s in sets.items()]
    copies = [(a, b) for a, b in candidate_pairs(prints) if is_copy(sets[a], sets[b])]
    return group_documents(texts.keys(), copies)
