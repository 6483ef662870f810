"""The BILUO tagger NER: exact constrained decoding, span reading, training with missing tokens."""

from __future__ import annotations

import itertools
import random

import numpy
import pytest
from spacy.tokens import Span
from spacy.training import Example

from extractors.biluo_ner import OUTSIDE, TAGS, biluo_spans, distinct_rows, viterbi
from extractors.tokenizer import make_nlp

SMALL_TAGS = (OUTSIDE, "B-A", "I-A", "L-A", "U-A", "B-B", "I-B", "L-B", "U-B")


def _valid(tags: list[str]) -> bool:
    inside = None
    for tag in tags:
        prefix, _, label = tag.partition("-")
        if inside is not None and (prefix not in "IL" or label != inside):
            return False
        if inside is None and prefix in "IL":
            return False
        inside = label if prefix in "BI" else None
    return inside is None


def _log_softmax(s: numpy.ndarray) -> numpy.ndarray:
    z = s - s.max(axis=1, keepdims=True)
    return z - numpy.log(numpy.exp(z).sum(axis=1, keepdims=True))


def _brute_force(scores: numpy.ndarray, tags: tuple[str, ...]) -> float:
    logp = _log_softmax(scores)
    best = -numpy.inf
    for seq in itertools.product(range(len(tags)), repeat=len(scores)):
        if _valid([tags[k] for k in seq]):
            best = max(best, sum(logp[t, k] for t, k in enumerate(seq)))
    return best


def test_viterbi_finds_the_best_valid_sequence_for_every_doc_of_a_padded_batch():
    rng = numpy.random.default_rng(0)
    for _ in range(5):
        scores = [rng.normal(0, 3, (n, len(SMALL_TAGS))).astype("float32") for n in (1, 4, 2, 5, 3)]
        paths = viterbi(scores, SMALL_TAGS)
        for s, path in zip(scores, paths):
            assert len(path) == len(s)
            assert _valid([SMALL_TAGS[k] for k in path])
            found = float(sum(_log_softmax(s)[t, k] for t, k in enumerate(path)))
            assert found == pytest.approx(_brute_force(s, SMALL_TAGS), abs=1e-3)


def test_viterbi_repairs_a_missing_begin_instead_of_cutting_the_name():
    # token-wise best: O, I-A, L-A (invalid); B-A is the runner-up on the first token
    s = numpy.full((3, len(SMALL_TAGS)), -5.0, dtype="float32")
    s[0, SMALL_TAGS.index(OUTSIDE)], s[0, SMALL_TAGS.index("B-A")] = 2.0, 1.5
    s[1, SMALL_TAGS.index("I-A")] = 3.0
    s[2, SMALL_TAGS.index("L-A")] = 3.0
    (path,) = viterbi([s], SMALL_TAGS)
    assert [SMALL_TAGS[k] for k in path] == ["B-A", "I-A", "L-A"]


def test_viterbi_handles_empty_docs_and_batches():
    assert viterbi([], SMALL_TAGS) == []
    empty = numpy.zeros((0, len(SMALL_TAGS)), dtype="float32")
    one = numpy.zeros((1, len(SMALL_TAGS)), dtype="float32")
    paths = viterbi([empty, one], SMALL_TAGS)
    assert len(paths[0]) == 0 and len(paths[1]) == 1


@pytest.mark.parametrize(
    "tags, spans",
    [
        (["B-A", "I-A", "L-A"], [(0, 3, "A")]),
        (["U-A", "U-A"], [(0, 1, "A"), (1, 2, "A")]),
        (["B-A", "I-A", "O"], [(0, 2, "A")]),  # unclosed, then O
        (["B-A", "L-B"], [(0, 1, "A"), (1, 2, "B")]),  # label change starts a new span
        (["I-A", "L-A", "B-B"], [(0, 2, "A"), (2, 3, "B")]),  # open at the end
        ([None, "O"], []),
    ],
)
def test_biluo_spans_reads_and_repairs(tags, spans):
    assert biluo_spans(tags) == spans


def _nlp_with_tagger():
    nlp = make_nlp()
    nlp.add_pipe("kb_biluo_ner", name="ner", config={"model": {"tok2vec": {"width": 32, "depth": 1}}})
    return nlp


def _example(nlp, text: str, ents: list[tuple[int, int, str]], missing: list[tuple[int, int]] = ()):
    ref = nlp.make_doc(text)
    ref.set_ents(
        [ref.char_span(a, b, label=lab) for a, b, lab in ents],
        missing=[ref.char_span(a, b) for a, b in missing],
        default="outside",
    )
    return Example(nlp.make_doc(text), ref)


def test_missing_tokens_carry_no_loss():
    nlp = _nlp_with_tagger()
    text = "We evaluate on SQuAD ."
    nlp.initialize(lambda: [_example(nlp, text, [(15, 20, "DATASET")])])
    ner = nlp.get_pipe("ner")
    all_missing = _example(nlp, text, [], missing=[(0, len(text))])
    eg = _example(nlp, text, [(15, 20, "DATASET")])
    scores = ner.model.predict([eg.predicted])
    assert ner.get_loss([all_missing], scores)[0] == 0.0
    assert ner.get_loss([eg], scores)[0] > 0.0


def test_the_tagger_learns_a_pattern_and_survives_serialisation(tmp_path):
    nlp = _nlp_with_tagger()
    rng = random.Random(0)
    names = ["Zorblax", "Quendi", "Mirvo", "Talsec", "Parvon", "Ebrix"]
    examples = []
    for _ in range(40):
        name = rng.choice(names)
        text = f"Results on the {name} benchmark improve ."
        start = text.index(name)
        examples.append(_example(nlp, text, [(start, start + len(name), "DATASET")]))
    optimizer = nlp.initialize(lambda: examples)
    assert set(nlp.get_pipe("ner").labels) == set(TAGS)
    for _ in range(15):
        rng.shuffle(examples)
        for i in range(0, len(examples), 8):
            nlp.update(examples[i:i + 8], sgd=optimizer, drop=0.0)
    doc = nlp("Results on the Ebrix benchmark improve .")
    assert [(e.text, e.label_) for e in doc.ents] == [("Ebrix", "DATASET")]
    assert all(isinstance(e, Span) for e in doc.ents)
    nlp.to_disk(tmp_path / "m")
    reloaded = make_nlp()
    reloaded.add_pipe("kb_biluo_ner", name="ner", config={"model": {"tok2vec": {"width": 32, "depth": 1}}})
    reloaded.from_disk(tmp_path / "m")
    again = reloaded("Results on the Ebrix benchmark improve .")
    assert [(e.text, e.label_) for e in again.ents] == [("Ebrix", "DATASET")]


@pytest.mark.parametrize("shape", [(0, 4), (1, 4), (50, 4), (500, 2)])
def test_distinct_rows_are_numpys_unique_rows(shape):
    table = numpy.random.default_rng(len(shape) + shape[0]).integers(0, 4, size=shape).astype("uint64")
    rows, index = distinct_rows(table)
    expected = numpy.unique(table, axis=0)
    assert sorted(map(tuple, rows.tolist())) == sorted(map(tuple, expected.tolist()))
    assert numpy.array_equal(rows[index], table)
