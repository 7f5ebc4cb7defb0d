"""Read documents from files, folders and standard input.

Supported inputs (design.md): ``.txt``, ``.html``/``.htm``, ``.jsonl`` and ``.jsonl.gz``
records, ``.warc``/``.warc.gz`` archives, folders (read recursively, in name order) and
``-`` for JSONL records on standard input.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Callable

from frontwire.records import Document
from frontwire.sources.errors import SourceError

#: One document larger than this is refused: no news page comes near it, and a runaway
#: input (a log, a dump) would otherwise stall the batch. ``--max-bytes`` changes it.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024

Item = Document | SourceError
Reader = Callable[[Path, int], Iterator[Item]]

# File signatures of binary formats people drop into a folder by mistake.
_MAGIC = {
    b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive", b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "an executable",
}
_CONTROL = bytes(range(0, 9)) + bytes(range(14, 32))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def read_inputs(inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES,
                stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Documents (or errors) from each input in turn: files, folders or ``-``."""
    for name in inputs:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _jsonl_lines(stream, "<stdin>", "stdin", max_bytes)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_folder(path, max_bytes)
        elif path.is_file():
            reader = reader_for(path)
            if reader is None:
                yield SourceError(name, f"unsupported file type; frontwire reads {', '.join(SUFFIXES)}")
            else:
                yield from _guarded(reader, path, max_bytes)
        elif path.exists():
            yield SourceError(name, "not a regular file or folder")
        else:
            yield SourceError(name, "no such file or folder")


def _read_folder(folder: Path, max_bytes: int) -> Iterator[Item]:
    # Hidden files and files of other types are left alone: folders hold READMEs, images.
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        reader = reader_for(path)
        if reader is not None:
            yield from _guarded(reader, path, max_bytes)


def _guarded(reader: Reader, path: Path, max_bytes: int) -> Iterator[Item]:
    try:
        yield from reader(path, max_bytes)
    except OSError as exc:  # unreadable file, vanished in the middle
        yield SourceError(str(path), f"cannot be read: {exc.strerror or exc}")


# --- single documents ------------------------------------------------------------------

def _read_text_file(path: Path, max_bytes: int) -> Iterator[Item]:
    data = _read_limited(path, max_bytes)
    if isinstance(data, SourceError):
        yield data
        return
    text = decode_text(data, str(path))
    if isinstance(text, SourceError):
        yield text
    else:
        yield Document(doc_id=doc_id_for(path), origin=str(path), text=text)


def _read_html_file(path: Path, max_bytes: int) -> Iterator[Item]:
    data = _read_limited(path, max_bytes)
    if isinstance(data, SourceError):
        yield data
        return
    html = decode_text(data, str(path), html=True)
    if isinstance(html, SourceError):
        yield html
    else:
        yield Document(doc_id=doc_id_for(path), origin=str(path), html=html)


def _read_limited(path: Path, max_bytes: int) -> bytes | SourceError:
    size = path.stat().st_size
    if size > max_bytes:
        return SourceError(str(path), f"file is {_mb(size)}, over the {_mb(max_bytes)} limit for one "
                                      "document; raise it with --max-bytes if this is really one page")
    with path.open("rb") as f:
        return f.read(max_bytes + 1)


def decode_text(data: bytes, origin: str, html: bool = False) -> str | SourceError:
    """Bytes of one page as text, or an error saying why they are not a page."""
    if not data.strip():
        return SourceError(origin, "empty: the input holds no text")
    kind = sniff_binary(data)
    if kind:
        return SourceError(origin, f"binary input ({kind}), not a text or HTML page")
    encoding = "utf-8-sig"
    if html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            encoding = m.group(1).decode("ascii", "replace").lower()
            if encoding in ("utf-8", "utf8"):
                encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except LookupError:
        return SourceError(origin, f"declares an unknown character encoding {encoding!r}")
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        return SourceError(origin, f"not valid {encoding.replace('-sig', '').upper()}: byte 0x{bad} at offset "
                                   f"{exc.start}; convert it first (e.g. iconv -f cp1252 -t utf-8)")


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary data this is, or None when it looks like text."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if b"\x00" in head:
        return "contains NUL bytes"
    if sum(head.count(c) for c in _CONTROL) > len(head) * 0.05:
        return "mostly control characters"
    return None


# --- JSONL records ---------------------------------------------------------------------

def _read_jsonl_file(path: Path, max_bytes: int) -> Iterator[Item]:
    stem = doc_id_for(path)
    if path.name.endswith(".gz"):
        with gzip.open(path, "rb") as f:
            yield from _jsonl_lines(f, str(path), stem, max_bytes)
    else:
        with path.open("rb") as f:
            yield from _jsonl_lines(f, str(path), stem, max_bytes)


def _jsonl_lines(stream: BinaryIO, origin: str, stem: str, max_bytes: int) -> Iterator[Item]:
    lineno = 0
    seen_any = False
    try:
        for raw in stream:
            lineno += 1
            if not raw.strip():
                continue
            seen_any = True
            yield _record(raw, f"{origin}:{lineno}", f"{stem}-{lineno}", max_bytes)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield SourceError(origin, f"truncated or corrupt gzip data after line {lineno} ({exc}); "
                                  "the records before it were read")
        return
    if not seen_any:
        yield SourceError(origin, "empty: no JSON records")


def _record(raw: bytes, origin: str, fallback_id: str, max_bytes: int) -> Item:
    if len(raw) > max_bytes:
        return SourceError(origin, f"record is {_mb(len(raw))}, over the {_mb(max_bytes)} limit for one document")
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return SourceError(origin, f"not valid UTF-8 at byte {exc.start} of the line")
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return SourceError(origin, f"malformed JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(rec, dict):
        return SourceError(origin, f"a record must be a JSON object, got {type(rec).__name__}")
    rid = rec.get("id")
    doc_id = str(rid) if isinstance(rid, (str, int)) and str(rid).strip() else fallback_id
    text, html = rec.get("text"), rec.get("html")
    if text is None and html is None:
        return SourceError(f"{origin} (id {doc_id})", "record has neither 'text' nor 'html'")
    body = text if text is not None else html
    if not isinstance(body, str):
        return SourceError(f"{origin} (id {doc_id})", f"'{'text' if text is not None else 'html'}' must be a string")
    if not body.strip():
        return SourceError(f"{origin} (id {doc_id})", "empty: the record's text is blank")
    if "\x00" in body:
        return SourceError(f"{origin} (id {doc_id})", "binary content (NUL characters) in the record's text")
    return Document(
        doc_id=doc_id, origin=origin,
        text=text if text is not None else None,
        html=html if text is None else None,
        url=_opt_str(rec.get("url")), published=_opt_str(rec.get("published")),
        retrieved_at=_opt_str(rec.get("retrieved_at")), title=_opt_str(rec.get("title")),
    )


def jsonl_documents(data: bytes, origin: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Documents from JSONL held in memory (an upload, a test)."""
    yield from _jsonl_lines(io.BytesIO(data), origin, origin, max_bytes)


# --- helpers ---------------------------------------------------------------------------

def doc_id_for(path: Path) -> str:
    """A file's document id: its name without the suffix (``a.jsonl.gz`` -> ``a``)."""
    name = path.name
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or name
    return path.stem


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def _read_warc_file(path: Path, max_bytes: int) -> Iterator[Item]:
    from frontwire.sources.warc import read_warc  # warcio loads only when needed
    yield from read_warc(path, max_bytes)


_READERS: dict[str, Reader] = {
    ".txt": _read_text_file,
    ".html": _read_html_file,
    ".htm": _read_html_file,
    ".jsonl": _read_jsonl_file,
    ".jsonl.gz": _read_jsonl_file,
    ".warc": _read_warc_file,
    ".warc.gz": _read_warc_file,
}
SUFFIXES: tuple[str, ...] = tuple(_READERS)


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix in sorted(_READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return _READERS[suffix]
    return None
