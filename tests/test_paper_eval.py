"""Paper-level scoring against ANNOTATION.md (entities, claimed numbers, claim sentences)."""

from __future__ import annotations

import json

import pytest

from extractors import corpora, paper_eval
from extractors.paper_eval import load_gold, score_paper, score_papers
from kb.cli import app
from kb.errors import EvalDataMissingError


def _claim(value, start, end, kind="score", metric=None, dataset=None, method=None):
    return {"kind": kind, "value": value, "unit": None, "metric": metric, "dataset": dataset,
            "method": method, "baseline": None, "start": start, "end": end}


def _mention(type_, text, name=None):
    return {"type": type_, "text": text, "name": name or text, "start": 0, "end": len(text)}


GOLD = {
    "id": "p1",
    "entities": [
        {"type": "METHOD", "forms": ["Sharpness-Aware Minimization", "SAM"]},
        {"type": "DATASET", "forms": ["CIFAR-10"]},
        {"type": "METRIC", "forms": ["accuracy"]},
    ],
    "claims": [
        _claim(97.1, 100, 150, metric="accuracy", dataset="CIFAR-10", method="SAM"),
        _claim(1.2, 100, 150, kind="improvement", metric="accuracy", dataset="CIFAR-100"),
        _claim(None, 200, 260, kind="comparison", method="SAM"),
    ],
}


def test_an_entity_matches_through_any_of_its_forms_once():
    result = {"entities": [_mention("METHOD", "sam", "SAM"),
                           _mention("METHOD", "SAM optimizer", "SAM optimizer"),
                           _mention("DATASET", "CIFAR 10"),
                           _mention("TASK", "image classification")],
              "claims": []}
    counts = score_paper(GOLD, result)
    # "sam" matches; "SAM optimizer" is a second METHOD entity with no gold left to match
    assert counts["METHOD"] == [1, 1, 0]
    assert counts["DATASET"] == [1, 0, 0]  # hyphen and space are the same
    assert counts["METRIC"] == [0, 0, 1]
    assert counts["TASK"] == [0, 1, 0]


def test_a_claimed_number_needs_the_same_value_in_an_overlapping_sentence():
    result = {"entities": [], "claims": [
        _claim(97.1, 90, 160, metric="top-1 accuracy", dataset="CIFAR-10", method="SAM"),
        _claim(1.2, 300, 350),  # right value, other sentence
        _claim(5.0, 100, 150),  # value not in the gold
    ]}
    counts = score_paper(GOLD, result)
    assert counts["claims value"] == [1, 2, 1]
    assert counts["claims value+metric"] == [1, 2, 1]  # "accuracy" inside "top-1 accuracy"
    assert counts["claims value+dataset"] == [1, 2, 1]
    assert counts["claims value+method"] == [1, 2, 1]
    assert counts["claims value+kind"] == [1, 2, 1]


def test_field_rows_count_only_matches_whose_field_agrees():
    result = {"entities": [], "claims": [
        _claim(97.1, 100, 150, metric="BLEU", dataset=None, method="SAM"),
        _claim(1.2, 100, 150, kind="score", metric="accuracy", dataset="CIFAR-100"),
    ]}
    counts = score_paper(GOLD, result)
    assert counts["claims value"] == [2, 0, 0]
    assert counts["claims value+metric"] == [1, 1, 1]
    assert counts["claims value+dataset"] == [1, 1, 1]
    assert counts["claims value+kind"] == [1, 1, 1]
    # gold 1.2 names no method and neither does the prediction: that agrees
    assert counts["claims value+method"] == [2, 0, 0]


def test_qualitative_sentences_are_matched_by_overlap_once_per_sentence():
    result = {"entities": [], "claims": [
        _claim(None, 210, 250, kind="comparison"),
        _claim(None, 210, 250, kind="sota"),
        _claim(None, 0, 50, kind="comparison"),
    ]}
    assert score_paper(GOLD, result)["qualitative sentences"] == [1, 1, 0]


def test_rows_are_summed_over_papers_with_an_all_types_entity_row():
    empty = {"entities": [], "claims": []}
    rows = score_papers([GOLD, GOLD], [empty, empty])
    assert rows["entities"]["fn"] == 6 and rows["entities"]["r"] == 0.0
    assert rows["claims value"]["fn"] == 4
    with pytest.raises(ValueError):
        score_papers([GOLD], [])


def test_the_committed_gold_is_well_formed_and_split():
    papers = load_gold("all")
    assert {p["split"] for p in papers} == {"dev", "test"}
    assert len(load_gold("dev")) + len(load_gold("test")) == len(papers)
    assert len({p["id"] for p in papers}) == len(papers)
    for paper in papers:
        for entity in paper["entities"]:
            assert entity["type"] in paper_eval.TYPES and entity["forms"]
        for claim in paper["claims"]:
            assert claim["kind"] in {"score", "improvement", "reduction", "comparison", "sota"}
            assert claim["unit"] in {"%", "points", "x", None}
            assert 0 <= claim["start"] < claim["end"]
    with pytest.raises(ValueError):
        load_gold("train")


def _write_paper(root, paper_id, text):
    folder = root / "nlp-tdms" / "pdfFile_txt"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{paper_id}.txt").write_text(text, encoding="utf-8")


def test_reader_takes_the_title_and_abstract_sections(tmp_path):
    _write_paper(tmp_path, "x1", "section: title\nA Title\nsection: abstract\n We reach 90.1 F1. \n"
                 "It uses a section: inside a line.\nsection: Introduction\nMore.\n")
    title, abstract = corpora.read_nlp_tdms_paper("x1", tmp_path)
    assert title == "A Title"
    assert abstract == "We reach 90.1 F1. \nIt uses a section: inside a line."
    with pytest.raises(EvalDataMissingError):
        corpora.read_nlp_tdms_paper("absent", tmp_path)


def test_evaluate_papers_runs_the_pipeline_on_the_texts(tmp_path):
    abstract = "We propose FooNet. FooNet reaches 91.5 F1 on SQuAD, outperforming BERT."
    _write_paper(tmp_path, "x1", f"section: title\nFooNet\nsection: abstract\n{abstract}\n")
    sentence = abstract.index("FooNet reaches")
    gold = {"id": "x1", "split": "dev",
            "entities": [{"type": "METHOD", "forms": ["FooNet"]}, {"type": "DATASET", "forms": ["SQuAD"]}],
            "claims": [_claim(91.5, sentence, len(abstract), metric="F1", dataset="SQuAD", method="FooNet")]}
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    rows = paper_eval.evaluate_papers("dev", evaldata=tmp_path, gold_path=gold_path)["rows"]
    assert rows["DATASET"]["tp"] == 1 and rows["METHOD"]["tp"] == 1
    assert rows["claims value+dataset"]["tp"] == 1


def test_cli_rejects_span_options_for_the_paper_level_evaluation(runner):
    result = runner.invoke(app, ["eval", "nlp-tdms", "--ner-only"])
    assert result.exit_code == 2
    assert "--ner-only" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("args", [["eval", "foo"], ["eval", "scierc", "--split", "train"]])
def test_cli_names_an_unknown_corpus_or_split_as_a_usage_error(runner, args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert repr(args[-1]) in result.stderr and result.stderr.strip().count("\n") == 0


def test_a_claim_field_agrees_through_any_form_of_the_entity_it_names():
    gold = {"entities": [], "claims": [_claim(1.19, 0, 40, metric="BPC")]}
    predicted = _claim(1.19, 0, 40, metric="bits per character")
    with_entity = {"entities": [_mention("METRIC", "BPC", "bits per character")], "claims": [predicted]}
    without = {"entities": [], "claims": [predicted]}
    assert score_paper(gold, with_entity)["claims value+metric"] == [1, 0, 0]
    assert score_paper(gold, without)["claims value+metric"] == [0, 1, 1]
