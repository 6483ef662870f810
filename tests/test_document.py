"""extractors.document: composing title + abstract, and extract_many across processes."""

from __future__ import annotations

import functools

import pytest

from extractors.document import compose, extract_many
from extractors.pipeline import build_pipeline

BUILD = functools.partial(build_pipeline, use_ner=False)  # picklable, and quick to start


def records(n: int) -> list[tuple[str | None, str, int]]:
    methods = ["BERT", "ResNet-50", "a CRF tagger", "GPT-2", "XLNet"]
    datasets = ["SQuAD", "CoNLL-2003", "ImageNet", "WMT14 En-De", "MS COCO"]
    out = []
    for i in range(n):
        m, d = methods[i % 5], datasets[(i // 5) % 5]
        abstract = (f"We fine-tune {m} on {d}. It reaches {60 + i % 37}.{i % 10} F1, "
                    f"an improvement of {1 + i % 4}.{i % 7} points over the baseline.")
        out.append((None if i % 3 == 0 else f"Paper {i}", abstract, i))
    return out


def test_compose_puts_the_abstract_after_the_title():
    assert compose("A title", "The abstract.") == ("A title\n\nThe abstract.", 9)
    assert compose(None, "The abstract.") == ("The abstract.", 0)


@pytest.fixture(scope="module")
def one_process() -> list:
    return [(e.model_dump(), ctx) for e, ctx in extract_many(None, records(90), batch_size=4, build=BUILD)]


def test_one_process_finds_entities_and_claims(one_process):
    assert [ctx for _, ctx in one_process] == list(range(90))
    assert all(e["entities"] for e, _ in one_process)
    assert sum(len(e["claims"]) for e, _ in one_process) >= 90


@pytest.mark.parametrize("n_process", [2, 3])
def test_more_processes_give_the_same_results_in_input_order(one_process, n_process):
    many = [(e.model_dump(), ctx) for e, ctx in
            extract_many(None, records(90), batch_size=4, n_process=n_process, build=BUILD)]
    assert many == one_process


def test_more_processes_stream_lazily_from_an_iterator():
    consumed = []

    def source():
        for record in records(40):
            consumed.append(record[2])
            yield record

    results = extract_many(None, source(), batch_size=2, n_process=2, build=BUILD)
    first = next(results)
    assert first[1] == 0
    assert len(consumed) < 40  # bounded look-ahead, not the whole input
    assert [ctx for _, ctx in results] == list(range(1, 40))


def test_scores_pair_with_each_direction_of_a_test_set_series():
    abstract = ("On the WMT 2014 English-to-German and English-to-French translation tasks, "
                "FooNet achieves 29.1 and 41.8 BLEU, respectively.")
    (extraction, _), = extract_many(None, [(None, abstract, 0)], build=BUILD)
    assert [(c.value, c.dataset) for c in extraction.claims] == [
        (29.1, "WMT14 English-German"), (41.8, "WMT14 English-French")]


def test_scores_pair_with_each_year_of_a_dataset_series():
    abstract = "On TREC DL 2019 and 2020, FooNet achieves NDCG@10 of 73.1 and 70.2, respectively."
    (extraction, _), = extract_many(None, [(None, abstract, 0)], build=BUILD)
    assert [(c.value, c.dataset) for c in extraction.claims] == [(73.1, "TREC DL 2019"), (70.2, "TREC DL 2020")]
