"""``kb_lexicon``: curated names from JSONL lexicons, matched with spaCy's PhraseMatcher.

Why a lexicon: well-known models, datasets, metrics and tasks ("ResNet-50", "SQuAD 2.0",
"BLEU", "question answering") are the bulk of the entities in abstracts and have a fixed
set of spellings. Matching them exactly gives high-precision candidates and, more
importantly, a canonical name, so that "MS-COCO", "MSCOCO" and "COCO" become one entity.

Data
    ``extractors/data/lexicon_{method,dataset,metric,task}.jsonl``, one entry per line::

        {"name": "MS COCO", "type": "DATASET", "aliases": ["COCO", "MSCOCO"],
         "case_sensitive": false, "case_sensitive_aliases": [], "year_variants": true}

    ``case_sensitive`` (optional) forces every alias of the entry into one matcher; absent,
    each alias decides by itself: all-upper-case or mixed-case aliases of at most four
    characters ("ARC", "EM", "mAP", "T5", "Adam") are matched case-sensitively, so that
    "arc", "em", "map" or "adam" in running text do not fire. ``case_sensitive_aliases``
    (optional) lists longer aliases that are English words in lower case ("DARTS",
    "ROOTS") while the entry's long form stays case-insensitive. ``year_variants: false``
    stops "CIFAR-10" from also being matched as "CIFAR 2010". ``not_in`` (optional) lists
    longer terms in which a spelling is only a word of another term ("precision" in
    "precision agriculture" or "mixed precision"): they are matched like spellings, so the
    longest match takes their tokens, and then yield nothing. Users add their own files
    through the factory config (``extra_paths``) without touching code.

Matching
    Each alias is expanded by :func:`extractors.normalise.variants` (hyphen / space /
    joined spellings, "YOLO v3", "CoNLL-03", plurals for METHOD and METRIC, British
    spellings of "-ize" words: "batch normalisation"), tokenized with
    ``nlp.make_doc`` so patterns follow the project tokenizer, and added to a
    ``PhraseMatcher`` on ``LOWER`` or, for case-sensitive aliases, one on ``ORTH``. Among
    all lexicon matches the longest wins (greedy, by token count, then earliest start), so
    "BERT-large" beats "BERT" and "WMT14 English-German" beats "WMT14". A model name (one
    with capitals or digits) may be extended by a size or variant suffix the lexicon does
    not list ("Llama 2 70B", "BERT base", "Mistral-7B-Instruct") or a release number
    written apart ("Stable Diffusion v1.5", "LLaVA 1.6"; no year), or by a capitalised word
    joined before it ("Video-LLaVA"; not an English prefix such as "Non-"); the canonical
    name then carries the suffix or prefix. A dataset name may be extended the same way by
    a release number ("Universal Dependencies 2.2", "SQuAD v1.1", or a year: "AIME 2024", "DAVIS 2016"; one
    digit before the point, and not when a unit or a word follows that would make it a
    score; the year: train+dev 6 false spans become 6 gold ones). A metric whose hyphen was only
    generated and which modifies the next word ("inference-time compute") is dropped. A task
    named in its learning setting ("semi-supervised node classification", "zero-shot dialogue
    state tracking") is a task of its own, with the setting in its name. A
    full stop a sentence-final token keeps (where the tokenizer did not split it off) is
    trimmed from the span. A test set named with its translation direction lends its series
    to the directions coordinated with it, and to the same direction written alone elsewhere in
    the text: "WMT14 En-De and En-Fr" are "WMT14 English-German" and "WMT14 English-French"
    (a direction the lexicon lacks is named "<series> <language>-<language>"), unless two
    series share the direction or a word like "translation" or "task" follows it. Likewise
    the other years of a series named once: "TREC DL 2019 and 2020", "PASCAL VOC 2007, 2012",
    and the other members of a collection the lexicon knows with the same first words:
    "SemEval-2014 Restaurant and Laptop". A word glued onto a dataset's name of four
    characters or more with two capitals names a dataset of its own ("AfriMMLU",
    "TinyImageNet", "plWordNet"; with the short penalty, and not after one or two capitals:
    "MSCAN" is no SCAN).

Confidence (fixed per type, adjusted by how ambiguous the matched form is)
    base: METHOD 0.85, DATASET 0.90, METRIC 0.85, TASK 0.85 (config ``confidence``);
    +0.05 (``long_bonus``) when the match has at least two word tokens or at least ten
    characters ("Penn Treebank", "ImageNet-21K"): long names are rarely accidental;
    -0.15 (``short_penalty``) when the match is a short case-sensitive acronym of at most
    four characters ("SAM", "ARC", "EM"): those collide with other expansions;
    otherwise the base. The result is clipped to [0.05, 0.99].

Linking
    :func:`lookup` (and :meth:`Lexicon.lookup`) find an entry by the match key of any of its
    spellings; the linker uses it to give resolved mentions their canonical names. The
    module-level :func:`lookup` uses the lexicon most recently loaded by a ``kb_lexicon``
    component (so extra files count), or the bundled files when none was loaded.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from extractors.candidates import (ENTITY_LABELS, LEXICON, NAMED, Candidate, candidates, doc_text,
                                   char_span, token_table)
from extractors.cues import glued_hyphen
from extractors.normalise import TRANSLATION_DIRECTION, language_pair, match_key, singular, variants

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_PATHS: tuple[Path, ...] = tuple(
    DATA_DIR / f"lexicon_{kind}.jsonl" for kind in ("method", "dataset", "metric", "task")
)
DEFAULT_CONFIDENCE = {"METHOD": 0.85, "DATASET": 0.90, "METRIC": 0.85, "TASK": 0.85}
#: Types whose names are count nouns, so "LSTMs" / "F1 scores" are matched too.
PLURAL_TYPES = frozenset({"METHOD", "METRIC"})
#: Types whose names carry years, so "WMT14" is also matched as "WMT 2014".
YEAR_TYPES = frozenset({"DATASET"})

# Model size / variant suffixes that may follow a METHOD name ("Llama 2 70B", "T5-XXL").
_SIZE = re.compile(r"^(?:\d+(?:\.\d+)?[BbMmKkTt]|\d+x\d+(?:\.\d+)?[Bb])$")
_SIZE_WORDS = frozenset({"base", "large", "small", "tiny", "mini", "medium", "xl", "xxl",
                         "huge", "giant", "xlarge", "xxlarge"})
_NOT_AFTER_SIZE_WORD = frozenset({"-", "language", "languages", "vision", "multimodal", "scale",
                                  "amounts", "number", "numbers", "margin", "margins", "gains"})
#: product tiers written apart after a model name
_TIERS = frozenset({"Pro", "Ultra", "Flash", "Nano", "Lite", "Turbo", "Mini", "Max", "Plus", "Opus", "Sonnet", "Haiku"})
#: sizes written as a letter after a hyphen: "Swin-T", "DeiT-S", "ViT-B", "ViT-H", "DeiT-Ti"
_SIZE_LETTERS = frozenset({"T", "Ti", "S", "B", "L", "H", "G", "g", "e", "bigG"})  # and "ViT-g", "ViT-e"
_HYPHEN_ONLY_WORDS = frozenset({"chat", "instruct", "it", "hf", "turbo", "preview", "distilled", "math", "coder",
                                "code", "vision", "vl", "omni", "audio", "light", "alpha", "beta"})
#: variant words written apart after a model's size ("Llama 3 8B Instruct")
_AFTER_SIZE_WORDS = frozenset({"Instruct", "Chat", "Base"})


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: a canonical name, its type and the spellings that denote it."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    case_sensitive: bool | None = None
    case_sensitive_aliases: frozenset[str] = frozenset()
    year_variants: bool = True
    #: longer terms in which a spelling is a word of another term, not a mention
    not_in: tuple[str, ...] = ()
    source: str = ""

    @property
    def spellings(self) -> tuple[str, ...]:
        """The canonical name first, then the aliases."""
        return (self.name, *self.aliases)


def alias_case_sensitive(alias: str, entry_flag: bool | None = None) -> bool:
    """Whether ``alias`` must match with its case; the entry-level flag wins when set.

    >>> [alias_case_sensitive(a) for a in ["ARC", "mAP", "Adam", "GPT-4", "accuracy", "T5"]]
    [True, True, True, False, False, True]
    """
    if entry_flag is not None:
        return entry_flag
    compact = alias.strip()
    if len(compact) > 4:
        return False
    has_upper = any(c.isupper() for c in compact)
    return has_upper  # all upper-case, or mixed case ("mAP", "Adam", "ViT")


def load_lexicon(paths: Iterable[str | Path]) -> list[Entry]:
    """Read lexicon JSONL files; a malformed line is an error naming file and line.

    Missing files raise ``FileNotFoundError``: a silently empty lexicon would only show
    up as lower recall much later.
    """
    entries: list[Entry] = []
    for path in paths:
        path = Path(path)
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                try:
                    obj = json.loads(line)
                    name = str(obj["name"]).strip()
                    typ = str(obj["type"]).strip().upper()
                except (ValueError, KeyError, TypeError) as exc:
                    raise ValueError(f"{path}:{lineno}: bad lexicon entry: {exc}") from exc
                if typ not in ENTITY_LABELS:
                    raise ValueError(f"{path}:{lineno}: unknown type {typ!r}")
                if not name:
                    raise ValueError(f"{path}:{lineno}: empty name")
                aliases = tuple(str(a).strip() for a in obj.get("aliases", ()) if str(a).strip())
                cs = obj.get("case_sensitive")
                entries.append(Entry(
                    name=name, type=typ, aliases=aliases,
                    case_sensitive=None if cs is None else bool(cs),
                    case_sensitive_aliases=frozenset(
                        str(a).strip() for a in obj.get("case_sensitive_aliases", ())),
                    year_variants=bool(obj.get("year_variants", True)),
                    not_in=tuple(str(t).strip() for t in obj.get("not_in", ()) if str(t).strip()),
                    source=f"{path.name}:{lineno}",
                ))
    return entries


@lru_cache(maxsize=None)
def _spellings(entry: Entry) -> tuple[tuple[str, bool], ...]:
    """Cached: the look-up index and both phrase matchers need the same expansion."""
    out: list[tuple[str, bool]] = []
    seen: set[tuple[str, bool]] = set()
    for alias in entry.spellings:
        cs = alias in entry.case_sensitive_aliases or alias_case_sensitive(alias, entry.case_sensitive)
        for v in variants(
            alias,
            plural=entry.type in PLURAL_TYPES,
            two_digit_years=entry.type in YEAR_TYPES,
            years=entry.year_variants,
        ):
            if (v, cs) not in seen:
                seen.add((v, cs))
                out.append((v, cs))
    return tuple(out)


@dataclass
class Lexicon:
    """Entries plus the look-up indexes built from all their generated spellings."""

    entries: list[Entry]
    #: case-folded match key -> entries (case-insensitive spellings)
    _folded: dict[str, list[Entry]] = field(default_factory=dict, repr=False)
    #: case-preserving match key -> entries (case-sensitive spellings)
    _exact: dict[str, list[Entry]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for entry in self.entries:
            for alias, cs in self.spellings(entry):
                key = match_key(alias, casefold=not cs)
                bucket = (self._exact if cs else self._folded).setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)

    @staticmethod
    def spellings(entry: Entry) -> list[tuple[str, bool]]:
        """Every generated spelling of ``entry`` with its case-sensitivity."""
        return list(_spellings(entry))

    def lookup(self, text: str, label: str | None = None) -> Entry | None:
        """The entry one of whose spellings has ``text``'s match key, else ``None``.

        Case-sensitive spellings are tried with case kept, then case-insensitive ones,
        then the singular of ``text``. With ``label``, an entry of that type is preferred
        (a name listed under two types is resolved by the mention's type).
        """
        for candidate in dict.fromkeys((text, singular(text))):
            found = self._exact.get(match_key(candidate, casefold=False), []) + \
                self._folded.get(match_key(candidate), [])
            if found:
                if label is not None:
                    for entry in found:
                        if entry.type == label:
                            return entry
                return found[0]
        return None


_DEFAULT: Lexicon | None = None
_ACTIVE: Lexicon | None = None


def default_lexicon() -> Lexicon:
    """The lexicon :func:`lookup` uses: the last one a ``kb_lexicon`` loaded, else the bundled files."""
    global _DEFAULT
    if _ACTIVE is not None:
        return _ACTIVE
    if _DEFAULT is None:
        _DEFAULT = Lexicon(load_lexicon(DEFAULT_PATHS))
    return _DEFAULT


def lookup(text: str, label: str | None = None) -> Entry | None:
    """Find a lexicon entry by any spelling (see :meth:`Lexicon.lookup`).

    >>> lookup("MS-COCO").name, lookup("conll03").name, lookup("LSTMs").type
    ('MS COCO', 'CoNLL-2003', 'METHOD')
    >>> lookup("a novel framework") is None
    True
    """
    return default_lexicon().lookup(text, label)


# --------------------------------------------------------------------------- component


@Language.factory(
    "kb_lexicon",
    assigns=["doc._.kb_candidates", "doc._.kb_non_entities"],
    default_config={
        "paths": None,
        "extra_paths": [],
        "confidence": DEFAULT_CONFIDENCE,
        "long_bonus": 0.05,
        "short_penalty": 0.15,
        "extend_model_sizes": True,
    },
)
def make_lexicon_matcher(
    nlp: Language,
    name: str,
    paths: list[str] | None,
    extra_paths: list[str],
    confidence: dict[str, float],
    long_bonus: float,
    short_penalty: float,
    extend_model_sizes: bool,
) -> LexiconMatcher:
    return LexiconMatcher(
        nlp, name, paths=paths, extra_paths=extra_paths, confidence=confidence,
        long_bonus=long_bonus, short_penalty=short_penalty,
        extend_model_sizes=extend_model_sizes,
    )


class LexiconMatcher:
    """Appends one :class:`Candidate` per (longest, non-overlapping) lexicon match."""

    def __init__(
        self,
        nlp: Language,
        name: str = "kb_lexicon",
        *,
        paths: Sequence[str | Path] | None = None,
        extra_paths: Sequence[str | Path] = (),
        confidence: dict[str, float] | None = None,
        long_bonus: float = 0.05,
        short_penalty: float = 0.15,
        extend_model_sizes: bool = True,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.paths = [Path(p) for p in (paths if paths else DEFAULT_PATHS)]
        self.extra_paths = [Path(p) for p in extra_paths]
        self.confidence = {**DEFAULT_CONFIDENCE, **(confidence or {})}
        self.long_bonus = long_bonus
        self.short_penalty = short_penalty
        self.extend_model_sizes = extend_model_sizes
        self.lexicon: Lexicon | None = None
        self._matcher_lower: PhraseMatcher | None = None
        self._matcher_orth: PhraseMatcher | None = None
        self._entries: list[Entry] = []
        self._glued_bases: dict[str, Entry] = {}

    # spaCy's initialize hook: nlp.initialize() calls it with settings from
    # [initialize.components.kb_lexicon]. spaCy builds a pydantic model from this
    # signature, and string annotations (``from __future__ import annotations``) would not
    # resolve there, so the arguments are left unannotated: ``nlp`` is a Language,
    # ``extra_paths`` a list of JSONL paths added to those of the factory config.
    def initialize(self, get_examples=None, *, nlp=None, extra_paths=None):  # noqa: ANN001
        if extra_paths:
            self.extra_paths = [*self.extra_paths, *map(Path, extra_paths)]
        self._build(nlp or self.nlp)

    def _build(self, nlp: Language) -> None:
        global _ACTIVE
        entries = load_lexicon([*self.paths, *self.extra_paths])
        self.lexicon = Lexicon(entries)
        _ACTIVE = self.lexicon
        self._entries = entries
        lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        tokenizer = _pattern_tokenizer(nlp)
        for i, entry in enumerate(entries):
            key = f"{self.name}:{i}"
            pats: dict[bool, dict[tuple[str, ...], None]] = {True: {}, False: {}}
            for spelling, cs in Lexicon.spellings(entry):
                for words in _token_sequences(tokenizer, spelling):
                    pats[cs][words if cs else tuple(w.lower() for w in words)] = None
                if not cs and _UNIT_AFTER_DIGIT.search(spelling):
                    # "GSM8K" is split like "128K", "GSM8k" is not: the other case is tokenized too
                    for words in _token_sequences(tokenizer, spelling.lower()):
                        pats[False][words] = None
            blockers = {words for term in entry.not_in for v in variants(term, years=False)
                        for words in _token_sequences(tokenizer, v)}
            if blockers:  # matched like a spelling, so that the longest match wins, then dropped
                lower.add(f"{self.name}:{~i}", [Doc(nlp.vocab, words=[w.lower() for w in b]) for b in blockers])
            if pats[False]:
                lower.add(key, [Doc(nlp.vocab, words=list(w)) for w in pats[False]])
            if pats[True]:
                orth.add(key, [Doc(nlp.vocab, words=list(w)) for w in pats[True]])
        self._matcher_lower, self._matcher_orth = lower, orth
        self._glued_bases = {spelling: entry for entry in entries if entry.type == "DATASET"
                             for spelling in entry.spellings if _GLUED_BASE.fullmatch(spelling)}
        log.debug("kb_lexicon: %d entries from %d files", len(entries),
                  len(self.paths) + len(self.extra_paths))

    def lookup(self, text: str, label: str | None = None) -> Entry | None:
        """Look-up in this component's lexicon (which may include extra files)."""
        if self.lexicon is None:
            self._build(self.nlp)
        assert self.lexicon is not None
        return self.lexicon.lookup(text, label)

    def __call__(self, doc: Doc) -> Doc:
        if self._matcher_lower is None or self._matcher_orth is None:
            self._build(self.nlp)  # used without nlp.initialize(), e.g. loaded from disk
        assert self._matcher_lower is not None and self._matcher_orth is not None
        strings = self.nlp.vocab.strings
        found: list[tuple[int, int, int, bool]] = []  # (start, end, entry index, exact case)
        for matcher, exact in ((self._matcher_orth, True), (self._matcher_lower, False)):
            for match_id, start, end in matcher(doc):
                found.append((start, end, int(strings[match_id].rsplit(":", 1)[1]), exact))
        # Longest first, then earliest, then case-exact; greedy without overlap.
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0], not m[3], m[2]))
        taken: list[tuple[int, int, int, bool]] = []
        occupied: set[int] = set()
        for m in found:
            if occupied.isdisjoint(range(m[0], m[1])):
                taken.append(m)
                occupied.update(range(m[0], m[1]))
        taken.sort()
        found_here: list[Candidate] = []
        text_of_doc = doc_text(doc)
        vetoes = []
        for start, end, idx, exact in taken:
            if idx < 0:  # a term listed in an entry's ``not_in``: "precision" in "precision agriculture"
                span = doc[start:end]
                vetoes.append((span.start_char, span.end_char, self._entries[~idx].type))
                continue
            entry = self._entries[idx]
            if entry.type == "METRIC" and not exact and _adjectival(doc, start, end, entry):
                continue
            if not exact and _inside_a_compound(doc, start):
                continue
            if entry.type == "METRIC" and end < len(doc) and doc[end].text == "%" and doc[start].lower_ == "top":
                continue  # "the top 5%" is a share, no top-5 accuracy
            canonical = entry.name
            meta: dict = {"entry": entry.name, "source": entry.source}
            if self.extend_model_sizes and entry.type == "METHOD" and _model_like(entry):
                new_end, suffix = _size_suffix(doc, start, end, occupied)
                if new_end > end:
                    occupied.update(range(end, new_end))
                    end, canonical = new_end, entry.name + suffix
                    meta["size"] = suffix.lstrip(" -")
                if _variant_prefix(doc, start, occupied):  # "Video-LLaVA", "Med-PaLM": a model of its own
                    occupied.update((start - 2, start - 1))
                    start -= 2
                    canonical = f"{doc[start].text}-{canonical}"
                    meta["prefix"] = doc[start].text
            elif entry.type == "METHOD" and doc[start:end].text.isupper() and _variant_prefix(doc, start, occupied):
                # "SL-GCN", "ST-GCN": an acronym with a name glued before it is a model of its own
                occupied.update((start - 2, start - 1))
                start -= 2
                canonical = doc[start:end].text
                meta["prefix"] = doc[start].text
            elif entry.type == "METRIC" and (lead := _metric_modifier(doc, start, occupied)):
                # "end-to-end latency", "relaxed accuracy": the measure as the paper names it, and still the
                # lexicon's measure, whose name stays the canonical one
                occupied.update(range(start - lead, start))
                start -= lead
                meta.update(modifier=doc[start:start + lead].text, **{NAMED: True})
            elif entry.type == "TASK" and (lead := _task_setting(doc, start, occupied)):
                # "semi-supervised node classification", "zero-shot dialogue state tracking": the task
                # in the setting the paper names, a task of its own
                occupied.update(range(start - lead, start))
                start -= lead
                canonical = f"{doc[start:start + lead].text.lower()} {entry.name}"
                meta.update(setting=doc[start:start + lead].text, **{NAMED: True})
            elif entry.type == "DATASET" and _version_after(doc, end, occupied):
                occupied.add(end)
                canonical = f"{entry.name} {doc[end].text}"
                meta["version"] = doc[end].text
                end += 1
            elif entry.type == "DATASET" and _hyphen_joined(doc, end, occupied) and _split_size(doc, end + 1, occupied):
                occupied.update((end, end + 1, end + 2))  # "WebVid-10M" (the tokenizer cut "10M" in two)
                canonical = f"{doc[start:end].text}-{doc[end + 1].text}{doc[end + 2].text}"  # (a size: as written)
                meta["variant"] = doc[end + 1].text + doc[end + 2].text
                end += 3
            elif entry.type == "DATASET" and _dataset_variant(doc, end, occupied):
                occupied.update((end, end + 1))  # "COCO-LT", "ImageNet-LT": a dataset of its own
                series = doc[start:end].text if doc[end + 1].text[:1].isdigit() else entry.name  # ("Dolly-15k")
                canonical = f"{series}-{doc[end + 1].text}"
                meta["variant"] = doc[end + 1].text
                end += 2
            span = doc[start:end]
            start_char, end_char = span.start_char, span.end_char
            text = text_of_doc[start_char:end_char]
            while text.endswith(".") and not entry.name.endswith("."):  # a stop the tokenizer kept
                end_char -= 1
                text = text[:-1]
            found_here.append(Candidate(
                start=start_char, end=end_char, label=entry.type,
                confidence=self._confidence(entry.type, span, text, exact),
                extractor=LEXICON, canonical=canonical, meta=meta,
            ))
        found_here += self._glued_variants(doc, occupied)
        found_here += _measures_at_cutoffs(doc, found_here)
        found_here += self._other_directions(text_of_doc, found_here)
        found_here += self._other_editions(text_of_doc, found_here)
        found_here += self._other_versions(text_of_doc, found_here)
        found_here += self._other_members(text_of_doc, found_here)
        found_here += self._other_modifiers(text_of_doc, found_here)
        candidates(doc).extend(sorted(found_here, key=lambda c: (c.start, c.end)))
        doc._.kb_non_entities = vetoes
        return doc

    def _glued_variants(self, doc: Doc, occupied: set[int]) -> list[Candidate]:
        """A dataset of its own that glues a word onto a listed dataset's name: "AfriMMLU",
        "ArabicMMLU", "TinyImageNet", "mMARCO" (not one or two capitals, "MSCAN" being no SCAN)."""
        out = []
        # words found in the text, not by walking the tokens: few words have two capitals
        for word in _GLUED_WORD.finditer(doc_text(doc)):
            span = char_span(doc, word.start(), word.end())
            if span is None or len(span) != 1 or span.start in occupied:
                continue
            name = word[0]
            for size in range(4, len(name) - 1):
                entry = self._glued_bases.get(name[-size:])
                if entry is not None and _GLUED_PREFIX.fullmatch(name, 0, len(name) - size):
                    out.append(Candidate(
                        start=word.start(), end=word.end(), label="DATASET",
                        confidence=self.confidence.get("DATASET", 0.85) - self.short_penalty, extractor=LEXICON,
                        canonical=name, meta={"entry": entry.name, "source": entry.source,
                                              "variant": name[:-size]}))
                    break
        return out

    def _other_directions(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """The other translation directions of a test set series named once.

        In "WMT 2014 English-to-German and English-to-French" or "WMT14 En-De, En-Fr and
        En-Ro" only the first direction carries the series; each direction is a test set
        of its own ("WMT14 English-French"). A direction written alone later ("+0.5 BLEU
        on En-Fr") names the same test set.
        """
        sets: dict[tuple[str, str], Candidate] = {}  # languages -> a mention of its test set
        series_of: dict[tuple[str, str], set[str]] = {}
        for cand in found:
            # a name ending in a direction: "WMT14 English-German" (split first: a regex over
            # every dataset name would cost more than the rest of this component)
            series, _, last = (cand.canonical or "").rpartition(" ")
            pair = language_pair(last) if cand.label == "DATASET" and series and "-" in last else None
            if pair is None:
                continue
            sets.setdefault(pair, cand)
            series_of.setdefault(pair, set()).add(series)
            end = cand.end
            while (m := _NEXT_DIRECTION.match(text, end)) is not None:
                end = m.end()
                pair = language_pair(m["pair"])
                series_of.setdefault(pair, set()).add(series)
                if pair not in sets:
                    sets[pair] = Candidate(m.start("pair"), end, "DATASET", cand.confidence, LEXICON,
                                           canonical=self._test_set(series, pair),
                                           meta={"entry": cand.meta.get("entry"), NAMED: True})
        if not sets:
            return []
        out = [c for c in sets.values() if c.meta.get(NAMED)]
        taken = found + out
        for m in _DIRECTION_ALONE.finditer(text):
            pair = language_pair(m[0])
            if len(series_of.get(pair, ())) != 1:  # none, or "WMT14 En-De" and "WMT16 En-De"
                continue
            if not any(c.start < m.end() and m.start() < c.end for c in taken):
                test_set = sets[pair]
                out.append(replace(test_set, start=m.start(), end=m.end(), meta={**test_set.meta, NAMED: True}))
        return out

    def _other_editions(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """The other years of a dataset series named once: "TREC DL 2019 and 2020",
        "SemEval 2014, 2015 and 2016" (the lexicon's name of that year, else "<series> <year>")."""
        def name_of(cand: Candidate, m: re.Match) -> str | None:
            edition = _SERIES_YEAR.fullmatch(cand.canonical or "")
            if edition is None:
                return None
            entry = self.lookup(f"{edition['series']} {m[1]}", "DATASET")
            return entry.name if entry is not None and entry.type == "DATASET" else f"{edition['series']} {m[1]}"
        return _coordinated(text, found, _NEXT_YEAR, name_of)

    def _other_versions(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """The other versions of a dataset named once, which the lexicon knows: "SQuAD 1.1 and
        2.0" names SQuAD 2.0 (and "2.0" is no result)."""
        def name_of(cand: Candidate, m: re.Match) -> str | None:
            versioned = _SERIES_VERSION.fullmatch(cand.canonical or "")
            entry = self.lookup(f"{versioned['series']} {m['version']}", "DATASET") if versioned else None
            return entry.name if entry is not None and entry.type == "DATASET" else None
        return _coordinated(text, found, _NEXT_VERSION, name_of)

    def _other_members(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """The other members of a collection named once, which the lexicon knows with the same
        first words: "SemEval-2014 Restaurant and Laptop" names SemEval-2014 Laptop too."""
        taken = [(c.start, c.end) for c in found]

        def name_of(cand: Candidate, m: re.Match) -> str | None:
            prefix, _, last = text[cand.start:cand.end].rpartition(" ")
            if not prefix or not last[:1].isupper() or any(s < m.end() and m.start(1) < e for s, e in taken):
                return None
            entry = self.lookup(f"{prefix} {m[1]}", "DATASET")
            return entry.name if entry is not None and entry.type == "DATASET" else None
        return _coordinated(text, found, _NEXT_MEMBER, name_of)

    def _other_modifiers(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """The other measures that share a measure's head word, named once after the last
        modifier: "entity and relation F1 scores" names entity F1 too, if the lexicon knows it.
        Each is a mention of its modifier alone, named by the lexicon."""
        out = []
        taken = {c.start for c in found}
        for cand in found:
            modifier, _, head = text[cand.start:cand.end].partition(" ")
            if cand.label != "METRIC" or not head or not modifier.isalpha():
                continue
            pos = cand.start
            while (m := _PREVIOUS_MODIFIER.search(text, max(0, pos - 40), pos)) is not None and m.start() not in taken:
                entry = self.lookup(f"{m['word']} {head}", "METRIC")
                if entry is None or entry.type != "METRIC":
                    break
                out.append(Candidate(m.start(), m.start() + len(m["word"]), "METRIC", cand.confidence, LEXICON,
                                     canonical=entry.name, meta={"entry": entry.name, NAMED: True}))
                pos = m.start()
        return out

    def _test_set(self, series: str, pair: tuple[str, str]) -> str:
        """The lexicon's name of the series' test set in either direction, else a new one."""
        for first, second in (pair, pair[::-1]):
            entry = self.lookup(f"{series} {first}-{second}", "DATASET")
            if entry is not None and entry.type == "DATASET":
                return entry.name
        return f"{series} {pair[0]}-{pair[1]}"

    def _confidence(self, label: str, span, text: str, exact: bool) -> float:
        conf = self.confidence.get(label, 0.85)
        words = sum(1 for t in span if not t.is_punct)
        if exact and len(text) <= 4 and words == 1:
            conf -= self.short_penalty
        elif words >= 2 or len(text) >= 10:
            conf += self.long_bonus
        return round(min(0.99, max(0.05, conf)), 4)


#: a dataset name another word may be glued onto: one word of four characters or more with
#: two capitals ("MMLU", "ImageNet", "MARCO"), and what may be glued on before it: a
#: capitalised word ("Afri", "Arabic", "Tiny") or one or two lower-case letters ("m", "pl")
_GLUED_BASE = re.compile(r"(?=(?:\w*[A-Z]){2})\w{4,}")
_GLUED_PREFIX = re.compile(r"[A-Z][a-z]{2,}|[a-z]{1,2}")
#: a word of the text that may end in such a name (glued on: six characters or more)
_GLUED_WORD = re.compile(r"(?<!\w)(?=(?:\w*[A-Z]){2})\w{6,}(?!\w)")

#: a capital right after a digit, which spaCy splits off like a unit ("GSM8K" as "GSM8", "K")
_UNIT_AFTER_DIGIT = re.compile(r"\d[A-Z]")

#: what joins an item to the one before it in a list: ", ", ", and ", " and ", " or "
_COORDINATION = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
#: another capitalised last word coordinated with the one before: " and Laptop"
_NEXT_MEMBER = re.compile(rf"{_COORDINATION}(?P<word>[A-Z][\w-]*)(?![\w-])")
#: a modifier coordinated before another one: "entity and " of "entity and relation F1"
_PREVIOUS_MODIFIER = re.compile(r"(?<![\w-])(?P<word>[A-Za-z]+)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*/\s*)$")
#: a dataset's name that ends in the year of its edition ("TREC DL 2019", "SemEval-2014")
_SERIES_YEAR = re.compile(r"(?P<series>\S.*?)[\s-]+(?P<year>(?:19|20)\d\d)")
#: another year coordinated with the one before: ", 2015", " and 2020"
_NEXT_YEAR = re.compile(rf"{_COORDINATION}(?P<year>(?:19|20)\d\d)(?![\w.-])")
#: a dataset's name that ends in a version with a decimal point ("SQuAD 1.1", "SQuAD v1.1")
_SERIES_VERSION = re.compile(r"(?P<series>\S.*?)[\s-]+[vV]?\d+\.\d+")
#: another version coordinated with the one before: " and 2.0", " and v2.0" (the group without the "v")
_NEXT_VERSION = re.compile(rf"{_COORDINATION}(?P<item>[vV]?(?P<version>\d+\.\d+))(?![\w-]|\.\w)")
#: a direction coordinated with the one before: ", En-Fr", " and English-to-French"
_NEXT_DIRECTION = re.compile(rf"{_COORDINATION}(?P<pair>{TRANSLATION_DIRECTION.pattern})")
#: a direction that names no task or language pair in general ("the En-De translation task")
_DIRECTION_ALONE = re.compile(
    rf"{TRANSLATION_DIRECTION.pattern}(?!\s+(?:translation|tasks?|directions?|pairs?|languages?|MT)\b)")


#: a ranking or accuracy measure at a cut-off, written as one token ("recall@64", "Acc@5",
#: "P@1", "R1@0.5": recall of the first result at an overlap of 0.5): the lexicon lists only the common cut-offs
_AT_CUTOFF = re.compile(r"(?i:recall|precision|n?dcg|hits?|hr|mrr|map|ap|acc|accuracy|pass|success|sr|p|r\d{0,2}|f1)"
                        r"@(?:\d+(?:\.\d+)?|k)")


def _measures_at_cutoffs(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """METRIC candidates for the measures at a cut-off no entry matched."""
    if "@" not in doc_text(doc):
        return []
    texts, starts = token_table(doc)
    taken = {c.start for c in found}
    return [Candidate(start, start + len(text), "METRIC", 0.8, LEXICON, meta={"pattern": "at_cutoff"})
            for text, start in zip(texts, starts)
            if "@" in text and start not in taken and _AT_CUTOFF.fullmatch(text)]


def _coordinated(text: str, found: list[Candidate], next_item: re.Pattern,
                 name_of: Callable[[Candidate, re.Match], str | None]) -> list[Candidate]:
    """Datasets coordinated after a dataset match: each item ``next_item`` matches (its first
    group is the item) after the match or the item before, named by ``name_of`` (None ends
    the list)."""
    out = []
    for cand in found:
        end = cand.end
        while cand.label == "DATASET" and (m := next_item.match(text, end)) is not None \
                and (name := name_of(cand, m)) is not None:
            end = m.end()
            out.append(Candidate(m.start(1), end, "DATASET", cand.confidence, LEXICON, canonical=name,
                                 meta={"entry": cand.meta.get("entry"), NAMED: True}))
    return out


def _pattern_tokenizer(nlp: Language) -> Callable[[str], Doc]:
    """A copy of the pipeline's tokenizer for the patterns.

    Tokenizing thousands of alias strings through the pipeline's own tokenizer leaves its
    cache in a state that made every later abstract tokenize 10-20x slower (measured in
    benchmarks/bench_extract.py); a copy keeps that cache untouched.
    """
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        return Tokenizer(nlp.vocab).from_bytes(tokenizer.to_bytes())
    return nlp.make_doc


def _token_sequences(tokenize: Callable[[str], Doc], text: str) -> set[tuple[str, ...]]:
    """How ``text`` is tokenized alone and before a full stop (a tokenizer may keep a final
    part and the stop together at a sentence end; then that is a pattern too).

    The text before a full stop is tokenized first: where the stop comes off as a token of
    its own, the rest was split exactly as ``text`` alone is (spaCy strips suffixes before
    it splits what remains), so one call does for most spellings; this saves a third of the
    lexicon's start-up.
    """
    dotted = tuple(t.text for t in tokenize(text + "."))
    if dotted and dotted[-1] == ".":
        return {dotted[:-1]} if len(dotted) > 1 else set()
    plain = tuple(t.text for t in tokenize(text))
    return {seq for seq in (plain, dotted) if seq}


#: lower-case words after a hyphenated metric that are not the noun it would modify
#: ("time-to-first-token drops by 64%", "time-to-first-token of 80 ms")
_NO_NOUN_AFTER = frozenset("of on in at for by with and or to from than is are was were be "
                           "drops falls decreases increases improves rises grows shrinks remains stays".split())


def _adjectival(doc: Doc, start: int, end: int, entry: Entry) -> bool:
    """A metric name hyphenated only to modify the next word ("inference-time compute",
    "training-time augmentation") is not a mention of the metric."""
    if end >= len(doc) or not (doc[end].is_alpha and doc[end].is_lower) or doc[end].lower_ in _NO_NOUN_AFTER:
        return False
    if not any(t.text == "-" for t in doc[start:end]):
        return False
    return not any("-" in spelling for spelling in entry.spellings)


def _inside_a_compound(doc: Doc, start: int) -> bool:
    """Whether a lower-case match starts after a lower-case word and a hyphen, with no space
    between: "adversarial NLI" of "domain-adversarial NLI", "supervised learning" of
    "self-supervised learning" name something else."""
    return start >= 2 and doc[start].is_lower and glued_hyphen(doc, start - 1) \
        and doc[start - 2].is_alpha and doc[start - 2].is_lower


def _variant_prefix(doc: Doc, start: int, occupied: set[int]) -> bool:
    """Whether a capitalised word is joined by a hyphen right before a model name at
    ``start`` ("Video-LLaVA", "Med-PaLM"), not a prefix of English ("Non-", "Multi-")."""
    if start < 2 or not glued_hyphen(doc, start - 1) or start - 1 in occupied or start - 2 in occupied:
        return False
    word = doc[start - 2]
    if not word.is_alpha or word.lower_ in _ENGLISH_PREFIXES:
        return False
    glued_before = start > 2 and not doc[start - 3].whitespace_ and not doc[start - 3].is_punct
    return word.text[0].isupper() and not glued_before


#: prefixes that make English words, not names: "Non-Transformer", "Pre-BERT"
_ENGLISH_PREFIXES = frozenset("non pre post anti multi cross semi self sub super inter intra co re un de bi tri "
                              "mono meta mid over under ultra hyper mini micro macro auto".split())


def _model_like(entry: Entry) -> bool:
    """Names of models carry capitals or digits ("BERT", "Llama 2", "Vision Transformer");
    techniques written in lower case ("dropout", "fine-tuning") never take a size."""
    return any(c.isupper() or c.isdigit() for c in entry.name)


def _is_size(doc: Doc, i: int, *, after_hyphen: bool) -> bool:
    text = doc[i].text
    if _SIZE.match(text):
        return True
    low = text.lower()
    if low in _SIZE_WORDS:
        if after_hyphen:
            return True
        # "BERT large" but not "CLIP large-scale ..." or "GPT large language models"
        nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if nxt == "-" and i + 2 < len(doc) and not doc[i].whitespace_:
            return bool(_MODEL_VERSION.match(doc[i + 2].text))  # "Whisper large-v3"
        return nxt not in _NOT_AFTER_SIZE_WORD
    return after_hyphen and (low in _HYPHEN_ONLY_WORDS or text in _SIZE_LETTERS)


#: a coined variant part after a hyphen: an acronym or a part with a digit ("DeepSeek-GRM",
#: "Qwen-VL", "DeepSeek-R1"); a capitalised word is not one ("LLM-Based" in a title)
_VARIANT = re.compile(r"^(?:[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*|[A-Za-z]*\d[A-Za-z0-9.]*"
                      r"|Lite|Pro|Turbo|Mini|Plus|Max|Ultra|Flash|Nano|Next)$")  # and tiers: "Whisper-Lite"


def _split_size(doc: Doc, i: int, occupied: set[int]) -> bool:
    """Whether tokens ``i`` and ``i + 1`` are a number and a glued K or M ("1M" of "-1M")."""
    return (i + 1 < len(doc) and doc[i].text.isdigit() and not doc[i].whitespace_
            and doc[i + 1].text in ("K", "M") and i + 1 not in occupied)


def _size_suffix(doc: Doc, start: int, end: int, occupied: set[int]) -> tuple[int, str]:
    """Extend a model-name match over up to three size / variant suffixes.

    A variant is a coined part joined by a hyphen (:data:`_VARIANT`): "DeepSeek-GRM" is a
    model of its own, not a mention of DeepSeek. A part another lexicon match took stays
    that match's ("CNN-LSTM" is two methods).
    Only the tokens after one match are looked at, so the cost stays per match.
    The caller only passes model-like names (:func:`_model_like`).
    """
    suffix = ""
    for _ in range(3):
        joined = _hyphen_joined(doc, end, occupied)
        if joined and _split_size(doc, end + 1, occupied):  # "-1M", which the tokenizer cut in two
            suffix += "-" + doc[end + 1].text + doc[end + 2].text
            end += 3
        elif joined and _is_size(doc, end + 1, after_hyphen=True):
            suffix += "-" + _norm_size(doc[end + 1].text)
            end += 2
        elif joined and _VARIANT.match(doc[end + 1].text):
            suffix += "-" + doc[end + 1].text
            end += 2
        elif end < len(doc) and doc[end - 1].whitespace_ and end not in occupied \
                and _is_size(doc, end, after_hyphen=False):
            suffix += " " + _norm_size(doc[end].text)
            end += 1
        elif suffix and end < len(doc) and doc[end - 1].whitespace_ and end not in occupied \
                and doc[end].text in _AFTER_SIZE_WORDS:
            suffix += " " + doc[end].text
            end += 1
        elif not suffix and _version_after(doc, end, occupied, _MODEL_VERSION):
            suffix += " " + doc[end].text  # "Stable Diffusion v1.5", "LLaVA 1.6"
            end += 1
        elif suffix and end + 1 < len(doc) and doc[end].text == "/" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].text.isdigit() and end not in occupied:
            suffix += "/" + doc[end + 1].text  # a patch size: "DiT-XL/2", "ViT-B/16"
            end += 2
        elif end < len(doc) and doc[end - 1].whitespace_ and end not in occupied and doc[end].text in _TIERS:
            suffix += " " + doc[end].text  # "Claude 3 Opus", "Gemini 2.5 Flash": another model than its family
            end += 1
        else:
            break
    return end, suffix


#: a release number after a dataset name ("Universal Dependencies 2.2", "SQuAD v1.1", "AIME
#: 2024"); one digit before the point, so that a score ("SQuAD 88.5 F1") is not taken for one,
#: or two before ".0" ("Common Voice 17.0")
_VERSION = re.compile(r"^(?:[vV]\d+(?:\.\d+)*|\d\.\d{1,2}|\d\d\.0|(?:19|20)\d\d)$")
#: a model's release number: no year ("BERT 2019" is no model); a lower-case letter other
#: than "v" before it only with a decimal point ("BitNet b1.58")
_MODEL_VERSION = re.compile(r"^(?:[vV]\d+(?:\.\d+)*|[a-z]\d+\.\d+|\d\.\d{1,2})$")
#: what may follow a release number: punctuation, or words that do not make it a score
_AFTER_VERSION = re.compile(r"^(?:[^\w%]|and|or|with|for|in|on|to|as|the|we|it|our|test|dev|train|val|validation|data|dataset|"
                            r"datasets|benchmark|corpus|treebanks?|splits?|sets?|subsets?|release|track|tasks?|challenge|leaderboard|domain|"
                            r"(?:show|demonstrate|reveal|indicate|confirm|suggest)(?:s|ed)?|"
                            + "|".join(sorted(t.lower() for t in _TIERS)) + ")$")  # "Gemini 1.0 Ultra"


def _version_after(doc: Doc, end: int, occupied: set[int], version: re.Pattern = _VERSION) -> bool:
    """Whether the token after a match at ``end`` is its release number."""
    if end >= len(doc) or end in occupied or not doc[end - 1].whitespace_ \
            or not version.match(doc[end].text):
        return False
    # "v2.2" is a release whatever follows, and so is a year before a word ("n2c2 2018 medication
    # extraction challenge", "APTOS 2019 cohort"); "2.2" may be a score ("SQuAD 88.5 F1")
    return end + 1 >= len(doc) or doc[end].text[:1] in "vV" or bool(_AFTER_VERSION.match(doc[end + 1].lower_)) \
        or (len(doc[end].text) == 4 and doc[end + 1].is_lower and doc[end + 1].is_alpha)


#: words that make a measure a more specific one ("relaxed accuracy", "prefill latency"), and a
#: hyphenated modifier ("end-to-end latency", "relation-level F1", "linear-probe accuracy") that
#: is no shot count, size or praise ("zero-shot accuracy", "high-quality", "state-of-the-art")
_METRIC_MODIFIERS = frozenset("relaxed strict prefill decoding peak overall held-out end-to-end wall-clock "
                              "macro micro weighted instance final binary pairwise".split())
_NO_METRIC_MODIFIER = re.compile(r"(?:\w+-shot|state-of-the-art|(?:well|so|high|low|higher|lower|large|small|long|short|"
                                 r"non|re|co|pre|post|self|top|bottom|best|worst|state)-[\w-]+|\d[\w-]*)$", re.IGNORECASE)


def _word_before(doc: Doc, start: int, occupied: set[int]) -> int | None:
    """Where the one word before a match at ``start`` begins, written with its hyphens ("end",
    "-", "to", "-", "end") and set off by spaces; None if there is none or a match took it."""
    i = start - 1
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2  # back over "word-" pieces
    if i < 0 or not doc[start - 1].whitespace_ or (i > 0 and not doc[i - 1].whitespace_) \
            or any(j in occupied for j in range(i, start)):
        return None
    return i


def _metric_modifier(doc: Doc, start: int, occupied: set[int]) -> int:
    """How many tokens before a measure's match at ``start`` make it the measure the paper names:
    one modifier word ("end-to-end latency", "relaxed accuracy")."""
    i = _word_before(doc, start, occupied)
    if i is None:
        return 0
    word = doc[i:start].text
    if word.lower() in _METRIC_MODIFIERS or ("-" in word and word.replace("-", "").isalpha()
                                             and not _NO_METRIC_MODIFIER.match(word)):
        return start - i
    return 0


#: the learning settings a task is named in (written sets: 107 such phrases marked whole, 21 only
#: the task after the setting)
_TASK_SETTINGS = frozenset("semi-supervised few-shot zero-shot one-shot self-supervised weakly-supervised "
                           "unsupervised long-tailed class-incremental cross-lingual multi-label".split())


def _task_setting(doc: Doc, start: int, occupied: set[int]) -> int:
    """How many tokens before a task's match at ``start`` name the setting it is done in
    ("semi-supervised node classification")."""
    i = _word_before(doc, start, occupied)
    return start - i if i is not None and doc[i:start].text.lower() in _TASK_SETTINGS else 0


def _hyphen_joined(doc: Doc, end: int, occupied: set[int]) -> bool:
    """Whether a match ending at ``end`` is joined by an ASCII hyphen, without spaces, to a
    free token after it ("Llama-2", "COCO-LT")."""
    return (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
            and not doc[end].whitespace_ and end not in occupied and end + 1 not in occupied)


def _dataset_variant(doc: Doc, end: int, occupied: set[int]) -> bool:
    """Whether an acronym or a name's word joined by a hyphen follows a dataset match at ``end``
    ("COCO-LT", "Spider-Syn"; not "ImageNet-Pretrained", "COCO-Style")."""
    return _hyphen_joined(doc, end, occupied) and bool(_DATASET_VARIANT.match(doc[end + 1].text))


#: an acronym, a capitalised word or a size that makes a variant of a dataset: "COCO-LT", "VoxCeleb1-O",
#: "Spider-Syn", "Dolly-15k"
_DATASET_VARIANT = re.compile(r"^[A-Z]{1,4}$|^\d+[kKMB]$|^(?!(?:Style|Like|Based|Scale|Level|Sized?|Free|Only|Specific|Aware|Wise|"
                              r"Type|Trained|Pretrained)$)[A-Z][a-z]{2,}(?<!ed)(?<!ing)$")


def _norm_size(text: str) -> str:
    """"7b" -> "7B", "Large" -> "large": one canonical spelling per size."""
    if _SIZE.match(text):
        return text[:-1] + text[-1].upper()
    if text in _SIZE_LETTERS:
        return text  # "Swin-T", "DeiT-Ti"
    return text.lower() if text.lower() not in {"xl", "xxl"} else text.upper()
