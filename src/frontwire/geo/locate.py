"""The geo stage: every place an article's body names, resolved against the gazetteer.

:func:`locate` runs in small steps that can be called one by one:

1. :func:`frontwire.geo.match.tokenize` and :func:`~frontwire.geo.match.find_matches`: the
   gazetteer names in each paragraph, with what follows them (region, district, direction);
2. :func:`district_matches`: "Saltivskyi district", "the Petrovsky district of Donetsk";
3. :func:`read_cues`: the oblast, country or "occupied" named next to each name;
4. :func:`keep`: names that are words or people here (Bar, Shevchenko, Jordan) are dropped;
5. :func:`frontwire.geo.disambiguate.choose`, twice: first the names that resolve on their
   own, then the others with the article's resolved places as context.

:func:`resolve` resolves one name outside any article (for other stages).
"""

from __future__ import annotations

import re

from frontwire.geo.disambiguate import Context, choose, country_cue, has_place_cue
from frontwire.geo.gazetteer import Entry, Gazetteer, adjective_stem, load
from frontwire.geo.match import (DIRECTION_WORDS, DISTRICT_WORDS, REGION_WORDS, Candidate, Match, Token, district_candidates,
                                 find_matches, tokenize)
from frontwire.geo.normalize import fold, phrase_key
from frontwire.records import Article, Place, PlaceMention

MIN_STRONG_POPULATION = 100_000   # a lower-case or cue-less common word needs a place this big
ADJECTIVE_MIN_POPULATION = 5_000  # "Hostomelskyi" names Hostomel only if it is a town
_UKRAINIAN_ADJECTIVE = re.compile(r"s(?:kyi|kyy|kyj|ka|ke)$")
_HOME = ("UA", "RU", "BY", "MD")
_SUFFIX_WORDS = REGION_WORDS | DISTRICT_WORDS | DIRECTION_WORDS
_GAP_WORDS = {"in", "the", "of", "oblast", "region", "area", "province", "near", "village", "town",
              "city", "settlement"}


def locate(article: Article) -> list[PlaceMention]:
    """Every place the article's body names, in order, resolved or with the reason why not."""
    gaz = load()
    paragraphs = []
    for start, end in article.spans:
        text = article.source_text[start:end]
        if not text or len(text) > 200_000:
            continue
        tokens = tokenize(text, start)
        if not tokens:
            continue
        matches = merge(find_matches(tokens, gaz), district_matches(tokens, gaz))
        matches = add_adjectives(tokens, matches, gaz)
        read_cues(tokens, matches)
        title_case = is_title_case(tokens)
        matches = [m for m in matches if keep(m, tokens, gaz, title_case)]
        paragraphs.append((tokens, matches))
    # Pass 1: what resolves on its own becomes the context of pass 2.
    anchors = [(m, choose(m, tokens, Context())[0]) for tokens, ms in paragraphs for m in ms]
    ctx = context_of([c.entry for _, c in anchors if c is not None])
    out = []
    for tokens, matches in paragraphs:
        for m in matches:
            cand, note = choose(m, tokens, ctx)
            out.append(mention(article.source_text, tokens, m, cand, note))
    return out


def resolve(name: str, country: str | None = None, admin1: str | None = None) -> Place | None:
    """Resolve a bare name ("Kursk oblast", "Zaporizhzhia region", "Pokrovsk"), optionally
    within a country (ISO 3166-1 alpha-2) or an admin1 (ISO 3166-2); None when unknown or
    ambiguous."""
    if not name or not name.strip():
        return None
    gaz = load()
    tokens = tokenize(name[:500])
    matches = merge(find_matches(tokens, gaz), district_matches(tokens, gaz))
    read_cues(tokens, matches)
    if not matches:
        return None
    m = max(matches, key=lambda m: m.last - m.first)
    if admin1:
        m.cues["admin1"] = {admin1}
    if country:
        m.cues["country"] = country
    m.cues["strict"] = bool(country or admin1)
    cand, _ = choose(m, tokens, Context())
    if cand is None:
        return None
    if country and cand.entry.country != country or admin1 and cand.entry.admin1 != admin1:
        return None
    return mention(name, tokens, m, cand, None).place


# --- steps ------------------------------------------------------------------------------

def district_matches(tokens: list[Token], gaz: Gazetteer) -> list[Match]:
    """ "X district" where X is a city district ("Saltivskyi", "Kievsky") or a raion's town."""
    out = []
    for i, tok in enumerate(tokens):
        if i == 0 or tok.lower not in DISTRICT_WORDS or tok.before not in (" ", "-"):
            continue
        word = tokens[i - 1]
        if not word.capitalised or word.lower in ("the", "a", "this", "that", "central"):
            continue
        city, raions = district_candidates(word.text, gaz)
        cands = [Candidate(e, True) for e in city + raions]
        if cands:
            out.append(Match(i - 1, i, word.start, word.end, cands, suffix="district"))
    return out


def add_adjectives(tokens: list[Token], matches: list[Match], gaz: Gazetteer) -> list[Match]:
    """Place adjectives in names of things: "Hostomelskyi glass plant", "Burshtynska TPP"."""
    taken = {i for m in matches for i in range(m.first, m.last + (1 if m.suffix else 0))}
    extra = []
    for i, tok in enumerate(tokens):
        if i in taken or not tok.capitalised or len(tok.text) < 7:
            continue
        if not _UKRAINIAN_ADJECTIVE.search(fold(tok.text)):
            continue
        stem = adjective_stem(tok.text)
        if not stem or stem not in gaz.names:
            continue
        cands = [Candidate(gaz.entries[n.entry], n.primary) for n in gaz.names[stem]
                 if not n.rest and gaz.entries[n.entry].kind == "S"
                 and gaz.entries[n.entry].country == "UA"
                 and gaz.entries[n.entry].population >= ADJECTIVE_MIN_POPULATION]
        if cands:
            extra.append(Match(i, i + 1, tok.start, tok.end, cands, cues={"adjective": True}))
    if not extra:
        return matches
    return sorted(matches + extra, key=lambda m: m.first)


def merge(matches: list[Match], districts: list[Match]) -> list[Match]:
    """District matches replace a name match on the same word; others stay as they are."""
    if not districts:
        return matches
    by_first = {d.first: d for d in districts}
    out = []
    for m in matches:
        d = by_first.pop(m.first, None)
        if d is not None and m.last - m.first > 1:
            d = None  # a longer name wins: "Kyivskyi District" is itself a name
        if d is None:
            out.append(m)
            continue
        # keep the settlement reading too ("Pokrovsk district" is also Pokrovsk's raion)
        settlements = [c for c in m.candidates if c.entry.kind == "S"]
        d.candidates += settlements
        out.append(d)
    out += by_first.values()
    out.sort(key=lambda m: m.first)
    return out


def read_cues(tokens: list[Token], matches: list[Match]) -> None:
    """Mark each match with the oblast, country and "occupied" the text ties to it."""
    for k, m in enumerate(matches):
        if m.first > 0 and tokens[m.first - 1].lower == "occupied":
            m.cues["occupied"] = True
        country = country_cue(tokens, m)
        if country:
            m.cues["country"] = country
        # A list that ends in a plural region word: "Donetsk and Luhansk regions".
        j = k + 1
        while j < min(len(matches), k + 8) and _only_joiners(tokens, matches[j - 1].last, matches[j].first):
            if matches[j].plural_suffix:
                m.suffix = m.suffix or matches[j].suffix
                break
            j += 1
        # The oblast or big city after it: "Sokil, Kharkiv Oblast", "Shevchenko, Donetsk".
        if k + 1 < len(matches):
            nxt = matches[k + 1]
            if _linked(tokens, m.last, nxt.first):
                admin1 = _admin1_of(nxt)
                if admin1:
                    m.cues["admin1"] = admin1
        # Before it: "Kharkiv region's Izium", "in the Kyiv region, the village of Andriivka".
        if k > 0 and "admin1" not in m.cues:
            prev = matches[k - 1]
            if prev.suffix == "region" and m.first - prev.last <= 4 and all(
                    "\n" not in t.before and t.before.strip() in ("", ",", "'s", "’s")
                    for t in tokens[prev.last + 1:m.first + 1]):
                admin1 = _admin1_of(prev)
                if admin1:
                    m.cues["admin1"] = admin1


def _only_joiners(tokens: list[Token], a: int, b: int) -> bool:
    words = [t.lower for t in tokens[a:b]]
    if any("\n" in t.before for t in tokens[a:b + 1]):
        return False
    return len(words) <= 1 and all(w in ("and", "or") for w in words) and all(
        t.before.strip() in ("", ",") for t in tokens[a:b + 1])


def _linked(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the words between a name and the next one tie them: ", ", " in ", " (", "of the"."""
    if b < a or b - a > 3 or b >= len(tokens):
        return False
    between = tokens[a:b]
    if any(t.lower not in _GAP_WORDS for t in between):
        return False
    seps = [t.before for t in tokens[a:b + 1]]
    if any("\n" in s or "." in s or ";" in s for s in seps):
        return False
    first = seps[0].strip()
    if first in (",", "(", "-", "–", "—", ", #", "#", ",#"):
        return True
    return not first and any(t.lower in ("in", "of") for t in between)


def _admin1_of(m: Match) -> set[str] | None:
    """The admin1 codes a region mention or a big-city mention stands for."""
    regions = [c.entry for c in m.candidates if c.entry.kind == "R"]
    if regions and (m.suffix == "region" or any(not c.stem for c in m.candidates if c.entry.kind == "R")):
        codes = {e.admin1 for e in regions if e.admin1}
        if any(e.admin1 is None and e.country == "UA" for e in regions):
            codes |= {"UA-14", "UA-09"}  # Donbas
        return codes or None
    cities = [c.entry for c in m.candidates if c.entry.kind == "S" and c.entry.population >= MIN_STRONG_POPULATION]
    if cities:
        return {max(cities, key=lambda e: e.population).admin1}
    regions = [c.entry for c in m.candidates if c.entry.kind == "R" and c.entry.admin1]
    if regions:
        return {e.admin1 for e in regions}
    return None


def is_title_case(tokens: list[Token]) -> bool:
    words = [t for t in tokens if len(t.text) > 3]
    if len(words) < 4:
        return False
    return sum(t.capitalised for t in words) / len(words) >= 0.7


def keep(m: Match, tokens: list[Token], gaz: Gazetteer, title_case: bool) -> bool:
    """Whether a match is a place here, not an English word or a person."""
    first = tokens[m.first]
    keys = [t.key for t in tokens[m.first:m.last]]
    if len(first.text) <= 2 and not first.text.isupper():
        return False
    if m.cues.get("adjective"):
        return True
    # Abroad, only the exact spelling counts ("Kamala" is not Kamalia, "Cameron" not Cameroon).
    m.candidates = [c for c in m.candidates if c.exact or c.entry.country in _HOME or c.entry.kind == "R"]
    if not m.candidates:
        return False
    if not first.capitalised:
        # "mariupol" in a careless caption, never "bar" or "long been"
        return any(c.exact and c.primary and c.entry.country in _HOME and
                   (c.entry.kind in "RK" or c.entry.population >= MIN_STRONG_POPULATION)
                   for c in m.candidates) and len(keys) == 1 and keys[0] not in gaz.common_words
    small = all(c.entry.population < 10_000 and c.entry.kind in "SC" for c in m.candidates)
    # Old or foreign names of Russian places are often people's names (Molotov, Kalinin, Gorky).
    if all(not c.primary and c.entry.country != "UA" for c in m.candidates) and not has_place_cue(tokens, m):
        return False
    # Only the key matched, a small place, no cue: a surname or a word ("Nadine", "Lubov").
    if small and not any(c.exact for c in m.candidates) and not has_place_cue(tokens, m):
        return False
    settlement = any(c.entry.kind in "SC" for c in m.candidates)
    if not m.suffix and settlement and (_names_something_else(tokens, m) or _after_person_words(tokens, m)):
        return False
    weak = len(keys) == 1 and (keys[0] in gaz.weak_names or keys[0] in gaz.common_words)
    big = any(c.entry.kind in "RK" or c.entry.population >= _strong_population(c.entry, weak)
              for c in m.candidates if not c.stem and (c.primary or not weak))
    if weak and keys[0] in gaz.weak_names:
        big = False
    if (first.text.isupper() and len(first.text) > 4) or title_case:
        if weak or not big:        # capitals say nothing in a headline
            return has_place_cue(tokens, m)
    if not big and _person_like(tokens, m, weak):
        return has_place_cue(tokens, m) and not weak
    if weak and not big:
        return has_place_cue(tokens, m)
    return True


# A capitalised noun after a name makes it part of another name: "Gorky Park", "Shevchenko
# Street"; a lower-case one an attribute: "the Dnipro river", "the Azov regiment".
_NAMED_THINGS = {"street", "avenue", "park", "square", "boulevard", "lane", "prospekt", "prospect",
                 "highway", "road", "embankment", "river", "lake", "reservoir", "sea", "bay",
                 "brigade", "battalion", "regiment", "division", "corps", "artillery", "unit",
                 "detachment", "army", "fleet", "pipeline", "club", "stadium"}
RIVERS = {"dnipro", "dnieper", "desna", "donets", "oskil", "inhulets", "dniester", "dnister",
          "kalmius", "vorskla", "psel", "seym", "seim", "volga", "don", "prut", "danube", "bug",
          "inhul", "samara", "siversky", "siverskyi"}


def _names_something_else(tokens: list[Token], m: Match) -> bool:
    if m.last < len(tokens):
        nxt = tokens[m.last]
        if nxt.lower in _NAMED_THINGS and nxt.before in (" ", "-"):
            return True
    # "the Dnipro", "the Desna": a river, not the city
    if m.first > 0 and tokens[m.first - 1].lower == "the" and tokens[m.first].lower in RIVERS:
        return True
    return False


def _after_person_words(tokens: list[Token], m: Match) -> bool:
    """ "named after Zhukovsky", "in honour of Shevchenko" """
    i = m.first
    if i >= 2 and tokens[i - 1].lower == "after" and tokens[i - 2].lower == "named":
        return True
    return i >= 2 and tokens[i - 1].lower == "of" and tokens[i - 2].lower in ("honour", "honor", "memory")


_NOT_NAMES = {"russian", "ukrainian", "occupied", "northern", "southern", "eastern", "western",
              "central", "greater", "upper", "lower", "new", "old", "in", "near", "the"}


def _person_like(tokens: list[Token], m: Match, weak: bool) -> bool:
    """A capitalised word right before or after: "Taras Shevchenko", "Jordan Bardella"."""
    if m.first > 0:
        prev = tokens[m.first - 1]
        if (prev.capitalised and not prev.sentence_start and tokens[m.first].before == " "
                and prev.lower not in _NOT_NAMES):
            return True
    if weak and m.last < len(tokens):
        nxt = tokens[m.last]
        if nxt.capitalised and nxt.before == " " and nxt.lower not in _NOT_NAMES | {"oblast", "region", "district", "raion"}:
            return True
    return False


def context_of(entries: list[Entry]) -> Context:
    admin1 = frozenset(e.admin1 for e in entries if e.admin1 and e.kind in "SCDR")
    points = tuple((e.lat, e.lon) for e in entries if e.kind in "SC" and e.lat is not None)
    countries = frozenset(e.country for e in entries if e.kind != "K")
    return Context(admin1, points[:50], countries)


def mention(source: str, tokens: list[Token], m: Match, cand: Candidate | None, note: str | None) -> PlaceMention:
    end = m.end
    if (m.suffix and m.last < len(tokens) and tokens[m.last].lower in _SUFFIX_WORDS
            and (cand is None or m.suffix != "district" or cand.entry.kind in "SD")):
        end = tokens[m.last].end
    text = source[m.start:end]
    if cand is None:
        return PlaceMention(text, m.start, end, None, note or "unknown")
    e = cand.entry
    precision = None
    if m.suffix == "direction" and e.kind == "S":
        precision = "district"
    elif m.suffix == "district" and e.kind == "S":
        precision = "district"
    return PlaceMention(text, m.start, end, e.place(text, precision))


def lookup(name: str) -> list[Entry]:
    """Every gazetteer entry that has exactly this name, in any spelling (for tests and tools)."""
    return [e for e, _ in load().lookup(name)] if phrase_key(name) else []


def _strong_population(e: Entry, weak: bool) -> int:
    """A common word ("Man", "Mobile") names a city abroad on its own only if it is a big one."""
    if weak and e.country not in ("UA", "RU", "BY", "MD"):
        return 1_000_000
    return MIN_STRONG_POPULATION
