"""The extractor's word lists, read once from ``extract/data/``.

``claimants.json`` names the institutions and people whose statements the news reports,
with their normalised names and sides (and, for outlets, their web addresses); ``lexicon.json`` holds the event trigger words, the
words that count things (units), the weapons and the reporting verbs.

Users extend the claimants with a file of the same shape (``{"claimants": [{"name",
"side", "kind", "aliases"}, ...]}``) named by the environment variable
``FRONTWIRE_CLAIMANTS``; its entries win over the built-in ones on a shared alias. A
missing or unreadable file is reported once on standard error and otherwise ignored.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from frontwire.records import Side

CLAIMANTS_ENV = "FRONTWIRE_CLAIMANTS"
SIDES = ("UA", "RU", "third_party", "media", "unknown")


@dataclass(frozen=True)
class Entity:
    """A known claimant: its normalised name, side and kind (org, person, state, media)."""

    name: str
    side: Side
    kind: str


@dataclass(frozen=True)
class Pattern:
    words: tuple[str, ...]
    pos: tuple[str | None, ...]
    label: str                   # the event type (triggers) or weapon
    needs: tuple[str, ...] = ()  # context classes, one of which must occur in the sentence


def norm_key(text: str) -> str:
    """How names are compared: lowercase, one apostrophe, "defense" read as "defence",
    dotted acronyms closed up ("U.S." -> "us"), a leading "the" dropped."""
    s = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    s = re.sub(r"\b((?:[a-z]\.){2,})", lambda m: m.group(1).replace(".", ""), s)
    s = s.replace("defense", "defence").replace("–", "-").replace("—", "-")
    s = re.sub(r"\s+", " ", s).strip(" ,.;:\"“”'")
    return re.sub(r"^the ", "", s)


def _read_json(name: str) -> Any:
    return json.loads(resources.files("frontwire.extract").joinpath("data", name).read_text("utf-8"))


class Claimants:
    """Alias -> :class:`Entity`, matched as whole words in a normalised phrase."""

    def __init__(self, entries: list[dict[str, Any]]):
        self.by_alias: dict[str, Entity] = {}
        self.by_name: dict[str, Entity] = {}
        self.by_domain: dict[str, Entity] = {}      # "aljazeera.com" -> Al Jazeera
        # acronyms count only as written: "WHO" is the agency, "who" is not; "AP", "UN", "SES"
        self.case_sensitive: set[str] = set()
        for e in entries:
            side = e.get("side", "unknown")
            if side not in SIDES or not e.get("name"):
                continue
            entity = Entity(e["name"], side, e.get("kind", "org"))
            self.by_name[norm_key(entity.name)] = entity
            for domain in e.get("domains", ()):
                self.by_domain[domain.lower()] = entity
            for alias in [e["name"], *e.get("aliases", [])]:
                key = norm_key(alias)
                if key:
                    self.by_alias[key] = entity
                    if alias.replace(".", "").isupper() and len(key) <= 5:
                        self.case_sensitive.add(key)
        keys = sorted(self.by_alias, key=len, reverse=True)
        self._re = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w-])")

    def find(self, phrase: str) -> list[tuple[int, Entity, str]]:
        """Every known claimant named in ``phrase``: ``(position, entity, alias)``, in order."""
        key = norm_key(phrase)
        out = []
        for m in self._re.finditer(key):
            alias = m.group()
            if alias in self.case_sensitive and not _acronym_in(phrase, alias):
                continue
            out.append((m.start(), self.by_alias[alias], alias))
        return out

    def outlet(self, host: str) -> Entity | None:
        """The outlet a web host belongs to: "www.aljazeera.com" -> Al Jazeera."""
        parts = host.lower().split(".")
        for k in range(len(parts) - 1):
            found = self.by_domain.get(".".join(parts[k:]))
            if found is not None:
                return found
        return None

    def lookup(self, phrase: str) -> Entity | None:
        """The claimant ``phrase`` names; the longest alias wins, then the first."""
        found = self.find(phrase)
        if not found:
            return None
        return max(found, key=lambda f: (len(f[2]), -f[0]))[1]


def _acronym_in(phrase: str, alias: str) -> bool:
    """Whether ``phrase`` writes the acronym ``alias`` in capitals ("U.N." counts as "UN")."""
    pattern = r"(?<![\w-])" + re.escape(alias.upper()) + r"(?![\w-])"
    return re.search(pattern, phrase.replace(".", "")) is not None


@lru_cache(maxsize=1)
def claimants() -> Claimants:
    entries = list(_read_json("claimants.json")["claimants"])
    path = os.environ.get(CLAIMANTS_ENV)
    if path:
        try:
            with open(path, encoding="utf-8") as f:
                user = json.load(f)
            entries.extend(user["claimants"] if isinstance(user, dict) else user)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            print(f"frontwire: ignoring {CLAIMANTS_ENV}={path}: {exc}", file=sys.stderr)
    return Claimants(entries)


def _patterns(table: dict[str, list[dict[str, Any]]]) -> dict[str, list[Pattern]]:
    """Patterns indexed by their first word."""
    out: dict[str, list[Pattern]] = {}
    for label, items in table.items():
        for item in items:
            words, pos = [], []
            for w in item["p"].split():
                word, _, p = w.partition("/")
                words.append(word.lower())
                pos.append(p or None)
            pat = Pattern(tuple(words), tuple(pos), label, tuple(item.get("needs", ())))
            out.setdefault(pat.words[0], []).append(pat)
    for pats in out.values():
        pats.sort(key=lambda p: len(p.words), reverse=True)
    return out


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[str, list[Pattern]]
    context: dict[str, frozenset[str]]
    reporting_verbs: frozenset[str]
    units: dict[str, str]                 # word -> unit
    categories: dict[str, str]            # word -> category
    weapons: dict[str, str]               # word or phrase -> weapon
    trigger_words: frozenset[str]         # every word that starts a trigger, for the prefilter


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = _read_json("lexicon.json")
    triggers = _patterns(data["triggers"])
    units = {w: unit for unit, words in data["units"].items() for w in words}
    categories = {w: cat for cat, words in data["categories"].items() for w in words}
    weapons = {w: weapon for weapon, words in data["weapons"].items() for w in words}
    return Lexicon(
        triggers=triggers,
        context={k: frozenset(v) for k, v in data["context"].items()},
        reporting_verbs=frozenset(data["reporting_verbs"]),
        units=units, categories=categories, weapons=weapons,
        trigger_words=frozenset(triggers),
    )


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Lowercase words of the claimants' names ("russia", "zelensky"), which stay capitalised
    when a headline is put in sentence case for the parser."""
    words: set[str] = set()
    for alias in claimants().by_alias:
        for w in re.findall(r"[a-z][a-z'’-]+", alias):
            if len(w) > 3 and w not in _COMMON:
                words.add(w)
    return frozenset(words)


_COMMON = frozenset({"force", "forces", "ministry", "defence", "service", "state", "general", "staff",
                     "armed", "office", "president", "prime", "minister", "foreign", "affairs",
                     "emergency", "national", "police", "security", "intelligence", "military",
                     "army", "navy", "government", "officials", "authorities", "council", "media",
                     "news", "agency", "committee", "press", "spokesman", "spokesperson", "leader",
                     "governor", "mayor", "side", "commander", "chief", "energy", "health", "first",
                     "lady", "with", "from", "that", "this", "said", "says", "troops", "soldiers"})
