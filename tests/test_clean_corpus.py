"""The cleaner on the shared pages: quality on the dev set, no failure on any page or feed
record, and the bench command. Skipped when ../shared is not beside the checkout."""

from __future__ import annotations

import collections
import gzip
import json
import re
from pathlib import Path

import pytest

from frontwire.clean import clean
from frontwire.records import Document


def _tokens(text: str) -> collections.Counter:
    return collections.Counter(re.findall(r"\w+", text.lower()))


def body_f1(predicted: list[str], gold: list[str]) -> float:
    """Word-level F1 of a body against the gold body (as the scorer counts it)."""
    p, g = _tokens("\n".join(predicted)), _tokens("\n".join(gold))
    if not p and not g:
        return 1.0
    tp = sum((p & g).values())
    if not tp:
        return 0.0
    precision, recall = tp / sum(p.values()), tp / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _records(path: Path) -> list[dict]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _document(rec: dict) -> Document:
    return Document(doc_id=rec["id"], origin="test", text=rec.get("text"), html=rec.get("html"),
                    url=rec.get("url"), published=rec.get("published"), retrieved_at=rec.get("retrieved_at"))


def test_dev_pages_body_title_and_date(shared: Path):
    pages = {r["id"]: r for r in _records(shared / "corpus" / "pages.jsonl")}
    gold = _records(shared / "eval" / "dev" / "gold.jsonl")
    f1s, titles, dates = [], [], []
    for g in gold:
        article = clean(_document(pages[g["doc_id"]]))
        want = g["article"]
        f1s.append(body_f1(list(article.body), want["body"]))
        if want.get("title"):
            titles.append(" ".join(re.findall(r"\w+", (article.title or "").lower()))
                          == " ".join(re.findall(r"\w+", want["title"].lower())))
        dates.append((article.published or "")[:10] == want["published"][:10])
    assert sum(f1s) / len(f1s) >= 0.95, f1s
    assert sum(titles) / len(titles) >= 0.9
    assert sum(dates) / len(dates) >= 0.9


def test_every_page_and_feed_record_cleans(shared: Path):
    for name in ("pages.jsonl", "rss_2022_2023.jsonl.gz"):
        for rec in _records(shared / "corpus" / name):
            doc = _document(rec)
            article = clean(doc)
            assert not (article.empty_reason or "").startswith("could not be cleaned"), (rec["id"], article.empty_reason)
            assert article.body or article.empty_reason, rec["id"]
            for paragraph, (s, e) in zip(article.body, article.spans):
                assert doc.text[s:e] == paragraph


def test_feed_records_keep_their_text(shared: Path):
    records = _records(shared / "corpus" / "rss_2022_2023.jsonl.gz")[:500]
    for rec in records:
        article = clean(_document(rec))
        kept = " ".join(article.body)
        assert len(kept) >= 0.9 * len(" ".join(rec["text"].split())), rec["id"]
        assert article.published and article.published[:10] == rec["published"][:10]


def test_html_benchmark_body(shared: Path):
    items = _records(shared / "eval" / "html" / "items.jsonl.gz")
    gold = {g["doc_id"]: g["article"]["body"] for g in _records(shared / "eval" / "html" / "gold.jsonl")}
    f1s = []
    for rec in items:
        body = gold[rec["id"]]
        f1s.append(body_f1(list(clean(_document(rec)).body), body if isinstance(body, list) else [body]))
    assert sum(f1s) / len(f1s) >= 0.96


def test_bench_clean_runs_both_engines(cli, shared: Path, tmp_path: Path):
    result = cli("bench", "clean", "--limit", "4", "--repeat", "1", "--write", tmp_path, "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {(r["path"], r["engine"]) for r in rows} == {("text", "frontwire"), ("text", "trafilatura"),
                                                        ("html", "frontwire"), ("html", "trafilatura")}
    assert all(r["docs"] == 4 and r["docs_per_s"] > 0 for r in rows)
    written = [json.loads(line) for line in (tmp_path / "text-frontwire.jsonl").read_text().splitlines()]
    assert len(written) == 4 and all("body" in w for w in written)
