"""Round 5: misreadings found by judging claims of real pages, on invented sentences.

Each test is one general cause of error a sample of real-page claims showed: an attack's
make-up ("the barrage included ..."), a count of two kinds of weapon at once, "neither ...
nor", a local official's side from the place in their title, a reference-list entry, a
month with its year, the alliance's own summits, residents evacuated (not prisoners freed).
The sentences and figures are made up.
"""
from frontwire.extract.sentences import is_candidate, is_citation
from frontwire.extract.timex import event_time
from article_helpers import claims_of, figures


# --- what an attack was made of ---------------------------------------------------------------

def test_the_weapons_a_barrage_included_were_launched():
    claims = claims_of("The president posted on Telegram after a night-time barrage that he said "
                       "included 312 drones and 17 missiles.")
    assert {(312, "drone", "launched"), (17, "missile", "launched")} <= figures(claims, "strike")


def test_the_weapons_an_attack_involved_were_launched():
    claims = claims_of("The overnight attack involved 64 drones and three ballistic missiles, "
                       "the air force said.")
    assert {(64, "drone", "launched"), (3, "missile", "launched")} <= figures(claims, "strike")


def test_an_arsenal_that_includes_missiles_launched_nothing():
    claims = claims_of("Russia's stockpile includes 900 cruise missiles, the intelligence agency said.")
    assert (900, "missile", "launched") not in figures(claims)


# --- one count of two kinds of weapon --------------------------------------------------------

def test_a_count_of_missiles_and_drones_together_is_neither_unit():
    claims = claims_of("More than 70 cruise missiles and drones were fired at the country overnight, "
                       "the air force said.")
    found = figures(claims, "strike")
    assert (70, "other", "launched") in found
    assert not {(70, "missile", "launched"), (70, "drone", "launched")} & found


def test_drones_or_missiles_counted_together_are_neither_unit():
    claims = claims_of("Air defences shot down 45 drones or missiles over the capital overnight, "
                       "the city's military administration said.")
    found = figures(claims)
    assert not {(45, "drone", "intercepted"), (45, "missile", "intercepted")} & found
    assert (45, "other", "intercepted") in found


def test_a_headline_comma_lists_what_came_and_the_count_stays_the_drones():
    claims = claims_of("Russia launches 19 drones, cruise missiles overnight on Ukraine - air force")
    assert (19, "drone", "launched") in figures(claims)


def test_two_counts_each_with_its_number_keep_their_units():
    claims = claims_of("The air force said Russia had launched 26 cruise missiles and 41 Shahed-136 "
                       "drones since Sunday evening.")
    assert {(26, "missile", "launched"), (41, "drone", "launched")} <= figures(claims, "strike")


# --- modality and claimant -------------------------------------------------------------------

def test_neither_nor_negates_the_event():
    claims = claims_of("Zelenskyy said that neither Moscow nor Kyiv had carried out strikes on "
                       "power plants since the truce began.")
    strikes = [c for c in claims if c.type == "strike"]
    assert strikes and all(c.modality == "negated" for c in strikes)


def test_officials_of_a_russian_region_speak_for_russia():
    claims = claims_of("Krasnodar officials said drone debris fell on a warehouse in the city of "
                       "Slavyansk, starting a fire that was put out.")
    assert claims and all(c.claimant.side == "RU" for c in claims)


def test_officials_of_a_ukrainian_region_speak_for_ukraine():
    claims = claims_of("Kharkiv officials said a drone hit a warehouse in the city overnight, "
                       "starting a fire.")
    assert claims and all(c.claimant.side == "UA" for c in claims)


# --- what is no claim ------------------------------------------------------------------------

def test_a_reference_list_entry_is_no_claim():
    entry = ("Drone strike hits missile plant deep inside Russia, at least 9 injured – Some Daily, "
             "accessed March 3, 2026, <https://example.org/drone-strike-missile-plant/>")
    assert is_citation(entry) and not is_candidate(entry)
    assert claims_of("The attack was reported widely.", entry) == []


def test_a_report_that_mentions_access_is_still_read():
    text = "Russian drones hit a depot in Sumy that workers had accessed on Monday, officials said."
    assert not is_citation(text) and is_candidate(text)


def test_a_month_with_its_year_is_that_year():
    time = event_time("Russian forces advanced slowly from late February 2024 onwards.", "2026-02-20")
    assert time is not None and (time.start, time.end) == ("2024-02-21", "2024-02-29")


def test_the_alliances_own_summit_is_no_negotiation():
    claims = claims_of("At last year's summit in Riga, the Allies agreed to expand the training "
                       "programme for Ukraine's armed forces.")
    assert not [c for c in claims if c.type == "negotiation"]


def test_talks_with_russia_at_a_summit_stay_a_negotiation():
    claims = claims_of("Russian and Ukrainian delegations met in Istanbul on Monday for talks on a "
                       "ceasefire, the foreign ministry said.")
    assert [c for c in claims if c.type == "negotiation"]


def test_residents_evacuated_with_children_are_no_prisoner_exchange():
    claims = claims_of("Residents of the village were evacuated with their three children after "
                       "the shelling.")
    assert not [c for c in claims if c.type == "prisoner_exchange"]


def test_children_returned_from_deportation_were_released():
    claims = claims_of("Ukraine rescued 12 children who had been deported to Russia from occupied "
                       "Kherson, officials said.")
    assert (12, "person", "released") in figures(claims, "prisoner_exchange")


def test_a_headline_count_of_drones_and_one_missile_keeps_the_drones():
    claims = claims_of("Russia attacks Ukraine with 14 drones, cruise missile - Ukraine air force")
    assert (14, "drone", "launched") in figures(claims)


def test_missiles_as_well_as_uncounted_drones_keep_the_missiles():
    claims = claims_of("Zelenskyy says Russia launched about 95 missiles overnight as well as drones.")
    assert (95, "missile", "launched") in figures(claims, "strike")


# --- the same text gives the same claims in every run ---------------------------------------

def test_the_type_of_a_shared_trigger_word_does_not_change_with_the_hash_seed():
    # a word several types share ("destroyed") took the first type of a set, whose order
    # changes from one Python process to the next
    import os
    import subprocess
    import sys
    code = ("from frontwire.extract.nlp import parse\n"
            "from frontwire.extract.types import find_triggers\n"
            "doc = list(parse(['A road bridge near the city was rebuilt a month after it was "
            "destroyed by Russian attacks.']))[0]\n"
            "print(sorted((t.type, t.start) for t in find_triggers(doc)))\n")
    outputs = set()
    for seed in ("0", "2", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        outputs.add(run.stdout.strip())
    assert len(outputs) == 1
