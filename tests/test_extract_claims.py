"""Claims from articles written for these tests in the style of wire dispatches.

None of these sentences comes from the corpus: they are made up, with made-up figures,
to check one reading rule of claims.md each.
"""

import json
from pathlib import Path

import pytest

from frontwire.extract import extract
from frontwire.records import Article, Place, to_dict
from article_helpers import article_of, mention

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "spec" / "claim.schema.json"
PUB = "2026-03-08"

ODESA = Place("Odesa region", "Odesa Oblast", "UA", "UA-51", "region")
KHARKIV = Place("Kharkiv", "Kharkiv", "UA", "UA-63", "settlement", 706483, 49.98, 36.25)
BELGOROD = Place("Belgorod region", "Belgorod Oblast", "RU", "RU-BEL", "region")
UKRAINE = Place("Ukraine", "Ukraine", "UA", None, "country")
KYIV = Place("Kyiv", "Kyiv", "UA", "UA-30", "settlement", 703448, 50.45, 30.52)


def make(*paragraphs: str, published: str = PUB, url: str | None = None) -> Article:
    return article_of(*paragraphs, published=published, url=url, doc_id="test")


def by_type(claims, type_):
    return [c for c in claims if c.type == type_]


def figures(claims):
    return {(c.type, q.scope, q.unit, q.value, c.claimant.side) for c in claims for q in c.quantities}


# --- figures, types, claimants -------------------------------------------------------

def test_an_air_force_report():
    a = make("Russia launched 212 drones and six missiles at Ukraine overnight, Ukraine's air force "
             "said on Sunday, adding that air defences shot down or jammed 187 drones.")
    claims = extract(a, [])
    assert figures(claims) == {
        ("strike", "launched", "drone", 212, "UA"), ("strike", "launched", "missile", 6, "UA"),
        ("interception", "intercepted", "drone", 187, "UA")}
    strike = by_type(claims, "strike")[0]
    assert strike.claimant.name == "Ukrainian Air Force"
    assert strike.weapon == "mixed" and strike.actor_side == "RU" and strike.target_side == "UA"
    assert strike.time.start == "2026-03-07T18:00" and strike.time.end == "2026-03-08T09:00"
    assert by_type(claims, "interception")[0].weapon == "drone"


def test_of_which_and_impacts():
    a = make("The air force said Russia fired 97 drones, of which 71 were shot down. "
             "The remaining drones hit 9 locations, the air force said.")
    assert figures(extract(a, [])) >= {
        ("strike", "launched", "drone", 97, "UA"), ("interception", "intercepted", "drone", 71, "UA"),
        ("strike", "hit", "location", 9, "UA")}


def test_the_other_side_reports_its_own_figures():
    a = make("Russia's Defence Ministry said its air defence units destroyed 48 Ukrainian drones "
             "over the Belgorod region overnight.")
    claims = extract(a, [mention(a, "Belgorod region", BELGOROD)])
    (c,) = by_type(claims, "interception")
    assert c.claimant.name == "Russian Ministry of Defence" and c.claimant.side == "RU"
    assert figures([c]) == {("interception", "intercepted", "drone", 48, "RU")}
    assert c.place == BELGOROD


def test_casualties_with_approximation_and_a_governor_of_unknown_name():
    a = make("At least five people were killed and 23 injured when a missile hit an apartment block "
             "in Kharkiv, the regional governor said.")
    claims = extract(a, [mention(a, "Kharkiv", KHARKIV)])
    cas = by_type(claims, "casualties")
    assert figures(cas) == {("casualties", "killed", "person", 5, "UA"),
                            ("casualties", "injured", "person", 23, "UA")}
    assert {q.approx for q in cas[0].quantities} == {"at_least", "exact"}
    # a strike that hurt people gives a strike claim too (claims.md rule 7), same place
    assert [c.place for c in by_type(claims, "strike")] == [KHARKIV]
    assert cas[0].claimant.side == "UA"       # the governor of a Ukrainian region


def test_territorial_change_and_area():
    a = make("Russia's Defence Ministry said its forces had captured three villages.",
             "Ukraine's commander-in-chief said troops had regained 85 square kilometres of territory.")
    assert figures(extract(a, [])) == {
        ("territorial_change", "captured", "settlement", 3, "RU"),
        ("territorial_change", "area", "km2", 85, "UA")}


def test_prisoner_exchange_with_bodies():
    a = make("Ukraine's Coordination Headquarters said 210 prisoners of war had returned home in an "
             "exchange, while Kyiv handed over 90 bodies of Russian soldiers.")
    claims = extract(a, [])
    assert figures(claims) >= {("prisoner_exchange", "released", "person", 210, "UA")}
    q = [q for c in claims for q in c.quantities if q.value == 210][0]
    assert q.category == "prisoner"


def test_ground_engagements_by_direction():
    a = make("According to the General Staff, there were 131 combat engagements along the front "
             "over the past day. The enemy attacked 34 times on the Kostiantynivka direction.")
    claims = extract(a, [])
    assert figures(claims) == {("ground_combat", "engagements", "engagement", 131, "UA"),
                               ("ground_combat", "engagements", "engagement", 34, "UA")}
    assert {c.claimant.name for c in claims} == {"General Staff of the Armed Forces of Ukraine"}


def test_years_ages_and_distances_are_not_figures():
    a = make("A 67-year-old man was killed in a drone strike 30 km from the border in 2025, "
             "the governor said.")
    assert figures(extract(a, [])) == set()


# --- attribution ---------------------------------------------------------------------

def test_according_to_and_the_outlets_own_voice():
    a = make("Explosions were heard in Kyiv after midnight, according to Ukraine's State Emergency Service.",
             "Russian drones struck a fuel depot in Kharkiv on Saturday.",
             url="https://www.example-news.com/story")
    claims = extract(a, [mention(a, "Kyiv", KYIV), mention(a, "Kharkiv", KHARKIV)])
    sides = {(c.claimant.name, c.claimant.side, c.place.admin1) for c in claims if c.type == "strike"}
    assert ("State Emergency Service of Ukraine", "UA", "UA-30") in sides
    assert ("example-news.com", "media", "UA-63") in sides


def test_pronouns_and_short_names_point_back():
    a = make("Ukraine's General Staff said in a statement that its forces hit a radar station in Crimea.",
             "It added that two air defence systems were destroyed in the strike.",
             "Olena Marchenko, a spokesperson for the southern command, said the strike was precise.",
             "Marchenko said a second wave of drones hit an ammunition depot on Friday.")
    claims = extract(a, [])
    names = [(c.claimant.text, c.claimant.name) for c in claims]
    assert ("It", "General Staff of the Armed Forces of Ukraine") in names
    assert ("Marchenko", "Olena Marchenko") in names


def test_a_quote_that_runs_on_keeps_its_speaker():
    a = make("“We shot down 14 drones over the city,” the mayor of Kyiv said. “Two more drones hit houses "
             "in the suburbs.”")
    claims = extract(a, [])
    assert all(c.claimant.side == "UA" for c in claims)
    assert ("strike", "hit", "drone", 2, "UA") in figures(claims)


def test_a_relay_gives_way_to_its_source():
    a = make("Russia's Defence Ministry said on Monday its troops had taken the village of Nova "
             "Poltavka, the state news agency TASS reported.")
    (c,) = extract(a, [])
    assert c.claimant.name == "Russian Ministry of Defence" and c.type == "territorial_change"


def test_user_claimants_from_the_environment(tmp_path, monkeypatch):
    from frontwire.extract import lexicon

    extra = tmp_path / "claimants.json"
    extra.write_text(json.dumps({"claimants": [
        {"name": "Zoryana Hrytsenko", "side": "UA", "kind": "person", "aliases": ["Hrytsenko"]}]}))
    monkeypatch.setenv("FRONTWIRE_CLAIMANTS", str(extra))
    lexicon.claimants.cache_clear()
    try:
        (c,) = extract(make("Hrytsenko said 3 drones were shot down over the port."), [])
        assert c.claimant.name == "Zoryana Hrytsenko" and c.claimant.side == "UA"
    finally:
        monkeypatch.delenv("FRONTWIRE_CLAIMANTS")
        lexicon.claimants.cache_clear()


# --- modality and status -------------------------------------------------------------

def test_status_from_the_next_sentence():
    a = make("Ukraine's navy said it had sunk a Russian landing ship near Crimea. "
             "Moscow did not immediately comment.")
    (c,) = extract(a, [])
    assert c.status == "unconfirmed"
    assert c.evidence.text.endswith("Moscow did not immediately comment.")


def test_unverifiable_and_denied():
    a = make("Russia said its forces had destroyed a Ukrainian command post, a claim that could not be "
             "independently verified.",
             "Ukraine's military said it had struck an airfield in Crimea.",
             "Russia denied that the airfield was damaged.")
    claims = extract(a, [])
    assert by_type(claims, "strike")[0].status == "unconfirmed"
    assert any(c.status == "denied" for c in claims)


@pytest.mark.parametrize("sentence, modality", [
    ("Zelenskyy said the next round of talks would be held in Istanbul.", "planned"),
    ("The two sides agreed to exchange 300 prisoners, the ombudsman said.", "planned"),
    ("Medvedev threatened to strike Kyiv with new missiles.", "threatened"),
    ("No one was injured in the attack, the mayor said.", "negated"),
    ("Officials said an attack could cut power to the whole city if the dam failed.", "hypothetical"),
    ("The regional governor said 4 people were killed by shelling.", "actual"),
])
def test_modality(sentence, modality):
    claims = extract(make(sentence), [])
    assert claims and claims[0].modality == modality


# --- places --------------------------------------------------------------------------

def test_one_claim_per_place_and_the_most_precise_place():
    a = make("Ukraine's General Staff said its forces struck a depot in the city of Kharkiv in the "
             "Kharkiv region and a radar in Russia's Belgorod region.")
    region = Place("Kharkiv region", "Kharkiv Oblast", "UA", "UA-63", "region")
    claims = extract(a, [mention(a, "Kharkiv", KHARKIV), mention(a, "Kharkiv region", region),
                         mention(a, "Belgorod region", BELGOROD)])
    assert sorted(c.place.admin1 for c in claims if c.type == "strike") == ["RU-BEL", "UA-63"]
    assert [c.place.precision for c in claims if c.place.admin1 == "UA-63"] == ["settlement"]


def test_places_that_act_or_speak_are_not_the_claims_place():
    a = make("Moscow said 20 Ukrainian drones were shot down, while Kyiv Mayor Vitali Klitschko said "
             "debris fell on a house.")
    moscow = Place("Moscow", "Moscow", "RU", "RU-MOW", "settlement")
    claims = extract(a, [mention(a, "Moscow", moscow), mention(a, "Kyiv", KYIV)])
    assert claims and all(c.place is None for c in claims)


def test_a_country_counts_only_where_the_event_is_put_in_it():
    a = make("Russia fired 30 missiles at Ukraine overnight, the air force said.",
             "Russia fired 12 drones overnight, the air force said.")
    claims = extract(a, [mention(a, "Russia", Place("Russia", "Russia", "RU", None, "country")),
                         mention(a, "Ukraine", UKRAINE),
                         mention(a, "Russia", Place("Russia", "Russia", "RU", None, "country"), 1)])
    places = {q.value: c.place for c in claims for q in c.quantities}
    assert places[30] == UKRAINE and places[12] is None


def test_odesa_mention_in_a_strike_sentence():
    a = make("Energy facilities in the Odesa region were damaged by Russian drones overnight, "
             "the State Emergency Service said.")
    claims = extract(a, [mention(a, "Odesa region", ODESA)])
    assert {(c.type, c.place.admin1) for c in claims} == {("infrastructure_damage", "UA-51"),
                                                          ("strike", "UA-51")}


# --- what is not a claim -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russia has stepped up its attacks in recent months.",
    "The war has reshaped the economy of the region.",
    "Analysts regularly discuss whether sanctions work.",
    "The two sides regularly exchange the remains of fallen soldiers.",
])
def test_background_is_not_a_claim(text):
    assert extract(make(text), []) == []


# --- the contract --------------------------------------------------------------------

def test_evidence_is_verbatim_with_offsets():
    a = make("Intro line without events.",
             "At\u200d least 3 people were hurt after drones hit a school, the mayor said.")
    claims = extract(a, [])
    assert claims
    for c in claims:
        assert a.source_text[c.evidence.start:c.evidence.end] == c.evidence.text


@pytest.mark.skipif(not SCHEMA.exists(), reason="../shared/spec is not beside the project")
def test_every_claim_validates_against_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text())
    a = make("Russia launched 150 drones and 2 missiles overnight, the air force said, adding that 120 "
             "drones were shot down.",
             "Talks between the delegations will resume in Geneva on Tuesday, the Kremlin said.",
             "At least 4 people were killed in Kharkiv, the governor said.",
             "Russia's Defence Ministry said it had taken 2 villages, a claim Kyiv denied.")
    claims = extract(a, [mention(a, "Geneva", Place("Geneva", "Geneva", "CH", "CH-GE", "settlement")),
                         mention(a, "Kharkiv", KHARKIV)])
    assert len(claims) >= 5
    for c in claims:
        jsonschema.validate(to_dict(c), schema)


@pytest.mark.parametrize("body", [
    (),
    ("",),
    ("\x00\x01\x02 binary \ufffd\ufffd junk " * 200,),
    ("Российские войска обстреляли город ночью, сообщили власти.",),
    ("drones " * 200_000,),                       # a 1.4 MB paragraph
    ("missile " + "(" * 5000 + " attack",),
])
def test_odd_input_never_raises(body):
    text = "\n".join(body)
    spans = tuple((0, len(p)) for p in body[:1])
    claims = extract(Article(doc_id="odd", body=tuple(body), spans=spans, source_text=text), [])
    assert isinstance(claims, list)


def test_bad_spans_and_missing_dates_do_not_raise():
    a = Article(doc_id="x", body=("Drones hit a depot overnight.",), spans=((5, 9999),),
                source_text="Drones hit a depot overnight.", published="not a date")
    assert isinstance(extract(a, []), list)
    a = make("Russia fired 40 drones overnight, the air force said.", published=None)
    (c,) = [c for c in extract(a, []) if c.type == "strike"]
    assert c.time.text == "overnight" and c.time.start is None


# --- nightly air attack reports (the air force's own wording and the wires') ---------

def test_the_air_forces_own_report():
    a = make("On the night of March 3, the enemy attacked with 94 strike UAVs of the Shahed type from "
             "the directions of Kursk and Oryol. As of 08:30, air defence shot down or suppressed 73 "
             "drones. Hits by 18 attack UAVs were recorded at 7 locations.")
    claims = extract(a, [])
    assert figures(claims) == {
        ("strike", "launched", "drone", 94, "UA"), ("interception", "intercepted", "drone", 73, "UA"),
        ("strike", "hit", "drone", 18, "UA"), ("strike", "hit", "location", 7, "UA")}
    assert {c.claimant.name for c in claims} == {"Ukrainian Air Force"}


@pytest.mark.parametrize("text, expected", [
    ("Ukraine's air force said it had shot down 52 of 75 drones launched by Russia overnight.",
     {("interception", "intercepted", "drone", 52, "UA"), ("strike", "launched", "drone", 75, "UA")}),
    ("Ukrainian air defences destroyed 33 out of 40 Russian drones launched overnight, the air force said.",
     {("interception", "intercepted", "drone", 33, "UA"), ("strike", "launched", "drone", 40, "UA")}),
    ("Russia fired four Iskander-M ballistic missiles and 120 drones at Ukraine, the air force said. "
     "Of these, 101 drones were shot down or jammed.",
     {("strike", "launched", "missile", 4, "UA"), ("strike", "launched", "drone", 120, "UA"),
      ("interception", "intercepted", "drone", 101, "UA")}),
    ("Russia Launches 200 Drones at Ukraine Overnight, Air Force Says",
     {("strike", "launched", "drone", 200, "UA")}),
    ("Eight Missiles Destroyed Over Ukrainian Capital, Air Force Says",
     {("interception", "intercepted", "missile", 8, "UA")}),
    ("Downed all but 12 of the drones, the air force said.", {("interception", "other", "drone", 12, "UA")}),
])
def test_air_attack_figures(text, expected):
    assert figures(extract(make(text), [])) == expected


def test_each_claim_has_its_own_time_and_the_dateline_is_not_one():
    a = make("GENEVA, March 6 (Example Wire) - Negotiators met in Geneva on Friday and agreed to swap "
             "300 prisoners of war next week, the Swiss foreign ministry said.")
    claims = extract(a, [])
    times = {c.type: c.time.text for c in claims}
    assert times == {"negotiation": "on Friday", "prisoner_exchange": "next week"}
    (swap,) = by_type(claims, "prisoner_exchange")
    assert swap.modality == "planned" and swap.time.start == "2026-03-09"


def test_an_attack_with_a_weapon_is_a_strike_an_attack_as_a_cause_is_not():
    armed = extract(make("Two people were killed and 11 wounded in a Russian missile attack on the "
                         "city, the regional governor said."), [])
    assert {c.type for c in armed} == {"casualties", "strike"}
    cause = extract(make("Three people were killed in Russian attacks on the town, the mayor said."), [])
    assert {c.type for c in cause} == {"casualties"}


def test_occupied_is_a_state_not_a_capture():
    claims = extract(make("Ukraine's military said it had struck an air defence system in occupied "
                          "Crimea overnight."), [])
    assert {c.type for c in claims} == {"strike"}
