"""Exports of claims and events: CSV, JSON lines, GeoJSON and Parquet read back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from fuse_helpers import KHARKIV, NIGHT, OTHER, RU_MOD, WIRE, claim, downed, launched, processed

from frontwire.fuse import refresh_events
from frontwire.report.export import claim_row, event_row, geojson_feature
from frontwire.store import Store


@pytest.fixture
def db(tmp_path: Path) -> str:
    store = Store(str(tmp_path / "x.db"))
    store.save(processed("site-a", WIRE, [
        claim(type="strike", quantities=(launched(212),), time=NIGHT, actor_side="RU", text=WIRE[0]),
        claim(type="infrastructure_damage", place=KHARKIV, time=NIGHT, actor_side="RU", text=WIRE[1]),
        claim(type="interception", claimant=RU_MOD, quantities=(downed(61),), time=NIGHT, text=WIRE[2]),
    ]))
    store.save(processed("paper", OTHER, [
        claim(type="infrastructure_damage", place=KHARKIV, time=NIGHT, actor_side="RU", text=OTHER[1])]))
    refresh_events(store)
    store.close()
    return store.url


@pytest.mark.parametrize("what", ["claims", "events"])
def test_every_format_reads_back(cli, db: str, tmp_path: Path, what: str):
    expected = 4 if what == "claims" else 3
    out = {fmt: tmp_path / f"{what}.{fmt}" for fmt in ("csv", "jsonl", "geojson", "parquet")}
    for fmt, path in out.items():
        result = cli("export", what, "--format", fmt, "-o", path, "--db", db)
        assert result.exit_code == 0, result.output
        assert f"{expected} {what} written" in result.stderr
    with open(out["csv"], newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    records = [json.loads(line) for line in out["jsonl"].read_text(encoding="utf-8").splitlines()]
    collection = json.loads(out["geojson"].read_text(encoding="utf-8"))
    table = pq.read_table(out["parquet"])
    assert len(rows) == len(records) == len(collection["features"]) == table.num_rows == expected
    located = [f for f in collection["features"] if f["geometry"]]
    assert located and all(f["geometry"]["coordinates"] == [KHARKIV.lon, KHARKIV.lat] for f in located)
    assert all(f["geometry"] is None for f in collection["features"] if f not in located)
    if what == "claims":
        assert {r["event_id"] for r in rows} == {r["event_id"] for r in records} and all(r["event_id"] for r in rows)
        strike = next(r for r in rows if r["type"] == "strike")
        assert strike["figures"] == "launched 212 drone" and strike["evidence_text"] == WIRE[0]
        assert table.column("quantities").to_pylist()[0] is not None
        assert str(table.schema.field("lat").type) == "double"
    else:
        damage = next(r for r in rows if r["type"] == "infrastructure_damage")
        assert damage["sources"] == "2" and damage["status"] == "corroborated" and damage["admin1"] == "UA-63"
        assert str(table.schema.field("sources").type) == "int64"
        assert "figures_list" in table.column_names


def test_filters_apply_to_exports(cli, db: str, tmp_path: Path):
    path = tmp_path / "strikes.csv"
    cli("export", "claims", "--format", "csv", "-o", path, "--type", "strike", "--db", db)
    with open(path, newline="", encoding="utf-8") as f:
        assert [r["type"] for r in csv.DictReader(f)] == ["strike"]


def test_rows_tolerate_missing_fields():
    row = claim_row({"claim_id": "c", "quantities": [{"scope": "killed", "unit": "person", "value": 2,
                                                     "approx": "at_least", "category": "civilian"}]})
    assert row["figures"] == "killed >=2 person (civilian)" and row["lat"] is None
    assert geojson_feature(row)["geometry"] is None
    ev = event_row({"event_id": "e", "figures": [{"scope": "killed", "unit": "person", "category": None,
                                                   "low": 2, "high": 5}]})
    assert ev["figures"] == "killed person 2-5" and ev["contradictions"] == 0
