"""Shared test fixtures: paths to ../shared, a CLI runner, the bundled examples."""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontwire.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    """The shared material beside the checkout; tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


PG_URL = os.environ.get("FRONTWIRE_TEST_PG_URL")  # set by .ci/postgres.sh


def reset_database(url: str) -> None:
    """Drop every table, so a test starts from an empty database."""
    from sqlalchemy import MetaData, create_engine

    engine = create_engine(url)
    meta = MetaData()
    meta.reflect(engine)
    meta.drop_all(engine)
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """A URL for an empty store database: SQLite always, PostgreSQL when
    FRONTWIRE_TEST_PG_URL names one (the test database is emptied first)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    if not PG_URL:
        pytest.skip("PostgreSQL: FRONTWIRE_TEST_PG_URL is not set (eval \"$(.ci/postgres.sh)\")")
    reset_database(PG_URL)
    return PG_URL


@pytest.fixture
def examples() -> Path:
    return Path(str(resources.files("frontwire") / "examples"))


@pytest.fixture
def cli():
    """Run a frontwire command in-process: cli("extract", path) -> click Result."""
    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None):
        return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)

    return run


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip().startswith("{")]
