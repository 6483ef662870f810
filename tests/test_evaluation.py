"""Exact-span scoring and the corpus span conventions kb eval applies before scoring."""

from __future__ import annotations

import pytest

from extractors import corpora
from extractors.corpora import ACRONYM_CONVENTION, CORPORA, GENERIC_METHOD_CONVENTION, HEAD_CONVENTION
from extractors.evaluation import (
    count_acronym_conventions,
    count_generic_methods,
    count_head_conventions,
    include_head_nouns,
    join_acronym_spans,
    score,
)
from kb.errors import EvalDataMissingError

TEXT = "We train a conditional random field ( CRF ) tagger with CRF features ( BIO )."
LONG = (TEXT.index("conditional"), TEXT.index(" ( CRF"), "METHOD")
SHORT = (TEXT.index("CRF"), TEXT.index("CRF") + 3, "METHOD")
JOINED = (LONG[0], TEXT.index(") tagger") + 1, "METHOD")


def test_long_and_short_form_become_one_span():
    assert join_acronym_spans(TEXT, [LONG, SHORT]) == [JOINED]


def test_long_form_alone_takes_in_an_acronym_in_parentheses():
    assert join_acronym_spans(TEXT, [LONG]) == [JOINED]


def test_acronym_of_another_type_stays_its_own_span():
    short_task = (SHORT[0], SHORT[1], "TASK")
    assert join_acronym_spans(TEXT, [LONG, short_task]) == [LONG, short_task]


def test_a_non_acronym_parenthesis_is_not_joined():
    text = "the CRF ( see above ) and BERT ( base )"
    spans = [(4, 7, "METHOD"), (26, 30, "METHOD")]
    assert join_acronym_spans(text, spans) == spans


def test_joining_turns_the_split_prediction_into_a_hit():
    gold = [(TEXT, [JOINED])]
    assert score(gold, [[LONG, SHORT]], ("METHOD",))["micro"]["f"] == 0.0
    assert score(gold, [join_acronym_spans(TEXT, [LONG, SHORT])], ("METHOD",))["micro"]["f"] == 1.0


def test_head_noun_extends_the_span_and_sets_the_type():
    text = "machine translation systems and RANSAC techniques, then the parsing task"
    mt = (0, 19, "TASK")
    ransac = (32, 38, "METHOD")
    parsing = (text.index("parsing"), text.index("parsing") + 7, "TASK")
    assert include_head_nouns(text, [mt, ransac, parsing], ["METHOD", "TASK"]) == [
        (0, 27, "METHOD"), (32, 49, "METHOD"), (parsing[0], len(text), "TASK")]
    assert include_head_nouns(text, [mt, ransac, parsing], ["TASK"]) == [
        mt, ransac, (parsing[0], len(text), "TASK")]


def test_head_noun_already_in_a_span_or_not_generic_is_left_alone():
    text = "BLEU scores and BERT embeddings"
    spans = [(0, 4, "METRIC"), (5, 11, "METRIC"), (16, 20, "METHOD")]
    assert include_head_nouns(text, spans, ["METRIC", "METHOD"]) == spans


def test_convention_counts_on_written_examples():
    examples = [(TEXT, [JOINED]), ("a CRF ( CRF ) b", [(2, 5, "METHOD"), (8, 11, "METHOD")]),
                ("the BLEU metric and ROUGE scores", [(4, 15, "METRIC"), (20, 25, "METRIC")]),
                ("the CoNLL dataset", [(4, 9, "DATASET")])]
    assert count_acronym_conventions(examples) == {"joined": 1, "separate": 1}
    assert count_head_conventions(examples) == {
        "METRIC": {"included": 1, "excluded": 1}, "DATASET": {"included": 0, "excluded": 1}}
    methods = [("a rule-based model and a BERT model", [(2, 18, "METHOD"), (25, 35, "METHOD")])]
    assert count_generic_methods(methods) == {"methods": 2, "generic": 1}


def _train(corpus: str):
    try:
        return corpora.load(corpus, "train")
    except EvalDataMissingError as err:
        pytest.skip(f"real corpora absent: {err}")


@pytest.mark.parametrize("corpus", CORPORA)
def test_conventions_are_what_the_train_split_does(corpus):
    """The convention tables hold the train-split majority (90% or more), never a guess."""
    examples = _train(corpus)
    acronyms = count_acronym_conventions(examples)
    share = acronyms["joined"] / sum(acronyms.values())
    assert ACRONYM_CONVENTION[corpus] == ("joined" if share >= 0.9 else "separate"), acronyms
    heads = count_head_conventions(examples)
    included = {kind for kind, n in heads.items()
                if sum(n.values()) >= 20 and n["included"] >= 0.9 * sum(n.values())}
    assert set(HEAD_CONVENTION[corpus]) == included, heads
    generic = count_generic_methods(examples)
    assert GENERIC_METHOD_CONVENTION[corpus] == (generic["generic"] >= 0.2 * generic["methods"] > 0), generic


def test_the_result_says_what_the_pipeline_it_ran_does_with_described_methods():
    try:
        corpora.evaldata_dir()
    except EvalDataMissingError as err:
        pytest.skip(f"real corpora absent: {err}")
    from extractors.evaluation import evaluate
    from extractors.pipeline import build_pipeline

    # TDMSci's convention drops them; this pipeline keeps them, and the result must say so
    keeping = build_pipeline(None, resolver_config={"generic_methods_out": False})
    assert not GENERIC_METHOD_CONVENTION["tdmsci"]
    assert evaluate("tdmsci", "dev", nlp=keeping)["generic_methods"] == "kept"
