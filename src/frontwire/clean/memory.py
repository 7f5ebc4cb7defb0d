"""The per-site memory: lines seen on many pages of the same site.

A site's menus, footers, newsletter prompts and cookie notices repeat on every page it
serves, while its articles do not. Given a batch of documents, :meth:`SiteMemory.build`
counts for each site how many distinct pages carry each line; :meth:`SiteMemory.lookup`
gives the cleaner, for one page, a function that tells how many pages of its site carry a
line (0 where that does not make the line furniture).

Two copies of the same article (the same story crawled twice, from ``www.`` and without)
must not teach the memory that the story is furniture: a page that shares most of its
prose lines with a page already counted is skipped.

The memory is plain data (dicts of counts) so it pickles to worker processes; cleaning
stays a pure function of the document and the memory.

It is an option of the Python API (``clean(doc, SiteMemory.build(batch))``), not wired into
``frontwire clean``/``extract``/``ingest``: on the 124 corpus pages (15 sites with two pages
or more) it drops some site furniture that nothing else catches (an event teaser and a
programme blurb on every page of a think tank's blog, a donation prompt), but it also drops
article text: the template sentences of a daily report series ("Russian forces continued
offensive operations in the Borova direction on February 26 but did not advance." differs
from the day before only in its date, and lines are compared without their numbers), its
fixed subheads, and, by splitting a run, the first paragraphs of a news page. A batch that
holds a series of reports from one site teaches it that the series is furniture.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from frontwire.clean.lines import normalise, split_lines
from frontwire.records import Document

#: A line must be carried by at least this many pages of the site to count as furniture;
#: a line of prose by more (another page of the site may quote an article's opening in a
#: teaser), and a heading in bold never (reports in a series repeat their section heads).
MIN_PAGES = 2
MIN_PAGES_PROSE = 3
#: A page sharing more than this share of its prose lines with a page already counted is a
#: copy of it (menus and footers are shared by every page of a site, prose is not).
DUPLICATE_SHARE = 0.5
PROSE_WORDS = 12


def site_of(url: str | None) -> str | None:
    """The site a page belongs to: its host without ``www.`` (None without an address)."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return None
    host = host.lower()
    return host[4:] if host.startswith("www.") else (host or None)


def page_keys(text: str) -> set[str]:
    """The distinct normalised lines of a page (those with at least one word)."""
    return {k for k in (normalise(x.text) for x in split_lines(text)) if k}


@dataclass(frozen=True)
class SiteMemory:
    """For each site, how many distinct pages carry each line (counts under MIN_PAGES dropped)."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, documents: Iterable[Document]) -> SiteMemory:
        """Count the lines of a batch of text documents, site by site."""
        seen: dict[str, list[set[str]]] = defaultdict(list)      # prose lines of each page counted
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for doc in documents:
            site = site_of(doc.url)
            if site is None or doc.text is None:
                continue
            keys = page_keys(doc.text)
            prose = {k for k in keys if k.count(" ") >= PROSE_WORDS - 1}
            if not keys or _copy_of_counted(prose, seen[site]):
                continue
            seen[site].append(prose)
            counts[site].update(keys)
        return cls({site: {k: n for k, n in c.items() if n >= MIN_PAGES} for site, c in counts.items()},
                   {site: len(pages) for site, pages in seen.items()})

    def lookup(self, url: str | None) -> Callable[[str], int] | None:
        """A function ``line key -> pages of the site carrying it`` for the page at ``url``.

        It answers 0 where the line does not count as furniture: below :data:`MIN_PAGES`
        (a line only the page itself carries, whether or not the page was in the batch),
        below :data:`MIN_PAGES_PROSE` for a line of prose.
        """
        site = site_of(url)
        table = self.counts.get(site) if site else None
        if not table:
            return None

        def pages(key: str) -> int:
            n = table.get(key, 0)
            needed = MIN_PAGES_PROSE if key.count(" ") >= PROSE_WORDS - 1 else MIN_PAGES
            return n if n >= needed else 0

        return pages


def _copy_of_counted(prose: set[str], counted: list[set[str]]) -> bool:
    return any(len(prose & other) > DUPLICATE_SHARE * min(len(prose), len(other))
               for other in counted if prose and other)
