"""``extract(article, places) -> list[Claim]``: every claim an article makes, by claims.md's rules.

The steps, each a module of this package:

1. :mod:`.sentences` splits the body into sentences with their source offsets and keeps
   the candidates, those with an event word;
2. :mod:`.nlp` parses the candidates (only them: parsing is the cost);
3. :mod:`.attribution` finds who speaks ("It added" included); :mod:`.voice` gives the
   speaker of a sentence that names none (quotes that run on, the outlet's own voice);
4. :mod:`.types` finds the event words and :mod:`.quantities` the figures, each figure
   with the event type its verb implies; :mod:`.events` groups them into claims and tells
   background from claims;
5. per claim, one record per place (:mod:`.places`), with its time (:mod:`.timex`),
   modality and status (:mod:`.modality`), weapon, and the sentence as evidence; one record
   per claimant when the text names two ("both sides said");
6. a picture caption's claims are kept only where the body does not already make them.

The function is pure and never raises: a sentence that trips a bug is skipped (set
``FRONTWIRE_DEBUG=1`` to see the error instead).
"""

from __future__ import annotations

import os
import re
from datetime import date
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from frontwire.extract.attribution import (Attribution, Discourse, find_attribution, note_sided_nouns,
                                          person_name, relative_attributions, side_from_words)
from frontwire.extract.events import (EventGroup, concrete, dated_before_war, definite, early_in_the_war,
                                      analysts_reading,
                                      event_groups, generic_plural, generic_present, standing_position,
                                      state_over_span, war_aim)
from frontwire.extract.lexicon import lexicon, name_words
from frontwire.extract.modality import is_status_only, status_of
from frontwire.extract.nlp import parse
from frontwire.extract.places import country_place, mentions_in, sentence_places
from frontwire.extract.quantities import UnitContext, find_figures
from frontwire.extract.sentences import (Sentence, dateline_end, is_candidate, is_caption,
                                        sentence_case, split_sentences)
from frontwire.extract.timex import event_time, is_history
from frontwire.extract.topic import about_the_war, allied_business, elsewhere, other_war
from frontwire.extract.types import Trigger, find_triggers, find_weapon
from frontwire.extract.voice import Voices, media_claimant, quoted
from frontwire.records import (Article, Claim, Claimant, ClaimType, Evidence, Place, PlaceMention,
                               Quantity, TimeSpan)

DEBUG_ENV = "FRONTWIRE_DEBUG"
MAX_PARSED = 1500         # sentences parsed per article at most (a long article has ~300)
WEAPON_TYPES = frozenset({"strike", "interception"})
PERCEPTION = frozenset({"hear", "see", "witness", "show", "record"})
OUTCOMES = frozenset({"casualties", "infrastructure_damage"})
TARGETED = frozenset({"strike", "casualties", "infrastructure_damage"})
WAR_START_ISO = "2022-02-24"
SIDE_PAIRS = {"UA": "RU", "RU": "UA"}
# a later sentence that points back to the last place or time named
_PLACE_ANAPHORA = re.compile(r"\b(?:the|that|this)\s+(?:same\s+)?(?:town|city|village|region|area|"
                             r"location|site|settlement|district|oblast|capital|plant|facility)\b(?!\s+of\b)",
                             re.IGNORECASE)
_TIME_ANAPHORA = re.compile(r"\b(?:that|the\s+same)\s+(?:night|day|morning|evening|attack)\b", re.IGNORECASE)


def extract(article: Article, places: Sequence[PlaceMention] = ()) -> list[Claim]:
    """Every claim of ``article``; ``places`` are the geo stage's mentions of its places."""
    try:
        return _Extraction(article, tuple(places)).run()
    except Exception:
        if os.environ.get(DEBUG_ENV):
            raise
        return []


@dataclass
class _State:
    """What the walk through the sentences carries from one to the next."""

    paragraph: int = -1
    units: UnitContext | None = None             # the unit of the paragraph's last figure
    last_index: int = -10                        # the last sentence that made claims
    last_paragraph: int = -1
    last_claimant: Claimant | None = None
    paragraph_claims: dict = field(default_factory=dict)   # type -> places of that sentence
    last_types: set = field(default_factory=set)            # the event types of that sentence
    places: tuple[Place, ...] = ()               # the last places named, for "the town"
    time: TimeSpan | None = None                 # the last time named, for "that night"


class _Extraction:
    """One article's walk through its sentences, in order: what earlier sentences said
    (speakers, places, the talks being followed) is what later ones point back to."""

    def __init__(self, article: Article, mentions: tuple[PlaceMention, ...]):
        self.article = article
        self.mentions = mentions
        self.published = article.published
        self.discourse = Discourse(media=media_claimant(article))
        self.voices = Voices(self.discourse)
        self.default_side = _document_side(mentions)
        self.claims: list[Claim] = []
        # where the talks the article follows are held, where the last attack struck
        self.last_place: dict[str, Place] = {}

    def run(self) -> list[Claim]:
        sentences = split_sentences(self.article)
        if not sentences or not about_the_war(self.article.body, self.mentions):
            return []                          # a storm, a football match: no claim of the war
        # a page of junk (a dump, a table) cannot make the parse cost run away
        wanted = [i for i, s in enumerate(sentences) if is_candidate(s.text)][:MAX_PARSED]
        docs = dict(zip(wanted, parse(self._parse_text(sentences[i]) for i in wanted)))
        state = _State()
        captions: set[int] = set()              # claims read from picture captions
        for i, sentence in enumerate(sentences):
            if sentence.paragraph != state.paragraph:
                state.paragraph, state.units = sentence.paragraph, None
                self.voices.start_paragraph(sentence.paragraph)
                self.discourse.sided.clear()
            doc = docs.get(i)
            if doc is None:
                continue
            following = sentences[i + 1] if i + 1 < len(sentences) else None
            made = len(self.claims)
            try:
                self._sentence(sentence, doc, following, sentences, i, state)
            except Exception:
                if os.environ.get(DEBUG_ENV):
                    raise
            if is_caption(sentence.text):
                captions.update(range(made, len(self.claims)))
        return _without_repeated_captions(self.claims, captions)

    def _parse_text(self, sentence: Sentence) -> str:
        """What the parser reads: the sentence, with a Title Case headline in sentence case."""
        spans = [(m.start - sentence.start, m.end - sentence.start) for m in self.mentions
                 if sentence.start <= m.start < sentence.end and sentence.offsets is None]
        return sentence_case(sentence.text, name_words(), spans)

    # --- one sentence ------------------------------------------------------------------

    def _sentence(self, sentence: Sentence, doc, following: Sentence | None,
                  sentences: list[Sentence], i: int, state: _State) -> None:
        """The claims of sentence ``i`` (parsed as ``doc``), appended to ``self.claims``."""
        self._note_people(doc)
        note_sided_nouns(doc, self.discourse)
        if len(doc) <= 8 and not any(t.pos_ in ("VERB", "AUX") for t in doc) and not any(t.like_num for t in doc):
            return                         # a subheading ("- Overnight attack -"), not a report
        attribution = find_attribution(doc, self.discourse)
        explicit = attribution is not None
        if explicit and attribution.claimant.side == "unknown" and (attribution.kind == "person" or attribution.local):
            # "Belgorod Governor X", "Krasnodar officials": the side of the place in their title
            attribution = self._titled_side(sentence, doc, attribution)
        if explicit:
            self.voices.heard(attribution, i)
            if attribution.verb is not None and standing_position(doc[attribution.verb]):
                return                     # "Kyiv has long said ...", "has previously said ..."
        else:
            attribution = self.voices.carried(sentence, sentences, i)
        continued = not explicit and self.voices.continued
        skip = _attribution_tokens(doc, attribution) if explicit else frozenset()

        triggers = find_triggers(doc, skip)
        figures, state.units = find_figures(doc, sentence.text, triggers, skip, state.units)
        if is_status_only(sentence.text) and state.last_index == i - 1 and not figures and all(
                t.start > 0 and doc[t.start - 1].lower_ in ("the", "these", "those") for t in triggers):
            return                         # "Moscow did not comment on the attacks": status of the last
        groups = event_groups(doc, triggers, figures)
        if not groups:
            return
        if continued and not (state.last_index == i - 1 and any(
                g.type in state.last_types or (g.type in OUTCOMES and "strike" in state.last_types)
                for g in groups)):
            attribution = None             # a new topic after a quote is the outlet's again
        if continued and attribution is not None and not figures and all(_named_before(doc, t) for t in triggers):
            attribution = None             # "The pause was quickly felt", "No deal came of that meeting": the outlet's
        speech = attribution.verb if explicit else None
        if speech is not None and doc[speech].lemma_.lower() in PERCEPTION:
            speech = None                  # "AFP journalists heard explosions in central Kyiv"
        self._place_groups(sentence, doc, groups, triggers, skip, speech,
                           attribution if explicit else None, i, state, attribution)
        places = [p for g in groups for p in g.places if not g.inherited]
        dated = dateline_end(sentence.text)          # "ISTANBUL, March 6 (Reuters) -" is not a time
        text = " " * dated + sentence.text[dated:]
        time = event_time(text, self.published)
        if time is None and _TIME_ANAPHORA.search(sentence.text) and state.last_index >= i - 3:
            time = state.time
        asides = _asides(doc)
        if asides:                                   # "Russia, which annexed Crimea in 2014, fired ..."
            time = event_time(text, self.published, outside=asides)
        for g in groups:                             # each claim's own time: in its clause, or nearest
            if g.heads:
                word = doc[g.heads[0]]
                clause = word if word.pos_ in ("VERB", "AUX") else word.head
                span = (clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge))
                g.time = event_time(text, self.published, word.idx, g.modality == "planned", span,
                                    tuple(a for a in asides if not a[0] <= word.idx < a[1]))
            g.time = g.time or time
        vague = attribution is None or quoted(sentence.text) or (
            attribution.claimant.side == "unknown" and not attribution.local)
        if vague and not concrete(figures, places, time):
            return                         # background, an opinion in a quote, a vague source
        if attribution is None and not figures and (time is None or time.precision == "year") \
                and generic_present(doc):
            return                         # "The agreements refer to protocols ...": a state of things

        claimant = self._claimant(attribution, places)
        relative = relative_attributions(doc, self.discourse)
        status, from_next = status_of(sentence.text, following.text if following and
                                      following.paragraph == sentence.paragraph else None)
        end = following.end if from_next and following is not None else sentence.end
        evidence = Evidence(self.article.source_text[sentence.start:end], sentence.start, end)
        weapon = find_weapon(doc)
        reading = explicit and analysts_reading(doc, attribution.verb)
        made: list[EventGroup] = []
        for g in groups:
            if attribution is None and g.modality == "hypothetical" and not g.figures:
                continue                   # the outlet's speculation: "whether fighting intensifies"
            if attribution is None and g.modality in ("planned", "threatened") \
                    and g.type not in ("negotiation", "prisoner_exchange"):
                continue                   # an analyst's forecast or the aims it reads: "Moscow aims to seize"
            if not g.figures and generic_plural(doc, g) and not concrete([], g.places, _short(g.time)):
                continue                   # "accused Russia of using drones in strikes": a practice
            if (g.time is not None and g.time.end and g.time.end < WAR_START_ISO) \
                    or is_history(g.time, self.published) or dated_before_war(doc, g.heads):
                continue                   # history, not news (claims.md section 2)
            if early_in_the_war(doc, g.heads) or _war_start_day(g.time, sentence.text, self.published):
                continue                   # "Early in the war, ...", "On 24 February 2022, ...": history too
            if reading and not g.figures and _coarse(g.time):
                continue                   # "the data shows that Russia is paying ...": a reading, not an event
            if attribution is None and not g.figures and _coarse(g.time) and (
                    state_over_span(doc, g.heads)
                    or (war_aim(doc, g.heads) and all(p.precision in ("country", "region") for p in g.places))):
                continue                   # "attacks have in recent months focused on ...", "is fighting to gain ..."
            if elsewhere(g.places, sentence.text, self._paragraph(sentence)) \
                    or other_war(sentence.text, self._paragraph(sentence)):
                continue                   # floods in Brazil, a drone attack in Sudan: another story
            if allied_business(g.type, sentence.text, _subject_text(doc, g.heads)):
                continue                   # a NATO summit, the alliance's own deployments
            who = self._claimant(attribution, g.places) if g.inherited else claimant
            for inner, scope, participle in relative:  # "..., which Ukraine says are responsible for ..."
                if g.heads and all(h in scope for h in g.heads) and not (participle and explicit):
                    who = self._claimant(inner, g.places)
            quantities = _dedupe(f.quantity for f in g.figures)
            actor, target = _sides(g.type, doc, g.heads[0] if g.heads else None, who)
            if who is claimant and attribution is not None and attribution.local and target in SIDE_PAIRS \
                    and attribution.kind != "person" and attribution.claimant.side == "unknown" \
                    and not any(p.country in SIDE_PAIRS for p in g.places) and g.type in TARGETED:
                who = replace(who, side=target)   # "Russia launched 122 missiles, officials said": the attacked side's
            others = attribution.also if attribution is not None and who is claimant else ()
            for speaker in (who, *others):          # "both sides said": one claim for each
                for place in (g.places or [None]):
                    self.claims.append(Claim(
                        doc_id=self.article.doc_id, type=g.type, claimant=speaker, evidence=evidence,
                        quantities=quantities, actor_side=actor, target_side=target,
                        weapon=_weapon_of(quantities, weapon) if g.type in WEAPON_TYPES else None,
                        place=place, time=g.time, modality=g.modality, status=status))
            made.append(g)
        if not made:
            return
        state.last_index, state.last_claimant = i, claimant
        state.last_paragraph = sentence.paragraph
        state.last_types = {g.type for g in made}
        state.paragraph_claims = {g.type: tuple(g.places) for g in made if g.places}
        for g in made:
            if g.places and g.type in ("negotiation", "strike"):
                self.last_place[g.type] = g.places[0]
        self._framing_claims(sentence, doc, triggers, evidence, speech, skip)
        if places:
            state.places = tuple(places)
        if time is not None:
            state.time = time

    def _paragraph(self, sentence: Sentence) -> str:
        body = self.article.body
        return body[sentence.paragraph] if 0 <= sentence.paragraph < len(body) else ""

    def _titled_side(self, sentence: Sentence, doc, attribution: Attribution) -> Attribution:
        """ "Izyum Military Administration Head Serhiy Fedchenko", "Belgorod Governor X": a
        person of unknown side speaks for the country of the place in their title."""
        countries = {p.country for p in self._places_in_title(sentence, doc, attribution) if p.country in SIDE_PAIRS}
        if len(countries) != 1:
            return attribution
        side = countries.pop()
        return replace(attribution, claimant=replace(attribution.claimant, side=side), local=False)

    def _title_places(self, sentence: Sentence, doc, attribution: Attribution) -> list[Place]:
        """The region or town in a local official's title ("Belgorod Governor X", "the mayor of
        Kharkiv"): where that official's unplaced report happened."""
        if attribution.kind not in ("person", "local") and not attribution.office:
            return []
        out = [p for p in self._places_in_title(sentence, doc, attribution)
               if p.precision in ("region", "settlement", "district")]
        return out[:1]

    def _places_in_title(self, sentence: Sentence, doc, attribution: Attribution) -> list[Place]:
        """The places named among the attribution's own words, in order, each once."""
        out: list[Place] = []
        for m in mentions_in(sentence, self.mentions):
            span = doc.char_span(m.start - sentence.start, m.end - sentence.start, alignment_mode="expand") \
                if sentence.offsets is None else None
            if span is not None and any(t.i in attribution.tokens for t in span) and m.place not in out:
                out.append(m.place)
        return out

    def _note_people(self, doc) -> None:
        """People the sentence names, for "Hoffman said" or "she told" later."""
        for tok in doc:
            if tok.pos_ == "PROPN" and tok.dep_ not in ("compound", "flat"):
                name = person_name(tok)
                if name and " " in name:
                    titles = " ".join(c.text for c in tok.subtree if c.i < tok.i and c.dep_ in
                                      ("amod", "compound", "nmod") and c.pos_ != "PROPN")
                    side = side_from_words(titles)
                    if side is None and tok.dep_ == "appos":   # "a spokesperson for a Ukrainian corps, Maj. X"
                        side = side_from_words(doc[tok.head.left_edge.i:tok.head.i + 1].text)
                    self.discourse.note_person(name, side or "unknown")

    def _place_groups(self, sentence: Sentence, doc, groups: list[EventGroup], triggers: list[Trigger],
                      skip: frozenset[int], speech: int | None, attribution: Attribution | None,
                      i: int, state: _State, voice: Attribution | None = None) -> None:
        """Each group's places: those the sentence ties to its words, else the places a
        later sentence points back to ("the town", "the talks", the report that goes on)."""
        # a place inside talks or inside an event named only as a time is not another event's
        framing = [t.head for t in triggers if t.anchor or t.type == "negotiation"]
        for g in groups:
            g.places = sentence_places(sentence, doc, self.mentions, skip, g.heads, g.type, speech,
                                       [h for h in framing if h not in g.heads])
            if g.type != "negotiation" and all(p.country is None for p in g.places):
                # "into the country", "nationwide": the speaker's country, else the article's;
                # "over eight Russian regions and the Black Sea": the country, not the sea
                own = attribution.claimant.side if attribution is not None else None
                whole = country_place(sentence.text, own if own in SIDE_PAIRS else self.default_side)
                g.places = [whole] if whole is not None else g.places
        if not any(g.places for g in groups) and _PLACE_ANAPHORA.search(sentence.text) \
                and state.last_index >= i - 5 and not any(
                    m.place.precision != "country" for m in mentions_in(sentence, self.mentions)):
            for g in groups:
                g.places = list(state.places)                     # "Russia shelled the town"
        speaker = attribution if attribution is not None else voice
        same_source = (speaker is not None and state.last_claimant is not None
                       and (speaker.claimant.name, speaker.claimant.side)
                       == (state.last_claimant.name, state.last_claimant.side))
        follows = state.last_index == i - 1 and state.last_paragraph == sentence.paragraph
        for g in groups:
            if g.places:
                continue
            g.inherited = True
            if g.type in self.last_place and definite(doc, triggers, g.type):
                g.places = [self.last_place[g.type]]              # "The talks will resume", "the attack"
            elif follows and same_source and state.paragraph_claims.get(g.type):
                g.places = list(state.paragraph_claims[g.type])   # the report goes on
            elif follows and speaker is not None and g.type in OUTCOMES \
                    and state.paragraph_claims.get("strike"):
                g.places = list(state.paragraph_claims["strike"])  # what the strike just named did
            else:
                g.inherited = False
        strike = next((g for g in groups if g.type == "strike" and g.places), None)
        for g in groups:                   # an outcome has its strike's place (claims.md rule 7)
            if not g.places and g.type in OUTCOMES and strike is not None:
                g.places, g.inherited = list(strike.places), strike.inherited
        for g in groups:                   # the drones shot down are those launched "at Ukraine"
            if g.type == "interception" and not g.places:
                whole = [p for p in (strike.places if strike is not None and not strike.inherited else ())
                         if p.precision == "country"]
                if not whole and follows and same_source:
                    whole = [p for p in state.paragraph_claims.get("strike", ()) if p.precision == "country"]
                if whole:
                    g.places, g.inherited = whole[:1], True
        if attribution is not None and any(not g.places and g.type not in ("negotiation",) for g in groups):
            titled = self._title_places(sentence, doc, attribution)
            for g in groups:               # "Volgograd Gov. X said debris sparked a fire ...": his region
                if not g.places and g.type != "negotiation" and titled:
                    g.places = titled
        for g in groups:                   # "occupies about 20% of Ukraine, including Crimea ..."
            if g.type == "territorial_change" and any(
                    f.quantity.scope == "area" and f.quantity.unit == "other" for f in g.figures):
                whole = _share_whole(sentence, self.mentions)
                if whole is not None:
                    g.places, g.inherited = [whole], False

    def _framing_claims(self, sentence: Sentence, doc, triggers: list[Trigger], evidence: Evidence,
                        speech: int | None, skip: frozenset[int]) -> None:
        """Talks that only date a statement ("Before Wednesday's talks in Geneva had begun,
        Zelenskyy told ...") are the outlet's own report of the talks, where they name a place."""
        anchors = [t for t in triggers if t.anchor and t.type == "negotiation"]
        if not anchors or any(t.type == "negotiation" and not t.anchor for t in triggers):
            return
        if speech is not None:
            said = {tok.i for c in doc[speech].children if c.dep_ in ("ccomp", "xcomp") for tok in c.subtree}
            if all(t.head in said for t in anchors):
                return                     # 'X told reporters that the talks in Geneva "were difficult"': X's words
        # only places inside the dating phrase itself: "before the talks in Geneva had begun"
        inside = set()
        for t in anchors:
            inside.update(tok.i for tok in doc[t.head].subtree)
            verb = doc[t.head].head
            if any(c.dep_ == "mark" for c in verb.children):
                inside.update(tok.i for tok in verb.subtree)
        outside = frozenset(k for k in range(len(doc)) if k not in inside)
        places = sentence_places(sentence, doc, self.mentions, skip | outside, [t.head for t in anchors],
                                 "negotiation", speech)
        places = [p for p in places if p.precision != "country"]
        for place in places:
            self.claims.append(Claim(doc_id=self.article.doc_id, type="negotiation",
                                     claimant=self.discourse.media, evidence=evidence, place=place,
                                     time=None, modality="actual", status="asserted"))
        if places:
            self.last_place["negotiation"] = places[0]

    def _claimant(self, attribution: Attribution | None, places: list[Place]) -> Claimant:
        if attribution is None:
            return self.discourse.media
        claimant = attribution.claimant
        if attribution.local and claimant.side == "unknown":
            countries = {p.country for p in places if p.country in ("UA", "RU")}
            if len(countries) == 1:
                claimant = replace(claimant, side=countries.pop())
            elif attribution.kind != "person":     # an unnamed body: the article's side
                claimant = replace(claimant, side=self.default_side)
        return claimant


_SHARE_OF = re.compile(r"(?:%|\bper\s?cent)\s+of\s+(?:the\s+)?(?:(?:country|territory|land)\s+of\s+)?"
                       r"(?P<name>[A-Z][\w’'-]+)", re.IGNORECASE)


def _share_whole(sentence: Sentence, mentions: Sequence[PlaceMention]) -> Place | None:
    """The country a share of territory is a share of ("20 percent of Ukraine's territory"):
    the claim's place, not the regions the sentence lists as examples."""
    m = _SHARE_OF.search(sentence.text)
    if m is None:
        return None
    for mention in mentions_in(sentence, mentions):
        if mention.place.precision == "country" and mention.text.lower().startswith(
                m.group("name").lower().rstrip("’'s")[:5]):
            return mention.place
    return None


def _asides(doc) -> tuple[tuple[int, int], ...]:
    """The character spans of relative clauses set off by commas ("Russia, which annexed
    Crimea in 2014, fired ..."): they describe a word, and their times are not the event's."""
    out = []
    for tok in doc:
        if tok.dep_ == "relcl" and tok.i > 0 and any(doc[k].text == "," for k in range(tok.left_edge.i - 1,
                                                                                      tok.left_edge.i)):
            out.append((tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)))
    return tuple(out)


_BACK_DETS = frozenset({"the", "that", "this", "these", "those", "no"})


def _named_before(doc, trigger: Trigger) -> bool:
    """An event word that points back to an event already named ("the pause", "that meeting")
    or says none took place ("no agreement"): a sentence of only these tells no new report."""
    word = doc[trigger.head]
    nouns = [word, word.head.head] if word.dep_ == "pobj" and word.head.dep_ == "prep" else [word]
    # "the halt in hostilities": the event word may hang from the noun the determiner marks
    return any(c.dep_ == "det" and c.lower_ in _BACK_DETS for n in nouns for c in n.children)


def _coarse(time: TimeSpan | None) -> bool:
    """No time, or none finer than a week: a state may hold over it."""
    return time is None or time.precision not in ("hour", "part_of_day", "day")


def _war_start_day(time: TimeSpan | None, sentence: str, published: str | None) -> bool:
    """The invasion's first day itself, on a page of a later year ("On 24 February 2022, Russia
    attacked"): history. A tally from that day ("since February 24, 2022") is not."""
    if time is None or time.start != WAR_START_ISO or time.end != WAR_START_ISO:
        return False
    if not published or published[:4] <= WAR_START_ISO[:4]:
        return False
    return re.search(r"\b(?:since|from)\s+(?:on\s+)?" + re.escape(time.text), sentence, re.IGNORECASE) is None


def _short(time: TimeSpan | None) -> TimeSpan | None:
    """A time that dates one event (a day or less), else None: "in recent weeks" does not."""
    return time if time is not None and time.precision in ("hour", "part_of_day", "day") \
        and _days(time) <= 2 else None


def _days(time: TimeSpan) -> int:
    try:
        return (date.fromisoformat(time.end[:10]) - date.fromisoformat(time.start[:10])).days
    except (TypeError, ValueError):
        return 0


def _claim_key(claim: Claim) -> tuple:
    place = claim.place
    return claim.type, claim.claimant.side, place.admin1 or place.country if place else None


def _without_repeated_captions(claims: list[Claim], captions: set[int]) -> list[Claim]:
    """The claims, less those of picture captions that the body already makes (the same
    type, claimant side and place): a caption is a claim only for facts the body lacks."""
    if not captions:
        return claims
    body = {_claim_key(c) for k, c in enumerate(claims) if k not in captions}
    return [c for k, c in enumerate(claims) if k not in captions or _claim_key(c) not in body]


def _attribution_tokens(doc, attribution: Attribution) -> frozenset[int]:
    """The attribution's words and the relative clause that describes the source ("Russia,
    which has signalled ..., said"): neither carries the claim."""
    out = set(attribution.tokens)
    reporting = lexicon().reporting_verbs
    for i in attribution.tokens:
        for c in doc[i].children:
            if c.dep_ == "relcl":
                said = {t.i for k in c.children if k.dep_ not in ("nsubj", "aux", "advmod", "punct")
                        for t in k.subtree} \
                    if c.lemma_.lower() in reporting and any(k.dep_ == "ccomp" for k in c.children) else set()
                # "the air force, which said 398 of the drones had been shot down": what the
                # source says in its own relative clause is the claim, not a description of it
                out.update(t.i for t in c.subtree if t.i not in said)
    return frozenset(out)


_WEAPON_UNITS = {"drone": "drone", "missile": "missile", "glide_bomb": "glide_bomb", "shell": "artillery",
                 "aircraft": "aircraft"}


def _weapon_of(quantities: tuple[Quantity, ...], sentence_weapon: str) -> str:
    """The weapon the claim's own figures count ("shot down 139 drones": drone), else the
    weapon the sentence names."""
    kinds = {_WEAPON_UNITS[q.unit] for q in quantities if q.unit in _WEAPON_UNITS}
    if not kinds:
        return sentence_weapon
    return kinds.pop() if len(kinds) == 1 else "mixed"


def _dedupe(quantities) -> tuple[Quantity, ...]:
    out: list[Quantity] = []
    for q in quantities:
        if q not in out:
            out.append(q)
    return tuple(out)


def _sides(type_: ClaimType, doc, head: int | None, claimant: Claimant) -> tuple[str | None, str | None]:
    """Who did it and to whom, from the words on the event: "Russian drone strikes",
    "Ukrainian forces shot down", "its forces" (the claimant's)."""
    if head is None or type_ not in ("strike", "interception", "ground_combat", "territorial_change",
                                     "casualties", "infrastructure_damage", "capture"):
        return None, None
    tok = doc[head]
    words = []
    reporting = lexicon().reporting_verbs
    for node in (tok, tok.head):
        if node is not tok and node.lemma_.lower() in reporting:
            continue                      # "Ukraine's SES reported drone impacts": the speaker is no actor
        for c in node.children:
            if c.dep_ in ("nsubj", "amod", "compound", "poss", "agent", "nmod"):
                words.append(doc[c.left_edge.i:c.right_edge.i + 1].text)
    text = " ".join(words)
    actor = side_from_words(text)
    if actor is None and re.search(r"\b(?:its|our|their)\s+(?:forces|troops|units|air\s+defen[cs]e)",
                                   text, re.IGNORECASE) and claimant.side in SIDE_PAIRS:
        actor = claimant.side
    if actor == "third_party":
        actor = None
    if type_ == "interception" and actor is None and claimant.side in SIDE_PAIRS:
        actor = claimant.side
    if actor in SIDE_PAIRS:
        return actor, SIDE_PAIRS[actor]
    return None, None


def _subject_text(doc, heads: list[int]) -> str:
    """The grammatical subject of the clause of a claim's first event word ("Allies ... deployed")."""
    if not heads:
        return ""
    node = doc[heads[0]]
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return doc[subj.left_edge.i:subj.right_edge.i + 1].text
        if node.head.i == node.i:
            break
        node = node.head
    return ""


def _document_side(mentions: Sequence[PlaceMention]) -> str:
    """The side of unnamed local sources ("authorities said") when the sentence names no
    place: where most of the article's places are."""
    ua = sum(1 for m in mentions if m.place is not None and m.place.country == "UA")
    ru = sum(1 for m in mentions if m.place is not None and m.place.country == "RU")
    return "RU" if ru > ua else "UA"
