"""The project's first page (``seed`` in ../shared/corpus/pages.jsonl) through the whole flow:
the claims of claims.md section 5 that carry figures must come out, with their claimants.

Reads ../shared at test time only (skipped when it is absent); no page text is copied here.
"""

import json
from pathlib import Path

import pytest

from frontwire.pipeline import process
from frontwire.records import Document

PAGES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pages.jsonl"


@pytest.fixture(scope="module")
def seed_claims():
    if not PAGES.exists():
        pytest.skip("../shared/corpus is not beside the project")
    record = next(r for r in map(json.loads, PAGES.open(encoding="utf-8")) if r["id"] == "seed")
    doc = Document(doc_id="seed", origin="seed", text=record.get("text"), html=record.get("html"),
                   url=record.get("url"), published=record.get("published"),
                   retrieved_at=record.get("retrieved_at"))
    result = process(doc)
    assert result.error is None
    return result.article, result.claims


def test_section_5_figures(seed_claims):
    _, claims = seed_claims
    found = {(c.type, q.scope, q.unit, q.value, c.claimant.name, c.claimant.side)
             for c in claims for q in c.quantities}
    assert {
        ("strike", "launched", "drone", 176, "Ukrainian Air Force", "UA"),
        ("strike", "launched", "missile", 1, "Ukrainian Air Force", "UA"),
        ("interception", "intercepted", "drone", 139, "Ukrainian Air Force", "UA"),
        ("interception", "intercepted", "drone", 57, "Russian Ministry of Defence", "RU"),
        ("territorial_change", "captured", "settlement", 2, "Russian Ministry of Defence", "RU"),
        ("prisoner_exchange", "released", "person", 1200, "Volodymyr Zelenskyy", "UA"),
        ("prisoner_exchange", "released", "person", 1200, "Rustem Umerov", "UA"),
    } <= found


def test_section_5_places_times_and_status(seed_claims):
    article, claims = seed_claims
    strikes = [c for c in claims if c.type == "strike" and c.claimant.name ==
               "General Staff of the Armed Forces of Ukraine"]
    assert {c.place.admin1 for c in strikes if c.place} >= {"RU-SAM", "UA-14"}
    assert all(c.status == "unconfirmed" for c in strikes)
    night = [c for c in claims if c.claimant.name == "Ukrainian Air Force"]
    assert {(c.time.start, c.time.end) for c in night} == {("2025-11-15T18:00", "2025-11-16T09:00")}
    exchange = [c for c in claims if c.claimant.name == "Rustem Umerov" and c.type == "prisoner_exchange"
                and c.quantities]
    assert exchange and exchange[0].modality == "planned" and exchange[0].status == "unconfirmed"
    for c in claims:
        assert article.source_text[c.evidence.start:c.evidence.end] == c.evidence.text
