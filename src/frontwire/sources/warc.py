"""Read HTML pages out of WARC archives (``.warc``, ``.warc.gz``), as Common Crawl's news
archives come: one document per successful HTML (or plain-text) response record."""

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
        try:
            for record in ArchiveIterator(stream):
                item = _document(record, path, max_bytes)
                if item is not None:
                    n_pages += isinstance(item, Document)
                    yield item
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            yield SourceError(str(path), f"corrupt or truncated WARC data after {n_pages} pages ({exc})")
            return
    if n_pages == 0:
        yield SourceError(str(path), "no HTML or text responses in this WARC file")


def _document(record, path: Path, max_bytes: int) -> Document | SourceError | None:
    if record.rec_type not in ("response", "resource"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or not http.get_statuscode().startswith("2"):
            return None
        ctype = http.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    is_html = "html" in ctype.lower()
    if not is_html and not ctype.lower().startswith("text/plain"):
        return None
    rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    doc_id = rid.rsplit(":", 1)[-1] or (url or "record")
    origin = f"{path} ({url})" if url else str(path)
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return SourceError(origin, f"response is over the {max_bytes // 1024 // 1024} MB limit for one document")
    m = _CHARSET.search(ctype)
    if m and is_html and b"charset" not in data[:4096].lower():
        try:
            text: str | SourceError = data.decode(m.group(1))
        except (LookupError, UnicodeDecodeError):
            text = decode_text(data, origin, html=True)
    else:
        text = decode_text(data, origin, html=is_html)
    if isinstance(text, SourceError):
        return text
    date = record.rec_headers.get_header("WARC-Date")
    return Document(doc_id=doc_id, origin=origin, url=url, retrieved_at=date,
                    html=text if is_html else None, text=None if is_html else text)
