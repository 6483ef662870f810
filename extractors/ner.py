"""The trained statistical NER inside the kb pipeline.

:func:`add_trained_ner` sources the single ``ner`` component of the trained model
(``extractors/model``, built by :func:`extractors.training.train`: a
:mod:`~extractors.biluo_ner` tagger or spaCy's transition-based ``ner``; its tok2vec is
internal to the component, so nothing else is sourced) and adds ``kb_ner_candidates``
right after it. That component turns the NER's ``doc.ents`` into :class:`~extractors.candidates.Candidate`
objects (``extractor="ner"``) in ``doc._.kb_candidates`` and clears ``doc.ents``: the
resolver decides the final entities.

Confidence. The tagger (:mod:`~extractors.biluo_ner`) gives each entity the lowest
softmax probability among its tokens' tags. That probability is strongly informative but
not calibrated, so it is mapped to a precision: per label, the DEV predictions of the NER
alone are cut into :data:`CALIBRATION_BINS` bins of equal size by that probability, each
bin gets its precision (against the gold of the dev corpora that annotate the label), the
precisions are made non-decreasing (pool adjacent violators), and a span gets the
precision of the bin its probability falls in. The steps are stored in the model's
``meta.json`` under ``kb_ner.calibration`` (:func:`fit_calibration`; ``kb train`` writes
them). Without them, or for spaCy's transition-based ``ner`` (no probabilities), every
span of a label gets that label's DEV precision (``kb_ner.label_precision``), and a
label missing there :data:`DEFAULT_CONFIDENCE`.

Speed. The loaded model runs on :class:`InferenceOps` (:func:`use_inference_ops`): its
matrices are multiplied with numpy's BLAS (OpenBLAS, which uses the machine's cores)
instead of thinc's single-threaded BLIS kernel, and its maxout layers take the maximum
without the argmax that only training needs. The ``ner`` step went from 2.22 to 1.61 ms
per abstract on 1,000 synthetic abstracts with the first (1.88 ms with one BLAS thread),
and to 1.40 ms with both, with the same entities on every one. Training (``kb train``)
builds its own model on thinc's defaults.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps

import extractors.tokenizer  # noqa: F401  the model's config names "kb.tokenizer.v1"
from extractors.biluo_ner import SPAN_PROBABILITY  # also registers "kb_biluo_ner", which the model may use
from extractors.candidates import ENTITY_LABELS, NER, Candidate, candidates

DEFAULT_CONFIDENCE = 0.5
#: bins per label of the probability -> precision calibration
CALIBRATION_BINS = 6
#: per label, ``[lowest probability, precision]`` steps in increasing order
Calibration = dict[str, list[list[float]]]
REQUIRED_FILES = ("config.cfg", "meta.json", "ner/model", "ner/cfg")


def model_available(path: str | Path | None) -> bool:
    """True when ``path`` holds a saved model with a ``ner`` component."""
    if path is None:
        return False
    p = Path(path)
    return p.is_dir() and all((p / f).is_file() for f in REQUIRED_FILES)


def _stored(model_dir: str | Path, key: str) -> dict:
    """``kb_ner.<key>`` of the model's ``meta.json``, or {}."""
    meta = spacy.util.load_meta(Path(model_dir) / "meta.json")
    return (meta.get("kb_ner") or {}).get(key) or {}


def label_confidence(model_dir: str | Path) -> dict[str, float]:
    """Per-label DEV precision stored with the model (``meta.json`` ``kb_ner.label_precision``)."""
    stored = _stored(model_dir, "label_precision")
    return {lab: float(stored.get(lab, DEFAULT_CONFIDENCE)) for lab in ENTITY_LABELS}


def calibration(model_dir: str | Path) -> Calibration:
    """The probability -> precision steps stored with the model (``kb_ner.calibration``), or {}."""
    return _stored(model_dir, "calibration")


def fit_calibration(predictions: Iterable[tuple[str, float, bool]], bins: int = CALIBRATION_BINS) -> Calibration:
    """Steps from ``(label, span probability, correct)`` triples (see the module doc).

    >>> steps = fit_calibration([("TASK", p / 10, p > 4) for p in range(10)], bins=2)
    >>> steps["TASK"], calibrated(steps, "TASK", 0.7, 0.5), calibrated(steps, "TASK", 0.05, 0.5)
    ([[0.0, 0.0], [0.5, 1.0]], 1.0, 0.0)
    """
    by_label: dict[str, list[tuple[float, bool]]] = {}
    for label, probability, correct in predictions:
        by_label.setdefault(label, []).append((probability, correct))
    steps: Calibration = {}
    for label, pairs in sorted(by_label.items()):
        pairs.sort()
        size = -(-len(pairs) // bins)
        blocks = [pairs[i:i + size] for i in range(0, len(pairs), size)]
        # pool adjacent violators: merge a block into its left neighbour while precision falls
        pooled: list[list[tuple[float, bool]]] = []
        for block in blocks:
            pooled.append(block)
            while len(pooled) > 1 and _precision(pooled[-2]) > _precision(pooled[-1]):
                last = pooled.pop()
                pooled[-1] = pooled[-1] + last
        steps[label] = [[0.0 if i == 0 else round(block[0][0], 4), round(_precision(block), 3)]
                        for i, block in enumerate(pooled)]
    return steps


def _precision(block: list[tuple[float, bool]]) -> float:
    return sum(correct for _, correct in block) / len(block)


def calibrated(steps: Calibration, label: str, probability: float | None, default: float) -> float:
    """The precision of the step ``probability`` falls in, else ``default``."""
    table = steps.get(label)
    if not table or probability is None:
        return default
    return next(precision for low, precision in reversed(table) if probability >= low)


def load_model(model_dir: str | Path) -> Language:
    """The trained model on its own (tokenizer + ner); ``doc.ents`` are its predictions."""
    from kb.errors import ModelMissingError

    if not model_available(model_dir):
        raise ModelMissingError(f"no trained NER model at {model_dir}; `kb train` builds it")
    nlp = spacy.load(model_dir)
    if "ner" in nlp.pipe_names:
        use_inference_ops(nlp.get_pipe("ner").model)
    return nlp


class InferenceOps(NumpyOps):
    """thinc's CPU ops for prediction: products through ``numpy.dot`` and a maxout that
    returns no argmax (see the module doc). Backpropagating through it is refused.

    >>> best, which = InferenceOps().maxout(numpy.array([[[1.0, 3.0, 2.0]]], dtype="float32"))
    >>> best.tolist(), which
    ([[3.0]], None)
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(use_blis=False, **kwargs)

    def maxout(self, X):  # noqa: N803 (thinc's name)
        best = X[:, :, 0].copy()
        for piece in range(1, X.shape[2]):
            numpy.maximum(best, X[:, :, piece], out=best)
        return best, None

    def backprop_maxout(self, dY, which, P):  # noqa: N803
        raise RuntimeError("this NER was loaded for prediction (InferenceOps); `kb train` trains a model")


def use_inference_ops(model: Model) -> None:
    """Run every layer of ``model`` on :class:`InferenceOps`.

    >>> from thinc.api import Linear
    >>> layer = Linear(2, 3); use_inference_ops(layer); type(layer.ops).__name__, layer.ops.use_blis
    ('InferenceOps', False)
    """
    ops = InferenceOps()
    for node in model.walk():
        node.ops = ops


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
        config={"confidence": label_confidence(model_dir), "calibration": calibration(model_dir)},
    )


class NerCandidates:
    """Copy ``doc.ents`` into ``doc._.kb_candidates`` (extractor ``"ner"``), then clear them."""

    def __init__(self, confidence: dict[str, float], default_confidence: float,
                 calibration: Calibration | None = None) -> None:
        self.confidence = dict(confidence)
        self.default_confidence = default_confidence
        self.calibration = dict(calibration or {})

    def __call__(self, doc: Doc) -> Doc:
        cands = candidates(doc)
        probabilities = doc.user_data.pop(SPAN_PROBABILITY, None)
        if probabilities is None or len(probabilities) != len(doc.ents):
            probabilities = [None] * len(doc.ents)  # not from the tagger, or its entities changed
        for ent, probability in zip(doc.ents, probabilities):
            default = self.confidence.get(ent.label_, self.default_confidence)
            cands.append(
                Candidate(
                    start=ent.start_char,
                    end=ent.end_char,
                    label=ent.label_,
                    confidence=calibrated(self.calibration, ent.label_, probability, default),
                    extractor=NER,
                )
            )
        doc.ents = []
        return doc


@Language.factory(
    "kb_ner_candidates",
    assigns=["doc._.kb_candidates"],
    default_config={"confidence": {}, "default_confidence": DEFAULT_CONFIDENCE, "calibration": {}},
)
def make_ner_candidates(
    nlp: Language, name: str, confidence: dict[str, float], default_confidence: float,
    calibration: Calibration,
) -> NerCandidates:
    return NerCandidates(confidence, default_confidence, calibration)
