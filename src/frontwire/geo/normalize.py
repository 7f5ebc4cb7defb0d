"""Tokens and name keys: how a place name in a text meets the same name in the gazetteer.

News spells Ukrainian and Russian names in many ways: Kupiansk and Kupyansk, Zaporizhzhia and
Zaporizhzhya, Izium and Izyum, Mar'inka and Marinka, Artsyz and Arciz, Huliaipole and
Gulyaypole. :func:`name_key` folds a token to a skeleton in which these variants coincide:
diacritics and apostrophes go, ``y``/``j`` become ``i``, the iotated vowels (``ia``, ``iu``,
``ie``, ``io``) lose their ``i``, ``g`` becomes ``h`` (Russian g for Ukrainian h), a ``c`` not
before ``h`` becomes ``ts``, and doubled letters collapse. Keys are compared, never shown.
"""

from __future__ import annotations

import re
import unicodedata

# A word: letters, with apostrophes inside (Mar'inka, Mykil's'ke); hyphens split words.
WORD = re.compile(r"[^\W\d_]+(?:['’ʹʼ`´][^\W\d_]+)*", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s$")
_APOSTROPHES = str.maketrans("", "", "'’ʹʼ`´ʻ‘")
_LATIN = re.compile(r"^[a-z]+$")
_RULES = (
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"w"), "v"),
    (re.compile(r"g"), "h"),
    (re.compile(r"c(?!h)"), "ts"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"i([aeouy])"), r"\1"),
    (re.compile(r"(?<=[a-z]{3})[oe]vka$"), "ivka"),
)


def fold(text: str) -> str:
    """Lower case, without diacritics or apostrophes (Cyrillic letters stay Cyrillic)."""
    text = text.translate(_APOSTROPHES).lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    # й and ё are letters of their own: recompose them rather than strip their marks.
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("и\u0306", "й").replace("е\u0308", "ё")


def name_key(word: str) -> str:
    """The spelling-variant skeleton of one word (see the module docstring)."""
    word = fold(_POSSESSIVE.sub("", word))
    if not _LATIN.match(word):
        return word
    for pattern, repl in _RULES:
        word = pattern.sub(repl, word)
    return word


def tokens(text: str) -> list[tuple[int, int, str]]:
    """The words of a text as (start, end, word), a possessive ``'s`` left out of the word."""
    out = []
    for m in WORD.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        p = _POSSESSIVE.search(word)
        if p:
            end -= len(p.group())
            word = word[: len(word) - len(p.group())]
        out.append((start, end, word))
    return out


def phrase_key(name: str) -> tuple[str, ...]:
    """The key of a whole name: the keys of its words ("Nova Kakhovka" -> two keys)."""
    return tuple(name_key(w) for _, _, w in tokens(name))
