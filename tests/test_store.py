"""The store: idempotent saves, replacement of changed documents, atomicity, queries."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from frontwire.pipeline import Processed
from frontwire.records import (Article, Claim, Claimant, Document, Evidence, Place, PlaceMention,
                               Quantity, TimeSpan)
from frontwire.store import ClaimFilter, Store

TEXT = "Russia launched 40 drones overnight, the air force said.\nTwo people were hurt in Odesa."


def processed(text: str = TEXT, doc_id: str = "d1", claims: tuple[Claim, ...] | None = None) -> Processed:
    doc = Document(doc_id=doc_id, origin=f"{doc_id}.txt", text=text, published="2026-03-08")
    first = text.split("\n")[0]
    article = Article(doc_id=doc_id, body=tuple(text.split("\n")),
                      spans=((0, len(first)), (len(first) + 1, len(text))), source_text=text,
                      published="2026-03-08")
    odesa = Place(text="Odesa", name="Odesa", country="UA", admin1="UA-51", precision="settlement",
                  geonameid=698740, lat=46.48, lon=30.73)
    if claims is None:
        claims = (
            Claim(doc_id=doc_id, type="strike", claimant=Claimant("the air force", "Ukrainian Air Force", "UA"),
                  evidence=Evidence(first, 0, len(first)),
                  quantities=(Quantity("launched", "drone", 40),), actor_side="RU", target_side="UA",
                  weapon="drone", time=TimeSpan("overnight", "2026-03-07T18:00", "2026-03-08T09:00", "part_of_day")),
            Claim(doc_id=doc_id, type="casualties", claimant=Claimant(None, None, "media"),
                  evidence=Evidence("Two people were hurt in Odesa.", len(first) + 1, len(text)),
                  quantities=(Quantity("injured", "person", 2, category="civilian"),), place=odesa),
        )
    mentions = (PlaceMention("Odesa", len(text) - 6, len(text) - 1, odesa),)
    return Processed(doc, article, mentions, claims)


@pytest.fixture
def store(store_url):
    s = Store(store_url)
    yield s
    s.close()


def test_save_is_idempotent_and_round_trips_claims(store: Store):
    assert store.save(processed()) == "added"
    assert store.save(processed()) == "unchanged"
    assert store.counts() == {"documents": 1, "articles": 1, "places": 1, "claims": 2, "quantities": 2}
    rows = store.claims()
    strike = next(r for r in rows if r["type"] == "strike")
    assert strike["quantities"] == [{"scope": "launched", "unit": "drone", "value": 40, "approx": "exact",
                                     "category": None}]
    assert strike["time"]["start"] == "2026-03-07T18:00" and strike["day"] == "2026-03-07"
    hurt = next(r for r in rows if r["type"] == "casualties")
    assert hurt["place"]["admin1"] == "UA-51" and hurt["day"] == "2026-03-08"


def test_changed_document_replaces_its_rows_without_duplicates(store: Store):
    store.save(processed())
    ids_before = {r["claim_id"] for r in store.claims()}
    changed = TEXT.replace("40", "45")
    result = processed(changed)
    assert store.save(result) == "updated"
    assert store.counts()["claims"] == 2 and store.counts()["documents"] == 1
    # claim ids are derived from the claims: the unchanged casualty claim keeps its id
    assert len(ids_before & {r["claim_id"] for r in store.claims()}) == 1


def test_a_failing_save_leaves_the_stored_version_intact(store: Store):
    store.save(processed())
    bad_claim = Claim(doc_id="d1", type="strike", claimant=Claimant(None, None, "media"),
                      evidence=Evidence(None, 0, 1))  # type: ignore[arg-type]  (evidence text is required)
    with pytest.raises(IntegrityError):
        store.save(processed(TEXT + " More.", claims=(bad_claim,)))
    assert store.counts()["claims"] == 2
    assert store.document("d1")["raw"] == TEXT


def test_claim_filters(store: Store):
    store.save(processed())
    store.save(processed(doc_id="d2"))
    assert store.count_claims() == 4
    assert store.count_claims(ClaimFilter(type="strike")) == 2
    assert store.count_claims(ClaimFilter(side="media")) == 2
    assert store.count_claims(ClaimFilter(admin1="ua-51")) == 2
    assert store.count_claims(ClaimFilter(claimant="air force")) == 2
    assert store.count_claims(ClaimFilter(since="2026-03-08")) == 2
    assert store.count_claims(ClaimFilter(until="2026-03-07", doc_id="d2")) == 1
    assert store.count_claims(ClaimFilter(text="hurt")) == 2
    assert len(store.claims(limit=3)) == 3 and len(store.claims(limit=3, offset=3)) == 1


def test_unresolved_and_resolved_place_mentions_are_stored_together(store: Store):
    result = processed()
    unresolved = PlaceMention("Ternove", 0, 7, None, note="ambiguous: several places of this name")
    store.save(Processed(result.document, result.article, (unresolved, *result.places), result.claims))
    assert store.counts()["places"] == 2


def test_plain_path_means_sqlite(tmp_path):
    s = Store(str(tmp_path / "x.db"))
    assert s.url == f"sqlite:///{tmp_path / 'x.db'}"
