"""Corpus readers on tiny inline fixtures (written here, not copied from the corpora)."""

from __future__ import annotations

import json

import pytest

from extractors import corpora
from extractors.corpora import (
    merge_digit_runs,
    read_scier_llm,
    read_scier_plm,
    read_scierc,
    read_tdmsci,
    unescape_ptb,
)
from kb.errors import EvalDataMissingError


def _texts(example):
    text, spans = example
    return [(text[a:b], lab) for a, b, lab in spans]


def test_unescape_ptb():
    assert [unescape_ptb(t) for t in ["-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"]] == list(
        "()[]{}"
    )
    assert unescape_ptb("``") == '"' and unescape_ptb("''") == '"'
    assert unescape_ptb("CRF") == "CRF"


def test_scierc_inclusive_end_and_ptb(tmp_path):
    rec = {
        "doc_key": "X1",
        "sentences": [
            ["We", "use", "conditional", "random", "fields", "-LRB-", "CRFs", "-RRB-", "."],
            ["It", "improves", "named", "entity", "recognition", "on", "the", "corpus", "."],
        ],
        # doc-level token indices, INCLUSIVE end; Material/Generic are dropped
        "ner": [
            [[2, 4, "Method"], [6, 6, "Method"]],
            [[11, 13, "Task"], [16, 16, "Material"], [9, 9, "Generic"]],
        ],
        "relations": [[], []],
        "clusters": [],
    }
    path = tmp_path / "dev.json"
    path.write_text(json.dumps(rec) + "\n")
    (text, spans), = list(read_scierc(path))
    assert text == (
        "We use conditional random fields ( CRFs ) . "
        "It improves named entity recognition on the corpus ."
    )
    assert _texts((text, spans)) == [
        ("conditional random fields", "METHOD"),
        ("CRFs", "METHOD"),
        ("named entity recognition", "TASK"),
    ]
    # raw labels on request
    (_, raw), = list(read_scierc(path, label_map=None))
    assert ("corpus", "Material") in _texts((text, raw))


def test_tdmsci_bio_and_dev_carve(tmp_path):
    blocks = []
    for i in range(12):
        blocks.append(
            f"We\t0\tO\nreport\t3\tO\nF1\t10\tB-METRIC\non\t13\tO\nSQuAD\t16\tB-DATASET\n"
            f"v{i}\t22\tI-DATASET\nfor\t25\tO\nquestion\t29\tB-TASK\nanswering\t38\tI-TASK\n"
            f"stray\t48\tI-TASK\n"
        )
    path = tmp_path / "train.conll"
    path.write_text("\n".join(blocks) + "\n")
    everything = list(read_tdmsci(path))
    assert len(everything) == 12
    assert _texts(everything[0]) == [
        ("F1", "METRIC"),
        ("SQuAD v0", "DATASET"),
        ("question answering stray", "TASK"),
    ]
    dev = list(read_tdmsci(path, part="dev"))
    train = list(read_tdmsci(path, part="train"))
    assert [t for t, _ in dev] == [everything[9][0]]  # every 10th block, 0-based 9
    assert len(train) == 11 and everything[9] not in train


def test_tdmsci_stray_inside_tag_opens_entity(tmp_path):
    path = tmp_path / "t.conll"
    path.write_text("the\t0\tO\nWER\t4\tI-METRIC\nand\t8\tO\nBLEU\t12\tB-METRIC\nscore\t17\tI-TASK\n")
    assert _texts(next(read_tdmsci(path))) == [
        ("WER", "METRIC"), ("BLEU", "METRIC"), ("score", "TASK")]


def test_scier_plm_doc_level_inclusive(tmp_path):
    sents = [["We", "train", "ResNet", "-", "5", "0", "on", "ImageNet", "."],
             ["Image", "classification", "is", "hard", "."]]
    rec = {
        "doc_id": "1",
        "doc_tokens": [t for s in sents for t in s],
        "sentences": sents,
        "ner": [[[2, 5, "Method"], [7, 7, "Dataset"]], [[9, 10, "Task"]]],
        "relations": [[], []],
    }
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps(rec) + "\n")
    ex = list(read_scier_plm(path))
    assert len(ex) == 2  # one example per sentence
    assert ex[0][0] == "We train ResNet - 50 on ImageNet ."  # single digits merged
    assert _texts(ex[0]) == [("ResNet - 50", "METHOD"), ("ImageNet", "DATASET")]
    assert _texts(ex[1]) == [("Image classification", "TASK")]
    raw = list(read_scier_plm(path, merge_digits=False))
    assert _texts(raw[0])[0] == ("ResNet - 5 0", "METHOD")


def test_scier_llm_string_matching(tmp_path):
    recs = [
        {"doc_id": "1", "sentence": "BERT beats ELMo ; BERT - large is best on GLUE .",
         "ner": [["BERT", "Method"], ["ELMo", "Method"], ["GLUE", "Dataset"],
                 ["BERT - large", "Method"], ["absent thing", "Task"]]},
    ]
    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs))
    stats = {}
    (text, spans), = list(read_scier_llm(path, stats=stats))
    # every token-aligned occurrence; nested overlaps are kept for the caller to resolve
    assert _texts((text, spans)) == [
        ("BERT", "METHOD"), ("ELMo", "METHOD"), ("BERT", "METHOD"),
        ("BERT - large", "METHOD"), ("GLUE", "DATASET")]
    assert stats == {"entities": 5, "not_found": 1}


def test_merge_digit_runs_respects_entity_boundaries():
    tokens, spans = merge_digit_runs(["top", "1", "5", "0"], [(2, 3, "X")])
    assert tokens == ["top", "1", "50"] and spans == [(2, 2, "X")]


def test_missing_evaldata_raises(tmp_path, monkeypatch):
    monkeypatch.setenv("KB_EVALDATA", str(tmp_path / "nowhere"))
    with pytest.raises(EvalDataMissingError):
        corpora.evaldata_dir()
    from extractors.evaluation import evaluate

    with pytest.raises(EvalDataMissingError):
        evaluate("scierc", "dev")


def _real_evaldata():
    try:
        return corpora.evaldata_dir()
    except EvalDataMissingError as err:
        pytest.skip(f"real corpora absent: {err}")


@pytest.mark.parametrize(
    "corpus,split,docs,ents",
    [
        ("scierc", "dev", 50, 381),
        ("tdmsci", "dev", 152, 225),
        ("tdmsci", "test", 487, 762),
        ("scier", "dev", 713, 2234),
    ],
)
def test_real_corpus_counts(corpus, split, docs, ents):
    _real_evaldata()
    examples = corpora.load(corpus, split)
    assert len(examples) == docs
    assert sum(len(s) for _, s in examples) == ents
    for text, spans in examples:
        for a, b, lab in spans:
            assert 0 <= a < b <= len(text) and text[a:b] == text[a:b].strip()
            assert lab in corpora.CORPUS_LABELS[corpus]
