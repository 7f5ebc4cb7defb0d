"""WARC input as Common Crawl's news archives (CC-NEWS) come: one gzip member per record,
warcinfo/request/response/metadata/revisit records, chunked and gzip-compressed payloads,
redirects, missing content types, undeclared encodings, a truncated file."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from frontwire.records import Document
from frontwire.sources import SourceError, read_inputs

PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Drones over Kyiv</title></head><body>"
        "<article><p>Russia launched 35 drones at Kyiv overnight, Ukraine's air force said on Sunday.</p>"
        "</article></body></html>")


def http(status: str, headers: list[tuple[str, str]]) -> StatusAndHeaders:
    return StatusAndHeaders(status, headers, protocol="HTTP/1.1")


def chunked(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n0\r\n\r\n"


def cc_news_archive(path: Path) -> None:
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test crawler", "format": "WARC/1.0"}))
        url = "https://news.example/2026/03/08/drones-kyiv"
        w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET /2026/03/08/drones-kyiv HTTP/1.1\r\n\r\n")))
        w.write_record(w.create_warc_record(
            url, "response", payload=io.BytesIO(chunked(gzip.compress(PAGE.encode()))),
            http_headers=http("200 OK", [("Content-Type", "text/html; charset=UTF-8"),
                                         ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")])))
        w.write_record(w.create_warc_record(url, "metadata", payload=io.BytesIO(b"fetchTimeMs: 120\r\n")))
        w.write_record(w.create_warc_record(
            "https://news.example/old", "response", payload=io.BytesIO(b""),
            http_headers=http("301 Moved Permanently", [("Location", "https://news.example/new")])))
        w.write_record(w.create_warc_record(
            "https://news.example/untyped", "response",
            payload=io.BytesIO(PAGE.replace("35 drones", "20 missiles").encode()),
            http_headers=http("200 OK", [("X-Crawler-Content-Type", "text/html")]),
            warc_headers_dict={"WARC-Identified-Payload-Type": "text/html"}))
        w.write_record(w.create_warc_record(
            "https://news.example/logo.png", "response", payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)),
            http_headers=http("200 OK", [("Content-Type", "image/png")])))
        w.write_record(w.create_warc_record(
            "https://news.example/latin", "response",
            payload=io.BytesIO("<html><body><p>Caf\xe9 shelled in Kherson</p></body></html>".encode("cp1252")),
            http_headers=http("200 OK", [("Content-Type", "text/html")])))
        w.write_record(w.create_revisit_record("https://news.example/2026/03/08/drones-kyiv", digest="sha1:AAAA",
                                               refers_to_uri=url, refers_to_date="2026-03-08T06:00:00Z"))


def test_a_cc_news_style_archive_yields_its_html_pages(tmp_path: Path):
    path = tmp_path / "CC-NEWS-20260308.warc.gz"
    cc_news_archive(path)
    docs = list(read_inputs([str(path)]))
    assert all(isinstance(d, Document) for d in docs)
    by_url = {d.url: d for d in docs}
    assert set(by_url) == {"https://news.example/2026/03/08/drones-kyiv", "https://news.example/untyped",
                           "https://news.example/latin"}
    kyiv = by_url["https://news.example/2026/03/08/drones-kyiv"]
    assert "35 drones at Kyiv" in kyiv.html and kyiv.retrieved_at and kyiv.text is None
    assert "20 missiles" in by_url["https://news.example/untyped"].html
    assert "Caf\ufffd shelled in Kherson" in by_url["https://news.example/latin"].html
    assert len({d.doc_id for d in docs}) == 3


def test_a_truncated_archive_keeps_the_pages_before_the_break(tmp_path: Path):
    whole = tmp_path / "whole.warc.gz"
    cc_news_archive(whole)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.75)])
    out = list(read_inputs([str(cut)]))
    assert any(isinstance(d, Document) for d in out)
    assert isinstance(out[-1], SourceError)


def test_an_uncompressed_warc_and_one_without_pages(tmp_path: Path):
    plain = tmp_path / "plain.warc"
    with plain.open("wb") as f:
        w = WARCWriter(f, gzip=False)
        w.write_record(w.create_warc_record("https://news.example/t", "response", payload=io.BytesIO(b"Plain text dispatch."),
                                            http_headers=http("200 OK", [("Content-Type", "text/plain")])))
    (doc,) = read_inputs([str(plain)])
    assert doc.text == "Plain text dispatch." and doc.html is None
    empty = tmp_path / "images.warc.gz"
    with empty.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(w.create_warc_record("https://news.example/p.jpg", "response", payload=io.BytesIO(b"\xff\xd8\xff"),
                                            http_headers=http("200 OK", [("Content-Type", "image/jpeg")])))
    (err,) = read_inputs([str(empty)])
    assert isinstance(err, SourceError) and "no HTML" in err.reason
