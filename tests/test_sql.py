"""Read-only SQL: queries and views work; nothing can write, attach or load code."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import sample_kb
from kb.cli_query import register
from kb.errors import QueryError, ReadOnlyViolation, StoreError
from kb.sql import run_sql

QUERIES = Path(__file__).resolve().parent.parent / "docs" / "queries"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sql") / "kb.db"
    sample_kb.build(path)
    return path


def fingerprint(db: Path) -> str:
    """A hash of every row of every table and of the schema."""
    conn = sqlite3.connect(db)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def test_select_and_views(db):
    assert run_sql(db, "SELECT COUNT(*) FROM paper").rows == [[8]]
    columns, rows = run_sql(db, "SELECT method, value FROM leaderboard WHERE dataset = 'SQuAD 1.1' AND metric = 'F1' "
                                "ORDER BY value DESC")
    assert columns == ["method", "value"]
    assert rows == [["XLNet", 95.1], ["BERT", 93.2], ["GPT-3", 81.5]]


def test_read_only_pragmas_and_recursive_queries_are_allowed(db):
    assert "title" in [r[1] for r in run_sql(db, "PRAGMA table_info(paper)").rows]
    assert "ix_claim_kind" in [r[1] for r in run_sql(db, "PRAGMA index_list(claim)").rows]
    assert run_sql(db, "PRAGMA user_version").rows == [[0]]
    assert run_sql(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) "
                       "SELECT i FROM n").rows == [[1], [2], [3]]


@pytest.mark.parametrize("statement", [
    "DELETE FROM paper",
    "DROP TABLE claim",
    "DROP VIEW claim_view",
    "INSERT INTO meta (key, value) VALUES ('x', 'y')",
    "UPDATE paper SET title = 'x'",
    "CREATE TABLE t (x)",
    "CREATE TEMP TABLE t (x)",
    "CREATE VIEW v AS SELECT 1",
    "ALTER TABLE paper ADD COLUMN x",
    "ATTACH DATABASE '{tmp}/other.db' AS other",
    "VACUUM INTO '{tmp}/copy.db'",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA user_version = 7",
    "PRAGMA query_only = OFF",
    "PRAGMA writable_schema = ON",
    "SELECT load_extension('/tmp/evil.so')",
    "BEGIN",
    "REPLACE INTO meta (key, value) VALUES ('schema_version', '99')",
])
def test_writes_are_refused_and_change_nothing(db, tmp_path, statement):
    before = fingerprint(db)
    with pytest.raises(ReadOnlyViolation, match="read-only"):
        run_sql(db, statement.format(tmp=tmp_path))
    assert fingerprint(db) == before
    assert list(tmp_path.iterdir()) == []  # ATTACH / VACUUM INTO created no file


def test_refusal_names_what_was_refused(db):
    with pytest.raises(ReadOnlyViolation, match=r"refused: DELETE paper is not allowed"):
        run_sql(db, "DELETE FROM paper")
    with pytest.raises(ReadOnlyViolation, match=r"refused: DROP \(a schema change\) is not allowed"):
        run_sql(db, "-- a comment\n/* another */ DROP TABLE paper")
    with pytest.raises(ReadOnlyViolation, match=r"load_extension\(\)"):
        run_sql(db, "SELECT load_extension('x')")


def test_a_second_statement_is_refused(db):
    before = fingerprint(db)
    with pytest.raises(QueryError):
        run_sql(db, "SELECT 1; DELETE FROM paper")
    assert fingerprint(db) == before


def test_errors_and_limits(db, tmp_path):
    with pytest.raises(QueryError, match="no such table"):
        run_sql(db, "SELECT * FROM nope")
    with pytest.raises(QueryError, match="empty"):
        run_sql(db, " ")
    with pytest.raises(StoreError, match="no such database"):
        run_sql(tmp_path / "missing.db", "SELECT 1")
    result = run_sql(db, "SELECT id FROM mention", max_rows=3)
    assert len(result.rows) == 3 and result.truncated
    assert not run_sql(db, "SELECT id FROM paper", max_rows=8).truncated


def test_timeout_stops_a_runaway_query(db):
    with pytest.raises(QueryError, match="stopped after"):
        run_sql(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT COUNT(*) FROM n",
                timeout_s=0.2)


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.sql")), ids=lambda p: p.name)
def test_documented_query_returns_rows(db, path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("-- ") and text.splitlines()[0].rstrip().endswith("?"), "first line states the question"
    assert run_sql(db, text).rows, path.name


def test_there_are_enough_documented_queries():
    assert len(list(QUERIES.glob("*.sql"))) >= 4


def test_cli_sql_json_and_refusal(db):
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["sql", "SELECT COUNT(*) AS n FROM paper", "--format", "json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"n": 8}]
    result = CliRunner().invoke(app, ["sql", f"@{QUERIES / 'leaderboard.sql'}", "--format", "csv", "--db", str(db)])
    assert result.exit_code == 0 and result.stdout.startswith("dataset,metric,method,value")
    result = CliRunner().invoke(app, ["sql", "DROP TABLE paper", "--db", str(db)])
    assert result.exit_code == 1 and result.stderr.startswith("kb: error: refused: DROP (a schema change)")
    assert result.stderr.count("\n") == 1
