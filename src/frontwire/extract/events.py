"""Events: the claims a parsed sentence makes, before their places and sources are set.

:func:`event_groups` gathers a sentence's event words (:mod:`.types`) and figures
(:mod:`.quantities`) into one :class:`EventGroup` per event type and modality: "Russia
fired 176 drones ..., adding that 139 were shot down" makes a strike and an interception;
"seized Luhansk, but could take the rest of Donetsk" makes an actual and a hypothetical
territorial change.

The tests below say when a sentence is background rather than a claim (claims.md rule 8):
:func:`concrete`, :func:`generic_present`, :func:`generic_plural`, :func:`standing_position`,
and those added on real pages: :func:`state_over_span`, :func:`war_aim`, :func:`early_in_the_war`,
:func:`analysts_reading`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from frontwire.extract.modality import modality_of
from frontwire.extract.nlp import clause_verb
from frontwire.extract.quantities import Figure
from frontwire.extract.types import Trigger
from frontwire.records import ClaimType, Place, TimeSpan


@dataclass
class EventGroup:
    """The words of one claim: an event type, the tokens that carry it, its figures, its
    modality and (once chosen) its places and time."""

    type: ClaimType
    heads: list[int]
    figures: list[Figure]
    modality: str
    places: list[Place] = field(default_factory=list)
    inherited: bool = False          # places taken from an earlier sentence
    time: TimeSpan | None = None


def event_groups(doc, triggers: list[Trigger], figures: list[Figure]) -> list[EventGroup]:
    """The claims a sentence's event words and figures make, in order of first mention."""
    groups: dict[tuple[ClaimType, str], EventGroup] = {}
    order: dict[tuple[ClaimType, str], int] = {}

    def add(type_: ClaimType, token: int, modality: str, figure: Figure | None = None) -> None:
        key = (type_, modality)
        g = groups.setdefault(key, EventGroup(type_, [], [], modality))
        if token not in g.heads:
            g.heads.append(token)
        if figure is not None:
            g.figures.append(figure)
        order[key] = min(order.get(key, token), token)

    types = event_types(triggers, figures)
    live = {t.type for t in triggers if not t.anchor} | {f.type for f in figures}
    for t in triggers:
        if t.type in types and (not t.anchor or (t.type not in live and t.definite)):
            no_word = doc[t.start].lower_ in ("no", "without")     # "no central heating"
            add(t.type, t.head, modality_of(doc, t.head, no_word))
    for f in figures:
        if f.type in types:
            head = f.trigger.head if f.trigger is not None and f.trigger.type == f.type else f.token
            modality = modality_of(doc, head)
            if (f.type, modality) not in groups and any(k[0] == f.type for k in groups):
                modality = next(k[1] for k in groups if k[0] == f.type)   # keep figures with their event
            add(f.type, f.token, modality, f)
    return [groups[k] for k in sorted(groups, key=lambda k: order[k])]


def event_types(triggers: list[Trigger], figures: list[Figure]) -> list[ClaimType]:
    """The event types of a sentence, in order of first mention. An event named only to
    date another ("after the talks") counts only when nothing else happens in the sentence."""
    ordered: list[tuple[int, ClaimType]] = [(t.start, t.type) for t in triggers if not t.anchor]
    ordered += [(f.token, f.type) for f in figures]
    if not ordered:
        ordered = [(t.start, t.type) for t in triggers if t.anchor and t.definite]
    out: list[ClaimType] = []
    for _, t in sorted(ordered):
        if t not in out:
            out.append(t)
    if "prisoner_exchange" in out and "casualties" in out and not any(
            f.type == "casualties" for f in figures):
        out.remove("casualties")          # "the bodies of 1,000 killed soldiers" were exchanged
    return out


def definite(doc, triggers: list[Trigger], type_: ClaimType) -> bool:
    """ "The talks", "the attack": an event the article already named."""
    return any(t.type == type_ and t.start > 0 and doc[t.start - 1].lower_ in ("the", "these")
               for t in triggers)


def generic_present(doc) -> bool:
    """A sentence whose main verb is in the simple present: how things are, not what happened."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return bool(roots) and roots[0].tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in roots[0].children)


GENERIC_TYPES = frozenset({"strike", "ground_combat", "interception", "attack_on_civilians"})


def generic_plural(doc, group: EventGroup) -> bool:
    """Events named only by a bare plural ("strikes", "drone attacks"): no article, no
    possessive, no number, no clause of their own. Without a figure, a place or a time they
    name a practice, not an event ("accused Russia of using Starlink to guide drones in strikes")."""
    if group.type not in GENERIC_TYPES or not group.heads:
        return False
    for h in group.heads:
        tok = doc[h]
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
            return False
        if any(c.dep_ in ("det", "poss", "nummod", "quantmod", "acl", "relcl") for c in tok.children):
            return False
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB" and \
                tok.head.tag_ in ("VBD", "VBN"):
            return False                  # "strikes hit Kyiv", "launched strikes": reported as done
    return True


def standing_position(verb) -> bool:
    """A standing position, not a report of an event: "has long said", "has previously said"."""
    return any(c.dep_ == "advmod" and c.lower_ in ("previously", "repeatedly", "long", "often",
                                                    "always", "consistently", "frequently")
               for c in verb.children)


def concrete(figures: list[Figure], places: list[Place], time: TimeSpan | None) -> bool:
    """A sentence in the outlet's voice (or a quote, or a vague source) is a claim only with
    a figure, a place under country level or a time finer than a year: "Russia has scaled
    up its attacks" is background."""
    return (bool(figures) or (time is not None and time.precision != "year")
            or any(p.precision != "country" for p in places))


_OLD_YEAR = re.compile(r"^(?:1[89]\d\d|20[01]\d|202[01])s?$")


def dated_before_war(doc, heads: list[int]) -> bool:
    """An event whose own clause dates it before the full-scale war: "In 2014, Russia
    annexed Crimea", "At the 2016 NATO Summit in Warsaw", "to Berlin during World War II".
    A year in another clause ("Russia, which annexed Crimea in 2014, fired ...") or after
    "since" (a record: "the largest attack since World War II") does not count."""
    marks = []
    for t in doc:
        old = _OLD_YEAR.match(t.text) or (t.lower_ == "war" and t.i > 0 and doc[t.i - 1].lower_ == "world")
        if old and not any(doc[k].lower_ == "since" for k in range(max(0, t.i - 3), t.i)):
            marks.append(t)
    if not marks:
        return False
    for h in heads:
        word = doc[h]
        clause = clause_verb(word)
        for m in marks:
            if clause_verb(m) == clause:
                return True
    return False


# "in recent months", "over the past year", "for years": a span that makes a present perfect a state
# (not weeks: "appears to have ended in victory for Russia in recent weeks" is news)
_SPAN = re.compile(r"^(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+|two\s+|three\s+)?"
                   r"(?:months|years?|decades?)$|^for\s+(?:many\s+|several\s+)?(?:months|years|decades)$|"
                   r"^in\s+recent\s+(?:times|months|years)$", re.IGNORECASE)
_HABIT = frozenset({"long", "increasingly", "repeatedly", "frequently", "often", "regularly",
                    "consistently", "routinely", "continually"})
# verbs of a war aim: "Moscow is fighting to take the rest of Donetsk"
_STRIVE = frozenset({"fight", "battle", "struggle", "seek", "strive"})
# an event dated to the war's first phase by a phrase, not a year
_EARLY_WAR = re.compile(
    r"\b(?:early\s+in\s+the\s+(?:full-scale\s+)?(?:war|invasion|conflict)|"
    r"at\s+the\s+(?:start|beginning|outset)\s+of\s+the\s+(?:full-scale\s+)?(?:war|invasion|conflict)|"
    r"in\s+the\s+(?:first|early|opening)\s+(?:days|weeks|months|stages?|phase|year)\s+of\s+the\s+"
    r"(?:full-scale\s+)?(?:war|invasion|conflict)|in\s+that\s+year)\b", re.IGNORECASE)


def _clauses_up(tok):
    """The clause verbs above a word, its own first: the clauses an adverbial there dates."""
    out, node = [], clause_verb(tok)
    for _ in range(12):
        out.append(node)
        if node.head.i == node.i:
            break
        node = clause_verb(node.head)
    return out


def state_over_span(doc, heads: list[int]) -> bool:
    """An event's clause (or one it hangs from) in the present perfect over a span or as a
    habit: a state, not an event ("attacks have in recent months focused on the grid, leaving
    ...", "Russia has repeatedly shelled the port"). In the outlet's own voice and without a
    day, background (claims.md rule 8)."""
    for h in heads:
        for verb in _clauses_up(doc[h]):
            auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
            if not any(a in ("has", "have", "'ve") for a in auxes) or "had" in auxes:
                continue
            for c in verb.children:
                if c.dep_ == "advmod" and c.lower_ in _HABIT:
                    return True
                if c.dep_ in ("prep", "npadvmod") and _SPAN.match(doc[c.left_edge.i:c.right_edge.i + 1].text):
                    return True
    return False


def war_aim(doc, heads: list[int]) -> bool:
    """Fighting told as a war aim, in the present progressive with a purpose: "Moscow is
    fighting to gain the rest of Donetsk", "is fighting for Ukraine to give up ...". The aim
    of the war, not a battle (a battle names its town: "fighting to encircle Pokrovsk")."""
    for h in heads:
        verb = clause_verb(doc[h])
        auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        progressive = any(a in ("is", "are", "'s", "'re") for a in auxes)
        if verb.tag_ == "VBG" and verb.lemma_.lower() in _STRIVE and progressive \
                and any(c.dep_ in ("advcl", "xcomp") and any(g.tag_ == "TO" for g in c.children)
                        for c in verb.children):
            return True
    return False


def early_in_the_war(doc, heads: list[int]) -> bool:
    """An event dated by a phrase to the war's first phase or to a year named before ("Early in
    the war, ...", "In that year, Russia annexed Crimea"): history, not news. A tally from then
    ("since the start of the war") is not."""
    text = doc.text
    for m in _EARLY_WAR.finditer(text):
        if re.search(r"\b(?:since|from)\s*$", text[max(0, m.start() - 12):m.start()], re.IGNORECASE):
            continue
        mark = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if mark is None:
            continue
        clause = clause_verb(mark.root)
        if any(clause in _clauses_up(doc[h]) for h in heads):
            return True
    return False


# readings of a war, not reports of its events: "the data shows that ...", "analysts assess that ..."
_READING_VERBS = frozenset({"show", "suggest", "indicate", "assess", "estimate", "believe", "think", "judge",
                            "reckon", "argue", "conclude"})
_READERS = frozenset({"data", "figure", "figures", "number", "numbers", "statistic", "statistics", "analysis",
                      "analyst", "analysts", "expert", "experts", "observer", "observers", "researcher",
                      "researchers", "study", "studies", "survey", "official", "officials", "model", "trend",
                      "trends", "evidence", "picture"})


def analysts_reading(doc, verb: int | None) -> bool:
    """A sentence that gives a reading of the war, not a report of an event: a verb of
    judging ("assess", "shows", "estimate") whose subject is data or analysts ("The data shows
    that Russia is paying a high price", "officials assess that Kyiv is losing"). Its events
    are claims only with a figure or a day (claims.md rule 8)."""
    if verb is None:
        return False
    word = doc[verb]
    if word.lemma_.lower() not in _READING_VERBS:
        return False
    if word.tag_ in ("VBD", "VBN") and word.lemma_.lower() != "estimate":
        return False                  # "officials said they believed": kept to the present reading
    subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lemma_.lower() in _READERS or s.lower_ in _READERS for s in subjects)
