"""Fetch pages and feeds over HTTP, politely and without ever raising.

One :class:`Fetcher` serves a whole run. Each :meth:`Fetcher.get` asks robots.txt first,
waits its turn for the host (a per-host minimum interval, raised to the site's
``Crawl-delay``), sends ``If-None-Match``/``If-Modified-Since`` when it has validators,
follows redirects itself (a limit, loops named, robots asked again on each hop), refuses
answers that are not of the kind asked for before reading their body, stops reading at the
size limit and at the deadline, and retries transient failures (timeouts, connection
errors, 429, 5xx) with exponential backoff, honouring ``Retry-After``::

    with Fetcher(FetchPolicy(host_interval=2.0)) as fetcher:
        got = fetcher.get("https://news.example/a", accept=PAGE)
        if got.outcome == "ok":
            html = decode_body(got)
        else:
            print(got.outcome, got.reason)      # "skipped not HTML (image/png)"

The result is a :class:`Fetched`: ``ok`` (body read), ``not_modified`` (304),
``skipped`` (not something to fetch: robots.txt, wrong type, too large, redirect loop) or
``failed`` (``transient`` says whether a later try may succeed).
"""

from __future__ import annotations

import email.utils
import re
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx

from frontwire import __version__
from frontwire.sources.files import DEFAULT_MAX_BYTES, sniff_binary

Outcome = Literal["ok", "not_modified", "skipped", "failed"]
Accept = Literal["page", "feed"]
PAGE: Accept = "page"
FEED: Accept = "feed"

USER_AGENT = f"frontwire/{__version__} (news claims research; +https://pypi.org/project/frontwire/)"
ROBOTS_AGENT = "frontwire"          # the token robots.txt rules name
MAX_URL_LENGTH = 2048

# Content types by what was asked for; anything else is skipped before its body is read.
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
               "text/xml", "application/feed+json", "application/json", "text/html", "text/plain")
_TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524}


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and how patiently to fetch. Times are in seconds."""

    user_agent: str = USER_AGENT
    timeout: float = 20.0            # to connect, and at most between two chunks of an answer
    deadline: float = 60.0           # for one whole answer, however slowly it trickles in
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = 5
    retries: int = 2                 # further tries after a transient failure
    backoff: float = 2.0             # the first wait before a retry; doubles each time
    max_wait: float = 120.0          # cap on a backoff or a server's Retry-After
    host_interval: float = 1.0       # at least this long between two requests to one host
    max_crawl_delay: float = 60.0    # cap on a robots.txt Crawl-delay
    obey_robots: bool = True
    robots_ttl: float = 24 * 3600.0  # how long a host's robots.txt is trusted


@dataclass(frozen=True)
class Fetched:
    """What one :meth:`Fetcher.get` came back with."""

    url: str                         # as asked for
    outcome: Outcome
    final_url: str = ""              # after redirects
    status: int | None = None        # HTTP status of the last answer, None if there was none
    reason: str | None = None        # why skipped or failed; None when ok
    transient: bool = False          # a failure that a later try may not meet
    content_type: str | None = None
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 1
    redirects: tuple[str, ...] = ()  # the URLs passed through on the way to final_url
    seconds: float = 0.0
    fetched_at: str = ""             # ISO 8601, UTC

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


class Fetcher:
    """A polite HTTP client for one run (see the module's docstring). Not thread-safe."""

    def __init__(self, policy: FetchPolicy = FetchPolicy(), client: httpx.Client | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy
        self._own_client = client is None
        self.client = client or httpx.Client(
            headers={"User-Agent": policy.user_agent}, follow_redirects=False,
            timeout=httpx.Timeout(policy.timeout))
        self.clock, self.sleep = clock, sleep
        self.pacer = HostPacer(policy.host_interval, clock, sleep)
        self.robots = RobotsCache(self._get_robots, policy, clock)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    # --- the one public operation ---------------------------------------------------------

    def get(self, url: str, accept: Accept = PAGE, etag: str | None = None,
            last_modified: str | None = None) -> Fetched:
        """Fetch ``url``, retrying transient failures; never raises."""
        started = self.clock()
        at = _now()
        attempt = 1
        while True:
            got = self._get_once(url, accept, etag, last_modified)
            if got.outcome != "failed" or not got.transient or attempt > self.policy.retries:
                return replace(got, attempts=attempt, seconds=round(self.clock() - started, 3), fetched_at=at)
            self.sleep(self._backoff(attempt, got))
            attempt += 1

    def _backoff(self, attempt: int, got: Fetched) -> float:
        wait = self.policy.backoff * 2 ** (attempt - 1)
        if got.reason and got.reason.startswith("retry after "):
            wait = max(wait, float(got.reason.split()[2]))
        return min(wait, self.policy.max_wait)

    def _get_once(self, url: str, accept: Accept, etag: str | None, last_modified: str | None) -> Fetched:
        seen: list[str] = []
        current = url
        while True:
            problem = check_url(current)
            if problem:
                return Fetched(url, "skipped", current, reason=problem, redirects=tuple(seen))
            if current in seen:
                chain = " -> ".join([*seen, current])
                return Fetched(url, "skipped", current, reason=f"redirect loop: {chain}", redirects=tuple(seen))
            if len(seen) > self.policy.max_redirects:
                return Fetched(url, "skipped", current, redirects=tuple(seen),
                               reason=f"too many redirects (over {self.policy.max_redirects})")
            if self.policy.obey_robots:
                allowed, why = self.robots.allowed(current)
                if not allowed:
                    return Fetched(url, "skipped", current, reason=why, redirects=tuple(seen))
                delay = self.robots.crawl_delay(current)
                if delay:
                    self.pacer.slow_down(_host(current), min(delay, self.policy.max_crawl_delay))
            headers = {"Accept": _ACCEPT_HEADER[accept]}
            if not seen:  # validators belong to the URL they were given for
                if etag:
                    headers["If-None-Match"] = etag
                if last_modified:
                    headers["If-Modified-Since"] = last_modified
            self.pacer.wait(_host(current))
            got = self._request(url, current, accept, headers, tuple(seen))
            if isinstance(got, Fetched):
                return got
            seen.append(current)
            current = got  # the redirect's target

    def _request(self, url: str, current: str, accept: Accept, headers: dict[str, str],
                 seen: tuple[str, ...]) -> Fetched | str:
        """One HTTP exchange: a Fetched, or the URL a redirect points to."""
        base = Fetched(url, "failed", current, redirects=seen)
        started = self.clock()
        try:
            with self.client.stream("GET", current, headers=headers) as resp:
                status = resp.status_code
                base = replace(base, status=status, content_type=resp.headers.get("content-type"))
                if status in (301, 302, 303, 307, 308):
                    location = resp.headers.get("location")
                    if not location:
                        return replace(base, reason=f"HTTP {status} redirect without a Location")
                    return urljoin(current, location.strip())
                if status == 304:
                    return replace(base, outcome="not_modified", etag=resp.headers.get("etag"),
                                   last_modified=resp.headers.get("last-modified"))
                if status in _TRANSIENT_STATUS:
                    retry_after = _retry_after(resp.headers.get("retry-after"))
                    reason = (f"retry after {retry_after:g} s (HTTP {status})" if retry_after is not None
                              else f"server error: HTTP {status} {resp.reason_phrase}".rstrip())
                    return replace(base, reason=reason, transient=True)
                if not 200 <= status < 300:
                    return replace(base, reason=f"HTTP {status} {resp.reason_phrase}".rstrip())
                wrong = wrong_type(base.content_type, accept)
                if wrong:
                    return replace(base, outcome="skipped", reason=wrong)
                size = _int(resp.headers.get("content-length"))
                if size is not None and size > self.policy.max_bytes:
                    return replace(base, outcome="skipped", reason=_too_large(self.policy.max_bytes, size))
                body = bytearray()
                for chunk in resp.iter_bytes():
                    body += chunk
                    if len(body) > self.policy.max_bytes:
                        return replace(base, outcome="skipped", reason=_too_large(self.policy.max_bytes))
                    if self.clock() - started > self.policy.deadline:
                        return replace(base, reason=f"timed out: the answer took over {self.policy.deadline:g} s",
                                       transient=True)
        except httpx.TimeoutException as exc:
            return replace(base, reason=f"timed out ({type(exc).__name__}, limit {self.policy.timeout:g} s)",
                           transient=True)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            return replace(base, outcome="skipped", reason=f"bad URL: {exc}")
        except httpx.HTTPError as exc:  # refused, reset, DNS, a broken answer
            return replace(base, reason=f"network error: {type(exc).__name__}: {exc}".rstrip(": "),
                           transient=True)
        except (UnicodeError, ValueError) as exc:  # a URL or header httpx cannot encode
            return replace(base, outcome="skipped", reason=f"bad URL or header: {exc}")
        data = bytes(body)
        if not data.strip():
            return replace(base, outcome="skipped", reason="empty answer")
        kind = sniff_binary(data)
        if kind:
            return replace(base, outcome="skipped", reason=f"binary answer ({kind}) under a {base.content_type or 'missing'} "
                                                          "content type")
        return replace(base, outcome="ok", body=data, etag=resp.headers.get("etag"),
                       last_modified=resp.headers.get("last-modified"))

    def _get_robots(self, robots_url: str) -> tuple[int | None, str]:
        """Status and text of a robots.txt (status None: it could not be reached)."""
        self.pacer.wait(_host(robots_url))
        try:
            # robots.txt may redirect (http -> https): followed here, within httpx's limit
            with self.client.stream("GET", robots_url, follow_redirects=True) as resp:
                data = bytearray()
                for chunk in resp.iter_bytes():
                    data += chunk
                    if len(data) > _ROBOTS_MAX_BYTES:  # RFC 9309: at least 500 KiB are parsed
                        break
            return resp.status_code, bytes(data[:_ROBOTS_MAX_BYTES]).decode("utf-8", "replace")
        except httpx.HTTPError:
            return None, ""


_ROBOTS_MAX_BYTES = 512 * 1024
_ACCEPT_HEADER = {
    "page": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
    "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
}


# --- politeness ------------------------------------------------------------------------

class HostPacer:
    """Keeps at least ``interval`` seconds between two requests to the same host."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = interval
        self.clock, self.sleep = clock, sleep
        self._last: dict[str, float] = {}
        self._interval: dict[str, float] = {}

    def slow_down(self, host: str, interval: float) -> None:
        """Use a longer interval for this host (a robots.txt Crawl-delay)."""
        self._interval[host] = max(interval, self.interval)

    def wait(self, host: str) -> float:
        """Sleep until the host may be asked again; returns how long it slept."""
        now = self.clock()
        last = self._last.get(host)
        waited = 0.0
        if last is not None:
            waited = max(0.0, last + self._interval.get(host, self.interval) - now)
            if waited:
                self.sleep(waited)
        self._last[host] = now + waited
        return waited


@dataclass
class _Robots:
    parser: urllib.robotparser.RobotFileParser | None  # None: everything allowed
    disallow_all: str | None                           # the reason, when nothing is allowed
    expires: float


@dataclass
class RobotsCache:
    """robots.txt of each origin, fetched once and kept for ``policy.robots_ttl`` (RFC 9309:
    a 4xx answer allows everything, an unreachable or failing server allows nothing for now)."""

    fetch: Callable[[str], tuple[int | None, str]]
    policy: FetchPolicy
    clock: Callable[[], float] = time.monotonic
    _cache: dict[str, _Robots] = field(default_factory=dict)

    def allowed(self, url: str) -> tuple[bool, str | None]:
        rules = self._rules(url)
        if rules.disallow_all:
            return False, rules.disallow_all
        if rules.parser is not None and not rules.parser.can_fetch(ROBOTS_AGENT, url):
            return False, "disallowed by robots.txt"
        return True, None

    def crawl_delay(self, url: str) -> float | None:
        rules = self._rules(url)
        if rules.parser is None:
            return None
        delay = rules.parser.crawl_delay(ROBOTS_AGENT)
        return float(delay) if delay else None

    def _rules(self, url: str) -> _Robots:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        cached = self._cache.get(origin)
        if cached is not None and cached.expires > self.clock():
            return cached
        status, text = self.fetch(origin + "/robots.txt")
        ttl = self.policy.robots_ttl
        if status is None or status >= 500 or status == 429:
            # RFC 9309 2.3.1.4: unreachable means disallow; ask again after a while
            what = "could not be reached" if status is None else f"answered HTTP {status}"
            rules = _Robots(None, f"robots.txt {what}; not fetching from this site for now",
                            self.clock() + min(ttl, 600.0))
        elif 200 <= status < 300:
            parser = urllib.robotparser.RobotFileParser()
            parser.parse(text.splitlines())
            rules = _Robots(parser, None, self.clock() + ttl)
        else:  # 4xx: no usable robots.txt, nothing is disallowed
            rules = _Robots(None, None, self.clock() + ttl)
        self._cache[origin] = rules
        return rules


# --- checks and helpers ----------------------------------------------------------------

def check_url(url: str) -> str | None:
    """Why this URL cannot be fetched, or None."""
    if len(url) > MAX_URL_LENGTH:
        return f"URL longer than {MAX_URL_LENGTH} characters"
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return f"bad URL: {exc}"
    if parts.scheme not in ("http", "https"):
        return f"not an http(s) URL: {url[:80]}"
    if not parts.hostname:
        return f"URL without a host: {url[:80]}"
    return None


def wrong_type(content_type: str | None, accept: Accept) -> str | None:
    """Why an answer of this content type is not what was asked for, or None.

    A missing content type passes: the body is sniffed instead.
    """
    if not content_type:
        return None
    media = content_type.split(";")[0].strip().lower()
    allowed = _PAGE_TYPES if accept == PAGE else _FEED_TYPES
    if media in allowed or (accept == FEED and media.endswith("+xml")):
        return None
    return f"not {'HTML' if accept == PAGE else 'a feed'} ({media})"


def decode_body(got: Fetched) -> str:
    """The text of an answer: the charset of its Content-Type, else of its <meta>, else UTF-8;
    undecodable bytes become U+FFFD rather than losing the page."""
    charset = _charset(got.content_type or "")
    if charset is None:
        m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", got.body[:4096], re.I)
        charset = m.group(1).decode("ascii", "replace") if m else "utf-8"
    try:
        return got.body.decode(charset, "replace").lstrip("\ufeff")
    except LookupError:
        return got.body.decode("utf-8", "replace").lstrip("\ufeff")


def is_html(got: Fetched) -> bool:
    media = (got.content_type or "").split(";")[0].strip().lower()
    if media:
        return media != "text/plain"
    head = got.body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<?xml")) or b"<body" in head or b"<p" in head


_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign)$", re.I)


def canonical_url(url: str) -> str:
    """The form of a URL used to recognise the same page: lower-case scheme and host, no
    default port, no fragment, no tracking parameters (utm_*, fbclid, ...)."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _charset(content_type: str) -> str | None:
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", content_type, re.I)
    return m.group(1) if m else None


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _too_large(limit: int, size: int | None = None) -> str:
    mb = lambda n: f"{n / 1024 / 1024:.1f} MB"  # noqa: E731
    told = f" ({mb(size)} announced)" if size is not None else ""
    return f"answer over the {mb(limit)} size limit{told}"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
