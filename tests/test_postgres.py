"""The store on PostgreSQL: schema creation, batched writes, and the same KB as SQLite.

Each test gets a new database on a throwaway server (``pg_url`` in ``conftest.py``);
the whole module is skipped, with the reason, where no server can be started.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError
from typer.testing import CliRunner

from kb.check import check
from kb.cli import app
from kb.errors import StoreError
from kb.export import export
from kb.ingest import IngestOptions, ingest
from kb.store import SCHEMA_VERSION, Store
from schema.models import Author, Reject
from test_store import extraction, paper  # the same records as the SQLite store tests

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_schema_is_created_once_with_views_and_code_point_order(pg_url):
    store = Store(pg_url)
    Store(pg_url)  # opening again finds the schema: no second CREATE
    with store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        views = set(inspect(conn).get_view_names())
        version = conn.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")).scalar()
        collation = conn.execute(text(
            "SELECT collation_name FROM information_schema.columns WHERE table_name = 'paper_source' "
            "AND column_name = 'path'")).scalar()
    assert {"paper", "author", "paper_author", "entity", "mention", "claim", "reject", "run", "meta"} <= tables
    assert {"claim_view", "entity_usage", "paper_entity", "paper_authors", "leaderboard"} <= views
    assert version == str(SCHEMA_VERSION)
    assert collation == "C"  # sorted as SQLite sorts, whatever the server's locale
    assert Store(pg_url, readonly=True).counts()["paper"] == 0


def test_an_entity_keeps_the_least_name_in_code_point_order(pg_url):
    store = Store(pg_url)
    first, second = paper(title="B", abstract="We propose Sam. It reaches 88.5 F1."), paper(title="A")
    named_sam = extraction()
    named_sam.entities[0].name = named_sam.claims[0].method = "Sam"
    store.write_batch([first], {first.id: named_sam})
    store.write_batch([second], {second.id: extraction()})
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM entity")).scalars().all() == ["SAM"]  # as SQLite: "S" < "a"


def test_an_empty_database_is_not_a_kb_when_opened_read_only(pg_url):
    with pytest.raises(StoreError, match="not a kb database"):
        Store(pg_url, readonly=True)


def test_write_batch_is_idempotent(pg_url):
    store = Store(pg_url)
    p = paper(authors=[Author(name="Ada Lovelace"), Author(name="Alan Turing")])
    for _ in range(2):
        store.write_batch([p], {p.id: extraction()}, [Reject(path="a.jsonl", line=7, reason="invalid JSON")])
    counts = store.counts()
    assert (counts["paper"], counts["author"], counts["mention"], counts["claim"], counts["reject"]) == (1, 2, 1, 1, 1)
    [record] = store.iter_papers()
    assert record["authors"] == ["Ada Lovelace", "Alan Turing"]
    assert record["claims"][0]["value"] == 88.5


def test_second_copy_fills_gaps_but_never_overwrites(pg_url):
    store = Store(pg_url)
    first = paper(venue="ACL", path="page1.txt")
    second = paper(venue="EMNLP", year=2023, path="page2.txt", line=40)
    store.write_batch([first], {first.id: extraction()})
    store.write_batch([second], {})
    [record] = store.iter_papers()
    assert (record["venue"], record["year"]) == ("ACL", 2023)
    assert [s["path"] for s in record["sources"]] == ["page1.txt", "page2.txt"]
    assert len(record["entities"][0]["mentions"]) == 1


def test_a_failing_batch_stores_nothing(pg_url):
    store = Store(pg_url)
    good, orphan = paper(title="Good one"), paper(title="Never written")
    with pytest.raises(IntegrityError):
        # the orphan's mentions (written by COPY) reference a paper not in the batch
        store.write_batch([good], {good.id: extraction(), orphan.id: extraction()})
    assert store.counts()["paper"] == 0
    store.write_batch([good], {good.id: extraction()})  # the connection is usable again
    assert store.counts()["mention"] == 1


def _ingest(url: str, paths: list[str]) -> tuple[str, str]:
    store = Store(url)
    report = ingest(paths, store, IngestOptions(use_ner=False, sync_rdf=False))
    assert report.papers_read > 0
    out = io.StringIO()
    export(store, "json", out)
    nt = io.BytesIO()
    export(store, "nt", nt)
    return out.getvalue(), nt.getvalue().decode()


def test_the_same_input_gives_the_same_kb_as_sqlite(pg_url, tmp_path):
    import kb_corpus

    paths = [str(p) for p in kb_corpus.generate(tmp_path / "input", 300, seed=3)] + [str(SEEDS)]
    sqlite_json, sqlite_nt = _ingest(str(tmp_path / "kb.db"), paths)
    pg_json, pg_nt = _ingest(pg_url, paths)
    assert json.loads(pg_json), "nothing was stored"
    assert pg_json == sqlite_json
    assert pg_nt == sqlite_nt
    sqlite_rejects = [{k: r[k] for k in ("path", "line", "reason")} for r in Store(tmp_path / "kb.db").rejects()]
    pg_rejects = [{k: r[k] for k in ("path", "line", "reason")} for r in Store(pg_url).rejects()]
    assert pg_rejects == sqlite_rejects and pg_rejects


def test_cli_ingest_and_export_on_a_server_url(pg_url, tmp_path):
    import kb_corpus

    runner = CliRunner()
    [zeta, alpha] = kb_corpus.generate(tmp_path / "input", 60, seed=5)
    result = runner.invoke(app, ["ingest", str(zeta), str(alpha), "--db", pg_url, "--no-ner", "-q"])
    assert result.exit_code == 3, result.output  # the generated input holds rejects
    for fmt in ("json", "nt", "turtle"):
        result = runner.invoke(app, ["export", "--format", fmt, "--db", pg_url, "-q"])
        assert result.exit_code == 0, result.output
        assert result.stdout.strip()


@pytest.mark.parametrize("command", [["sql", "SELECT 1"], ["sparql", "ASK {}"], ["rdf-sync"]])
def test_sqlite_only_commands_say_so_in_one_line(pg_url, command):
    Store(pg_url)
    result = CliRunner().invoke(app, [*command, "--db", pg_url])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("kb: error:") and "SQLite" in line


def test_concurrent_writers_of_overlapping_batches_do_not_deadlock(pg_url):
    """Rows are written in key order, so writers queue on a shared paper, not deadlock."""
    import random
    import threading

    store = Store(pg_url)
    papers = [paper(title=f"Paper {i}", line=i, authors=[Author(name=f"Name {i % 7}")])
              for i in range(300)]
    errors: list[BaseException] = []
    written: set[str] = set()

    def writer(seed: int) -> None:
        rng = random.Random(seed)
        for _ in range(8):
            batch = rng.sample(papers, 150)
            try:
                store.write_batch(batch, {p.id: extraction() for p in batch[:20]})
                written.update(p.id for p in batch)
            except BaseException as exc:  # noqa: BLE001 - collected for the assertion
                errors.append(exc)

    threads = [threading.Thread(target=writer, args=(seed,)) for seed in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.counts()["paper"] == len(written)
    assert check(store) == []  # every mention once
