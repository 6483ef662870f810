"""Names no lexicon knows, found from the words around them.

A paper's own method is usually a coined name ("we propose CRaSh", "AquilaMoE, a bilingual
mixture-of-experts model"), and new datasets and metrics appear the same way. No lexicon
can list them, but the phrasing that introduces them is stereotyped. This component runs
spaCy ``Matcher`` token patterns read from ``data/cue_patterns.jsonl`` and proposes the
entity sub-span of every match as a :class:`~extractors.candidates.Candidate`.

Pattern file format (one JSON object per line; blank lines and ``{"comment": ...}`` lines
are skipped), so that users extend the cues by editing data, not code:

``{"define": NAME, "tokens": [spec, ...]}``
    a reusable token sequence (a one-element list for a single token). Later lines refer
    to it with ``{"USE": NAME}``; extra keys on the reference (``OP``, ``CAPTURE``) are
    merged into the definition's token. ``OP`` only applies to one-token definitions.
``{"id", "label", "confidence", "pattern": [spec, ...], "group": ...}``
    a cue. Token specs are ordinary ``Matcher`` specs plus two project keys:
    ``"USE"`` (above) and ``"CAPTURE": name``, which marks the pattern tokens making up
    the entity. ``group`` says which sub-span of a match becomes the entity:

    * a list of capture names — one candidate per capture ("X outperforms Y" gives X and
      Y); each capture is the tokens that matched its marked pattern tokens, found with the
      Matcher's ``with_alignments`` so that it stays exact whatever the ``OP``
      quantifiers matched;
    * ``{"trim_left": n, "trim_right": m}`` — the match minus n tokens on the left and m
      on the right;
    * absent — all captures if the pattern has any, else the whole match.

    A capture never starts or ends with punctuation (a dangling "-" from an optional
    hyphen is trimmed), so patterns may use optional punctuation freely. Each cue is its
    own ``Matcher`` key with ``greedy="LONGEST"``, so overlapping matches of one cue keep
    the longest.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from extractors.candidates import CUE, ENTITY_LABELS, Candidate, candidates

DEFAULT_PATTERNS = Path(__file__).parent / "data" / "cue_patterns.jsonl"

_PROJECT_KEYS = ("USE", "CAPTURE")
_BRACKETS = {")": "(", "]": "["}


@dataclass(frozen=True)
class Cue:
    """One compiled cue: where the entity lies inside its matches."""

    id: str
    label: str
    confidence: float
    #: pattern-token index -> capture name
    captures: dict[int, str]
    #: capture names to emit, or None for the (trimmed) whole match
    groups: tuple[str, ...] | None
    trim_left: int = 0
    trim_right: int = 0


def _expand(spec: dict[str, Any], defines: dict[str, list[dict]], where: str) -> list[dict]:
    """Replace a ``{"USE": name, ...}`` reference by the defined tokens."""
    if "USE" not in spec:
        return [spec]
    name = spec["USE"]
    if name not in defines:
        raise ValueError(f"{where}: unknown definition {name!r}")
    tokens = copy.deepcopy(defines[name])
    extra = {k: v for k, v in spec.items() if k != "USE"}
    if "OP" in extra and len(tokens) != 1:
        raise ValueError(f"{where}: OP on the multi-token definition {name!r}")
    for tok in tokens:
        tok.update(extra)
    return tokens


def parse_patterns(lines: Iterable[str], source: str = "<patterns>") -> list[tuple[Cue, list[dict]]]:
    """Compile pattern-file lines into cues and their Matcher patterns.

    Raises ValueError naming the line for anything malformed, so that a bad edit to the
    pattern file fails at ``initialize()`` rather than silently matching nothing.
    """
    defines: dict[str, list[dict]] = {}
    compiled: list[tuple[Cue, list[dict]]] = []
    seen: set[str] = set()
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}: {exc}") from exc
        if "comment" in obj and len(obj) == 1:
            continue
        if "define" in obj:
            defines[obj["define"]] = [
                t for spec in obj["tokens"] for t in _expand(spec, defines, where)
            ]
            continue
        cue, pattern = _compile_cue(obj, defines, where)
        if cue.id in seen:
            raise ValueError(f"{where}: duplicate cue id {cue.id!r}")
        seen.add(cue.id)
        compiled.append((cue, pattern))
    return compiled


def _compile_cue(obj: dict, defines: dict[str, list[dict]], where: str) -> tuple[Cue, list[dict]]:
    missing = {"id", "label", "confidence", "pattern"} - obj.keys()
    if missing:
        raise ValueError(f"{where}: missing {sorted(missing)}")
    if obj["label"] not in ENTITY_LABELS:
        raise ValueError(f"{where}: label {obj['label']!r} not in {ENTITY_LABELS}")
    tokens = [t for spec in obj["pattern"] for t in _expand(spec, defines, where)]
    captures: dict[int, str] = {}
    pattern: list[dict] = []
    for i, tok in enumerate(tokens):
        if "CAPTURE" in tok:
            captures[i] = tok["CAPTURE"]
        pattern.append({k: v for k, v in tok.items() if k not in _PROJECT_KEYS})
    group = obj.get("group")
    trim_left = trim_right = 0
    if isinstance(group, dict):
        groups = None
        trim_left, trim_right = int(group.get("trim_left", 0)), int(group.get("trim_right", 0))
    elif isinstance(group, list):
        groups = tuple(group)
        unknown = set(groups) - set(captures.values())
        if unknown:
            raise ValueError(f"{where}: group names {sorted(unknown)} are not captured")
    elif group is None:
        groups = tuple(dict.fromkeys(captures.values())) or None
    else:
        raise ValueError(f"{where}: group must be a list of capture names or a trim object")
    cue = Cue(
        id=obj["id"],
        label=obj["label"],
        confidence=float(obj["confidence"]),
        captures=captures,
        groups=groups,
        trim_left=trim_left,
        trim_right=trim_right,
    )
    return cue, pattern


def trim_punct(span: Span) -> Span | None:
    """``span`` without leading/trailing punctuation or whitespace tokens; None if nothing is left.

    A bracket is kept when its partner is inside the span ("Llama 2 (7B)"), since then it
    belongs to the name. Shared with the resolver, which cleans every candidate this way.
    """
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        opener = doc[start].text
        if opener in _BRACKETS.values() and any(
            _BRACKETS.get(t.text) == opener for t in doc[start + 1:end]
        ):
            break
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        closer = doc[end - 1].text
        if closer in _BRACKETS and any(t.text == _BRACKETS[closer] for t in doc[start:end - 1]):
            break
        end -= 1
    return doc[start:end] if end > start else None


@Language.factory("kb_cues", assigns=["doc._.kb_candidates"], default_config={"patterns_path": None})
def make_cues(nlp: Language, name: str, patterns_path: str | None) -> CueMatcher:
    return CueMatcher(nlp, patterns_path)


class CueMatcher:
    """Pipeline component: appends cue candidates to ``doc._.kb_candidates``.

    Patterns are loaded in :meth:`initialize` (``nlp.initialize()``), or lazily on the first
    call, from ``patterns_path`` (default: the packaged ``data/cue_patterns.jsonl``).
    """

    def __init__(self, nlp: Language, patterns_path: str | Path | None = None) -> None:
        self.nlp = nlp
        self.patterns_path = Path(patterns_path) if patterns_path else DEFAULT_PATTERNS
        self.matcher: Matcher | None = None
        self.cues: dict[int, Cue] = {}

    def initialize(self, get_examples: Callable | None = None, nlp: Language | None = None) -> None:
        with self.patterns_path.open(encoding="utf-8") as fh:
            self.load(parse_patterns(fh, str(self.patterns_path)))

    def load(self, compiled: list[tuple[Cue, list[dict]]]) -> None:
        """Replace the active cues (tests and users may pass their own)."""
        matcher = Matcher(self.nlp.vocab, validate=True)
        cues: dict[int, Cue] = {}
        for cue, pattern in compiled:
            key = self.nlp.vocab.strings.add(f"kb_cue:{cue.id}")
            matcher.add(key, [pattern], greedy="LONGEST")
            cues[key] = cue
        self.matcher, self.cues = matcher, cues

    def __call__(self, doc: Doc) -> Doc:
        if self.matcher is None:
            self.initialize()
        best: dict[tuple[int, int, str], Candidate] = {}
        for cand in self.find(doc):
            key = (cand.start, cand.end, cand.label)
            # one cue candidate per span: two cues firing on the same words are not
            # independent evidence, so the resolver's noisy-or must not see both
            if key not in best or cand.confidence > best[key].confidence:
                best[key] = cand
        candidates(doc).extend(sorted(best.values(), key=lambda c: (c.start, c.end, c.label)))
        return doc

    def find(self, doc: Doc) -> list[Candidate]:
        """Every candidate the cues propose, duplicates included."""
        assert self.matcher is not None
        out: list[Candidate] = []
        for key, start, end, alignments in self.matcher(doc, with_alignments=True):
            cue = self.cues[key]
            for span in self._entity_spans(doc, cue, start, end, alignments):
                out.append(
                    Candidate(span.start_char, span.end_char, cue.label, cue.confidence, CUE,
                              meta={"pattern": cue.id})
                )
        return out

    @staticmethod
    def _entity_spans(doc: Doc, cue: Cue, start: int, end: int, alignments: list[int]) -> list[Span]:
        if cue.groups is None:
            raw = [doc[start + cue.trim_left:end - cue.trim_right]]
        else:
            raw = []
            for name in cue.groups:
                idx = [start + i for i, p in enumerate(alignments) if cue.captures.get(p) == name]
                if idx:
                    raw.append(doc[min(idx):max(idx) + 1])
        return [s for s in (trim_punct(r) for r in raw if len(r)) if s is not None]
