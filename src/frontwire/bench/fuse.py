"""``frontwire bench fuse``: how fast events are refreshed after ingest, and that the
refresh is incremental.

A scratch SQLite store is filled with documents whose bodies are the feed corpus's
headlines and leads (real text, for the syndication fingerprints; a tenth of them
re-published as copies) and whose claims are generated: air attacks, interceptions by
both sides, casualties, territorial claims and talks, over four months, with figures
that mostly agree night by night. Extraction is not run: this measures fusion alone.

Measured in one run, on the same store:

- ``first``: the first refresh over every document (what ``ingest`` of a big batch pays);
- ``add 1%``: a refresh after 1% more documents (the everyday case: it must be a small
  fraction of ``first``);
- ``no-op``: a refresh with nothing new;
- ``rebuild``: fusing every claim afresh (the baseline an incremental refresh avoids).
"""

from __future__ import annotations

import gzip
import json
import random
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import click

from frontwire.pipeline import Processed
from frontwire.records import Article, Claim, Claimant, Document, Evidence, Place, Quantity, TimeSpan

FEEDS = "../shared/corpus/rss_2022_2023.jsonl.gz"
CLAIMANTS = {
    "UA": Claimant("Ukraine's air force", "Ukrainian Air Force", "UA"),
    "RU": Claimant("Russia's Defense Ministry", "Russian Ministry of Defence", "RU"),
    "media": Claimant(None, "Wire", "media"),
    "gov": Claimant("the governor", "Regional governor", "UA"),
}
REGIONS = [("Kharkiv Oblast", "UA-63"), ("Odesa Oblast", "UA-51"), ("Donetsk Oblast", "UA-14"),
           ("Dnipropetrovsk Oblast", "UA-12"), ("Zaporizhzhia Oblast", "UA-23"), ("Sumy Oblast", "UA-59"),
           ("Kyiv Oblast", "UA-32"), ("Kherson Oblast", "UA-65")]


def _texts(limit: int) -> list[str]:
    path = Path(FEEDS)
    texts: list[str] = []
    if path.is_file():
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                texts.append(" ".join(str(rec.get(k) or "") for k in ("title", "text", "summary")).strip())
                if len(texts) >= limit:
                    break
    return texts


def _claims_for(rng: random.Random, night: date) -> list[tuple[str, dict]]:
    """Sentences and the claims they carry, for one document about one night."""
    base = int.from_bytes(night.isoformat().encode(), "little") % 400 + 50
    drift = 0 if rng.random() < 0.9 else rng.randint(1, 9)
    t = TimeSpan("overnight", f"{night - timedelta(days=1)}T18:00", f"{night}T09:00", "part_of_day")
    region, code = rng.choice(REGIONS)
    place = Place(region, region, "UA", code, "region")
    out = [
        (f"Russia launched {base + drift} drones overnight into {night}, the air force said.",
         dict(type="strike", claimant=CLAIMANTS["UA"], quantities=(Quantity("launched", "drone", base + drift),),
              actor_side="RU", target_side="UA", time=t)),
        (f"Air defence downed {base - 20} of them.",
         dict(type="interception", claimant=CLAIMANTS["UA"], quantities=(Quantity("intercepted", "drone", base - 20),),
              time=t)),
        (f"Moscow said it downed {base // 4} Ukrainian drones.",
         dict(type="interception", claimant=CLAIMANTS["RU"], quantities=(Quantity("intercepted", "drone", base // 4),),
              time=t)),
        (f"Two people were hurt in {region}, the governor said.",
         dict(type="casualties", claimant=CLAIMANTS["gov"], quantities=(Quantity("injured", "person", 2),),
              place=place, time=t)),
    ]
    if rng.random() < 0.3:
        out.append((f"Russia claimed to have taken a village in {region}.",
                    dict(type="territorial_change", claimant=CLAIMANTS["RU"], actor_side="RU", place=place,
                         quantities=(Quantity("captured", "settlement", 1),))))
    if rng.random() < 0.2:
        out.append(("Talks were expected to resume next week.",
                    dict(type="negotiation", claimant=CLAIMANTS["media"], modality="planned")))
    return out


def _document(i: int, night: date, body: str, rng: random.Random) -> Processed:
    pairs = _claims_for(rng, night)
    lines = [body or f"Report {i}."] + [s for s, _ in pairs]
    text = "\n".join(lines)
    doc_id = f"bench-{i:06d}"
    spans, pos = [], 0
    for line in lines:
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    claims = []
    for (sentence, kw), (s, e) in zip(pairs, spans[1:]):
        claims.append(Claim(doc_id=doc_id, evidence=Evidence(sentence, s, e), **kw))  # type: ignore[arg-type]
    published = night.isoformat()
    doc = Document(doc_id=doc_id, origin="bench", text=text, published=published)
    article = Article(doc_id=doc_id, body=tuple(lines), spans=tuple(spans), source_text=text, published=published)
    return Processed(doc, article, (), tuple(claims))


def _copy(original: Processed, doc_id: str) -> Processed:
    """The same story on another site, with the site's own closing line."""
    text = original.document.raw + "\nMore news on our world page."
    doc = replace(original.document, doc_id=doc_id, text=text)
    art = original.article
    assert art is not None
    article = replace(art, doc_id=doc_id, source_text=text, body=art.body + ("More news on our world page.",),
                      spans=art.spans + ((len(original.document.raw) + 1, len(text)),))
    return Processed(doc, article, (), tuple(replace(c, doc_id=doc_id) for c in original.claims))


@click.command("fuse")
@click.option("--docs", type=click.IntRange(min=10), default=3000, show_default=True,
              help="Documents in the scratch store.")
@click.option("--seed", type=int, default=7, show_default=True)
def fuse_command(docs: int, seed: int) -> None:
    """Seconds per refresh of events (first, after 1% more documents, no-op, rebuild)."""
    from frontwire.fuse.api import refresh_events
    from frontwire.store import Store

    rng = random.Random(seed)
    texts = _texts(docs)
    if not texts:
        click.echo(f"(no {FEEDS}: generated bodies only)", err=True)
    start = date(2025, 11, 1)
    batch: list[Processed] = []
    for i in range(docs + docs // 100):
        if i % 10 == 9:
            batch.append(_copy(batch[-1], f"bench-{i:06d}"))                # a syndicated copy
        else:
            body = texts[i % len(texts)] if texts else ""
            batch.append(_document(i, start + timedelta(days=rng.randrange(120)), body, rng))
    first, extra = batch[:docs], batch[docs:]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "bench.db"))
        for p in first:
            store.save(p)
        claims = sum(len(p.claims) for p in first)
        for label, action in (("first", None), ("add 1%", extra), ("no-op", None), ("rebuild", None)):
            for p in action or ():
                store.save(p)
            began = time.perf_counter()
            report = refresh_events(store, rebuild=label == "rebuild")
            secs = time.perf_counter() - began
            rows.append((label, report.claims_added, report.documents_fingerprinted, report.copy_pairs, secs))
        events = store.engine.connect().exec_driver_sql("select count(*) from events").scalar()
        store.close()
    click.echo(f"{docs} documents, {claims} claims -> {events} events (scratch SQLite store)")
    click.echo(f"{'refresh':<10}{'claims fused':>14}{'docs printed':>14}{'copies':>8}{'seconds':>10}{'claims/s':>10}")
    for label, added, printed, copies, secs in rows:
        rate = f"{added / secs:,.0f}" if added else "-"
        click.echo(f"{label:<10}{added:>14}{printed:>14}{copies:>8}{secs:>10.2f}{rate:>10}")
