"""The cleaner's steps one by one: lines, features, classification (frontwire.clean).

Every page here is written for the test, in the style of the scraped pages the cleaner
meets (menus, share buttons, captions under pictures, teasers, footers).
"""

from __future__ import annotations

import datetime as dt

from frontwire.clean import classify as cls
from frontwire.clean import lexicon
from frontwire.clean.dates import find_dates, url_date
from frontwire.clean.features import Page, dateline, features, line_features
from frontwire.clean.lines import link_anchors, link_section, normalise, split_lines

# --- lines ---------------------------------------------------------------------------------


def test_lines_keep_their_offsets_into_the_text():
    text = "  Title line  \r\n\r\n\tBody one.\nBody two \n"
    lines = split_lines(text)
    assert [x.text for x in lines] == ["Title line", "Body one.", "Body two"]
    for x in lines:
        assert text[x.start:x.end] == x.text
    assert [x.row for x in lines] == [0, 2, 3]
    assert [x.gap_before for x in lines] == [False, True, False]
    assert [x.index for x in lines] == [0, 1, 2]


def test_lines_of_a_text_with_old_mac_breaks_and_no_text():
    assert [x.text for x in split_lines("a\rb")] == ["a", "b"]
    assert split_lines("") == []
    assert split_lines(" \n\t\n") == []


def test_the_trailing_list_of_links_is_found_and_read():
    lines = split_lines("Story text here.\n\n## Links\n\n- [Home](https://x.org/)\n- [Kyiv strike](https://x.org/a)\n")
    end = link_section(lines)
    assert lines[end].text == "## Links"
    assert link_anchors(lines[end:]) == {"home", "kyiv strike"}


def test_a_section_called_links_in_an_article_is_not_the_link_list():
    lines = split_lines("## Links\nThe links between the two units were cut in March.\nMore text follows here.")
    assert link_section(lines) == len(lines)


def test_normalise_ignores_case_punctuation_and_markup():
    assert normalise("_This blog is no longer updated._") == normalise("This blog is no longer updated.")
    assert normalise("Russia–Ukraine: talks") == "russia ukraine talks"


# --- features ------------------------------------------------------------------------------


def test_menus_share_buttons_and_times_are_furniture():
    for text in ("Home", "Share this article", "Facebook", "Advertisement", "4h ago", "2:22", "Sign Up Today",
                 "© 2026 Example Media. All rights reserved.", "list 2 of 4", "Down Arrow Button Icon"):
        f = line_features(text)
        assert f.boilerplate or f.timestamp, text


def test_boilerplate_phrases_match_across_no_break_spaces():
    assert line_features("Be\xa0the first to\xa0know").boilerplate
    assert line_features("Sign up for our daily newsletter and never miss a story").boilerplate
    assert not line_features("The governor said the strike hit a power plant in the south of the region.").boilerplate


def test_article_sentences_are_prose_not_furniture():
    f = line_features("Russian drones struck a power substation in the Odesa region overnight, the governor said.")
    assert f.words == 14 and f.ends_sentence and f.stop_ratio > 0.15
    assert not f.furniture and not f.headline_like


def test_a_headline_and_a_menu_entry_look_like_headlines():
    assert line_features("Zelensky Meets European Leaders In Paris").headline_like
    assert not line_features("Zelensky meets European leaders in Paris on Monday.").headline_like


def test_captions_are_told_by_their_credit_phrase_or_recent_date():
    assert line_features("Rescuers clear rubble in Kharkiv on Monday [Ivan Petrenko/Reuters]").caption
    assert line_features("A woman walks past a damaged school in Sumy. (AP Photo/Olena Hrytsenko)").caption
    assert line_features("Firefighters at the scene, in this handout picture released by the emergency service.").caption
    page = Page(split_lines("x"), 1, frozenset(), dt.date(2026, 3, 9))
    recent = "Delegations attend the talks in Istanbul, Turkey, on March 6, 2026."
    assert line_features(recent, page).caption
    old = "The two countries signed the memorandum in Budapest, Hungary, on December 5, 1994."
    assert not line_features(old, page).caption


def test_a_credit_line_makes_the_line_above_it_a_caption():
    page = Page.of(split_lines("Soldiers rest near the front line in the east\nOLENA MARCHUK\nNext paragraph."))
    feats = features(page)
    assert feats[1].credit and feats[0].caption and not feats[2].caption


def test_a_credit_alone_in_brackets_does_not_make_the_line_above_a_caption():
    page = Page.of(split_lines("He said the front had held through the winter despite shortages.\n[Example News]\nMore."))
    feats = features(page)
    assert feats[1].credit and not feats[0].caption


def test_datelines_of_wire_stories():
    assert dateline("KYIV, Ukraine (AP) — Russia launched 120 drones overnight.") == ("KYIV, Ukraine", "AP")
    assert dateline("LONDON -- Talks ended on Thursday.") == ("LONDON", None)
    assert dateline("ISTANBUL, March 6 (Example Wire) - Delegations met.") == ("ISTANBUL", "Example Wire")
    assert dateline("**Kyiv, Ukraine –** No one was hurt.") == ("Kyiv, Ukraine", None)
    assert dateline("Russia, which denies targeting civilians, said nothing.") is None


def test_truncated_teasers_and_repeated_lines():
    assert line_features("Russian troops advanced near the village and secured the...").truncated
    page = Page.of(split_lines("Top story of the day here\nBody text.\nTop story of the day here"))
    feats = features(page)
    assert feats[0].copies == 2 and feats[1].copies == 1


def test_lines_of_the_link_list_are_links():
    page = Page.of(split_lines("Body of the story goes here.\n## Links\n- [Home](https://x.org/)"))
    assert all(f.link for f in features(page)[page.end:])


def test_every_boilerplate_phrase_has_trigger_words():
    # a phrase without one would be searched in every line (slow)
    for pattern in lexicon._data_lines("boilerplate_phrases.txt"):
        assert lexicon.trigger_words(pattern), pattern


# --- dates ---------------------------------------------------------------------------------


def test_dates_with_time_of_day_and_zone_only_when_the_page_gives_both():
    found = find_dates("February 27, 2026 03:55 PM GMT+03:00")
    assert [d.iso() for d in found] == ["2026-02-27T15:55:00+03:00"]
    assert find_dates("Posted November 16, 2025 3:34 am.")[0].iso() == "2025-11-16"
    assert find_dates("Updated 9:42 AM EET, March 8, 2026")[0].iso() == "2026-03-08T09:42:00+02:00"
    assert find_dates("Published On 27 Feb 2026")[0].iso() == "2026-02-27"
    assert find_dates("Fri, Feb 27 2026")[0].iso() == "2026-02-27"


def test_numeric_dates_are_read_against_the_reference_day():
    found = find_dates("Issued on: 04/02/2026 - 06:59 Modified: 05/02/2026 - 03:57", dt.date(2026, 2, 5))
    assert [d.date for d in found] == [dt.date(2026, 2, 4), dt.date(2026, 2, 5)]


def test_us_eastern_time_follows_daylight_saving():
    assert find_dates("July 4, 2025 3:34 pm ET")[0].iso() == "2025-07-04T15:34:00-04:00"
    assert find_dates("January 4, 2026 3:34 pm ET")[0].iso() == "2026-01-04T15:34:00-05:00"


def test_dates_in_addresses():
    assert url_date("https://example.org/news/2026/2/27/some-story") == dt.date(2026, 2, 27)
    assert url_date("https://example.org/en/20260204-live-story") == dt.date(2026, 2, 4)
    assert url_date("https://example.org/story?id=2026") is None
    assert url_date(None) is None


# --- classification ------------------------------------------------------------------------

PAGE = """Example Post | World News
Home
World
Politics
Sport
Search
Drone attack damages port in southern Ukraine
By Olena Marchuk
March 8, 2026
Share
Facebook
Email
ODESA, Ukraine (Example Wire) — Russian drones struck port facilities in the southern Odesa region overnight, damaging a grain terminal and injuring two workers, the regional governor said on Sunday.
Air defense units shot down most of the drones over the sea, the air force said, adding that debris fell on a warehouse near the port.
Port workers injured
The two workers were taken to hospital with shrapnel wounds and are in stable condition, according to the regional health department.
Firefighters work at the damaged terminal in Odesa on Sunday. (Example Wire Photo/Ivan Petrenko)
Advertisement
Ukraine's navy said the port would resume loading grain within days once the damaged conveyor had been replaced.
Recommended
Markets rally as oil prices slip
Ten recipes for spring
Football: late goal settles derby
Copyright 2026 Example Wire. All rights reserved.
About Us
Contact
"""


def _classified(text: str):
    lines = split_lines(text)
    page = Page.of(lines)
    feats = features(page)
    kept = cls.classify(feats, page.end)
    return lines, feats, [lines[i].text for u in kept for i in u.indexes]


def test_the_article_is_the_densest_run_of_prose():
    _, _, body = _classified(PAGE)
    assert body[0].startswith("ODESA, Ukraine (Example Wire)")
    assert body[-1].startswith("Ukraine's navy said")
    assert "Port workers injured" in body                       # a subhead between paragraphs
    assert not any("Photo/" in x or x in ("Advertisement", "Recommended", "Home") for x in body)
    assert not any("recipes" in x or "Copyright" in x for x in body)


def test_lines_cut_by_links_are_glued_into_one_unit():
    text = ("Intro line of the menu\nThe ministry said its forces had taken the\nvillage of Novoselivka\n"
            "in the east, a claim that could not be verified.")
    lines = split_lines(text)
    feats = features(Page.of(lines))
    roles = cls.line_roles(feats)
    groups = cls.units(feats, roles)
    assert [1, 2, 3] in groups


def test_a_run_of_short_lines_inside_the_article_is_dropped_but_a_lone_subhead_kept():
    paragraph = "The regional governor said the attack had damaged homes and a school in the town."
    ads = "\n".join(["Doctors Hate This One Weird Trick", "HealthBrand", "Best Shoes For Walking",
                     "ShoeCo", "Retire Early With This Plan", "MoneyBrand"])
    text = f"{paragraph}\n{paragraph.replace('town', 'city')}\n{ads}\n{paragraph.replace('school', 'clinic')}\n" \
           f"Aftermath of the attack\n{paragraph.replace('homes', 'shops')}"
    _, _, body = _classified(text)
    assert len([x for x in body if "governor" in x]) == 4
    assert "Aftermath of the attack" in body
    assert not any(x in body for x in ("HealthBrand", "Best Shoes For Walking"))


def test_a_dateline_starts_the_story():
    text = ("A caption-like line describing a scene at length without any credit at all.\n"
            "KYIV, Ukraine (AP) — The first paragraph of the wire story tells what happened overnight in the city.\n"
            "The second paragraph adds detail about the damage and about the people who were hurt.")
    _, _, body = _classified(text)
    assert body[0].startswith("KYIV, Ukraine (AP)")


def test_densest_run_is_the_maximum_sum_segment():
    assert cls.densest_run([-1, 2, 3, -1, -5, 4]) == (1, 2)
    assert cls.densest_run([-1, -2]) is None
    assert cls.densest_run([3, -1, 3]) == (0, 2)


def test_a_link_box_costs_one_box_however_long():
    text = "\n".join([
        "The first paragraph of the story tells what happened and who said so in the capital.",
        "Related stories",
        "Markets Rally As Oil Slips", "Ten Recipes For Spring", "Derby Settled Late", "Weather Turns Cold",
        "Election Results Delayed", "Festival Tickets Sold Out",
        "The second paragraph of the story continues with the reactions of officials on both sides.",
    ])
    _, _, body = _classified(text)
    assert len(body) == 2 and "second paragraph" in body[1]


def test_headlines_of_other_stories_inside_the_article_are_dropped():
    paragraph = "Officials said the talks in the capital had made progress but that no deal was close yet."
    text = "\n".join([
        paragraph,
        "Trump says energy truce agreed but terms are unclear",
        "Envoys travel the globe to push a plan for ending the war",
        "Ukraine and Russia discuss territory in new round of talks",
        paragraph.replace("capital", "region"),
        "* Kremlin says it will keep fighting until its demands are met",
        "* Ukraine says the talks were substantive and productive",
        "* Negotiators will meet again on Thursday",
        paragraph.replace("talks", "meetings"),
    ])
    lines = split_lines(text)
    feats = features(Page.of(lines))
    kept = cls.classify(feats)
    kept = cls.drop_headline_lists(kept, feats, [x.text for x in lines])
    body = [lines[i].text for u in kept for i in u.indexes]
    assert not any("Envoys travel" in x for x in body)
    assert sum(x.startswith("* ") for x in body) == 3          # a list the author wrote stays
    assert len([x for x in body if x.startswith("Officials said")]) == 3


# --- second round: shapes the 124 corpus pages showed -----------------------------------------

PROSE = ("The regional governor said the overnight attack had damaged several homes and a school "
         "in the town, and that rescuers were still at work on Tuesday.")


def test_footnote_references_at_the_end_of_a_line_are_not_a_credit():
    line = ("Russian forces attacked near the village of Novoselivka on March 3 and 4."
            "[[xii]](https://example.org/analysis/<#_edn0a1b2c3d12>)")
    f = line_features(line)
    assert f.ends_sentence and not f.caption
    assert line_features(PROSE + "[[7]](#edn7)").ends_sentence


def test_a_footnote_marker_line_joins_the_paragraphs_around_it():
    text = "\n".join(["Home", "World", PROSE, "[iv]", "[v]", "[vi]", PROSE.replace("homes", "shops"),
                      "[vii]", PROSE.replace("school", "clinic"), "About us"])
    lines, feats, body = _classified(text)
    assert [f.marker for f in feats][3:6] == [True, True, True]
    assert len(body) == 3 and not any(x.startswith("[") for x in body)


def test_repetition_that_makes_furniture_and_repetition_that_does_not():
    takeaway = "Ukrainian forces recaptured two villages near the city after a week of fighting, officials said."
    text = "\n".join([takeaway, PROSE, "Key points", takeaway, "Article", "Article", "Article",
                      "said", "said", "said", "Headline of another story on this page", "Headline of another story on this page"])
    feats = features(Page.of(split_lines(text)))
    assert not feats[0].repeated and not feats[3].repeated        # a sentence in a summary list, twice
    assert feats[4].repeated                                      # a label under every teaser
    assert not feats[7].repeated                                  # "said", cut out of sentences by links
    assert feats[10].repeated                                     # a headline listed twice


def test_a_pull_quote_beside_its_paragraph_is_an_echo_but_a_subhead_is_not():
    quote = "No major city has been taken by either side in the past year of fighting."
    text = "\n".join([PROSE, f"> {quote}", f"Analysts agree on one thing. {quote} The front barely moved.",
                      "Air Defence Shot Down Most Drones",
                      "Air Defence Shot Down Most Drones over the capital, the air force said on Sunday morning."])
    feats = features(Page.of(split_lines(text)))
    assert feats[1].echo and feats[1].furniture
    assert not feats[3].echo


def test_titles_in_a_list_of_dated_teasers_are_furniture_but_a_timeline_is_text():
    teasers = []
    for day in range(10, 16):
        teasers += [f"Court hands down another sentence in a case about posts number {day} online",
                    "Article", f"{day} February 2026, 19:{day}"]
    lines = split_lines("\n".join([PROSE] + teasers))
    feats = features(Page.of(lines))
    dropped = set(cls.dated_list_lines(feats))
    assert {i for i, x in enumerate(lines) if x.text.startswith("Court hands")} <= dropped
    timeline = []
    for day in range(10, 16):
        timeline += [f"{day} February 2026", f"The council met again and approved aid worth {day} million euros."]
    lines = split_lines("\n".join(timeline))
    feats = features(Page.of(lines))
    assert not any(lines[i].text.startswith("The council") for i in cls.dated_list_lines(feats))


def test_a_header_block_the_run_begins_with_is_dropped():
    text = "\n".join(["Home World Europe: Bishop says faith sustains the city", "by Marta Kowal 10:41 AM February 5, 2026",
                      "A woman walks past a damaged church in the city on Feb. 4, 2026. (Example News photo/Jan Nowak)",
                      "(Example News) — " + PROSE, PROSE.replace("homes", "flats"), PROSE.replace("school", "clinic")])
    _, _, body = _classified(text)
    assert body[0].startswith("(Example News)") and len(body) == 3


def test_a_story_that_ends_on_a_bulleted_list_of_headlines_loses_the_list():
    text = "\n".join([PROSE, PROSE.replace("homes", "shops"), PROSE.replace("school", "clinic"),
                      "* Ministers agree new sanctions package for the anniversary",
                      "* Parliament debates the defence budget in a late session",
                      "* Ambassador says the talks must go on without preconditions", "Subscribe to our daily newsletter"])
    lines, feats, _ = _classified(text)
    kept = cls.drop_headline_lists(cls.classify(feats), feats, [x.text for x in lines])
    assert [lines[u.first].text[:2] for u in kept] == ["Th", "Th", "Th"]


def test_credits_bylines_and_prompts():
    assert line_features("UNICEF/Anna Example Photo").credit
    assert line_features("By **Maxine Example**, an editorial fellow at _Example Policy_.").credit
    assert not line_features("By contrast, the ministry said nothing.").credit
    assert not line_features("JOIN US ON TELEGRAM").credit
    assert line_features("**[2/5]** Soldiers rest near the front line in the east of the country after a swap").caption
    assert not line_features('"A war of aggression is the supreme crime." [Judgment of the Tribunal]').caption
    assert line_features("Troops rest near the front line in eastern Ukraine [Ivan Example/Example Wire]").caption


def test_newsletter_cookie_and_donation_prompts_but_not_the_news():
    for text in ("The Example Track newsletter is your essential guide to the week in sport. Sign up here.",
                 "**_ga_XYZ12** Used by Google Analytics to track the visitor's pages across the site.",
                 "Registers a unique ID that is used to generate statistical data.",
                 "Use necessary cookies only Allow selection Customize Allow all cookies",
                 "As a monthly donor, you will help families every single day."):
        assert line_features(text).boilerplate, text
    for text in ("Allies agreed that Ukraine will become a member of NATO once conditions are met.",
                 "The army stores its missiles in hardened shelters near the border.",
                 "Drones were used by both sides to track troop movements near the river."):
        assert not line_features(text).boilerplate, text


def test_a_line_too_long_to_be_one_is_cut_into_sentences_and_keeps_its_offsets():
    menu = "Home   News   Politics   Sport   Weather   Login"
    story = " ".join(f"Officials said the shelling of district number {i} continued through the night." for i in range(200))
    text = f"{menu}   {story}   About us | Contact | Privacy"
    lines = split_lines(text)
    assert len(lines) > 200
    for x in lines:
        assert text[x.start:x.end] == x.text
    assert lines[0].text == "Home" and lines[-1].text == "Privacy"


def test_dates_in_ukrainian_and_russian_and_relative_times():
    assert [d.date for d in find_dates("27 лютого 2026, 08:15")] == [dt.date(2026, 2, 27)]
    assert [d.date for d in find_dates("5 февраля 2026 г.")] == [dt.date(2026, 2, 5)]
    assert url_date("https://example.com/world/2026/feb/04/talks-end") == dt.date(2026, 2, 4)
    from frontwire.clean.dates import ago, moment
    assert ago("23 hours ago") == dt.timedelta(hours=23) and ago("* 15 mins ago") == dt.timedelta(minutes=15)
    assert ago("The war began 4 years ago") is None
    assert moment("2026-02-28T02:35:17+00:00") == dt.datetime(2026, 2, 28, 2, 35, 17, tzinfo=dt.timezone.utc)
    assert moment("2026-02-28") is None


def test_copies_are_told_by_words_and_numbers_but_not_list_numbers():
    text = "\n".join(["* Deaths in 2025 rose by 1,202; the total for the year is 19,590;",
                      "* Deaths in 2024 rose by 899; the total for the year is 55,354;",
                      "Mandelson arrested on suspicion of misconduct in office",
                      "1.  Mandelson arrested on suspicion of misconduct in office"])
    feats = features(Page.of(split_lines(text)))
    assert [f.copies for f in feats] == [1, 1, 2, 2]
    assert not feats[1].echo
