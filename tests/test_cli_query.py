"""``kb sql`` and ``kb sparql`` share one way of reading the query (the argument, ``@FILE``
or ``-`` for stdin) and of writing the result, with the note when ``--max-rows`` cut it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import sample_kb
from kb.cli import app
from kb.sparql import sync_rdf

COUNT = {"sql": "SELECT COUNT(*) AS n FROM paper",
         "sparql": "SELECT (COUNT(?p) AS ?n) WHERE { ?p a schema:ScholarlyArticle }"}
ALL_PAPERS = {"sql": "SELECT id FROM paper ORDER BY id",
              "sparql": "SELECT ?p WHERE { ?p a schema:ScholarlyArticle } ORDER BY ?p"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "kb.db"
    sync_rdf(sample_kb.build(path))
    return path


def count(command: str, stdout: str) -> int:
    data = json.loads(stdout)
    if command == "sql":
        return data[0]["n"]
    return int(data["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("command", ["sql", "sparql"])
def test_query_from_argument_file_and_stdin(command, db, tmp_path):
    runner = CliRunner()
    query_file = tmp_path / "q.txt"
    query_file.write_text(COUNT[command], encoding="utf-8")
    for query, stdin in ((COUNT[command], None), (f"@{query_file}", None), ("-", COUNT[command])):
        result = runner.invoke(app, [command, query, "--format", "json", "--db", str(db)], input=stdin)
        assert result.exit_code == 0, (query, result.output)
        assert count(command, result.stdout) == 8


@pytest.mark.parametrize("command", ["sql", "sparql"])
def test_unreadable_query_file_is_one_line_error(command, db, tmp_path):
    result = CliRunner().invoke(app, [command, f"@{tmp_path / 'missing.rq'}", "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "cannot read query file" in result.stderr


@pytest.mark.parametrize("command", ["sql", "sparql"])
def test_max_rows_cuts_and_says_so_unless_quiet(command, db):
    runner = CliRunner()
    result = runner.invoke(app, [command, ALL_PAPERS[command], "--format", "csv", "--max-rows", "3", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1 + 3  # header and three rows
    assert "showing the first 3 rows" in result.stderr
    result = runner.invoke(app, [command, ALL_PAPERS[command], "--format", "csv", "--max-rows", "3", "--quiet",
                                 "--db", str(db)])
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.parametrize("command", ["sql", "sparql"])
def test_a_query_file_named_without_its_at_sign_is_a_one_line_hint(command, db, tmp_path):
    query_file = tmp_path / "q.rq"
    query_file.write_text(COUNT[command], encoding="utf-8")
    result = CliRunner().invoke(app, [command, str(query_file), "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and f"with @{query_file}" in result.stderr
