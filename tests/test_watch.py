"""The watcher against a real HTTP server on 127.0.0.1: every article stored once, nothing
lost, each failure reported; through a server error, a timeout, a redirect loop, a 20 MB
answer, an image, robots.txt, a feed that changes between polls and restarts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from frontwire.sources.feeds import doc_id_for_url
from frontwire.sources.fetch import FetchPolicy, Fetcher
from frontwire.store import Store, schema
from frontwire.watch import WatchState, fetch_urls, run_cycle
from watch_site import Answer, Site, feed_answer, html_page, rss

ROBOTS = Answer(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
PNG = b"\x89PNG\r\n\x1a\n" + bytes(4000)


@pytest.fixture
def site():
    s = Site().start()
    s.routes["/robots.txt"] = ROBOTS
    yield s
    s.stop()


@pytest.fixture
def store(store_url):
    s = Store(store_url)
    yield s
    s.close()


def fetcher(**kw) -> Fetcher:
    # Quick limits so the failures take fractions of a second; no real sleeping between tries.
    policy = dict(timeout=0.4, deadline=5.0, retries=2, backoff=0.01, host_interval=0.0)
    policy.update(kw)
    return Fetcher(FetchPolicy(**policy), sleep=lambda s: None)


def stored_doc_ids(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return sorted(conn.execute(select(schema.documents.c.doc_id)).scalars())


def entry_states(store: Store) -> dict[str, tuple[str, str | None]]:
    e = schema.watch_entries
    with store.engine.connect() as conn:
        return {row.url.rsplit("/", 1)[-1]: (row.state, row.reason)
                for row in conn.execute(select(e.c.url, e.c.state, e.c.reason))}


def test_cycles_store_every_article_once_and_report_each_failure(site: Site, store: Store):
    u = site.url
    items = [
        ("g-a1", u("/news/a1"), "Drones hit a depot near Kharkiv"),
        ("g-a2", u("/news/a2"), "Talks resume in Istanbul"),
        ("g-err", u("/news/err"), "A page whose server fails"),
        ("g-slow", u("/news/slow"), "A page that never answers"),
        ("g-loop", u("/news/loop"), "A page that redirects in a circle"),
        ("g-huge", u("/news/huge"), "A 20 MB answer"),
        ("g-img", u("/news/photo.png"), "A photo, not a page"),
        ("g-moved", u("/news/moved"), "A page that moved"),
        ("g-private", u("/private/p1"), "A page robots.txt forbids"),
        (None, None, "An item with no link"),
        ("g-a1-again", u("/news/a1?utm_source=rss"), "The first story again, with a tracking tag"),
    ]
    site.routes["/feed.xml"] = feed_answer(rss(items), etag='"v1"')
    site.routes["/news/a1"] = html_page("Drones hit a depot near Kharkiv",
                                        "Russian drones struck a fuel depot near Kharkiv overnight, the regional governor said.",
                                        "Two workers were injured, he added, and the fire was put out by morning.")
    site.routes["/news/a2"] = html_page("Talks resume in Istanbul",
                                        "Delegations from both countries met again on Tuesday to discuss a prisoner exchange.")
    site.routes["/news/err"] = Answer(500, b"oops", {"Content-Type": "text/plain"})
    site.routes["/news/slow"] = Answer(200, b"<p>late</p>", {"Content-Type": "text/html"}, delay=3.0)
    site.routes["/news/loop"] = Answer(302, headers={"Location": "/news/loop2"})
    site.routes["/news/loop2"] = Answer(302, headers={"Location": u("/news/loop")})
    site.routes["/news/huge"] = Answer(200, headers={"Content-Type": "text/html"}, stream_bytes=20 * 1024 * 1024)
    site.routes["/news/photo.png"] = Answer(200, PNG, {"Content-Type": "image/png"})
    site.routes["/news/moved"] = Answer(301, headers={"Location": "/news/a3"})
    site.routes["/news/a3"] = html_page("Air defence busy over Odesa",
                                        "Air defence units shot down most of the drones launched at Odesa, the navy said.")
    site.routes["/private/p1"] = html_page("Members only", "Nothing to see.")
    feeds = [u("/feed.xml")]

    with fetcher() as f:
        first = run_cycle(feeds, store, f)
    assert first.cycle == 1 and first.feeds == 1 and first.new_entries == 10
    assert first.pages == {"added": 3, "already stored": 1, "to retry": 2, "skipped": 4}
    problems = "\n".join(first.problems)
    for path, why in [("/news/err", "HTTP 500"), ("/news/slow", "timed out"), ("/news/loop", "redirect loop"),
                      ("/news/huge", "size limit"), ("/news/photo.png", "image/png"),
                      ("/private/p1", "robots.txt"), ("/feed.xml", "no link")]:
        assert any(path in p and why in p for p in first.problems), (path, why, problems)
    assert site.hits("/private/p1") == 0 and site.hits("/robots.txt") == 1
    assert site.hits("/news/err") == 3                       # one try and two retries
    assert site.hits("/news/photo.png") == 1 and site.hits("/news/a1") == 1

    # second poll: the feed has not changed, so it is asked for conditionally and answers 304
    with fetcher() as f:
        second = run_cycle(feeds, store, f)
    feed_requests = [r for r in site.requests if r.path == "/feed.xml"]
    assert feed_requests[-1].headers.get("if-none-match") == '"v1"'
    assert second.feeds_unchanged == 1 and second.new_entries == 0
    assert second.pages == {"to retry": 2}                   # only the two failing pages, tried again

    # the feed changes between polls, and the broken server recovers
    site.routes["/feed.xml"] = feed_answer(rss(items + [("g-a4", u("/news/a4"), "Prisoner exchange")]), etag='"v2"')
    site.routes["/news/a4"] = html_page("Prisoner exchange", "Ukraine and Russia swapped 95 prisoners each on Friday.")
    site.routes["/news/err"] = html_page("Recovered", "The server works again and the story reads normally.")
    with fetcher() as f:
        third = run_cycle(feeds, store, f)
    assert third.new_entries == 1 and third.feeds_unchanged == 0
    assert third.pages == {"added": 2, "failed": 1}          # a4 and err stored; slow given up after 3 cycles
    assert any("/news/slow" in p and "gave up after 3 tries" in p for p in third.problems)

    expected = sorted(doc_id_for_url(u(p)) for p in ("/news/a1", "/news/a2", "/news/moved", "/news/a4", "/news/err"))
    assert stored_doc_ids(store) == expected
    states = entry_states(store)
    assert states["a1"][0] == states["a2"][0] == states["a4"][0] == states["err"][0] == "stored"
    assert states["slow"][0] == "failed" and states["photo.png"] == ("skipped", "not HTML (image/png)")
    assert states["huge"][0] == "skipped" and states["loop"][0] == "skipped"

    # the stored article carries the page's text, its final URL and the feed's date
    a3 = store.document(doc_id_for_url(u("/news/moved")))
    assert a3["url"] == u("/news/a3") and a3["published"] == "2026-03-08T05:30:00+00:00"
    assert any("Odesa" in p for p in a3["article"]["body"])

    # a fourth cycle has nothing to do, and stores nothing twice
    with fetcher() as f:
        fourth = run_cycle(feeds, store, f)
    assert fourth.pages == {} and fourth.feeds_unchanged == 1
    assert stored_doc_ids(store) == expected
    with store.engine.connect() as conn:
        logged = conn.execute(select(schema.watch_log.c.cycle, schema.watch_log.c.url,
                                     schema.watch_log.c.outcome)).all()
        problems_logged = conn.execute(select(schema.problems.c.origin)).scalars().all()
    assert {c for c, _, _ in logged} == {1, 2, 3, 4}
    assert any(url.endswith("/news/huge") and outcome == "skipped" for _, url, outcome in logged)
    assert sum(o.endswith("/news/slow") for o in problems_logged) == 1   # the final failure, once


class PowerCut(Exception):
    pass


def test_killed_between_storing_a_page_and_marking_it_resumes_without_refetching(site: Site, store_url: str):
    u = site.url
    site.routes["/feed.xml"] = feed_answer(rss([(f"g{i}", u(f"/n/{i}"), f"Story {i}") for i in range(1, 4)]), '"e"')
    for i in range(1, 4):
        site.routes[f"/n/{i}"] = html_page(f"Story {i}", f"Shelling damaged {i} houses in Nikopol, officials said.")
    db = store_url

    class CrashingStore(Store):
        saved = 0

        def save(self, result):
            outcome = super().save(result)
            self.saved += 1
            if self.saved == 2:
                raise PowerCut  # the second page is stored, but its entry not yet marked
            return outcome

    crashing = CrashingStore(db)
    with fetcher() as f, pytest.raises(PowerCut):
        run_cycle([u("/feed.xml")], crashing, f)
    crashing.close()
    assert WatchState(Store(db)).entry_counts() == {"stored": 1, "pending": 2}
    assert len(stored_doc_ids(Store(db))) == 2

    store = Store(db)
    with fetcher() as f:
        report = run_cycle([u("/feed.xml")], store, f)
    assert report.feeds_unchanged == 1
    assert report.pages == {"already stored": 1, "added": 1}
    assert [site.hits(f"/n/{i}") for i in range(1, 4)] == [1, 1, 1]
    assert len(stored_doc_ids(store)) == 3
    assert WatchState(store).entry_counts() == {"stored": 3}


def test_a_watcher_process_killed_mid_cycle_loses_and_duplicates_nothing(site: Site, tmp_path: Path, store_url: str):
    u = site.url
    reached, release = threading.Event(), threading.Event()
    site.routes["/feed.xml"] = feed_answer(rss([(f"k{i}", u(f"/k/{i}"), f"Report {i}") for i in range(1, 5)]), '"k"')
    for i in (1, 3, 4):
        site.routes[f"/k/{i}"] = html_page(f"Report {i}", f"Missiles struck Dnipro, the mayor said in report {i}.")
    page2 = html_page("Report 2", "Missiles struck Zaporizhzhia, the governor said in report 2.")

    def second_page(_req):
        if not reached.is_set():      # the first time: hold the answer until the watcher is killed
            reached.set()
            release.wait(20)
        return page2
    site.routes["/k/2"] = second_page

    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test feeds\n{u('/feed.xml')}\n", encoding="utf-8")
    db = store_url
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-c", "from frontwire.cli import main; main()", "watch", "--feeds", str(feeds), "--once",
                             "--rate", "0", "--db", db], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert reached.wait(60), "the watcher never asked for the second page"
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        release.set()
        if proc.poll() is None:
            proc.kill()

    store = Store(db)
    before = len(stored_doc_ids(store))       # the pages stored before the one it was killed on
    assert before == sum(site.hits(f"/k/{i}") for i in (1, 3, 4))
    with fetcher() as f:
        report = run_cycle([u("/feed.xml")], store, f)
    assert report.feeds_unchanged == 1 and report.pages == {"added": 4 - before}
    assert [site.hits(f"/k/{i}") for i in range(1, 5)] == [1, 2, 1, 1]
    assert len(stored_doc_ids(store)) == 4
    assert WatchState(store).entry_counts() == {"stored": 4}


def test_fetch_command_stores_pages_and_asks_conditionally_the_second_time(site: Site, tmp_path: Path, cli):
    u = site.url
    page = html_page("Strike on Sumy", "A guided bomb hit a school in Sumy on Monday, the regional administration said.")
    page.etag = '"s1"'
    site.routes["/s"] = page
    site.routes["/gone"] = Answer(404, b"gone", {"Content-Type": "text/plain"})
    db = str(tmp_path / "f.db")
    result = cli("fetch", u("/s"), u("/gone"), "--rate", "0", "--db", db, "--json")
    assert result.exit_code == 1
    report = [line for line in result.output.splitlines() if line.startswith("{")]
    assert '"added": 1' in report[0] and '"failed": 1' in report[0] and "HTTP 404" in report[0]
    again = cli("fetch", u("/s"), "--rate", "0", "--db", db)
    assert again.exit_code == 0 and "1 not modified" in again.output
    assert site.requests[-1].headers.get("if-none-match") == '"s1"'
    assert len(stored_doc_ids(Store(db))) == 1


def test_fetch_urls_skips_non_html_and_decodes_declared_charsets(site: Site, store: Store):
    u = site.url
    site.routes["/cyr"] = Answer(200, "<html><body><p>Удар по Харкову: пошкоджено три будинки.</p></body></html>"
                                 .encode("cp1251"), {"Content-Type": "text/html; charset=windows-1251"})
    site.routes["/report.pdf"] = Answer(200, b"%PDF-1.7\n...", {"Content-Type": "application/pdf"})
    site.routes["/notype"] = Answer(200, PNG, {})
    with fetcher() as f:
        report = fetch_urls([u("/cyr"), u("/report.pdf"), u("/notype")], store, f)
    assert report.pages == {"added": 1, "skipped": 2}
    assert any("application/pdf" in p for p in report.problems)
    assert any("/notype" in p and "PNG" in p for p in report.problems)
    assert "Харкову" in store.document(doc_id_for_url(u("/cyr")))["raw"]
