"""Readers for the human-annotated corpora under ``../shared/evaldata``.

Every reader yields examples ``(text, [(start_char, end_char, LABEL), ...])``: ``text`` is
rebuilt by joining the corpus tokens with single spaces (after undoing escapes), offsets
are character offsets into ``text`` with an exclusive end, and ``LABEL`` is one of ours
(``METHOD`` / ``DATASET`` / ``METRIC`` / ``TASK``). Spans are sorted; corpus types that
have no counterpart in our scheme are dropped (pass ``label_map=None`` to get the corpus's
own types instead, which training uses to mark some of them as *missing*).

Label mapping (documented in ``extractors/MODEL_CARD.md``):

=========  ======================================  =======================================
corpus     kept                                    dropped
=========  ======================================  =======================================
SciERC     Method->METHOD, Task->TASK,              Material (holds datasets, but also any
           Metric->METRIC                          "data" phrase), OtherScientificTerm,
                                                   Generic ("this approach")
TDMSci     TASK, DATASET, METRIC                   (none)
SciER      Method->METHOD, Task->TASK,             (none)
           Dataset->DATASET
=========  ======================================  =======================================

So SciERC does not annotate DATASET, TDMSci does not annotate METHOD and SciER does not
annotate METRIC: :data:`CORPUS_LABELS` lists what each corpus can be scored on.

Corpus conventions handled here:

* SciERC (JSONL, one abstract a line): ``ner`` holds document-level token indices with an
  INCLUSIVE end; tokens are PTB-escaped (``-LRB-`` ...), undone by :func:`unescape_ptb`.
  One example per abstract.
* TDMSci (CoNLL: token, char offset, BIO tag; blank line between sentences). One example
  per sentence block. TDMSci has no dev split: :func:`is_tdmsci_dev` carves one out of
  ``train_1500_v2.conll`` (every 10th block, 0-based index ``i % 10 == 9``; 152 of 1523).
* SciER PLM (dev/test JSONL, one document a line): ``doc_tokens`` + per-sentence ``ner``
  with document-level INCLUSIVE token indices. One example per sentence.
* SciER LLM (train JSONL, one sentence a line): ``sentence`` (space-tokenised) + ``ner``
  as ``[[text, type], ...]`` without offsets; each string is located as a token sequence
  in the sentence, and EVERY token-aligned occurrence is labelled (an entity string
  listed once is annotated on all its occurrences in the PLM version of the same data;
  checked on dev, see :func:`read_scier_llm`).
* SciER splits numbers into single digits (``ResNet - 1 8``, ``4 2 . 2 %``). With
  ``merge_digits=True`` (the default) runs of single-digit tokens are joined back
  (``ResNet - 18``) unless an entity boundary falls inside the run.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kb.errors import EvalDataMissingError

Span = tuple[int, int, str]
Example = tuple[str, list[Span]]

ENV_VAR = "KB_EVALDATA"
#: ``<repo>/../shared/evaldata``, resolved relative to this file (not the working directory).
DEFAULT_EVALDATA = Path(__file__).resolve().parent.parent.parent / "shared" / "evaldata"

CORPORA = ("scierc", "tdmsci", "scier")
SPLITS = ("train", "dev", "test")

SCIERC_MAP = {"Method": "METHOD", "Task": "TASK", "Metric": "METRIC"}
TDMSCI_MAP = {"TASK": "TASK", "DATASET": "DATASET", "METRIC": "METRIC"}
SCIER_MAP = {"Method": "METHOD", "Task": "TASK", "Dataset": "DATASET"}
LABEL_MAPS = {"scierc": SCIERC_MAP, "tdmsci": TDMSCI_MAP, "scier": SCIER_MAP}

#: The labels each corpus annotates (after mapping): the only ones it can be scored on.
CORPUS_LABELS: dict[str, tuple[str, ...]] = {
    "scierc": ("METHOD", "TASK", "METRIC"),
    "tdmsci": ("TASK", "DATASET", "METRIC"),
    "scier": ("DATASET", "METHOD", "TASK"),
}

#: How each corpus annotates a long form followed by its parenthesised acronym,
#: "conditional random field ( CRF )": ``"joined"`` as one span, ``"separate"`` as two.
#: ANNOTATION.md (and so the pipeline) makes them two mentions of one entity. Counted on the
#: train splits (:func:`extractors.evaluation.count_acronym_conventions`): SciERC 73 joined / 2
#: separate, TDMSci 78 / 3, SciER 28 / 696.
ACRONYM_CONVENTION: dict[str, str] = {"scierc": "joined", "tdmsci": "joined", "scier": "separate"}

#: The generic head nouns a corpus's spans take in when they follow a name ("RANSAC
#: techniques", "machine translation systems", "the CoNLL dataset"), by the type the head
#: gives the span (``extractors.resolver.HEAD_NOUNS``). ANNOTATION.md names the entity,
#: not the head. A type is listed where its train split includes the head at least 90% of
#: at least 20 times (:func:`extractors.evaluation.count_head_conventions`): SciERC METHOD
#: 619 of 620, TASK 81/81, METRIC 32/32; TDMSci DATASET 92/102 (its TASK 57/108 and METRIC
#: 53/89 are mixed); SciER none (METHOD 940/1927, DATASET 95/584).
HEAD_CONVENTION: dict[str, tuple[str, ...]] = {
    "scierc": ("METHOD", "TASK", "METRIC"), "tdmsci": ("DATASET",), "scier": (),
}

#: Whether a corpus annotates described methods as METHOD ("statistical translation model",
#: "rule-based approach", "parser"): lower-case phrases ending in a kind or tool noun
#: (:func:`extractors.resolver.is_generic_method_phrase`). ANNOTATION.md names methods,
#: and the resolver drops such NER-only phrases. Listed where at least 20% of the train
#: split's METHOD spans have that shape (:func:`extractors.evaluation.count_generic_methods`):
#: SciERC 516 of 1,445 (36%); SciER 667 of 11,869 (6%); TDMSci has no METHOD.
GENERIC_METHOD_CONVENTION: dict[str, bool] = {"scierc": True, "tdmsci": False, "scier": False}

PTB_ESCAPES = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
    "``": '"',
    "''": '"',
}

TDMSCI_DEV_EVERY = 10


# --------------------------------------------------------------------------- paths


def evaldata_dir(path: str | os.PathLike | None = None) -> Path:
    """The evaldata folder: ``path``, else ``$KB_EVALDATA``, else ``<repo>/../shared/evaldata``.

    Raises :class:`kb.errors.EvalDataMissingError` when it does not exist.
    """
    if path is None:
        path = os.environ.get(ENV_VAR) or DEFAULT_EVALDATA
    p = Path(path)
    if not p.is_dir():
        raise EvalDataMissingError(
            f"evaluation corpora not found at {p} (set {ENV_VAR} to the folder holding "
            "scierc/, tdmsci/ and scier/)"
        )
    return p


def corpus_file(corpus: str, split: str, evaldata: str | os.PathLike | None = None) -> Path:
    """The file holding ``split`` of ``corpus`` (TDMSci dev lives inside the train file)."""
    root = evaldata_dir(evaldata)
    if corpus == "scierc":
        if split not in SPLITS:
            raise ValueError(f"unknown split {split!r} for scierc")
        path = root / "scierc" / f"{split}.json"
    elif corpus == "tdmsci":
        name = {"train": "train_1500_v2.conll", "dev": "train_1500_v2.conll",
                "test": "test_500_v2.conll"}.get(split)
        if name is None:
            raise ValueError(f"unknown split {split!r} for tdmsci")
        path = root / "tdmsci" / name
    elif corpus == "scier":
        if split == "train":
            path = root / "scier" / "LLM" / "train.jsonl"
        elif split in ("dev", "test", "test_ood"):
            path = root / "scier" / "PLM" / f"{split}.jsonl"
        else:
            raise ValueError(f"unknown split {split!r} for scier")
    else:
        raise ValueError(f"unknown corpus {corpus!r}; expected one of {', '.join(CORPORA)}")
    if not path.is_file():
        raise EvalDataMissingError(f"corpus file missing: {path}")
    return path


def load(
    corpus: str,
    split: str,
    evaldata: str | os.PathLike | None = None,
    *,
    label_map: dict[str, str] | None | str = "default",
) -> list[Example]:
    """All examples of ``split`` of ``corpus``, labels mapped to ours (``label_map="default"``)."""
    if label_map == "default":
        label_map = LABEL_MAPS[corpus]
    path = corpus_file(corpus, split, evaldata)
    if corpus == "scierc":
        return list(read_scierc(path, label_map=label_map))
    if corpus == "tdmsci":
        part = {"train": "train", "dev": "dev", "test": "all"}[split]
        return list(read_tdmsci(path, label_map=label_map, part=part))
    if split == "train":
        return list(read_scier_llm(path, label_map=label_map))
    return list(read_scier_plm(path, label_map=label_map))


# --------------------------------------------------------------------------- helpers


def unescape_ptb(token: str) -> str:
    """Undo Penn-Treebank escapes: ``-LRB-`` -> ``(``, ``````  -> ``"``, ``\\/`` -> ``/``.

    >>> [unescape_ptb(t) for t in ["-LRB-", "CRF", "-RRB-", "``", "''", "and\\\\/or"]]
    ['(', 'CRF', ')', '"', '"', 'and/or']
    """
    if token in PTB_ESCAPES:
        return PTB_ESCAPES[token]
    if "\\/" in token or "\\*" in token:
        token = token.replace("\\/", "/").replace("\\*", "*")
    return token


def join_tokens(tokens: list[str]) -> tuple[str, list[int]]:
    """``" ".join(tokens)`` and the start offset of every token in it.

    >>> join_tokens(["a", "bc", "d"])
    ('a bc d', [0, 2, 5])
    """
    starts = []
    pos = 0
    for tok in tokens:
        starts.append(pos)
        pos += len(tok) + 1
    return " ".join(tokens), starts


def token_spans_to_chars(
    tokens: list[str], spans: Iterable[tuple[int, int, str]], label_map: dict[str, str] | None
) -> Example:
    """Token spans with an INCLUSIVE end -> ``(text, char spans)``; unmapped types dropped."""
    text, starts = join_tokens(tokens)
    out: set[Span] = set()
    for first, last, label in spans:
        if label_map is not None:
            if label not in label_map:
                continue
            label = label_map[label]
        if not (0 <= first <= last < len(tokens)):
            raise ValueError(f"token span {first}..{last} outside a {len(tokens)}-token text")
        out.add((starts[first], starts[last] + len(tokens[last]), label))
    return text, sorted(out)


def merge_digit_runs(
    tokens: list[str], spans: list[tuple[int, int, str]]
) -> tuple[list[str], list[tuple[int, int, str]]]:
    """Join runs of single-digit tokens (SciER's ``1 0 1`` -> ``101``); spans are inclusive.

    A run is not joined across an entity boundary.

    >>> merge_digit_runs(["UCF", "1", "0", "1", "and", "3"], [(0, 3, "Dataset")])
    (['UCF', '101', 'and', '3'], [(0, 1, 'Dataset')])
    """
    boundary_before = set()  # token indices i where a span starts at i or ends at i - 1
    for first, last, _ in spans:
        boundary_before.add(first)
        boundary_before.add(last + 1)
    new_tokens: list[str] = []
    old2new: list[int] = []
    for i, tok in enumerate(tokens):
        if (
            i > 0
            and len(tok) == 1
            and tok.isdigit()
            and len(tokens[i - 1]) == 1
            and tokens[i - 1].isdigit()
            and i not in boundary_before
        ):
            new_tokens[-1] += tok
        else:
            new_tokens.append(tok)
        old2new.append(len(new_tokens) - 1)
    return new_tokens, [(old2new[a], old2new[b], lab) for a, b, lab in spans]


def _jsonl(lines: Iterable[str]) -> Iterator[dict]:
    """The records of a JSON Lines file; blank lines are skipped."""
    for line in lines:
        if line.strip():
            yield json.loads(line)


# --------------------------------------------------------------------------- SciERC


def read_scierc(
    path: str | os.PathLike, *, label_map: dict[str, str] | None = SCIERC_MAP
) -> Iterator[Example]:
    """One example per abstract; doc-level token indices, inclusive end, PTB escapes undone."""
    with open(path, encoding="utf-8") as fh:
        for rec in _jsonl(fh):
            tokens = [unescape_ptb(t) for sent in rec["sentences"] for t in sent]
            spans = [(a, b, lab) for sent in rec["ner"] for a, b, lab in sent]
            yield token_spans_to_chars(tokens, spans, label_map)


# --------------------------------------------------------------------------- TDMSci


def is_tdmsci_dev(block_index: int) -> bool:
    """The fixed dev carve-out of TDMSci train: every 10th sentence block (0-based 9, 19, ...)."""
    return block_index % TDMSCI_DEV_EVERY == TDMSCI_DEV_EVERY - 1


def _bio_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO tags -> inclusive token spans; a stray ``I-X`` (after O or another type) opens X."""
    spans = []
    start, label = None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, typ = tag.partition("-")
        if prefix == "I" and label == typ:
            continue
        if label is not None:
            spans.append((start, i - 1, label))
            start, label = None, None
        if prefix in ("B", "I"):
            start, label = i, typ
    return spans


def read_tdmsci(
    path: str | os.PathLike,
    *,
    label_map: dict[str, str] | None = TDMSCI_MAP,
    part: str = "all",
) -> Iterator[Example]:
    """One example per sentence block of a TDMSci CoNLL file (token, offset, BIO tag).

    ``part``: ``"all"`` every block, ``"train"`` the blocks not in the dev carve-out,
    ``"dev"`` only the carve-out (:func:`is_tdmsci_dev`).
    """
    if part not in ("all", "train", "dev"):
        raise ValueError(f"part must be all, train or dev, not {part!r}")

    def blocks() -> Iterator[list[tuple[str, str]]]:
        block: list[tuple[str, str]] = []
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\r\n")
                if not line.strip():
                    if block:
                        yield block
                    block = []
                    continue
                cols = line.split("\t")
                if len(cols) < 3:
                    cols = line.split()
                block.append((cols[0], cols[-1]))
        if block:
            yield block

    for index, block in enumerate(blocks()):
        if part == "train" and is_tdmsci_dev(index):
            continue
        if part == "dev" and not is_tdmsci_dev(index):
            continue
        tokens = [tok for tok, _ in block]
        yield token_spans_to_chars(tokens, _bio_to_spans([tag for _, tag in block]), label_map)


# --------------------------------------------------------------------------- SciER


def read_scier_plm(
    path: str | os.PathLike,
    *,
    label_map: dict[str, str] | None = SCIER_MAP,
    merge_digits: bool = True,
) -> Iterator[Example]:
    """SciER PLM JSONL (dev/test): one example per sentence; doc-level inclusive indices."""
    with open(path, encoding="utf-8") as fh:
        for rec in _jsonl(fh):
            offset = 0
            for sent, ents in zip(rec["sentences"], rec["ner"]):
                local = [(a - offset, b - offset, lab) for a, b, lab in ents]
                tokens = list(sent)
                offset += len(sent)
                if merge_digits:
                    tokens, local = merge_digit_runs(tokens, local)
                yield token_spans_to_chars(tokens, local, label_map)


def _find_token_seq(tokens: list[str], needle: list[str]) -> list[int]:
    n = len(needle)
    if n == 0:
        return []
    return [i for i in range(len(tokens) - n + 1) if tokens[i : i + n] == needle]


def read_scier_llm(
    path: str | os.PathLike,
    *,
    label_map: dict[str, str] | None = SCIER_MAP,
    merge_digits: bool = True,
    stats: dict | None = None,
) -> Iterator[Example]:
    """SciER LLM JSONL (the only form of the train split): locate each ``[text, type]``.

    Every token-aligned occurrence of an entity string is labelled; strings not found
    are counted in ``stats["not_found"]`` and skipped. Where two located spans overlap
    (a string inside a longer one), both are returned: the caller resolves overlaps.
    """
    if stats is None:
        stats = {}
    stats.setdefault("entities", 0)
    stats.setdefault("not_found", 0)
    with open(path, encoding="utf-8") as fh:
        for rec in _jsonl(fh):
            tokens = rec["sentence"].split()
            spans: set[tuple[int, int, str]] = set()
            for ent_text, ent_type in rec.get("ner", []):
                stats["entities"] += 1
                hits = _find_token_seq(tokens, ent_text.split())
                if not hits:
                    stats["not_found"] += 1
                for h in hits:
                    spans.add((h, h + len(ent_text.split()) - 1, ent_type))
            local = sorted(spans)
            if merge_digits:
                tokens, local = merge_digit_runs(tokens, local)
            yield token_spans_to_chars(tokens, local, label_map)


# --------------------------------------------------------------------------- NLP-TDMS


_SECTION = re.compile(r"^section: ", re.MULTILINE)


def read_nlp_tdms_paper(paper_id: str, evaldata: str | os.PathLike | None = None) -> tuple[str, str]:
    """``(title, abstract)`` of one NLP-TDMS paper, from its GROBID text file.

    The file is a run of ``section: NAME`` lines, each followed by that section's text;
    the first ``title`` and ``abstract`` sections are taken, surrounding whitespace
    stripped. Only the texts are used (for :mod:`extractors.paper_eval`), not the
    corpus's leaderboard tuples.
    """
    path = evaldata_dir(evaldata) / "nlp-tdms" / "pdfFile_txt" / f"{paper_id}.txt"
    if not path.is_file():
        raise EvalDataMissingError(f"NLP-TDMS paper text missing: {path}")
    sections: dict[str, str] = {}
    for block in _SECTION.split(path.read_text(encoding="utf-8"))[1:]:
        name, _, body = block.partition("\n")
        sections.setdefault(name.strip(), body.strip())
    return sections.get("title", ""), sections.get("abstract", "")
