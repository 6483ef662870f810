"""``kb_linker``: give every resolved mention a canonical name and an entity key.

Why: the knowledge base stores entities, not strings. "MS-COCO", "MS COCO" and "COCO"
must become one DATASET; "Sharpness-Aware Minimization (SAM)" is one METHOD under two
surface forms; "Transformers" and "transformer" are the same METHOD in one paper and
across papers. The resolver has already chosen the spans and their types; this component
only names them (and fixes the type of bare acronyms from their definitions).

Canonical name of a mention, first rule that applies:

1. the short form of an abbreviation defined in this doc ("SAM" after
   "Sharpness-Aware Minimization (SAM)") or that long form itself: the lexicon's name for
   the long form if it has one, else the long form as written (whitespace-normalised;
   plural folded when the short form is a plural such as "GNNs"). The definition in the
   paper beats the lexicon's reading of a bare acronym, which may expand differently
   ("SAM" is also the Segment Anything Model);
2. a name the lexicon knows under any alias (via :func:`extractors.lexicon.lookup`,
   preferring an entry of the mention's type);
3. the cleaned surface form: whitespace-normalised, surrounding quotes / brackets and a
   leading article dropped, last word singular ("the Transformers" -> "Transformer"); a
   bare acronym named so, that the paper never defines, takes the name of the one entity
   of its type whose initials it spells ("RHNs" after "we propose Recurrent Highway
   Networks"; :func:`spell_out_acronyms`).

Then, within a doc, all mentions with the same :func:`entity_key` share one canonical
spelling (the lexicon's or the abbreviation's when one of them supplied it).

Types: a short-form mention takes the type of its typed long form (or of the lexicon
entry for the long form), and at least its confidence (capped by ``added_confidence``):
an acronym defined in the same abstract is no longer ambiguous. With ``add_short_forms``, further occurrences of a defined short
form that no extractor proposed become mentions of the long form's entity; with
``add_long_forms``, an untyped long form whose short form is a mention becomes one too.
Such added mentions have extractor ``"abbreviation"``; so does another occurrence of a
defined long form where only a part of it was a mention ("Temporal Token Merging" in the
title, where the lexicon read "Token Merging") or, in the title, none. With ``add_repeats``,
further occurrences of a coined name a cue typed, or a CamelCase name the NER typed
confidently, become mentions of it (``meta["from"] = "repeat"``).

An entity that only the trained NER found, none of whose mentions reaches
``min_ner_only_confidence`` (0.35; the NER's confidences are calibrated, see
:mod:`extractors.ner`), is not reported unless the paper defines it ("COnfusion Sampling
(COS)": a term given a short form names something; train+dev: 4 gold spans in, none
false) or a claim names it (the linker marks it;
``kb_claims`` drops it after reading the claims, which may take their method or dataset
from it): ANNOTATION.md counts each distinct entity of a paper, and the NER's uncertain
phrases are mostly descriptions ("massive neural PLM", "code-specific task"), not names.
Chosen on dev: 0 -> 0.35 gives TDMSci 0.618 -> 0.628, SciER 0.681 -> 0.687, NLP-TDMS
papers' entities 0.706 -> 0.724 (METHOD 0.639 -> 0.667, TASK 0.718 -> 0.729), claims
unchanged; 0.45 and 0.55 (dropped before the claims) gave TDMSci 0.619 and 0.599, SciER
0.686 and 0.673, NLP-TDMS 0.722 and 0.735. SciERC, which annotates described phrases,
falls 0.574 -> 0.556, so ``kb eval`` scores it with 0, as it keeps its described methods
(:data:`extractors.corpora.GENERIC_METHOD_CONVENTION`).

Every mention gets ``meta["entity_key"]``; when labels change or mentions are added or
dropped, ``doc.ents`` is rewritten from the final mentions so that the two never disagree.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.abbreviations import initials
from extractors.candidates import (ABBREVIATION, CUE, LEXICON, NAMED, NER, UNCERTAIN_NER_CONFIDENCE, Abbreviation,
                                   Candidate, char_span, doc_text, title_end)
from extractors.normalise import name_key, normalise_space, singular, word_occurrences

if TYPE_CHECKING:
    from extractors.lexicon import Entry

#: a lexicon look-up, ``(text, label) -> entry or None`` (:meth:`Linker._lookup_function`)
_Lookup = Callable[[str, "str | None"], "Entry | None"]

log = logging.getLogger(__name__)

_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
#: a short form in capitals and digits, as acronyms are written ("SAM", "GPT-4", "RNNs")
_ALL_CAPS = re.compile(r"[A-Z0-9][A-Z0-9-]*s?")
#: a long form with its short form in brackets, both in one span
_WITH_SHORT_FORM = re.compile(r"^.+?\s*\(\s*([^()]+?)\s*\)$")
_WRAPPERS = "\"'`\u2018\u2019\u201c\u201d()[]{}"
#: How the canonical name was obtained; lower is more authoritative.
_PRIORITY = {"lexicon": 0, "abbreviation": 1, "surface": 2}
#: ``meta`` key of a mention whose entity only the NER found, with low confidence
UNCERTAIN = "uncertain"


def entity_key(label: str, canonical: str) -> str:
    """The identity of an entity within and across papers: type + folded canonical name.

    >>> entity_key("DATASET", "MS-COCO") == entity_key("DATASET", "MS COCO")
    True
    >>> entity_key("METHOD", "Transformers") == entity_key("METHOD", "transformer")
    True
    >>> entity_key("METHOD", "BLEU") == entity_key("METRIC", "BLEU")
    False
    """
    return f"{label}:{name_key(canonical)}"


def clean_surface(text: str, *, fold_plural: bool = True) -> str:
    """A surface form made presentable as a name when nothing better is known.

    >>> clean_surface("the  Graph Attention\\nNetworks"), clean_surface("(LLMs)")
    ('Graph Attention Network', 'LLM')
    >>> clean_surface("Knowledge Aided Reader (KAR)"), clean_surface("WikiEvents", fold_plural=False)
    ('Knowledge Aided Reader (KAR)', 'WikiEvents')
    >>> clean_surface("Sparsely Gated Mixture of Experts")  # the plural is the object of "of", not the head
    'Sparsely Gated Mixture of Experts'
    """
    text = normalise_space(text).strip(_WRAPPERS + " ,;:")
    if text.count("(") > text.count(")"):
        text += ")"  # the closing bracket of a pair inside the name was stripped with the wrappers
    text = _ARTICLE.sub("", text)
    fold_plural = fold_plural and not _OF_LAST_WORD.search(text)
    return singular(text) if text and fold_plural else text


_OF_LAST_WORD = re.compile(r"\bof\s+\S+$", re.IGNORECASE)


#: a capital after a lower-case letter inside a word: a coined name ("SparTrans")
_CAMEL_CASE = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]{2}")  # "SparTrans", "DExperts" (not "LLMs", "CNNs")


def _proper_plural(surface: str, label: str, text: str) -> bool:
    """Whether a name ending in "s" is shown as written: a dataset's name with a capital or
    a digit ("WikiEvents", "im2gps"), or one capitalised or camel-case word whose singular
    the paper never writes ("Volctrans", "SparTrans"; not a family of nets or formers:
    "DenseNets"). The entity's identity (:func:`entity_key`) folds the plural anyway.

    >>> _proper_plural("Volctrans", "METHOD", "Our system, Volctrans, has two modules.")
    True
    >>> _proper_plural("Transformers", "METHOD", "Transformers win. A Transformer is big.")
    False
    >>> [_proper_plural(name, "METHOD", "") for name in ("SparTrans", "DExperts", "DenseNets", "LLMs", "CNNs")]
    [True, True, False, False, False]
    >>> _proper_plural("im2gps", "DATASET", "")
    True
    """
    words = surface.split()
    if not words or not words[-1].endswith("s"):
        return False
    if label == "DATASET" and any(c.isupper() or c.isdigit() for c in words[-1]):
        return True
    coined = surface[1:].islower() or (bool(_CAMEL_CASE.search(surface)) and not surface.endswith(("Nets", "Formers")))
    one = len(words) == 1 and surface[:1].isupper() and coined
    return one and not word_occurrences(text.lower(), singular(surface).lower())


@Language.factory(
    "kb_linker",
    assigns=["doc._.kb_mentions", "doc.ents"],
    default_config={
        "add_short_forms": True,
        "add_long_forms": True,
        "max_long_form_words": 8,
        "added_confidence": 0.9,
        "add_repeats": True,
        "min_ner_only_confidence": UNCERTAIN_NER_CONFIDENCE,
    },
)
def make_linker(
    nlp: Language,
    name: str,
    add_short_forms: bool,
    add_long_forms: bool,
    max_long_form_words: int,
    added_confidence: float,
    add_repeats: bool,
    min_ner_only_confidence: float,
) -> Linker:
    return Linker(nlp, name, add_short_forms=add_short_forms, add_long_forms=add_long_forms,
                  max_long_form_words=max_long_form_words, added_confidence=added_confidence,
                  add_repeats=add_repeats, min_ner_only_confidence=min_ner_only_confidence)


#: an acronym used as a name: capitals (and digits), a plural "s" allowed ("RHNs")
_BARE_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}s?")
#: an acronym with a version, "PTv3", "SD-2", and a name ending in one, "Point Transformer V3"
_VERSIONED_ACRONYM = re.compile(r"([A-Z]{2,5})-?[vV]?(\d+(?:\.\d+)?)")
_CAPITALISED_NAME = re.compile(r"[A-Z][\w-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w-]*)+")
_VERSIONED_NAME = re.compile(r"(.+?)[ -][vV]?(\d+(?:\.\d+)?)")


def _spellings(name: str) -> set[str]:
    """The acronyms that spell ``name``: its initials, with and without the parts of its
    hyphenated words ("Expert-Specialized Fine-Tuning" is ESFT), and, for a versioned name,
    the initials before the version with it ("Point Transformer V3" is PTv3)."""
    versioned = _VERSIONED_NAME.fullmatch(name)
    if versioned and " " in versioned[1]:
        return {initials(versioned[1]) + "v" + versioned[2]}
    return {initials(name), initials(name.replace("-", " "))}


def _acronym_key(surface: str) -> str | None:
    """``surface`` as :func:`_spellings` writes it, if it is a bare or versioned acronym."""
    if _BARE_ACRONYM.fullmatch(surface):
        return surface.removesuffix("s")
    versioned = _VERSIONED_ACRONYM.fullmatch(surface)
    return versioned[1] + "v" + versioned[2] if versioned else None


def spell_out_acronyms(text: str, mentions: list[Candidate], sources: dict[int, str]) -> None:
    """A bare acronym that the paper never defines and the lexicon does not know is the
    mention of the one entity of its type whose name's initials spell it: "RHNs" after
    "we propose Recurrent Highway Networks" is that METHOD, not a second one, and so is
    "ESFT" after "Expert-Specialized Fine-Tuning" (the parts of a hyphenated word count), and
    "PTv3" after "Point Transformer V3". A name's surface spells it as well as its canonical
    name, and an acronym only the NER found takes the type of the one name it spells, if that
    name is written with capitals.

    >>> m = [Candidate(0, 26, "METHOD", 0.9, "ner", "Recurrent Highway Network"),
    ...      Candidate(31, 35, "METHOD", 0.9, "cue", "RHN")]
    >>> spell_out_acronyms("Recurrent Highway Networks ... RHNs", m, {0: "surface", 1: "surface"})
    >>> m[1].canonical
    'Recurrent Highway Network'
    """
    names: dict[str, set[tuple[str, str]]] = {}  # spelling -> (label, canonical name)
    capitalised: set[str] = set()  # spellings of a name written with capitals ("Visual Document Understanding")
    for m in mentions:
        if m.canonical and " " in m.canonical:
            # the surface too: "Visual Document Understanding" (canonical "document understanding") is VDU
            surface = text[m.start:m.end]
            for spelling in _spellings(m.canonical) | _spellings(surface):
                names.setdefault(spelling, set()).add((m.label, m.canonical))
            if _CAPITALISED_NAME.fullmatch(surface):
                capitalised |= _spellings(surface)
    if not names:
        return
    for i, m in enumerate(mentions):
        key = _acronym_key(text[m.start:m.end]) if sources[i] == "surface" else None
        if key is None:
            continue
        spelled = names.get(key, set())
        same_type = {name for label, name in spelled if label == m.label}
        if len(same_type) == 1:
            m.canonical = next(iter(same_type))
        elif not same_type and len(spelled) == 1 and m.extractor == NER and key in capitalised:
            # the NER's guess of a type yields to the name the acronym spells, if written as a name
            # ("Visual Document Understanding methods ... VDU tasks": the NER took VDU for a method;
            # "MR: sentiment of movie reviews" is no acronym of them)
            m.label, m.canonical = next(iter(spelled))


class Linker:
    """Canonical names, abbreviation typing and entity keys for ``doc._.kb_mentions``."""

    def __init__(
        self,
        nlp: Language,
        name: str = "kb_linker",
        *,
        add_short_forms: bool = True,
        add_long_forms: bool = True,
        max_long_form_words: int = 8,
        added_confidence: float = 0.9,
        add_repeats: bool = True,
        min_ner_only_confidence: float = UNCERTAIN_NER_CONFIDENCE,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.add_short_forms = add_short_forms
        self.add_long_forms = add_long_forms
        self.max_long_form_words = max_long_form_words
        self.added_confidence = added_confidence
        self.add_repeats = add_repeats
        self.min_ner_only_confidence = min_ner_only_confidence

    def initialize(self, get_examples=None, *, nlp=None):  # noqa: ANN001 (see kb_lexicon)
        """Nothing to load: the lexicon is read by ``kb_lexicon`` (or lazily by ``lookup``)."""

    # ----------------------------------------------------------------- lexicon access
    def _lookup_function(self) -> _Lookup:
        """The lexicon look-up to use, ``(text, label) -> entry or None``: the pipeline's own
        ``kb_lexicon``'s (it may have extra files), else the default lexicon's. Asked once per
        doc, not per mention (``nlp.pipe_names`` builds a new list on every access)."""
        if "kb_lexicon" in self.nlp.pipe_names:
            return self.nlp.get_pipe("kb_lexicon").lookup
        from extractors.lexicon import lookup

        return lookup

    # ----------------------------------------------------------------- main
    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Candidate] = list(doc._.kb_mentions or [])
        abbreviations: list[Abbreviation] = list(doc._.kb_abbreviations or [])
        text = doc_text(doc)
        changed = False
        lookup = self._lookup_function()

        defs = self._definitions(abbreviations, lookup)
        if defs:
            changed |= _join_modifier_definitions(doc, text, mentions, defs, lookup)
            changed |= self._type_from_definitions(doc, text, mentions, defs)

        if self.add_repeats:
            changed |= _add_repeats(doc, text, mentions)

        sources: dict[int, str] = {}
        for i, m in enumerate(mentions):
            if m.meta.get(NAMED):
                sources[i] = "lexicon"
                continue
            canonical, sources[i] = self._canonical(text[m.start:m.end], m.label, defs, lookup, text)
            if sources[i] == LEXICON and m.extractor == LEXICON and m.canonical not in (None, canonical) \
                    and canonical == m.meta.get("entry"):
                canonical = m.canonical  # "MixVPR-S", a model of its own, looks up as "MixVPRs", a plural of MixVPR
            m.canonical = canonical
        spell_out_acronyms(text, mentions, sources)
        prefer_specific_tasks(mentions)
        changed |= _masked_autoencoder(text, mentions)

        # One spelling per entity within the doc.
        groups: dict[str, list[int]] = {}
        for i, m in enumerate(mentions):
            groups.setdefault(entity_key(m.label, m.canonical), []).append(i)
        for key, idxs in groups.items():
            if len(idxs) > 1:  # a lone mention keeps its name
                best = min(_PRIORITY[sources[i]] for i in idxs)
                names = Counter(mentions[i].canonical for i in idxs if _PRIORITY[sources[i]] == best)
                top = max(names.items(), key=lambda kv: (kv[1], -min(
                    mentions[i].start for i in idxs if mentions[i].canonical == kv[0])))[0]
                for i in idxs:
                    mentions[i].canonical = top
            for i in idxs:
                mentions[i].meta["entity_key"] = key
        defined = {(a.long_start, a.long_end) for a in doc._.kb_abbreviations or []}
        for idxs in groups.values():
            if any((mentions[i].start, mentions[i].end) in defined for i in idxs):
                continue  # "COnfusion Sampling (COS)": a term the paper defines names something
            if _uncertain_ner_entity([mentions[i] for i in idxs], self.min_ner_only_confidence):
                for i in idxs:
                    mentions[i].meta[UNCERTAIN] = True

        mentions.sort(key=lambda m: (m.start, m.end))
        doc._.kb_mentions = mentions
        if changed:
            _write_ents(doc, mentions)
        return doc

    # ----------------------------------------------------------------- helpers
    def _definitions(self, abbreviations: list[Abbreviation], lookup: _Lookup) -> dict[str, dict]:
        """short-form text -> definition (long form, its canonical, its span)."""
        defs: dict[str, dict] = {}
        for ab in abbreviations:
            short = normalise_space(ab.short_form)
            long = normalise_space(ab.long_form)
            if not short or not long or short in defs:
                continue
            entry = lookup(long, None)
            if entry is None and not _ALL_CAPS.fullmatch(short):
                # "Fast Region-based Convolutional Network method (Fast R-CNN)": a name the lexicon
                # knows, not an acronym that may expand differently
                entry = lookup(short, None)
            if entry is not None:
                canonical, source = entry.name, "lexicon"
            else:
                canonical = singular(long) if _is_plural_acronym(short) else long
                source = "abbreviation"
            defs[short] = {
                "long": long, "canonical": canonical, "source": source,
                "long_key": name_key(long), "entry": entry,
                "long_span": (ab.long_start, ab.long_end),
                "short_span": (ab.short_start, ab.short_end),
            }
        return defs

    def _short_def(self, surface: str, defs: dict[str, dict]) -> dict | None:
        s = normalise_space(surface)
        return defs.get(s) or defs.get(singular(s)) or defs.get(s + "s")

    def _canonical(
        self, surface: str, label: str, defs: dict[str, dict], lookup: _Lookup, text: str
    ) -> tuple[str, str]:
        d = self._short_def(surface, defs)
        if d is None and (pair := _WITH_SHORT_FORM.match(surface)):
            d = self._short_def(pair.group(1), defs)  # "Knowledge Aided Reader (KAR)"
        if d is None and defs and " " in surface:  # "ITR rate": the short form repeats its last word
            short, rest = normalise_space(surface).split(" ", 1)
            d = self._short_def(short, defs)
            if d is not None and not d["long"].casefold().endswith(" " + rest.casefold()):
                d = None
        if d is None and defs:
            key = name_key(surface)
            d = next((v for v in defs.values() if v["long_key"] == key), None)
        if d is not None:
            return d["canonical"], d["source"]
        entry = lookup(normalise_space(surface), label)
        if entry is not None and entry.type == label:  # not another type's name: "the MAPF benchmark"
            return entry.name, "lexicon"
        cleaned = clean_surface(surface, fold_plural=not _proper_plural(surface, label, text))
        return (cleaned or normalise_space(surface)), "surface"

    def _type_from_definitions(self, doc: Doc, text: str, mentions: list[Candidate],
                               defs: dict[str, dict]) -> bool:
        """Propagate types between long and short forms; maybe add the missing forms."""
        changed = False
        longs = [d["long_span"] for d in defs.values()]
        for short, d in defs.items():
            ls, le = d["long_span"]
            ss, se = d["short_span"]
            long_m = _best(m for m in mentions if m.start <= ls + 1 and m.end >= le - 1
                           and m.start < le and ls < m.end)
            if long_m is None:  # the long form written elsewhere, or not at that span
                long_m = _best(m for m in mentions
                               if name_key(text[m.start:m.end]) == d["long_key"])
            label = long_m.label if long_m is not None else (
                d["entry"].type if d["entry"] is not None else None)
            short_ms = [m for m in mentions if self._short_def(text[m.start:m.end], defs) is d]
            if label is None and short_ms:
                label = _best(short_ms).label
                if self.add_long_forms and len(d["long"].split()) <= self.max_long_form_words:
                    new = Candidate(ls, le, label, min(self.added_confidence, _best(short_ms).confidence),
                                    ABBREVIATION, meta={"from": "short_form"})
                    if _free(new, mentions):
                        mentions.append(new)
                        changed = True
            if label is None:
                continue
            if label == "TASK" and _SYSTEM_SHORT_FORM.search(short) and any(
                    m.label == "METHOD" and m.extractor == NER for m in short_ms):
                # "RAPGen (Retrieval-Augmented Patch Generation) retrieves ...": a short form in mixed
                # case names a system, though its long form reads like a task (a task's is in capitals)
                label = "METHOD"
                for m in mentions:
                    if m.label == "TASK" and name_key(text[m.start:m.end]) == d["long_key"]:
                        m.meta["relabelled_from"] = m.label
                        m.label = label
                        changed = True
            for m in short_ms:
                if m.label != label:
                    m.meta["relabelled_from"] = m.label
                    m.label = label
                    changed = True
                if long_m is not None:  # defined in this very abstract: as sure as its long form
                    m.confidence = max(m.confidence, min(self.added_confidence, long_m.confidence))
            if long_m is not None and " " in d["long"]:
                changed |= _widen_to_long_form(d["long"], label, long_m, text, doc, mentions, longs)
            if self.add_short_forms and _safe_short_form(short):
                conf = min(self.added_confidence, long_m.confidence) if long_m else self.added_confidence
                for start, end in _occurrences(text, short, doc):
                    new = Candidate(start, end, label, conf, ABBREVIATION, meta={"from": "long_form"})
                    if _free(new, mentions):
                        mentions.append(new)
                        changed = True
        return changed


#: the type of a part a defined long form of a type takes in: a method's name may hold a task's
#: ("Spectral Denoising (SpecDen)" and the title's "Denoising"), a task's no method's
#: ("bilateral multi-perspective matching (BiMPM)" typed a task keeps the method it holds)
_NAMED_BY_PART = {"METHOD": "TASK"}


def _widen_to_long_form(long: str, label: str, long_m: Candidate, text: str, doc: Doc,
                        mentions: list[Candidate], longs: list[tuple[int, int]]) -> bool:
    """Another occurrence of a defined long form, where only a part of it of the long form's type
    was a mention, is the long form's: "Temporal Token Merging", where the lexicon read "Token
    Merging", when the abstract defines "Temporal Token Merging (TTM)"; in the title, where papers
    name their method, also where no mention was ("Decoupled Space-Time Tokens for Video Action
    Recognition"; elsewhere such occurrences are as often a description: train and dev spans 1 of
    4 gold). Not one inside another defined long form ("vector space model" in "sentiment vector
    space model (s-VSM)")."""
    changed = False
    title = title_end(text)
    for start, end in _occurrences(text, long, doc):
        if any(ls <= start and end <= le and (ls, le) != (start, end) for ls, le in longs):
            continue
        inside = [m for m in mentions if start < m.end and m.start < end]
        if not inside and start >= title:
            continue
        if not all(start <= m.start and m.end <= end and m.end - m.start < end - start
                   and m.label in (label, _NAMED_BY_PART.get(label)) for m in inside):
            continue
        for m in inside:
            mentions.remove(m)
        mentions.append(Candidate(start, end, label, long_m.confidence, ABBREVIATION, meta={"from": "long_form"}))
        changed = True
    return changed


#: where masked image modelling is spoken of, "MAE" is the masked autoencoder, not the mean absolute error
_MASKED_MODELLING = re.compile(r"\bmasked[\s-]+(?:auto-?encod|image\s+model|model|patch|pre-?train)|\bMIM\b",
                               re.IGNORECASE)


def _masked_autoencoder(text: str, mentions: list[Candidate]) -> bool:
    """"We compare with DINO, iBOT and MAE" after "masked image modeling": the method. An
    acronym of two entries the lexicon gives one of (written sets: 5 of the 6 abstracts that
    mark "MAE" a method speak of masked modelling, 1 of the 20 that mark it a measure)."""
    if "MAE" not in text or not _MASKED_MODELLING.search(text):
        return False
    changed = False
    for m in mentions:
        if m.label == "METRIC" and text[m.start:m.end] in ("MAE", "MAEs"):
            m.meta["relabelled_from"] = m.label
            m.label, m.canonical = "METHOD", "Masked Autoencoder"
            changed = True
    return changed


#: capitals, then lower case after one ("RAPGen", "SpecDen", "NACap"; not "NER", "VQA")
_SYSTEM_SHORT_FORM = re.compile(r"^[A-Z]+[a-z]+[A-Z]|^[A-Z]{2,}[a-z]{2,}$")


#: the noun after a short form's closing bracket: "out-of-distribution (OOD) detection"
_HEAD_AFTER_BRACKET = re.compile(r"\s*\)\s+([a-z][a-z-]*[a-z])\b")


def _join_modifier_definitions(doc: Doc, text: str, mentions: list[Candidate], defs: dict[str, dict],
                               lookup: _Lookup) -> bool:
    """A short form that abbreviates a modifier names no entity: in "out-of-distribution
    (OOD) detection" and "the Key-Value (KV) cache" the entity is the whole phrase, which the
    lexicon knows ("out-of-distribution detection", "KV cache") though not the long form
    alone. The phrase becomes one mention of the lexicon's entry; the modifier and its short
    form, alone, are no mentions, and the definition names nothing (removed from ``defs``)."""
    changed = False
    for short, d in list(defs.items()):
        if d["entry"] is not None:
            continue
        head = _HEAD_AFTER_BRACKET.match(text, d["short_span"][1])
        entry = head and lookup(f"{d['long']} {head.group(1)}", None)
        if not entry:
            continue
        start, end = d["long_span"][0], head.end(1)
        del defs[short]
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        alone = [m for m in mentions if m not in inside and normalise_space(text[m.start:m.end]) == short]
        for m in inside + alone:
            mentions.remove(m)
        new = Candidate(start, end, entry.type, max([0.85] + [m.confidence for m in inside]), LEXICON,
                        canonical=entry.name, meta={NAMED: True})
        if _free(new, mentions):
            mentions.append(new)
        changed = True
    return changed


def prefer_specific_tasks(mentions: list[Candidate]) -> None:
    """A task named by its general phrase and by exactly one more specific phrase in the same
    paper is one entity under the specific name (ANNOTATION.md: "prefer the most specific
    phrase used"): "Summarization" in the title and "abstractive summarization" in the
    abstract. With two specific phrases ("dependency parsing", "constituency parsing") the
    general one stays apart.

    >>> ms = [Candidate(0, 13, "TASK", 0.9, "lexicon", canonical="summarization"),
    ...       Candidate(20, 45, "TASK", 0.9, "lexicon", canonical="abstractive summarization")]
    >>> prefer_specific_tasks(ms); [m.canonical for m in ms]
    ['abstractive summarization', 'abstractive summarization']
    """
    names = {m.canonical for m in mentions if m.label == "TASK" and m.canonical}
    keys = {name: normalise_space(name.replace("-", " ")).casefold() for name in names}
    specific: dict[str, str] = {}
    for name, key in keys.items():
        wider = [other for other, okey in keys.items() if okey.endswith(" " + key)]
        if len(wider) == 1:
            specific[name] = wider[0]
    for m in mentions:
        if m.label == "TASK" and m.canonical in specific:
            m.canonical = specific[m.canonical]


def _uncertain_ner_entity(mentions: list[Candidate], threshold: float) -> bool:
    """Whether only the NER found this entity, and none of its mentions reaches ``threshold``."""
    return all(set(m.meta.get("sources", [m.extractor])) == {NER} for m in mentions) \
        and max(m.confidence for m in mentions) < threshold


def drop_unclaimed_uncertain(doc: Doc, claimed: set[str]) -> None:
    """Drop the mentions of the entities the linker marked uncertain, except those of an
    entity whose name is in ``claimed`` (a claim's method, dataset, metric or baseline)."""
    mentions = doc._.kb_mentions or []
    kept = [m for m in mentions if not m.meta.get(UNCERTAIN) or m.canonical in claimed]
    if len(kept) < len(mentions):
        doc._.kb_mentions = kept
        _write_ents(doc, kept)


def _safe_short_form(short: str) -> bool:
    """Only acronym-like short forms are searched for in the text: "SAM", "GNNs", "ViT",
    not "a" or "Fig" that a loose abbreviation detector might pair up."""
    return len(short) >= 2 and sum(c.isupper() for c in short) >= 2 and " " not in short


def _is_plural_acronym(short: str) -> bool:
    return bool(re.fullmatch(r"[A-Z0-9][A-Za-z0-9]*[A-Z0-9]s", short))


def _best(ms) -> Candidate | None:
    ms = list(ms)
    if not ms:
        return None
    return max(ms, key=lambda m: (m.extractor == LEXICON, m.confidence, m.end - m.start))


def _add_repeats(doc: Doc, text: str, mentions: list[Candidate]) -> bool:
    """Further occurrences of a coined name a cue typed ("we release KorFinSTS, a ...
    benchmark") become mentions of it ("+0.22 on KorFinSTS"): a cue reads the name's type
    from the words around one occurrence only. The lexicon finds every occurrence itself.
    Of the NER's names only CamelCase ones it typed with confidence 0.5 or more are repeated
    ("Our remedy, NoiseTrust, ... NoiseTrust trains ResNet-50 to 76.2%"): repeating all
    of them on the SciERC, TDMSci and SciER train and dev splits added 72 spans, 21 of them
    gold; these add 6, 3 of them gold (cue names: 9, 5 gold). An
    occurrence the NER alone typed otherwise, less confidently, takes the cue's type: "to
    obtain EdgeWhisper, a 38 MB streaming model. On LibriSpeech, EdgeWhisper obtains" is one
    model, not a model and a dataset. An occurrence replaces mentions of its parts ("QAT-2",
    whose "QAT" the lexicon reads as quantization-aware training)."""
    added = False
    done: set[str] = set()
    for m in list(mentions):
        surface = text[m.start:m.end]
        if surface in done or not _safe_short_form(surface) or not (
                m.extractor == CUE or m.extractor == NER and _COINED_NAME.fullmatch(surface)
                and m.confidence >= _REPEATED_NER_CONFIDENCE):
            continue
        done.add(surface)
        for start, end in _occurrences(text, surface, doc):
            new = Candidate(start, end, m.label, m.confidence, m.extractor, meta={"from": "repeat"})
            clash = [other for other in mentions if new.overlaps(other)]
            if clash and not _mistyped_by_ner(clash, new) and not _inside(clash, new):
                continue
            for other in clash:
                mentions.remove(other)
            mentions.append(new)
            added = True
    return added


_COINED_NAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]*)+")  # "NoiseTrust", "FedAvg": a name, not a word
_REPEATED_NER_CONFIDENCE = 0.5


def _inside(clash: list[Candidate], new: Candidate) -> bool:
    """Whether the mentions in ``new``'s place are parts of it: "QAT-2" again, where the
    lexicon read its "QAT" as quantization-aware training."""
    return all(new.start <= other.start and other.end <= new.end and (other.start, other.end) != (new.start, new.end)
               for other in clash)


def _mistyped_by_ner(clash: list[Candidate], new: Candidate) -> bool:
    """Whether the one mention in ``new``'s place is the NER's alone, on the same words,
    typed otherwise and less confidently."""
    if len(clash) != 1:
        return False
    other = clash[0]
    return ((other.start, other.end) == (new.start, new.end) and other.label != new.label
            and set(other.meta.get("sources", [other.extractor])) == {NER} and other.confidence < new.confidence)


def _free(new: Candidate, mentions: list[Candidate]) -> bool:
    return new.end > new.start and not any(new.overlaps(m) for m in mentions)


def _occurrences(text: str, short: str, doc: Doc) -> list[tuple[int, int]]:
    """Whole-token occurrences of ``short`` (and its plural) in the text, case kept."""
    return [(start, end) for start, end in word_occurrences(text, short, plural=True, after_hyphen=False)
            if char_span(doc, start, end) is not None]


def _write_ents(doc: Doc, mentions: list[Candidate]) -> None:
    """Mirror the mentions into ``doc.ents`` (spans that do not align to tokens are skipped)."""
    spans: list[Span] = []
    last_end = -1
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
        if span is None or span.start < last_end:
            continue
        spans.append(span)
        last_end = span.end
    try:
        doc.ents = spans
    except ValueError as exc:  # never lose the mentions over a doc.ents conflict
        log.warning("kb_linker: could not write doc.ents: %s", exc)
