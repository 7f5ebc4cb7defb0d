"""Exports of claims and events: CSV, JSON lines, GeoJSON (for QGIS) and Parquet.

Rows are built by pure functions (:func:`claim_row`, :func:`event_row`): flat columns
every format shares, with the figures both as readable text and as JSON. JSON lines keep
the nested records as they are. GeoJSON puts each record with coordinates at its point
(longitude, latitude, RFC 7946) and the rest with a null geometry, so nothing is lost in
QGIS. Parquet adds typed columns and the figures as a list of structs for pandas, DuckDB
or Arrow. :func:`export` is the edge that reads the store and writes the file.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

FORMATS = ("csv", "jsonl", "geojson", "parquet")

CLAIM_COLUMNS = (
    "claim_id", "doc_id", "event_id", "event_status", "type", "claimant_text", "claimant_name",
    "claimant_side", "actor_side", "target_side", "weapon", "figures", "place_text", "place_name", "country",
    "admin1", "geonameid", "lat", "lon", "place_precision", "time_text", "time_start", "time_end",
    "time_precision", "day", "modality", "status", "official_agreement", "evidence_text", "evidence_start",
    "evidence_end", "url", "published", "quantities_json",
)
EVENT_COLUMNS = (
    "event_id", "type", "status", "modality", "actor_side", "target_side", "weapon", "figures", "place_text",
    "place_name", "country", "admin1", "geonameid", "lat", "lon", "place_precision", "time_text",
    "time_start", "time_end", "time_precision", "day", "claims", "documents", "sources", "claimant_sides",
    "official", "contradictions", "summary", "created_at", "updated_at", "figures_json",
    "contradictions_json",
)
_INT = {"geonameid", "evidence_start", "evidence_end", "claims", "documents", "sources", "contradictions"}
_FLOAT = {"lat", "lon"}
_MARKS = {"exact": "", "about": "~", "at_least": ">=", "at_most": "<="}


def _place_columns(place: dict | None) -> dict[str, Any]:
    p = place or {}
    return {"place_text": p.get("text"), "place_name": p.get("name"), "country": p.get("country"),
            "admin1": p.get("admin1"), "geonameid": p.get("geonameid"), "lat": p.get("lat"),
            "lon": p.get("lon"), "place_precision": p.get("precision")}


def _time_columns(time: dict | None) -> dict[str, Any]:
    t = time or {}
    return {"time_text": t.get("text"), "time_start": t.get("start"), "time_end": t.get("end"),
            "time_precision": t.get("precision")}


def figures_text(quantities: Iterable[dict]) -> str:
    """``launched 176 drone; intercepted ~139 drone (civilian)``."""
    return "; ".join(f"{q['scope']} {_MARKS.get(q.get('approx') or 'exact', '')}{q['value']} {q['unit']}"
                     + (f" ({q['category']})" if q.get("category") else "") for q in quantities)


def ranges_text(figures: Iterable[dict]) -> str:
    """``launched drone 176; intercepted drone 139-140``."""
    out = []
    for f in figures:
        label = " ".join(x for x in (f["scope"], f.get("category"), f["unit"]) if x)
        out.append(f"{label} {f['low']}" if f["low"] == f["high"] else f"{label} {f['low']}-{f['high']}")
    return "; ".join(out)


def claim_row(claim: dict, membership: dict | None = None, event_status: str | None = None,
              document: dict | None = None) -> dict[str, Any]:
    """A stored claim (``Store.claims`` dict) as one flat row."""
    claimant = claim.get("claimant") or {}
    evidence = claim.get("evidence") or {}
    quantities = claim.get("quantities") or []
    m = membership or {}
    d = document or {}
    return {
        "claim_id": claim.get("claim_id"), "doc_id": claim.get("doc_id"), "event_id": m.get("event_id"),
        "event_status": event_status, "type": claim.get("type"), "claimant_text": claimant.get("text"),
        "claimant_name": claimant.get("name"), "claimant_side": claimant.get("side"),
        "actor_side": claim.get("actor_side"), "target_side": claim.get("target_side"),
        "weapon": claim.get("weapon"), "figures": figures_text(quantities),
        **_place_columns(claim.get("place")), **_time_columns(claim.get("time")),
        "day": claim.get("day"), "modality": claim.get("modality"), "status": claim.get("status"),
        "official_agreement": m.get("agreement"), "evidence_text": evidence.get("text"),
        "evidence_start": evidence.get("start"), "evidence_end": evidence.get("end"),
        "url": d.get("url"), "published": d.get("published"),
        "quantities_json": json.dumps(quantities, ensure_ascii=False),
    }


def event_row(event: dict, claim_ids: Iterable[str] = ()) -> dict[str, Any]:
    """A stored event (``list_events`` dict) as one flat row."""
    figures = event.get("figures") or []
    contradictions = event.get("contradictions") or []
    row = {
        "event_id": event.get("event_id"), "type": event.get("type"), "status": event.get("status"),
        "modality": event.get("modality"), "actor_side": event.get("actor_side"),
        "target_side": event.get("target_side"), "weapon": event.get("weapon"),
        "figures": ranges_text(figures), **_place_columns(event.get("place")),
        **_time_columns(event.get("time")), "day": event.get("day"), "claims": event.get("claims"),
        "documents": event.get("documents"), "sources": event.get("sources"),
        "claimant_sides": ";".join(event.get("claimant_sides") or []), "official": event.get("official"),
        "contradictions": len(contradictions), "summary": event.get("summary"),
        "created_at": event.get("created_at"), "updated_at": event.get("updated_at"),
        "figures_json": json.dumps(figures, ensure_ascii=False),
        "contradictions_json": json.dumps(contradictions, ensure_ascii=False),
    }
    return row


# --- writers -------------------------------------------------------------------------------------

def write_csv(rows: Iterable[dict], columns: tuple[str, ...], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
        n += 1
    return n


def write_jsonl(records: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def geojson_feature(row: dict) -> dict:
    lat, lon = row.get("lat"), row.get("lon")
    located = isinstance(lat, (int, float)) and isinstance(lon, (int, float))
    geometry = {"type": "Point", "coordinates": [lon, lat]} if located else None
    return {"type": "Feature", "geometry": geometry,
            "properties": {k: v for k, v in row.items() if k not in ("lat", "lon")}}


def write_geojson(rows: Iterable[dict], out: IO[str]) -> int:
    """A FeatureCollection, written feature by feature (no need to hold it in memory)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for row in rows:
        out.write((",\n" if n else "") + json.dumps(geojson_feature(row), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def _arrow_schema(columns: tuple[str, ...], nested: str | None):
    import pyarrow as pa

    fields = []
    for c in columns:
        if c in _INT:
            fields.append(pa.field(c, pa.int64()))
        elif c in _FLOAT:
            fields.append(pa.field(c, pa.float64()))
        else:
            fields.append(pa.field(c, pa.string()))
    if nested == "quantities":
        fields.append(pa.field("quantities", pa.list_(pa.struct([
            ("scope", pa.string()), ("unit", pa.string()), ("value", pa.int64()),
            ("approx", pa.string()), ("category", pa.string())]))))
    elif nested == "figures_list":
        fields.append(pa.field("figures_list", pa.list_(pa.struct([
            ("scope", pa.string()), ("unit", pa.string()), ("category", pa.string()),
            ("low", pa.int64()), ("high", pa.int64()), ("claims", pa.int64())]))))
    return pa.schema(fields)


def write_parquet(rows: Iterable[dict], columns: tuple[str, ...], path: Path, nested: str | None = None,
                  batch: int = 10_000) -> int:
    """Typed columns; ``nested`` adds the figures as a list of structs (from the *_json column)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(columns, nested)
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        chunk: list[dict] = []

        def flush() -> None:
            if chunk:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                chunk.clear()

        for row in rows:
            record = {c: _typed(c, row.get(c)) for c in columns}
            if nested == "quantities":
                record["quantities"] = [{k: q.get(k) for k in ("scope", "unit", "value", "approx", "category")}
                                        for q in json.loads(row.get("quantities_json") or "[]")]
            elif nested == "figures_list":
                record["figures_list"] = [{k: f.get(k) for k in ("scope", "unit", "category", "low", "high", "claims")}
                                          for f in json.loads(row.get("figures_json") or "[]")]
            chunk.append(record)
            n += 1
            if len(chunk) >= batch:
                flush()
        flush()
    return n


def _typed(column: str, value: Any) -> Any:
    if value is None or value == "":
        return None
    if column in _INT:
        try:
            return int(value)
        except (TypeError, ValueError):
            return None
    if column in _FLOAT:
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    return str(value)


def write(rows_flat: Callable[[], Iterator[dict]], records: Callable[[], Iterator[dict]], columns: tuple[str, ...],
          fmt: str, path: Path, nested: str | None = None) -> int:
    """Write one export; ``rows_flat`` gives flat rows, ``records`` the nested JSON records."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        return write_parquet(rows_flat(), columns, path, nested)
    with open(path, "w", encoding="utf-8", newline="") as out:
        if fmt == "csv":
            return write_csv(rows_flat(), columns, out)
        if fmt == "jsonl":
            return write_jsonl(records(), out)
        return write_geojson(rows_flat(), out)


# --- the edge: from the store ---------------------------------------------------------------------

def export_claims(store: Any, fmt: str, path: str | Path, flt: Any = None) -> int:
    """Every stored claim matching ``flt`` (a ``ClaimFilter``), with its event and document."""
    from frontwire.fuse.api import claim_events
    from frontwire.store import ClaimFilter
    from frontwire.store.events import document_rows, event_row as stored_event

    flt = flt or ClaimFilter()
    memberships = claim_events(store)
    status: dict[str, str | None] = {}
    documents: dict[str, dict] = {}

    def enriched() -> Iterator[tuple[dict, dict | None, str | None, dict | None]]:
        offset = 0
        while True:
            batch = store.claims(flt, limit=1000, offset=offset)
            if not batch:
                return
            offset += len(batch)
            with store.engine.connect() as conn:
                needed = {c["doc_id"] for c in batch} - documents.keys()
                documents.update(document_rows(conn, needed))
                for c in batch:
                    m = memberships.get(c["claim_id"])
                    if m and m["event_id"] not in status:
                        ev = stored_event(conn, m["event_id"])
                        status[m["event_id"]] = ev["status"] if ev else None
            for c in batch:
                m = memberships.get(c["claim_id"])
                yield c, m, status.get(m["event_id"]) if m else None, documents.get(c["doc_id"])

    def flat() -> Iterator[dict]:
        for c, m, s, d in enriched():
            yield claim_row(c, m, s, d)

    def records() -> Iterator[dict]:
        for c, m, s, d in enriched():
            yield {**c, "event_id": m["event_id"] if m else None, "event_status": s,
                   "official_agreement": m["agreement"] if m else None,
                   "url": (d or {}).get("url"), "published": (d or {}).get("published")}

    return write(flat, records, CLAIM_COLUMNS, fmt, Path(path), nested="quantities")


def export_events(store: Any, fmt: str, path: str | Path, flt: Any = None) -> int:
    """Every stored event matching ``flt`` (an ``EventFilter``)."""
    from frontwire.fuse.api import iter_events
    from frontwire.store.events import EventFilter

    flt = flt or EventFilter()

    def flat() -> Iterator[dict]:
        for ev in iter_events(store, flt):
            yield event_row(ev)

    def records() -> Iterator[dict]:
        yield from iter_events(store, flt)

    return write(flat, records, EVENT_COLUMNS, fmt, Path(path), nested="figures_list")
