"""The polite fetcher and the feed parser, piece by piece (a real server on 127.0.0.1)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from frontwire.sources.feeds import doc_id_for_url, entry_key, parse_feed, read_feed_list
from frontwire.sources.fetch import (FEED, FetchPolicy, Fetched, Fetcher, HostPacer, canonical_url,
                                     decode_body)
from watch_site import Answer, Site, html_page


class FakeTime:
    """A clock that only moves when something sleeps: waits are recorded, never slept."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


@pytest.fixture
def site():
    s = Site().start()
    yield s
    s.stop()


def fetcher(t: FakeTime, **kw) -> Fetcher:
    policy = dict(timeout=2.0, retries=2, backoff=1.0, host_interval=0.0)
    policy.update(kw)
    return Fetcher(FetchPolicy(**policy), clock=t.clock, sleep=t.sleep)


def test_host_pacer_spaces_requests_to_one_host_only():
    t = FakeTime()
    pacer = HostPacer(2.0, t.clock, t.sleep)
    assert pacer.wait("a.example") == 0
    assert pacer.wait("b.example") == 0          # another host: no wait
    t.now += 0.5
    assert pacer.wait("a.example") == pytest.approx(1.5)
    pacer.slow_down("a.example", 10.0)           # a Crawl-delay
    assert pacer.wait("a.example") == pytest.approx(10.0)
    assert t.sleeps == [1.5, 10.0]


def test_transient_errors_are_retried_with_doubling_backoff_and_retry_after_is_honoured(site: Site):
    t = FakeTime()
    site.routes["/busy"] = Answer(503, b"busy", {"Content-Type": "text/plain"})
    with fetcher(t) as f:
        got = f.get(site.url("/busy"))
    assert got.outcome == "failed" and got.transient and got.attempts == 3
    assert "HTTP 503" in got.reason and t.sleeps == [1.0, 2.0]

    calls = []

    def limited(_req):
        calls.append(1)
        if len(calls) == 1:
            return Answer(429, b"slow down", {"Retry-After": "7", "Content-Type": "text/plain"})
        return html_page("Fine", "Served on the second try.")
    site.routes["/limited"] = limited
    t2 = FakeTime()
    with fetcher(t2) as f:
        got = f.get(site.url("/limited"))
    assert got.ok and got.attempts == 2 and t2.sleeps == [7.0]


def test_client_errors_are_not_retried(site: Site):
    t = FakeTime()
    with fetcher(t) as f:
        got = f.get(site.url("/missing"))
    assert got.outcome == "failed" and not got.transient and got.status == 404 and got.attempts == 1
    assert site.hits("/missing") == 1 and t.sleeps == []


def test_robots_txt_rules_crawl_delay_and_unreachable_robots(site: Site):
    site.routes["/robots.txt"] = Answer(200, b"User-agent: frontwire\nDisallow: /drafts/\nCrawl-delay: 5\n\n"
                                             b"User-agent: *\nDisallow: /\n", {"Content-Type": "text/plain"})
    site.routes["/drafts/x"] = html_page("Draft", "Not for crawlers.")
    site.routes["/news/1"] = html_page("One", "A story.")
    site.routes["/news/2"] = html_page("Two", "Another story.")
    t = FakeTime()
    with fetcher(t) as f:
        assert f.get(site.url("/drafts/x")).reason == "disallowed by robots.txt"
        assert f.get(site.url("/news/1")).ok
        assert f.get(site.url("/news/2")).ok
    assert site.hits("/drafts/x") == 0 and site.hits("/robots.txt") == 1
    assert 5.0 in t.sleeps                        # the site's Crawl-delay between the two stories

    site.routes["/robots.txt"] = Answer(500, b"down", {"Content-Type": "text/plain"})
    with fetcher(FakeTime()) as f:
        got = f.get(site.url("/news/1"))
    assert got.outcome == "skipped" and "robots.txt answered HTTP 500" in got.reason


def test_size_limit_announced_or_streamed_and_content_types(site: Site):
    site.routes["/big"] = Answer(200, b"<p>" + b"x" * 300_000 + b"</p>", {"Content-Type": "text/html"})
    site.routes["/stream"] = Answer(200, headers={"Content-Type": "text/html"}, stream_bytes=400_000)
    site.routes["/pic"] = Answer(200, b"GIF89a....", {"Content-Type": "image/gif"})
    site.routes["/feedish"] = Answer(200, b"<rss version='2.0'><channel></channel></rss>",
                                     {"Content-Type": "application/rss+xml"})
    with fetcher(FakeTime(), max_bytes=100_000) as f:
        big = f.get(site.url("/big"))
        assert big.outcome == "skipped" and "announced" in big.reason and big.body == b""
        streamed = f.get(site.url("/stream"))
        assert streamed.outcome == "skipped" and "size limit" in streamed.reason
        assert f.get(site.url("/pic")).reason == "not HTML (image/gif)"
        assert f.get(site.url("/feedish")).reason == "not HTML (application/rss+xml)"
        assert f.get(site.url("/feedish"), accept=FEED).ok


def test_redirects_are_followed_within_the_limit(site: Site):
    for i in range(8):
        site.routes[f"/hop{i}"] = Answer(302, headers={"Location": f"/hop{i + 1}"})
    site.routes["/hop8"] = html_page("Arrived", "After many hops.")
    with fetcher(FakeTime(), max_redirects=3) as f:
        far = f.get(site.url("/hop0"))
        near = f.get(site.url("/hop6"))
    assert far.outcome == "skipped" and "too many redirects" in far.reason
    assert near.ok and near.final_url == site.url("/hop8") and len(near.redirects) == 2


def test_conditional_request_by_last_modified(site: Site):
    def page(req):
        if req.headers.get("if-modified-since") == "Sun, 08 Mar 2026 06:00:00 GMT":
            return Answer(304)
        answer = html_page("Dated", "A story with a date.")
        answer.headers["Last-Modified"] = "Sun, 08 Mar 2026 06:00:00 GMT"
        return answer
    site.routes["/dated"] = page
    with fetcher(FakeTime()) as f:
        first = f.get(site.url("/dated"))
        again = f.get(site.url("/dated"), last_modified=first.last_modified)
    assert first.ok and again.outcome == "not_modified" and again.body == b""


def test_unreachable_hosts_and_bad_urls_never_raise():
    with socket.socket() as s:              # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with fetcher(FakeTime(), retries=0, obey_robots=False) as f:
        refused = f.get(f"http://127.0.0.1:{port}/x")
        assert refused.outcome == "failed" and refused.transient and "network error" in refused.reason
        assert f.get("ftp://example.org/file").outcome == "skipped"
        assert f.get("http:///nohost").outcome == "skipped"
        assert "longer than" in f.get("http://a.example/" + "x" * 3000).reason


def test_decoding_follows_the_declared_charset():
    cyr = "<p>Удар по Одесі</p>".encode("cp1251")
    by_header = Fetched("u", "ok", content_type="text/html; charset=windows-1251", body=cyr)
    by_meta = Fetched("u", "ok", content_type="text/html",
                      body=b"<meta charset='koi8-u'>" + "<p>Одеса</p>".encode("koi8-u"))
    broken = Fetched("u", "ok", content_type="text/html", body=b"<p>caf\xe9</p>")
    assert "Удар по Одесі" in decode_body(by_header)
    assert "Одеса" in decode_body(by_meta)
    assert decode_body(broken) == "<p>caf\ufffd</p>"


def test_canonical_urls_and_document_ids():
    a = "HTTPS://News.Example:443/story?id=7&utm_source=rss&utm_medium=feed#comments"
    assert canonical_url(a) == "https://news.example/story?id=7"
    assert canonical_url("http://news.example") == "http://news.example/"
    assert doc_id_for_url(a) == doc_id_for_url("https://news.example/story?id=7")
    assert doc_id_for_url(a) != doc_id_for_url("https://news.example/story?id=8")
    assert doc_id_for_url(a).startswith("news.example-")
    assert entry_key("https://news.example/rss", "id-1") != entry_key("https://other.example/rss", "id-1")


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<entry><id>tag:news.example,2026:1</id><title>Strike on Kharkiv</title>
  <link rel="alternate" href="/2026/03/strike"/><updated>2026-03-08T06:15:00+02:00</updated></entry>
<entry><id>tag:news.example,2026:2</id><title>No link here</title><updated>2026-03-08T07:00:00Z</updated></entry>
<entry><id>tag:news.example,2026:1</id><title>Strike on Kharkiv (repeated)</title>
  <link href="/2026/03/strike"/></entry>
</feed>"""


def test_atom_entries_resolve_relative_links_and_normalise_dates():
    parsed = parse_feed(ATOM, "https://news.example/feeds/atom.xml")
    assert parsed.title == "Example Wire" and parsed.error is None
    (entry,) = parsed.entries
    assert entry.url == "https://news.example/2026/03/strike"
    assert entry.entry_id == "tag:news.example,2026:1"
    assert entry.published == "2026-03-08T04:15:00+00:00"
    assert len(parsed.problems) == 1 and "no link" in parsed.problems[0]


def test_rss_without_guids_uses_links_and_non_feeds_are_errors_not_exceptions():
    rss = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
           b"<item><title>A</title><link>https://news.example/a?utm_campaign=x</link></item>"
           b"<item><title>B</title><link>https://news.example/b</link></item></channel></rss>")
    parsed = parse_feed(rss, "https://news.example/rss")
    assert [e.entry_id for e in parsed.entries] == ["https://news.example/a", "https://news.example/b"]
    assert parse_feed(b"<html><body><p>Not a feed</p></body></html>", "https://x.example/").error
    assert parse_feed(b"\x00\x01\x02 binary junk", "https://x.example/").error
    assert parse_feed(b"", "https://x.example/").error


def test_feed_list_skips_comments_blank_lines_and_duplicates(tmp_path: Path):
    path = tmp_path / "feeds.txt"
    path.write_text("# wires\nhttps://news.example/rss\n\n  https://news.example/rss#again  \n"
                    "https://other.example/atom.xml   # the other one\n", encoding="utf-8")
    assert read_feed_list(path) == ["https://news.example/rss", "https://other.example/atom.xml"]


def test_durations_for_every_and_rate():
    import click

    from frontwire.cli.watch import parse_duration
    assert parse_duration("15m") == 900 and parse_duration("1h30m") == 5400
    assert parse_duration("90") == 90 and parse_duration("0.5s") == 0.5
    for bad in ("soon", "15 minutes", "m15", ""):
        with pytest.raises(click.BadParameter):
            parse_duration(bad)


def test_binary_junk_served_as_html_is_skipped_not_stored(site: Site):
    site.routes["/junk"] = Answer(200, b"\x00\x01\x02\x03" * 500, {"Content-Type": "text/html"})
    with fetcher(FakeTime()) as f:
        got = f.get(site.url("/junk"))
    assert got.outcome == "skipped" and "binary answer" in got.reason
