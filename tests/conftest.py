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
