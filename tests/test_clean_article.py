"""``clean(doc)`` end to end: the contract other stages rely on, metadata, odd input, HTML.

Pages are written for the test in the style of scraped news pages.
"""

from __future__ import annotations

import random
from pathlib import Path

from frontwire.clean import SiteMemory, clean
from frontwire.clean.classify import drop_standfirst
from frontwire.clean.metadata import detect_language, find_agency, without_site_name
from frontwire.records import Document

PAGE = """Drone attack damages port in southern Ukraine | World | Example Post
Skip to main content
Home
World
Politics
Business
Sport
Search
Top Stories
Markets rally as oil prices slip
4h ago
Ten recipes for spring
2h ago
Drone attack damages port in southern Ukraine
By Olena Marchuk, Example Wire
Published March 8, 2026 9:42 AM EET
Updated March 8, 2026 11:05 AM EET
Share
Facebook
Email
ODESA, Ukraine (Example Wire) — Russian drones struck port facilities in the southern Odesa region overnight, damaging a grain terminal and injuring two workers, the regional governor said on Sunday.

Air defense units shot down 31 of the 40 drones launched at the region, the air force said, adding that debris fell on a warehouse near the port.

Firefighters work at the damaged grain terminal in Odesa on Sunday. (Example Wire Photo/Ivan Petrenko)

Port workers injured

The two workers were taken to hospital with shrapnel wounds and are in stable condition, according to the regional health department.
Advertisement
Ukraine's navy said the port would resume loading grain within days once the damaged conveyor had been replaced.
Most Watched Today
2:14
Rescuers search rubble after strike
A rescue team works through the night to reach people trapped under a collapsed building.
10h ago
Copyright 2026 Example Wire. All rights reserved.
About Us
Privacy Policy
"""


def _doc(text: str, **kw) -> Document:
    return Document(doc_id=kw.pop("doc_id", "t"), origin="test", text=text, **kw)


def test_body_paragraphs_are_verbatim_slices_of_the_text():
    doc = _doc(PAGE, url="https://example.org/world/2026/03/08/drone-attack-damages-port-odesa")
    article = clean(doc)
    assert article.source_text is doc.text
    assert len(article.body) == len(article.spans) == 5
    for paragraph, (s, e) in zip(article.body, article.spans):
        assert article.source_text[s:e] == paragraph
    assert article.body[0].startswith("ODESA, Ukraine")
    assert "Port workers injured" in article.body
    assert not any("Photo/" in p or "rescue team" in p or p == "Advertisement" for p in article.body)
    assert article.empty_reason is None


def test_metadata_of_a_text_dump():
    article = clean(_doc(PAGE, url="https://example.org/world/2026/03/08/drone-attack-damages-port-odesa",
                         retrieved_at="2026-03-09T10:00:00+00:00"))
    assert article.title == "Drone attack damages port in southern Ukraine"
    assert article.byline == "Olena Marchuk, Example Wire"
    assert article.published == "2026-03-08T09:42:00+02:00"
    assert article.updated == "2026-03-08T11:05:00+02:00"
    assert article.dateline == "ODESA, Ukraine"
    assert article.agency is None            # "Example Wire" is no agency frontwire knows
    assert article.language == "en"


def test_published_falls_back_to_the_record_then_the_address_then_retrieval():
    text = "\n".join(["The ministry said the talks would resume next week in Geneva after a pause of a month."] * 1
                     + ["Officials on both sides said the exchange of prisoners had gone ahead as planned."])
    assert clean(_doc(text, published="2026-03-01T08:00:00Z")).published == "2026-03-01T08:00:00+00:00"
    assert clean(_doc(text, url="https://example.org/2026/02/27/talks")).published == "2026-02-27"
    assert clean(_doc(text, retrieved_at="2026-02-28T02:35:31+00:00")).published == "2026-02-28"
    assert clean(_doc(text, retrieved_at="unknown")).published is None


def test_a_feed_item_keeps_headline_and_lead():
    text = "Russia says it shot down 23 drones\nThe defence ministry said on Saturday that 23 drones were destroyed."
    article = clean(_doc(text, published="2023-01-07T07:40:00Z"))
    assert list(article.body) == text.split("\n")
    assert article.title == "Russia says it shot down 23 drones"
    assert article.published == "2023-01-07T07:40:00+00:00"


def test_a_menu_page_has_an_empty_body_and_a_reason():
    menu = "\n".join(["Home", "World", "Politics", "Business", "Sport", "Weather", "Video", "Contact", "About us",
                      "Markets Rally As Oil Slips", "Ten Recipes For Spring", "Derby Settled Late",
                      "Weather Turns Cold Tonight", "Privacy Policy", "Terms of Use"])
    article = clean(_doc(menu))
    assert article.body == () and article.spans == ()
    assert "not an article" in article.empty_reason


def test_a_login_wall_has_an_empty_body_and_says_so():
    wall = "\n".join(["Home", "News", "Subscribe", "Log in", "Subscribe to continue reading",
                      "Already a subscriber? Sign in", "Get unlimited access for $1 a week", "Privacy Policy",
                      "Terms of Use", "Contact", "Help", "About us", "Careers"])
    article = clean(_doc(wall))
    assert article.body == ()
    assert "wall" in article.empty_reason


def test_odd_input_never_raises():
    rng = random.Random(7)
    junk = "".join(chr(rng.randrange(1, 0x3000)) for _ in range(20000))
    huge = ("The governor said the strike damaged homes. " * 25000).strip()      # one 1 MB paragraph
    for text in ("", " ", "\n\n\n", junk, huge, "x", "\x00\x01\x02", "Ї" * 5000,
                 "Россия и Украина провели переговоры в Стамбуле. " * 30,
                 "[](https://x.org)\n" * 50, "*" * 10000, "\r\r\r", "## Links\n- [a](b)"):
        article = clean(_doc(text))
        assert article.source_text == text
        for paragraph, (s, e) in zip(article.body, article.spans):
            assert text[s:e] == paragraph
        assert article.body or article.empty_reason
    assert clean(_doc(huge)).body == (huge,)


def test_languages():
    assert detect_language("The talks will resume next week in Geneva, the ministry said on Friday.") == "en"
    assert detect_language("Переговори відбудуться у Стамбулі наступного тижня, заявили у міністерстві.") == "uk"
    assert detect_language("Переговоры пройдут в Стамбуле на следующей неделе, заявили в министерстве.") == "ru"
    assert detect_language("Die Gespräche werden nächste Woche in Genf fortgesetzt, sagte das Ministerium.") == "de"
    assert detect_language("12 34") is None


def test_agencies_and_site_names():
    assert find_agency(["KYIV, Ukraine (AP) — Text."], None) == "AP"
    assert find_agency(["KYIV, March 5 (Reuters) - Text."], None) == "Reuters"
    assert find_agency(["Text."], "Nico Garcia with Anna Levko in Kyiv AFP") == "AFP"
    assert find_agency(["Text.", "Reporting by Anna Levko; Editing by Tom Hale"], None) == "Reuters"
    assert find_agency(["Text."], "Olena Marchuk") is None
    assert without_site_name("Talks end in Geneva | News | example.com") == "Talks end in Geneva"
    assert without_site_name("Talks end - and what comes next for the two sides now") == \
        "Talks end - and what comes next for the two sides now"


def test_a_title_printed_only_in_a_share_link():
    text = "\n".join([
        "* Share !Email share",
        "The war continued across several fronts over the past day, with shelling reported in the east and south.",
        "Officials on both sides gave little detail about the fighting, and none of it could be verified.",
        "* [](https://twitter.com/intent/tweet?text=Key%20developments%20of%20the%20day%20in%20the%20war&url=x)",
    ])
    assert clean(_doc(text, url="https://example.org/news/key-developments-of-the-day-in-the-war")).title == \
        "Key developments of the day in the war"


def test_a_standfirst_under_the_headline_is_not_body():
    text = "\n".join([
        "Kyiv counts the cost of a long winter",
        "March 2, 2026",
        "Power cuts and cold have tested the capital like never before, officials say.",
        "Share",
        "The city's heating network was hit eleven times in January alone, the mayor said on Monday morning.",
        "Repair crews worked through the night in temperatures far below freezing to restore heating.",
        "Officials said most homes now had heating again, though outages continued in two districts.",
    ])
    article = clean(_doc(text))
    assert article.body[0].startswith("The city's heating network")
    assert len(article.body) == 3
    assert drop_standfirst([], []) == []


def test_site_memory_drops_lines_other_pages_of_the_site_carry():
    footer = "Our newsletter brings you the day's most important stories every morning, free of charge."
    places = ["Kharkiv", "Odesa", "Dnipro"]

    def page(place: str) -> str:
        return "\n".join([
            f"The story from {place} opens with a long sentence about the talks held in the capital this week.",
            f"The second paragraph about {place} adds what the two delegations said after the meeting ended.",
            footer,
        ])
    docs = [_doc(page(p), doc_id=p, url=f"https://example.org/news/{p}") for p in places]
    memory = SiteMemory.build(docs)
    assert footer in clean(docs[0]).body
    with_memory = clean(docs[0], memory)
    assert footer not in with_memory.body and len(with_memory.body) == 2
    other_site = _doc(page("Kharkiv"), url="https://another.example.net/story")
    assert footer in clean(other_site, memory).body


def test_site_memory_does_not_learn_from_copies_of_one_article():
    text = "\n".join([
        "The first paragraph of the story tells what happened at the port overnight and who said so.",
        "The second paragraph adds the reaction of the governor and the number of people who were hurt.",
    ])
    docs = [_doc(text, doc_id="a", url="https://example.org/a"), _doc(text, doc_id="b", url="https://www.example.org/a")]
    memory = SiteMemory.build(docs)
    assert len(clean(docs[0], memory).body) == 2


# --- HTML ----------------------------------------------------------------------------------

def test_html_body_from_the_markup_and_metadata_from_its_head(examples: Path):
    markup = (examples / "wire-talks.html").read_text(encoding="utf-8")
    article = clean(Document(doc_id="talks", origin="test", html=markup))
    assert article.body[0].startswith("ISTANBUL, March 6 (Example Wire)")
    assert not any("recipes" in p or "All rights reserved" in p for p in article.body)
    assert article.title == "Ukraine and Russia agree on new prisoner swap after Istanbul talks"
    assert article.published == "2026-03-06T16:20:00+02:00"
    assert article.byline == "Maria Kovalenko"
    assert article.dateline == "ISTANBUL"
    for paragraph, (s, e) in zip(article.body, article.spans):
        assert article.source_text[s:e] == paragraph


def test_html_without_an_article():
    article = clean(Document(doc_id="menu", origin="test", html="<html><body><nav><a href='/'>Home</a></nav></body></html>"))
    assert article.body == () and article.empty_reason
    assert clean(Document(doc_id="junk", origin="test", html="<<<>>>" * 1000)).empty_reason


# --- second round: shapes the 124 corpus pages showed -----------------------------------------

STORY = [
    "KYIV, March 2 (Example Wire) - Russian drones struck an energy facility in the Odesa region overnight, "
    "cutting power to thousands of homes, the regional governor said on Monday.",
    "Air defence units shot down 48 of the 60 drones launched at the country, the air force said in a statement.",
    "Repair crews restored power to most of the affected districts by the morning, the grid operator said.",
    "The strike came a day before officials from both sides were due to meet for another round of talks.",
]


def test_the_story_ends_at_the_wire_credits():
    text = "\n".join(STORY + ["Reporting by Anna Example; Editing by John Example and Mary Example",
                              "Our Standards: The Example Trust Principles.",
                              "As Kyiv bureau chief, Anna leads coverage of Ukraine and Moldova, and before that covered "
                              "markets in London for six years.",
                              "Markets rally as oil prices slip on supply hopes"])
    article = clean(_doc(text))
    assert list(article.body) == STORY


def test_the_agency_of_a_wire_story_from_its_footer():
    text = "\n".join(STORY[1:] + ["Follow AP’s coverage of the war at https://example.org/hub/ukraine"])
    assert clean(_doc(text)).agency == "AP"


def test_bylines_beside_the_date_not_slogans_nor_menus():
    page = "\n".join(["Opinion | What the envoys get wrong about the talks - The Example Post", "Skip to main content",
                      "Democracy Needs Daylight", "Democracy Needs Daylight", "Opinion", "George F. Example",
                      "Two things the envoys misread", "February 27, 2026 at 7:00 a.m. EST"] + STORY[1:])
    assert clean(_doc(page)).byline == "George F. Example"
    page = "\n".join(["How bad is the crisis a year later?", "By experts and staff", "Updated", "June 8, 2023",
                      "By", "Diana Example", "Senior Writer"] + STORY[1:])
    assert clean(_doc(page)).byline == "Diana Example"
    page = "\n".join(["Besieged troops in the high-rises are dwindling, the military says", "by", "Daniel Example",
                      "27/02/2026", "Follow Example Press on Google News"] + STORY[1:])
    assert clean(_doc(page)).byline == "Daniel Example"


def test_a_header_with_the_author_and_an_update_line():
    page = "\n".join(["Russia’s war economy slows as sanctions enter fifth year", "Home", "World",
                      "Russia’s war economy slows as sanctions enter fifth year",
                      "Despite efforts to offset the impact, the economy faces a bleak outlook with growth "
                      "expected to fall below 1% in 2026", "Emre Example  |", "27.02.2026 - Update : 27.02.2026",
                      "MOSCOW"] + STORY[1:] + ["*Writing by Emir Example in Istanbul",
                                               "The agency website carries only part of the stories offered to subscribers."])
    article = clean(_doc(page, retrieved_at="2026-02-28T02:35:17+00:00"))
    assert article.byline == "Emre Example"
    assert article.published == "2026-02-27" and article.updated == "2026-02-27"
    assert list(article.body) == STORY[1:]


def test_a_summary_point_is_no_title_and_hours_ago_dates_the_page():
    page = "\n".join(["* Russia demands land in the east; Kyiv refuses", "* Talks to resume next week",
                      "23 hours ago"] + STORY[1:])
    article = clean(_doc(page, retrieved_at="2026-02-28T02:35:17+00:00"))
    assert article.title is None
    assert article.published == "2026-02-27"


UK_PAGE = """Головна
Новини
Політика
Війна
Увійти
Дрони атакували енергетичний об'єкт на Одещині
27 лютого 2026, 08:15
Вночі російські війська атакували Одеську область ударними дронами, повідомив очільник обласної адміністрації.
За його словами, внаслідок атаки пошкоджено енергетичний об'єкт, виникла пожежа, яку рятувальники вже загасили.
Постраждалих немає. Частина споживачів у двох громадах тимчасово залишилася без світла.
Повітряні сили повідомили, що загалом над країною було знешкоджено 74 зі 90 безпілотників.
Читайте також
Уряд ухвалив нові правила компенсацій за зруйноване житло
У Харкові відкрили ще один пункт незламності
© 2026 Усі права захищено
"""

RU_PAGE = """Главная
Новости
Войти
Переговоры в Женеве завершились без договорённостей
5 февраля 2026, 21:40
Делегации провели в Женеве несколько часов, однако договориться о прекращении огня не удалось, сообщили источники.
По словам участников, стороны обсуждали обмен пленными и вопросы энергетической безопасности.
Следующий раунд переговоров может пройти в начале марта, добавили в делегации.
Читайте также
Курс рубля упал до минимума за год
Все права защищены
"""


def test_ukrainian_and_russian_pages():
    uk = clean(_doc(UK_PAGE))
    assert uk.language == "uk" and uk.published == "2026-02-27"
    assert uk.title == "Дрони атакували енергетичний об'єкт на Одещині"
    assert len(uk.body) == 4 and uk.body[0].startswith("Вночі") and uk.body[-1].startswith("Повітряні")
    ru = clean(_doc(RU_PAGE))
    assert ru.language == "ru" and ru.published == "2026-02-05"
    assert len(ru.body) == 3 and ru.body[0].startswith("Делегации")


def test_a_page_on_one_line_keeps_its_story_and_drops_its_menus():
    story = " ".join(f"Officials in district {chr(97 + i % 26)}{chr(97 + i // 26)} said the shelling continued "
                     f"through the night and damaged a school." for i in range(120))
    text = "Home   News   Politics   Sport   Weather   Login   " + story + "   About us | Contact | Privacy | Terms"
    article = clean(_doc(text))
    assert len(article.body) == 1 and article.body[0].startswith("Officials in district") 
    assert article.body[0].endswith("damaged a school.")
    s, e = article.spans[0]
    assert text[s:e] == article.body[0]
