"""Fusion over the store: the edge where the pure steps of :mod:`frontwire.fuse` meet the
database. Everything others call (the CLI, the web app, the daily brief) is here.

:func:`refresh_events` is incremental and idempotent: it fingerprints only documents it
has not seen (or that changed), fuses only claims that are in no event yet, and
recomputes only the events those touch. A rerun with nothing new changes nothing; event
ids never change once given.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from frontwire.fuse import reference, syndication
from frontwire.fuse.events import ClaimItem, assign, carry_over_ids, history, profile, summarise
from frontwire.fuse.series import AirSeries, SeriesClaim, air_attack_series, daily_series
from frontwire.fuse.timing import Window, iso, night_of, span_window
from frontwire.pipeline import Processed
from frontwire.records import Claim, TimeSpan, to_dict
from frontwire.store import Store, schema
from frontwire.store import events as db
from frontwire.store.events import EventFilter


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# --- refresh -------------------------------------------------------------------------------

@dataclass
class RefreshReport:
    documents_fingerprinted: int = 0
    copy_pairs: int = 0
    claims_added: int = 0
    claims_removed: int = 0
    events_created: int = 0
    events_updated: int = 0
    events_deleted: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (f"events: {self.claims_added} claims fused, {self.claims_removed} removed; "
                f"{self.events_created} events created, {self.events_updated} updated, "
                f"{self.events_deleted} deleted; {self.documents_fingerprinted} documents fingerprinted, "
                f"{self.copy_pairs} syndicated copies found ({self.seconds:.1f}s)")


def refresh_events(store: Store, rebuild: bool = False) -> RefreshReport:
    """Bring syndication groups and events up to date with the stored claims.

    ``rebuild`` fuses every claim afresh (after a change of the fusion rules); each new
    event takes the id of the old event it shares most claims with, so ids survive it.
    """
    started = time.perf_counter()
    report = RefreshReport()
    now = _now()
    db.ensure_lock_row(store.engine)
    with store.engine.begin() as conn:
        db.lock(conn, now)                  # a second refresh waits here until this one commits
        docs = db.document_states(conn)
        changed_docs = _refresh_syndication(conn, docs, report)
        groups = db.groups(conn)
        members = db.memberships(conn)
        present = db.all_claim_ids(conn)
        old_events: dict[str, set[str]] = {}
        if rebuild:
            for m in members.values():
                if m.claim_id in present:
                    old_events.setdefault(m.event_id, set()).add(m.claim_id)
            report.events_deleted = len(db.all_event_ids(conn))
            db.delete_all(conn)
            members = {}
        gone = [c for c in members if c not in present]
        touched = {members[c].event_id for c in gone}
        db.delete_members(conn, gone)
        report.claims_removed = len(gone)
        touched |= db.event_ids_of_documents(conn, changed_docs)

        new_ids = sorted(present - members.keys())
        new_claims = db.load_claims(conn, new_ids)
        new_items = [_item(cid, claim, docs, groups) for cid, claim in new_claims.items()]
        existing = {} if rebuild else _candidate_events(conn, new_items, docs, groups)
        taken = set() if rebuild else db.all_event_ids(conn)
        assignment = assign(new_items, existing, taken)
        if rebuild:
            drafts: dict[str, set[str]] = {}
            for cid, (eid, _) in assignment.items():
                drafts.setdefault(eid, set()).add(cid)
            rename = carry_over_ids(drafts, old_events)
            assignment = {cid: (rename[eid], reason) for cid, (eid, reason) in assignment.items()}
        next_seq = {eid: len(ms) for eid, ms in existing.items()}
        rows = []
        order = {item.claim_id: i for i, item in enumerate(sorted(new_items, key=_join_order))}
        for cid in sorted(assignment, key=lambda c: order[c]):
            eid, reason = assignment[cid]
            seq = next_seq.get(eid, 0)
            next_seq[eid] = seq + 1
            claim = new_claims[cid]
            rows.append({"claim_id": cid, "event_id": eid, "doc_id": claim.doc_id, "seq": seq,
                         "reason": reason, "official": _is_official(docs, claim.doc_id),
                         "agreement": None, "added_at": now})
        db.insert_members(conn, rows)
        report.claims_added = len(rows)
        known_events = set() if rebuild else db.all_event_ids(conn)
        touched |= {eid for eid, _ in assignment.values()}
        loaded = {i.claim_id: i for i in new_items}
        loaded.update({i.claim_id: i for members_ in existing.values() for i in members_})
        created, updated, deleted = _resummarise(conn, touched, docs, groups, known_events, now, loaded)
        report.events_created, report.events_updated = created, updated
        report.events_deleted += deleted
        if rebuild:
            report.events_created, report.events_updated = created, 0
    report.seconds = time.perf_counter() - started
    return report


def _is_official(docs: dict[str, db.DocState], doc_id: str) -> bool:
    state = docs.get(doc_id)
    return bool(state and reference.is_official(state.origin))


def _item(claim_id: str, claim: Claim, docs: dict[str, db.DocState], groups: dict[str, str]) -> ClaimItem:
    state = docs.get(claim.doc_id)
    return ClaimItem(claim_id=claim_id, claim=claim, published=state.published if state else None,
                     source=groups.get(claim.doc_id, claim.doc_id), official=_is_official(docs, claim.doc_id))


def _with_source(item: ClaimItem, groups: dict[str, str]) -> ClaimItem:
    source = groups.get(item.claim.doc_id, item.claim.doc_id)
    return item if item.source == source else replace(item, source=source)


def _join_order(item: ClaimItem) -> tuple:
    prof = profile(item)
    return (iso(prof.window.start) if prof.window else "9999", item.claim_id)


def _refresh_syndication(conn: Connection, docs: dict[str, db.DocState], report: RefreshReport) -> set[str]:
    """Fingerprint new and changed documents, find their copies, regroup. Returns the
    documents whose group may have changed (their events' source counts need a recount)."""
    known = db.fingerprint_hashes(conn)
    gone = [d for d in known if d not in docs]
    stale = sorted(d for d, state in docs.items() if known.get(d) != state.content_hash)
    db.delete_fingerprints(conn, gone)
    if not stale and not gone:
        return set()
    news = [d for d in stale if not reference.is_official(docs[d].origin)]
    bodies = db.document_bodies(conn, news)
    sets = {d: syndication.shingles(bodies.get(d, "")) for d in news}
    prints = {d: syndication.fingerprint(d, sets[d]) for d in news}
    db.save_fingerprints(conn, [
        {"doc_id": d, "content_hash": docs[d].content_hash, "official": d not in prints,
         "shingles": prints[d].size if d in prints else 0,
         "signature": prints[d].hashvalues if d in prints else b"", "group_id": d}
        for d in stale])
    report.documents_fingerprinted = len(stale)
    stale_set = set(stale)
    old = [syndication.Fingerprint(d, n, sig) for d, n, sig, official in db.load_fingerprints(conn)
           if not official and d not in stale_set]
    pairs = syndication.candidate_pairs(list(prints.values()), old)
    missing = sorted({d for pair in pairs for d in pair} - sets.keys())
    for d, body in db.document_bodies(conn, missing).items():
        sets[d] = syndication.shingles(body)
    copies = []
    for a, b in sorted(pairs):
        if a in sets and b in sets and syndication.is_copy(sets[a], sets[b]):
            o = syndication.overlap(sets[a], sets[b])
            copies.append({"doc_a": a, "doc_b": b, "jaccard": round(o.jaccard, 4),
                           "containment": round(o.containment, 4)})
    db.save_copies(conn, copies)
    report.copy_pairs = len(copies)
    current = db.groups(conn)
    regrouped = syndication.group_documents(current.keys(), db.copy_pairs(conn))
    changed = set(stale) | set(gone)
    for d, g in regrouped.items():
        if current.get(d) != g:
            db.set_group(conn, d, g)
            changed.add(d)
    # a document that joined a group changes the source count of its group's other events
    changed_groups = {regrouped[d] for d in changed if d in regrouped} | {current[d] for d in changed if d in current}
    changed |= {d for d, g in regrouped.items() if g in changed_groups}
    return changed


def _candidate_events(conn: Connection, items: list[ClaimItem], docs: dict[str, db.DocState],
                      groups: dict[str, str]) -> dict[str, list[ClaimItem]]:
    """The stored events the new claims may join, with their members."""
    by_grain: dict[str, tuple[set[str], list[Window]]] = {}
    for item in items:
        window = profile(item).window
        if window is None:
            continue
        types, windows = by_grain.setdefault(window.grain, (set(), []))
        types.add(item.claim.type)
        windows.append(window)
    ids: set[str] = set()
    for grain, (types, windows) in by_grain.items():
        for start, end in _merged(windows):       # a batch of scattered days: one query per stretch
            ids |= db.candidate_event_ids(conn, types, grain, iso(start), iso(end))
    return _event_items(conn, ids, docs, groups)


def _merged(windows: list[Window]) -> list[tuple[datetime, datetime]]:
    spans: list[list[datetime]] = []
    for w in sorted(windows, key=lambda w: w.start):
        if spans and w.start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], w.end)
        else:
            spans.append([w.start, w.end])
    return [(a, b) for a, b in spans]


def _event_items(conn: Connection, event_ids: Iterable[str], docs: dict[str, db.DocState],
                 groups: dict[str, str]) -> dict[str, list[ClaimItem]]:
    members = db.members_of(conn, event_ids)
    claims = db.load_claims(conn, [m.claim_id for ms in members.values() for m in ms])
    return {eid: [_item(m.claim_id, claims[m.claim_id], docs, groups) for m in ms if m.claim_id in claims]
            for eid, ms in members.items()}


def _resummarise(conn: Connection, event_ids: set[str], docs: dict[str, db.DocState], groups: dict[str, str],
                 known: set[str], now: str, loaded: dict[str, ClaimItem]) -> tuple[int, int, int]:
    """Recompute and write the touched events; ``loaded`` holds items already read."""
    members = db.members_of(conn, event_ids)
    missing = [m.claim_id for ms in members.values() for m in ms if m.claim_id not in loaded]
    items = dict(loaded)
    for cid, claim in db.load_claims(conn, missing).items():
        items[cid] = _item(cid, claim, docs, groups)
    rows, empty = [], []
    created = updated = 0
    for eid in sorted(event_ids):
        ms = [m for m in members.get(eid, []) if m.claim_id in items]
        if not ms:
            empty.append(eid)
            continue
        # the source of a claim may have changed since it was loaded (a new copy found)
        pairs = [(_with_source(items[m.claim_id], groups), m.reason) for m in ms]
        event = summarise(eid, pairs)
        rows.append(db.event_to_row(event, _union_window(pairs), now))
        stored = {m.claim_id: m.agreement for m in ms}
        for member in event.members:
            if stored.get(member.claim_id) != member.agreement:
                db.set_agreement(conn, member.claim_id, member.agreement)
        if eid in known:
            updated += 1
        else:
            created += 1
    db.write_events(conn, rows)
    db.delete_events(conn, empty)
    return created, updated, len([e for e in empty if e in known])


def _union_window(pairs: list[tuple[ClaimItem, str]]) -> tuple[str | None, str | None, str | None]:
    windows = [w for w in (profile(item).window for item, _ in pairs) if w is not None]
    if not windows:
        return None, None, None
    start, end = min(w.start for w in windows), max(w.end for w in windows)
    return windows[0].grain, iso(start), iso(end)


# --- the official record -----------------------------------------------------------------------

@dataclass
class ImportReport:
    reports: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rows_skipped: int = 0
    refresh: RefreshReport | None = None

    def line(self) -> str:
        return (f"{self.reports} Air Force reports: {self.added} added, {self.updated} updated, "
                f"{self.unchanged} unchanged; {self.rows_skipped} rows without a readable time or count skipped")


def import_air_force(store: Store, path: str | Path, refresh: bool = True) -> ImportReport:
    """Load the Air Force's reports (CSV of ``reference/air_attacks``) as documents and
    claims of their own, then refresh the events so news claims meet them."""
    path = Path(path)
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    reports, skipped = reference.read_air_force(text)
    out = ImportReport(reports=len(reports), rows_skipped=skipped)
    for rep in reports:
        doc, article, claims = reference.report_record(rep, f"{path.name}:{rep.lines[0]}")
        outcome = store.save(Processed(doc, article, (), tuple(claims)))
        setattr(out, outcome, getattr(out, outcome) + 1)
    if refresh:
        out.refresh = refresh_events(store)
    return out


# --- reading -------------------------------------------------------------------------------------

def list_events(store: Store, flt: EventFilter = EventFilter(), limit: int | None = 100,
                offset: int = 0) -> list[dict[str, Any]]:
    """Events as dicts (newest day first), filtered; see :class:`EventFilter`."""
    with store.engine.connect() as conn:
        return db.select_events(conn, flt, limit, offset)


def count_events(store: Store, flt: EventFilter = EventFilter()) -> int:
    with store.engine.connect() as conn:
        return db.count_events(conn, flt)


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event with its claims (contract dicts plus claim_id, seq, reason, official,
    agreement, source), its documents (title, url, published, agency, group, official)
    and its history (status after each document, in publication order)."""
    with store.engine.connect() as conn:
        event = db.event_row(conn, event_id)
        if event is None:
            return None
        members = db.members_of(conn, [event_id]).get(event_id, [])
        claims = db.load_claims(conn, [m.claim_id for m in members])
        doc_ids = sorted({m.doc_id for m in members})
        documents = db.document_rows(conn, doc_ids)
        groups = db.groups(conn, doc_ids)
    out_claims, pairs = [], []
    published = {d: (documents.get(d) or {}).get("published") for d in doc_ids}
    for m in members:
        claim = claims.get(m.claim_id)
        if claim is None:
            continue
        out_claims.append({**claim.contract(), "claim_id": m.claim_id, "seq": m.seq, "reason": m.reason,
                           "official": m.official, "agreement": m.agreement,
                           "source": groups.get(m.doc_id, m.doc_id)})
        pairs.append((ClaimItem(m.claim_id, claim, published.get(m.doc_id), groups.get(m.doc_id, m.doc_id),
                                m.official), m.reason))
    event["claims_detail"] = out_claims
    event["documents_detail"] = [{**documents[d], "group": groups.get(d, d),
                                  "official": reference.is_official(documents[d].get("origin"))}
                                 for d in doc_ids if d in documents]
    event["history"] = history(pairs, published, event_id)
    return event


def iter_events(store: Store, flt: EventFilter = EventFilter(), batch: int = 1000) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        rows = list_events(store, flt, limit=batch, offset=offset)
        if not rows:
            return
        yield from rows
        offset += batch


def claim_events(store: Store) -> dict[str, dict[str, Any]]:
    """``claim_id -> {event_id, reason, official, agreement}`` for every fused claim."""
    with store.engine.connect() as conn:
        return {cid: {"event_id": m.event_id, "reason": m.reason, "official": m.official,
                      "agreement": m.agreement} for cid, m in db.memberships(conn).items()}


def _series_claims(store: Store, types: tuple[str, ...]) -> list[SeriesClaim]:
    with store.engine.connect() as conn:
        ids = list(conn.execute(select(schema.claims.c.claim_id).where(schema.claims.c.type.in_(types))).scalars())
        claims = db.load_claims(conn, ids)
        members = db.memberships(conn)
        docs = db.document_states(conn)
        event_time = db.event_times(conn, {members[c].event_id for c in ids if c in members})
    out = []
    for cid, claim in claims.items():
        m = members.get(cid)
        time = event_time.get(m.event_id) if m else None
        ev_night = night_of(span_window(TimeSpan(**time))) if time else None
        state = docs.get(claim.doc_id)
        out.append(SeriesClaim(cid, m.event_id if m else None, claim, state.published if state else None,
                               _is_official(docs, claim.doc_id), ev_night))
    return out


def air_attacks(store: Store, since: str | None = None, until: str | None = None,
                include_official_only: bool = False) -> AirSeries:
    """Nightly launched and intercepted drones and missiles per claimant, news beside the
    official record (:class:`~frontwire.fuse.series.AirSeries`; ``.as_dicts()`` for JSON)."""
    return air_attack_series(_series_claims(store, ("strike", "interception")), since, until,
                             include_official_only)


def daily(store: Store, kind: str, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    """``kind``: casualties, territory or strikes; per day and region (see :func:`daily_series`)."""
    types = {"casualties": "casualties", "territory": "territorial_change", "strikes": "strike"}[kind]
    events = list(iter_events(store, EventFilter(type=types, since=since, until=until)))
    return daily_series(events, kind)


__all__ = ["EventFilter", "ImportReport", "RefreshReport", "air_attacks", "claim_events", "count_events",
           "daily", "get_event", "import_air_force", "iter_events", "list_events", "refresh_events", "to_dict"]
