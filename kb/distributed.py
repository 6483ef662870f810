"""``kb ingest --workers N`` / ``--scheduler ADDRESS``: the ingest on a Dask cluster.

One machine's cores stop being enough long before one database does, so the work that
costs — extraction — moves to Dask workers, and so does the writing: the database (a
SQLite file the workers share, or a PostgreSQL server) is where the results meet, and
nothing but small counts travels back to the client.

How a run goes, and why:

* **The client streams.** It reads the input and asks the store which papers need
  extraction with :func:`kb.ingest.read_classified`, the loop the single-process ingest
  runs too, and cuts the stream into partitions of a few hundred papers. At most ``max_in_flight`` partitions are
  submitted at a time, so the client's memory stays flat however large the input.
* **A worker extracts and stores a partition.** It builds the pipeline once per worker
  process (:func:`_pipeline`), extracts the papers flagged for it and writes the whole
  partition with one :meth:`Store.write_batch` — one transaction.
* **Idempotent.** If a worker dies, Dask runs its partitions again elsewhere. A
  partition's transaction either never committed (the dead connection rolled it back)
  or committed in full; running it again replaces the same papers' mentions and claims
  with the same extraction (``write_batch`` deletes before inserting) and merges the
  same metadata, so nothing is duplicated or lost.
* **The same knowledge base as one process.** Only the order in which partitions land
  differs, and order matters only between copies of one paper: the first copy's fields
  win and later copies fill gaps. So the client remembers the partition of each paper
  id's latest copy, and a partition holding a later copy depends on (waits for) the one
  holding the earlier copy while that one is still running. Which papers are extracted
  is decided on the client exactly as :func:`kb.ingest.ingest` decides it.
* **Rejects** are reported (``on_reject``) and stored by the client, where they are read.
* **N-Triples parts** (``ntriples_dir``): after its commit a worker writes the RDF of the
  papers whose first copy it holds to ``part-<hash>.nt``, ``<hash>`` naming the
  partition's records, so a re-run overwrites the same file. A part made stale by a
  later copy of one of its papers is written again at the end. The union of a fresh
  knowledge base's parts is its ``kb export --format nt`` (shared resources — entities,
  people, extractors — appear in every part that uses them).

The client keeps one small entry per distinct paper id (the partition of its latest
copy), besides the set of ids extracted that :func:`kb.ingest.read_classified` keeps.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import logging
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kb.errors import ClusterError, KBError, StoreError
from kb.ingest import IngestOptions, IngestReport, _precheck, follow_rdf, read_classified, run_command
from kb.store import Store
from schema.models import Extraction, Paper, Reject

if TYPE_CHECKING:
    from distributed import Client, Future
    from spacy.language import Language


#: papers per partition: big enough that a task's overhead (scheduling, a transaction,
#: opening the store) is small beside its extraction, small enough to spread the work
PARTITION_SIZE = 250
#: partitions submitted but not finished, per worker thread of the cluster
IN_FLIGHT_PER_THREAD = 2
#: times Dask runs a partition again after an exception (a deadlock, a lock timeout)
RETRIES = 2


@dataclass(frozen=True)
class Partition:
    """One task: everything a worker needs to extract and store a slice of the input."""

    #: names the partition's records (ids and source positions): the N-Triples file name
    key: str
    url: str
    run_id: int
    papers: tuple[Paper, ...]
    #: per paper: extract it? (decided by the client, as ``kb.ingest`` decides)
    extract: tuple[bool, ...]
    use_ner: bool
    batch_size: int
    #: where to write the partition's N-Triples, and the ids of the papers listed there
    ntriples_path: str | None = None
    ntriples_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class PartitionResult:
    key: str
    papers: int
    extracted: int


# ---------------------------------------------------------------------- worker side
_LOCAL = threading.local()


def _pipeline(use_ner: bool) -> Language:
    """The worker's pipeline, built on first use and kept: building costs seconds.

    One per thread, since a spaCy pipeline is not safe to run from two threads at once
    (the CLI's clusters have one thread per worker process; other clusters may not).
    """
    cache: dict[bool, Language] = _LOCAL.__dict__.setdefault("pipelines", {})
    if use_ner not in cache:
        from extractors.pipeline import build_pipeline

        cache[use_ner] = build_pipeline(use_ner=use_ner)
    return cache[use_ner]


def run_partition(part: Partition, *_after: PartitionResult) -> PartitionResult:
    """Extract and store one partition (runs on a worker); ``_after`` are the results of
    the partitions it had to wait for, unused.

    The store is opened per partition rather than cached: opening costs milliseconds,
    and a cached engine would keep writing to a database file deleted and created again
    between two runs on a long-lived cluster.
    """
    from extractors.document import extract_many

    papers = list(part.papers)
    todo = [p for p, flag in zip(papers, part.extract, strict=True) if flag]
    extractions: dict[str, Extraction] = {}
    if todo:
        items = ((p.title, p.abstract, p.id) for p in todo)
        for extraction, paper_id in extract_many(_pipeline(part.use_ner), items, batch_size=part.batch_size):
            extractions[paper_id] = extraction
    store = Store(part.url)
    try:
        store.write_batch(store.extracted_first(papers, part.extract), extractions, (), part.run_id)
        if part.ntriples_path is not None:
            _write_part(store, part.ntriples_ids, Path(part.ntriples_path))
    finally:
        store.engine.dispose()
    return PartitionResult(part.key, len(papers), len(extractions))


def render_part(url: str, paper_ids: Sequence[str], path: str) -> int:
    """Write the N-Triples part of ``paper_ids`` again (a later copy changed a paper)."""
    store = Store(url, readonly=True)
    try:
        return _write_part(store, paper_ids, Path(path))
    finally:
        store.engine.dispose()


def _write_part(store: Store, paper_ids: Sequence[str], path: Path) -> int:
    """The papers' slice of the RDF export, written whole or not at all (rename)."""
    from kb.rdf import export_rdf

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            count = export_rdf(store, "nt", fh, paper_ids=paper_ids)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count


# ---------------------------------------------------------------------- client side
@contextlib.contextmanager
def connect(workers: int | None = None, scheduler: str | None = None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a new local cluster of ``workers``
    processes (one thread each: extraction is CPU-bound Python) that ends with the block."""
    if (workers is None) == (scheduler is None):
        raise ClusterError("give either --workers N (a local cluster) or --scheduler ADDRESS, not both")
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--workers/--scheduler need Dask: pip install 'kb[scale]'") from None
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    assert workers is not None
    with _quiet_dask_logs(), LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                          dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        yield client


@contextlib.contextmanager
def _quiet_dask_logs() -> Iterator[None]:
    """Keep a local cluster's start and shutdown chatter off stderr, unless --debug."""
    logger = logging.getLogger("distributed")
    level = logger.level
    if not logging.getLogger().isEnabledFor(logging.DEBUG):
        logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


@dataclass
class _Plan:
    """The client's book-keeping: which partition holds each paper id's latest copy."""

    ntriples_dir: Path | None
    #: paper id → index of the partition holding its latest copy
    last: dict[str, int] = field(default_factory=dict)
    #: ids whose stored facts this run changes: the SPARQL store must follow them
    changed: set[str] = field(default_factory=set)
    #: paper id → partition whose N-Triples part lists it (its first copy's)
    owner: dict[str, int] = field(default_factory=dict)
    #: partition index → its key (the part file name)
    keys: dict[int, str] = field(default_factory=dict)
    #: partitions whose part was written before a later copy of one of its papers landed
    stale: set[int] = field(default_factory=set)


def partition_key(papers: Iterable[Paper]) -> str:
    """A name for a partition's records: the same input gives the same parts."""
    digest = hashlib.sha256()
    for p in papers:
        digest.update(f"{p.id}\t{p.source.path}\t{p.source.line}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:20]


def ingest_distributed(
    paths: Iterable[str],
    store: Store,
    options: IngestOptions | None = None,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    ntriples_dir: str | Path | None = None,
    partition_size: int = PARTITION_SIZE,
    max_in_flight: int | None = None,
    command: str = "ingest",
    client: Client | None = None,
) -> IngestReport:
    """:func:`kb.ingest.ingest` on a Dask cluster: a local one of ``workers`` processes,
    the one at ``scheduler``, or the given ``client``'s.

    Same options and report as the single-process ingest (``n_process`` does not
    apply); ``ntriples_dir`` also writes each partition's N-Triples there.
    """
    options = options or IngestOptions()
    paths = list(paths)
    if options.n_process > 1:
        raise ClusterError("--n-process applies to a single-process ingest; with a cluster, size it with --workers")
    url = _shared_url(store)
    if options.strict:
        _precheck(paths, options)
    if client is not None:
        return _run(paths, store, url, options, client, ntriples_dir, partition_size, max_in_flight, command)
    with connect(workers, scheduler) as new_client:
        return _run(paths, store, url, options, new_client, ntriples_dir, partition_size, max_in_flight, command)


def _shared_url(store: Store) -> str:
    """The database URL as worker processes must see it (a SQLite path made absolute)."""
    if store.url == "sqlite://":
        raise StoreError("a cluster needs a database its workers can open: a SQLite file or a server URL, "
                         "not an in-memory database")
    path = store.path
    return f"sqlite:///{path.resolve()}" if path is not None else store.url


def _run(paths: list[str], store: Store, url: str, options: IngestOptions, client: Client,
         ntriples_dir: str | Path | None, partition_size: int, max_in_flight: int | None,
         command: str) -> IngestReport:
    from distributed import wait

    threads = sum(client.nthreads().values()) or 1
    limit = max_in_flight or IN_FLIGHT_PER_THREAD * threads
    report = IngestReport()
    rdf_was_current = True
    if options.sync_rdf:
        from kb.sparql import rdf_up_to_date

        rdf_was_current = rdf_up_to_date(store)
    pipeline = f"kb extractors (dask: {threads} worker threads)" if options.extract else "none"
    report.run_id = run_id = store.start_run(run_command(command, options), pipeline)
    plan = _Plan(Path(ntriples_dir).resolve() if ntriples_dir is not None else None)
    pending_rejects: list[Reject] = []
    running: dict[Future, int] = {}
    by_index: dict[int, Future] = {}

    def collect(block: bool) -> None:
        """Account for finished partitions; with ``block``, wait for at least one."""
        done = wait(list(running), return_when="FIRST_COMPLETED").done if block else \
            [f for f in running if f.done()]
        for future in done:
            index = running.pop(future)
            by_index.pop(index, None)
            result: PartitionResult = _result(future, plan.keys[index])
            if options.on_progress:
                options.on_progress(result.papers)

    def submit(papers: list[Paper], flags: list[bool]) -> None:
        index = len(plan.keys)
        key = plan.keys[index] = partition_key(papers)
        after = {by_index[i] for p in papers if (i := plan.last.get(p.id)) is not None and i in by_index}
        for p in papers:
            plan.last[p.id] = index
        part = Partition(key=key, url=url, run_id=run_id, papers=tuple(papers), extract=tuple(flags),
                         use_ner=options.use_ner, batch_size=options.batch_size)
        if plan.ntriples_dir is not None:
            owned = []
            for p in papers:
                first = plan.owner.setdefault(p.id, index)
                if first == index:
                    owned.append(p.id)
                else:
                    plan.stale.add(first)
            part = dataclasses.replace(part, ntriples_path=str(plan.ntriples_dir / f"part-{key}.nt"),
                                       ntriples_ids=tuple(dict.fromkeys(owned)))
        future = client.submit(run_partition, part, *after, key=f"kb-partition-{run_id}-{index}-{key}",
                               pure=False, retries=RETRIES)
        running[future] = index
        by_index[index] = future
        while len(running) >= limit:
            collect(block=True)

    def keep_reject(item: Reject) -> None:
        pending_rejects.append(item)
        if len(pending_rejects) >= options.write_batch:
            flush_rejects()

    def flush_rejects() -> None:
        if pending_rejects:
            store.write_batch([], {}, pending_rejects, run_id)
            pending_rejects.clear()

    batch: list[Paper] = []
    flags: list[bool] = []

    try:
        for chunk in read_classified(paths, store, options, report, changed=plan.changed, keep_reject=keep_reject):
            for paper, needed in chunk:
                batch.append(paper)
                flags.append(needed)
                if len(batch) >= partition_size:
                    submit(batch[:], flags[:])
                    batch.clear()
                    flags.clear()
            collect(block=False)
        if batch:
            submit(batch[:], flags[:])
        while running:
            collect(block=True)
    except BaseException:
        client.cancel(list(running))
        raise
    finally:
        if not options.strict:  # what was read stays reported, as partitions already stored stay
            flush_rejects()
    report.papers_merged = report.papers_read - report.papers_new - report.papers_older
    store.finish_run(run_id, papers_read=report.papers_read, papers_new=report.papers_new,
                     rejects=report.reject_count)
    _render_stale(client, url, plan)
    if options.sync_rdf:
        follow_rdf(store, plan.changed, rdf_was_current)
    return report


def _result(future: Future, key: str) -> Any:
    """The partition's result; a failure becomes one kb error naming the partition."""
    try:
        return future.result()
    except KBError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever failed on the worker, say which partition
        message = " ".join(str(exc).split())[:300]
        raise ClusterError(f"partition {key} failed: {type(exc).__name__}: {message}; "
                           "what other partitions stored is kept, and running the same ingest again "
                           "finishes the work") from exc


def _render_stale(client: Client, url: str, plan: _Plan) -> None:
    """Write again the parts that a later copy of one of their papers made stale."""
    if plan.ntriples_dir is None or not plan.stale:
        return
    ids: dict[int, list[str]] = {index: [] for index in plan.stale}
    for paper_id, index in plan.owner.items():
        if index in ids:
            ids[index].append(paper_id)
    futures = {client.submit(render_part, url, paper_ids, str(plan.ntriples_dir / f"part-{plan.keys[index]}.nt"),
                             pure=False, retries=RETRIES): plan.keys[index]
               for index, paper_ids in ids.items()}
    for future, key in futures.items():
        _result(future, key)


__all__ = ["PARTITION_SIZE", "Partition", "PartitionResult", "connect", "ingest_distributed", "partition_key",
           "render_part", "run_partition"]
