"""Query latency (SQL, SPARQL) and export time on knowledge bases of 10k and 100k papers.

    python -m benchmarks.bench_query [--sizes 10000,100000] [--repeat 5] [--keep DIR]

The knowledge bases are built WITHOUT running the NLP: the synthetic corpus generator
knows which spans it placed (methods, datasets, metrics, tasks) and which claims it
wrote, and those become ``Paper`` + ``Extraction`` objects written with
``Store.write_batch`` (so the store's write rate is measured on the way). Then:

* SQL: every ``docs/queries/*.sql`` through ``kb.sql.run_sql`` (what ``kb sql`` runs),
  beside the same statement on a bare read-only ``sqlite3`` connection;
* SPARQL: the Oxigraph store is built (``kb.sparql.rebuild_rdf``, timed), then every
  ``docs/queries/*.rq`` through ``kb.sparql.run_query`` beside the same query on the raw
  ``pyoxigraph.Store`` (same prefixes, union default graph): the overhead ratio;
* exports: ``kb.export.export(store, "nt" | "turtle", out)`` to a file.

Latency: the first run ("cold": opens the database or store) and the median of
``--repeat`` further runs (fewer for a query slower than 1 s: at most ~5 s of warm runs,
at least one); all rows are fetched (no row limit) on both sides. ``--single-run`` times
each query once, through kb only: at 1M papers a listing query takes minutes, and the
overhead over the raw engine is already measured at the smaller sizes.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import common
from benchmarks.corpus import iter_records

QUERIES = common.REPO / "docs" / "queries"
WRITE_BATCH = 1000
#: names in the example queries replaced by one that the synthetic corpus has
SUBSTITUTIONS = {"Xinwei Long": "Wei Zhang"}
EXTRACTORS = {"METHOD": ("lexicon", "cue", "ner", "abbreviation"), "DATASET": ("lexicon", "ner"),
              "METRIC": ("lexicon", "ner"), "TASK": ("lexicon", "ner", "cue")}


# --------------------------------------------------------------------------- building
def _entity_id(label: str, name: str) -> str:
    try:
        from extractors.document import entity_id

        return entity_id(label, name)
    except ImportError:
        from schema.ids import entity_id as schema_entity_id

        return schema_entity_id(label, name)


def to_objects(record: dict[str, Any], line: int) -> tuple[Any, Any]:
    """A generated record with gold annotations -> (Paper, Extraction)."""
    from schema.models import Author, Claim, Entity, Extraction, Mention, Paper, Provenance

    rng = random.Random(record["id"])
    paper = Paper(title=record["title"], abstract=record["abstract"],
                  authors=[Author(name=a) for a in record["authors"]], year=record["year"],
                  source=Provenance(path="synthetic.jsonl", line=line, format="jsonl"))
    entities: dict[str, Entity] = {}
    for m in record["gold"]["mentions"]:
        eid = _entity_id(m["label"], m["name"])
        entity = entities.setdefault(eid, Entity(id=eid, type=m["label"], name=m["name"]))
        entity.mentions.append(Mention(text=m["text"], field=m["field"], start=m["start"], end=m["end"],
                                       confidence=round(rng.uniform(0.5, 0.99), 4),
                                       extractor=rng.choice(EXTRACTORS[m["label"]])))
    claims = [Claim(**c, confidence=round(rng.uniform(0.4, 0.95), 4)) for c in record["gold"]["claims"]]
    return paper, Extraction(entities=list(entities.values()), claims=claims)


def build_kb(db: Path, size: int, seed: int) -> dict[str, float]:
    from kb.store import Store

    store = Store(db)
    run_id = store.start_run("bench", "synthetic gold (no NLP)")
    t_make = t_write = 0.0
    batch: list = []
    extractions: dict = {}
    t0 = time.perf_counter()
    for i, record in enumerate(iter_records(size, seed, annotate=True)):
        paper, extraction = to_objects(record, i + 1)
        batch.append(paper)
        extractions[paper.id] = extraction
        if len(batch) >= WRITE_BATCH:
            t1 = time.perf_counter()
            store.write_batch(batch, extractions, (), run_id)
            t_write += time.perf_counter() - t1
            batch, extractions = [], {}
            if (i + 1) % 20_000 == 0:
                print(f"    {i + 1:,} papers written", flush=True)
    if batch:
        t1 = time.perf_counter()
        store.write_batch(batch, extractions, (), run_id)
        t_write += time.perf_counter() - t1
    store.finish_run(run_id, papers_read=size, papers_new=size, rejects=0)
    total = time.perf_counter() - t0
    t_make = total - t_write
    counts = store.counts()
    store.engine.dispose()
    with sqlite3.connect(db) as conn:  # fold the WAL in, so the file size means something
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"seconds": total, "generate_s": t_make, "write_s": t_write, "write_rate": size / t_write,
            "db_mib": db.stat().st_size / 2**20, **{f"rows_{k}": v for k, v in counts.items()}}


# --------------------------------------------------------------------------- timing
#: warm runs of one query stop adding up past this many seconds (at least one warm run)
BUDGET_S = 5.0


def _latency(fn: Callable[[], int], repeat: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    rows = fn()
    cold = time.perf_counter() - t0
    if repeat == 0:
        return {"cold_s": cold, "median_s": cold, "rows": rows, "runs": 0}
    runs = max(1, min(repeat, int(BUDGET_S / max(cold, 1e-9))))
    _, rows, times = common.timed(fn, runs)
    return {"cold_s": cold, "median_s": statistics.median(times), "rows": rows, "runs": runs}


def _query_files(ext: str, only: set[str] | None = None) -> list[tuple[str, str]]:
    out = []
    for path in sorted(QUERIES.glob(f"*.{ext}")):
        if only is not None and path.stem not in only:
            continue
        text = path.read_text(encoding="utf-8")
        for old, new in SUBSTITUTIONS.items():
            text = text.replace(old, new)
        out.append((path.name, text))
    return out


def sql_latency(db: Path, repeat: int, timeout_s: float, only: set[str] | None = None) -> list[dict[str, Any]]:
    queries = _query_files("sql", only)
    if not queries:
        common.note(f"no SQL queries in {QUERIES}: SQL latency skipped")
        return []
    try:
        from kb.sql import run_sql
    except ImportError:
        run_sql = None
        common.note("kb.sql.run_sql missing: SQL timed on a read-only sqlite3 connection only")
    rows = []
    for name, query in queries:
        row: dict[str, Any] = {"query": name}

        def raw() -> int:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            try:
                return len(conn.execute(query).fetchall())
            finally:
                conn.close()

        try:
            if repeat or run_sql is None:
                row["raw"] = _latency(raw, repeat)
            if run_sql is not None:
                row["kb"] = _latency(lambda: len(run_sql(db, query, max_rows=None, timeout_s=timeout_s).rows), repeat)
            if "raw" in row and "kb" in row:
                row["overhead"] = row["kb"]["median_s"] / max(row["raw"]["median_s"], 1e-9)
        except Exception as exc:  # noqa: BLE001 - reported per query
            row["error"] = f"{type(exc).__name__}: {exc}"
            common.note(f"{name}: {row['error']}")
        rows.append(row)
    return rows


def sparql_latency(db: Path, repeat: int, timeout_s: float,
                   only: set[str] | None = None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    queries = _query_files("rq", only)
    try:
        import pyoxigraph as ox

        from kb.sparql import rdf_store_path, rebuild_rdf, run_query
        from kb.store import Store
    except ImportError as exc:
        common.note(f"kb.sparql not available ({exc}): SPARQL latency skipped")
        return {}, []
    try:
        from schema.vocab import PREFIXES
    except ImportError:
        PREFIXES = {}
    store = Store(db)
    print("building the Oxigraph store ...", flush=True)
    t0 = time.perf_counter()
    papers = rebuild_rdf(store)
    build = {"seconds": time.perf_counter() - t0, "papers": papers}
    store.engine.dispose()
    path = rdf_store_path(db)
    build["store_mib"] = sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file()) / 2**20
    raw_store = ox.Store.read_only(str(path))
    quads = len(raw_store)
    build["quads"] = quads
    if not queries:
        common.note(f"no SPARQL queries in {QUERIES}: SPARQL latency skipped")
        return build, []
    rows = []
    for name, query in queries:
        row: dict[str, Any] = {"query": name}

        def raw() -> int:
            result = raw_store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
            if isinstance(result, ox.QueryBoolean):
                return 1
            if isinstance(result, ox.QuerySolutions):
                return len([list(s) for s in result])
            return len([(t.subject, t.predicate, t.object) for t in result])

        try:
            if repeat:
                row["raw"] = _latency(raw, repeat)
            row["kb"] = _latency(lambda: len(run_query(db, query, timeout_s=timeout_s, max_rows=None).rows), repeat)
            if "raw" in row:
                row["overhead"] = row["kb"]["median_s"] / max(row["raw"]["median_s"], 1e-9)
        except Exception as exc:  # noqa: BLE001 - reported per query
            row["error"] = f"{type(exc).__name__}: {exc}"
            common.note(f"{name}: {row['error']}")
        rows.append(row)
        if "error" not in row:
            print(f"  {name}: {row['kb']['rows']:,} rows, {row['kb']['cold_s']:.1f} s cold", flush=True)
    del raw_store
    return build, rows


def export_times(db: Path, workdir: Path) -> list[dict[str, Any]]:
    try:
        from kb.export import export
        from kb.store import Store
    except ImportError as exc:
        common.note(f"kb.export not available ({exc})")
        return []
    store = Store(db, readonly=True)
    rows = []
    for fmt, suffix in (("nt", "nt"), ("turtle", "ttl"), ("jsonl", "jsonl")):
        out = workdir / f"export.{suffix}"
        binary = fmt in ("nt", "turtle")
        try:
            t0 = time.perf_counter()
            with open(out, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as fh:
                papers = export(store, fmt, fh)
            seconds = time.perf_counter() - t0
        except Exception as exc:  # noqa: BLE001 - reported per format
            common.note(f"export {fmt}: {type(exc).__name__}: {exc}")
            continue
        size = out.stat().st_size
        lines = None
        if fmt == "nt":
            with open(out, "rb") as fh:
                lines = sum(1 for _ in fh)
        rows.append({"format": fmt, "seconds": seconds, "papers": papers, "mib": size / 2**20,
                     "papers_per_s": papers / seconds, "triples": lines})
        out.unlink()
    store.engine.dispose()
    return rows


# --------------------------------------------------------------------------- driver
def _ms(x: dict[str, Any] | None, key: str) -> float | None:
    return None if not x else 1000 * x[key]


def run(sizes: list[int] | None = None, seed: int = 0, repeat: int = 5, keep: str | None = None,
        wait: float = 0.0, sparql: bool = True, export: bool = True, sql: bool = True,
        timeout_s: float = 600.0, only: set[str] | None = None) -> dict[str, Any]:
    sizes = sizes or [10_000, 100_000]
    common.wait_quiet(wait)
    info = common.print_machine()
    results: dict[str, Any] = {"machine": info, "seed": seed, "repeat": repeat, "timeout_s": timeout_s, "sizes": {}}
    tmp = None
    if keep:
        base = Path(keep)
        base.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.mkdtemp(prefix="kb-bench-query-")
        base = Path(tmp)
    try:
        for size in sizes:
            print(f"\n## {size:,} papers", flush=True)
            db = base / f"kb-{size}.db"
            for f in base.glob(f"kb-{size}.db*"):
                shutil.rmtree(f) if f.is_dir() else f.unlink()
            build = build_kb(db, size, seed)
            print(f"built without NLP in {build['seconds']:.1f} s: store writes {build['write_s']:.1f} s "
                  f"({build['write_rate']:,.0f} papers/s), generating objects {build['generate_s']:.1f} s; "
                  f"{build['db_mib']:.0f} MiB; {build['rows_entity']:,} entities, {build['rows_mention']:,} mentions, "
                  f"{build['rows_claim']:,} claims", flush=True)
            entry: dict[str, Any] = {"build": build}
            entry["sql"] = sql_rows = sql_latency(db, repeat, timeout_s, only) if sql else []
            if sql_rows:
                print(common.table(
                    ["SQL query", "rows", "kb.sql cold ms", "kb.sql median ms", "sqlite3 median ms", "overhead"],
                    [[r["query"], r.get("kb", r.get("raw", {})).get("rows"), _ms(r.get("kb"), "cold_s"),
                      _ms(r.get("kb"), "median_s"), _ms(r.get("raw"), "median_s"), r.get("overhead") or r.get("error")]
                     for r in sql_rows]))
            rdf_build, sparql_rows = sparql_latency(db, repeat, timeout_s, only) if sparql else (None, [])
            entry["rdf_build"], entry["sparql"] = rdf_build, sparql_rows
            if rdf_build:
                print(f"Oxigraph store built in {rdf_build['seconds']:.1f} s ({rdf_build['quads']:,} quads, "
                      f"{rdf_build['store_mib']:.0f} MiB, {size / rdf_build['seconds']:,.0f} papers/s)", flush=True)
            if sparql_rows:
                print(common.table(
                    ["SPARQL query", "rows", "run_query cold ms", "run_query median ms", "raw pyoxigraph median ms",
                     "overhead"],
                    [[r["query"], r.get("kb", r.get("raw", {})).get("rows"), _ms(r.get("kb"), "cold_s"),
                      _ms(r.get("kb"), "median_s"), _ms(r.get("raw"), "median_s"), r.get("overhead") or r.get("error")]
                     for r in sparql_rows]))
            entry["export"] = exports = export_times(db, base) if export else []
            if exports:
                print(common.table(["export", "seconds", "papers/s", "MiB", "triples"],
                                   [[e["format"], e["seconds"], e["papers_per_s"], e["mib"], e["triples"]]
                                    for e in exports]))
            results["sizes"][str(size)] = entry
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    return common.finish(results, info)


def main(argv: list[str] | None = None) -> int:
    parser = common.arg_parser("query", __doc__)
    parser.add_argument("--sizes", type=common.sizes, default="10000,100000",
                        help="papers per knowledge base (add 1000000 for 1M)")
    parser.add_argument("--repeat", type=int, default=5, help="warm runs per query; the median is reported")
    parser.add_argument("--keep", metavar="DIR", help="keep the built databases in DIR")
    parser.add_argument("--no-sparql", action="store_true",
                        help="SQL only: no SPARQL store (at 1M papers it needs ~1 hour and ~65 GiB of disk while built)")
    parser.add_argument("--no-export", action="store_true",
                        help="skip the export timings (N-Triples of 1M papers is ~45 GiB)")
    parser.add_argument("--no-sql", action="store_true", help="skip the SQL latency")
    parser.add_argument("--single-run", action="store_true",
                        help="time each query once, through kb only (for 1M papers, where a listing query takes minutes)")
    parser.add_argument("--timeout", type=float, default=600.0, metavar="S",
                        help="give up on a query after S seconds (reported as its error)")
    parser.add_argument("--queries", metavar="NAMES",
                        help="only these queries of docs/queries (comma-separated file stems, e.g. leaderboard)")
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.queries.split(",") if name.strip()} if args.queries else None
    unknown = sorted((only or set()) - {path.stem for path in QUERIES.iterdir()})
    if unknown:
        parser.error(f"no such query in {QUERIES}: {', '.join(unknown)}")
    results = run(args.sizes, args.seed, 0 if args.single_run else args.repeat, args.keep, args.wait_quiet,
                  sparql=not args.no_sparql, export=not args.no_export, sql=not args.no_sql, timeout_s=args.timeout,
                  only=only)
    print(f"# results: {common.save('query', results, args.json)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
