"""documents.ingested_at index: the web application's cache asks for the newest ingestion
time on every page, to notice a changed record (serve/cache.py).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEX = "ix_documents_ingested"


def upgrade() -> None:
    # a database made by create_all from today's schema.py has the index already
    if not context.is_offline_mode():
        if INDEX in {i["name"] for i in sa.inspect(op.get_bind()).get_indexes("documents")}:
            return
    op.create_index(INDEX, "documents", ["ingested_at"], unique=False)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="documents")
