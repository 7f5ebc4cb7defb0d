"""Choosing among the places that share a name, from the text around the name.

Evidence, strongest first:

1. what the name itself says: a region word after it ("Odesa region"), a region-only name
   ("Crimea"), a district word ("Pokrovsk district");
2. an oblast or country named next to it: "Sokil, Kharkiv Oblast", "Andriivka in the Kyiv
   region", "Russia's Engels", "the Ukrainian town of Pokrovsk";
3. the article's other places: a candidate in an oblast the article names elsewhere, or near
   its other places, is preferred;
4. priors for war reporting: Ukraine before Russia, Belarus and Moldova before the world,
   and a place near the front lines (``data/front_line.tsv``) before one far from them;
5. population, as a last resort, only when one candidate clearly dominates.

A mention that is still ambiguous is reported as such (:data:`AMBIGUOUS`), never guessed.
"""

from __future__ import annotations

import math
from functools import lru_cache
from dataclasses import dataclass

from frontwire.geo.gazetteer import Entry, load
from frontwire.geo.match import Candidate, Match, Token

COUNTRY_WORDS = {
    "russia": "RU", "russian": "RU", "ukraine": "UA", "ukrainian": "UA", "belarus": "BY",
    "belarusian": "BY", "moldova": "MD", "moldovan": "MD",
}
PLACE_NOUNS = {"city", "town", "village", "settlement", "hamlet", "port", "township",
               "villages", "towns", "cities", "settlements", "community", "hromada", "suburb",
               "capital", "outskirts", "resort"}
# Words before a name that make it a place: "in Bar", "near Sokil", "shelled Mala Tokmachka".
PLACE_PREPOSITIONS = {"in", "near", "outside", "around", "at", "from", "to", "into", "toward",
                      "towards", "over", "across", "of", "via", "through", "beyond", "behind",
                      "occupied", "liberated", "captured", "recaptured", "took", "seized",
                      "shelled", "struck", "hit", "attacked", "stormed", "encircled", "entered",
                      "retook", "abandoned", "left", "held", "hold", "holding", "defend",
                      "defending", "on", "by", "between", "and"}
MIN_SHARE = 0.5   # the winner's share of the candidates' summed likelihood (10 ** score)
AMBIGUOUS = "ambiguous"


@dataclass(frozen=True, slots=True)
class Context:
    """What the rest of the article says: admin1 codes and points it names unambiguously."""

    admin1: frozenset[str] = frozenset()
    points: tuple[tuple[float, float], ...] = ()
    countries: frozenset[str] = frozenset()


def country_cue(tokens: list[Token], m: Match) -> str | None:
    """"Russia's Engels", "the Russian city of Kursk", "Ukraine's Odesa", "Pokrovsk, Ukraine"."""
    i = m.first
    # "Russia's X" / "Ukraine's southern X": a possessive country within three words before.
    for j in range(i - 1, max(i - 4, -1), -1):
        t = tokens[j]
        if t.lower in ("russia", "ukraine", "belarus", "moldova") and tokens[j + 1].before.startswith(("'s", "’s")):
            return COUNTRY_WORDS[t.lower]
        if j < i - 1 and t.lower in PLACE_NOUNS:
            break
    # "the Russian city of X", "a Ukrainian village X"
    for j in range(i - 1, max(i - 5, -1), -1):
        t = tokens[j]
        if t.lower in PLACE_NOUNS or t.lower in ("region", "oblast"):
            k = j - 1
            while k >= 0 and k >= j - 3:
                w = tokens[k].lower
                if w in COUNTRY_WORDS and "occupied" not in tokens[k + 1].lower and "-" not in tokens[k + 1].before:
                    return COUNTRY_WORDS[w]
                k -= 1
            break
    # "X, Russia" / "X in Russia"
    j = m.last
    if j < len(tokens) and tokens[j].lower in ("russia", "ukraine", "belarus", "moldova"):
        if tokens[j].before.strip() in (",", "(") or tokens[j].before.strip() == "" and False:
            return COUNTRY_WORDS[tokens[j].lower]
    if j + 1 < len(tokens) and tokens[j].lower == "in" and tokens[j + 1].lower in ("russia", "ukraine", "belarus", "moldova"):
        return COUNTRY_WORDS[tokens[j + 1].lower]
    return None


def has_place_cue(tokens: list[Token], m: Match) -> bool:
    """A word before or after the name that makes it a place rather than a word or a person."""
    if m.suffix or m.cues.get("admin1") or m.cues.get("country"):
        return True
    i = m.first
    if i > 0:
        prev = tokens[i - 1].lower
        if prev in PLACE_NOUNS or prev in PLACE_PREPOSITIONS or prev == "the" and i > 1 and tokens[i - 2].lower in PLACE_PREPOSITIONS:
            return True
    if m.last < len(tokens):
        nxt = tokens[m.last]
        if nxt.lower in PLACE_NOUNS - {"community", "hromada", "capital"} and nxt.before == " ":
            return True
    return False


def score(c: Candidate, m: Match, ctx: Context) -> float:
    e = c.entry
    s = math.log10(e.population + 300)
    if c.primary:
        s += 0.7
    s += {"UA": 1.2, "RU": 0.6, "BY": 0.4, "MD": 0.4}.get(e.country, 0.0)
    s += _front_bonus(e.idx)
    if e.admin1 and e.admin1 in ctx.admin1:
        s += 1.0
    if e.lat is not None and ctx.points:
        d = min(_km(e.lat, e.lon, lat, lon) for lat, lon in ctx.points)
        s += 1.0 if d < 40 else 0.5 if d < 100 else 0.0
    if e.country in ctx.countries:
        s += 0.3
    if e.kind == "C":
        s -= 1.0   # a city district named alone: a settlement of that name comes first
    return s


def choose(m: Match, tokens: list[Token], ctx: Context) -> tuple[Candidate | None, str | None]:
    """The candidate a mention names, or None with the reason."""
    cands = m.candidates
    if not cands:
        return None, "unknown"
    if m.suffix == "region":
        regions = [c for c in cands if c.entry.kind == "R"]
        if regions:
            cands = regions
    else:
        # A region stem alone ("Odesa") names the city; a region-only name ("Crimea") the region.
        plain = [c for c in cands if not c.stem]
        occupied_region = [c for c in cands if c.stem and c.entry.country == "UA"]
        if m.cues.get("occupied") and occupied_region:
            cands = plain = occupied_region  # "occupied Zaporizhzhia": the region, not the city
        if plain:
            cands = plain
        elif not m.cues.get("occupied"):
            return None, "unknown"
        alone = [c for c in cands if c.entry.kind in "RK" and not c.stem and c.primary]
        if alone:
            cands = alone
        elif len(cands) > 1:  # a country's foreign name ("Uman" for Oman) yields to a town
            cands = [c for c in cands if c.entry.kind != "K"] or cands
    if m.suffix != "district":
        non_raion = [c for c in cands if c.entry.kind != "D"]
        cands = non_raion or cands
    admin1 = m.cues.get("admin1")
    if admin1:
        inside = [c for c in cands if c.entry.admin1 in admin1]
        if inside:
            cands = inside
    country = m.cues.get("country")
    if country:
        inside = [c for c in cands if c.entry.country == country]
        if inside:
            cands = inside
    if len(cands) == 1:
        return cands[0], None
    ranked = sorted(((score(c, m, ctx), c) for c in cands), key=lambda x: -x[0])
    best, top = ranked[0]
    # Scores are log-odds (base 10): the winner must be more likely than all the others together.
    share = 1.0 / sum(10 ** (s - best) for s, _ in ranked)
    if share >= MIN_SHARE or (admin1 and top.entry.admin1 in admin1):
        return top, None
    return None, f"{AMBIGUOUS}: {len(cands)} places named {tokens_text(tokens, m)} and no context to choose"


@lru_cache(maxsize=65536)
def _front_bonus(idx: int) -> float:
    e = load().entries[idx]
    if e.country != "UA" or e.lat is None:
        return 0.0
    front = min((_km(e.lat, e.lon, lat, lon) for lat, lon in load().front_line), default=999)
    return 0.5 if front < 30 else 0.25 if front < 60 else 0.0


def tokens_text(tokens: list[Token], m: Match) -> str:
    return " ".join(t.text for t in tokens[m.first:m.last])


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
