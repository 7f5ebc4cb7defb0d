"""Modality (did it happen, or is it planned, threatened, hypothetical, denied happening)
and status (as the document reports it: asserted, unconfirmed, denied, confirmed).

Modality is read on the path from the event word up to the root of the parse: the first
cue met decides. "would be held soon" and "agreed to activate" are planned, "threatened to
take" threatened, "could launch" or an "if" clause hypothetical, "not" or "no" on the event
negated ("no active offensive actions were recorded", "No one was hurt").

Status is read from the sentence and the one after it, which often carries it alone
("Moscow did not immediately comment.").
"""

from __future__ import annotations

import re

from frontwire.records import Modality, Status

PLANNED_VERBS = frozenset({"plan", "expect", "schedule", "intend", "aim", "prepare", "agree", "set",
                           "seek", "hope", "propose", "offer", "work", "want", "pledge", "promise",
                           "vow", "resume", "discuss", "push", "call", "urge", "await", "arrange",
                           "goal", "effort", "bid"})
PLANNED_NOUNS = frozenset({"plan", "plans", "goal", "aim", "bid", "proposal", "prospect",
                           "intention", "expectation"})
THREAT_VERBS = frozenset({"threaten", "threat", "warn"})
HYPO_AUX = frozenset({"could", "might", "may", "can"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "going"})
NEG = frozenset({"not", "n't", "never", "no", "nobody", "none", "without"})

_UNCONFIRMED = re.compile(
    r"\b(?:could\s+not\s+(?:be\s+)?(?:independently\s+|immediately\s+)*(?:verif|confirm)|"
    r"(?:was|were|is|are|has|have)\s+not\s+(?:been\s+)?(?:independently\s+|immediately\s+)*(?:verif|confirm)|"
    r"did\s+not\s+(?:immediately\s+)?(?:comment|confirm|respond|react|verify|acknowledge)|"
    r"didn['’]t\s+(?:immediately\s+)?(?:comment|confirm|respond|react)|"
    r"no\s+(?:immediate\s+)?(?:comment|confirmation|response|reaction)|"
    r"(?:not|un)\s*(?:possible|able)\s+to\s+(?:independently\s+)?(?:verify|confirm)|"
    r"unverified|unconfirmed|declined\s+to\s+comment|has\s+not\s+commented|have\s+not\s+commented|"
    r"without\s+(?:providing\s+)?evidence|could\s+not\s+immediately\s+be\s+reached|"
    r"did\s+not\s+provide\s+(?:any\s+)?evidence|could\s+not\s+be\s+independently|"
    r"there\s+was\s+no\s+(?:immediate\s+)?(?:comment|word|confirmation))", re.IGNORECASE)
_DENIED = re.compile(
    r"\b(?:denied\b|denies\b|deny\b|rejected\s+(?:the|these|this|those|such)\s+(?:claim|report|allegation)|"
    r"dismissed\s+(?:the|these|this|those|such)\s+(?:claim|report|allegation)|refuted|"
    r"called\s+(?:the|these|this)\s+(?:claim|claims|report|reports)\s+(?:false|fake|a\s+lie))", re.IGNORECASE)
_CONFIRMED = re.compile(
    r"\b(?:(?:also|later|independently|separately)\s+confirmed|confirmed\s+by|"
    r"(?:satellite\s+)?(?:imagery|images|footage|video)\s+(?:later\s+)?(?:showed|confirmed|verified)|"
    r"(?:geolocated|verified)\s+(?:footage|video|images))", re.IGNORECASE)


def modality_of(doc, head: int, negation_in_trigger: bool = False) -> Modality:
    """The modality of the event carried by token ``head`` of a parsed sentence;
    ``negation_in_trigger`` when the trigger itself says "no" ("no central heating")."""
    tok = doc[head]
    if not negation_in_trigger and _negated(tok):
        return "negated"
    has_if = any(t.lower_ in ("if", "unless", "whether") and t.dep_ == "mark" for t in doc)
    if _ahead(tok):
        return "planned"              # "the next round of talks", "upcoming talks"
    node, came_from = tok, None
    for _ in range(6):
        lemma = node.lemma_.lower()
        children = list(node.children)
        auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
        if lemma in THREAT_VERBS and node.i != tok.i and node.pos_ in ("VERB", "NOUN"):
            return "threatened"
        if auxes & HYPO_AUX and not (node.i != tok.i and lemma in PERCEIVE):   # "we can see that ..."
            return "hypothetical" if not _planned_could(node) else "planned"
        if auxes & FUTURE_AUX or (node.lower_ == "going" and node.i + 1 < len(doc)
                                  and doc[node.i + 1].lower_ == "to"):
            return "hypothetical" if has_if and "would" in auxes else "planned"
        # "agreed to hold talks", "pushing for a deal"; not "pushing to end the war, mediating
        # talks in Geneva", where the talks are in a clause of manner beside the plan
        if node.i != tok.i and lemma in PLANNED_VERBS and node.pos_ == "VERB" and \
                any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in children) and \
                (came_from is None or came_from.dep_ not in ("advcl", "conj", "nsubj", "nsubjpass")):
            if has_if:
                return "hypothetical"
            if _purpose_of_meeting(node):
                return "actual"       # "met Tuesday in Geneva to resume peace talks": the talks were held
            return "planned"
        if node.i != tok.i and lemma in PLANNED_NOUNS:
            return "planned"
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children):
            return "hypothetical"
        if node.lower_ in ("to",) or any(c.lower_ == "to" and c.dep_ == "aux" for c in children):
            # "are to continue", "expected to", "in an effort to secure" (an infinitive)
            parent = node.head
            if parent.lemma_.lower() in ("be",) or parent.lemma_.lower() in PLANNED_VERBS | PLANNED_NOUNS:
                return "planned"
            if parent.lemma_.lower() in ("ready", "willing", "able", "prepared"):
                return "hypothetical"
        if node.dep_ in ("ccomp",) and node.head.lemma_.lower() in ("say", "tell", "report", "add",
                                                                       "announce", "state", "write",
                                                                       "confirm", "claim", "see", "hear",
                                                                       "know", "understand", "believe",
                                                                       "think", "note"):
            break                     # the reported clause ends at the reporting verb
        if node.head.i == node.i:
            break
        node, came_from = node.head, node
    if has_if and any(t.lower_ in ("would", "could") for t in doc):
        return "hypothetical"
    return "actual"


# what a meeting to come is called: "the next round of talks", "upcoming negotiations"
AHEAD = frozenset({"next", "upcoming", "forthcoming", "future", "planned", "proposed", "coming"})
MEETINGS = frozenset({"talk", "talks", "negotiation", "negotiations", "meeting", "summit", "round", "session",
                      "exchange", "swap", "consultation", "consultations"})


def _ahead(tok) -> bool:
    """An event noun named as one to come: its own modifier, or that of the "round" or
    "meeting" it belongs to ("the next round of talks")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in MEETINGS:
        return False                  # "the next attack killed two": an event after another, not ahead
    nouns = [tok]
    if tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        nouns.append(tok.head.head)          # "next round of talks"
    return any(c.dep_ == "amod" and c.lower_ in AHEAD for n in nouns for c in n.children)


MEET_VERBS = frozenset({"meet", "gather", "convene", "sit", "assemble", "arrive", "travel", "fly"})


def _purpose_of_meeting(node) -> bool:
    """A plan that is only the purpose of a meeting held: "negotiators met on Tuesday to
    resume talks" (the infinitive clause of a past meeting verb)."""
    return node.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children) \
        and node.head.lemma_.lower() in MEET_VERBS and node.head.tag_ == "VBD"


def _planned_could(node) -> bool:
    """ "could bring home 1,200 prisoners": a goal stated with "could" after "working to"."""
    return any(a.lemma_.lower() in ("work", "aim", "seek") for a in node.ancestors)


# verbs whose negation denies that their subject happened: "the talks did not take place"
OCCUR = frozenset({"happen", "occur", "take", "materialize", "materialise", "succeed", "begin", "start",
                   "resume", "continue", "record", "register", "report", "see", "observe", "follow",
                   "come", "hit", "reach", "cause", "kill", "injure", "damage", "result", "go", "last",
                   "end", "stop", "proceed", "advance", "progress", "fly", "land", "explode", "detonate"})
PERCEIVE = frozenset({"see", "hear", "say", "confirm", "tell", "report", "note", "observe", "notice"})
TOPIC_PREPS = frozenset({"on", "about", "regarding", "from", "over", "concerning", "to", "for"})


def _neither_subject(verb) -> bool:
    """ "neither Moscow nor Kyiv had conducted strikes", "neither side reported losses"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ == "neither" or any(
        g.lower_ == "neither" and g.dep_ in ("preconj", "det", "cc") for g in c.children))
        for c in verb.children)


def _negated(tok) -> bool:
    if tok.pos_ in ("VERB", "AUX") and _neither_subject(tok):
        return True
    if tok.dep_ in ("dobj", "attr", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") and _neither_subject(tok.head):
        return True
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return True
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "pobj", "compound", "amod"):
        # "the talks did not take place"; not "the attack was not an isolated incident", "the
        # counterattacks do not alter the war's course": the subject of another predicate
        subject_of_other = tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() not in OCCUR
        if not subject_of_other and any(c.dep_ == "neg" for c in head.children):
            return True
        # "no active offensive actions by the enemy were recorded"; not "no comment on the talks"
        node = tok
        while node.dep_ in ("compound", "amod", "pobj", "prep") and node.head.i != node.i:
            if node.dep_ == "prep" and node.lower_ in TOPIC_PREPS:
                break
            node = node.head
            if any(c.dep_ == "det" and c.lower_ == "no" for c in node.children):
                return True
    if tok.pos_ in ("VERB", "AUX", "ADJ"):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ in ("no", "nobody", "none") or
               any(c.dep_ == "det" and c.lower_ == "no" for c in s.children) for s in subj):
            return True
        if any(c.dep_ == "expl" for c in tok.children) or tok.lemma_ == "be":
            if any(c.dep_ == "attr" and any(g.lower_ == "no" for g in c.children) for c in tok.children):
                return True
    return False


def status_of(sentence: str, following: str | None = None) -> tuple[Status, bool]:
    """The status a sentence (and the one after it) gives its claims, and whether it came
    from the following sentence (which then belongs to the evidence)."""
    for text, from_next in ((sentence, False), (following, True)):
        if not text:
            continue
        if _UNCONFIRMED.search(text):
            return "unconfirmed", from_next
        if _DENIED.search(text) and (from_next or re.search(r"\b(?:russia|moscow|kremlin|ukraine|kyiv)\b.{0,40}\bden(?:ied|ies|y)\b", text, re.IGNORECASE)):
            return "denied", from_next
        if _CONFIRMED.search(text):
            return "confirmed", from_next
    return "asserted", False


def is_status_only(sentence: str) -> bool:
    """A sentence that only comments on what came before ("Moscow did not immediately comment")."""
    return bool(_UNCONFIRMED.search(sentence) or _DENIED.search(sentence)) and len(sentence.split()) <= 22
