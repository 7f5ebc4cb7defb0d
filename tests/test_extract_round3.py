"""Claim extraction, round 3: pages and events that are not about the war, sources that keep
their side, dating clauses and history, forecasts, negation, loss tallies, what an event word
names (a mediated swap, troops deployed, "any strike", talks with a party), times ("currently",
"mid-November", "since 2022", "25-26 November") and sea places beside land ones.

None of these sentences comes from the corpus or the evaluation sets: they are made up, with
made-up figures and names, each to check one rule.
"""

import pytest

from frontwire.extract import extract
from frontwire.extract.numbers import find_numbers
from frontwire.extract.timex import event_time
from frontwire.records import Article, Place
from article_helpers import article_of, mention, only

PUB = "2026-03-09"          # a Monday
ITALY = Place("Italy", "Italy", "IT", None, "country")
SUDAN = Place("Sudan", "Sudan", "SD", None, "country")
ROMANIA = Place("Romania", "Romania", "RO", None, "country")
UKRAINE = Place("Ukraine", "Ukraine", "UA", None, "country")
LVIV = Place("Lviv", "Lviv", "UA", "UA-46", "settlement")
ODESA = Place("Odesa", "Odesa", "UA", "UA-51", "settlement")
BLACK_SEA = Place("Black Sea", "Black Sea", None, None, "region", None, 43.4, 34.3)


def make(*paragraphs: str, published: str = PUB) -> Article:
    return article_of(*paragraphs, published=published, doc_id="r3")




def types(claims):
    return {c.type for c in claims}




def figures(claims):
    return {(c.type, q.scope, q.unit, q.value) for c in claims for q in c.quantities}


def window(time):
    return None if time is None else (time.start, time.end)


# --- topic: pages and events that are not about the war ---------------------------------

def test_a_page_that_never_speaks_of_the_war_gives_no_claims():
    a = make("Heavy storms killed 12 people in northern Italy on Sunday, officials said.",
             "Rescuers said 40 homes were damaged by the floods.")
    assert extract(a, [mention(a, "Italy", ITALY)]) == []
    riot = make("Police clashed with protesters in the capital on Sunday, and three people were "
                "killed, officials said.")
    assert extract(riot, []) == []


def test_a_page_with_a_place_in_ukraine_or_words_of_war_is_read():
    # no word of the war, but the geo stage placed it in Ukraine
    a = make("A gas explosion in an apartment block in Lviv killed three people on Sunday, the mayor said.")
    assert ("casualties", "killed", "person", 3) in figures(extract(a, [mention(a, "Lviv", LVIV)]))
    # no name of the war, but words of war ("shelling")
    b = make("The governor said four people were killed by shelling on Sunday.")
    assert ("casualties", "killed", "person", 4) in figures(extract(b, []))


def test_an_event_placed_only_abroad_in_a_paragraph_that_never_names_the_war():
    a = make("Russian drones struck Kharkiv overnight, killing two people, the governor said.",
             "Separately, a drone attack on a market in Sudan killed 20 people on Sunday, local "
             "officials said.")
    claims = extract(a, [mention(a, "Sudan", SUDAN)])
    assert ("casualties", "killed", "person", 2) in figures(claims)
    assert all("Sudan" not in c.evidence.text for c in claims)
    assert all(c.place != SUDAN for c in claims)


def test_an_event_abroad_is_kept_when_its_sentence_or_paragraph_names_the_war():
    same_paragraph = make("Russian drones attacked Kharkiv overnight, the governor said. A drone attack "
                          "on a market in Sudan killed 20 people on Sunday, local officials said.")
    claims = extract(same_paragraph, [mention(same_paragraph, "Sudan", SUDAN)])
    assert ("casualties", "killed", "person", 20) in figures(claims)
    romania = make("A Russian drone crashed into a house in a village in Romania on Sunday, injuring "
                   "two people, the Romanian defence ministry said.")
    (c,) = only(extract(romania, [mention(romania, "Romania", ROMANIA)]), "casualties")
    assert c.place == ROMANIA
    unnamed = make("A drone crashed into a house in a village in Romania on Sunday, injuring two "
                   "people, the Romanian defence ministry said.")
    assert extract(unnamed, [mention(unnamed, "Romania", ROMANIA)]) == []


# --- claimants -------------------------------------------------------------------------

def test_a_source_named_with_its_nationality_keeps_it_later_in_the_paragraph():
    a = make("Russian milbloggers discussed the fighting near Siversk on Sunday. Milbloggers claimed "
             "that Russian forces captured the village of Zvanivka.")
    (c,) = only(extract(a, []), "territorial_change")
    assert c.claimant.text == "Milbloggers" and c.claimant.side == "RU"
    b = make("Russian milbloggers' claims about the front were mixed on Sunday, with some milbloggers "
             "claiming that Russian forces advanced near Siversk and seized two villages.")
    assert {c.claimant.side for c in extract(b, [])} == {"RU"}


def test_the_side_of_a_source_does_not_cross_into_the_next_paragraph():
    a = make("Russian milbloggers discussed the fighting near Siversk on Sunday.",
             "Milbloggers claimed that Russian forces captured the village of Zvanivka.")
    (c,) = only(extract(a, []), "territorial_change")
    assert c.claimant.text == "Milbloggers" and c.claimant.side != "RU"


def test_a_quotation_paragraph_without_a_speaker_goes_on_with_the_last_speaker():
    a = make("Ukraine's General Staff spokesman Andriy Kovalenko said on Monday that the situation near "
             "Pokrovsk remained tense.",
             "“Between yesterday and today, our forces repelled 14 Russian assaults near the town.”")
    (c,) = only(extract(a, []), "ground_combat")
    assert c.claimant.side == "UA" and "Kovalenko" in c.claimant.text
    b = make("Kremlin spokesman Dmitry Peskov said on Monday that the situation near Pokrovsk remained tense.",
             "“Between yesterday and today, 14 assaults were repelled near the town.”")
    (c,) = only(extract(b, []), "ground_combat")
    assert c.claimant.side == "RU" and "Peskov" in c.claimant.text


def test_the_last_speaker_does_not_reach_a_quotation_with_its_own_speaker_or_after_a_gap():
    own = make("Kremlin spokesman Dmitry Peskov said on Monday that the situation near Pokrovsk remained tense.",
               "“Between yesterday and today, 14 assaults were repelled near the town,” Ukrainian officer "
               "Ivan Kovalchuk said.")
    (c,) = only(extract(own, []), "ground_combat")
    assert "Kovalchuk" in c.claimant.text and c.claimant.side == "UA"
    gap = make("Kremlin spokesman Dmitry Peskov said on Monday that the situation near Pokrovsk remained tense.",
               "The town has been under attack for months. Its last residents left in the autumn.",
               "“Between yesterday and today, 14 assaults were repelled near the town.”")
    (c,) = only(extract(gap, []), "ground_combat")
    assert c.claimant.side == "media"
    plain = make("Kremlin spokesman Dmitry Peskov said on Monday that the situation near Pokrovsk remained tense.",
                 "Between yesterday and today, 14 assaults were repelled near the town.")
    (c,) = only(extract(plain, []), "ground_combat")
    assert c.claimant.side == "media"          # no quotation mark: the outlet's own voice


def test_a_clause_that_only_dates_the_event_names_no_source():
    a = make("Russian drones struck Odesa overnight, hours after Zelensky said his intelligence services "
             "had warned of a massive attack.")
    (c,) = only(extract(a, []), "strike")
    assert c.claimant.side == "media"
    assert c.claimant.text is None or "intelligence" not in c.claimant.text


def test_a_time_set_off_at_the_start_is_no_speaker():
    a = make("In mid-November, the defence secretary visited Kyiv and told reporters that Russian forces "
             "had captured two villages.")
    (c,) = only(extract(a, []), "territorial_change")
    assert c.claimant.text != "November" and c.claimant.side != "unknown"
    assert window(c.time) == ("2025-11-11", "2025-11-20")      # the November before, not the next


def test_condemning_is_speaking():
    a = make("The Ukrainian foreign ministry condemned the Russian strike that killed four people in "
             "Sumy on Sunday.")
    claims = extract(a, [])
    assert ("casualties", "killed", "person", 4) in figures(claims)
    assert {c.claimant.side for c in claims} == {"UA"}
    assert {c.claimant.text for c in claims} == {"The Ukrainian foreign ministry"}


def test_a_russian_bulletin_that_calls_ukraines_forces_the_enemy_keeps_its_source():
    a = make("The Russian Defence Ministry said on Sunday that its forces had taken the village of "
             "Pishchane near Kupiansk.",
             "The enemy lost up to 40 servicemen and two tanks in the area.")
    losses = [c for c in extract(a, []) if "enemy" in c.evidence.text]
    assert losses and {c.claimant.side for c in losses} == {"RU"}
    assert ("casualties", "other", "person", 40) in figures(losses)


# --- dating clauses and history ------------------------------------------------------

def test_a_year_in_a_relative_clause_is_not_the_events_time():
    a = make("Russia, which annexed Crimea in 2014, fired 40 drones at Odesa on Sunday, the air force said.")
    (c,) = only(extract(a, []), "strike")
    assert window(c.time) == ("2026-03-08", "2026-03-08")
    assert ("strike", "launched", "drone", 40) in figures([c])
    b = make("Russia, which annexed Crimea in 2014, fired 40 drones at Odesa, the air force said.")
    (c,) = only(extract(b, []), "strike")
    assert c.time is None                    # not 2014, so not history either


def test_event_time_skips_expressions_outside_the_event():
    text = "Russia, which annexed Crimea in 2014, fired 40 drones at Odesa on Sunday."
    aside = (text.index("which"), text.index("2014") + 4)
    assert window(event_time(text, PUB)) == ("2014-01-01", "2014-12-31")
    assert window(event_time(text, PUB, outside=(aside,))) == ("2026-03-08", "2026-03-08")


def test_an_event_dated_before_the_war_in_its_own_clause_is_history():
    for sentence in ("Russian artillery destroyed the airport terminal in Donetsk during the 2014 battle, "
                     "the report said.",
                     "Russian artillery destroyed the airport terminal in Donetsk in the battle of 2014, "
                     "the report said."):
        assert extract(make(sentence), []) == [], sentence
    ww2 = make("During World War II, the Red Army shelled the city for weeks, killing 3,000 civilians, "
               "the museum said.")
    assert "strike" not in types(extract(ww2, []))


def test_a_record_since_an_old_year_is_not_history():
    a = make("Russian artillery shelled Kharkiv on Sunday, the largest attack since 2014, the mayor said.")
    (c,) = only(extract(a, []), "strike")
    assert window(c.time) == ("2026-03-08", "2026-03-08")


def test_events_long_before_publication_are_history():
    old = "In September 2022, Ukrainian forces liberated the town of Izium, the general said."
    assert extract(make(old), []) == []
    # the same sentence, published weeks later, is news
    assert types(extract(make(old, published="2022-10-10"), [])) == {"territorial_change"}
    # January 2025 ends 402 days before publication; May 2025, 282 days
    assert extract(make("In January 2025, Russian forces captured the village of Pishchane, the governor "
                        "said."), []) == []
    (c,) = extract(make("In May 2025, Russian forces captured the village of Pishchane, the governor said."), [])
    assert c.type == "territorial_change" and window(c.time) == ("2025-05-01", "2025-05-31")


def test_running_tallies_since_2022_are_not_history():
    a = make("Russia has lost 3,000 tanks since the invasion began in February 2022, the General Staff said.")
    (c,) = extract(a, [])
    assert window(c.time) == ("2022-02-24", PUB)
    assert ("casualties", "destroyed", "vehicle", 3000) in figures([c])
    b = make("Russia has lost 3,000 tanks since 2022, the General Staff said.")
    (c,) = extract(b, [])
    assert window(c.time) == ("2022-01-01", PUB)


# --- forecasts and negation --------------------------------------------------------------

def test_the_outlets_forecast_of_an_aim_is_no_claim():
    a = make("Moscow plans to mobilize 150,000 more men this spring.")
    assert extract(a, []) == []


def test_planned_talks_and_an_attributed_forecast_are_kept():
    talks = make("Russia and Ukraine are expected to hold talks in Istanbul next week.")
    (c,) = extract(talks, [])
    assert c.type == "negotiation" and c.modality == "planned"
    swap = make("Russia and Ukraine plan to exchange 300 prisoners next week.")
    assert types(extract(swap, [])) == {"prisoner_exchange"}
    said = make("Russian forces will likely seize Siversk by the end of March, the Ukrainian commander said.")
    (c,) = extract(said, [])
    assert c.modality == "planned" and c.claimant.side == "UA"


def test_not_an_isolated_incident_is_no_denial():
    a = make("The attack on the market was not an isolated incident, the governor said.")
    (c,) = only(extract(a, []), "strike")
    assert c.modality == "actual"


def test_no_comment_on_an_event_does_not_negate_it():
    a = make("The Kremlin had no comment on the talks with Ukraine in Geneva on Sunday.")
    (c,) = only(extract(a, []), "negotiation")
    assert c.modality == "actual" and c.status == "unconfirmed"
    b = make("There was no comment from Kyiv on the strike on the port on Sunday.")
    (c,) = only(extract(b, []), "strike")
    assert c.modality == "actual"


def test_events_that_did_not_happen_are_still_negated():
    a = make("The talks with Russia in Istanbul did not take place on Sunday, the Ukrainian ministry said.")
    (c,) = only(extract(a, []), "negotiation")
    assert c.modality == "negated"
    b = make("No offensive actions by the enemy were recorded near Kupiansk over the past day, the "
             "General Staff said.")
    (c,) = only(extract(b, []), "ground_combat")
    assert c.modality == "negated"


def test_what_a_speaker_can_see_happened_is_actual():
    a = make("The Ukrainian commander said: We can see that Russian forces have captured the village "
             "of Pishchane.")
    (c,) = only(extract(a, []), "territorial_change")
    assert c.modality == "actual"


# --- figures and event types ------------------------------------------------------------

def test_losses_that_amount_to_a_figure_are_a_loss_tally():
    a = make("The enemy's losses over the past day amounted to 1,160 troops and 12 tanks, the General "
             "Staff said.")
    (c,) = only(extract(a, []), "casualties")
    assert figures([c]) == {("casualties", "other", "person", 1160), ("casualties", "destroyed", "vehicle", 12)}


@pytest.mark.parametrize("sentence", [
    "Russian shelling killed three teachers and two nurses in Kherson on Sunday, the governor said.",
    "A Russian missile strike killed 3 miners in the Dnipropetrovsk region overnight, the governor said.",
])
def test_more_kinds_of_people_are_counted_as_people(sentence):
    found = figures(extract(make(sentence), []))
    assert ("casualties", "killed", "person", 3) in found
    assert not any(f[2] == "other" for f in found)


def test_people_injured_at_a_market_are_people():
    a = make("Russian drones injured 5 shoppers at a market in Kherson on Sunday, the governor said.")
    assert figures(extract(a, [])) == {("casualties", "injured", "person", 5)}


def test_a_swap_mediated_by_a_third_country_is_the_swap_not_talks():
    a = make("Ukraine and Russia exchanged 150 prisoners each on Sunday in a swap mediated by the "
             "United Arab Emirates.")
    assert types(extract(a, [])) == {"prisoner_exchange"}
    b = make("The swap was mediated by the United Arab Emirates, the Ukrainian ombudsman said on Sunday.")
    assert types(extract(b, [])) == {"prisoner_exchange"}
    c = make("Russia and Ukraine returned 150 prisoners each on Sunday, with the United Arab Emirates "
             "mediating the release.")
    assert types(extract(c, [])) == {"prisoner_exchange"}


def test_mediated_talks_are_still_talks():
    a = make("The talks in Geneva were mediated by the United States, the Ukrainian ministry said on Sunday.")
    assert types(extract(a, [])) == {"negotiation"}


def test_troops_described_where_they_serve_are_not_mobilized():
    a = make("Ukrainian drones hit a base housing 1,300 Russian servicemen deployed in the Zaporizhzhia "
             "region, the General Staff said.")
    assert types(extract(a, [])) == {"strike"}
    b = make("Ukrainian forces captured 20 Russian soldiers, most of them conscripts, near Kupiansk on "
             "Sunday, the brigade said.")
    assert types(extract(b, [])) == {"capture"}


def test_troops_sent_somewhere_are_still_mobilization():
    a = make("Russia deployed 1,300 more servicemen to the Zaporizhzhia region last week, the General "
             "Staff said.")
    (c,) = extract(a, [])
    assert c.type == "mobilization" and ("mobilization", "other", "person", 1300) in figures([c])


def test_any_strike_is_a_kind_of_event_not_one():
    a = make("Any strike against civilians in Ukraine is unacceptable, the UN chief said.")
    assert extract(a, []) == []
    b = make("Russian drones carried out an attack on Odesa overnight, the governor said.")
    assert types(extract(b, [])) == {"strike"}


def test_fire_damage_is_shelling_not_damage():
    a = make("Russian artillery inflicted fire damage on Ukrainian manpower near Lyman on Sunday, the "
             "ministry said.")
    assert types(extract(a, [])) == {"strike"}


def test_kinds_of_vehicle_are_no_strike():
    b = make("The new rules hampered Russian attack vehicles and strike equipment, the milbloggers noted.")
    assert extract(b, []) == []


def test_damaged_relations_and_reputations_are_not_damage():
    a = make("The drone strike damaged the talks with Russia, the Ukrainian minister said on Sunday.")
    assert "infrastructure_damage" not in types(extract(a, []))


def test_a_market_damaged_in_an_attack_is_damage():
    a = make("A market and 12 houses were damaged in the Russian attack on Kherson on Sunday, the "
             "governor said.")
    assert ("infrastructure_damage", "other", "other", 12) in figures(extract(a, []))
    b = make("Russian shelling damaged the market in Kherson on Sunday, the governor said.")
    assert "infrastructure_damage" in types(extract(b, []))


@pytest.mark.parametrize("sentence", [
    "Putin spoke to agents of his FSB in Moscow on Sunday about the war in Ukraine.",
    "Zelensky met soldiers in Kharkiv on Sunday to discuss the war with Russia.",
])
def test_talking_to_people_who_are_no_party_is_no_negotiation(sentence):
    assert "negotiation" not in types(extract(make(sentence), []))


@pytest.mark.parametrize("sentence", [
    "Putin spoke to Trump by phone on Sunday about the war in Ukraine.",
    "Zelensky met his French counterpart in Kyiv on Sunday to discuss the war with Russia.",
    "Zelensky spoke with the Ukrainian delegation in Geneva on Sunday about the war with Russia.",
])
def test_talking_to_a_party_is_negotiation(sentence):
    assert "negotiation" in types(extract(make(sentence), []))


# --- times -------------------------------------------------------------------------------

def test_currently_is_the_day_of_publication():
    t = event_time("Russian forces currently hold 19 percent of Ukraine's territory.", PUB)
    assert window(t) == (PUB, PUB)
    assert window(event_time("At present, Russian forces occupy the village.", PUB)) == (PUB, PUB)
    a = make("Russian forces currently occupy 19 percent of Ukraine's territory, the analysts said.")
    (c,) = only(extract(a, []), "territorial_change")
    assert window(c.time) == (PUB, PUB)


@pytest.mark.parametrize("text, published, expected", [
    ("Talks were held in mid-November.", "2026-03-09", ("2025-11-11", "2025-11-20")),
    ("Talks were held in early December.", "2026-03-09", ("2025-12-01", "2025-12-10")),
    ("Talks were held in late October.", "2026-03-09", ("2025-10-21", "2025-10-31")),
    ("The next round of talks is expected in early February.", "2025-12-20", ("2026-02-01", "2026-02-10")),
    # left alone: a month just ahead, the month of publication, and one just past
    ("The next round of talks is set for early April.", "2026-02-20", ("2026-04-01", "2026-04-10")),
    ("Talks were held in early March.", "2026-03-20", ("2026-03-01", "2026-03-10")),
    ("Talks were held in late January.", "2026-03-09", ("2026-01-21", "2026-01-31")),
])
def test_part_of_a_month_is_the_last_one_unless_just_ahead(text, published, expected):
    assert window(event_time(text, published)) == expected


@pytest.mark.parametrize("text", [
    "Russia has held the town since 2022.",
    "Russia has lost 1,000 tanks since the invasion began in February 2022.",
    "Russia has lost 1,000 tanks since the full-scale invasion of Ukraine in 2022.",
    "Russia has lost 1,000 tanks since the invasion in 2022.",
])
def test_since_2022_runs_up_to_publication(text):
    t = event_time(text, PUB)
    assert t.end == PUB and t.start in ("2022-01-01", "2022-02-24")


def test_in_2022_is_still_the_year():
    assert window(event_time("Russia captured the town in 2022.", PUB)) == ("2022-01-01", "2022-12-31")


def test_the_first_day_of_a_range_of_dates_is_no_figure():
    assert find_numbers("Talks were held in Geneva on 25-26 November.") == []
    found = find_numbers("Talks were held in Geneva on 25-26 November, with 40 delegates.")
    assert [n.value for n in found] == [40]
    assert [n.value for n in find_numbers("On 25-26 November, Russia launched 30 drones.")] == [30]
    # a range of counts is left alone
    assert [(n.value, n.approx) for n in find_numbers("Russia launched 25-30 drones overnight.")] == [
        (25, "at_least"), (30, "at_most")]


# --- places ------------------------------------------------------------------------------

def test_a_sea_beside_a_place_on_land_gives_way_to_it():
    a = make("Russian drones attacked a cargo ship in the Black Sea near Odesa overnight, the Ukrainian "
             "navy said.")
    claims = extract(a, [mention(a, "Black Sea", BLACK_SEA), mention(a, "Odesa", ODESA)])
    assert [c.place for c in claims if c.type == "strike"] == [ODESA]


def test_a_sea_alone_is_still_the_place():
    a = make("Russian drones attacked a cargo ship in the Black Sea overnight, the Ukrainian navy said.")
    (c,) = only(extract(a, [mention(a, "Black Sea", BLACK_SEA)]), "strike")
    assert c.place == BLACK_SEA
