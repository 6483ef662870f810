"""A generated input for the "same knowledge base" tests (PostgreSQL, Dask).

Short abstracts (the rule-based extractors find methods, datasets, metrics and claims in
them) spread over two JSON Lines files whose names differ in case — ``Zeta.jsonl`` sorts
before ``alpha.jsonl`` by code point, after it in a linguistic collation — with what
makes the order of writes matter:

* later copies of a paper (same DOI) far from the first copy, in the same file and in
  the other one: different title, venue filled in, a longer author list; the first
  copy's fields must win and the gaps be filled, whichever partition lands first;
* bad lines (invalid JSON, a record without abstract): rejects at known places.

Every record is a function of ``(seed, index)``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

METHODS = ["BERT", "ResNet-50", "Transformer", "LSTM", "GPT-2", "XGBoost", "U-Net", "word2vec", "RoBERTa", "T5"]
DATASETS = ["CIFAR-10", "ImageNet", "SQuAD 1.1", "MNIST", "GLUE", "COCO", "WMT14", "CoNLL-2003"]
METRICS = ["accuracy", "F1", "BLEU", "top-1 accuracy", "exact match"]
AUTHORS = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "José García", "Zoë Ström", "李 雷", "Edsger Dijkstra",
           "Barbara Liskov", "Donald Knuth", "Frances Allen"]
#: one record in this many is a later copy of an earlier one
COPY_EVERY = 9
#: how far back (in records) a copy's original is: more than a partition
COPY_DISTANCE = (150, 600)


def record(i: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed * 1_000_003 + i)
    method, base, other = rng.sample(METHODS, 3)
    dataset, metric = rng.choice(DATASETS), rng.choice(METRICS)
    abstract = (f"We propose {method}-X{i}, a variant of {method} for {dataset}. It reaches "
                f"{rng.randint(50, 99)}.{i % 10}% {metric} on {dataset}, improving over {base} by "
                f"{i % 7 + 1}.{rng.randint(0, 9)} points.")
    if i % 3 == 0:
        abstract += f" Compared with {other}, it halves the training time."
    return {
        "title": f"{method} for {dataset}: study {seed}-{i}",
        "abstract": abstract,
        "authors": rng.sample(AUTHORS, rng.randint(1, 3)) + [f"Author {i % 97}"],
        "year": 2000 + i % 24,
        "doi": f"10.5555/kb.{seed}.{i}",
    }


def later_copy(original: dict[str, Any], i: int) -> dict[str, Any]:
    """Another source's record of the same paper (same DOI): other text and extra fields."""
    copy = {**original, "title": original["title"] + " (extended version)",
            "abstract": "Extended version. " + original["abstract"],
            "authors": original["authors"] + ["Late Coauthor"], "venue": f"Venue {i % 5}",
            "year": original["year"] + 1, "month": 1 + i % 12}
    return copy


def generate(directory: Path, n: int, seed: int = 0) -> list[Path]:
    """Write about ``n`` records over ``Zeta.jsonl`` and ``alpha.jsonl``; their paths."""
    rng = random.Random(seed)
    files: dict[str, list[str]] = {"Zeta.jsonl": [], "alpha.jsonl": []}
    originals: list[dict[str, Any]] = []
    for i in range(n):
        name = "Zeta.jsonl" if i < n // 2 else "alpha.jsonl"
        if i % COPY_EVERY == COPY_EVERY - 1 and len(originals) > COPY_DISTANCE[0]:
            rec = later_copy(originals[-min(len(originals), rng.randint(*COPY_DISTANCE))], i)
        else:
            rec = record(i, seed)
            originals.append(rec)
        files[name].append(json.dumps(rec, ensure_ascii=False))
        if i % 701 == 50:
            files[name].append('{"title": "Broken line", "abstract": ')
        if i % 997 == 120:
            files[name].append(json.dumps({"title": "No abstract here", "year": 2020}))
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, lines in files.items():
        path = directory / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
