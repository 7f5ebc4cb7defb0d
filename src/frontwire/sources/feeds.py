"""RSS and Atom feeds: the list of feeds to watch, and the entries of one feed.

Pure functions over text and bytes (the fetching is :mod:`frontwire.sources.fetch`'s)::

    feeds = read_feed_list(Path("feeds.txt"))          # one URL a line, '#' comments
    parsed = parse_feed(body, "https://news.example/rss")
    for entry in parsed.entries:                        # FeedEntry: entry_id, url, title, published
        ...
"""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser

from frontwire.sources.fetch import canonical_url, check_url


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: the article it points to, and what the feed says about it."""

    entry_id: str              # the feed's guid/id, else the link: stable across polls
    url: str                   # the article page, absolute and canonical
    title: str | None = None
    published: str | None = None   # ISO 8601 (UTC) from the entry's published or updated date
    summary: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    entries: tuple[FeedEntry, ...]
    problems: tuple[str, ...] = ()  # entries left out, and why
    error: str | None = None        # set when the bytes are not a feed at all


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs from a text file: one a line; blank lines and ``#`` comments ignored;
    duplicates (after canonicalisation) kept once, in order."""
    urls: list[str] = []
    seen: set[str] = set()
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        url = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not url:
            continue
        key = canonical_url(url)
        if key not in seen:
            seen.add(key)
            urls.append(url)
    return urls


def feed_list_problems(urls: list[str]) -> list[str]:
    """The lines of a feed list that are not fetchable URLs, with the reason."""
    return [f"{url}: {problem}" for url in urls if (problem := check_url(url))]


def parse_feed(data: bytes, feed_url: str) -> ParsedFeed:
    """The entries of an RSS or Atom document; relative links resolve against ``feed_url``."""
    try:
        parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # feedparser is tolerant; this is a guard against its bugs
        return ParsedFeed(None, (), error=f"not a feed ({type(exc).__name__}: {exc})")
    version = parsed.get("version") or ""
    if not parsed.entries and (parsed.get("bozo") or not version):
        why = parsed.get("bozo_exception")
        return ParsedFeed(None, (), error=f"not an RSS or Atom feed{f' ({why})' if why else ''}")
    entries: list[FeedEntry] = []
    problems: list[str] = []
    seen: set[str] = set()
    for n, item in enumerate(parsed.entries, 1):
        link = _link(item)
        if not link:
            problems.append(f"entry {n} ({_text(item.get('title')) or 'untitled'}): no link to an article")
            continue
        url = canonical_url(urljoin(feed_url, link))
        bad = check_url(url)
        if bad:
            problems.append(f"entry {n}: {bad}")
            continue
        entry_id = _text(item.get("id")) or url
        if entry_id in seen:  # the same item twice in one feed
            continue
        seen.add(entry_id)
        entries.append(FeedEntry(entry_id=entry_id, url=url, title=_text(item.get("title")),
                                 published=_date(item), summary=_text(item.get("summary"))))
    return ParsedFeed(_text(parsed.feed.get("title")), tuple(entries), tuple(problems))


def entry_key(feed_url: str, entry_id: str) -> str:
    """The store's key of an entry: the same item of the same feed on every poll."""
    return hashlib.sha256(f"{canonical_url(feed_url)}\n{entry_id}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def doc_id_for_url(url: str) -> str:
    """The document id a fetched page is stored under: its host and a hash of its canonical
    URL, so the same article found in two feeds, or fetched again, is one document."""
    canon = canonical_url(url)
    host = canon.split("://", 1)[-1].split("/", 1)[0].split("@")[-1]
    digest = hashlib.sha256(canon.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{host[:100]}-{digest}"


def _link(item: feedparser.FeedParserDict) -> str | None:
    """The entry's article link: its link, else an alternate link, else a guid that is a
    URL (feedparser copies an Atom ``tag:`` id into ``link``: not a page)."""
    candidates = [item.get("link")]
    candidates += [alt.get("href") for alt in item.get("links") or () if alt.get("rel", "alternate") == "alternate"]
    for link in candidates:
        if isinstance(link, str) and link.strip() and _fetchable_scheme(link.strip()):
            return link.strip()
    guid = item.get("id")  # a guid is a link only when it is an absolute one
    if isinstance(guid, str) and guid.strip().lower().startswith(("http://", "https://")):
        return guid.strip()
    return None


def _fetchable_scheme(link: str) -> bool:
    try:
        return urlsplit(link).scheme.lower() in ("", "http", "https")
    except ValueError:
        return False


def _date(item: feedparser.FeedParserDict) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = item.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc).isoformat(timespec="seconds")
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
