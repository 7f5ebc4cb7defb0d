"""Third round of the cleaner (frontwire.clean): furniture run into a line, pitches at the
end of a page, stat boxes, more dateline and byline shapes, titles with a breadcrumb or a
time stamp, more caption and credit shapes, and the boilerplate lexicon's new entries.

Every page and sentence here is written for the test, in the style of the scraped pages
and feed items the cleaner meets. Modules are reached through their attributes (not
imported by name) so that each test stands or falls on its own behaviour.
"""

from __future__ import annotations

import pytest

from frontwire.clean import classify as cls
from frontwire.clean import clean, lexicon
from frontwire.clean import features as ft
from frontwire.clean import metadata as meta
from frontwire.clean.features import Page, features, line_features
from frontwire.clean.lines import Line, split_lines
from frontwire.records import Document

P = [
    "The regional governor said the overnight attack had damaged several homes and a school in the town, "
    "and that rescuers were still at work on Tuesday.",
    "Air defence units shot down most of the drones over the sea, the air force said, adding that debris "
    "fell on a warehouse near the port.",
    "The two workers were taken to hospital with shrapnel wounds and are in stable condition, according to "
    "the regional health department.",
    "The navy said the port would resume loading grain within days once the damaged conveyor had been "
    "replaced, officials added.",
]
HEADLINE = "Drone attack damages port in southern Ukraine"


def _doc(text: str, **kw) -> Document:
    return Document(doc_id=kw.pop("doc_id", "t"), origin="test", text=text, **kw)


def _clean(lines: list[str], **kw):
    article = clean(_doc("\n".join(lines), **kw))
    for paragraph, (s, e) in zip(article.body, article.spans):
        assert article.source_text[s:e] == paragraph          # the contract: verbatim slices
    return article


def _page(lines: list[str]):
    found = split_lines("\n".join(lines))
    return found, features(Page.of(found))


def _body(lines: list[str], pitch: bool = False) -> list[str]:
    """The lines :func:`classify` keeps (then :func:`drop_pitch` when ``pitch``)."""
    found, feats = _page(lines)
    kept = cls.classify(feats, len(found))
    if pitch:
        kept = cls.drop_pitch(kept, feats, [x.text for x in found])
    return [found[i].text for u in kept for i in u.indexes]


def _head(head: list[str]):
    """Lines, features and the body's first index of a header block set above two paragraphs."""
    found, feats = _page(head + P[:2])
    return found, feats, len(head)


def _inline():
    from frontwire.clean import inline
    return inline


# --- furniture run into the text of a line (clean/inline.py, data/inline_furniture.txt) -------

LEAD = "Russian forces launched a wave of drones at the capital overnight, and air defences shot most of them down."
NEXT = "In a statement on Monday, the energy ministry said the grid had held."


@pytest.mark.parametrize("furniture, before, after", [
    ("See all our Ukraine war coverage", LEAD, NEXT),
    ("See all our coverage", LEAD, NEXT),
    ("Continue reading...", LEAD, ""),
    ("Continue reading…", LEAD, ""),
    ("• Ukraine war – latest updates", "", LEAD),
    ("Zelenskyy – latest news updates", "", LEAD),
    ("Follow our Ukraine live blog for the latest updates", LEAD, NEXT),
    ("Get our breaking news email, free app or daily news podcast", LEAD, NEXT),
    ("Sign up for our morning briefing by email", LEAD, NEXT),
    ("At a glance: what we know on day 461 of the invasion", "", LEAD),
    ("At a glance: what we know on day 1,461 of the war", "", LEAD),
])
def test_each_kind_of_inline_furniture_is_cut_out_of_its_line(furniture, before, after):
    text = " ".join(x for x in (before, furniture, after) if x)
    line = split_lines(text)[0]
    pieces = _inline().cut_furniture(line)
    assert [x.text for x in pieces] == [x for x in (before, after) if x]
    for x in pieces:
        assert text[x.start:x.end] == x.text and x.index == line.index and x.row == line.row


def test_cut_pieces_keep_offsets_into_the_page_and_only_the_first_keeps_the_gap():
    text = f"Drones hit the capital\n\n{LEAD} See all our Ukraine war coverage {NEXT}"
    line = split_lines(text)[1]
    assert line.gap_before
    first, second = _inline().cut_furniture(line)
    assert text[first.start:first.end] == LEAD and text[second.start:second.end] == NEXT
    assert first.gap_before and not second.gap_before


def test_the_full_stop_that_closes_furniture_does_not_open_the_next_piece():
    text = f"{LEAD} Sign up for our morning briefing newsletter. {NEXT}"
    pieces = _inline().cut_furniture(split_lines(text)[0])
    assert [x.text for x in pieces] == [LEAD, NEXT]


def test_a_line_of_furniture_alone_leaves_no_piece():
    inline = _inline()
    assert inline.cut_furniture(split_lines("See all our Ukraine war coverage")[0]) == []
    assert inline.cut_furniture(split_lines("• Ukraine war – latest updates ·")[0]) == []


def test_furniture_spans_are_in_order_and_overlapping_matches_merge():
    inline = _inline()
    text = f"{LEAD} Continue reading..."
    assert inline.furniture_spans(text) == [(len(LEAD) + 1, len(text))]
    two = "Ukraine war – latest updates " + LEAD + " See all our war coverage"
    assert inline.furniture_spans(two) == [(0, two.index(" Russian")), (two.index("See all"), len(two))]
    # "Follow ... for the latest updates" holds "Ukraine – latest updates": one span, not two
    text = f"{LEAD} Follow our Ukraine – latest updates for the latest updates {NEXT}"
    start, end = text.index("Follow"), text.index(NEXT) - 1
    assert inline.furniture_spans(text) == [(start, end)]
    assert [x.text for x in inline.cut_furniture(split_lines(text)[0])] == [LEAD, NEXT]


def test_phrases_in_a_sentence_are_no_inline_furniture():
    inline = _inline()
    for text in ("The mayor urged residents to follow the latest updates from the city council and to keep reading "
                 "the notices.",
                 "Continue reading the report, the minister said, to see all our coverage of the plan.",
                 "Officials said they would sign up for the scheme once the latest updates were published.",
                 "Get our soldiers home, the protesters chanted outside the ministry on Sunday."):
        line = split_lines(text)[0]
        assert inline.furniture_spans(text) == [], text
        assert inline.cut_furniture(line) == [line]


def test_a_feed_item_loses_its_furniture_but_keeps_its_text_verbatim():
    lead = "The mayor said air defences were active for three hours and that debris damaged a school."
    article = _clean(["Drones hit the port city overnight", f"{lead} Continue reading..."])
    assert article.body == ("Drones hit the port city overnight", lead)
    article = _clean(["Drones hit the port city overnight",
                      f"{lead} See all our Ukraine war coverage Officials in the region said two people were hurt."])
    assert article.body[1:] == (lead, "Officials in the region said two people were hurt.")
    article = _clean(["Ukraine war at a glance: what we know on day 1,461 of the invasion",
                      f"At a glance: what we know on day 1,461 of the invasion {lead}"])
    assert article.body[1:] == (lead,)


def test_every_inline_furniture_entry_has_its_key_inside_what_it_matches():
    examples = {"latest": "Ukraine war – latest updates", "coverage": "See all our Ukraine coverage",
                "Follow": "Follow our live blog for the latest news", "Get our": "Get our free app",
                "Sign up": "Sign up to our daily newsletter",
                "At a glance": "At a glance: what we know on day 12 of the war",
                "Continue reading": "Continue reading..."}
    entries = _inline().inline_furniture()
    assert {key for key, _ in entries} == set(examples)
    for key, pattern in entries:
        m = pattern.search(examples[key])
        assert m and key in m.group(0), key       # a pattern is only tried on lines with its key


# --- an appeal or a product pitch above a button (classify.drop_pitch, data/calls_to_action.txt) --


def test_buttons_under_a_pitch_are_calls_to_action():
    for text in ("Learn more.", "Find out more", "**Become a member**", "Become a donor today", "Contribute today!",
                 "Donate now", "Support us", "Join us", "Subscribe now", "Start your free trial", "Try it free",
                 "Get access", "Request a demo ›", "Book a consultation"):
        assert cls.is_call_to_action(text), text
        assert lexicon.call_to_action().match(text.strip("*").rstrip(".!› ").lower()), text
    for text in ("Learn more about the offensive in our explainer", "Find out why", "Members of parliament",
                 "The troops donate blood every month", "Donate now to the fund that buys drones for the brigades "
                 "fighting in the east", ""):
        assert not cls.is_call_to_action(text), text


def test_a_pitch_right_above_a_button_and_its_label_are_dropped():
    story = ["Home", "News"] + P
    pitch = ["Note from the editor:", "Independent reporting from the front line costs money and takes time.",
             "Contribute today", "About us"]
    assert _body(story + pitch, pitch=True) == P
    pitch = ["This article is part of Example Pro",
             "Example Pro gives policy professionals the intelligence they need every morning.", "Learn more.",
             "About us"]
    assert _body(story + pitch, pitch=True) == P


def test_a_pitch_right_under_a_button_is_dropped():
    page = ["Home", "News"] + P + ["Reporting like this from the front line is only possible with readers like you.",
                                   "Become a member", "About us"]
    assert _body(page, pitch=True) == P
    assert _clean(page).body == tuple(P)


def test_a_pitch_is_dropped_by_the_stage_function():
    page = ["Home", "News", HEADLINE, "March 8, 2026"] + P + [
        "Example Pro", "Example Pro gives policy professionals the intelligence they need every morning.",
        "Request a demo", "About us", "Privacy Policy"]
    assert _clean(page).body == tuple(P)


def test_the_story_stays_when_no_button_follows_or_the_last_paragraph_is_long():
    closing = "The governor added that the shelters would stay open for the rest of the week."
    assert _body(["Home", "News"] + P + [closing, "About us"], pitch=True) == P + [closing]
    long_one = P[0] + " " + P[1]                 # over PITCH_WORDS: a paragraph of the story
    assert _body(["Home", "News"] + P + [long_one, "Learn more", "About us"], pitch=True) == P + [long_one]


def test_drop_pitch_step_keeps_two_units_at_least_and_takes_any_button_test():
    pitch = "Reporting like this from the front line is only possible with readers like you."
    found, feats = _page(["Home", "News"] + P + [pitch, "Become a member", "About us"])
    texts = [x.text for x in found]
    kept = cls.classify(feats, len(found))
    assert [texts[u.first] for u in kept] == P + [pitch]
    assert cls.drop_pitch(kept, feats, texts) == kept[:-1]
    assert cls.drop_pitch([kept[0], kept[-1]], feats, texts) == [kept[0], kept[-1]]     # too little left to cut
    assert cls.drop_pitch(kept, feats, texts, action=lambda text: False) == kept
    assert cls.drop_pitch(kept, feats, texts, action=lambda text: text == "About us") == kept
    assert cls.drop_pitch(kept, feats, texts, action=lambda text: text == "Become a member") == kept[:-1]
    assert cls.drop_pitch([], feats, texts) == []


# --- stat boxes (features.figure, classify.stat_lines) ---------------------------------------


def test_a_figure_alone_on_its_line():
    for text in ("5.9 million", "10.8m", "90%", "$486 billion", "€3bn", "nearly 1 million", "12,000 people"):
        assert line_features(text).figure, text
    for text in ("5.9 million people were displaced in the east", "Kyiv", "March 8", "14:30", "Phase two"):
        assert not line_features(text).figure, text


def test_stat_lines_are_figures_and_the_lower_case_line_under_each():
    def stat(lines):
        return cls.stat_lines(_page(lines)[1])
    assert stat(["5.9 million", "people in need of aid", "3.7 million", "internally displaced people"]) == [0, 1, 2, 3]
    assert stat(["90%", "Of Schools Damaged"]) == [0]               # a label in Title Case is no caption of it
    assert stat(["90%", "of the schools in the region were damaged or destroyed in the shelling of the past two "
                        "years of war, officials said"]) == [0]     # too long to be the figure's label
    assert stat(["More than", "12,000 people", "have fled the region since spring."]) == []   # a sentence cut by links
    assert stat(["* 90%", "of schools damaged"]) == []             # a point of a list


def test_a_stat_box_inside_the_page_is_dropped_but_a_figure_in_a_sentence_is_kept():
    box = ["5.9 million", "people in need of aid", "3.7 million", "internally displaced people"]
    assert _body(["Home", "News", P[0], P[1]] + box + [P[2], P[3]]) == P
    cut = [P[0], "More than", "12,000 people",
           "have fled the region since the offensive began in spring, officials said.",
           P[1], P[2]]
    assert _body(["Home", "News"] + cut) == cut


# --- datelines: "KYIV: ...", "MOSCOW, April 27. /TASS/. ...", a place on its own line ----------

STORY = ("Russian forces launched more than a hundred drones at the region overnight, damaging power lines "
         "and a school, the governor said.")


def test_a_colon_dateline_opening_a_story():
    assert ft.dateline(f"KYIV: {STORY}") == ("KYIV", None)
    assert ft.dateline(f"**KHARKIV**: {STORY}") == ("KHARKIV", None)
    assert ft.dateline(f"ODESA, Ukraine: {STORY}") == ("ODESA, Ukraine", None)
    assert ft.dateline(f'KYIV: "We will rebuild," the mayor said as {STORY[0].lower()}{STORY[1:]}') == ("KYIV", None)


def test_a_colon_after_an_acronym_a_label_or_a_short_line_is_no_dateline():
    assert ft.dateline(f"UNHCR: {STORY}") is None           # an acronym of consonants
    assert ft.dateline(f"ISW: {STORY}") is None
    assert ft.dateline(f"TASS: {STORY}") is None            # an agency
    assert ft.dateline(f"EXCLUSIVE: {STORY}") is None       # a kicker
    assert ft.dateline(f"ANALYSIS: {STORY}") is None
    assert ft.dateline(f"BREAKING: {STORY}") is None
    assert ft.dateline("KYIV: Talks resume.") is None        # a label, not a paragraph of prose
    assert ft.dateline(f"KYIV: {STORY[:-1]} and") is None    # the paragraph does not end as a sentence
    assert ft.dateline(f"KYIV: {STORY[0].lower()}{STORY[1:]}") is None


def test_place_shaped_names_in_capitals():
    for text in ("KYIV", "KHARKIV", "ODESA, Ukraine", "ZAPORIZHZHIA", "BRUSSELS"):
        assert ft.place_shaped(text), text
    for text in ("UNHCR", "ISW", "TASS", "AP AUDIO", "OPINION", "UPDATE", "EXPLAINER"):
        assert not ft.place_shaped(text), text


def test_a_tass_slash_dateline():
    text = f"MOSCOW, April 27. /TASS/. {STORY}"
    assert ft.dateline(text) == ("MOSCOW", "TASS")
    assert ft.dateline(f"MINSK, May 3 /BelTA/ {STORY}") == ("MINSK", "BelTA")
    assert line_features(text).dateline
    assert not line_features(f"Officials said the prices rose 5% / year on {STORY}").dateline


def test_a_slash_dateline_starts_the_story_and_names_its_place_and_agency():
    caption = "A caption-like line describing a scene at length without any credit at all."
    lines = [caption, f"MOSCOW, April 27. /TASS/. {STORY}", P[1], P[2]]
    assert _body(lines)[0].startswith("MOSCOW, April 27. /TASS/.")
    article = _clean(["Home", "News", HEADLINE, "April 27, 2026"] + lines[1:])
    assert article.dateline == "MOSCOW"
    assert _clean(["Home", "News", HEADLINE, "April 27, 2026", f"KYIV: {STORY}", P[1], P[2]]).dateline == "KYIV"


def test_a_dateline_on_its_own_line_above_the_story():
    found, feats, first = _head(["Menu", HEADLINE, "March 8, 2026", "MOSCOW"])
    assert meta.bare_dateline(found, feats, first) == "MOSCOW"
    found, feats, first = _head(["Menu", HEADLINE, "March 8, 2026", "**KHARKIV**"])
    assert meta.bare_dateline(found, feats, first) == "KHARKIV"
    article = _clean(["Home", "News", HEADLINE, "March 8, 2026", "ODESA"] + P)
    assert article.dateline == "ODESA" and article.body == tuple(P)


def test_a_dateline_in_the_first_paragraph_wins_over_one_on_its_own_line():
    article = _clean(["Home", "News", HEADLINE, "March 8, 2026", "MOSCOW", f"KYIV: {STORY}", P[1], P[2]])
    assert article.dateline == "KYIV"


def test_credits_slugs_agencies_and_kickers_on_their_own_line_are_no_dateline():
    for line in ("UKRAINE-CRISIS-PORT", "TASS", "OPINION", "ANALYSIS", "Moscow", "SOUTHERN UKRAINE COAST REGION",
                 "Share"):
        found, feats, first = _head(["Menu", HEADLINE, "March 8, 2026", line])
        assert meta.bare_dateline(found, feats, first) is None, line
    # a name in capitals under a caption credits the picture
    found, feats, first = _head(["Menu", HEADLINE, "March 8, 2026",
                                 "Smoke rises over the port in a screenshot from a video posted online.", "ODESA"])
    assert meta.bare_dateline(found, feats, first) is None
    found, feats, _ = _head(["MOSCOW"])
    assert meta.bare_dateline(found, feats, None) is None and meta.bare_dateline(found, feats, 0) is None


# --- bylines: a name beside the date, an agency beside the date -----------------------------


def test_a_byline_that_prints_the_date_after_the_name():
    assert meta.name_and_date("Oksana Example — Thursday, 12 September 2024, 10:17") == "Oksana Example"
    assert meta.name_and_date("Oksana Example | 12 September 2024") == "Oksana Example"
    assert meta.name_and_date("Ivan Example / 3 March 2026, 08:15") == "Ivan Example"
    found, feats, first = _head(["Menu", HEADLINE, "Oksana Example — Thursday, 12 September 2024, 10:17"])
    title = meta.find_title(found, feats, first)
    assert title == meta.Title(HEADLINE, 1)                  # the dated byline marks the headline above it
    assert meta.find_byline(found, feats, title.index, first) == "Oksana Example"


def test_a_date_after_a_place_an_office_or_a_sentence_is_no_byline():
    assert meta.name_and_date("Kyiv 12 September 2024") is None                       # no separator
    assert meta.name_and_date("President Example — 12 September 2024") is None         # a subject, not an author
    assert meta.name_and_date("Talks in Geneva — 12 September 2024") is None          # not names alone
    assert meta.name_and_date("Oksana Example — Thursday") is None                    # no date
    assert meta.name_and_date("Oksana Example — " + "x" * 120 + " 12 September 2024") is None


@pytest.mark.parametrize("head, agency", [
    (["Menu", HEADLINE, "Reuters", "March 8, 2026"], "Reuters"),            # under the headline
    (["Menu", HEADLINE, "March 8, 2026", "**AFP**"], "AFP"),                # under the date
    (["Menu", HEADLINE, "Updated", "March 8, 2026", "AP"], "AP"),
])
def test_an_agency_alone_beside_the_date_is_the_byline(head, agency):
    found, feats, first = _head(head)
    title = meta.find_title(found, feats, first)
    assert title == meta.Title(HEADLINE, 1)
    assert meta.find_byline(found, feats, title.index, first) == agency


def test_the_stage_function_reads_a_wire_story_from_its_agency_byline():
    article = _clean(["Home", "News", HEADLINE, "Reuters", "March 8, 2026"] + P)
    assert article.byline == "Reuters" and article.agency == "Reuters" and article.body == tuple(P)


def test_an_agency_under_a_long_line_credits_that_line():
    for line in ("Smoke rises over the burning grain terminal in the port",
                 "The port will stay closed for a week while engineers repair the damage"):
        found, feats, first = _head(["Menu", HEADLINE, "March 8, 2026", line, "Reuters"])
        assert meta.find_byline(found, feats, 1, first) is None, line


def test_a_byline_loses_a_trailing_slash():
    found, feats, first = _head(["Menu", HEADLINE, "By Olena Example /", "March 8, 2026"])
    assert meta.find_byline(found, feats, 1, first) == "Olena Example"


# --- titles: a breadcrumb on the headline's line, a time stamp under it, a site's suffix -------


def test_a_breadcrumb_before_the_headline_is_cut():
    assert meta.without_breadcrumb(f"Home › World › Europe › {HEADLINE}") == HEADLINE
    assert meta.without_breadcrumb(f"Main / News / {HEADLINE}") == HEADLINE
    assert meta.without_breadcrumb(f"Home » {HEADLINE}") == HEADLINE
    assert meta.without_breadcrumb(f"Home WorldEurope {HEADLINE}") == HEADLINE      # links run together


def test_a_headline_that_starts_like_a_breadcrumb_stays_whole():
    for text in ("Home Office accused of delays over visas for refugees", "Home › World › Drone strike",
                 "Main street reopens after the shelling", HEADLINE):
        assert meta.without_breadcrumb(text) == text, text


def test_the_title_is_found_without_its_breadcrumb():
    article = _clean([f"Home › World › Europe › {HEADLINE}", "March 8, 2026"] + P)
    assert article.title == HEADLINE
    article = _clean([f"Home WorldEurope {HEADLINE}", "March 8, 2026"] + P)
    assert article.title == HEADLINE
    article = _clean(["Home Office accused of delays over visas for refugees", "March 8, 2026"] + P)
    assert article.title == "Home Office accused of delays over visas for refugees"


@pytest.mark.parametrize("stamp", ["27 APR, 10:21", "April 27, 10:21", "Apr 27 10:21"])
def test_a_time_stamp_without_the_year_marks_the_headline_above_it(stamp):
    found, feats, first = _head(["Menu", HEADLINE, stamp])
    assert meta.find_title(found, feats, first) == meta.Title(HEADLINE, 1)


def test_without_a_stamp_or_a_date_the_same_line_is_not_enough_for_a_title():
    found, feats, first = _head(["Menu", HEADLINE, "Share"])
    assert meta.find_title(found, feats, first) is None
    found, feats, first = _head(["Menu", HEADLINE, "Platoon 27, 10 soldiers"])
    assert meta.find_title(found, feats, first) is None


def test_a_headline_on_the_page_keeps_its_suffix_but_the_page_title_loses_the_site_name():
    found, feats, first = _head(["Menu", f"{HEADLINE} — MoD", "March 8, 2026"])
    assert meta.find_title(found, feats, first) == meta.Title(f"{HEADLINE} — MoD", 1)
    found, feats, first = _head([f"{HEADLINE} — Example Post", "Menu", "March 8, 2026"])
    assert meta.find_title(found, feats, first) == meta.Title(HEADLINE, 0)


# --- captions and credits ----------------------------------------------------------------


def test_screenshots_and_image_credits_are_captions():
    for text in ("Smoke rises over the port in a screenshot from a video posted on social media.",
                 "Rescuers carry a man from the rubble in a screengrab taken from the emergency service's footage.",
                 "A tank burns in a field in this screenshot taken from a drone video.",
                 "Soldiers fire a howitzer near the town. Image: Defence Ministry/Telegram",
                 "Delegates arrive for the talks in Geneva Image: Ivan Example/Example Wire"):
        assert line_features(text).caption, text


def test_a_screenshot_or_an_image_named_in_prose_is_no_caption():
    for text in ("The minister appeared in a screenshot circulated online, but his office said it was fake.",
                 "The ministry said its image of the strike was accurate and that the video was genuine.",
                 "Investigators compared the craters with what was seen in a screenshot from a video that was "
                 "posted by a soldier on social media in the days after the attack on the village, the report "
                 "said on Monday."):
        assert not line_features(text).caption, text


def test_captions_are_dropped_from_the_body():
    page = ["Home", "News", P[0], "Smoke rises over the port in a screenshot from a video posted on social media.",
            P[1], "Soldiers fire a howitzer near the town. Image: Defence Ministry/Telegram", P[2], P[3]]
    assert _body(page) == P


def test_a_credit_printed_above_the_picture_makes_the_line_under_it_a_caption():
    for credit in ("Getty Images", "Ivan Example/Reuters"):
        _, feats = _page(["Home", credit, "Believers attend a service in the cathedral in Kyiv", P[1]])
        assert feats[1].credit and feats[2].caption and not feats[3].caption, credit


def test_a_credit_above_text_a_sentence_or_a_byline_makes_no_caption():
    line = "Believers attend a service in the cathedral in Kyiv"
    _, feats = _page([P[0], "Getty Images", line, P[1]])           # the credit credits the paragraph above
    assert feats[0].caption and not feats[2].caption
    _, feats = _page(["Home", "Getty Images", line + ".", P[1]])    # a sentence
    assert not feats[2].caption
    _, feats = _page(["Home", "Getty Images", "Believers attend a service in the cathedral in", "kyiv on sunday.",
                      P[1]])
    assert not feats[2].caption                                      # a sentence cut by links
    _, feats = _page(["Home", "By Olena Example", line, P[1]])      # a byline
    assert not feats[2].caption


# --- a box header and the one headline it links ------------------------------------------


def test_a_teaser_title_under_a_box_header_is_dropped():
    page = ["Home", "News", P[0], P[1], "Read more", "Kremlin says talks with envoys will continue next week",
            P[2], P[3]]
    assert _body(page) == P
    page = ["Home", "News", P[0], P[1], "Related article", "Kremlin says talks with envoys will continue next week",
            P[2], P[3]]
    assert _body(page) == P


def test_a_sentence_under_a_box_header_is_kept():
    sentence = "The talks with the envoys will continue next week, the Kremlin said."
    page = ["Home", "News", P[0], P[1], "Read more", sentence, P[2], P[3]]
    assert _body(page) == [P[0], P[1], sentence, P[2], P[3]]


# --- boilerplate lexicon ------------------------------------------------------------------


def test_new_whole_line_boilerplate():
    for text in ("Ad Feedback", "Advertisement:", "Copy", "Other news", "Related article", "In this article:",
                 "In this story", "Support The Daily Example!", "Become a member", "Become a supporter today!",
                 "Source: Example Jazeera and news agencies", "Sources: Example Post, wire services"):
        assert line_features(text).boilerplate, text
    for text in ("Other news", "Related article"):
        assert line_features(text).box_header, text


def test_new_boilerplate_phrases():
    for text in ("We process personal data such as your IP address to show you relevant content.",
                 "Subscribe to our Telegram channel for the news from the front line.",
                 "Please consider becoming a member of our independent newsroom.",
                 "Use of materials is permitted only with a hyperlink to the source.",
                 "Citing our materials is permitted only with a link to the site.",
                 "Support our reporters on Patreon!", "Join our Telegram channel",
                 "Copy/paste the article embed link below:"):
        assert line_features(text).boilerplate, text


def test_news_about_data_copies_support_and_sources_is_not_boilerplate():
    for text in ("Hackers stole the personal data of thousands of soldiers, the ministry said on Friday.",
                 "The court ruled that data processing by the agency had broken the law.",
                 "A copy of the letter was sent to the ministry on Monday.",
                 "Support for the plan is growing, a poll published on Sunday found.",
                 "Sources said the agencies had not been told of the decision in advance.",
                 "Officials said the new members of the alliance would join us in the exercise.",
                 "The brigade posted the materials on its channel, and the link was shared widely."):
        assert not line_features(text).boilerplate, text


# --- odd input ------------------------------------------------------------------------------


def test_the_new_steps_take_odd_text_without_raising():
    huge = ("Drones hit the city. See all our Ukraine war coverage " * 20000).strip()   # one 1 MB line
    pieces = _inline().cut_furniture(Line(index=0, row=0, start=0, end=len(huge), text=huge, gap_before=False))
    assert len(pieces) == 20000 and all(huge[x.start:x.end] == x.text == "Drones hit the city." for x in pieces)
    for text in ("", " ", "\x00\x01", "Ї" * 500, "/" * 300, "Home › › ›", "— 12 September 2024", ":" * 50):
        assert meta.without_breadcrumb(text) == text or text.startswith("Home")
        meta.name_and_date(text)
        cls.is_call_to_action(text)
        ft.dateline(text)
        _inline().furniture_spans(text)
    assert cls.stat_lines([]) == [] and cls.drop_pitch([], [], []) == []
    for text in ("", "\x00", "MOSCOW, April 27. /TASS/.", "KYIV:", "5.9 million\npeople"):
        clean(_doc(text))
