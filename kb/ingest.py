"""Read → extract → store, streaming, in bounded batches.

Papers flow through one ``nlp.pipe`` stream; results are written every ``write_batch``
papers in one transaction. Papers already stored with the same text are not extracted
again, so re-running an ingest (or resuming an interrupted one) only does the missing work.
With ``since``, records published before a date are left out (:func:`older_than`); with
``reextract``, papers already stored are extracted again too (after the pipeline changed)
and their stored mentions and claims replaced.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kb.errors import RejectsFound
from kb.readers import read_paths
from kb.store import Store
from schema.models import Extraction, Paper, Reject

#: papers classified against the store at a time (one query per chunk)
LOOKUP_CHUNK = 256
INCREMENTAL_SYNC_COST = 4


@dataclass
class IngestReport:
    papers_read: int = 0
    papers_new: int = 0
    papers_merged: int = 0
    #: records read but left out by ``IngestOptions.since``: published before its date
    papers_older: int = 0
    rejects: list[Reject] = field(default_factory=list)
    run_id: int | None = None

    @property
    def reject_count(self) -> int:
        return len(self.rejects)


@dataclass
class IngestOptions:
    fmt: str | None = None
    batch_size: int = 64
    write_batch: int = 1000
    n_process: int = 1
    strict: bool = False
    use_ner: bool = True
    extract: bool = True
    #: extract every paper read again, even one stored with the same text, replacing its
    #: stored mentions and claims (after the extraction pipeline changed)
    reextract: bool = False
    #: store only the records published on or after this date (see :func:`older_than`)
    since: dt.date | None = None
    #: bring the SPARQL store next to the database up to date at the end of the run
    sync_rdf: bool = True
    #: called with each reject as soon as it is read (the CLI prints ``path:line: reason``)
    on_reject: Callable[[Reject], None] | None = None
    #: called with the number of papers just stored (progress bars)
    on_progress: Callable[[int], None] | None = None


def make_builder(use_ner: bool = True) -> Callable:
    from extractors.pipeline import build_pipeline

    return functools.partial(build_pipeline, use_ner=use_ner)


def ingest(paths: Iterable[str], store: Store, options: IngestOptions | None = None,
           *, command: str = "ingest") -> IngestReport:
    options = options or IngestOptions()
    paths = list(paths)
    if options.strict:
        _precheck(paths, options)
    report = IngestReport()
    build = make_builder(options.use_ner)
    nlp = build() if options.extract and options.n_process <= 1 else None
    if options.sync_rdf:
        from kb.sparql import rdf_up_to_date

        rdf_was_current = rdf_up_to_date(store)
    report.run_id = store.start_run(run_command(command, options), _pipeline_name(nlp, options))
    pending_rejects: list[Reject] = []
    #: papers whose stored facts this run changed: the SPARQL store must follow them
    changed: set[str] = set()

    def work() -> Iterator[tuple[str | None, str, tuple[Paper, bool]]]:
        """Papers with a flag: does this one need extraction?"""
        for chunk in read_classified(paths, store, options, report, changed=changed, keep_reject=pending_rejects.append):
            for paper, needed in chunk:
                # Papers already stored pass through as empty text: cheap, and order is kept.
                yield (paper.title, paper.abstract, (paper, True)) if needed else (None, "", (paper, False))

    batch: list[Paper] = []
    extracted: list[bool] = []
    extractions: dict[str, Extraction] = {}

    def flush() -> None:
        store.write_batch(store.extracted_first(batch, extracted), extractions, pending_rejects,
                          report.run_id)
        if options.on_progress:
            options.on_progress(len(batch))
        batch.clear()
        extracted.clear()
        extractions.clear()
        pending_rejects.clear()

    for paper, extraction in _extract(work(), nlp, build, options):
        batch.append(paper)
        extracted.append(extraction is not None)
        if extraction is not None:
            extractions[paper.id] = extraction
        if len(batch) >= options.write_batch or len(pending_rejects) >= options.write_batch:
            flush()
    flush()
    report.papers_merged = report.papers_read - report.papers_new - report.papers_older
    store.finish_run(report.run_id, papers_read=report.papers_read, papers_new=report.papers_new,
                     rejects=report.reject_count)
    if options.sync_rdf:
        follow_rdf(store, changed, rdf_was_current)
    return report


def older_than(paper: Paper, since: dt.date) -> bool:
    """Was the record published before ``since``, as far as its date tells?

    A full date compares as a date; a year and month (no day) by month; a year alone by
    year, so a record of 2024 is kept by ``since`` 2024-06-01. A record without a year
    (no date at all, or a day and month only) cannot be placed: it is kept, not lost.
    """
    if paper.year is None:
        return False
    if paper.date is not None:
        return paper.date < since
    if paper.month is not None:
        return (paper.year, paper.month) < (since.year, since.month)
    return paper.year < since.year


def run_command(command: str, options: IngestOptions) -> str:
    """The run's ``command`` as the run table records it: the command and the options
    that change which papers the run stores or extracts."""
    if options.reextract and options.extract:
        command += " --reextract"
    if options.since is not None:
        command += f" --since {options.since.isoformat()}"
    return command


def read_classified(paths: list[str], store: Store, options: IngestOptions, report: IngestReport, *,
                    changed: set[str], keep_reject: Callable[[Reject], None]
                    ) -> Iterator[list[tuple[Paper, bool]]]:
    """Read ``paths`` and decide which papers to extract: the loop that the single-process
    ingest and the Dask client (:mod:`kb.distributed`) share.

    Yields the papers in input order, ``LOOKUP_CHUNK`` at a time (one store query per
    chunk), each with its flag: extract it? Records older than ``options.since`` are
    counted (``report.papers_older``) and left out. A paper is extracted when it is new,
    or when its text changed at the source it was stored from, and only its first such
    copy in the run. With ``options.reextract`` a stored paper is extracted again too, at
    its first copy in the run, from its stored text (a copy read elsewhere may differ, and
    the stored text is what a paper keeps): that copy is passed on carrying the stored
    title and abstract. Counts go to ``report``; the ids whose stored facts the run
    changes go to ``changed`` (only when the SPARQL store is synced). Each reject is
    added to ``report``, passed to ``options.on_reject``, ends the run under ``--strict``,
    and otherwise is handed to ``keep_reject`` to be stored.
    """
    seen: set[str] = set()

    def classify(chunk: list[Paper]) -> list[tuple[Paper, bool]]:
        flags = store.needs_extraction(chunk) if options.extract else [False] * len(chunk)
        known = store.known_sources(chunk) if options.sync_rdf else set()
        stored = store.stored_texts(chunk) if options.reextract and options.extract else {}
        out = []
        for paper, needed in zip(chunk, flags, strict=True):
            if not needed and paper.id in stored and paper.id not in seen:  # --reextract
                needed = True
                title, abstract = stored[paper.id]
                if (paper.title, paper.abstract) != (title, abstract):
                    paper = paper.model_copy(update={"title": title, "abstract": abstract})
            if options.sync_rdf and (needed or (paper.id, paper.source.path, paper.source.line) not in known):
                changed.add(paper.id)
            needed = needed and paper.id not in seen
            if needed:
                seen.add(paper.id)
                report.papers_new += 1
            out.append((paper, needed))
        return out

    chunk: list[Paper] = []
    for item in read_paths(paths, options.fmt):
        if isinstance(item, Reject):
            report.rejects.append(item)
            if options.on_reject:
                options.on_reject(item)
            if options.strict:
                raise RejectsFound(f"{item} (--strict: nothing from this run was stored)")
            keep_reject(item)
            continue
        report.papers_read += 1
        if options.since is not None and older_than(item, options.since):
            report.papers_older += 1
            continue
        chunk.append(item)
        if len(chunk) >= LOOKUP_CHUNK:
            yield classify(chunk)
            chunk = []
    if chunk:
        yield classify(chunk)


def follow_rdf(store: Store, changed: set[str], was_current: bool) -> None:
    """Bring the SPARQL store up to date after a run that changed the ``changed`` papers.

    Re-adding one paper's triples costs about four times its share of a bulk rebuild
    (measured), so a run that changed a large part of the KB, or that started from a store
    already behind the database, rebuilds.
    """
    if not changed and was_current:
        return
    from kb.sparql import sync_rdf

    incremental = was_current and len(changed) * INCREMENTAL_SYNC_COST <= store.counts()["paper"]
    sync_rdf(store, changed if incremental else None)


def _extract(items: Iterator[tuple[str | None, str, tuple[Paper, bool]]], nlp, build, options: IngestOptions
             ) -> Iterator[tuple[Paper, Extraction | None]]:
    """Extract only the papers flagged as needing it, keeping input order."""
    if not options.extract:
        for _, _, (paper, _) in items:
            yield paper, None
        return
    from extractors.document import extract_many

    for extraction, (paper, needed) in extract_many(
        nlp, items, batch_size=options.batch_size, n_process=options.n_process, build=build
    ):
        yield paper, extraction if needed else None


def _precheck(paths: list[str], options: IngestOptions) -> None:
    """--strict: read everything once before storing anything, stop at the first reject."""
    for item in read_paths(paths, options.fmt):
        if isinstance(item, Reject):
            if options.on_reject:
                options.on_reject(item)
            raise RejectsFound(f"{item} (--strict: nothing from this run was stored)")


def _pipeline_name(nlp, options: IngestOptions) -> str:
    if not options.extract:
        return "none"
    if nlp is None:
        return f"kb extractors (n_process={options.n_process})"
    return "kb extractors: " + ", ".join(nlp.pipe_names)
