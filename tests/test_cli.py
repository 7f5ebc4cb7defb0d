"""The commands end to end on the bundled examples and on bad input."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from conftest import json_lines


def test_clean_prints_the_contract_fields(cli, examples: Path):
    result = cli("clean", examples)
    assert result.exit_code == 0, result.output
    articles = json_lines(result.stdout)
    assert {a["doc_id"] for a in articles} == {"wire-drones", "wire-talks", "feed-kherson-shelling",
                                               "feed-belgorod-drones", "feed-pokrovsk-assaults"}
    for a in articles:
        assert {"doc_id", "url", "title", "published", "updated", "byline", "agency", "dateline",
                "body"} <= a.keys()
        assert isinstance(a["body"], list) and a["body"]


def test_ingest_twice_adds_nothing(cli, examples: Path, tmp_path: Path):
    db = tmp_path / "f.db"
    first = cli("ingest", examples, "--db", db)
    assert first.exit_code == 0, first.output
    counts = _counts(db)
    assert counts["documents"] == 5
    second = cli("ingest", examples, "--db", db)
    assert second.exit_code == 0
    assert "5 unchanged" in second.stderr
    assert _counts(db) == counts


def test_bad_input_in_a_batch_is_reported_and_costs_no_stored_data(cli, examples: Path, tmp_path: Path):
    db = tmp_path / "f.db"
    cli("ingest", examples, "--db", db)
    before = _counts(db)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blob.txt").write_bytes(bytes(range(256)) * 10)
    (bad / "feed.jsonl").write_text('{"id": "x", "text": "Kyiv said drones hit."}\n{oops\n', encoding="utf-8")
    result = cli("ingest", bad, examples, "--db", db)
    assert result.exit_code == 1
    assert "empty.txt: empty" in result.stderr
    assert "blob.txt: binary input" in result.stderr
    assert "feed.jsonl:2: malformed JSON" in result.stderr
    after = _counts(db)
    assert after["documents"] == before["documents"] + 1  # the one good record
    assert after["claims"] >= before["claims"]
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from problems").fetchone()[0] == 3


def test_claims_lists_as_table_and_json(cli, examples: Path, tmp_path: Path):
    db = tmp_path / "f.db"
    cli("ingest", examples, "--db", db)
    as_json = cli("claims", "--db", db, "--json", "--limit", "0")
    rows = json_lines(as_json.stdout)
    assert len(rows) == _counts(db)["claims"]
    for row in rows:
        assert row["claim_id"] and row["evidence"]["text"]
    table = cli("claims", "--db", db)
    assert table.exit_code == 0 and "evidence" in table.stdout


def test_stdin_records(cli):
    record = json.dumps({"id": "stdin-1", "text": "Some text about nothing in particular."})
    result = cli("clean", "-", input=record + "\n")
    assert result.exit_code == 0
    assert json_lines(result.stdout)[0]["doc_id"] == "stdin-1"


def _counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("documents", "articles", "claims", "quantities")}
    finally:
        con.close()


def test_a_story_carried_twice_keeps_its_newer_version_and_reingest_changes_nothing(cli, tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    old = {"id": "story-1", "published": "2022-04-05T09:00:00Z", "text": "Old headline\nRussian drones hit Kharkiv."}
    new = {"id": "story-1", "published": "2023-08-23T21:00:00Z", "text": "New headline\nRussian drones hit Odesa."}
    feed.write_text(json.dumps(old) + "\n" + json.dumps(new) + "\n", encoding="utf-8")
    db = tmp_path / "f.db"
    first = cli("ingest", feed, "--db", db)
    assert first.exit_code == 0 and "1 updated" in first.stderr
    second = cli("ingest", feed, "--db", db)
    assert "1 older than the stored version" in second.stderr and "1 unchanged" in second.stderr
    summary_line = second.stderr.splitlines()[0]
    assert "updated" not in summary_line and "added" not in summary_line
    con = sqlite3.connect(db)
    assert con.execute("select published from documents where doc_id='story-1'").fetchone()[0] == new["published"]
