"""Sentences of an article body, with their offsets in the source text, and the choice of
the few that can hold a claim.

Parsing is the expensive step, so the extractor parses only *candidate* sentences: those
that name an event (a strike, a clash, talks, a death toll...) by one of the trigger words
of :mod:`frontwire.extract.types`. The test is a single regular expression over the
sentence, which costs far less than a parse.

Text goes to the parser *normalised*: zero-width characters that some publishers scatter
through their copy ("At\\u200d least seven") are removed, non-breaking spaces become
spaces, and the markup of scraped pages (footnote calls such as "[94]", Markdown "**bold**",
headings) is blanked out with spaces of the same length (:func:`mask_markup`). A
:class:`Sentence` keeps the map back to the source, so evidence offsets always point into
``Article.source_text``. Headline items joined by a semicolon and bulleted leads are split
into sentences of their own; :func:`is_caption` tells a picture caption.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from frontwire.extract.lexicon import lexicon
from frontwire.records import Article

MAX_SENTENCE = 600     # characters; longer runs (tables, junk, a paragraph without stops) are cut
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"), None)
SPACES = {0x00A0: " ", 0x2009: " ", 0x202F: " ", 0x2007: " ", 0x3000: " "}

ABBREVIATIONS = frozenset("""
mr mrs ms dr gen lt col maj sgt capt cpt gov sen rep st jan feb mar apr jun jul aug sep sept oct
nov dec no nos vs etc inc ltd corp co jr sr prof adm brig cmdr pres rev approx est vol art fig
u.s u.n u.k e.u a.m p.m i.e e.g gov't dept govt min pp ca mt ft lt.-gen maj.-gen
""".split())

_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s)")
_NEXT_STARTS = re.compile(r"\s+(?=[A-Z0-9\"“‘'(\[*•–—-]|[А-ЯІЇЄ])")
_WORD_BEFORE = re.compile(r"([\w.'-]+)[.]+[\"”’')\]]*$")
_TERMINAL = re.compile(r"[.!?…:;\"”’')\]]\s*$")


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text`` is what the parser sees, ``start``/``end`` its place in the source.

    ``offsets`` maps each character of ``text`` to its offset in the source text; it is
    None when the two are the same text (``source = start + i``), the usual case.
    """

    text: str
    start: int
    end: int
    paragraph: int
    index: int
    offsets: tuple[int, ...] | None = None

    def source_offset(self, i: int) -> int:
        """The source offset of character ``i`` of ``text`` (``len(text)`` maps to ``end``)."""
        if self.offsets is None:
            return self.start + i
        if i >= len(self.offsets):
            return self.end
        return self.offsets[max(i, 0)]

    def source_span(self, i: int, j: int) -> tuple[int, int]:
        """The source span of ``text[i:j]``."""
        if j <= i:
            s = self.source_offset(i)
            return s, s
        return self.source_offset(i), self.source_offset(j - 1) + 1


def normalise(raw: str) -> tuple[str, list[int] | None]:
    """``raw`` without zero-width characters, and the offset map when any were removed;
    markup blanked out (:func:`mask_markup`)."""
    spaced = raw.translate(SPACES)
    text = mask_markup(spaced.translate(ZERO_WIDTH))
    if len(text) == len(raw):
        return text, None
    keep = [i for i, ch in enumerate(spaced) if ord(ch) not in ZERO_WIDTH]
    return text, keep


# Markup that scraped pages keep in their text: footnote calls ("[94]", "[[xvii]](https://...)"),
# Markdown emphasis ("**Russian forces ...**"), headings ("#### "), quote marks ("> ") and
# bullets ("* "). A footnote number is not a count, and a call or a "**" after a full stop
# hides the sentence boundary ("... on February 21.[94] A Russian milblogger claimed ...").
_MARKUP = re.compile(
    r"\[\[?(?:\d{1,4}|[ivxlcdm]{1,8})\]\]?(?:\([^()\s]{0,300}\))?"   # footnote calls
    r"|\*{1,3}|(?<![\w])_{1,2}(?=\w)|(?<=[\w.,;:!?\"”’)])_{1,2}(?!\w)"     # **bold**, _italics_
    r"|^\s*#{1,6}(?=\s)|^\s*>(?=\s)",                                    # headings, quotes
    re.IGNORECASE | re.MULTILINE)


def mask_markup(text: str) -> str:
    """``text`` with its markup replaced by spaces: same length, so offsets still hold."""
    if not any(ch in text for ch in "[*_#>"):
        return text
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


def paragraph_spans(article: Article) -> Iterator[tuple[int, int, int]]:
    """``(start, end, paragraph index)`` of each body paragraph, joining a sentence that the
    page broke over two lines ("... Ukrainian Prime" / "Minister Yulia Svyrydenko said.")."""
    spans = [(s, e) for s, e in article.spans if 0 <= s < e <= len(article.source_text)]
    i = 0
    while i < len(spans):
        s, e = spans[i]
        j = i
        while j + 1 < len(spans) and _continues(article.source_text, spans[j], spans[j + 1]):
            j += 1
        yield s, spans[j][1], i
        i = j + 1


def _continues(source: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    a = source[first[0]:first[1]].translate(ZERO_WIDTH).strip()
    b = source[second[0]:second[1]].translate(ZERO_WIDTH).strip()
    gap = source[first[1]:second[0]]
    if not a or not b or gap.count("\n") > 1 or _TERMINAL.search(a) or not _TERMINAL.search(b):
        return False
    words_a, words_b = a.split(), b.split()
    # a broken sentence runs on mid-clause: long enough, with a comma, and a short tail
    return (len(words_a) >= 6 and ("," in a or len(words_a) >= 12)
            and (b[:1].islower() or len(words_b) <= 8))


def split_text(text: str) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph: stops followed by a capital, not after an abbreviation."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        nxt = _NEXT_STARTS.match(text, end)
        if not nxt:
            continue
        if m.group().startswith((".",)):
            w = _WORD_BEFORE.search(text[max(0, end - 30):end])
            word = w.group(1).lower() if w else ""
            if word.rstrip(".") in ABBREVIATIONS:
                continue
            if len(word) == 1 and word.isalpha() and not re.search(r"\b(?:on|to|via)\s+\w\.$", text[max(0, end - 8):end]):
                continue                   # an initial ("Donald J. Trump"), not "wrote on X."
        if end - start > 0:
            spans.append((start, end))
        start = nxt.end()
    if start < len(text):
        spans.append((start, len(text)))
    out = []
    for s, e in spans:
        for s, e in _items(text, s, e):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.extend(_cut(text, s, e))
    return out


# Where a headline or a bulleted lead joins independent items: "Kyiv hit by air attack; 45
# drones shot down, Zelenskiy says", "• Ukraine says it shot down 4 missiles • ...". A list of
# places after a semicolon ("; northwest of Siversk near Dronivka") goes on in lower case.
_ITEM_BREAK = re.compile(r";\s+(?=[A-Z0-9\"“‘])|\s[•▪●]\s")


def _items(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """Spans of the independent items of one sentence (itself when it has none)."""
    start = s
    for m in _ITEM_BREAK.finditer(text, s, e):
        left, right = text[start:m.start()], text[m.end():e]
        if len(left.split()) >= 5 and len(right.split()) >= 3 or m.group().strip() in "•▪●":
            yield start, m.start() + (1 if m.group().startswith(";") else 0)
            start = m.end()
    yield start, e


def _cut(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """Pieces of at most MAX_SENTENCE characters, cut at a space where there is one."""
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        if cut <= s:
            cut = s + MAX_SENTENCE
        yield s, cut
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        yield s, e


def split_sentences(article: Article) -> list[Sentence]:
    """Every sentence of the body, in order."""
    out: list[Sentence] = []
    for p_start, p_end, p_index in paragraph_spans(article):
        raw = article.source_text[p_start:p_end]
        text, keep = normalise(raw)
        for s, e in split_text(text):
            if keep is None:
                out.append(Sentence(text[s:e], p_start + s, p_start + e, p_index, len(out)))
            else:
                offsets = tuple(p_start + keep[k] for k in range(s, e))
                out.append(Sentence(text[s:e], offsets[0], offsets[-1] + 1, p_index, len(out),
                                    offsets))
    return out


# Forms of the trigger words that their stems do not cover (irregular verbs, odd plurals).
IRREGULAR = ("struck", "shot", "fought", "took", "taken", "hurt", "died", "dead", "fell", "fallen",
             "brought", "met", "spoke", "spoken", "freed", "won", "lost", "hit", "downed", "casualt",
             "injur", "wound", "killing", "attacks", "stormed", "swapped", "retook", "retaken", "sank",
             "sunk", "sent", "sending", "killing")
# words too common to pick a sentence by: a multiword trigger is found by its other words
_FUNCTION_WORDS = frozenset({"the", "a", "an", "no", "in", "into", "of", "to", "on", "at", "by", "for",
                             "with", "under", "over", "out", "down", "up", "back", "off", "without",
                             "came", "come", "take", "taken", "took", "taking", "gain", "regain",
                             "try", "tried", "attempt", "attempted", "bring", "hand", "handed", "cost",
                             "their", "win", "round", "process", "full", "phone", "summary", "central",
                             "peace", "military", "lose", "lost", "efforts", "training", "influence"})


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("e") else word   # strik(es|ing), captur(ed)


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in set(words) if w), key=len, reverse=True))


@lru_cache(maxsize=1)
def _candidate_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Three tests: a trigger that counts anywhere; a trigger that needs context; the context."""
    lex = lexicon()
    strong, weak = set(IRREGULAR), set()
    for patterns in lex.triggers.values():
        for pat in patterns:
            content = [w for w in pat.words if w not in _FUNCTION_WORDS] or list(pat.words)
            key = _stem(max(content, key=len))
            (weak if pat.needs else strong).add(key)
    context = {_stem(w) for words in lex.context.values() for w in words}
    flags = re.IGNORECASE
    return (re.compile(rf"(?<![\w-])(?:{_alternation(strong)})", flags),
            re.compile(rf"(?<![\w-])(?:{_alternation(weak - strong)})", flags),
            re.compile(rf"(?<![\w-])(?:{_alternation(context)})", flags))


# an entry of a reference list: "Headline – Outlet, accessed February 21, 2026, <https://...>"
_CITATION = re.compile(r"\b(?:accessed|retrieved|archived)(?:\s+on)?\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+"
                       r"(?:\d{1,2},?\s+)?\d{4}\b|[,–-]\s*<https?://\S+\s*$|^\s*\[?\d{1,3}\]?\.?\s+.{0,200}https?://\S+\s*$")


def is_citation(text: str) -> bool:
    """Whether a sentence is a reference list's entry, which cites a report and makes none."""
    return _CITATION.search(text) is not None


def is_candidate(text: str) -> bool:
    """Whether a sentence has an event word (with its context, for the words that need one)
    and so is worth parsing."""
    if len(text) < 12 or is_citation(text):
        return False
    strong, weak, context = _candidate_res()
    if strong.search(text):
        return True
    return weak.search(text) is not None and context.search(text) is not None


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def sentence_case(text: str, keep: set[str] = frozenset(), keep_spans=()) -> str:
    """A Title Case Headline In Sentence Case, for the parser: the tagger reads capitalised
    words as names. Length and offsets are unchanged; names (``keep``: lowercase words of
    the lexicons; ``keep_spans``: the places found in the text), acronyms and the first word
    keep their capitals. Other text is returned as it is."""
    words = [m for m in _WORD.finditer(text) if len(m.group()) >= 4]
    if len(words) < 4 or sum(w.group()[0].isupper() for w in words) < 0.8 * len(words) \
            or text.rstrip().endswith("."):
        return text                       # running text with many names is not a headline
    out = list(text)
    for i, m in enumerate(_WORD.finditer(text)):
        word = m.group()
        if i == 0 or not word[0].isupper() or word.isupper() or word.lower() in keep:
            continue
        if any(s <= m.start() < e for s, e in keep_spans):
            continue
        out[m.start()] = word[0].lower()
    return "".join(out)


# A picture caption: a gallery counter ("[1/5]"), the photographer's words, or the wire photo
# form that ends on the place and the date ("... in Kyiv, Ukraine, Wednesday, Feb. 4, 2026.")
_MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_CAPTION = re.compile(
    r"^\W*\[\d{1,2}/\d{1,2}\]"
    r"|\bpos(?:e|es|ed|ing) for (?:a |the )?(?:picture|photo|photograph|portrait)\b"
    r"|\bin this (?:handout |undated |file |aerial )?(?:image|photo|picture|photograph|screen ?grab|still)\b"
    r"|\((?:AP|Reuters|AFP|Getty)[^()]{0,20}(?:Photo|Images)[^()]{0,60}\)"
    r"|\b(?:REUTERS|AFP|Getty Images)/[A-Z]"
    rf"|,\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+)?{_MONTH_NAME}\s+\d{{1,2}},\s+20\d\d\.?\s*$",
    re.IGNORECASE)


def is_caption(text: str) -> bool:
    """Whether a sentence reads as a picture caption (claims.md rule 8: a caption is a claim
    only when it carries facts the body does not)."""
    return _CAPTION.search(text) is not None


# "KYIV, Ukraine (AP) — ", "ISTANBUL, March 6 (Reuters) - ", "**Kyiv, Ukraine –** ": where and
# when the story was filed, not where or when anything happened
_DATELINE = re.compile(r"^\W{0,3}[A-Z][A-Za-z.'’ ,-]{1,40}?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                       r"(?:\s*\([^()]{1,30}\))?\s*(?:—|–|--|-)\**\s")


def dateline_end(text: str) -> int:
    """Where a sentence's dateline ends (0 when it has none)."""
    m = _DATELINE.match(text)
    return m.end() if m else 0
