"""Concurrent writers and readers on one database.

* Two ``python -m kb ingest`` processes on one (new) database at once, 1,000 different
  records each: all exit 0 and the database, and the SPARQL store each syncs at its end,
  hold the union.
* A writer waits for another writer's lock (``BEGIN IMMEDIATE`` + busy timeout) instead of
  failing; a reader never waits for a writer (WAL, and reads take no write lock).
* An export made during an ingest is one snapshot: the database as it was between two of
  the ingest's batches (1,000 papers each), with every mention at its offsets; counts
  seen one after another never decrease.
* The SPARQL store (``<db>.oxigraph``) can be written by one process at a time only
  (RocksDB's lock); concurrent syncs must queue on a lock file, not fail.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kb.cli import app

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

REPO = Path(__file__).resolve().parent.parent
#: papers per write transaction of an ingest (kb.ingest.IngestOptions.write_batch)
WRITE_BATCH = 1000


def make_records(prefix: str, n: int, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    methods = ["BERT", "ResNet-50", "Transformer", "LSTM", "GPT-2", "XGBoost", "U-Net"]
    datasets = ["CIFAR-10", "ImageNet", "SQuAD 1.1", "MNIST", "GLUE", "COCO"]
    return [{
        "title": f"{rng.choice(methods)} on {rng.choice(datasets)}, part {prefix}-{i}",
        "abstract": (f"We propose {prefix.upper()}-{i}, built on {rng.choice(methods)}. It reaches {rng.randint(50, 99)}.5% "
                     f"accuracy on {rng.choice(datasets)}, improving over {rng.choice(methods)} by {i % 5 + 1}.1 points."),
        "authors": ["Ada Lovelace", f"Author {prefix}{i % 50}"],
        "year": 2010 + i % 15,
    } for i in range(n)]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def kb_process(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "kb", *args], cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def python_process(code: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", code], cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_concurrent_ingests_store_the_union(tmp_path):
    db = tmp_path / "kb.db"
    inputs = {p: make_records(p, 1000, seed=i) for i, p in enumerate("ab")}
    procs = [kb_process("ingest", str(write_jsonl(tmp_path / f"{p}.jsonl", recs)), "--db", str(db), "--no-ner", "-q")
             for p, recs in inputs.items()]
    results = [(proc.wait(timeout=400), proc.stderr.read()) for proc in procs]
    assert [code for code, _ in results] == [0, 0], results
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM paper").fetchone() == (2000, 2000)
        assert {t for (t,) in conn.execute("SELECT title FROM paper")} == {r["title"] for recs in inputs.values()
                                                                          for r in recs}
        assert conn.execute("SELECT COUNT(*) FROM author WHERE name = 'Ada Lovelace'").fetchone() == (1,)
        assert conn.execute("SELECT COUNT(*) FROM run WHERE finished_at IS NOT NULL").fetchone() == (2,)
        assert conn.execute('SELECT paper_id, start, "end", field FROM mention GROUP BY 1, 2, 3, 4 '
                            "HAVING COUNT(*) > 1").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    from kb.check import check
    from kb.store import Store

    assert check(Store(db, readonly=True)) == []  # SPARQL store included: both syncs landed


# ---------------------------------------------------------------------- locks
def _hold_write_lock(db: Path, seconds: float) -> subprocess.Popen:
    """Another process that takes the write lock, says so on stdout, and keeps it a while."""
    code = (f"import sqlite3, sys, time\nconn = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
            f"conn.execute('BEGIN IMMEDIATE')\nconn.execute(\"INSERT INTO meta VALUES ('lock-test', 'x')\")\n"
            f"print('locked', flush=True)\ntime.sleep({seconds})\nconn.execute('ROLLBACK')\n")
    proc = python_process(code)
    assert proc.stdout.readline().strip() == "locked", proc.stderr.read()
    return proc


@pytest.fixture
def small_db(tmp_path, runner) -> Path:
    db = tmp_path / "kb.db"
    data = write_jsonl(tmp_path / "small.jsonl", make_records("s", 20))
    assert runner.invoke(app, ["ingest", str(data), "--db", str(db), "--no-ner", "-q"]).exit_code == 0
    return db


def test_a_writer_waits_for_another_writer_instead_of_failing(tmp_path, runner, small_db):
    data = write_jsonl(tmp_path / "more.jsonl", make_records("w", 5))
    holder = _hold_write_lock(small_db, 3)
    started = time.monotonic()
    result = runner.invoke(app, ["ingest", str(data), "--db", str(small_db), "--no-ner", "-q"])
    waited = time.monotonic() - started
    holder.wait(timeout=30)
    assert result.exit_code == 0, result.output
    assert waited >= 1.5  # it queued behind the lock holder
    with sqlite3.connect(small_db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM paper").fetchone() == (25,)


def test_a_reader_never_waits_for_a_writer(runner, small_db):
    from kb.store import Store

    writable = Store(small_db)  # as `kb build` exports through the store it ingested with
    holder = _hold_write_lock(small_db, 5)
    outcome: dict = {}

    def read() -> None:
        started = time.monotonic()
        outcome["export"] = len(list(writable.iter_papers()))
        outcome["counts"] = writable.counts()["paper"]
        outcome["stats"] = runner.invoke(app, ["stats", "--format", "json", "--db", str(small_db)]).exit_code
        outcome["cli_export"] = runner.invoke(app, ["export", "--db", str(small_db)]).exit_code
        outcome["seconds"] = time.monotonic() - started

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=4)  # well before the writer lets go
    alive = reader.is_alive()
    holder.wait(timeout=30)
    assert not alive, "a read waited for the writer's lock"
    assert outcome == {"export": 20, "counts": 20, "stats": 0, "cli_export": 0, "seconds": outcome["seconds"]}


# ---------------------------------------------------------------------- snapshots during an ingest
def _check_offsets(paper: dict) -> None:
    for entity in paper["entities"]:
        for m in entity["mentions"]:
            assert paper[m["field"]][m["start"]:m["end"]] == m["text"], (paper["id"], m)
    for claim in paper["claims"]:
        assert paper["abstract"][claim["start"]:claim["end"]] == claim["text"], (paper["id"], claim)


def test_reads_during_an_ingest_are_consistent_snapshots(tmp_path, runner):
    from kb.store import Store

    records = make_records("r", 2100, seed=7)
    data = write_jsonl(tmp_path / "papers.jsonl", records)
    db = tmp_path / "kb.db"
    # the database exists before the ingest starts, so readers can open it at once
    assert runner.invoke(app, ["ingest", str(write_jsonl(tmp_path / "seed.jsonl", records[:1])), "--db", str(db),
                               "--no-ner", "-q"]).exit_code == 0
    proc = kb_process("ingest", str(data), "--db", str(db), "--no-ner", "--batch-size", "16", "-q")
    prefix_titles = [r["title"] for r in records]
    exports: list[int] = []
    stats: list[tuple[int, int]] = []
    cli_exports = 0
    while proc.poll() is None:
        # a slow reader: 100 papers a page and a pause between pages, so an export spans
        # several of the writer's commits and would see a mix if pages were separate reads
        store = Store(db, readonly=True)
        titles = set()
        for i, paper in enumerate(store.iter_papers(page_size=100)):
            _check_offsets(paper)
            titles.add(paper["title"])
            if i % 100 == 99:
                time.sleep(0.05)
        store.engine.dispose()
        k = len(titles)
        assert k == 1 or k % WRITE_BATCH == 0 or k == len(records), f"export of {k} papers is not a snapshot"
        assert titles == set(prefix_titles[:max(k, 1)]), "export is not the database as of one commit"
        exports.append(k)
        if k == len(records):
            break  # all written; what remains is the SPARQL sync
        result = runner.invoke(app, ["stats", "--format", "json", "--db", str(db)])
        assert result.exit_code == 0, result.output
        values = {row["statistic"]: row["value"] for row in json.loads(result.stdout)}
        stats.append((values["paper"], values["mention"]))
        if cli_exports < 2 and k > 1:
            out = tmp_path / f"export{cli_exports}.json"
            result = runner.invoke(app, ["export", "--format", "json", "-o", str(out), "--db", str(db)])
            assert result.exit_code == 0, result.output
            papers = json.loads(out.read_text(encoding="utf-8"))
            assert len(papers) % WRITE_BATCH == 0 or len(papers) in (1, len(records))
            for paper in papers:
                _check_offsets(paper)
            cli_exports += 1
    assert proc.wait(timeout=300) == 0, proc.stderr.read()
    assert exports == sorted(exports) and [p for p, _ in stats] == sorted(p for p, _ in stats)
    assert any(1 < k < len(records) for k in exports), f"no export ran mid-ingest: {exports}"
    # each `kb stats` saw papers and mentions of one moment
    with sqlite3.connect(db) as conn:
        mentions_of = dict(conn.execute("SELECT p.title, COUNT(m.id) FROM paper p LEFT JOIN mention m "
                                        "ON m.paper_id = p.id GROUP BY p.id").fetchall())
    for papers, mentions in stats:
        assert mentions == sum(mentions_of[t] for t in prefix_titles[:papers]), (papers, mentions)


# ---------------------------------------------------------------------- the SPARQL store
SYNC = """
import sys
from kb.store import Store
from kb.sparql import {function}
store = Store({db!r})
print({call})
"""


def test_concurrent_sparql_store_writes_queue_instead_of_failing(tmp_path, runner, small_db):
    """Three processes rebuilding or syncing ``<db>.oxigraph`` at once all succeed.

    RocksDB lets one process open the store for writing; ``rebuild_rdf`` also builds in
    ``<db>.oxigraph.tmp`` and swaps directories. Without a lock (``Store.file_lock``)
    the second process fails with ``IO error: While lock file`` or a missing file.
    """
    from kb.sparql import rdf_paper_ids, rdf_store_path

    more = write_jsonl(tmp_path / "more.jsonl", make_records("x", 30, seed=5))
    assert runner.invoke(app, ["ingest", str(more), "--db", str(small_db), "--no-ner", "-q"]).exit_code == 0
    with sqlite3.connect(small_db) as conn:
        ids = [pid for (pid,) in conn.execute("SELECT id FROM paper")]
    procs = [python_process(SYNC.format(function="rebuild_rdf", db=str(small_db), call="rebuild_rdf(store)"))
             for _ in range(2)]
    procs.append(python_process(SYNC.format(function="sync_rdf", db=str(small_db),
                                            call=f"sync_rdf(store, {ids[:10]!r})")))
    results = [(proc.wait(timeout=300), proc.stderr.read()[-500:]) for proc in procs]
    assert [code for code, _ in results] == [0, 0, 0], results
    assert rdf_paper_ids(rdf_store_path(small_db)) == set(ids)
