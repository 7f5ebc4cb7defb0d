"""One watch cycle, and the single-page fetch, as functions over a fetcher and a store.

A cycle polls every feed (conditionally), records the entries it has not seen, then
fetches each pending entry's page, runs the flow and stores the result. Pending entries
left by an earlier, interrupted run are taken up first. What happened is returned as a
:class:`CycleReport`; every fetch is also in the store's ``watch_log``, every final
failure in its ``problems``.
"""

from __future__ import annotations

import collections
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from frontwire.pipeline import Processed, process
from frontwire.records import Document
from frontwire.sources.feeds import doc_id_for_url, parse_feed
from frontwire.sources.fetch import FEED, PAGE, Fetched, Fetcher, canonical_url, decode_body, is_html
from frontwire.store import Store
from frontwire.watch.state import PendingEntry, WatchState

#: Cycles in which a page may fail transiently (server error, timeout) before it is given up.
MAX_ATTEMPTS = 3


@dataclass
class CycleReport:
    """What one cycle (or one ``fetch``) did. ``pages`` counts outcomes by name."""

    cycle: int | None = None
    started_at: str = field(default_factory=lambda: _now())
    feeds: int = 0
    feeds_unchanged: int = 0
    feeds_failed: int = 0
    new_entries: int = 0
    pages: collections.Counter = field(default_factory=collections.Counter)
    claims: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return bool(self.problems)

    def problem(self, url: str, reason: str) -> None:
        self.problems.append(f"{url}: {reason}")

    def summary(self) -> str:
        head = f"cycle {self.cycle}" if self.cycle is not None else "fetch"
        parts = []
        if self.feeds:
            parts.append(f"{self.feeds} feeds polled ({self.feeds_unchanged} not modified, "
                         f"{self.feeds_failed} failed), {self.new_entries} new entries")
        pages = ", ".join(f"{n} {what}" for what, n in sorted(self.pages.items())) or "none"
        parts.append(f"pages: {pages}")
        parts.append(f"{self.claims} claims")
        return f"{head} at {self.started_at}: " + "; ".join(parts) + f" ({self.seconds:.1f}s)"

    def to_dict(self) -> dict:
        return {"cycle": self.cycle, "started_at": self.started_at, "feeds": self.feeds,
                "feeds_unchanged": self.feeds_unchanged, "feeds_failed": self.feeds_failed,
                "new_entries": self.new_entries, "pages": dict(self.pages), "claims": self.claims,
                "problems": list(self.problems), "seconds": round(self.seconds, 3)}


Flow = Callable[[Document], Processed]


def run_cycle(feed_urls: Iterable[str], store: Store, fetcher: Fetcher, flow: Flow = process,
              max_attempts: int = MAX_ATTEMPTS, max_pages: int | None = None) -> CycleReport:
    """Poll the feeds, then fetch, process and store every pending entry's page."""
    state = WatchState(store)
    report = CycleReport(cycle=state.next_cycle())
    started = time.perf_counter()
    for feed_url in feed_urls:
        poll_feed(feed_url, state, fetcher, report)
    for entry in state.pending(limit=max_pages):
        fetch_entry(entry, state, fetcher, report, flow, max_attempts)
    report.seconds = time.perf_counter() - started
    return report


def poll_feed(feed_url: str, state: WatchState, fetcher: Fetcher, report: CycleReport) -> None:
    report.feeds += 1
    etag, last_modified = state.validators(feed_url)
    got = fetcher.get(feed_url, accept=FEED, etag=etag, last_modified=last_modified)
    state.log("feed", got, cycle=report.cycle)
    if got.outcome == "not_modified":
        report.feeds_unchanged += 1
        state.remember(got)
        return
    if not got.ok:
        report.feeds_failed += 1
        report.problem(feed_url, f"feed {got.outcome}: {got.reason}")
        return
    parsed = parse_feed(got.body, got.final_url or feed_url)
    if parsed.error:
        report.feeds_failed += 1
        report.problem(feed_url, parsed.error)
        return
    for problem in parsed.problems:
        report.problem(feed_url, problem)
    report.new_entries += state.add_entries(feed_url, parsed.entries, got)


def fetch_entry(entry: PendingEntry, state: WatchState, fetcher: Fetcher, report: CycleReport,
                flow: Flow = process, max_attempts: int = MAX_ATTEMPTS) -> None:
    if state.is_stored(entry.doc_id):
        # stored by another feed, by `fetch`, or just before a restart
        state.finish(entry.entry_key, "stored", "already stored")
        report.pages["already stored"] += 1
        return
    got = fetcher.get(entry.url, accept=PAGE)
    if got.ok:
        outcome, reason = store_page(got, entry.doc_id, state, report, flow, entry.title, entry.published)
        state.finish(entry.entry_key, "stored" if reason is None else "failed", reason)
        state.log("page", got, outcome=outcome, reason=reason, cycle=report.cycle)
        if reason is not None:
            state.store.log_problem(entry.url, reason, entry.doc_id)
        return
    if got.outcome == "failed" and got.transient:
        now, attempts = state.failed_try(entry.entry_key, got.reason or "failed", max_attempts)
        if now == "pending":
            report.pages["to retry"] += 1
            reason = f"{got.reason} (try {attempts} of {max_attempts}; retried next cycle)"
        else:
            report.pages["failed"] += 1
            reason = f"{got.reason} (gave up after {attempts} tries)"
            state.store.log_problem(entry.url, reason, entry.doc_id)
    else:  # skipped (robots.txt, not HTML, too large, a redirect loop) or failed for good (404)
        state.finish(entry.entry_key, "skipped" if got.outcome != "failed" else "failed", got.reason)
        report.pages[got.outcome] += 1
        reason = f"{got.outcome}: {got.reason}"
        state.store.log_problem(entry.url, reason, entry.doc_id)
    report.problem(entry.url, reason)
    state.log("page", got, reason=got.reason, cycle=report.cycle)


def fetch_urls(urls: Iterable[str], store: Store, fetcher: Fetcher, flow: Flow = process) -> CycleReport:
    """``frontwire fetch``: fetch each page (conditionally when it is already stored),
    process it and store it."""
    state = WatchState(store)
    report = CycleReport()
    started = time.perf_counter()
    for url in urls:
        canon = canonical_url(url)
        doc_id = doc_id_for_url(canon)
        etag, last_modified = state.validators(canon) if state.is_stored(doc_id) else (None, None)
        got = fetcher.get(canon, accept=PAGE, etag=etag, last_modified=last_modified)
        if got.outcome == "not_modified":
            report.pages["not modified"] += 1
            state.remember(got)
            state.log("page", got)
            continue
        if not got.ok:
            report.pages[got.outcome] += 1
            report.problem(url, f"{got.outcome}: {got.reason}")
            store.log_problem(url, f"{got.outcome}: {got.reason}", doc_id)
            state.log("page", got)
            continue
        outcome, reason = store_page(got, doc_id, state, report, flow)
        if reason is None:
            state.remember(got)
        else:
            store.log_problem(url, reason, doc_id)
        state.log("page", got, outcome=outcome, reason=reason)
    report.seconds = time.perf_counter() - started
    return report


def store_page(got: Fetched, doc_id: str, state: WatchState, report: CycleReport, flow: Flow,
               title: str | None = None, published: str | None = None) -> tuple[str, str | None]:
    """Run the flow over a fetched page and store it; returns the outcome and, when it
    could not be stored, the reason."""
    doc = page_document(got, doc_id, title, published)
    result = flow(doc)
    if result.error:
        report.pages["failed"] += 1
        report.problem(got.url, result.error)
        return "failed", result.error
    outcome = state.store.save(result)
    report.pages[outcome] += 1
    report.claims += len(result.claims)
    return outcome, None


def page_document(got: Fetched, doc_id: str, title: str | None = None, published: str | None = None) -> Document:
    """The document of a fetched page: HTML or plain text, with where and when it was fetched."""
    text = decode_body(got)
    html = is_html(got)
    return Document(doc_id=doc_id, origin=got.final_url or got.url, url=got.final_url or got.url,
                    html=text if html else None, text=None if html else text,
                    published=published, retrieved_at=got.fetched_at or _now(), title=title)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
