"""Readings of air-attack reports, officials' sides and their places, on invented sentences.

Each test is one phrasing the press uses that an earlier version misread: the figure, its
scope, the claimant's side or the claim's place. The sentences and figures are made up.
"""
from article_helpers import claims_of, figures


# --- figures and their scopes -----------------------------------------------------------

def test_a_model_number_keeps_the_family_unit():
    claims = claims_of("Ukraine's air force said Russia had launched 21 cruise missiles and "
                       "34 Shahed-136 drones since Friday evening.")
    assert (34, "drone", "launched") in figures(claims, "strike")
    assert (21, "missile", "launched") in figures(claims, "strike")


def test_the_subject_of_a_passive_reported_clause_was_shot_down():
    claims = claims_of("Russia attacked Ukraine with 141 drones and five missiles overnight, Ukraine's "
                       "air force said Saturday, adding that 109 of the drones and three of the "
                       "missiles were shot down or suppressed by air defenses.")
    got = figures(claims, "interception")
    assert (109, "drone", "intercepted") in got and (3, "missile", "intercepted") in got
    assert all(c.claimant.side == "UA" for c in claims if c.type == "interception")


def test_the_whole_a_part_is_of_was_launched():
    claims = claims_of("Of the 84 drones, 66 were shot down and 9 were lost locally, the air force said.")
    assert (84, "drone", "launched") in figures(claims, "strike")
    assert (66, "drone", "intercepted") in figures(claims, "interception")
    assert (84, "drone", "intercepted") not in figures(claims)


def test_what_the_source_says_in_its_own_relative_clause_is_claimed():
    claims = claims_of("Russia fired 377 drones and 12 missiles at Ukraine overnight, according to "
                       "Ukraine's air force, which said 341 of the drones and 9 of the missiles had been "
                       "shot down or neutralised.")
    got = figures([c for c in claims if c.claimant.side == "UA"], "interception")
    assert (341, "drone", "intercepted") in got and (9, "missile", "intercepted") in got


def test_a_relative_clause_that_only_describes_the_source_carries_no_claim():
    claims = claims_of("Russia's defence ministry, which publishes a daily bulletin, said its forces "
                       "downed 18 Ukrainian drones over the Kursk region overnight.")
    assert {c.type for c in claims} == {"interception"}


def test_people_returned_in_a_swap_were_released():
    claims = claims_of("Russia and Ukraine carried out a new exchange of prisoners of war, with 246 "
                       "servicemen returned by each side, Russia's Ministry of Defence said.")
    assert (246, "person", "released") in figures(claims, "prisoner_exchange")


# --- officials' sides ------------------------------------------------------------------

def test_a_named_regional_governor_speaks_for_the_place_of_the_event():
    claims = claims_of("A drone struck a residential block in Kharkiv, injuring six people, regional "
                       "governor Oleg Synegubov said on Telegram.")
    hurt = [c for c in claims if c.type == "casualties"]
    assert hurt and all(c.claimant.side == "UA" for c in hurt)


def test_a_nationality_in_a_title_before_the_name_gives_the_side():
    claims = claims_of("Russian High Commissioner for Human Rights Tatyana Moskalkova said more than "
                       "400 Russian servicemen were to be freed in the next exchange.")
    assert claims and all(c.claimant.side == "RU" for c in claims)
    assert any(c.claimant.name == "Tatyana Moskalkova" for c in claims)


def test_a_named_person_without_an_office_keeps_an_unknown_side():
    claims = claims_of("A drone struck a residential block in Kharkiv, injuring six people, Ivan "
                       "Petrenko, a local resident, told reporters.")
    hurt = [c for c in claims if c.type == "casualties"]
    assert hurt and all(c.claimant.side != "RU" for c in hurt)


# --- places ----------------------------------------------------------------------------

def test_the_country_attacked_is_the_speaker_s():
    claims = claims_of("Ukraine's air force said on Sunday it had downed 47 of 63 drones that Russia "
                       "launched at the country overnight.")
    placed = {(c.type, c.place.name if c.place else None) for c in claims}
    assert ("strike", "Ukraine") in placed and ("interception", "Ukraine") in placed


def test_russian_regions_and_a_sea_put_the_claim_in_russia():
    claims = claims_of("Russia's Defence Ministry said air defences destroyed 58 Ukrainian drones "
                       "overnight over seven Russian regions and the Black Sea.")
    inter = [c for c in claims if c.type == "interception"]
    assert inter and {c.place.country for c in inter if c.place} == {"RU"}


def test_a_sea_alone_stays_the_place():
    claims = claims_of("Ukraine's navy said it destroyed two Russian landing boats in the Black Sea.")
    assert any(c.place is not None and c.place.name == "Black Sea" for c in claims)


def test_the_capital_is_that_of_the_country_just_named():
    claims = claims_of("Moscow Mayor Sergei Sobyanin said several drones flying towards the capital "
                       "had been destroyed overnight.")
    inter = [c for c in claims if c.type == "interception"]
    assert inter and all(c.place is not None and c.place.country == "RU" for c in inter)


def test_an_official_s_unplaced_report_is_in_the_region_of_their_title():
    claims = claims_of("Volgograd Gov. Andrei Bocharov said debris from a downed drone had sparked a "
                       "fire at an industrial site on the city's southern outskirts.")
    damage = [c for c in claims if c.type == "infrastructure_damage"]
    assert damage and damage[0].place is not None and damage[0].place.admin1 == "RU-VGG"
    assert damage[0].claimant.side == "RU"


def test_the_speaker_of_a_report_is_not_the_actor_of_the_attack():
    claims = claims_of("Ukraine's State Emergency Service reported drone impacts in two districts of Kyiv.")
    strikes = [c for c in claims if c.type == "strike"]
    assert strikes and all(c.actor_side != "UA" and c.target_side != "RU" for c in strikes)
    # the actor is still read from the event's own words
    claims = claims_of("Ukraine's air force said Russian drones struck two districts of Kyiv overnight.")
    assert any(c.type == "strike" and c.actor_side == "RU" and c.target_side == "UA" for c in claims)


def test_drones_launched_against_a_country_struck_that_country():
    claims = claims_of("Russia launched 93 drones and two ballistic missiles against Ukraine overnight, "
                       "the Ukrainian Air Force reported.")
    assert any(c.type == "strike" and c.place is not None and c.place.country == "UA"
               and c.place.precision == "country" for c in claims)
    # sanctions "against Russia" name a party, not where the attack struck
    claims = claims_of("Ukraine's foreign minister said new sanctions against Russia followed the "
                       "missile attack on Odesa.")
    assert not any(c.place is not None and c.place.country == "RU" for c in claims)


def test_a_title_the_parser_hangs_on_the_verb_gives_the_side():
    claims = claims_of("A spokesperson for a Ukrainian brigade fighting in the area, Captain Petro "
                       "Examplenko, said on Monday that Russian infantry groups continue to infiltrate "
                       "Kostiantynivka. Examplenko added that Ukrainian forces repelled 31 Russian "
                       "assaults in the Kostiantynivka direction on Sunday.")
    combat = [c for c in claims if c.type == "ground_combat"]
    assert len(combat) >= 2 and all(c.claimant.side == "UA" for c in combat)
    assert all(c.claimant.name == "Petro Examplenko" for c in combat)


def test_given_names_that_end_like_nationalities_stay_in_the_name():
    claims = claims_of("Captain Ivan Examplenko, a spokesperson for a Ukrainian brigade, said Russian "
                       "forces attacked Ukrainian positions near Siversk 14 times on Sunday.",
                       "Parliament speaker Ruslan Stefanchuk said a Russian drone hit a school in Sumy.")
    names = {c.claimant.name for c in claims}
    assert "Ivan Examplenko" in names and "Ruslan Stefanchuk" in names


def test_a_person_named_before_keeps_the_nationality_of_the_title_they_speak_in():
    claims = claims_of("In the occupied city of Horlivka, Russian-installed mayor Ivan Examplov said a "
                       "Ukrainian drone had dropped explosives on a bus stop, injuring two people.")
    hurt = [c for c in claims if c.type == "casualties"]
    assert hurt and all(c.claimant.side == "RU" for c in hurt)
