"""Clean one document: a text dump or an HTML page in, an :class:`Article` out.

:func:`clean` is the stage function. For a text dump it runs the steps of the line
classifier (:mod:`~frontwire.clean.lines`, :mod:`~frontwire.clean.features`,
:mod:`~frontwire.clean.classify`) and reads the metadata around the body it found
(:mod:`~frontwire.clean.metadata`); for HTML it takes the body from trafilatura and the
metadata from the markup (:mod:`~frontwire.clean.html`).

The text path never changes the text: ``article.source_text`` is ``doc.text`` and every
body paragraph is ``source_text[s:e]`` for its span, so the extractor's evidence offsets
point into what the source gave.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from frontwire.clean import classify as cls
from frontwire.clean import html as html_path
from frontwire.clean import metadata as meta
from frontwire.clean.dates import ago, moment, parse_date, url_date
from frontwire.clean.features import LineFeatures, Page, features
from frontwire.clean.inline import cut_furniture
from frontwire.clean.lines import Line, split_lines
from frontwire.clean.memory import SiteMemory
from frontwire.records import Article, Document

#: A feed item or a short note: this few lines, none of them a bare link, are all text.
SHORT_DOCUMENT_LINES = 4
#: An article has a paragraph of this many words at least, or this much prose in all;
#: a page without is a list of headlines (an index, a live page) or a wall.
MIN_PARAGRAPH_WORDS = 20
MIN_PROSE_WORDS = 30
#: An English paragraph has about this many times the words of the same one in Ukrainian or Russian.
SLAVIC_WORDS = 4 / 3


def clean(doc: Document, memory: SiteMemory | None = None) -> Article:
    """The cleaned article of one document; never raises (a failure empties the body).

    ``memory`` (built with :meth:`SiteMemory.build` from a batch of documents) lets the
    cleaner drop lines that other pages of the same site carry too.
    """
    try:
        if doc.text is None and doc.html is not None:
            return clean_html(doc)
        return clean_text(doc, memory)
    except Exception as exc:  # noqa: BLE001 - the contract: a record for every page, never a stopped batch
        # a page no rule foresaw: an empty article that says why (and shows the bug)
        return _empty(doc, doc.text or "", f"could not be cleaned: {type(exc).__name__}: {exc}")


# --- text dumps ------------------------------------------------------------------------

def clean_text(doc: Document, memory: SiteMemory | None = None) -> Article:
    text = doc.text or ""
    lines = split_lines(text)
    if not lines:
        return _empty(doc, text, "no text: the document is blank")
    url = doc.url or _source_url(lines)
    reference = _reference_date(doc, url)
    page = Page.of(lines, reference)
    lookup = memory.lookup(url) if memory is not None else None
    feats = features(page, lookup)
    language = page_language(lines, feats)
    english = language in (None, "en")       # function-word ratios are English ones

    reason = None
    body = _short_document(lines, feats, page.end)
    if body is None:
        kept = cls.classify(feats, page.end, english)
        if has_article_prose(kept, feats[:page.end], english):
            texts = [x.text for x in lines]
            kept = cls.drop_pitch(cls.drop_standfirst(cls.drop_headline_lists(kept, feats, texts), feats), feats, texts)
        else:
            reason = empty_reason(lines, feats, page.end)
            kept = []
        body = cut_at_credits([lines[i] for u in kept for i in u.indexes], lines)
    elif not body:
        reason = empty_reason(lines, feats, page.end)
    body_first = body[0].index if body else None

    title = meta.Title(doc.title, None) if doc.title else meta.find_title(lines, feats, body_first, url)
    if title is None and len(body) >= 2 and body_first == 0 and _short_document(lines, feats, page.end):
        title = meta.Title(body[0].text, 0)      # a feed item: the headline line, then the lead
    if title is None and body and len(lines) <= SHORT_DOCUMENT_LINES and _headline_shaped(feats[body[0].index]):
        title = meta.Title(body[0].text, body[0].index)
    head_start = title.index if title and title.index is not None else max(0, (body_first or 0) - 30)
    head_stop = body_first if body_first is not None else min(len(lines), head_start + 40)
    found = meta.find_dates(lines, feats, max(0, head_start - 3), head_stop, reference,
                            skip=title.index if title else None)
    updated = found.updated.iso() if found.updated else None
    # A page that prints only an update time ("Updated 9:42 AM EET, March 8, 2026") was
    # published on or shortly before it: a better anchor for "overnight" than the crawl date.
    published = (_iso(doc.published, reference) or (found.published.iso() if found.published else None)
                 or updated or _date_iso(url_date(url))
                 or _ago_date(lines[max(0, head_start - 3):head_stop], doc.retrieved_at)
                 or _day(doc.retrieved_at) or _header_date(lines, reference))
    byline = meta.find_byline(lines, feats, title.index if title else None, body_first)
    tail_start = body[-1].index + 1 if body else len(lines)
    body = [piece for x in rejoin(body, text) for piece in cut_furniture(x)]
    texts = [x.text for x in body]
    agency = meta.find_agency(texts, byline, [x.text for x in lines[tail_start:tail_start + 12]])

    return Article(
        doc_id=doc.doc_id, body=tuple(x.text for x in body), spans=tuple((x.start, x.end) for x in body),
        source_text=text, url=url, title=title.text if title else None, published=published,
        updated=updated, byline=byline, agency=agency,
        dateline=(meta.find_dateline(texts[0]) if texts else None) or meta.bare_dateline(lines, feats, body_first),
        language=language or (meta.detect_language("\n".join(texts)) if texts else None),
        empty_reason=reason,
    )


#: The lines a wire story ends with: who reported, wrote and edited it. What follows them
#: is no longer the story (a reporter's biography, other headlines).
_END_CREDITS = re.compile(
    r"^[*_(\s]{0,3}(?:"
    r"(?i:(?:additional )?(?:reporting|writing) by)\b.{0,300}(?i:editing by)"           # Reuters
    r"|(?i:writing|editing|reporting|compiled|edited) by [A-Z][^.!?]{0,80}$"            # "*Writing by X in Y"
    r"|.{0,200}(?i:contributed (?:reporting )?to this (?:report|story|article))\W{0,3}$"  # AP
    r"|[A-Z][\w'’-]+(?: and [A-Z][\w'’-]+)? reported from [A-Z][\w ,.'’-]{0,60}$)")


def rejoin(body: list[Line], text: str) -> list[Line]:
    """Body lines cut from one very long line (see :func:`~frontwire.clean.lines.segments`)
    joined again where they follow each other: the paragraph as the source wrote it. A
    joined line keeps the index of its first part."""
    out: list[Line] = []
    last_index = -2
    for x in body:
        prev = out[-1] if out else None
        if prev is not None and prev.row == x.row and x.index == last_index + 1:
            out[-1] = prev._replace(end=x.end, text=text[prev.start:x.end])
        else:
            out.append(x)
        last_index = x.index
    return out


def cut_at_credits(body: list[Line], lines: Sequence[Line]) -> list[Line]:
    """The body up to the wire credits, when they come after its third line."""
    if len(body) < 4:
        return body
    for line in lines[body[2].index + 1:body[-1].index + 1]:
        if len(line.text) < 400 and _END_CREDITS.match(line.text):
            return [x for x in body if x.index < line.index]
    return body


def _ago_date(head: Sequence[Line], retrieved_at: str | None) -> str | None:
    """The day a header line's "23 hours ago" points to, counted back from the fetch time."""
    fetched = moment(retrieved_at)
    if fetched is None:
        return None
    for line in head:
        delta = ago(line.text) if len(line.text) < 40 else None
        if delta is not None:
            return (fetched - delta).date().isoformat()
    return None


def _short_document(lines: Sequence[Line], feats: Sequence[LineFeatures], end: int) -> list[Line] | None:
    """All lines of a feed item or short note (a headline and a lead), else None."""
    if end > SHORT_DOCUMENT_LINES or end == 0:
        return None
    # a feed item's lines are its text, even when they say "Photos: ..." or end in "...";
    # only bare links and lines other pages of the site carry make it something else
    if any(f.link and f.words < 4 or f.site_pages for f in feats[:end]):
        return None
    return [x for x in lines[:end] if feats[x.index].words > 0]


def _headline_shaped(f: LineFeatures) -> bool:
    return 3 <= f.words <= 30 and not f.ends_sentence


def has_article_prose(kept: Sequence[cls.Unit], feats: Sequence[LineFeatures] = (), english: bool = True) -> bool:
    """Whether the units kept make an article rather than a list page.

    An article has a real paragraph; its prose outweighs its short lines; and the page
    does not hold many more teasers (summaries cut short with "...") than paragraphs.
    Word counts are English ones: Ukrainian and Russian say the same in fewer, longer
    words (no articles, cases for prepositions), so their paragraphs count a third more.
    """
    scale = 1.0 if english else SLAVIC_WORDS
    prose = [u.words * scale for u in kept if u.role is cls.Role.GOOD]
    if not (any(n >= MIN_PARAGRAPH_WORDS for n in prose) or sum(prose) >= MIN_PROSE_WORDS):
        return False
    others = len(kept) - len(prose)
    if len(prose) < 5 and (others >= 2 * len(prose) + 2 or others >= len(prose) and max(prose) < 25):
        return False          # a few longer items in a list of headlines
    teasers = sum(1 for f in feats if f.words >= 12 and f.truncated)
    return not (teasers >= 5 and teasers > 2 * len(prose))


def empty_reason(lines: Sequence[Line], feats: Sequence[LineFeatures], end: int) -> str:
    """Why no article was found: a wall, a list of links, or no prose at all."""
    text = " ".join(x.text for x in lines[:200]).lower()
    if re.search(r"(subscribe|log in|sign in|register) to (continue|read|keep reading|unlock)|"
                 r"subscribers only|paywall|already a subscriber|create a free account to", text):
        return "a login or subscription wall: the page shows no article text"
    furniture = sum(1 for f in feats[:end] if f.furniture or f.headline_like or f.words <= 3)
    if end and furniture >= 0.6 * end:
        return "not an article: the page is a list of links or headlines (a menu, an index or a live page)"
    return "no article text: no run of prose on the page"


def page_language(lines: Sequence[Line], feats: Sequence[LineFeatures], sample: int = 1500) -> str | None:
    """The language of the page's longer lines (its prose), None when too little to tell."""
    parts, size = [], 0
    for x, f in zip(lines, feats):
        if f.words >= 8:
            parts.append(x.text)
            size += len(x.text)
            if size >= sample:
                break
    return meta.detect_language("\n".join(parts)) if parts else None


_SOURCE = re.compile(r"^#*\s*(?:source|url):\s*(https?://\S+)\s*$", re.I)
_HEADER_DATE = re.compile(r"^#*\s*(?:date|published|retrieved):\s*(.+)$", re.I)


def _source_url(lines: Sequence[Line]) -> str | None:
    """A dump's own header line "# Source: https://..." when the record has no address."""
    for line in lines[:3]:
        m = _SOURCE.match(line.text)
        if m:
            return m.group(1)
    return None


def _header_date(lines: Sequence[Line], reference: dt.date | None) -> str | None:
    for line in lines[:3]:
        m = _HEADER_DATE.match(line.text)
        if m:
            found = parse_date(m.group(1), reference)
            if found:
                return found.date.isoformat()
    return None


def _reference_date(doc: Document, url: str | None) -> dt.date | None:
    """The date the page is read against: when it was retrieved, published or addressed."""
    for value in (doc.retrieved_at, doc.published):
        found = parse_date(value)
        if found:
            return found.date
    return url_date(url)


def _iso(value: str | None, reference: dt.date | None) -> str | None:
    """A record's date field as ISO 8601 (None for 'unknown' and other non-dates)."""
    found = parse_date(value, reference)
    return found.iso() if found else None


def _day(value: str | None) -> str | None:
    """The day of a retrieval time: when the page was fetched says the day, not the hour."""
    found = parse_date(value)
    return found.date.isoformat() if found else None


def _date_iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _empty(doc: Document, source: str, reason: str) -> Article:
    return Article(doc_id=doc.doc_id, body=(), spans=(), source_text=source, url=doc.url, title=doc.title,
                   published=_iso(doc.published, None) or _day(doc.retrieved_at), empty_reason=reason)


# --- HTML ------------------------------------------------------------------------------

def clean_html(doc: Document) -> Article:
    markup = doc.html or ""
    extract = html_path.extract(markup, doc.url)
    paragraphs = extract.paragraphs
    source = "\n".join(paragraphs)
    spans, pos = [], 0
    for p in paragraphs:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 1
    reference = _reference_date(doc, doc.url)
    page_published = _iso(extract.published, reference)
    updated = _iso(extract.updated, reference)
    published = (_iso(doc.published, reference) or page_published or updated or _date_iso(url_date(doc.url))
                 or _day(doc.retrieved_at))
    byline = extract.author or _byline_in(paragraphs[:3])
    agency = meta.find_agency(paragraphs, byline, [])
    return Article(
        doc_id=doc.doc_id, body=tuple(paragraphs), spans=tuple(spans), source_text=source, url=doc.url,
        title=doc.title or extract.title, published=published, updated=updated,
        byline=byline, agency=agency, dateline=meta.find_dateline(paragraphs[0]) if paragraphs else None,
        language=meta.detect_language(source) or extract.language,
        empty_reason=None if paragraphs else (
            "not an article: no article text found in the markup" if markup.strip()
            else "no text: the document is blank"),
    )


def _byline_in(paragraphs: Sequence[str]) -> str | None:
    for p in paragraphs:
        m = re.match(r"^by\s+([A-Z][^\n]{1,80})$", p, re.I)
        if m and len(p.split()) <= 10:
            return m.group(1).strip()
    return None


__all__ = ["clean", "clean_text", "clean_html", "SiteMemory"]
