"""The place of a claim: chosen among the places the geo stage found in the article.

claims.md rule 3: the most precise place the text ties to the claim. The candidates are
the resolved :class:`~frontwire.records.PlaceMention` objects inside the claim's sentence,
less those that are not where anything happened:

- names inside the attribution ("Ukraine's air force said", "Kyiv Mayor Vitali Klitschko");
- a capital or a country that acts or speaks ("Moscow did not comment", "Russia fired",
  "Moscow's forces");
- an origin ("launched from Kursk region", "1,200km from the border");
- a country named as a whole, unless the text puts the event in it ("across Ukraine",
  "attacked Ukraine", "Ukraine's energy facilities").

Of the rest, a region or country is dropped when a more precise place inside it is named
("the town of Druzhkivka in the region of Donetsk" is Druzhkivka); every place that
remains gives its own claim ("one sentence naming several places gives one claim per
place").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontwire.extract.nlp import clause_verb
from frontwire.extract.sentences import Sentence, dateline_end
from frontwire.records import Place, PlaceMention

RANK = {"point": 0, "settlement": 1, "district": 2, "region": 3, "country": 4}
LOCATIVE = frozenset({"in", "at", "on", "across", "over", "into", "to", "throughout", "inside",
                      "within", "near", "around", "outside", "toward", "towards", "against", "of",
                      "onto", "upon", "along", "via", "through", "off", "by", "beyond", "under"})
# nouns whose possessor or modifier is the actor, not a place: "Moscow's forces", "Kyiv Mayor"
AGENT_NOUNS = frozenset({"mayor", "governor", "ministry", "force", "forces", "troops", "army", "military",
                         "official", "officials", "authorities", "president", "leader", "government",
                         "navy", "staff", "command", "delegation", "side", "negotiator", "negotiators",
                         "envoy", "administration", "service", "intelligence", "spokesman",
                         "spokesperson", "office", "minister", "defence", "defense", "drone",
                         "drones", "missile", "missiles", "invasion", "war", "aggression", "team",
                         "allies", "ally", "partners", "demand", "demands", "position", "forces'",
                         "parliament", "embassy", "ambassador", "media", "agency", "units", "unit",
                         "soldiers", "prosecutors", "police", "people", "citizens", "children"})
# verbs whose object is where the event happened: "attacked Ukraine", "visited Moscow"
REACH_VERBS = frozenset({"attack", "strike", "hit", "target", "shell", "bomb", "bombard", "visit",
                         "enter", "reach", "capture", "seize", "take", "liberate", "occupy", "control",
                         "invade", "storm", "encircle", "cross", "pound", "raid", "damage", "destroy",
                         "leave", "abandon", "lose", "regain", "retake", "return", "travel", "arrive"})
# nouns that make a country's possessive a place: "Ukraine's energy system"
PHYSICAL = frozenset({"energy", "system", "grid", "facility", "infrastructure", "territory", "land",
                      "city", "region", "border", "airspace", "east", "south", "north", "west",
                      "front", "port", "capital", "plant", "refinery", "base", "airfield", "coast",
                      "railway", "network", "soil", "sky", "skies", "oblast", "town", "village",
                      "station", "substation", "depot", "sector", "target", "home"})
# nouns that frame a whole country without placing an event in it
FRAMES = frozenset({"war", "conflict", "invasion", "aggression", "peace", "crisis", "situation",
                    "future", "security", "reconstruction", "restoration", "support", "aid"})
ORIGIN_TYPES = frozenset({"strike", "interception", "negotiation", "mobilization", "prisoner_exchange"})
ACTOR_PLACES = frozenset({"russia", "ukraine", "moscow", "kyiv", "kiev", "washington", "minsk", "belarus",
                          "kremlin", "brussels", "beijing", "london", "paris", "berlin", "ankara",
                          "united states", "us", "europe", "iran", "china"})


def _text_offset(sentence: Sentence, source: int) -> int:
    """The offset in ``sentence.text`` of a source offset inside the sentence."""
    if sentence.offsets is None:
        return source - sentence.start
    offsets = sentence.offsets
    lo, hi = 0, len(offsets)
    while lo < hi:
        mid = (lo + hi) // 2
        if offsets[mid] < source:
            lo = mid + 1
        else:
            hi = mid
    return lo


def mentions_in(sentence: Sentence, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    return [m for m in mentions if m.place is not None and sentence.start <= m.start
            and m.end <= sentence.end]


# what is aimed "against" a country: the country is then where it struck, not a party
_AIMED = frozenset({"launch", "fire", "use", "attack", "strike", "carry", "conduct", "direct", "send",
                    "hurl", "unleash", "drone", "missile", "barrage", "wave"})


def _acts(root, mention_text: str, precision: str, type_: str | None) -> bool:
    """Whether the place names an actor, a speaker, a party or an origin rather than where
    the event happened."""
    low = mention_text.lower().strip()
    root = _role(root)
    head = root.head
    actor = precision == "country" or low in ACTOR_PLACES
    if root.dep_ in ("nsubj", "nsubjpass", "agent") and actor:
        return True                                   # "Moscow did not comment", "Russia fired"
    if root.dep_ in ("poss", "compound", "amod", "nmod") and head.i != root.i:
        if head.lemma_.lower() in AGENT_NOUNS or head.lower_ in AGENT_NOUNS:
            return True                               # "Kyiv Mayor", "Moscow's forces"
        if root.dep_ == "poss" and low in ACTOR_PLACES and head.lemma_.lower() not in PHYSICAL:
            return True                               # "Moscow's direct negotiations"
    if root.dep_ == "pobj" and head.lower_ in ("between", "with", "by", "for", "against") and actor \
            and not (head.lower_ == "against" and type_ in ("strike", "interception")
                     and head.head.lemma_.lower() in _AIMED):
        return True                                   # "talks between Moscow and Kyiv"; not "drones against Ukraine"
    if root.dep_ == "pobj" and head.lower_ == "from" and (actor or type_ in ORIGIN_TYPES):
        return True                                   # "launched from Kursk region"
    if type_ in ORIGIN_TYPES and _from_direction(root):
        return True                                   # "from the directions of Kursk and Oryol cities"
    if actor and root.dep_ in ("dobj", "iobj", "dative") and \
            head.lemma_.lower() not in REACH_VERBS:
        return True                                   # "urged Washington and Moscow"
    return False


def _from_direction(root) -> bool:
    """ "launched ... from the directions of Kursk and Oryol cities; Millerovo, Rostov Oblast":
    where the weapons came from, however deep in the list."""
    node = root
    for _ in range(8):
        if node.dep_ in ("conj", "appos", "compound", "npadvmod", "nmod") and node.head.i != node.i:
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in (
                "direction", "area", "side", "territory", "region"):
            node = node.head.head
        else:
            break
    return node.dep_ == "pobj" and node.head.lower_ == "from"


def _in_name(root) -> bool:
    """ "President Volodymyr Zelensky": a first name the gazetteer knows as a town; "envoy
    Kirill Dmitriev": a surname that is one."""
    from frontwire.extract.attribution import person_name
    from frontwire.extract.lexicon import claimants

    head = root.head
    if root.dep_ in ("compound", "flat") and head.pos_ == "PROPN" and head.i != root.i \
            and person_name(head) is not None:
        return True
    first = [c for c in root.children if c.dep_ in ("compound", "flat") and c.i == root.i - 1
             and c.pos_ == "PROPN" and c.is_title]
    if first:
        known = claimants().lookup(f"{first[0].text} {root.text}")
        return known is not None and known.kind == "person"
    return False


def _country_is_place(root) -> bool:
    """A country counts as a claim's place only where the text puts the event in it."""
    root = _role(root)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE:
        if head.head.lemma_.lower() in FRAMES:
            return False                              # "the war in Ukraine", "peace in Ukraine"
        return True                                   # "across Ukraine", "over Russian territory"
    if root.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in REACH_VERBS:
        return True                                   # "attacked Ukraine"
    if root.dep_ == "poss" and head.lemma_.lower() in PHYSICAL:
        return True                                   # "Ukraine's energy system"
    return False


def _role(tok):
    """The first of a coordination, which carries the role: "between Moscow and Kyiv"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _clause_chain(verb) -> list:
    """A verb and the verbs whose clause it completes (xcomp, ccomp, conj, advcl), up to the
    root; a clause that only describes a noun ("agreements brokered in Istanbul") ends it."""
    chain = [verb]
    node = verb
    for _ in range(10):
        if node.dep_ == "relcl" and node.head.lemma_.lower() in ("time", "day", "moment", "point"):
            pass                          # "by the time Russian forces intensified ...": an adverbial
        elif node.head.i == node.i or node.dep_ in ("relcl", "amod", "appos") or \
                (node.dep_ == "acl" and node.tag_ != "VBG"):
            break                         # "a warehouse storing drones in X" still places the target
        node = clause_verb(node.head)
        if node in chain:
            break
        chain.append(node)
    return chain


def _inside_phrase(root, event) -> bool:
    """Whether ``root`` lies inside the noun phrase of ``event``, not past a clause."""
    node = root
    for _ in range(8):
        if node.head.i == node.i or node.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return False
        node = node.head
        if node.i == event.i:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _inside_other_event(root, verb, heads: Sequence[int], others: Sequence[int]) -> bool:
    """ "on the day of the Geneva talks": the place belongs to the talks, not the strike."""
    node = root
    while node.i != verb.i and node.head.i != node.i:
        if node.i in others and node.i not in heads:
            return True
        node = node.head
    return False


def _in_purpose(root, heads: Sequence[int]) -> bool:
    """Whether a place sits in an infinitive of purpose that names another event: "abusing
    the talks to attack infrastructure in Ukraine" (not "a truce to allow repairs at the plant")."""
    from frontwire.extract.lexicon import lexicon

    verb = clause_verb(root)
    return verb.i not in heads and verb.dep_ in ("advcl", "xcomp", "acl") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        (verb.lower_ in lexicon().triggers or verb.lemma_.lower() in lexicon().triggers)


def _participle_speech(verb) -> bool:
    """ "..., saying", "..., adding that": a clause that reports what its subject said."""
    from frontwire.extract.lexicon import lexicon

    return verb.tag_ == "VBG" and verb.lemma_.lower() in lexicon().reporting_verbs


def _tied(root, heads: Sequence[int], speech: int | None, others: Sequence[int] = ()) -> bool:
    """Whether the sentence ties the place to the event: the event word sits in the
    place's clause or a clause joined to it, or the place sits inside the event's own
    phrase ("strikes on Kyiv")."""
    if not heads:
        return True
    doc = root.doc
    verb = clause_verb(root)
    if speech is not None and verb.i == speech:
        # "said in Kyiv", "told reporters in Washington" is where the source spoke; but
        # "reported impacts in Kyiv" and "In southern Ukraine, authorities said ..." place the event
        if root.i < speech or not any(c.dep_ in ("ccomp", "parataxis", "xcomp")
                                      for c in doc[speech].children):
            speech = None
        else:
            return False
    if _inside_other_event(root, verb, heads, others):
        return False
    place_chain = _clause_chain(verb)
    for h in heads:
        event = doc[h]
        if event.i == root.i or (event.pos_ in ("NOUN", "PROPN") and _inside_phrase(root, event)):
            return True                               # "strikes on Kyiv", "the Kyiv attack"
        event_verb = clause_verb(event)
        if event_verb.i == verb.i:
            return True
        event_chain = _clause_chain(event_verb)
        if verb in event_chain and any(_participle_speech(t) for t in event_chain[1:event_chain.index(verb)]):
            continue                      # "dismissed talk of supplies to Russia, saying Kyiv had downed 11"
        if verb in event_chain[:3] or event_verb in place_chain[:3]:
            if speech is None or not (speech == verb.i or speech == event_verb.i):
                return True
        if {t.i for t in place_chain[1:2]} & {t.i for t in event_chain[1:2]}:
            return True                   # two clauses of one quote: '"Pokrovsk was ..., but ...," said'
    return False


def sentence_places(sentence: Sentence, doc, mentions: Sequence[PlaceMention],
                    skip: frozenset[int] = frozenset(), heads: Sequence[int] = (),
                    type_: str | None = None, speech: int | None = None,
                    others: Sequence[int] = ()) -> list[Place]:
    """The places of a claim in a sentence, most precise first, one per distinct area.

    ``heads`` are the tokens that carry the claim's event (its trigger words, its figures);
    a place counts only where the parse ties it to one of them. ``speech`` is the
    reporting verb, whose own places ("said in Kyiv") are not the event's.
    """
    chosen: list[tuple[Place, int]] = []
    dateline = dateline_end(sentence.text)
    for m in mentions_in(sentence, mentions):
        place = m.place
        a = _text_offset(sentence, m.start)
        b = _text_offset(sentence, m.end - 1) + 1
        if b <= dateline:
            continue                                  # "KYIV, Ukraine (AP) —": where it was filed
        if re.match(r"\s+time\b", sentence.text[b:b + 6]):
            continue                                  # "18:00 Moscow time": a clock, not a place
        span = doc.char_span(a, b, alignment_mode="expand") if doc is not None else None
        group = -1
        if span is not None and len(span):
            if any(t.i in skip for t in span):
                continue
            root = span.root
            if _acts(root, m.text, place.precision, type_) or _in_name(root):
                continue
            if place.precision == "country" and not _country_is_place(root):
                continue
            if not _tied(root, heads, speech, others):
                continue
            if type_ == "negotiation" and _in_purpose(root, heads):
                continue                      # "abusing the talks to attack infrastructure in Ukraine"
            group = _list_group(root)
        chosen.append((place, group, _is_direction(sentence.text, a, b, place)))
    if any(direction for _, _, direction in chosen):
        # "On the Pokrovsk direction, ... in the areas of Dorozhne, Bilytske ...": the front
        # direction is the claim's place, the villages only detail it
        chosen = [c for c in chosen if c[2] or RANK.get(c[0].precision, 9) > RANK["district"]]
    found = most_precise(_majority([(p, g) for p, g, direction in chosen if not direction])
                         + [p for p, _, direction in chosen if direction])
    if any(p.country for p in found):
        found = [p for p in found if p.country]    # "the Black Sea" beside "Odesa": the place on land
    return found


def _is_direction(text: str, a: int, b: int, place: Place) -> bool:
    """A front "direction" named after a town ("the Pokrovsk direction")."""
    return place.precision == "district" and re.search(
        r"^[\w\s,'’-]{0,60}?\bdirections?\b", text[a:b + 70], re.IGNORECASE) is not None


def _list_group(root) -> int:
    """The token that heads a coordinated list of names ("Dorozhne, Bilytske and Udachne")."""
    node = root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.i if any(c.dep_ == "conj" for c in node.children) else -1


def _majority(chosen: list[tuple[Place, int]]) -> list[Place]:
    """In a list of three or more names, keep those in the list's most common region: the
    odd one out is a namesake the gazetteer resolved elsewhere."""
    groups: dict[int, list[Place]] = {}
    for place, group in chosen:
        if group >= 0:
            groups.setdefault(group, []).append(place)
    drop: set[int] = set()
    for members in groups.values():
        if len(members) < 3:
            continue
        counts: dict[str | None, int] = {}
        for p in members:
            counts[p.admin1] = counts.get(p.admin1, 0) + 1
        best, n = max(counts.items(), key=lambda kv: kv[1])
        if n * 2 > len(members):
            drop.update(id(p) for p in members if p.admin1 != best)
    return [p for p, _ in chosen if id(p) not in drop]


def most_precise(places: list[Place]) -> list[Place]:
    """Drop places that a more precise place in the list lies inside; keep one of each."""
    places = sorted(places, key=lambda p: RANK.get(p.precision, 9))
    out: list[Place] = []
    for p in places:
        inside = False
        for q in out:
            if RANK.get(q.precision, 9) >= RANK.get(p.precision, 9):
                same = (q.admin1, q.name) == (p.admin1, p.name) or (
                    q.geonameid is not None and q.geonameid == p.geonameid)
                if same:
                    inside = True
                    break
                continue
            if p.precision == "country" and q.country == p.country:
                inside = True
            elif p.admin1 and q.admin1 == p.admin1 and RANK.get(p.precision, 9) >= RANK["district"]:
                inside = True
            if inside:
                break
        if not inside:
            out.append(p)
    return out


_WHOLE_COUNTRY = re.compile(r"\b(?:(?:into|across|throughout|over|in|of|at|against|attacked|struck|targeted)"
                            r"\s+(?:the|this)\s+country|nationwide|"
                            r"country-?wide)\b", re.IGNORECASE)
# "over six Russian regions", "across Ukrainian territory": the country, by its adjective
_NATIONAL = re.compile(r"\b(?:over|across|throughout|in|on|into|inside)\s+(?:\w+\s+){0,2}?(?P<adj>Russian|Ukrainian)\s+"
                       r"(?:regions|territory|territories|airspace|soil|cities|oblasts|provinces)\b")
_COUNTRIES = {"UA": "Ukraine", "RU": "Russia"}


def country_place(text: str, country: str) -> Place | None:
    """ "launched 40 drones into the country", "a nationwide blackout": the country the
    article is about (``country``, UA or RU), at country precision."""
    m = _WHOLE_COUNTRY.search(text)
    if m is None or country not in _COUNTRIES:
        m = _NATIONAL.search(text)
        if m is None:
            return None
        country = "RU" if m.group("adj") == "Russian" else "UA"
    return Place(text=m.group(), name=_COUNTRIES[country], country=country, admin1=None,
                 precision="country")
