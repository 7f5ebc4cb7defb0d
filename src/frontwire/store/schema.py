"""The database schema, in SQLAlchemy Core, identical on SQLite and PostgreSQL.

Dates and times are ISO 8601 strings: they sort and compare as text the same way on both
databases, and keep the precision the page gave (a date, or a time with its zone).
"""

from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, Float, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Table, Text)

metadata = MetaData()


def sides_place_and_time() -> list[Column]:
    """The columns a claim and an event share: who acted on whom with what, the place and
    the time (the contract's place and time objects, flattened; store.place_columns writes
    them). Fresh Column objects for each table."""
    return [
        Column("actor_side", String(12)),
        Column("target_side", String(12)),
        Column("weapon", String(12)),
        Column("place_text", Text),
        Column("place_name", Text),
        Column("country", String(2)),
        Column("admin1", String(8)),
        Column("geonameid", Integer),
        Column("lat", Float),
        Column("lon", Float),
        Column("place_precision", String(12)),
        Column("time_text", Text),
        Column("time_start", String(40)),
        Column("time_end", String(40)),
        Column("time_precision", String(12)),
    ]


documents = Table(
    "documents", metadata,
    Column("doc_id", String(200), primary_key=True),
    Column("origin", Text, nullable=False),            # path, path:line or URL it was read from
    Column("url", Text),
    Column("kind", String(8), nullable=False),          # text | html
    Column("raw", Text, nullable=False),                # the page as read, for evidence checks
    Column("content_hash", String(64), nullable=False),
    Column("published", String(40)),                    # as the record gave it
    Column("retrieved_at", String(40)),
    Column("title", Text),
    Column("ingested_at", String(40), nullable=False),
    Index("ix_documents_ingested", "ingested_at"),      # the web app's cache asks for the newest
)

articles = Table(
    "articles", metadata,
    Column("doc_id", String(200), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("title", Text),
    Column("published", String(40)),                    # resolved: record, page, or retrieval date
    Column("updated", String(40)),
    Column("byline", Text),
    Column("agency", String(40)),
    Column("dateline", Text),
    Column("language", String(8)),
    Column("body", JSON, nullable=False),               # list of paragraphs
    Column("spans", JSON, nullable=False),              # [start, end] of each paragraph in source_text
    Column("source_text", Text),                        # NULL: the same as documents.raw
    Column("empty_reason", Text),
)

places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(200), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("name", Text),
    Column("country", String(2)),
    Column("admin1", String(8)),
    Column("geonameid", Integer),
    Column("lat", Float),
    Column("lon", Float),
    Column("precision", String(12)),
    Column("note", Text),
    Index("ix_places_doc", "doc_id"),
)

claims = Table(
    "claims", metadata,
    Column("claim_id", String(32), primary_key=True),   # stable: derived from the claim itself
    Column("doc_id", String(200), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),             # order within the document
    Column("type", String(32), nullable=False),
    Column("claimant_text", Text),
    Column("claimant_name", Text),
    Column("claimant_side", String(12), nullable=False),
    *sides_place_and_time(),
    Column("day", String(10)),                          # event day, else the publication day
    Column("modality", String(12), nullable=False),
    Column("status", String(12), nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Index("ix_claims_doc", "doc_id"),
    Index("ix_claims_type_day", "type", "day"),
    Index("ix_claims_admin1", "admin1"),
)

quantities = Table(
    "quantities", metadata,
    Column("claim_id", String(32), ForeignKey("claims.claim_id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("scope", String(16), nullable=False),
    Column("unit", String(16), nullable=False),
    Column("value", Integer, nullable=False),
    Column("approx", String(12), nullable=False),
    Column("category", String(12)),
)

# Inputs that could not be read or processed, so a summary or a watcher can report them.
problems = Table(
    "problems", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", Text, nullable=False),
    Column("doc_id", String(200)),
    Column("reason", Text, nullable=False),
    Column("at", String(40), nullable=False),
)

# --- the watcher's state (``frontwire watch`` / ``fetch``) -------------------------------
# Every step of a cycle commits here before the next begins, so a watcher killed at any
# point resumes where it stopped: nothing is lost and nothing is fetched or stored twice.

# Conditional-request validators of each feed or page last fetched (ETag, Last-Modified).
watch_http = Table(
    "watch_http", metadata,
    Column("url", String(2048), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("status", Integer),                          # HTTP status of the last answer
    Column("checked_at", String(40), nullable=False),
)

# Every feed entry ever seen, and what became of it: pending until its page is stored,
# skipped (not an article: an image, a robots.txt ban) or failed (after retries).
watch_entries = Table(
    "watch_entries", metadata,
    Column("entry_key", String(32), primary_key=True),  # hash of the feed URL and the entry's id
    Column("feed_url", Text, nullable=False),
    Column("entry_id", Text, nullable=False),           # the feed's guid/id, else its link
    Column("url", Text, nullable=False),                # the article page to fetch
    Column("doc_id", String(200), nullable=False),      # the document it is stored as
    Column("title", Text),
    Column("published", String(40)),
    Column("state", String(12), nullable=False),        # pending | stored | skipped | failed
    Column("attempts", Integer, nullable=False),        # cycles that tried and failed to fetch it
    Column("reason", Text),                             # why skipped or failed, or the last error
    Column("seen_at", String(40), nullable=False),
    Column("done_at", String(40)),
    Index("ix_watch_entries_state", "state", "seen_at"),
)

# One row per HTTP fetch (feeds, pages, robots.txt): what was asked, what came back.
watch_log = Table(
    "watch_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),
    Column("cycle", Integer),                           # the watcher's cycle number; NULL for `fetch`
    Column("kind", String(8), nullable=False),          # feed | page
    Column("url", Text, nullable=False),
    Column("status", Integer),
    Column("outcome", String(16), nullable=False),      # ok | not_modified | skipped | failed | stored ...
    Column("reason", Text),
    Column("bytes", Integer),
    Column("seconds", Float),
)

# --- fusion (issue 6): syndication groups, events and their claims ---------------------
# No foreign keys to claims/documents: those rows are replaced when a page changes, and
# frontwire.fuse.refresh_events() finds and drops what they leave behind.

doc_fingerprints = Table(
    "doc_fingerprints", metadata,
    Column("doc_id", String(200), primary_key=True),
    Column("content_hash", String(64), nullable=False),  # documents.content_hash when fingerprinted
    Column("shingles", Integer, nullable=False),         # size of the body's shingle set
    Column("signature", LargeBinary, nullable=False),    # MinHash values (fuse/syndication.py)
    Column("group_id", String(200), nullable=False),     # syndication group: copies share it
    Column("official", Boolean, nullable=False, default=False),
    Index("ix_doc_fingerprints_group", "group_id"),
)

doc_copies = Table(
    "doc_copies", metadata,
    Column("doc_a", String(200), primary_key=True),      # doc_a < doc_b
    Column("doc_b", String(200), primary_key=True),
    Column("jaccard", Float, nullable=False),
    Column("containment", Float, nullable=False),
    Index("ix_doc_copies_b", "doc_b"),
)

events = Table(
    "events", metadata,
    Column("event_id", String(32), primary_key=True),    # stable: from the claim that founded it
    Column("type", String(32), nullable=False),
    Column("status", String(16), nullable=False),        # single_party, corroborated, contested, denied
    Column("modality", String(12), nullable=False),
    *sides_place_and_time(),
    Column("day", String(10)),                           # morning of a night, else first day
    Column("grain", String(8)),                          # short | medium | long (fuse/timing.py)
    Column("window_start", String(40)),                  # union of the members' time windows,
    Column("window_end", String(40)),                    # to find the events a new claim may join
    Column("claims", Integer, nullable=False),
    Column("documents", Integer, nullable=False),
    Column("sources", Integer, nullable=False),          # independent: syndication groups
    Column("claimant_sides", JSON, nullable=False),
    Column("figures", JSON, nullable=False),             # [{scope, unit, category, low, high, values, claims}]
    Column("contradictions", JSON, nullable=False),      # [{kind, claim_ids, detail}]
    Column("official", String(8)),                       # agrees | differs | NULL
    Column("summary", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Index("ix_events_type_day", "type", "day"),
    Index("ix_events_type_window", "type", "grain", "window_start"),
    Index("ix_events_status", "status"),
    Index("ix_events_admin1", "admin1"),
)

event_claims = Table(
    "event_claims", metadata,
    Column("claim_id", String(32), primary_key=True),    # a claim is in one event
    Column("event_id", String(32), nullable=False),
    Column("doc_id", String(200), nullable=False),
    Column("seq", Integer, nullable=False),              # order of joining; 0 founded the event
    Column("reason", Text, nullable=False),              # why it was merged
    Column("official", Boolean, nullable=False, default=False),
    Column("agreement", String(8)),                      # agrees | differs with the official claim
    Column("added_at", String(40), nullable=False),
    Index("ix_event_claims_event", "event_id"),
    Index("ix_event_claims_doc", "doc_id"),
)

# One row: a refresh of the events updates it first, so two refreshes (the CLI and the
# web app) never fuse the same new claims at once; the second waits for the first.
fuse_state = Table(
    "fuse_state", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("refreshed_at", String(40), nullable=False),
)
