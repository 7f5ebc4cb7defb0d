"""Precision and generalisation of claim extraction (issue 4): what is not a claim, who speaks,
and what a figure counts, on sentences written for these tests.

None of these sentences comes from the corpus or the evaluation sets: they are made up, with
made-up figures and names, each to check one cause of error found by the precision audit.
"""

import pytest

from frontwire.extract import extract
from frontwire.extract.numbers import find_numbers
from frontwire.extract.sentences import is_caption, mask_markup, split_sentences, split_text
from frontwire.extract.timex import event_time
from frontwire.records import Article, Place, PlaceMention
from article_helpers import article_of, mention, only

PUB = "2026-03-09"          # a Monday
UKRAINE = Place("Ukraine", "Ukraine", "UA", None, "country")
CRIMEA = Place("Crimea", "Autonomous Republic of Crimea", "UA", "UA-43", "region")
LUHANSK = Place("Luhansk region", "Luhansk Oblast", "UA", "UA-09", "region")
KYIV = Place("Kyiv", "Kyiv", "UA", "UA-30", "settlement", 703448, 50.45, 30.52)
KURSK = Place("Kursk", "Kursk", "RU", "RU-KRS", "settlement")
MOSCOW = Place("Moscow", "Moscow", "RU", "RU-MOW", "settlement")
ODESA = Place("Odesa", "Odesa", "UA", "UA-51", "settlement")
DMITRIEV = Place("Dmitriev", "Dmitriyev", "RU", "RU-KRS", "settlement")


def make(*paragraphs: str, published: str = PUB, url: str | None = None) -> Article:
    return article_of(*paragraphs, published=published, url=url)


def mentions(article: Article, text: str, place: Place) -> list[PlaceMention]:
    """Every place the geo stage would find where ``text`` is written."""
    out, at = [], article.source_text.find(text)
    while at >= 0:
        out.append(PlaceMention(text, at, at + len(text), place))
        at = article.source_text.find(text, at + 1)
    return out


def figures(claims):
    return {(c.type, q.scope, q.unit, q.value, c.claimant.side) for c in claims for q in c.quantities}


def types(claims):
    return {c.type for c in claims}




# --- markup of scraped pages -----------------------------------------------------------

def test_footnote_calls_are_blanked_and_end_their_sentence():
    text = ("Russian forces attacked near Orikhiv on March 3.[12] A Russian milblogger claimed that "
            "Ukrainian forces counterattacked.[[xiv]](https://example.org/analysis/<#_edn12>) The end.")
    masked = mask_markup(text)
    assert len(masked) == len(text) and "[12]" not in masked and "https" not in masked
    assert [masked[s:e] for s, e in split_text(masked)] == [
        "Russian forces attacked near Orikhiv on March 3.",
        "A Russian milblogger claimed that Ukrainian forces counterattacked.", "The end."]
    assert find_numbers(masked) == []           # "March 3" is a date; the calls are gone


def test_a_footnote_number_is_no_figure_and_bold_text_splits():
    a = make("**Russian forces kept up assaults near Lyman on March 3.** Russian troops struck "
             "residential buildings in three oblasts.[41]")
    sentences = split_sentences(a)
    assert len(sentences) == 2
    for s in sentences:                        # offsets still point at the page's own text
        assert a.source_text[s.start:s.end].strip("*") == s.text.strip()
    assert all(q.value != 41 for c in extract(a, []) for q in c.quantities)


def test_headline_items_and_bullets_are_sentences_of_their_own():
    text = "Russian drones hit port in Odesa overnight; Moscow says it downed 20 drones over Crimea"
    assert [text[s:e] for s, e in split_text(text)] == [
        "Russian drones hit port in Odesa overnight;", "Moscow says it downed 20 drones over Crimea"]
    bullets = "Ministers meet in Brussels • Kyiv says it shot down 9 missiles over the sea • More"
    assert "Kyiv says it shot down 9 missiles over the sea" in [bullets[s:e] for s, e in split_text(bullets)]
    # a list of places after a semicolon goes on in lower case: one sentence
    ISW = "Russian forces attacked near Siversk; northwest of Siversk near Dronivka; and east of it."
    assert len(split_text(ISW)) == 1


def test_the_strike_of_one_headline_item_is_not_the_next_items_speaker():
    a = make("Russian drones hit a port in Odesa overnight; Moscow says it downed 20 Ukrainian "
             "drones over the Kursk region")
    claims = extract(a, [mention(a, "Odesa", ODESA)])
    strike = only(claims, "strike")[0]
    assert strike.claimant.side == "media" and strike.place == ODESA
    assert figures(only(claims, "interception")) == {("interception", "intercepted", "drone", 20, "RU")}


# --- background, headings, captions, the war's name -------------------------------------

def test_an_objective_in_a_heading_is_no_claim():
    a = make("Russian objective: Seize the rest of Zaporizhzhia Oblast and advance toward Orikhiv")
    assert extract(a, []) == []


def test_the_wars_name_is_not_an_attack():
    a = make("Students sing at a school concert in Lviv, amid Russia's attack on Ukraine.",
             "Russia's invasion of Ukraine has forced millions from their homes.")
    assert "strike" not in types(extract(a, []))


def test_a_caption_that_repeats_the_body_is_dropped():
    body = "Russia and Ukraine exchanged 150 prisoners each on Monday."
    caption = ("[2/4] Freed Ukrainian soldiers pose for a photo after the swap, at an undisclosed "
               "location, Ukraine, March 9, 2026.")
    assert is_caption(caption) and not is_caption(body)
    claims = extract(make(body, caption), [])
    swaps = only(claims, "prisoner_exchange")
    assert len(swaps) == 1 and swaps[0].evidence.text == body


def test_a_practice_or_an_accusation_without_an_event_is_background():
    a = make("Officials in Kyiv have also accused Moscow of using commercial satellites to steer "
             "drones in strikes deep inside Ukraine.")
    assert "strike" not in types(extract(a, [mention(a, "Ukraine", UKRAINE)]))


def test_one_of_the_most_is_no_count_and_a_state_of_things_no_claim():
    a = make("The future of the Zaporizhzhia nuclear plant remains one of the most contentious "
             "issues in the talks.")
    assert extract(a, []) == []


def test_a_subheading_is_no_claim():
    assert extract(make("- Overnight attack -"), []) == []


def test_habits_comparisons_titles_and_other_talks_are_not_events():
    a = make("Since 2019, regular consultations have taken place in the joint commission.",
             "The army is now losing more soldiers than it can recruit, the analyst said.",
             "The institute will cover the battle in its Russian Offensive Campaign Assessment.",
             "Three of the country's largest banks are seeking bailout negotiations with the central bank.")
    found = types(extract(a, []))
    assert "negotiation" not in found and "mobilization" not in found and "ground_combat" not in found


def test_words_that_are_not_ground_changing_hands():
    a = make("Debris from a downed drone fell on a house in the village, the governor said.",
             "A drone hit a warehouse in the district, starting a fire that took firefighters three "
             "hours to put out, the governor said.",
             "Before the party regained power in 2019, the ministry had a smaller budget.",
             "Thousands of soldiers returning from the front are looking for work, the newspaper said.")
    found = types(extract(a, []))
    assert "territorial_change" not in found and "prisoner_exchange" not in found
    assert "strike" in found


def test_kinds_of_weapon_are_not_strikes():
    a = make("The new restrictions have hampered Russian strike drones and attack helicopters, "
             "the milbloggers noted.")
    assert "strike" not in types(extract(a, []))


def test_halting_hostilities_is_a_truce_and_a_clock_is_no_place():
    a = make("The Kremlin said Putin had ordered Russian forces to halt all hostilities from 18:00 "
             "Moscow time on Saturday.")
    claims = extract(a, [mention(a, "Moscow", MOSCOW)])
    assert types(claims) == {"negotiation"}
    assert all(c.place is None for c in claims)


def test_a_denial_of_service_attack_is_cyber():
    a = make("Russian state media reported that a Ukrainian distributed denial-of-service attack "
             "had disrupted the websites of two regional governments.")
    assert types(extract(a, [])) == {"cyber"}


# --- claimants -------------------------------------------------------------------------

def test_claimant_names_that_run_past_for():
    a = make("The Institute for the Study of War said Russian forces had captured the village of Zarichne.",
             "The Center for Strategic and International Studies estimated that Russia had suffered "
             "950,000 casualties.")
    claims = extract(a, [])
    assert {c.claimant.name for c in claims} == {"Institute for the Study of War",
                                                 "Center for Strategic and International Studies"}
    assert {c.claimant.side for c in claims} == {"third_party"}


def test_a_title_and_a_name_parsed_as_two_subjects():
    a = make("Moscow's chief negotiator Kirill Dmitriev told reporters on Monday that the talks had "
             "gone well.")
    claims = extract(a, [mention(a, "Dmitriev", DMITRIEV)])
    c = only(claims, "negotiation")[0]
    assert c.claimant.name == "Kirill Dmitriev" and c.claimant.side == "RU"
    assert c.place is None                     # the name is not a town


def test_a_place_set_off_before_a_name_is_the_events_place():
    a = make("In the capital, Kyiv, Mayor Vitali Klitschko said two people were injured.")
    c = only(extract(a, [mention(a, "Kyiv", KYIV)]), "casualties")[0]
    assert c.claimant.name == "Vitali Klitschko" and c.claimant.text == "Mayor Vitali Klitschko"
    assert c.place == KYIV


def test_sources_of_footage_and_outlets():
    a = make("A video released by Ukraine's presidency showed freed soldiers stepping off buses after "
             "the exchange.",
             "Russian opposition outlet Vertska reported that Ukrainian drones struck a refinery "
             "overnight.",
             "Geolocated footage published on March 2 shows Russian troops raising a flag over the "
             "village, indicating that Russian forces captured it.",
             url="https://www.example-monitor.org/report")
    claims = extract(a, [])
    assert only(claims, "prisoner_exchange")[0].claimant.side == "UA"
    assert only(claims, "strike")[0].claimant.side == "media"
    footage = only(claims, "territorial_change")[0].claimant
    assert footage.side == "media" and footage.name == "example-monitor.org"


def test_both_sides_speak_one_claim_each():
    a = make("Officials on both sides said 150 prisoners had been exchanged on Sunday.")
    swaps = only(extract(a, []), "prisoner_exchange")
    assert {c.claimant.side for c in swaps} == {"UA", "RU"}


def test_a_generic_alias_does_not_cross_nationalities():
    a = make("The Russian air force said it destroyed 12 Ukrainian drones over the Kursk region.",
             "Pentagon press secretary Air Force Major Tom Rider said two jets intercepted a drone.")
    claims = extract(a, [])
    assert {c.claimant.side for c in claims if "12" in c.evidence.text} == {"RU"}
    assert {c.claimant.side for c in claims if "Pentagon" in c.evidence.text} == {"third_party"}


def test_words_that_name_no_speaker():
    a = make("The Kremlin's continuing efforts to call up reservists further indicate that Russia "
             "lacks volunteers.")
    assert all(c.claimant.name != "Kremlin" for c in extract(a, []))


def test_a_participle_of_speech_speaks_only_for_its_own_clause():
    a = make("President Volodymyr Zelenskiy dismissed talk of weapons supplies to Russia, saying Kyiv "
             "had shot down 14 drones on Friday alone.")
    c = only(extract(a, [mention(a, "Russia", Place("Russia", "Russia", "RU", None, "country"))]),
             "interception")[0]
    assert c.claimant.name == "Volodymyr Zelenskyy" and c.place is None


def test_a_headline_that_ends_on_its_source():
    a = make("Ukrainian air defence shot down 15 drones over Kyiv, the city's mayor says")
    c = only(extract(a, [mention(a, "Kyiv", KYIV)]), "interception")[0]
    assert c.claimant.side == "UA" and c.claimant.text == "the city's mayor"


def test_a_speakers_side_from_the_title_before_the_name():
    a = make("A spokesperson for a Ukrainian brigade fighting near the town, Captain Ivan Kovalchuk, "
             "said on Monday that the town was holding.",
             "Kovalchuk added that Ukrainian forces repelled 12 Russian assaults on Sunday.")
    c = only(extract(a, []), "ground_combat")[-1]
    assert c.claimant.side == "UA"
    assert figures([c]) == {("ground_combat", "engagements", "engagement", 12, "UA")}


def test_an_inquiry_is_the_source_of_the_killing_it_investigates():
    a = make("Prosecutors in Kharkiv have opened an investigation into the killing of three civilians "
             "in the village.")
    c = only(extract(a, []), "casualties")[0]
    assert c.claimant.side == "UA"
    assert figures([c]) == {("casualties", "killed", "person", 3, "UA")}


# --- figures ---------------------------------------------------------------------------

def test_x_of_y_when_the_parse_hangs_x_on_y():
    a = make("Ukrainian forces shot down 27 of 31 missiles fired at the capital on Tuesday, the air "
             "force said.",
             "Ukrainian military say 44 out of 50 cruise missiles shot down")
    assert figures(extract(a, [])) >= {
        ("interception", "intercepted", "missile", 27, "UA"), ("strike", "launched", "missile", 31, "UA"),
        ("interception", "intercepted", "missile", 44, "UA"), ("strike", "launched", "missile", 50, "UA")}


def test_a_participle_shared_by_a_list_and_parts_of_a_total():
    a = make("Russian strikes resumed with over 300 drones and about 30 missiles launched overnight, "
             "the air force said.",
             "Russia's defence ministry said its air defences destroyed 40 Ukrainian drones overnight, "
             "including 25 over the Belgorod region and 15 over the Kursk region.",
             "Air defence systems destroyed 30 Ukrainian unmanned aerial vehicles overnight: 18 over the "
             "Bryansk Region and 12 over the Oryol Region, the ministry said.")
    found = figures(extract(a, []))
    assert {("strike", "launched", "drone", 300, "UA"), ("strike", "launched", "missile", 30, "UA")} <= found
    assert {("interception", "intercepted", "drone", v, "RU") for v in (40, 25, 15, 30, 18, 12)} <= found


def test_harm_words_and_combined_counts():
    a = make("The UN monitoring mission said 14 civilian deaths and 41 injuries had been recorded in March.",
             "Russian shelling killed two civilians and wounded three others, the governor said.",
             "Russia has suffered about 900,000 casualties (killed, wounded and missing) and as many as "
             "200,000 killed, the institute estimated.",
             "Some 1.1 million soldiers have been killed or wounded, the analysts said.")
    found = figures(extract(a, []))
    assert {("casualties", "killed", "person", 14, "third_party"),
            ("casualties", "injured", "person", 41, "third_party"),
            ("casualties", "injured", "person", 3, "UA")} <= found
    assert any(f[1:4] == ("other", "person", 900000) for f in found)
    assert any(f[1:4] == ("killed", "person", 200000) for f in found)
    assert any(f[1:4] == ("other", "person", 1100000) for f in found)


def test_a_headline_that_kills_and_a_loss_tally():
    a = make("Russian strike on Odesa kills 4, injures 11")
    assert ("casualties", "killed", "person", 4, "media") in figures(extract(a, [mention(a, "Odesa", ODESA)]))
    tally = make("Russia has lost 700,000 troops and 9,000 tanks since the start of the war, the "
                 "General Staff said.")
    found = figures(extract(tally, []))
    assert ("casualties", "other", "person", 700000, "UA") in found
    assert ("casualties", "destroyed", "vehicle", 9000, "UA") in found


def test_counts_of_places_hit_and_of_violations():
    a = make("Russian forces shelled 17 settlements in the region over the past day, the governor said.",
             "Zelenskiy said Russian forces had violated the ceasefire 900 times by Sunday evening.")
    found = figures(extract(a, []))
    assert ("strike", "hit", "settlement", 17, "UA") in found
    assert ("negotiation", "other", "other", 900, "UA") in found


def test_more_troops_sent_is_mobilization():
    a = make("The spy agency said on Monday that the North had sent about 3,000 more troops to the "
             "border region.")
    assert ("mobilization", "other", "person", 3000) in {f[:4] for f in figures(extract(a, []))}


# --- time, places, status -------------------------------------------------------------

def test_the_small_hours_belong_to_the_night_before():
    t = event_time("Air defences shot down 12 drones in the early hours of Monday.", PUB)
    assert (t.start, t.end) == ("2026-03-08T18:00", "2026-03-09T09:00")
    t = event_time("Drones were shot down early Monday.", PUB)
    assert (t.start, t.end) == ("2026-03-08T18:00", "2026-03-09T09:00")
    t = event_time("Russian strikes overnight on March 4 to 5 hit the grid.", PUB)
    assert (t.start, t.end) == ("2026-03-04T18:00", "2026-03-05T09:00")


def test_so_far_is_a_tally_and_a_record_is_no_time():
    t = event_time("Ukraine has shot down more than 300 drones so far.", PUB)
    assert t.start == "2022-02-24"
    assert event_time("It was the heaviest attack since the start of the war.", PUB) is None


def test_an_interception_shares_the_country_its_strike_was_aimed_at():
    a = make("Russia launched 90 drones at Ukraine overnight, the air force said, adding that 70 had "
             "been shot down.",
             "Russia fired 40 drones at Ukraine overnight, the air force said. Of these, 31 were shot down.")
    claims = extract(a, mentions(a, "Ukraine", UKRAINE))
    assert all(c.place == UKRAINE for c in claims if c.type == "interception")
    assert len(only(claims, "interception")) == 2


def test_a_share_of_territory_is_placed_in_the_whole():
    a = make("Moscow controls roughly 19 percent of Ukraine's territory, including Crimea and much of "
             "the Luhansk region.")
    claims = extract(a, [mention(a, "Ukraine", UKRAINE), mention(a, "Crimea", CRIMEA),
                         mention(a, "Luhansk region", LUHANSK)])
    (c,) = only(claims, "territorial_change")
    assert c.place == UKRAINE
    assert figures([c]) == {("territorial_change", "area", "other", 19, "media")}


def test_launch_areas_are_not_where_the_strike_was():
    a = make("The air force said Russia launched 60 drones from the directions of Kursk and Oryol "
             "and from Primorsko-Akhtarsk overnight.")
    claims = extract(a, [mention(a, "Kursk", KURSK)])
    assert all(c.place != KURSK for c in claims)


def test_national_adjectives_name_the_country():
    a = make("Russian air defences destroyed 63 Ukrainian drones over six Russian regions overnight, "
             "the defence ministry said.")
    c = only(extract(a, []), "interception")[0]
    assert c.place is not None and c.place.country == "RU" and c.place.precision == "country"


def test_a_first_name_that_looks_like_deny_is_no_denial():
    a = make("Ukrainian officials said Russia had struck energy sites 40 times this month. "
             "Energy minister Denys Petrenko said 150 crews were at work.")
    assert {c.status for c in extract(a, [])} == {"asserted"}


# --- voices ---------------------------------------------------------------------------

def test_a_russian_defence_ministry_bulletin_retold():
    a = make("The Russian Defence Ministry reported on the situation at the front.",
             "The Zapad Group of Forces inflicted fire damage on two Ukrainian brigades near Kupiansk.",
             "Defence Forces repelled 12 attacks near Pokrovsk, the paragraph of another report reads.")
    claims = extract(a, [])
    bulletin = [c for c in claims if "Zapad" in c.evidence.text]
    assert bulletin and {c.claimant.side for c in bulletin} == {"RU"}


def test_an_air_defence_report_goes_on_after_its_source():
    a = make("Russia attacked Ukraine overnight with 70 drones, the Air Force reported on Telegram.",
             "The drones came from three directions, the report said.",
             "As of 09:00, air defence forces had shot down 55 of the 70 drones.")
    found = figures(extract(a, []))
    assert ("interception", "intercepted", "drone", 55, "UA") in found


def test_unnamed_officials_reporting_an_attack_speak_for_the_attacked_side():
    a = make("Russia launched 80 missiles and 40 drones against Ukrainian targets, officials said on Friday.")
    strike = only(extract(a, []), "strike")[0]
    assert strike.claimant.side == "UA"
    assert figures([strike]) == {("strike", "launched", "missile", 80, "UA"),
                                 ("strike", "launched", "drone", 40, "UA")}


def test_a_participle_of_speech_does_not_override_the_named_speaker():
    # the parse hangs "saying" on "preparing", whose subject is the White House
    a = make("Kyiv's mayor said the White House was preparing to send more air defences, saying ten "
             "drones were shot down over the city.")
    c = only(extract(a, []), "interception")[0]
    assert c.claimant.name == "Vitali Klitschko" and c.claimant.side == "UA"


def test_lost_jobs_designations_and_combat_duty_are_not_war_figures():
    a = make("Up to 20,000 people in the region could lose their jobs this year, the report said.",
             "The plant builds 9M723 missiles for the army, the General Staff said.",
             "The new missile system is entering combat duty, the Belarusian leader said.")
    claims = extract(a, [])
    assert figures(claims) == set() and "ground_combat" not in types(claims)


def test_a_relayed_general_staff_line_in_lower_case():
    a = make("Near Lyman, Defense forces repelled seven attacks on Sunday.")
    c = only(extract(a, []), "ground_combat")[0]
    assert c.claimant.side == "UA"


@pytest.mark.parametrize("sentence, expected", [
    ("Ukraine's air force said it shot down 29 of 35 drones launched by Russia overnight.",
     {("interception", "intercepted", "drone", 29), ("strike", "launched", "drone", 35)}),
    ("Russia launched 94 Shahed drones and 3 cruise missiles at Ukraine overnight, the air force said.",
     {("strike", "launched", "drone", 94), ("strike", "launched", "missile", 3)}),
    ("Air defence destroyed 20 of 23 Shaheds over the southern regions, the air force said.",
     {("interception", "intercepted", "drone", 20), ("strike", "launched", "drone", 23)}),
    ("Ukrainian forces downed all 18 missiles aimed at the capital, the air force said.",
     {("interception", "intercepted", "missile", 18)}),
    ("The air force said 8 Kh-101 cruise missiles were intercepted over the Kyiv region.",
     {("interception", "intercepted", "missile", 8)}),
    ("Russia fired 4 ballistic missiles and 12 Kalibr missiles overnight, the air force said.",
     {("strike", "launched", "missile", 4), ("strike", "launched", "missile", 12)}),
    ("Air defences shot down 31 UAVs overnight, the air force said.",
     {("interception", "intercepted", "drone", 31)}),
    ("Ukraine's air force said Russia used 15 loitering munitions and 40 kamikaze drones in the attack.",
     {("strike", "launched", "drone", 15), ("strike", "launched", "drone", 40)}),
    ("The air force said 14 decoy drones were lost locationally and 52 were shot down.",
     {("interception", "intercepted", "drone", 14), ("interception", "intercepted", "drone", 52)}),
])
def test_air_force_phrasings(sentence, expected):
    found = figures(extract(make(sentence), []))
    assert {f[:4] for f in found} == expected
    assert {f[4] for f in found} == {"UA"}
