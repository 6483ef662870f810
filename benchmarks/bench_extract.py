"""Extraction throughput, side by side in one run on the same abstracts.

    python -m benchmarks.bench_extract [-n 2000] [--batch-size 64] [--repeat 3]

(a) bare ``spacy.blank("en")`` tokenisation (``nlp.pipe``): the floor every ratio is
    taken against; (b) the project tokenizer alone (``make_nlp()``); (c) the kb pipeline
    without the trained NER; (d) the full pipeline with the NER, one process; (e) the full
    pipeline with ``n_process=2`` through ``extract_many`` (worker start-up included);
    (f) the ``kb extract`` CLI end to end as a subprocess on a JSONL file (interpreter and
    pipeline start-up included; the start-up alone is measured on a one-record file).
(c) and (d) run through ``extract_many`` with one process, so they include turning each
Doc into typed ``Extraction`` objects, as ``kb ingest`` does. (d~) times (d) and (a) in
turn, chunk by chunk, so that the machine's speed drift hits both sides of the ratio.

Then a per-component profile of the full pipeline over pre-tokenised docs: where the
time goes, and so where to optimise.
"""

from __future__ import annotations

import functools
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import common
from benchmarks.corpus import iter_records

SEPARATOR = "\n\n"  # extractors.document.SEPARATOR: title and abstract go through as one text

#: target from the brief: full pipeline (one process) at least this fraction of bare tokenisation
TARGET_RATIO = 0.05


def compose(title: str | None, abstract: str) -> str:
    try:
        from extractors.document import compose as kb_compose

        return kb_compose(title, abstract)[0]
    except ImportError:
        return (title + SEPARATOR + abstract) if title else abstract


def load_corpus(n: int, seed: int, start: int = 0) -> list[dict[str, Any]]:
    return list(iter_records(n, seed, start=start))


# --------------------------------------------------------------------------- measurements
def _items(records: list[dict]) -> Any:
    """``extract_many``'s input: (title, abstract, key) per record."""
    return ((r["title"], r["abstract"], None) for r in records)


def _pipe_rate(make: Callable[[], Any], texts: list[str], warm: list[str], batch_size: int, repeat: int,
               prepare: Callable[[Any], None] | None = None) -> tuple[float, int, list[float]]:
    """Median seconds for ``nlp.pipe`` over ``texts``, and the token count.

    Every run gets a fresh pipeline (built outside the timing) warmed up on other texts:
    spaCy's tokenizer caches the chunks it has seen, and a second pass over the same
    abstracts would measure that cache, not a real run where every abstract is new.
    """
    times, tokens = [], 0
    for _ in range(max(1, repeat)):
        nlp = make()
        for _ in nlp.pipe(warm, batch_size=batch_size):
            pass
        if prepare:
            prepare(nlp)
        t0 = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
        times.append(time.perf_counter() - t0)
    return statistics.median(times), tokens, times


def _extract_rate(make: Callable[[], Any], records: list[dict], warm: list[dict], batch_size: int, repeat: int
                  ) -> tuple[float, list[float], float]:
    """Median seconds for ``extract_many`` (one process) over ``records``; fresh pipeline per run.

    Also returns the median pipeline build time (not included in the rate).
    """
    from extractors.document import extract_many

    times, builds = [], []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        nlp = make()
        builds.append(time.perf_counter() - t0)
        for _ in extract_many(nlp, _items(warm), batch_size=batch_size):
            pass
        t0 = time.perf_counter()
        for _ in extract_many(nlp, _items(records), batch_size=batch_size):
            pass
        times.append(time.perf_counter() - t0)
        del nlp
    return statistics.median(times), times, statistics.median(builds)


def interleaved_ratio(make: Callable[[], Any], records: list[dict], warm: list[dict], batch_size: int,
                      chunks: int = 20) -> dict[str, float]:
    """The full pipeline and bare tokenisation timed chunk by chunk, in turn, on the same
    records: a check on ratio (d), whose floor (a) is measured minutes earlier.

    This virtual machine's speed drifts by up to 2x within minutes. A slow spell then
    shifts only one side of (d)'s ratio, while here it hits both sides alike. Both
    pipelines are fresh and warmed up on ``warm``; the pipeline runs through
    ``extract_many``, as in (d).
    """
    import spacy

    from extractors.document import extract_many

    blank, nlp = spacy.blank("en"), make()
    for _ in blank.pipe([compose(r.get("title"), r["abstract"]) for r in warm], batch_size=batch_size):
        pass
    for _ in extract_many(nlp, _items(warm), batch_size=batch_size):
        pass
    floor_s = pipeline_s = 0.0
    size = max(1, -(-len(records) // chunks))
    for i in range(0, len(records), size):
        chunk = records[i:i + size]
        texts = [compose(r.get("title"), r["abstract"]) for r in chunk]
        t0 = time.perf_counter()
        for _ in blank.pipe(texts, batch_size=batch_size):
            pass
        t1 = time.perf_counter()
        for _ in extract_many(nlp, _items(chunk), batch_size=batch_size):
            pass
        floor_s += t1 - t0
        pipeline_s += time.perf_counter() - t1
    n = len(records)
    return {"floor_rate": n / floor_s, "rate": n / pipeline_s, "ratio": floor_s / pipeline_s}


def fill_tokenizer_cache(nlp: Any, entries: int = 12_000) -> None:
    """Fill spaCy's tokenizer chunk cache (10,000 entries by default) with other strings.

    The cache only grows until it is full. On a large corpus it fills after ~10k distinct
    chunks, by then holding the common words, and every new chunk after that is tokenised
    the slow way: called after the warm-up texts, this shows that long-run rate.
    """
    for i in range(entries):
        nlp.make_doc(f"filler{i}x")


def _multiprocess(records: list[dict], batch_size: int, n_process: int, use_ner: bool) -> dict[str, float]:
    from extractors.document import extract_many
    from extractors.pipeline import build_pipeline

    build = functools.partial(build_pipeline, use_ner=use_ner)
    items = _items(records)
    t0 = time.perf_counter()
    first = None
    count = 0
    for _ in extract_many(None, items, batch_size=batch_size, n_process=n_process, build=build):
        count += 1
        if first is None:
            first = time.perf_counter()
    total = time.perf_counter() - t0
    steady = (count - batch_size) / (t0 + total - first) if first and count > batch_size else float("nan")
    return {"seconds": total, "rate": count / total, "first_result_s": (first or t0) - t0, "steady_rate": steady}


def _cli(records: list[dict], workdir: Path, n_process: int, use_ner: bool) -> dict[str, float]:
    """``kb extract`` as a user runs it; start-up measured separately on one record."""
    data = workdir / "extract-input.jsonl"
    one = workdir / "extract-one.jsonl"
    with open(data, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({"id": r["id"], "title": r["title"], "abstract": r["abstract"]}) + "\n")
    one.write_text(json.dumps({"id": "x", "title": records[0]["title"], "abstract": records[0]["abstract"]}) + "\n")
    base = common.kb_command() + ["extract"]
    flags = ["--quiet", "--n-process", str(n_process)] + ([] if use_ner else ["--no-ner"])

    def run(path: Path) -> float:
        t0 = time.perf_counter()
        proc = subprocess.run(base + [str(path), "-o", str(workdir / "extract-out.jsonl"), *flags],
                              cwd=common.REPO, capture_output=True, text=True)
        seconds = time.perf_counter() - t0
        if proc.returncode != 0:
            raise RuntimeError(f"kb extract exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
        return seconds

    startup = min(run(one) for _ in range(2))
    total = run(data)
    lines = sum(1 for _ in open(workdir / "extract-out.jsonl", encoding="utf-8"))
    if lines != len(records):
        raise RuntimeError(f"kb extract wrote {lines} lines for {len(records)} records")
    return {"seconds": total, "rate": len(records) / total, "startup_s": startup,
            "steady_rate": len(records) / max(total - startup, 1e-9)}


def profile_components(nlp: Any, texts: list[str], batch_size: int) -> list[dict[str, Any]]:
    """Seconds per pipeline step over the same docs: tokenizer, each component, to_extraction."""
    rows = []
    t0 = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    rows.append({"step": "tokenizer (make_doc)", "seconds": time.perf_counter() - t0})
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(doc) for doc in docs]
        rows.append({"step": name, "seconds": time.perf_counter() - t0})
    try:
        from extractors.document import to_extraction

        starts = [t.find(SEPARATOR) + len(SEPARATOR) if SEPARATOR in t else 0 for t in texts]
        t0 = time.perf_counter()
        for doc, start in zip(docs, starts):
            to_extraction(doc, start)
        rows.append({"step": "to_extraction (Doc -> Extraction)", "seconds": time.perf_counter() - t0})
    except ImportError as exc:
        common.note(f"to_extraction not profiled: {exc}")
    total = sum(r["seconds"] for r in rows)
    for r in rows:
        r["share"] = r["seconds"] / total if total else float("nan")
        r["docs_per_s"] = len(texts) / r["seconds"] if r["seconds"] else float("inf")
    return rows


def stock_ner(texts: list[str], batch_size: int) -> dict[str, Any]:
    """A stock spaCy pretrained NER, if one is installed (it is not on this registry)."""
    import spacy

    for name in ("en_core_web_sm", "en_core_sci_sm"):
        try:
            nlp = spacy.load(name, exclude=["parser", "lemmatizer"])
        except (OSError, ImportError):
            continue
        seconds, _, _ = _pipe_rate(lambda: nlp, texts, texts[:20], batch_size, 1)
        return {"model": name, "seconds": seconds, "rate": len(texts) / seconds}
    return {"model": None, "reason": (
        "no stock spaCy pretrained pipeline is installed: official spaCy models "
        "(en_core_web_*) are published on GitHub, not on PyPI, and only PyPI is reachable "
        "here; unofficial PyPI re-uploads were deliberately not used")}


# --------------------------------------------------------------------------- driver
def run(n: int = 2000, seed: int = 0, batch_size: int = 64, repeat: int = 3, n_process: int = 2,
        cli: bool = True, wait: float = 0.0) -> dict[str, Any]:
    common.wait_quiet(wait)
    info = common.print_machine()
    records = load_corpus(n, seed)
    warm = load_corpus(min(64, n), seed, start=n)
    texts = [compose(r["title"], r["abstract"]) for r in records]
    warm_texts = [compose(r["title"], r["abstract"]) for r in warm]
    chars = sum(len(t) for t in texts)
    print(f"# {n} synthetic abstracts (seed {seed}), {chars / n:.0f} chars per text (title + abstract), "
          f"batch_size {batch_size}, median of {repeat} runs for (a)-(d)", flush=True)
    results: dict[str, Any] = {"machine": info, "n": n, "seed": seed, "batch_size": batch_size, "repeat": repeat,
                               "variants": {}, "notes": []}
    variants = results["variants"]

    def record(key: str, label: str, seconds: float, **extra: Any) -> None:
        variants[key] = {"label": label, "seconds": seconds, "rate": n / seconds, **extra}
        print(f"  {key}: {label}: {n / seconds:,.0f} abstracts/s ({seconds:.2f} s)", flush=True)

    def skip(key: str, label: str, why: str) -> None:
        variants[key] = {"label": label, "skipped": why}
        results["notes"].append(f"({key}) {label}: skipped: {why}")
        common.note(f"({key}) {label} skipped: {why}")

    import spacy

    seconds, tokens, _ = _pipe_rate(lambda: spacy.blank("en"), texts, warm_texts, batch_size, repeat)
    record("a", 'spacy.blank("en") tokenisation (floor)', seconds, tokens_per_s=tokens / seconds,
           tokens_per_doc=tokens / n)
    from extractors.tokenizer import make_nlp

    seconds, tokens, _ = _pipe_rate(make_nlp, texts, warm_texts, batch_size, repeat)
    record("b", "kb tokenizer only (make_nlp)", seconds, tokens_per_s=tokens / seconds)
    seconds, tokens, _ = _pipe_rate(lambda: spacy.blank("en"), texts, warm_texts, batch_size, 1,
                                    prepare=fill_tokenizer_cache)
    record("a*", 'spacy.blank("en"), tokenizer cache full (long-run floor, info)', seconds)

    problem = common.pipeline_problem()
    profile_nlp = None
    if problem:
        for key, label in (("c", "kb pipeline, no NER"), ("d", "kb pipeline + NER, 1 process"),
                           ("e", f"kb pipeline + NER, n_process={n_process}"), ("f", "kb extract CLI")):
            skip(key, label, f"build_pipeline() fails: {problem}")
    else:
        from extractors.pipeline import build_pipeline

        make_rules = functools.partial(build_pipeline, use_ner=False)
        seconds, _, build_s = _extract_rate(make_rules, records, warm, batch_size, repeat)
        record("c", "kb pipeline, no NER (extract_many, 1 process)", seconds, build_s=build_s,
               components=make_rules().pipe_names)
        profile_nlp = build_pipeline()
        has_ner = "ner" in profile_nlp.pipe_names
        label = "kb pipeline + NER (extract_many, 1 process)" if has_ner else \
            "kb pipeline, NER MISSING (no trained model), 1 process"
        if not has_ner:
            results["notes"].append("(d)/(e)/(f) ran without the trained NER: no model under extractors/model")
        seconds, _, build_s = _extract_rate(build_pipeline, records, warm, batch_size, repeat)
        record("d", label, seconds, build_s=build_s, has_ner=has_ner, components=profile_nlp.pipe_names)
        print(f"     pipeline build: {build_s:.1f} s (not in the rates of (c)/(d))", flush=True)
        check = results["interleaved"] = interleaved_ratio(build_pipeline, records, warm, batch_size)
        print(f"  d~: (d) interleaved with (a) chunk by chunk: {check['rate']:,.0f} vs {check['floor_rate']:,.0f} "
              f"abstracts/s, {check['ratio']:.3f}x", flush=True)
        mp = _multiprocess(records, batch_size, n_process, use_ner=True)
        record("e", f"kb pipeline + NER, n_process={n_process} (incl. worker start-up)", mp["seconds"],
               first_result_s=mp["first_result_s"], steady_rate=mp["steady_rate"])
        print(f"     (e) first result after {mp['first_result_s']:.1f} s; steady {mp['steady_rate']:,.0f} abstracts/s",
              flush=True)
        if cli:
            with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
                try:
                    out = _cli(records, Path(tmp), 1, use_ner=True)
                    record("f", "kb extract CLI, end to end (incl. start-up)", out["seconds"],
                           startup_s=out["startup_s"], steady_rate=out["steady_rate"])
                    print(f"     (f) start-up {out['startup_s']:.1f} s; excluding it {out['steady_rate']:,.0f} abstracts/s",
                          flush=True)
                    out2 = _cli(records, Path(tmp), n_process, use_ner=True)
                    record("f2", f"kb extract CLI --n-process {n_process}, end to end", out2["seconds"],
                           startup_s=out2["startup_s"], steady_rate=out2["steady_rate"])
                except RuntimeError as exc:
                    skip("f", "kb extract CLI", str(exc))
        else:
            skip("f", "kb extract CLI", "--no-cli")

    stock = stock_ner(texts[: min(n, 500)], batch_size)
    results["stock_spacy_ner"] = stock
    if stock["model"] is None:
        common.note(f"stock spaCy NER: {stock['reason']}")
    else:
        print(f"  stock {stock['model']}: {stock['rate']:,.0f} abstracts/s", flush=True)

    floor = variants["a"]["rate"]
    for v in variants.values():
        if "rate" in v:
            v["ratio"] = v["rate"] / floor
    print()
    print(common.table(["", "variant", "abstracts/s", "x bare tokenisation", "seconds"],
                       [[k, v["label"], v.get("rate"), v.get("ratio"), v.get("seconds")]
                        for k, v in variants.items()]))

    if profile_nlp is not None:
        for _ in profile_nlp.pipe(warm_texts, batch_size=batch_size):
            pass
        prof = profile_components(profile_nlp, texts, batch_size)
        results["profile"] = prof
        print()
        print(f"Per-component profile of the full pipeline over the same {n} texts "
              "(each step run over all docs in order):")
        print(common.table(["step", "seconds", "share", "docs/s"],
                           [[r["step"], r["seconds"], f"{100 * r['share']:.1f}%", r["docs_per_s"]] for r in prof]))
        inside, alone = prof[0]["docs_per_s"], variants["b"]["rate"]
        results["tokenizer_in_pipeline_vs_alone"] = inside / alone
        print(f"tokenizer inside the pipeline: {inside:,.0f} docs/s; the same tokenizer alone (b): {alone:,.0f} docs/s")
        if inside < 0.5 * alone:
            msg = ("the pipeline's tokenizer is much slower than the same tokenizer alone: its chunk cache "
                   "(spaCy Tokenizer max_cache_size, 10,000 by default) is likely already full when the "
                   "first abstract arrives (e.g. filled by tokenising lexicon aliases at initialisation), "
                   "so every chunk takes the uncached path; compare row (a*)")
            results["notes"].append(msg)
            common.note(msg)
        slowest = max((r for r in prof if not r["step"].startswith("tokenizer")), key=lambda r: r["seconds"])
        results["slowest_component"] = slowest["step"]
        print(f"slowest step: {slowest['step']} ({100 * slowest['share']:.0f}% of the pipeline time)")

    checks = []
    if "ratio" in variants.get("d", {}):
        ok = variants["d"]["ratio"] >= TARGET_RATIO
        checks.append(f"target (d) >= {TARGET_RATIO}x bare tokenisation: {variants['d']['ratio']:.3f}x "
                      f"{'MET' if ok else 'NOT MET'}")
        if "interleaved" in results:
            ok = results["interleaved"]["ratio"] >= TARGET_RATIO
            checks.append(f"the same, interleaved (d~): {results['interleaved']['ratio']:.3f}x "
                          f"{'MET' if ok else 'NOT MET'}")
    if "rate" in variants.get("e", {}) and "rate" in variants.get("d", {}):
        ok = variants["e"]["rate"] > variants["d"]["rate"]
        checks.append(f"target (e) n_process={n_process} faster than (d): {variants['e']['rate']:,.0f} vs "
                      f"{variants['d']['rate']:,.0f} abstracts/s {'MET' if ok else 'NOT MET'}"
                      f" (steady state {variants['e']['steady_rate']:,.0f})")
    return common.finish(results, info, checks)


def main(argv: list[str] | None = None) -> int:
    parser = common.arg_parser("extract", __doc__)
    parser.add_argument("-n", type=int, default=2000, help="abstracts (default 2000)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=3, help="runs of (a)-(d); the median is reported")
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--no-cli", action="store_true", help="skip (f), the kb extract subprocess")
    args = parser.parse_args(argv)
    results = run(args.n, args.seed, args.batch_size, args.repeat, args.n_process, not args.no_cli, args.wait_quiet)
    print(f"# results: {common.save('extract', results, args.json)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
