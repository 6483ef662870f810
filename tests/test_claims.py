"""Claim extraction (``kb_claims``) on hand-written abstract sentences.

Mentions are set by hand (``annotate``) so these tests do not depend on the lexicon,
cue or NER components.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import extractors.claims  # noqa: F401  (registers the factory)
import extractors.sentences  # noqa: F401
from extractors.candidates import Candidate
from extractors.linker import UNCERTAIN
from extractors.tokenizer import make_nlp
from schema.models import Claim

KEYS = {"kind", "method", "dataset", "metric", "value", "unit", "baseline", "text", "start",
        "end", "confidence", "extractor"}


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = make_nlp()
    nlp.add_pipe("kb_sentences")
    nlp.add_pipe("kb_claims")
    return nlp


Surface = str | tuple[str, str]  # "BERT" or ("En-De", "WMT14 English-German")


def annotate(nlp: Language, text: str, mentions: bool = True, **labels: list[Surface]) -> Doc:
    """Run the pipeline with every occurrence of each given surface as a resolved mention.

    Longer surfaces win over the shorter ones they contain; a tuple gives a canonical name.
    """
    doc = nlp.make_doc(text)
    found: list[Candidate] = []
    items = [(label, s) for label, surfaces in labels.items() for s in surfaces]
    items.sort(key=lambda item: -len(item[1] if isinstance(item[1], str) else item[1][0]))
    for label, surface in items:
        surface, canonical = (surface, None) if isinstance(surface, str) else surface
        start = text.find(surface)
        assert start >= 0, f"{surface!r} not in text"
        while start >= 0:
            cand = Candidate(start, start + len(surface), label, 0.9, "test", canonical)
            if not any(cand.overlaps(other) for other in found):
                found.append(cand)
            start = text.find(surface, start + 1)
    doc._.kb_mentions = sorted(found, key=lambda c: c.start) if mentions else None
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def claims(nlp: Language, text: str, **labels: list[Surface]) -> list[dict]:
    return annotate(nlp, text, **labels)._.kb_claims


def only(nlp: Language, text: str, **labels: list[Surface]) -> dict:
    found = claims(nlp, text, **labels)
    assert len(found) == 1, found
    return found[0]


def pick(found: list[dict], **fields: object) -> dict:
    """The single claim matching all ``fields``."""
    hits = [c for c in found if all(c[k] == v for k, v in fields.items())]
    assert len(hits) == 1, (fields, found)
    return hits[0]


# --------------------------------------------------------------------------- record shape

def test_record_shape_offsets_and_schema(nlp: Language) -> None:
    text = ("Gated Retrieval Nets\n\nWe study retrieval for reading comprehension. "
            "GRN reaches 88.5 EM on SQuAD.")
    doc = annotate(nlp, text, METHOD=["GRN"], METRIC=["EM"], DATASET=["SQuAD"])
    (claim,) = doc._.kb_claims
    assert set(claim) == KEYS
    assert claim["extractor"] == "claims"
    assert claim["text"] == "GRN reaches 88.5 EM on SQuAD."
    assert doc.text[claim["start"]:claim["end"]] == claim["text"]
    assert isinstance(claim["value"], float)
    Claim.model_validate(claim)


def test_score_with_metric_dataset_and_method(nlp: Language) -> None:
    c = only(nlp, "Our reader reaches 88.5 EM on SQuAD.",
             METHOD=["reader"], METRIC=["EM"], DATASET=["SQuAD"])
    assert (c["kind"], c["value"], c["unit"], c["metric"], c["dataset"]) == (
        "score", 88.5, None, "EM", "SQuAD")


def test_score_percent_with_metric_before(nlp: Language) -> None:
    c = only(nlp, "PolyNet obtains a top-1 accuracy of 81.3% on ImageNet.",
             METHOD=["PolyNet"], METRIC=["top-1 accuracy"], DATASET=["ImageNet"])
    assert (c["kind"], c["value"], c["unit"], c["metric"], c["dataset"], c["method"]) == (
        "score", 81.3, "%", "top-1 accuracy", "ImageNet", "PolyNet")


def test_canonical_names_are_used(nlp: Language) -> None:
    c = only(nlp, "SpanQA scores 71.4 exact match on NQ.",
             METHOD=[("SpanQA", "Span QA Reader")], METRIC=[("exact match", "EM")],
             DATASET=[("NQ", "Natural Questions")])
    assert (c["method"], c["metric"], c["dataset"]) == ("Span QA Reader", "EM",
                                                        "Natural Questions")


# --------------------------------------------------------------------------- improvements

def test_improvement_by_points_over_named_baseline(nlp: Language) -> None:
    c = only(nlp, "Our method improves BLEU by up to 2.3 points over the Transformer baseline "
                  "on WMT14 En-De.",
             METHOD=["Transformer"], METRIC=["BLEU"], DATASET=["WMT14 En-De"])
    assert (c["kind"], c["value"], c["unit"], c["metric"], c["baseline"], c["dataset"]) == (
        "improvement", 2.3, "points", "BLEU", "Transformer", "WMT14 En-De")


@pytest.mark.parametrize(("text", "methods", "method"), [
    ("However, zero-shot performance of GPT-4o was significantly lower.", ["GPT-4o"], "GPT-4o"),
    ("The performance of CuBERT is substantially higher than the Transformer models.",
     ["CuBERT", "Transformer"], "CuBERT"),
])
def test_the_method_whose_performance_is_the_subject(nlp: Language, text: str, methods: list[str],
                                                     method: str) -> None:
    assert only(nlp, text, METHOD=methods)["method"] == method


def test_an_own_subject_named_in_apposition_is_that_name(nlp: Language) -> None:
    text = "We introduce HalluQA, a dataset. Our agent, WebPilot, outperforms ReAct on WebArena."
    c = only(nlp, text, METHOD=["HalluQA", "WebPilot", "ReAct"], DATASET=["WebArena"])
    assert (c["method"], c["baseline"]) == ("WebPilot", "ReAct")


def test_what_is_well_known_is_background(nlp: Language) -> None:
    text = "We propose FooNet. It is well known that dropout improves generalization."
    assert claims(nlp, text, METHOD=["FooNet", "dropout"]) == []


def test_a_rival_named_by_a_metric_is_no_metric_of_the_comparison(nlp: Language) -> None:
    c = only(nlp, "We show that TESLA outperforms character-level BLEU on the translation tasks.",
             METHOD=["TESLA"], METRIC=["character-level BLEU"])
    assert (c["kind"], c["metric"], c["baseline"]) == ("comparison", None, "character-level BLEU")


def test_a_presented_benchmark_is_no_own_method_and_a_hyphenated_participle_no_verb(nlp: Language) -> None:
    doc = annotate(nlp, "We present MathVista, a benchmark. The best-performing model, GPT-4V, achieves an "
                        "accuracy of 49.9%.", DATASET=["MathVista"], METHOD=["GPT-4V"], METRIC=["accuracy"])
    assert doc._.kb_own_method is None
    assert only_claim(doc)["method"] == "GPT-4V"


def test_a_method_is_never_its_own_baseline(nlp: Language) -> None:
    c = only(nlp, "In both cases, ViCo augmented GloVe outperforms GloVe.", METHOD=["GloVe"])
    assert (c["method"], c["baseline"]) == (None, "GloVe")


def test_baseline_noun_phrase_without_mention(nlp: Language) -> None:
    c = only(nlp, "It improves BLEU by 1.1 points over the Transformer baseline.")
    assert c["baseline"] == "Transformer"


def test_from_to_is_the_result_reached_as_written(nlp: Language) -> None:
    c = only(nlp, "With curriculum sampling, accuracy on ARC rises from 71.2 to 75.0.",
             DATASET=["ARC"])
    assert (c["kind"], c["value"], c["metric"], c["dataset"]) == ("score", 75.0, "accuracy", "ARC")


def test_from_to_keeps_the_unit_as_written_and_lower_is_better_metrics(nlp: Language) -> None:
    c = only(nlp, "Our tagger raises F1 from 90.1% to 92.6%.")
    assert (c["kind"], c["value"], c["unit"]) == ("score", 92.6, "%")
    c = only(nlp, "The cache reduces perplexity from 20.5 to 18.3 on WikiText-103.",
             DATASET=["WikiText-103"])
    assert (c["kind"], c["value"], c["metric"], c["dataset"]) == (
        "score", 18.3, "perplexity", "WikiText-103")


def test_signed_gain(nlp: Language) -> None:
    c = only(nlp, "Back-translation brings +1.9 BLEU on IWSLT.",
             METHOD=["Back-translation"], DATASET=["IWSLT"])
    assert (c["kind"], c["value"], c["metric"], c["method"], c["dataset"]) == (
        "improvement", 1.9, "BLEU", "Back-translation", "IWSLT")


@pytest.mark.parametrize("text,value", [
    ("The distilled decoder is 3.4 times faster at inference.", 3.4),
    ("Kernel fusion gives a 2x speedup in training.", 2.0),
    ("Quantization accelerates decoding by 2.5× on CPUs.", 2.5),
    ("This yields a 10-fold speedup over exact search.", 10.0),
])
def test_speedups_are_improvements_in_x(nlp: Language, text: str, value: float) -> None:
    c = only(nlp, text)
    assert (c["kind"], c["value"], c["unit"]) == ("improvement", value, "x")


def test_absolute_gain_percent(nlp: Language) -> None:
    c = only(nlp, "We observe absolute gains of 6.1% in accuracy on MedQA.", DATASET=["MedQA"])
    assert (c["kind"], c["value"], c["unit"], c["metric"], c["dataset"]) == (
        "improvement", 6.1, "%", "accuracy", "MedQA")


def test_latex_percent_escape(nlp: Language) -> None:
    c = only(nlp, "Our model improves recall by 12.5\\% on BioASQ.", DATASET=["BioASQ"])
    assert (c["kind"], c["value"], c["unit"], c["metric"]) == ("improvement", 12.5, "%", "recall")
    c = only(nlp, "It achieves 12.5\\% higher recall.")
    assert (c["kind"], c["value"], c["unit"]) == ("improvement", 12.5, "%")


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Kernel fusion gives a $2\\times$ speedup in training.", 2.0, "x"),
    ("Kernel fusion gives a 3.5$\\times$ speedup in training.", 3.5, "x"),
    ("It improves accuracy by $\\sim$4.2\\% on average.", 4.2, "%"),
])
def test_latex_symbols_read_as_the_symbols(nlp: Language, text: str, value: float, unit: str) -> None:
    c = only(nlp, text)
    assert (c["kind"], c["value"], c["unit"]) == ("improvement", value, unit)


def test_range_keeps_lower_bound(nlp: Language) -> None:
    c = only(nlp, "Pruning yields improvements of 2-5% across languages.")
    assert (c["kind"], c["value"], c["unit"]) == ("improvement", 2.0, "%")
    c = only(nlp, "Pruning yields gains of 1.5 to 3 points.")
    assert (c["kind"], c["value"], c["unit"]) == ("improvement", 1.5, "points")


def test_negative_deltas(nlp: Language) -> None:
    c = only(nlp, "Removing the copy gate costs -0.3 BLEU.", METRIC=["BLEU"])
    assert (c["kind"], c["value"], c["metric"]) == ("improvement", -0.3, "BLEU")
    c = only(nlp, "Without pretraining, accuracy drops by 1.2 points.")
    assert (c["kind"], c["value"], c["unit"]) == ("improvement", -1.2, "points")


# --------------------------------------------------------------------------- reductions

@pytest.mark.parametrize("text,value,unit,metric", [
    ("Our recognizer reduces word error rate by 27.5% relative.", 27.5, "%", "word error rate"),
    ("LoRA-X uses 40% less memory than full fine-tuning.", 40.0, "%", "memory"),
    ("Token merging cuts inference latency by 35%.", 35.0, "%", "inference latency"),
    ("The student needs 4x fewer parameters.", 4.0, "x", "parameters"),
    ("We observe a 17% relative reduction in character error rate.", 17.0, "%",
     "character error rate"),
    ("The word error rate drops by 1.4 points on noisy speech.", 1.4, "points", "word error rate"),
])
def test_reductions(nlp: Language, text: str, value: float, unit: str, metric: str) -> None:
    c = only(nlp, text)
    assert (c["kind"], c["value"], c["unit"], c["metric"]) == ("reduction", value, unit, metric)


def test_reduction_baseline_lowercase_technique(nlp: Language) -> None:
    c = only(nlp, "LoRA-X uses 40% less memory compared with full fine-tuning.",
             METHOD=["LoRA-X", "full fine-tuning"])
    assert (c["method"], c["baseline"]) == ("LoRA-X", "full fine-tuning")


# --------------------------------------------------------------------------- several outcomes

def test_respectively_gives_one_claim_per_dataset(nlp: Language) -> None:
    found = claims(nlp, "Our parser gains 1.2 and 3.4 F1 on PTB and CTB, respectively.",
                   METRIC=["F1"], DATASET=["PTB", "CTB"])
    assert len(found) == 2
    a, b = pick(found, value=1.2), pick(found, value=3.4)
    assert (a["kind"], a["dataset"], a["metric"]) == ("improvement", "PTB", "F1")
    assert (b["kind"], b["dataset"], b["metric"]) == ("improvement", "CTB", "F1")


def test_respectively_zips_metrics(nlp: Language) -> None:
    found = claims(nlp, "The reader scores 84.1 and 90.3 in EM and F1, respectively.")
    assert pick(found, value=84.1)["metric"] == "EM"
    assert pick(found, value=90.3)["metric"] == "F1"


def test_a_list_of_scores_shares_the_metric_named_before_it(nlp: Language) -> None:
    found = claims(nlp, "It improves the perplexities on PTB and WikiText-2 to 51.1 and 44.3 respectively, and "
                        "the cross-entropies on text8 to 1.19 bits/char.",
                   METRIC=[("perplexities", "perplexity"), "cross-entropies", "bits/char"],
                   DATASET=["PTB", "WikiText-2", "text8"])
    assert [(c["value"], c["metric"], c["dataset"]) for c in found][:2] == [
        (51.1, "perplexity", "PTB"), (44.3, "perplexity", "WikiText-2")]


def test_a_unit_with_a_slash_repeated_in_a_list_keeps_it_one_list(nlp: Language) -> None:
    found = claims(nlp, "It lowers the cross-entropies on text8 and Hutter Prize to 1.19 bits/char and "
                        "1.08 bits/char respectively.", METRIC=["bits/char"], DATASET=["text8", "Hutter Prize"])
    assert [(c["value"], c["dataset"]) for c in found] == [(1.19, "text8"), (1.08, "Hutter Prize")]


def test_respectively_zips_the_rivals_a_comparison_lists(nlp: Language) -> None:
    found = claims(nlp, "SixNet outperforms CRISS and M2M-100, two strong systems, with average gains of "
                        "7.2 and 5.0 BLEU respectively.",
                   METHOD=["SixNet", "CRISS", "M2M-100"], METRIC=["BLEU"])
    assert [(c["value"], c["baseline"], c["method"]) for c in found] == [
        (7.2, "CRISS", "SixNet"), (5.0, "M2M-100", "SixNet")]
    without = claims(nlp, "SixNet outperforms CRISS and M2M-100 with average gains of 7.2 and 5.0 BLEU.",
                     METHOD=["SixNet", "CRISS", "M2M-100"], METRIC=["BLEU"])
    assert pick(without, value=5.0)["baseline"] != "M2M-100"  # no "respectively", no pairing


def test_respectively_pairs_a_list_not_the_suite_that_holds_it(nlp: Language) -> None:
    found = claims(nlp, "On NarrativeQA, Qasper and MultiFieldQA from LongBench, LongMem improves F1 "
                        "by 1.8, 2.5 and 0.9 points respectively.",
                   METHOD=["LongMem"], METRIC=["F1"], DATASET=["NarrativeQA", "Qasper", "MultiFieldQA", "LongBench"])
    assert [(c["value"], c["dataset"]) for c in found] == [(1.8, "NarrativeQA"), (2.5, "Qasper"), (0.9, "MultiFieldQA")]


def test_a_measure_at_a_cut_off_after_its_number_is_no_address(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves 63.2 R1@0.5 and 41.7 mAP, surpassing Baz by 9.8 and 8.5 points, respectively.",
                   METHOD=["Bar", "Baz"], METRIC=["R1@0.5", "mAP"])
    assert [(c["value"], c["metric"]) for c in found] == [(63.2, "R1@0.5"), (41.7, "mAP"), (9.8, "R1@0.5"),
                                                          (8.5, "mAP")]


def test_slashed_numbers_pair_with_the_slashed_metrics_after_them_not_later_ones(nlp: Language) -> None:
    found = claims(nlp, "Bar attains 79.4%/94.6% top-1/top-5 accuracy on ImageNet with 2.9 GFLOPs.", METHOD=["Bar"],
                   METRIC=["top-1", "top-5 accuracy", "GFLOPs"], DATASET=["ImageNet"])
    assert [(c["value"], c["metric"]) for c in found] == [(79.4, "top-1"), (94.6, "top-5 accuracy")]


def test_respectively_pairs_with_the_list_not_an_earlier_dataset(nlp: Language) -> None:
    found = claims(nlp, "Models pretrained on QFSum improve ROUGE-2 on the DUC 2006 and DUC 2007 benchmarks by 1.9 "
                        "and 2.3 points, respectively.", METRIC=["ROUGE-2"], DATASET=["QFSum", "DUC 2006", "DUC 2007"])
    assert [(c["value"], c["dataset"]) for c in found] == [(1.9, "DUC 2006"), (2.3, "DUC 2007")]
    found = claims(nlp, "These include STL10, a variant of ImageNet, and CIFAR10, where we beat our closest competitors "
                        "by 8 and 9.5 points respectively.", DATASET=["STL10", "ImageNet", "CIFAR10"])
    assert [c["dataset"] for c in found] != ["ImageNet", "CIFAR10"]  # a list cut by an aside


def test_a_name_right_before_which_is_the_subject_unless_a_preposition_takes_it(nlp: Language) -> None:
    c = only(nlp, "We tune PaLM on 1,836 tasks to obtain Flan-PaLM, which outperforms PaLM by 9.4% on MMLU.",
             METHOD=["PaLM", "Flan-PaLM"], DATASET=["MMLU"])
    assert (c["method"], c["baseline"]) == ("Flan-PaLM", "PaLM")
    doc = annotate(nlp, "We propose Bar. Bar takes 360 ms per image using VGG-16, which is 100x faster than "
                        "previous systems.", METHOD=["Bar", "VGG-16"])
    assert [c["method"] for c in doc._.kb_claims if c["value"] == 100.0] == ["Bar"]


def test_a_second_gain_after_and_by_is_a_gain(nlp: Language) -> None:
    found = claims(nlp, "Bar improves over a randomly initialized Transformer by up to 12 BLEU on low-resource pairs such "
                        "as Nepali-English and Sinhala-English, and by 5.3 BLEU on average on the FLoRes benchmark.",
                   METHOD=["Bar", "Transformer"],
                   METRIC=["BLEU"], DATASET=["FLoRes"])
    assert [(c["kind"], c["value"]) for c in found] == [("improvement", 12.0), ("improvement", 5.3)]


def test_the_rate_of_a_measure_is_what_is_measured(nlp: Language) -> None:
    c = only(nlp, "Bar reduces the false negative rate of exact set match from 8.1% to 0.3%.",
             METHOD=["Bar"], METRIC=["false negative rate", "exact set match"])
    assert (c["value"], c["metric"]) == (0.3, "false negative rate")


def test_a_result_on_a_named_task_after_another_result_takes_no_earlier_dataset(nlp: Language) -> None:
    found = claims(nlp, "Bar improves macro-F1 on CAIL2018 from 81.4 to 85.0 and on the ECHR violation prediction task "
                        "from 63.7 to 67.2.", METHOD=["Bar"], METRIC=["macro-F1"], DATASET=["CAIL2018"],
                   TASK=["ECHR violation prediction"])
    assert [(c["value"], c["dataset"]) for c in found] == [(85.0, "CAIL2018"), (67.2, None)]
    c = only(nlp, "We outperform the best results on the BUCC shared task on parallel corpus mining by 10 F1 points.",
             DATASET=["BUCC shared task"], TASK=["parallel corpus mining"], METRIC=["F1"])
    assert c["dataset"] == "BUCC shared task"


def test_a_range_of_factors_with_a_shared_unit_is_a_gain(nlp: Language) -> None:
    c = only(nlp, "Bar is 3 to 7 times faster on the ResNet instances.", METHOD=["Bar"])
    assert (c["kind"], c["value"], c["unit"]) == ("improvement", 3.0, "x")
    assert claims(nlp, "We scale from 1 to 8 GPUs and use 2 to 4 layers.") == []


@pytest.mark.parametrize("text", ["Automatic metrics show a 2.1x increase in distinct-2."])
def test_a_factor_of_increase_in_a_measure_is_a_result(nlp: Language, text: str) -> None:
    c = only(nlp, text, METRIC=["distinct-2"])
    assert (c["kind"], c["value"], c["unit"], c["metric"]) == ("improvement", 2.1, "x", "distinct-2")
    assert claims(nlp, "We use a 2x increase in batch size.") == []


def test_a_parallel_change_on_another_place_keeps_the_metric(nlp: Language) -> None:
    found = claims(nlp, "It improves MRR on ICEWS14 from 60.1 to 63.8 and on ICEWS05-15 from 68.0 to 71.2, with Hits@1 "
                        "gains of 4.9 and 3.7 points, respectively.", METRIC=["MRR", "Hits@1"],
                   DATASET=["ICEWS14", "ICEWS05-15"])
    assert [(c["value"], c["metric"], c["dataset"]) for c in found] == [
        (63.8, "MRR", "ICEWS14"), (71.2, "MRR", "ICEWS05-15"), (4.9, "Hits@1", "ICEWS14"), (3.7, "Hits@1", "ICEWS05-15")]


def test_coordinated_shares_of_a_comparative_noun_take_no_earlier_metric(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches the target accuracy in 38% and 45% fewer rounds than Baz.", METHOD=["Bar", "Baz"],
                   METRIC=["accuracy"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [("reduction", 38.0, None), ("reduction", 45.0, None)]


@pytest.mark.parametrize(("text", "found_"), [
    ("Bar is robust to perturbations, dropping only 0.6% under row shuffling compared with 6.3% for Baz.",
     [("improvement", -0.6)]),
    ("Bar drops 30% of the tokens.", []),  # a share dropped: the method's setting
])
def test_dropping_by_a_margin_is_a_loss(nlp: Language, text: str, found_: list) -> None:
    found = claims(nlp, text, METHOD=[m for m in ("Bar", "Baz") if m in text])
    assert [(c["kind"], c["value"]) for c in found] == found_


def test_a_later_clause_that_opens_with_its_place_keeps_it(nlp: Language) -> None:
    found = claims(nlp, "On the passkey task, Bar keeps 100% accuracy up to 128k tokens, and on PG-19 its perplexity "
                        "at 128k is 7.8.", METHOD=["Bar"], METRIC=["accuracy", "perplexity"], DATASET=["PG-19"],
                   TASK=["passkey"])
    assert [(c["value"], c["dataset"]) for c in found] == [(100.0, None), (7.8, "PG-19")]


def test_a_change_within_a_bound_at_the_end_of_a_clause_is_a_small_loss(nlp: Language) -> None:
    found = claims(nlp, "Bar improves out-of-domain accuracy by 5.2%, while in-domain accuracy stays within 0.5%.",
                   METHOD=["Bar"], METRIC=["accuracy"])
    assert [(c["kind"], c["value"]) for c in found] == [("improvement", 5.2), ("improvement", -0.5)]


def test_gains_after_scores_that_share_a_metric_are_in_it(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves 57.6% top-1 accuracy on ImageNet-LT and 74.2% on iNaturalist, improving over "
                        "the baseline by 11.3% and 8.9%, respectively.", METHOD=["Bar"], METRIC=["top-1 accuracy"],
                   DATASET=["ImageNet-LT", "iNaturalist"])
    assert [(c["value"], c["metric"], c["dataset"]) for c in found if c["kind"] == "improvement"] == [
        (11.3, "top-1 accuracy", "ImageNet-LT"), (8.9, "top-1 accuracy", "iNaturalist")]


@pytest.mark.parametrize("text", ["Bar lowers the false positive rate by 31%.", "Bar cuts the hallucination rate by 31%."])
def test_error_like_rates_are_lower_is_better(nlp: Language, text: str) -> None:
    c = only(nlp, text, METHOD=["Bar"], METRIC=[m for m in ("false positive rate", "hallucination rate") if m in text])
    assert (c["kind"], c["value"]) == ("reduction", 31.0)


def test_a_dataset_of_a_later_clause_with_its_own_result_is_not_an_earlier_ones(nlp: Language) -> None:
    found = claims(nlp, "On a suite of eight datasets, Bar reaches an average accuracy of 80.2%, and on instruction "
                        "following it achieves a win rate of 85.6% on AlpacaEval.",
                   METHOD=["Bar"], METRIC=["average accuracy", "win rate"], DATASET=["AlpacaEval"])
    assert [(c["value"], c["dataset"]) for c in found] == [(80.2, None), (85.6, "AlpacaEval")]
    found = claims(nlp, "Bar reaches 93.4% and 93.9% for noun phrases, and 94.6% and 94.7% for verb phrases when "
                        "trained on PTB.", METHOD=["Bar"], DATASET=["PTB"])
    assert {c["dataset"] for c in found} == {"PTB"}  # a list going on, with no verb of its own


@pytest.mark.parametrize(("text", "metric", "values"), [
    ("It improves BLEU on WMT14 by 2.3 and on IWSLT by 1.1.", "BLEU", [(2.3, "WMT14"), (1.1, "IWSLT")]),
    ("It improves accuracy on WMT14 from 52.2% to 68.9% and on IWSLT from 20.1% to 31.5%.", "accuracy",
     [(68.9, "WMT14"), (31.5, "IWSLT")]),
    ("On WMT14 it reaches an accuracy of 0.768 and on IWSLT an accuracy of 0.412.", "accuracy",
     [(0.768, "WMT14"), (0.412, "IWSLT")]),
])
def test_a_result_right_after_its_dataset_is_not_on_the_next_one(nlp: Language, text: str, metric: str,
                                                                 values: list) -> None:
    found = claims(nlp, text, METRIC=[metric], DATASET=["WMT14", "IWSLT"])
    assert [(c["value"], c["dataset"]) for c in found] == values


@pytest.mark.parametrize("text", ["SpecX achieves a 3.1x wall-clock speedup over vanilla decoding.",
                                  "SpecX delivers a 2.7x end-to-end speed-up."])
def test_a_factor_before_how_its_speedup_was_measured(nlp: Language, text: str) -> None:
    c = only(nlp, text, METHOD=["SpecX"])
    assert (c["kind"], c["unit"], c["method"]) == ("improvement", "x", "SpecX")


def test_a_factor_before_other_words_is_no_result(nlp: Language) -> None:
    assert claims(nlp, "SpecX uses a 2x larger batch size than the baseline model.", METHOD=["SpecX"]) == []


def test_metrics_listed_before_their_scores_pair_when_another_metric_follows(nlp: Language) -> None:
    found = claims(nlp, "It reaches ROUGE-1, ROUGE-2 and ROUGE-L scores of 44.7, 21.6 and 41.5, while "
                        "improving FactCC by 6.3 points.",
                   METRIC=["ROUGE-1", "ROUGE-2", "ROUGE-L", "FactCC"])
    assert [(c["value"], c["metric"]) for c in found] == [
        (44.7, "ROUGE-1"), (21.6, "ROUGE-2"), (41.5, "ROUGE-L"), (6.3, "FactCC")]


def test_gains_after_scores_each_named_on_its_dataset_pair_with_them(nlp: Language) -> None:
    found = claims(nlp, "SpanMix achieves a GLUE score of 90.1 and a SuperGLUE score of 86.4, outperforming "
                        "RoBERTa by 1.3 and 2.9 points.",
                   METHOD=["SpanMix", "RoBERTa"], DATASET=["GLUE", "SuperGLUE"])
    assert [(c["value"], c["dataset"]) for c in found] == [
        (90.1, "GLUE"), (86.4, "SuperGLUE"), (1.3, "GLUE"), (2.9, "SuperGLUE")]


def test_a_reader_combined_with_the_method_is_no_subject_nor_a_metric(nlp: Language) -> None:
    text = ("Combined with a Fusion-in-Decoder (FiD) reader, CoDR achieves 52.1 exact match on NQ and 70.4 on "
            "TriviaQA, outperforming DPR by 4.6 and 3.2 points, respectively.")
    found = claims(nlp, text, METHOD=["Fusion-in-Decoder", "FiD", "CoDR", "DPR"], METRIC=["exact match"],
                   DATASET=["NQ", "TriviaQA"])
    assert [(c["value"], c["method"], c["metric"], c["dataset"]) for c in found] == [
        (52.1, "CoDR", "exact match", "NQ"), (70.4, "CoDR", "exact match", "TriviaQA"),
        # the margins are points of the scores' measure
        (4.6, "CoDR", "exact match", "NQ"), (3.2, "CoDR", "exact match", "TriviaQA")]


def test_each_gain_beats_the_rival_named_before_its_margin(nlp: Language) -> None:
    found = claims(nlp, "ReTrO outperforms PPO by 15% average return and SAC by 7%.",
                   METHOD=["ReTrO", "PPO", "SAC"], METRIC=["average return"])
    assert [(c["value"], c["metric"], c["baseline"]) for c in found] == [
        (15.0, "average return", "PPO"), (7.0, None, "SAC")]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("VoxLite lowers the mel cepstral distortion by 0.41 dB.", "reduction", 0.41),
    ("VoxLite never degrades throughput and is up to 2.3x faster.", "improvement", 2.3),
])
def test_the_direction_of_a_change(nlp: Language, text: str, kind: str, value: float) -> None:
    c = only(nlp, text, METHOD=["VoxLite"], METRIC=[m for m in ("mel cepstral distortion", "throughput") if m in text])
    assert (c["kind"], c["value"]) == (kind, value)


@pytest.mark.parametrize(("sentence", "method"), [
    ("A ViT-B fine-tuned with CRAT reaches 84.1% top-1 accuracy.", "CRAT"),
    ("Training a GPT-3 model with CRAT achieves a 2.1x higher throughput.", "CRAT"),
    ("When pretraining GPT-3 on OpenWebText, CRAT needs 1.4x fewer steps.", "CRAT"),
    ("NSCN trained with Adam achieves 81.2% accuracy.", "NSCN"),  # an optimizer is no method of the paper
    ("A 64-layer GCN with CRAT achieves 84.1% accuracy on Cora.", "CRAT"),
])
def test_a_claim_is_about_the_papers_method_not_the_model_it_was_applied_to(nlp: Language, sentence: str,
                                                                              method: str) -> None:
    text = "We propose CRAT, a training method. " + sentence
    named = {label: [n for n in names if n in text] for label, names in (
        ("METHOD", ["CRAT", "ViT-B", "GPT-3", "NSCN", "Adam", "GCN"]), ("METRIC", ["top-1 accuracy", "accuracy"]))}
    found = claims(nlp, text, **named)
    assert [c["method"] for c in found if c["value"] is not None] == [method]


def test_a_tie_beside_a_score_is_an_outcome_of_its_own(nlp: Language) -> None:
    found = claims(nlp, "LayerMix refuses 97.4% of harmful requests on AdvBench, on par with the original chat model.",
                   METHOD=["LayerMix", "original chat model"], DATASET=["AdvBench"])
    assert sorted((c["kind"], c["value"] or 0, c["baseline"]) for c in found) == [
        ("comparison", 0, "original chat model"), ("score", 97.4, "original chat model")]


@pytest.mark.parametrize(("text", "expected"), [
    ("ViX reaches 84.9% fine-tuning top-1 accuracy.", [("score", 84.9, "top-1 accuracy", None)]),
    ("ViX reaches 87.2 instance mIoU.", [("score", 87.2, "mIoU", None)]),
    ("The PSNR gain of ViX reaches 0.42 dB.", [("improvement", 0.42, "PSNR", None)]),
    ("ViX improves segmentation by 2.0 mIoU and object detection on COCO by 1.1 box AP.",
     [("improvement", 2.0, "mIoU", None), ("improvement", 1.1, "box AP", "COCO")]),
    ("ViX gets a precision of 70% and a recall of 49%.", [("score", 70.0, "precision", None), ("score", 49.0, "recall", None)]),
])
def test_qualified_metrics_gains_that_reach_and_conjuncts_with_their_own_data(nlp: Language, text: str,
                                                                              expected: list) -> None:
    found = claims(nlp, text, METHOD=["ViX"], DATASET=["COCO"] if "COCO" in text else [],
                   METRIC=[m for m in ("top-1 accuracy", "mIoU", "PSNR", "box AP", "precision", "recall") if m in text])
    assert [(c["kind"], c["value"], c["metric"], c["dataset"]) for c in found] == expected


def test_scores_with_their_own_metrics_keep_them_and_a_later_clause_keeps_its_dataset(nlp: Language) -> None:
    found = claims(nlp, "MRCX achieves 74.9 EM and 91.2 F1 on CMRC, and improves over MacBERT by 1.3 EM on DRCD.",
                   METHOD=["MRCX", "MacBERT"], METRIC=["EM", "F1"], DATASET=["CMRC", "DRCD"])
    assert [(c["value"], c["metric"], c["dataset"]) for c in found] == [
        (74.9, "EM", "CMRC"), (91.2, "F1", "CMRC"), (1.3, "EM", "DRCD")]


def test_a_parallel_run_reads_the_metrics_of_the_run_before(nlp: Language) -> None:
    found = claims(nlp, "It reaches precision and recall of 93.4% and 93.9% for nouns, and 93.6% and 94.6% for verbs.",
                   METRIC=["precision", "recall"])
    assert [c["metric"] for c in found] == ["precision", "recall", "precision", "recall"]


@pytest.mark.parametrize(("text", "expected"), [
    ("JailX reduces hallucinations by 27% according to a GPT-4 verifier.", [("reduction", 27.0, None)]),
    ("JailX lowers the attack success rate by 71%.", [("reduction", 71.0, None)]),
    ("JailX achieves a success rate of 92.4% against GPT-4o and 85.1% against Claude.",
     [("score", 92.4, "GPT-4o"), ("score", 85.1, "Claude")]),
])
def test_a_trailing_source_a_lower_is_better_rate_and_scores_set_against_targets(nlp: Language, text: str,
                                                                                  expected: list) -> None:
    found = claims(nlp, text, METHOD=[m for m in ("JailX", "GPT-4", "GPT-4o", "Claude") if m in text],
                   METRIC=[m for m in ("attack success rate", "success rate") if m in text][:1])
    assert [(c["kind"], c["value"], c["baseline"]) for c in found] == expected


@pytest.mark.parametrize(("text", "field", "expected"), [
    ("RedX beats the strongest multi-turn baseline, Crescendo, by 12.4 points.", "baseline", ["Crescendo"]),
    ("On HarmBench, o1-mini scores 68.2, followed by DeepSeek-R1 with 65.9.", "method", ["o1-mini", "DeepSeek-R1"]),
    ("RedX matches DistMult and DeepSeek-R1 with 8x fewer parameters.", "method", ["RedX"]),  # no ranking
    ("On HarmBench, RedX reaches 88.1% ASR.", "metric", ["ASR"]),
])
def test_apposed_rivals_the_next_of_a_ranking_and_a_rate_named_like_a_task(nlp: Language, text: str, field: str,
                                                                           expected: list) -> None:
    found = claims(nlp, text, METHOD=[m for m in ("RedX", "o1-mini", "DeepSeek-R1", "DistMult") if m in text],
                   DATASET=["HarmBench"] if "HarmBench" in text else [], TASK=["ASR"] if "ASR" in text else [])
    assert [c[field] for c in found] == expected


def test_what_a_method_reduces_is_no_rival(nlp: Language) -> None:
    found = claims(nlp, "Compared with Aya, XAlign reduces the KV cache by 93.3% and gives a 1.3x speedup in throughput.",
                   METHOD=["Aya", "XAlign", "KV cache"], METRIC=["speedup", "throughput"])
    assert [(c["value"], c["metric"], c["baseline"]) for c in found] == [(93.3, None, "Aya"), (1.3, "throughput", "Aya")]


@pytest.mark.parametrize(("text", "expected"), [
    ("XAlign wins 54.6% of comparisons against Aya.", [("score", 54.6, "Aya")]),
    ("XAlign refuses 97.4% of harmful requests.", [("score", 97.4, None)]),
    ("XAlign reaches 61.4% accuracy, only 2.3 points below Aya.", [("score", 61.4, None), ("improvement", -2.3, "Aya")]),
    ("XAlign is 1.5 points ahead of Aya.", [("improvement", 1.5, "Aya")]),
    ("XAlign cuts the API cost by 2.4x.", [("reduction", 2.4, None)]),
    ("XAlign outperforms Aya (early 2023 version) by 4.5% and surpasses Bloom by large margins.",
     [("improvement", 4.5, "Aya"), ("comparison", None, "Bloom")]),
])
def test_wins_refusals_gaps_below_and_cuts(nlp: Language, text: str, expected: list) -> None:
    found = claims(nlp, text, METHOD=[m for m in ("XAlign", "Aya", "Bloom") if m in text],
                   METRIC=["accuracy"] if "accuracy" in text else [])
    assert [(c["kind"], c["value"], c["baseline"]) for c in found] == expected


def test_score_and_improvement_in_one_sentence(nlp: Language) -> None:
    found = claims(nlp, "HyperTagger achieves 93.4 F1 on CoNLL-2003, outperforming BiLSTM-CRF "
                        "by 1.7 points.",
                   METHOD=["HyperTagger", "BiLSTM-CRF"], METRIC=["F1"], DATASET=["CoNLL-2003"])
    score = pick(found, kind="score")
    gain = pick(found, kind="improvement")
    assert (score["value"], score["metric"], score["dataset"], score["method"]) == (
        93.4, "F1", "CoNLL-2003", "HyperTagger")
    assert (gain["value"], gain["unit"], gain["baseline"], gain["method"]) == (
        1.7, "points", "BiLSTM-CRF", "HyperTagger")


def test_two_scores_two_datasets_without_respectively(nlp: Language) -> None:
    found = claims(nlp, "It reaches 90.2 F1 on SQuAD 1.1 and 83.0 F1 on SQuAD 2.0.",
                   METRIC=["F1"], DATASET=["SQuAD 1.1", "SQuAD 2.0"])
    assert pick(found, value=90.2)["dataset"] == "SQuAD 1.1"
    assert pick(found, value=83.0)["dataset"] == "SQuAD 2.0"


def test_a_named_baseline_s_number_is_its_score_and_an_unnamed_one_s_no_claim(nlp: Language) -> None:
    found = claims(nlp, "Our model achieves 88.5 F1 compared to 85.2 for BERT.",
                   METHOD=["BERT"], METRIC=["F1"])
    assert [(c["kind"], c["value"], c["metric"], c["method"], c["baseline"]) for c in found] == [
        ("score", 88.5, "F1", None, "BERT"), ("score", 85.2, "F1", "BERT", None)]
    assert found[1]["confidence"] < found[0]["confidence"]  # reported second-hand
    found = claims(nlp, "We reach an IS of 166.5, improving over the previous best IS of 52.5 "
                        "and FID of 18.6.")
    assert [c["value"] for c in found] == [166.5]


def test_an_outcome_as_expected_is_still_a_claim(nlp: Language) -> None:
    assert len(claims(nlp, "As expected, our model outperforms BERT.", METHOD=["BERT"])) == 1


def test_a_change_from_one_value_to_another_with_its_verb_is_a_claim(nlp: Language) -> None:
    c = only(nlp, "We raise the score from 71.2% to 75.0% on SQuAD.", DATASET=["SQuAD"])
    assert (c["value"], c["unit"], c["dataset"]) == (75.0, "%", "SQuAD")


def test_by_a_factor_of_is_a_ratio(nlp: Language) -> None:
    c = only(nlp, "These changes reduce the word error rate by a factor of 2.5.", METRIC=["word error rate"])
    assert (c["kind"], c["value"], c["unit"], c["metric"]) == ("reduction", 2.5, "x", "word error rate")


def test_a_decimal_comma_before_a_percent_sign(nlp: Language) -> None:
    c = only(nlp, "The precision of ILIMP is 97,5%.", METRIC=["precision"])
    assert (c["value"], c["unit"], c["metric"]) == (97.5, "%", "precision")


def test_a_metric_written_after_one_number_is_not_the_next_ones(nlp: Language) -> None:
    found = claims(nlp, "Our model reaches 45.2% pass@1 on HumanEval and 78.5 on MMLU.",
                   METRIC=["pass@1"], DATASET=["HumanEval", "MMLU"])
    assert [(c["value"], c["metric"], c["dataset"]) for c in found] == [
        (45.2, "pass@1", "HumanEval"), (78.5, None, "MMLU")]


def test_a_count_of_things_from_a_model_names_no_baseline(nlp: Language) -> None:
    c = only(nlp, "Self-consistency over 64 samples from DeepMath 7B achieves 60.9% on MATH.",
             METHOD=["Self-consistency", "DeepMath 7B"], DATASET=["MATH"])
    assert (c["value"], c["baseline"]) == (60.9, None)
    c = only(nlp, "It reaches 88 F1, compared to 85 for BERT.", METHOD=["BERT"], METRIC=["F1"])
    assert (c["value"], c["baseline"]) == (88.0, "BERT")


# --------------------------------------------------------------------------- qualitative

def test_outperforms_unnamed_baselines(nlp: Language) -> None:
    c = only(nlp, "Our method outperforms strong baselines on GLUE.", DATASET=["GLUE"])
    assert (c["kind"], c["value"], c["unit"], c["baseline"], c["dataset"]) == (
        "comparison", None, None, None, "GLUE")


def test_competitive_with_named_model(nlp: Language) -> None:
    c = only(nlp, "Our 1B model is competitive with GPT-3 on arithmetic.", METHOD=["GPT-3"])
    assert (c["kind"], c["baseline"], c["value"]) == ("comparison", "GPT-3", None)


@pytest.mark.parametrize("text", [
    "ChatGPT performs competitively with DeepL on German.", "ChatGPT lags behind DeepL on German.",
    "ChatGPT falls short of DeepL on German.", "ChatGPT is preferred over DeepL on German.",
])
def test_comparisons_either_way_name_the_rival(nlp: Language, text: str) -> None:
    c = only(nlp, "We study ChatGPT. " + text, METHOD=["ChatGPT", "DeepL"])
    assert (c["kind"], c["method"], c["baseline"], c["value"]) == ("comparison", "ChatGPT", "DeepL", None)


@pytest.mark.parametrize("text", [
    "ChatGPT performs worse than DeepL on German.", "ChatGPT yields lower perplexity values than DeepL.",
    "ChatGPT is statistically indistinguishable from DeepL.", "ChatGPT matches DeepL on German.",
    "ChatGPT matches or slightly improves the final validation loss of DeepL.",
])
def test_more_comparisons_name_the_rival(nlp: Language, text: str) -> None:
    c = only(nlp, "We study ChatGPT. " + text, METHOD=["ChatGPT", "DeepL"])
    assert (c["kind"], c["method"], c["baseline"], c["value"]) == ("comparison", "ChatGPT", "DeepL", None)


@pytest.mark.parametrize(("text", "baseline"), [
    ("Foo needs 4x less memory than DeepL, and is competitive with ChatGPT in F1.", "ChatGPT"),
    ("Foo achieves lower PEHE and ATE error than ChatGPT.", "ChatGPT"),
    ("Foo reaches 51.2% accuracy, and on SemEval it is on par with the best systems.", None),
    ("Foo obtains scores of 86.7 and 78.9 respectively, outperforming the best pipeline systems.", "pipeline systems"),
])
def test_comparisons_beside_numbers_and_described_rivals(nlp: Language, text: str, baseline: str | None) -> None:
    methods = [m for m in ("Foo", "DeepL", "ChatGPT") if m in text]
    found = claims(nlp, "We propose Foo. " + text, METHOD=methods)
    assert [(c["kind"], c["baseline"]) for c in found if c["value"] is None] == [("comparison", baseline)]


@pytest.mark.parametrize("text", ["Foo matches the best reported segmentation results on PKU.",
                                  "Foo surpasses all published camera-only methods."])
def test_matching_the_best_results_and_beating_all_published_methods(nlp: Language, text: str) -> None:
    kinds = [c["kind"] for c in claims(nlp, "We propose Foo. " + text, METHOD=["Foo"])]
    assert kinds == (["comparison"] if "matches" in text else ["sota"])


@pytest.mark.parametrize("text", ["We expect to get worse results than DeepL.", "It uses pattern matching of DeepL outputs."])
def test_expectations_and_matching_are_no_comparisons(nlp: Language, text: str) -> None:
    assert claims(nlp, "We study ChatGPT. " + text, METHOD=["ChatGPT", "DeepL"]) == []


@pytest.mark.parametrize(("text", "numbers"), [
    ("Foo outperforms EfficientNet-B7 while requiring 38% fewer FLOPs.", [("reduction", 38.0)]),
    ("Foo outperforms EfficientNet-B7 by a wide margin and achieves 77.9% accuracy.", [("score", 77.9)]),
    ("Foo reaches an accuracy of 0.796, matching EfficientNet-B7.", [("score", 0.796)]),
    ("Foo improves accuracy by 2.4 points over ResNet and matches EfficientNet-B7 while being 230x faster.",
     [("improvement", 2.4), ("improvement", 230.0)]),
    ("Foo reaches 99.3% accuracy, on par with EfficientNet-B7 while running 7.5x faster.",
     [("score", 99.3), ("improvement", 7.5)]),
])
def test_a_comparison_no_number_measures_is_an_outcome_of_its_own(nlp: Language, text: str, numbers: list) -> None:
    methods = [m for m in ("Foo", "EfficientNet-B7", "ResNet") if m in text]
    found = claims(nlp, "We propose Foo. " + text, METHOD=methods, METRIC=[m for m in ("accuracy", "FLOPs") if m in text])
    assert [(c["kind"], c["baseline"]) for c in found if c["value"] is None] == [("comparison", "EfficientNet-B7")]
    assert sorted((c["kind"], c["value"]) for c in found if c["value"] is not None) == sorted(numbers)


def test_surpasses_previous_methods(nlp: Language) -> None:
    c = only(nlp, "SegFormer surpasses previous methods on ADE20K.",
             METHOD=["SegFormer"], DATASET=["ADE20K"])
    assert (c["kind"], c["method"], c["dataset"], c["baseline"]) == (
        "comparison", "SegFormer", "ADE20K", None)


def test_beating_the_state_of_the_art_methods_claims_it(nlp: Language) -> None:
    c = only(nlp, "Experiments show that our detector outperforms state-of-the-art methods.")
    assert c["kind"] == "sota"
    c = only(nlp, "It outperforms several state-of-the-art methods.")
    assert c["kind"] == "comparison"  # beating some is not being the best
    c = only(nlp, "Compared with state-of-the-art methods, our detector is 2x faster.")
    assert (c["kind"], c["value"]) == ("improvement", 2.0)


def test_a_score_that_beats_the_state_of_the_art_is_a_sota_claim(nlp: Language) -> None:
    found = claims(nlp, "Dynamic evaluation improves the state-of-the-art perplexities on the "
                        "Penn Treebank and WikiText-2 datasets to 51.1 and 44.3 respectively.",
                   METHOD=["Dynamic evaluation"], DATASET=["Penn Treebank", "WikiText-2"])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found] == [
        ("sota", 51.1, "Penn Treebank"), ("sota", 44.3, "WikiText-2")]
    found = claims(nlp, "Our parser achieves an f-score of 92.1%, an absolute 1.1% improvement "
                        "over the previous best result.")
    assert [(c["kind"], c["value"], c["baseline"]) for c in found] == [
        ("sota", 92.1, None), ("improvement", 1.1, "previous best")]


def test_datasets_before_numbers_are_zipped_with_respectively(nlp: Language) -> None:
    found = claims(nlp, "We evaluate on Penn Treebank and Hutter Prize, where we reach 1.19 and "
                        "1.25 BPC, respectively.", DATASET=["Penn Treebank", "Hutter Prize"])
    assert [(c["value"], c["dataset"]) for c in found] == [(1.19, "Penn Treebank"), (1.25, "Hutter Prize")]


def test_the_number_of_a_beaten_system_is_no_claim(nlp: Language) -> None:
    found = claims(nlp, "We achieve 71.3 F1 on TriviaQA, a large improvement from the 56.7 F1 "
                        "of the previous best system.", DATASET=["TriviaQA"])
    assert [c["value"] for c in found] == [71.3]


def test_one_gain_in_terms_of_two_metrics_is_two_claims(nlp: Language) -> None:
    found = claims(nlp, "Our model outperforms previous systems by over 6% in terms of both "
                        "exact match and F1 on adversarial SQuAD.", METRIC=["exact match", "F1"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [
        ("improvement", 6.0, "exact match"), ("improvement", 6.0, "F1")]


def test_a_direction_noun_ending_the_metric_sets_the_kind(nlp: Language) -> None:
    found = claims(nlp, "It gives an absolute 1.1% improvement (12% error reduction) over BERT.")
    assert [(c["kind"], c["value"]) for c in found] == [("improvement", 1.1), ("reduction", 12.0)]


def test_comparison_per_dataset(nlp: Language) -> None:
    found = claims(nlp, "Our approach consistently outperforms RoBERTa on MNLI and QNLI.",
                   METHOD=["RoBERTa"], DATASET=["MNLI", "QNLI"])
    assert sorted(c["dataset"] for c in found) == ["MNLI", "QNLI"]
    assert {c["baseline"] for c in found} == {"RoBERTa"}


def test_a_second_predicate_has_its_own_datasets(nlp: Language) -> None:
    found = claims(nlp, "SetSum achieves state-of-the-art results on CNN/DailyMail, and also outperforms "
                        "baselines such as BertSumExt on WikiHow and PubMed.",
                   METHOD=["SetSum", "BertSumExt"], DATASET=["CNN/DailyMail", "WikiHow", "PubMed"])
    assert sorted((c["kind"], c["dataset"]) for c in found) == [
        ("comparison", "PubMed"), ("comparison", "WikiHow"), ("sota", "CNN/DailyMail")]


def test_a_second_predicate_beating_unnamed_prior_work_is_an_outcome_of_its_own(nlp: Language) -> None:
    found = claims(nlp, "DocRE achieves state-of-the-art results on DocRED, with an F1 of 64.6, and also outperforms "
                        "prior work on the CDR and GDA datasets.", METHOD=["DocRE"], DATASET=["DocRED", "CDR", "GDA"],
                   METRIC=["F1"])
    assert sorted((c["kind"], c["dataset"]) for c in found) == [
        ("comparison", "CDR"), ("comparison", "GDA"), ("sota", "DocRED")]


def test_a_second_comparison_without_a_number_is_an_outcome_of_its_own(nlp: Language) -> None:
    found = claims(nlp, "MathForge outperforms GPT-4 by 4.5% on MATH and surpasses MetaMath by large margins.",
                   METHOD=["MathForge", "GPT-4", "MetaMath"], DATASET=["MATH"])
    assert sorted((c["kind"], c["value"], c["baseline"]) for c in found if c["kind"] == "comparison") == [
        ("comparison", None, "MetaMath")]


def test_a_second_predicate_without_datasets_shares_the_first_ones(nlp: Language) -> None:
    c = only(nlp, "We evaluate CornerNet on MS COCO and demonstrate competitive results.",
             METHOD=["CornerNet"], DATASET=["MS COCO"])
    assert (c["kind"], c["dataset"]) == ("comparison", "MS COCO")


@pytest.mark.parametrize("text", [
    "We achieve a new state-of-the-art result on SQuAD.",
    "This sets a new state of the art on SQuAD.",
    "Our system achieves state-of-the-art performance on SQuAD.",
    "The model obtains SOTA results on SQuAD.",
])
def test_sota_without_number(nlp: Language, text: str) -> None:
    c = only(nlp, text, DATASET=["SQuAD"])
    assert (c["kind"], c["value"], c["dataset"]) == ("sota", None, "SQuAD")


def test_sota_with_number(nlp: Language) -> None:
    c = only(nlp, "DocNet sets a new state of the art on FEVER with 79.4% label accuracy.",
             METHOD=["DocNet"], DATASET=["FEVER"], METRIC=["label accuracy"])
    assert (c["kind"], c["value"], c["unit"], c["metric"], c["dataset"], c["method"]) == (
        "sota", 79.4, "%", "label accuracy", "FEVER", "DocNet")


@pytest.mark.parametrize(("text", "kinds"), [
    ("On PCQM4Mv2 it reduces the MAE to 0.079, and it sets a new state of the art on ZINC with an MAE of 0.059.",
     [("score", 0.079), ("sota", 0.059)]),
    ("It reaches 91.2% accuracy on PCQM4Mv2; it also sets a new state of the art on ZINC.",
     [("score", 91.2), ("sota", None)]),
    ("With an MAE of 0.059, it sets a new state of the art on ZINC.", [("sota", 0.059)]),
])
def test_a_result_in_an_earlier_clause_is_no_state_of_the_art_claim(nlp: Language, text: str, kinds: list) -> None:
    metrics = [m for m in ("MAE", "accuracy") if m in text]
    found = claims(nlp, text, DATASET=[d for d in ("PCQM4Mv2", "ZINC") if d in text], METRIC=metrics)
    assert [(c["kind"], c["value"]) for c in found] == kinds


@pytest.mark.parametrize("text", [
    "Transformers have recently achieved state-of-the-art results in translation.",
    "Recent work has shown that pretraining outperforms feature engineering.",
    "Existing methods reach only 61.0% accuracy on this task.",
    "We aim to outperform rule-based systems in low-resource settings.",
    "A key challenge is how to improve recall for rare classes.",
    "Our results are close to the state of the art.",
])
def test_background_goals_and_hedges_are_not_outcomes(nlp: Language, text: str) -> None:
    found = claims(nlp, text)
    assert all(c["kind"] != "sota" for c in found)
    assert found == [] or text.startswith("Our results")


# --------------------------------------------------------------------------- not results

@pytest.mark.parametrize("text", [
    "We pretrain a 7B model and a 13B variant.",
    "GPT-3 has 175 billion parameters and reaches good quality.",
    "The encoder reads contexts of 128k tokens.",
    "We evaluate in the 5-shot and few-shot settings.",
    "The corpus holds 10,000 images and 1.2M sentences.",
    "The benchmark was released in 2021 and covers 12 languages.",
    "We study two tasks on three benchmarks.",
    "Results are summarised in Section 4, Table 2 and Fig. 3.",
    "We compare ResNet-50, GPT-4 and Llama 2 13B.",
    "We fine-tune on 20% of the training data.",
    "We use a learning rate of 0.001 and a dropout of 0.1.",
    "Training uses 8 GPUs for 3 days and 100 epochs.",
    "Only 10% labeled data is available during training.",
    "Code is available at https://github.com/acme/model-2.0 under the MIT license.",
    "Write to jane.doe@lab-3.example.org or to ml2.5@uni.edu for the data.",
    "The model uses 2x larger batches during pretraining.",
    "The loss follows a power law with exponent -0.27 in the number of latents.",
    "Our model reaches the target accuracy in 8 of 9 settings.",
    "It helps rare codes that occur fewer than 10 times in training.",
    "Abstention lowers the error at a fixed sensitivity of 80%.",
])
def test_numbers_that_are_not_results(nlp: Language, text: str) -> None:
    assert claims(nlp, text, METHOD=["Llama 2"] if "Llama 2" in text else []) == []


@pytest.mark.parametrize(("text", "metric"), [
    ("We study binary classification with label-flip noise rate eta < 1/2.", "noise rate"),
    ("The model memorizes when the signal-to-noise ratio is of order d^{-1/4}.", "signal-to-noise ratio"),
])
def test_bounds_and_conditions_are_no_results(nlp: Language, text: str, metric: str) -> None:
    assert claims(nlp, text, METRIC=[metric]) == []


def test_a_range_of_settings_is_no_result(nlp: Language) -> None:
    found = claims(nlp, "Across ETTh1 with horizons from 96 to 720, Foo retains 98.1% of the accuracy.",
                   METHOD=["Foo"], DATASET=["ETTh1"], METRIC=["accuracy"])
    assert [c["value"] for c in found] == [98.1]


def test_model_name_numbers_inside_mentions_are_skipped(nlp: Language) -> None:
    c = only(nlp, "Llama 2 13B reaches 71.3% accuracy on GSM8K.",
             METHOD=["Llama 2 13B"], DATASET=["GSM8K"])
    assert (c["value"], c["method"], c["dataset"]) == (71.3, "Llama 2 13B", "GSM8K")


@pytest.mark.parametrize("text", ["The distilled model retains 97% of the teacher's accuracy.",
                                  "The distilled model recovers 97% of the teacher's loss."])
def test_data_share_that_is_an_outcome_is_kept(nlp: Language, text: str) -> None:
    c = only(nlp, text)
    assert (c["kind"], c["value"], c["unit"]) == ("score", 97.0, "%")
    # a share of a named metric is a result, in a list too
    found = claims(nlp, "It retains 97.5%, 96.8% and 98.1% of the teacher's Recall@20 while being 27x faster.",
                   METRIC=["Recall@20"])
    assert [(c["value"], c["metric"]) for c in found] == [
        (97.5, "Recall@20"), (96.8, "Recall@20"), (98.1, "Recall@20"), (27.0, None)]
    # a gain that is recovered stays a gain
    assert only(nlp, "The pruned model recovers 2.1 points of accuracy.")["kind"] == "improvement"


def test_title_holds_no_claims(nlp: Language) -> None:
    found = claims(nlp, "FastSpeech: 10x Faster Speech Synthesis\n\nWe propose FastSpeech. "
                        "It reaches 4.1 MOS.", METHOD=["FastSpeech"])
    assert [c["value"] for c in found] == [4.1]


# --------------------------------------------------------------------------- method binding

def test_we_resolves_to_proposed_method(nlp: Language) -> None:
    doc = annotate(nlp, "In this paper, we propose FlashRoute, a routing layer for experts. "
                        "We reach 47.2 BLEU on WMT14 with it.",
                   METHOD=["FlashRoute"], DATASET=["WMT14"])
    assert doc._.kb_own_method == "FlashRoute"
    assert only_claim(doc)["method"] == "FlashRoute"


def test_our_model_resolves_to_named_method(nlp: Language) -> None:
    doc = annotate(nlp, "We introduce a retrieval model called DenseLink. Experiments show that "
                        "our model outperforms BM25 on MS MARCO.",
                   METHOD=["DenseLink", "BM25"], DATASET=["MS MARCO"])
    assert doc._.kb_own_method == "DenseLink"
    c = only_claim(doc)
    assert (c["kind"], c["method"], c["baseline"], c["dataset"]) == (
        "comparison", "DenseLink", "BM25", "MS MARCO")


def test_own_method_from_appositive(nlp: Language) -> None:
    doc = annotate(nlp, "This paper studies compression. TinyCLIP, a novel distillation "
                        "method, is described. It reduces the size by 50%.",
                   METHOD=["TinyCLIP"])
    assert doc._.kb_own_method == "TinyCLIP"
    assert only_claim(doc)["method"] == "TinyCLIP"


def test_own_method_from_title(nlp: Language) -> None:
    doc = annotate(nlp, "SwiftGNN: Scalable Message Passing\n\nMessage passing is slow. "
                        "Our approach is 3.2x faster than GraphSAGE.",
                   METHOD=["SwiftGNN", "GraphSAGE"])
    assert doc._.kb_own_method == "SwiftGNN"
    c = only_claim(doc)
    assert (c["method"], c["baseline"], c["unit"]) == ("SwiftGNN", "GraphSAGE", "x")


@pytest.mark.parametrize(("title", "own"), [
    (("Denoising Diffusion Probabilistic Models", "DDPM"), "DDPM"),  # the title is a name
    (("Convolutional Networks", "convolutional network"), None),  # a term, no name
])
def test_a_title_that_is_one_method_name_names_the_own_method(nlp: Language, title: tuple, own: str | None) -> None:
    doc = annotate(nlp, f"{title[0]}\n\nWe obtain an Inception score of 9.46 on CIFAR10.", METHOD=[title])
    assert doc._.kb_own_method == own


def test_a_state_of_the_art_measure_of_a_number_is_that_number_s_claim(nlp: Language) -> None:
    found = claims(nlp, "Bar obtains an Inception score of 9.46 and a state-of-the-art FID score of 3.17.",
                   METHOD=["Bar"], METRIC=["Inception score", "FID"])
    assert [(c["kind"], c["value"]) for c in found] == [("score", 9.46), ("sota", 3.17)]


def test_winning_the_1st_place_is_a_state_of_the_art(nlp: Language) -> None:
    found = claims(nlp, "Bar won the 1st place on the ILSVRC 2015 classification task.", METHOD=["Bar"])
    assert [c["kind"] for c in found] == ["sota"]


@pytest.mark.parametrize(("title", "own"), [
    ("Towards a Unified View of Parameter-Efficient Transfer Learning", None),  # a study's topic
    ("Exploring Syntactic Features Using Transfer Learning", "Transfer Learning"),  # what it used
    ("Parameter-Efficient Transfer Learning for Parsing", "Transfer Learning"),  # no study
])
def test_a_study_title_names_its_topic_not_the_own_method(nlp: Language, title: str, own: str | None) -> None:
    doc = annotate(nlp, f"{title}\n\nWe study Transfer Learning. Our framework gives comparable results.",
                   METHOD=["Transfer Learning"])
    assert doc._.kb_own_method == own


def test_the_model_a_paper_trains_is_its_own(nlp: Language) -> None:
    doc = annotate(nlp, "Methods: We trained a gradient boosting model (XGBoost) on MIMIC-IV. "
                        "Results: The model achieved an AUROC of 0.87.",
                   METHOD=["gradient boosting", "XGBoost"], METRIC=["AUROC"], DATASET=["MIMIC-IV"])
    assert doc._.kb_own_method == "XGBoost"
    assert only_claim(doc)["method"] == "XGBoost"


@pytest.mark.parametrize(("text", "own"), [
    ("We evaluate ChatGPT on machine translation. Its BLEU improves from 12.4 to 19.2.", "ChatGPT"),
    ("We systematically assess ChatGPT's translation. Its BLEU improves from 12.4 to 19.2.", "ChatGPT"),
    ("We evaluate ChatGPT and DeepL on translation. BLEU improves from 12.4 to 19.2.", None),  # two systems
])
def test_the_one_system_a_study_evaluates_is_its_own(nlp: Language, text: str, own: str | None) -> None:
    doc = annotate(nlp, text, METHOD=[m for m in ("ChatGPT", "DeepL") if m in text], METRIC=["BLEU"])
    assert doc._.kb_own_method == own


def test_a_method_named_before_the_title_colon_is_own_over_a_proposal_without_a_name(nlp: Language) -> None:
    text = ("LLaMA-NAS: Efficient Architecture Search\n\nWe propose a method of finding Pareto-optimal "
            "network architectures. It gives a 1.3x speedup.")
    doc = annotate(nlp, text, METHOD=["LLaMA-NAS", "Pareto-optimal network"])
    assert doc._.kb_own_method == "LLaMA-NAS"
    assert only_claim(doc)["method"] == "LLaMA-NAS"


def test_the_name_given_to_our_system_is_own(nlp: Language) -> None:
    doc = annotate(nlp, "We take part in the task. Our system, Volctrans, has two modules. "
                        "Our submissions outperform the baseline by 3.1 BLEU.",
                   METHOD=["Volctrans"], METRIC=["BLEU"])
    assert doc._.kb_own_method == "Volctrans"
    assert only_claim(doc)["method"] == "Volctrans"


@pytest.mark.parametrize(("text", "own"), [
    ("Our approach to neural architecture search, ProxylessNAS-M, searches on the target hardware.", "ProxylessNAS-M"),
    ("Our self-supervised method, BYOL-Aug, learns without negatives.", "BYOL-Aug"),
    ("We present a neural approach to extractive summarization, SummaRuNNer-X, that labels sentences.",
     "SummaRuNNer-X"),
    ("We present a framework for combining CNN, LSTM and attention.", None),  # a list, no apposition
])
def test_the_name_given_to_a_described_method_is_own(nlp: Language, text: str, own: str | None) -> None:
    doc = annotate(nlp, text + " It reaches 42.1 ROUGE-1.", METRIC=["ROUGE-1"],
                   METHOD=[m for m in ("ProxylessNAS-M", "BYOL-Aug", "SummaRuNNer-X", "CNN", "LSTM") if m in text])
    assert doc._.kb_own_method == own


def test_a_metric_value_written_after_at(nlp: Language) -> None:
    c = only(nlp, "Our tagger obtains a state-of-the-art POS tagging accuracy at 97.97%.",
             METRIC=["accuracy"], TASK=["POS tagging"])
    assert (c["value"], c["unit"], c["metric"]) == (97.97, "%", "accuracy")
    found = claims(nlp, "Our parser obtains strong UAS and LAS scores at 94.51% and 92.87%, respectively.",
                   METRIC=["UAS", "LAS"])
    assert sorted((c["value"], c["metric"]) for c in found) == [(92.87, "LAS"), (94.51, "UAS")]


def test_a_score_after_a_second_verb_is_not_the_beaten_results(nlp: Language) -> None:
    c = only(nlp, "RHNs outperform all previous results and achieve an entropy of 1.27 bits per character.",
             METHOD=["RHNs"], METRIC=["bits per character"])
    assert (c["kind"], c["value"], c["metric"]) == ("score", 1.27, "bits per character")


def test_subject_is_not_a_prepositional_method(nlp: Language) -> None:
    doc = annotate(nlp, "We propose NeuroSum. Using beam search, our model reaches 44.1 ROUGE-1.",
                   METHOD=["NeuroSum", "beam search"], METRIC=["ROUGE-1"])
    c = only_claim(doc)
    assert (c["method"], c["metric"], c["value"]) == ("NeuroSum", "ROUGE-1", 44.1)


def test_real_time_is_no_rival(nlp: Language) -> None:
    c = only(nlp, "Our recognizer runs 5.2x faster than real time on a Raspberry Pi.")
    assert (c["kind"], c["value"], c["baseline"]) == ("improvement", 5.2, None)


def test_a_number_after_while_starts_a_result_of_its_own(nlp: Language) -> None:
    found = claims(nlp, "It improves mAP by 5.2% and recall by 8.9%, while running at 42 FPS.",
                   METRIC=["mAP", "recall", "FPS"])
    assert [(c["kind"], c["value"]) for c in found] == [("improvement", 5.2), ("improvement", 8.9), ("score", 42.0)]


def test_the_subject_of_a_replacement_is_what_replaces(nlp: Language) -> None:
    c = only(nlp, "Replacing RoPE with ALiBi lowers perplexity by 31%.", METHOD=["RoPE", "ALiBi"],
             METRIC=["perplexity"])
    assert (c["method"], c["kind"], c["value"]) == ("ALiBi", "reduction", 31.0)


def test_the_subject_of_a_training_gerund_is_the_model_trained(nlp: Language) -> None:
    c = only(nlp, "Fine-tuning Qwen2.5-7B on synthetic data raises its accuracy from 12.4% to 58.9%.",
             METHOD=["Fine-tuning", "Qwen2.5-7B"], METRIC=["accuracy"])
    assert (c["method"], c["value"]) == ("Qwen2.5-7B", 58.9)
    c = only(nlp, "Fine-tuning with LoRA improves accuracy by 2%.", METHOD=["Fine-tuning", "LoRA"], METRIC=["accuracy"])
    assert c["method"] == "Fine-tuning"


def test_our_named_variant_is_that_variant_not_the_paper_s_method(nlp: Language) -> None:
    doc = annotate(nlp, "We fine-tune NLLB-200 with fairseq. Our kNN-MT variant improves BLEU by 2.1 on WMT22. "
                        "Our model reaches 30.2 BLEU.", METHOD=["NLLB-200", "fairseq", "kNN-MT"],
                   METRIC=["BLEU"], DATASET=["WMT22"])
    assert doc._.kb_own_method == "NLLB-200"
    assert [(c["method"], c["value"]) for c in doc._.kb_claims] == [("kNN-MT", 2.1), ("NLLB-200", 30.2)]


def test_a_comparison_without_method_or_baseline_beside_one_with_a_method_is_dropped(nlp: Language) -> None:
    found = claims(nlp, "Our QRNN models outperform LSTM models on all tasks while dramatically improving speed.",
                   METHOD=["QRNN", "LSTM"])
    assert [(c["kind"], c["method"], c["baseline"]) for c in found] == [("comparison", "QRNN", "LSTM")]


def test_a_clause_after_comma_and_has_its_own_subject(nlp: Language) -> None:
    found = claims(nlp, "Foo-B reaches 84.1% top-1 accuracy, and Foo-L reaches 85.6%.",
                   METHOD=["Foo-B", "Foo-L"], METRIC=["top-1 accuracy"])
    assert [(c["method"], c["value"]) for c in found] == [("Foo-B", 84.1), ("Foo-L", 85.6)]
    # a list is no clause: the subject stays the first of it
    found = claims(nlp, "All models (MDC, CDC, and XDC) outperform SDC by 12 points.", METHOD=["MDC", "CDC", "XDC", "SDC"])
    assert [c["method"] for c in found] == ["MDC"]


def test_a_model_named_right_before_the_verb_is_the_subject_after_a_leading_phrase(nlp: Language) -> None:
    c = only(nlp, "In a zero-shot setting GPT-4 reaches a micro-F1 of 0.42.", METHOD=["GPT-4"], METRIC=["micro-F1"])
    assert c["method"] == "GPT-4"
    c = only(nlp, "Adding LayerDrop to a Transformer improves BLEU by 0.4.", METHOD=["LayerDrop", "Transformer"],
             METRIC=["BLEU"])
    assert c["method"] == "LayerDrop"
    # a technique in a prepositional phrase stays out of subject position
    c = only(nlp, "We propose Foo. Information from full parsing gives a gain of 0.4 F1.", METHOD=["Foo", "full parsing"],
             METRIC=["F1"])
    assert c["method"] == "Foo"
    # a technique left out is no subject: "without", "w/o", "no"
    for text in ("Although no pretraining on extra video data, KSSNet reaches 81.2% accuracy.",
                 "KSSNet (w/o pretraining on video) reaches 81.2% accuracy."):
        c = only(nlp, text, METHOD=["pretraining", "KSSNet"], METRIC=["accuracy"])
        assert c["method"] == "KSSNet", text


def test_subject_after_that(nlp: Language) -> None:
    c = only(nlp, "Experiments on XSum show that PEGASUS beats BART by 1.3 ROUGE-L.",
             METHOD=["PEGASUS", "BART"], DATASET=["XSum"], METRIC=["ROUGE-L"])
    assert (c["method"], c["baseline"], c["kind"], c["dataset"]) == (
        "PEGASUS", "BART", "improvement", "XSum")


def test_no_own_method_gives_none(nlp: Language) -> None:
    doc = annotate(nlp, "We study tagging. Our model reaches 97.1% accuracy.")
    assert doc._.kb_own_method is None
    assert only_claim(doc)["method"] is None


def only_claim(doc: Doc) -> dict:
    assert len(doc._.kb_claims) == 1, doc._.kb_claims
    return doc._.kb_claims[0]


# --------------------------------------------------------------------------- robustness

def test_works_without_mentions(nlp: Language) -> None:
    doc = annotate(nlp, "We propose a tagger. It reaches 92.0 F1 on the news test set.",
                   mentions=False)
    c = only_claim(doc)
    assert (c["metric"], c["dataset"], c["value"]) == ("F1", None, 92.0)


def test_confidence_grows_with_bound_fields(nlp: Language) -> None:
    bare = only(nlp, "It reaches 92.4 on the test set.")
    bound = only(nlp, "GraphParser reaches 92.4 LAS on PTB.",
                 METHOD=["GraphParser"], METRIC=["LAS"], DATASET=["PTB"])
    assert 0 < bare["confidence"] < bound["confidence"] <= 1


def test_many_sentences_and_no_cue_sentences(nlp: Language) -> None:
    text = ("Neural Topic Chains\n\nTopic models are widely used. We present NTC. "
            "NTC improves coherence by 8% on 20NG. Code is released.")
    doc = annotate(nlp, text, METHOD=["NTC"], DATASET=["20NG"])
    (c,) = doc._.kb_claims
    assert (c["kind"], c["value"], c["unit"], c["dataset"], c["method"]) == (
        "improvement", 8.0, "%", "20NG", "NTC")
    assert c["text"] == "NTC improves coherence by 8% on 20NG."


# --------------------------------------------------------------------------- finer points

def test_metric_points_unit(nlp: Language) -> None:
    c = only(nlp, "Our reranker adds 2.3 BLEU points on IWSLT.", DATASET=["IWSLT"])
    assert (c["kind"], c["value"], c["unit"], c["metric"]) == ("improvement", 2.3, "points", "BLEU")


def test_gain_noun_after_coordinated_numbers_applies_to_all(nlp: Language) -> None:
    found = claims(nlp, "SpanGraph delivers 2.5 F1 and 5.1 F1 performance gains on ACE and ERE, "
                        "respectively.", METHOD=["SpanGraph"], DATASET=["ACE", "ERE"])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found] == [
        ("improvement", 2.5, "ACE"), ("improvement", 5.1, "ERE")]


def test_unit_shared_by_coordinated_numbers(nlp: Language) -> None:
    found = claims(nlp, "We beat the best prior system by 8 and 9.5 absolute percentage points "
                        "on STL and SVHN.")
    assert {(c["value"], c["unit"]) for c in found} == {(8.0, "points"), (9.5, "points")}


def test_coordinated_scores_share_the_verb(nlp: Language) -> None:
    found = claims(nlp, "These settings attain error rates of 8.6% on CIFAR-10 and 31.6% on "
                        "CIFAR-100.", DATASET=["CIFAR-10", "CIFAR-100"])
    assert [(c["value"], c["dataset"]) for c in found] == [(8.6, "CIFAR-10"), (31.6, "CIFAR-100")]


def test_beating_the_state_of_the_art_by_a_margin_is_an_improvement(nlp: Language) -> None:
    c = only(nlp, "KnowTag outperforms the previous state of the art by 1.7 F1 on FrameNet.",
             METHOD=["KnowTag"], DATASET=["FrameNet"])
    assert (c["kind"], c["value"], c["baseline"]) == (
        "improvement", 1.7, "previous state of the art")


def test_near_state_of_the_art_is_not_sota(nlp: Language) -> None:
    found = claims(nlp, "Our parser achieves near state-of-the-art performance on PTB.",
                   DATASET=["PTB"])
    assert [c["kind"] for c in found] == ["comparison"]


def test_leading_compared_with_names_the_baseline(nlp: Language) -> None:
    found = claims(nlp, "Compared with DeepNet-67B, DeepNet-V2 saves 42.5% of training costs "
                        "and reduces the KV cache by 93.3%.",
                   METHOD=["DeepNet-67B", "DeepNet-V2"])
    assert [(c["kind"], c["value"], c["baseline"], c["method"]) for c in found] == [
        ("reduction", 42.5, "DeepNet-67B", "DeepNet-V2"),
        ("reduction", 93.3, "DeepNet-67B", "DeepNet-V2")]


def test_shares_that_are_results_and_shares_that_are_not(nlp: Language) -> None:
    c = only(nlp, "Our prover solves 45.2% of the competition problems.")
    assert (c["kind"], c["value"], c["unit"]) == ("score", 45.2, "%")
    c = only(nlp, "Our planner solves 99.2% of the instances within 30 seconds.")  # instances: data, unless solved
    assert (c["kind"], c["value"], c["unit"]) == ("score", 99.2, "%")
    c = only(nlp, "Our verifier verifies 92.4% of the properties within the time limit.")
    assert (c["kind"], c["value"], c["unit"]) == ("score", 92.4, "%")
    assert claims(nlp, "About 40% of the errors are caused by rare entity types.") == []
    assert claims(nlp, "A detector trained on 20% of the labeled instances is used.") == []


def test_table_rows_are_not_claims(nlp: Language) -> None:
    row = "Method CIFAR-10 CIFAR-100 Maxout 11.68% 38.57% Dropout 10.41% 35.68%."
    assert claims(nlp, row) == []


def test_cost_and_out_performs(nlp: Language) -> None:
    c = only(nlp, "We get this speed at a cost of as little as 0.4 BLEU.")
    assert (c["kind"], c["value"], c["metric"]) == ("improvement", -0.4, "BLEU")
    c = only(nlp, "LISA also out-performs the strongest baseline by nearly 1.0 F1.",
             METHOD=["LISA"])
    assert (c["kind"], c["value"], c["method"]) == ("improvement", 1.0, "LISA")


def test_ranging_from_is_a_range_and_counts_are_no_delta(nlp: Language) -> None:
    c = only(nlp, "Our models achieve top-1 accuracies ranging from 76.5% to 80.9%.")
    assert (c["kind"], c["value"], c["unit"]) == ("score", 76.5, "%")
    assert claims(nlp, "Our toolkit grows the supported languages from 86 to 338.") == []


@pytest.mark.parametrize("text", [r"It reaches $\mathbf{41.3}$ BLEU.", r"It reaches \textbf{41.3} BLEU."])
def test_a_result_set_in_bold_is_read(nlp: Language, text: str) -> None:
    c = only(nlp, text, METRIC=["BLEU"])
    assert (c["kind"], c["value"], c["metric"]) == ("score", 41.3, "BLEU")


def test_a_decimal_comma_without_a_percent_sign_is_not_read_as_two_numbers(nlp: Language) -> None:
    assert claims(nlp, "Das Modell erreicht 91,2 F1 auf GermEval.", METRIC=["F1"]) == []


def test_coordinated_results_with_their_own_metrics_keep_their_own_units(nlp: Language) -> None:
    found = claims(nlp, "It reaches 41.3 BLEU and 88.2% accuracy.", METRIC=["BLEU", "accuracy"])
    assert [(c["value"], c["unit"], c["metric"]) for c in found] == [(41.3, None, "BLEU"), (88.2, "%", "accuracy")]


@pytest.mark.parametrize("text", ["It reaches EM/F1 of 88.5/90.1 on SQuAD.", "It reaches 88.5/90.1 EM/F1 on SQuAD."])
def test_slashed_metrics_pair_with_slashed_numbers_before_or_after(nlp: Language, text: str) -> None:
    found = claims(nlp, text, METRIC=["EM", "F1"], DATASET=["SQuAD"])
    assert [(c["value"], c["metric"]) for c in found] == [(88.5, "EM"), (90.1, "F1")]


def test_a_score_with_its_dataset_after_a_beaten_rival_and_its_number(nlp: Language) -> None:
    found = claims(nlp, "Ours surpasses GPT-4 (86.4%) with 88.2% on MMLU.", METHOD=["GPT-4"], DATASET=["MMLU"])
    assert [(c["kind"], c["value"], c["dataset"], c["method"]) for c in found if c["value"] is not None] == [
        ("score", 86.4, "MMLU", "GPT-4"), ("score", 88.2, "MMLU", None)]
    assert claims(nlp, "It is trained with only 10% on MMLU data.", DATASET=["MMLU"]) == []


@pytest.mark.parametrize(("text", "value", "unit", "metric"), [
    ("It yields an accuracy of 95.1±0.3% on CIFAR-10.", 95.1, "%", "accuracy"),
    ("It reaches 88.0 ± 1.2% accuracy.", 88.0, "%", "accuracy"),
    (r"It reaches 3.1$\pm$0.2 BLEU.", 3.1, None, "BLEU"),
])
def test_a_spread_after_a_result_is_part_of_it(nlp: Language, text: str, value: float, unit: str | None,
                                               metric: str) -> None:
    c = only(nlp, text, METRIC=[metric])
    assert (c["value"], c["unit"], c["metric"]) == (value, unit, metric)


def test_coordinated_from_to_changes_zip_with_the_datasets_before(nlp: Language) -> None:
    found = claims(nlp, "On GSM8K and MATH, it raises accuracy from 82.5% to 88.1% and from 41.3% to 49.7%, "
                        "respectively.", METRIC=["accuracy"], DATASET=["GSM8K", "MATH"])
    assert [(c["value"], c["dataset"]) for c in found] == [(88.1, "GSM8K"), (49.7, "MATH")]


def test_numbers_pair_with_a_list_of_datasets_before_them_in_their_clause(nlp: Language) -> None:
    found = claims(nlp, "On LibriSpeech test-clean and test-other, it achieves word error rates of 3.1% and 7.4%.",
                   METRIC=["word error rates"], DATASET=["LibriSpeech test-clean", "test-other"])
    assert [(c["value"], c["dataset"]) for c in found] == [(3.1, "LibriSpeech test-clean"), (7.4, "test-other")]
    # datasets that are no list are no pairing ("pre-trained on A, trained on B ...")
    found = claims(nlp, "With weights from ImageNet, a model trained on FSS-1000 outperforms both by 20% and 10%.",
                   DATASET=["ImageNet", "FSS-1000"])
    assert [c["dataset"] for c in found] == ["FSS-1000", "FSS-1000"]


@pytest.mark.parametrize(("text", "metric"), [
    ("It reaches a normalized score of 78.4 averaged over locomotion tasks.", "normalized score"),
    ("It reaches 85.2% accuracy over five seeds.", "accuracy"),
])
def test_what_a_result_is_averaged_over_is_no_baseline(nlp: Language, text: str, metric: str) -> None:
    assert only(nlp, text, METRIC=[metric])["baseline"] is None


def test_the_next_score_on_another_dataset_keeps_the_metric(nlp: Language) -> None:
    found = claims(nlp, "It obtains 81.5% top-1 accuracy on Kinetics-400 and 70.8% on SSv2.",
                   METRIC=["top-1 accuracy"], DATASET=["Kinetics-400", "SSv2"])
    assert [(c["value"], c["metric"], c["dataset"]) for c in found] == [
        (81.5, "top-1 accuracy", "Kinetics-400"), (70.8, "top-1 accuracy", "SSv2")]


def test_a_dataset_after_a_clause_break_belongs_to_the_next_result(nlp: Language) -> None:
    found = claims(nlp, "On ZINC it achieves an MAE of 0.059, and on ogbg-molhiv an ROC-AUC of 81.2.",
                   METRIC=["MAE", "ROC-AUC"], DATASET=["ZINC", "ogbg-molhiv"])
    assert [(c["value"], c["dataset"]) for c in found] == [(0.059, "ZINC"), (81.2, "ogbg-molhiv")]


def test_a_metric_family_written_with_slashes_pairs_with_slashed_numbers(nlp: Language) -> None:
    found = claims(nlp, "It yields ROUGE-1/2/L gains of 1.8/1.2/1.5 on CNN/DailyMail and 1.1/0.9/1.0 on XSum.",
                   METRIC=["ROUGE-1"], DATASET=["CNN/DailyMail", "XSum"])
    assert [(c["value"], c["metric"], c["dataset"]) for c in found] == [
        (1.8, "ROUGE-1", "CNN/DailyMail"), (1.2, "ROUGE-2", "CNN/DailyMail"), (1.5, "ROUGE-L", "CNN/DailyMail"),
        (1.1, "ROUGE-1", "XSum"), (0.9, "ROUGE-2", "XSum"), (1.0, "ROUGE-L", "XSum")]
    found = claims(nlp, "It achieves ROUGE-1/2/L of 44.1/21.3/40.9.", METRIC=["ROUGE-1"])
    assert [(c["value"], c["metric"]) for c in found] == [(44.1, "ROUGE-1"), (21.3, "ROUGE-2"), (40.9, "ROUGE-L")]


def test_numbers_after_numbers_paired_with_datasets_pair_with_the_same_datasets(nlp: Language) -> None:
    text = "On En-De and En-Fr, it improves BLEU by 1.3 and 0.9 respectively, reaching 30.2 and 43.8 BLEU."
    found = claims(nlp, text, METRIC=["BLEU"], DATASET=["En-De", "En-Fr"])
    assert [(c["value"], c["dataset"]) for c in found] == [
        (1.3, "En-De"), (0.9, "En-Fr"), (30.2, "En-De"), (43.8, "En-Fr")]


def test_a_result_after_a_list_of_datasets_names_none_of_them(nlp: Language) -> None:
    text = "On benchmarks including ETTh1, ETTm2 and Weather, it reduces MSE by 8.1% and MAE by 5.6% over PatchTST."
    found = claims(nlp, text, METRIC=["MSE", "MAE"], DATASET=["ETTh1", "ETTm2", "Weather"])
    assert [(c["value"], c["dataset"]) for c in found] == [(8.1, None), (5.6, None)]
    # as many numbers as datasets still pair up
    found = claims(nlp, "On ETTh1 and ETTm2, it reduces MSE by 8.1% and 5.6%.", METRIC=["MSE"], DATASET=["ETTh1", "ETTm2"])
    assert [(c["value"], c["dataset"]) for c in found] == [(8.1, "ETTh1"), (5.6, "ETTm2")]


def test_confidence_intervals_and_p_values_are_asides(nlp: Language) -> None:
    text = ("It achieved an AUROC of 0.87 (95% CI 0.85-0.89) on internal validation and 0.82 (95% CI 0.80-0.84) "
            "on external validation (p < 0.001).")
    found = claims(nlp, text, METRIC=["AUROC"])
    assert [(c["value"], c["metric"]) for c in found] == [(0.87, "AUROC"), (0.82, "AUROC")]
    assert found[0]["text"] == text  # the evidence is the sentence as written


def test_a_gain_in_brackets_is_an_aside_between_two_scores(nlp: Language) -> None:
    found = claims(nlp, "It achieves BLEU scores of 29.3 (+1.2) and 41.9 (+0.8).", METRIC=["BLEU"])
    assert [(c["kind"], c["value"]) for c in found] == [
        ("score", 29.3), ("improvement", 1.2), ("score", 41.9), ("improvement", 0.8)]


def test_a_second_change_by_a_number_shares_the_verb_before_the_first(nlp: Language) -> None:
    found = claims(nlp, "It improves ROUGE-L from 44.1 to 47.9 and RadGraph F1 by 5.2 points.",
                   METRIC=["ROUGE-L", "RadGraph F1"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [
        ("score", 47.9, "ROUGE-L"), ("improvement", 5.2, "RadGraph F1")]
    found = claims(nlp, "It improves ROUGE-L from 44.1 to 47.9, and by up to 5.2 points in RadGraph F1.",
                   METRIC=["ROUGE-L", "RadGraph F1"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [
        ("score", 47.9, "ROUGE-L"), ("improvement", 5.2, "RadGraph F1")]


@pytest.mark.parametrize(("text", "metrics", "found"), [
    ("At 0.3 bpp, the codec achieves a PSNR of 32.1 dB.", ["bpp", "PSNR"], [(32.1, "PSNR")]),
    ("It reaches 95.2% recall at 1% FPR.", ["recall", "FPR"], [(95.2, "recall")]),
    ("At a 10% FPR, it detects attacks with 88.1% precision.", ["FPR", "precision"], [(88.1, "precision")]),
    ("It achieves 45.2 AP at 30 FPS.", ["AP", "FPS"], [(45.2, "AP"), (30.0, "FPS")]),
    ("It reaches an F1 score at 90.7%.", ["F1 score"], [(90.7, "F1 score")]),
    ("At a sensitivity of 80%, specificity was 76%.", ["sensitivity", "specificity"], [(76.0, "specificity")]),
])
def test_an_operating_point_after_at_is_no_result(nlp: Language, text: str, metrics: list[str], found: list) -> None:
    assert [(c["value"], c["metric"]) for c in claims(nlp, text, METRIC=metrics)] == found


@pytest.mark.parametrize("text", [
    "It lowers the Chamfer distance by 0.3.", "It lowers the KL divergence by 0.3.",
    "It lowers the mean absolute deviation by 0.3.", "It lowers the average forgetting by 0.3.",
    "It lowers the Hausdorff distance by 0.3 mm.",
])
def test_distances_deviations_and_forgetting_are_lower_is_better(nlp: Language, text: str) -> None:
    metric = text.split("the ")[1].split(" by")[0]
    c = only(nlp, text, METRIC=[metric])
    assert (c["kind"], c["value"], c["metric"]) == ("reduction", 0.3, metric)


@pytest.mark.parametrize(("text", "metric", "value"), [
    ("Bar achieves an MRR@10 of 39.6 on Foo, 2.1 points higher than Baz, and an F1 of 50.8 on Qux.", "MRR@10", 2.1),
    # more of a lower-is-better measure than the rival: a loss
    ("Bar reaches a perplexity of 3.92 on Foo, only 0.60 above the Baz model.", "perplexity", -0.6),
])
def test_a_difference_set_beside_a_score_without_article_is_in_its_measure(nlp: Language, text: str, metric: str,
                                                                           value: float) -> None:
    datasets = [name for name in ("Foo", "Qux") if name in text]
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=datasets, METRIC=[metric])
    assert [(c["kind"], c["value"], c["metric"], c["baseline"]) for c in found][1:2] == [
        ("improvement", value, metric, "Baz")]


def test_precision_as_a_number_format_is_no_measure(nlp: Language) -> None:
    found = claims(nlp, "Bar reduces the perplexity gap to full precision by 48% compared to Baz.", METHOD=["Bar", "Baz"])
    assert [(c["value"], c["metric"]) for c in found] == [(48.0, "perplexity")]


def test_a_share_of_a_gap_closed_is_a_gain_in_no_measure(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches a WER of 7.1% on Foo, closing 60% of the gap to the Baz model.",
                   METHOD=["Bar", "Baz"], DATASET=["Foo"], METRIC=["WER"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [("score", 7.1, "WER"), ("improvement", 60.0, None)]


def test_dropout_named_as_subject_is_no_verb(nlp: Language) -> None:
    found = claims(nlp, "Variational dropout on the recurrent connections reduces perplexity from 82.7 to 78.4 on Foo.",
                   METHOD=["Variational dropout"], DATASET=["Foo"], METRIC=["perplexity"])
    assert [(c["value"], c["method"]) for c in found] == [(78.4, "Variational dropout")]


def test_a_share_kept_is_a_result_and_a_predicate_without_subject_shares_the_first_ones(nlp: Language) -> None:
    text = ("On Baz, Bar removes 40% of the heads while keeping 99% of the original Foo score, and reduces latency "
            "by a factor of 1.6.")
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo"], METRIC=["latency"])
    assert [(c["kind"], c["value"], c["method"]) for c in found] == [("score", 99.0, "Bar"), ("reduction", 1.6, "Bar")]


def test_an_average_over_a_count_of_tasks_names_none_of_those_listed_after_it(nlp: Language) -> None:
    text = "Bar achieves an average F1 of 82.5 on seven semantic similarity tasks (Foo, Qux and Quux), 1.9 points above Baz."
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo", "Qux", "Quux"], METRIC=["F1"])
    assert [(c["value"], c["dataset"]) for c in found] == [(82.5, None), (1.9, None)]


def test_a_rival_whose_numbers_follow_in_brackets_is_named_without_them(nlp: Language) -> None:
    text = ("Bar reaches a mean AUC of 0.902 across five pathologies, and for pneumonia its F1 score exceeds that of "
            "the average radiologist (0.435 vs. 0.387).")
    found = claims(nlp, text, METHOD=["Bar"], METRIC=["AUC", "F1 score"])
    # the rival is the second clause's: the first result has none
    assert [(c["value"], c["baseline"]) for c in found if c["value"]] == [(0.902, None), (0.435, "average radiologist")]


def test_a_score_before_a_setting_and_a_dataset_is_in_the_measure_after_them(nlp: Language) -> None:
    found = claims(nlp, "With a batch size of 32k, Bar reaches 84.5% zero-shot Foo accuracy in two days.",
                   METHOD=["Bar"], DATASET=["Foo"], METRIC=["accuracy"])
    assert [(c["value"], c["metric"], c["dataset"]) for c in found] == [(84.5, "accuracy", "Foo")]


def test_a_rival_whose_measure_is_raised_on_a_dataset_before_by(nlp: Language) -> None:
    found = claims(nlp, "Bar boosts the performance of Baz prompting on Foo by 17.9%.", METHOD=["Bar", "Baz prompting"],
                   DATASET=["Foo"])
    assert [(c["value"], c["dataset"], c["baseline"]) for c in found] == [(17.9, "Foo", "Baz prompting")]


@pytest.mark.parametrize(("text", "values"), [
    # an operating point written as "at a <measure> of N" after a result
    ("Bar reaches a true positive rate of 38.2% at a false positive rate of 0.1%.", [38.2]),
    # after a count it is the result
    ("Bar extracts 10,000 instances of 102 relations at a precision of 67.6%.", [67.6]),
])
def test_an_operating_point_named_with_of_after_a_result(nlp: Language, text: str, values: list) -> None:
    found = claims(nlp, text, METHOD=["Bar"], METRIC=[m for m in ("true positive rate", "false positive rate",
                                                                   "precision") if m in text])
    assert [c["value"] for c in found] == values


def test_a_log_likelihood_within_nats_of_a_rival(nlp: Language) -> None:
    found = claims(nlp, "Its negative log-likelihood is within 0.05 nats of the exact Baz.", METHOD=["Baz"],
                   METRIC=["negative log-likelihood"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [("improvement", -0.05, "negative log-likelihood")]


def test_a_reduction_by_a_relative_share(nlp: Language) -> None:
    found = claims(nlp, "Bar reduces the character error rate on Foo by a relative 15% compared with Baz.",
                   METHOD=["Bar", "Baz"], DATASET=["Foo"], METRIC=["character error rate"])
    assert [(c["kind"], c["value"], c["baseline"]) for c in found] == [("reduction", 15.0, "Baz")]


@pytest.mark.parametrize("text", ["Bar is 1.7 times as fast as Baz on one GPU.", "Bar is 1.7x as fast as Baz."])
def test_a_factor_as_fast_as_a_rival(nlp: Language, text: str) -> None:
    found = claims(nlp, text, METHOD=["Bar", "Baz"])
    assert [(c["kind"], c["value"], c["unit"], c["baseline"]) for c in found] == [("improvement", 1.7, "x", "Baz")]


def test_as_well_as_names_no_rival(nlp: Language) -> None:
    found = claims(nlp, "Bar outperforms strong baselines as a standalone encoder as well as a building block.",
                   METHOD=["Bar"])
    assert [c["baseline"] for c in found] == [None]


def test_a_new_best_measure_is_the_state_of_the_art(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar sets a new best overall accuracy of 85.9%.", METHOD=["Bar"], DATASET=["Foo"],
                   METRIC=["accuracy"])
    assert [(c["kind"], c["value"]) for c in found] == [("sota", 85.9)]


def test_a_predecessor_named_in_apposition_is_the_rival(nlp: Language) -> None:
    found = claims(nlp, "Bar is 3.3x faster than its predecessor, Baz.", METHOD=["Bar", "Baz"])
    assert [(c["value"], c["baseline"]) for c in found] == [(3.3, "Baz")]


def test_measures_sharing_a_head_word_pair_with_their_numbers(nlp: Language) -> None:
    text = "On Foo, Bar achieves entity and relation F1 scores of 89.7 and 66.1, respectively."
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo"], METRIC=[("entity", "entity F1"), "relation F1"])
    assert [(c["value"], c["metric"]) for c in found] == [(89.7, "entity F1"), (66.1, "relation F1")]


@pytest.mark.parametrize(("text", "baseline"), [
    ("Bar is on par with the well-established and highly-optimized Baz baseline on Foo.", "Baz"),
    ("Bar reaches 0.83 on Foo, improving on the previous best, Baz, by 0.04.", "Baz"),
    # a rival described in full before another one: neither is the other's name
    ("Bar reaches 81.4 on Foo, outperforming the privileged rule-based expert and Baz by 9.7 and 24.3.", None),
])
def test_a_rival_named_after_adjectives_that_describe_it(nlp: Language, text: str, baseline: str | None) -> None:
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo"])
    assert found[0]["baseline"] == baseline


def test_gains_each_with_its_dataset_in_brackets(nlp: Language) -> None:
    found = claims(nlp, "Bar yields improvements of 2.1 BLEU (Foo) and 1.5 BLEU (Qux) over the Baz baseline.",
                   METHOD=["Bar", "Baz"], DATASET=["Foo", "Qux"], METRIC=["BLEU"])
    assert [(c["value"], c["dataset"]) for c in found] == [(2.1, "Foo"), (1.5, "Qux")]


def test_gains_in_points_after_scores_without_a_unit_are_in_their_measure(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves 94.6 and 88.7 F1 on Foo and Qux, surpassing Baz by 1.8 and 3.3 points.",
                   METHOD=["Bar", "Baz"], DATASET=["Foo", "Qux"], METRIC=["F1"])
    assert [(c["value"], c["metric"]) for c in found][2:] == [(1.8, "F1"), (3.3, "F1")]


@pytest.mark.parametrize(("text", "baseline"), [
    # the comparison is a later clause's, with its own place and subject
    ("On Foo, Bar reaches an accuracy of 83.4%, while on Qux it is competitive with the much larger Baz.", None),
    # a participle goes on with the same subject
    ("On Foo, Bar retains 98.4% of the accuracy of its teacher while being 1.9x faster, outperforming Baz.", "Baz"),
])
def test_a_comparison_in_a_clause_of_its_own_names_no_rival_of_earlier_numbers(nlp: Language, text: str,
                                                                              baseline: str | None) -> None:
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=[d for d in ("Foo", "Qux") if d in text],
                   METRIC=["accuracy"])
    assert found[0]["baseline"] == baseline


def test_the_rival_whose_measure_is_cut_may_be_described_before_its_name(nlp: Language) -> None:
    found = claims(nlp, "Bar reduces the normalized error of an unpretrained Baz by 9%.", METHOD=["Bar", "Baz"],
                   METRIC=["normalized error"])
    assert [(c["value"], c["baseline"]) for c in found] == [(9.0, "Baz")]


def test_a_task_name_in_a_list_of_gains_is_no_verb(nlp: Language) -> None:
    text = ("We achieve absolute improvements of 8.9% on commonsense reasoning (Foo), 5.7% on question answering "
            "(Qux), and 1.5% on textual entailment (Quux).")
    found = claims(nlp, text, DATASET=["Foo", "Qux", "Quux"], TASK=["question answering"])
    assert [c["kind"] for c in found] == ["improvement"] * 3


def test_points_coordinated_after_a_gain_are_a_gain(nlp: Language) -> None:
    found = claims(nlp, "Bar improves performance by up to 12 BLEU points for low resource MT and over 5 BLEU points "
                        "for document-level models.", METHOD=["Bar"], METRIC=["BLEU"])
    assert [(c["kind"], c["value"]) for c in found] == [("improvement", 12.0), ("improvement", 5.0)]


def test_an_integer_scored_after_a_score_of_the_same_kind_is_a_score(nlp: Language) -> None:
    text = "Bar leads the leaderboard with an Elo rating of 1251, and the strongest open model, Baz, scores 1077."
    found = claims(nlp, text, METHOD=["Bar", "Baz"], METRIC=["Elo rating"])
    assert [(c["value"], c["metric"], c["method"]) for c in found] == [(1251.0, "Elo rating", "Bar"),
                                                                       (1077.0, "Elo rating", "Baz")]


def test_a_judge_is_no_rival(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves a win rate of 61% against reference summaries judged by Baz.", METHOD=["Bar", "Baz"],
                   METRIC=["win rate"])
    assert [c["baseline"] for c in found] == [None]


def test_a_share_of_preferences_after_scores_is_in_no_measure_of_theirs(nlp: Language) -> None:
    text = ("On Foo and Qux, Bar obtains ROUGE-1 scores of 46.8 and 48.2, respectively, and human raters prefer its "
            "summaries to those of Baz in 63% of cases.")
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo", "Qux"], METRIC=["ROUGE-1"])
    assert [(c["value"], c["metric"]) for c in found] == [(46.8, "ROUGE-1"), (48.2, "ROUGE-1"), (63.0, None)]


def test_a_second_score_under_its_own_condition_keeps_the_measure(nlp: Language) -> None:
    text = ("On Foo, Bar achieves an MPJPE of 36.9 mm under Protocol 1 and 28.7 mm under Protocol 2, and on Qux it "
            "improves the PCK from 88.6 to 92.4.")
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo", "Qux"], METRIC=["MPJPE", "PCK"])
    assert [(c["value"], c["metric"]) for c in found] == [(36.9, "MPJPE"), (28.7, "MPJPE"), (92.4, "PCK")]


@pytest.mark.parametrize(("text", "metric"), [
    ("On Foo, Bar improves exact match from 32.4 to 34.4 with a frozen Baz reader.", "exact match"),
    ("Bar reaches a 71.8% intersection-over-union score on Foo with a Baz backbone.", "intersection-over-union score"),
])
def test_a_word_inside_a_measure_is_no_comparison(nlp: Language, text: str, metric: str) -> None:
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo"], METRIC=[metric])
    assert [c["baseline"] for c in found] == [None]


def test_a_factor_written_with_a_capital_x(nlp: Language) -> None:
    found = claims(nlp, "On Foo we show a 2X-3X acceleration compared to the standard Baz implementation.",
                   METHOD=["Baz"], DATASET=["Foo"])
    assert [(c["kind"], c["value"], c["unit"]) for c in found] == [("improvement", 2.0, "x")]
