"""The database schema, in SQLAlchemy Core, identical on SQLite and PostgreSQL.

Dates and times are ISO 8601 strings: they sort and compare as text the same way on both
databases, and keep the precision the page gave (a date, or a time with its zone).
"""

from __future__ import annotations

from sqlalchemy import (JSON, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table,
                        Text)

metadata = MetaData()

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
