"""The geo stage: every place an article's body names, resolved against the gazetteer.

:func:`locate` runs in small steps that can be called one by one:

1. :func:`frontwire.geo.match.tokenize` and :func:`~frontwire.geo.match.find_matches`: the
   gazetteer names in each paragraph (named sites and front directions included), with what
   follows them (region, district, direction);
2. :func:`district_matches`, :func:`add_adjectives`, :func:`add_capitals`: "Saltivskyi
   district", "Hostomelskyi glass plant", "the Ukrainian capital";
3. :func:`read_cues`: the oblast, country or "occupied" named next to each name, and
   (:func:`relation_cues`) the place it is said to lie near: "Pryluky (northwest of Hulyaipole)";
4. :func:`keep`: names that are words, people or organisations here (Bar, Volodymyr Zelensky,
   the Kyiv Independent, the Kalinin plant) are dropped;
5. :func:`frontwire.geo.disambiguate.choose`, twice: first the names that resolve on their own
   (with the front lines of the article's date), then all of them with the article's resolved
   places, those :func:`around` each name and the place it lies near as context.

:func:`resolve` resolves one name outside any article (for other stages).
"""

from __future__ import annotations

import re
from functools import cache

from frontwire.geo.disambiguate import PLACE_NOUNS, Context, choose, country_cue, front_at, has_place_cue
from frontwire.geo.gazetteer import Entry, Gazetteer, adjective_stem, data_lines, load
from frontwire.geo.match import (DIRECTION_WORDS, DISTRICT_WORDS, REGION_WORDS, Candidate, Match, Token, district_candidates,
                                 find_matches, tokenize)
from frontwire.geo.normalize import fold, phrase_key
from frontwire.geo.proximity import PointIndex
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
    front = front_at(article.published)
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
        matches = add_capitals(tokens, matches, gaz)
        read_cues(tokens, matches)
        title_case = is_title_case(tokens)
        matches = [m for m in matches if keep(m, tokens, gaz, title_case)]
        paragraphs.append((tokens, matches))
    surnames = person_surnames([tokens for tokens, _ in paragraphs], gaz)
    if surnames:
        paragraphs = [(tokens, [m for m in ms if not surname_alone(tokens, m, surnames)])
                      for tokens, ms in paragraphs]
    # Pass 1: what resolves on its own becomes the context of pass 2.
    alone = Context(front=front)
    first = [[None if m.cues.get("capital") == "" else choose(m, tokens, alone)[0] for m in ms]
             for tokens, ms in paragraphs]
    resolved = [c.entry for cs in first for c in cs if c is not None]
    ctx = context_of([(id(m), c.entry) for (_, ms), cs in zip(paragraphs, first)
                      for m, c in zip(ms, cs) if c is not None], front)
    home = home_country(resolved)
    for (_, ms), cs in zip(paragraphs, first):
        last = None                      # the country of the paragraph's last place in UA or RU
        for m, c in zip(ms, cs):
            if m.cues.get("capital") == "":
                # "the capital": of the country the paragraph was just speaking of ("Moscow's
                # mayor said drones flying towards the capital ..."), else of the article's
                m.cues["capital"] = m.cues["country"] = last or home
            elif c is not None and c.entry.country in ("UA", "RU"):
                last = c.entry.country
    # A bare "the capital" in an article of no clear country is no place name: left out.
    kept = [[(m, c) for m, c in zip(ms, cs) if m.cues.get("capital") != ""]
            for (_, ms), cs in zip(paragraphs, first)]
    paragraphs = [(tokens, [m for m, _ in pairs]) for (tokens, _), pairs in zip(paragraphs, kept)]
    first = [[c for _, c in pairs] for pairs in kept]
    out = []
    carried: frozenset[str] = frozenset()
    for (tokens, matches), chosen in zip(paragraphs, first):
        by_match = {id(m): c for m, c in zip(matches, chosen)}
        for k, m in enumerate(matches):
            anchor = by_match.get(id(m.cues.get("anchor")))
            if anchor is not None and anchor.entry.lat is not None:
                m.cues["near"] = (anchor.entry.lat, anchor.entry.lon)
            points, admin1 = around(k, matches, chosen)
            if m.first < LOCAL_WORDS:
                admin1 |= carried
            here = Context(ctx.admin1, ctx.points, ctx.countries, points, front, admin1, ctx.regions,
                           ctx.admin1_tags)
            cand, note = choose(m, tokens, here)
            out.append(mention(article.source_text, tokens, m, cand, note))
        carried = closing_regions(tokens, matches, chosen)
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
        if stem and stem not in gaz.names and re.search(r"(?:yi|ii|ï)vs'?k", fold(tok.text)):
            stem = stem[:-2] + "a"   # a name in -ia: "Zymohiryivska" of Zymohiria
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


CAPITALS = {"UA": 703448, "RU": 524901, "BY": 625144, "MD": 618426}   # GeoNames ids
_CAPITAL_OF = {"ukrainian": "UA", "ukraine": "UA", "russian": "RU", "russia": "RU",
               "belarusian": "BY", "belarus": "BY", "moldovan": "MD", "moldova": "MD"}
# "capital" as money or a word of other phrases: "capital markets", "capital punishment"
_NOT_CAPITAL = {"markets", "market", "gains", "expenditure", "expenditures", "spending", "investment",
                "investments", "flight", "flows", "controls", "requirements", "requirement", "ratio",
                "ratios", "punishment", "goods", "letter", "letters", "costs", "budget", "funds",
                "fund", "allocation", "injection", "base", "stock", "offence", "offense", "crime",
                "crimes", "case", "cases", "charges", "city's", "region", "regions", "of", "and"}


def add_capitals(tokens: list[Token], matches: list[Match], gaz: Gazetteer) -> list[Match]:
    """ "the capital", "the Ukrainian capital", "Russia's capital": the country's capital city.

    A country word before "capital" names the country; a bare "the capital" gets the article's
    country in :func:`locate` (cue ``capital`` is "" until then). "The capital, Kyiv" is left to
    the name that follows."""
    taken = {i for m in matches for i in range(m.first, m.last)}
    extra = []
    for i, tok in enumerate(tokens):
        if tok.lower != "capital" or i == 0 or i in taken:
            continue
        prev = tokens[i - 1]
        possessive = tok.before.startswith(("'s", "’s"))
        if prev.lower == "the" and tok.before == " ":
            country, first = "", i
        elif prev.lower in _CAPITAL_OF and (possessive or tok.before == " ") and (
                possessive or not prev.lower.endswith(("ukraine", "russia", "belarus", "moldova"))):
            # "Ukrainian capital" is one mention; in "Ukraine's capital" the country is its own
            country, first = _CAPITAL_OF[prev.lower], i if possessive else i - 1
        else:
            continue
        if i + 1 < len(tokens):
            nxt = tokens[i + 1]
            if nxt.lower in _NOT_CAPITAL or (nxt.capitalised and nxt.before.strip() in ("", ",")
                                             and (i + 1) in {m.first for m in matches}):
                continue
        entries = [gaz.entries[gaz.by_geonameid[g]] for g in CAPITALS.values() if g in gaz.by_geonameid]
        cands = [Candidate(e, True) for e in entries]
        m = Match(first, i + 1, tokens[first].start, tok.end, cands, cues={"capital": country})
        if country:
            m.cues["country"] = country
        extra.append(m)
    if not extra:
        return matches
    return sorted(matches + extra, key=lambda m: m.first)


def home_country(entries: list[Entry]) -> str:
    """The country an article is about, for "the capital": the one of UA and RU whose towns and
    regions it names more (else whose name it gives more); "" when neither or a tie."""
    for kinds in ("SCDRP", "K"):
        ua = sum(e.country == "UA" for e in entries if e.kind in kinds)
        ru = sum(e.country == "RU" for e in entries if e.kind in kinds)
        if ua != ru:
            return "UA" if ua > ru else "RU"
    return ""


def merge(matches: list[Match], districts: list[Match]) -> list[Match]:
    """District matches replace a name match on the same word; others stay as they are."""
    if not districts:
        return matches
    by_first = {d.first: d for d in districts}
    out = []
    for m in matches:
        d = by_first.pop(m.first, None)
        if d is not None and m.last - m.first > 1:
            if m.last - m.first == 2 and d.last == m.first + 1:
                # "Kyivskyi District" is a name of one city's district, and the word before
                # "district" may name another city's (Kharkiv's, Odesa's): all are candidates
                seen = {c.entry.idx for c in d.candidates}
                d.candidates += [c for c in m.candidates if c.entry.idx not in seen]
            else:
                d = None  # a longer name wins: "Novyi Svit District" is a name of its own
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
    region_lists(tokens, matches)
    relation_cues(tokens, matches)
    # A list that ends in an oblast: "Basivka, Zhuravka and Yunakivka in Sumy region".
    for k in range(len(matches) - 1, 0, -1):
        admin1 = matches[k].cues.get("admin1")
        prev = matches[k - 1]
        if admin1 and "admin1" not in prev.cues and _only_joiners(tokens, prev.last, matches[k].first):
            prev.cues["admin1"] = admin1


_PLURAL_REGION_WORDS = {"regions", "oblasts", "provinces", "oblasti"}


@cache
def annexed_regions() -> frozenset[str]:
    """``data/annexed_regions.txt``: the oblasts Russia claims as annexed."""
    return frozenset(data_lines("annexed_regions.txt"))


def region_lists(tokens: list[Token], matches: list[Match]) -> None:
    """Mark as regions the oblast names of a list a region word introduces ("the four regions,
    Donetsk, Luhansk, Kherson and Zaporizhzhia", "the regions of Donetsk and Luhansk") or that
    names all the oblasts Russia claims as annexed ("Donetsk, Luhansk, Kherson and
    Zaporizhzhia"): there the bare names stand for the oblasts, not their capitals."""
    k = 0
    while k < len(matches):
        j = k
        while j + 1 < len(matches) and _only_joiners(tokens, matches[j].last, matches[j + 1].first):
            j += 1
        members = matches[k:j + 1]
        stems = [m for m in members if not m.suffix and any(c.entry.kind == "R" for c in m.candidates)]
        if stems:
            covered = {c.entry.admin1 for m in stems for c in m.candidates if c.entry.kind == "R"}
            if _region_word_before(tokens, members[0].first) or (
                    len(stems) == len(members) and annexed_regions() <= covered):
                for m in stems:
                    m.suffix = "region"
        k = j + 1


def _region_word_before(tokens: list[Token], i: int) -> bool:
    """ "regions, X", "regions: X", "the regions of X", "the region of X" before token i."""
    if i < 1 or "\n" in tokens[i].before:
        return False
    prev, sep = tokens[i - 1].lower, tokens[i].before.strip()
    if prev in _PLURAL_REGION_WORDS and sep in (",", ":", "—", "–", "-"):
        return True
    return (prev == "of" and sep == "" and i >= 2 and tokens[i - 1].before == " "
            and tokens[i - 2].lower in _PLURAL_REGION_WORDS | {"region", "oblast", "province"})


# "Pryluky (northwest of Hulyaipole)", "west of Kupyansk near Kurylivka and Pishchane".
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
           "northeastern", "northwestern", "southeastern", "southwestern", "northern", "southern",
           "eastern", "western", "outskirts"}
_MEASURE_WORDS = {"all", "both", "just", "about", "roughly", "some", "approximately", "around",
                  "nearly", "almost", "over", "under", "km", "kilometers", "kilometres", "miles",
                  "mi", "directly", "immediately", "further", "slightly", "far", "the", "and", "of"}
_ALONG_WORDS = {"near", "toward", "towards", "and", "or", "in", "within", "the", "of", "itself",
                "area", "areas", "village", "villages", "settlement", "settlements", "town", "at",
                "into", "to", "around", "outskirts", "direction", "directions", "from"}
_CLAUSE_END = (";", ".", ")", "(", "?", "!", ":", "[", "]")


def relation_cues(tokens: list[Token], matches: list[Match]) -> None:
    """Mark a match with ``anchor`` (the match it lies near) where the text places
    it relative to another place: "X (northwest of Y)", "X, 10 km south of Y", "southwest of Y
    near X and Z", "X near Y". The anchor's place, once resolved, keeps only the candidates
    near it (:func:`frontwire.geo.disambiguate.choose`)."""
    for k_y, y in enumerate(matches):
        c = _compass_before(tokens, y.first)
        if c is None:
            if (k_y > 0 and _near_between(tokens, matches[k_y - 1].last, y.first)
                    and y.cues.get("anchor") is not matches[k_y - 1]):
                # "X near Y", unless Y is already tied to X ("northeast of X near Y")
                _anchor_list(tokens, matches, k_y - 1, k_y)
            continue
        # Backwards: "X (all northwest of Y)", "X, about 10 km west of Y".
        k_x = max((k for k, m in enumerate(matches) if m.last <= c and k != k_y), default=None)
        if k_x is not None and _measure_gap(tokens, matches[k_x].last, c):
            _anchor_list(tokens, matches, k_x, k_y)
        # Forwards: "southwest of Y near X, W and toward Z".
        last = y.last + (1 if y.suffix and y.last < len(tokens) else 0)
        k = k_y + 1
        first_gap = True
        while k < len(matches):
            m = matches[k]
            gap = tokens[last:m.first]
            seps = [t.before for t in tokens[last:m.first + 1]]
            if (any(t.lower not in _ALONG_WORDS for t in gap)
                    or any("\n" in sp or sp.strip()[:1] in _CLAUSE_END for sp in seps)
                    or (first_gap and not any(t.lower in ("near", "toward", "towards", "in", "at", "to") for t in gap))
                    or _compass_before(tokens, m.first) is not None):
                break   # the clause ends, or another relation begins
            m.cues.setdefault("anchor", y)
            first_gap = False
            last = m.last + (1 if m.suffix and m.last < len(tokens) else 0)
            k += 1


def _compass_before(tokens: list[Token], i: int) -> int | None:
    """The index of the compass word of "<compass> of [the] <name at i>", else None."""
    j = i - 1
    if j >= 0 and tokens[j].lower == "the":
        j -= 1
    if j < 1 or tokens[j].lower != "of":
        return None
    c = j - 1
    if tokens[c].lower not in COMPASS:
        return None
    if c > 0 and tokens[c].before == "-" and tokens[c - 1].lower in COMPASS:
        c -= 1   # "north-west of"
    return c


def _measure_gap(tokens: list[Token], a: int, c: int) -> bool:
    """Whether the words from a to the compass word c are "(all", ", about 10 km" and the like."""
    seps = [t.before for t in tokens[a:c + 1]]
    if not seps or any("\n" in sp or ";" in sp or "." in sp.replace("..", "") for sp in seps):
        return False
    return seps[0].strip()[:1] in ("(", ",", "[", "-", "–", "—") and all(
        t.lower in _MEASURE_WORDS for t in tokens[a:c])


def _near_between(tokens: list[Token], a: int, b: int) -> bool:
    """ "X near Y", "X, near Y", "X close to Y", "X outside Y"."""
    words = [t.lower for t in tokens[a:b]]
    seps = [t.before.strip() for t in tokens[a:b + 1]]
    return words in (["near"], ["close", "to"], ["outside"], ["next", "to"]) and all(
        sp in ("", ",") for sp in seps)


def _anchor_list(tokens: list[Token], matches: list[Match], k_x: int, k_y: int) -> None:
    """Anchor match k_x, and the list it ends ("A, B and C (north of Y)"), to match k_y."""
    k = k_x
    while k >= 0 and "anchor" not in matches[k].cues:
        matches[k].cues["anchor"] = matches[k_y]
        if k == 0 or not _only_joiners(tokens, matches[k - 1].last, matches[k].first):
            break
        k -= 1


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
    if "capital" not in m.cues and (_in_person_name(tokens, m, gaz) or _in_club_name(tokens, m, gaz)
                                    or _quoted(tokens, m)):
        return False
    if m.cues.get("adjective") or "capital" in m.cues:
        return True
    if any(c.entry.kind == "W" for c in m.candidates):
        return not _names_something_else(tokens, m)   # "the Black Sea Fleet" is a fleet
    if any(c.entry.kind in "PF" for c in m.candidates):
        return True   # a named site or front direction: a name of several words or capitals
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
    # Only the key matched, or only another spelling of a small place, and no cue: a surname or
    # a word ("Nadine", "Lubov", "Ramadan" for Romodan).
    if small and not any(c.exact and c.primary for c in m.candidates) and not has_place_cue(tokens, m):
        return False
    settlement = any(c.entry.kind in "SC" for c in m.candidates)
    weak = len(keys) == 1 and (keys[0] in gaz.weak_names or keys[0] in gaz.common_words)
    if not m.suffix and settlement and (_names_something_else(tokens, m, weak) or _after_person_words(tokens, m)):
        return False
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
                 "detachment", "army", "fleet", "pipeline", "network", "club", "stadium",
                 # a church and treaties named after a place: "the Moscow Patriarchate",
                 # "the Minsk agreements"
                 "patriarchate", "agreements", "agreement", "accords", "protocol", "format",
                 # units named after a place: "the Khortytsia operational-strategic group",
                 # "Phoenix drone crews", "the Kharkiv group of forces"
                 "operational", "group", "grouping", "crews", "crew", "operators", "squadron"}
# "<name> drone crews", "<name> assault unit": a unit's name
_UNIT_WORDS = {"crews", "crew", "operators", "unit", "units", "company", "battalion", "regiment",
               "squad", "squads", "group", "detachment", "brigade"}
# Capitalised, these words make a name of an organisation or a newspaper ("Leningrad Military
# District", "the Kyiv Independent", "Moscow Times"); in lower case the place stays a place
# ("Kyiv military officials", "a Kharkiv metro station").
_NAMED_ORGANISATIONS = {"military", "independent", "post", "times", "exchange", "metro", "herald",
                        "tribune", "telegraph", "gazette"}
# Things named after people: with a surname or an old name before them ("the Kalinin plant",
# "Kirov Plant", "Ilyich Iron and Steel Works") the name is the person, not the town.
_PERSON_THINGS = {"plant", "factory", "works", "shipyard", "institute", "university", "academy",
                  "museum", "theatre", "theater", "library", "mine", "prize", "award", "medal",
                  "order", "iron", "steel", "tractor", "machine", "motor", "automobile"}
RIVERS = {"dnipro", "dnieper", "desna", "donets", "oskil", "inhulets", "dniester", "dnister",
          "kalmius", "vorskla", "psel", "seym", "seim", "volga", "don", "prut", "danube", "bug",
          "inhul", "samara", "siversky", "siverskyi"}


def _names_something_else(tokens: list[Token], m: Match, weak: bool = False) -> bool:
    if m.last < len(tokens):
        nxt = tokens[m.last]
        if nxt.lower in _NAMED_THINGS and nxt.before in (" ", "-"):
            return True
        if nxt.lower in _NAMED_ORGANISATIONS and nxt.capitalised and nxt.before == " ":
            return True
        if nxt.lower in _PERSON_THINGS and nxt.before in (" ", "-") and (
                weak or all(not c.primary for c in m.candidates)):
            return True
        if (nxt.lower in ("drone", "drones", "assault", "strike", "special") and nxt.before == " "
                and m.last + 1 < len(tokens) and tokens[m.last + 1].lower in _UNIT_WORDS):
            return True
    # "the Dnipro", "the Desna": a river, not the city
    if m.first > 0 and tokens[m.first - 1].lower == "the" and tokens[m.first].lower in RIVERS:
        return True
    return False


_QUOTE_OPEN = ("'", '"', "‘", "“", "«")
_QUOTE_CLOSE = ("'", '"', "’", "”", "»")
_AFTER_FIRST_NAME = REGION_WORDS | DISTRICT_WORDS | DIRECTION_WORDS | {
    "city", "airport", "oblast", "mayor", "governor", "university", "state", "street", "square"}


def _in_person_name(tokens: list[Token], m: Match, gaz: Gazetteer) -> bool:
    """A place name that is part of a person's name: a surname after a first name ("Sergiy
    Kyslytsya", "Gamlet Zinkivskyi"), or a first name before a surname ("Oleh Syniehubov",
    "Anna Malyar")."""
    if m.suffix:
        return False
    if m.first > 0:
        prev = tokens[m.first - 1]
        if prev.capitalised and prev.key in gaz.first_names and tokens[m.first].before == " ":
            return True
    if m.last - m.first == 1 and tokens[m.first].key in gaz.first_names and m.last < len(tokens):
        nxt = tokens[m.last]
        return (nxt.capitalised and nxt.before == " " and nxt.lower not in _AFTER_FIRST_NAME
                and not nxt.text.isupper())
    return False


# Words before a surname that still make it a place: "in Kyslytsya", "the village of Kyslytsya".
_LOCATIVE = {"in", "near", "outside", "around", "into", "toward", "towards", "of"}


def person_surnames(paragraphs: list[list[Token]], gaz: Gazetteer) -> frozenset[str]:
    """The keys of the words that follow a first name anywhere in the article: its people's
    surnames ("Sergiy Kyslytsya" -> "Kyslytsya")."""
    out = set()
    for tokens in paragraphs:
        for prev, tok in zip(tokens, tokens[1:]):
            if (prev.capitalised and prev.key in gaz.first_names and tok.capitalised
                    and tok.before == " " and not tok.text.isupper()):
                out.add(tok.key)
    return frozenset(out)


def surname_alone(tokens: list[Token], m: Match, surnames: frozenset[str]) -> bool:
    """A one-word village name that is the surname of a person the article names, used alone
    ("Sergiy Kyslytsya ... Kyslytsya said"), with no word that makes it a place."""
    if m.last - m.first != 1 or m.suffix or m.cues or tokens[m.first].key not in surnames:
        return False
    if any(c.entry.kind not in "SC" or c.entry.population >= MIN_STRONG_POPULATION for c in m.candidates):
        return False
    if m.first > 0:
        prev = tokens[m.first - 1].lower
        if prev in _LOCATIVE or prev in PLACE_NOUNS:
            return False
    if m.last < len(tokens) and tokens[m.last].lower in PLACE_NOUNS:
        return False
    return True


def _in_club_name(tokens: list[Token], m: Match, gaz: Gazetteer) -> bool:
    """ "Shakhtar Donetsk", "Dynamo Kyiv", "Dnipro-1": a sports club named after its city."""
    if m.first > 0:
        prev = tokens[m.first - 1]
        if (prev.capitalised or prev.text.isupper()) and prev.key in gaz.club_words and \
                tokens[m.first].before in (" ", "-"):
            return True
    return m.last < len(tokens) and re.match(r"-\d", tokens[m.last].before) is not None


def _quoted(tokens: list[Token], m: Match) -> bool:
    """A one-word name in quotes names a ship, a unit or a command post ("the 'Vostok' command
    post", "the “Moskva” cruiser"), not a settlement."""
    if m.last - m.first != 1 or m.last >= len(tokens) or any(c.entry.kind not in "SC" for c in m.candidates):
        return False
    before, after = tokens[m.first].before.rstrip(), tokens[m.last].before
    return (before.endswith(_QUOTE_OPEN) and after.startswith(_QUOTE_CLOSE)
            and not after[1:2].isalpha())


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


def context_of(entries: list[tuple[object, Entry]], front: tuple[int, ...] | None = None) -> Context:
    """The article's context from its places resolved in pass 1, each tagged with its match."""
    admin1 = frozenset(e.admin1 for _, e in entries if e.admin1 and e.kind in "SCDR")
    points = PointIndex((e.lat, e.lon, tag) for tag, e in entries if e.kind in "SC" and e.lat is not None)
    countries = frozenset(e.country for _, e in entries if e.kind != "K")
    regions = frozenset(e.admin1 for _, e in entries if e.admin1 and e.kind in "DR")
    tags = frozenset((e.admin1, tag) for tag, e in entries if e.admin1 and e.kind in "SCDR")
    return Context(admin1, points, countries, front=front, regions=regions, admin1_tags=tags)


LOCAL_WORDS = 40   # "around" a name: this many words before or after it, in its paragraph


def around(k: int, matches: list[Match], chosen: list[Candidate | None]) -> tuple[PointIndex, frozenset[str]]:
    """The settlements (as points) and oblasts (admin1) named within :data:`LOCAL_WORDS` words
    of match k in its paragraph, as resolved in pass 1 ("...a school in the Donetsk region.
    ... the attack on Druzhba village"). Matches are in text order: the window is a slice."""
    m = matches[k]
    lo = k
    while lo > 0 and k - lo < LOCAL_WORDS and matches[lo - 1].last + LOCAL_WORDS >= m.first:
        lo -= 1
    hi = k + 1
    while hi < len(matches) and hi - k <= LOCAL_WORDS and matches[hi].first - LOCAL_WORDS <= m.last:
        hi += 1
    near = [c.entry for c in chosen[lo:k] + chosen[k + 1:hi] if c is not None]
    points = PointIndex((e.lat, e.lon) for e in near if e.kind in "SC" and e.lat is not None)
    return points, frozenset(e.admin1 for e in near if e.admin1 and e.kind in "SCDR")


def closing_regions(tokens: list[Token], matches: list[Match], chosen: list[Candidate | None]) -> frozenset[str]:
    """The oblasts a paragraph names in its last :data:`LOCAL_WORDS` words: the next paragraph's
    first names are often in them ("...shot by soldiers in a village in the Kherson region." /
    "The victims, residents of Mykhailivka, ...")."""
    return frozenset(c.entry.admin1 for m, c in zip(matches, chosen)
                     if c is not None and c.entry.kind in "RD" and c.entry.admin1
                     and m.first >= len(tokens) - LOCAL_WORDS)


def mention(source: str, tokens: list[Token], m: Match, cand: Candidate | None, note: str | None) -> PlaceMention:
    end = m.end
    if (m.suffix and m.last < len(tokens) and tokens[m.last].lower in _SUFFIX_WORDS
            and (cand is None or m.suffix != "district" or cand.entry.kind in "SCD")):
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
