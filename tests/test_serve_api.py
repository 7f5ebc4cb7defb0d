"""The HTTP API and the server-rendered pages, through FastAPI's test client."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest

from frontwire.serve import create_app, highlight, mapsvg, security
from frontwire.serve.fetch import FetchError, check_public_url

from test_serve_data import CLAIMS_TOTAL, PAGES, SCRIPT, build_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "operator-token-0123456789"
BOUNDARIES = Path(__file__).resolve().parents[2] / "shared/reference/boundaries/geoBoundaries-UKR-ADM1_simplified.geojson"


@pytest.fixture(scope="module")
def db_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('serve') / 'record.db'}"
    build_store(url).close()
    return url


@pytest.fixture(scope="module")
def client(db_url) -> TestClient:
    return TestClient(create_app(db_url, token=TOKEN))


@pytest.fixture()
def writable(tmp_path) -> TestClient:
    url = f"sqlite:///{tmp_path / 'writable.db'}"
    build_store(url).close()
    return TestClient(create_app(url, token=TOKEN, max_body_bytes=200_000,
                                 fetch=lambda u, n: (u, "<html><body><article><p>KYIV (Example Wire) - "
                                                        "A fetched page about drones.</p></article></body></html>")))


def claim_id_of(client: TestClient, **params) -> str:
    items = client.get("/api/claims", params=params).json()["items"]
    assert items, params
    return items[0]["claim_id"]


# --- reading -----------------------------------------------------------------------------

def test_documents_are_listed_newest_first_and_paged(client) -> None:
    first = client.get("/api/documents", params={"limit": 2}).json()
    assert first["total"] == len(PAGES)
    assert [d["doc_id"] for d in first["items"]] == ["wire-odesa", "wire-kharkiv"]
    second = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert [d["doc_id"] for d in second["items"]] == ["wire-refinery", "wire-script"]
    kharkiv = first["items"][1]
    assert kharkiv["claims"] == 6 and kharkiv["url"] == "https://example.org/wire/kharkiv"


def test_documents_search_and_date_range(client) -> None:
    found = client.get("/api/documents", params={"q": "SWAP"}).json()
    assert [d["doc_id"] for d in found["items"]] == ["wire-odesa"]
    january = client.get("/api/documents", params={"until": "2026-01-31"}).json()
    assert [d["doc_id"] for d in january["items"]] == ["wire-sumy"]


def test_document_and_article_endpoints(client) -> None:
    doc = client.get("/api/documents/wire-talks").json()
    assert doc["kind"] == "html" and "raw" not in doc and doc["claims"] == 3
    assert doc["article"]["body"]
    assert [p["name"] for p in doc["places"]] == ["Zaporizhzhia"]
    assert "<article>" in client.get("/api/documents/wire-talks", params={"raw": True}).json()["raw"]
    art = client.get("/api/articles/wire-script").json()
    assert any(SCRIPT in para for para in art["body"])          # data comes back as it is, as JSON
    assert len(art["spans"]) == len(art["body"])
    assert client.get("/api/documents/nope").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404


@pytest.mark.parametrize("params, expected", [
    ({}, CLAIMS_TOTAL),
    ({"type": "interception"}, 3),
    ({"side": "RU"}, 5),
    ({"claimant": "defence"}, 4),                # a case-insensitive part of the name
    ({"admin1": "ua-63"}, 2),                    # Kharkiv and Kupiansk
    ({"since": "2026-02-04", "until": "2026-02-04"}, 10),  # the night 4-5 Feb starts on the 4th
    ({"q": "REFINERY"}, 2),
    ({"type": "strike", "side": "UA"}, 3),
])
def test_claim_filters(client, params, expected) -> None:
    body = client.get("/api/claims", params=params).json()
    assert body["total"] == expected
    assert len(body["items"]) == min(expected, 50)


def test_claims_paginate_without_overlap(client) -> None:
    seen = []
    for offset in range(0, CLAIMS_TOTAL, 4):
        seen += [c["claim_id"] for c in client.get("/api/claims", params={"limit": 4, "offset": offset}).json()["items"]]
    assert len(seen) == len(set(seen)) == CLAIMS_TOTAL


def test_a_claim_is_the_contract_record_plus_its_id(client) -> None:
    cid = claim_id_of(client, q="long-range")
    claim = client.get(f"/api/claims/{cid}").json()
    assert claim["claim_id"] == cid and claim["type"] == "strike"
    assert claim["place"]["admin1"] == "RU-ROS" and claim["status"] == "unconfirmed"
    assert claim["evidence"]["text"].startswith("Ukraine's General Staff said")
    assert client.get("/api/claims/0000").status_code == 404


@pytest.mark.parametrize("params", [{"type": "bombing"}, {"side": "EU"}, {"since": "5 Feb"},
                                    {"admin1": "UA-63; DROP TABLE claims"}, {"limit": 501}, {"limit": 0},
                                    {"offset": -1}, {"q": "x" * 201}])
def test_bad_claim_parameters_are_refused(client, params) -> None:
    response = client.get("/api/claims", params=params)
    assert response.status_code == 422
    assert response.json()["detail"]


@pytest.mark.parametrize("text", ["' OR 1=1 --", "%", "_", "\" ; DELETE FROM claims; --"])
def test_search_text_is_a_parameter_never_sql(client, text) -> None:
    assert client.get("/api/claims", params={"q": text}).json()["total"] == 0
    assert client.get("/api/claims", params={"claimant": text}).json()["total"] == 0
    assert client.get("/api/documents", params={"q": text}).json()["total"] == 0
    assert client.get("/api/claims").json()["total"] == CLAIMS_TOTAL


def test_statistics_and_claimants(client) -> None:
    per_day = client.get("/api/stats/claims-per-day", params={"type": "casualties"}).json()
    assert {(r["day"], r["claims"]) for r in per_day} == {("2026-01-28", 1), ("2026-02-03", 1), ("2026-02-04", 1)}
    regions = {r["admin1"]: r["claims"] for r in client.get("/api/stats/regions").json()}
    assert regions["UA-63"] == 2 and regions["RU-ROS"] == 3 and regions["UA-59"] == 2
    names = [c["name"] for c in client.get("/api/claimants").json()]
    assert names[0] == "Russian Ministry of Defence"          # three claims, the most


def test_places(client) -> None:
    body = client.get("/api/places").json()
    assert {p["name"] for p in body["items"]} >= {"Kharkiv", "Sumy", "Odesa Oblast"}
    russia = client.get("/api/places", params={"country": "RU"}).json()
    assert {p["admin1"] for p in russia["items"]} == {"RU-ROS", "RU-BEL"}


def test_the_brief_as_data(client) -> None:
    brief = client.get("/api/brief", params={"date": "2026-02-05"}).json()
    keys = [s["key"] for s in brief["sections"]]
    assert keys[:3] == ["air_attacks", "territory", "strikes_on_russia"]
    assert client.get("/api/brief", params={"date": "yesterday"}).status_code == 422


def test_openapi_lists_the_endpoints(client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/documents", "/api/claims", "/api/places", "/api/articles/{doc_id}", "/api/brief"):
        assert path in paths
    assert "post" in paths["/api/documents"]


# --- writing needs the token ---------------------------------------------------------------

NEW_PAGE = {"id": "new-page", "text": "KYIV (Example Wire) - Russia launched 12 drones at Ukraine overnight, "
                                      "Ukraine's air force said.", "published": "2026-02-06"}


def test_a_write_without_the_token_is_refused(writable) -> None:
    assert writable.post("/api/documents", json=NEW_PAGE).status_code == 401
    assert writable.post("/api/documents", json=NEW_PAGE, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert writable.post("/api/documents/url", json={"url": "https://example.org/a"}).status_code == 401
    assert writable.post("/api/documents/file", files={"file": ("a.txt", b"text")}).status_code == 401
    assert writable.get("/api/documents/new-page").status_code == 404


def test_without_an_operator_token_nobody_writes(db_url) -> None:
    read_only = TestClient(create_app(db_url))
    response = read_only.post("/api/documents", json=NEW_PAGE, headers={"Authorization": "Bearer "})
    assert response.status_code == 403
    assert read_only.post("/api/documents", json=NEW_PAGE,
                          headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 403


def test_a_write_with_the_token_adds_the_document(writable) -> None:
    response = writable.post("/api/documents", json=NEW_PAGE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.text
    assert response.json()["outcome"] == "added"
    assert writable.get("/api/documents/new-page").json()["published"] == "2026-02-06"
    again = writable.post("/api/documents", json=NEW_PAGE, headers={"X-Frontwire-Token": TOKEN})
    assert again.json()["outcome"] == "unchanged"


def test_file_and_url_uploads_with_the_token(writable) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    html = b"<html><body><article><h1>Headline</h1><p>ODESA (Example Wire) - Port damaged.</p></article></body></html>"
    added = writable.post("/api/documents/file", files={"file": ("port-story.html", html)}, headers=auth)
    assert added.status_code == 201, added.text
    assert writable.get(f"/api/documents/{added.json()['doc_id']}").json()["kind"] == "html"
    fetched = writable.post("/api/documents/url", json={"url": "https://example.org/story", "id": "fetched"}, headers=auth)
    assert fetched.status_code == 201, fetched.text
    assert writable.get("/api/documents/fetched").json()["url"] == "https://example.org/story"


def test_bad_writes_are_refused(writable) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    both = dict(NEW_PAGE, html="<p>x</p>")
    assert writable.post("/api/documents", json=both, headers=auth).status_code == 422
    assert writable.post("/api/documents", json=dict(NEW_PAGE, id="../etc/passwd"), headers=auth).status_code == 422
    big = dict(NEW_PAGE, text="drones " * 40_000)         # 280 kB against a 200 kB bound
    assert writable.post("/api/documents", json=big, headers=auth).status_code == 413
    assert writable.post("/api/documents/file", files={"file": ("big.txt", b"x" * 300_000)},
                         headers=auth).status_code == 413


def test_the_token_is_compared_in_constant_time(monkeypatch) -> None:
    calls = []

    def spy(a, b):
        calls.append((a, b))
        return a == b

    monkeypatch.setattr(security.hmac, "compare_digest", spy)
    assert security.token_matches("abc", "abc")
    assert not security.token_matches("abc", "abd")
    assert calls == [(b"abc", b"abc"), (b"abc", b"abd")]
    assert not security.token_matches(None, "")
    assert not security.token_matches("abc", None)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/", "http://localhost/", "http://10.1.2.3/x",
                                 "http://169.254.169.254/latest/meta-data", "file:///etc/passwd",
                                 "ftp://example.org/", "http://[::1]/"])
def test_urls_to_private_or_odd_places_are_not_fetched(url) -> None:
    with pytest.raises(FetchError):
        check_public_url(url)


# --- pages: user text is escaped ---------------------------------------------------------------

def test_a_page_with_a_script_tag_renders_it_as_text(client) -> None:
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    cid = claim_id_of(client, type="cyber")
    for path in ("/documents/wire-script", f"/documents/wire-script?claim={cid}", "/claims?type=cyber",
                 "/documents", "/brief?date=2026-02-04", "/claims?q=%3Cscript%3E"):
        html = client.get(path).text
        assert SCRIPT not in html, path
        assert escaped in html, path
    # the only script elements on these pages are the application's own files
    page = client.get("/documents/wire-script").text
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/document.js" defer>']


def test_pages_carry_a_strict_content_security_policy(client) -> None:
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'self'" in policy
    assert "unsafe-eval" not in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]


def test_the_evidence_is_highlighted_on_the_document_page(client) -> None:
    cid = claim_id_of(client, q="long-range")
    html = client.get(f"/documents/wire-kharkiv?claim={cid}").text
    marks = re.findall(r'<mark class="evidence-mark">(.*?)</mark>', html, re.S)
    # once in the cleaned article, once in the raw page
    assert len(marks) == 2
    assert all(m.startswith("Ukraine&#39;s General Staff said its long-range drones") for m in marks)


def test_the_claims_page_filters_and_pages(client) -> None:
    html = client.get("/claims", params={"type": "interception", "side": "RU"}).text
    assert html.count('class="claim-row"') == 1
    assert "1 claim matches" in html
    lenient = client.get("/claims", params={"type": "bombing", "since": "soon"})
    assert lenient.status_code == 200 and "Ignored: unknown type" in lenient.text
    assert lenient.text.count('class="claim-row"') == CLAIMS_TOTAL


def test_every_page_answers(client) -> None:
    for path in ("/", "/map", "/claims", "/documents", "/documents/wire-talks", "/brief", "/brief?date=2026-02-05",
                 "/docs", "/static/app.css", "/static/charts.js", "/vendor/plotly.min.js",
                 "/vendor/swagger-ui-bundle.js", "/vendor/swagger-ui.css"):
        assert client.get(path).status_code == 200, path
    missing = client.get("/documents/nope", headers={"accept": "text/html"})
    assert missing.status_code == 404 and "no such document" in missing.text


def test_no_page_names_an_outside_address(client) -> None:
    """Offline: scripts, styles and images come from the application only."""
    for path in ("/", "/map", "/claims", "/documents", "/documents/wire-kharkiv", "/brief", "/docs"):
        html = client.get(path).text
        for ref in re.findall(r'(?:src|href)="([^"]+)"', html):
            if ref.startswith(("http://", "https://", "//")):
                # only links out to a document's original page, which a reader may follow
                assert 'rel="noreferrer noopener"' in html and "example." in ref, (path, ref)


def test_the_overview_carries_its_charts_as_data(client) -> None:
    html = client.get("/").text
    figures = re.findall(r'<script type="application/json" data-figure="([^"]+)">(.*?)</script>', html, re.S)
    assert [name for name, _ in figures] == ["chart-air", "chart-types"]
    air = json.loads(figures[0][1])
    launched = air["data"][0]
    assert launched["x"] == ["2026-02-05"] and launched["y"] == [154]   # 150 drones + 4 missiles, once


def test_the_map_without_boundaries_draws_points(db_url) -> None:
    html = TestClient(create_app(db_url, boundaries={})).get("/map").text
    assert '<path class="region"' not in html
    assert re.search(r'<circle class="point point-UA" data-code="UA-63" data-claims="2"', html)
    assert re.search(r'<circle class="point point-RU" data-code="RU-ROS" data-claims="3"', html)


def test_the_map_draws_the_oblasts_the_geo_stage_ships(client) -> None:
    html = client.get("/map", params={"type": "casualties"}).text
    assert_oblasts_shaded(html)


def test_the_map_draws_geoboundaries_geojson(db_url) -> None:
    if not BOUNDARIES.exists():
        pytest.skip("../shared/reference/boundaries is absent")
    geo = json.loads(BOUNDARIES.read_text())
    assert_oblasts_shaded(TestClient(create_app(db_url, boundaries=geo)).get("/map", params={"type": "casualties"}).text)


def assert_oblasts_shaded(html: str) -> None:
    regions = re.findall(r'<path class="region" data-code="([A-Z0-9-]+)" data-claims="(\d+)"', html)
    assert len(regions) == 27
    shaded = {code: int(n) for code, n in regions if n != "0"}
    assert shaded == {"UA-63": 1, "UA-23": 1, "UA-59": 1}


# --- the pure pieces ---------------------------------------------------------------------------

def test_highlight_marks_across_paragraphs() -> None:
    body = ["First one.", "Second one."]
    spans = [(0, 10), (11, 22)]
    pieces = highlight.paragraphs(body, spans, (6, 17))
    assert [[(p.text, p.marked) for p in para] for para in pieces] == [
        [("First ", False), ("one.", True)], [("Second", True), (" one.", False)]]
    assert highlight.locate_evidence("abc def", "def", 99, 200) == (4, 7)      # stale offsets
    assert highlight.locate_evidence("abc def", "xyz", None, None) is None


def test_map_projection_and_shades() -> None:
    project = mapsvg.projector()
    west_south = project(mapsvg.FRAME[0], mapsvg.FRAME[1])
    assert west_south == (0.0, pytest.approx(mapsvg.height_for(), abs=1))
    assert mapsvg.shade(0, [1, 2]) == mapsvg.SHADES[0]
    assert mapsvg.shade(2, [1, 2]) != mapsvg.shade(1, [1, 2])
    view = mapsvg.build_map({"UA-63": 4, "RU-SAM": 1, "XX-99": 3})
    assert ("RU-SAM", "Samara Oblast", 1) in view.outside          # east of the frame: listed
    assert any(code == "XX-99" for code, _, _ in view.outside)     # unknown and no point
    assert mapsvg.geometry_path({"type": "Polygon", "coordinates": [[["a", 1]]]}, project) == ""
