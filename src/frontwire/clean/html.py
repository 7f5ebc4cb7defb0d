"""The HTML path: trafilatura for the body, the page's own markup for the metadata.

trafilatura finds article bodies in markup better than any line classifier could, so the
body comes from it, with precision settings and without reader comments. When precision
settings throw away nearly everything that the default settings keep (a page whose
article sits in unusual markup), the default extraction is used instead. The headline
repeated as the first paragraph and paragraphs the line classifier calls furniture
(captions, "Advertisement") are dropped.

Metadata trafilatura reads weakly (times of day and zones, update times) comes from the
markup itself: ``<meta property="article:published_time">``, JSON-LD ``datePublished``,
``<time datetime>``; the byline from ``<meta name="author">`` or a "By ..." line.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass

import trafilatura

from frontwire.clean.lines import normalise

#: Use the default extraction when the precise one keeps less than this share of its words.
FALLBACK_SHARE = 0.15
FALLBACK_MIN_WORDS = 50


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    """What the markup gives: body paragraphs and metadata as printed there."""

    paragraphs: list[str]
    title: str | None = None
    author: str | None = None
    published: str | None = None
    updated: str | None = None
    sitename: str | None = None
    language: str | None = None


def extract_body(markup: str, url: str | None = None) -> list[str]:
    """The article's paragraphs (stripped, non-empty) as trafilatura finds them."""
    precise = _paragraphs(trafilatura.extract(markup, url=url, favor_precision=True,
                                              include_comments=False, deduplicate=False))
    words = sum(len(p.split()) for p in precise)
    if words < FALLBACK_MIN_WORDS:
        default = _paragraphs(trafilatura.extract(markup, url=url, include_comments=False))
        default_words = sum(len(p.split()) for p in default)
        if default_words >= FALLBACK_MIN_WORDS and words < FALLBACK_SHARE * default_words:
            return default
    return precise


def _paragraphs(text: str | None) -> list[str]:
    return [p.strip() for p in (text or "").split("\n") if p.strip()]


def drop_furniture(paragraphs: list[str], title: str | None) -> list[str]:
    """What trafilatura keeps that is not article text: the headline repeated as the first
    paragraph, and paragraphs the line classifier calls furniture ("Advertisement",
    "Share this article", picture captions)."""
    from frontwire.clean.features import line_features
    from frontwire.clean.metadata import without_site_name

    if paragraphs and title:
        first = normalise(paragraphs[0])
        if first in (normalise(title), normalise(without_site_name(title))):
            paragraphs = paragraphs[1:]
    out = []
    for p in paragraphs:
        f = line_features(p)
        if not (f.boilerplate or f.caption):
            out.append(p)
    return out


def extract(markup: str, url: str | None = None) -> HtmlExtract:
    """Body and metadata of one HTML page."""
    meta = markup_metadata(markup)
    return HtmlExtract(
        paragraphs=drop_furniture(extract_body(markup, url), meta.get("title")),
        title=meta.get("title"), author=meta.get("author"), published=meta.get("published"),
        updated=meta.get("updated"), sitename=meta.get("sitename"), language=meta.get("language"),
    )


# --- metadata from the markup ----------------------------------------------------------

_HEAD_LIMIT = 400_000        # metadata lives in the head and the top of the body
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.I | re.S)
_TIME = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)[\"']", re.I)
_LANG = re.compile(r"<html\b[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_JSON_LD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")

_PUBLISHED_KEYS = ("article:published_time", "og:published_time", "datepublished", "pubdate",
                   "publishdate", "publish-date", "article.published", "dc.date.issued", "dcterms.created",
                   "sailthru.date", "parsely-pub-date", "date", "dc.date")
_UPDATED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "article.updated",
                 "dcterms.modified", "last-modified", "lastmod")


def markup_metadata(markup: str) -> dict[str, str]:
    """Title, author, publication and update times, site name and language from the markup."""
    head = markup[:_HEAD_LIMIT]
    metas: dict[str, str] = {}
    for tag in _META.findall(head):
        attrs = {m.group(1).lower(): html_lib.unescape(m.group(2) or m.group(3) or m.group(4) or "")
                 for m in _ATTR.finditer(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and attrs.get("content", "").strip() and key not in metas:
            metas[key] = attrs["content"].strip()
    ld = _json_ld(head)
    out: dict[str, str] = {}
    title = metas.get("og:title") or metas.get("twitter:title") or ld.get("headline") or _text_of(_H1, head) \
        or _text_of(_TITLE, head)
    if title:
        out["title"] = title
    author = metas.get("author") or metas.get("article:author") or metas.get("byl") or ld.get("author")
    if author and not author.startswith("http"):
        out["author"] = re.sub(r"^by\s+", "", author, flags=re.I)
    published = ld.get("datePublished") or next((metas[k] for k in _PUBLISHED_KEYS if k in metas), None)
    if not published:
        m = _TIME.search(head)
        published = m.group(1) if m else None
    if published:
        out["published"] = published
    updated = ld.get("dateModified") or next((metas[k] for k in _UPDATED_KEYS if k in metas), None)
    if updated:
        out["updated"] = updated
    if metas.get("og:site_name"):
        out["sitename"] = metas["og:site_name"]
    m = _LANG.search(head)
    if m:
        out["language"] = m.group(1).lower()[:2]
    return out


def _text_of(pattern: re.Pattern[str], markup: str) -> str | None:
    m = pattern.search(markup)
    if not m:
        return None
    text = " ".join(html_lib.unescape(_TAG.sub(" ", m.group(1))).split())
    return text or None


def _json_ld(markup: str) -> dict[str, str]:
    """headline, author, datePublished, dateModified of the first JSON-LD article object."""
    for block in _JSON_LD.findall(markup):
        try:
            data = json.loads(block.strip())
        except (ValueError, RecursionError):
            continue
        for obj in _objects(data):
            if not isinstance(obj, dict) or not any(k in obj for k in ("datePublished", "headline")):
                continue
            out = {}
            for key in ("headline", "datePublished", "dateModified"):
                if isinstance(obj.get(key), str):
                    out[key] = obj[key]
            author = obj.get("author")
            if isinstance(author, list) and author:
                names = [a.get("name") if isinstance(a, dict) else a for a in author]
                author = ", ".join(n for n in names if isinstance(n, str))
            elif isinstance(author, dict):
                author = author.get("name")
            if isinstance(author, str) and author:
                out["author"] = author
            return out
    return {}


def _objects(data, depth: int = 0):
    if depth > 4:
        return
    if isinstance(data, list):
        for x in data:
            yield from _objects(x, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"], depth + 1)
