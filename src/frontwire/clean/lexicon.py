"""The word lists and patterns the cleaner reads from ``clean/data/`` (loaded once)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources


def _data_lines(name: str) -> list[str]:
    text = (resources.files("frontwire.clean") / "data" / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@cache
def boilerplate_line() -> PhraseSet:
    """Whole lines that are page furniture ("Share", "Advertisement", "4h ago")."""
    return PhraseSet(_data_lines("boilerplate_lines.txt"), whole=True)


class PhraseSet:
    """Many regular expressions searched in a line, fast.

    One big alternation is slow in Python's ``re`` (every branch is tried at every
    position), so each pattern gets trigger words, one of which any match contains
    ("reserved" for "all rights reserved"), and is only searched in lines that have one.
    """

    def __init__(self, patterns: list[str], whole: bool = False):
        self.whole = whole
        self._by_trigger: dict[str, list[re.Pattern[str]]] = {}
        always = []
        for p in patterns:
            # each top-level branch is its own check, so that one branch without a
            # literal word does not make a whole line of alternatives always tried
            for branch in _top_level_branches(p):
                spaced = _any_space(branch)
                compiled = re.compile(f"(?:{spaced})\\Z" if whole else spaced, re.I)
                triggers = trigger_words(branch)
                if not triggers:
                    always.append(branch)
                for word in triggers:
                    self._by_trigger.setdefault(word, []).append(compiled)
        joined = "|".join(f"(?:{_any_space(b)})" for b in always)
        self._always = re.compile(f"(?:{joined})\\Z" if whole else joined, re.I) if always else None
        self._triggers = frozenset(self._by_trigger)

    def search(self, text: str, words: Iterable[str] | None = None) -> bool:
        """Whether a pattern occurs in ``text`` (matches all of it, for a set of whole lines).

        ``words``: the text's lower-case words (any iterable), if the caller has them already.
        """
        if words is None:
            words = {w.lower() for w in _WORD.findall(text)}
        find = "match" if self.whole else "search"
        for word in self._triggers.intersection(words):      # in C: most words trigger nothing
            for pattern in self._by_trigger[word]:
                if getattr(pattern, find)(text):
                    return True
        return self._always is not None and getattr(self._always, find)(text) is not None

    def fullmatch(self, text: str, words: Iterable[str] | None = None) -> bool:
        return self.search(text, words)


def _any_space(pattern: str) -> str:
    """A pattern whose spaces match any run of white space (pages put no-break spaces in)."""
    out, in_class = [], False
    for i, c in enumerate(pattern):
        if c == "[" and (i == 0 or pattern[i - 1] != "\\"):
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        out.append(r"\s+" if c == " " and not in_class else c)
    return "".join(out)


_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_SAFE_WORD = re.compile(r"(?:(?<=^)|(?<=[ )?#]))([^\W\d_A-Z](?:[^\W\d_A-Z]|['’\-]){2,})(?= |$)")   # any script


def trigger_words(pattern: str) -> frozenset[str]:
    """Words one of which every match of ``pattern`` contains (empty: always search).

    Each top-level branch gives its longest whole literal word outside groups; a branch
    without one makes the answer empty.
    """
    out = set()
    for branch in _top_level_branches(pattern):
        outside = _outside_groups(branch)
        words = [m.group(1) for m in _SAFE_WORD.finditer(outside)]
        if not words:
            return frozenset()
        # the rarest word makes the best trigger: a word that is no function word, then the longest
        out.add(max(words, key=lambda w: (w not in english_stopwords(), len(w))))
    return frozenset(out)


def _outside_groups(branch: str) -> str:
    """The branch with groups, classes and escapes blanked out (by a character that is no word)."""
    out, depth, i = [], 0, 0
    while i < len(branch):
        c = branch[i]
        if c == "\\":
            # \s and \W stand for non-word characters: a word next to one is whole
            out.append(" " if branch[i + 1:i + 2] in ("s", "W") else "#")
            i += 2
            continue
        if c == "[":
            j = branch.find("]", i + 1)
            out.append("#")
            i = len(branch) if j < 0 else j + 1
            continue
        if c == "(":
            depth += 1
            out.append("#")
        elif c == ")":
            depth -= 1
            out.append(")")
        else:
            out.append(c if depth == 0 else "#")
        i += 1
    text = "".join(out)
    # a literal with a quantifier is optional: blank its last character
    return re.sub(r".[?*{]", "#", text)


def _top_level_branches(pattern: str) -> list[str]:
    branches, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


@cache
def boilerplate_phrase() -> PhraseSet:
    """Phrases that make any line furniture ("all rights reserved", "use cookies")."""
    return PhraseSet(_data_lines("boilerplate_phrases.txt"))


@cache
def call_to_action() -> re.Pattern[str]:
    """Buttons under an appeal or a product pitch ("Learn more", "Become a member")."""
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in _data_lines("calls_to_action.txt")) + r")\Z", re.I)


@cache
def box_header() -> re.Pattern[str]:
    """Headers of link boxes ("Recommended stories", "Read more", "Top Stories")."""
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in _data_lines("box_headers.txt")) + r")\Z", re.I)


@cache
def english_stopwords() -> frozenset[str]:
    return frozenset(w for line in _data_lines("stopwords_en.txt") for w in line.split())


@cache
def function_words() -> frozenset[str]:
    """Words a sentence cannot end on: a line ending on one goes on in the next line."""
    return frozenset(w for line in _data_lines("function_words.txt") for w in line.split())


@cache
def language_stopwords() -> dict[str, frozenset[str]]:
    out = {}
    for line in _data_lines("language_stopwords.tsv"):
        code, _, words = line.partition("\t")
        out[code.strip()] = frozenset(words.split())
    return out


@cache
def agencies() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for line in _data_lines("agencies.tsv"):
        name, _, forms = line.partition("\t")
        out.append((name.strip(), re.compile(r"(?<![\w.])(?:" + forms.strip() + r")(?![\w])")))
    return out
