"""Reading inputs: every form design.md lists, document ids, and bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from frontwire.records import Document
from frontwire.sources import SourceError, read_inputs


def items(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_text_html_and_jsonl_files_become_documents(tmp_path: Path):
    (tmp_path / "dispatch.txt").write_text("KYIV (AP) - Drones hit the city.\n", encoding="utf-8")
    (tmp_path / "page.html").write_text("<html><body><p>Text</p></body></html>", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "a1", "text": "Headline\nLead", "url": "https://x.example/a1",
                    "published": "2026-03-01"}) + "\n" + json.dumps({"html": "<p>no id</p>"}) + "\n",
        encoding="utf-8")
    docs = items(tmp_path / "dispatch.txt", tmp_path / "page.html", tmp_path / "feed.jsonl")
    assert all(isinstance(d, Document) for d in docs)
    by_id = {d.doc_id: d for d in docs}
    assert by_id["dispatch"].text.startswith("KYIV") and by_id["dispatch"].html is None
    assert by_id["page"].html.startswith("<html>") and by_id["page"].text is None
    assert by_id["a1"].url == "https://x.example/a1" and by_id["a1"].published == "2026-03-01"
    # a record without an id is named after its file and line
    assert by_id["feed-2"].html == "<p>no id</p>"


def test_folder_is_read_recursively_in_name_order_and_skips_hidden_and_other_files(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("two", encoding="utf-8")
    (tmp_path / "one.txt").write_text("one", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text("hidden", encoding="utf-8")
    assert [d.doc_id for d in items(tmp_path)] == ["two", "one"]


def test_gzipped_jsonl_and_stdin(tmp_path: Path):
    path = tmp_path / "items.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(3):
            f.write(json.dumps({"id": f"r{i}", "text": f"item {i}"}) + "\n")
    assert [d.doc_id for d in items(path)] == ["r0", "r1", "r2"]
    stdin = io.BytesIO(b'{"id": "s1", "text": "from stdin"}\n')
    docs = list(read_inputs(["-"], stdin=stdin))
    assert docs == [Document(doc_id="s1", origin="<stdin>:1", text="from stdin")]


def test_bad_inputs_each_get_a_clear_error_and_the_batch_goes_on(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "latin1.txt").write_bytes("Kyiv caf\xe9".encode("latin-1"))
    (tmp_path / "records.jsonl").write_text(
        '{"id": "ok1", "text": "fine"}\n{"id": "broken", "text": \n{"id": "notext"}\n[1, 2]\n'
        '{"id": "ok2", "text": "fine too"}\n', encoding="utf-8")
    (tmp_path / "good.txt").write_text("a real page", encoding="utf-8")
    out = items(tmp_path)
    errors = {e.origin.rsplit("/", 1)[-1]: e.reason for e in out if isinstance(e, SourceError)}
    docs = [d.doc_id for d in out if isinstance(d, Document)]
    assert docs == ["good", "ok1", "ok2"]
    assert "empty" in errors["empty.txt"]
    assert "binary" in errors["image.txt"] and "PNG" in errors["image.txt"]
    assert "not valid UTF-8" in errors["latin1.txt"] and "0xe9" in errors["latin1.txt"]
    assert "malformed JSON" in errors["records.jsonl:2"]
    assert "neither 'text' nor 'html'" in errors["records.jsonl:3 (id notext)"]
    assert "JSON object" in errors["records.jsonl:4"]


def test_huge_input_is_refused_with_the_limit_named(tmp_path: Path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:
        line = b"Russia launched drones at Ukraine overnight, officials said. " * 16 + b"\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    (err,) = items(big)
    assert isinstance(err, SourceError)
    assert "over the 16.0 MB limit" in err.reason and "--max-bytes" in err.reason
    (doc,) = items(big, max_bytes=60 * 1024 * 1024)
    assert isinstance(doc, Document) and len(doc.text) > 50 * 1024 * 1024


def test_truncated_gzip_keeps_the_records_before_the_break(tmp_path: Path):
    data = gzip.compress("".join(json.dumps({"id": f"r{i}", "text": "x" * 500 + str(i)}) + "\n"
                                 for i in range(200)).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    out = items(path)
    assert isinstance(out[-1], SourceError) and "truncated" in out[-1].reason
    assert all(isinstance(d, Document) for d in out[:-1]) and len(out) > 1


def test_missing_and_unsupported_inputs(tmp_path: Path):
    (tmp_path / "table.csv").write_text("a,b\n", encoding="utf-8")
    missing, unsupported = items(tmp_path / "nope.txt", tmp_path / "table.csv")
    assert "no such file" in missing.reason
    assert "unsupported file type" in unsupported.reason and ".jsonl.gz" in unsupported.reason


def test_html_declared_charset_is_honoured(tmp_path: Path):
    page = '<html><head><meta charset="windows-1251"></head><body><p>Київ</p></body></html>'
    (tmp_path / "cyr.html").write_bytes(page.encode("cp1251"))
    (doc,) = items(tmp_path / "cyr.html")
    assert "Київ" in doc.html


def test_warc_response_records_become_documents(tmp_path: Path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for url, ctype, body in [("https://news.example/a", "text/html; charset=utf-8", b"<p>Drones</p>"),
                                 ("https://news.example/logo.png", "image/png", b"\x89PNG....")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    (doc,) = items(path)
    assert doc.url == "https://news.example/a" and doc.html == "<p>Drones</p>" and doc.retrieved_at
