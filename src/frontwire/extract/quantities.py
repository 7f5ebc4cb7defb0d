"""Figures: what each number in a sentence counts, and what happened to it.

For every number :func:`frontwire.extract.numbers.find_numbers` keeps, three questions:

1. *unit*: the noun it counts ("176 drones", "two settlements", "15 times"), from the
   parse (the number's head noun, or the noun of "139 of 176 drones"), else the unit of
   the sentence's previous figure ("seven people were killed and eight more hurt");
2. *scope*: what the governing verb did to it, read from the verb and the path to it:
   drones that are the object of "launched" were launched, of "shot down" intercepted,
   the instrument of "attacked ... with" launched, the subject of "impacted" hit;
   people the object of "killed" were killed, of "returned" released;
3. *type*: the event type the scope implies (launched -> strike, killed -> casualties),
   or, for a figure of scope ``other``, the type of the trigger it hangs on.

A figure tied to no event ("about 6 million people have fled") is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from frontwire.extract.lexicon import lexicon
from frontwire.extract.numbers import NumberMention, find_numbers
from frontwire.extract.types import Trigger
from frontwire.records import ClaimType, Quantity

WEAPON_UNITS = frozenset({"drone", "missile", "glide_bomb", "shell", "aircraft"})
# nouns that name a place that was hit ("16 locations") only when something hit it
FACILITIES = frozenset({"plant", "plants", "facility", "facilities", "target", "targets", "object",
                        "objects", "site", "sites", "building", "buildings", "enterprise",
                        "enterprises"})
# verbs that carry no event of their own: look at what they link ("1,100 buildings remained
# without heating", "destruction has been recorded in eight regions")
LIGHT_VERBS = frozenset({"be", "have", "remain", "record", "report", "leave", "see", "register",
                         "reach", "total", "include", "stand", "exceed", "rise", "involve",
                         "number", "count", "confirm", "say", "add", "estimate", "note", "suffer",
                         "become", "make", "get", "go", "come", "receive", "mark"})

# verb lemma -> how it acts on what it governs; the scope then depends on the path
LAUNCH = frozenset({"launch", "fire", "unleash", "send", "drop", "hurl", "use", "lob", "direct",
                    "throw", "deploy", "employ", "barrage", "salvo", "wave"})
ATTACK = frozenset({"attack", "strike", "hit", "target", "bombard", "pound", "shell", "pummel",
                    "assault", "raid"})
IMPACT = frozenset({"impact", "reach", "land", "explode"})
INTERCEPT = frozenset({"shoot", "down", "intercept", "neutralise", "neutralize", "suppress", "jam",
                       "repel", "bring", "take", "destroy", "eliminate", "stop", "defeat", "repulse"})
KILL = frozenset({"kill", "die", "perish", "dead", "death", "slay", "execute", "claim", "lose", "killing",
                  "execution"})
INJURE = frozenset({"injure", "wound", "hurt", "hospitalize", "hospitalise", "injury", "maim"})
MISSING = frozenset({"miss", "missing", "disappear"})
CAPTURE = frozenset({"capture", "take", "seize", "occupy", "liberate", "retake", "recapture",
                     "regain", "control", "gain", "free", "clear", "enter", "win", "claw", "hold"})
RELEASE = frozenset({"release", "free", "return", "exchange", "swap", "repatriate", "bring",
                     "receive", "hand", "transfer", "rescue", "evacuate"})
ENGAGE = frozenset({"record", "register", "repel", "repulse", "attempt", "try", "advance",
                    "attack", "launch", "conduct", "carry", "storm", "fight"})
DESTROY = frozenset({"destroy", "eliminate", "disable", "knock", "wipe", "hit", "strike"})

# nouns of an event whose "of" phrase is what the event acted on
EVENT_NOUNS = frozenset({"killing", "death", "execution", "release", "return", "exchange", "swap",
                         "repatriation", "launch", "capture", "seizure", "liberation", "interception",
                         "deportation", "detention", "abduction", "wounding", "evacuation"})

SCOPE_TYPE: dict[str, ClaimType] = {
    "launched": "strike", "hit": "strike", "intercepted": "interception", "killed": "casualties",
    "injured": "casualties", "missing": "casualties", "engagements": "ground_combat",
    "released": "prisoner_exchange", "area": "territorial_change", "destroyed": "strike",
}
_OF_TOTAL = re.compile(r"^\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?$", re.IGNORECASE)
_OWN_WEAPON_NOUN = re.compile(r"^\s+(?:[\w-]+\s+)?(?:drones?|uavs?|missiles?|shaheds?|rockets?|bombs?)\b",
                              re.IGNORECASE)
_OF_WHICH = re.compile(r"\bof\s+(?:which|them|these|those)\s*,?\s*$", re.IGNORECASE)
# "the two biggest attacks", "one of the most complicated issues": which, not how many
_SUPERLATIVE_AFTER = re.compile(r"^\s+(?:of\s+(?:the|its|their|his|her|our|this|these)\s+)?"
                                r"(?:\w+est|most|largest|biggest|worst|main|key|major)\b", re.IGNORECASE)
_BREAKDOWN = re.compile(r"^[^.;]*?(?::|\bincluding\b|\bof\s+them\b)[^.;:]*$", re.IGNORECASE)
_ALL_BUT = re.compile(r"\ball\s+but\s+(?:\S+\s+){0,4}$", re.IGNORECASE)
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+[\"“”'‘’]?(?:\w+\s+){0,2}?((\w+s))\b")


@dataclass(frozen=True)
class Figure:
    """A number read as a claim's quantity, with the event type it belongs to."""

    quantity: Quantity
    type: ClaimType
    token: int                  # the number's first token
    trigger: Trigger | None = None
    end: int = 0                # where the number ends in the sentence text


@dataclass(frozen=True)
class UnitContext:
    """The unit of the last figure read, for a number with no noun of its own."""

    unit: str
    category: str | None
    type: ClaimType


_MODEL_NUMBER = re.compile(r"-?[\d/]+[a-z]?$")


def _unit_of_word(word: str, lemma: str) -> str | None:
    units = lexicon().units
    unit = units.get(word) or units.get(lemma)
    if unit is None and "-" in word and word[-1:].isdigit():
        unit = units.get(_MODEL_NUMBER.sub("", word))     # "shahed-136", "geran-3": the family's unit
    return unit


def counted_noun(doc, num_tokens: list) -> tuple[object | None, bool]:
    """The noun a number counts, and whether the parse ties them: the number's head when it
    modifies one, the noun of "139 of 176 drones" or "one of the battles", else a noun just
    after it ("the bodies of 1,000 killed soldiers", "three million [FPV] drones")."""
    last = num_tokens[-1]
    head = last.head
    if last.dep_ in ("nummod", "quantmod", "amod", "compound") and head.pos_ in ("NOUN", "PROPN") \
            and head.i > last.i:
        while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head              # "48 Shahed-136/131 strike UAVs": the UAVs
        return head, True
    for child in last.children:          # "139 of 176 drones", "one of the battles", "33 out of 40"
        preps = [child] if child.dep_ == "prep" and child.lower_ == "of" else \
            [g for g in child.children if g.dep_ in ("prep", "pcomp") and g.lower_ == "of"] \
            if child.lower_ == "out" else []
        for prep in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN"):
                    return pobj, True
    depth = 0                            # inside [brackets] or (parentheses)
    for k in range(last.i + 1, min(len(doc), last.i + 9)):
        tok = doc[k]
        if tok.text in ("[", "("):
            depth += 1
            continue
        if tok.text in ("]", ")"):
            depth -= 1
            continue
        if depth > 0:
            continue
        if (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "npadvmod") or tok.lower_ == "times":
            if tok.pos_ == "PROPN" and not _unit_of_word(tok.lower_, tok.lemma_.lower()):
                return None, False
            return tok, False
        if tok.text in (",", ";", ":", ".", "—", "–"):
            break                         # "200,000 killed, the institute estimated": not the institute
        participle = tok.tag_ == "VBN" or (tok.tag_ == "VBD" and k + 1 < len(doc)
                                           and doc[k + 1].pos_ in ("ADJ", "NOUN")
                                           and tok.lemma_.lower() in KILL | INJURE | CAPTURE)
        if participle or tok.pos_ in ("ADJ", "PUNCT", "NUM", "ADV", "DET", "SYM") \
                or tok.dep_ == "compound":
            continue
        break
    return None, False


def _unit(noun, kind: str) -> tuple[str, str | None]:
    """``(unit, category)`` of a counted noun."""
    lex = lexicon()
    if kind == "area":
        return "km2", None
    if kind == "percent":
        return "other", None
    if noun is None:
        return "other", None
    words = [noun] + [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    unit = _unit_of_word(noun.lower_, noun.lemma_.lower())
    if unit == "vehicle" and any(w.lower_ in ("unmanned", "aerial", "uav") for w in words[1:]):
        unit = "drone"                    # "unmanned aerial vehicles"
    if unit is None:
        for w in words[1:]:
            u = _unit_of_word(w.lower_, w.lemma_.lower())
            if u in WEAPON_UNITS:       # "strike UAVs", "Shahed-type" heads an unknown noun
                unit = u
                break
    category = None
    for w in words:
        c = lex.categories.get(w.lower_) or lex.categories.get(w.lemma_.lower())
        if c:
            category = c
            break
    if noun.lower_ == "prisoners" or any(c.lower_ in ("war",) for c in noun.subtree if c.i > noun.i):
        category = category or "prisoner"
    return unit or "other", category


def _mixed_count(noun, unit: str) -> bool:
    """Whether a number counts two kinds of weapon at once: its noun is followed at once by
    "and" or "or" and another weapon noun, plural, with no number of its own ("more than 60
    cruise missiles and drones"); not "176 drones and one missile", "12 drones and cruise
    missile" (one missile) or "110 missiles overnight as well as drones". A headline's comma
    ("23 drones, cruise missiles") lists what came, the count being the drones'."""
    if noun is None:
        return False
    doc = noun.doc
    k = noun.i + 1
    if k < len(doc) and doc[k].lower_ in ("and", "or", "&", "/"):
        k += 1
    if k == noun.i + 1:
        return False                      # nothing joins a second noun
    for _ in range(3):                    # "cruise", "ballistic", "Shahed-type" before the noun
        if k >= len(doc) or doc[k].like_num or doc[k].lower_ in ("a", "an", "one"):
            return False
        other = _unit_of_word(doc[k].lower_, doc[k].lemma_.lower())
        if doc[k].pos_ in ("NOUN", "PROPN") and other in WEAPON_UNITS and doc[k].tag_ in ("NNS", "NNPS"):
            return other != unit
        if doc[k].pos_ not in ("ADJ", "NOUN", "PROPN") or doc[k].tag_ in ("NNS", "NNPS"):
            return False
        k += 1
    return False


def _harm_kinds(word) -> set[str]:
    """Which of killed, injured, missing a participle and the participles joined to it name:
    "killed, wounded, and missing" names three."""
    kinds = set()
    for w in (word, *(c for c in word.subtree if c.dep_ == "conj")):
        lemma, low = w.lemma_.lower(), w.lower_
        if lemma in KILL or low == "dead":
            kinds.add("killed")
        elif lemma in INJURE or low in ("wounded", "injured"):
            kinds.add("injured")
        elif lemma in MISSING or low == "missing":
            kinds.add("missing")
    return kinds


def _scope_from_modifiers(noun) -> str | None:
    """ "55,000 troops killed", "eight missiles destroyed over Kyiv": a participle on the
    noun itself (headlines drop the verb's auxiliary); "400 drones and 40 missiles launched":
    on the last of a list of nouns. "casualties (killed, wounded, and missing)" is a
    combined count: ``other``."""
    if noun is None:
        return None
    weapon = _unit_of_word(noun.lower_, noun.lemma_.lower()) in WEAPON_UNITS
    conjuncts = [c for c in noun.children if c.dep_ == "conj"]
    for c in [*noun.children, *(g for k in conjuncts for g in k.children)]:
        if c.dep_ in ("acl", "amod", "relcl") and c.tag_ in ("VBN", "VBD", "JJ"):
            lemma = c.lemma_.lower()
            if not weapon and len(_harm_kinds(c)) > 1:
                return "other"
            if weapon and lemma in INTERCEPT and lemma not in ("take", "bring"):
                return "intercepted"
            if weapon and lemma in LAUNCH:
                return "launched"
            if weapon:
                continue
            if lemma in KILL:
                return "killed"
            if lemma in INJURE or c.lower_ in ("wounded", "injured", "hurt"):
                return "injured"
            if lemma in MISSING or c.lower_ == "missing":
                return "missing"
            if lemma in RELEASE and c.tag_ == "VBN" and lemma not in ("bring", "hand", "evacuate"):
                return "released"         # "with 307 servicemen returned by each side"
    return None


def _path_to_verb(tok):
    """``(verb, relation)``: the first verb above ``tok`` and how ``tok`` hangs on it:
    ``obj`` (object, passive subject), ``subj``, ``with`` (instrument) or ``other``."""
    node, rel = tok, None
    prep = None
    for _ in range(8):
        dep = node.dep_
        if rel is None:
            if dep in ("dobj", "nsubjpass", "obj", "attr", "oprd"):
                rel = "obj"
            elif dep in ("nsubj",):
                # "118 of the drones ... were shot down": the parser's subject of a passive verb
                passive = any(c.dep_ == "auxpass" for c in node.head.children)
                rel = "obj" if passive else "subj"
            elif dep == "pobj":
                prep = node.head.lower_
                rel = "with" if prep in ("with", "by") else ("from" if prep in ("from",) else None)
                if prep == "of" and node.head.head.pos_ in ("VERB", "AUX") and node.head.i < node.head.head.i:
                    rel = "whole"        # "Of the 90 drones, 71 were shot down": the whole the part is of
        if dep == "conj" and node.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "DET"):
            node = node.head                 # "176 drones and one missile": share the verb
            continue
        head = node.head
        if head.i == node.i:
            return None, rel or "other"
        if head.lemma_.lower() in ("include", "among") and head.dep_ in ("prep", "acl"):
            node = head.head                 # "15 children ..., including seven children": as the first
            if node.pos_ in ("VERB", "AUX"):
                return node, rel or "obj"    # "downed 40 drones, including 34 over ...": a part of the object
            continue
        if node.dep_ == "dobj" and head.lemma_.lower() in lexicon().reporting_verbs:
            clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i > node.i), None)
            if clause is not None:
                # "said 398 of the drones and 15 of the missiles had been shot down": the
                # parser takes the subject of the reported clause for the object of "said"
                passive = any(c.dep_ == "auxpass" for c in clause.children)
                return clause, "obj" if passive else "subj"
        if head.pos_ in ("VERB", "AUX") or (head.pos_ == "ADJ" and head.dep_ in ("ROOT", "conj", "ccomp", "acomp")):
            return head, rel or "other"
        if head.pos_ == "NOUN" and head.lemma_.lower() in ("barrage", "salvo", "wave", "total"):
            if head.lemma_.lower() != "total":
                return head, "obj"
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and \
                head.head.lemma_.lower() in EVENT_NOUNS:
            return head.head, rel or "obj"  # "the killing of four civilians", "the release of 200 prisoners"
        node = head
    return None, rel or "other"


HIT_NOUNS = frozenset({"hit", "impact", "strike", "landing"})
_CAPTIVITY = re.compile(r"\b(?:captiv\w*|prisoners?|pows?|deport\w*|detain\w*|detention|abduct\w*|"
                        r"hostages?|occupied|occupation|filtration|custody)\b", re.IGNORECASE)
# "the barrage included 420 drones", "an attack that involved 50 drones": the weapons it was made of
MAKEUP_VERBS = frozenset({"include", "involve", "comprise", "consist", "feature"})
ATTACK_NOUNS = frozenset({"attack", "barrage", "strike", "wave", "salvo", "assault", "raid",
                          "bombardment", "onslaught", "volley"})


def _made_of_attack(verb) -> bool:
    """Whether ``verb`` ("included") says what an attack was made of: the attack is its
    subject, the noun it qualifies, or, where the parse lost the clause ("a barrage that he
    said included"), the noun just before it."""
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in ATTACK_NOUNS for c in verb.children):
        return True
    if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in ATTACK_NOUNS:
        return True
    doc = verb.doc
    for k in range(verb.i - 1, max(-1, verb.i - 6), -1):
        if doc[k].pos_ in ("NOUN", "PROPN"):
            return doc[k].lemma_.lower() in ATTACK_NOUNS
        if doc[k].text in (",", ";", ":", "."):
            return False
    return False


def _names_hits(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in HIT_NOUNS
               for c in verb.children)


LOSS_VERBS = frozenset({"amount", "total", "reach", "stand", "number", "exceed", "be", "include", "comprise"})


def _lemma(verb) -> str:
    """A verb's lemma; "lose" for a light verb whose subject is losses ("The enemy's losses
    amounted to 160 troops and three tanks"): a loss tally, as "lost 160 troops" is."""
    lemma = verb.lemma_.lower()
    if lemma in LOSS_VERBS and any(c.dep_ == "nsubj" and c.lemma_.lower() == "loss" for c in verb.children):
        return "lose"
    return lemma


def _scope(verb, rel: str, unit: str, noun) -> str:
    """The scope a verb gives to what it governs."""
    if verb is None:
        return "other"
    lemma = _lemma(verb)
    if lemma == "lose" and verb.lemma_.lower() != "lose":
        rel = "obj"                       # what the losses amounted to is what was lost
    particle = " ".join(c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod"))
    if unit in WEAPON_UNITS:
        if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "by" and \
                noun.head.head.lemma_.lower() in HIT_NOUNS:
            return "hit"                  # "hits by 18 attack drones"
        if lemma in ("shoot", "take", "bring") and "down" not in particle:
            return "launched" if lemma == "shoot" else "other"
        if rel == "whole":
            return "launched" if lemma in INTERCEPT | IMPACT else "other"
        if lemma in INTERCEPT and rel in ("obj", "other"):
            return "intercepted"
        if lemma in LAUNCH and rel in ("obj", "other", "with"):
            return "launched"
        if lemma in ATTACK:
            return "launched" if rel in ("with", "other") else "hit"
        if lemma in IMPACT and rel in ("subj", "other"):
            return "hit"
        if lemma in ("lose",) and rel in ("obj", "subj"):
            return "intercepted" if "locat" in particle else "other"
        if lemma in MAKEUP_VERBS and rel in ("obj", "other") and _made_of_attack(verb):
            return "launched"
        return "other"
    if unit == "person":
        if lemma == "lose" and rel == "obj":
            return "other"                # "Russia has lost 1,238,460 troops": killed and wounded alike
        if lemma == "lose":               # "five people lost their lives"; not "20,000 could lose their jobs"
            return "killed" if any(c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives")
                                   for c in verb.children) else "other"
        if lemma in KILL or (noun is not None and noun.lemma_.lower() in ("death", "dead", "fatality")):
            return "killed"
        if lemma in INJURE or (noun is not None and (noun.lower_ in ("wounded", "injured")
                                                     or noun.lemma_.lower() == "injury")):
            return "injured"
        if lemma in MISSING:
            return "missing"
        if lemma in RELEASE and not (lemma in ("evacuate", "rescue") and not _CAPTIVITY.search(verb.doc.text)):
            return "released"             # not residents evacuated from shelling: people freed from captivity
        if lemma in ("capture", "take", "detain", "abduct", "deport", "seize") and rel == "obj":
            return "captured"
        return "other"
    if unit in ("settlement", "km2") or (unit in ("location", "other") and noun is not None
                                         and noun.lower_ in ("territory", "land")):
        if lemma in CAPTURE or lemma in ("push",):
            return "area" if unit == "km2" else "captured"
        if unit == "settlement" and lemma in ATTACK and rel in ("obj", "other"):
            return "hit"                  # "shelled 28 settlements", "attacked seven settlements"
        return "area" if unit == "km2" else "other"
    if unit == "engagement":
        if lemma in ENGAGE or lemma in ("be", "remain", "continue", "take", "occur"):
            return "engagements"
        return "other"
    if unit == "location":
        if lemma in ATTACK | IMPACT and rel in ("obj", "other"):
            return "hit"
        if lemma in ("record", "register", "report") and _names_hits(verb):
            return "hit"                  # "hits were recorded at 7 locations"
        return "other"
    if unit in ("vehicle", "aircraft", "other") and (lemma in DESTROY or (lemma == "lose" and rel == "obj")):
        return "destroyed"                # "destroyed two tanks", "has lost 11,620 tanks"
    if unit in ("settlement", "location") and lemma in ATTACK and rel in ("obj", "other"):
        return "hit"
    return "other"


def _owning_trigger(tok, noun, verb, triggers: list[Trigger], doc) -> Trigger | None:
    """The trigger a figure hangs on: the noun itself, a trigger beside it, the verb above
    it, or what a light verb above it links."""
    by_head = {t.head: t for t in triggers}
    by_token = {}
    for t in triggers:
        for k in range(t.start, t.end):
            by_token.setdefault(k, t)
    for cand in (noun, tok):
        if cand is not None and cand.i in by_token:
            return by_token[cand.i]
    if noun is None and tok.head.pos_ == "NOUN":          # "recruitment levels of about 40,000"
        holder = tok.head.head if tok.head.dep_ == "pobj" else tok.head
        holder = holder.head if holder.dep_ == "prep" else holder
        for c in (holder, *holder.children):
            if c.i in by_token:
                return by_token[c.i]
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i in by_token:
        return by_token[noun.head.head.i]     # "the killing of four civilians"
    if noun is not None:
        for child in noun.children:
            if child.i in by_head:
                return by_head[child.i]
            if child.dep_ == "prep":
                for g in child.children:
                    if g.i in by_head:
                        return by_head[g.i]
    if verb is not None:                  # "violated the truce 1,412 times": the verb's object
        held = [c for c in verb.children if c.dep_ == "dobj" and (c.i in by_head or c.i in by_token)]
        if held and tok.dep_ in ("npadvmod", "nummod", "dobj") and (noun is None or noun.lower_ == "times"):
            return by_head.get(held[0].i) or by_token.get(held[0].i)
    node = verb
    for _ in range(3):
        if node is None:
            return None
        if node.i in by_token:
            return by_token[node.i]
        if node.lemma_.lower() not in LIGHT_VERBS and node.pos_ == "VERB":
            return None
        near = sorted((c for c in node.children if c.i in by_head or c.i in by_token),
                      key=lambda c: abs(c.i - tok.i))
        if near:
            return by_head.get(near[0].i) or by_token.get(near[0].i)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _category_for(scope: str, type_: ClaimType, unit: str, category: str | None, noun) -> str | None:
    if unit != "person":
        return None
    if category:
        return category
    if type_ == "prisoner_exchange":
        if noun is not None and noun.lemma_.lower() in ("body", "remains"):
            return "military"
        return "prisoner"
    if noun is not None and noun.lemma_.lower() in ("casualty", "loss") :
        return "military"
    return None


def find_figures(doc, text: str, triggers: list[Trigger], skip: frozenset[int],
                 previous: UnitContext | None = None) -> tuple[list[Figure], UnitContext | None]:
    """The figures of a parsed sentence (``text`` is the string ``doc`` was parsed from).

    ``skip`` holds tokens not to read (the attribution); ``previous`` the unit of the
    last figure before this sentence. Returns the figures and the unit context after it.
    """
    figures: list[Figure] = []
    for num in find_numbers(text):
        span = doc.char_span(num.start, num.end, alignment_mode="expand")
        if span is None or len(span) == 0 or any(t.i in skip for t in span):
            continue
        if _SUPERLATIVE_AFTER.match(text[num.end:num.end + 30]):
            continue                      # "the two biggest attacks": which, not how many
        figure = _read(doc, text, num, list(span), triggers, previous, figures)
        if figure is None:
            continue
        q = figure.quantity
        if q.value == 1 and q.unit == "other" and q.scope == "other":
            continue                      # "one problem is ...", "at least one unit": not a count
        if figures and _OF_TOTAL.match(text[figures[-1].end:num.start]) \
                and figure.quantity.unit in WEAPON_UNITS:
            # "shot down 52 of 75 drones": the 75 were launched
            figure = Figure(replace(figure.quantity, scope="launched"), "strike", figure.token,
                            figure.trigger, figure.end)
        elif figures and figures[-1].quantity.unit == figure.quantity.unit and figure.quantity.scope == "other" \
                and _BREAKDOWN.search(text[figures[0].end:num.start]) and figures[-1].quantity.scope != "other":
            # "destroyed 63 drones: 24 over the Kursk Region, 17 over ...": the parts of the total
            first = figures[-1]
            figure = Figure(replace(figure.quantity, scope=first.quantity.scope), first.type, figure.token,
                            first.trigger, figure.end)
        elif _OF_WHICH.search(text[max(0, num.start - 20):num.start]) and \
                not _OWN_WEAPON_NOUN.match(text[num.end:num.end + 30]):
            first = next((f for f in figures if f.quantity.unit in WEAPON_UNITS), None)
            if first is not None and figure.quantity.unit in WEAPON_UNITS:
                # "487 drones and 16 missiles, of which 458 were intercepted": the list's head
                figure = Figure(replace(figure.quantity, unit=first.quantity.unit), figure.type,
                                figure.token, figure.trigger, figure.end)
        figures.append(figure)
        q = figure.quantity
        if q.unit != "other" or figure.type:
            previous = UnitContext(q.unit, q.category, figure.type)
    return figures, previous


_COMBINED_HARM = re.compile(
    r"\b(?:killed|dead|deaths?)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:wounded|injured|missing)\b"
    r"|\b(?:wounded|injured)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:killed|dead|missing)\b",
    re.IGNORECASE)


def _combined_harm(text: str, num: NumberMention) -> bool:
    """Whether the number counts several harms at once: "the number of killed, wounded and
    missing at 1.2 million", "1.2 million people have been killed or injured"."""
    for m in _COMBINED_HARM.finditer(text):
        if re.search(r"\(\s*$", text[max(0, m.start() - 3):m.start()]):
            continue                      # "casualties (killed, wounded, and missing)" glosses a noun
        if m.end() <= num.start:
            gap = text[m.end():num.start]
        elif m.start() >= num.end:
            gap = text[num.end:m.start()]
        else:
            continue
        if len(gap) <= 50 and not re.search(r"\.\s|[;()]|\binclud|\bamong\b", gap):
            return True
    return False


_X_OF_Y = re.compile(r"^\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?(?=\d|[a-z]+\s)", re.IGNORECASE)


def _total_after(doc, text: str, num: NumberMention):
    """The tokens of Y in "X of Y drones", when the parse hangs X on Y ("29 of 30 missiles")."""
    m = _X_OF_Y.match(text[num.end:num.end + 40])
    if m is None:
        return None
    nxt = next((n for n in find_numbers(text[num.end + m.end():num.end + m.end() + 40])), None)
    if nxt is None or nxt.start != 0:
        return None
    at = num.end + m.end()
    span = doc.char_span(at, at + nxt.end, alignment_mode="expand")
    return list(span) if span is not None and len(span) else None


def _read(doc, text: str, num: NumberMention, tokens: list, triggers: list[Trigger],
          previous: UnitContext | None, earlier: list[Figure]) -> Figure | None:
    noun, syntactic = counted_noun(doc, tokens)
    if noun is None and num.kind == "count":
        total = _total_after(doc, text, num)
        if total is not None:
            noun, syntactic = counted_noun(doc, total)   # "shot down 29 of 30 missiles": the missiles
    if noun is None and num.kind == "count":
        m = _NUMBER_OF.search(text)       # "the number of 'white deaths' may be close to 200"
        if m and m.start() < num.start:
            span = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
            noun = span.root if span is not None and len(span) else None
    if noun is not None and noun.lower_ in ("sides", "parties", "countries", "nations", "leaders",
                                            "rounds", "times") and num.kind == "count" \
            and noun.lower_ != "times":
        return None                       # "the two sides", "three rounds of talks"
    if num.kind == "percent" and noun is not None and noun.lower_ in ("percent", "%", "per", "cent"):
        share = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
        noun = share[0] if share else noun          # "90 percent of the drones": the drones
    if noun is not None and noun.dep_ == "conj" and earlier and not any(
            c.dep_ == "nummod" for c in noun.head.children) and noun.head.pos_ != "NUM":
        # "3,855 missiles ..., as well as 67,000 drones", the second tied to the wrong noun
        last = earlier[-1]
        u, cat = _unit(noun, num.kind)
        if u in WEAPON_UNITS and last.quantity.unit in WEAPON_UNITS:
            q = Quantity(scope=last.quantity.scope, unit=u, value=num.value, approx=num.approx)
            return Figure(q, last.type, tokens[0].i, last.trigger, num.end)
    if noun is not None and noun.lower_ in ("others", "more") and previous is not None:
        noun = None                       # "killed two civilians and wounded three others"
    unit, category = _unit(noun, num.kind)
    mixed = unit in WEAPON_UNITS and _mixed_count(noun, unit)   # "60 cruise missiles and drones"
    inherited = False
    if noun is None and num.kind == "count" and previous is not None:
        unit, category, inherited = previous.unit, previous.category, True
    if noun is None and num.kind == "count" and not inherited:
        # a bare number: only "eight more hurt"-style figures whose word carries the event
        head = tokens[-1].head
        if head.lemma_.lower() not in (KILL | INJURE) - {"claim", "lose"}:
            return None                   # "claim six" regions, "lose two": not people
        unit = "person"
    # the path to the verb starts from the noun the parse ties to the number, else the number
    anchor = noun if noun is not None and syntactic else tokens[-1]
    verb, rel = _path_to_verb(anchor)
    if verb is not None and rel == "subj" and verb.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        # "15 missiles fired at the capital had been shot down", parsed with "fired" as the
        # verb: the passive that follows without a subject of its own is the figure's verb
        later = next((t for t in verb.head.children if t.i > verb.i and t.pos_ == "VERB"
                      and any(c.dep_ == "auxpass" for c in t.children)
                      and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
        if later is not None:
            verb, rel = later, "obj"
    if verb is not None and rel == "subj" and verb.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children) and \
            (verb.tag_ == "VBN" or unit in WEAPON_UNITS) and \
            verb.lemma_.lower() in INTERCEPT | LAUNCH | KILL | INJURE | CAPTURE | RELEASE:
        # a headline's passive: "Eight missiles destroyed over Kyiv", "61 out of 70 missiles
        # shot down" (tagged as a past tense: missiles shoot nothing down)
        rel = "obj"
    if noun is None and tokens[-1].head.pos_ == "ADJ":       # "eight more hurt"
        verb, rel = tokens[-1].head, "subj"
    elif noun is None and tokens[-1].head.lemma_.lower() in (KILL | INJURE) - {"claim", "lose"}:
        verb, rel = tokens[-1].head, "obj"                   # a headline's "strike kills 3", "kills" a noun
    weapon_share = (num.kind == "percent" and noun is not None
                    and _unit_of_word(noun.lower_, noun.lemma_.lower()) in WEAPON_UNITS)
    scope = _scope(verb, rel, "drone" if weapon_share else unit, noun)   # "90 percent of the drones"
    if mixed:
        unit = "other"                    # one count of two kinds of weapon: neither unit's figure
    own_harm = False
    if noun is None and unit == "person" and tokens[-1].i + 1 < len(doc):
        after = _harm_kinds(doc[tokens[-1].i + 1]) if doc[tokens[-1].i + 1].tag_ in ("VBN", "JJ", "VBD") else set()
        if len(after) == 1:
            scope, own_harm = after.pop(), True   # "89 civilians were killed and 412 injured": the word after it
    if scope == "other" and (unit == "person" or unit in WEAPON_UNITS):
        # "325,000 killed": with no noun, the participle hangs on the number
        scope = _scope_from_modifiers(noun if noun is not None else tokens[-1]) or scope
    elif unit == "person" and noun is not None and any(
            c.dep_ == "acl" and c.i > noun.i for c in noun.children):
        # "a woman was killed and her three children injured": the participle after the noun
        scope = _scope_from_modifiers(noun) or scope
    combined = scope in ("killed", "injured", "missing") and not own_harm and _combined_harm(text, num)
    if combined:
        scope = "other"                    # "1.2 million killed or wounded": one count of both
    if num.kind == "percent" and verb is not None and verb.lemma_.lower() in CAPTURE | {"occupy", "control"}:
        scope = "area"
    if num.kind == "area":
        scope = "area"
    if _ALL_BUT.search(text[max(0, num.start - 40):num.start]) and \
            not re.search(r"[.;:]", text[max(0, num.start - 40):num.start]):
        scope = "other"                    # "downed all but 26 drones and 31 missiles": not downed
    trigger = _owning_trigger(tokens[-1], noun, verb, triggers, doc)
    if unit == "engagement":
        if (trigger is not None and trigger.type == "ground_combat") or scope == "engagements" \
                and (trigger is None or trigger.type == "ground_combat"):
            type_: ClaimType | None = "ground_combat"
            if scope == "other" and (noun is None or noun.lower_ != "times" or verb is not None):
                scope = "engagements"
        else:
            unit, scope = "other", "other"
            type_ = trigger.type if trigger is not None else None
    else:
        type_ = SCOPE_TYPE.get(scope)
    if scope == "captured":
        type_ = "capture" if unit == "person" else "territorial_change"
    if scope == "destroyed" and verb is not None and _lemma(verb) == "lose":
        type_ = "casualties"              # equipment in a loss tally: "has also lost 11,620 tanks"
    if scope == "other" and inherited and trigger is None and previous is not None:
        type_ = previous.type
    if inherited and trigger is not None and trigger.type != type_ and scope == "other":
        type_ = trigger.type
    if type_ is None and unit == "person" and verb is not None and _lemma(verb) == "lose" \
            and (rel == "obj" or verb.lemma_.lower() != "lose"):
        type_ = "casualties"              # "Russia has lost 700,000 troops": a loss tally
    if combined and type_ is None:
        type_ = "casualties"
    if type_ is None or (scope == "other" and trigger is not None and not combined):
        if trigger is None:
            return None                    # a number tied to no event
        type_ = trigger.type
    if scope == "released" and type_ != "prisoner_exchange":
        scope = "other"
    if type_ == "prisoner_exchange" and unit == "person" and scope == "other" and \
            (verb is None or verb.lemma_.lower() in LIGHT_VERBS):
        scope = "released"                 # "an exchange which would involve 314 prisoners"
    if unit == "location" and noun is not None and noun.lower_ in FACILITIES and scope != "hit":
        unit = "other"
    if unit == "other" and noun is not None and num.kind == "count" and noun.lower_ in FACILITIES and scope == "hit":
        unit = "location"
    category = _category_for(scope, type_, unit, category, noun)
    quantity = Quantity(scope=scope, unit=unit, value=num.value, approx=num.approx, category=category)
    return Figure(quantity, type_, tokens[0].i, trigger, num.end)
