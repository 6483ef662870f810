"""Shared fixtures: paths, an in-memory store, a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
EVALDATA = REPO.parent / "shared" / "evaldata"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def memory_store():
    from kb.store import Store

    return Store(":memory:")


# ---------------------------------------------------------------- PostgreSQL
@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL server for the session (see ``tests/pg_cluster.py``).

    Skipped, with the reason, where none can be started; with KB_REQUIRE_POSTGRES=1
    (CI) that is a failure instead, so a broken CI set-up cannot pass by skipping.
    """
    import os

    from pg_cluster import REQUIRE_ENV, Unavailable, start_cluster

    try:
        cluster = start_cluster()
    except Unavailable as exc:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"PostgreSQL required ({REQUIRE_ENV}=1) but unavailable: {exc}")
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster) -> str:
    """The URL of a new, empty database on the session's server."""
    return pg_cluster.database()
