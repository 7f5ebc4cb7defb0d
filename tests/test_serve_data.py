"""The test record the web application's tests share: invented wire pages and their claims.

The pages are written here in the style of wire copy (the events and figures are made up).
Each page goes through the real cleaner; its claims and place mentions are written out
below, with evidence sentences located in the cleaned article's source text, so the tests
do not depend on how far the extractor has come. One page carries ``<script>alert(1)</script>``
in its headline and text, to show that pages render it as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from frontwire.pipeline import Processed, process
from frontwire.records import Claim, Claimant, Evidence, Place, PlaceMention, Quantity, TimeSpan
from frontwire.records import Document
from frontwire.store import Store

SCRIPT = "<script>alert(1)</script>"

AIR_FORCE = Claimant("Ukraine's air force", "Ukrainian Air Force", "UA")
RU_MOD = Claimant("Russia's Defense Ministry", "Russian Ministry of Defence", "RU")
GENERAL_STAFF = Claimant("Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "UA")
SES = Claimant("the State Emergency Service", "State Emergency Service of Ukraine", "UA")

KHARKIV = Place("Kharkiv", "Kharkiv", "UA", "UA-63", "settlement", 706483, 49.98, 36.25)
DONETSK = Place("Donetsk region", "Donetsk Oblast", "UA", "UA-14", "region")
ROSTOV = Place("Rostov region", "Rostov Oblast", "RU", "RU-ROS", "region")
BELGOROD = Place("Belgorod", "Belgorod Oblast", "RU", "RU-BEL", "region")
ODESA = Place("Odesa region", "Odesa Oblast", "UA", "UA-51", "region")
ZAPORIZHZHIA = Place("Zaporizhzhia", "Zaporizhzhia", "UA", "UA-23", "settlement", 687700, 47.84, 35.14)
SUMY = Place("Sumy", "Sumy", "UA", "UA-59", "settlement", 692194, 50.92, 34.80)

NIGHT_4_5 = TimeSpan("overnight", "2026-02-04T18:00", "2026-02-05T09:00", "part_of_day")


@dataclass
class Spec:
    """One claim to record: its evidence sentence (found in the page) and its fields."""

    evidence: str
    type: str
    claimant: Claimant
    quantities: tuple[Quantity, ...] = ()
    place: Place | None = None
    time: TimeSpan | None = None
    modality: str = "actual"
    status: str = "asserted"
    target_side: str | None = None
    weapon: str | None = None


@dataclass
class Page:
    doc_id: str
    published: str
    title: str
    url: str
    text: str | None = None
    html: str | None = None
    claims: list[Spec] = field(default_factory=list)
    places: list[tuple[str, Place]] = field(default_factory=list)


KHARKIV_TEXT = """Skip to main content
World
Politics
Russia launches 150 drones and four missiles at Ukraine overnight, air force says
By Iryna Holub and Mark Fenwick, Example Wire
Updated 8:30 AM EET, February 5, 2026
Share
KYIV, Ukraine (Example Wire) — Russia launched 150 drones and four cruise missiles at Ukraine overnight, Ukraine's air force said Thursday. Air defenses shot down or jammed 121 of the drones and all four missiles, it said.
A drone struck a nine-storey apartment block in the city of Kharkiv, killing two people and injuring nine, regional Gov. Oleh Syniehubov said on Telegram.
Russia's Defense Ministry said its forces had captured the village of Petrivka in the Donetsk region. Ukrainian officials did not comment on the claim.
Ukraine's General Staff said its long-range drones hit an oil refinery in Russia's Rostov region overnight. The claim could not be independently verified.
Russia's Defense Ministry said air defenses destroyed 37 Ukrainian drones over Belgorod and neighbouring regions overnight.
Related
Markets: grain prices steady as shipping resumes
Copyright 2026 Example Wire. All Rights Reserved.
"""

ODESA_TEXT = """Home | World | Europe
Ukraine and Russia swap 157 prisoners each as talks resume
February 5, 2026 3:10 PM GMT+2
Reporting by Petra Lind, Northline News
KYIV, Feb 5 (Northline) - Ukraine's air force said 121 of 150 Russian drones were shot down overnight.
In the Odesa region, a drone attack damaged port infrastructure and cut power to 3,000 homes, the State Emergency Service said.
Ukraine and Russia exchanged 157 prisoners of war each on Thursday, President Volodymyr Zelenskyy said, thanking the United Arab Emirates for its mediation.
Rustem Umerov, who leads Ukraine's delegation, said a new round of talks would be held in Abu Dhabi next week.
Our Standards: The Northline Trust Principles.
"""

TALKS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Envoys meet in Abu Dhabi as strikes continue | Example Wire</title>
<meta property="article:published_time" content="2026-02-03T17:45:00+02:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Envoys meet in Abu Dhabi as strikes continue</h1>
<p class="byline">By Maria Kovalenko</p>
<p>ABU DHABI, Feb 3 (Example Wire) - Ukrainian and Russian envoys held a first day of talks in Abu Dhabi on Tuesday, the Emirati foreign ministry said, describing the meeting as constructive.</p>
<p>Hours earlier a Russian missile strike on the city of Zaporizhzhia killed three people and injured 14, regional Governor Ivan Fedorov said.</p>
<p>Russia's Defense Ministry said its troops had repelled 11 Ukrainian attacks near Kupiansk over the past day.</p>
</article>
<footer>Copyright 2026 Example Wire</footer>
</body></html>
"""

SCRIPT_TEXT = f"""Hackers deface ministry site with {SCRIPT}
By Tom Reyes, Example Wire
February 4, 2026
KYIV, Ukraine (Example Wire) — Hackers replaced the home page of Ukraine's energy ministry with the line {SCRIPT} on Wednesday, the ministry said, calling it a Russian cyberattack.
The ministry said its systems were restored within two hours and no data was lost.
"""

REFINERY_TEXT = """Russia says it foiled drone attack on Rostov refinery
By Anna Weiss, Example Wire
February 5, 2026
MOSCOW (Example Wire) — Russia's Defense Ministry said on Thursday that no Ukrainian drone had hit the oil refinery in the Rostov region overnight, and that all drones aimed at the plant were destroyed on approach.
Rostov regional Governor Yuri Slyusar said falling debris started a small fire at an industrial site that was quickly put out.
"""

SUMY_TEXT = """Sumy hit by glide bombs, two killed
By Olena Marchuk, Example Wire
January 28, 2026
SUMY, Ukraine (Example Wire) — Russian glide bombs struck the centre of Sumy on Wednesday, killing two civilians and damaging a school, regional authorities said.
The regional military administration said 17 settlements in the region came under Russian fire during the day.
"""

PAGES = [
    Page("wire-kharkiv", "2026-02-05T08:30:00+02:00",
         "Russia launches 150 drones and four missiles at Ukraine overnight, air force says",
         "https://example.org/wire/kharkiv", text=KHARKIV_TEXT,
         claims=[
             Spec("Russia launched 150 drones and four cruise missiles at Ukraine overnight, Ukraine's air force said Thursday.",
                  "strike", AIR_FORCE, (Quantity("launched", "drone", 150), Quantity("launched", "missile", 4)),
                  time=NIGHT_4_5, target_side="UA", weapon="mixed"),
             Spec("Air defenses shot down or jammed 121 of the drones and all four missiles, it said.",
                  "interception", AIR_FORCE, (Quantity("intercepted", "drone", 121), Quantity("intercepted", "missile", 4)),
                  time=NIGHT_4_5),
             Spec("A drone struck a nine-storey apartment block in the city of Kharkiv, killing two people and injuring nine, regional Gov. Oleh Syniehubov said on Telegram.",
                  "casualties", Claimant("regional Gov. Oleh Syniehubov", "Oleh Syniehubov", "UA"),
                  (Quantity("killed", "person", 2), Quantity("injured", "person", 9)), KHARKIV, NIGHT_4_5),
             Spec("Russia's Defense Ministry said its forces had captured the village of Petrivka in the Donetsk region. Ukrainian officials did not comment on the claim.",
                  "territorial_change", RU_MOD, (Quantity("captured", "settlement", 1),), DONETSK,
                  status="unconfirmed"),
             Spec("Ukraine's General Staff said its long-range drones hit an oil refinery in Russia's Rostov region overnight. The claim could not be independently verified.",
                  "strike", GENERAL_STAFF, (), ROSTOV, NIGHT_4_5, status="unconfirmed", target_side="RU", weapon="drone"),
             Spec("Russia's Defense Ministry said air defenses destroyed 37 Ukrainian drones over Belgorod and neighbouring regions overnight.",
                  "interception", RU_MOD, (Quantity("intercepted", "drone", 37),), BELGOROD, NIGHT_4_5),
         ],
         places=[("Kharkiv", KHARKIV), ("Donetsk region", DONETSK), ("Rostov region", ROSTOV), ("Belgorod", BELGOROD)]),
    Page("wire-odesa", "2026-02-05T15:10:00+02:00", "Ukraine and Russia swap 157 prisoners each as talks resume",
         "https://example.net/europe/odesa-swap", text=ODESA_TEXT,
         claims=[
             Spec("Ukraine's air force said 121 of 150 Russian drones were shot down overnight.",
                  "interception", AIR_FORCE, (Quantity("intercepted", "drone", 121), Quantity("launched", "drone", 150)),
                  time=NIGHT_4_5),
             Spec("In the Odesa region, a drone attack damaged port infrastructure and cut power to 3,000 homes, the State Emergency Service said.",
                  "infrastructure_damage", SES, (), ODESA, NIGHT_4_5),
             Spec("Ukraine and Russia exchanged 157 prisoners of war each on Thursday, President Volodymyr Zelenskyy said, thanking the United Arab Emirates for its mediation.",
                  "prisoner_exchange", Claimant("President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "UA"),
                  (Quantity("released", "person", 157, category="prisoner"),),
                  time=TimeSpan("Thursday", "2026-02-05", "2026-02-05", "day")),
             Spec("Rustem Umerov, who leads Ukraine's delegation, said a new round of talks would be held in Abu Dhabi next week.",
                  "negotiation", Claimant("Rustem Umerov", "Rustem Umerov", "UA"), modality="planned",
                  time=TimeSpan("next week", "2026-02-05", "2026-02-05", "day")),
         ],
         places=[("Odesa region", ODESA)]),
    Page("wire-talks", "2026-02-03T17:45:00+02:00", "Envoys meet in Abu Dhabi as strikes continue",
         "https://example.org/wire/talks", html=TALKS_HTML,
         claims=[
             Spec("Ukrainian and Russian envoys held a first day of talks in Abu Dhabi on Tuesday, the Emirati foreign ministry said, describing the meeting as constructive.",
                  "negotiation", Claimant("the Emirati foreign ministry", "Ministry of Foreign Affairs of the UAE", "third_party"),
                  time=TimeSpan("Tuesday", "2026-02-03", "2026-02-03", "day")),
             Spec("Hours earlier a Russian missile strike on the city of Zaporizhzhia killed three people and injured 14, regional Governor Ivan Fedorov said.",
                  "casualties", Claimant("regional Governor Ivan Fedorov", "Ivan Fedorov", "UA"),
                  (Quantity("killed", "person", 3), Quantity("injured", "person", 14)), ZAPORIZHZHIA,
                  TimeSpan("Hours earlier", "2026-02-03", "2026-02-03", "day")),
             Spec("Russia's Defense Ministry said its troops had repelled 11 Ukrainian attacks near Kupiansk over the past day.",
                  "ground_combat", RU_MOD, (Quantity("engagements", "engagement", 11),),
                  Place("Kupiansk", "Kupiansk", "UA", "UA-63", "settlement", 704508, 49.71, 37.62),
                  TimeSpan("over the past day", "2026-02-02", "2026-02-03", "day")),
         ],
         places=[("Zaporizhzhia", ZAPORIZHZHIA)]),
    Page("wire-script", "2026-02-04T12:00:00+02:00", f"Hackers deface ministry site with {SCRIPT}",
         "https://example.org/wire/deface", text=SCRIPT_TEXT,
         claims=[
             Spec(f"Hackers replaced the home page of Ukraine's energy ministry with the line {SCRIPT} on Wednesday, the ministry said, calling it a Russian cyberattack.",
                  "cyber", Claimant("the ministry", "Ministry of Energy of Ukraine", "UA"),
                  time=TimeSpan("Wednesday", "2026-02-04", "2026-02-04", "day")),
         ]),
    Page("wire-refinery", "2026-02-05T07:00:00+02:00", "Russia says it foiled drone attack on Rostov refinery",
         "https://example.org/wire/refinery", text=REFINERY_TEXT,
         claims=[
             Spec("Russia's Defense Ministry said on Thursday that no Ukrainian drone had hit the oil refinery in the Rostov region overnight, and that all drones aimed at the plant were destroyed on approach.",
                  "strike", RU_MOD, (), ROSTOV, NIGHT_4_5, modality="negated", target_side="RU", weapon="drone"),
             Spec("Rostov regional Governor Yuri Slyusar said falling debris started a small fire at an industrial site that was quickly put out.",
                  "infrastructure_damage", Claimant("Rostov regional Governor Yuri Slyusar", "Yuri Slyusar", "RU"),
                  (), ROSTOV, NIGHT_4_5),
         ],
         places=[("Rostov region", ROSTOV)]),
    Page("wire-sumy", "2026-01-28T19:00:00+02:00", "Sumy hit by glide bombs, two killed",
         "https://example.org/wire/sumy", text=SUMY_TEXT,
         claims=[
             Spec("Russian glide bombs struck the centre of Sumy on Wednesday, killing two civilians and damaging a school, regional authorities said.",
                  "strike", Claimant("regional authorities", "Sumy Regional Military Administration", "UA"),
                  (), SUMY, TimeSpan("Wednesday", "2026-01-28", "2026-01-28", "day"), weapon="glide_bomb"),
             Spec("Russian glide bombs struck the centre of Sumy on Wednesday, killing two civilians and damaging a school, regional authorities said.",
                  "casualties", Claimant("regional authorities", "Sumy Regional Military Administration", "UA"),
                  (Quantity("killed", "person", 2, category="civilian"),), SUMY,
                  TimeSpan("Wednesday", "2026-01-28", "2026-01-28", "day")),
         ],
         places=[("Sumy", SUMY)]),
]

CLAIMS_TOTAL = sum(len(p.claims) for p in PAGES)

# The official record for the night of 4-5 February, in the layout of the Air Force data set
# (invented figures): it agrees with the news on what was launched, not on the drones downed.
OFFICIAL_CSV = """time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,destroyed_details,launched_details,launch_place_details,source
2026-02-04 18:00,2026-02-05 09:00,Shahed-136/131,Kursk oblast,Ukraine,,150,117,,,{},1.0,,,,,,,,,,kpszsu/posts/test-night
2026-02-04 18:00,2026-02-05 09:00,X-101/X-555,Saratov oblast,Ukraine,,4,4,,,{},,,,,,,,,,,kpszsu/posts/test-night
"""


def document(page: Page) -> Document:
    return Document(doc_id=page.doc_id, origin=f"test:{page.doc_id}", text=page.text, html=page.html,
                    url=page.url, published=page.published, title=page.title)


def processed(page: Page) -> Processed:
    """The page through the real cleaner, with the claims and places written out above."""
    doc = document(page)
    cleaned = process(doc, until="clean")
    assert cleaned.error is None, cleaned.error
    article = cleaned.article
    source = article.source_text
    claims = []
    for spec in page.claims:
        start = source.find(spec.evidence)
        assert start >= 0, f"evidence not in the cleaned text of {page.doc_id}: {spec.evidence[:60]}"
        claims.append(Claim(doc_id=page.doc_id, type=spec.type, claimant=spec.claimant,
                            evidence=Evidence(spec.evidence, start, start + len(spec.evidence)),
                            quantities=spec.quantities, place=spec.place, time=spec.time,
                            modality=spec.modality, status=spec.status, target_side=spec.target_side,
                            weapon=spec.weapon))
    mentions = []
    for text, place in page.places:
        start = source.find(text)
        assert start >= 0, f"place {text!r} not in {page.doc_id}"
        mentions.append(PlaceMention(text, start, start + len(text), place))
    return Processed(doc, article, tuple(mentions), tuple(claims))


def build_store(url: str, fused: bool = False, folder=None) -> Store:
    """The test record; ``fused`` adds the official record (a CSV written in ``folder``) and
    the events the fuse stage makes of it all."""
    store = Store(url)
    for page in PAGES:
        assert store.save(processed(page)) == "added"
    if fused:
        from frontwire import fuse

        path = folder / "official.csv"
        path.write_text(OFFICIAL_CSV, encoding="utf-8")
        report = fuse.import_air_force(store, path)
        assert report.added == 1, report.line()
    return store


# --- the fixture pages are sound ----------------------------------------------------------

@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.doc_id)
def test_every_fixture_claim_points_at_its_sentence(page: Page) -> None:
    result = processed(page)
    for claim in result.claims:
        ev = claim.evidence
        assert result.article.source_text[ev.start:ev.end] == ev.text


def test_the_store_holds_every_fixture_page_and_claim(tmp_path) -> None:
    store = build_store(f"sqlite:///{tmp_path / 'fixture.db'}")
    counts = store.counts()
    assert counts["documents"] == len(PAGES)
    assert counts["claims"] == CLAIMS_TOTAL


def test_the_fused_store_has_the_official_record_and_a_contested_event(tmp_path) -> None:
    from frontwire import fuse

    store = build_store(f"sqlite:///{tmp_path / 'fused.db'}", fused=True, folder=tmp_path)
    assert store.counts()["documents"] == len(PAGES) + 1
    events = fuse.list_events(store, limit=None)
    refinery = [e for e in events if e["type"] == "strike" and (e["place"] or {}).get("admin1") == "RU-ROS"]
    assert len(refinery) == 1 and refinery[0]["status"] == "contested"
    assert [c["kind"] for c in refinery[0]["contradictions"]] == ["denial"]


def test_the_real_pipeline_stores_every_fixture_page(tmp_path) -> None:
    """The pages also go through the whole flow (whatever the extractor finds) without error."""
    store = Store(f"sqlite:///{tmp_path / 'real.db'}")
    for page in PAGES:
        result = process(document(page))
        assert result.error is None, result.error
        assert store.save(result) == "added"
    assert store.counts()["documents"] == len(PAGES)
