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


def pick_numeric(found: list[dict]) -> list[dict]:
    return [c for c in found if c["value"] is not None]


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


@pytest.mark.parametrize(("text", "value"), [
    ("Its relative L2 error is 4.1e-3.", 0.0041),
    ("It reduces the relative L2 error from 9.6e-1 for a vanilla PINN to 1.3E−2.", 0.013),
])
def test_numbers_in_scientific_notation(nlp: Language, text: str, value: float) -> None:
    c = only(nlp, "We propose Foo. " + text, METHOD=["Foo"], METRIC=["relative L2 error"])
    assert (c["kind"], c["value"], c["metric"], c["method"]) == ("score", value, "relative L2 error", "Foo")
    assert claims(nlp, "We train Foo with a learning rate of 1e-4 and weight decay 5e-2.", METHOD=["Foo"]) == []


def test_range_keeps_lower_bound(nlp: Language) -> None:
    c = only(nlp, "Pruning yields improvements of 2-5% across languages.")
    assert (c["kind"], c["value"], c["unit"]) == ("improvement", 2.0, "%")
    c = only(nlp, "Pruning yields gains of 1.5 to 3 points.")
    assert (c["kind"], c["value"], c["unit"]) == ("improvement", 1.5, "points")


def test_negative_deltas(nlp: Language) -> None:
    c = only(nlp, "Removing the copy gate costs -0.3 BLEU.", METRIC=["BLEU"])
    assert (c["kind"], c["value"], c["metric"]) == ("improvement", -0.3, "BLEU")
    # a fall written without a sign is the number as written, and which way it went
    c = only(nlp, "Without pretraining, accuracy drops by 1.2 points.")
    assert (c["kind"], c["value"], c["unit"]) == ("reduction", 1.2, "points")


# --------------------------------------------------------------------------- reductions

@pytest.mark.parametrize("text,value,unit,metric", [
    ("Our recognizer reduces word error rate by 27.5% relative.", 27.5, "%", "word error rate"),
    ("LoRA-X uses 40% less memory than full fine-tuning.", 40.0, "%", "memory"),
    ("LoRA-X saves 42.5% of training costs.", 42.5, "%", "training costs"),
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


@pytest.mark.parametrize(("text", "method"), [
    ("A fastText classifier that sees only the hypothesis achieves 67.0% accuracy on SNLI.", "fastText"),
    ("Larger ALBERT configurations that are trained longer reach 89.4% accuracy on SNLI.", "ALBERT"),
    ("The comparison of Bar and its backbone ResNet-101 shows that the gain is up to 6.4% accuracy on SNLI.", None),
])
def test_the_name_a_relative_clause_describes_is_the_subject_of_the_main_verb(nlp: Language, text: str,
                                                                              method: str | None) -> None:
    c = only(nlp, text, METHOD=[m for m in ("fastText", "ALBERT", "BERT-large", "ResNet-101") if m in text],
             METRIC=["accuracy"], DATASET=["SNLI"])
    assert c["method"] == method


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
     [("reduction", 0.6)]),
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
    ("ViX shows relative improvements in HR@10 of 8.3% over SASRec.", [("improvement", 8.3, "HR@10", None)]),
    ("ViX improves segmentation by 2.0 mIoU and object detection on COCO by 1.1 box AP.",
     [("improvement", 2.0, "mIoU", None), ("improvement", 1.1, "box AP", "COCO")]),
    ("ViX gets a precision of 70% and a recall of 49%.", [("score", 70.0, "precision", None), ("score", 49.0, "recall", None)]),
])
def test_qualified_metrics_gains_that_reach_and_conjuncts_with_their_own_data(nlp: Language, text: str,
                                                                              expected: list) -> None:
    found = claims(nlp, text, METHOD=["ViX"], DATASET=["COCO"] if "COCO" in text else [],
                   METRIC=[m for m in ("top-1 accuracy", "mIoU", "PSNR", "box AP", "precision", "recall", "HR@10")
                           if m in text])
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


def test_underperforming_with_no_rival_named_is_no_comparison(nlp: Language) -> None:
    assert claims(nlp, "We study ChatGPT. Such models often underperform when trained on few-shot data.",
                  METHOD=["ChatGPT"]) == []


@pytest.mark.parametrize("text", [
    "ChatGPT performs worse than DeepL on German.", "ChatGPT yields lower perplexity values than DeepL.",
    "ChatGPT is statistically indistinguishable from DeepL.", "ChatGPT matches DeepL on German.",
    "ChatGPT matches or slightly improves the final validation loss of DeepL.",
    "ChatGPT matches the OCR-dependent DeepL.", "ChatGPT trails DeepL by only a small margin.",
    "ChatGPT is slightly slower than DeepL because of launch overhead.",
    "ChatGPT slightly underperforms DeepL on German.",
    "ChatGPT outputs are judged more consistent and more engaging than those of DeepL.",
    "ChatGPT outputs are judged more plausible than those of DeepL.",
    "ChatGPT correlates better with human judgments than DeepL.",
])
def test_more_comparisons_name_the_rival(nlp: Language, text: str) -> None:
    c = only(nlp, "We study ChatGPT. " + text, METHOD=["ChatGPT", "DeepL"])
    assert (c["kind"], c["method"], c["baseline"], c["value"]) == ("comparison", "ChatGPT", "DeepL", None)


@pytest.mark.parametrize(("text", "found_"), [
    ("Compared with DExperts, Foo achieves lower toxicity while keeping fluency.", [("Foo", "DExperts")]),
    ("Relative to GeDi, our method yields more coherent continuations.", [("Foo", "GeDi")]),
    # a scope, or no subject that makes it an outcome
    ("Compared with GeDi, we study a larger set of tasks.", []),
    ("Compared with DExperts, which uses more data, training is cheap.", []),
])
def test_a_rival_opening_the_sentence_needs_no_than(nlp: Language, text: str, found_: list) -> None:
    found = claims(nlp, "We propose Foo. " + text, METHOD=["Foo"] + [m for m in ("DExperts", "GeDi") if m in text])
    assert [(c["method"], c["baseline"]) for c in found if c["kind"] == "comparison"] == found_


@pytest.mark.parametrize(("text", "found_"), [
    ("With 100 labeled sentences, it matches a fully supervised RoBERTa-large tagger.", ["comparison"]),
    ("In the supervised setting, it matches task-specific state-of-the-art models on CoNLL-2003.", ["comparison"]),
    # matching as a procedure
    ("Foo generates labels by matching posts against the SIDER resource.", []),
])
def test_matching_a_described_rival_or_the_state_of_the_art(nlp: Language, text: str, found_: list) -> None:
    assert [c["kind"] for c in claims(nlp, "We propose Foo. " + text, METHOD=["Foo"])] == found_


@pytest.mark.parametrize(("text", "found_"), [
    ("Combined with a simple tracker, Foo also improves multi-object tracking on nuScenes.", [("Foo", "nuScenes")]),
    ("Experiments show that web-scale data improves dependency parsing.", [("Foo", None)]),
    ("This form of training improves labeled attachment score.", [("Foo", None)]),
    # how it is done, what a proposal is for, a goal
    ("Foo improves multi-object tracking by adding a memory of past frames.", []),
    ("We present Foo, a tracker which improves multi-object tracking.", []),
    ("To see whether it improves dependency parsing, we run Foo.", []),
    # a measure moved either way is an outcome; a task only bettered; a resource spent is a cost
    ("Removing the synthetic errors consistently lowers labeled attachment score.", [("Foo", None)]),
    ("Foo decreases dependency parsing on long sentences.", []),
    ("The ensemble increases training cost.", []),
])
def test_bettering_a_named_task_or_measure_is_an_outcome(nlp: Language, text: str, found_: list) -> None:
    found = claims(nlp, "We propose Foo. " + text, METHOD=["Foo"], DATASET=["nuScenes"][:"nuScenes" in text],
                   TASK=[t for t in ("multi-object tracking", "dependency parsing") if t in text],
                   METRIC=[m for m in ("labeled attachment score", "training cost") if m in text])
    assert [(c["method"], c["dataset"]) for c in found if c["kind"] == "comparison"] == found_


@pytest.mark.parametrize(("text", "datasets"), [
    ("Short-context performance on MMLU is preserved.", ["MMLU"]),
    ("General capability, measured on MMLU and GSM8K, is statistically unchanged.", ["MMLU", "GSM8K"]),
    ("It leaves the MT-Bench score of the defended model essentially unchanged.", ["MT-Bench"]),
    ("Instruction-following accuracy on IFEval is maintained.", ["IFEval"]),
])
def test_a_quality_kept_is_a_comparison(nlp: Language, text: str, datasets: list[str]) -> None:
    found = claims(nlp, "We propose Foo. " + text, METHOD=["Foo"], DATASET=datasets)
    assert [(c["kind"], c["method"], c["dataset"], c["value"]) for c in found] == [
        ("comparison", "Foo", d, None) for d in datasets]


@pytest.mark.parametrize(("text", "found_"), [
    ("Ablations show that the gate, not the extra parameters, accounts for most of the gain.", [("comparison", "Foo")]),
    ("An ablation study confirms that both losses are necessary.", [("comparison", "Foo")]),
    ("Ablations examine the role of periodic encodings.", []),  # what they look at, not what they found
])
def test_what_the_ablations_found_is_an_outcome_of_the_method(nlp: Language, text: str, found_: list) -> None:
    found = claims(nlp, "We propose Foo. " + text, METHOD=["Foo"])
    assert [(c["kind"], c["method"]) for c in found] == found_


@pytest.mark.parametrize(("text", "metrics"), [
    ("In Foo the overall object structure is preserved.", []),
    ("The number of parameters of Foo remains unchanged.", ["number of parameters"]),
    ("The objective is applied only during training, so inference cost is unchanged.", ["inference cost"]),
])
def test_a_design_kept_is_no_comparison(nlp: Language, text: str, metrics: list[str]) -> None:
    assert claims(nlp, "We propose Foo. " + text, METHOD=["Foo"], METRIC=metrics) == []


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


@pytest.mark.parametrize("text", ["BeatMAE masks and reconstructs segments of the spectrogram.",
                                  "It masks beat-aligned segments of the spectrogram.",
                                  "ExceedNet reads the whole document."])
def test_a_comparing_verb_inside_a_word_is_no_comparison(nlp: Language, text: str) -> None:
    assert claims(nlp, text, METHOD=[m for m in ("BeatMAE", "ExceedNet") if m in text]) == []


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


@pytest.mark.parametrize("text", [
    "SpanMetric: Interpretable Evaluation of Translation\n\nMetrics output one score. SpanMetric reaches a "
    "Kendall's tau of 0.37 on WMT22.",
    "Metrics output one score. We present SpanMetric, a metric that predicts error spans. SpanMetric reaches a "
    "Kendall's tau of 0.37 on WMT22.",
])
def test_a_measure_the_paper_contributes_is_what_its_results_are_about(nlp: Language, text: str) -> None:
    doc = annotate(nlp, text, METRIC=["SpanMetric", "Kendall's tau"], DATASET=["WMT22"])
    assert doc._.kb_own_method == "SpanMetric"
    c = only_claim(doc)
    assert (c["method"], c["metric"], c["value"]) == ("SpanMetric", "Kendall's tau", 0.37)


def test_a_measure_only_used_is_no_own_work(nlp: Language) -> None:
    doc = annotate(nlp, "We report BLEURT and COMET. Our model reaches a COMET of 0.81.",
                   METRIC=["BLEURT", "COMET"], METHOD=["model"])
    assert doc._.kb_own_method is None


def test_a_question_between_alternatives_names_no_own_method(nlp: Language) -> None:
    text = ("Lion, Sophia or AdamW? A Tuning-Matched Comparison\n\nNew optimizers are often reported to beat "
            "AdamW. We compare AdamW, Lion and Sophia. On ImageNet the optimizers are indistinguishable, with AdamW "
            "reaching 77.1% top-1 accuracy.")
    doc = annotate(nlp, text, METHOD=["Lion", "Sophia", "AdamW"], METRIC=["top-1 accuracy"])
    assert doc._.kb_own_method is None
    assert [(c["value"], c["method"]) for c in doc._.kb_claims] == [(77.1, "AdamW")]


@pytest.mark.parametrize("opener", ["To our knowledge", "To the best of our knowledge"])
def test_to_our_knowledge_opens_no_purpose_clause(nlp: Language, opener: str) -> None:
    found = claims(nlp, f"We propose Foo. {opener}, Foo is the new state of the art for fusion on nuScenes.",
                   METHOD=["Foo"], DATASET=["nuScenes"])
    assert [(c["kind"], c["method"], c["dataset"]) for c in found] == [("sota", "Foo", "nuScenes")]


def test_what_has_been_proposed_is_others_work(nlp: Language) -> None:
    text = ("Span Rewiring\n\nGraph rewiring has been proposed as a remedy for over-squashing, and several "
            "approaches have been proposed and achieve promising improvements. We re-examine these claims.")
    assert claims(nlp, text) == []


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


def test_a_model_a_title_applies_its_method_to_is_not_the_own_method(nlp: Language) -> None:
    text = ("Input-Adaptive Token Pruning for Vision Transformers\n\nAdaDrop inserts a scoring module into "
            "Vision Transformers. AdaDrop is 1.3x faster than DynamicViT.")
    doc = annotate(nlp, text, METHOD=["Vision Transformers", "AdaDrop", "DynamicViT"])
    assert doc._.kb_own_method == "AdaDrop"
    assert only_claim(doc)["method"] == "AdaDrop"


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


def test_a_proposal_as_the_second_verb_of_we_is_the_own_method(nlp: Language) -> None:
    doc = annotate(nlp, "Layer Mappings for Knowledge Distillation\n\nWe study knowledge distillation into small "
                        "students and propose LayerMap, which learns layer alignments. It is 2.0x faster than BERT-base.",
                   METHOD=["Knowledge Distillation", "knowledge distillation", "LayerMap", "BERT-base"])
    assert doc._.kb_own_method == "LayerMap"
    assert only_claim(doc)["method"] == "LayerMap"


@pytest.mark.parametrize("text", [
    # a first predicate of many words before "and propose"
    "We observe that misalignment is concentrated in the first few epochs of training and propose "
    "Gradient Alignment Warm-Up (GAW), which applies a penalty early.",
    # what meets the problem just stated
    "We address this with Gradient Alignment Warm-Up (GAW), which applies a penalty early.",
    "We replace it with Gradient Alignment Warm-Up (GAW), which applies a penalty early.",
])
def test_a_proposal_after_a_long_first_predicate_or_meeting_the_problem_is_the_own_method(
        nlp: Language, text: str) -> None:
    text = ("Stable Single-Step Adversarial Training via Gradient Alignment\n\nSingle-Step Adversarial Training is "
            "cheap but unstable. " + text + " It trains 5.2x faster than PGD.")
    doc = annotate(nlp, text, METHOD=["Single-Step Adversarial Training", "Gradient Alignment Warm-Up", "PGD",
                                      ("GAW", "Gradient Alignment Warm-Up")])
    assert doc._.kb_own_method == "Gradient Alignment Warm-Up"
    assert only_claim(doc)["method"] == "Gradient Alignment Warm-Up"


@pytest.mark.parametrize(("text", "own"), [
    ("We propose a new variant of AdaBoost for cascades. It raises detection rates by 3.1%.", None),
    ("We note a similarity and develop an extension of dropout for it. We also introduce FractalNet, a deep "
     "network. It runs 2.0x faster.", "FractalNet"),
    # a kind it is of, also where its short form follows
    ("We propose a new type of convolutional neural network (CNN) with kernels. It raises accuracy by 3.1%.", None),
])
def test_what_a_proposal_is_a_variant_of_is_not_the_own_method(nlp: Language, text: str, own: str | None) -> None:
    doc = annotate(nlp, text, METHOD=[m for m in ("AdaBoost", "dropout", "FractalNet",
                                                  ("convolutional neural network", "convolutional neural network"),
                                                  ("CNN", "convolutional neural network"))
                                      if (m if isinstance(m, str) else m[0]) in text])
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
    ("Warm-up is brittle. Our remedy, ProxylessNAS-M, rescales each step.", "ProxylessNAS-M"),
    ("Our self-supervised method, BYOL-Aug, learns without negatives.", "BYOL-Aug"),
    ("We present a neural approach to extractive summarization, SummaRuNNer-X, that labels sentences.",
     "SummaRuNNer-X"),
    ("We present a framework for combining CNN, LSTM and attention.", None),  # a list, no apposition
])
def test_the_name_given_to_a_described_method_is_own(nlp: Language, text: str, own: str | None) -> None:
    doc = annotate(nlp, text + " It reaches 42.1 ROUGE-1.", METRIC=["ROUGE-1"],
                   METHOD=[m for m in ("ProxylessNAS-M", "BYOL-Aug", "SummaRuNNer-X", "CNN", "LSTM") if m in text])
    assert doc._.kb_own_method == own


@pytest.mark.parametrize(("text", "own"), [
    ("We propose a deep convolutional network for text. We call it deep pyramid CNN.", "deep pyramid CNN"),
    ("We present a deep convolutional network. We call the recipe NACap.", "NACap"),
])
def test_a_described_proposal_is_the_name_we_call_it(nlp: Language, text: str, own: str) -> None:
    doc = annotate(nlp, "Text Categorization\n\n" + text + " It reaches 42.1 ROUGE-1.",
                   METRIC=["ROUGE-1"], METHOD=["deep convolutional network", own])
    assert doc._.kb_own_method == own
    assert only_claim(doc)["method"] == own


def test_a_title_description_the_abstract_does_not_repeat_yields_to_the_name_it_keeps_using(nlp: Language) -> None:
    text = ("Frequency-Aware Channel Recalibration for Speaker Verification\n\nFreqSE augments each residual block of "
            "ECAPA-TDNN. FreqSE achieves an EER of 0.71% on VoxCeleb1-O. It also lowers minDCF by 9.6%.")
    doc = annotate(nlp, text, METHOD=["Frequency-Aware Channel Recalibration", "FreqSE", "ECAPA-TDNN"],
                   METRIC=["EER", "minDCF"], DATASET=["VoxCeleb1-O"])
    assert doc._.kb_own_method == "FreqSE"
    assert pick(doc._.kb_claims, value=9.6)["method"] == "FreqSE"


def test_our_baseline_is_not_our_method(nlp: Language) -> None:
    found = claims(nlp, "We propose TDR. Our Transformer baseline reaches 34.6 BLEU. TDR yields 34.9 BLEU.",
                   METHOD=["TDR", "Transformer"], METRIC=["BLEU"])
    assert [(c["value"], c["method"]) for c in found] == [(34.6, "Transformer"), (34.9, "TDR")]


@pytest.mark.parametrize(("text", "own"), [
    # no sentence proposes it: the coined name the abstract keeps making its subject
    ("Frame Selection\n\nProcessing every frame wastes computation. SkimNet uses a MobileNetV3 skimmer to score "
     "frames. On ActivityNet, SkimNet attains 79.6% mAP. Transferred to clips, it reaches 96.4% top-1 accuracy.",
     "SkimNet"),
    ("Denoising Graphs\n\nSpecDen (Spectral Denoising) learns a filter. SpecDen improves Recall@20 over LightGCN "
     "by 11.2%. It also reaches 96.4% top-1 accuracy.", "SpecDen"),
    # a rival is no own method, however often it is the subject
    ("Frame Selection\n\nAdaFrame uses a policy. AdaFrame is slow. Our skimmer is 3.2x faster than AdaFrame. "
     "It also reaches 96.4% top-1 accuracy.", None),
    # nor a name the abstract mentions once
    ("Frame Selection\n\nSkimNet uses a policy. It reaches 96.4% top-1 accuracy.", None),
    # nor the short form of a kind of model
    ("Frame Selection\n\nDNN prove useful. DNN learn features. It reaches 96.4% top-1 accuracy.", None),
])
def test_a_recurring_subject_is_own_where_nothing_is_proposed(nlp: Language, text: str, own: str | None) -> None:
    names = [m for m in ("SkimNet", "SpecDen", "LightGCN", "AdaFrame", "MobileNetV3", ("DNN", "deep neural network"))
             if (m if isinstance(m, str) else m[0]) in text]
    doc = annotate(nlp, text, METRIC=["top-1 accuracy"], METHOD=names)
    assert doc._.kb_own_method == own
    assert pick(doc._.kb_claims, value=96.4)["method"] == own


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


def test_an_ablation_is_about_the_own_method_and_cutting_a_higher_is_better_measure_is_a_loss(nlp: Language) -> None:
    text = "Foo: Planning\n\nWe propose Foo. Removing the GPT-4 planner reduces average chrF by 5.2 points."
    doc = annotate(nlp, text, METHOD=["Foo", "GPT-4"], METRIC=["chrF"])
    assert [(c["method"], c["kind"], c["value"]) for c in doc._.kb_claims] == [("Foo", "reduction", 5.2)]
    # but a lower-is-better measure cut is a reduction, and an unknown measure's too
    assert [(c["kind"], c["value"]) for c in claims(nlp, "Foo reduces the word error rate by 5.2 points.",
                                                     METHOD=["Foo"], METRIC=["word error rate"])] == [("reduction", 5.2)]


def test_the_own_method_applied_to_another_model_is_the_subject(nlp: Language) -> None:
    text = "Foo: Looping\n\nWe propose Foo. Applying the same recipe to Gemma-2-9B yields gains of 5.8 points."
    doc = annotate(nlp, text, METHOD=["Foo", "Gemma-2-9B"])
    assert [(c["method"], c["value"]) for c in doc._.kb_claims] == [("Foo", 5.8)]


@pytest.mark.parametrize(("text", "metrics", "found_"), [
    ("With Foo, the CRPS on Weather decreases by 12%.", ["CRPS"], ("reduction", 12.0)),
    ("With Foo, the average number of generated tokens falls by only 21%.", [], ("reduction", 21.0)),
    ("With Foo, token consumption per query falls by 58%.", [], ("reduction", 58.0)),
    ("With Foo, the pedestrian collision rate falls by 41%.", ["pedestrian collision rate"], ("reduction", 41.0)),
    ("Foo cuts the fall rate by 63% relative to the stock controller.", ["fall rate"], ("reduction", 63.0)),
    # a rate per second is no phone error rate ("per"), and a rise keeps its sign
    ("Foo raises decoding throughput by 35% in tokens per second.", ["tokens per second"], ("improvement", 35.0)),
    ("Foo increased click-through rate by 2.7% and watch time by 1.9%.", ["click-through rate"],
     ("improvement", 1.9)),
    ("In an online test, Foo increased watch time by 1.6%.", ["watch time"], ("improvement", 1.6)),
])
def test_which_way_is_better_for_a_measure_or_the_words_that_fall(nlp: Language, text: str, metrics: list[str],
                                                                   found_: tuple) -> None:
    found = claims(nlp, text, METHOD=["Foo"], METRIC=metrics)
    assert (found[-1]["kind"], found[-1]["value"]) == found_


@pytest.mark.parametrize(("text", "metrics", "found_"), [
    ("Foo improves the 5-day RMSE of Z500 by 4.1% over Bar.", ["RMSE"], [("reduction", 4.1, "RMSE")]),
    ("Foo improves accuracy by 2.1% and WER by 3.4%.", ["accuracy", "WER"],
     [("improvement", 2.1, "accuracy"), ("reduction", 3.4, "WER")]),
    ("Foo improves WER by 3.8% absolute and MTWV by 0.0076.", ["WER", "MTWV"],
     [("reduction", 3.8, "WER"), ("improvement", 0.0076, "MTWV")]),
    ("Foo increases accuracy by 2% and latency by 5%.", ["accuracy", "latency"],
     [("improvement", 2.0, "accuracy"), ("improvement", -5.0, "latency")]),
    # a speed-up and a rival exceeded stay gains; a token F-score is no count of tokens
    ("Foo matches Bar 2.3x faster in wall-clock training time.", ["training time"], [("improvement", 2.3, "training time")]),
    ("Its attack success rate exceeds that of Bar by 21.3 points.", ["attack success rate"],
     [("improvement", 21.3, "attack success rate")]),
    ("Foo achieves a token F-score of 81.3, an improvement of 4.7 points over Bar.", ["token F-score"],
     [("score", 81.3, "token F-score"), ("improvement", 4.7, "token F-score")]),
])
def test_bettering_a_lower_is_better_measure_is_a_cut_and_each_measure_goes_its_own_way(
        nlp: Language, text: str, metrics: list[str], found_: list) -> None:
    found = claims(nlp, text, METHOD=[m for m in ("Foo", "Bar") if m in text], METRIC=metrics)
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == found_


@pytest.mark.parametrize(("text", "metrics", "found_"), [
    ("For 2-metre temperature, Foo's RMSE at day 5 is 1.21 K.", ["RMSE"], [("score", 1.21, "RMSE")]),
    ("Its median RMSD is 1.2 Å lower than Bar.", ["RMSD"], [("reduction", 1.2, "RMSD")]),
    # a level of the atmosphere, a day of the forecast: settings
    ("Foo improves the RMSE of 500 hPa geopotential by 4.1%.", ["RMSE"], [("reduction", 4.1, "RMSE")]),
    ("At a lead time of 5 days, Foo keeps its skill.", [], []),
])
def test_a_measure_read_in_physical_units_is_a_score(nlp: Language, text: str, metrics: list[str],
                                                     found_: list) -> None:
    found = claims(nlp, "We propose Foo. " + text, METHOD=[m for m in ("Foo", "Bar") if m in text] or ["Foo"],
                   METRIC=metrics)
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == found_


@pytest.mark.parametrize(("text", "found_"), [
    ("On OCRBench it scores 861, the highest among open models.", ("score", 861.0, "OCRBench")),
    ("Its prefill throughput is 1.8x that of Bar at the same size.", ("improvement", 1.8, None)),
    ("Relative to Bar, under linear probing the gap widens to 5.8 mAP.", ("improvement", 5.8, None)),
    ("Foo reaches a SPIDEr of 0.291, ahead of the 0.271 achieved by Bar.", ("score", 0.271, None)),
])
def test_more_ways_of_writing_a_score_or_a_gain(nlp: Language, text: str, found_: tuple) -> None:
    found = claims(nlp, "We propose Foo. " + text, METHOD=[m for m in ("Foo", "Bar") if m in text] or ["Foo"],
                   DATASET=["OCRBench"] if "OCRBench" in text else [])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found][-1:] == [found_]


@pytest.mark.parametrize("text", [
    "Foo improves over Bar by 2.1 points and over Baz by 1.3 points.",
    "Foo improves accuracy by 2.1 points over Bar and by 1.3 points over Baz.",
])
def test_each_gain_takes_the_rival_named_for_it(nlp: Language, text: str) -> None:
    found = claims(nlp, text, METHOD=["Foo", "Bar", "Baz"])
    assert [(c["value"], c["baseline"]) for c in found] == [(2.1, "Bar"), (1.3, "Baz")]


@pytest.mark.parametrize(("text", "value"), [
    ("On BenchA, gains are smaller but consistent, at 0.7 BLEU.", 0.7),
    ("On BenchA the gain is smaller, at 1.9 points, consistent with its share of diagrams.", 1.9),
    ("The largest improvement, 2.3 points, is on BenchA.", 2.3),
])
def test_a_gain_named_before_its_size_is_a_gain(nlp: Language, text: str, value: float) -> None:
    found = claims(nlp, "We propose Foo. " + text, METHOD=["Foo"], DATASET=["BenchA"])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found] == [("improvement", value, "BenchA")]


def test_what_an_ablation_costs_is_a_loss_but_a_cost_compared_says_its_own_way(nlp: Language) -> None:
    text = "Foo: Planning\n\nWe propose Foo. Dropping the loss costs 1.6 BLEU points. Foo costs 20% more memory than Bar."
    doc = annotate(nlp, text, METHOD=["Foo", "Bar"], METRIC=["BLEU", "memory"])
    assert [(c["kind"], c["value"], c["metric"]) for c in doc._.kb_claims] == [
        ("reduction", 1.6, "BLEU"), ("improvement", -20.0, "memory")]


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


def test_beating_a_state_of_the_art_of_a_kind_names_it_as_the_rival(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves 24.3 BLEU-4 on Foo, outperforming the previous gloss-free state of the art by 2.7 "
                        "BLEU-4, and narrowing the gap to gloss-based methods to under 1 BLEU.",
                   METHOD=["Bar"], METRIC=["BLEU-4", "BLEU"], DATASET=["Foo"])
    assert [(c["kind"], c["value"], c["baseline"]) for c in found] == [
        ("sota", 24.3, None), ("improvement", 2.7, "previous gloss-free state of the art")]  # (no 1 BLEU: a gap left)


def test_cheaper_than_the_previous_best_is_no_state_of_the_art(nlp: Language) -> None:
    found = claims(nlp, "Foo-D4 reaches 53.1 box AP on COCO, which is 4x smaller and 6.5x cheaper than the previous best "
                        "detector.", METHOD=["Foo-D4"], METRIC=["box AP"], DATASET=["COCO"])
    assert [(c["kind"], c["value"]) for c in found] == [("score", 53.1), ("reduction", 4.0), ("reduction", 6.5)]
    # a better result than it is one
    found = claims(nlp, "Foo-D4 reaches 53.1 box AP on COCO, which is 2.1 AP higher than the previous best detector.",
                   METHOD=["Foo-D4"], METRIC=["box AP", "AP"], DATASET=["COCO"])
    assert "sota" in [c["kind"] for c in found]


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
    assert (c["kind"], c["value"], c["metric"]) == ("reduction", 0.4, "BLEU")
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
    # a versioned place between them
    found = claims(nlp, "It improves F1 on Foo from 64.9 to 69.3 and on Bar 2.0 by 5.8 F1.",
                   METRIC=["F1"], DATASET=["Foo", "Bar 2.0"])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found] == [
        ("score", 69.3, "Foo"), ("improvement", 5.8, "Bar 2.0")]


@pytest.mark.parametrize(("text", "metrics", "found"), [
    ("At 0.3 bpp, the codec achieves a PSNR of 32.1 dB.", ["bpp", "PSNR"], [(32.1, "PSNR")]),
    ("It reaches 95.2% recall at 1% FPR.", ["recall", "FPR"], [(95.2, "recall")]),
    ("At a 10% FPR, it detects attacks with 88.1% precision.", ["FPR", "precision"], [(88.1, "precision")]),
    ("It achieves 45.2 AP at 30 FPS.", ["AP", "FPS"], [(45.2, "AP"), (30.0, "FPS")]),
    ("It reaches an F1 score at 90.7%.", ["F1 score"], [(90.7, "F1 score")]),
    ("At a sensitivity of 80%, specificity was 76%.", ["sensitivity", "specificity"], [(76.0, "specificity")]),
    ("It reaches 63.2 R@1 at IoU 0.5.", ["R@1", "IoU"], [(63.2, "R@1")]),
    ("Recall is reported at IoU thresholds of 0.5 and 0.7.", ["Recall", "IoU"], []),
    # a level the opening clause sets to reach, at which a cost is measured
    ("To reach 80% accuracy on Foo, Bar needs 3.1x fewer rounds than Baz.", ["accuracy"], [(3.1, None)]),
    ("Training Baz on Foo to 75.9% accuracy, Bar reduces wall-clock time by 32%.", ["accuracy", "wall-clock time"],
     [(32.0, "wall-clock time")]),
    # but not a level reached
    ("Training longer raises accuracy to 80.2% on Foo.", ["accuracy"], [(80.2, "accuracy")]),
    # a ratio the opening phrase sets, whose measure no gain is in
    ("On Foo with an imbalance ratio of 100, it attains 52.8% top-1 accuracy, outperforming Bar by 2.1 points.",
     ["imbalance ratio", "top-1 accuracy"], [(52.8, "top-1 accuracy"), (2.1, "top-1 accuracy")]),
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
    ("It reaches a PSNR of 32.5 dB on Set5.", "PSNR", 32.5),
    ("It reduces the MAE to 0.0823 eV.", "MAE", 0.0823),
    ("It reaches an HD95 of 4.2 mm.", "HD95", 4.2),
])
def test_a_result_in_a_physical_unit_is_read(nlp: Language, text: str, metric: str, value: float) -> None:
    assert only(nlp, text, METRIC=[metric])["value"] == value


def test_a_list_of_gains_pairs_with_the_list_of_datasets_and_shares_its_baseline(nlp: Language) -> None:
    found = claims(nlp, "Experiments on Amazon-Beauty, Yelp and MovieLens-1M show that CoRA improves NDCG@10 by "
                        "8.3%, 6.1% and 4.7% over SASRec.", METHOD=["CoRA", "SASRec"], METRIC=["NDCG@10"],
                   DATASET=["Amazon-Beauty", "Yelp", "MovieLens-1M"])
    assert [(c["value"], c["dataset"], c["baseline"]) for c in found] == [
        (8.3, "Amazon-Beauty", "SASRec"), (6.1, "Yelp", "SASRec"), (4.7, "MovieLens-1M", "SASRec")]


def test_gains_in_several_metrics_share_the_baseline_named_after_the_last(nlp: Language) -> None:
    found = claims(nlp, "PatchMixer reduces MSE by 8.1%, MAE by 5.6% and SMAPE by 2.0% compared to PatchTST, "
                        "and improves F1 by 3.0% over DLinear.", METHOD=["PatchMixer", "PatchTST", "DLinear"],
                   METRIC=["MSE", "MAE", "SMAPE", "F1"])
    assert [(c["value"], c["metric"], c["baseline"]) for c in found] == [
        (8.1, "MSE", "PatchTST"), (5.6, "MAE", "PatchTST"), (2.0, "SMAPE", "PatchTST"), (3.0, "F1", "DLinear")]


@pytest.mark.parametrize("text", ["Ours underperforms GPT-4 by 3 points.", "Ours lags behind GPT-4 by 3 points.",
                                  "Ours trails GPT-4 by 3 points."])
def test_falling_behind_by_a_number_is_a_negative_gain(nlp: Language, text: str) -> None:
    c = only(nlp, text, METHOD=["GPT-4"])
    assert (c["kind"], c["value"], c["unit"], c["baseline"]) == ("improvement", -3.0, "points", "GPT-4")


def test_a_metric_that_introduces_a_later_number_is_not_an_earlier_ones(nlp: Language) -> None:
    found = claims(nlp, "It maintains 97% of the short-context performance while achieving a perplexity of 2.3.",
                   METRIC=["perplexity"])
    assert [(c["value"], c["metric"]) for c in found] == [(97.0, None), (2.3, "perplexity")]
    # a metric before both numbers is still theirs
    found = claims(nlp, "It gets an accuracy of 84% for segmentation and 74% for tagging.", METRIC=["accuracy"])
    assert [(c["value"], c["metric"]) for c in found] == [(84.0, "accuracy"), (74.0, "accuracy")]


def test_a_tilde_before_a_number_is_an_approximation(nlp: Language) -> None:
    c = only(nlp, "It improves accuracy by ~3%.", METRIC=["accuracy"])
    assert (c["kind"], c["value"], c["unit"]) == ("improvement", 3.0, "%")
    found = claims(nlp, "It reaches 85.2% and ~86.1% accuracy.", METRIC=["accuracy"])
    assert [(c["value"], c["metric"]) for c in found] == [(85.2, "accuracy"), (86.1, "accuracy")]


def test_a_number_absolute_over_a_baseline_is_a_gain(nlp: Language) -> None:
    found = claims(nlp, "It achieves a BLEU score of 28.4 on WMT14, ~3% absolute over the baseline.",
                   METRIC=["BLEU"], DATASET=["WMT14"])
    assert [(c["kind"], c["value"]) for c in found] == [("score", 28.4), ("improvement", 3.0)]


def test_signs_inside_names_and_spaced_plus(nlp: Language) -> None:
    found = claims(nlp, "We obtain + 4.37% and + 1.6% improvement in precision over ACF-LDA-4.")
    assert [(c["kind"], c["value"]) for c in found] == [("improvement", 4.37), ("improvement", 1.6)]


@pytest.mark.parametrize("text", [
    "To improve recall on rare classes, we add a copy mechanism.",
    "State-of-the-art rankers have been shown to exhibit strong performance.",
    "Pre-trained language models are state-of-the-art on many retrieval tasks.",
    "Large language models achieve impressive results on reasoning benchmarks.",
    "It remains unclear whether pruning can outperform distillation.",
    "To verify the effectiveness of pruning, we run experiments on three datasets.",
    "Smith et al. demonstrated the effectiveness of attention.",
    # hypotheses
    "We hypothesize that it can outperform a competitive baseline.",
    "We expect that our model outperforms the baseline.",
    "We hope our model will outperform larger models in the future.",
    # contents, mixtures, temperatures and physical units
    "The blocks hold Fe2O3 from 54.59% to 60.63% and P from 0.02% to 0.04%.",
    "The samples were reduced under a flow of 5% H2/Ar.",
    "The temperature range used was -100 °C to 200 °C.",
    "The farm reaches 59.0 MW at peak.",
])
def test_goals_background_hypotheses_and_measurements_claim_nothing(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


def test_able_to_outperform_is_an_outcome(nlp: Language) -> None:
    c = only(nlp, "We show that our agent is able to outperform MuZero on Atari.",
             METHOD=["MuZero"], DATASET=["Atari"])
    assert (c["kind"], c["baseline"], c["dataset"]) == ("comparison", "MuZero", "Atari")


def test_it_and_relative_clause_subjects(nlp: Language) -> None:
    doc = annotate(nlp, "We propose XLingo. It significantly outperforms mBART by 7.2 BLEU.",
                   METHOD=["XLingo", "mBART"], METRIC=["BLEU"])
    assert only_claim(doc)["method"] == "XLingo"
    c = only(nlp, "The resulting ViT-G model, which attains 90.9% top-1 accuracy on ImageNet, "
                  "sets a new state of the art.", METHOD=["ViT-G"], DATASET=["ImageNet"])
    assert (c["kind"], c["method"], c["value"]) == ("sota", "ViT-G", 90.9)


def test_named_subject_without_mentions(nlp: Language) -> None:
    doc = annotate(nlp, "Experiments on GLUE show that CP-Tuning outperforms prompt tuning.",
                   mentions=False)
    assert only_claim(doc)["method"] == "CP-Tuning"


def test_one_comparison_per_baseline(nlp: Language) -> None:
    found = claims(nlp, "Our approach outperforms BM25 and significantly improves recall.",
                   METHOD=["BM25"])
    assert [(c["kind"], c["baseline"]) for c in found] == [("comparison", "BM25")]


def test_a_stream_of_abstracts_gives_each_the_same_claims(nlp: Language) -> None:
    # nothing leaks from one doc into the next (speed itself is measured in benchmarks/)
    text = ("Fast Tagging\n\nWe propose FastTag, a tagger. FastTag reaches 97.1% accuracy on "
            "PTB, outperforming BiLSTM by 0.4 points, and runs 3x faster. We use 8 GPUs and "
            "a learning rate of 0.001 for 10 epochs on 1.2M sentences. " * 3)
    found = [doc._.kb_claims for doc in nlp.pipe([text] * 50)]
    assert found[0] and all(f == found[0] for f in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Our system ranked 1st for temporal relation F1.", "sota"),
        ("Our system ranked 3rd for temporal relation F1.", "comparison"),
        ("Our results achieve 2nd on Italian in the metric of MAP.", "comparison"),
        ("Our analysis shows the superiority of our tagger over recurrent networks.", "comparison"),
    ],
)
def test_ranks_and_superiority_are_claims(nlp: Language, text: str, kind: str) -> None:
    assert [c["kind"] for c in claims(nlp, text)] == [kind]


@pytest.mark.parametrize("text", ["Participants ranked the top 10 outputs.",
                                  "The first step ranks candidate answers."])
def test_ranking_as_a_method_step_is_no_claim(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


def test_slash_pairs_and_appositions(nlp: Language) -> None:
    found = claims(nlp, "The reader achieves 88.5/90.1 EM/F1 on SQuAD.", DATASET=["SQuAD"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [
        ("score", 88.5, "EM"), ("score", 90.1, "F1")]
    found = claims(nlp, "Our tagger gets 91.0 F1, 1.3 points higher than CharNER.",
                   METHOD=["CharNER"])
    assert [(c["kind"], c["value"]) for c in found] == [("score", 91.0), ("improvement", 1.3)]
    assert found[1]["baseline"] == "CharNER"


def test_runs_without_the_sentence_component() -> None:
    bare = make_nlp()
    bare.add_pipe("kb_claims")
    doc = bare("We propose QuickNet. It reaches 91.2 F1 on the test set.")
    assert [(c["kind"], c["value"]) for c in doc._.kb_claims] == [("score", 91.2)]
    assert doc._.kb_claims[0]["text"] == "It reaches 91.2 F1 on the test set."


@pytest.mark.parametrize("text,kind", [
    ("Our model also achieves higher scores in a test-only setup.", "comparison"),
    ("Human evaluation shows that our model produces higher quality summaries.", "comparison"),
    ("Pretrained on noisy data, our model obtains the best reported performance on the dataset.", "sota"),
    ("Our method achieves the best classification performance on multiple data sets.", "sota"),
])
def test_higher_or_best_results_without_a_number(nlp: Language, text: str, kind: str) -> None:
    assert only(nlp, text)["kind"] == kind


def test_the_first_method_to_beat_the_state_of_the_art_is_an_outcome_not_a_goal(nlp: Language) -> None:
    c = only(nlp, "Our method becomes the first neural approach to outperform the current state of the art.")
    assert c["kind"] == "sota"
    assert claims(nlp, "Our aim is to outperform the current state of the art.") == []


def test_coordinated_factors_before_fewer_are_all_reductions(nlp: Language) -> None:
    found = claims(nlp, "It matches DistMult and R-GCN with 8x and 17x fewer parameters.")
    assert [(c["kind"], c["value"], c["unit"], c["metric"]) for c in found] == [
        ("reduction", 8.0, "x", "parameters"), ("reduction", 17.0, "x", "parameters")]


def test_a_gain_right_after_a_score_is_in_the_score_s_metric(nlp: Language) -> None:
    found = claims(nlp, "Our parser achieves an F1 of 92.1%, an absolute 1.1% improvement over BERT.",
                   METRIC=["F1"], METHOD=["BERT"])
    assert [(c["value"], c["metric"]) for c in found] == [(92.1, "F1"), (1.1, "F1")]
    found = claims(nlp, "It achieves 32.1% micro-F1, a 5.4-point improvement over BERT.",
                   METRIC=["micro-F1"], METHOD=["BERT"])
    assert [(c["value"], c["metric"]) for c in found] == [(32.1, "micro-F1"), (5.4, "micro-F1")]


def test_human_reference_numbers_are_no_claims(nlp: Language) -> None:
    found = claims(nlp, "Our system achieves 75.72 F0.5 on CoNLL-2014, the first to reach human-level "
                        "performance (72.58 for CoNLL and 62.37 for JFLEG).")
    assert [c["value"] for c in found] == [75.72]
    assert [c["value"] for c in claims(nlp, "Our model surpasses human performance with 91.2 F1.")] == [91.2]
    found = claims(nlp, "Our model solves 38% of the problems, while humans solve 97%. Human annotators reach 91.2% "
                        "F1. It beats human experts by 3%.")
    assert [c["value"] for c in found] == [38.0, 3.0]


@pytest.mark.parametrize("text", [
    "On AntMaze its average normalized score is 71.8 (IQL: 63.2; Diffusion-QL: 69.6).",
    "On AntMaze Foo reaches an average normalized score of 71.8% (IQL: 63.2%, Diffusion-QL: 69.6%).",
])
def test_rivals_labelling_their_scores_in_a_bracket(nlp: Language, text: str) -> None:
    found = claims(nlp, "We propose Foo. " + text, METHOD=["Foo", "IQL"], METRIC=["average normalized score"],
                   DATASET=["AntMaze"])
    assert [(c["value"], c["method"], c["metric"], c["dataset"]) for c in found] == [
        (71.8, "Foo", "average normalized score", "AntMaze"), (63.2, "IQL", "average normalized score", "AntMaze"),
        (69.6, "Diffusion-QL", "average normalized score", "AntMaze")]
    # a bracket's label that names no model is no rival
    assert [c["value"] for c in claims(nlp, "Foo reaches 71.8% accuracy (note: 63.2% without pretraining).",
                                       METHOD=["Foo"])] == [71.8]


@pytest.mark.parametrize(("text", "metric", "value"), [
    ("Foo obtains a MOS of 4.38, while ground-truth recordings score 4.52.", "MOS", 4.38),
    ("Foo reaches a perplexity of 3.85 (the unquantized model scores 3.32).", "perplexity", 3.85),
    ("Foo reaches 71.2% accuracy, and an oracle reranker reaches 80.1%.", "accuracy", 71.2),
    ("Foo reaches only 27.3 nDCG@10, while expert annotators achieve 81.0.", "nDCG@10", 27.3),
    ("Foo reaches 71.2% accuracy; human annotators who watched the full videos answer 92.5% correctly.",
     "accuracy", 71.2),
])
def test_reference_levels_are_no_claims(nlp: Language, text: str, metric: str, value: float) -> None:
    found = claims(nlp, text, METHOD=["Foo"], METRIC=[metric])
    assert [(c["value"], c["method"]) for c in found] == [(value, "Foo")]


def test_own_method_prefers_the_name_in_the_proposal(nlp: Language) -> None:
    doc = annotate(nlp, "We address this by proposing a novel recurrent neural network (RNN) "
                        "architecture, the Fast-Slow RNN (FS-RNN). It is fast.",
                   METHOD=[("recurrent neural network", "recurrent neural network"), "Fast-Slow RNN"])
    assert doc._.kb_own_method == "Fast-Slow RNN"


def test_own_method_from_a_passive_proposal_but_not_from_prior_work(nlp: Language) -> None:
    doc = annotate(nlp, "Summaries contain fake facts. The FactSeq framework is then proposed to "
                        "fix them.", METHOD=["FactSeq"])
    assert doc._.kb_own_method == "FactSeq"
    doc = annotate(nlp, "Summaries contain fake facts. The FactSeq framework was proposed by "
                        "Smith to fix them.", METHOD=["FactSeq"])
    assert doc._.kb_own_method is None


def test_experiments_reporting_strong_performance_speak_of_the_paper(nlp: Language) -> None:
    doc = annotate(nlp, "We propose FooNet. Experiments demonstrate strong performance on SQuAD.",
                   METHOD=["FooNet"], DATASET=["SQuAD"])
    assert [(c["kind"], c["method"]) for c in doc._.kb_claims] == [("comparison", "FooNet")]
    assert claims(nlp, "Large language models achieve strong results on many tasks.",
                  METHOD=["Large language models"]) == []


@pytest.mark.parametrize("text", [
    "Our system scored highest in the medical domain among the competing systems.",
    "We find that ConvE achieves state-of-the-art mean reciprocal rank across most datasets.",
])
def test_scoring_highest_or_a_state_of_the_art_metric_is_sota(nlp: Language, text: str) -> None:
    assert only(nlp, text, METHOD=["ConvE"] if "ConvE" in text else [])["kind"] == "sota"


@pytest.mark.parametrize(("text", "metrics"), [
    ("We obtain child models whose sizes range from 200 to 1000 MFLOPs.", [("MFLOPs", "FLOPs")]),
    ("The student keeps 110 parameters per layer and runs at 300 MFLOPs.", [("MFLOPs", "FLOPs"), "parameters"]),
])
def test_a_bare_count_of_flops_or_parameters_is_a_size_not_a_score(nlp: Language, text: str,
                                                                    metrics: list[Surface]) -> None:
    assert claims(nlp, text, METRIC=metrics) == []


def test_a_quantity_a_result_verb_reaches_is_a_result_but_a_setting_is_not(nlp: Language) -> None:
    found = claims(nlp, "Foo achieves an average task length of 4.12 on Bar, with a context length of 4096.",
                   METHOD=["Foo"], DATASET=["Bar"])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found] == [("score", 4.12, "Bar")]


def test_a_target_level_is_no_result_and_shortening_is_a_reduction(nlp: Language) -> None:
    found = claims(nlp, "Foo reaches the target accuracy of 60% on Bar in 2.3x fewer rounds than Baz.",
                   METHOD=["Foo", "Baz"], METRIC=["accuracy"], DATASET=["Bar"])
    assert [(c["kind"], c["value"]) for c in found] == [("reduction", 2.3)]
    found = claims(nlp, "Foo shortens the generator input by 11x on average.", METHOD=["Foo"])
    assert [(c["kind"], c["value"], c["unit"]) for c in found] == [("reduction", 11.0, "x")]


def test_a_fall_of_tokenizer_fertility_is_a_reduction(nlp: Language) -> None:
    found = claims(nlp, "With Foo, tokenizer fertility drops by 41% on average.", METHOD=["Foo"],
                   METRIC=["tokenizer fertility"])
    assert [(c["kind"], c["value"]) for c in found] == [("reduction", 41.0)]


@pytest.mark.parametrize(("text", "values"), [
    ("Inter-annotator agreement on answer validity reaches a Cohen's kappa of 0.81.", []),
    ("The posts were labeled by three annotators per post with a Krippendorff's alpha of 0.74.", []),
    ("Inter-annotator agreement, measured on 150 doubly annotated documents, was 0.88 F1.", []),
    ("The inter-annotator agreement on Bar is 84%, and our method achieves an accuracy of 79%.", [79.0]),
    ("Our model reaches a kappa of 0.83 against the labels of human raters.", [0.83]),
    # the subset a result is read on, not the result's measure
    ("On Bar with full annotator agreement, Foo achieves 97.2% accuracy, compared with 94.3% for Baz.", [97.2, 94.3]),
])
def test_the_annotators_agreement_is_no_result_but_a_system_s_is(nlp: Language, text: str, values: list) -> None:
    found = claims(nlp, "We propose Foo. " + text, METHOD=["Foo", "Baz"] if "Baz" in text else ["Foo"],
                   DATASET=["Bar"] if "Bar" in text else [])
    assert [c["value"] for c in found if c["value"] is not None] == values


@pytest.mark.parametrize(("text", "found_"), [
    ("For reference, two experts agree with each other at a Cohen's kappa of 0.68.", []),
    # a model named before the agreement, and one at its number
    ("Baz shows the highest agreement with experts, with a Cohen's kappa of 0.61, followed by Foo at 0.57.",
     [(0.61, "Baz"), (0.57, "Foo")]),
])
def test_the_experts_agreement_is_no_result_but_a_judge_model_s_is(nlp: Language, text: str, found_: list) -> None:
    found = claims(nlp, "We propose Foo. " + text, METHOD=["Foo", "Baz"][:1 + ("Baz" in text)], METRIC=["Cohen's kappa"])
    assert [(c["value"], c["method"]) for c in found] == found_


def test_a_score_alone_in_a_bracket_after_a_name_is_that_model_s(nlp: Language) -> None:
    found = claims(nlp, "Foo attains the highest F1 on Bar (71.4), followed by Baz (68.9) and a Siamese U-Net (63.2).",
                   METHOD=["Foo", "Baz", "Siamese U-Net"], DATASET=["Bar"], METRIC=["F1"])
    assert [(c["value"], c["method"], c["dataset"]) for c in found if c["value"]] == [
        (71.4, "Foo", "Bar"), (68.9, "Baz", "Bar"), (63.2, "Siamese U-Net", "Bar")]


@pytest.mark.parametrize(("text", "kinds"), [
    ("In a blinded review, professional coders preferred Foo's rare-code predictions over those of Bar.",
     ["comparison"]),
    ("In a human evaluation, judges preferred Foo summaries over those of the baseline.", ["comparison"]),
    ("Annotators preferred to use Foo for labelling.", []),
    ("In a preference test, listeners also favoured Foo over Bar.", ["comparison"]),
    ("In a user study, participants preferred Foo's videos for both realism and synchronization.", ["comparison"]),
    ("We favoured simplicity over speed.", []),
    ("We preferred a simple design over a complex one.", []),
    # and fewer failures, or being found more convincing, than a rival
    ("Human judges found its paths more convincing than Bar rationales.", ["comparison"]),
    ("Foo hallucinates less than its teacher on silent segments.", ["comparison"]),
])
def test_people_preferring_a_system_s_outputs_is_a_comparison(nlp: Language, text: str, kinds: list) -> None:
    found = claims(nlp, "We propose Foo. " + text, METHOD=["Foo", "Bar"] if "Bar" in text else ["Foo"])
    assert [c["kind"] for c in found] == kinds
    assert all(c["method"] == "Foo" for c in found)


@pytest.mark.parametrize(("text", "kinds"), [
    ("On the adversarial claims, Foo shows a smaller drop in accuracy than the baselines.", ["comparison"]),
    ("Cross-site evaluation shows smaller performance degradation than all compared baselines.", ["comparison"]),
    ("We use a smaller learning rate than prior work.", []),
])
def test_a_smaller_drop_than_others_is_a_comparison(nlp: Language, text: str, kinds: list) -> None:
    found = claims(nlp, "We propose Foo. " + text, METHOD=["Foo"], METRIC=["accuracy"] if "accuracy" in text else [])
    assert [c["kind"] for c in found] == kinds


def test_a_score_for_a_model_set_against_another_s_is_that_model_s(nlp: Language) -> None:
    found = claims(nlp, "Coverage of the nominal 90% intervals is 88.7% for Foo versus 79.2% for Bar.",
                   METHOD=["Foo", "Bar"])
    assert [(c["value"], c["method"]) for c in found if c["value"]] == [(88.7, "Foo"), (79.2, "Bar")]


def test_judged_more_practical_than_a_rival_is_a_comparison(nlp: Language) -> None:
    found = claims(nlp, "We propose Foo. Expert chemists judged Foo routes to be more practical than those from Bar.",
                   METHOD=["Foo", "Bar"])
    assert [(c["kind"], c["method"]) for c in found] == [("comparison", "Foo")]


def test_a_forecast_horizon_is_a_setting(nlp: Language) -> None:
    found = claims(nlp, "The gains of Foo are largest on Bar, where the MSE at horizon 720 drops from 0.432 to 0.391.",
                   METHOD=["Foo"], DATASET=["Bar"], METRIC=["MSE"])
    assert [(c["kind"], c["value"]) for c in found] == [("score", 0.391)]


def test_a_change_from_one_subset_to_another_is_one_result_with_no_baseline(nlp: Language) -> None:
    found = claims(nlp, "Foo's balanced accuracy falls from 0.81 on skin types I-II to 0.64 on types V-VI.",
                   METHOD=["Foo", "I-II"], METRIC=["balanced accuracy"])
    assert [(c["kind"], c["value"], c["method"], c["baseline"]) for c in found] == [("score", 0.64, "Foo", None)]


def test_a_score_for_a_named_model_is_that_model_s(nlp: Language) -> None:
    found = claims(nlp, "With hand-drawn diagrams, accuracy falls to 49.2% for Bar and to 38.6% for the best open "
                        "model, Baz.", METHOD=["Bar", "Baz"], METRIC=["accuracy"])
    assert [(c["value"], c["method"]) for c in found if c["value"]] == [(49.2, "Bar"), (38.6, "Baz")]
    # a change for a named model, where no method is the subject; a clause opening with the model; "with X losing"
    found = claims(nlp, "Moving the answer to the last option lowers accuracy by up to 12.6 points for Bar and by 2.1 "
                        "points for Baz. We propose Foo.", METHOD=["Bar", "Baz", "Foo"], METRIC=["accuracy"])
    assert [(c["value"], c["method"]) for c in found] == [(12.6, "Bar"), (2.1, "Baz")]
    # (once the own method is named, a change for a model is the method's on that model)
    found = claims(nlp, "We propose Foo. Accuracy drops by 0.6 points, and by 1.9 points for Bar.", METHOD=["Foo", "Bar"],
                   METRIC=["Accuracy"])
    assert [(c["value"], c["method"]) for c in found] == [(0.6, "Foo"), (1.9, "Foo")]
    found = claims(nlp, "We study Foo. For Bar-7B, attack success rate rises from 2% to 47%; for Baz-9B the increase is "
                        "29 points.", METHOD=["Foo", "Bar-7B", "Baz-9B"], METRIC=["attack success rate"])
    assert [(c["value"], c["method"]) for c in found] == [(47.0, "Bar-7B"), (29.0, "Baz-9B")]
    found = claims(nlp, "We propose Foo. Judges are the most robust, with Bar losing only 4.2 points of accuracy.",
                   METHOD=["Foo", "Bar"], METRIC=["accuracy"])
    assert [(c["value"], c["method"]) for c in found] == [(4.2, "Bar")]


@pytest.mark.parametrize(("text", "found_"), [
    ("Foo improves accuracy by 1.4 points to 64.2% on Bar.",
     [("improvement", 1.4, "points", "accuracy"), ("score", 64.2, "%", "accuracy")]),
    ("Foo reduces the word error rate by 1.2 points to 4.3% on Bar.",
     [("reduction", 1.2, "points", "word error rate"), ("score", 4.3, "%", "word error rate")]),
    ("On Bar, the accuracy of Foo improves by 0.05 to 0.68.",
     [("improvement", 0.05, None, "accuracy"), ("score", 0.68, None, "accuracy")]),
    ("On Bar, Foo reduces the word error rate by 0.48 to 1.79.",  # a result not far above the gain
     [("reduction", 0.48, None, "word error rate"), ("score", 1.79, None, "word error rate")]),
    ("Foo reduces the index size by 33x to 0.78 GB on Bar.", [("reduction", 33.0, "x", None)]),
    # a range of gains stays one claim, its lower bound
    ("Foo improves accuracy by 2 to 5 points on Bar.", [("improvement", 2.0, "points", "accuracy")]),
    ("Foo speeds up decoding by 2x to 4x on Bar.", [("improvement", 2.0, "x", None)]),
])
def test_a_gain_and_the_result_it_reaches_are_two_claims(nlp: Language, text: str, found_: list) -> None:
    found = claims(nlp, text, METHOD=["Foo"], METRIC=[m for m in ("accuracy", "word error rate") if m in text],
                   DATASET=["Bar"])
    assert [(c["kind"], c["value"], c["unit"], c["metric"]) for c in found] == found_


def test_gains_that_range_or_shrink_over_a_span_of_numbers_are_its_lower_bound(nlp: Language) -> None:
    found = claims(nlp, "We propose Foo. With Foo, WER reductions range from 6-11% relative. Under cross-domain "
                        "evaluation, the gains shrink to 2-3 points.", METHOD=["Foo"], METRIC=["WER"])
    assert [(c["kind"], c["value"], c["unit"]) for c in found] == [("reduction", 6.0, "%"), ("improvement", 2.0, "points")]


def test_the_speed_a_system_runs_at_is_a_score_but_a_setting_it_runs_at_is_not(nlp: Language) -> None:
    found = claims(nlp, "We propose Foo. Foo runs at a throughput of 3.2 tables per second. It runs at a learning rate "
                        "of 0.1.", METHOD=["Foo"], METRIC=["throughput"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [("score", 3.2, "throughput")]


def test_slashed_numbers_take_slashed_measures_in_order_inside_a_longer_list(nlp: Language) -> None:
    found = claims(nlp, "Foo achieves 81.4/84.3 EM/F1 and 45.2 BLEU.", METHOD=["Foo"], METRIC=["EM", "F1", "BLEU"])
    assert [(c["value"], c["metric"]) for c in found] == [(81.4, "EM"), (84.3, "F1"), (45.2, "BLEU")]


def test_slashed_numbers_take_slashed_measures_with_numbers_in_their_names_in_order(nlp: Language) -> None:
    found = claims(nlp, "On Bar, Foo obtains 81.2/87.9 Recall@20/Recall@100.", METHOD=["Foo"],
                   METRIC=["Recall@20", "Recall@100"], DATASET=["Bar"])
    assert [(c["value"], c["metric"]) for c in found] == [(81.2, "Recall@20"), (87.9, "Recall@100")]


def test_what_trails_the_own_method_by_a_margin_is_our_gain(nlp: Language) -> None:
    text = ("Foo: Span Alignment\n\nWe propose Foo. A translate-train baseline still trails Foo by 1.2 F1 on Bar. "
            "Foo trails Baz by 0.4 F1 on Qux.")
    doc = annotate(nlp, text, METHOD=["Foo", "Baz"], METRIC=["F1"], DATASET=["Bar", "Qux"])
    assert [(c["kind"], c["value"], c["method"], c["baseline"]) for c in doc._.kb_claims] == [
        ("improvement", 1.2, "Foo", None), ("improvement", -0.4, "Foo", "Baz")]


def test_a_measure_whose_name_ends_in_a_plus_sign_keeps_its_number(nlp: Language) -> None:
    found = claims(nlp, "Foo obtains strong results on Bar (chrF++ 41.8) and Baz (chrF++ 52.6).", METHOD=["Foo"],
                   METRIC=["chrF++"], DATASET=["Bar", "Baz"])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found] == [("score", 41.8, "Bar"), ("score", 52.6, "Baz")]


def test_flops_per_second_are_a_rate_not_a_size(nlp: Language) -> None:
    found = claims(nlp, "On an H100, Foo achieves 612 TFLOPs/s in the forward pass.", METHOD=["Foo"],
                   METRIC=[("TFLOPs", "FLOPs")])
    assert [(c["kind"], c["value"], c["method"]) for c in found] == [("score", 612.0, "Foo")]


def test_the_uncertain_entities_the_linker_marked_stay_only_where_a_claim_names_them(nlp: Language) -> None:
    text = "GraphRank improves accuracy by 2.1% on WikiQA. A neural PLM is used."
    doc = nlp.make_doc(text)
    doc._.kb_mentions = [
        Candidate(text.index(s), text.index(s) + len(s), label, 0.2, "ner", s, meta={UNCERTAIN: True})
        for s, label in (("GraphRank", "METHOD"), ("accuracy", "METRIC"), ("WikiQA", "DATASET"),
                         ("neural PLM", "METHOD"))]
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert pick(doc._.kb_claims, value=2.1)["method"] == "GraphRank"
    assert [text[m.start:m.end] for m in doc._.kb_mentions] == ["GraphRank", "accuracy", "WikiQA"]


@pytest.mark.parametrize("text", ["It achieves a 2,029 Elo rating on Codeforces.",
                                  "It achieves an Elo rating of 2029 on Codeforces."])
def test_a_rating_in_the_range_of_years_is_a_score_when_written_as_one(nlp: Language, text: str) -> None:
    claim = only(nlp, text, METRIC=["Elo rating"], DATASET=["Codeforces"])
    assert (claim["kind"], claim["value"], claim["metric"]) == ("score", 2029.0, "Elo rating")


def test_a_year_after_a_metric_word_that_is_no_metric_value_stays_a_year(nlp: Language) -> None:
    assert claims(nlp, "Since 2019, the accuracy of 2019 models rose.", METRIC=["accuracy"]) == []


@pytest.mark.parametrize("text", ["The model is 1.3x faster with no accuracy drop.",
                                  "It is 25% faster at roughly the same accuracy."])
def test_a_speed_up_does_not_take_the_metric_that_was_kept(nlp: Language, text: str) -> None:
    assert only(nlp, text, METRIC=["accuracy"])["metric"] is None


def test_a_percentage_of_error_reduction_is_an_outcome_not_a_share(nlp: Language) -> None:
    text = "Our models improve on the state of the art (up to about 13% of relative error reduction)."
    claim = only(nlp, text)
    assert (claim["kind"], claim["value"], claim["unit"]) == ("reduction", 13.0, "%")


def test_a_percentage_before_performance_improvement_is_a_claim(nlp: Language) -> None:
    claim = only(nlp, "Our method achieved 28.29% performance improvement for translated queries.")
    assert (claim["kind"], claim["value"], claim["unit"]) == ("improvement", 28.29, "%")


@pytest.mark.parametrize(("text", "kind"), [
    ("Finally, we show how this new tagger achieves state-of-the-art results in a supervised framework.", "sota"),
    ("We report significant improvement in the out-of-domain adaptation scenario.", "comparison"),
    ("We observe large improvements for all sentiment tasks.", "comparison"),
])
def test_an_outcome_the_paper_shows_observes_or_reports_is_a_claim(nlp: Language, text: str, kind: str) -> None:
    assert only(nlp, text)["kind"] == kind


def test_how_in_a_study_question_is_still_no_claim(nlp: Language) -> None:
    assert claims(nlp, "We study how models outperform humans.") == []


def test_own_method_named_across_a_stop_word_in_the_proposal(nlp: Language) -> None:
    name = "Heterogeneous Graph Model with a Tracker"
    doc = annotate(nlp, f"We propose {name} (GIT) to solve this. GIT outperforms prior work by 2.8 F1.",
                   METHOD=[name, ("GIT", name)], METRIC=["F1"])
    assert doc._.kb_own_method == name
    assert only_claim(doc)["method"] == name


def test_the_name_given_for_short_is_own_and_the_kind_of_method_is_not(nlp: Language) -> None:
    text = ("Recent works on self-supervised pre-training have shown strong results and outperform "
            "supervised pre-training. We propose a new supervised pre-training method based on "
            "Leave-One-Out K-Nearest-Neighbor, or LOOK for short. LOOK outperforms other methods.")
    doc = annotate(nlp, text, METHOD=["supervised pre-training", "self-supervised pre-training",
                                      "Leave-One-Out K-Nearest-Neighbor", "LOOK"])
    assert doc._.kb_own_method == "LOOK"
    assert [c["method"] for c in doc._.kb_claims] == ["LOOK"]  # the first sentence is others' work


@pytest.mark.parametrize(("title", "claimed"), [("SwiftParse: Fast Parsing\n\n", ["comparison"]),
                                                ("", ["sota", "comparison"])])
def test_an_abstract_s_first_sentence_is_context_unless_it_speaks_of_the_paper(
        nlp: Language, title: str, claimed: list[str]) -> None:
    text = (f"{title}Large Transformer models achieved the state of the art on parsing. "
            "We propose SwiftParse, which outperforms them.")
    doc = annotate(nlp, text, METHOD=["Transformer", "SwiftParse"])
    assert [c["kind"] for c in doc._.kb_claims] == claimed
    own = annotate(nlp, f"{title}SwiftParse achieves the state of the art on parsing. It is small.",
                   METHOD=["SwiftParse"])
    assert [c["kind"] for c in own._.kb_claims] == ["sota"]


@pytest.mark.parametrize("praise", ["top-tier", "outstanding", "exceptional", "leading"])
def test_achieving_top_tier_performance_is_a_comparison(nlp: Language, praise: str) -> None:
    c = only(nlp, f"Our model achieves {praise} performance on Cityscapes.", DATASET=["Cityscapes"])
    assert (c["kind"], c["dataset"]) == ("comparison", "Cityscapes")
    assert claims(nlp, f"Large language models achieve {praise} performance on reasoning.") == []


def test_praise_without_a_number_or_comparative_is_still_read(nlp: Language) -> None:
    text = "We present SixT+, a translation model. SixT+ achieves impressive performance on FLORES."
    c = only(nlp, text, METHOD=["SixT+"], DATASET=["FLORES"])
    assert (c["kind"], c["method"], c["dataset"]) == ("comparison", "SixT+", "FLORES")


@pytest.mark.parametrize("text", [
    "We present SixT+. Experiments on FLORES demonstrate the effectiveness of the proposed method.",
    "We present SixT+. We show that SixT+ is particularly effective on FLORES.",
])
def test_an_asserted_effectiveness_is_a_comparison(nlp: Language, text: str) -> None:
    c = only(nlp, text, METHOD=["SixT+"], DATASET=["FLORES"])
    assert (c["kind"], c["method"], c["dataset"]) == ("comparison", "SixT+", "FLORES")


def test_a_tendency_is_an_outcome_not_a_goal(nlp: Language) -> None:
    c = only(nlp, "We propose CAP. Models pruned by it tend to achieve better generalization.", METHOD=["CAP"])
    assert (c["kind"], c["method"]) == ("comparison", "CAP")


def test_a_name_that_only_modifies_the_proposal_is_not_the_own_method(nlp: Language) -> None:
    doc = annotate(nlp, "We propose a LSTM-based sequential model. It achieves an accuracy of 78.4%.",
                   METHOD=["LSTM"], METRIC=["accuracy"])
    assert doc._.kb_own_method is None
    assert only_claim(doc)["method"] is None


def test_the_named_of_named_entity_recognition_names_no_method(nlp: Language) -> None:
    doc = annotate(nlp, "We present our system for the WNUT 2017 Named Entity Recognition challenge. "
                        "It achieves an F1-score of 40.78.", TASK=["Named Entity Recognition"], METRIC=["F1-score"])
    assert doc._.kb_own_method is None


def test_a_score_beside_a_win_without_a_margin_is_two_outcomes(nlp: Language) -> None:
    found = claims(nlp, "An ensemble of two FS-RNNs achieves 1.20 BPC on Hutter Prize, outperforming "
                        "the best known compression algorithm.", METHOD=["FS-RNNs"], METRIC=["BPC"],
                   DATASET=["Hutter Prize"])
    assert sorted((c["kind"], c["value"]) for c in found) == [("comparison", None), ("score", 1.2)]




@pytest.mark.parametrize("text", ["Our tagger reaches 97.1% accuracy and outperforms SVMTool by a mAP of 0.5.",
                                  "Our tagger reaches 97.1% accuracy and outperforms SVMTool by 2.1 points."])
def test_a_win_measured_by_a_number_is_no_second_outcome(nlp: Language, text: str) -> None:
    assert all(c["value"] is not None for c in claims(nlp, text, METHOD=["SVMTool"]))


@pytest.mark.parametrize("text", ["We show that joint modeling is preferable to using a pipeline.",
                                  "We demonstrate that HPSG produces a more effective filter than LTAG.",
                                  "We show that Absum is more efficient than SNC.",
                                  "Our parser compares favourably with a transition-based parser.",
                                  # comparatives listed before one "than"
                                  "Experiments show that Foo generates more precise responses with higher overall "
                                  "quality, lower exposure bias, and higher long-text generation performance than the baselines."])
def test_comparatives_without_a_number_pass_the_sentence_filter(nlp: Language, text: str) -> None:
    assert [c["kind"] for c in claims(nlp, text)] == ["comparison"]


@pytest.mark.parametrize(("text", "baselines"), [
    # a baseline the text describes keeps its words, "-ed" ones too
    ("Foo yields gains of 1.4 BLEU over the lexicalized reordering baseline.", ["lexicalized reordering baseline"]),
    ("Foo improves F1 by 2.1 points over the attention baseline.", ["attention baseline"]),
    # a name opening with a digit is a rival, a quantity is not
    ("Foo reduces storage by 25x relative to 3DGS.", ["3DGS"]),
    # the rival whose measure a gain changes, for each of the coordinated gains
    ("Foo reduces the error of ZoeDepth by 36% and 22% on NYUv2 and KITTI.", ["ZoeDepth", "ZoeDepth"]),
])
def test_baselines_described_or_named_before_the_gain(nlp: Language, text: str, baselines: list) -> None:
    methods = [m for m in ("Foo", "3DGS", "ZoeDepth") if m in text]
    found = claims(nlp, "We propose Foo. " + text, METHOD=methods,
                   METRIC=[m for m in ("BLEU", "F1", "error") if m in text])
    assert [c["baseline"] for c in found] == baselines


def test_a_rival_described_then_exemplified_is_the_example(nlp: Language) -> None:
    found = claims(nlp, "Foo achieves an average speedup of 1.37x over state-of-the-art engines such as vLLM and Baz.",
                   METHOD=["Foo", "vLLM", "Baz"])
    assert [c["baseline"] for c in found] == ["vLLM"]


def test_a_rival_s_kind_yields_to_its_name(nlp: Language) -> None:
    found = claims(nlp, "Our experiments show that Foo significantly outperforms the state-of-the-art unsupervised "
                        "dense retriever Contriever.", METHOD=["Foo", ("dense retriever", "dense retrieval"), "Contriever"])
    assert [(c["kind"], c["baseline"]) for c in found] == [("comparison", "Contriever")]


def test_respectively_zips_the_rivals_named_after_the_gains(nlp: Language) -> None:
    found = claims(nlp, "Foo improves mAP by 6.3 and 8.1 points over BEVFusion and TransFusion, respectively.",
                   METHOD=["Foo", "BEVFusion", "TransFusion"], METRIC=["mAP"])
    assert [(c["value"], c["baseline"]) for c in found] == [(6.3, "BEVFusion"), (8.1, "TransFusion")]


def test_coordinated_gains_after_a_score_are_in_its_metric(nlp: Language) -> None:
    found = claims(nlp, "Foo reaches 88.3% accuracy, surpassing the RNTN by 5.5 and 2.9 points.",
                   METHOD=["Foo", "RNTN"], METRIC=["accuracy"])
    assert [(c["value"], c["metric"]) for c in found] == [(88.3, "accuracy"), (5.5, "accuracy"), (2.9, "accuracy")]


def test_respectively_pairs_the_examples_not_the_suite_they_come_from(nlp: Language) -> None:
    found = claims(nlp, "On BEIR tasks such as SciFact, TREC-COVID and FiQA, Foo improves nDCG@10 by 4.1, 6.3 and "
                        "2.2 points, respectively.", METHOD=["Foo"], DATASET=["BEIR", "SciFact", "TREC-COVID", "FiQA"],
                   METRIC=["nDCG@10"])
    assert [c["dataset"] for c in found] == ["SciFact", "TREC-COVID", "FiQA"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Foo saves 32% of the training compute.", ("reduction", 32.0, None)),
    ("With Foo, communication cost decreases by 12x.", ("reduction", 12.0, None)),
    ("Foo reduces the total compute needed to trace a full scaling curve by 2.4x.", ("reduction", 2.4, None)),
    ("Foo stays within 0.6 points of ColBERTv2 on BEIR.", ("improvement", -0.6, "ColBERTv2")),
])
def test_savings_decreases_and_gaps_below_a_rival(nlp: Language, text: str, expected: tuple) -> None:
    c = only(nlp, "We propose Foo. " + text, METHOD=[m for m in ("Foo", "ColBERTv2") if m in text])
    assert (c["kind"], c["value"], c["baseline"]) == expected


def test_a_size_written_with_a_times_sign_is_no_factor(nlp: Language) -> None:
    assert claims(nlp, "It reduces the kernel size of the generator to 3 × 3 and the images to 128 × 128.") == []


def test_a_list_of_scores_labelled_by_their_datasets(nlp: Language) -> None:
    found = claims(nlp, "Results (nDCG@10): SciFact: 72.1; FiQA: 41.0; NFCorpus: 37.5.",
                   DATASET=["SciFact", "FiQA", "NFCorpus"], METRIC=["nDCG@10"])
    assert [(c["value"], c["dataset"]) for c in found] == [(72.1, "SciFact"), (41.0, "FiQA"), (37.5, "NFCorpus")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Foo achieves 0.4 dB higher PSNR than 3DGS.", ("improvement", 0.4)),
    ("Foo raises PSNR from 34.1 dB to 37.6 dB.", ("score", 37.6)),
    ("Foo reduces HD95 from 10.2 mm to 7.4 mm.", ("score", 7.4)),
])
def test_results_in_decibels_and_millimetres(nlp: Language, text: str, expected: tuple) -> None:
    c = only(nlp, "We propose Foo. " + text, METHOD=[m for m in ("Foo", "3DGS") if m in text],
             METRIC=[m for m in ("PSNR", "HD95") if m in text])
    assert (c["kind"], c["value"]) == expected


def test_a_new_state_of_the_art_in_a_later_clause_is_not_the_earlier_result(nlp: Language) -> None:
    found = claims(nlp, "Bar lifts the F1 of T5 to 71.0%, and on HotpotQA it reaches 64.2%, a new state of the art.",
                   METHOD=["Bar", "T5"], DATASET=["HotpotQA"], METRIC=["F1"])
    assert [(c["kind"], c["value"]) for c in found] == [("score", 71.0), ("sota", 64.2)]


def test_a_real_time_factor_is_a_score_without_a_unit(nlp: Language) -> None:
    # unlike a latency or a time, which a bare number after "is" does not measure
    c = only(nlp, "We propose Foo. Its real-time factor is 0.38 on a single CPU core.", METHOD=["Foo"],
             METRIC=["real-time factor"])
    assert (c["kind"], c["value"], c["metric"], c["method"]) == ("score", 0.38, "real-time factor", "Foo")


@pytest.mark.parametrize(("text", "metric"), [
    ("Energy per inference falls from 412 µJ to 96 µJ, enabling years of operation.", "Energy per inference"),
    ("The error count falls from 412 to 96.", "error"),
])
def test_the_number_a_measure_goes_to_from_an_integer_is_in_that_measure(nlp: Language, text: str,
                                                                         metric: str) -> None:
    found = claims(nlp, "We propose Foo. " + text, METHOD=["Foo"],
                   METRIC=[metric] if metric != "error" else [])
    assert [(c["kind"], c["value"], c["metric"], c["method"]) for c in found] == [("score", 96.0, metric, "Foo")]


def test_a_number_inside_a_dataset_name_does_not_make_an_operating_point(nlp: Language) -> None:
    c = only(nlp, "Bar holds the perplexity on PTB-3 at 9.4.", METHOD=["Bar"], DATASET=["PTB-3"],
             METRIC=["perplexity"])
    assert (c["kind"], c["value"], c["dataset"]) == ("score", 9.4, "PTB-3")
    # nor one inside a measure's name
    c = only(nlp, "On Foo, Bar attains the highest pass@1 at 47.6%.", METHOD=["Bar"], DATASET=["Foo"], METRIC=["pass@1"])
    assert (c["kind"], c["value"], c["metric"]) == ("score", 47.6, "pass@1")


@pytest.mark.parametrize(("text", "factor"), [
    ("Bar reaches 71.2 mAP, close to Baz, at 12 times lower cost.", 12.0),
    ("At 5x fewer FLOPs, Bar matches Baz.", 5.0),
])
def test_a_cost_comparison_after_at_is_a_result(nlp: Language, text: str, factor: float) -> None:
    found = claims(nlp, text, METHOD=["Bar", "Baz"], METRIC=[m for m in ("mAP",) if m in text])
    assert ("reduction", factor, "x") in [(c["kind"], c["value"], c["unit"]) for c in found]


@pytest.mark.parametrize("text", [
    "Bar cuts the error by 9.5%, while adding only 2% parameters.",
    "Bar cuts the error by 9.5% and adds just 0.5% extra parameters.",
])
def test_parameters_added_are_no_gain(nlp: Language, text: str) -> None:
    assert [c["value"] for c in claims(nlp, text, METHOD=["Bar"])] == [9.5]


@pytest.mark.parametrize("text", [
    "Quantizing 40% of the layers of OPT-13B, Bar keeps BLEU at 27.1.",
    "When distilling RoBERTa into six layers, Bar keeps BLEU at 27.1.",
    # a participle of where it was put or how it was run (a name glued to another's hyphen included)
    "Plugged into RoBERTa with a ResNet-50-FPN backbone, Bar keeps BLEU at 27.1.",
    "Evaluated zero-shot on ResNet-50-FPN features, Bar keeps BLEU at 27.1.",
])
def test_the_subject_follows_a_leading_phrase_of_what_was_done(nlp: Language, text: str) -> None:
    c = only(nlp, text, METHOD=[m for m in ("Quantizing", "OPT-13B", "RoBERTa", "FPN", "Bar") if m in text],
             METRIC=["BLEU"])
    assert (c["method"], c["value"]) == ("Bar", 27.1)


@pytest.mark.parametrize("text", [
    "Bar raised CTR by 3.2% and revenue per mille by 2.1%.",
    "Bar lifts accuracy from 41.2% to 49.8%, and it reduces communication by 35%.",
])
def test_a_gain_in_words_no_metric_names_takes_no_earlier_metric(nlp: Language, text: str) -> None:
    found = claims(nlp, text, METHOD=["Bar"], METRIC=[m for m in ("CTR", "accuracy") if m in text])
    assert found[-1]["metric"] is None and found[0]["metric"] is not None


@pytest.mark.parametrize("text", [
    "Bar raises accuracy by 6.3% and reaches the target accuracy with 41% fewer communication rounds.",
    "Bar improves exact match by 4.8 points and reduces the number of retrieved tokens fed to the generator by 62%.",
])
def test_a_later_change_of_something_else_takes_no_earlier_metric(nlp: Language, text: str) -> None:
    found = claims(nlp, text, METHOD=["Bar"], METRIC=[m for m in ("accuracy", "exact match") if m in text])
    assert [c["metric"] is None for c in found] == [False, True]


def test_a_difference_restating_the_score_before_it_keeps_its_metric(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches 0.412 MRR on FB15k-237 and 0.521 MRR on WN18RR, which is 3.1 points higher "
                        "than RotatE.", METHOD=["Bar", "RotatE"], DATASET=["FB15k-237", "WN18RR"], METRIC=["MRR"])
    assert pick(found, value=3.1)["metric"] == "MRR"


def test_gains_of_a_metric_on_a_second_dataset_keep_it(nlp: Language) -> None:
    found = claims(nlp, "Bar improves accuracy on CIFAR-10 by 2.1% and on STL-10 by 1.3%.", METHOD=["Bar"],
                   DATASET=["CIFAR-10", "STL-10"], METRIC=["accuracy"])
    assert [(c["metric"], c["dataset"]) for c in found] == [("accuracy", "CIFAR-10"), ("accuracy", "STL-10")]


def test_helping_a_model_by_a_margin_is_a_gain(nlp: Language) -> None:
    c = only(nlp, "Self-consistency helps PaLM by 4.4 points on GSM8K.", METHOD=["Self-consistency", "PaLM"],
             DATASET=["GSM8K"])
    assert (c["kind"], c["value"], c["unit"]) == ("improvement", 4.4, "points")


def test_a_model_at_a_percentage_is_its_score_not_a_setting(nlp: Language) -> None:
    found = claims(nlp, "Bar performs best with 71.3% accuracy, while Baz is at 64.0% and Qux-7B at 52.5%.",
                   METHOD=["Bar", "Baz", "Qux-7B"], METRIC=["accuracy"])
    assert [(c["kind"], c["value"], c["method"]) for c in found] == [
        ("sota", 71.3, "Bar"), ("score", 64.0, "Baz"), ("score", 52.5, "Qux-7B")]


def test_results_joined_to_their_dataset_by_with(nlp: Language) -> None:
    found = claims(nlp, "Bar sets a new state of the art on TriviaQA with 80.1 EM and on NQ with 52.3 EM.",
                   METHOD=["Bar"], DATASET=["TriviaQA", "NQ"], METRIC=["EM"])
    assert [(c["value"], c["dataset"]) for c in found] == [(80.1, "TriviaQA"), (52.3, "NQ")]


@pytest.mark.parametrize(("text", "values"), [
    ("Bar reaches 3.1% CER, outperforming Baz (6.2% CER, 0.41 similarity).", [(3.1, "Bar"), (6.2, "Baz")]),
    ("Bar reaches 3.1% CER and outperforms Baz (+1.4 points).", [(3.1, "Bar"), (1.4, "Bar")]),
    ("Bar (81.0 F1) outperforms Baz on CoNLL.", [(81.0, "Bar")]),
    ("Bar outperforms Baz (Smith et al., 2019) and Qux (0613) on CoNLL.", []),  # a year and a version
])
def test_numbers_in_brackets_after_a_rival_are_the_rival_s(nlp: Language, text: str, values: list) -> None:
    found = claims(nlp, text, METHOD=[m for m in ("Bar", "Baz", "Qux") if m in text],
                   METRIC=[m for m in ("CER", "F1") if m in text])
    assert [(c["value"], c["method"]) for c in found if c["value"] is not None] == values


def test_a_value_below_zero_is_a_score_and_a_rival_s_in_brackets_is_not_ours(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches a docking score of -8.10, better than Baz (-7.45).", METHOD=["Bar", "Baz"],
                   METRIC=["docking score"])
    assert [(c["kind"], c["value"], c["method"]) for c in found if c["value"] is not None] == [
        ("score", -8.1, "Bar"), ("score", -7.45, "Baz")]
    assert [(c["kind"], c["value"]) for c in claims(nlp, "Bar brings a gain of -0.4 BLEU.", METHOD=["Bar"],
                                                    METRIC=["BLEU"])] == [("improvement", -0.4)]


def test_a_level_kept_is_a_result_not_an_operating_point(nlp: Language) -> None:
    found = claims(nlp, "Bar lowers CHAIR from 7.2 to 4.1 while keeping METEOR at 31.5.", METHOD=["Bar"],
                   METRIC=["CHAIR", "METEOR"])
    assert [(c["value"], c["metric"]) for c in found] == [(4.1, "CHAIR"), (31.5, "METEOR")]


def test_a_dataset_named_in_the_next_predicate_is_not_the_earlier_result_s(nlp: Language) -> None:
    found = claims(nlp, "On Sintel, Bar has an EPE of 1.9 and lowers the outlier rate Fl on KITTI to 4.3%.",
                   METHOD=["Bar"], DATASET=["Sintel", "KITTI"], METRIC=["EPE", "Fl"])
    assert [(c["value"], c["dataset"]) for c in found] == [(1.9, "Sintel"), (4.3, "KITTI")]


def test_a_gain_in_decibels_is_in_the_metric_measured_in_decibels(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches a PSNR of 31.2 dB and an SSIM of 0.91, surpassing Baz by 0.8 dB.",
                   METHOD=["Bar", "Baz"], METRIC=["PSNR", "SSIM"])
    assert [(c["value"], c["metric"]) for c in found] == [(31.2, "PSNR"), (0.91, "SSIM"), (0.8, "PSNR")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Bar reaches an ADE of 0.43 m on ETH.", ("score", 0.43)),
    ("Bar's simple regret is 20% lower than Baz's.", ("reduction", 20.0)),
    ("The gains over Baz average 2.2 BLEU.", ("improvement", 2.2)),
])
def test_distances_regret_and_averaged_gains(nlp: Language, text: str, expected: tuple) -> None:
    c = only(nlp, text, METHOD=[m for m in ("Bar", "Baz") if m in text],
             METRIC=[m for m in ("ADE", "regret", "BLEU") if m in text], DATASET=["ETH"] if "ETH" in text else [])
    assert (c["kind"], c["value"]) == expected


def test_a_score_in_its_own_metric_after_a_gain_over_a_rival_is_a_score(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches 30.1 AP on LVIS, a gain of 4.2 AP over Baz, and 41.0 AP50 on COCO.",
                   METHOD=["Bar", "Baz"], DATASET=["LVIS", "COCO"], METRIC=["AP", "AP50"])
    assert [(c["kind"], c["value"]) for c in found] == [("score", 30.1), ("improvement", 4.2), ("score", 41.0)]


def test_each_rival_of_a_measure_takes_its_own_margin(nlp: Language) -> None:
    found = claims(nlp, "Bar improves the macro-F1 of Baz by 1.4% and of Qux by 1.1%.", METHOD=["Bar", "Baz", "Qux"],
                   METRIC=["macro-F1"])
    assert [(c["value"], c["baseline"]) for c in found] == [(1.4, "Baz"), (1.1, "Qux")]


def test_the_name_a_distillation_yields_is_the_own_method(nlp: Language) -> None:
    doc = annotate(nlp, "We distill a cross-encoder into a bi-encoder, obtaining QuickSE. Its nDCG@10 is 0.46.",
                   METHOD=["cross-encoder", "bi-encoder", "QuickSE"], METRIC=["nDCG@10"])
    assert doc._.kb_own_method == "QuickSE"
    # not a method named after the phrase "into" opens
    doc = annotate(nlp, "Foo for Bar\n\nWe distill a cascaded teacher into an end-to-end student at the sequence level "
                        "and add a CTC-based loss. Our student obtains 28.9 BLEU.", METHOD=["Foo", "CTC"],
                   METRIC=["BLEU"])
    assert doc._.kb_own_method != "CTC"


def test_a_rival_s_number_after_compared_with_is_not_ours(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches a Pearson correlation of 0.56 with measured values, compared with 0.43 for "
                        "Baz.", METHOD=["Bar", "Baz"], METRIC=["Pearson correlation"])
    assert [(c["value"], c["metric"], c["method"]) for c in found] == [
        (0.56, "Pearson correlation", "Bar"), (0.43, "Pearson correlation", "Baz")]


def test_losing_less_than_a_margin_is_a_small_loss(nlp: Language) -> None:
    c = only(nlp, "Bar loses less than 0.4 points of accuracy relative to Baz.", METHOD=["Bar", "Baz"],
             METRIC=["accuracy"])
    assert (c["kind"], c["value"]) == ("reduction", 0.4)


def test_a_state_of_the_art_improved_in_a_later_predicate_is_not_the_earlier_scores(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves 91.0% mAP on PubTab and 80.2% on DocSet, and improves the state of the art on "
                        "LayoutX by 1.9 mAP.", METHOD=["Bar"], DATASET=["PubTab", "DocSet", "LayoutX"], METRIC=["mAP"])
    assert [(c["kind"], c["value"], c["baseline"]) for c in found] == [
        ("score", 91.0, None), ("score", 80.2, None), ("improvement", 1.9, "state of the art")]


@pytest.mark.parametrize("text", [
    "Judges prefer Bar summaries over Baz 68% of the time.",
    "Bar answers are preferred over Baz in 61% of comparisons.",
])
def test_a_preference_share_is_a_win_rate(nlp: Language, text: str) -> None:
    assert [(c["kind"], c["unit"]) for c in claims(nlp, text, METHOD=["Bar", "Baz"]) if c["value"]] == [("score", "%")]


def test_thresholds_and_ranges_are_settings_not_results(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches an average mAP of 41.5% over IoU thresholds 0.3:0.7, 2.2% higher than Baz.",
                   METHOD=["Bar", "Baz"], METRIC=["mAP", "IoU"])
    assert [(c["value"], c["metric"]) for c in found] == [(41.5, "mAP"), (2.2, "mAP")]


@pytest.mark.parametrize(("text", "values"), [
    ("Bar lifts F1 to 71.0, while adding less than 4% inference overhead.", [71.0]),
    ("Judges prefer Bar over Baz 66% of the time, comparable to 69% for Qux.", [66.0]),
])
def test_added_overhead_and_a_comparable_rival_s_number_are_no_results(nlp: Language, text: str, values: list) -> None:
    found = claims(nlp, text, METHOD=[m for m in ("Bar", "Baz", "Qux") if m in text], METRIC=["F1"] if "F1" in text else [])
    assert [c["value"] for c in found if c["value"] is not None] == values


def test_the_source_of_a_transfer_is_not_where_results_are_measured(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches 85.2% mAP and 94.1% Rank-1 on ReidA when adapted from ReidB, improving the state "
                        "of the art by 3.3% mAP.", METHOD=["Bar"], DATASET=["ReidA", "ReidB"], METRIC=["mAP", "Rank-1"])
    assert [(c["value"], c["dataset"]) for c in found] == [(85.2, "ReidA"), (94.1, "ReidA"), (3.3, "ReidA")]


@pytest.mark.parametrize("text", [
    "Bar reaches 79.8% top-1 accuracy on ImgSet, running at 4.2 ms latency on a phone.",
    "Bar reaches 79.8% top-1 accuracy on ImgSet with a latency of 4.2 ms on a phone.",
])
def test_a_time_in_ms_is_a_latency_score(nlp: Language, text: str) -> None:
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["ImgSet"], METRIC=["top-1 accuracy", "latency"])
    assert [(c["value"], c["metric"]) for c in found] == [(79.8, "top-1 accuracy"), (4.2, "latency")]


@pytest.mark.parametrize(("text", "metric", "value"), [
    ("On a production trace, Bar lowers p99 latency from 1.84 s to 1.12 s.", "p99 latency", 1.12),
    ("Bar also reduces the memory footprint from 140 GB to 38 GB.", "memory footprint", 38.0),
    ("With Bar, peak memory is only 12.5 GB.", "peak memory", 12.5),
])
def test_a_time_or_memory_measure_s_value_in_its_units_is_a_score(nlp: Language, text: str, metric: str,
                                                                  value: float) -> None:
    found = claims(nlp, text, METHOD=["Bar"], METRIC=[metric])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [("score", value, metric)]


@pytest.mark.parametrize("text", [
    "We train Bar for 3 hours on 8 GPUs with 80 GB of memory.",
    "With a memory budget of 24 GB, Bar is trained in 12 hours.",
])
def test_a_budget_in_time_or_memory_is_no_score(nlp: Language, text: str) -> None:
    assert claims(nlp, text, METHOD=["Bar"], METRIC=["memory"]) == []


def test_a_dataset_after_without_is_not_the_earlier_result_s(nlp: Language) -> None:
    found = claims(nlp, "Bar cuts the WER on NoisySet from 31.2% to 24.7%, a relative reduction of 20.8%, without "
                        "degrading performance on CleanSet (2.1% WER).", METHOD=["Bar"], DATASET=["NoisySet", "CleanSet"],
                   METRIC=["WER"])
    assert [c["dataset"] for c in found if c["value"] in (24.7, 20.8)] == ["NoisySet", "NoisySet"]


def test_a_measure_after_a_versus_pair_is_the_measure_of_both(nlp: Language) -> None:
    found = claims(nlp, "Bar matches Baz on BenchA (88.9 vs. 89.1 average score).", METHOD=["Bar", "Baz"],
                   DATASET=["BenchA"], METRIC=["average score"])
    assert [(c["value"], c["metric"]) for c in found if c["value"] is not None] == [(88.9, "average score")]


def test_an_example_of_a_plural_subject_is_the_subject(nlp: Language) -> None:
    found = claims(nlp, "Bar fixes 38.2% of the bugs, while open models such as Baz-33B fix at most 21.5%.",
                   METHOD=["Bar", "Baz-33B"])
    assert [(c["value"], c["method"]) for c in found] == [(38.2, "Bar"), (21.5, "Baz-33B")]
    unlike = claims(nlp, "Bar, unlike models such as Baz-33B, fixes 38.2% of the bugs.", METHOD=["Bar", "Baz-33B"])
    assert [(c["value"], c["method"]) for c in unlike] == [(38.2, "Bar")]


def test_the_proposed_name_is_the_subject(nlp: Language) -> None:
    found = claims(nlp, "The proposed SpecNet reaches an overall accuracy of 97.2% on PinesSet.", METHOD=["SpecNet"],
                   DATASET=["PinesSet"], METRIC=["overall accuracy"])
    assert [(c["value"], c["method"]) for c in found] == [(97.2, "SpecNet")]


def test_a_result_of_a_model_treated_with_the_own_method_is_the_own_method_s(nlp: Language) -> None:
    text = ("We propose Bar. Pruning 50% of the experts of Qux-8x7B with Bar loses only 1.2 points of accuracy, "
            "whereas random pruning loses 6.7 points, and throughput increases by 1.6x.")
    found = claims(nlp, text, METHOD=["Bar", "Qux-8x7B", "random pruning", ("Pruning", "network pruning")],
                   METRIC=["accuracy", "throughput"])
    assert [(c["value"], c["method"]) for c in found] == [(1.2, "Bar"), (6.7, "random pruning"), (1.6, "Bar")]


def test_numbers_in_brackets_after_rival_measures_are_theirs(nlp: Language) -> None:
    found = claims(nlp, "CapMetric reaches a correlation of 0.54 on CapSet, outperforming ClipMetric (0.51) and "
                        "CiderMetric (0.44).", METRIC=["CapMetric", "ClipMetric", "CiderMetric", "correlation"],
                   DATASET=["CapSet"])
    assert [c["value"] for c in found if c["value"] is not None] == [0.54]


def test_the_only_metric_in_a_later_clause_is_not_an_earlier_number_s(nlp: Language) -> None:
    found = claims(nlp, "Bar answers 72.5% of questions correctly on SpaceSet, and improves the success rate of a "
                        "robot policy by 15 percentage points.", METHOD=["Bar"], DATASET=["SpaceSet"],
                   METRIC=["success rate"])
    assert [(c["value"], c["metric"]) for c in found] == [(72.5, None), (15.0, "success rate")]


def test_a_level_of_one_measure_at_which_another_is_read_is_a_setting(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches an AUROC of 0.97 on OodSet, reducing the false positive rate at 95% true positive "
                        "rate (FPR95) by 21.4% compared with Baz.", METHOD=["Bar", "Baz"], DATASET=["OodSet"],
                   METRIC=["AUROC", "false positive rate", "true positive rate", ("FPR95", "false positive rate")])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [
        ("score", 0.97, "AUROC"), ("reduction", 21.4, "false positive rate")]


def test_a_measure_kept_without_loss_is_not_the_gain_s(nlp: Language) -> None:
    found = claims(nlp, "Bar speeds up sampling by up to 40% without loss of image quality as measured by FID.",
                   METHOD=["Bar"], METRIC=["FID"])
    assert [(c["value"], c["metric"]) for c in found] == [(40.0, None)]


def test_a_studied_thing_is_not_the_paper_s_own_method(nlp: Language) -> None:
    text = ("We present an empirical study of neural scaling laws for recommenders. Increasing the embedding size "
            "improves the AUC on ClickSet by only 0.2%.")
    found = claims(nlp, text, METHOD=["neural scaling laws"], DATASET=["ClickSet"], METRIC=["AUC"])
    assert [(c["value"], c["method"]) for c in found] == [(0.2, None)]


def test_the_name_after_a_described_proposal_is_the_own_method(nlp: Language) -> None:
    text = ("We propose a novel loss function for long-tailed classification, Balanced Focal Loss (BFL). "
            "With BFL, we obtain 56.3% top-1 accuracy on TailSet.")
    found = claims(nlp, text, METHOD=["loss function", "Balanced Focal Loss", "BFL"], DATASET=["TailSet"],
                   METRIC=["top-1 accuracy"])
    assert [(c["value"], c["method"]) for c in found] == [(56.3, "Balanced Focal Loss")]


def test_a_parallel_result_of_another_subject_is_in_the_same_measure(nlp: Language) -> None:
    found = claims(nlp, "With in-context learning, Baz reaches 85.3% execution accuracy on SqlSet, while our decomposed "
                        "prompting approach reaches 86.9%.", METHOD=["Baz", "decomposed prompting"],
                   DATASET=["SqlSet"], METRIC=["execution accuracy"])
    assert [(c["value"], c["metric"], c["method"]) for c in found] == [
        (85.3, "execution accuracy", "Baz"), (86.9, "execution accuracy", "decomposed prompting")]


def test_a_metric_mention_cut_by_the_look_back_window_is_whole(nlp: Language) -> None:
    found = claims(nlp, "We build Bar. The weighted error for the entire spoken language system on the same test set "
                        "is 49.3%.", METHOD=["Bar"], METRIC=["weighted error"])
    assert [(c["value"], c["metric"]) for c in found] == [(49.3, "weighted error")]


def test_a_number_right_after_a_metric_mention_is_its_score(nlp: Language) -> None:
    found = claims(nlp, "Users of Bar reported a lower workload (NASA-TLX 32.1 vs. 47.8).", METHOD=["Bar"],
                   METRIC=["NASA-TLX"])
    assert [(c["value"], c["metric"]) for c in found if c["value"] is not None] == [(32.1, "NASA-TLX")]


def test_a_resource_measured_on_a_benchmark_is_what_the_change_is_in(nlp: Language) -> None:
    found = claims(nlp, "Bar reduces the end-to-end execution time of the JOB benchmark by 28% compared to Baz.",
                   METHOD=["Bar", "Baz"], DATASET=["JOB"], METRIC=[("end-to-end execution time", "execution time")])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [("reduction", 28.0, "execution time")]


def test_the_only_metric_after_while_is_not_an_earlier_number_s(nlp: Language) -> None:
    found = claims(nlp, "Bar cuts the sampling steps from 1000 to 20.5 on average while keeping FID within 0.5 of Baz.",
                   METHOD=["Bar", "Baz"], METRIC=["FID"])
    assert all(c["metric"] is None for c in found if c["value"] == 20.5)
    assert [c["metric"] for c in found if c["value"] == -0.5] == ["FID"]


def test_a_subjectless_clause_takes_the_main_clause_s_subject(nlp: Language) -> None:
    found = claims(nlp, "Bar-21M reaches 84.8% top-1 accuracy on ImgSet, being 4.2x smaller than Baz while 0.4% more "
                        "accurate.", METHOD=["Bar-21M", "Baz"], DATASET=["ImgSet"], METRIC=["top-1 accuracy"])
    assert [(c["value"], c["method"]) for c in found] == [(84.8, "Bar-21M"), (4.2, "Bar-21M"), (0.4, "Bar-21M")]


def test_an_enumerator_with_a_space_before_its_bracket_is_no_result(nlp: Language) -> None:
    found = claims(nlp, "We find that Bar not only improves the tagging accuracy , but also 1 ) prevents over-fitting .",
                   METHOD=["Bar"], METRIC=["tagging accuracy"])
    assert all(c["value"] is None for c in found)


def test_signed_gains_listed_one_after_another_share_the_first_measure(nlp: Language) -> None:
    found = claims(nlp, "Training with Bar yields consistent improvements: +1.8 BLEU on SetA, +1.1 on SetB, and +0.9 on "
                        "SetC.", METHOD=["Bar"], DATASET=["SetA", "SetB", "SetC"], METRIC=["BLEU"])
    assert [(c["value"], c["metric"], c["dataset"]) for c in found] == [
        (1.8, "BLEU", "SetA"), (1.1, "BLEU", "SetB"), (0.9, "BLEU", "SetC")]


@pytest.mark.parametrize(("text", "values"), [
    ("Bar obtains BLEU scores of $28.4$ and $41.0$ on SetA and SetB, respectively.", [28.4, 41.0]),
    (r"Bar reduces the FID from $12.3$ to $8.7$ on SetA $256\times256$.", [8.7]),
])
def test_numbers_alone_in_math_read_as_plain_numbers(nlp: Language, text: str, values: list) -> None:
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["SetA", "SetB"] if "SetB" in text else ["SetA"],
                   METRIC=["BLEU"] if "BLEU" in text else ["FID"])
    assert [c["value"] for c in found if c["value"] is not None] == values


@pytest.mark.parametrize(("text", "kind"), [
    ("Bar reaches 84.2% accuracy on closed-ended questions, improving over the previous best by 3.5%.", "improvement"),
    ("An improved duration model has reduced the error rate by about 10%.", "reduction"),
    ("Bar significantly beats the accuracy of our closest competitors by 8 points.", "improvement"),
])
def test_the_verb_nearest_a_change_says_its_direction(nlp: Language, text: str, kind: str) -> None:
    found = claims(nlp, text, METHOD=["Bar"] if "Bar" in text else [],
                   METRIC=["error rate"] if "error rate" in text else ["accuracy"])
    assert [c["kind"] for c in found if c["value"] in (3.5, 10.0, 8.0)] == [kind]


def test_a_number_close_to_which_a_result_is_the_reference_s(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves a mean opinion score of 4.41, close to the 4.52 of ground-truth recordings.",
                   METHOD=["Bar"], METRIC=["mean opinion score"])
    assert [c["value"] for c in found if c["value"] is not None] == [4.41]
    own = claims(nlp, "Bar achieves close to 90% accuracy.", METHOD=["Bar"], METRIC=["accuracy"])
    assert [c["value"] for c in own] == [90.0]


def test_a_metric_after_several_modifying_words_is_the_number_s(nlp: Language) -> None:
    found = claims(nlp, "Our model achieves 75.3 trigger classification F1 on EventSet.", DATASET=["EventSet"],
                   METRIC=["classification F1"])
    assert [(c["value"], c["metric"]) for c in found] == [(75.3, "classification F1")]
    # what was kept is not the number's measure
    kept = claims(nlp, "Bar raises the FactCC score from 23.5 to 31.2 without reducing ROUGE-L.", METHOD=["Bar"],
                  METRIC=["FactCC", "ROUGE-L"])
    assert [(c["value"], c["metric"]) for c in kept] == [(31.2, "FactCC")]


def test_a_result_on_a_place_no_mention_names_takes_no_later_dataset(nlp: Language) -> None:
    found = claims(nlp, "Bar obtains ROUGE-1/ROUGE-2/ROUGE-L of 48.3/20.1/43.9 on Arxiv and 49.7/21.8/45.2 on PubMed.",
                   METHOD=["Bar"], DATASET=["PubMed"], METRIC=["ROUGE-1", "ROUGE-2", "ROUGE-L"])
    assert [(c["value"], c["metric"], c["dataset"]) for c in found] == [
        (48.3, "ROUGE-1", None), (20.1, "ROUGE-2", None), (43.9, "ROUGE-L", None),
        (49.7, "ROUGE-1", "PubMed"), (21.8, "ROUGE-2", "PubMed"), (45.2, "ROUGE-L", "PubMed")]


def test_a_result_on_a_transfer_written_with_an_arrow_is_on_its_target(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves 73.8 mIoU on GTA5→Cityscapes.", METHOD=["Bar"], DATASET=["GTA5", "Cityscapes"],
                   METRIC=["mIoU"])
    assert [(c["value"], c["dataset"]) for c in found] == [(73.8, "Cityscapes")]
    found = claims(nlp, "Bar achieves 71.9 mIoU on GTA-to-Cityscapes.", METHOD=["Bar"], DATASET=["GTA", "Cityscapes"],
                   METRIC=["mIoU"])
    assert [(c["value"], c["dataset"]) for c in found] == [(71.9, "Cityscapes")]


def test_within_a_margin_in_brackets_is_a_small_loss(nlp: Language) -> None:
    found = claims(nlp, "Bar matches the performance of Baz on MMLU (within 0.3 points).", METHOD=["Bar", "Baz"],
                   DATASET=["MMLU"])
    assert [(c["kind"], c["value"]) for c in found if c["value"] is not None] == [("improvement", -0.3)]


def test_a_score_after_a_noun_phrase_set_beside_the_previous_one_continues_it(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches an execution accuracy of 85.3% on Spider, a new record among prompting methods, "
                        "and 60.1% on BIRD.", METHOD=["Bar"], METRIC=["execution accuracy"], DATASET=["Spider", "BIRD"])
    assert [(c["value"], c["metric"], c["dataset"]) for c in found] == [
        (85.3, "execution accuracy", "Spider"), (60.1, "execution accuracy", "BIRD")]


@pytest.mark.parametrize("text", [
    "Under a 20% perturbation rate on Cora, Bar maintains 79.1% accuracy.",
    "Under a perturbation rate of 20%, Bar maintains 79.1% accuracy.",
])
def test_a_condition_under_which_a_result_holds_is_no_result(nlp: Language, text: str) -> None:
    found = claims(nlp, text, METHOD=["Bar"], METRIC=["accuracy", "perturbation rate"],
                   DATASET=["Cora"] if "Cora" in text else [])
    assert [c["value"] for c in found] == [79.1]
    # a bound reached is a result
    assert [c["value"] for c in claims(nlp, "Bar keeps the error under 5% on Cora.", METHOD=["Bar"],
                                       METRIC=["error"], DATASET=["Cora"])] == [5.0]


def test_an_average_across_several_datasets_takes_none_of_those_named_after_it(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves an average accuracy of 92.7% across six benchmarks, including 97.4% on IIIT5K "
                        "and 89.2% on SVTP.", METHOD=["Bar"], METRIC=["average accuracy"], DATASET=["IIIT5K", "SVTP"])
    assert [(c["value"], c["dataset"]) for c in found] == [(92.7, None), (97.4, "IIIT5K"), (89.2, "SVTP")]


def test_a_share_of_tasks_completed_is_a_score(nlp: Language) -> None:
    found = claims(nlp, "On WebArena, Bar completes 37.2% of the tasks.", METHOD=["Bar"], DATASET=["WebArena"])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found] == [("score", 37.2, "WebArena")]


def test_a_parallel_level_reached_on_another_place_is_a_score(nlp: Language) -> None:
    found = claims(nlp, "Bar increases the registration recall on 3DMatch to 95.0% and on the low-overlap 3DLoMatch to "
                        "75.2%.", METHOD=["Bar"], METRIC=["registration recall"], DATASET=["3DMatch", "3DLoMatch"])
    assert [(c["value"], c["metric"], c["dataset"]) for c in found] == [
        (95.0, "registration recall", "3DMatch"), (75.2, "registration recall", "3DLoMatch")]


def test_a_score_after_a_gain_set_beside_the_previous_score_continues_it(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches an equal error rate of 0.86% on Vox-O, a 21% relative reduction compared to Baz, "
                        "and 1.12% on Vox-H.", METHOD=["Bar", "Baz"], METRIC=["equal error rate"],
                   DATASET=["Vox-O", "Vox-H"])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found] == [
        ("score", 0.86, "Vox-O"), ("reduction", 21.0, "Vox-O"), ("score", 1.12, "Vox-H")]


def test_a_score_after_a_bare_difference_set_beside_the_previous_score_continues_it(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches an accuracy of 58.3% on Foo, 4.1 points higher than Baz, and 46.2% on Qux.",
                   METHOD=["Bar", "Baz"], METRIC=["accuracy"], DATASET=["Foo", "Qux"])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found] == [
        ("score", 58.3, "Foo"), ("improvement", 4.1, "Foo"), ("score", 46.2, "Qux")]


def test_a_gain_s_unnamed_rival_is_not_a_later_predicate_s(nlp: Language) -> None:
    found = claims(nlp, "Bar attains 43.1% accuracy on Foo, a 14.3-point improvement over the base model, and "
                        "surpasses Baz.", METHOD=["Bar", "Baz"], METRIC=["accuracy"], DATASET=["Foo"])
    assert pick(found, value=14.3)["baseline"] is None
    assert pick(found, kind="comparison")["baseline"] == "Baz"


def test_a_quantity_named_by_a_word_of_its_own_takes_no_other_metric(nlp: Language) -> None:
    found = claims(nlp, "Bar attains an average accuracy of 68.4% and a forgetting of 9.7%.", METHOD=["Bar"],
                   METRIC=["average accuracy"])
    assert [(c["value"], c["metric"]) for c in found] == [(68.4, "average accuracy"), (9.7, None)]
    # a word for any result keeps the sentence's metric
    found = claims(nlp, "We evaluate Bar by its accuracy on many hard and diverse problems drawn from the suite, where it "
                        "attains a score of 70.1%.", METHOD=["Bar"], METRIC=["accuracy"])
    assert [(c["value"], c["metric"]) for c in found] == [(70.1, "accuracy")]


def test_a_later_predicate_after_a_respectively_list_is_on_none_of_its_datasets(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves macro-F1 scores of 71.4 on Foo and 80.2 on Qux, outperforming Baz by 1.9 and 2.6 "
                        "points, respectively, and reduces memory usage by 45%.", METHOD=["Bar", "Baz"],
                   METRIC=["macro-F1", "memory usage"], DATASET=["Foo", "Qux"])
    assert [(c["value"], c["dataset"]) for c in found] == [(71.4, "Foo"), (80.2, "Qux"), (1.9, "Foo"), (2.6, "Qux"),
                                                           (45.0, None)]


def test_a_result_on_a_dataset_named_with_its_kind_noun_is_on_it(nlp: Language) -> None:
    found = claims(nlp, "Bar sets a new state of the art on the Foo benchmark with 53.8% denotation accuracy and "
                        "performs competitively on the text-to-SQL dataset Qux.", METHOD=["Bar"],
                   METRIC=["denotation accuracy"], DATASET=["Foo", "Qux"])
    assert [(c["value"], c["dataset"]) for c in found if c["value"] is not None] == [(53.8, "Foo")]


def test_a_comparison_reported_by_experiments_on_datasets_is_on_them(nlp: Language) -> None:
    found = claims(nlp, "Experiments on the Foo and Qux datasets show that Bar consistently outperforms Baz in F1.",
                   METHOD=["Bar", "Baz"], DATASET=["Foo", "Qux"], METRIC=["F1"])
    assert [(c["kind"], c["dataset"], c["baseline"]) for c in found] == [("comparison", "Foo", "Baz"),
                                                                         ("comparison", "Qux", "Baz")]


def test_a_score_on_another_split_continues_the_previous_one(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches 67.8% mIoU on the PASCAL VOC 2012 val set and 68.1% on test.", METHOD=["Bar"],
                   METRIC=["mIoU"], DATASET=["PASCAL VOC 2012 val set"])
    assert [(c["value"], c["metric"]) for c in found] == [(67.8, "mIoU"), (68.1, "mIoU")]
    found = claims(nlp, "Bar achieves 65.4 BLEU on seen categories and 53.1 on unseen categories.", METHOD=["Bar"],
                   METRIC=["BLEU"])
    assert [(c["value"], c["metric"]) for c in found] == [(65.4, "BLEU"), (53.1, "BLEU")]
    # under another condition
    found = claims(nlp, "On Foo, Bar achieves 3.8% WER without a language model and 2.9% with shallow fusion.",
                   METHOD=["Bar"], METRIC=["WER"], DATASET=["Foo"])
    assert [(c["value"], c["metric"]) for c in found] == [(3.8, "WER"), (2.9, "WER")]


def test_a_change_from_a_level_in_plain_words_takes_no_earlier_metric(nlp: Language) -> None:
    found = claims(nlp, "Bar increased the acceptance rate from 31% to 47% and reduced the average number of turns from "
                        "8.2 to 5.6.", METHOD=["Bar"], METRIC=["acceptance rate"])
    assert [(c["value"], c["metric"]) for c in found] == [(47.0, "acceptance rate"), (5.6, None)]
    # a parallel change keeps it
    found = claims(nlp, "Rank-1 accuracy is improved from 55.3% to 80.5% for Foo, and from 73.8% to 82.3% for Qux.",
                   METHOD=["Foo", "Qux"], METRIC=["Rank-1 accuracy"])
    assert [(c["value"], c["metric"]) for c in found] == [(80.5, "Rank-1 accuracy"), (82.3, "Rank-1 accuracy")]


def test_our_model_followed_by_its_name_is_that_method(nlp: Language) -> None:
    found = claims(nlp, "Our model GraphCast-S improves the forecast skill by 7.2% on ERA5.", METHOD=["GraphCast-S"],
                   DATASET=["ERA5"])
    assert [(c["value"], c["method"]) for c in found] == [(7.2, "GraphCast-S")]


def test_a_leading_generic_rival_is_the_baseline_not_the_subject_after_it(nlp: Language) -> None:
    found = claims(nlp, "Compared with the strongest baseline, GraphCast-S improves the forecast skill by 7.2%.",
                   METHOD=["GraphCast-S"])
    assert [(c["method"], c["baseline"]) for c in found] == [("GraphCast-S", "strongest baseline")]


def test_a_score_of_a_later_benchmark_is_not_in_the_earlier_measure(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves a win rate of 24.8% on AlpacaEval and a score of 7.41 on MT-Bench.",
                   METHOD=["Bar"], METRIC=["win rate"], DATASET=["AlpacaEval", "MT-Bench"])
    assert [(c["value"], c["metric"]) for c in found] == [(24.8, "win rate"), (7.41, None)]


def test_the_next_in_a_ranking_after_a_leader_is_no_state_of_the_art(nlp: Language) -> None:
    found = claims(nlp, "Among 30 models, Foo ranks first with an overall accuracy of 69.1%, followed by Qux at 65.3%.",
                   METHOD=["Foo", "Qux"], METRIC=["overall accuracy"])
    assert [(c["kind"], c["value"], c["method"]) for c in found] == [("sota", 69.1, "Foo"), ("score", 65.3, "Qux")]


def test_the_models_a_ranking_lists_after_the_leader_stand_at_their_own_scores(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar obtains an AbsRel of 0.043, followed by Baz at 0.055, Qux at 0.075 and Quux at 0.077.",
                   METHOD=["Bar", "Baz", "Qux", "Quux"], METRIC=["AbsRel"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(0.043, "Bar"), (0.055, "Baz"), (0.075, "Qux"),
                                                          (0.077, "Quux")]
    # but a model whose measure the subject keeps there stands nowhere
    found = claims(nlp, "In the W4A4 setting, Bar keeps the Foo perplexity of Baz at 3.94, compared with 4.61 for Qux.",
                   METHOD=["Bar", "Baz", "Qux"], METRIC=["perplexity"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(3.94, "Bar"), (4.61, "Qux")]


@pytest.mark.parametrize("second", [
    "On Bar this is 1.6 points above Baz.",
    "These results exceed Baz by 1.6 points.",
])
def test_a_number_about_the_results_just_reported_is_in_their_metric_and_of_their_method(
        nlp: Language, second: str) -> None:
    found = claims(nlp, "Foo-B obtains 71.8% top-1 accuracy on Bar. " + second,
                   METHOD=["Foo-B", "Baz"], METRIC=["top-1 accuracy"], DATASET=["Bar"])
    assert [(c["value"], c["metric"], c["method"]) for c in found] == [
        (71.8, "top-1 accuracy", "Foo-B"), (1.6, "top-1 accuracy", "Foo-B")]


def test_a_gain_over_the_next_rival_is_in_the_measure_and_over_the_rival_named_for_it(nlp: Language) -> None:
    found = claims(nlp, "Foo achieves 57.8% robust accuracy, improving on Bar by 3.1 points and on Baz by 1.2 points.",
                   METHOD=["Foo", "Bar", "Baz"], METRIC=["robust accuracy"])
    assert [(c["value"], c["metric"], c["baseline"]) for c in found if c["kind"] == "improvement"] == [
        (3.1, "robust accuracy", "Bar"), (1.2, "robust accuracy", "Baz")]


def test_a_number_after_results_in_two_metrics_takes_neither(nlp: Language) -> None:
    found = claims(nlp, "Foo-B obtains 71.8% top-1 accuracy and 40.2 mAP on Bar. These results exceed Baz by 1.6 points.",
                   METHOD=["Foo-B", "Baz"], METRIC=["top-1 accuracy", "mAP"], DATASET=["Bar"])
    assert pick(found, value=1.6)["metric"] is None


def test_our_method_named_by_a_term_is_that_method(nlp: Language) -> None:
    found = claims(nlp, "Our hidden Markov model with a Dirichlet prior achieves 74.6% accuracy on the Penn Treebank.",
                   METHOD=["hidden Markov model"], METRIC=["accuracy"], DATASET=["Penn Treebank"])
    assert [(c["value"], c["method"]) for c in found] == [(74.6, "hidden Markov model")]


def test_a_value_in_named_units_after_its_measure_is_a_result(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves a Pearson correlation of 0.82 and an RMSE of 1.21 pK units on PDBbind.",
                   METHOD=["Bar"], METRIC=["Pearson correlation", "RMSE"], DATASET=["PDBbind"])
    assert [(c["value"], c["metric"]) for c in found] == [(0.82, "Pearson correlation"), (1.21, "RMSE")]


def test_tasks_drawn_from_listed_benchmarks_are_evaluated_on_all_of_them(nlp: Language) -> None:
    found = claims(nlp, "Across 15 tasks from the GLUE and SuperGLUE benchmarks, Bar improves over fine-tuning by 11.6 "
                        "points.", METHOD=["Bar"], DATASET=["GLUE", "SuperGLUE"])
    assert [(c["value"], c["dataset"]) for c in found] == [(11.6, None)]


def test_a_share_of_tasks_succeeded_in_is_a_score(nlp: Language) -> None:
    found = claims(nlp, "Bar succeeds in 76% of unseen tasks.", METHOD=["Bar"])
    assert [(c["kind"], c["value"]) for c in found] == [("score", 76.0)]


def test_a_throughput_in_items_per_second_is_a_score(nlp: Language) -> None:
    found = claims(nlp, "Bar attains 82.3% top-1 accuracy with a throughput of 6,298 images/s.", METHOD=["Bar"],
                   METRIC=["top-1 accuracy", "throughput"])
    assert [(c["value"], c["metric"]) for c in found] == [(82.3, "top-1 accuracy"), (6298.0, "throughput")]


def test_a_rate_per_unit_of_time_written_in_words_is_a_score_but_a_count_per_item_is_not(nlp: Language) -> None:
    found = claims(nlp, "Throughput reaches 23 images per second on one GPU.", METRIC=["Throughput"])
    assert [(c["value"], c["metric"]) for c in found] == [(23.0, "Throughput")]
    assert claims(nlp, "Throughput reaches 23 images per class.", METRIC=["Throughput"]) == []


def test_the_name_given_to_our_model_family_is_the_subject(nlp: Language) -> None:
    found = claims(nlp, "Our best model family, Guanaco, reaches 99.3% of the performance of ChatGPT on Vicuna.",
                   METHOD=["Guanaco", "ChatGPT"], DATASET=["Vicuna"])
    assert [(c["value"], c["method"]) for c in found] == [(99.3, "Guanaco")]


def test_a_bracketed_gain_in_words_is_an_aside(nlp: Language) -> None:
    found = claims(nlp, "Bar pushes the GLUE score to 80.5% (7.7% point absolute improvement), MultiNLI accuracy to 86.7% "
                        "(4.6% absolute improvement).", METHOD=["Bar"], DATASET=["GLUE", "MultiNLI"], METRIC=["accuracy"])
    assert [(c["kind"], c["value"]) for c in found] == [("score", 80.5), ("improvement", 7.7), ("score", 86.7),
                                                        ("improvement", 4.6)]


def test_a_performance_of_a_share_is_a_score(nlp: Language) -> None:
    found = claims(nlp, "The model produces a vector space with meaningful substructure, as evidenced by its "
                        "performance of 75% on a recent word analogy task.")
    assert [(c["kind"], c["value"]) for c in found] == [("score", 75.0)]


def test_achieved_or_matched_the_state_of_the_art_is_a_state_of_the_art(nlp: Language) -> None:
    found = claims(nlp, "Our Bar models have achieved or matched state-of-the-art results on the Cora dataset.",
                   METHOD=["Bar"], DATASET=["Cora"])
    assert [(c["kind"], c["dataset"]) for c in found] == [("sota", "Cora")]
    # matching alone is no state of the art
    found = claims(nlp, "Our Bar models matched state-of-the-art results on the Cora dataset.",
                   METHOD=["Bar"], DATASET=["Cora"])
    assert [c["kind"] for c in found] == ["comparison"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Bar achieves a BLEU of 34.1, compared with 32.4 for the Baz baseline and 31.8 for Qux.",
     [(34.1, "BLEU", "Bar"), (32.4, "BLEU", "Baz"), (31.8, "BLEU", "Qux")]),
    ("Bar reaches 52.4% on MATH, ahead of strong open models such as Baz (42.1%) and Qux (40.5%).",
     [(52.4, None, "Bar"), (42.1, None, "Baz"), (40.5, None, "Qux")]),
    ("Bar attains 74.8% pass@1 on HumanEval, surpassing the 70.1% reported for Baz.",
     [(74.8, "pass@1", "Bar"), (70.1, "pass@1", "Baz")]),
    ("Bar (WER 9.3%) outperforms Baz (WER 15.8%) on LibriSpeech.", [(9.3, "WER", "Bar"), (15.8, "WER", "Baz")]),
    ("Bar reaches 0.91 AUROC, compared with 0.78 and 0.83 for Baz and Qux, respectively.",
     [(0.91, "AUROC", "Bar"), (0.78, "AUROC", "Baz"), (0.83, "AUROC", "Qux")]),
    ("Bar is 2.3 BLEU points higher than the 41.8 BLEU of Baz.", [(2.3, "BLEU", "Bar"), (41.8, "BLEU", "Baz")]),
    # a count set against a rival's is no score, nor is a rival's loss set against ours
    ("Bar needs only 4 steps compared with 50 for Baz, reaching an FID of 3.2.", [(3.2, "FID", "Bar")]),
])
def test_a_named_rival_s_numbers_are_its_scores(nlp: Language, text: str, expected: list) -> None:
    found = claims(nlp, text, METHOD=[m for m in ("Bar", "Baz", "Qux") if m in text],
                   METRIC=[m for m in ("BLEU", "pass@1", "WER", "FID", "AUROC") if m in text],
                   DATASET=[d for d in ("MATH", "HumanEval", "LibriSpeech") if d in text])
    numeric = [c for c in found if c["value"] is not None]
    assert [(c["value"], c["metric"], c["method"]) for c in numeric] == expected
    assert all(c["baseline"] is None for c in numeric if c["method"] != "Bar")
    assert {c["dataset"] for c in numeric} <= {None, "MATH", "HumanEval", "LibriSpeech"}
    assert len({c["dataset"] for c in numeric}) == 1  # a rival's score is on the data it is set against


def test_from_a_rival_s_number_to_ours_is_one_change(nlp: Language) -> None:
    found = claims(nlp, "Bar improves AUROC from 0.81 for the strongest zero-shot baseline to 0.95 on MIMIC.",
                   METHOD=["Bar"], METRIC=["AUROC"], DATASET=["MIMIC"])
    assert [(c["kind"], c["value"], c["metric"], c["dataset"]) for c in found] == [("score", 0.95, "AUROC", "MIMIC")]
    assert found[0]["baseline"] is None  # no name: no rival named
    # a rival with a digit in its name, named as the rival
    found = claims(nlp, "On Foo, Bar improves precision from 0.61 for ESM-2 to 0.68.",
                   METHOD=["Bar", "ESM-2"], METRIC=["precision"], DATASET=["Foo"])
    assert [(c["kind"], c["value"], c["baseline"], c["method"]) for c in found] == [("score", 0.68, "ESM-2", "Bar")]


def test_a_share_of_a_measure_before_a_comma_is_a_result(nlp: Language) -> None:
    found = claims(nlp, "Bar attains a forget quality of 0.92 while preserving 97% of model utility, whereas Baz "
                        "retains only 61%.", METHOD=["Bar", "Baz"], METRIC=["forget quality", "model utility"])
    assert [(c["value"], c["metric"], c["method"]) for c in pick_numeric(found)] == [
        (0.92, "forget quality", "Bar"), (97.0, "model utility", "Bar"), (61.0, None, "Baz")]
    # not a share of a resource
    assert not claims(nlp, "In Bar, while fully connected layers comprise more than 90% of the total model size, it "
                           "is the convolutions that dominate.", METHOD=["Bar"], METRIC=["model size"])


def test_rivals_side_by_side_with_their_margins_take_one_each(nlp: Language) -> None:
    found = claims(nlp, "Bar outperforms Baz and Qux by 9.7 and 24.3 points on Cora.", METHOD=["Bar", "Baz", "Qux"],
                   DATASET=["Cora"])
    assert [(c["value"], c["baseline"]) for c in found] == [(9.7, "Baz"), (24.3, "Qux")]
    # one rival, two margins: on the two datasets, both over it
    found = claims(nlp, "Bar outperforms Baz by 9.7 and 24.3 points on Cora and Citeseer.", METHOD=["Bar", "Baz"],
                   DATASET=["Cora", "Citeseer"])
    assert [(c["value"], c["baseline"]) for c in found] == [(9.7, "Baz"), (24.3, "Baz")]


def test_an_enumeration_after_a_colon_is_no_subject(nlp: Language) -> None:
    found = claims(nlp, "We use new features: Baz, Qux, Quux and Corge, and combine some of them to reach 43.5% AP "
                        "on COCO.", METHOD=["Baz", "Qux", "Quux", "Corge"], METRIC=["AP"], DATASET=["COCO"])
    assert [(c["value"], c["method"]) for c in found] == [(43.5, None)]


def test_a_name_apposed_after_a_colon_is_the_subject_and_but_only_sets_its_next_result(nlp: Language) -> None:
    found = claims(nlp, "Almost every model loses accuracy under shift: the best classifier, Baz, scores 93.8% on "
                        "RewardBench but only 76.5% on RM-Shift.", METHOD=["Baz"], METRIC=["accuracy"],
                   DATASET=["RewardBench", "RM-Shift"])
    assert [(c["value"], c["method"], c["dataset"]) for c in found] == [
        (93.8, "Baz", "RewardBench"), (76.5, "Baz", "RM-Shift")]


@pytest.mark.parametrize("text", [
    "Bar reaches 86.1 J&F on DAVIS and 84.3 on YTVOS, on par with Baz (86.2 and 85.5).",
    "Bar lowers the MAE on DAVIS and YTVOS to 86.1 and 84.3, respectively, compared with 86.2 and 85.5 for Baz.",
])
def test_a_rival_s_numbers_are_set_against_as_many_scores_before_them(nlp: Language, text: str) -> None:
    found = claims(nlp, text, METHOD=["Bar", "Baz"], METRIC=[m for m in ("J&F", "MAE") if m in text],
                   DATASET=["DAVIS", "YTVOS"])
    assert [(c["value"], c["dataset"], c["method"]) for c in found if c["value"] is not None] == [
        (86.1, "DAVIS", "Bar"), (84.3, "YTVOS", "Bar"), (86.2, "DAVIS", "Baz"), (85.5, "YTVOS", "Baz")]


def test_a_list_of_rivals_numbers_goes_on_past_an_unnamed_one(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves a mean AUC of 0.902, compared with 0.887 for supervised pretraining and 0.879 "
                        "for Baz.", METHOD=["Bar", "Baz"], METRIC=["mean AUC"])
    assert [(c["value"], c["method"]) for c in found] == [(0.902, "Bar"), (0.879, "Baz")]


def test_a_gain_compared_on_its_own_takes_no_later_rival(nlp: Language) -> None:
    found = claims(nlp, "Bar obtains 29.7 BLEU, 4.3 BLEU higher than the cascaded system and 1.6 BLEU higher than Baz.",
                   METHOD=["Bar", "Baz"], METRIC=["BLEU"])
    assert [(c["value"], c["baseline"]) for c in found] == [(29.7, None), (4.3, None), (1.6, "Baz")]


def test_a_chain_of_rivals_numbers_goes_past_names_with_digits(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches a mean TM-score of 0.68, compared with 0.71 for Baz2 and 0.62 for Qux.",
                   METHOD=["Bar", "Baz2", "Qux"], METRIC=["TM-score"])
    assert [(c["value"], c["method"]) for c in found] == [(0.68, "Bar"), (0.71, "Baz2"), (0.62, "Qux")]


def test_a_later_predicate_reporting_a_change_is_no_state_of_the_art(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves an F1 of 0.412 on Foo, ranking first among 18 teams, and improves NDCG@30 on Qux "
                        "from 0.883 to 0.912 over Baz.", METHOD=["Bar", "Baz"], METRIC=["F1", "NDCG@30"],
                   DATASET=["Foo", "Qux"])
    assert [(c["kind"], c["value"]) for c in found] == [("sota", 0.412), ("score", 0.912)]
    # a result reported beside beating the state of the art is the new state of the art
    found = claims(nlp, "Using Bar, we outperform the state of the art on Foo and achieve an F1 of 84.1.",
                   METHOD=["Bar"], METRIC=["F1"], DATASET=["Foo"])
    assert [(c["kind"], c["value"]) for c in found] == [("sota", 84.1)]


def test_rivals_numbers_beside_a_speedup_are_their_scores(nlp: Language) -> None:
    found = claims(nlp, "On GLUE, Bar retains 98.4% of the performance of Qux while being 1.94x faster, outperforming "
                        "baselines such as Baz (97.0%).", METHOD=["Bar", "Baz", "Qux"], DATASET=["GLUE"])
    assert [(c["kind"], c["value"], c["method"]) for c in found] == [
        ("score", 98.4, "Bar"), ("improvement", 1.94, "Bar"), ("score", 97.0, "Baz")]


def test_scores_side_by_side_share_the_dataset_after_the_last(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves an AUROC of 91.8% on Foo, and 78.1% and 79.6% on Qux.", METHOD=["Bar"],
                   METRIC=["AUROC"], DATASET=["Foo", "Qux"])
    assert [(c["value"], c["dataset"]) for c in found] == [(91.8, "Foo"), (78.1, "Qux"), (79.6, "Qux")]
    # each on its own dataset when "respectively" pairs them
    found = claims(nlp, "Bar achieves an AUROC of 78.1% and 79.6% on Foo and Qux, respectively.", METHOD=["Bar"],
                   METRIC=["AUROC"], DATASET=["Foo", "Qux"])
    assert [(c["value"], c["dataset"]) for c in found] == [(78.1, "Foo"), (79.6, "Qux")]


def test_a_level_a_measure_stays_at_is_a_result(nlp: Language) -> None:
    found = claims(nlp, "On Foo its WER stays at 2.1%.", METRIC=["WER"], DATASET=["Foo"])
    assert [(c["kind"], c["value"], c["metric"], c["dataset"]) for c in found] == [("score", 2.1, "WER", "Foo")]


def test_a_described_rival_ends_a_list_of_rivals_with_numbers(nlp: Language) -> None:
    found = claims(nlp, "Bar obtains an accuracy of 63.2%, higher than Baz (51.4%), Qux (51.1%) and the full Quux "
                        "(54.4%).", METHOD=["Bar", "Baz", "Qux", "Quux"], METRIC=["accuracy"])
    assert [(c["value"], c["method"]) for c in found if c["value"] is not None] == [
        (63.2, "Bar"), (51.4, "Baz"), (51.1, "Qux"), (54.4, "Quux")]


def test_the_resulting_model_named_in_apposition_is_the_own_method(nlp: Language) -> None:
    doc = annotate(nlp, "We translate instructions with Qux. The tuned model, Bar, raises accuracy on Foo by 9.8 "
                        "points. It lags Baz by 11.2 points on Quux.", METHOD=["Qux", "Bar", "Baz"],
                   METRIC=["accuracy"], DATASET=["Foo", "Quux"])
    assert doc._.kb_own_method == "Bar"
    assert [(c["value"], c["method"], c["baseline"]) for c in doc._.kb_claims] == [
        (9.8, "Bar", None), (-11.2, "Bar", "Baz")]


@pytest.mark.parametrize(("text", "kinds"), [
    ("We show that Bar decreases hallucinations across a variety of tasks.", ["comparison"]),
    ("Bar improves factuality and calibration.", ["comparison"]),
    # what a method does to reach its result describes it; a passive reports what it does
    ("Bar reduces overfitting by intentionally introducing noise.", []),
    ("We propose Bar. This overfitting is greatly reduced by randomly omitting half of the units.", ["comparison"]),
    ("The bias shift is reduced to mitigate bias.", []),
])
def test_cutting_a_harm_or_improving_a_quality_is_a_comparison(nlp: Language, text: str, kinds: list) -> None:
    assert [c["kind"] for c in claims(nlp, text, METHOD=["Bar"] if "Bar" in text else [])] == kinds


def test_scores_in_brackets_after_their_places_with_gains_beside_them(nlp: Language) -> None:
    found = claims(nlp, "Bar sets a new state of the art on Foo (84.3, +2.1 over Baz) and Qux (44.6%, +7% over the "
                        "previous best).", METHOD=["Bar", "Baz"], DATASET=["Foo", "Qux"])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found] == [
        ("sota", 84.3, "Foo"), ("improvement", 2.1, "Foo"), ("sota", 44.6, "Qux"), ("improvement", 7.0, "Qux")]
    # the next in brackets continues a bracketed score only: not "between the worst (40%) and best (65%) systems"
    found = claims(nlp, "Bar achieves an F1 of 53.6%, between the worst (40%) and best (65%) systems.", METHOD=["Bar"],
                   METRIC=["F1"])
    assert [c["value"] for c in found] == [53.6]


def test_rivals_given_as_examples_after_a_comma_keep_their_numbers(nlp: Language) -> None:
    found = claims(nlp, "Against strong baselines, including Baz (62.1%) and Qux (60.8%), Bar reaches 64.0% average "
                        "accuracy.", METHOD=["Bar", "Baz", "Qux"], METRIC=["average accuracy"])
    assert [(c["value"], c["method"]) for c in found] == [(62.1, "Baz"), (60.8, "Qux"), (64.0, "Bar")]


def test_new_sotas_set_are_a_state_of_the_art(nlp: Language) -> None:
    found = claims(nlp, "Further, through fine-tuning with metric depth information from NYUv2 and KITTI, new SOTAs "
                        "are set.", METHOD=["fine-tuning"], DATASET=[("NYUv2", "NYU Depth V2"), "KITTI"])
    assert [(c["kind"], c["dataset"]) for c in found] == [("sota", "NYU Depth V2"), ("sota", "KITTI")]


def test_losing_at_most_a_margin_is_a_small_loss(nlp: Language) -> None:
    found = claims(nlp, "Bar cuts the input tokens by 94% while losing at most 1.2 points of exact match.", METHOD=["Bar"],
                   METRIC=["exact match"])
    assert [(c["kind"], c["value"]) for c in found] == [("reduction", 94.0), ("reduction", 1.2)]


def test_the_subject_of_a_main_clause_after_a_contrast_is_its_own(nlp: Language) -> None:
    found = claims(nlp, "For instance, in Foo, while Baz with prompting only solved 4% of tasks, our method achieved a "
                        "success rate of 74%.", METHOD=["Baz"], METRIC=["success rate"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(4.0, "Baz"), (74.0, None)]


def test_the_resulting_models_are_the_paper_s_own(nlp: Language) -> None:
    found = claims(nlp, "We propose Bar. When scaled to 680,000 hours, the resulting models generalize well and are often "
                        "competitive with prior fully supervised results.", METHOD=["Bar"])
    assert [(c["kind"], c["method"]) for c in found] == [("comparison", "Bar")]


def test_a_range_in_brackets_after_a_gain_is_the_change_it_measures(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar outperforms Baz by 16 percentage points (75.17% to 91.68% accuracy).",
                   METHOD=["Bar", "Baz"], METRIC=["accuracy"], DATASET=["Foo"])
    assert [(c["kind"], c["value"]) for c in found if c["value"] is not None] == [
        ("improvement", 16.0), ("score", 91.68)]
    # a range in brackets after anything else is a range: its lower bound
    assert [c["value"] for c in claims(nlp, "Bar reaches an accuracy (75.1% to 80.2%) on Foo.", METHOD=["Bar"],
                                       METRIC=["accuracy"], DATASET=["Foo"])] == [75.1]


def test_a_rival_a_second_predicate_beats_is_no_baseline_of_the_first(nlp: Language) -> None:
    found = claims(nlp, "Bar improves the average ROC-AUC on Foo from 68.9% to 71.7% over training from scratch, and "
                        "surpasses Baz and Qux by 2.1% and 1.8%, respectively.", METHOD=["Bar", "Baz", "Qux"],
                   METRIC=["ROC-AUC"], DATASET=["Foo"])
    assert [(c["value"], c["baseline"]) for c in found] == [(71.7, None), (2.1, "Baz"), (1.8, "Qux")]


def test_the_model_we_name_in_a_relative_clause_is_the_subject(nlp: Language) -> None:
    found = claims(nlp, "We present Bar. Our best model family, which we name Baz, outperforms all previous open models "
                        "on Foo, reaching 99.3% of the performance of Qux.", METHOD=["Bar", "Baz", "Qux"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(99.3, "Baz")]


def test_a_measure_s_decimal_value_is_a_result_whatever_words_follow(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves an AUROC of 0.87 six hours before onset.", METHOD=["Bar"], METRIC=["AUROC"])
    assert [(c["value"], c["metric"]) for c in found] == [(0.87, "AUROC")]
    # a count still is no result
    assert claims(nlp, "Bar was trained on 12 hours of speech.", METHOD=["Bar"]) == []


def test_a_score_named_by_its_own_words_takes_no_earlier_metric(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches an AUROC of 0.87, compared to 0.72 for the qSOFA score, and a utility score of 0.43 "
                        "on the hidden test set.", METHOD=["Bar"], METRIC=["AUROC", "qSOFA"])
    assert pick(found, value=0.43)["metric"] == "utility score"
    found = claims(nlp, "On Foo it achieves a human-normalized median score of 0.49.", DATASET=["Foo"])
    assert [c["metric"] for c in found] == ["human-normalized median score"]
    # a judgement is no name of a score
    found = claims(nlp, "Bar achieves an impressive score of 51.7% on Foo, and a very good score of 0.8 on Baz.",
                   METHOD=["Bar"], DATASET=["Foo", "Baz"])
    assert [c["metric"] for c in found] == [None, None]


def test_a_rival_ahead_of_which_a_score_stands_at_a_number_scores_it(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar achieves a median score of 0.49, ahead of Baz at 0.14.", METHOD=["Bar", "Baz"],
                   METRIC=["median score"], DATASET=["Foo"])
    assert [(c["value"], c["method"], c["dataset"]) for c in found] == [(0.49, "Bar", "Foo"), (0.14, "Baz", "Foo")]
    found = claims(nlp, "On Foo, Bar reaches 51.8 R@1, ahead of Baz at 44.5, Qux at 46.1 and Quux-2 at 47.0.",
                   METHOD=["Bar", "Baz", "Qux", "Quux-2"], METRIC=["R@1"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(51.8, "Bar"), (44.5, "Baz"), (46.1, "Qux"), (47.0, "Quux-2")]


def test_a_metric_after_the_dataset_after_a_number_is_its_metric(nlp: Language) -> None:
    found = claims(nlp, "Foo compete with Bar, achieving 87.8% ImageNet top-1 accuracy and outperforming Baz on COCO.",
                   METHOD=["Foo", "Bar", "Baz"], DATASET=["ImageNet", "COCO"], METRIC=["top-1 accuracy"])
    score = pick(found, value=87.8)
    # the rival is the one it competes with, not the one a second predicate beats
    assert (score["kind"], score["metric"], score["dataset"], score["baseline"]) == (
        "score", "top-1 accuracy", "ImageNet", "Bar")


def test_rivals_named_with_an_article_after_their_numbers_score_them(nlp: Language) -> None:
    found = claims(nlp, "Foo outperforms baselines, with an AUROC of 0.714 versus 0.672 for a bag-of-words model and "
                        "0.686 for a BiLSTM.", METHOD=["Foo", "bag-of-words", "BiLSTM"], METRIC=["AUROC"])
    assert [(c["value"], c["method"]) for c in found if c["value"]] == [
        (0.714, "Foo"), (0.672, "bag-of-words"), (0.686, "BiLSTM")]


@pytest.mark.parametrize("text, rivals", [
    ("Foo reaches 88.2% accuracy, versus 74.0% for Bar and 48.9% for standard cross-entropy training.",
     ["Bar", "cross-entropy training"]),
    ("Foo reaches 61.5% accuracy, compared with 48.2% for Llama 3 8B and 57.9% for the multilingual Baz-large encoder.",
     ["Llama 3 8B", "Baz-large"]),
    ("Foo reaches 38.2% accuracy, versus 32.1% for Bar and 35.4% for prompted ChatGPT.", ["Bar", "ChatGPT"]),
    ("Foo yields an accuracy of 87.1% versus 82.3% for an ImageNet-pretrained ResNet-50.", ["ResNet-50"]),
    ("Foo reaches an accuracy of 68.3%, versus an accuracy of 54.8% for Bar and 60.2% for ChatGPT.", ["Bar", "ChatGPT"]),
    ("Foo reaches an accuracy of 68.3%, compared with accuracy scores of 54.8% for Bar.", ["Bar"]),
])
def test_a_rival_named_after_modifiers_scores_its_number(nlp: Language, text: str, rivals: list[str]) -> None:
    found = claims(nlp, text, METHOD=["Foo", *rivals], METRIC=["accuracy"])
    assert [c["method"] for c in found if c["value"]] == ["Foo", *rivals]


def test_no_rival_is_named_past_a_function_word_or_a_quantifier(nlp: Language) -> None:
    found = claims(nlp, "Foo reaches 88.2% accuracy, versus 74.0% for models trained on Bar.",
                   METHOD=["Foo", "Bar"], METRIC=["accuracy"])
    assert [c["method"] for c in found if c["value"]] == ["Foo"]
    found = claims(nlp, "Foo reaches 88.2% accuracy, versus 74.0% for all Bar variants.",
                   METHOD=["Foo", "Bar"], METRIC=["accuracy"])
    assert [c["method"] for c in found if c["value"]] == ["Foo"]


def test_a_measure_s_number_after_a_comparison_cue_is_no_rival(nlp: Language) -> None:
    found = claims(nlp, "Foo achieves a MOS of 4.53 comparable to a MOS of 4.58 for professionally recorded speech.",
                   METHOD=["Foo"], METRIC=["MOS"])
    assert [(c["value"], c["baseline"]) for c in found] == [(4.53, None)]


def test_a_described_rival_loses_the_sentence_s_full_stop(nlp: Language) -> None:
    found = claims(nlp, "On Reddit, Foo improves the micro-F1 score by 51% relative to using node features alone.",
                   METHOD=["Foo"], METRIC=["micro-F1"])
    assert [c["baseline"] for c in found] == ["using node features alone"]


def test_numbers_in_a_range_of_operating_points_are_no_results(nlp: Language) -> None:
    found = claims(nlp, "Foo surpasses all detectors in speed and accuracy in the range from 5 FPS to 160 FPS and has "
                        "the highest accuracy 56.8% AP.", METHOD=["Foo"], METRIC=["AP", "FPS"])
    assert [c["value"] for c in found if c["value"] is not None] == [56.8]


def test_a_rival_described_before_its_name_scores_its_bracketed_numbers(nlp: Language) -> None:
    found = claims(nlp, "Foo (55.9% AP) outperforms both transformer-based detector Bar (53.9% AP) by 2% in accuracy.",
                   METHOD=["Foo", "transformer", "Bar"], METRIC=["AP", "accuracy"])
    assert [(c["kind"], c["value"], c["method"], c["baseline"]) for c in found] == [
        ("score", 55.9, "Foo", "Bar"), ("score", 53.9, "Bar", None), ("improvement", 2.0, "Foo", "Bar")]


def test_a_rival_described_by_its_size_before_its_name_scores_its_bracketed_number(nlp: Language) -> None:
    found = claims(nlp, "Foo achieves an nDCG@10 of 52.3, matching the 768-dimensional Bar (52.1), with a smaller index.",
                   METHOD=["Foo", "Bar"], METRIC=["nDCG@10"])
    assert [(c["value"], c["method"]) for c in pick_numeric(found)] == [(52.3, "Foo"), (52.1, "Bar")]


def test_an_unnamed_rival_s_bracketed_number_is_nobody_s_score(nlp: Language) -> None:
    found = claims(nlp, "Foo achieves an F1 score of 51.0%, a significant improvement over a simple base-line (20%).",
                   METHOD=["Foo", "base-line"], METRIC=["F1 score"])
    assert [c["value"] for c in found] == [51.0]


def test_a_rival_s_bracketed_integer_after_its_measure_is_its_score(nlp: Language) -> None:
    found = claims(nlp, "Our Foo achieves an FVD of 242, improving over Bar (FVD 550) and Make-A-Video (FVD 367).",
                   METHOD=["Foo", "Bar"], METRIC=["FVD"])
    # the second rival is no mention: its number is nobody's score, not Foo's
    assert [(c["value"], c["method"]) for c in found if c["value"]] == [(242.0, "Foo"), (550.0, "Bar")]
    # a small integer after a measure stays an index
    assert [c["value"] for c in claims(nlp, "In Table 4 (R score 1), Foo is more robust than Bar.",
                                       METHOD=["Foo", "Bar"], METRIC=["R score"]) if c["value"]] == []


def test_results_listed_after_a_colon_are_the_announced_results(nlp: Language) -> None:
    found = claims(nlp, "The model achieves state-of-the-art performance on technical benchmarks without the use of "
                        "external tools: 50.3% on Foo, 78.5% on Bar and 33.6% on Baz.", DATASET=["Foo", "Bar", "Baz"])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found] == [
        ("sota", 50.3, "Foo"), ("sota", 78.5, "Bar"), ("sota", 33.6, "Baz")]


def test_the_next_ranked_entry_s_number_is_no_result_of_ours(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar obtains an average Dice score of 0.79, while the second-ranked entry obtains 0.76.",
                   METHOD=["Bar"], METRIC=["Dice score"], DATASET=["Foo"])
    assert [c["value"] for c in found] == [0.79]


def test_a_comparison_in_a_second_predicate_with_a_pronoun_lends_no_rival(nlp: Language) -> None:
    found = claims(nlp, "On Foo, our model improves CIDEr from 114.7 to 121.3 over the same architecture trained with "
                        "cross-entropy, and it outperforms the Baz baseline on all metrics.", METRIC=["CIDEr"],
                   DATASET=["Foo"], METHOD=["Baz"])
    assert [(c["kind"], c["value"], c["baseline"]) for c in found] == [("score", 121.3, None), ("comparison", None, "Baz")]


def test_rivals_a_result_is_close_to_or_as_fast_as_score_their_bracketed_numbers(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar obtains an MRR@10 of 36.8, close to dense retrievers such as Baz (36.0) and Qux (33.0).",
                   METHOD=["Bar", "Baz", "Qux"], METRIC=["MRR@10"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(36.8, "Bar"), (36.0, "Baz"), (33.0, "Qux")]
    found = claims(nlp, "Bar achieves 79.2% top-1 accuracy on Foo, which runs as fast as Baz (74.7%).",
                   METHOD=["Bar", "Baz"], METRIC=["top-1 accuracy"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(79.2, "Bar"), (74.7, "Baz")]


def test_the_previous_best_named_in_an_apposition_is_the_rival(nlp: Language) -> None:
    found = claims(nlp, "It also improves over the previous best model, Baz, by 1.7 F1 on Foo.", METHOD=["Baz"],
                   METRIC=["F1"], DATASET=["Foo"])
    assert [(c["kind"], c["value"], c["baseline"]) for c in found] == [("improvement", 1.7, "Baz")]


def test_it_opening_the_next_sentence_is_the_model_a_claim_just_named(nlp: Language) -> None:
    found = claims(nlp, "We study Baz. Bar outperforms Qux by a large margin (+9.4% on average). It achieves "
                        "state-of-the-art performance on several benchmarks, such as 75.2% on Foo.",
                   METHOD=["Baz", "Bar", "Qux"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(9.4, "Bar"), (75.2, "Bar")]
    # a sentence that named no method first leaves "it" to the paper's own (here unnamed)
    found = claims(nlp, "We study Baz. Our model outperforms Qux by 9.4%. It achieves 75.2% on Foo.",
                   METHOD=["Baz", "Qux"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(9.4, None), (75.2, None)]


def test_a_rise_of_a_lower_is_better_measure_is_a_loss(nlp: Language) -> None:
    found = claims(nlp, "Bar is 3.2 times faster, with a relative word error rate increase of only 4% on Foo.",
                   METHOD=["Bar"], METRIC=["relative word error rate"], DATASET=["Foo"])
    assert [(c["kind"], c["value"]) for c in found] == [("improvement", 3.2), ("improvement", -4.0)]
    found = claims(nlp, "Bar increases accuracy by 4% on Foo.", METHOD=["Bar"], METRIC=["accuracy"], DATASET=["Foo"])
    assert [(c["kind"], c["value"]) for c in found] == [("improvement", 4.0)]
    # an attack's success rate is lower-is-better only for its defender
    found = claims(nlp, "On Foo, Bar raises the attack success rate by 55 points over PAIR.",
                   METHOD=["Bar", "PAIR"], METRIC=["attack success rate"], DATASET=["Foo"])
    assert [(c["kind"], c["value"]) for c in found] == [("improvement", 55.0)]


def test_from_a_up_to_b_is_one_change_to_b(nlp: Language) -> None:
    found = claims(nlp, "It pushes the state of the art in sentence classification from 80% up to 85.4%.")
    assert [(c["kind"], c["value"]) for c in found] == [("sota", 85.4)]


def test_improving_on_a_rival_names_it(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches an F1 of 65.3 on Foo, improving on the Baz system by 5.4 points.",
                   METHOD=["Bar", "Baz system"], METRIC=["F1"], DATASET=["Foo"])
    assert pick(found, value=5.4)["baseline"] == "Baz system"


def test_the_baseline_s_number_in_a_possessive_is_no_result(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves an f-score of 91.0 on Foo, a 13% relative decrease in f-score error over the "
                        "baseline parser's 89.7.", METHOD=["Bar"], METRIC=["f-score", "f-score error"], DATASET=["Foo"])
    assert [c["value"] for c in found] == [91.0, 13.0]


def test_the_one_ranked_highest_by_a_verifier_claims_nothing(nlp: Language) -> None:
    assert claims(nlp, "We present Foo. At test time, we generate many candidate solutions and select the one ranked "
                       "highest by the verifier.", METHOD=["Foo"]) == []
    assert [c["kind"] for c in claims(nlp, "We present Foo. Foo ranks highest on the leaderboard.", METHOD=["Foo"])] == [
        "sota"]


def test_a_participle_clause_after_a_subordinate_one_takes_the_main_subject(nlp: Language) -> None:
    found = claims(nlp, "Our approach, Foo, outperforms Baz. Foo-Large performs comparably to Qux while using less "
                        "compute and outperforms it when using the same compute, reaching a GLUE score of 89.4.",
                   METHOD=["Foo", "Foo-Large", "Baz", "Qux"], METRIC=["GLUE score"])
    assert pick(found, value=89.4)["method"] == "Foo-Large"


def test_a_rival_s_numbers_after_a_list_of_measured_numbers_take_the_same_measures(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar obtains a PSNR of 16.76 dB and an SSIM of 0.56, while Baz obtains 17.48 dB and 0.65.",
                   METHOD=["Bar", "Baz"], METRIC=["PSNR", "SSIM"], DATASET=["Foo"])
    assert [(c["value"], c["metric"], c["method"]) for c in found] == [
        (16.76, "PSNR", "Bar"), (0.56, "SSIM", "Bar"), (17.48, "PSNR", "Baz"), (0.65, "SSIM", "Baz")]


def test_a_rival_s_kind_word_may_stand_before_its_bracketed_number(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves a mean absolute error of 0.1234 on Foo, a 11.2% relative reduction compared with "
                        "the Baz baseline (0.1395).", METHOD=["Bar", "Baz"], METRIC=["mean absolute error"],
                   DATASET=["Foo"])
    assert pick(found, value=0.1395)["method"] == "Baz"


def test_a_rival_described_by_its_kind_is_named_in_brackets_after_it(nlp: Language) -> None:
    found = claims(nlp, "Bar outperforms the previous state-of-the-art LLM (Baz) by 16 percentage points on Foo.",
                   METHOD=["Bar", ("LLM", "large language model"), "Baz"], DATASET=["Foo"])
    assert [(c["value"], c["baseline"]) for c in found] == [(16.0, "Baz")]


def test_a_measure_taken_against_an_attack_names_no_rival(nlp: Language) -> None:
    found = claims(nlp, "Our models achieve 66.1% robust accuracy against AutoAttack on Foo, improving the previous best "
                        "result of 65.9%.", METHOD=["AutoAttack"], METRIC=["robust accuracy"], DATASET=["Foo"])
    assert [(c["kind"], c["value"], c["baseline"]) for c in found] == [("sota", 66.1, None)]


def test_the_previous_best_method_named_in_an_apposition_before_its_margin_is_the_rival(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves a Chamfer distance of 8.38 on Foo, reducing the error of the previous best method, "
                        "Baz, by 0.45.", METHOD=["Bar", "Baz"], METRIC=["Chamfer distance"], DATASET=["Foo"])
    assert pick(found, value=0.45)["baseline"] == "Baz"


def test_points_of_a_measure_named_after_them_are_a_result(nlp: Language) -> None:
    # (a measure no lexicon knows: the number is still a result, not a count of things)
    found = claims(nlp, "With registers, Bar improves object discovery by 20.1 points CorLoc on Foo.", METHOD=["Bar"],
                   DATASET=["Foo"])
    assert [(c["kind"], c["value"], c["method"]) for c in found] == [("improvement", 20.1, "Bar")]


def test_a_rival_apposed_to_its_description_after_a_comparison_scores_its_number(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar reaches an nDCG@10 of 85.2, 11 points higher than the best 512-token retriever, "
                        "Baz (74.2).", METHOD=["Bar", "Baz"], METRIC=["nDCG@10"], DATASET=["Foo"])
    assert [(c["value"], c["method"], c["baseline"]) for c in found] == [
        (85.2, "Bar", None), (11.0, "Bar", "Baz"), (74.2, "Baz", None)]


def test_halving_a_rival_s_error_is_a_comparison_with_it(nlp: Language) -> None:
    found = claims(nlp, "We present Bar. On Foo, the Bar model halves the word error rate of Baz.", METHOD=["Bar", "Baz"],
                   METRIC=["word error rate"], DATASET=["Foo"])
    assert [(c["kind"], c["method"], c["baseline"]) for c in found] == [("comparison", "Bar", "Baz")]


def test_the_size_of_the_rivals_beaten_is_no_gain(nlp: Language) -> None:
    found = claims(nlp, "We present Bar. On complex benchmarks Bar matches or outperforms models up to 25x larger.",
                   METHOD=["Bar"])
    assert [(c["kind"], c["value"]) for c in found] == [("comparison", None)]
    assert [(c["kind"], c["value"]) for c in claims(nlp, "Bar is 25x faster than baselines.", METHOD=["Bar"])] == [
        ("improvement", 25.0)]


def test_the_agent_of_what_achieves_a_result_and_a_subject_after_for_comparison(nlp: Language) -> None:
    found = claims(nlp, "On Foo, the translations produced by the Bar achieve a BLEU score of 34.8. For comparison, a "
                        "Baz system achieves a BLEU score of 33.3 on the same dataset.", METHOD=["Bar", "Baz system"],
                   METRIC=["BLEU"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(34.8, "Bar"), (33.3, "Baz system")]
    # an active "improved by" is still a verb
    assert [(c["value"], c["method"]) for c in claims(nlp, "The accuracy of Bar improved by 3 points on Foo.",
                                                     METHOD=["Bar"], DATASET=["Foo"])] == [(3.0, "Bar")]


def test_scores_each_with_its_own_measure_share_the_dataset_after_the_last(nlp: Language) -> None:
    labels = dict(METHOD=["Bar"], METRIC=["Rank-1 accuracy", "Rank-1", "mAP"], DATASET=["Foo", "Qux"])
    for text in ("Bar achieves 95.6% Rank-1 accuracy on Foo, and 89.7% Rank-1 and 79.3% mAP on Qux.",
                 "Bar achieves 95.6% Rank-1 accuracy and 88.9% mAP on Foo, and 89.7% Rank-1 accuracy and 79.3% mAP on Qux."):
        found = claims(nlp, text, **labels)
        assert [(c["value"], c["dataset"]) for c in found[-2:]] == [(89.7, "Qux"), (79.3, "Qux")], text
    # a measure after the second of two numbers is the list's, which does not run on
    found = claims(nlp, "Bar gives 71.2% and 71.8% weighted precision rates and 73.4% and 73.8% weighted recall rates.",
                   METHOD=["Bar"], METRIC=["weighted precision rates", "weighted recall rates"])
    assert [(c["value"], c["metric"]) for c in found] == [
        (71.2, "weighted precision rates"), (71.8, "weighted precision rates"),
        (73.4, "weighted recall rates"), (73.8, "weighted recall rates")]
    # nor does a gain's
    found = claims(nlp, "Bar achieves up to 4.1x higher throughput and 800x smaller index size than Baz.",
                   METHOD=["Bar", "Baz"], METRIC=["throughput", "index size"])
    assert [(c["kind"], c["value"]) for c in found] == [("improvement", 4.1), ("reduction", 800.0)]


def test_a_percentile_in_brackets_after_a_measure_is_no_result(nlp: Language) -> None:
    found = claims(nlp, "We propose Bar. Bar achieves Hausdorff distances (95%) of 4.1, 5.9 and 18.3 mm.",
                   METHOD=["Bar"], METRIC=["Hausdorff distances"])
    assert [(c["value"], c["metric"]) for c in found] == [
        (4.1, "Hausdorff distances"), (5.9, "Hausdorff distances"), (18.3, "Hausdorff distances")]


def test_a_level_after_a_gain_is_a_score(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches 58.1 NDS on Foo, improving over Baz by 1.4 NDS, and runs at 12 FPS.",
                   METHOD=["Bar", "Baz"], METRIC=["NDS", "FPS"], DATASET=["Foo"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [
        ("score", 58.1, "NDS"), ("improvement", 1.4, "NDS"), ("score", 12.0, "FPS")]


def test_a_margin_above_a_rival_names_it(nlp: Language) -> None:
    for text, metric in (("On Foo, Bar obtains 32.63 dB PSNR, 0.16 dB above Baz.", "PSNR"),
                         ("On Foo, Bar obtains 32.6% accuracy, 1.2% above Baz.", "accuracy")):
        found = claims(nlp, text, METHOD=["Bar", "Baz"], METRIC=[metric], DATASET=["Foo"])
        assert [c["baseline"] for c in found] == [None, "Baz"], text


def test_an_adverb_after_the_verb_of_a_change_measures_nothing(nlp: Language) -> None:
    found = claims(nlp, "We propose Bar. The perplexity on Foo increases only from 3.32 to 3.41.", METHOD=["Bar"],
                   METRIC=["perplexity"], DATASET=["Foo"])
    assert [(c["value"], c["metric"]) for c in found] == [(3.41, "perplexity")]


def test_more_than_a_factor_of_speedup_is_a_gain(nlp: Language) -> None:
    found = claims(nlp, "Our framework offers more than 3x speedup over the Baz implementation.", METHOD=["Baz"])
    assert [(c["kind"], c["value"], c["unit"]) for c in found] == [("improvement", 3.0, "x")]
    # a frequency is none
    assert claims(nlp, "We keep codes that occur more than 10 times.") == []


def test_a_rival_itself_is_the_rival(nlp: Language) -> None:
    found = claims(nlp, "On Foo our method reaches a PSNR of 27.21, compared to 27.69 for Mip NeRF itself.",
                   METRIC=["PSNR"], DATASET=["Foo"])
    assert [(c["value"], c["baseline"]) for c in found] == [(27.21, "Mip NeRF")]


@pytest.mark.parametrize(("text", "metrics"), [
    ("Sensitivity at 80% specificity was 71.2%.", ["Sensitivity", "specificity"]),
    # the point named by its own measure, before a change from-to
    ("On Foo, Bar improves R@1 at IoU 0.5 from 58.6 to 71.2 over Baz.", ["R@1", "IoU"]),
    # a threshold in brackets that defines the measure
    ("Bar achieves a top-1 success rate (RMSD below 2 Å) of 71.2%.", ["top-1 success rate", "RMSD"]),
])
def test_a_measure_at_an_operating_point_is_the_result_s(nlp: Language, text: str, metrics: list[str]) -> None:
    found = claims(nlp, "We develop Bar. " + text, METHOD=["Bar"] + ["Baz"][:"Baz" in text], METRIC=metrics)
    assert [(c["value"], c["metric"]) for c in found] == [(71.2, metrics[0])]


def test_a_result_after_a_later_verb_naming_its_own_rival_takes_that_rival(nlp: Language) -> None:
    found = claims(nlp, "Bar beats Baz on 9 of 11 tasks, with an average accuracy gain of 7.8 points, and matches Qux "
                        "on Foo (F1 0.91 vs. 0.90).", METHOD=["Bar", "Baz", "Qux"], METRIC=["accuracy", "F1"],
                   DATASET=["Foo"])
    assert [(c["value"], c["baseline"]) for c in found if c["value"]] == [(7.8, "Baz"), (0.91, "Qux")]
    # a later verb without a named rival leaves the earlier one
    found = claims(nlp, "Bar performs comparably to Baz and outperforms them with more compute, reaching a Foo "
                        "score of 89.4.", METHOD=["Bar", "Baz"], DATASET=["Foo"])
    assert [(c["value"], c["baseline"]) for c in found if c["value"]] == [(89.4, "Baz")]


def test_an_unnamed_baseline_s_level_is_nobody_s_score(nlp: Language) -> None:
    found = claims(nlp, "We propose Bar. Bar retrieves passkeys with 98.2% accuracy, where the baseline drops to 12.0%.",
                   METHOD=["Bar"], METRIC=["accuracy"])
    assert [c["value"] for c in found] == [98.2]
    # beating the baseline and then reaching a score is the subject's
    found = claims(nlp, "We propose Bar. Bar beats the baseline and reaches 85.2% accuracy on Foo.", METHOD=["Bar"],
                   METRIC=["accuracy"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found if c["value"]] == [(85.2, "Bar")]
    # a named baseline's number is its score, and a participle after the baseline is the subject's
    found = claims(nlp, "Bar reaches 43.0 BLEU on Foo, while the Baz baseline achieves only 41.8 BLEU.",
                   METHOD=["Bar", "Baz"], METRIC=["BLEU"], DATASET=["Foo"])
    assert (41.8, "Baz") in [(c["value"], c["method"]) for c in found]
    found = claims(nlp, "In a study the Bar model outperforms the baseline achieving 4.5 in readability.",
                   METHOD=["Bar model"])
    assert [c["value"] for c in found if c["value"]] == [4.5]


def test_a_model_trained_on_the_paper_s_data_is_the_paper_s_result(nlp: Language) -> None:
    found = claims(nlp, "We introduce Bar, a pipeline for instruction data. Fine-tuning Baz on 50K Bar examples yields "
                        "a 7.3-point gain on Foo.", METHOD=["Bar", "Baz"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(7.3, "Bar")]


def test_a_described_proposal_is_the_name_the_paper_gives_it_later(nlp: Language) -> None:
    doc = annotate(nlp, "We train a Transformer-based masked language model on one hundred languages. Our model, dubbed "
                        "Bar, outperforms Baz by 14.6% on Foo.", METHOD=["Transformer-based masked language model",
                                                                          "Bar", "Baz"], DATASET=["Foo"])
    assert doc._.kb_own_method == "Bar"
    assert [(c["value"], c["method"], c["baseline"]) for c in doc._.kb_claims] == [(14.6, "Bar", "Baz")]


def test_a_result_on_a_task_after_another_result_s_dataset_has_no_dataset(nlp: Language) -> None:
    labels = dict(METHOD=["Bar"], METRIC=["F1"], DATASET=["Foo"], TASK=["NER"])
    found = claims(nlp, "Bar gains +13% F1 on Foo, and +2.4% F1 on NER.", **labels)
    assert [(c["value"], c["dataset"]) for c in found] == [(13.0, "Foo"), (2.4, None)]
    # the dataset named before and no other result: the task is where it was measured on it
    assert [c["dataset"] for c in claims(nlp, "On Foo, Bar reaches 92.8 F1 on NER.", **labels)] == ["Foo"]
    # a task with its dataset in brackets
    found = claims(nlp, "We achieve absolute improvements of 8.9% on NER (Foo) and 5.7% on question answering (Qux).",
                   DATASET=["Foo", "Qux"], TASK=["NER", "question answering"])
    assert [(c["value"], c["dataset"]) for c in found] == [(8.9, "Foo"), (5.7, "Qux")]


def test_a_rival_s_number_after_how_it_was_run(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar reaches 35.5 BLEU without warmup, matching Baz with a tuned warmup schedule (35.4).",
                   METHOD=["Bar", "Baz"], METRIC=["BLEU"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found if c["value"]] == [(35.5, "Bar"), (35.4, "Baz")]
    # not a resource the subject saves
    found = claims(nlp, "On Foo, Bar matches Baz with fewer parameters (35.4).", METHOD=["Bar", "Baz"],
                   DATASET=["Foo"])
    assert "Baz" not in [c["method"] for c in found]


def test_a_factor_before_a_named_reduction_is_a_reduction(nlp: Language) -> None:
    found = claims(nlp, "We present Bar. It achieves higher accuracy than Baz with 10x GPU memory reduction.",
                   METHOD=["Bar", "Baz"], METRIC=["accuracy", "GPU memory"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [("reduction", 10.0, "GPU memory")]
    # the words before the noun name the measure when no mention does
    found = claims(nlp, "We present Bar. It achieves higher accuracy than Baz with 10x GPU memory reduction.",
                   METHOD=["Bar", "Baz"], METRIC=["accuracy"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [("reduction", 10.0, "GPU memory")]


def test_a_rival_s_measure_named_in_its_brackets_before_its_number(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar achieves a PESQ of 3.21 and STOI of 0.95, outperforming Baz (PESQ 2.94).",
                   METHOD=["Bar", "Baz"], METRIC=["PESQ", "STOI"], DATASET=["Foo"])
    assert (2.94, "PESQ", "Baz") in [(c["value"], c["metric"], c["method"]) for c in found]


def test_a_condition_compared_is_no_rival(nlp: Language) -> None:
    found = claims(nlp, "Models score 9.4 points higher pass@1 on contaminated problems than on clean ones.",
                   METRIC=["pass@1"])
    assert [(c["value"], c["baseline"]) for c in found] == [(9.4, None)]
    found = claims(nlp, "We present Bar. Judges find 23% fewer omissions than in the outputs of Baz.", METHOD=["Bar", "Baz"])
    assert [(c["value"], c["baseline"]) for c in found] == [(23.0, "Baz")]


def test_coordinated_subjects_take_their_numbers_respectively(nlp: Language) -> None:
    found = claims(nlp, "Even the advanced Bar and Baz only achieve accuracies of 56% and 59% respectively.",
                   METHOD=["Bar", "Baz"], METRIC=["accuracies"])
    assert [(c["value"], c["method"]) for c in found] == [(56.0, "Bar"), (59.0, "Baz")]
    # the subjects' list after an opening phrase
    found = claims(nlp, "Under the same protocol, Bar, Baz and Qux obtain 68.0%, 78.2% and 79.5% accuracy, respectively.",
                   METHOD=["Bar", "Baz", "Qux"], METRIC=["accuracy"])
    assert [(c["value"], c["method"]) for c in found] == [(68.0, "Bar"), (78.2, "Baz"), (79.5, "Qux")]
    # one subject, numbers paired with datasets
    found = claims(nlp, "Bar achieves 56% and 59% on Foo and Qux, respectively.", METHOD=["Bar"], DATASET=["Foo", "Qux"])
    assert [(c["value"], c["method"], c["dataset"]) for c in found] == [(56.0, "Bar", "Foo"), (59.0, "Bar", "Qux")]


@pytest.mark.parametrize("text", ["Foo attains 84.1% pass@1 on HumanEval, exceeding Bar (80.1%) and Baz (81.3%).",
                                  "On HumanEval, Foo scores 47.9 pass@1, surpassing Bar (45.2)."])
def test_a_rival_scored_in_the_sentence_makes_no_comparison_of_its_own(nlp: Language, text: str) -> None:
    # the numbers compare them: annotators list such a sentence with its numbers, not as a claim without one
    found = claims(nlp, "We propose Foo. " + text, METHOD=["Foo", "Bar", "Baz"] if "Baz" in text else ["Foo", "Bar"],
                   METRIC=["pass@1"], DATASET=["HumanEval"])
    assert found and all(c["value"] is not None for c in found)


def test_coordinated_subjects_take_a_list_of_numbers_in_order(nlp: Language) -> None:
    found = claims(nlp, "We propose Foo. Bar and Baz, evaluated under the same protocol, score 3.81 and 3.47 in MOS.",
                   METHOD=["Foo", "Bar", "Baz"], METRIC=["MOS"])
    assert [(c["value"], c["method"]) for c in found] == [(3.81, "Bar"), (3.47, "Baz")]


def test_the_share_answered_truthfully_is_a_result(nlp: Language) -> None:
    found = claims(nlp, "We propose Foo. The best model was truthful on 58% of questions.", DATASET=["Foo"])
    assert [(c["kind"], c["value"]) for c in found] == [("score", 58.0)]
    assert claims(nlp, "We propose Foo. Bar is trained on 58% of the data.", DATASET=["Foo"], METHOD=["Bar"]) == []


def test_a_rival_described_then_named_in_brackets(nlp: Language) -> None:
    found = claims(nlp, "Bar outperforms the best open 13B model (Baz) across all evaluated benchmarks.",
                   METHOD=["Bar", "Baz"])
    assert [(c["kind"], c["baseline"]) for c in found] == [("comparison", "Baz")]


def test_a_gain_set_beside_a_score_is_in_its_measure(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar achieves an MPJPE of 36.9 mm under Protocol 1, a 7% reduction relative to the best "
                        "deterministic method, and 29.4 mm PA-MPJPE under Protocol 2.", METHOD=["Bar"],
                   METRIC=["MPJPE", "PA-MPJPE"], DATASET=["Foo"])
    assert [(c["value"], c["metric"]) for c in found] == [(36.9, "MPJPE"), (7.0, "MPJPE"), (29.4, "PA-MPJPE")]
    # the gain's noun first, after another measure named earlier
    found = claims(nlp, "In the 5-way setting of Foo (QUX), our method reaches an F1 of 54.3, an improvement of 9.8 "
                        "points over the strongest baseline, Baz.", METHOD=["Baz"], METRIC=["QUX", "F1"], DATASET=["Foo"])
    assert [(c["value"], c["metric"]) for c in found] == [(54.3, "F1"), (9.8, "F1")]


def test_numbers_after_a_gain_listed_with_a_dropped_one_are_no_gains(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar keeps ROUGE-L within 0.3 points of the Baz baseline (37.1 vs. 37.4).",
                   METHOD=["Bar", "Baz"], METRIC=["ROUGE-L"], DATASET=["Foo"])
    assert -37.4 not in [c["value"] for c in found]
    assert [(c["kind"], c["value"]) for c in found][:1] == [("improvement", -0.3)]


def test_a_second_change_after_the_first_one_s_place_keeps_its_measure(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar reduces the WER from 2.3% to 1.8% in clean conditions and from 18.4% to 9.7% at "
                        "0 dB SNR.", METHOD=["Bar"], METRIC=["WER", "SNR"], DATASET=["Foo"])
    assert [(c["value"], c["metric"]) for c in found] == [(1.8, "WER"), (9.7, "WER")]


def test_a_second_predicate_after_its_place_has_its_own_rival(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar outperforms the Baz baseline, with an average accuracy gain of 3.4 points, and on the "
                        "Qux tasks it matches or exceeds Quux.", METHOD=["Bar", "Baz", "Quux"], METRIC=["accuracy"],
                   DATASET=["Foo", "Qux"])
    assert [(c["value"], c["baseline"]) for c in found if c["value"]] == [(3.4, "Baz")]


def test_a_rank_reached_with_a_score_keeps_the_score(nlp: Language) -> None:
    found = claims(nlp, "Among open models, Bar performs best with 61.3%, while Baz reaches only 38.9%.",
                   METHOD=["Bar", "Baz"])
    assert [(c["value"], c["method"]) for c in found] == [(61.3, "Bar"), (38.9, "Baz")]


def test_the_rival_a_method_is_second_only_to_has_its_score(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves 74.5% average accuracy, second only to Baz (78.2%).",
                   METHOD=["Bar", "Baz"], METRIC=["average accuracy"])
    assert [(c["value"], c["method"], c["metric"]) for c in found] == [
        (74.5, "Bar", "average accuracy"), (78.2, "Baz", "average accuracy")]


def test_the_share_raters_judge_good_is_a_result(nlp: Language) -> None:
    found = claims(nlp, "We propose Bar. Human evaluators judged 68% of Bar summaries faithful on Foo, compared to "
                        "54% for Baz.", METHOD=["Bar", "Baz"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(68.0, "Bar"), (54.0, "Baz")]


def test_a_state_of_the_art_claim_ends_at_a_clause_with_its_own_place(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar achieves the best overall score of 72.4, and on Qux it reaches a WER of 3.2%.",
                   METHOD=["Bar"], DATASET=["Foo", "Qux"], METRIC=["WER"])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found] == [("sota", 72.4, "Foo"), ("score", 3.2, "Qux")]
    found = claims(nlp, "Bar outperforms the previous state of the art on Foo by 2.6%, and on Qux it reaches a WER "
                        "of 3.2%.", METHOD=["Bar"], DATASET=["Foo", "Qux"], METRIC=["WER"])
    assert [(c["value"], c["baseline"]) for c in found] == [(2.6, "previous state of the art"), (3.2, None)]


def test_earlier_work_named_as_an_object_does_not_make_a_sentence_background(nlp: Language) -> None:
    found = claims(nlp, "Combining Bar with existing features yields a macro-F1 of 86.58%.", METHOD=["Bar"],
                   METRIC=["macro-F1"])
    assert [(c["value"], c["metric"]) for c in found] == [(86.58, "macro-F1")]
    assert claims(nlp, "Existing features with Bar yield a macro-F1 of 86.58%.", METHOD=["Bar"], METRIC=["macro-F1"]) == []


def test_a_result_on_the_papers_own_data_names_no_later_dataset(nlp: Language) -> None:
    found = claims(nlp, "Bar improves F1 from 69.2 to 78.5 on our biomedical test set while losing only 0.4 F1 "
                        "on the Foo test set.", METHOD=["Bar"], METRIC=["F1"], DATASET=["Foo"])
    assert [(c["value"], c["dataset"]) for c in found] == [(78.5, None), (0.4, "Foo")]


def test_a_title_that_is_a_method_name_names_the_papers_own_method(nlp: Language) -> None:
    text = "Universal Foo Encoder\n\nWe present models for encoding sentences. Our models obtain 81.4% accuracy on Bar."
    found = claims(nlp, text, METHOD=["Universal Foo Encoder"], DATASET=["Bar"])
    assert [(c["value"], c["method"]) for c in found] == [(81.4, "Universal Foo Encoder")]


def test_a_share_of_cases_preferred_over_a_baseline_is_a_result(nlp: Language) -> None:
    text = ("On Foo, human raters prefer the summaries of Bar to the reference summaries 61% of the time, and to those "
            "of a supervised baseline of the same size in 70% of cases.")
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo"])
    assert [(c["value"], c["dataset"]) for c in found] == [(61.0, "Foo"), (70.0, "Foo")]
    # the baseline's own number stays the baseline's
    assert [c["value"] for c in claims(nlp, "Bar reaches 71%, compared to 65% for the baseline.", METHOD=["Bar"])] == [71.0]


def test_a_state_of_the_art_qualified_by_its_kind_is_the_baseline_beaten(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar outperforms the current abstractive state-of-the-art by at least 2 ROUGE points.",
                   METHOD=["Bar"], DATASET=["Foo"], METRIC=["ROUGE"])
    assert [(c["value"], c["baseline"]) for c in found] == [(2.0, "current abstractive state-of-the-art")]
    assert [c["kind"] for c in claims(nlp, "Bar is not state of the art on Foo.", METHOD=["Bar"], DATASET=["Foo"])] \
        != ["sota"]


def test_gains_listed_after_a_colon_share_the_rival_the_clause_before_names(nlp: Language) -> None:
    text = ("Bar largely outperforms Baz in three tasks: entity recognition (0.62% F1 improvement), relation "
            "extraction (2.80% F1 improvement) and question answering (12.24% MRR improvement).")
    found = claims(nlp, text, METHOD=["Bar", "Baz"], METRIC=["F1", "MRR"])
    assert [(c["value"], c["baseline"]) for c in found] == [(0.62, "Baz"), (2.8, "Baz"), (12.24, "Baz")]


def test_what_a_paper_distills_into_is_its_own_method_not_the_teacher(nlp: Language) -> None:
    found = claims(nlp, "We distill Foo into Baz. The student achieves 3.1% WER on Bar.", METHOD=["Foo", "Baz"],
                   DATASET=["Bar"], METRIC=["WER"])
    assert [(c["value"], c["method"]) for c in found] == [(3.1, "Baz")]
    found = claims(nlp, "We distill Foo into a small student. The student achieves 3.1% WER on Bar.", METHOD=["Foo"],
                   DATASET=["Bar"], METRIC=["WER"])
    assert [(c["value"], c["method"]) for c in found] == [(3.1, None)]


def test_a_rival_described_as_deep_learning_is_not_cut_to_learning(nlp: Language) -> None:
    found = claims(nlp, "We propose Bar. Bar is often on par with deep learning classifiers in terms of accuracy.",
                   METHOD=["Bar"], METRIC=["accuracy"])
    assert "learning classifiers" not in [c["baseline"] for c in found]


def test_a_previous_result_described_is_no_rival_name(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar reaches 30.1 BLEU, surpassing the previous best end-to-end result of 28.6.",
                   METHOD=["Bar"], DATASET=["Foo"], METRIC=["BLEU"])
    assert "end-to-end" not in [c["baseline"] for c in found]


def test_state_of_the_art_right_before_a_number_makes_it_the_state_of_the_art(nlp: Language) -> None:
    found = claims(nlp, "Bar achieves state-of-the-art 84.3% top-1 accuracy on Foo, while being 8.4x smaller than Baz.",
                   METHOD=["Bar", "Baz"], DATASET=["Foo"], METRIC=["top-1 accuracy"])
    assert [(c["kind"], c["value"]) for c in found] == [("sota", 84.3), ("reduction", 8.4)]
    found = claims(nlp, "Bar achieves state-of-the-art UAS of 95.87% on Foo.", METHOD=["Bar"], DATASET=["Foo"], METRIC=["UAS"])
    assert [(c["kind"], c["value"]) for c in found] == [("sota", 95.87)]


def test_slashed_metrics_before_by_and_slashed_numbers_pair_in_order(nlp: Language) -> None:
    found = claims(nlp, "Compared with Baz, Bar improves ROUGE-1/2/L by 1.21/0.98/1.10 on Foo.", METHOD=["Bar", "Baz"],
                   DATASET=["Foo"], METRIC=["ROUGE-1"])
    assert [(c["value"], c["metric"]) for c in found] == [(1.21, "ROUGE-1"), (0.98, "ROUGE-2"), (1.1, "ROUGE-L")]


def test_a_result_on_items_drawn_from_a_dataset_is_on_that_dataset(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches 95.9 UAS on Foo, and outperforms Baz by 0.2% UAS on 29 treebanks from the Qux.",
                   METHOD=["Bar", "Baz"], DATASET=["Foo", "Qux"], METRIC=["UAS"])
    assert [(c["value"], c["dataset"]) for c in found] == [(95.9, "Foo"), (0.2, "Qux")]


def test_a_proposal_named_after_a_colon_is_the_papers_method(nlp: Language) -> None:
    text = ("We introduce a novel architecture for dependency parsing: stack-pointer networks (StackPtr). "
            "Our parser achieves a UAS of 95.87% on Foo.")
    found = claims(nlp, text, METHOD=["stack-pointer networks"], DATASET=["Foo"], METRIC=["UAS"])
    assert [(c["value"], c["method"]) for c in found] == [(95.87, "stack-pointer networks")]



def test_a_change_on_a_versioned_place_then_a_gain_coordinated_after_it(nlp: Language) -> None:
    text = ("Bar improves the F1 of term extraction from 83.5 to 85.9 on Foo-2014 Laptop and from 87.2 to 88.4 on "
            "Foo-2014 Restaurant, and the accuracy of sentiment classification by 1.3 and 0.9 points, respectively.")
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo-2014 Laptop", "Foo-2014 Restaurant"], METRIC=["F1", "accuracy"])
    assert [(c["kind"], c["value"], c["metric"], c["dataset"]) for c in found] == [
        ("score", 85.9, "F1", "Foo-2014 Laptop"), ("score", 88.4, "F1", "Foo-2014 Restaurant"),
        ("improvement", 1.3, "accuracy", "Foo-2014 Laptop"), ("improvement", 0.9, "accuracy", "Foo-2014 Restaurant")]


def test_a_speedup_to_the_same_level_of_a_measure_is_not_in_that_measure(nlp: Language) -> None:
    found = claims(nlp, "Bar reaches the same perplexity as a dense Baz model 4x faster.", METHOD=["Bar", "Baz"],
                   METRIC=["perplexity"])
    assert [(c["value"], c["metric"], c["baseline"]) for c in found] == [(4.0, None, "Baz")]


def test_a_gain_on_average_over_a_baseline_named_in_apposition(nlp: Language) -> None:
    text = ("Experiments on Foo, Qux and Quux and on Corge show that Bar improves Recall@20 by 9.6% on average "
            "over the strongest baseline, Baz.")
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo", "Qux", "Quux", "Corge"], METRIC=["Recall@20"])
    # the average is over the whole list: no one dataset
    assert [(c["value"], c["dataset"], c["baseline"]) for c in found] == [(9.6, None, "Baz")]


def test_a_reduction_stated_with_is_is_a_reduction(nlp: Language) -> None:
    found = claims(nlp, "On Foo, the relative WER reduction of Bar is 19%.", METHOD=["Bar"], DATASET=["Foo"],
                   METRIC=["WER"])
    assert [(c["kind"], c["value"]) for c in found] == [("reduction", 19.0)]


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
    # rated better by raters
    found = claims(nlp, "Human evaluation shows that the questions produced by Bar are rated more useful than those of a "
                        "template-based system in 71% of cases.", METHOD=["Bar"], METRIC=["Human evaluation"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [("score", 71.0, None)]  # a share, no evaluation


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


def test_a_result_before_despite_is_a_result(nlp: Language) -> None:
    found = claims(nlp, "Bar scores 62.4 on Foo, outperforming Baz by 1.4 points despite being ten times smaller.",
                   METHOD=["Bar", "Baz"], DATASET=["Foo"])
    assert [(c["kind"], c["value"], c["baseline"]) for c in found] == [("score", 62.4, "Baz"),
                                                                       ("improvement", 1.4, "Baz")]


def test_scores_listed_over_places_of_their_own_and_gains_respectively(nlp: Language) -> None:
    text = ("Bar attains an average accuracy of 89.6% over the six transfer tasks of Foo, 71.3% on Qux and 77.8% on "
            "Quux, improving over Baz by 2.2%, 5.5% and 7.8% respectively.")
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo", "Qux", "Quux"], METRIC=["average accuracy"])
    assert [(c["kind"], c["value"], c["dataset"], c["baseline"]) for c in found] == [
        ("score", 89.6, "Foo", None), ("score", 71.3, "Qux", "Baz"), ("score", 77.8, "Quux", "Baz"),
        ("improvement", 2.2, "Foo", "Baz"), ("improvement", 5.5, "Qux", "Baz"), ("improvement", 7.8, "Quux", "Baz")]


def test_a_score_after_the_next_place_continues_the_list(nlp: Language) -> None:
    text = ("On Foo, Bar achieves 70.31% and 81.89% accuracy for 5-way 1-shot and 5-way 5-shot classification, and "
            "on Qux 78.74% and 86.92%.")
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo", "Qux"], METRIC=["accuracy"])
    assert [(c["value"], c["dataset"]) for c in found] == [(70.31, "Foo"), (81.89, "Foo"), (78.74, "Qux"),
                                                           (86.92, "Qux")]


def test_a_rule_of_thumb_is_no_result(nlp: Language) -> None:
    text = "An improvement of 0.001 in AUC is considered significant on Foo; Bar improves over Baz by 0.0023 AUC."
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo"], METRIC=["AUC"])
    assert [c["value"] for c in found] == [0.0023]


def test_no_rival_after_a_list_of_gains_closed_by_respectively(nlp: Language) -> None:
    text = ("Bar surpasses Baz by 2.9 and 3.1 points on Foo and Qux respectively, and generates answers that raters "
            "judge more factual than Quux.")
    found = claims(nlp, text, METHOD=["Bar", "Baz", "Quux"], DATASET=["Foo", "Qux"])
    assert [(c["value"], c["baseline"]) for c in found] == [(2.9, "Baz"), (3.1, "Baz")]


def test_a_named_rival_set_beside_the_subject_of_a_while_clause(nlp: Language) -> None:
    text = "Bar reaches a MOS of 4.38 on Foo, while the strongest zero-shot baseline, Baz, reaches only 3.45."
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo"], METRIC=["MOS"])
    assert [(c["value"], c["method"]) for c in found] == [(4.38, "Bar"), (3.45, "Baz")]


def test_a_quantity_named_after_the_measure_is_not_in_it(nlp: Language) -> None:
    text = "On Foo, Bar attains an average accuracy of 64.9% in the class-incremental setting, with a forgetting of only 15.8%."
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo"], METRIC=["average accuracy"])
    assert [(c["value"], c["metric"]) for c in found] == [(64.9, "average accuracy"), (15.8, None)]


def test_a_share_of_outputs_that_pass_a_check_is_a_result_under_each_condition(nlp: Language) -> None:
    text = ("We propose Bar. On Foo, 62.1% of its outputs recompile and pass the original unit tests at -O0, and "
            "39.7% at -O2, compared with 13.9% and 4.1% for Baz.")
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(62.1, "Bar"), (39.7, "Bar"), (13.9, "Baz"), (4.1, "Baz")]
    # whose outputs, named
    found = claims(nlp, "On Foo, 62.1% of Bar's outputs recompile.", METHOD=["Bar"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(62.1, "Bar")]


def test_the_end_of_a_change_after_a_setting_s_name(nlp: Language) -> None:
    # "probability to" would read as a setting's value ("a dropout probability to 0.1")
    text = "On Foo, Bar reduces the FPR95 from 41.2% with maximum softmax probability to 18.9%."
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo"], METRIC=["FPR95"])
    assert [(c["value"], c["metric"]) for c in found] == [(18.9, "FPR95")]


def test_a_score_before_its_setting(nlp: Language) -> None:
    text = "Fine-tuned Bar reaches a macro-F1 of 0.68 on Foo, while Baz reaches 0.74 zero-shot."
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo"], METRIC=["macro-F1"])
    assert [(c["value"], c["method"]) for c in found] == [(0.68, "Bar"), (0.74, "Baz")]


def test_a_long_object_measures_itself(nlp: Language) -> None:
    text = ("Bar achieves a MAP of 0.382 on Foo and reduces the number of studies screened before finding all "
            "relevant ones by 28% on average.")
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo"], METRIC=["MAP"])
    assert [(c["value"], c["metric"]) for c in found] == [(0.382, "MAP"), (28.0, None)]


def test_it_after_an_opening_phrase_is_the_last_sentence_s_subject(nlp: Language) -> None:
    text = "Bar reaches 94.1% accuracy on Foo. On Qux aspect-based sentiment, it lowers the MSE to 0.07."
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo", "Qux"], METRIC=["accuracy", "MSE"])
    assert [(c["value"], c["method"]) for c in found] == [(94.1, "Bar"), (0.07, "Bar")]


def test_a_gap_that_shrinks_from_one_level_to_another(nlp: Language) -> None:
    text = "On Foo, the gap in F1 between pro- and anti-stereotypical examples shrinks from 21.1 to 1.9 points."
    found = claims(nlp, text, DATASET=["Foo"], METRIC=["F1"])
    assert [(c["kind"], c["value"]) for c in found] == [("score", 1.9)]


def test_a_score_takes_the_measure_no_later_number_is_introduced_with(nlp: Language) -> None:
    text = ("On Foo, Bar achieves a macro-F1 of 0.79 on unseen answers and 0.72 on unseen questions, and its agreement "
            "with human graders (quadratic weighted kappa 0.83) exceeds theirs.")
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo"], METRIC=["macro-F1", "quadratic weighted kappa"])
    assert [(c["value"], c["metric"]) for c in found] == [(0.79, "macro-F1"), (0.72, "macro-F1"),
                                                          (0.83, "quadratic weighted kappa")]


def test_latency_added_is_a_cost_no_gain(nlp: Language) -> None:
    found = claims(nlp, "Bar improves exact match on Foo by 9.8 points. Retrieval adds 120 ms of latency per request.",
                   METHOD=["Bar"], DATASET=["Foo"], METRIC=["exact match", "latency"])
    assert [c["value"] for c in found] == [9.8]


def test_a_factor_takes_the_measure_it_cuts_not_the_one_kept(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar reduces latency by 2.1x with no loss in accuracy.", METHOD=["Bar"], DATASET=["Foo"],
                   METRIC=["latency", "accuracy"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [("reduction", 2.1, "latency")]


def test_gains_above_a_level_are_gains(nlp: Language) -> None:
    found = claims(nlp, "Bar improves F1 on Foo from 62.3 to 68.9, with gains above 10 F1 on six languages.",
                   METHOD=["Bar"], DATASET=["Foo"], METRIC=["F1"])
    assert [(c["kind"], c["value"]) for c in found] == [("score", 68.9), ("improvement", 10.0)]


def test_a_gain_in_a_second_measure_shares_the_rival(nlp: Language) -> None:
    text = ("On Foo and Qux, Bar improves AUC by 5.8% and 2.1% over Baz, and recall by 8.3% and 4.4%, "
            "respectively.")
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo", "Qux"], METRIC=["AUC", "recall"])
    assert [(c["value"], c["metric"], c["baseline"]) for c in found] == [
        (5.8, "AUC", "Baz"), (2.1, "AUC", "Baz"), (8.3, "recall", "Baz"), (4.4, "recall", "Baz")]


def test_a_measure_that_rises_by_an_amount_gains_it(nlp: Language) -> None:
    found = claims(nlp, "With Bar, the Foo probe accuracy rises by 5.4%.", METHOD=["Bar"], DATASET=["Foo"],
                   METRIC=["accuracy"])
    assert [(c["kind"], c["value"]) for c in found] == [("improvement", 5.4)]


def test_a_change_noun_in_a_method_s_description_is_no_gain(nlp: Language) -> None:
    text = "Bar with document-level query reduction reaches an R-Precision of 0.42, and Baz raises it to 0.56."
    found = claims(nlp, text, METHOD=["Bar", "Baz"], METRIC=["R-Precision"])
    assert [(c["kind"], c["value"], c["method"]) for c in found] == [("score", 0.42, "Bar"), ("score", 0.56, "Baz")]


def test_time_added_to_inference_is_a_cost_no_gain(nlp: Language) -> None:
    found = claims(nlp, "On Foo, Bar raises mIoU from 56.4 to 62.9, and it adds only 8% to inference time.",
                   METHOD=["Bar"], DATASET=["Foo"], METRIC=["mIoU"])
    assert [c["value"] for c in found] == [62.9]


def test_a_predicate_after_but_shares_the_subject(nlp: Language) -> None:
    text = "We propose Qux. Bar improves F1 over Baz by 27.3 points on Foo, but remains 3 points below Quux on NER."
    found = claims(nlp, text, METHOD=["Qux", "Bar", "Baz", "Quux"], DATASET=["Foo"], METRIC=["F1"])
    assert [(c["value"], c["method"], c["baseline"]) for c in found] == [(27.3, "Bar", "Baz"), (-3.0, "Bar", "Quux")]


def test_a_source_of_pretraining_is_no_place_of_a_result(nlp: Language) -> None:
    found = claims(nlp, "Bar surpasses supervised Foo pretraining by 1.1% in accuracy.", METHOD=["Bar"], DATASET=["Foo"],
                   METRIC=["accuracy"])
    assert [(c["value"], c["dataset"]) for c in found] == [(1.1, None)]


def test_an_unnamed_place_opening_the_sentence_is_not_a_later_clause_s(nlp: Language) -> None:
    text = ("On our English-Korean benchmark, Bar reaches a Recall@10 of 0.842, and on the general-domain Foo "
            "benchmark its accuracy drops by only 0.4%.")
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo"], METRIC=["Recall@10", "accuracy"])
    assert [(c["value"], c["dataset"]) for c in found] == [(0.842, None), (0.4, "Foo")]


def test_a_score_a_ranking_place_was_reached_with(nlp: Language) -> None:
    text = "Bar ranked 3rd out of 45 teams with a Pearson correlation of 0.616 on Foo, and 1st on the unseen languages with 0.497."
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo"], METRIC=["Pearson correlation"])
    assert [(c["value"], c["metric"]) for c in found] == [(0.616, "Pearson correlation"), (0.497, "Pearson correlation")]


def test_a_rival_named_after_two_gains_is_both_s_even_after_hits_at_k(nlp: Language) -> None:
    text = "Bar improves MRR on Foo by 4.1 points and Hits@10 by 5.8 points over Baz."
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo"], METRIC=["MRR", "Hits@10"])
    assert [(c["value"], c["baseline"]) for c in found] == [(4.1, "Baz"), (5.8, "Baz")]


def test_a_benchmark_s_own_score_is_in_no_other_measure(nlp: Language) -> None:
    text = "Bar yields a win rate of 24.8% on Foo, up from 15.1% for Baz, and a Qux score of 7.6."
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo", "Qux"], METRIC=["win rate"])
    assert [(c["value"], c["metric"]) for c in found] == [(24.8, "win rate"), (7.6, None)]


def test_it_after_and_is_the_first_clause_s_subject(nlp: Language) -> None:
    # (the title's "Speculative Decoding" is the paper's own method: "it" is still the clause's subject)
    text = ("Speculative Decoding with Heads\n\nWe study decoding. On Foo, Bar accelerates Quux by 2.3x, and it "
            "outperforms speculative decoding with a draft model by 0.4x in speed-up.")
    found = claims(nlp, text, METHOD=["Bar", "Quux", "speculative decoding", "Speculative Decoding"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in found] == [(2.3, "Bar"), (0.4, "Bar")]


def test_a_rival_s_score_on_the_dataset_written_in_its_bracket(nlp: Language) -> None:
    text = "Bar achieves 46.2% pass@1 on Foo and 52.7% on Qux, surpassing Baz (48.8% on Foo) on Qux."
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo", "Qux"], METRIC=["pass@1"])
    assert [(c["value"], c["dataset"]) for c in found if c["method"] == "Baz"] == [(48.8, "Foo")]


def test_a_rival_s_name_stops_before_but(nlp: Language) -> None:
    text = ("Prompting Bar to output head words yields parses whose accuracy falls short of supervised parsers but "
            "exceeds all previous unsupervised methods on Foo.")
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo"], METRIC=["accuracy"])
    assert [(c["kind"], c["method"], c["baseline"]) for c in found] == [("comparison", "Bar", None)]


def test_a_counted_place_before_the_gain_names_no_other_dataset(nlp: Language) -> None:
    text = ("Bar reaches the same perplexity on Foo with 2.6x fewer training tokens and improves average few-shot "
            "accuracy on 12 downstream tasks by 2.1 points.")
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo"], METRIC=["perplexity", "few-shot accuracy"])
    assert [(c["value"], c["dataset"]) for c in found] == [(2.6, "Foo"), (2.1, None)]


def test_percentage_points_written_percent_p(nlp: Language) -> None:
    found = claims(nlp, "On Foo and Qux, Bar improves Recall@20 by 3.1%p and 2.4%p over Baz.", METHOD=["Bar", "Baz"],
                   DATASET=["Foo", "Qux"], METRIC=["Recall@20"])
    assert [(c["kind"], c["value"], c["unit"]) for c in found] == [("improvement", 3.1, "points"),
                                                                   ("improvement", 2.4, "points")]


def test_a_lower_is_better_measure_judged_worse_is_a_loss(nlp: Language) -> None:
    text = "On Foo, the student's WER is 7.9%, only 0.6% absolute worse than the teacher's."
    found = claims(nlp, text, DATASET=["Foo"], METRIC=["WER"])
    assert [(c["kind"], c["value"]) for c in found] == [("score", 7.9), ("improvement", -0.6)]


def test_gains_respectively_take_a_list_of_measures_that_repeats_one(nlp: Language) -> None:
    text = ("Bar achieves weighted F1 scores of 66.8 on Foo and 65.9 on Qux, and a micro-F1 of 61.2 on Quux, improving "
            "on Baz by 1.5, 0.7 and 2.4 points, respectively.")
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo", "Qux", "Quux"],
                   METRIC=["weighted F1", "micro-F1"])
    assert [(c["value"], c["metric"], c["dataset"]) for c in found if c["kind"] == "improvement"] == [
        (1.5, "weighted F1", "Foo"), (0.7, "weighted F1", "Qux"), (2.4, "micro-F1", "Quux")]


def test_within_a_share_of_a_rival_is_a_result(nlp: Language) -> None:
    text = "On Foo, Bar lowers the WER from 48.3% to 31.6%, within 1.2% of Baz."
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo"], METRIC=["WER"])
    assert [(c["kind"], c["value"], c["baseline"]) for c in found] == [("score", 31.6, None),
                                                                       ("improvement", -1.2, "Baz")]


def test_a_change_in_counted_failures_is_in_no_measure_named_before(nlp: Language) -> None:
    text = "Bar obtains a ROUGE-2 of 20.8 on Foo. Human evaluation shows a 21% reduction in factual errors."
    found = claims(nlp, text, METHOD=["Bar"], DATASET=["Foo"], METRIC=["ROUGE-2", "Human evaluation"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [("score", 20.8, "ROUGE-2"), ("reduction", 21.0, None)]


def test_a_share_a_verb_of_change_saves_is_a_result_in_its_own_noun(nlp: Language) -> None:
    text = "On Foo, Bar saves 11.2% bitrate relative to Baz, and saving 75% training memory keeps its PSNR."
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo"], METRIC=["PSNR"])
    assert [(c["kind"], c["value"], c["metric"]) for c in found] == [("reduction", 11.2, None), ("reduction", 75.0, None)]


def test_a_time_is_in_no_quality_measure_named_before(nlp: Language) -> None:
    text = "On Foo, Bar saves 11.2% bitrate relative to Baz (BD-rate) and decodes a 768x512 image in 85 ms on a GPU."
    found = claims(nlp, text, METHOD=["Bar", "Baz"], DATASET=["Foo"], METRIC=["BD-rate"])
    assert [c["metric"] for c in found if c["value"] == 85.0] in ([], [None])


def test_a_share_of_courses_traversed_is_a_result(nlp: Language) -> None:
    found = claims(nlp, "Deployed on Foo, Bar traverses 94% of outdoor test courses without falls.", METHOD=["Bar"],
                   DATASET=["Foo"])
    assert [(c["kind"], c["value"]) for c in found] == [("score", 94.0)]


def test_ours_versus_the_rival_s_in_brackets_after_it(nlp: Language) -> None:
    found = claims(nlp, "In the full-data setting, Bar is on par with fully fine-tuned Baz (72.1 vs. 72.4 F1 on Foo).",
                   METHOD=["Bar", "Baz"], METRIC=["F1"], DATASET=["Foo"])
    assert [(c["value"], c["method"]) for c in pick_numeric(found)] == [(72.1, "Bar"), (72.4, "Baz")]


def test_a_factor_of_speed_takes_no_setting_s_measure_and_shares_the_rival_after(nlp: Language) -> None:
    found = claims(nlp, "At 3.9B parameters, Bar is 2.4 times faster and uses 3.32 times less memory than Baz.",
                   METHOD=["Bar", "Baz"], METRIC=["parameters", "memory"])
    assert [(c["kind"], c["value"], c["metric"], c["baseline"]) for c in found] == [
        ("improvement", 2.4, None, "Baz"), ("reduction", 3.32, "memory", "Baz")]


def test_an_integer_scored_on_a_benchmark_is_its_score(nlp: Language) -> None:
    found = claims(nlp, "Bar shows strong OCR capability, scoring 725 on Foo.", METHOD=["Bar"], DATASET=["Foo"])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found] == [("score", 725.0, "Foo")]
    found = claims(nlp, "Bar reaches 1,612 on Foo perception.", METHOD=["Bar"], DATASET=["Foo"])
    assert [(c["kind"], c["value"], c["dataset"]) for c in found] == [("score", 1612.0, "Foo")]
    # a count is not: "trained on 725 images", "725 scores on Foo"
    assert claims(nlp, "Bar was trained on 725 images of Foo.", METHOD=["Bar"], DATASET=["Foo"]) == []


@pytest.mark.parametrize(("finding", "claimed"), [
    ("Open-weight models are competitive with proprietary ones on the original puzzles.", True),
    ("Human raters judge the predicted regions to be more faithful explanations than attention maps.", True),
    ("Larger backbones yield consistent gains on every dataset.", True),
    # what holds in general or held for others, even past the paper's own sentences
    ("Compiled code can be two orders of magnitude faster than interpreted code.", False),
    ("Prior works have excelled at achieving competitive accuracy.", False),
    ("Neural encoders outperform n-gram models (Mikolov et al., 2013).", False),
])
def test_a_finding_after_the_papers_own_work_needs_no_named_subject(nlp: Language, finding: str, claimed: bool) -> None:
    # after the abstract has spoken of its own work, an unnamed subject reports a finding
    text = f"Probing Puzzles\n\nWe evaluate twelve language models on puzzles. {finding}"
    assert [c["kind"] for c in claims(nlp, text)] == (["comparison"] if claimed else [])
    # the same sentence before any sentence of the paper's own is context
    assert claims(nlp, f"Probing Puzzles\n\nPuzzles are hard. {finding} We evaluate twelve models.") == []


def after_own_work(nlp: Language, sentence: str, **labels: list[Surface]) -> list[dict]:
    """The claims of ``sentence`` in an abstract past a sentence of the paper's own work."""
    return claims(nlp, f"Some Title\n\nWe propose a method and evaluate it. {sentence}", **labels)


@pytest.mark.parametrize("finding", [
    "Chain-of-thought prompting narrows but does not close the gap to GPT-4.",
    "DurUnit thereby narrows the naturalness gap to a cascaded pipeline.",
    "Open models close much of the gap when given high-resolution inputs.",
    "The gains are largest on long sentences with multiple coordinated clauses.",
    "Consistent improvements are also observed on MBPP.",
    "Similar trends hold on JailbreakBench.",
    "These gains carry over to interactive driving.",
    "Most of the gain comes from fewer segmentation errors on frequent words.",
    "Entity-level features help most for pronouns.",
    "Removing the audio stream hurts performance most on clips with narration.",
    "Larger models benefit less from the curriculum.",
    "The propagation step proves particularly helpful for distant languages.",
    "BinAlign also remains robust when 30% of the labels are flipped.",
    "Context rescoring adds negligible computational cost on top of the detector.",
    "Training remains nearly as fast as for the original skip-gram model.",
    "On WordSim-353 the two models perform on par.",
    "It remains behind GPT-4o on knowledge-intensive benchmarks.",
    "LLaVA-Med also trails the general-purpose InternVL2-26B on every question type.",
    "PianoConformer also produces far fewer offset errors around pedal events.",
    "Combining CSTM with a neural language model yields further gains.",
    "Human raters judge MoFaD videos more temporally consistent than those of all baselines.",
    "CaliGate's answers are judged more faithful to the cited evidence than those of every baseline.",
    "A small amount of native data is more valuable than a much larger volume of translated data.",
    # negative findings, transfer, and approaching a rival
    "Zero-shot transfer from XLM-R fails to beat the from-scratch baseline on tagging.",
    "Objective evaluations show lower F0 RMSE and duration error than all compared systems.",
    "We further show that QR is complementary to denoising training.",
    "Llama 2 performs poorly in all settings.",
    "The learned schedules also transfer across resolutions without retraining.",
    "FeedRewrite also transfers to HotpotQA without any fine-tuning.",
    "It approaches the performance of full fine-tuning while updating few parameters.",
    "With a fifth of the labels, its segmentation quality approaches that of a fully supervised V-Net.",
    "Ablations show that image-feature targets are most beneficial when the input is sparse.",
    # generalisation, and a quality kept in the active voice
    "CodeEE also generalizes to unseen event types without changing the prompt format.",
    "The selected data also transfer across model families.",
    "The acceleration carries over to code and math prompts.",
    "The selected examples remain effective when fine-tuning a second model.",
    "It also preserves performance on general benchmarks.",
    "Importantly, culturally adapted data does not hurt performance on translated benchmarks.",
    # ties, no effect, a lead kept, a larger gain in one measure than another
    "On Yelp, where sessions are short, IntentCL and CL4SRec perform comparably.",
    "Forward transfer is comparable across all rehearsal methods.",
    "Value-function clipping has no measurable effect on either suite.",
    "A LiDAR-based detector remains clearly more accurate for pedestrians.",
    "Boundary AP improves more than mask AP.",
    "Widening the network improves test return more than any augmentation.",
    # a gap left open, and raters' verdicts written with "to"
    "TransMix therefore does not close the gap to MAPPO.",
    "Embedding-based metrics narrow but do not close the gap with human preferences.",
    "Annotators judged its summaries to contain fewer hallucinated entities than those of beam search.",
    "Combining all three yields further speedups.",  # (the cue word at the sentence's end)
])
def test_findings_without_a_number_are_comparisons(nlp: Language, finding: str) -> None:
    named = [m for m in ("XLM-R", "Llama 2", "QR", "V-Net") if m in finding]
    assert [c["kind"] for c in after_own_work(nlp, finding, METHOD=named)] == ["comparison"]


@pytest.mark.parametrize("description", [
    "It is helpful to recall the solution in the string case.",
    "We introduce TwinSafe, a suite of prompt pairs in which one prompt is harmful.",
    "The model is more complex than those used for English.",
    "This dataset is significantly easier than other datasets such as PASCAL VOC.",
    "Conditional random fields have proved effective for many vision problems.",
    "The method performs comparably to the RNNLM.",  # (a rival named: its baseline, below)
    "The two learning stages are complementary to each other.",
    "We add a relative encoding that generalizes to longer inputs.",
    "The learned features can be generalized to other tasks.",
    "Knowledge in the teacher is transferred to a small student.",
    "The first stage initializes the model from a smaller one, enabling knowledge transfer with significantly less data.",
    "We want to close the gap to supervised parsers.",
])
def test_descriptions_and_others_findings_are_not_new_findings(nlp: Language, description: str) -> None:
    found = after_own_work(nlp, description, METHOD=["RNNLM"] if "RNNLM" in description else [])
    assert [c["baseline"] for c in found] == (["RNNLM"] if "RNNLM" in description else [])


@pytest.mark.parametrize("finding", [
    "For mBERT, by contrast, the augmentation brings no measurable benefit.",
    "The model offers no advantage for elastic moduli.",
    "With large step budgets the advantage disappears.",
    "On TD2003 and TD2004 the differences are not statistically significant.",
    "Gains on generic captioning benchmarks are negligible.",
    "On MIMIC-CXR, U-Smooth and U-Ones are statistically indistinguishable.",
    "The boosting factor is robust across a wide range of values.",
    "The extracted tuples improve downstream performance on fact retrieval.",
    "The method also reduces variance across random seeds.",
    "On Census-Income it also achieves the best AUC on both tasks.",
    "On eight benchmarks it achieves the lowest mean squared error in most settings.",
    "It achieves the highest macro F1 on three of the four datasets.",
])
def test_null_findings_and_unnamed_measures_are_outcomes(nlp: Language, finding: str) -> None:
    assert len(after_own_work(nlp, finding)) == 1


@pytest.mark.parametrize("hedge", [
    "Labeled data can improve the accuracy of these approaches.",
    "We aim to improve performance on rare classes.",
    "Our module helps improve performance on rare classes.",
    "We correct errors and thus improve the quality of summaries.",
])
def test_improving_as_a_possibility_or_a_goal_is_no_outcome(nlp: Language, hedge: str) -> None:
    assert after_own_work(nlp, hedge) == []
