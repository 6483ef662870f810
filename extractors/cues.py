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
``{"id", "label", "confidence", "pattern": [spec, ...], "group": ..., "not_after": [...], "not_before": [...], "default_label": bool, "title_start": bool, "title_only": bool, "repeated": bool}``
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

    ``not_after`` (optional) lists lower-case words: a match right after one of them is
    ignored, which a ``Matcher`` pattern cannot say ("three UVOS benchmarks" names a
    task's benchmarks, "the UVOS benchmarks" may name one). ``"#num"`` stands for any
    number ("3", "three"). ``not_before`` likewise ignores a match right before one of its
    words ("ANPR datasets like CCPD": examples follow a category), and still keeps one
    that ends the text; ``"#cap"`` stands for any capitalised word (the name goes on:
    "Volctrans Parallel Corpus Filtering System" names no corpus), and ``"#num"`` for any
    number here too ("Foo-7B scores 64.2%": a verb, not "BLEU scores").

    ``default_label`` (optional, false by default) says the cue finds a name but only
    guesses its type ("we propose X": something new, a METHOD unless told otherwise).
    Its candidates carry ``meta["default_label"]``, and the resolver drops them where a
    rule that reads the type from the words ("X, a new benchmark", a lexicon entry)
    gives the same name, anywhere in the paper, another label.

    ``title_start`` (optional, false by default) keeps only a match that opens the text's
    title block (``title\n\nabstract``, :func:`~extractors.candidates.title_end`), where
    papers put their own name ("DINOSTAR: Deep Iterative ..."); a ``Matcher`` pattern
    cannot say where the text starts. ``title_only`` keeps a match anywhere in the title
    block, where the words of a name are capitalised ("... for Early Sepsis Prediction").
    ``repeated`` keeps a match only where its entity recurs, as written, after the title:
    a title's "Glimpse: ..." is the paper's name when the abstract says "Glimpse predicts".

    A capture never starts or ends with punctuation (a dangling "-" from an optional
    hyphen is trimmed), so patterns may use optional punctuation freely. Each cue is its
    own ``Matcher`` key with ``greedy="LONGEST"``, so overlapping matches of one cue keep
    the longest.

Speed: a ``Matcher`` tries every pattern at every token, and most cue tokens are Python
predicates (``REGEX``, ``IN``), so matching all cues over a whole abstract is slow. Yet
almost every cue has *anchor* tokens: required tokens (no optional ``OP``) whose
``LOWER``/``TEXT``/``ORTH`` is one of a few literal words, at a bounded distance from the
match's start and end. :class:`_Scope` derives them from each compiled pattern when the
cues are loaded (nothing to maintain by hand; a cue without anchors runs everywhere), and
for each document works out, from where the anchor words occur, the token windows that
could hold a match of the cue; a cue whose anchors are absent has none. Overlapping
windows are merged, and each merged window runs a ``Matcher`` of just the cues with
windows in it (see :meth:`CueMatcher._matches`). The result is exactly what the single
``Matcher`` of all cues returns over the whole document, in the same order.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from extractors.candidates import CUE, ENTITY_LABELS, HYPHENS, Candidate, candidates, doc_text, title_end

DEFAULT_PATTERNS = Path(__file__).parent / "data" / "cue_patterns.jsonl"

_PROJECT_KEYS = ("USE", "CAPTURE")
_BRACKETS = {")": "(", "]": "["}

#: a coined name that says it is a benchmark: "ChartBench-X", "SWE-bench", "MMBench"
_BENCHMARK_NAME = re.compile(r"[Bb]ench(?:mark)?(?:[-_ ][\w.]+)?$")


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
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    #: the label is a guess that a typed rule candidate of the same name overrides
    default_label: bool = False
    #: only a match at the start of the title counts
    title_start: bool = False
    #: only a match inside the title counts
    title_only: bool = False
    #: only an entity written again after the title counts
    repeated: bool = False

    def blocked_by(self, previous: Token) -> bool:
        """Whether a match right after ``previous`` is ignored (``not_after``)."""
        return previous.lower_ in self.not_after or ("#num" in self.not_after and previous.like_num)

    def blocks_next(self, following: Token) -> bool:
        """Whether a match right before ``following`` is ignored (``not_before``)."""
        return following.lower_ in self.not_before or ("#cap" in self.not_before and following.text[:1].isupper()) \
            or ("#num" in self.not_before and following.like_num)


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
    not_after, not_before = obj.get("not_after", []), obj.get("not_before", [])
    for key, words in (("not_after", not_after), ("not_before", not_before)):
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ValueError(f"{where}: {key} must be a list of words")
    default_label, title_start = obj.get("default_label", False), obj.get("title_start", False)
    title_only, repeated = obj.get("title_only", False), obj.get("repeated", False)
    for key, value in (("default_label", default_label), ("title_start", title_start), ("title_only", title_only),
                       ("repeated", repeated)):
        if not isinstance(value, bool):
            raise ValueError(f"{where}: {key} must be true or false")
    cue = Cue(
        id=obj["id"],
        label=obj["label"],
        confidence=float(obj["confidence"]),
        captures=captures,
        groups=groups,
        trim_left=trim_left,
        trim_right=trim_right,
        not_after=frozenset(w.lower() for w in not_after),
        not_before=frozenset(w.lower() for w in not_before),
        default_label=default_label,
        title_start=title_start,
        title_only=title_only,
        repeated=repeated,
    )
    return cue, pattern


#: a LaTeX math delimiter or a formatting command, as the tokenizer splits them off
_MARKUP = re.compile(r"\$|\\[A-Za-z]+\{?")


def is_markup(text: str) -> bool:
    # the first-character test keeps the resolver's per-candidate edge check cheap
    return text[:1] in ("$", "\\") and _MARKUP.fullmatch(text) is not None


def glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen written without spaces between two tokens."""
    return (0 < i < len(doc) - 1 and doc[i].text in HYPHENS and not doc[i - 1].whitespace_
            and not doc[i].whitespace_)


def _inside_a_word(span: Span) -> bool:
    """Whether a capture starts after a hyphen that joins it to the word before: the "V2"
    of "ASTE-Data-V2 datasets" is no name of its own."""
    return glued_hyphen(span.doc, span.start - 1) and span.doc[span.start - 2].text[-1:].isalnum()


def trim_punct(span: Span) -> Span | None:
    """``span`` without leading/trailing punctuation, whitespace or LaTeX markup tokens
    (``$``, ``\\textbf{``); None if nothing is left.

    A bracket is kept when its partner is inside the span ("Llama 2 (7B)"), since then it
    belongs to the name. Shared with the resolver, which cleans every candidate this way.
    """
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space or is_markup(doc[start].text)):
        opener = doc[start].text
        if opener in _BRACKETS.values() and any(
            _BRACKETS.get(t.text) == opener for t in doc[start + 1:end]
        ):
            break
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or is_markup(doc[end - 1].text)):
        closer = doc[end - 1].text
        if closer in _BRACKETS and any(t.text == _BRACKETS[closer] for t in doc[start:end - 1]):
            break
        end -= 1
    return doc[start:end] if end > start else None


# --- where a cue can match ----------------------------------------------------------------

#: pattern keys whose literal values (a string, or an ``IN``/``NOT_IN`` list) name words
_LITERAL_ATTRS = {"LOWER": LOWER, "TEXT": ORTH, "ORTH": ORTH}
_MIN_MAX = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")

#: a token count (min, max); max None = unbounded
_Range = tuple[int, int | None]


def _token_range(spec: dict) -> _Range:
    """How many doc tokens one pattern token matches, from its ``OP`` (as spaCy reads it).

    ``"!"`` counts as 0 or 1 token, which holds however it is read; an ``OP`` that is not
    understood counts as any number (the Matcher rejects it anyway).
    """
    op = {k.upper(): v for k, v in spec.items() if isinstance(k, str)}.get("OP")
    if op is None or op == "1":
        return 1, 1
    if op in ("?", "!"):
        return 0, 1
    if op == "+":
        return 1, None
    found = _MIN_MAX.fullmatch(op) if isinstance(op, str) else None
    if found is None:  # "*" and anything unknown
        return 0, None
    low = int(found.group(1) or 0)
    if not found.group(2):  # "{n}"
        return low, low
    return low, int(found.group(3)) if found.group(3) else None


def _total(ranges: list[_Range]) -> _Range:
    """The token count of a sequence of pattern tokens."""
    highs = [high for _, high in ranges]
    return sum(low for low, _ in ranges), None if None in highs else sum(highs)


def _literal_words(spec: dict, operator: str) -> list[tuple[int, list]]:
    """``(attribute, words)`` for each word-valued key of ``spec`` given as ``operator``.

    ``operator`` is ``"IN"`` (a plain string value counts as a one-word ``IN``) or
    ``"NOT_IN"``.
    """
    out = []
    for key, value in spec.items():
        attr = _LITERAL_ATTRS.get(key.upper()) if isinstance(key, str) else None
        if attr is None:
            continue
        if operator == "IN" and isinstance(value, str):
            out.append((attr, [value]))
        elif isinstance(value, dict) and isinstance(value.get(operator), list):
            out.append((attr, value[operator]))
    return out


class _WordSets:
    """The literal word sets that anchors and barriers refer to, and where they occur.

    :meth:`add` registers one (``ORTH`` or ``LOWER`` values) and returns its id;
    :meth:`occurrences` gives, for each id, the bitmask of the doc's token positions
    whose attribute is one of its words, all found in one pass over the doc.
    """

    def __init__(self) -> None:
        self._ids: dict[tuple[int, frozenset], int] = {}
        self.sizes: list[int] = []  # by id
        #: attribute -> word id -> ids of the sets holding that word
        self._index: dict[int, dict[int, list[int]]] = {ORTH: {}, LOWER: {}}

    def add(self, attr: int, words: Iterable[str | int]) -> int:
        key = (attr, frozenset(get_string_id(w) for w in words))
        if key not in self._ids:
            self._ids[key] = len(self._ids)
            self.sizes.append(len(key[1]))
            for word in key[1]:
                self._index[attr].setdefault(word, []).append(self._ids[key])
        return self._ids[key]

    def occurrences(self, doc: Doc) -> list[int]:
        occurrences = [0] * len(self._ids)
        orth_index, lower_index = self._index[ORTH], self._index[LOWER]
        bit = 1
        for orth, lower in doc.to_array([ORTH, LOWER]).tolist():
            for i in orth_index.get(orth, ()):
                occurrences[i] |= bit
            for i in lower_index.get(lower, ()):
                occurrences[i] |= bit
            bit <<= 1
        return occurrences


def _smear_steps(width: int) -> tuple[int, ...]:
    """Shifts that, applied in turn as ``mask |= mask >> step``, OR a bitmask with itself
    shifted by every distance 1..``width`` (each step doubles the distances covered)."""
    steps, done = [], 0
    while done < width:
        steps.append(min(done + 1, width - done))
        done += steps[-1]
    return tuple(steps)


@dataclass(frozen=True)
class _Anchor:
    """A required pattern token that must be one of a literal word set, as bit operations:
    from the bitmask of the positions of its words, the possible match starts are the
    positions shifted down by ``start_shift`` and then smeared down by ``start_steps``, and
    the possible match ends (exclusive) likewise shifted and smeared up. ``None`` steps:
    the match is unbounded on that side, so only the last anchor word bounds its start
    (at or before it) and only the first bounds its end (after it)."""

    words: int  # _WordSets id
    start_shift: int  # min tokens of the match before it
    start_steps: tuple[int, ...] | None
    end_shift: int  # 1 + min tokens of the match after it
    end_steps: tuple[int, ...] | None

    @classmethod
    def of(cls, words: int, before: _Range, after: _Range) -> _Anchor:
        return cls(
            words,
            before[0], None if before[1] is None else _smear_steps(before[1] - before[0]),
            1 + after[0], None if after[1] is None else _smear_steps(after[1] - after[0]),
        )


@dataclass(frozen=True)
class _Barrier:
    """The only unbounded pattern token, when it excludes some literal words: its run of
    tokens stops before the first of them, which bounds where a match can end."""

    words: tuple[int, ...]  # _WordSets ids of the words it cannot match
    before: int  # max tokens of the match before it
    after: int  # max tokens of the match after it


@dataclass(frozen=True)
class _Scope:
    """Where in a doc one cue's pattern can match, derived from the pattern alone."""

    anchors: tuple[_Anchor, ...]
    length: int | None  # max match length
    barrier: _Barrier | None

    @classmethod
    def of(cls, pattern: list[dict], words: _WordSets) -> _Scope:
        ranges = [_token_range(spec) for spec in pattern]
        anchors = []
        for k, spec in enumerate(pattern):
            if ranges[k][0] == 0:  # optional or negated: says nothing about the doc
                continue
            # A repeated anchor ("+", "{2,3}") still fits: its first word is `before` tokens
            # after the match start, its last word `after` tokens before the match end.
            before, after = _total(ranges[:k]), _total(ranges[k + 1:])
            anchors += [_Anchor.of(words.add(attr, values), before, after)
                        for attr, values in _literal_words(spec, "IN")]
        unbounded = [k for k, (_, high) in enumerate(ranges) if high is None]
        barrier = None
        if len(unbounded) == 1:
            k = unbounded[0]
            blocked = tuple(words.add(attr, values)
                            for attr, values in _literal_words(pattern[k], "NOT_IN"))
            if blocked:
                barrier = _Barrier(blocked, _total(ranges[:k])[1], _total(ranges[k + 1:])[1])
        # rarest-looking anchors first, so that an absent one ends the search early
        anchors.sort(key=lambda a: words.sizes[a.words])
        return cls(tuple(anchors), _total(ranges)[1], barrier)

    def windows(self, occurrences: list[int], n: int) -> list[list[int]]:
        """Disjoint, sorted ``[start, end)`` token windows of a doc of ``n`` tokens that hold
        every match of the cue and the token after it (none: the cue cannot match).

        ``occurrences`` is :meth:`_WordSets.occurrences` of the doc. A match starts at ``s``
        and ends at ``e`` only if every anchor word occurs at a distance from ``s`` and
        from ``e`` that the pattern allows; the sets of such ``s`` and ``e`` are bitmasks.
        """
        starts = (1 << n) - 1  # bit s: a match may start at token s
        ends = (1 << (n + 1)) - 2  # bit e: a match may end before token e
        for anchor in self.anchors:
            at = occurrences[anchor.words]
            if not at:
                return []
            if anchor.start_steps is None:  # at or before the last anchor word
                starts &= (1 << max(0, at.bit_length() - anchor.start_shift)) - 1
            else:
                possible = at >> anchor.start_shift
                for step in anchor.start_steps:
                    possible |= possible >> step
                starts &= possible
            if anchor.end_steps is None:  # after the first anchor word
                ends &= -(1 << ((at & -at).bit_length() - 1 + anchor.end_shift))
            else:
                possible = at << anchor.end_shift
                for step in anchor.end_steps:
                    possible |= possible << step
                ends &= possible
            if not starts or not ends:
                return []
        barrier = 0
        if self.barrier is not None:
            for i in self.barrier.words:
                barrier |= occurrences[i]
        windows: list[list[int]] = []
        while starts:  # one window per run of consecutive possible starts first..last
            first = (starts & -starts).bit_length() - 1
            run = starts >> first
            last = first + (run ^ (run + 1)).bit_length() - 2
            starts &= -(1 << (last + 1))
            reach = ends >> (first + 1)  # bit d: a match may end before token first + 1 + d
            if self.length is not None:
                reach &= (1 << (last + self.length - first)) - 1
            if barrier:
                ahead = barrier >> (last + self.barrier.before)
                if ahead:  # the unbounded run of tokens stops at the first barrier word
                    stop = last + self.barrier.before + (ahead & -ahead).bit_length() - 1
                    reach &= (1 << (stop + self.barrier.after - first)) - 1
            if not reach:
                continue
            end = min(n, first + reach.bit_length() + 1)  # the last possible end, one token more
            if windows and first <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], end)
            else:
                windows.append([first, end])
        return windows


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
        #: all cues in one Matcher: it validates the patterns in :meth:`load`, and
        #: :meth:`_matches` finds the matches it would find
        self.matcher: Matcher | None = None
        self.cues: dict[int, Cue] = {}
        self._patterns: list[tuple[int, list[dict]]] = []
        self._words = _WordSets()
        self._scopes: list[_Scope] = []
        #: indexes of the cues that count only in the title
        self._in_title: frozenset[int] = frozenset()
        #: a Matcher of each cue alone, by index
        self._single: list[Matcher] = []

    def initialize(self, get_examples: Callable | None = None, nlp: Language | None = None) -> None:
        with self.patterns_path.open(encoding="utf-8") as fh:
            self.load(parse_patterns(fh, str(self.patterns_path)))

    def load(self, compiled: list[tuple[Cue, list[dict]]]) -> None:
        """Replace the active cues (tests and users may pass their own)."""
        matcher = Matcher(self.nlp.vocab, validate=True)
        cues: dict[int, Cue] = {}
        patterns: list[tuple[int, list[dict]]] = []
        for cue, pattern in compiled:
            key = self.nlp.vocab.strings.add(f"kb_cue:{cue.id}")
            matcher.add(key, [pattern], greedy="LONGEST")
            cues[key] = cue
            patterns.append((key, pattern))
        words = _WordSets()
        self._scopes = [_Scope.of(pattern, words) for _, pattern in patterns]
        self._in_title = frozenset(i for i, (cue, _) in enumerate(compiled) if cue.title_only or cue.title_start)
        self._words, self._patterns = words, patterns
        self.matcher, self.cues = matcher, cues
        self._single = []
        for key, pattern in patterns:
            single = Matcher(self.nlp.vocab, validate=False)  # validated above
            single.add(key, [pattern], greedy="LONGEST")
            self._single.append(single)

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
        text = doc_text(doc)
        title = title_end(text)
        for key, start, end, alignments in self._matches(doc):  # (a tie goes to the earlier cue in the file)
            cue = self.cues[key]
            if cue.not_after and start > 0 and cue.blocked_by(doc[start - 1]):
                continue
            if cue.not_before and end < len(doc) and cue.blocks_next(doc[end]):
                continue
            if cue.title_start and (start > 0 or doc[end - 1].idx >= title):
                continue
            if cue.title_only and doc[end - 1].idx >= title:
                continue
            for span in self._entity_spans(doc, cue, start, end, alignments):
                if cue.repeated and not re.search(rf"(?<![\w-]){re.escape(span.text)}(?![\w-])", text[title:]):
                    continue
                meta = {"pattern": cue.id, "default_label": True} if cue.default_label else {"pattern": cue.id}
                label = "DATASET" if cue.label == "METHOD" and _BENCHMARK_NAME.search(span.text) else cue.label
                out.append(Candidate(span.start_char, span.end_char, label, cue.confidence, CUE, meta=meta))
        return out

    def _matches(self, doc: Doc) -> list[tuple[int, int, int, list[int]]]:
        """The matches of ``self.matcher(doc, with_alignments=True)``, found only where they can
        be, cue by cue in pattern-file order, each cue's longest first, then leftmost first.

        Each cue's windows (:meth:`_Scope.windows`) hold all its matches and the token after
        each (which can decide when the Matcher reports a match), and are disjoint, so a
        Matcher of the cue alone run over each window finds exactly its whole-doc matches and
        alignments: the Matcher follows each (pattern, start token) on its own, and
        ``greedy="LONGEST"`` only compares overlapping matches of one cue, which share a
        window. (One Matcher per cue: a Matcher per set of cues sharing a window would have
        to be built for each of the thousands of sets that occur, at about 0.3 ms per cue.)
        A cue that counts only in the title (``title_only``, ``title_start``) is matched
        only there: :meth:`find` would drop its other matches.
        """
        n = len(doc)
        occurrences = self._words.occurrences(doc)
        title: int | None = None
        out = []
        for i, scope in enumerate(self._scopes):
            windows = scope.windows(occurrences, n)
            if not windows:
                continue
            if i in self._in_title:
                if title is None:
                    end_char = title_end(doc_text(doc))
                    title = next((t.i for t in doc if t.idx >= end_char), n)
                if not title:
                    continue
                windows = [(0, min(title + 1, n))]
            matches = [(key, first + start, first + end, alignments)
                       for first, last in windows
                       for key, start, end, alignments in self._single[i](doc[first:last], with_alignments=True)]
            matches.sort(key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
            out += matches
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
        return [s for s in (trim_punct(r) for r in raw if len(r)) if s is not None and not _inside_a_word(s)]
