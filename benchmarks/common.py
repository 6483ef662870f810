"""Shared helpers: the machine, its load, timing, printing and saving results."""

from __future__ import annotations

import argparse

import datetime as dt
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
PYTHON = sys.executable


# --------------------------------------------------------------------------- machine
def loadavg() -> tuple[float, float, float]:
    return os.getloadavg()


def mem_total_gib() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return float("nan")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for name in ("spacy", "thinc", "pydantic", "sqlalchemy", "pyoxigraph", "rdflib"):
        try:
            from importlib.metadata import version

            out[name] = version(name)
        except Exception:  # noqa: BLE001 - not installed
            out[name] = "-"
    return out


def busy_processes(limit: int = 5) -> list[str]:
    """Other processes using CPU now (``ps``), so a noisy measurement can be explained."""
    try:
        text = subprocess.run(["ps", "-eo", "pid,pcpu,etime,args", "--sort=-pcpu"], capture_output=True,
                              text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    me = os.getpid()
    rows = []
    for line in text.splitlines()[1:]:
        parts = line.split(None, 3)
        if len(parts) < 4 or int(parts[0]) == me:
            continue
        if float(parts[1]) < 20:
            break
        rows.append(f"pid {parts[0]} {parts[1]}% cpu: {parts[3][:110]}")
        if len(rows) >= limit:
            break
    return rows


def machine() -> dict[str, Any]:
    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "cpu": cpu_model(),
        "ram_gib": round(mem_total_gib(), 1),
        "os": f"{platform.system()} {platform.release()}",
        "load": [round(x, 2) for x in loadavg()],
        **versions(),
    }


def print_machine(info: dict[str, Any] | None = None) -> dict[str, Any]:
    info = info or machine()
    print(f"# {info['date']}  nproc={info['nproc']}  RAM={info['ram_gib']} GiB  cpu={info['cpu']}")
    print(f"# python {info['python']}  spaCy {info['spacy']}  thinc {info['thinc']}  "
          f"pyoxigraph {info['pyoxigraph']}  load {info['load']}")
    for row in busy_processes():
        print(f"#   busy: {row}")
    return info


def wait_quiet(max_wait: float, threshold: float = 1.0, poll: float = 15.0) -> float:
    """Wait (at most ``max_wait`` s) until the 1-minute load is below ``threshold``."""
    deadline = time.monotonic() + max_wait
    load = loadavg()[0]
    if load < threshold or max_wait <= 0:
        return load
    print(f"# waiting up to {max_wait:.0f}s for load < {threshold} (now {load:.2f})", flush=True)
    while time.monotonic() < deadline:
        time.sleep(poll)
        load = loadavg()[0]
        if load < threshold:
            break
    print(f"# load now {load:.2f}", flush=True)
    return load


# --------------------------------------------------------------------------- timing
def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any, list[float]]:
    """Median wall time of ``repeat`` calls, the last result and every time."""
    times, result = [], None
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result, times


def rss_mib() -> tuple[float, float]:
    """(current RSS, RSS high-water) of this process in MiB, from /proc when available."""
    cur = hwm = float("nan")
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                cur = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) / 1024
    except OSError:
        pass
    if hwm != hwm:  # nan
        hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return cur, hwm


def kb_command() -> list[str]:
    """How to run the ``kb`` CLI with this interpreter's environment."""
    exe = Path(PYTHON).parent / "kb"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("kb")
    return [found] if found else [PYTHON, "-m", "kb"]


# --------------------------------------------------------------------------- output
def table(headers: list[str], rows: Iterable[Iterable[Any]]) -> str:
    """A plain Markdown table (readable in a terminal too)."""
    rows = [[_fmt(c) for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if value != value:
            return "-"
        if abs(value) >= 1000:
            return f"{value:,.0f}"
        if abs(value) >= 100:
            return f"{value:.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        if abs(value) >= 0.1:
            return f"{value:.2f}"
        return f"{value:.3f}"
    return str(value)


def note(message: str) -> None:
    print(f"NOTE: {message}", flush=True)


def finish(results: dict[str, Any], info: dict[str, Any], checks: list[str] | None = None) -> dict[str, Any]:
    """The common end of a benchmark run: record the checks and the load after it, print them."""
    if checks is not None:
        results["checks"] = checks
    results["load_after"] = [round(x, 2) for x in loadavg()]
    print()
    for check in checks or []:
        print(check)
    print(f"# load before {info['load']}, after {results['load_after']}")
    return results


def arg_parser(name: str, doc: str) -> argparse.ArgumentParser:
    """The command line of ``python -m benchmarks.bench_NAME`` with the options every
    benchmark takes: ``--seed``, ``--wait-quiet S`` and ``--json PATH``."""
    parser = argparse.ArgumentParser(prog=f"python -m benchmarks.bench_{name}", description=doc.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--wait-quiet", type=float, default=0, metavar="S",
                        help="wait up to S seconds for the load to drop below 1 first")
    parser.add_argument("--json", help=f"also write the results here (default benchmarks/results/{name}.json)")
    return parser


def sizes(text: str) -> list[int]:
    """``--sizes 4000,16000`` as a list of ints (an argparse ``type``)."""
    return [int(s) for s in text.split(",") if s.strip()]


def save(name: str, data: dict[str, Any], path: str | Path | None = None) -> Path:
    out = Path(path) if path else RESULTS / f"{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    return out


def pipeline_problem() -> str | None:
    """Why ``build_pipeline()`` cannot be used right now (None when it can)."""
    try:
        from extractors.pipeline import build_pipeline

        build_pipeline(use_ner=False)
    except Exception as exc:  # noqa: BLE001 - reported, the dependent parts are skipped
        return f"{type(exc).__name__}: {exc}"
    return None
