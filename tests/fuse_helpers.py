"""Claims and articles for the fuse tests, written for them (no publisher's text)."""

from __future__ import annotations

from frontwire.fuse.events import ClaimItem
from frontwire.pipeline import Processed
from frontwire.records import (Article, Claim, Claimant, Document, Evidence, Place, Quantity, TimeSpan)

AIR_FORCE = Claimant("Ukraine's air force", "Ukrainian Air Force", "UA")
RU_MOD = Claimant("Russia's Defense Ministry", "Russian Ministry of Defence", "RU")
NIGHT = TimeSpan("overnight", "2026-03-07T18:00", "2026-03-08T09:00", "part_of_day")
KHARKIV = Place("Kharkiv", "Kharkiv", "UA", "UA-63", "settlement", 706483, 49.98, 36.25)


def claim(doc_id: str = "d1", type: str = "interception", claimant: Claimant = AIR_FORCE,
          quantities: tuple[Quantity, ...] = (), text: str = "A sentence.", **kw) -> Claim:
    return Claim(doc_id=doc_id, type=type, claimant=claimant,  # type: ignore[arg-type]
                 evidence=Evidence(text, 0, len(text)), quantities=quantities, **kw)


def downed(n: int, unit: str = "drone") -> Quantity:
    return Quantity("intercepted", unit, n)  # type: ignore[arg-type]


def launched(n: int, unit: str = "drone") -> Quantity:
    return Quantity("launched", unit, n)  # type: ignore[arg-type]


def item(claim_id: str, c: Claim, published: str | None = "2026-03-08", source: str | None = None,
         official: bool = False) -> ClaimItem:
    return ClaimItem(claim_id, c, published, source, official)


def processed(doc_id: str, paragraphs: list[str], claims: list[Claim], published: str = "2026-03-08",
              url: str | None = None) -> Processed:
    """A document whose claims quote its own paragraphs (evidence offsets recomputed)."""
    text = "\n".join(paragraphs)
    doc = Document(doc_id=doc_id, origin=f"{doc_id}.txt", text=text, published=published, url=url)
    spans, pos = [], 0
    for p in paragraphs:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 1
    article = Article(doc_id=doc_id, body=tuple(paragraphs), spans=tuple(spans), source_text=text,
                      published=published, url=url)
    fixed = []
    for c in claims:
        start = text.find(c.evidence.text)
        assert start >= 0, f"evidence not in the document: {c.evidence.text!r}"
        fixed.append(Claim(**{**c.__dict__, "doc_id": doc_id,
                              "evidence": Evidence(c.evidence.text, start, start + len(c.evidence.text))}))
    return Processed(doc, article, (), tuple(fixed))


# An invented wire dispatch and a site's copy of it (trimmed, with its own last line).
WIRE = [
    "KYIV, Ukraine (Wire) — Russia sent 212 attack drones and four ballistic missiles against Ukraine overnight, "
    "the Ukrainian air force said Sunday, and air defense units brought down 187 of the drones.",
    "The attack damaged a rail depot and two apartment blocks in the Kharkiv region, regional governor "
    "officials said in a statement, adding that firefighters worked through the morning.",
    "Russia's defense ministry said its own air defenses destroyed 61 Ukrainian drones over the Bryansk, "
    "Kursk and Belgorod regions during the same night, without giving further details.",
    "Talks between the two sides on another prisoner swap are expected to resume next week in Istanbul, "
    "a Ukrainian official said on condition of anonymity because he was not allowed to speak publicly.",
    "The war, now in its fifth year, has seen both sides step up long-range strikes on energy and transport "
    "targets as negotiations stall over territory and security guarantees for Kyiv.",
]
COPY = WIRE[:4] + ["Read more of our coverage of the war on the world news page of this site."]
OTHER = [
    "Ukraine's air force reported that 187 drones were downed overnight out of a total of 212, in a "
    "statement posted on its channels on Sunday morning after a night of explosions across the country.",
    "Residents of Kharkiv spent hours in shelters while emergency crews searched the damaged buildings "
    "for anyone trapped under the rubble, our correspondent reported from the city.",
    "Moscow's military said separately that it had intercepted 61 drones over several southern Russian "
    "regions, a figure that could not be independently verified by reporters on the ground.",
]
