"""Exact-span evaluation of the extractors on the public gold corpora.

>>> score([("a b", [(0, 1, "TASK")])], [[(0, 1, "TASK"), (2, 3, "METHOD")]], ("TASK",))["micro"]["f"]
1.0

``evaluate(corpus, split)`` runs a pipeline over every example of ``split`` of ``corpus``
(:mod:`extractors.corpora`) and compares its spans with the gold spans: a prediction is
correct only when start, end (characters) and label are all equal. Only the labels that
corpus annotates are counted (:data:`extractors.corpora.CORPUS_LABELS`): SciERC
METHOD/TASK/METRIC, TDMSci TASK/DATASET/METRIC, SciER DATASET/METHOD/TASK; predictions
with another label are ignored, not counted as false positives.

Which pipeline:

* default: the full kb pipeline (:func:`extractors.pipeline.build_pipeline`), whose final
  spans are ``doc._.kb_mentions``.
* ``ner_only=True``: the trained NER model alone (``spacy.load(model_dir)``, spans from
  ``doc.ents``).
* ``nlp=...``: any ``Language`` you pass.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.language import Language

from extractors import corpora
from extractors.corpora import (ACRONYM_CONVENTION, CORPUS_LABELS, GENERIC_METHOD_CONVENTION,
                                HEAD_CONVENTION, Example, Span)
from extractors.resolver import HEAD_NOUNS, is_generic_method_phrase, load_generic_words

MODEL_DIR = Path(__file__).parent / "model"


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1 (0.0 where undefined) with the counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f, "tp": tp, "fp": fp, "fn": fn}


def score(
    gold: Sequence[Example], predicted: Sequence[Iterable[Span]], labels: Sequence[str]
) -> dict:
    """Per-label and micro P/R/F1 of exact ``(start, end, label)`` matches over ``labels``."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold examples but {len(predicted)} predictions")
    counts = {lab: [0, 0, 0] for lab in labels}
    for (_, gold_spans), pred_spans in zip(gold, predicted):
        g = {s for s in gold_spans if s[2] in counts}
        p = {s for s in pred_spans if s[2] in counts}
        for s in p & g:
            counts[s[2]][0] += 1
        for s in p - g:
            counts[s[2]][1] += 1
        for s in g - p:
            counts[s[2]][2] += 1
    result = {"labels": {lab: prf(*c) for lab, c in counts.items()}}
    result["micro"] = prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    result["macro_f"] = (
        sum(v["f"] for v in result["labels"].values()) / len(labels) if labels else 0.0
    )
    return result


#: "( SF )" right after a span: an acronym-shaped short form (two capitals, or a capital
#: after a lower-case letter: "CRF", "LSTMs", "BiLSTM", "1-D") in parentheses
_PAREN_ACRONYM = re.compile(r"\s*\(\s*([\w-]*(?:[A-Z][\w-]*[A-Z]|[a-z][\w-]*[A-Z]|\d-[A-Z])[\w-]*)\s*\)")


def join_acronym_spans(text: str, spans: Iterable[Span]) -> list[Span]:
    """``spans`` in the "joined" acronym convention: a long form and its parenthesised acronym
    become one span, parentheses included.

    The pipeline follows ANNOTATION.md, where "conditional random field (CRF)" holds two
    mentions of one entity; SciERC and TDMSci annotate the whole phrase as one span
    (:data:`~extractors.corpora.ACRONYM_CONVENTION`). A span directly followed by "( SF )" is
    extended over it when SF is a span of the same label or acronym-shaped and not itself a
    span of another label.

    >>> join_acronym_spans("a conditional random field ( CRF ) tagger",
    ...                    [(2, 26, "METHOD"), (29, 32, "METHOD")])
    [(2, 34, 'METHOD')]
    >>> join_acronym_spans("the CRF ( see above )", [(4, 7, "METHOD")])
    [(4, 7, 'METHOD')]
    """
    out = sorted(set(spans))
    by_start = {s[0]: s for s in out}
    dropped: set[Span] = set()
    joined: list[Span] = []
    for span in out:
        if span in dropped:
            continue
        start, end, label = span
        paren = _PAREN_ACRONYM.match(text, end)
        if paren:
            short = by_start.get(paren.start(1))
            if short is not None and short[1] == paren.end(1) and short[2] != label:
                paren = None  # the acronym is its own entity of another type
            elif short is not None:
                dropped.add(short)
        if paren:
            span = (start, paren.end(), label)
        joined.append(span)
    return [s for s in joined if s not in dropped]


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)\b")
_LAST_WORD = re.compile(r"\S\s+([A-Za-z]+)\Z")


def include_head_nouns(text: str, spans: Iterable[Span], head_types: Iterable[str]) -> list[Span]:
    """``spans`` in a corpus's head-noun convention: a span directly followed by a generic
    head noun of one of ``head_types`` ("RANSAC techniques", "machine translation systems",
    "the CoNLL dataset") is extended over it and takes the head's type.

    >>> include_head_nouns("RANSAC techniques fail", [(0, 6, "METHOD")], ["METHOD"])
    [(0, 17, 'METHOD')]
    >>> include_head_nouns("a parsing model", [(2, 9, "TASK")], ["METHOD", "TASK"])
    [(2, 15, 'METHOD')]
    >>> include_head_nouns("a parsing model", [(2, 9, "TASK")], ["DATASET"])
    [(2, 9, 'TASK')]
    """
    types = set(head_types)
    taken = {i for s in spans for i in range(s[0], s[1])}
    out = []
    for start, end, label in sorted(set(spans)):
        nxt = _NEXT_WORD.match(text, end)
        head = HEAD_NOUNS.get(nxt.group(1).lower()) if nxt else None
        if head in types and not taken.intersection(range(nxt.start(1), nxt.end(1))):
            end, label = nxt.end(1), head
        out.append((start, end, label))
    return out


def count_head_conventions(examples: Iterable[Example]) -> dict[str, dict[str, int]]:
    """Per head-noun type, how often gold spans include a generic head noun (``included``:
    the span ends with one) or leave it out (``excluded``: one follows the span)."""
    counts: dict[str, dict[str, int]] = {}
    for text, gold in examples:
        for start, end, _ in gold:
            last = _LAST_WORD.search(text, start, end)
            nxt = _NEXT_WORD.match(text, end)
            if last and last.group(1).lower() in HEAD_NOUNS:
                kind, word = "included", last.group(1)
            elif nxt and nxt.group(1).lower() in HEAD_NOUNS:
                kind, word = "excluded", nxt.group(1)
            else:
                continue
            per_type = counts.setdefault(HEAD_NOUNS[word.lower()], {"included": 0, "excluded": 0})
            per_type[kind] += 1
    return counts


def count_acronym_conventions(examples: Iterable[Example]) -> dict[str, int]:
    """How gold spans treat "LF ( SF )": ``joined`` (one span over both) or ``separate``
    (SF is its own span, LF too or not). The evidence for
    :data:`~extractors.corpora.ACRONYM_CONVENTION`, counted on train splits."""
    counts = {"joined": 0, "separate": 0}
    for text, gold in examples:
        spans = set((s[0], s[1]) for s in gold)
        for m in _PAREN_ACRONYM.finditer(text):
            if any(s < m.start() and e == m.end() for s, e in spans):
                counts["joined"] += 1
            elif (m.start(1), m.end(1)) in spans:
                counts["separate"] += 1
    return counts


def count_generic_methods(examples: Iterable[Example]) -> dict[str, int]:
    """How many gold METHOD spans there are, and how many of them are described methods
    (:func:`extractors.resolver.is_generic_method_phrase`)."""
    from extractors.tokenizer import make_nlp

    nlp, words = make_nlp(), load_generic_words()
    counts = {"methods": 0, "generic": 0}
    for text, spans in examples:
        doc = nlp.make_doc(text)
        for start, end, label in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if label == "METHOD" and span is not None:
                counts["methods"] += 1
                counts["generic"] += is_generic_method_phrase(span, words)
    return counts


def doc_spans(doc) -> list[Span]:
    """The spans a pipeline produced: ``doc._.kb_mentions`` when set, else ``doc.ents``."""
    mentions = getattr(doc._, "kb_mentions", None) if doc.has_extension("kb_mentions") else None
    if mentions is not None:
        return [(m.start, m.end, m.label) for m in mentions]
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def predict(nlp: Language, texts: Sequence[str], batch_size: int = 64) -> list[list[Span]]:
    return [doc_spans(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]


def load_ner_model(model_dir: str | Path = MODEL_DIR) -> Language:
    """The trained NER model alone (:func:`extractors.ner.load_model`)."""
    from extractors.ner import load_model

    return load_model(model_dir)


def _generic_methods(nlp: Language) -> str:
    """What ``nlp`` does with described methods ("rule-based model"): the resolver drops
    them unless configured not to (and the linker then keeps the NER's uncertain entities
    too); the NER alone keeps whatever it finds."""
    if "kb_resolver" not in nlp.pipe_names:
        return "kept"
    return "dropped" if nlp.get_pipe("kb_resolver").generic_methods_out else "kept"


def evaluate(
    corpus: str,
    split: str = "dev",
    nlp: Language | None = None,
    *,
    ner_only: bool = False,
    model_dir: str | Path = MODEL_DIR,
    evaldata: str | Path | None = None,
    batch_size: int = 64,
    corpus_conventions: bool = True,
) -> dict:
    """P/R/F1 per type and micro, exact character-span match, on ``split`` of ``corpus``.

    With ``corpus_conventions`` (the default) predictions are first put in the corpus's
    acronym and head-noun conventions (:func:`join_acronym_spans`,
    :func:`include_head_nouns`), and for a corpus that annotates described methods
    (:data:`~extractors.corpora.GENERIC_METHOD_CONVENTION`) the pipeline keeps them, and
    keeps the entities only the NER found with low confidence (mostly such phrases, see
    :mod:`extractors.linker`); without, they are scored as the pipeline writes them.

    ``corpus`` is ``"scierc"``, ``"tdmsci"`` or ``"scier"``; ``split`` ``"train"``,
    ``"dev"`` or ``"test"`` (TDMSci dev is the fixed carve-out of its train file).
    Raises :class:`kb.errors.EvalDataMissingError` when the corpora are absent.
    """
    if corpus not in CORPUS_LABELS:
        raise ValueError(f"unknown corpus {corpus!r}; expected one of {', '.join(CORPUS_LABELS)}")
    examples = corpora.load(corpus, split, evaldata)  # raises EvalDataMissingError first
    keep_described = corpus_conventions and GENERIC_METHOD_CONVENTION[corpus]
    if nlp is not None:
        kind = "given"
    elif ner_only:
        nlp, kind = load_ner_model(model_dir), "ner"
    else:
        from extractors.pipeline import build_pipeline

        keep_doubtful = {"min_container_confidence": 0.0} if keep_described else {}
        nlp = build_pipeline(model_dir, resolver_config={"generic_methods_out": not keep_described, **keep_doubtful},
                             linker_config={"min_ner_only_confidence": 0.0} if keep_described else None)
        kind = "full"
    t0 = time.perf_counter()
    predicted = predict(nlp, [text for text, _ in examples], batch_size=batch_size)
    seconds = time.perf_counter() - t0
    convention = ACRONYM_CONVENTION[corpus] if corpus_conventions else "separate"
    if convention == "joined":
        predicted = [join_acronym_spans(text, spans) for (text, _), spans in zip(examples, predicted)]
    heads = HEAD_CONVENTION[corpus] if corpus_conventions else ()
    if heads:
        predicted = [include_head_nouns(text, spans, heads)
                     for (text, _), spans in zip(examples, predicted)]
    result = score(examples, predicted, CORPUS_LABELS[corpus])
    result.update(
        corpus=corpus,
        split=split,
        pipeline=kind,
        acronym_convention=convention,
        head_convention=list(heads),
        generic_methods=_generic_methods(nlp),
        n_docs=len(examples),
        n_gold=sum(len(s) for _, s in examples),
        seconds=round(seconds, 2),
        docs_per_second=round(len(examples) / seconds, 1) if seconds else None,
        words_per_second=round(sum(len(t.split()) for t, _ in examples) / seconds)
        if seconds
        else None,
    )
    return result


def format_result(result: dict) -> str:
    """A small text table of one :func:`evaluate` result."""
    lines = [
        f"{result.get('corpus', '?')} {result.get('split', '?')} "
        f"({result.get('pipeline', '?')}, {result.get('n_docs', '?')} docs)",
        f"{'label':<8} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}",
    ]
    rows = list(result["labels"].items()) + [("micro", result["micro"])]
    for lab, v in rows:
        lines.append(
            f"{lab:<8} {100 * v['p']:6.1f} {100 * v['r']:6.1f} {100 * v['f']:6.1f} "
            f"{v['tp']:5d} {v['fp']:5d} {v['fn']:5d}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:  # pragma: no cover - thin CLI helper
    """``python -m extractors.evaluation CORPUS [SPLIT] [--ner-only] [--json]``."""
    import argparse
    import json

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("corpus", choices=sorted(CORPUS_LABELS))
    ap.add_argument("split", nargs="?", default="dev", choices=corpora.SPLITS)
    ap.add_argument("--ner-only", action="store_true")
    ap.add_argument("--model-dir", default=str(MODEL_DIR))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    res = evaluate(args.corpus, args.split, ner_only=args.ner_only, model_dir=args.model_dir)
    print(json.dumps(res, indent=2) if args.json else format_result(res))


if __name__ == "__main__":  # pragma: no cover
    main()
