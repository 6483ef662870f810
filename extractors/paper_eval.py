"""Paper-level evaluation against ANNOTATION.md: entity sets, claimed numbers, claim sentences.

The corpus evaluations (:mod:`extractors.evaluation`) score mention spans in other
projects' conventions. This one scores what ANNOTATION.md defines, per abstract:

* **entities**: the paper's set of distinct entities per type. A predicted entity matches
  a gold one of the same type when one of its surface forms (or its canonical name) is
  one of the gold entity's forms, compared case-, hyphen- and space-insensitively
  (:func:`normalise`). Each gold entity is matched at most once.
* **claims with a number**: a predicted claim matches a gold claim when their values are
  equal and their evidence sentences overlap. The rows ``value+kind``, ``value+metric``,
  ``value+dataset`` and ``value+method`` count a match only when that field agrees too
  (:func:`same_name`: both null, or one name contains the other as whole words; a
  predicted name counts with every surface form of the entity it names, so "BPC" in the
  text agrees with the canonical "bits per character").
* **qualitative claim sentences**: sentences holding a claim without a number
  (``comparison``, or ``sota`` without a value), matched by overlap.

The texts are the title and abstract of NLP-TDMS papers, read from ``../shared/evaldata``
(they never enter the repository). The annotation, ``data/gold_nlp_tdms.jsonl``, was made
for this project: per paper its entities (type and every surface form) and its claims
(ANNOTATION.md's fields, the evidence sentence kept as offsets into the abstract).

* Papers: the first 120, ordered by the SHA-1 of their id, of the NLP-TDMS text files
  whose abstract is longer than 200 characters. In each block of 60, the first 30 are
  ``dev`` and the last 30 ``test`` (60 each).
* Annotators: six separate sessions, 20 papers each, that were given ANNOTATION.md and
  the texts only, never the extractor or its output. Where ANNOTATION.md is silent most
  chose alike: "from A to B" is one claim of value B; an absolute gain keeps the unit as
  written; a claim's dataset and metric are those its own sentence names; "we" resolves
  to the method's name only where the abstract gives one; beating "the state of the art"
  is a ``sota`` claim (one of the six chose ``comparison``).
* Only ``dev`` is used to choose rules; ``test`` fills the README table.

>>> normalise("MS-COCO ") == normalise("ms coco")
True
>>> same_name("WMT14 English-German", "WMT14"), same_name("BLEU", "ROUGE"), same_name(None, None)
(True, False, True)
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from extractors import corpora
from extractors.evaluation import MODEL_DIR, prf

GOLD_FILE = Path(__file__).parent / "data" / "gold_nlp_tdms.jsonl"
TYPES = ("METHOD", "DATASET", "METRIC", "TASK")
CLAIM_FIELDS = ("kind", "metric", "dataset", "method")

_SEPARATORS = re.compile(r"[\s\-‐-―_/]+")


def normalise(name: str) -> str:
    """Case-folded, hyphens and runs of space as one space, a leading "the" dropped."""
    text = _SEPARATORS.sub(" ", name.casefold()).strip()
    return text[4:] if text.startswith("the ") else text


def same_name(gold: str | None, predicted: str | None) -> bool:
    """Both null, or one normalised name contains the other as whole words."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = f" {normalise(gold)} ", f" {normalise(predicted)} "
    return g in p or p in g


def load_gold(split: str, path: Path = GOLD_FILE) -> list[dict]:
    """The annotated papers of ``split`` (``dev``, ``test`` or ``all``), in file order."""
    if split not in ("dev", "test", "all"):
        raise ValueError(f"unknown split {split!r}; expected dev, test or all")
    with path.open(encoding="utf-8") as lines:
        papers = [json.loads(line) for line in lines if line.strip()]
    return [p for p in papers if split == "all" or p["split"] == split]


# --------------------------------------------------------------------------- matching


def _overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _match(gold: Sequence[dict], predicted: Sequence[dict],
           fits: Callable[[dict, dict], bool], rank: Callable[[dict, dict], int]) -> list[tuple[dict, dict]]:
    """One-to-one pairs: each gold item takes the unmatched fitting prediction that ranks
    highest (first on ties)."""
    free = list(predicted)
    pairs = []
    for g in gold:
        options = [p for p in free if fits(g, p)]
        if options:
            best = max(options, key=lambda p: rank(g, p))
            free.remove(best)
            pairs.append((g, best))
    return pairs


def _entity_forms(entity: dict) -> set[str]:
    return {normalise(form) for form in entity["forms"]}


def predicted_entities(result: dict) -> list[dict]:
    """A ``kb extract`` result's entities as paper-level ``{type, forms}``, one per name."""
    by_name: dict[tuple[str, str], dict] = {}
    for mention in result["entities"]:
        entity = by_name.setdefault((mention["type"], mention["name"]),
                                    {"type": mention["type"], "forms": [mention["name"]]})
        entity["forms"].append(mention["text"])
    return list(by_name.values())


def _value_fits(g: dict, p: dict) -> bool:
    return p["value"] is not None and abs(g["value"] - p["value"]) < 1e-6 and _overlap(g, p)


def _agrees(field: str, g: dict, p: dict) -> bool:
    if field == "kind":
        return g[field] == p[field]
    # a named field points to an entity of the paper: any of its surface forms will do
    return any(same_name(g[field], name) for name in p.get("forms", {}).get(field, [p[field]]))


def _field_agreement(g: dict, p: dict) -> int:
    return sum(_agrees(field, g, p) for field in CLAIM_FIELDS)


def _qualitative(claims: Iterable[dict]) -> list[dict]:
    """One item per sentence that holds a claim without a number."""
    sentences = {(c["start"], c["end"]) for c in claims if c["value"] is None}
    return [{"start": s, "end": e} for s, e in sorted(sentences)]


def score_paper(gold: dict, result: dict) -> dict[str, list[int]]:
    """``row -> [tp, fp, fn]`` for one paper (rows as in :func:`score_papers`)."""
    counts: dict[str, list[int]] = {}
    predicted = predicted_entities(result)
    for label in TYPES:
        g = [e for e in gold["entities"] if e["type"] == label]
        p = [e for e in predicted if e["type"] == label]
        tp = len(_match(g, p, lambda a, b: bool(_entity_forms(a) & _entity_forms(b)), lambda a, b: 0))
        counts[label] = [tp, len(p) - tp, len(g) - tp]
    gold_numbers = [c for c in gold["claims"] if c["value"] is not None]
    forms = {e["forms"][0]: e["forms"] for e in predicted}
    predicted_numbers = [
        c | {"forms": {f: forms.get(c[f], [c[f]]) for f in CLAIM_FIELDS if f != "kind"}}
        for c in result["claims"] if c["value"] is not None]
    pairs = _match(gold_numbers, predicted_numbers, _value_fits, _field_agreement)
    for row, tp in [("value", len(pairs)),
                    *((f"value+{f}", sum(_agrees(f, g, p) for g, p in pairs)) for f in CLAIM_FIELDS)]:
        counts[f"claims {row}"] = [tp, len(predicted_numbers) - tp, len(gold_numbers) - tp]
    g_sent, p_sent = _qualitative(gold["claims"]), _qualitative(result["claims"])
    tp = len(_match(g_sent, p_sent, _overlap, lambda a, b: 0))
    counts["qualitative sentences"] = [tp, len(p_sent) - tp, len(g_sent) - tp]
    return counts


def score_papers(gold: Sequence[dict], results: Sequence[dict]) -> dict[str, dict]:
    """Micro P/R/F1 per row over all papers: the four entity types, ``entities`` (all
    types), ``claims value`` and ``claims value+FIELD``, ``qualitative sentences``."""
    if len(gold) != len(results):
        raise ValueError(f"{len(gold)} gold papers but {len(results)} results")
    totals: dict[str, list[int]] = {}
    for paper, result in zip(gold, results):
        for row, counts in score_paper(paper, result).items():
            totals[row] = [a + b for a, b in zip(totals.get(row, [0, 0, 0]), counts)]
    entities = [sum(totals[label][i] for label in TYPES) for i in range(3)]
    rows = {label: totals[label] for label in TYPES} | {"entities": entities}
    rows |= {row: counts for row, counts in totals.items() if row not in rows}
    return {row: prf(*counts) for row, counts in rows.items()}


def evaluate_papers(
    split: str = "dev",
    nlp: Any = None,
    *,
    model_dir: str | Path = MODEL_DIR,
    evaldata: str | Path | None = None,
    gold_path: Path = GOLD_FILE,
) -> dict:
    """Run the pipeline over the annotated papers of ``split`` and score it.

    Raises :class:`kb.errors.EvalDataMissingError` when the NLP-TDMS texts are absent.
    """
    from extractors.document import extract_many
    from kb.extract import result_record

    gold = load_gold(split, gold_path)
    items = [(*corpora.read_nlp_tdms_paper(p["id"], evaldata), p["id"]) for p in gold]
    if nlp is None:
        from extractors.pipeline import build_pipeline

        nlp = build_pipeline(model_dir)
    t0 = time.perf_counter()
    results = [result_record(pid, extraction) for extraction, pid in extract_many(nlp, items)]
    seconds = time.perf_counter() - t0
    return {"corpus": "nlp-tdms", "split": split, "n_docs": len(gold),
            "seconds": round(seconds, 2), "rows": score_papers(gold, results)}
