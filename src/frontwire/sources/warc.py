"""Read HTML pages out of WARC archives (``.warc``, ``.warc.gz``), as Common Crawl's news
archives (CC-NEWS) come: one document per successful HTML (or plain-text) response record.

Common Crawl's files are gzip members of one record each: a ``warcinfo`` record, then
``request``/``response`` (and ``metadata``) records; responses may be chunked and
gzip-compressed as sent, redirects and errors are kept, and the server's Content-Type may
be missing (``WARC-Identified-Payload-Type`` then says what the bytes are).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from frontwire.records import Document
from frontwire.sources.errors import SourceError
from frontwire.sources.files import decode_text

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.I)


def read_warc(path: Path, max_bytes: int) -> Iterator[Document | SourceError]:
    n_pages = 0
    with path.open("rb") as stream:
        records = _CheckedIterator(stream)
        try:
            for record in records:
                item = _document(record, path, max_bytes)
                if _cut_short(record):
                    yield SourceError(str(path), f"truncated WARC data after {n_pages} pages (a record "
                                                 "ends before its Content-Length); the pages before it were read")
                    return
                if item is not None:
                    n_pages += isinstance(item, Document)
                    yield item
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            yield SourceError(str(path), f"corrupt or truncated WARC data after {n_pages} pages ({exc})")
            return
    if records.cut_short:
        yield SourceError(str(path), f"truncated WARC data after {n_pages} pages (the last gzip member "
                                     "ends early); the pages before it were read")
        return
    if n_pages == 0:
        yield SourceError(str(path), "no HTML or text responses in this WARC file")


def _document(record, path: Path, max_bytes: int) -> Document | SourceError | None:
    # warcinfo, request, metadata and revisit records carry no page
    if record.rec_type not in ("response", "resource"):
        return None
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>") or None
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or not http.get_statuscode().startswith("2"):
            return None  # redirects, errors, 304s
        ctype = http.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    # Common Crawl also records the type it identified from the bytes: the fallback when
    # the server sent none
    ctype = ctype or record.rec_headers.get_header("WARC-Identified-Payload-Type") or ""
    rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    doc_id = rid.rsplit(":", 1)[-1] or (url or "record")
    origin = f"{path} ({url})" if url else str(path)
    # content_stream() undoes the chunked transfer and the gzip/deflate/br content coding
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return SourceError(origin, f"response is over the {max_bytes // 1024 // 1024} MB limit for one document")
    media = ctype.split(";")[0].strip().lower()
    if not media:
        head = data[:1024].lstrip().lower()
        media = "text/html" if head.startswith((b"<!doctype html", b"<html")) else ""
    is_html = "html" in media
    if not is_html and media != "text/plain":
        return None
    text = _decode(data, ctype, origin, is_html)
    if isinstance(text, SourceError):
        return text
    date = record.rec_headers.get_header("WARC-Date")
    return Document(doc_id=doc_id, origin=origin, url=url, retrieved_at=date,
                    html=text if is_html else None, text=None if is_html else text)


class _CheckedIterator(ArchiveIterator):
    """warcio's iterator, noting whether a gzip-compressed file ended in the middle of a
    member (warcio stops there without an error, and the records after are lost)."""

    cut_short = False

    def close(self) -> None:
        decompressor = getattr(self.reader, "decompressor", None)
        if decompressor is not None and getattr(decompressor, "eof", True) is False:
            self.cut_short = True
        super().close()


def _cut_short(record) -> bool:
    """Whether the record's bytes ran out before its declared length (warcio itself reads a
    cut-off gzip member without complaint)."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return getattr(raw, "limit", 0) > 0


def _decode(data: bytes, ctype: str, origin: str, is_html: bool) -> str | SourceError:
    """The page's text: the charset of the HTTP header unless the page declares its own,
    else the page's <meta>, else UTF-8; a page from the web that is not valid in its
    declared encoding keeps its text with U+FFFD for the bad bytes rather than being lost."""
    m = _CHARSET.search(ctype)
    if m and is_html and b"charset" not in data[:4096].lower():
        try:
            return data.decode(m.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    text = decode_text(data, origin, html=is_html)
    if isinstance(text, SourceError) and text.reason.startswith(("not valid", "declares an unknown")):
        return data.decode("utf-8", "replace").lstrip("\ufeff")
    return text
