"""Attribution: who a sentence says is making the claim, read from the parse.

The forms, most specific first:

- "according to X", "citing X", "as quoted by X" (a relay: the outlet cites X);
- a reporting verb and its subject: "X said", "X wrote on Telegram", "X told Reuters",
  inverted "..., said X", "..., estimated X", passive "... were reported by X";
- a pronoun or a short form that points back: "He said", "It added", "the ministry said",
  "Budanov said" after "Kyrylo Budanov" (see :class:`Discourse`).

When a sentence names several sources ("the ministry said ..., TASS reported"), the
original source wins over the outlet that relays it. The phrase found is normalised with
the claimants lexicon (:mod:`frontwire.extract.lexicon`); a person or body it does not
know keeps its own name, and its side comes from the words around it ("Ukrainian military
observer ..." is UA). Unnamed local sources ("the regional governor", "authorities") get the
side of where the event happened, decided later by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from frontwire.extract.lexicon import Entity, claimants, lexicon
from frontwire.records import Claimant, Side

PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
# unnamed sources of the place where the event happened
LOCAL = frozenset({"official", "officials", "authority", "authorities", "governor", "mayor", "police",
                   "administration", "rescuer", "rescuers", "service", "services", "emergency",
                   "prosecutor", "prosecutors", "resident", "residents", "hospital", "hospitals",
                   "head", "chief", "spokesperson", "spokesman", "spokeswoman", "military",
                   "command", "army", "ministry", "council", "government", "staff", "office",
                   "department", "agency", "operator", "utility", "company", "medic", "medics",
                   "doctors", "witness", "witnesses", "volunteers", "commander", "commanders",
                   "forces", "troops", "unit", "brigade", "channel", "channels", "blogger",
                   "bloggers", "media", "outlet", "outlets", "channel", "statement", "report", "force",
                   "reports", "data", "figures", "servicemember", "servicemembers", "serviceman",
                   "servicemen", "soldier", "soldiers", "milblogger", "milbloggers", "fighter",
                   "fighters", "sergeant", "officer", "officers", "document", "documents", "decree",
                   "order", "announcement", "bulletin", "summary", "update", "portal", "website"})
RESEARCH_NOUNS = frozenset({"institute", "tank", "university", "centre", "center", "researchers",
                            "monitor", "monitors", "watchdog", "thinktank"})
# nouns that name no speaker: "The Kremlin's ongoing efforts ... indicate", "Russian strikes show"
NOT_SPEAKERS = frozenset({"effort", "efforts", "action", "actions", "move", "moves", "decision",
                          "decisions", "attack", "attacks", "strike", "strikes", "loss", "losses",
                          "behavior", "behaviour", "policy", "policies", "refusal", "rhetoric",
                          "demand", "demands", "threat", "threats", "campaign", "operation",
                          "operations", "advance", "advances", "activity", "activities", "pattern",
                          "trend", "trends", "situation", "developments", "events", "fact", "facts",
                          "failure", "success", "successes", "use", "shortage", "shortages"})
# words that make a named body an outlet: "Russian opposition outlet Astra"
OUTLET_WORDS = frozenset({"outlet", "newspaper", "broadcaster", "channel", "publication", "website",
                          "daily", "tabloid", "magazine", "portal", "newswire", "weekly"})
STATE_WORDS = re.compile(r"\bstate(?:-run|-owned|-controlled)?\b|\bgovernment\b|\bpro-kremlin\b",
                         re.IGNORECASE)
UNKNOWN_SOURCES = frozenset({"source", "sources", "observer", "observers", "analyst", "analysts",
                             "expert", "experts", "person", "people", "insider", "insiders",
                             "diplomat", "diplomats", "group", "groups", "activist", "activists",
                             "investigator", "investigators", "researcher", "researchers"})
INDEPENDENT = frozenset({"imagery", "images", "footage", "photos", "video", "videos", "satellite"})
MEDIA_WORDS = frozenset({"journalist", "journalists", "reporter", "reporters", "correspondent",
                         "correspondents", "photographer", "newspaper", "broadcaster", "outlet"})
_UA = re.compile(r"\b(?:ukrain\w*|kyiv|kiev|zelensk\w*)", re.IGNORECASE)
_RU = re.compile(r"\b(?:russia\w*|moscow|kremlin|pro-kremlin|occupation|occupying|moscow-installed|"
                 r"russian-installed|russian-appointed|kremlin-installed|putin)", re.IGNORECASE)
_RU_FIRST = re.compile(r"\b(?:russian-installed|russian-appointed|kremlin-installed|moscow-installed|"
                       r"occupation|occupying)\b", re.IGNORECASE)
_THIRD = re.compile(
    r"(?<![\w.])(?:u\.s\.|u\.k\.|u\.n\.)(?!\w)|"
    r"\b(?:us|american|united states|washington|white house|pentagon|british|britain|uk|"
    r"french|france|german|germany|italian|italy|polish|poland|turkish|turkey|türkiye|eu|european|"
    r"nato|un|u\.n\.|united nations|chinese|china|indian|india|japanese|japan|hungarian|hungary|"
    r"slovak|slovakia|swiss|dutch|norwegian|swedish|finnish|estonian|latvian|lithuanian|romanian|"
    r"moldovan|czech|canadian|australian|israeli|iranian|qatari|saudi|emirati|georgian|austrian|"
    r"belgian|danish|spanish|portuguese|greek|bulgarian|serbian|croatian|irish|belarusian|"
    r"belarus|western|international|iaea|icrc|brazilian|south african|korean|korea|vatican|holy see|"
    r"uae|emirates|qatar|saudi arabia|turkish|swiss|norway|sweden|finland|denmark|nato)\b",
    re.IGNORECASE)
_TITLE = re.compile(r"^(?:(?:the|a|an|president|prime|minister|gov\.?|governor|mayor|general|gen\.|"
                    r"lt\.?|col\.?|maj\.?|capt\.?|major|colonel|captain|lieutenant|sergeant|"
                    r"commander|chief|head|spokesman|spokeswoman|spokesperson|"
                    r"secretary|adviser|advisor|envoy|ambassador|deputy|senator|sen\.|mr\.?|mrs\.?|"
                    r"ms\.?|dr\.?|first|lady|foreign|defence|defense|interior|energy|top|economic|"
                    r"special|peace|military|observer|expert|analyst|negotiator|"
                    r"ukrainian|russian|belarusian|american|canadian|australian|italian|hungarian|"
                    r"iranian|brazilian|indian|serbian|croatian|romanian|bulgarian|georgian|armenian|"
                    r"estonian|latvian|lithuanian|slovak|czech|german|korean|african|mexican|norwegian|"
                    r"british|polish|turkish|finnish|swedish|danish|irish|"
                    r"spanish|french|dutch|swiss|chinese|japanese|israeli|saudi|emirati|qatari|pakistani|"
                    r"us|u\.s\.|uk)\s+)+", re.IGNORECASE)
# a nationality word is listed, not guessed from its ending: "Captain Ivan X" keeps "Ivan"


# offices whose holder speaks for a place or a state: "regional governor", "Energy Minister"
_OFFICE = re.compile(r"\b(?:governor|mayor|minister|commissioner|ombudsman|ombudsperson|prosecutor|"
                     r"(?:military |regional |city )?administration|head of|chief of|speaker|"
                     r"spokesman|spokeswoman|spokesperson)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    """Who a sentence's claims are attributed to.

    ``tokens`` are the indices of the attribution's own words (the source's name, the
    reporting verb, "according to"), which carry no claim. ``local`` marks an unnamed local
    source whose side is that of the event's place; ``office`` a person of unknown side who
    speaks in an office ("regional governor Oleh X", "Energy Minister Y"), who keeps that
    place's side when named.
    """

    claimant: Claimant
    tokens: frozenset[int] = frozenset()
    kind: str = "org"              # person, org, state, media, local, source
    local: bool = False
    verb: int | None = None
    also: tuple[Claimant, ...] = ()   # further claimants of the same words: "both sides said"
    office: bool = False


@dataclass
class Discourse:
    """What earlier sentences of the article established, for the words that point back."""

    media: Claimant
    last: Attribution | None = None
    last_person: Attribution | None = None
    last_org: Attribution | None = None
    persons: dict[str, Claimant] = field(default_factory=dict)   # surname -> full name
    last_named: Attribution | None = None       # the last person named, speaker or not
    sided: dict[str, Side] = field(default_factory=dict)   # "milblogger" -> RU, in this paragraph

    def remember(self, attribution: Attribution) -> None:
        if attribution.claimant.side == "media" and attribution.kind == "media":
            return
        self.last = attribution
        if attribution.kind == "person":
            self.last_person = attribution
            name = attribution.claimant.name or ""
            if " " in name:
                self.persons[name.split()[-1].lower()] = attribution.claimant
        elif attribution.kind in ("org", "state", "local"):
            self.last_org = attribution

    def note_person(self, name: str, side: Side) -> None:
        """A person the text names (not necessarily a speaker), for later "Hoffman said"."""
        parts = name.split()
        known = claimants().lookup(name)
        if known is not None and known.kind == "person":
            name, side = known.name, known.side
        if len(parts) >= 2 and parts[-1].lower() not in self.persons:
            self.persons[parts[-1].lower()] = Claimant(name, name, side)
        if len(parts) >= 2:
            known = self.persons[parts[-1].lower()]
            self.last_named = Attribution(known, kind="person", local=known.side == "unknown")


def note_sided_nouns(doc, discourse: Discourse) -> None:
    """Sources named with their nationality ("Russian milbloggers' claims"), so that the
    same noun later in the paragraph without it ("milbloggers claimed") keeps that side."""
    for tok in doc:
        if tok.pos_ != "NOUN" or not (tok.lower_ in LOCAL or tok.lower_ in UNKNOWN_SOURCES):
            continue
        words = " ".join(c.text for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                         and c.i < tok.i)
        side = side_from_words(words) if words else None
        if side in ("UA", "RU"):
            discourse.sided[tok.lemma_.lower()] = side


def side_from_words(text: str) -> Side | None:
    """The side a phrase's nationality words give: "Ukrainian military observer" -> UA."""
    if _RU_FIRST.search(text):
        return "RU"
    found = []
    for side, rx in (("UA", _UA), ("RU", _RU), ("third_party", _THIRD)):
        m = rx.search(text)
        if m:
            found.append((m.start(), side))
    return min(found)[1] if found else None


# --- the phrase that names the source ----------------------------------------------------

_CORE_DEPS = frozenset({"compound", "amod", "poss", "det", "nmod", "case", "flat", "nummod",
                        "npadvmod", "quantmod", "punct", "cc", "conj", "prep", "pobj", "advmod",
                        "nn", "appos"})


SOURCE_NOUNS = frozenset({"data", "report", "reports", "statement", "figures", "information",
                          "estimate", "estimates", "update", "post", "message", "briefing"})


def _set_off_before(child, head) -> bool:
    """ "In the capital, Kyiv, Mayor Vitali Klitschko said": a word before the name, set off
    by a comma, is not part of it (here it is where the event happened)."""
    if child.i > head.i:
        return False
    doc = head.doc
    return any(doc[k].text == "," for k in range(child.i + 1, head.i))


def _name_preposition(tok, child) -> bool:
    """ "Institute for the Study of War", "Center for Strategic and International Studies":
    a capitalised body whose name runs on past "for"."""
    if child.lower_ != "for" or tok.pos_ != "PROPN" or not tok.is_title:
        return False
    return any(g.dep_ == "pobj" and g.pos_ == "PROPN" and g.is_title for g in child.children)


def _core(tok) -> list:
    """The name phrase around a head noun: its modifiers and "of ..." phrases, without
    clauses, appositions or other prepositions ("data from the staff" keeps its source)."""
    out = [tok]
    keep_preps = ("of", "from", "by") if tok.lower_ in SOURCE_NOUNS else ("of",)
    for child in tok.children:
        if child.dep_ in ("relcl", "acl", "advcl", "appos", "punct", "cc", "conj", "parataxis"):
            continue
        if child.dep_ == "prep" and child.lower_ not in keep_preps and not _name_preposition(tok, child):
            continue
        if child.dep_ not in _CORE_DEPS or _set_off_before(child, tok):
            continue
        out.extend(_core(child))
    return sorted(out, key=lambda t: t.i)


def _extended(tok) -> list:
    """The phrase with its appositions ("Rustem Umerov, Secretary of ...") but no clauses."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in ("relcl", "acl", "advcl", "parataxis") or _set_off_before(child, tok):
            continue
        out.extend(_extended(child))
    return sorted(out, key=lambda t: t.i)


def _text(tokens: list) -> str:
    """The text of a phrase, with any word glued to its start ("News." + "Az")."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    start = tokens[0].i
    while start > 0 and start > tokens[0].i - 3 and not doc[start - 1].whitespace_ \
            and doc[start - 1].text not in ("(", "“", "\"", "‘", "'", "[", "—", "–", "-"):
        start -= 1
    return doc[start:tokens[-1].i + 1].text.strip()       # blanked markup leaves spaces


def _strip_title(name: str) -> str:
    name = re.sub(r"['’]s$", "", name.strip(" ,.;:\"“”"))
    stripped = _TITLE.sub("", name)
    return stripped if stripped else name


def resolve(head, discourse: Discourse) -> Attribution | None:
    """The claimant named by the noun phrase headed by ``head``."""
    if head.lower_ in TIME_NOUNS:
        return None                       # "In mid-November, the defence secretary visited ... and told"
    if head.pos_ == "NOUN" and head.lower_ in OUTLET_WORDS:   # "Russian opposition outlet Vertska"
        named = [c for c in head.children if c.dep_ in ("appos", "npadvmod", "compound") and c.pos_ == "PROPN"
                 and c.i > head.i]
        if named:
            phrase = _text(_core(head)) + " " + named[0].text
            side = side_from_words(phrase) if STATE_WORDS.search(phrase) else "media"
            return Attribution(Claimant(phrase, named[0].text, side or "media"),
                               frozenset(t.i for t in _extended(head)), "media")
    if head.pos_ == "NOUN" or (head.pos_ == "PROPN" and _OFFICE.fullmatch(head.lower_)):
        # "the peace envoy, Steve Witkoff", "Russian High Commissioner ... Tatyana X": the name, not the title
        named = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if named:
            found = resolve(named[0], discourse)
            if found is not None:
                title_side = side_from_words(_text(_core(head)) + " " + _text(_extended(head)))
                if found.claimant.side == "unknown" and title_side is not None:
                    # "A spokesperson for a Ukrainian corps ..., Major Serhiy Okhrymenko"
                    found = replace(found, claimant=replace(found.claimant, side=title_side), local=False)
                return replace(found, tokens=found.tokens | frozenset(t.i for t in _extended(head)))
    both = _both_sides(head)
    if both is not None:
        return both
    core, ext = _core(head), _extended(head)
    core_text, ext_text = _text(core), _text(ext)
    tokens = frozenset(t.i for t in ext)
    lower = head.lower_
    if lower in PRONOUNS or head.pos_ == "PRON":
        ref = None
        if lower in ("he", "she"):
            ref = discourse.last_person or discourse.last_named or discourse.last
        elif lower == "it":
            ref = discourse.last_org or discourse.last
        elif lower in ("they", "we", "i"):
            ref = discourse.last
        if ref is None:
            return None
        return replace(ref, claimant=Claimant(head.text, ref.claimant.name, ref.claimant.side),
                       tokens=tokens)
    if head.pos_ == "NOUN" and (lower in NOT_SPEAKERS or head.lemma_.lower() in NOT_SPEAKERS):
        return None
    if lower in INDEPENDENT or any(t.lower_ in INDEPENDENT for t in core):
        source = _released_by(head)
        if source is not None:              # "a video released by Ukraine's presidency"
            found = resolve(source, discourse)
            if found is not None:
                return replace(found, tokens=found.tokens | tokens)
    lex = claimants()
    entity = _consistent_entity(core_text)
    if entity is None and head.pos_ == "PROPN" and any(t.lower_ in OUTLET_WORDS for t in core):
        # "Russian opposition outlet Astra"; state media speak for their state
        side = side_from_words(core_text) if STATE_WORDS.search(ext_text) else "media"
        name = " ".join(t.text for t in core if t.pos_ == "PROPN" and t.i >= head.i - 3) or core_text
        return Attribution(Claimant(core_text, name, side or "media"), tokens, "media")
    if entity is None and lower in ("ministry", "agency", "staff", "service", "command", "office",
                                    "mayor", "governor", "president") and discourse.last_org:
        # "the ministry said" after "Russia's defence ministry said"
        ref = discourse.last_org if lower != "president" else discourse.last_person
        words = side_from_words(core_text)
        if ref and (ref.claimant.name or "").lower().find(lower) >= 0 and words in (None, ref.claimant.side):
            return replace(ref, claimant=Claimant(core_text, ref.claimant.name, ref.claimant.side),
                           tokens=tokens)
    if entity is not None and entity.kind == "state" and head.pos_ == "PROPN" and \
            head.lower_ not in ("ukraine", "kyiv", "kiev", "russia", "moscow", "kremlin"):
        entity = None                     # "The Kyiv School of Economics" is not Ukraine
    if entity is not None:
        return _from_entity(entity, core_text, tokens, ext_text)
    person = person_name(head)
    if person is not None:
        name = person
        known = discourse.persons.get(name.split()[-1].lower()) if name else None
        if known is not None and known.side == "unknown":
            titled = side_from_words(ext_text)        # "Russian-installed mayor Ivan X", named before
            if titled is not None:
                known = Claimant(known.text, known.name, titled)
        if known is not None:
            return Attribution(Claimant(core_text, known.name, known.side), tokens, "person",
                               local=known.side == "unknown",
                               office=known.side == "unknown" and _OFFICE.search(ext_text) is not None)
        ent = _consistent_entity(ext_text)
        side = ent.side if ent is not None and ent.kind != "person" else side_from_words(ext_text)
        if side is None and re.search(r"\b(?:expert|analyst|think tank|researcher|professor)\b", ext_text, re.I):
            side = "third_party"
        # a person of unknown side speaks for where the event happened (a resident, a medic)
        return Attribution(Claimant(core_text, name, side or "unknown"), tokens, "person",
                           local=side is None, office=side is None and _OFFICE.search(ext_text) is not None)
    if lower in INDEPENDENT or any(t.lower_ in INDEPENDENT for t in core):
        if lower in ("imagery", "images", "satellite") or any(t.lower_ == "satellite" for t in core):
            return Attribution(Claimant(core_text, None, "third_party"), tokens, "source")
        # "Geolocated footage shows ...": what a video shows is the outlet's reading of it
        media = discourse.media
        return Attribution(Claimant(core_text, media.name, media.side), tokens, "media")
    if lower in MEDIA_WORDS:
        ent = lex.lookup(ext_text)
        if ent is not None:
            return _from_entity(ent, core_text, tokens, ext_text)
        return Attribution(Claimant(core_text, None, "media"), tokens, "media")
    side = side_from_words(core_text) or side_from_words(ext_text)
    if lower in RESEARCH_NOUNS:           # "the institute estimated", "a Washington think tank"
        return Attribution(Claimant(core_text, None, side or "third_party"), tokens, "org")
    if side is None and (lower in LOCAL or lower in UNKNOWN_SOURCES):
        side = discourse.sided.get(head.lemma_.lower())   # "Russian milbloggers ..., with milbloggers claiming"
    if lower in UNKNOWN_SOURCES:
        return Attribution(Claimant(core_text, None, side or "unknown"), tokens, "source")
    if lower in LOCAL:
        return Attribution(Claimant(core_text, None, side or "unknown"), tokens, "local",
                           local=side is None)
    if head.pos_ == "PROPN" and head.is_title:
        if side is None and _RESEARCH.search(ext_text):
            side = "third_party"              # "the Kyiv School of Economics", "a think tank"
        return Attribution(Claimant(core_text, core_text, side or "unknown"), tokens, "org")
    return None                           # "Russian strikes denied ...": not a source


_RESEARCH = re.compile(r"\b(?:think[- ]tank|institute|university|school|centre|center|research|"
                       r"foundation|council)\b", re.IGNORECASE)


def _consistent_entity(phrase: str) -> Entity | None:
    """The known claimant a phrase names, unless its nationality words say otherwise: "the
    air force" is Ukraine's, "the Russian air force" and "the US Air Force" are not."""
    found = claimants().find(phrase)
    if not found:
        return None
    words = side_from_words(phrase)
    for _, entity, alias in sorted(found, key=lambda f: (-len(f[2]), f[0])):
        if words is None or entity.side == words or entity.side in ("media", "unknown") \
                or entity.kind == "person" or side_from_words(alias) is not None:
            return entity
    return None


_BOTH = frozenset({"side", "sides", "delegation", "delegations", "country", "countries", "government",
                   "governments", "party", "parties", "official", "officials", "army", "armies", "military",
                   "militaries", "ministry", "ministries"})


def _both_sides(head) -> Attribution | None:
    """ "both delegations said", "officials on both sides said", "Kyiv and Moscow said": the
    two warring sides at once (one claim each, claims.md rule 1)."""
    doc = head.doc
    phrase = doc[head.left_edge.i:head.right_edge.i + 1]
    text = phrase.text
    tokens = frozenset(t.i for t in phrase)
    if head.lemma_.lower() in _BOTH or head.lower_ in _BOTH:
        if re.search(r"\b(?:both|the\s+two|each)\b", text, re.IGNORECASE) and not _THIRD.search(text):
            return Attribution(Claimant(text, None, "UA"), tokens, "org", also=(Claimant(text, None, "RU"),))
    if head.pos_ == "PROPN":
        members = [head, *(c for c in head.children if c.dep_ == "conj")]
        sides = [side_from_words(m.text) for m in members]
        if len(members) == 2 and set(sides) == {"UA", "RU"}:
            lex = claimants()
            claimants_ = []
            for m in members:
                ent = lex.lookup(m.text)
                claimants_.append(Claimant(m.text, ent.name if ent else m.text, side_from_words(m.text)))
            return Attribution(claimants_[0], tokens, "state", also=(claimants_[1],))
    return None


def _released_by(head):
    """The source of footage: "footage released by the General Staff", "a video posted by X"."""
    for c in head.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("release", "publish", "post", "provide",
                                                               "share", "distribute", "issue", "make"):
            for agent in c.subtree:
                if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                    pobj = next((g for g in agent.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
    return None


# the last word of a name that is a body, not a person: "the Security Council"
ORG_WORDS = frozenset({"ministry", "service", "force", "forces", "staff", "council", "agency", "office",
                       "command", "committee", "army", "navy", "guard", "institute", "university",
                       "bank", "company", "group", "association", "union", "parliament", "government",
                       "administration", "media", "news", "times", "post", "journal", "press",
                       "department", "commission", "court", "organization", "organisation", "fund",
                       "authority", "centre", "center", "headquarters", "directorate", "brigade",
                       "battalion", "regiment", "division", "corps", "party", "federation", "republic",
                       "region", "oblast", "city", "kremlin", "house", "telegram", "tass", "ria",
                       "reuters", "interfax", "agency", "network", "channel", "tv", "radio"})


def person_name(head) -> str | None:
    """The person a proper-noun phrase names ("Ukrainian military observer Konstantyn
    Mashovets" -> "Konstantyn Mashovets"), or None when it names a body or nothing.

    The name is the run of capitalised proper nouns that ends at ``head``; titles before it
    ("President", "Gov.") are dropped. A run of one word is a surname ("Hoffman said")."""
    if head.pos_ != "PROPN" or not head.is_title or head.lower_ in ORG_WORDS \
            or head.lower_ in LOCAL | UNKNOWN_SOURCES:
        return None
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
            and doc[start - 1].dep_ in ("compound", "flat", "nmod", "amod") and start > head.i - 4:
        start -= 1
    words = [t.text for t in doc[start:head.i + 1]]
    name = _strip_title(" ".join(words))
    if not name or name.lower().split()[-1] in ORG_WORDS:
        return None
    return name


def _from_entity(entity: Entity, text: str, tokens: frozenset[int], ext_text: str) -> Attribution:
    kind = entity.kind
    return Attribution(Claimant(text, entity.name, entity.side), tokens, kind)


# --- finding the attribution in a sentence -----------------------------------------------

_TEMPORAL_MARKS = frozenset({"after", "before", "when", "while", "since", "until", "once"})
TIME_NOUNS = frozenset({"anniversary", "day", "week", "month", "year", "morning", "night", "evening",
                        "time", "weekend", "hour", "hours", "monday", "tuesday", "wednesday", "thursday",
                        "friday", "saturday", "sunday", "today", "yesterday", "january", "february",
                        "march", "april", "may", "june", "july", "august", "september", "october",
                        "november", "december"})


def _subject(verb):
    # the subject nearest the verb first: "Briefing reporters in New York, UN Spokesperson X said"
    for child in sorted(verb.children, key=lambda c: (c.i > verb.i, -c.i)):
        if child.dep_ in ("nsubj",) and child.lower_ not in ("that", "which", "who"):
            if child.lemma_.lower() in TIME_NOUNS:
                # "On Tuesday, the fourth anniversary of the war, Zelenskyy noted": the name
                named = [c for c in verb.children if c.dep_ in ("nsubj", "appos") and c is not child
                         and c.pos_ == "PROPN"] + [c for c in child.children if c.dep_ == "appos"]
                if named:
                    return named[0]
                continue
            return child
    for child in verb.children:                       # passive: "were reported by X"
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _inverted_subject(verb):
    """ "..., said the ISW." / "..., estimated Ukraine's General Staff": the words after the verb."""
    doc = verb.doc
    k = verb.i + 1
    if k >= len(doc) or doc[k].pos_ not in ("PROPN", "DET", "NOUN", "ADJ"):
        return None
    if verb.i == 0 or doc[verb.i - 1].text not in (",", "”", "\"", "’", "'", "—", "–"):
        return None                       # "... and insists Kyiv abandon ...": Kyiv is no source
    end = k
    while end < len(doc) and doc[end].pos_ in ("PROPN", "DET", "NOUN", "ADJ", "PART", "PUNCT") \
            and doc[end].text not in (",", ".", ";", ":", "—", "–", "-", "(", "“", "\""):
        end += 1
    if end == k:
        return None
    span = doc[k:end]
    if not any(t.pos_ == "PROPN" for t in span) and claimants().lookup(span.text) is None:
        return None
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.i != verb.i:
        return None                       # "..., saying Kyiv had downed 11 drones": Kyiv does not speak
    return root


def _closing_subject(verb):
    """ "Ukrainian air defense shot down 10 drones over Kyiv, city's mayor says": a headline
    that ends on its source, which the parse hung on the word before it."""
    doc = verb.doc
    rest = [t for t in doc[verb.i + 1:] if not t.is_punct]
    if len(rest) > 3 or verb.i < 2 or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    node = doc[verb.i - 1]
    if node.dep_ not in ("appos", "conj", "npadvmod", "dobj", "pobj", "compound") or node.head.i >= node.i:
        return None
    while node.dep_ in ("pobj", "compound") and node.head.i < node.i and node.head.i != node.i:
        up = node.head.head if node.dep_ == "pobj" and node.head.dep_ == "prep" else node.head
        if up.pos_ not in ("NOUN", "PROPN") or up.i >= node.i:
            break
        node = up                         # "a spokesperson of the European Commission said"
    return node


def _sibling_subjects(verb, subj) -> set[int]:
    """ "Russia's negotiator Kirill Dmitriev told ...", parsed as two subjects: both are the source."""
    return {t.i for c in verb.children if c.dep_ == "nsubj" and c.i != subj.i for t in c.subtree}


def _subject_of_name(verb):
    """The subject of a reporting verb whose title and name the parse split in two
    ("Russia's negotiator Kirill Dmitriev told"): the name."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who")]
    if len(subjects) == 2 and subjects[0].pos_ == "NOUN" and subjects[1].pos_ == "PROPN" \
            and subjects[0].right_edge.i + 1 == subjects[1].left_edge.i:
        return subjects[1]
    return None


def _verbless_subject(verb):
    """ "A Ukrainian servicemember operating in the Slovyansk direction reported on February 26
    that ...", parsed with the noun as the root and "reported" as a clause on a noun: the root."""
    if not any(c.dep_ == "ccomp" for c in verb.children) or verb.dep_ not in ("acl", "relcl"):
        return None
    node = verb
    for _ in range(8):
        if node.head.i == node.i:
            break
        node = node.head
    if node.pos_ in ("NOUN", "PROPN") and node.dep_ == "ROOT" and node.i < verb.i:
        return node
    return None


def find_attribution(doc, discourse: Discourse) -> Attribution | None:
    """The attribution of a parsed sentence, or None when it speaks in the outlet's voice."""
    lex = lexicon()
    found: list[tuple[int, Attribution]] = []          # (rank, attribution); lower rank wins
    dated: set[int] = set()                            # the words of a clause that only dates the claim
    for tok in doc:
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None and tok.i + 2 < len(doc):
                pobj = _first_noun(doc, tok.i + 2)
            if pobj is not None:
                a = resolve(pobj, discourse)
                if a is not None:
                    found.append((0, _with_tokens(a, {tok.i, to.i})))
        elif low in ("citing", "quoting") or (low == "quoted" and tok.i + 1 < len(doc)
                                              and doc[tok.i + 1].lower_ == "by"):
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "pobj", "agent")), None)
            if obj is not None and obj.dep_ == "agent":
                obj = next((c for c in obj.children if c.dep_ == "pobj"), None)
            if obj is None:
                obj = _first_noun(doc, tok.i + 1)
            if obj is not None:
                a = resolve(obj, discourse)
                if a is not None:
                    rank = 0 if low in ("citing", "quoting") else 3
                    found.append((rank, _with_tokens(a, {tok.i})))
        elif (tok.lemma_.lower() in lex.reporting_verbs or _opens_inquiry(tok)) and tok.pos_ in ("VERB", "AUX"):
            if tok.dep_ in ("amod",) and tok.lemma_.lower() not in ("estimate",):
                continue
            if any(c.dep_ == "neg" for c in tok.children):
                continue          # "Russia has not commented": no claim
            if tok.lemma_.lower() == "claim" and any(
                    c.dep_ == "dobj" and c.lower_ not in ("it", "this", "that", "responsibility", "credit")
                    for c in tok.children):
                continue          # "Russia claiming just four regions": a claim to land, not speech
            verbless = _verbless_subject(tok)
            if tok.dep_ == "relcl" and verbless is None:
                continue          # "the exchange, which he said would involve ...": not the main claim
            if tok.i in dated:
                continue          # "after Zelensky said his services had informed him": not a source either
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS
                                           for c in tok.children):
                dated.update(t.i for t in tok.subtree)
                continue          # "... shortly after authorities warned ...": a time, not a source
            subj = _subject_of_name(tok) or _subject(tok) or verbless
            if subj is None and tok.dep_ in ("conj", "xcomp") and tok.head.pos_ in ("VERB", "AUX"):
                subj = _subject(tok.head)   # "Russia is pushing ... and has threatened to", "ISW continues to assess"
            inverted = False
            if subj is None and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" \
                    and tok.head.pos_ in ("NOUN", "PROPN"):
                subj = tok.head   # "Trump's peace envoy, Steve Witkoff, posted to X ..." parsed loosely
            if subj is None:
                subj = _inverted_subject(tok) or _closing_subject(tok)
                inverted = subj is not None
            if subj is None or (subj.text.isupper() and len(subj.text) > 3 and subj.i == 0):
                continue          # no source, or a dateline ("LONDON -- ...")
            a = resolve(subj, discourse)
            if a is None:
                continue
            if a.kind == "person" and a.claimant.side == "unknown":
                a = _loose_title_side(tok, subj, a)
            if a.kind == "person" and a.local and not a.office and not _told_media(tok):
                a = replace(a, local=False)   # a named person speaks for themself, not for a place
            depth = _depth(tok)
            rank = 1 + min(depth, 3)
            if inverted:
                rank = 0                  # "..., said the ISW." closes the sentence it speaks for
            found.append((rank, _with_tokens(a, {tok.i} | _sibling_subjects(tok, subj), verb=tok.i)))
    if not found:
        return None
    # an outlet relaying a source ("..., TASS reported") gives way to the source
    sources = [f for f in found if f[1].kind != "media"] or found
    sources.sort(key=lambda f: (f[0], f[1].claimant.side in ("unknown",)))
    return sources[0][1]


def _opens_inquiry(verb) -> bool:
    """ "prosecutors have opened an investigation into the killing of ...": who investigates
    a killing is the source of the claim that it happened."""
    return verb.lemma_.lower() in ("open", "launch", "start", "begin", "initiate") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("investigation", "probe", "case", "inquiry", "proceeding",
                                                   "proceedings")
        for c in verb.children)


def _loose_title_side(verb, subj, a: Attribution) -> Attribution:
    """ "A spokesperson for a Ukrainian corps ..., Major Serhiy X, stated": the parser hangs the
    title on the verb, not on the name; its nationality gives the person's side."""
    for c in verb.children:
        if c.dep_ in ("dep", "npadvmod", "nsubj") and c.i < subj.i and c.pos_ == "NOUN" and c is not subj:
            side = side_from_words(c.doc[c.left_edge.i:c.right_edge.i + 1].text)
            if side is not None:
                return replace(a, claimant=replace(a.claimant, side=side), local=False, office=False)
    return a


def _told_media(verb) -> bool:
    """ "she told Al Jazeera", "he said to Reuters": an interviewee, who speaks for where
    the event happened."""
    for c in verb.children:
        target = c
        if c.dep_ == "prep" and c.lower_ == "to":
            target = next((g for g in c.children if g.dep_ == "pobj"), c)
        elif c.dep_ not in ("dobj", "dative", "iobj"):
            continue
        ent = claimants().lookup(verb.doc[target.left_edge.i:target.right_edge.i + 1].text)
        if ent is not None and ent.side == "media":
            return True
    return False


def relative_attributions(doc, discourse: Discourse) -> list[tuple[Attribution, frozenset[int], bool]]:
    """Sources named inside a relative clause, with the tokens they speak for: "drones,
    which Ukraine says are now responsible for 60 percent of casualties"; and the subject of
    a participle of speech ("Zelenskiy dismissed the talk, saying Kyiv had downed 11
    drones"), marked True: it counts only where the sentence names no speaker of its own."""
    out = []
    lex = lexicon()
    for tok in doc:
        if tok.lemma_.lower() not in lex.reporting_verbs or tok.pos_ != "VERB":
            continue
        participle = tok.dep_ != "relcl"
        if tok.dep_ == "relcl":
            subj = _subject(tok)
        elif tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.pos_ in ("VERB", "AUX") \
                and _subject(tok) is None:
            subj = _subject(tok.head)     # "Zelenskiy dismissed the talk, saying Kyiv had downed 11 drones"
        else:
            continue
        if subj is None or subj.lower_ in ("which", "that", "who"):
            continue
        a = resolve(subj, discourse)
        if a is None:
            continue
        content = frozenset(t.i for c in tok.children if c.dep_ in ("ccomp", "xcomp")
                            for t in c.subtree)
        if content:
            out.append((_with_tokens(a, {tok.i}, verb=tok.i), content, participle))
    return out


def _first_noun(doc, start: int):
    for k in range(start, min(len(doc), start + 6)):
        if doc[k].pos_ in ("NOUN", "PROPN", "PRON"):
            # the head of the phrase that starts here
            node = doc[k]
            while node.head.i != node.i and node.head.i >= start and node.head.pos_ in ("NOUN", "PROPN") \
                    and node.dep_ in ("compound", "amod", "poss", "flat"):
                node = node.head
            return node
    return None


def _depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i and d < 10:
        tok = tok.head
        d += 1
    return d


def _with_tokens(a: Attribution, extra: set[int], verb: int | None = None) -> Attribution:
    return replace(a, tokens=frozenset(a.tokens | extra), verb=verb if verb is not None else a.verb)
