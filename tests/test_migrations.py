"""Migrations: a new database is brought to schema.py by the revisions, an old one made by
create_all gets the tables it lacks, and a change to schema.py without a revision fails here."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from frontwire.store import Store, schema
from frontwire.store.migrations import current, head, upgrade
from frontwire.store.migrations.__main__ import main as migrations_main

FRAME_TABLES = ("documents", "articles", "places", "claims", "quantities", "problems")


def schema_differences(engine: sa.Engine) -> list:
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), schema.metadata)


def test_a_new_database_migrated_to_head_matches_schema_py(store_url):
    store = Store(store_url)
    assert current(store.engine) == head()
    # Fails when a table, column or index was added to schema.py without a revision:
    # run `python -m frontwire.store.migrations revision -m "..."` and review the file.
    assert schema_differences(store.engine) == []
    store.close()


def test_opening_again_is_a_no_op_and_keeps_the_data(store_url):
    store = Store(store_url)
    with store.engine.begin() as conn:
        conn.execute(sa.insert(schema.problems).values(origin="x", reason="kept", at="2026-03-08"))
    store.close()
    again = Store(store_url)
    with again.engine.connect() as conn:
        assert conn.execute(sa.select(schema.problems.c.reason)).scalars().all() == ["kept"]
    again.close()


def test_a_database_made_by_create_all_before_migrations_gets_the_missing_tables(store_url):
    engine = sa.create_engine(store_url)
    old = sa.MetaData()
    for name in FRAME_TABLES:   # the frame's schema, before the watcher's and fusion's tables
        schema.metadata.tables[name].to_metadata(old)
    old.create_all(engine)
    with engine.begin() as conn:
        conn.execute(sa.insert(old.tables["documents"]).values(
            doc_id="d1", origin="d1.txt", kind="text", raw="Drones hit Odesa.", content_hash="0" * 64,
            ingested_at="2026-03-08T00:00:00+00:00"))
    assert current(engine) is None
    store = Store(store_url)
    assert current(store.engine) == head()
    assert set(schema.metadata.tables) <= set(sa.inspect(store.engine).get_table_names())
    assert store.document("d1")["raw"] == "Drones hit Odesa."
    assert schema_differences(store.engine) == []
    store.close()
    engine.dispose()


def test_downgrade_to_nothing_and_back(store_url):
    engine = sa.create_engine(store_url)
    upgrade(engine)
    upgrade_to = head()
    from alembic import command

    from frontwire.store.migrations import alembic_config
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert not set(schema.metadata.tables) & set(sa.inspect(engine).get_table_names())
    upgrade(engine)
    assert current(engine) == upgrade_to
    engine.dispose()


def test_the_check_command_reports_agreement(capsys):
    assert migrations_main(["check"]) == 0
    assert "agree" in capsys.readouterr().out


def test_a_table_no_revision_creates_is_noticed(tmp_path):
    store = Store(str(tmp_path / "s.db"))
    extended = sa.MetaData()
    for table in schema.metadata.tables.values():
        table.to_metadata(extended)
    sa.Table("forgotten", extended, sa.Column("id", sa.Integer, primary_key=True))
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), extended)
    assert [(d[0], d[1].name) for d in diff] == [("add_table", "forgotten")]
    store.close()
