"""Topic: whether a page, or a sentence, is about the Russia-Ukraine war at all.

Claims are records of the war (claims.md section 2). A storm in Italy, a football match, a
drone attack in Sudan or a police raid in Uganda use the same words ("killed", "attack",
"clash") but are no claim. Two tests, both cheap:

- :func:`about_the_war`: a page is read only when its body names the war's parties, its
  people or its places (a word of :data:`WAR_WORDS`, or a place the geo stage resolved in
  Ukraine or Russia), or at least speaks of war (:data:`MILITARY_WORDS`);
- :func:`elsewhere`: an event placed only outside the war's countries, in a sentence and a
  paragraph that never name the war, belongs to another story ("Heavy rains in Brazil
  caused loss of life", "drone attack ... in central Sudan").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from frontwire.records import Place, PlaceMention

# the war's parties, leaders, envoys and most named places
WAR_WORDS = re.compile(
    r"\b(?:ukrain\w*|russia\w*|kyiv|kiev|moscow|kremlin|putin\w*|zelensk\w*|donbas+|crimea\w*|"
    r"donetsk|luhansk|kharkiv|kharkov|zaporizhzh\w*|zaporozh\w*|kherson|odesa|odessa|sevastopol|"
    r"belgorod|kursk|bryansk|dnipro\w*|dnepr\w*|sumy|mykolaiv|pokrovsk|bakhmut|kupiansk|kupyansk|"
    r"witkoff|kushner|dmitriev|umerov|medinsky|peskov|lavrov|shoigu|gerasimov|syrskyi|budanov|"
    r"wagner|kadyrov|belarus\w*|lukashenko|soviet|nato|shahed\w*|iskander\w*|kinzhal\w*|"
    r"kalibr\w*|oblast\w*)\b", re.IGNORECASE)
WAR_COUNTRIES = frozenset({"UA", "RU", "BY", "MD"})
# words of any war: a page with none of them (a storm, a football match) reports no claim of it
MILITARY_WORDS = re.compile(
    r"\b(?:war|wars|wartime|invasion|invaded|occupied|occupation|troops|soldiers|army|military|"
    r"shell(?:s|ed|ing)?|artillery|drones?|missiles?|rockets?|air\s+force|air\s+defen[cs]es?|"
    r"front\s*line|frontline|ceasefire|truce|prisoners?\s+of\s+war|pows?|airstrikes?|bombs?|bombing|"
    r"bombardment|attack(?:s|ed)?|strikes?|explosions?|combat|offensive|enemy|prisoners?|captives|"
    r"hostilities)\b", re.IGNORECASE)


def names_the_war(text: str) -> bool:
    return WAR_WORDS.search(text) is not None


def silent_on_the_war(*texts: str) -> bool:
    """Whether none of ``texts`` (a sentence, its paragraph) names the war."""
    return not any(names_the_war(t) for t in texts if t)


def about_the_war(body: Iterable[str], mentions: Iterable[PlaceMention] = ()) -> bool:
    """Whether an article's body may be about the war: it names it, a place in it, or
    speaks of war at all ("the governor said four people were killed by shelling")."""
    if any(m.place is not None and m.place.country in ("UA", "RU") for m in mentions):
        return True
    return any(names_the_war(p) or MILITARY_WORDS.search(p) for p in body)


def elsewhere(places: Iterable[Place], *texts: str) -> bool:
    """Whether an event placed at ``places`` belongs to another story: every place lies
    outside the war's countries and none of ``texts`` (the sentence, its paragraph) names
    the war."""
    places = list(places)
    if not places or any(p.country in WAR_COUNTRIES or p.country is None for p in places):
        return False
    return silent_on_the_war(*texts)


# the parties and places of other wars: a sentence that names one of them and not this war tells another story
OTHER_WARS = re.compile(r"\b(?:rsf|rapid\s+support\s+forces|sudan\w*|darfur|khartoum|el[-\s]fasher|hamas|hezbollah|"
                        r"houthis?|gaza\w*|idf|taliban|m23|al[-\s]shabaab|myanmar|tigray\w*)\b", re.IGNORECASE)


def other_war(sentence: str, paragraph: str = "") -> bool:
    """Whether a sentence reports another war: it names a party or place of one ("drone strikes
    by the RSF", "in Gaza") and neither it nor its paragraph names this war (as :func:`elsewhere`)."""
    return OTHER_WARS.search(sentence) is not None and silent_on_the_war(sentence, paragraph)


# the allies' own bodies: their summits, councils and deployments are not the war's talks or build-up
ALLIANCE = re.compile(r"\b(?:nato|allies|alliance|north\s+atlantic\s+council|g7|g-7|european\s+council)\b",
                      re.IGNORECASE)
RUSSIAN_PARTY = re.compile(r"\b(?:russia\w*|moscow|kremlin|putin\w*|peskov|lavrov|medinsky|dmitriev|ushakov)\b",
                           re.IGNORECASE)
TALKS_WORDS = re.compile(r"\b(?:peace|ceasefire|cease-fire|truce|talks|negotiat\w*|prisoners?|exchange|swap|"
                         r"mediat\w*|settlement)\b", re.IGNORECASE)

_TO_UKRAINE = re.compile(r"\b(?:to|in|into|inside)\s+ukraine\b", re.IGNORECASE)


def allied_business(type_: str, sentence: str, subject: str = "") -> bool:
    """Whether a negotiation or mobilization is the allies' own business, no claim of the war:
    a summit or council of NATO or the EU that no Russian party attends and that speaks of
    no talks, peace or prisoners ("At the summit, Allies agreed to ..."), or troops that the
    alliance itself (``subject``, the event's grammatical subject) deploys."""
    if type_ == "negotiation":
        return bool(ALLIANCE.search(sentence)) and not RUSSIAN_PARTY.search(sentence) \
            and not TALKS_WORDS.search(sentence)
    if type_ == "mobilization":              # not "allies committed to deploying forces to Ukraine"
        return bool(ALLIANCE.search(subject)) and not _TO_UKRAINE.search(sentence)
    return False
