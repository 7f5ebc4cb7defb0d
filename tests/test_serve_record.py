"""The web application on a record over two years: the overview's span and period, charts
on a date axis, the cache that follows the record, the lists that keep the news apart from
the official record, and the map, event and document pages on busy records."""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings

import pytest

from frontwire import fuse
from frontwire.serve import create_app, mapsvg, pages
from frontwire.serve.cache import RecordCache, revision

from serve_long_record import LAST_MORNING, N_PAGES, STRAY_DAY, build_long_store, page
from test_serve_data import build_store, processed

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def long_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('long') / 'record.db'}"
    build_long_store(url).close()
    return url


@pytest.fixture(scope="module")
def long_client(long_url) -> TestClient:
    return TestClient(create_app(long_url, boundaries={}))


@pytest.fixture(scope="module")
def fused(tmp_path_factory) -> tuple[str, TestClient]:
    folder = tmp_path_factory.mktemp("fused")
    url = f"sqlite:///{folder / 'record.db'}"
    build_store(url, fused=True, folder=folder).close()
    return url, TestClient(create_app(url, boundaries={}))


def figures(html: str) -> dict[str, dict]:
    found = re.findall(r'<script type="application/json" data-figure="([^"]+)">(.*?)</script>', html, re.S)
    return {name: json.loads(text) for name, text in found}


# --- the overview ---------------------------------------------------------------------------

def test_the_overview_charts_two_years_weekly_without_the_2014_tally(long_client) -> None:
    html = long_client.get("/").text
    types = figures(html)["chart-types"]
    assert types["layout"]["xaxis"]["type"] == "date" and types["layout"]["meta"]["grain"] == "week"
    xs = sorted({x for trace in types["data"] for x in trace["x"]})
    assert all(dt.date.fromisoformat(x).weekday() == 0 for x in xs)
    assert xs[0] == "2024-01-01" and xs[-1] <= LAST_MORNING and not any(x.startswith("2014") for x in xs)
    note = re.search(r'<p class="hint" id="span-note">(.*?)</p>', html, re.S).group(1)
    assert "1 earlier" in note and STRAY_DAY in note
    assert f"<b>{LAST_MORNING}</b>" in note


def test_the_air_chart_shows_the_last_90_nights_of_two_years(long_client) -> None:
    air = figures(long_client.get("/").text)["chart-air"]
    launched = air["data"][0]
    assert len(launched["x"]) == N_PAGES and launched["y"][-1] == 40 + 7 * (N_PAGES - 1)
    start, end = air["layout"]["xaxis"]["range"]
    last = dt.date.fromisoformat(LAST_MORNING)
    assert dt.date.fromisoformat(end[:10]) == last + dt.timedelta(days=1)           # a day's margin each side
    assert dt.date.fromisoformat(start[:10]) == last - dt.timedelta(days=90)        # of the last 90 nights
    assert air["layout"]["yaxis"]["range"][1] >= launched["y"][-1]


def test_a_chosen_period_is_counted_per_day(long_client) -> None:
    html = long_client.get("/", params={"since": "2025-10-01", "until": "2025-11-15"}).text
    types = figures(html)["chart-types"]
    assert types["layout"]["meta"]["grain"] == "day"
    assert all("2025-10-01" <= x <= "2025-11-15" for trace in types["data"] for x in trace["x"])
    swapped = long_client.get("/", params={"since": "2025-11-15", "until": "2025-10-01"}).text
    assert "ends are swapped" in swapped and figures(swapped)["chart-types"] == types
    bad = long_client.get("/", params={"since": "last week"})
    assert bad.status_code == 200 and "since: not a date" in bad.text
    last_90 = re.search(r'<a href="/\?(since=[^"]+)"[^>]*>last 90 days</a>', html).group(1)
    assert last_90 == f"since={(dt.date.fromisoformat(LAST_MORNING) - dt.timedelta(days=89)).isoformat()}" \
                      f"&amp;until={LAST_MORNING}"


def test_an_empty_record_has_an_overview(tmp_path) -> None:
    html = TestClient(create_app(f"sqlite:///{tmp_path / 'empty.db'}", boundaries={})).get("/")
    assert html.status_code == 200 and "no dated claims yet" in html.text and "data-figure" not in html.text


# --- the cache follows the record -------------------------------------------------------------

def test_the_overview_sees_a_page_another_process_adds(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'grows.db'}"
    writer = build_long_store(url)
    client = TestClient(create_app(url, boundaries={}))
    before = figures(client.get("/").text)["chart-air"]["data"][0]["x"]
    later = page(N_PAGES)                         # three weeks after the last page
    assert writer.save(processed(later)) == "added"
    after = figures(client.get("/").text)["chart-air"]["data"][0]["x"]
    assert len(after) == len(before) + 1 and after[-1] > before[-1]
    fuse.refresh_events(writer)                   # events change: the cache notices that too
    assert client.get("/api/series/air-attacks").json() == fuse.air_attacks(writer).as_dicts()


def test_the_cache_keeps_a_value_until_the_record_changes(tmp_path) -> None:
    store = build_long_store(f"sqlite:///{tmp_path / 'c.db'}")
    cache = RecordCache(store.engine)
    calls = []
    assert cache.get("k", lambda: calls.append(1) or len(calls)) == 1
    assert cache.get("k", lambda: calls.append(1) or len(calls)) == 1 and len(calls) == 1
    before = revision(store.engine)
    store.save(processed(page(N_PAGES + 1)))
    assert revision(store.engine) != before
    assert cache.get("k", lambda: calls.append(1) or len(calls)) == 2
    cache.clear()
    assert cache.get("k", lambda: calls.append(1) or len(calls)) == 3


def test_the_cached_air_series_is_the_fuse_stages(fused) -> None:
    url, client = fused
    from frontwire.store import Store

    store = Store(url)
    for params in ({}, {"official_only": "true"}, {"since": "2026-02-05", "until": "2026-02-05"},
                   {"since": "2026-02-06"}):
        answer = client.get("/api/series/air-attacks", params=params).json()
        expected = fuse.air_attacks(store, params.get("since"), params.get("until"),
                                    include_official_only=params.get("official_only") == "true").as_dicts()
        assert answer == expected, params
    assert client.get("/api/series/air-attacks").json()      # the fixture has a night


# --- lists: the news first, the official record on request ---------------------------------------

def test_lists_show_the_news_unless_asked_for_the_official_record(fused) -> None:
    _, client = fused
    news = client.get("/claims").text
    everything = client.get("/claims", params={"source": "all"}).text
    official = client.get("/claims", params={"source": "official"}).text
    assert everything.count('class="claim-row"') == news.count('class="claim-row"') + 2
    assert official.count('class="claim-row"') == 2 and "in the official record" in official
    assert client.get("/documents").text.count("<tr>") + 1 == client.get("/documents?source=all").text.count("<tr>")
    assert "Ignored: unknown source" in client.get("/claims", params={"source": "rumours"}).text
    api = client.get("/api/claims", params={"source": "official", "limit": 50}).json()
    assert api["total"] == 2 and all(c["claimant"]["side"] == "UA" for c in api["items"])
    assert client.get("/api/documents", params={"source": "news"}).json()["total"] == 6
    assert client.get("/api/claims", params={"source": "gossip"}).status_code == 422


def test_events_of_the_news_by_default(fused) -> None:
    url, client = fused
    from frontwire.store import Store

    store = Store(url)
    shown = re.search(r"(\d+) events? with news claims", client.get("/events").text).group(1)
    assert int(shown) == fuse.count_events(store, fuse.EventFilter(news=True))
    every = re.search(r"(\d+) events?", client.get("/events", params={"source": "all"}).text).group(1)
    assert int(every) == fuse.count_events(store)


def test_pages_paginate_with_first_and_last(long_client) -> None:
    html = long_client.get("/claims", params={"page": 2}).text
    assert "page 2 of 2" in html and 'href="?page=1"' in html and "go to page" in html


def test_undated_documents_sort_last_and_untitled_ones_are_named_by_their_address(tmp_path) -> None:
    from frontwire.pipeline import process
    from frontwire.records import Document
    from frontwire.store import Store

    store = Store(f"sqlite:///{tmp_path / 'u.db'}")
    for doc in (Document("dated", "t", text="Drones hit the port, officials said.", published="2026-02-05"),
                Document("undated", "t", text="A page with no date.", retrieved_at="unknown",
                         url="https://www.example.org/world/europe/drones-hit-odesa-port-2026.html")):
        store.save(process(doc, until="clean"))
    html = TestClient(create_app(store.url, boundaries={})).get("/documents").text
    assert html.index("dated</code>") < html.index("undated</code>")
    assert "undated</td>" in html and "unknown" not in html
    assert "example.org: drones hit odesa port 2026" in html


# --- map, event and document pages on busy records ----------------------------------------------

def test_map_shades_grow_in_steps_for_skewed_counts() -> None:
    assert mapsvg.shade_classes(6) == [1, 2, 3, 4, 5, 6]
    bounds = mapsvg.shade_classes(822)
    assert bounds[0] == 1 and bounds[-1] == 822 and len(bounds) == 6
    assert all(b < 822 for b in bounds[:-1]) and bounds[1] <= 5
    view = mapsvg.build_map({"UA-14": 822, "UA-30": 40, "UA-35": 1})
    shades = {d.code: d.fill for d in view.dots}
    assert len({shades["UA-14"], shades["UA-30"], shades["UA-35"]}) == 3    # not one colour for all but one


def test_other_countries_are_counted_beside_the_map_not_drawn() -> None:
    view = mapsvg.build_map({"UA-63": 5, "RU-BEL": 4, "GB-ENG": 30, "GB-SCT": 2, "US-DC": 21, "BY-HO": 1},
                            centres={"GB-ENG": (52.0, -1.0), "BY-HO": (52.4, 31.0)})
    assert [(c.code, c.name, c.claims) for c in view.elsewhere] == [("GB", "United Kingdom", 32),
                                                                    ("US", "United States", 21)]
    assert {d.code for d in view.dots} >= {"UA-63", "RU-BEL", "BY-HO"}
    assert not {d.code for d in view.dots} & {"GB-ENG", "US-DC"}
    assert view.max_claims == 5                       # shades are for the theatre's counts
    assert mapsvg.region_name("BY-HO") == "Gomel Oblast" and mapsvg.region_name("LT-57") == "Lithuania (LT-57)"


def test_map_labels_never_overlap() -> None:
    counts = {code: 3 for code, r in mapsvg.known_regions().items() if r.country == "RU"}
    view = mapsvg.build_map(counts, {})
    boxes = []
    for label in view.labels:
        width = len(label.text) * mapsvg._CHAR_PX
        left = label.x if label.anchor == "start" else label.x - width
        boxes.append((left, label.y - 12, left + width, label.y + 2))
        assert 0 <= left and left + width <= view.width
    assert len(boxes) >= 10
    assert not any(mapsvg._overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert {"Moscow", "Moscow Oblast"} & {label.text for label in view.labels}


def test_the_map_page_names_regions_and_groups_other_countries(long_client) -> None:
    html = long_client.get("/map").text
    assert "<h2>Ukraine <span" in html and "Donetsk Oblast" in html
    assert "Other countries" not in html


def test_copies_of_one_statement_are_one_card_listing_every_document() -> None:
    base = {"type": "strike", "claimant": {"name": "Mashovets", "text": "Mashovets", "side": "UA"}, "quantities": [],
            "modality": "actual", "status": "asserted", "official": False}
    a = dict(base, claim_id="a", doc_id="d1", evidence={"text": "Forces advanced near Lyman.[5](https://www.x.org/a)"})
    b = dict(base, claim_id="b", doc_id="d2", evidence={"text": "Forces advanced near  Lyman.[5](https://x.org/a)"})
    c = dict(base, claim_id="c", doc_id="d2", evidence={"text": "Forces withdrew from Lyman."})
    cards = pages.claim_cards([a, b, c], {"b": ["figures differ"]})
    assert [card.claim_ids for card in cards] == [["a", "b"], ["c"]]
    assert cards[0].documents == [("d1", "a"), ("d2", "b")] and cards[0].conflicts == ["figures differ"]


def test_place_mentions_are_grouped_per_place() -> None:
    mentions = [{"text": "Kharkiv", "name": "Kharkiv", "admin1": "UA-63", "country": "UA"},
                {"text": "Kharkov", "name": "Kharkiv", "admin1": "UA-63", "country": "UA"},
                {"text": "Kharkiv", "name": "Kharkiv", "admin1": "UA-63", "country": "UA"},
                {"text": "Ozerne", "name": None, "note": "ambiguous"}]
    groups = pages.group_places(mentions)
    assert [(g.label, g.count, g.also) for g in groups] == [("Kharkiv (UA-63)", 3, ["Kharkov"]),
                                                             ("Ozerne (ambiguous)", 1, [])]


def test_a_long_document_keeps_its_texts_and_claims_in_boxes(long_client) -> None:
    html = long_client.get("/documents/long-10").text
    boxes = re.findall(r'class="[^"]*\bpane-text\b', html)
    assert len(boxes) == 2                                  # the article and the raw page; 4 claims: no box
    assert 'href="#claims">4 claims</a>' in html


def test_a_warm_start_computes_the_overview_in_the_background(long_url) -> None:
    import threading

    app = create_app(long_url, boundaries={}, warm=True)
    with TestClient(app):
        for thread in threading.enumerate():
            if thread.name == "frontwire-warm":
                thread.join(timeout=60)
        assert "air-series" in app.state.cache and "summary" in app.state.cache
    assert "air-series" not in create_app(long_url, boundaries={}).state.cache


def test_events_end_on_the_last_day_of_the_news_and_say_what_lies_beyond(tmp_path) -> None:
    from frontwire.records import Claimant, TimeSpan
    from test_serve_data import Page, Spec

    store = build_long_store(f"sqlite:///{tmp_path / 'ahead.db'}")
    plan = "Envoys said a new round of talks would be held in March 2027."
    store.save(processed(Page("long-plan", "2025-06-01T10:00:00+02:00", "Talks planned", "https://example.org/plan",
                              text=f"Talks planned\nKYIV (Example Wire) - {plan}\n",
                              claims=[Spec(plan, "negotiation", Claimant("Envoys", "Envoys", "third_party"),
                                           time=TimeSpan("March 2027", "2027-03-01", "2027-03-31", "month"),
                                           modality="planned")])))
    fuse.refresh_events(store)
    client = TestClient(create_app(store.url, boundaries={}))
    html = client.get("/events").text
    assert f"up to {LAST_MORNING}, the last day of the news" in html and "1 dated later" in html
    assert "2027-03-01" not in html
    later = re.search(r'<a href="\?([^"]*since=[^"]*)">1 dated later</a>', html).group(1).replace("&amp;", "&")
    assert "2027-03-01" in client.get(f"/events?{later}").text
    # the claims list: newest reports first (the plan is not news of 2027); by the day described on request
    first_row = re.compile(r'<tr class="claim-row"[^>]*>\s*<td class="nowrap">([^<]*)</td>')
    evening = (dt.date.fromisoformat(LAST_MORNING) - dt.timedelta(days=1)).isoformat()
    assert first_row.search(client.get("/claims").text).group(1) == evening     # the newest page's night
    assert first_row.search(client.get("/claims", params={"order": "day"}).text).group(1) == "2027-03-01"


def test_a_busy_days_brief_opens_with_its_sections_and_folds_long_ones(tmp_path) -> None:
    from frontwire.records import Claimant, Quantity, TimeSpan
    from frontwire.store import Store
    from test_serve_data import Page, Spec

    sentences = [f"Shelling killed {n} people in a village near the front, the governor said." for n in range(1, 16)]
    day = TimeSpan("on Monday", "2026-02-02", "2026-02-02", "day")
    specs = [Spec(s, "casualties", Claimant("the governor", "Governor", "UA"), (Quantity("killed", "person", n),),
                  time=day) for n, s in enumerate(sentences, 1)]
    store = Store(f"sqlite:///{tmp_path / 'busy.db'}")
    store.save(processed(Page("busy", "2026-02-02T20:00:00+02:00", "A busy day", "https://example.org/busy",
                              text="A busy day\n" + "\n".join(sentences) + "\n", claims=specs)))
    html = TestClient(create_app(store.url, boundaries={})).get("/brief").text     # the last day of the news
    assert "Daily brief, 2026-02-02" in html
    section = html[html.index('id="section-casualties"'):]
    shown = section[:section.index('<details class="more">')]
    assert shown.count("<li") == pages.BRIEF_LINES_SHOWN
    assert "3 more lines" in section and section.count("Governor (UA): casualties, killed 15 people") == 1


def test_the_serve_benchmark_answers_every_page(long_url) -> None:
    from click.testing import CliRunner

    from frontwire.cli import main

    out = CliRunner().invoke(main, ["bench", "serve", "--db", long_url, "--repeat", "1"])
    assert out.exit_code == 0, out.output
    rows = re.findall(r"^(/\S*)\s+(\d{3})\s+[\d.]+\s+[\d.]+\s+\d+$", out.output, re.M)
    assert [p for p, _ in rows][:7] == ["/", "/map", "/claims", "/events", "/documents", "/brief",
                                        "/api/series/air-attacks"]
    assert {status for _, status in rows} == {"200"} and any(p.startswith("/documents/long-") for p, _ in rows)
