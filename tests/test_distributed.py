"""``kb ingest --workers``: a Dask cluster builds the same knowledge base as one process.

A local cluster of two worker processes (one thread each) ingests ~2,000 generated
abstracts plus the seed pages — with later copies of papers far from their first copy
and in the other file, and bad lines — into a SQLite file and, where a PostgreSQL
server can be started, into PostgreSQL. The JSON export must equal the single-process
ingest's byte for byte, the N-Triples parts together must be its N-Triples export, and
the rejects the same. Then the same with one worker SIGKILLed in the middle of the run:
Dask runs its partitions again, and nothing is lost or stored twice.
"""

from __future__ import annotations

import io
import os
import signal
import threading
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed", reason="Dask is not installed (pip install -e '.[test]')")

from distributed import Client, LocalCluster  # noqa: E402

from kb.check import check  # noqa: E402
from kb.distributed import ingest_distributed  # noqa: E402
from kb.export import export  # noqa: E402
from kb.ingest import IngestOptions, ingest  # noqa: E402
from kb.store import Store  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
#: small partitions, so that a 2,000-paper run has a couple of dozen of them
PARTITION = 100


def options(**kwargs: Any) -> IngestOptions:
    return IngestOptions(use_ner=False, sync_rdf=False, **kwargs)


def snapshot(store: Store) -> dict[str, Any]:
    """What must be equal: the JSON and N-Triples exports, the rejects, the counts."""
    out, nt = io.StringIO(), io.BytesIO()
    export(store, "json", out)
    export(store, "nt", nt)
    rejects = [(r["path"], r["line"], r["reason"]) for r in store.rejects()]
    counts = {k: v for k, v in store.counts().items() if k != "run"}
    return {"json": out.getvalue(), "nt": nt.getvalue().decode(), "rejects": rejects, "counts": counts}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    import kb_corpus

    directory = tmp_path_factory.mktemp("corpus")
    return [str(p) for p in kb_corpus.generate(directory, 2000, seed=11)] + [str(SEEDS)]


@pytest.fixture(scope="module")
def expected(corpus, tmp_path_factory) -> dict[str, Any]:
    """The single-process ingest of the corpus."""
    store = Store(tmp_path_factory.mktemp("single") / "kb.db")
    report = ingest(corpus, store, options())
    assert report.papers_read > 2000 and report.reject_count > 0
    return {**snapshot(store), "report": (report.papers_read, report.papers_new, report.reject_count)}


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "kb.db")  # one file the worker processes share
    return request.getfixturevalue("pg_url")


def nt_parts(directory: Path) -> set[str]:
    return {line for part in directory.glob("part-*.nt") for line in part.read_text().splitlines() if line}


def test_a_cluster_builds_the_same_kb_as_one_process(corpus, expected, client, db_url, tmp_path):
    store = Store(db_url)
    rejected = []
    report = ingest_distributed(corpus, store, options(on_reject=rejected.append), client=client,
                                ntriples_dir=tmp_path / "parts", partition_size=PARTITION)
    got = snapshot(store)
    assert got["counts"] == expected["counts"]
    assert got["json"] == expected["json"]
    assert got["rejects"] == expected["rejects"]
    assert len(rejected) == report.reject_count
    assert (report.papers_read, report.papers_new, report.reject_count) == expected["report"]
    # the parts together are the N-Triples export (stale parts were written again)
    assert nt_parts(tmp_path / "parts") == set(expected["nt"].splitlines())
    assert check(store) == []
    # Running it again re-extracts the later copies read from the same file as their
    # first copy (the record "changed"): still every mention once, at its offsets.
    ingest_distributed(corpus, store, options(), client=client, partition_size=PARTITION)
    assert check(store) == []


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(corpus, expected, client, db_url):
    store = Store(db_url)
    killed: list[int] = []
    lock = threading.Lock()

    def kill_a_busy_worker(_papers: int) -> None:
        """After the first partition is stored: SIGKILL a worker that is running one."""
        with lock:
            if killed:
                return
            busy = [address for address, keys in client.processing().items() if keys]
            pids = client.run(os.getpid, workers=busy[:1])
            for pid in pids.values():
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

    report = ingest_distributed(corpus, store, options(on_progress=kill_a_busy_worker), client=client,
                                partition_size=PARTITION)
    assert killed, "no worker was busy: nothing was killed"
    assert killed[0] not in client.run(os.getpid).values()  # the nanny started a new one
    assert check(store) == []  # among others: no mention stored twice
    got = snapshot(store)
    assert got["counts"] == expected["counts"]  # not one mention more or less
    assert got["json"] == expected["json"]
    assert got["rejects"] == expected["rejects"]
    assert report.papers_read == expected["report"][0]
