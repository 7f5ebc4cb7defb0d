"""Voices: who speaks in a sentence that names no source.

A sentence with its own attribution ("..., the air force said") is read by
:mod:`frontwire.extract.attribution`. The others speak with one of these voices:

- a quotation that runs on over several sentences keeps its speaker, whether the speaker
  was named before ('"...," Zelenskyy wrote. "Many meetings ..."') or is named where the
  quotation closes, later in the paragraph;
- a sentence that refers back to the last one ("Of these, 101 drones were shot down")
  keeps the last one's source; so does one followed by a pronoun that names it ("The
  troops were released into Belarus. They ..., the Russian Defence Ministry said.");
- a paraphrased Ukrainian military report ("the enemy attacked 34 times on the Pokrovsk
  direction") speaks for the Ukrainian source named just before, or for the Ukrainian
  Air Force or General Staff when the enemy's attack is told in their own words;
- anything else is the outlet's own voice (:func:`media_claimant`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlparse

from frontwire.extract.attribution import Attribution, Discourse
from frontwire.extract.lexicon import claimants
from frontwire.extract.sentences import Sentence
from frontwire.records import Article, Claimant

QUOTES_OPEN = "“\""
_AGENCY_DATELINE = re.compile(r"\((AP|AFP|Reuters)\)")
# the words of a Ukrainian military report, paraphrased: its speaker carries on
_ENEMY_VOICE = re.compile(r"\b(?:the\s+enemy|enemy\s+(?:attacks?|forces|troops|drones|assaults?)|"
                          r"the\s+occupiers|the\s+invaders|russian\s+occupiers|"
                          r"(?:on|in)\s+the\s+[\w\s,'’-]{0,160}\bdirections?\b|engagements?\s+remain|"
                          r"sectors?\s+of\s+the\s+front|"
                          r"air\s+defen[cs]es?\s+(?:forces\s+|systems\s+|units\s+)?(?:had\s+|have\s+)?"
                          r"(?:shot|destroyed|intercepted|downed|neutrali[sz]ed)|"
                          r"(?:drones|missiles)\s+(?:were|was)\s+(?:lost|shot|destroyed|intercepted|suppressed))",
                          re.IGNORECASE)
_ENEMY_ACTS = re.compile(r"\bthe\s+enemy\s+(?:\w+\s+)?(?:attacked|launched|struck|shelled|fired|attempted|"
                         r"tried|carried\s+out|used|stormed|advanced|conducted)\b", re.IGNORECASE)
# "Defence Forces repelled five attacks": the Ukrainian General Staff's own words
_DEFENCE_ACTS = re.compile(r"\b(?:the\s+)?Defen[cs]e\s+[Ff]orces\s+(?:of\s+Ukraine\s+)?(?:\w+\s+)?"
                           r"(?:repelled|repulsed|stopped|destroyed|eliminated|struck|hit|shot|downed)\b")
# the Russian Ministry of Defence's bulletin, paraphrased: "The Zapad Group of Forces has improved
# the tactical situation", "The AFU losses amounted to up to 190 troops", "the Kiev regime"
_RU_REPORT = re.compile(r"\b(?:Sever|Zapad|Yug|Tsentr|Vostok|Dnepr|Dnipro)\s+(?:Group|Grouping)\s+of\s+(?:Forces|Troops)\b"
                        r"|\b(?:the\s+)?AFU(?:['’]s)?\s+(?:losses|lost)\b|\bKiev\s+regime\b"
                        r"|\binflicted\s+(?:a\s+)?(?:fire\s+)?(?:damage|defeat)\s+on\b"
                        r"|\bformations\s+of\s+(?:the\s+)?(?:AFU|Ukrainian\s+Armed\s+Forces)\b")
# the outlet hedging in its own voice: not the last speaker going on
_OWN_HEDGE = re.compile(r"\b(?:reportedly|allegedly|according\s+to|assesses|assessed|observed)\b", re.IGNORECASE)
_AIR_ATTACK = re.compile(r"\b(?:drones?|uavs?|missiles?|shaheds?|air\s+defen[cs]e)\b", re.IGNORECASE)
_BACK_REFERENCE = re.compile(r"^\W*(?:of\s+(?:these|them|those|which)|among\s+(?:them|these)|"
                             r"the\s+(?:rest|remaining|others)|most\s+of\s+(?:them|these)|"
                             r"all\s+(?:of\s+)?(?:them|these))\b", re.IGNORECASE)
_QUOTE_CLOSES = re.compile(
    r"[”\"]\s*,?\s*(?:said|says|wrote|added|told|stated)\s+([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})"
    r"|[”\"]\s*,?\s*((?:the\s+)?[A-Z]?[\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s+"
    r"(?:said|says|wrote|added|told|stated)\b")
_TRAILING_SOURCE = re.compile(
    r",\s+(?P<who>(?:the\s+)?[A-Za-z][\w’'.-]*(?:\s+[\w’'.-]+){0,5}?)\s+"
    r"(?:said|says|reported|added|told\s+\w+|stated|announced)\b[^.]{0,60}\.?$")


def media_claimant(article: Article) -> Claimant:
    """The outlet's own voice: the agency, else the agency of the dateline ("KYIV (AP) —"),
    else the outlet the URL belongs to, else the URL's host."""
    lex = claimants()
    host = _host(article.url)
    for text in (article.agency, _dateline_agency(article)):
        ent = lex.lookup(text) if text else None
        if ent is not None and ent.side == "media":
            return Claimant(None, ent.name, "media")
    ent = lex.outlet(host) if host else None
    if ent is not None:
        return Claimant(None, ent.name, "media")
    return Claimant(None, host.removeprefix("www.") if host else None, "media")


def _dateline_agency(article: Article) -> str | None:
    for para in article.body[:3]:
        m = _AGENCY_DATELINE.search(para[:80])
        if m:
            return m.group(1)
    return None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlparse(url).hostname or None
    except ValueError:
        return None


def quoted(text: str) -> bool:
    """A sentence of direct speech: it opens with a quotation mark, or closes a quotation
    that an earlier sentence opened ('He misuses the talks," the spokesperson said.')."""
    text = text.lstrip()
    if text[:1] in QUOTES_OPEN:
        return True
    first = re.search(r"[“”\"]", text)
    if first is None:
        return False
    if first.group() == "”":
        return True
    if first.group() == "\"":
        at = first.start()
        return text.count("\"") % 2 == 1 and (at == 0 or text[at - 1] in ",.!?;:")
    return False


@dataclass
class Voices:
    """Who has spoken so far in an article, for the sentences that name no source."""

    discourse: Discourse
    paragraph: int = -1
    paragraph_speaker: Attribution | None = None   # the last source named in this paragraph
    spoke_at: int = -10                             # ... in which sentence
    last_named_at: int = -100                      # the last sentence that named any source
    report: Attribution | None = None              # a military report the text paraphrases
    report_paragraph: int = -1
    continued: bool = False                        # the last carried voice only went on from the last sentence
    previous_speaker: Attribution | None = None    # the last source named in the paragraph before

    def start_paragraph(self, paragraph: int) -> None:
        if paragraph != self.paragraph:
            self.previous_speaker = self.paragraph_speaker
            self.paragraph, self.paragraph_speaker = paragraph, None

    def heard(self, attribution: Attribution, i: int) -> None:
        """A sentence named its source."""
        self.discourse.remember(attribution)
        self.paragraph_speaker, self.spoke_at, self.last_named_at = attribution, i, i

    def carried(self, sentence: Sentence, sentences: list[Sentence], i: int) -> Attribution | None:
        """The speaker of sentence ``i``, which names none; None for the outlet's own voice.
        ``continued`` tells afterwards whether it is only the last speaker, carried on: the
        caller keeps it for the same events as the last sentence's (claims.py)."""
        self.continued = False
        closing = _quote_speaker_ahead(sentence, sentences, i)
        if closing is not None:
            return closing
        if self.previous_speaker is not None and self.spoke_at >= i - 2 and _opens_quoted_paragraph(
                sentence, sentences, i):
            return self.previous_speaker    # 'X said ... / "Between yesterday and today, ..."': X goes on
        just_spoke = self.paragraph_speaker is not None and self.spoke_at == i - 1
        if just_spoke and (_BACK_REFERENCE.match(sentence.text) or quoted(sentence.text)):
            return self.paragraph_speaker   # "Of these, 101 were ...", '"...," X said. "..."'
        if just_spoke and self.paragraph_speaker.claimant.side in ("UA", "RU") and not _OWN_HEDGE.search(sentence.text):
            self.continued = True           # the report may go on: "A high-rise building was damaged."
            return self.paragraph_speaker
        if _ENEMY_VOICE.search(sentence.text):
            report = None
            last = self.discourse.last
            if last is not None and (last.claimant.side == "UA" or (last.local and last.claimant.side == "unknown")) \
                    and i - self.last_named_at <= 3:
                report = last
            elif last is not None and last.claimant.side == "RU" and last.kind in ("org", "state") \
                    and i - self.last_named_at <= 3:
                report = last                   # Moscow's bulletin calls Ukraine's forces "the enemy" too
            elif _ENEMY_ACTS.search(sentence.text):
                # the Ukrainian military's own report: "the enemy attacked with 94 drones"
                name = "Ukrainian Air Force" if _AIR_ATTACK.search(sentence.text) else \
                    "General Staff of the Armed Forces of Ukraine"
                report = Attribution(Claimant(None, name, "UA"), kind="org")
            if report is not None:
                self.last_named_at = i                      # the report runs on
                self.report, self.report_paragraph = report, sentence.paragraph
                return report
        if _DEFENCE_ACTS.search(sentence.text):
            report = Attribution(Claimant(None, "General Staff of the Armed Forces of Ukraine", "UA"), kind="org")
            self.last_named_at, self.report, self.report_paragraph = i, report, sentence.paragraph
            return report
        if _RU_REPORT.search(sentence.text):
            last = self.discourse.last
            report = last if last is not None and last.claimant.side == "RU" and last.kind in ("org", "state") \
                and i - self.last_named_at <= 8 else \
                Attribution(Claimant(None, "Russian Ministry of Defence", "RU"), kind="org")
            self.last_named_at, self.report, self.report_paragraph = i, report, sentence.paragraph
            return report
        if self.report is not None and self.report_paragraph == sentence.paragraph:
            return self.report                              # the rest of a paragraph of that report
        return _attribution_ahead(sentence, sentences, i)


def _quote_speaker_ahead(sentence: Sentence, sentences: list[Sentence], i: int) -> Attribution | None:
    """A sentence inside a quotation whose speaker is named where the quote closes, later
    in the paragraph: '"The situation remains difficult. ...," Shmyhal wrote.'"""
    text = sentence.text.lstrip()
    if not text or text[0] not in QUOTES_OPEN:
        return None
    for later in sentences[i:i + 4]:
        if later.paragraph != sentence.paragraph:
            break
        m = _QUOTE_CLOSES.search(later.text)
        if m:
            name = m.group(1) or m.group(2)
            ent = claimants().lookup(name)
            if ent is not None:
                return Attribution(Claimant(name, ent.name, ent.side), kind=ent.kind)
            return None
    return None


def _opens_quoted_paragraph(sentence: Sentence, sentences: list[Sentence], i: int) -> bool:
    """A paragraph that is a quotation with no speaker of its own: it opens with a quotation
    mark and no sentence of it names who speaks."""
    if sentence.text.lstrip()[:1] not in QUOTES_OPEN or (i > 0 and sentences[i - 1].paragraph == sentence.paragraph):
        return False
    for later in sentences[i:i + 6]:
        if later.paragraph != sentence.paragraph:
            break
        if _QUOTE_CLOSES.search(later.text) or _TRAILING_SOURCE.search(later.text):
            return False
    return True


def _attribution_ahead(sentence: Sentence, sentences: list[Sentence], i: int) -> Attribution | None:
    """A sentence whose next one, in the same paragraph, goes on with a pronoun and names
    the source at its end: "The troops were released into Belarus. They were expected to
    travel ..., the Russian Defense Ministry said." """
    if i + 1 >= len(sentences):
        return None
    nxt = sentences[i + 1]
    if nxt.paragraph != sentence.paragraph or not re.match(r"(?:They|It|He|She)\b", nxt.text):
        return None
    m = _TRAILING_SOURCE.search(nxt.text)
    if m is None:
        return None
    ent = claimants().lookup(m.group("who"))
    if ent is None or ent.side == "media":
        return None
    return Attribution(Claimant(m.group("who"), ent.name, ent.side), kind=ent.kind)
