"""The geo stage: matching, disambiguation, resolve(), boundaries. Sentences are our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwire.geo import admin1_at, locate, oblast_boundaries, resolve
from frontwire.geo.normalize import name_key
from frontwire.records import Article
from article_helpers import article_of

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


article = article_of


def places(*paragraphs: str):
    return [(m.text, m.place.name if m.place else None, m.place.admin1 if m.place else None,
             m.place.precision if m.place else m.note) for m in locate(article(*paragraphs))]


def resolved(*paragraphs: str) -> dict[str, tuple]:
    return {m.text: m.place for m in locate(article(*paragraphs)) if m.place}


def test_spelling_variants_share_a_key():
    assert name_key("Kupiansk") == name_key("Kupyansk")
    assert name_key("Zaporizhzhia") == name_key("Zaporizhzhya")
    assert name_key("Izium") == name_key("Izyum")
    assert name_key("Mar'inka") == name_key("Marinka")
    assert name_key("Sievierodonetsk") == name_key("Severodonetsk")
    assert name_key("Kharkiv") != name_key("Kherson")


def test_offsets_point_into_the_source_text():
    a = article("Drones hit Kupyansk overnight.", "Officials in Odessa said the port was struck.")
    for m in locate(a):
        assert a.source_text[m.start:m.end] == m.text
    names = [m.place.name for m in locate(a)]
    assert names[0] in ("Kupiansk", "Kupyansk")
    assert "Odesa" in names[1] or "Odessa" in names[1]


def test_region_forms():
    got = resolved("A drone attack hit Ukraine's southern Odesa region.",
                   "Russian forces pushed in the Zaporizhzhia Oblast, and Russia's Samara region was hit.")
    assert got["Odesa region"].admin1 == "UA-51" and got["Odesa region"].precision == "region"
    assert got["Zaporizhzhia Oblast"].admin1 == "UA-23"
    assert got["Samara region"].admin1 == "RU-SAM" and got["Samara region"].country == "RU"


def test_region_lists_and_occupied_regions():
    got = resolved("Fighting went on in the Donetsk and Luhansk regions.",
                   "Strikes hit occupied Zaporizhzhia.")
    assert got["Donetsk"].precision == "region" and got["Donetsk"].admin1 == "UA-14"
    assert got["Luhansk regions"].admin1 == "UA-09"
    assert got["Zaporizhzhia"].precision == "region"


def test_occupied_territory_is_coded_in_ukraine():
    got = resolved("Explosions were heard in Sevastopol and across Crimea.")
    assert got["Sevastopol"].admin1 == "UA-40" and got["Sevastopol"].country == "UA"
    assert got["Crimea"].admin1 == "UA-43"


def test_oblast_next_to_a_village_decides():
    # Several villages share these names; the oblast written beside them picks one.
    got = resolved("Shells fell on Andriivka, Kyiv Oblast, on Tuesday.",
                   "A school was damaged in Oleksandrivka, Kherson oblast.")
    assert got["Andriivka"].admin1 == "UA-32"
    assert got["Oleksandrivka"].admin1 == "UA-65"


def test_country_cue_decides_pokrovsk():
    got = resolved("Russian troops are trying to encircle Pokrovsk.")
    assert got["Pokrovsk"].admin1 == "UA-14"
    got = resolved("A drone fell in the Russian town of Pokrovsk in Yakutia.")
    assert got["Pokrovsk"].country == "RU"


def test_front_direction_is_a_district():
    got = resolved("The heaviest fighting was in the Pokrovsk direction.")
    place = got["Pokrovsk direction"]
    assert place.precision == "district" and place.admin1 == "UA-14"


def test_city_district():
    got = resolved("A shell hit the Kyivskyi district of Donetsk.")
    assert got["Kyivskyi district"].precision == "district"
    assert got["Kyivskyi district"].admin1 == "UA-14"
    assert got["Donetsk"].precision == "settlement"
    assert "Kyiv" not in got


def test_ambiguous_name_without_context_is_not_guessed():
    found = locate(article("Soldiers were filmed walking through Mykolaivka."))
    assert len(found) == 1 and found[0].place is None
    assert found[0].note.startswith("ambiguous")


def test_words_and_people_are_not_places():
    text = ("Taras Shevchenko wrote poems. Love Island returns. Mirny said the Druzhba pipeline "
            "was fine, and Vladimir Putin met Kamala Harris and David Cameron at the bar.")
    assert places(text) == []


def test_weak_names_need_a_place_cue():
    got = resolved("Shelling hit the village of Shevchenko, Donetsk Oblast.", "Drones struck Bar overnight.")
    assert got["Shevchenko"].admin1 == "UA-14"
    assert got["Bar"].admin1 == "UA-05"


def test_river_and_street_are_not_the_city():
    got = resolved("Troops crossed the Dnipro near Kherson.", "A shell hit Shevchenko Street.")
    assert "Dnipro" not in got and "Shevchenko" not in got
    assert got["Kherson"].admin1 == "UA-65"


def test_world_places_and_countries():
    got = resolved("Delegations met in Geneva and later in Abu Dhabi, the United Arab Emirates.")
    assert got["Geneva"].admin1 == "CH-GE"
    assert got["Abu Dhabi"].country == "AE"
    assert got["United Arab Emirates"].precision == "country"


def test_odd_input_never_crashes():
    for text in ("", " ", "\x00\x01\x02 ÿþ", "Київ і Харків", "a" * 300_000, "Kharkiv " * 20_000):
        result = locate(article(text) if text.strip() else Article("t", (), (), text))
        assert isinstance(result, list)
    assert [m.place.admin1 for m in locate(article("Обстріл Харкова і Київ"))][-1] == "UA-30"


def test_resolve_for_other_stages():
    assert resolve("Kursk oblast").admin1 == "RU-KRS"
    assert resolve("Zaporizhzhia oblast").admin1 == "UA-23"
    assert resolve("Zaporizhzhia").precision == "settlement"
    assert resolve("Pokrovsk", country="RU").country == "RU"
    assert resolve("Pokrovsk").admin1 == "UA-14"
    assert resolve("Andriivka", admin1="UA-32").admin1 == "UA-32"
    assert resolve("Andriivka") is None
    assert resolve("Nowhereville") is None and resolve("") is None


def test_boundaries():
    geo = oblast_boundaries()
    codes = {f["properties"]["iso3166_2"] for f in geo["features"]}
    assert len(codes) == 27 and {"UA-30", "UA-40", "UA-43", "UA-14"} <= codes
    assert admin1_at(50.45, 30.52) == "UA-30"        # Kyiv
    assert admin1_at(49.99, 36.23) == "UA-63"        # Kharkiv
    assert admin1_at(44.95, 34.10) == "UA-43"        # Simferopol
    assert admin1_at(52.52, 13.40) is None           # Berlin


def test_dev_places_bar():
    """The places benchmark's dev items (skipped without ../shared)."""
    items_path = SHARED / "eval" / "dev" / "places_items.jsonl"
    if not items_path.exists():
        pytest.skip("../shared is absent")
    items = [json.loads(line) for line in items_path.open(encoding="utf-8")]
    gold = {g["doc_id"]: g for g in map(json.loads, (SHARED / "eval" / "dev" / "places_gold.jsonl").open())}
    rank = {"point": 0, "settlement": 1, "district": 2, "region": 3, "country": 4}
    hits = 0
    for it in items:
        found = [m.place for m in locate(article(it["text"], published=it.get("published"))) if m.place]
        if found:
            best = min(found, key=lambda p: rank[p.precision])
            hits += best.admin1 == gold[it["id"]]["admin1"]
    assert hits / len(items) >= 0.95


# --- second round: relations, dated front lines, sites, capitals, names of other things ----

def test_relative_position_ties_a_village_to_its_town():
    # Without a cue, Pryluky is the city in Chernihiv Oblast; placed near Huliaipole, the village.
    assert resolved("Officials said the water supply in Pryluky was restored.")["Pryluky"].admin1 == "UA-74"
    for text in ("Russian forces attacked northwest of Hulyaipole near Pryluky and Dobropillya.",
                 "Troops advanced toward Varvarivka and Pryluky (both northwest of Hulyaipole).",
                 "Fighting went on at Pryluky and Dobropillya near Huliaipole."):
        got = resolved(text)
        assert got["Pryluky"].admin1 == "UA-23", text
        if "Dobropillya" in got:
            assert got["Dobropillya"].admin1 == "UA-23", text
    got = resolved("Assaults continued southwest of Kostyantynivka near Stepanivka; south of "
                   "Druzhkivka near Rusyn Yar.")
    assert got["Stepanivka"].admin1 == "UA-14"


def test_front_lines_depend_on_the_date():
    from frontwire.geo.disambiguate import front_at, front_bonus
    from frontwire.geo.locate import lookup

    hostomel = max((e for e in lookup("Hostomel") if e.admin1 == "UA-32"), key=lambda e: e.population)
    assert front_bonus(hostomel.idx, front_at("2022-03-10")) > 1.0   # the battle for Kyiv
    assert front_bonus(hostomel.idx, front_at("2024-06-01")) == 0.0
    assert front_at(None) is None and front_at("soon") is None


def test_named_sites_and_directions():
    got = resolved("Shelling cut power to the Zaporizhzhia nuclear power plant again.",
                   "Drones struck the Engels airbase and a plant in Saky.",
                   "Battles continued on the Orikhiv and Prydniprovske directions.")
    plant = got["Zaporizhzhia nuclear power plant"]
    assert plant.precision == "point" and plant.admin1 == "UA-23" and abs(plant.lat - 47.51) < 0.05
    assert got["Engels airbase"].admin1 == "RU-SAR"
    assert got["Prydniprovske directions"].admin1 == "UA-65"
    assert got["Orikhiv"].admin1 == "UA-23"


def test_the_capital_is_the_capital_of_the_country_in_question():
    got = resolved("Drones attacked Kharkiv and Odesa overnight, and debris fell in the capital.")
    assert got["capital"].name == "Kyiv"
    assert resolved("Air defences were active over the Russian capital.")["Russian capital"].admin1 == "RU-MOW"
    assert places("The capital markets fell.") == []
    assert places("Sirens sounded in the capital.") == []   # no country to tell which


def test_people_newspapers_and_old_names_are_not_places():
    text = ("President Volodymyr Zelensky told Ukrainska Pravda and the Kyiv Independent that the "
            "Leningrad Military District moved. Workers at the Kalinin plant went on strike.")
    assert places(text) == []
    got = resolved("Kyiv military officials said a school was hit.",
                   "The town of Volodymyr in Volyn Oblast was hit.")
    assert got["Kyiv"].admin1 == "UA-30" and got["Volodymyr"].admin1 == "UA-07"


def test_a_region_point_is_its_centre():
    from frontwire.geo.proximity import km

    oblast = resolved("Troops moved across Kherson Oblast.")["Kherson Oblast"]
    city = resolved("Troops moved into Kherson.")["Kherson"]
    assert oblast.precision == "region" and km(oblast.lat, oblast.lon, city.lat, city.lon) < 10


def test_bench_places_runs(tmp_path):
    from click.testing import CliRunner

    from frontwire.cli import main

    corpus = tmp_path / "docs.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Shells hit Kupiansk and Izium overnight."}) + "\n",
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["bench", "places", "--pages", str(corpus), "--feed", str(corpus),
                                       "--repeat", "1"])
    assert result.exit_code == 0, result.output
    assert "gazetteer load" in result.output and "docs/s" in result.output
