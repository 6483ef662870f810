"""The trained statistical NER inside the kb pipeline.

:func:`add_trained_ner` sources the single ``ner`` component of the trained model
(``extractors/model``, built by :func:`extractors.training.train`: a
:mod:`~extractors.biluo_ner` tagger or spaCy's transition-based ``ner``; its tok2vec is
internal to the component, so nothing else is sourced) and adds ``kb_ner_candidates``
right after it. That component turns the NER's ``doc.ents`` into :class:`~extractors.candidates.Candidate`
objects (``extractor="ner"``) in ``doc._.kb_candidates`` and clears ``doc.ents``: the
resolver decides the final entities.

Confidence. Neither architecture gives a calibrated per-span score, so every span of a
label gets the same confidence: the model's precision for that label on the DEV splits
(pooled over the dev corpora that annotate the label), computed at training time and
stored in the model's ``meta.json`` under ``kb_ner.label_precision``. A label missing
there gets :data:`DEFAULT_CONFIDENCE`.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import extractors.biluo_ner  # noqa: F401  the model may use "kb_biluo_ner"
import extractors.tokenizer  # noqa: F401  the model's config names "kb.tokenizer.v1"
from extractors.candidates import ENTITY_LABELS, NER, Candidate, candidates

DEFAULT_CONFIDENCE = 0.5
REQUIRED_FILES = ("config.cfg", "meta.json", "ner/model", "ner/cfg")


def model_available(path: str | Path | None) -> bool:
    """True when ``path`` holds a saved model with a ``ner`` component."""
    if path is None:
        return False
    p = Path(path)
    return p.is_dir() and all((p / f).is_file() for f in REQUIRED_FILES)


def label_confidence(model_dir: str | Path) -> dict[str, float]:
    """Per-label DEV precision stored with the model (``meta.json`` ``kb_ner.label_precision``)."""
    meta = spacy.util.load_meta(Path(model_dir) / "meta.json")
    stored = (meta.get("kb_ner") or {}).get("label_precision") or {}
    return {lab: float(stored.get(lab, DEFAULT_CONFIDENCE)) for lab in ENTITY_LABELS}


def load_model(model_dir: str | Path) -> Language:
    """The trained model on its own (tokenizer + ner); ``doc.ents`` are its predictions."""
    from kb.errors import ModelMissingError

    if not model_available(model_dir):
        raise ModelMissingError(f"no trained NER model at {model_dir}; `kb train` builds it")
    return spacy.load(model_dir)


def add_trained_ner(nlp: Language, model_dir: str | Path, before: str | None = "kb_resolver") -> None:
    """Add the trained ``ner`` (sourced) and ``kb_ner_candidates`` to ``nlp``, before ``before``.

    Call after ``nlp.initialize()``: initialising again would reset the sourced weights.
    """
    trained = load_model(model_dir)
    if before is not None and before not in nlp.pipe_names:
        before = None
    nlp.add_pipe("ner", source=trained, before=before)
    nlp.add_pipe(
        "kb_ner_candidates",
        after="ner",
        config={"confidence": label_confidence(model_dir)},
    )


class NerCandidates:
    """Copy ``doc.ents`` into ``doc._.kb_candidates`` (extractor ``"ner"``), then clear them."""

    def __init__(self, confidence: dict[str, float], default_confidence: float) -> None:
        self.confidence = dict(confidence)
        self.default_confidence = default_confidence

    def __call__(self, doc: Doc) -> Doc:
        cands = candidates(doc)
        for ent in doc.ents:
            cands.append(
                Candidate(
                    start=ent.start_char,
                    end=ent.end_char,
                    label=ent.label_,
                    confidence=self.confidence.get(ent.label_, self.default_confidence),
                    extractor=NER,
                )
            )
        doc.ents = []
        return doc


@Language.factory(
    "kb_ner_candidates",
    assigns=["doc._.kb_candidates"],
    default_config={"confidence": {}, "default_confidence": DEFAULT_CONFIDENCE},
)
def make_ner_candidates(
    nlp: Language, name: str, confidence: dict[str, float], default_confidence: float
) -> NerCandidates:
    return NerCandidates(confidence, default_confidence)
