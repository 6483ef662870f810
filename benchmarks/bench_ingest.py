"""End-to-end ingest throughput, a breakdown by stage, and peak memory by corpus size.

    python -m benchmarks.bench_ingest [-n 2000] [--sizes 4000,16000] [--no-memory]

1. Stages, each timed on its own over the same JSONL file of ``n`` synthetic records:
   read + validate (readers -> Paper); extraction (``extract_many``, one process, the full
   pipeline); store writes (``needs_extraction`` + ``Store.write_batch`` per 1000 papers
   into a fresh SQLite file); RDF sync (``kb.sparql.sync_rdf``: the first sync of a new
   database builds the Oxigraph store; then an incremental sync of 10% more papers).
   Bare ``spacy.blank("en")`` tokenisation of the same texts is measured in the same run
   as the floor for the ratios.
2. End to end: ``kb.ingest.ingest()`` in this process (pipeline build included) with the
   RDF sync (``ingest()`` runs it itself when ``IngestOptions.sync_rdf`` exists; otherwise
   ``sync_rdf`` is called after it), and the ``kb ingest`` CLI as a subprocess (followed
   by ``kb rdf-sync`` only when ``kb ingest`` does not sync itself).
3. Peak memory: for each size, a fresh subprocess ingests a corpus of that size (default
   options, but the RDF sync that ``ingest()`` runs at its end is switched off and run
   right after, so the two peaks can be told apart) and reports its RSS high-water mark
   (``resource.getrusage``) after the ingest and after the RDF sync. Streaming should keep it flat: target peak(16k) <=
   1.3 x peak(4k).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import common
from benchmarks.bench_extract import compose
from benchmarks.corpus import corpus_file, iter_records

TARGET_RATIO = 0.03
TARGET_MEMORY_GROWTH = 1.3
WRITE_BATCH = 1000


def _sync_rdf() -> Any:
    try:
        from kb.sparql import sync_rdf
    except ImportError as exc:
        common.note(f"kb.sparql.sync_rdf not available ({exc}): RDF sync not measured")
        return None
    return sync_rdf


def ingest_syncs_rdf() -> bool:
    """Does ``kb.ingest.ingest`` bring the SPARQL store up to date itself (``IngestOptions.sync_rdf``)?"""
    from kb.ingest import IngestOptions

    return bool(getattr(IngestOptions(), "sync_rdf", False))


def _floor(texts: list[str], warm: list[str]) -> float:
    import spacy

    nlp = spacy.blank("en")
    for _ in nlp.pipe(warm):
        pass
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - t0


def _store_all(store: Any, papers: list, extractions: dict, run_id: int) -> None:
    from kb.ingest import LOOKUP_CHUNK

    for i in range(0, len(papers), WRITE_BATCH):
        chunk = papers[i:i + WRITE_BATCH]
        for j in range(0, len(chunk), LOOKUP_CHUNK):
            store.needs_extraction(chunk[j:j + LOOKUP_CHUNK])
        store.write_batch(chunk, {p.id: extractions[p.id] for p in chunk if p.id in extractions}, (), run_id)


def stages(path: Path, workdir: Path, n: int, seed: int, batch_size: int, cli: bool) -> dict[str, Any]:
    from kb.readers import read_paths
    from schema.models import Paper

    out: dict[str, Any] = {"stages": {}, "end_to_end": {}}
    st = out["stages"]
    warm_records = list(iter_records(64, seed, start=10 * n + 1000))

    # read + validate
    t0 = time.perf_counter()
    items = list(read_paths([str(path)]))
    st["read+validate"] = time.perf_counter() - t0
    papers = [p for p in items if isinstance(p, Paper)]
    if len(papers) != n:
        common.note(f"{n - len(papers)} of {n} records rejected by the reader")
    texts = [compose(p.title, p.abstract) for p in papers]
    out["floor_s"] = _floor(texts, [compose(r["title"], r["abstract"]) for r in warm_records])

    # extraction
    problem = common.pipeline_problem()
    if problem:
        common.note(f"build_pipeline() fails ({problem}): extraction and end-to-end not measured")
        return out
    from extractors.document import extract_many
    from extractors.pipeline import build_pipeline

    t0 = time.perf_counter()
    nlp = build_pipeline()
    out["build_s"] = time.perf_counter() - t0
    out["has_ner"] = "ner" in nlp.pipe_names
    for _ in extract_many(nlp, ((r["title"], r["abstract"], None) for r in warm_records), batch_size=batch_size):
        pass
    t0 = time.perf_counter()
    extractions = {p.id: e for e, p in extract_many(nlp, ((p.title, p.abstract, p) for p in papers),
                                                    batch_size=batch_size)}
    st["extraction"] = time.perf_counter() - t0

    # store writes
    from kb.store import Store

    store = Store(workdir / "stages.db")
    t0 = time.perf_counter()
    run_id = store.start_run("bench", "bench")
    _store_all(store, papers, extractions, run_id)
    store.finish_run(run_id, papers_read=len(papers), papers_new=len(extractions), rejects=0)
    st["store writes"] = time.perf_counter() - t0
    counts = store.counts()
    out["per_paper"] = {"mentions": counts["mention"] / max(counts["paper"], 1),
                        "claims": counts["claim"] / max(counts["paper"], 1),
                        "entities_total": counts["entity"]}
    out["db_mib"] = sum(f.stat().st_size for f in workdir.glob("stages.db*") if f.is_file()) / 2**20

    # RDF sync: first (builds the store), then incremental with 10% more papers
    sync_rdf = _sync_rdf()
    if sync_rdf is not None:
        t0 = time.perf_counter()
        sync_rdf(store, [p.id for p in papers])
        st["RDF sync (first: full build)"] = time.perf_counter() - t0
        more = max(20, n // 10)
        extra_path = workdir / "more.jsonl"
        with open(extra_path, "w", encoding="utf-8") as fh:
            for r in iter_records(more, seed, start=n):
                fh.write(json.dumps(r) + "\n")
        extra = [p for p in read_paths([str(extra_path)]) if isinstance(p, Paper)]
        extra_ex = {p.id: e for e, p in extract_many(nlp, ((p.title, p.abstract, p) for p in extra),
                                                     batch_size=batch_size)}
        run_id = store.start_run("bench", "bench")
        _store_all(store, extra, extra_ex, run_id)
        store.finish_run(run_id, papers_read=len(extra), papers_new=len(extra_ex), rejects=0)
        t0 = time.perf_counter()
        sync_rdf(store, [p.id for p in extra])
        out["incremental_sync"] = {"papers": len(extra), "seconds": time.perf_counter() - t0}
    del nlp
    store.engine.dispose()

    # end to end, in process: ingest() (builds its own pipeline) + RDF sync
    from kb.ingest import IngestOptions, ingest

    e2e = out["end_to_end"]
    builtin_sync = ingest_syncs_rdf()
    out["ingest_syncs_rdf"] = builtin_sync
    store = Store(workdir / "e2e.db")
    t0 = time.perf_counter()
    report = ingest([str(path)], store, IngestOptions(batch_size=batch_size))
    t_ingest = time.perf_counter() - t0
    if sync_rdf is not None and not builtin_sync:
        sync_rdf(store, None)
    label = "ingest() incl. its RDF sync, in process" if builtin_sync else "ingest() + sync_rdf, in process"
    e2e[label] = {"seconds": time.perf_counter() - t0, "ingest_s": t_ingest, "papers": report.papers_read}
    store.engine.dispose()

    if cli:
        db = workdir / "cli.db"
        cmd = common.kb_command()
        t0 = time.perf_counter()
        proc = subprocess.run(cmd + ["ingest", str(path), "--db", str(db), "--quiet", "--batch-size", str(batch_size)],
                              cwd=common.REPO, capture_output=True, text=True)
        t_ingest = time.perf_counter() - t0
        if proc.returncode != 0:
            common.note(f"kb ingest exited {proc.returncode}: {proc.stderr.strip()[-400:]}")
        elif builtin_sync:
            e2e["kb ingest CLI incl. its RDF sync (incl. start-up)"] = {"seconds": t_ingest, "ingest_s": t_ingest}
        else:
            entry = {"ingest_s": t_ingest}
            proc = subprocess.run(cmd + ["rdf-sync", "--db", str(db), "--quiet"], cwd=common.REPO,
                                  capture_output=True, text=True)
            if proc.returncode == 0:
                entry["rdf_sync_s"] = time.perf_counter() - t0 - t_ingest
                entry["seconds"] = time.perf_counter() - t0
                e2e["kb ingest + kb rdf-sync CLI (incl. start-up)"] = entry
            else:
                reason = (proc.stderr.strip().splitlines() or ["?"])
                reason = next((line for line in reason if "No such command" in line), reason[-1])
                common.note(f"`kb rdf-sync` not available (exit {proc.returncode}: {reason.strip(' │')}): "
                            "the CLI row is `kb ingest` alone")
                entry["seconds"] = t_ingest
                e2e["kb ingest CLI (incl. start-up; no RDF sync)"] = entry
    return out


# --------------------------------------------------------------------------- memory
def memory_child(path: str, db: str, batch_size: int, n_process: int) -> None:
    """Runs in a fresh process: ingest ``path`` into ``db``; print the RSS high-water marks."""
    from kb.ingest import IngestOptions, ingest
    from kb.store import Store

    _, hwm_start = common.rss_mib()
    store = Store(db)
    options = IngestOptions(batch_size=batch_size, n_process=n_process)
    if hasattr(options, "sync_rdf"):
        options.sync_rdf = False  # measured on its own below
    t0 = time.perf_counter()
    report = ingest([path], store, options)
    seconds = time.perf_counter() - t0
    _, hwm_ingest = common.rss_mib()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    sync_s = None
    sync_rdf = None
    try:
        from kb.sparql import sync_rdf
    except ImportError:
        pass
    if sync_rdf is not None:
        t1 = time.perf_counter()
        sync_rdf(store, None)
        sync_s = time.perf_counter() - t1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"papers": report.papers_read, "seconds": seconds, "rate": report.papers_read / seconds,
                      "hwm_after_imports_mib": hwm_start, "peak_after_ingest_mib": hwm_ingest,
                      "peak_with_rdf_sync_mib": peak, "rdf_sync_s": sync_s,
                      "workers_peak_mib": children if n_process > 1 else None}))


def memory(sizes: list[int], seed: int, workdir: Path, batch_size: int, n_process: int) -> list[dict[str, Any]]:
    rows = []
    for size in sizes:
        path = corpus_file(size, seed)
        db = workdir / f"mem-{size}.db"
        t0 = time.perf_counter()
        proc = subprocess.run([common.PYTHON, "-m", "benchmarks.bench_ingest", "--memory-child", str(path),
                               "--db", str(db), "--batch-size", str(batch_size), "--n-process", str(n_process)],
                              cwd=common.REPO, capture_output=True, text=True)
        if proc.returncode != 0:
            common.note(f"memory run at {size} failed: {proc.stderr.strip()[-600:]}")
            continue
        row = {"size": size, "wall_s": time.perf_counter() - t0, **json.loads(proc.stdout.strip().splitlines()[-1])}
        rows.append(row)
        print(f"  {size:>7} abstracts: peak RSS {row['peak_after_ingest_mib']:.0f} MiB after ingest, "
              f"{row['peak_with_rdf_sync_mib']:.0f} MiB with RDF sync; {row['rate']:.0f} abstracts/s", flush=True)
        for f in workdir.glob(f"mem-{size}.db*"):
            if f.is_dir():
                shutil.rmtree(f, ignore_errors=True)
            else:
                f.unlink(missing_ok=True)
    return rows


# --------------------------------------------------------------------------- driver
def run(n: int = 2000, seed: int = 0, batch_size: int = 64, sizes: list[int] | None = None,
        mem: bool = True, cli: bool = True, n_process: int = 1, wait: float = 0.0) -> dict[str, Any]:
    sizes = sizes or [4000, 16000]
    common.wait_quiet(wait)
    info = common.print_machine()
    results: dict[str, Any] = {"machine": info, "n": n, "seed": seed, "batch_size": batch_size}
    path = corpus_file(n, seed)
    print(f"# ingest of {n} synthetic records from {path.name} (JSON Lines), batch_size {batch_size}", flush=True)
    with tempfile.TemporaryDirectory(prefix="kb-bench-ingest-") as tmp:
        workdir = Path(tmp)
        out = stages(path, workdir, n, seed, batch_size, cli)
        results.update(out)
        floor_rate = n / out["floor_s"]
        rows = []
        total = sum(out["stages"].values())
        rows.append(["bare tokenisation (floor, same texts)", out["floor_s"], floor_rate, None, 1.0])
        for name, seconds in out["stages"].items():
            rows.append([name, seconds, n / seconds, f"{100 * seconds / total:.1f}%", n / seconds / floor_rate])
        rows.append(["sum of stages", total, n / total, "100%", n / total / floor_rate])
        if "incremental_sync" in out:
            inc = out["incremental_sync"]
            rows.append([f"RDF incremental sync of +{inc['papers']} papers", inc["seconds"],
                         inc["papers"] / inc["seconds"], None, None])
        for name, e in out["end_to_end"].items():
            rows.append([f"end to end: {name}", e["seconds"], n / e["seconds"], None, n / e["seconds"] / floor_rate])
        print()
        print(common.table(["stage", "seconds", "abstracts/s", "share of stages", "x bare tokenisation"], rows))
        if "build_s" in out:
            print(f"pipeline build {out['build_s']:.1f} s (in the end-to-end rows, not in the extraction stage); "
                  f"trained NER {'present' if out['has_ner'] else 'MISSING'}; database {out['db_mib']:.1f} MiB; "
                  f"{out['per_paper']['mentions']:.1f} mentions and {out['per_paper']['claims']:.1f} claims "
                  f"per paper extracted")
        if out["stages"]:
            slowest = max(out["stages"], key=out["stages"].get)
            results["slowest_stage"] = slowest
            print(f"slowest stage: {slowest} ({100 * out['stages'][slowest] / total:.0f}% of the stage time)")
        checks = []
        e2e = next((v for k, v in out["end_to_end"].items() if k.startswith("ingest()")), None)
        if e2e:
            ratio = n / e2e["seconds"] / floor_rate
            results["ingest_ratio"] = ratio
            checks.append(f"target ingest >= {TARGET_RATIO}x bare tokenisation: {ratio:.4f}x "
                          f"{'MET' if ratio >= TARGET_RATIO else 'NOT MET'}")
        if mem:
            print()
            print(f"Peak memory (RSS high-water, fresh process per size, n_process={n_process}):", flush=True)
            results["memory"] = mrows = memory(sizes, seed, workdir, batch_size, n_process)
            if len(mrows) >= 2:
                first, last = mrows[0], mrows[-1]
                growth = last["peak_with_rdf_sync_mib"] / first["peak_with_rdf_sync_mib"]
                growth_ingest = last["peak_after_ingest_mib"] / first["peak_after_ingest_mib"]
                results["memory_growth"] = growth
                print(common.table(
                    ["abstracts", "peak after ingest MiB", "peak with RDF sync MiB", "after imports MiB",
                     "ingest abstracts/s", "RDF sync s"],
                    [[r["size"], r["peak_after_ingest_mib"], r["peak_with_rdf_sync_mib"],
                      r["hwm_after_imports_mib"], r["rate"], r["rdf_sync_s"]] for r in mrows]))
                checks.append(f"target peak({last['size']}) <= {TARGET_MEMORY_GROWTH}x peak({first['size']}): "
                              f"{growth:.2f}x with RDF sync, {growth_ingest:.2f}x ingest alone "
                              f"{'MET' if growth <= TARGET_MEMORY_GROWTH else 'NOT MET'}")
    return common.finish(results, info, checks)


def main(argv: list[str] | None = None) -> int:
    parser = common.arg_parser("ingest", __doc__)
    parser.add_argument("-n", type=int, default=2000, help="records for the stage breakdown (default 2000)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--sizes", type=common.sizes, default="4000,16000",
                        help="corpus sizes for peak memory (e.g. 4000,16000,100000)")
    parser.add_argument("--n-process", type=int, default=1, help="extraction processes in the memory runs")
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument("--no-cli", action="store_true", help="skip the kb ingest subprocess")
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        memory_child(args.memory_child, args.db, args.batch_size, args.n_process)
        return 0
    results = run(args.n, args.seed, args.batch_size, args.sizes, not args.no_memory, not args.no_cli,
                  args.n_process, args.wait_quiet)
    print(f"# results: {common.save('ingest', results, args.json)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
