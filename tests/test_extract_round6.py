"""Round 6: background read as claims on real pages, on invented sentences.

Each test is one general cause of error a sample of real-page claims showed: a state told in
the present perfect over a span or as a habit, a war aim in the present progressive, the war's
first phase or first day named as history, a reading of data or analysts, a meeting still to
come ("the next round of talks"), and a speaker carried into the outlet's own comment on an
event already named. Each has a guard that the rule stops where it should. The sentences and
figures are made up.
"""
from article_helpers import claims_of, figures


def types_of(claims, text=None):
    """The claim types, of the claims whose evidence contains ``text`` when given."""
    return {c.type for c in claims if text is None or text in c.evidence.text}


# --- a state over a span, a habit -----------------------------------------------------------

def test_attacks_that_have_focused_on_the_grid_for_months_are_background():
    claims = claims_of("Heavy Russian missile attacks have in recent months concentrated on the gas network, "
                       "leaving families in Kharkiv without heating.")
    assert not types_of(claims) & {"strike", "infrastructure_damage"}


def test_a_port_shelled_repeatedly_is_a_habit_not_an_event():
    assert "strike" not in types_of(claims_of("Russia has repeatedly shelled the port of Izmail."))


def test_a_present_perfect_capture_is_still_news():
    claims = claims_of("Russian troops have captured the village of Nova Poltavka in the Donetsk region.")
    assert "territorial_change" in types_of(claims)


def test_a_habit_beside_a_dated_strike_keeps_the_strike():
    claims = claims_of("Russia has in recent months stepped up its attacks, and on Tuesday it struck "
                       "a power plant in Kharkiv.")
    assert any(c.type == "strike" and c.time is not None and c.time.precision == "day" for c in claims)


# --- a war aim --------------------------------------------------------------------------------

def test_fighting_to_gain_a_region_is_a_war_aim():
    claims = claims_of("Moscow is fighting to force Ukraine to cede the parts of the Zaporizhzhia region "
                       "that Kyiv still holds.")
    assert "ground_combat" not in types_of(claims)


def test_fighting_to_encircle_a_town_is_a_battle():
    assert "ground_combat" in types_of(claims_of("Russian forces are fighting to encircle Pokrovsk."))


# --- the war's first phase, its first day ------------------------------------------------------

def test_early_in_the_war_is_history():
    claims = claims_of("Early in the war, more civilians were wounded than killed in Kharkiv.")
    assert "casualties" not in types_of(claims)


def test_in_that_year_is_history():
    claims = claims_of("The peninsula's status changed in 2014. In that year, Russia seized Crimea.")
    assert "territorial_change" not in types_of(claims, "In that year")


def test_a_tally_since_the_start_of_the_war_is_kept():
    claims = claims_of("Since the start of the war, Russian shelling has killed 300 civilians in Kherson, "
                       "the governor said.")
    assert (300, "person", "killed") in figures(claims, "casualties")


def test_the_invasions_first_day_is_history_on_a_later_page():
    claims = claims_of("On 24 February 2022, Russian troops attacked Kharkiv and Kyiv from the north.")
    assert "ground_combat" not in types_of(claims)


def test_a_tally_from_the_invasions_first_day_is_kept():
    claims = claims_of("Since February 24, 2022, Russian strikes have killed 300 people in Kharkiv, "
                       "the governor said.")
    assert (300, "person", "killed") in figures(claims, "casualties")


# --- readings of data and analysts -------------------------------------------------------------

def test_what_the_data_shows_is_a_reading():
    claims = claims_of("The data shows that Russia is paying a huge price for small gains in the "
                       "Zaporizhzhia region.")
    assert "territorial_change" not in types_of(claims)


def test_what_officials_assess_is_a_reading():
    claims = claims_of("Senior officials assess that Kyiv is losing the war in the Donetsk region and "
                       "would lose if the fighting went on.")
    assert "ground_combat" not in types_of(claims)


def test_an_analysts_estimate_with_a_figure_is_kept():
    claims = claims_of("Analysts estimate that Russia lost 1,200 soldiers in the Kupiansk area last week.")
    assert 1200 in {v for v, _, _ in figures(claims, "casualties")}


def test_what_officials_said_is_a_report():
    assert "strike" in types_of(claims_of("Officials said Russian forces struck Kharkiv on Tuesday."))


# --- a meeting still to come -------------------------------------------------------------------

def test_the_next_round_of_talks_is_planned():
    claims = claims_of("Zelenskyy has said the next round of talks with Russia is likely to take place "
                       "in Doha next month.")
    talks = [c for c in claims if c.type == "negotiation"]
    assert talks and all(c.modality == "planned" for c in talks)


def test_the_next_attack_happened():
    claims = claims_of("The next attack killed two people in Sumy, officials said.")
    assert {c.modality for c in claims if c.type == "strike"} == {"actual"}


# --- a speaker carried into the outlet's comment ---------------------------------------------

def test_the_outlets_comment_on_a_named_meeting_is_not_the_speakers():
    claims = claims_of("Kremlin aide Yuri Ushakov told reporters after Thursday's meeting with U.S. envoys "
                       "that Moscow wanted a settlement. No formal agreement came out of that meeting, though "
                       "many saw it as a win for Moscow.")
    assert not [c for c in claims if "No formal agreement" in c.evidence.text
                and c.claimant is not None and c.claimant.name == "Yuri Ushakov"]


def test_the_speakers_figures_on_a_named_attack_stay_the_speakers():
    claims = claims_of("Governor Ivan Fedorov said Russian forces shelled Zaporizhzhia on Monday. "
                       "The shelling of the city wounded three people.")
    wounded = [c for c in claims if c.type == "casualties" and "wounded three" in c.evidence.text]
    assert wounded and all(c.claimant.side == "UA" for c in wounded)


# --- talks named inside a speaker's words; people counted as colleagues ------------------------

def test_talks_in_a_speakers_words_make_no_claim_of_the_outlet():
    claims = claims_of("The head of the Ukrainian delegation, defence minister Rustem Umerov, told reporters "
                       "that the two days of talks in Istanbul \"were tense but useful.\"")
    talks = [c for c in claims if c.type == "negotiation"]
    assert talks and all(c.claimant.name == "Rustem Umerov" for c in talks)


def test_talks_that_date_a_statement_are_the_outlets_report():
    claims = claims_of("Before Wednesday's talks in Istanbul had begun, Zelenskyy told reporters he expected little.")
    assert any(c.type == "negotiation" and c.claimant.side == "media" and c.place is not None
               and c.place.name == "Istanbul" for c in claims)


def test_colleagues_killed_are_people():
    claims = claims_of("Nine of our colleagues were killed in Russian attacks on the Kherson region last year, "
                       "the aid agency said.")
    assert (9, "person", "killed") in figures(claims, "casualties")


# --- the purpose of a meeting held -------------------------------------------------------------

def test_talks_resumed_at_a_meeting_held_are_actual():
    claims = claims_of("Russian and Ukrainian negotiators met on Monday in Istanbul to resume talks on prisoners.")
    talks = [c for c in claims if c.type == "negotiation"]
    assert talks and {c.modality for c in talks} == {"actual"}


def test_talks_resumed_at_a_meeting_to_come_are_planned():
    claims = claims_of("Ukrainian and Russian envoys will meet in Istanbul to resume talks, Zelensky said.")
    talks = [c for c in claims if c.type == "negotiation"]
    assert talks and {c.modality for c in talks} == {"planned"}


# --- another war -------------------------------------------------------------------------------

def test_deaths_in_another_war_are_no_claim():
    claims = claims_of("The UN office has recorded more than 80 civilian deaths from drone strikes by the RSF "
                       "and the army since January, he said.")
    assert not types_of(claims) & {"strike", "casualties"}


def test_a_sentence_of_this_war_that_names_another_is_kept():
    claims = claims_of("Russian drones struck Odesa overnight, while in Gaza talks went on, officials said.")
    assert any(c.type == "strike" and c.place is not None and c.place.name == "Odesa" for c in claims)
