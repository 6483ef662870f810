"""The objects pipeline components pass to each other on a ``Doc``.

Components communicate through Doc extension attributes, registered here once:

``doc._.kb_abbreviations``  list[Abbreviation]   long form <-> short form pairs
``doc._.kb_candidates``     list[Candidate]      every proposed entity span, overlapping
``doc._.kb_non_entities``   list[tuple]          (start, end, type): terms that hold a name
                                                but are no mention of that type
                                                ("precision agriculture")
``doc._.kb_mentions``       list[Candidate]      the resolved, non-overlapping spans
                                                (also written to ``doc.ents``)
``doc._.kb_claims``         list[dict]           claim records (``schema.models.Claim`` fields)
``doc._.kb_own_method``     str | None           the paper's own method, for "our model"

Offsets are character offsets into ``doc.text`` (read it with :func:`doc_text`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc, Span

ENTITY_LABELS = ("METHOD", "DATASET", "METRIC", "TASK")

#: Extractor names, also the provenance stored with every mention.
LEXICON, CUE, NER, ABBREVIATION = "lexicon", "cue", "ner", "abbreviation"
#: below this confidence an entity only the NER found is not reported (``kb_linker``), and
#: a NER span does not displace the rule candidates inside it (``kb_resolver``)
UNCERTAIN_NER_CONFIDENCE = 0.35
#: the hyphens that join the parts of a name ("ASTE-Data-V2", "GPT-J")
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: ``meta`` key of a candidate whose ``canonical`` its extractor decided from more than
#: its words (a test set's direction, a joined definition): the linker keeps that name
NAMED = "named"


_TEXT_KEY = "kb_text"


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep ``text``, the string ``doc`` was tokenised from, for :func:`doc_text`."""
    doc.user_data[_TEXT_KEY] = (len(doc), text)
    return doc


_TOKENS_KEY = "kb_tokens"
_BOUNDS_KEY = "kb_token_bounds"


def token_table(doc: Doc) -> tuple[list[str], list[int]]:
    """Every token's text and start offset, read in one array call and kept in
    ``doc.user_data``: iterating a ``Doc`` builds a ``Token`` object per token."""
    cached = doc.user_data.get(_TOKENS_KEY)
    if cached is None or cached[0] != len(doc):
        if len(doc):
            orth, idx = doc.to_array([ORTH, IDX]).T.tolist()
        else:
            orth, idx = [], []
        strings = doc.vocab.strings
        cached = doc.user_data[_TOKENS_KEY] = (len(doc), [strings[o] for o in orth], idx)
    return cached[1], cached[2]


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Every token's start and end offset (kept in ``doc.user_data`` like :func:`token_table`)."""
    cached = doc.user_data.get(_BOUNDS_KEY)
    if cached is None or cached[0] != len(doc):
        texts, starts = token_table(doc)
        cached = doc.user_data[_BOUNDS_KEY] = (len(doc), starts, [s + len(t) for s, t in zip(starts, texts)])
    return cached[1], cached[2]


def char_span(doc: Doc, start: int, end: int, label: str = "", *, contract: bool = False) -> Span | None:
    """``doc.char_span(start, end, label)`` (``alignment_mode="contract"`` with ``contract``:
    the tokens wholly inside), found by bisection: spaCy's own walks the tokens, and the
    resolver asks for a span per candidate.
    """
    starts, ends = token_bounds(doc)
    i, j = bisect_left(starts, start), bisect_right(ends, end)
    if i >= j or (not contract and (starts[i] != start or ends[j - 1] != end)):
        return None
    return Span(doc, i, j, label=label)


def title_end(text: str) -> int:
    """End of the title when the text is "title\\n\\nabstract" (how kb joins a record's
    title and abstract), else 0. A first block that ends like a sentence (".", "!", "?")
    or spans lines is a paragraph of an abstract passed without its title.

    >>> title_end("Deep Nets for X\\n\\nWe propose Y."), title_end("We propose Y.\\n\\nIt works.")
    (15, 0)
    """
    end = text.find("\n\n")
    if end <= 0:
        return 0
    first = text[:end].rstrip()
    if first.endswith((".", "!", "?")) or "\n" in first.strip():
        return 0
    return end


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept in ``doc.user_data``: the project tokenizer stores its input
    there (:func:`remember_text`); other docs build it once.

    spaCy rebuilds ``Doc.text`` from every token on each access, which costs half as much
    as tokenising the text in the first place.
    """
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None or cached[0] != len(doc):  # a retokenised doc gets a fresh copy
        cached = doc.user_data[_TEXT_KEY] = (len(doc), doc.text)
    return cached[1]


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    confidence: float
    extractor: str
    #: canonical name when the extractor knows it (lexicon entries do); set by the linker otherwise
    canonical: str | None = None
    #: free-form details a later component may use (e.g. the cue pattern id)
    meta: dict = field(default_factory=dict)

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Abbreviation:
    long_start: int
    long_end: int
    short_start: int
    short_end: int
    long_form: str
    short_form: str


def register_extensions() -> None:
    for name, default in (
        ("kb_abbreviations", None),
        ("kb_candidates", None),
        ("kb_non_entities", None),
        ("kb_mentions", None),
        ("kb_claims", None),
        ("kb_own_method", None),
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def candidates(doc: Doc) -> list[Candidate]:
    """The doc's candidate list, created on first use (extension defaults must not be mutable)."""
    if doc._.kb_candidates is None:
        doc._.kb_candidates = []
    return doc._.kb_candidates


register_extensions()
