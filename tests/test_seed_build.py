"""`kb build` on seeds/: the 86 papers, idempotence, the committed exports, the example queries."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from kb.cli import app

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    """Build the seed KB exactly as the README's first command does (from the repo root)."""
    from typer.testing import CliRunner

    work = tmp_path_factory.mktemp("seed")
    db, out = work / "kb.db", work / "exports"
    cwd = os.getcwd()
    os.chdir(REPO)  # source paths in the exports are relative to where kb runs
    try:
        result = CliRunner().invoke(app, ["build", "--db", str(db), "--out-dir", str(out), "--quiet"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    return db, out


def test_exactly_the_86_seed_papers(seed_build):
    db, _ = seed_build
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM paper").fetchone() == (86,)
    assert conn.execute("SELECT COUNT(*) FROM reject").fetchone() == (0,)
    per_format = dict(conn.execute("SELECT source_format, COUNT(*) FROM paper GROUP BY 1"))
    assert per_format == {"acl_anthology": 2, "trending_listing": 5, "author_profile": 31,
                          "daily_papers": 41, "abstract_lines": 7}


def test_second_build_changes_nothing(seed_build, tmp_path):
    from typer.testing import CliRunner

    db, out = seed_build
    before = (out / "kb.json").read_bytes(), (out / "kb.ttl").read_bytes()
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        result = CliRunner().invoke(app, ["build", "--db", str(db), "--out-dir", str(out), "--quiet"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    assert ((out / "kb.json").read_bytes(), (out / "kb.ttl").read_bytes()) == before


def test_committed_exports_match_a_fresh_build(seed_build):
    _, out = seed_build
    for name in ("kb.json", "kb.ttl"):
        committed = REPO / "exports" / name
        assert committed.exists(), f"exports/{name} is not committed"
        assert committed.read_bytes() == (out / name).read_bytes(), (
            f"exports/{name} is stale: run `kb build` and commit exports/")


def test_seed_export_contract_and_offsets(seed_build):
    _, out = seed_build
    papers = json.loads((out / "kb.json").read_text(encoding="utf-8"))
    assert len(papers) == 86
    entities = claims = 0
    for paper in papers:
        for entity in paper["entities"]:
            entities += 1
            assert entity["type"] in {"METHOD", "DATASET", "METRIC", "TASK"} and entity["name"]
            for m in entity["mentions"]:
                assert paper[m["field"]][m["start"]:m["end"]] == m["text"]
        for claim in paper["claims"]:
            claims += 1
            assert paper["abstract"][claim["start"]:claim["end"]] == claim["text"]
            assert claim["value"] is None or isinstance(claim["value"], (int, float))
            assert claim["unit"] in (None, "%", "points", "x")
    # every paper of the seeds is about ML: a pipeline finding nothing is broken
    assert entities >= 5 * 86 and claims >= 40


def test_rdf_serialisations_are_one_graph(seed_build):
    db, out = seed_build
    from typer.testing import CliRunner

    runner = CliRunner()
    graphs = []
    for fmt, parser in (("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")):
        result = runner.invoke(app, ["export", "--format", fmt, "--db", str(db)])
        assert result.exit_code == 0, result.output
        graphs.append(rdflib.Graph().parse(data=result.stdout_bytes, format=parser))
    assert len(graphs[0]) > 1000
    assert isomorphic(graphs[0], graphs[1]) and isomorphic(graphs[0], graphs[2])


def test_sparql_and_sql_count_86(seed_build, runner):
    db, _ = seed_build
    q = "PREFIX schema: <https://schema.org/> SELECT (COUNT(?p) AS ?n) WHERE { ?p a schema:ScholarlyArticle }"
    result = runner.invoke(app, ["sparql", q, "--format", "json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"]["bindings"][0]["n"]["value"] == "86"
    result = runner.invoke(app, ["sql", "SELECT COUNT(*) AS n FROM paper", "--format", "json", "--db", str(db)])
    assert json.loads(result.stdout) == [{"n": 86}]


@pytest.mark.parametrize("query", sorted((REPO / "docs" / "queries").glob("*.*")), ids=lambda p: p.name)
def test_documented_queries_return_rows_on_the_seed_kb(seed_build, runner, query):
    db, _ = seed_build
    command = "sparql" if query.suffix == ".rq" else "sql"
    result = runner.invoke(app, [command, f"@{query}", "--format", "json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    rows = data["results"]["bindings"] if command == "sparql" else data
    assert rows, f"{query.name} returned no rows on the seed KB"


def test_writes_are_refused_and_data_kept(seed_build, runner):
    db, _ = seed_build
    for statement in ("DELETE FROM paper", "DROP TABLE paper", "ATTACH DATABASE ':memory:' AS x"):
        result = runner.invoke(app, ["sql", statement, "--db", str(db)])
        assert result.exit_code != 0 and "Traceback" not in result.output
    for update in ("INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                   "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"):
        result = runner.invoke(app, ["sparql", update, "--db", str(db)])
        assert result.exit_code != 0 and "Traceback" not in result.output
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM paper").fetchone() == (86,)
