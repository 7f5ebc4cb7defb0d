"""``python -m frontwire.store.migrations revision -m MESSAGE`` | ``check`` | ``upgrade --db URL``.

``revision`` autogenerates the next revision from the difference between the migrations
and ``schema.py`` (on a scratch SQLite database brought to the newest revision); review
the file it writes in ``versions/``. ``check`` exits 1 when schema.py has changes no
revision covers.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from frontwire.store import schema
from frontwire.store.migrations import alembic_config, upgrade
from frontwire.store.store import make_engine


def differences(url: str) -> list:
    """What schema.py has that a database migrated to the newest revision lacks (or the reverse)."""
    engine = make_engine(url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            return compare_metadata(ctx, schema.metadata)
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m frontwire.store.migrations", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    rev = sub.add_parser("revision", help="autogenerate the next revision from schema.py")
    rev.add_argument("-m", "--message", required=True)
    chk = sub.add_parser("check", help="exit 1 if schema.py and the migrations disagree")
    up = sub.add_parser("upgrade", help="bring a database to the newest revision")
    up.add_argument("--db", required=True, help="SQLAlchemy URL or SQLite path")
    for p in (rev, chk):
        p.add_argument("--db", help="database to compare against (default: a scratch SQLite file)")
    args = parser.parse_args(argv)

    if args.cmd == "upgrade":
        upgrade(make_engine(args.db))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'scratch.db'}"
        if args.cmd == "check":
            diff = differences(url)
            for d in diff:
                print(d)
            print("schema.py and the migrations agree" if not diff else
                  f"{len(diff)} differences: add a revision (python -m frontwire.store.migrations revision -m ...)")
            return 1 if diff else 0
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        heads = ScriptDirectory.from_config(alembic_config()).get_heads()
        next_id = f"{max((int(h) for h in heads if h.isdigit()), default=0) + 1:04d}"
        command.revision(alembic_config(url), message=args.message, autogenerate=True, rev_id=next_id)
        return 0


if __name__ == "__main__":
    sys.exit(main())
