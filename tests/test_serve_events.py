"""Events, series and the official record in the web application (the fuse stage's output)."""

from __future__ import annotations

import json
import re
import warnings

import pytest

from frontwire.serve import create_app

from test_serve_data import build_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    folder = tmp_path_factory.mktemp("fused")
    url = f"sqlite:///{folder / 'record.db'}"
    build_store(url, fused=True, folder=folder).close()
    return TestClient(create_app(url))


def contested(client: TestClient, kind: str) -> dict:
    items = client.get("/api/events", params={"status": "contested", "type": kind}).json()["items"]
    assert len(items) == 1, items
    return items[0]


def test_events_are_listed_and_filtered(client) -> None:
    every = client.get("/api/events", params={"limit": 500}).json()
    assert every["total"] == len(every["items"]) > 10
    assert {e["status"] for e in every["items"]} >= {"single_party", "corroborated", "contested"}
    russia = client.get("/api/events", params={"admin1": "RU-ROS"}).json()["items"]
    assert {e["type"] for e in russia} == {"strike", "infrastructure_damage"}
    assert client.get("/api/events", params={"status": "maybe"}).status_code == 422


def test_an_event_sets_a_denial_against_the_claim(client) -> None:
    event = client.get(f"/api/events/{contested(client, 'strike')['event_id']}").json()
    sides = sorted((c["claimant"]["side"], c["modality"]) for c in event["claims_detail"])
    assert sides == [("RU", "negated"), ("UA", "actual")]
    assert [c["kind"] for c in event["contradictions"]] == ["denial"]
    assert client.get("/api/events/ev-nope").status_code == 404


def test_the_event_page_sets_claims_side_by_side_and_marks_contradictions(client) -> None:
    html = client.get(f"/events/{contested(client, 'strike')['event_id']}").text
    columns = re.findall(r'<section class="pane event-column" data-side="(\w+)">', html)
    assert columns == ["UA", "RU"]
    assert html.count('class="claim-card contradiction"') == 2
    assert 'id="contradictions"' in html


def test_the_official_record_differs_on_the_drones_downed(client) -> None:
    event = contested(client, "interception")
    assert event["official"] == "differs"
    html = client.get(f"/events/{event['event_id']}").text
    assert re.findall(r'<section class="pane event-column" data-side="(\w+)">', html) == ["UA", "official"]
    assert re.search(r"<tr class=\"contradiction\"><td>intercepted drone</td><td>117–121</td>", html)


def test_the_air_attack_series_compares_news_with_the_record(client) -> None:
    rows = client.get("/api/series/air-attacks").json()
    news = next(r for r in rows if r["claimant"] == "Ukrainian Air Force" and not r["official"])
    assert news["night"] == "2026-02-05"
    assert news["intercepted_drone_vs_official"] == "differs" and news["launched_drone_vs_official"] == "agrees"
    per_region = client.get("/api/series/casualties").json()
    assert {r["region"] for r in per_region} == {"UA-63", "UA-23", "UA-59"}
    assert client.get("/api/series/weather").status_code == 422


def test_the_overview_draws_the_official_record_beside_the_news(client) -> None:
    html = client.get("/").text
    figure = json.loads(re.search(r'data-figure="chart-air">(.*?)</script>', html, re.S).group(1))
    by_name = {trace["name"]: trace["y"] for trace in figure["data"]}
    assert by_name["launched (news)"] == [154] and by_name["intercepted (news)"] == [125]
    assert by_name["launched (official record)"] == [154] and by_name["destroyed (official record)"] == [121]
    # the official record's own claims are not counted as news in the timeline
    timeline = json.loads(re.search(r'data-figure="chart-types">(.*?)</script>', html, re.S).group(1))
    assert sum(sum(t["y"]) for t in timeline["data"]) == 18


def test_the_brief_sets_the_news_against_the_official_record(client) -> None:
    brief = client.get("/api/brief", params={"date": "2026-02-05"}).json()
    air = brief["sections"][0]["lines"]
    assert air[0]["official"] and air[0]["text"].endswith("launched 150 drones, 4 missiles; intercepted 117 drones, 4 missiles")
    assert air[1]["text"].endswith("(the official record: intercepted 117 drones)")
    assert "uaf-2026-02-05" in [s["doc_id"] for s in brief["sources"]]


def test_adding_a_document_updates_the_events(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    build_store(url).close()
    app = TestClient(create_app(url, token="t0ken"))
    page = {"id": "more", "published": "2026-02-06T10:00:00+02:00",
            "text": "KYIV (Example Wire) - Ukraine's air force said Russia launched 12 drones overnight."}
    response = app.post("/api/documents", json=page, headers={"Authorization": "Bearer t0ken"}).json()
    assert response["outcome"] == "added" and response["events"].startswith("events:")
    assert app.get("/api/events").json()["total"] > 0
