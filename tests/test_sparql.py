"""SPARQL on the Oxigraph store: incremental sync, refusals, results formats, docs queries."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import typer
from typer.testing import CliRunner

import sample_kb
import kb.sparql
from kb.cli_query import register
from kb.errors import QueryError, ReadOnlyViolation, StoreError
from kb.rdf import iter_triples, paper_node
from kb.sparql import (
    STATE_FILE, rdf_paper_ids, rdf_store_path, rdflib_graph, rebuild_rdf, results_json, run_query, sync_rdf,
    write_results,
)
from kb.store import Store

QUERIES = Path(__file__).resolve().parent.parent / "docs" / "queries"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Batch one synced (a full build), then batch two synced incrementally."""
    path = tmp_path_factory.mktemp("sparql") / "kb.db"
    store = sample_kb.build(path, with_batch_two=False)
    sync_rdf(store)
    sync_rdf(store, sample_kb.write(store, sample_kb.batch_two(), "ingest"))
    return path


ONTOLOGY = {str(ox.Triple(t.subject, t.predicate, t.object))
            for t in ox.parse(path=str(kb.sparql.ONTOLOGY_PATH), format=ox.RdfFormat.TURTLE)}


def store_triples(db: Path) -> set[str]:
    """Every triple of the SPARQL store but the ontology's, as N-Triples text."""
    oxstore = ox.Store.read_only(str(rdf_store_path(db)))
    assert all(q.graph_name == ox.DefaultGraph() for q in oxstore)
    triples = {str(ox.Triple(q.subject, q.predicate, q.object)) for q in oxstore}
    assert triples >= ONTOLOGY
    return triples - ONTOLOGY


def export_triples(store: Store) -> set[str]:
    return {str(t) for t in iter_triples(store, include_runs=True)}


def values(result) -> list[list[object]]:
    return [[None if t is None else t.value for t in row] for row in result.rows]


# ---------------------------------------------------------------------- the store
def test_store_holds_exactly_the_export(db):
    assert store_triples(db) == export_triples(Store(db, readonly=True))


def test_count_of_scholarly_articles(db):
    result = run_query(db, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a schema:ScholarlyArticle }")
    assert values(result) == [["8"]]


def test_incremental_sync_rewrites_only_the_given_papers(tmp_path, monkeypatch):
    store = sample_kb.build(tmp_path / "kb.db", with_batch_two=False)
    assert rebuild_rdf(store) == 7
    xlnet_v1 = str(paper_node(sample_kb._xlnet(1).paper.id).value)
    assert any("RoBERTa-large" in t for t in store_triples(tmp_path / "kb.db"))

    requested: list[list[str]] = []
    real = kb.sparql.paper_graphs

    def spy(conn, paper_ids=None, **kwargs):
        requested.append(None if paper_ids is None else list(paper_ids))
        return real(conn, paper_ids, **kwargs)

    monkeypatch.setattr(kb.sparql, "paper_graphs", spy)
    ids = sample_kb.write(store, sample_kb.batch_two(), "ingest")
    assert sync_rdf(store, ids) == 2
    assert requested == [sorted(ids)]

    after = store_triples(tmp_path / "kb.db")
    assert after == export_triples(store)
    all_ids = {b.paper.id for b in sample_kb.batch_one() + sample_kb.batch_two()}
    assert rdf_paper_ids(rdf_store_path(store)) == all_ids
    # the changed paper's old claims, and the entity only its old version mentioned, are gone
    assert not any("XLNet outperforms RoBERTa-large." in t for t in after)
    assert not any('"RoBERTa"' in t for t in after)
    assert any("95.1" in t and xlnet_v1 in t for t in after)
    assert any("Language Models are Few-Shot Learners" in t for t in after)


def test_a_store_from_another_database_is_rebuilt(tmp_path):
    path = tmp_path / "kb.db"
    store = sample_kb.build(path, with_batch_two=False)
    sync_rdf(store)
    path.unlink()
    for extra in tmp_path.glob("kb.db-*"):
        extra.unlink()
    fresh = Store(path)
    ids = sample_kb.write(fresh, sample_kb.batch_two())
    assert sync_rdf(fresh, ids) == 2  # a rebuild: nothing of the old database survives
    assert store_triples(path) == export_triples(fresh)


def test_only_sqlite_files_get_a_store(tmp_path):
    assert sync_rdf(Store(":memory:"), ["x"]) == 0
    sample_kb.build(tmp_path / "kb.db")
    with pytest.raises(StoreError, match="writable"):
        rebuild_rdf(Store(tmp_path / "kb.db", readonly=True))


def test_queries_warn_when_the_store_is_behind(tmp_path, caplog):
    store = sample_kb.build(tmp_path / "kb.db", with_batch_two=False)
    sync_rdf(store)
    sample_kb.write(store, sample_kb.batch_two())
    run_query(tmp_path / "kb.db", "ASK { ?s ?p ?o }")
    assert "kb rdf-sync" in caplog.text


def test_first_query_builds_a_missing_store(tmp_path):
    sample_kb.build(tmp_path / "kb.db")
    assert values(run_query(tmp_path / "kb.db", "SELECT (COUNT(*) AS ?n) WHERE { ?p a kb:Claim }")) == [["13"]]
    assert (rdf_store_path(tmp_path / "kb.db") / STATE_FILE).is_file()


def test_rdflib_graph_is_backed_by_oxigraph(db):
    import rdflib

    graph = rdflib_graph(db)
    article = rdflib.URIRef("https://schema.org/ScholarlyArticle")
    assert len(set(graph.subjects(rdflib.RDF.type, article))) == 8
    [row] = graph.query("SELECT (COUNT(?p) AS ?n) WHERE { ?p a schema:ScholarlyArticle }")
    assert int(row[0]) == 8


# ---------------------------------------------------------------------- refusals
@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "DELETE DATA { <http://a> <http://b> <http://c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "PREFIX ex: <http://ex/> WITH <http://g> DELETE { ?s ?p ?o } INSERT { ?s ex:p 1 } WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "CREATE GRAPH <http://g>",
    "DROP DEFAULT",
    "ADD DEFAULT TO <http://g>",
    "MOVE DEFAULT TO <http://g>",
    "COPY DEFAULT TO <http://g>",
])
def test_updates_are_refused_and_change_nothing(db, update):
    before = store_triples(db)
    with pytest.raises(ReadOnlyViolation, match="update"):
        run_query(db, update)
    assert store_triples(db) == before


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { service silent <http://localhost:1/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o . SERVICE ?endpoint { ?s ?q ?x } }",
    "SELECT * WHERE {\n# a comment\nSERVICE<http://localhost:1/>{?s ?p ?o}}",
])
def test_service_is_refused(db, query):
    with pytest.raises(ReadOnlyViolation, match="SERVICE"):
        run_query(db, query)


def test_service_in_names_strings_iris_and_comments_is_fine(db):
    query = """PREFIX SERVICE: <http://example.org/SERVICE#>
        SELECT ?service WHERE {  # SERVICE <http://localhost:1/>
          VALUES ?service { "SERVICE <http://localhost:1/> { }" <http://example.org/SERVICE> SERVICE:x }
        }"""
    assert len(run_query(db, query).rows) == 3


def test_syntax_errors_are_reported_as_such(db):
    with pytest.raises(QueryError, match="syntax") as info:
        run_query(db, "SELECT ?x WHERE { ?x ?y }")
    assert not isinstance(info.value, ReadOnlyViolation)
    with pytest.raises(QueryError, match="empty"):
        run_query(db, "  ")


# ---------------------------------------------------------------------- results
def test_json_is_standard_sparql_results(db):
    query = """SELECT ?paper ?title ?date ?missing WHERE {
                 ?paper a schema:ScholarlyArticle . OPTIONAL { ?paper dcterms:title ?title }
                 OPTIONAL { ?paper dcterms:date ?date } OPTIONAL { ?paper kb:nothing ?missing } }
               ORDER BY ?paper"""
    out = io.StringIO()
    write_results(run_query(db, query), "json", out)
    document = json.loads(out.getvalue())
    assert document["head"]["vars"] == ["paper", "title", "date", "missing"]
    parsed = ox.parse_query_results(out.getvalue().encode(), ox.QueryResultsFormat.JSON)
    direct = ox.Store.read_only(str(rdf_store_path(db))).query(query, prefixes=kb.sparql.PREFIXES)
    assert [list(s) for s in parsed] == [list(s) for s in direct]
    assert results_json(run_query(db, "ASK { ?p a schema:ScholarlyArticle }")) == {"head": {}, "boolean": True}


def test_construct_returns_triples(db):
    result = run_query(db, "CONSTRUCT { ?p a schema:ScholarlyArticle } WHERE { ?p a schema:ScholarlyArticle }")
    assert result.columns == ["subject", "predicate", "object"] and len(result.rows) == 8


def test_table_and_csv_formats(db):
    result = run_query(db, "SELECT ?p ?n WHERE { ?p schema:name ?n } ORDER BY ?n LIMIT 2")
    table, csv = io.StringIO(), io.StringIO()
    write_results(result, "table", table)
    write_results(result, "csv", csv)
    assert "person:" in table.getvalue()
    assert csv.getvalue().splitlines()[0] == "p,n" and "https://w3id.org/kb/id/person/" in csv.getvalue()


def test_max_rows_truncates(db):
    result = run_query(db, "SELECT ?s WHERE { ?s ?p ?o }", max_rows=5)
    assert len(result.rows) == 5 and result.truncated
    columns, rows = run_query(db, "SELECT ?s WHERE { ?s a schema:ScholarlyArticle }", max_rows=0)
    assert columns == ["s"] and len(rows) == 8


def test_timeout_stops_a_long_query(db):
    started = time.monotonic()
    with pytest.raises(QueryError, match="stopped after"):
        run_query(db, "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?k { 1 2 3 4 5 } ?a ?b ?c . ?d ?e ?f }",
                  timeout_s=0.2)
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_documented_query_returns_rows(db, path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# ") and text.splitlines()[0].rstrip().endswith("?"), "first line states the question"
    result = run_query(db, text)
    assert result.rows, path.name


def test_there_are_enough_documented_queries():
    assert len(list(QUERIES.glob("*.rq"))) >= 8


# ---------------------------------------------------------------------- CLI
@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


def test_cli_sparql_from_file_as_json(cli, db):
    result = CliRunner().invoke(cli, ["sparql", f"@{QUERIES / 'count_papers.rq'}", "--format", "json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"]["bindings"][0]["papers"]["value"] == "8"


def test_cli_sparql_refusal_is_one_line(cli, db):
    result = CliRunner().invoke(cli, ["sparql", "CLEAR ALL", "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "read-only" in result.stderr


def test_cli_rdf_sync(cli, tmp_path):
    sample_kb.build(tmp_path / "kb.db")
    result = CliRunner().invoke(cli, ["rdf-sync", "--db", str(tmp_path / "kb.db")])
    assert result.exit_code == 0, result.output
    assert "8 papers" in result.stderr
    assert rdf_store_path(tmp_path / "kb.db").is_dir()
