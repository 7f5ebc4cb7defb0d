"""Event typing: which of claims.md's event types a sentence reports, and with what weapon.

A *trigger* is a word or phrase of ``data/lexicon.json`` ("shot down", "talks",
"killed") found among the parsed tokens, by text or lemma. Some triggers count only in
context: "launched" needs a weapon in the sentence (not "launched an inquiry"), "exchange"
needs prisoners, "meeting" needs a negotiating party. Words that several types share are
settled by their neighbours: "attack" is a strike near drones or missiles and ground combat
near the front line; "destroyed" is an interception of drones, damage to a building.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontwire.extract.lexicon import Pattern, lexicon
from frontwire.records import ClaimType, Weapon

_POS = {"V": ("VERB", "AUX"), "N": ("NOUN", "PROPN"), "A": ("ADJ",)}
# prepositions that make an event the time of another ("hours before the meeting")
TEMPORAL = frozenset({"after", "before", "following", "ahead", "since", "during", "amid", "until",
                      "prior", "pending", "eve", "as"})


@dataclass(frozen=True)
class Trigger:
    type: ClaimType
    start: int          # token indices in the sentence's Doc
    end: int
    head: int           # the token that carries the event (a verb or a noun)
    anchor: bool = False   # used as a time reference: "after the talks", "before the meeting"
    definite: bool = True  # a particular event ("the talks", "Russia's attack"), not "years of destruction"


def _token_keys(tok) -> tuple[str, str]:
    return tok.lower_, tok.lemma_.lower()


def _matches(doc, i: int, pat: Pattern) -> bool:
    if i + len(pat.words) > len(doc):
        return False
    for k, (word, pos) in enumerate(zip(pat.words, pat.pos)):
        tok = doc[i + k]
        if word not in _token_keys(tok):
            return False
        if pos and tok.pos_ not in _POS[pos]:
            return False
    return True


def sentence_words(doc, leave_out: range = range(0)) -> frozenset[str]:
    """Lowercase forms and lemmas of a sentence's tokens, for context tests; ``leave_out``
    the trigger's own tokens (an "assault" is not its own ground context)."""
    words = set()
    for tok in doc:
        if tok.i in leave_out:
            continue
        words.add(tok.lower_)
        words.add(tok.lemma_.lower())
    return frozenset(words)


def _near(doc, i: int, words: frozenset[str], window: int = 4) -> bool:
    """Whether one of ``words`` is within ``window`` tokens of token ``i`` or tied to it."""
    tok = doc[i]
    around = [doc[k] for k in range(max(0, i - window), min(len(doc), i + window + 1))]
    around += [tok.head, *tok.children, *tok.head.children]
    return any(t.lower_ in words or t.lemma_.lower() in words for t in around)


def _objects(tok) -> list:
    """The things a verb acts on (its objects, or its subject in the passive), or a noun's
    own words; conjoined ones included."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "pobj", "attr", "obj")]
    if tok.pos_ in ("NOUN", "PROPN", "ADJ"):
        out.append(tok)
        if tok.dep_ == "amod":
            out.append(tok.head)
    for _ in range(2):                   # "attacks on our energy sector": sector, energy
        for o in list(out):
            out.extend(c for c in o.children if c.dep_ in ("conj", "compound", "amod") and c not in out)
            out.extend(g for c in o.children if c.dep_ == "prep" for g in c.children
                       if g.dep_ == "pobj" and g not in out)
    if tok.dep_ in ("amod", "acl") and tok.head not in out:
        out.append(tok.head)
    return out


def _resolve(doc, i: int, types: list[ClaimType], words: frozenset[str]) -> list[ClaimType]:
    """One type for a word that several types share, from the words around it."""
    ctx = lexicon().context
    tok = doc[i]
    if "strike" in types and tok.lemma_.lower() in ("attack", "strike") and _near(doc, i, ctx["cyber"], 6):
        return ["cyber"]                  # "a distributed denial-of-service attack"
    if len(types) < 2:
        return types
    objs = {t.lemma_.lower() for t in _objects(tok)} | {t.lower_ for t in _objects(tok)}
    if "interception" in types or "infrastructure_damage" in types:   # destroyed, repelled
        if objs & ctx["air_weapon"] and "interception" in types and not words & _STORES:
            return ["interception"]       # not "destroying stockpiled shells and missiles" at a depot
        if objs & ctx["military_target"] and "strike" in types:
            return ["strike"]             # "destroyed a command post": a strike on a military target
        if objs & ctx["infrastructure"]:
            return ["infrastructure_damage"] if "infrastructure_damage" in types else types[:1]
    if "territorial_change" in types and "capture" in types:         # captured
        if objs & ctx["person_taken"]:
            return ["capture"]
        return ["territorial_change"]
    if "strike" in types and "ground_combat" in types:               # attack, assault
        if _near(doc, i, ctx["weapon"]) or objs & ctx["infrastructure"]:
            return ["strike"]
        if any(c.dep_ == "dobj" and c.lemma_.lower() in ("settlement", "village", "town", "city", "community")
               and any(g.dep_ == "nummod" for g in c.children) for c in tok.children):
            return ["strike"]             # "attacked seven settlements 384 times": places hit
        if _near(doc, i, ctx["ground"], window=8):
            return ["ground_combat"]
        return ["strike"] if words & ctx["weapon"] else ["ground_combat"]
    if "interception" in types and "ground_combat" in types:         # repelled
        return ["interception"] if _near(doc, i, ctx["air_weapon"], 6) else ["ground_combat"]
    return types[:1]


_STORES = frozenset({"depot", "depots", "warehouse", "warehouses", "arsenal", "arsenals", "stockpile", "stockpiles",
                     "stockpiled", "stored", "storage", "stocks", "factory", "plant"})


def _is_anchor(tok) -> bool:
    """Whether an event word only dates another: "hours before the meeting", "after talks"."""
    node = tok
    for _ in range(4):
        if node.dep_ in ("pobj",) and node.head.lower_ in TEMPORAL:
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "of" and \
                node.head.head.lemma_.lower() in ("day", "eve", "night", "morning", "anniversary", "wake"):
            return True                   # "on the day of the Geneva talks"
        if any(c.dep_ == "mark" and c.lower_ in TEMPORAL for c in node.children):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def find_triggers(doc, skip: frozenset[int] = frozenset()) -> list[Trigger]:
    """Every event trigger of a parsed sentence, leaving out tokens in ``skip`` (the
    attribution "Ukraine's air force said")."""
    lex = lexicon()
    found: dict[int, tuple[int, list[ClaimType]]] = {}   # token -> (end, types)
    i = 0
    while i < len(doc):
        if i in skip:
            i += 1
            continue
        best_len, types = 0, []
        for key in dict.fromkeys(_token_keys(doc[i])):   # in order: a set's order changes with the hash seed
            for pat in lex.triggers.get(key, ()):
                if len(pat.words) < best_len or not _matches(doc, i, pat):
                    continue
                words = sentence_words(doc, range(i, i + len(pat.words)))
                if pat.needs and not any(words & lex.context[n] for n in pat.needs) \
                        and not (pat.label == "territorial_change" and _takes_named_place(doc[i])):
                    continue
                if len(pat.words) > best_len:
                    best_len, types = len(pat.words), []
                if pat.label not in types:
                    types.append(pat.label)
        if types:
            found[i] = (i + best_len, _resolve(doc, i, types, sentence_words(doc, range(i, i + best_len))))
            i += best_len
        else:
            i += 1
    _add_weapon_agents(doc, found, skip)
    out = []
    for i, (end, types) in list(found.items()):
        head = _event_head(doc, i, end)
        if _halted(doc[head]) and "negotiation" not in types:
            types = ["negotiation"]       # "ordered forces to halt all hostilities": a truce
        if doc[head].lemma_.lower() == "damage" and any(c.lower_ == "fire" and c.dep_ in ("compound", "amod")
                                                        for c in doc[head].children):
            types = ["strike"]            # "inflicted fire damage on manpower and hardware": shelling
        if "negotiation" in types and _mediated_swap(doc[head]):
            types = ["prisoner_exchange"]  # "a swap mediated by the UAE": the swap is the event
        if _purpose(doc[head]) or _habitual(doc[head]) or _figurative(doc[head], types) \
                or _unit_name(doc[head]) or _comparative(doc[head]) or _idiom(doc, i, types) \
                or _audience(doc[head], types) or _objective(doc[head]) or _war_name(doc[head]) \
                or _off_topic(doc[head], types) or _not_ground(doc[head], types) or _in_title(doc[head]) \
                or _any(doc[head]) or _described(doc[head], types):
            continue
        for t in types:
            if t in ("territorial_change", "capture") and (_attributive(doc, i) or _state(doc[head])):
                continue
            out.append(Trigger(t, i, end, head, _is_anchor(doc[head]) or _circumstance(doc[head]),
                               _particular(doc[head])))
    return out


SWAP_WORDS = frozenset({"swap", "exchange", "release", "return", "repatriation", "handover"})


def _mediated_swap(tok) -> bool:
    """ "The swap was mediated by the UAE", "in a swap mediated by the UAE": the mediation
    of an exchange of prisoners is the exchange's, not talks of their own."""
    if tok.lemma_.lower() not in ("mediate", "broker", "facilitate", "mediation"):
        return False
    swapped = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    if tok.dep_ in ("acl", "amod"):
        swapped.append(tok.head)
    if tok.lower_ == "mediation" and tok.dep_ == "pobj":
        swapped.append(tok.head.head)
    return any(w.lemma_.lower() in SWAP_WORDS for w in swapped)


def _described(tok, types: list) -> bool:
    """ "1,300 Russian servicemen deployed in the Zaporizhzhia region", "Ukrainian captured
    soldiers, most of them conscripts": troops described by where they serve, not sent there."""
    if "mobilization" not in types:
        return False
    if tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("acl", "amod"):
        return True
    return tok.lower_ in ("conscripts", "recruits", "reservists")    # people, however the tagger reads them


def _any(tok) -> bool:
    """ "any strike against civilians is unacceptable", "every attack": a kind of event, not one."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("any", "every", "each", "such")
                                      for c in tok.children)


def _halted(tok) -> bool:
    """ "halt all hostilities", "a pause in strikes on energy facilities": the fighting stops."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ("hostility", "hostilities", "fighting", "attack",
                                                         "strike", "shelling", "fire", "offensive", "bombing"):
        return False
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and \
        tok.head.lower_ in ("on", "in", "of") else None
    return verb is not None and verb.lemma_.lower() in ("halt", "stop", "cease", "suspend", "pause",
                                                        "freeze", "moratorium")


def _takes_named_place(tok) -> bool:
    """ "seized Kurylivka", "captured nearby Chasiv Yar": a verb of taking ground whose
    object is a name needs no word like "village" to count."""
    if tok.pos_ != "VERB":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN" and c.is_title and c.lower_ not in _NOT_PLACES
               for c in tok.children)


_NOT_PLACES = frozenset({"putin", "zelensky", "zelenskyy", "zelenskiy", "trump", "kremlin", "nato"})
# what a verb of taking ground does not take: "took rescuers four hours", "took part", "took note"
_NOT_GROUND = frozenset({"hour", "day", "week", "month", "year", "minute", "time", "step", "measure", "part",
                         "note", "action", "responsibility", "advantage", "precaution", "place", "photo",
                         "picture", "look", "shape", "effect", "lead", "turn", "care", "stock", "office",
                         "power", "debris", "wreckage", "fragment", "drone", "missile", "rocket", "shell",
                         "bomb", "price", "temperature", "rate", "share", "value"})


def _not_ground(tok, types: list) -> bool:
    """ "a fire that took rescuers four hours to put out", "debris fell on a building", "territory
    controlled by Kyiv": no ground changed hands."""
    if "territorial_change" not in types:
        return False
    lemma = tok.lemma_.lower()
    if lemma in ("take", "fall", "seize", "gain", "hold", "control") and any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass", "npadvmod") and c.lemma_.lower() in _NOT_GROUND
            for c in tok.children):
        return True
    if lemma == "fall" and not any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lemma_.lower() in
                                                          lexicon().context["place_taken"]) for c in tok.children):
        return True                       # a town falls; debris, drones and prices fall too
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and lemma in ("control", "occupy", "hold", "seize")


def _in_title(tok) -> bool:
    """ "the November 5 Russian Offensive Campaign Assessment": a word of a name in capitals."""
    if not (tok.pos_ == "PROPN" and tok.is_title and tok.dep_ == "compound" and tok.head.pos_ == "PROPN"
            and tok.head.is_title):
        return False
    words = [t for t in tok.doc if t.is_alpha and len(t) > 3]
    return sum(t.is_title for t in words) < 0.6 * len(words)     # not a headline in Title Case


def _particular(tok) -> bool:
    """Whether an event word names one particular event: a verb, or a noun with an article,
    a possessive, a number or a name ("the talks", "Russia's attack", "Geneva talks"), or a
    negotiation ("after talks in Geneva"); "after four years of destruction" names none."""
    if tok.pos_ != "NOUN":
        return True
    if any(c.dep_ in ("det", "poss", "nummod") or (c.dep_ in ("compound", "amod") and c.pos_ == "PROPN")
           for c in tok.children) or tok.lemma_.lower() in ("talk", "negotiation", "meeting", "summit"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and any(
            c.dep_ == "det" for c in tok.head.head.children):
        return True                       # "after a series of major Russian attacks"
    return any(g.pos_ == "PROPN" or g.lemma_.lower() in _TIME_WORDS
               for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")


_TIME_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december", "monday", "tuesday",
                         "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning",
                         "evening", "weekend", "week", "day"})


def _state(tok) -> bool:
    """ "the region that Russia doesn't control": holding ground now is a state, not a change
    (a share of territory, "controls 19 percent", is read from its figure)."""
    if tok.lemma_.lower() not in ("control", "occupy", "hold"):
        return False
    if any(c.like_num or c.lower_ in ("percent", "%") for c in tok.subtree):
        return False
    return tok.tag_ in ("VBZ", "VBP") or tok.dep_ == "relcl"   # "which Russia has occupied"


def _idiom(doc, i: int, types: list) -> bool:
    """ "in return for guarantees"; "counter-battery fire", "artillery fire" (not a blaze);
    "Order of Battle" (a list of units); "fire control" (not a fire)."""
    tok = doc[i]
    if tok.lower_ == "return" and i > 0 and doc[i - 1].lower_ == "in":
        return True
    if tok.lemma_.lower() == "battle" and i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ == "order":
        return True
    if tok.lemma_.lower() == "combat" and i + 1 < len(doc) and doc[i + 1].lower_ in ("duty", "readiness", "training"):
        return True                       # "the system is entering combat duty"
    if tok.lemma_.lower() == "fire" and tok.dep_ == "compound" and tok.head.lemma_.lower() in (
            "control", "support", "position", "mission", "power", "team", "unit", "station", "brigade",
            "damage"):
        return True
    if tok.lemma_.lower() == "fire" and tok.pos_ == "NOUN" and "infrastructure_damage" in types:
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        if mods or (i > 0 and doc[i - 1].lower_ in ("under", "open", "heavy", "return")):
            return True
    return False


def _comparative(tok) -> bool:
    """ "where infrastructure is far less damaged than in Kyiv", "more casualties than it can
    recruit": a comparison, not an event."""
    return any((c.dep_ == "advmod" and c.lower_ in ("less", "more")) or (c.dep_ == "mark" and c.lower_ == "than")
               for c in tok.children)


def _circumstance(tok) -> bool:
    """ "killed in Russian attacks": an attack named as the cause of another event; "killed
    in a Russian missile attack" names the strike itself, with its weapon."""
    if tok.lemma_.lower() not in ("attack", "assault", "offensive", "war", "invasion", "bombardment",
                                  "shelling", "bombing", "strike") or not (
            tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "amid", "from", "after", "since", "under")):
        return False
    if tok.lemma_.lower() == "strike" and tok.tag_ != "NNS":
        return False                      # "killed in a strike on Kharkiv" names the strike
    if tok.head.lower_ == "under" and tok.head.head.lemma_.lower() in ("be", "come", "remain", "stay"):
        return False                      # "the city has been under constant bombardment": the event itself
    weapons = lexicon().context["weapon"]
    return not any(c.lower_ in weapons for c in tok.children if c.dep_ in ("compound", "amod", "nmod"))


# verbs after which an infinitive is an event of its own ("agreed to release", "threatened to take")
_INFINITIVE_EVENT = frozenset({"agree", "plan", "expect", "threaten", "schedule", "set", "prepare", "try",
                               "attempt", "intend", "aim", "vow", "promise", "decide", "continue", "begin",
                               "start", "manage", "seek", "want", "hope", "be", "fail", "refuse", "order",
                               "push", "move", "use", "going", "able", "likely", "ready", "need", "have",
                               "allow", "wish", "offer", "propose", "pledge", "ask", "urge", "call", "tell",
                               "warn", "work"})


# verbs of an aim whose clause is a wish, not a report: "to ensure (that) Russia does not attack"
_GOAL_VERBS = frozenset({"ensure", "guarantee", "prevent", "make", "deter", "stop", "avoid", "secure"})

OPPORTUNITY = frozenset({"window", "chance", "opportunity", "ability", "way", "means", "capacity",
                         "time", "right", "power", "capability", "tool", "tools"})


def _purpose(tok) -> bool:
    """An event verb in an infinitive of purpose or manner, not reported as happening:
    "misuses the talks to attack civilian infrastructure"; or an event noun inside one:
    "a window to roll back Russian advances"."""
    if tok.pos_ != "VERB":
        verb = tok.head
        for _ in range(4):
            if verb.pos_ == "VERB" or verb.head.i == verb.i:
                break
            verb = verb.head
        # "a window to roll back Russian advances"; not "efforts to hold back a Russian push"
        return (verb.i != tok.i and verb.pos_ == "VERB" and tok.dep_ in ("dobj", "pobj", "compound")
                and verb.dep_ == "acl" and verb.head.lemma_.lower() in OPPORTUNITY
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.head.lemma_.lower() in ("aim", "target"):
        return True                       # "a push aimed at capturing Pokrovsk": the goal
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.i != tok.i:
        return _purpose(tok.head)         # "to attack infrastructure and kill people"
    if tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _GOAL_VERBS \
            and tok.head.i != tok.i and _purpose(tok.head):
        return True                       # "guarantees to ensure Russia does not attack again"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ == "xcomp" and tok.head.dep_ in ("acl", "relcl"):
        return True                       # "missiles used to target rear areas": what they are for
    return tok.dep_ in ("advcl", "xcomp", "acl", "relcl", "ccomp") and \
        tok.head.lemma_.lower() not in _INFINITIVE_EVENT


UNIT_NOUNS = frozenset({"forces", "force", "brigade", "brigades", "troops", "unit", "units", "regiment",
                        "battalion", "division", "corps", "group", "squad", "team", "company",
                        # kinds of weapon: "strike drones", "attack helicopters"
                        "drone", "drones", "uav", "uavs", "helicopter", "helicopters", "aircraft",
                        "jet", "jets", "boat", "boats", "ship", "ships", "vessel", "vessels",
                        "craft", "groups", "capabilities", "capability", "package", "packages",
                        "vehicle", "vehicles", "machine", "machines", "equipment"})


def _unit_name(tok) -> bool:
    """ "the Air Assault Forces", "an assault brigade", "strike drones": a unit's or a
    weapon's name, not an event."""
    return tok.dep_ in ("compound", "amod") and tok.head.lower_ in UNIT_NOUNS


def _objective(tok) -> bool:
    """ "Russian objective: Capture the entirety of Donetsk Oblast": a verb in the bare
    form with no subject is an aim or an order (a heading, a slogan), not a report."""
    if tok.tag_ != "VB" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("aux", "auxpass", "expl", "nsubjpass") for c in tok.children):
        return False                      # a subject with a bare verb is a heading misread: "Main Effort #3 – Capture"
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        return _objective(tok.head)
    return tok.dep_ in ("ROOT", "acl", "appos", "parataxis", "dep")


WAR_NOUNS = frozenset({"attack", "invasion", "war", "aggression", "assault"})
_AGGRESSOR = frozenset({"russia", "russian", "moscow", "kremlin", "putin", "full-scale", "full", "scale",
                        "all-out", "large-scale", "unprovoked", "ongoing", "brutal", "illegal"})
_VICTIM = frozenset({"ukraine", "kyiv", "kiev", "country"})


def _war_name(tok) -> bool:
    """ "amid Russia's attack on Ukraine", "Russia's invasion": the war's name, not an event
    (an attack with a weapon, a place or a time of its own is one)."""
    if tok.lemma_.lower() not in WAR_NOUNS or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    weapons = lexicon().context["weapon"]
    mods = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod", "det")]
    if any(c.lower_ in weapons or c.like_num for c in mods):
        return False                      # "Russia's missile attack", "the 2022 attack"
    if not any(c.lower_ in _AGGRESSOR or c.lemma_.lower() in _AGGRESSOR for c in mods):
        return False
    targets = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "of", "in")
               for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "prep" and c.lower_ not in ("on", "against", "of", "in") for c in tok.children):
        return False                      # "Russia's attack on Ukraine overnight into Monday"
    if targets:
        return all(g.lower_ in _VICTIM for g in targets)
    return tok.lemma_.lower() != "attack"


OFF_TOPIC_TALKS = frozenset({"bailout", "trade", "wage", "budget", "coalition", "loan", "debt", "contract",
                             "salary", "merger", "tariff", "pay", "labor", "labour", "price", "pension",
                             "tax", "investment", "licensing", "licence", "license", "transfer"})


def _off_topic(tok, types: list) -> bool:
    """ "bailout negotiations with the Central Bank", "trade talks": not talks about the war."""
    return "negotiation" in types and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in OFF_TOPIC_TALKS for c in tok.children)


NOT_HARMED = frozenset({"feelings", "feeling", "pride", "economy", "chances", "chance", "prospects",
                        "relations", "reputation", "image", "interests", "sales", "business", "trade",
                        "talks", "efforts", "market", "markets", "morale", "ratings", "hopes"})
MARKETS = frozenset({"market", "markets"})


AUDIENCES = frozenset({"reporter", "reporters", "journalist", "journalists", "press", "media", "student",
                       "students", "voter", "voters", "supporter", "supporters", "troops", "soldiers",
                       "lawmakers", "parliament", "public", "nation", "residents", "families"})


def _audience(tok, types: list) -> bool:
    """ "speaking with reporters", "met students", "speaking to agents of his FSB": not talks
    between parties, whose partner is a party (a name, a counterpart, a delegation)."""
    if "negotiation" not in types or tok.lemma_.lower() not in ("speak", "talk", "meet", "call", "visit"):
        return False
    partners = []
    for c in tok.children:
        objects = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ in ("with", "to") else []
        if any(o.lower_ in AUDIENCES for o in objects):
            return True
        partners += objects
    party = lexicon().context["negotiation"]
    return bool(partners) and tok.pos_ == "VERB" and not any(
        o.pos_ == "PROPN" or o.lower_ in party or o.lemma_.lower() in party
        or any((w.pos_ == "PROPN" or w.lower_ in party) and w.dep_ in ("compound", "amod", "poss", "nmod", "conj")
               for w in o.children) for o in partners)


def _figurative(tok, types: list) -> bool:
    """ "whose feelings he had hurt", "hurt the economy": not people harmed."""
    if "casualties" not in types and "infrastructure_damage" not in types:
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "relcl":
        objects.append(tok.head)
    # "a market was damaged": a market is a place that strikes hit, not only a word of trade
    harmless = NOT_HARMED - MARKETS if "infrastructure_damage" in types else NOT_HARMED
    return any(o.lower_ in harmless or o.lemma_.lower() in harmless for o in objects)


HABITUAL = frozenset({"regularly", "routinely", "usually", "often", "typically", "frequently",
                      "traditionally", "always", "generally", "normally", "constantly", "continuously"})


HABITUAL_ADJ = frozenset({"regular", "routine", "periodic", "frequent", "constant", "daily", "nightly",
                          "weekly", "customary", "usual", "traditional"})


def _habitual(tok) -> bool:
    """ "The two sides regularly exchange remains", "regular consultations have taken place",
    "spy services had traditionally focused on trying to recruit": what happens as a rule,
    not an event."""
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in HABITUAL_ADJ for c in tok.children):
        return True
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):                    # up the chain of verbs whose clause this one completes
        if any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "pcomp", "pobj", "prep") or verb.head.i == verb.i:
            break
        verb = verb.head
    return False


def _attributive(doc, i: int) -> bool:
    """ "occupied Zaporizhzhia", "Russian-controlled territory": a state, not an event."""
    tok = doc[i]
    if tok.dep_ in ("amod", "compound") or tok.pos_ == "ADJ":
        return True
    if tok.tag_ in ("VBN", "VBD") and i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return True                       # "reclaiming all occupied territory", parsed as a verb
    return i > 0 and doc[i - 1].text in ("-", "‑") and tok.tag_ in ("VBN", "JJ", "VBD")


def _add_weapon_agents(doc, found: dict, skip: frozenset[int]) -> None:
    """Damage or harm done by a weapon is a strike too (claims.md rule 7): "damaged by
    Russian drones", "a missile killed three people", "wounded in shelling"."""
    harm = {i for i, (_, types) in found.items() if {"infrastructure_damage", "casualties"} & set(types)}
    if not harm or any("strike" in types for _, types in found.values()):
        return
    weapons = lexicon().context["air_weapon"] | {"shelling", "artillery", "shell", "shells", "mortar"}
    for tok in doc:
        if tok.i in skip or tok.i in found or tok.lower_ not in weapons:
            continue
        node, rel = tok, tok.dep_
        while node.dep_ in ("compound", "amod", "conj") and node.head.i != node.i:
            node = node.head
        by_agent = node.dep_ == "pobj" and node.head.lower_ in ("by", "in", "from", "after") \
            and node.head.head.i in harm
        as_subject = node.dep_ == "nsubj" and node.head.i in harm
        if by_agent or as_subject:
            found[tok.i] = (tok.i + 1, ["strike"])
            return


def _event_head(doc, i: int, end: int) -> int:
    """The token of a multiword trigger that the parse hangs the event on."""
    span = range(i, end)
    for k in span:
        if doc[k].head.i not in span or doc[k].head.i == k:
            return k
    return i


def find_weapon(doc) -> Weapon:
    """The weapon a strike or interception sentence names: one kind, ``mixed`` or ``unknown``."""
    table = lexicon().weapons
    kinds: set[str] = set()
    lowers = [t.lower_ for t in doc]
    for k, w in enumerate(lowers):
        for phrase in (f"{w} {lowers[k + 1]}" if k + 1 < len(lowers) else None, w):
            if phrase and phrase in table:
                kinds.add(table[phrase])
                break
    if "glide_bomb" in kinds and "aircraft" in kinds:
        kinds.discard("aircraft")      # glide bombs come from aircraft: one weapon
    if not kinds:
        return "unknown"
    return kinds.pop() if len(kinds) == 1 else "mixed"
