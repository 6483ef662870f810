"""The committed NER model (extractors/model): loads, is small, finds sensible spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Span

from extractors import corpora, ner
from extractors.biluo_ner import SPAN_PROBABILITY
from extractors.candidates import ENTITY_LABELS, NER
from extractors.tokenizer import make_nlp
from kb.errors import EvalDataMissingError

MODEL_DIR = Path(ner.__file__).parent / "model"
SENTENCE = "We evaluate BERT on SQuAD for question answering and report F1."
MAX_BYTES = 25 * 1024 * 1024


@pytest.fixture(scope="module")
def model():
    assert ner.model_available(MODEL_DIR), f"committed model missing at {MODEL_DIR}"
    return ner.load_model(MODEL_DIR)


def test_model_has_the_four_labels(model):
    assert model.pipe_names == ["ner"]
    labels = model.get_pipe("ner").labels  # a tagger's are BILUO tags: "B-METHOD", ..., "O"
    assert {label.rpartition("-")[2] for label in labels if label != "O"} == set(ENTITY_LABELS)


def test_model_uses_project_tokenizer(model):
    assert model.config["nlp"]["tokenizer"]["@tokenizers"] == "kb.tokenizer.v1"
    assert [t.text for t in model.make_doc("CoNLL-2003")] == ["CoNLL", "-", "2003"]


def test_the_models_saved_tokenizer_is_the_projects(model):
    # `kb eval --ner-only` tokenizes with the tokenizer saved in the model directory
    text = "CoNLL-2003 and $\\textbf{GRM-2}$ reach 12.5\\% (BERT-large) on En/De."
    assert [t.text for t in model.make_doc(text)] == [t.text for t in make_nlp()(text)]


def test_model_finds_something_sensible(model):
    doc = model(SENTENCE)
    found = {(e.text, e.label_) for e in doc.ents}
    assert found, "no entity found"
    sensible = {("BERT", "METHOD"), ("SQuAD", "DATASET"), ("question answering", "TASK"),
                ("F1", "METRIC")}
    assert len(found & sensible) >= 2, found
    assert all(e.label_ in ENTITY_LABELS for e in doc.ents)


def test_model_dir_size():
    total = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert total <= MAX_BYTES, f"model is {total / 1e6:.1f} MB"


def test_label_confidence_from_meta():
    conf = ner.label_confidence(MODEL_DIR)
    assert set(conf) == set(ENTITY_LABELS)
    assert all(0.0 < v <= 1.0 for v in conf.values())


def test_add_trained_ner_produces_candidates():
    nlp = make_nlp()
    nlp.add_pipe("sentencizer")  # stand-in for the rule components
    nlp.initialize()
    ner.add_trained_ner(nlp, MODEL_DIR, before=None)
    assert nlp.pipe_names[-2:] == ["ner", "kb_ner_candidates"]
    doc = nlp(SENTENCE)
    assert doc.ents == ()  # the resolver sets the final entities
    cands = doc._.kb_candidates
    assert cands and all(c.extractor == NER for c in cands)
    steps = ner.calibration(MODEL_DIR)
    for c in cands:
        assert c.confidence in {precision for _, precision in steps[c.label]}
        assert SENTENCE[c.start:c.end].strip() == SENTENCE[c.start:c.end]
    assert SPAN_PROBABILITY not in doc.user_data  # read and removed by kb_ner_candidates


def test_each_entity_carries_its_lowest_token_probability(model):
    doc = model(SENTENCE)
    probabilities = doc.user_data[SPAN_PROBABILITY]
    assert doc.ents and len(probabilities) == len(doc.ents)
    assert all(0.0 < p <= 1.0 for p in probabilities)


def test_the_committed_calibration_rises_with_probability_for_every_label():
    steps = ner.calibration(MODEL_DIR)
    assert set(steps) == set(ENTITY_LABELS)
    for table in steps.values():
        lows, precisions = zip(*table)
        assert lows[0] == 0.0 and list(lows) == sorted(lows)
        assert list(precisions) == sorted(precisions) and all(0.0 <= p <= 1.0 for p in precisions)
        assert precisions[-1] > precisions[0]  # the probability tells good spans from bad


def test_calibration_steps_never_fall():
    # precision per bin 1.0, 0.0, 1.0: the middle bin is pooled with the first
    pairs = [("METHOD", 0.1, True), ("METHOD", 0.2, True), ("METHOD", 0.3, False), ("METHOD", 0.4, False),
             ("METHOD", 0.8, True), ("METHOD", 0.9, True)]
    assert ner.fit_calibration(pairs, bins=3) == {"METHOD": [[0.0, 0.5], [0.8, 1.0]]}


def test_candidates_get_their_calibrated_precision_or_else_their_labels():
    cands = ner.NerCandidates({"TASK": 0.52}, 0.5, {"TASK": [[0.0, 0.2], [0.5, 0.9]]})
    nlp = make_nlp()
    doc = nlp("We study parsing and tagging .")
    doc.ents = [Span(doc, 2, 3, label="TASK"), Span(doc, 4, 5, label="TASK")]
    doc.user_data[SPAN_PROBABILITY] = [0.7, 0.1]
    assert [c.confidence for c in cands(doc)._.kb_candidates] == [0.9, 0.2]
    doc.ents = [Span(doc, 2, 3, label="TASK")]
    assert [c.confidence for c in cands(doc)._.kb_candidates[2:]] == [0.52]
    doc.ents = [Span(doc, 2, 3, label="TASK"), Span(doc, 4, 5, label="TASK")]
    doc.user_data[SPAN_PROBABILITY] = [0.7]  # not one per entity: no entity may get another's
    assert [c.confidence for c in cands(doc)._.kb_candidates[3:]] == [0.52, 0.52]


def test_model_available_false_for_missing_dir(tmp_path):
    assert not ner.model_available(tmp_path / "nope")
    assert not ner.model_available(None)


def test_evaluate_scierc_dev_real_data():
    try:
        corpora.evaldata_dir()
    except EvalDataMissingError as err:
        pytest.skip(f"real corpora absent: {err}")
    from extractors.evaluation import evaluate

    result = evaluate("scierc", "dev")
    assert result["n_docs"] == 50
    assert set(result["labels"]) == {"METHOD", "TASK", "METRIC"}
    assert result["micro"]["f"] > 0.3, result["micro"]


def test_predict_scores_gives_the_models_own_scores(model):
    # the NER embeds each distinct token of a batch once; that must change no score beyond float32
    # rounding (the BLAS may sum a product of fewer rows in another order: 2.4e-6 seen on one
    # machine, 0 on others) and no predicted tag
    import numpy

    from extractors.biluo_ner import predict_scores

    texts = [SENTENCE, "", "BERT BERT BERT outperforms BERT on GLUE .", "A second , longer sentence: "
             "the model reaches 91.2 F1 on CoNLL-2003 and 88.5 EM on SQuAD 2.0 ."]
    docs = [model.make_doc(t) for t in texts]
    tagger = model.get_pipe("ner").model
    expected, got = tagger.predict(docs), predict_scores(tagger, docs)
    assert [s.shape for s in got] == [(len(d), len(model.get_pipe("ner").labels)) for d in docs]
    assert all(numpy.allclose(a, b, rtol=0, atol=1e-5) for a, b in zip(expected, got))
    assert all(numpy.array_equal(a.argmax(axis=1), b.argmax(axis=1)) for a, b in zip(expected, got) if len(a))


def test_predict_scores_falls_back_for_a_model_of_another_shape():
    from thinc.api import Linear, with_array

    from extractors.biluo_ner import predict_scores

    plain = with_array(Linear(2, 3))
    plain.initialize()
    xs = [plain.ops.alloc2f(4, 3), plain.ops.alloc2f(1, 3)]
    assert [s.shape for s in predict_scores(plain, xs)] == [(4, 2), (1, 2)]


def test_training_defaults_are_the_committed_models_settings():
    # `kb train` without --set runs the committed model's settings (MODEL_CARD: which code reproduces it)
    import json
    from dataclasses import asdict

    import spacy

    from extractors.training import Settings

    stored = spacy.util.load_meta(MODEL_DIR / "meta.json")["kb_ner"]["settings"]
    assert stored == json.loads(json.dumps(asdict(Settings())))


def test_the_model_alone_loads_in_a_fresh_interpreter():
    # `kb eval --ner-only` loads it without the pipeline, which registers the factories
    import subprocess
    import sys

    code = "from extractors.evaluation import load_ner_model; print(load_ner_model().pipe_names)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "['ner']"


def test_an_interrupted_training_run_leaves_no_checkpoint_directory(tmp_path, monkeypatch):
    try:
        evaldata = corpora.evaldata_dir()
    except EvalDataMissingError as err:
        pytest.skip(f"real corpora absent: {err}")
    from extractors import training

    def interrupt(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(training, "minibatch_by_words", interrupt)  # stops the first epoch
    with pytest.raises(KeyboardInterrupt):
        training.train(tmp_path / "model", evaldata, work_dir=tmp_path / "work", scirex_sentences=0)
    assert (tmp_path / "work" / "corpus").is_dir()  # the run got as far as its scratch space
    assert not list((tmp_path / "work").glob("best-*"))
    assert not (tmp_path / "model").exists()


def test_the_loaded_model_multiplies_through_numpy_and_predicts_as_with_thincs_kernel(model):
    import spacy

    texts = ["We fine-tune BERT on SQuAD 2.0 and report exact match and F1 for question answering.",
             "A graph neural network improves relation extraction on DocRED by 2.1 F1 points."]
    assert not any(node.ops.use_blis for node in model.get_pipe("ner").model.walk())
    assert all(isinstance(node.ops, ner.InferenceOps) for node in model.get_pipe("ner").model.walk())
    stock = spacy.load(MODEL_DIR)
    assert all(node.ops.use_blis for node in stock.get_pipe("ner").model.walk())
    ents = [[(e.text, e.label_) for e in doc.ents] for doc in model.pipe(texts)]
    assert ents == [[(e.text, e.label_) for e in doc.ents] for doc in stock.pipe(texts)]
    assert any(ents)
