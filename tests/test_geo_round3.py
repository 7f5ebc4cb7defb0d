"""The geo stage, third round: seas, people's and clubs' names, city districts, nearness,
villages the gazetteer lacks, regions named in the article. Sentences are our own."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from frontwire.geo import locate, resolve
from frontwire.geo.gazetteer import load
from frontwire.geo.locate import context_of, lookup
from frontwire.geo.normalize import name_key
from frontwire.geo.proximity import PointIndex, km
from frontwire.records import Article, Claim, Claimant, Document, Evidence, claim_from_dict, to_json
from article_helpers import article_of

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT.parent / "shared" / "spec" / "claim.schema.json"


article = article_of


def mentions(*paragraphs: str) -> dict[str, object]:
    """Each mention's text -> its place, or the note saying why there is none."""
    return {m.text: m.place or m.note for m in locate(article(*paragraphs))}


def resolved(*paragraphs: str) -> dict[str, object]:
    return {m.text: m.place for m in locate(article(*paragraphs)) if m.place}


def unknown(note: object) -> bool:
    return isinstance(note, str) and note.startswith("unknown")


# --- seas (sites.tsv, kind W, no country) ---------------------------------------------

def test_a_sea_is_a_region_of_no_country():
    sea = [e for e in lookup("Black Sea") if e.kind == "W"]
    assert len(sea) == 1 and sea[0].country is None and sea[0].admin1 is None
    got = resolved("A Russian patrol ship was struck in the Black Sea on Monday.",
                   "Traffic across the Kerch Strait was halted for six hours.")
    black = got["Black Sea"]
    assert black.country is None and black.admin1 is None and black.precision == "region"
    assert black.lat is not None and black.lon is not None
    # "the Kerch Strait" is the strait, not the town of Kerch
    assert got["Kerch Strait"].name == "Kerch Strait" and got["Kerch Strait"].country is None
    assert "Kerch" not in got


def test_the_sea_of_azov_is_not_the_town_of_azov():
    got = resolved("Drones attacked two vessels in the Sea of Azov overnight.",
                   "Sailors said the Azov Sea was calm.")
    assert got["Sea of Azov"].name == "Sea of Azov" and got["Sea of Azov"].country is None
    assert got["Azov Sea"].name == "Sea of Azov"
    assert "Azov" not in got


def test_a_strait_with_a_country_keeps_it():
    got = resolved("Two tankers sailed through the Bosphorus on Friday.")
    assert got["Bosphorus"].country == "TR" and got["Bosphorus"].precision == "region"


def test_a_sea_near_a_port_stays_the_sea():
    # The sea's point lies far from the port: "near" must not make the sea unknown.
    got = resolved("Drones attacked vessels in the Sea of Azov near Berdiansk.",
                   "A tanker was hit in the Black Sea near Odesa.")
    assert got["Sea of Azov"].name == "Sea of Azov"
    assert got["Black Sea"].name == "Black Sea"
    assert got["Berdiansk"].admin1 == "UA-23" and got["Odesa"].admin1 == "UA-51"
    # nor a front direction whose point is some way from the town
    got = resolved("Fighting continued on the Prydniprovske direction near Nikopol.")
    assert got["Prydniprovske direction"].admin1 == "UA-65"


def test_a_fleet_named_after_a_sea_is_no_place():
    assert mentions("The Black Sea Fleet lost another landing ship.") == {}


def test_a_sea_flows_through_a_claim():
    from frontwire.pipeline import process

    text = ("Ukraine's navy said on Tuesday that its drones struck a Russian patrol ship in the "
            "Black Sea overnight.\n\nA Russian missile boat was hit in the Kerch Strait, the "
            "Ukrainian navy said.")
    done = process(Document("sea", "test", text=text, published="2024-05-02"))
    assert done.error is None
    seas = [m.place for m in done.places if m.place and m.place.name in ("Black Sea", "Kerch Strait")]
    assert len(seas) == 2 and all(p.country is None for p in seas)
    at_sea = [c for c in done.claims if c.place is not None and c.place.country is None]
    assert at_sea, done.claims
    # a claim placed at sea, built by hand too, survives the JSON contract both ways
    hand = Claim(doc_id="sea", type="strike", claimant=Claimant("the navy", "Ukrainian Navy", "UA"),
                 evidence=Evidence("struck", 0, 6), place=seas[0])
    for c in at_sea + [hand]:
        d = json.loads(to_json(c))
        assert d["place"]["country"] is None and d["place"]["precision"] == "region"
        assert claim_from_dict(d) == c
    if not SCHEMA.exists():
        pytest.skip("../shared/spec is absent")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for c in list(done.claims) + [hand]:
        jsonschema.validate(json.loads(to_json(c)), schema)


# --- people's and clubs' names (first_names.txt, club_words.txt) -------------------------

def test_a_surname_after_a_first_name_is_no_place():
    assert load().first_names >= {name_key("Sergiy"), name_key("Oleh"), name_key("Anna")}
    got = mentions("Ukraine's envoy Sergiy Kyslytsya addressed the council.")
    assert "Kyslytsya" not in got and "Sergiy" not in got and got["Ukraine"].country == "UA"


def test_a_first_name_before_a_surname_is_no_place():
    got = mentions("Governor Oleh Kiper said Odesa was attacked at night.")
    assert "Oleh" not in got and got["Odesa"].admin1 == "UA-51"
    assert mentions("Deputy minister Anna Malyar spoke about the front.") == {}


def test_a_first_name_that_is_a_place_stays_one_where_the_text_says_so():
    got = resolved("Shelling hit the village of Oleh in the Odesa region.",
                   "Drones hit Kharkiv and Anna overnight.")
    assert got["Oleh"].admin1 == "UA-51"
    assert got["Anna"].country == "RU"          # not followed by a capitalised surname
    got = resolved("Mayor Ihor Terekhov said Kharkiv was hit again.")
    assert got["Kharkiv"].admin1 == "UA-63"     # "said" lies between the name and the city


def test_a_city_after_a_club_word_is_the_clubs():
    assert name_key("Shakhtar") in load().club_words
    got = mentions("Shakhtar Donetsk beat Dynamo Kyiv on Sunday.",
                   "Fans of Zorya Luhansk and Metalist Kharkiv gathered.")
    assert not {"Donetsk", "Kyiv", "Luhansk", "Kharkiv"} & set(got)
    assert mentions("Eintracht Frankfurt played at home.") == {}
    assert mentions("The match against Dnipro-1 was postponed.") == {}


def test_club_words_leave_the_city_alone_elsewhere():
    got = resolved("Dynamo fans left the stadium in Kyiv.", "A drone hit Donetsk at dawn.")
    assert got["Kyiv"].admin1 == "UA-30" and got["Donetsk"].admin1 == "UA-14"


# --- names of units and ships ----------------------------------------------------------

def test_units_named_after_a_place_are_not_the_place():
    for text in ("Soldiers of the Kupiansk assault battalion repelled the attack.",
                 "Lyman drone crews destroyed a tank.",
                 "The Khortytsia operational-strategic group reported 40 clashes.",
                 "The Kharkiv group of forces said it held the line."):
        assert mentions(text) == {}, text
    # "drone strikes" are not a unit: the town is where they hit
    assert resolved("Kupiansk drone strikes continued overnight.")["Kupiansk"].admin1 == "UA-63"


def test_a_quoted_one_word_name_is_a_post_or_a_ship():
    assert mentions("The 'Vostok' command post was hit.") == {}
    # an opening quote alone leaves the town a town
    assert resolved("Officials said “Kupiansk is holding”.")["Kupiansk"].admin1 == "UA-63"


# --- city districts (city_districts.tsv, GeoNames neighbourhoods) ------------------------

def test_districts_of_big_cities_from_the_table():
    got = resolved("A missile hit the Saltivskyi district of Kharkiv.",
                   "A drone hit an apartment block in Kharkiv's Kholodnohirskyi district.")
    salt = got["Saltivskyi district"]      # the mention runs to the word "district"
    assert salt.precision == "district" and salt.admin1 == "UA-63" and salt.country == "UA"
    assert got["Kholodnohirskyi district"].admin1 == "UA-63"
    # a former name leads to the district of today
    got = resolved("A missile hit the Moskovskyi district of Kharkiv.")
    assert got["Moskovskyi district"].admin1 == "UA-63"
    assert got["Moskovskyi district"].name.startswith("Saltivskyi")


def test_a_district_name_several_cities_share_follows_its_city():
    got = resolved("A shell hit the Kyivskyi district of Kharkiv.",
                   "A shell hit the Kyivskyi District of Odesa.")
    assert got["Kyivskyi district"].admin1 == "UA-63"
    assert got["Kyivskyi District"].admin1 == "UA-51"
    # alone, four cities have one: no guess
    found = locate(article("Shells hit Kyivskyi district overnight."))
    assert [m.place for m in found] == [None] and found[0].note.startswith("ambiguous")


def test_a_neighbourhood_of_a_big_city_is_a_district():
    place = resolved("Shelling hit Saltivka overnight.")["Saltivka"]
    assert place.precision == "district" and place.admin1 == "UA-63"


# --- world cities by their short names ---------------------------------------------------

def test_world_cities_by_the_names_news_uses():
    got = resolved("Officials met in New York and later in Frankfurt to discuss sanctions.")
    assert got["New York"].country == "US"
    assert got["Frankfurt"].country == "DE"
    # "frankfurt" is also a word: without a place cue it is none
    assert mentions("A shop sold Frankfurt sausages and beer.") == {}


def test_each_spelling_of_a_short_name_counts():
    # Saki in Crimea is also written Saky; a short name must match letter for letter
    assert resolved("Drones struck an airfield in Saky overnight.")["Saky"].admin1 == "UA-43"
    assert resolved("Explosions were reported in Saki, Crimea.")["Saki"].admin1 == "UA-43"


# --- spelling: Russian -ovka / -evka for Ukrainian -ivka -----------------------------------

def test_ovka_and_evka_fold_to_ivka():
    assert name_key("Martynovka") == name_key("Martynivka")
    assert name_key("Zhuravlevka") == name_key("Zhuravlivka")
    assert name_key("Andreevka") == name_key("Andriivka")
    # only the ending of a word of some length: "Novka" is not "Nivka"
    assert name_key("Novka") != name_key("Nivka")
    assert name_key("Petrovkas") != name_key("Petrivkas")
    got = resolved("Drones struck Mysharovka in the Vinnytsia region.")
    assert got["Mysharovka"].admin1 == "UA-05"


# --- "X (east of Y)": the nearer namesake ------------------------------------------------

def test_the_nearer_of_two_namesakes_near_the_anchor_wins():
    nadvirna = resolved("Officials in Nadvirna said a drone fell.")["Nadvirna"]
    near = resolved("A drone fell on a house in Kosmach (west of Nadvirna), officials said.")["Kosmach"]
    assert km(near.lat, near.lon, nadvirna.lat, nadvirna.lon) < 20
    # alone, the bigger village of the name
    alone = resolved("A drone fell on a house in Kosmach, officials said.")["Kosmach"]
    assert km(alone.lat, alone.lon, nadvirna.lat, nadvirna.lon) > 30
    vasylkiv = resolved("Officials in Vasylkiv said a drone fell.")["Vasylkiv"]
    near = resolved("Shelling hit Pohreby (south of Vasylkiv).")["Pohreby"]
    assert km(near.lat, near.lon, vasylkiv.lat, vasylkiv.lon) < 20


def test_a_village_at_its_hromadas_centre_may_lie_a_little_farther():
    # OCHA's Vyselky sits at its hromada's centre, a little over 60 km from Debaltseve
    got = resolved("Russian troops attacked Vyselky (northwest of Debaltseve).")
    assert got["Vyselky"].country == "UA" and got["Vyselky"].admin1 == "UA-14"


# --- villages the gazetteer lacks: unknown, not a far namesake ---------------------------

def test_a_village_not_in_the_region_the_text_names_is_unknown():
    got = mentions("Drones struck Trapivka in the Kursk region.")
    assert unknown(got["Trapivka"]) and got["Kursk region"].admin1 == "RU-KRS"
    # in its own region it is found
    assert resolved("Drones struck Trapivka in the Odesa region.")["Trapivka"].admin1 == "UA-51"


def test_a_village_not_in_the_country_the_text_names_is_unknown():
    assert unknown(mentions("Shelling hit the Russian village of Trapivka overnight.")["Trapivka"])
    got = resolved("Shelling hit the Ukrainian village of Trapivka overnight.")
    assert got["Trapivka"].admin1 == "UA-51"


def test_a_town_outside_the_named_region_is_still_chosen():
    # only villages are taken for places the gazetteer lacks
    got = resolved("Drones struck Kupiansk in the Kursk region.")
    assert got["Kupiansk"].admin1 == "UA-63"


def test_a_village_not_near_the_place_it_is_said_to_lie_near_is_unknown():
    got = mentions("Russian forces attacked northeast of Pokrovsk near Trapivka.")
    assert got["Pokrovsk"].admin1 == "UA-14" and unknown(got["Trapivka"])
    # the village it is placed "southeast of" is not itself tied to the unknown one
    got = mentions("In the Donetsk region, Russian forces attacked southeast of Kuroidivka "
                   "near Trapivka.")
    assert got["Kuroidivka"].admin1 == "UA-14" and unknown(got["Trapivka"])


def test_a_stray_village_far_from_all_the_article_names_is_unknown():
    got = mentions("Drones attacked Belgorod overnight, the governor said.",
                   "A power line was damaged near the village of Trapivka.")
    assert got["Belgorod"].country == "RU" and unknown(got["Trapivka"])


def test_a_village_is_not_stray_near_a_named_town_or_alone():
    got = resolved("Drones attacked Tatarbunary overnight, the governor said.",
                   "A power line was damaged near the village of Trapivka.")
    assert got["Trapivka"].admin1 == "UA-51"
    # an article that names no other settlement gives no reason to doubt it
    got = resolved("A power line was damaged near the village of Trapivka.")
    assert got["Trapivka"].admin1 == "UA-51"


def test_a_region_named_anywhere_in_the_article_keeps_its_villages():
    got = resolved("Air defences were active in the Odesa region.",
                   "Drones attacked Belgorod overnight, the governor said.",
                   "A power line was damaged near the village of Trapivka.")
    assert got["Trapivka"].admin1 == "UA-51"


def test_context_lists_the_regions_and_raions_named():
    odesa = next(e for e in lookup("Odesa Oblast") if e.kind == "R")
    kharkiv = max(lookup("Kharkiv"), key=lambda e: e.population)
    ctx = context_of([(1, odesa), (2, kharkiv)])
    assert ctx.regions == frozenset({"UA-51"})          # a settlement's oblast is not a region named
    assert ctx.admin1 == frozenset({"UA-51", "UA-63"})


def test_point_index_any_but():
    assert not PointIndex().any_but(None)
    assert not PointIndex([(50.0, 36.2, "a")]).any_but("a")
    assert PointIndex([(50.0, 36.2, "a"), (46.5, 30.7, "b")]).any_but("a")
    assert PointIndex([(50.0, 36.2)]).any_but("a")


# --- the region a paragraph ends with carries into the next ------------------------------

def test_the_region_closing_a_paragraph_places_the_next_ones_first_village():
    # Troshcha: one village in Vinnytsia oblast and one in Zhytomyr oblast
    for first, last, expected in (("Zhytomyr", "Vinnytsia", "UA-05"), ("Vinnytsia", "Zhytomyr", "UA-18")):
        got = resolved(f"Air defences were active over the {first} region overnight.",
                       f"Later on Monday, a man was wounded by a falling drone in a village in the "
                       f"{last} region.",
                       "Residents of Troshcha said the blast shattered windows.")
        assert got["Troshcha"].admin1 == expected, (first, last)


# --- resolve() for other stages ----------------------------------------------------------

def test_resolve_finds_seas_and_city_districts():
    sea = resolve("Sea of Azov")
    assert sea is not None and sea.country is None and sea.precision == "region"
    assert resolve("Black Sea", country="UA") is None     # a sea is in no country
    district = resolve("Saltivskyi district", admin1="UA-63")
    assert district is not None and district.precision == "district"


# --- tools/build_gazetteer.py: neighbourhoods and city districts -------------------------

@pytest.fixture(scope="module")
def builder():
    path = ROOT / "tools" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer_under_test", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def _place(name, admin1, lat, lon, population, geonameid, kind="S", **extra):
    return dict(kind=kind, name=name, country="UA", admin1=admin1, geonameid=geonameid, lat=lat,
                lon=lon, population=population, parent="", names=[name], **extra)


def test_build_makes_big_city_neighbourhoods_districts(builder):
    city = _place("Kharkiv", "UA-63", 49.98, 36.25, 1_400_000, 1)
    part = _place("Saltivka", "UA-63", 50.02, 36.35, 400_000, 2)            # ~8 km out
    own = _place("Pisochyn", "UA-63", 49.96, 36.10, 20_000, 3, ocha=True)  # a settlement per OCHA
    far = _place("Chuhuiv", "UA-63", 49.84, 36.69, 30_000, 4)              # ~35 km out
    twin = _place("Zaitseve", "UA-63", 50.00, 36.30, 500, 5)
    twin2 = _place("Zaitseve", "UA-63", 49.50, 37.00, 700, 6)               # a namesake in the oblast
    ochaonly = _place("Bezruky", "UA-63", 50.05, 36.20, 900, "")            # not from GeoNames
    kyiv = _place("Kyiv", "UA-30", 50.45, 30.52, 2_900_000, 7)
    troieshchyna = _place("Troieshchyna", "UA-30", 50.51, 30.60, 250_000, 8)
    entries = [city, part, own, far, twin, twin2, ochaonly, kyiv, troieshchyna]
    assert builder.neighbourhoods(entries) == 2
    assert part["kind"] == "C" and part["parent"] == 1
    assert troieshchyna["kind"] == "C" and troieshchyna["parent"] == 7
    assert all(e["kind"] == "S" for e in (city, own, far, twin, twin2, ochaonly, kyiv))


def test_build_adds_the_tables_city_districts(builder, capsys):
    kharkiv = _place("Kharkiv", "UA-63", 49.98, 36.25, 1_400_000, 1)
    have = _place("Kyivskyi", "UA-63", 50.01, 36.27, 150_000, 2, kind="C")   # GeoNames has it
    out = builder.city_districts([kharkiv, have])
    names = {d["name"] for d in out}
    assert "Saltivskyi district, Kharkiv" in names
    assert not any(n.startswith("Kyivskyi") for n in names)
    salt = next(d for d in out if d["name"] == "Saltivskyi district, Kharkiv")
    assert salt["kind"] == "C" and salt["admin1"] == "UA-63" and salt["parent"] == 1
    assert (salt["lat"], salt["lon"]) == (49.98, 36.25)
    assert "Moskovskyi" in salt["names"] and salt["names"][0] == "Saltivskyi"
    # each of the table's Kharkiv districts gets an equal share of the city
    assert 0 < salt["population"] < kharkiv["population"] and salt["population"] * 9 <= 1_400_000
    assert all(d["admin1"] == "UA-63" for d in out)      # the other cities are not in the list
    assert "not found" in capsys.readouterr().err


def test_gazetteer_rows_come_from_the_build():
    gaz = load()
    kinds = {e.kind for e in gaz.entries}
    assert {"S", "C", "D", "R", "K", "P", "F", "W"} <= kinds
    assert any(e.kind == "C" and e.name == "Saltivskyi district, Kharkiv" for e in gaz.entries)
    seas = [e for e in gaz.entries if e.kind == "W"]
    assert len(seas) >= 8 and all(e.lat is not None and e.geonameid is None for e in seas)
    assert {e.country for e in seas} == {None, "TR"}
