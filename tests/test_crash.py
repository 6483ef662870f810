"""Crash safety: ``kill -9`` in the middle of an ingest loses nothing and duplicates nothing.

A real ``python -m kb ingest`` runs in a subprocess on 3,000 generated records and is
killed with SIGKILL once it has committed some; the same command run again completes
the knowledge base: every record exactly once, no mention twice, SQLite's integrity
check clean, ``kb check`` clean. Then ``kb check`` and ``kb check --repair`` on damage
done behind kb's back.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kb.cli import app

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

REPO = Path(__file__).resolve().parent.parent
METHODS = ["BERT", "ResNet-50", "Transformer", "LSTM", "GPT-2", "XGBoost", "U-Net", "word2vec"]
DATASETS = ["CIFAR-10", "ImageNet", "SQuAD 1.1", "MNIST", "GLUE", "COCO", "WMT14"]
METRICS = ["accuracy", "F1", "BLEU", "top-1 accuracy"]


def make_records(prefix: str, n: int, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for i in range(n):
        method, dataset, metric = rng.choice(METHODS), rng.choice(DATASETS), rng.choice(METRICS)
        records.append({
            "title": f"{method} for {dataset}: study {prefix}-{i}",
            "abstract": (f"We propose {method}-{prefix}{i}, a variant of {method}. It reaches {rng.randint(50, 99)}.{i % 10}% "
                         f"{metric} on {dataset}, improving over {rng.choice(METHODS)} by {i % 7 + 1}.2 points."),
            "authors": [f"Author {prefix}{i % 97}", "Ada Lovelace"],
            "year": 2000 + i % 24,
        })
    return records


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def kb_process(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "kb", *args], cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, **kwargs)


def count(db: Path, sql: str = "SELECT COUNT(*) FROM paper") -> int:
    """A query on a database another process may be creating or writing; -1 if not there yet."""
    if not db.exists():
        return -1
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
            return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:
        return -1


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


DUPLICATE_MENTIONS = ('SELECT paper_id, start, "end", field, COUNT(*) FROM mention GROUP BY 1, 2, 3, 4 '
                      "HAVING COUNT(*) > 1")


def test_kill_9_mid_ingest_then_rerun_loses_and_duplicates_nothing(tmp_path, runner):
    records = make_records("c", 3000)
    data = write_jsonl(tmp_path / "papers.jsonl", records)
    db = tmp_path / "kb.db"
    args = ("ingest", str(data), "--db", str(db), "--no-ner", "--batch-size", "16", "--quiet")

    proc = kb_process(*args)
    deadline = time.monotonic() + 180
    while count(db) <= 0:
        assert proc.poll() is None, f"ingest ended before it was killed: {proc.communicate()}"
        assert time.monotonic() < deadline, "no batch committed in time"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    stored = count(db)
    assert 0 < stored < len(records), "the kill came too late to test anything"
    assert integrity(db) == "ok"
    # whole batches only: no paper without its source, no mention without its paper
    assert count(db, "SELECT COUNT(*) FROM paper p WHERE NOT EXISTS "
                     "(SELECT 1 FROM paper_source s WHERE s.paper_id = p.id)") == 0
    assert count(db, "SELECT COUNT(*) FROM paper WHERE id NOT IN (SELECT paper_id FROM mention)") == 0
    mentions_before = {row for row in sqlite3.connect(db).execute(
        'SELECT paper_id, field, start, "end", text, entity_id FROM mention')}

    rerun = kb_process(*args)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err

    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM paper").fetchone() == (3000, 3000)
        titles = {t for (t,) in conn.execute("SELECT title FROM paper")}
        assert titles == {r["title"] for r in records}
        assert conn.execute(DUPLICATE_MENTIONS).fetchall() == []
        assert conn.execute("SELECT COUNT(*) FROM paper_source").fetchone()[0] == 3000
        mentions_after = {row for row in conn.execute('SELECT paper_id, field, start, "end", text, entity_id FROM mention')}
        # the papers of the killed run were not extracted again, and kept their mentions
        assert mentions_before <= mentions_after
        runs = conn.execute("SELECT finished_at IS NOT NULL, papers_new FROM run ORDER BY id").fetchall()
        assert runs == [(0, 0), (1, 3000 - stored)]
    assert integrity(db) == "ok"
    result = runner.invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------------- kb check
@pytest.fixture
def small_kb(tmp_path, runner) -> Path:
    db = tmp_path / "kb.db"
    data = write_jsonl(tmp_path / "papers.jsonl", make_records("s", 30, seed=3))
    assert runner.invoke(app, ["ingest", str(data), "--db", str(db), "--no-ner", "-q"]).exit_code == 0
    return db


def _damage(db: Path) -> dict:
    """Break the database the ways a crash never does but other tools or disks can."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    no_source = conn.execute("SELECT paper_id FROM paper_source ORDER BY paper_id LIMIT 1").fetchone()[0]
    conn.execute("DELETE FROM paper_source WHERE paper_id = ?", (no_source,))
    bad_id, bad_paper = conn.execute("SELECT id, paper_id FROM mention ORDER BY id LIMIT 1").fetchone()
    conn.execute("UPDATE mention SET text = text || 'X' WHERE id = ?", (bad_id,))
    columns = ", ".join(f'"{r[1]}"' for r in conn.execute("PRAGMA table_info(mention)") if r[1] != "id")
    conn.execute(f"INSERT INTO mention ({columns}) SELECT {columns} FROM mention ORDER BY id DESC LIMIT 1")
    conn.execute("INSERT INTO claim (kind, text, start, \"end\", confidence, extractor, paper_id) "
                 "VALUES ('score', 'ghost', 0, 5, 0.5, 'claims', 'no-such-paper')")
    conn.close()
    return {"no_source": no_source, "bad_paper": bad_paper}


def test_check_finds_and_repair_fixes_damage(runner, tmp_path, small_kb):
    db = small_kb
    assert runner.invoke(app, ["check", "--db", str(db)]).exit_code == 0
    before = count(db, "SELECT COUNT(*) FROM mention")
    damage = _damage(db)

    result = runner.invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 1
    report = result.stdout
    assert f"paper without source: {damage['no_source']}" in report
    assert f"mention text differs from the paper: mention" in report and damage["bad_paper"] in report
    assert "duplicate mention: " in report
    assert "foreign key: claim row" in report

    result = runner.invoke(app, ["check", "--repair", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "repaired" in result.stderr
    assert runner.invoke(app, ["check", "--db", str(db)]).exit_code == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT path, line FROM paper_source WHERE paper_id = ?", (damage["no_source"],)).fetchone() \
            == conn.execute("SELECT source_path, source_line FROM paper WHERE id = ?", (damage["no_source"],)).fetchone()
        assert conn.execute("SELECT COUNT(*) FROM claim WHERE paper_id = 'no-such-paper'").fetchone() == (0,)

    # the paper whose mentions were wrong is extracted again by the next ingest of its file
    data = tmp_path / "papers.jsonl"
    assert runner.invoke(app, ["ingest", str(data), "--db", str(db), "--no-ner", "-q"]).exit_code == 0
    assert count(db, "SELECT COUNT(*) FROM mention") == before
    assert runner.invoke(app, ["check", "--db", str(db)]).exit_code == 0


def test_check_compares_the_sparql_store_with_the_database(runner, tmp_path, small_kb):
    from kb.check import check
    from kb.sparql import rdf_paper_ids, rdf_store_path, rebuild_rdf
    from kb.store import Store

    store = Store(small_kb)
    rebuild_rdf(store)
    assert check(store) == []
    assert len(rdf_paper_ids(rdf_store_path(store))) == 30

    # papers written without a sync (as when an ingest is killed before its sync): the store is behind
    from kb.ingest import IngestOptions, ingest

    more = write_jsonl(tmp_path / "more.jsonl", make_records("m", 5, seed=9))
    ingest([str(more)], store, IngestOptions(use_ner=False, sync_rdf=False))
    result = runner.invoke(app, ["check", "--db", str(small_kb)])
    assert result.exit_code == 1
    assert "SPARQL store: 5 of 35 papers are missing" in result.stdout

    result = runner.invoke(app, ["check", "--repair", "--db", str(small_kb)])
    assert result.exit_code == 0, result.output
    assert "rebuilt the SPARQL store" in result.stderr
    assert len(rdf_paper_ids(rdf_store_path(store))) == 35


def test_kill_9_during_the_sparql_sync_is_caught_up_by_the_next_ingest(tmp_path, runner, small_kb):
    """The SPARQL store is written after the database; a kill in between, or in the middle
    of the sync, must not leave it behind for good: the next ingest (of other files) brings
    it back in step, and ``kb check`` finds nothing."""
    db = small_kb
    data = write_jsonl(tmp_path / "more.jsonl", make_records("k", 600, seed=11))
    proc = kb_process("ingest", str(data), "--db", str(db), "--no-ner", "--quiet")
    deadline = time.monotonic() + 180
    # the run is marked finished just before the sync starts
    while count(db, "SELECT COUNT(*) FROM run WHERE finished_at IS NOT NULL") < 2:
        assert proc.poll() is None, f"ingest ended before it was killed: {proc.communicate()}"
        assert time.monotonic() < deadline, "the ingest did not reach its sync in time"
        time.sleep(0.02)
    time.sleep(0.5)
    assert proc.poll() is None, "the sync ended before the kill: nothing tested"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert count(db) == 630

    other = write_jsonl(tmp_path / "other.jsonl", make_records("o", 3, seed=12))
    assert runner.invoke(app, ["ingest", str(other), "--db", str(db), "--no-ner", "-q"]).exit_code == 0
    result = runner.invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 0, result.output
