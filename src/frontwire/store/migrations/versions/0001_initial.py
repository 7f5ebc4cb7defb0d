"""The initial schema: doc_copies, doc_fingerprints, documents, event_claims, events,
problems, watch_entries, watch_http, watch_log, articles, claims, places, quantities.

Revision ID: 0001
Revises:
Create Date: 2026-11-26

The tables are a frozen copy of ``schema.py`` as it was at this revision (later revisions
change them; this one must not). A database made by ``create_all`` before migrations
existed already holds some of them: only the missing tables are created, and the database
is then at this revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def tables(meta: sa.MetaData) -> None:
    sa.Table('doc_copies', meta,
             sa.Column('doc_a', sa.String(200), primary_key=True),
             sa.Column('doc_b', sa.String(200), primary_key=True),
             sa.Column('jaccard', sa.Float(), nullable=False),
             sa.Column('containment', sa.Float(), nullable=False),
             sa.Index('ix_doc_copies_b', 'doc_b'),
             )
    sa.Table('doc_fingerprints', meta,
             sa.Column('doc_id', sa.String(200), primary_key=True),
             sa.Column('content_hash', sa.String(64), nullable=False),
             sa.Column('shingles', sa.Integer(), nullable=False),
             sa.Column('signature', sa.LargeBinary(), nullable=False),
             sa.Column('group_id', sa.String(200), nullable=False),
             sa.Column('official', sa.Boolean(), nullable=False),
             sa.Index('ix_doc_fingerprints_group', 'group_id'),
             )
    sa.Table('documents', meta,
             sa.Column('doc_id', sa.String(200), primary_key=True),
             sa.Column('origin', sa.Text(), nullable=False),
             sa.Column('url', sa.Text()),
             sa.Column('kind', sa.String(8), nullable=False),
             sa.Column('raw', sa.Text(), nullable=False),
             sa.Column('content_hash', sa.String(64), nullable=False),
             sa.Column('published', sa.String(40)),
             sa.Column('retrieved_at', sa.String(40)),
             sa.Column('title', sa.Text()),
             sa.Column('ingested_at', sa.String(40), nullable=False),
             )
    sa.Table('event_claims', meta,
             sa.Column('claim_id', sa.String(32), primary_key=True),
             sa.Column('event_id', sa.String(32), nullable=False),
             sa.Column('doc_id', sa.String(200), nullable=False),
             sa.Column('seq', sa.Integer(), nullable=False),
             sa.Column('reason', sa.Text(), nullable=False),
             sa.Column('official', sa.Boolean(), nullable=False),
             sa.Column('agreement', sa.String(8)),
             sa.Column('added_at', sa.String(40), nullable=False),
             sa.Index('ix_event_claims_doc', 'doc_id'),
             sa.Index('ix_event_claims_event', 'event_id'),
             )
    sa.Table('events', meta,
             sa.Column('event_id', sa.String(32), primary_key=True),
             sa.Column('type', sa.String(32), nullable=False),
             sa.Column('status', sa.String(16), nullable=False),
             sa.Column('modality', sa.String(12), nullable=False),
             sa.Column('actor_side', sa.String(12)),
             sa.Column('target_side', sa.String(12)),
             sa.Column('weapon', sa.String(12)),
             sa.Column('place_text', sa.Text()),
             sa.Column('place_name', sa.Text()),
             sa.Column('country', sa.String(2)),
             sa.Column('admin1', sa.String(8)),
             sa.Column('geonameid', sa.Integer()),
             sa.Column('lat', sa.Float()),
             sa.Column('lon', sa.Float()),
             sa.Column('place_precision', sa.String(12)),
             sa.Column('time_text', sa.Text()),
             sa.Column('time_start', sa.String(40)),
             sa.Column('time_end', sa.String(40)),
             sa.Column('time_precision', sa.String(12)),
             sa.Column('day', sa.String(10)),
             sa.Column('grain', sa.String(8)),
             sa.Column('window_start', sa.String(40)),
             sa.Column('window_end', sa.String(40)),
             sa.Column('claims', sa.Integer(), nullable=False),
             sa.Column('documents', sa.Integer(), nullable=False),
             sa.Column('sources', sa.Integer(), nullable=False),
             sa.Column('claimant_sides', sa.JSON(), nullable=False),
             sa.Column('figures', sa.JSON(), nullable=False),
             sa.Column('contradictions', sa.JSON(), nullable=False),
             sa.Column('official', sa.String(8)),
             sa.Column('summary', sa.Text(), nullable=False),
             sa.Column('created_at', sa.String(40), nullable=False),
             sa.Column('updated_at', sa.String(40), nullable=False),
             sa.Index('ix_events_admin1', 'admin1'),
             sa.Index('ix_events_status', 'status'),
             sa.Index('ix_events_type_day', 'type', 'day'),
             sa.Index('ix_events_type_window', 'type', 'grain', 'window_start'),
             )
    sa.Table('problems', meta,
             sa.Column('id', sa.Integer(), primary_key=True, autoincrement=True),
             sa.Column('origin', sa.Text(), nullable=False),
             sa.Column('doc_id', sa.String(200)),
             sa.Column('reason', sa.Text(), nullable=False),
             sa.Column('at', sa.String(40), nullable=False),
             )
    sa.Table('watch_entries', meta,
             sa.Column('entry_key', sa.String(32), primary_key=True),
             sa.Column('feed_url', sa.Text(), nullable=False),
             sa.Column('entry_id', sa.Text(), nullable=False),
             sa.Column('url', sa.Text(), nullable=False),
             sa.Column('doc_id', sa.String(200), nullable=False),
             sa.Column('title', sa.Text()),
             sa.Column('published', sa.String(40)),
             sa.Column('state', sa.String(12), nullable=False),
             sa.Column('attempts', sa.Integer(), nullable=False),
             sa.Column('reason', sa.Text()),
             sa.Column('seen_at', sa.String(40), nullable=False),
             sa.Column('done_at', sa.String(40)),
             sa.Index('ix_watch_entries_state', 'state', 'seen_at'),
             )
    sa.Table('watch_http', meta,
             sa.Column('url', sa.String(2048), primary_key=True),
             sa.Column('etag', sa.Text()),
             sa.Column('last_modified', sa.Text()),
             sa.Column('status', sa.Integer()),
             sa.Column('checked_at', sa.String(40), nullable=False),
             )
    sa.Table('watch_log', meta,
             sa.Column('id', sa.Integer(), primary_key=True, autoincrement=True),
             sa.Column('at', sa.String(40), nullable=False),
             sa.Column('cycle', sa.Integer()),
             sa.Column('kind', sa.String(8), nullable=False),
             sa.Column('url', sa.Text(), nullable=False),
             sa.Column('status', sa.Integer()),
             sa.Column('outcome', sa.String(16), nullable=False),
             sa.Column('reason', sa.Text()),
             sa.Column('bytes', sa.Integer()),
             sa.Column('seconds', sa.Float()),
             )
    sa.Table('articles', meta,
             sa.Column('doc_id', sa.String(200), sa.ForeignKey('documents.doc_id', ondelete='CASCADE'), primary_key=True),
             sa.Column('title', sa.Text()),
             sa.Column('published', sa.String(40)),
             sa.Column('updated', sa.String(40)),
             sa.Column('byline', sa.Text()),
             sa.Column('agency', sa.String(40)),
             sa.Column('dateline', sa.Text()),
             sa.Column('language', sa.String(8)),
             sa.Column('body', sa.JSON(), nullable=False),
             sa.Column('spans', sa.JSON(), nullable=False),
             sa.Column('source_text', sa.Text()),
             sa.Column('empty_reason', sa.Text()),
             )
    sa.Table('claims', meta,
             sa.Column('claim_id', sa.String(32), primary_key=True),
             sa.Column('doc_id', sa.String(200), sa.ForeignKey('documents.doc_id', ondelete='CASCADE'), nullable=False),
             sa.Column('seq', sa.Integer(), nullable=False),
             sa.Column('type', sa.String(32), nullable=False),
             sa.Column('claimant_text', sa.Text()),
             sa.Column('claimant_name', sa.Text()),
             sa.Column('claimant_side', sa.String(12), nullable=False),
             sa.Column('actor_side', sa.String(12)),
             sa.Column('target_side', sa.String(12)),
             sa.Column('weapon', sa.String(12)),
             sa.Column('place_text', sa.Text()),
             sa.Column('place_name', sa.Text()),
             sa.Column('country', sa.String(2)),
             sa.Column('admin1', sa.String(8)),
             sa.Column('geonameid', sa.Integer()),
             sa.Column('lat', sa.Float()),
             sa.Column('lon', sa.Float()),
             sa.Column('place_precision', sa.String(12)),
             sa.Column('time_text', sa.Text()),
             sa.Column('time_start', sa.String(40)),
             sa.Column('time_end', sa.String(40)),
             sa.Column('time_precision', sa.String(12)),
             sa.Column('day', sa.String(10)),
             sa.Column('modality', sa.String(12), nullable=False),
             sa.Column('status', sa.String(12), nullable=False),
             sa.Column('evidence_text', sa.Text(), nullable=False),
             sa.Column('evidence_start', sa.Integer()),
             sa.Column('evidence_end', sa.Integer()),
             sa.Index('ix_claims_admin1', 'admin1'),
             sa.Index('ix_claims_doc', 'doc_id'),
             sa.Index('ix_claims_type_day', 'type', 'day'),
             )
    sa.Table('places', meta,
             sa.Column('id', sa.Integer(), primary_key=True, autoincrement=True),
             sa.Column('doc_id', sa.String(200), sa.ForeignKey('documents.doc_id', ondelete='CASCADE'), nullable=False),
             sa.Column('text', sa.Text(), nullable=False),
             sa.Column('start', sa.Integer(), nullable=False),
             sa.Column('end', sa.Integer(), nullable=False),
             sa.Column('name', sa.Text()),
             sa.Column('country', sa.String(2)),
             sa.Column('admin1', sa.String(8)),
             sa.Column('geonameid', sa.Integer()),
             sa.Column('lat', sa.Float()),
             sa.Column('lon', sa.Float()),
             sa.Column('precision', sa.String(12)),
             sa.Column('note', sa.Text()),
             sa.Index('ix_places_doc', 'doc_id'),
             )
    sa.Table('quantities', meta,
             sa.Column('claim_id', sa.String(32), sa.ForeignKey('claims.claim_id', ondelete='CASCADE'), primary_key=True),
             sa.Column('idx', sa.Integer(), primary_key=True),
             sa.Column('scope', sa.String(16), nullable=False),
             sa.Column('unit', sa.String(16), nullable=False),
             sa.Column('value', sa.Integer(), nullable=False),
             sa.Column('approx', sa.String(12), nullable=False),
             sa.Column('category', sa.String(12)),
             )


def upgrade() -> None:
    meta = sa.MetaData()
    tables(meta)
    existing = set() if context.is_offline_mode() else set(sa.inspect(op.get_bind()).get_table_names())
    for table in meta.sorted_tables:
        if table.name not in existing:
            op.execute(sa.schema.CreateTable(table))
            for index in sorted(table.indexes, key=lambda i: i.name):
                op.execute(sa.schema.CreateIndex(index))


def downgrade() -> None:
    meta = sa.MetaData()
    tables(meta)
    for table in reversed(meta.sorted_tables):
        op.execute(sa.schema.DropTable(table, if_exists=True))

