"""Run the benchmarks: ``python -m benchmarks all [--quick]``.

    python -m benchmarks all            # the full set (about an hour on 2 cores)
    python -m benchmarks all --quick    # a small smoke run (a few minutes)
    python -m benchmarks extract|ingest|query|corpus [options]   # one benchmark, see --help
    python -m benchmarks all --only extract   # re-run one part, keeping the others' last results
    python -m benchmarks summary              # re-print the Markdown summary of the last run

``all`` prints each benchmark's tables, then a Markdown summary; it writes
``benchmarks/results/all.json`` and ``benchmarks/results/summary.md`` (git-ignored). The
figures in ``docs/benchmarks.md`` are copied from that summary.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from benchmarks import common

FULL = {"extract": {"n": 2000, "repeat": 3}, "ingest": {"n": 2000, "sizes": [4000, 16000]},
        "query": {"sizes": [10_000, 100_000], "repeat": 5}}
QUICK = {"extract": {"n": 200, "repeat": 1}, "ingest": {"n": 200, "sizes": [200, 800]},
         "query": {"sizes": [1000], "repeat": 2}}


def _f(x: Any, digits: int = 0) -> str:
    if x is None:
        return "-"
    return f"{x:,.{digits}f}"


def _when(section: dict[str, Any]) -> str:
    m = section.get("machine", {})
    return (f"Measured {m.get('date', '?')}; load average (1, 5, 15 min) {m.get('load')} before, "
            f"{section.get('load_after')} after.")


def summary(results: dict[str, Any], command: str) -> str:
    """The Markdown section docs/benchmarks.md is updated from."""
    m = results["machine"]
    lines = [f"Measured {m['date']} with `{command}`.", "",
             f"Machine: {m['nproc']} cores ({m['cpu']}), {m['ram_gib']} GiB RAM, {m['os']}; "
             f"Python {m['python']}, spaCy {m['spacy']}, thinc {m['thinc']}, pyoxigraph {m['pyoxigraph']}. "
             f"Load average at start {m['load']}.", ""]
    ex = results.get("extract")
    if ex:
        lines += [f"### Extraction ({ex['n']} abstracts, median of {ex['repeat']} runs)", "", _when(ex), "", "| | variant | abstracts/s | x bare tokenisation |", "|---|---|---|---|"]
        for key, v in ex["variants"].items():
            if "rate" in v:
                lines.append(f"| {key} | {v['label']} | {_f(v['rate'])} | {v['ratio']:.4f} |")
            else:
                lines.append(f"| {key} | {v['label']} | skipped: {v['skipped']} | |")
        e = ex["variants"].get("e", {})
        if "steady_rate" in e:
            lines.append("")
            lines.append(f"(e) first result after {e['first_result_s']:.1f} s (worker start-up); "
                         f"steady state {_f(e['steady_rate'])} abstracts/s.")
        check = ex.get("interleaved")
        if check:
            lines.append(f"(d~) (d) and (a) timed in turn, chunk by chunk: {_f(check['rate'])} against "
                         f"{_f(check['floor_rate'])} abstracts/s, {check['ratio']:.4f}x.")
        f = ex["variants"].get("f", {})
        if "startup_s" in f:
            lines.append(f"(f) start-up alone {f['startup_s']:.1f} s; excluding it {_f(f['steady_rate'])} abstracts/s.")
        stock = ex.get("stock_spacy_ner", {})
        if stock.get("model") is None and stock:
            lines.append(f"Stock spaCy NER: not measured: {stock['reason']}.")
        if ex.get("profile"):
            lines += ["", "Per-component profile of the full pipeline (each step over all docs):", "",
                      "| step | seconds | share | docs/s |", "|---|---|---|---|"]
            for r in ex["profile"]:
                lines.append(f"| {r['step']} | {r['seconds']:.2f} | {100 * r['share']:.1f}% | {_f(r['docs_per_s'])} |")
        lines += [""] + [f"- {c}" for c in ex.get("checks", [])] + [f"- note: {n}" for n in ex.get("notes", [])]
        lines.append("")
    ing = results.get("ingest")
    if ing:
        n = ing["n"]
        floor = n / ing["floor_s"]
        lines += [f"### Ingest ({n} records)", "", _when(ing), "",
                  "| stage | seconds | abstracts/s | x bare tokenisation |", "|---|---|---|---|",
                  f"| bare tokenisation (floor) | {ing['floor_s']:.2f} | {_f(floor)} | 1 |"]
        for name, s in ing["stages"].items():
            lines.append(f"| {name} | {s:.2f} | {_f(n / s)} | {n / s / floor:.4f} |")
        if "incremental_sync" in ing:
            inc = ing["incremental_sync"]
            lines.append(f"| RDF incremental sync of +{inc['papers']} papers | {inc['seconds']:.2f} | "
                         f"{_f(inc['papers'] / inc['seconds'])} | |")
        for name, e in ing["end_to_end"].items():
            lines.append(f"| end to end: {name} | {e['seconds']:.2f} | {_f(n / e['seconds'])} | "
                         f"{n / e['seconds'] / floor:.4f} |")
        if "per_paper" in ing:
            pp = ing["per_paper"]
            lines += ["", f"Pipeline build {ing['build_s']:.1f} s (in the end-to-end rows only); trained NER "
                          f"{'present' if ing['has_ner'] else 'MISSING'}; {pp['mentions']:.1f} mentions and "
                          f"{pp['claims']:.1f} claims extracted per paper."]
        if ing.get("memory"):
            lines += ["", "| abstracts | peak RSS after ingest (MiB) | peak RSS with RDF sync (MiB) | ingest abstracts/s |",
                      "|---|---|---|---|"]
            for r in ing["memory"]:
                lines.append(f"| {r['size']} | {r['peak_after_ingest_mib']:.0f} | {r['peak_with_rdf_sync_mib']:.0f} | "
                             f"{r['rate']:.0f} |")
        lines += [""] + [f"- {c}" for c in ing.get("checks", [])]
        lines.append("")
    q = results.get("query")
    if q:
        for size, entry in q["sizes"].items():
            b = entry["build"]
            lines += [f"### Queries and exports, {int(size):,} papers (built without NLP)", "", _when(q), "",
                      f"Store writes {b['write_s']:.1f} s ({_f(b['write_rate'])} papers/s); database {b['db_mib']:.0f} MiB, "
                      f"{b['rows_mention']:,} mentions, {b['rows_claim']:,} claims."]
            rb = entry.get("rdf_build")
            if rb:
                lines.append(f"Oxigraph store build {rb['seconds']:.1f} s ({_f(int(size) / rb['seconds'])} papers/s; "
                             f"{rb['quads']:,} quads = {rb['quads'] / int(size):.0f} per paper; {rb['store_mib']:.0f} MiB).")
            lines += ["", "| query | rows | kb cold ms | kb median ms | raw median ms | overhead |", "|---|---|---|---|---|---|"]
            for r in entry.get("sql", []) + entry.get("sparql", []):
                if "error" in r:
                    lines.append(f"| {r['query']} | error: {r['error']} | | | | |")
                    continue
                kb = r.get("kb")
                cold = _f(1000 * kb["cold_s"], 1) if kb else "-"
                med = _f(1000 * kb["median_s"], 1) if kb else "-"
                overhead = f"{r['overhead']:.2f}" if "overhead" in r else "-"
                lines.append(f"| {r['query']} | {r['raw']['rows']} | {cold} | {med} | "
                             f"{_f(1000 * r['raw']['median_s'], 1)} | {overhead} |")
            if entry.get("export"):
                lines += ["", "| export | seconds | papers/s | MiB |", "|---|---|---|---|"]
                for e in entry["export"]:
                    lines.append(f"| {e['format']} | {e['seconds']:.1f} | {_f(e['papers_per_s'])} | {e['mib']:.0f} |")
            lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("extract", "ingest", "query", "corpus"):
        import importlib

        name = "corpus" if argv[0] == "corpus" else f"bench_{argv[0]}"
        return importlib.import_module(f"benchmarks.{name}").main(argv[1:])
    if argv and argv[0] == "summary":  # re-print the summary of the last `all` run
        import json

        results = json.loads((common.RESULTS / "all.json").read_text(encoding="utf-8"))
        text = summary(results, results.get("command", "python -m benchmarks all"))
        (common.RESULTS / "summary.md").write_text(text + "\n", encoding="utf-8")
        print(text)
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["all"], help="all, or one of extract|ingest|query|corpus (see their --help)")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run of every benchmark")
    parser.add_argument("--only", default="extract,ingest,query", help="comma-separated subset to run")
    parser.add_argument("--wait-quiet", type=float, default=0, metavar="S",
                        help="before each benchmark wait up to S seconds for the 1-minute load to drop below 1")
    args = parser.parse_args(argv)
    cfg = QUICK if args.quick else FULL
    command = "python -m benchmarks all" + (" --quick" if args.quick else "")
    only = {s.strip() for s in args.only.split(",")}
    results: dict[str, Any] = {"machine": common.machine(), "command": command}
    previous = common.RESULTS / "all.json"
    if only != {"extract", "ingest", "query"} and previous.exists():
        # a partial re-run keeps the other sections of the last run (each has its own date and load)
        import json

        old = json.loads(previous.read_text(encoding="utf-8"))
        results.update({k: v for k, v in old.items() if k in ("extract", "ingest", "query") and k not in only})
    t0 = time.perf_counter()
    if "extract" in only:
        from benchmarks import bench_extract

        print("\n# ===== extraction =====", flush=True)
        results["extract"] = bench_extract.run(cfg["extract"]["n"], repeat=cfg["extract"]["repeat"],
                                               wait=args.wait_quiet)
        common.save("all", results)
    if "ingest" in only:
        from benchmarks import bench_ingest

        print("\n# ===== ingest =====", flush=True)
        results["ingest"] = bench_ingest.run(cfg["ingest"]["n"], sizes=cfg["ingest"]["sizes"], wait=args.wait_quiet)
        common.save("all", results)
    if "query" in only:
        from benchmarks import bench_query

        print("\n# ===== queries and exports =====", flush=True)
        results["query"] = bench_query.run(cfg["query"]["sizes"], repeat=cfg["query"]["repeat"], wait=args.wait_quiet)
    results["total_s"] = time.perf_counter() - t0
    text = summary(results, command)
    common.save("all", results)
    out = common.RESULTS / "summary.md"
    out.write_text(text + "\n", encoding="utf-8")
    print("\n# ===== summary (Markdown) =====\n")
    print(text)
    print(f"# {results['total_s'] / 60:.1f} minutes; summary in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
