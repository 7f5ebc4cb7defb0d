"""Alembic's environment: the target is frontwire.store.schema's metadata; the connection
is the one :func:`frontwire.store.migrations.upgrade` passes, else one to the URL given."""

from __future__ import annotations

from alembic import context

from frontwire.store import schema

config = context.config
target_metadata = schema.metadata


def run_offline() -> None:
    # `alembic upgrade --sql`: the SQL a DBA can review and apply by hand
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online(connection) -> None:  # noqa: ANN001
    context.configure(connection=connection, target_metadata=target_metadata, compare_type=True,
                      # SQLite cannot ALTER most things: later revisions rebuild tables in batches
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
elif (conn := config.attributes.get("connection")) is not None:
    run_online(conn)
else:
    from frontwire.store.store import make_engine

    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        run_online(connection)
    engine.dispose()
