"""Choosing among the places that share a name, from the text around the name.

Evidence, strongest first:

1. what the name itself says: a region word after it ("Odesa region"), a region-only name
   ("Crimea"), a district word ("Pokrovsk district");
2. an oblast or country named next to it: "Sokil, Kharkiv Oblast", "Andriivka in the Kyiv
   region", "Russia's Engels", "the Ukrainian town of Pokrovsk";
3. the places around it: a place the text ties it to ("Pryluky (northwest of Hulyaipole)",
   "southwest of Kostyantynivka near Stepanivka", "Pryluky near Huliaipole") keeps only the
   candidates near that place; other places of the same paragraph, then of the article, and
   the oblasts the article names, make a candidate more likely;
4. priors for war reporting: Ukraine before Russia, Belarus and Moldova before the world,
   and a place near the front lines of the text's date (``data/front_line.tsv``) before one
   far from them;
5. population, as a last resort, only when one candidate clearly dominates.

A mention that is still ambiguous is reported as such (:data:`AMBIGUOUS`), never guessed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from frontwire.geo.gazetteer import load
from frontwire.geo.match import Candidate, Match, Token
from frontwire.geo.proximity import PointIndex, km, polyline_km

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
# Sites named after the town they are in: "Engels airbase", "Saky airfield", "Ryazan refinery".
PLACE_SITES = {"airbase", "airfield", "airport", "aerodrome", "refinery", "port", "seaport", "depot",
               "terminal", "substation", "dam", "bridge", "garrison", "checkpoint", "crossing"}
MIN_SHARE = 0.5   # the winner's share of the candidates' summed likelihood (10 ** score)
NEAR_KM = 60      # "X (northwest of Y)": X lies within this distance of Y
SMALL = 10_000    # a village: a namesake far from everything the article names is not it
HROMADA_KM = 10   # how far a village may lie from its hromada's centre, typically
ALTERNATE_MAX = 50_000  # a town this big is still known by its old or foreign names
AMBIGUOUS = "ambiguous"


@dataclass(frozen=True, slots=True)
class Context:
    """What the rest of the article says: admin1 codes and points it names unambiguously, the
    places named around the name, and the front lines active at the article's date."""

    admin1: frozenset[str] = frozenset()
    points: PointIndex = field(default_factory=PointIndex)
    countries: frozenset[str] = frozenset()
    local: PointIndex = field(default_factory=PointIndex)   # settlements named around the name
    front: tuple[int, ...] | None = None   # indexes into Gazetteer.front_line; None: no date
    local_admin1: frozenset[str] = frozenset()   # oblasts named around the name
    regions: frozenset[str] = frozenset()   # admin1 of the regions and raions the article names
    # (admin1, tag of the mention) of every place resolved in pass 1: whether an oblast is
    # named by the article's other mentions, not only by the one being resolved
    admin1_tags: frozenset[tuple[str, int]] = frozenset()


def front_at(date: str | None) -> tuple[int, ...] | None:
    """The front lines active at an ISO date ("2022-05-08..."), or None without a date."""
    if not date or len(date) < 10 or not date[:4].isdigit():
        return None
    return tuple(i for i, line in enumerate(load().front_line) if line.active(date))


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
        if nxt.before in (" ", "-") and (nxt.lower in PLACE_SITES or nxt.lower == "air" and m.last + 1 < len(tokens)
                                         and tokens[m.last + 1].lower in ("base", "field")):
            return True
    return False


def score(c: Candidate, m: Match, ctx: Context) -> float:
    e = c.entry
    s = math.log10(e.population + 300)
    if c.primary:
        s += 0.7
    s += {"UA": 1.2, "RU": 0.6, "BY": 0.4, "MD": 0.4}.get(e.country, 0.0)
    s += front_bonus(e.idx, ctx.front)
    if e.admin1 and e.admin1 in ctx.admin1:
        s += 1.0
    if e.admin1 and e.admin1 in ctx.local_admin1:
        s += 0.7
    if e.lat is not None and ctx.points:
        d = ctx.points.nearest_km(e.lat, e.lon, skip=id(m))
        s += 1.0 if d < 40 else 0.5 if d < 60 else 0.0
    if e.lat is not None and ctx.local:
        d = ctx.local.nearest_km(e.lat, e.lon)
        s += 1.0 if d < 30 else 0.5 if d < 60 else 0.0
    if e.country in ctx.countries:
        s += 0.3
    if e.kind == "C":
        s -= 1.0   # a city district named alone: a settlement of that name comes first
    near = m.cues.get("near")
    if near and e.lat is not None:
        # "X (east of Y)": the nearer of Y's neighbours named X is the likelier
        d = km(e.lat, e.lon, *near) - (HROMADA_KM if e.geonameid is None and e.kind == "S" else 0)
        s += 1.0 if d < 20 else 0.5 if d < 35 else 0.0
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
    # A city named by its own name is that city, not another city's stray alternate name
    # ("Novorossiysk" is not an old name of Krasnodar).
    # A Russian spelling of a Ukrainian town stays ("Seversk" for Siversk).
    big = [c.entry for c in cands if c.primary and c.entry.kind == "S" and c.entry.population >= 100_000]
    if big:
        cands = [c for c in cands if c.primary or c.entry.country == "UA" != big[0].country]
    # A front direction is named after a town of some size ("the Lyman direction").
    if m.suffix == "direction":
        towns = [c for c in cands if c.entry.population >= 10_000]
        cands = towns or cands
    admin1 = m.cues.get("admin1")
    if admin1:
        inside = [c for c in cands if c.entry.admin1 in admin1]
        if inside:
            cands = inside
        elif all(_lesser(c) for c in cands):
            # "Malaya Loknya and Martynovka in the Kursk region": villages the gazetteer lacks;
            # "Rayevka in the Belgorod region" is not a town that was once called Rayevka
            return None, f"unknown: no place named {tokens_text(tokens, m)} in the region the text names"
    country = m.cues.get("country")
    if country:
        inside = [c for c in cands if c.entry.country == country]
        if inside:
            cands = inside
        elif all(c.entry.population < SMALL and c.entry.kind == "S" for c in cands):
            return None, f"unknown: no place named {tokens_text(tokens, m)} in the country the text names"
    near = m.cues.get("near")
    near_hit = False
    if near:
        inside = [c for c in cands if c.entry.lat is not None and km(c.entry.lat, c.entry.lon, *near)
                  <= NEAR_KM + (HROMADA_KM if c.entry.geonameid is None else 0)]
        if not inside and not admin1 and not country and all(
                _lesser(c) or c.entry.kind == "C" and c.entry.population < SMALL for c in cands):
            # the text puts it near a place, and no place of that name is: one the gazetteer
            # lacks ("northeast of Pokrovsk near Zatyshok"), not a namesake elsewhere
            return None, f"unknown: no place named {tokens_text(tokens, m)} near the place it is said to lie near"
        if inside:
            cands, near_hit = inside, True
    if len(cands) > 1 and not admin1 and not country and not near_hit:
        cands = in_named_region(cands, m, ctx)
    if len(cands) == 1:
        if stray(cands[0], m, ctx):
            return None, f"unknown: no place named {tokens_text(tokens, m)} near the places the text names"
        return cands[0], None
    ranked = sorted(((score(c, m, ctx), c) for c in cands), key=lambda x: -x[0])
    best, top = ranked[0]
    # Scores are log-odds (base 10): the winner must be more likely than all the others together.
    share = 1.0 / sum(10 ** (s - best) for s, _ in ranked)
    # A tie (share 0.5) is no choice: equal namesakes stay ambiguous.
    if share > MIN_SHARE or (admin1 and top.entry.admin1 in admin1) or (near_hit and share >= 0.34):
        if stray(top, m, ctx):
            return None, f"unknown: no place named {tokens_text(tokens, m)} near the places the text names"
        return top, None
    return None, f"{AMBIGUOUS}: {len(cands)} places named {tokens_text(tokens, m)} and no context to choose"


def _lesser(c: Candidate) -> bool:
    """A settlement the text's region or nearby place may rule out: a village, or a town
    named only by an alternate (old, foreign) name ("Rayevka" of Rayevskiy). A city called by
    its old name ("Kirovohrad", "Artemovsk") is still known by it: it stays."""
    return c.entry.kind == "S" and (c.entry.population < SMALL or not c.primary
                                    and c.entry.population < ALTERNATE_MAX)


def in_named_region(cands: list[Candidate], m: Match, ctx: Context) -> list[Candidate]:
    """The namesakes in the one region the article names, when none of the others' oblasts is
    named by any other place of the article and the one there is a town of comparable size
    (a third of the biggest or more; villages are left to :func:`score`) ("Slavyansk" in a story
    about Krasnodar Krai is Slavyansk-na-Kubani, not Sloviansk of Donetsk oblast)."""
    named = [c for c in cands if c.entry.admin1 and c.entry.admin1 in ctx.regions]
    if not named or len(named) == len(cands) or len({c.entry.admin1 for c in named}) != 1:
        return cands
    elsewhere = {a for a, tag in ctx.admin1_tags if tag != id(m)}
    if any(c.entry.admin1 in elsewhere for c in cands if c not in named):
        return cands
    biggest = max(c.entry.population for c in named)
    if biggest < SMALL or biggest * 3 < max(c.entry.population for c in cands):
        return cands   # a village, or a namesake far smaller than the town elsewhere
    return named


def stray(c: Candidate, m: Match, ctx: Context) -> bool:
    """Whether a village is far from everything the text names around it: no settlement the
    article names lies within ~60 km, and neither its oblast nor a region of its oblast is named
    near it or in the article, while the text does name places ("a power line near the border
    village of Zhuravlevka" in a story about Belgorod is not a village of Vinnytsia oblast). Such
    a name is most likely a place the gazetteer lacks."""
    e = c.entry
    if e.kind != "S" or e.population >= SMALL or e.lat is None or not ctx.points.any_but(id(m)):
        return False
    if m.cues.get("admin1") or m.cues.get("country") or m.cues.get("near") or m.suffix:
        return False
    if e.admin1 in ctx.local_admin1 or e.admin1 in ctx.regions:
        return False
    return ctx.points.nearest_km(e.lat, e.lon, skip=id(m)) == math.inf and (
        not ctx.local or ctx.local.nearest_km(e.lat, e.lon) == math.inf)


@lru_cache(maxsize=131072)
def front_bonus(idx: int, lines: tuple[int, ...] | None) -> float:
    """How much nearer the front lines of the text's date (``lines``; None: of any date) make a
    place more likely. Dated, the prior is strong: an incident report names the place near
    that season's fighting far more often than one of its namesakes elsewhere."""
    gaz = load()
    e = gaz.entries[idx]
    if e.lat is None or e.country not in ("UA", "RU") or e.kind not in "SCD":
        return 0.0
    chosen = range(len(gaz.front_line)) if lines is None else lines
    d = min((polyline_km(e.lat, e.lon, gaz.front_line[i].points) for i in chosen), default=math.inf)
    if e.geonameid is None and e.kind == "S":
        d -= HROMADA_KM   # an OCHA village sits at its hromada's centre: it may lie nearer
    if lines is None:
        return 0.5 if d < 30 else 0.25 if d < 60 else 0.0
    return 1.5 if d < 15 else 1.0 if d < 35 else 0.4 if d < 60 else 0.0


def tokens_text(tokens: list[Token], m: Match) -> str:
    return " ".join(t.text for t in tokens[m.first:m.last])

