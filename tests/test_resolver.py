"""The resolver (``kb_resolver``): one non-overlapping set of mentions from all candidates."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from extractors.candidates import ENTITY_LABELS, Candidate, char_span
from extractors.cues import trim_punct
from extractors.lexicon import LexiconMatcher
from extractors.resolver import DEFAULT_PRIORITIES, _has_edges_to_trim, _trim, merge_duplicates, resolve
from extractors.tokenizer import make_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = make_nlp()
    nlp.add_pipe("kb_abbreviations")
    nlp.add_pipe("kb_resolver")
    return nlp


def make_nlp_with_resolver(**config) -> Language:
    nlp = make_nlp()
    nlp.add_pipe("kb_abbreviations")
    nlp.add_pipe("kb_resolver", config=config)
    return nlp


def run(nlp: Language, text: str, cands: list[tuple[str, str, str, float]] | list[Candidate],
        occurrence: int = 0) -> Doc:
    """Run the pipeline with hand-made candidates: (surface, label, extractor, confidence)."""
    doc = nlp.make_doc(text)
    if "kb_abbreviations" in nlp.pipe_names:
        doc = nlp.get_pipe("kb_abbreviations")(doc)
    doc._.kb_candidates = [c if isinstance(c, Candidate) else cand(text, *c) for c in cands]
    return nlp.get_pipe("kb_resolver")(doc)


def cand(text: str, surface: str, label: str, extractor: str, confidence: float, nth: int = 0) -> Candidate:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Candidate(start, start + len(surface), label, confidence, extractor)


def mentions(doc: Doc) -> list[tuple[str, str]]:
    return [(doc.text[m.start:m.end], m.label) for m in doc._.kb_mentions]


# --- cleaning ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("It gives substantial knowledge transfer.", "substantial knowledge transfer", [("knowledge transfer", "METHOD")]),
    ("We use prior sparse convolution here.", "prior sparse convolution", [("sparse convolution", "METHOD")]),
    ("It does many-to-English translation.", "many-to-English translation", [("many-to-English translation", "METHOD")]),
    ("It cannot serve another classification task.", "another classification", [("classification", "METHOD")]),
    ("It tracks cyclones with 25% lower track error.", "lower track error", [("track error", "METHOD")]),
    ("We collect the largest video tracking dataset.", "largest video tracking", [("video tracking", "METHOD")]),
    ("Ablations show that quality filtering matters more.", "quality filtering matters", [("quality filtering", "METHOD")]),
    ("H2O and SnapKV preserve 89.6% of it.", "SnapKV preserve", [("SnapKV", "METHOD")]),
    ("The arc scorer largely explains it.", "arc scorer largely", [("arc scorer", "METHOD")]),
])
def test_an_ner_span_loses_a_leading_judgement(nlp: Language, text: str, span: str, kept: list) -> None:
    assert mentions(run(nlp, text, [(span, "METHOD", "ner", 0.5)])) == kept


@pytest.mark.parametrize("text", ["FinRo's error rate is 31% lower.", "FinRo\u2019s error rate is 31% lower."])
def test_an_ner_span_loses_the_owner_s_clitic(nlp: Language, text: str) -> None:
    span = text[5:text.index(" is")]
    assert mentions(run(nlp, text, [(span, "METRIC", "ner", 0.5)])) == [("error rate", "METRIC")]


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("It results in inaccurate text classification here.", "inaccurate text classification", "text classification"),
    ("We study Accurate Brain Lesion Segmentation here.", "Accurate Brain Lesion Segmentation",
     "Brain Lesion Segmentation"),
    ("It needs accurate and robust localization here.", "accurate and robust localization",
     "accurate and robust localization"),  # a judgement coordinated with a kind of the task
])
def test_an_ner_task_loses_a_leading_judgement_of_how_well(nlp: Language, text: str, span: str, kept: str) -> None:
    assert mentions(run(nlp, text, [(span, "TASK", "ner", 0.5)])) == [(kept, "TASK")]


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("We test on HM3D scenes.", "HM3D scenes", [("HM3D", "DATASET")]),
    ("On the Wall Street Journal portion of it.", "Wall Street Journal portion", [("Wall Street Journal", "DATASET")]),
    ("We train on WMT09 data.", "WMT09 data", [("WMT09 data", "DATASET")]),  # TDMSci's "data" stays
])
def test_an_ner_dataset_loses_the_units_it_is_made_of(nlp: Language, text: str, span: str, kept: list) -> None:
    assert mentions(run(nlp, text, [(span, "DATASET", "ner", 0.6)])) == kept


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("Here CVT teaches auxiliary prediction modules.", "CVT teaches auxiliary prediction", [("CVT", "METHOD")]),
    ("The framework leverages self-supervised teachers.", "framework leverages self-supervised", []),
    ("HubFormer trains 3x faster than GraphGPS.", "HubFormer trains", [("HubFormer", "METHOD")]),
])
def test_an_ner_span_running_into_a_clause_stops_before_its_verb(nlp: Language, text: str, span: str,
                                                                   kept: list) -> None:
    assert mentions(run(nlp, text, [(span, "METHOD", "ner", 0.5)])) == kept


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("TimeFM's forecasts are within 5% of them.", "TimeFM's forecasts", [("TimeFM", "METHOD")]),
    ("It beats Bikel's parser.", "Bikel's parser", [("Bikel's parser", "METHOD")]),  # an eponym's method
    ("RNNG's Recursive Composition wins.", "RNNG's Recursive Composition", [("RNNG's Recursive Composition", "METHOD")]),
])
def test_an_ner_method_owned_by_a_model_is_the_model(nlp: Language, text: str, span: str, kept: list) -> None:
    assert mentions(run(nlp, text, [(span, "METHOD", "ner", 0.5)])) == kept


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("A convolutional network (CNN) based object detection.", "based object detection", [("object detection", "TASK")]),
    ("Kernel (NTK) aware scaling methods.", "aware scaling", []),
])
def test_an_ner_span_loses_a_participle_whose_name_is_in_brackets_before(nlp: Language, text: str, span: str,
                                                                        kept: list) -> None:
    assert mentions(run(nlp, text, [(span, "TASK", "ner", 0.5)])) == kept


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("Sample-Efficient Offline Reinforcement Learning", "Sample-Efficient Offline Reinforcement Learning",
     "Offline Reinforcement Learning"),
    ("Towards efficient video question answering", "efficient video question answering", "video question answering"),
    ("Efficient Inference", "Efficient Inference", "Efficient Inference"),
])
def test_a_task_is_named_without_how_efficiently_it_is_done(nlp: Language, text: str, span: str, kept: str) -> None:
    assert mentions(run(nlp, text, [(span, "TASK", "ner", 0.5)])) == [(kept, "TASK")]


def test_a_span_ends_with_its_paragraph(nlp: Language) -> None:
    text = "Hallucination Detection\n\nSelfCheckGPT samples responses."
    doc = run(nlp, text, [("Hallucination Detection\n\nSelfCheckGPT", "TASK", "ner", 0.6),
                          ("SelfCheckGPT", "METHOD", "lexicon", 0.9)])
    assert ("SelfCheckGPT", "METHOD") in mentions(doc)
    assert not any("\n" in surface for surface, _ in mentions(doc))


def test_snaps_to_tokens_and_strips_determiners_and_punctuation(nlp: Language) -> None:
    text = "We use the ImageNet dataset, and our FooNet."
    doc = run(nlp, text, [
        Candidate(7, 27, "DATASET", 0.6, "ner"),   # "the ImageNet dataset"
        Candidate(37, 43, "METHOD", 0.6, "ner"),   # "FooNet"
        Candidate(33, 44, "METHOD", 0.5, "cue"),   # "our FooNet." -> "FooNet", merged
    ])
    assert mentions(doc) == [("ImageNet", "DATASET"), ("FooNet", "METHOD")]


def test_partial_token_offsets_contract(nlp: Language) -> None:
    text = "The BigBird model is fast."
    doc = run(nlp, text, [Candidate(5, 16, "METHOD", 0.6, "ner")])  # "igBird mode"
    assert mentions(doc) == []
    doc = run(nlp, text, [Candidate(3, 17, "METHOD", 0.6, "ner")])  # " BigBird model"
    assert mentions(doc) == [("BigBird", "METHOD")]  # snapped, then the kind noun trimmed


def test_drops_unknown_labels_empty_and_out_of_range_spans(nlp: Language) -> None:
    text = "SQuAD is a dataset."
    doc = run(nlp, text, [
        Candidate(0, 5, "GENE", 0.9, "ner"),
        Candidate(3, 3, "DATASET", 0.9, "ner"),
        Candidate(-4, 2, "DATASET", 0.9, "ner"),
        Candidate(16, 99, "DATASET", 0.9, "ner"),
        Candidate(9, 10, "METHOD", 0.9, "cue"),  # just "a"
    ])
    assert mentions(doc) == []


@pytest.mark.parametrize("surface, extractor, expected", [
    ("SRL (semantic role labeling", "ner", "SRL"),       # a bracket inside: cut
    ("labeling) task", "ner", "task"),                   # a closer with no opener
    ("the BERT", "ner", "BERT"),                         # leading determiner
    ("The BERT", "cue", "BERT"),
    ("BERT,", "ner", "BERT"),                            # edge punctuation
    ("BERT (large)", "ner", "BERT (large)"),             # balanced brackets stay
])
def test_cleaning_is_not_skipped_where_it_changes_the_span(nlp: Language, surface: str, extractor: str,
                                                           expected: str) -> None:
    text = "We use SRL (semantic role labeling) task, The BERT, and the BERT (large) model."
    span = nlp.make_doc(text).char_span(text.index(surface), text.index(surface) + len(surface))
    assert _has_edges_to_trim(span, text, extractor)
    assert _trim(span, extractor).text == expected


def test_merged_candidates_are_copies_with_every_field() -> None:
    from dataclasses import fields

    # merge_duplicates builds its copies field by field: a new Candidate field must be added there
    assert [f.name for f in fields(Candidate)] == [
        "start", "end", "label", "confidence", "extractor", "canonical", "meta"]
    one = Candidate(0, 4, "METHOD", 0.5, "ner", canonical="BERT", meta={"pattern": "p1"})
    (work,) = merge_duplicates([one], DEFAULT_PRIORITIES)
    assert work.cand == one and work.cand is not one and work.cand.meta is not one.meta


def test_capitalised_determiner_kept_for_lexicon_names(nlp: Language) -> None:
    text = "We train on The Pile. The Transformer helps."
    doc = run(nlp, text, [("The Pile", "DATASET", "lexicon", 0.9), ("The Transformer", "METHOD", "ner", 0.6)])
    assert mentions(doc) == [("The Pile", "DATASET"), ("Transformer", "METHOD")]


# --- duplicates -------------------------------------------------------------------------

def test_exact_duplicates_merge_by_noisy_or(nlp: Language) -> None:
    text = "We fine-tune RoBERTa today."
    doc = run(nlp, text, [
        ("RoBERTa", "METHOD", "ner", 0.6),
        ("RoBERTa", "METHOD", "cue", 0.5),
        ("RoBERTa", "METHOD", "cue", 0.4),  # same extractor twice: only its best counts
    ])
    (m,) = doc._.kb_mentions
    assert m.confidence == pytest.approx(1 - 0.4 * 0.5)
    assert m.extractor == "cue"  # highest priority source
    assert m.meta["sources"] == ["cue", "ner"]


def test_merged_confidence_capped(nlp: Language) -> None:
    text = "We fine-tune RoBERTa today."
    doc = run(nlp, text, [("RoBERTa", "METHOD", "ner", 0.95), ("RoBERTa", "METHOD", "lexicon", 0.98)])
    (m,) = doc._.kb_mentions
    assert m.confidence == 0.99
    assert m.extractor == "lexicon"


def test_canonical_from_any_source(nlp: Language) -> None:
    text = "We fine-tune RoBERTa today."
    lex = cand(text, "RoBERTa", "METHOD", "lexicon", 0.9)
    lex.canonical = "RoBERTa"
    doc = run(nlp, text, [cand(text, "RoBERTa", "METHOD", "ner", 0.7), lex])
    assert doc._.kb_mentions[0].canonical == "RoBERTa"


# --- overlap resolution order -----------------------------------------------------------

def test_priority_beats_confidence(nlp: Language) -> None:
    text = "We use graph attention networks here."
    doc = run(nlp, text, [
        ("graph attention", "METHOD", "ner", 0.99),          # crosses the lexicon span
        ("attention networks", "TASK", "lexicon", 0.5),
    ])
    assert mentions(doc) == [("attention networks", "TASK")]


def test_confidence_beats_length(nlp: Language) -> None:
    text = "We use graph attention networks here."
    doc = run(nlp, text, [
        ("graph attention networks", "METHOD", "cue", 0.6),
        ("graph attention", "TASK", "cue", 0.7),
    ])
    assert mentions(doc) == [("graph attention", "TASK")]


def test_length_breaks_ties(nlp: Language) -> None:
    text = "We use graph attention networks here."
    doc = run(nlp, text, [
        ("graph attention", "TASK", "cue", 0.6),
        ("graph attention networks", "METHOD", "cue", 0.6),
    ])
    assert mentions(doc) == [("graph attention networks", "METHOD")]


def test_same_span_different_labels_one_wins(nlp: Language) -> None:
    text = "Results on WikiSQL improve."
    doc = run(nlp, text, [("WikiSQL", "DATASET", "cue", 0.7), ("WikiSQL", "METHOD", "ner", 0.9)])
    assert mentions(doc) == [("WikiSQL", "DATASET")]


def test_priorities_are_configurable() -> None:
    nlp = make_nlp()
    nlp.add_pipe("kb_resolver", config={"priorities": {"lexicon": 1, "ner": 5}})
    text = "We use Graph Attention Networks here."
    doc = nlp.make_doc(text)
    doc._.kb_candidates = [
        cand(text, "Graph Attention Networks", "METHOD", "ner", 0.5),
        cand(text, "Attention", "METHOD", "lexicon", 0.9),
    ]
    doc = nlp.get_pipe("kb_resolver")(doc)
    assert [doc.text[m.start:m.end] for m in doc._.kb_mentions] == ["Graph Attention Networks"]


# --- agreeing nested spans --------------------------------------------------------------

def test_name_continuation_keeps_longer(nlp: Language) -> None:
    text = "We compare with BERT-large and Llama 2 models."
    doc = run(nlp, text, [
        ("BERT", "METHOD", "lexicon", 0.9), ("BERT-large", "METHOD", "ner", 0.6),
        ("Llama", "METHOD", "lexicon", 0.9), ("Llama 2", "METHOD", "ner", 0.6),
        ("large", "METRIC", "cue", 0.95),
    ])
    assert mentions(doc) == [("BERT-large", "METHOD"), ("Llama 2", "METHOD")]
    # the longer span inherits the stronger evidence of the shorter one
    assert [m.confidence for m in doc._.kb_mentions] == [0.9, 0.9]
    assert doc._.kb_mentions[0].meta["absorbed"]


def test_lower_priority_modifier_does_not_swallow_name() -> None:
    nlp = make_nlp()
    nlp.add_pipe("kb_resolver", config={"containers_win": False})
    text = "We use a fine-tuned BERT encoder."
    doc = nlp.make_doc(text)
    doc._.kb_candidates = [cand(text, "BERT", "METHOD", "lexicon", 0.9),
                           cand(text, "fine-tuned BERT", "METHOD", "ner", 0.8)]
    doc = nlp.get_pipe("kb_resolver")(doc)
    assert mentions(doc) == [("BERT", "METHOD")]
    # a lower-priority rule source never swallows it, containers_win or not
    doc = run(make_nlp_with_resolver(), text, [("BERT", "METHOD", "lexicon", 0.9),
                                              ("fine-tuned BERT", "METHOD", "cue", 0.8)])
    assert mentions(doc) == [("BERT", "METHOD")]


def test_longer_from_same_or_higher_priority_wins(nlp: Language) -> None:
    text = "On the Natural Questions benchmark we win."
    doc = run(nlp, text, [("Natural Questions", "DATASET", "ner", 0.9),
                          ("Natural Questions benchmark", "DATASET", "cue", 0.5)])
    assert mentions(doc) == [("Natural Questions benchmark", "DATASET")]


def test_most_specific_task_phrase_wins(nlp: Language) -> None:
    text = "We study open-domain question answering here."
    doc = run(nlp, text, [("question answering", "TASK", "lexicon", 0.95),
                          ("open-domain question answering", "TASK", "ner", 0.5)])
    assert mentions(doc) == [("open-domain question answering", "TASK")]
    assert doc._.kb_mentions[0].confidence == 0.95


def test_task_rule_needs_same_head(nlp: Language) -> None:
    text = "We study question answering systems."
    doc = run(nlp, text, [("question answering", "TASK", "lexicon", 0.95),
                          ("question answering systems", "TASK", "cue", 0.5)])
    assert mentions(doc) == [("question answering", "TASK")]


# --- statistical containers (step 5) ---------------------------------------------------

def test_ner_container_beats_contained_rule_spans(nlp: Language) -> None:
    text = "We use Graph Attention Networks here."
    doc = run(nlp, text, [
        ("Graph Attention Networks", "METHOD", "ner", 0.5),
        ("Attention Networks", "TASK", "lexicon", 0.99),     # other label: dropped too
        ("Graph", "METRIC", "cue", 0.9),
    ])
    assert mentions(doc) == [("Graph Attention Networks", "METHOD")]


def test_an_uncertain_ner_container_leaves_the_rule_names_in_it(nlp: Language) -> None:
    text = "We report BLEU on the news WMT 2014 English-to-German translation task."
    ner_span = ("news WMT 2014 English-to-German translation task", "TASK", "ner", 0.3)
    dataset = ("WMT 2014 English-to-German", "DATASET", "lexicon", 0.95)
    assert mentions(run(nlp, text, [ner_span, dataset])) == [("WMT 2014 English-to-German", "DATASET")]
    sure = (ner_span[0], "TASK", "ner", 0.5)
    assert mentions(run(nlp, text, [sure, dataset])) == [("news WMT 2014 English-to-German translation", "TASK")]


@pytest.mark.parametrize(("text", "kept"), [
    ("We further propose Visual Chain-of-Thought tuning, which helps.", "Visual Chain-of-Thought tuning"),
    ("We use Visual Chain-of-Thought tuning, which helps.", "Chain-of-Thought"),  # not proposed: uncertain
])
def test_an_uncertain_ner_container_the_paper_proposes_is_its_name(nlp: Language, text: str, kept: str) -> None:
    cands = [("Visual Chain-of-Thought tuning", "METHOD", "ner", 0.3), ("Chain-of-Thought", "METHOD", "lexicon", 0.9)]
    assert mentions(run(nlp, text, cands)) == [(kept, "METHOD")]


def test_ner_container_keeps_modified_name(nlp: Language) -> None:
    text = "We use a fine-tuned BERT encoder."
    doc = run(nlp, text, [("BERT", "METHOD", "lexicon", 0.9), ("fine-tuned BERT", "METHOD", "ner", 0.8)])
    assert mentions(doc) == [("fine-tuned BERT", "METHOD")]


@pytest.mark.parametrize(("ner", "rule", "kept"), [
    ("mean ROC AUC", "ROC AUC", "ROC AUC"),  # a measure's name: the average is not part of it
    ("average nDCG@10", "nDCG@10", "nDCG@10"),
    ("average precision", "precision", "average precision"),  # a measure of its own
])
def test_an_averaged_measure_name_is_the_name(nlp: Language, ner: str, rule: str, kept: str) -> None:
    text = f"It reaches a {ner} of 0.894 on TabZilla."
    doc = run(nlp, text, [(ner, "METRIC", "ner", 0.8), (rule, "METRIC", "lexicon", 0.9)])
    assert mentions(doc) == [(kept, "METRIC")]


def test_partial_overlap_keeps_rule_boundaries(nlp: Language) -> None:
    text = "We apply statistical machine translation systems today."
    doc = run(nlp, text, [
        ("statistical machine translation", "METHOD", "ner", 0.9),
        ("translation systems", "TASK", "lexicon", 0.6),      # crosses the NER span
        ("machine", "METHOD", "cue", 0.5),                    # inside it
    ])
    assert mentions(doc) == [("machine", "METHOD"), ("translation systems", "TASK")]


def test_same_span_label_conflict_goes_to_rule(nlp: Language) -> None:
    text = "We evaluate on WikiSQL benchmark data."
    doc = run(nlp, text, [
        ("WikiSQL benchmark", "DATASET", "lexicon", 0.6),
        ("WikiSQL benchmark", "METHOD", "ner", 0.99),
        ("WikiSQL", "TASK", "cue", 0.5),
    ])
    assert mentions(doc) == [("WikiSQL benchmark", "DATASET")]


def test_ner_container_adding_only_a_short_form_does_not_retype_the_rule_span(nlp: Language) -> None:
    text = "It is trained with reinforcement learning (RL) here."
    doc = run(nlp, text, [
        ("reinforcement learning (RL)", "TASK", "ner", 0.6),
        ("reinforcement learning", "METHOD", "lexicon", 0.9),
    ])
    assert mentions(doc)[0] == ("reinforcement learning", "METHOD")
    assert ("reinforcement learning (RL)", "TASK") not in mentions(doc)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Results on SemEval-2013 and SemEval-2015 improve.", ["SemEval-2013", "SemEval-2015"]),
        ("We use BLEU, METEOR and ROUGE scores.", ["BLEU", "METEOR", "ROUGE"]),
    ],
)
def test_ner_span_that_only_lists_rule_names_does_not_win(nlp: Language, text: str,
                                                          names: list[str]) -> None:
    outer = text[text.index(names[0]):text.index(names[-1]) + len(names[-1])]
    doc = run(nlp, text, [(outer, "TASK", "ner", 0.6)]
              + [(name, "DATASET", "cue", 0.8) for name in names])
    assert mentions(doc) == [(name, "DATASET") for name in names]


def test_ner_span_of_another_type_joined_to_a_rule_name_by_a_conjunction_does_not_win(nlp: Language) -> None:
    text = "It enhances the coding and mathematical reasoning capabilities."
    rule = ("mathematical reasoning", "TASK", "lexicon", 0.9)
    assert mentions(run(nlp, text, [("coding and mathematical reasoning", "METHOD", "ner", 0.6), rule])) \
        == [("mathematical reasoning", "TASK")]


@pytest.mark.parametrize(("text", "outer", "name"), [
    ("We use a deep LSTM encoder here.", "deep LSTM encoder", "LSTM"),
    ("It improves a Bi-LSTM sentence encoder.", "Bi-LSTM sentence encoder", "Bi-LSTM"),
    ("We tune the Vicuna-13B language model.", "Vicuna-13B language", "Vicuna-13B"),  # the kind noun after it
    ("With a ResNet-50 backbone, it attains 47.1 AP.", "ResNet-50 backbone", "ResNet-50"),
    ("Waveforms come from a HiFi-GAN vocoder.", "HiFi-GAN vocoder", "HiFi-GAN"),
])
def test_ner_span_that_only_describes_a_rule_method_does_not_win(nlp: Language, text: str,
                                                                 outer: str, name: str) -> None:
    doc = run(nlp, text, [(outer, "METHOD", "ner", 0.6), (name, "METHOD", "lexicon", 0.9)])
    assert mentions(doc) == [(name, "METHOD")]


@pytest.mark.parametrize(("text", "outer", "names"), [
    # a part of the named model, however sure the NER is
    ("It attaches exits to a MiniLM cross-encoder.", "MiniLM cross-encoder", ["MiniLM", "cross-encoder"]),
    ("A cross-encoder teacher labels the negatives.", "cross-encoder teacher", ["cross-encoder"]),
    ("We train an LSTM encoder-decoder on it.", "LSTM encoder-decoder", ["LSTM"]),
])
def test_a_confident_ner_span_naming_a_part_of_a_rule_method_does_not_win(nlp: Language, text: str,
                                                                          outer: str, names: list[str]) -> None:
    found = mentions(run(nlp, text, [(outer, "METHOD", "ner", 0.95)]
                         + [(name, "METHOD", "lexicon", 0.85) for name in names]))
    assert (outer, "METHOD") not in found and (names[0], "METHOD") in found


def test_ner_span_holding_a_list_of_rule_names_and_more_words_does_not_win(nlp: Language) -> None:
    text = "We evaluate on SemEval-2013 and SemEval-2015 English All-Word WSD datasets."
    outer = "SemEval-2013 and SemEval-2015 English All-Word WSD"
    doc = run(nlp, text, [(outer, "DATASET", "ner", 0.6), ("SemEval-2013", "DATASET", "cue", 0.8),
                          ("SemEval-2015", "DATASET", "cue", 0.8)])
    assert mentions(doc) == [("SemEval-2013", "DATASET"), ("SemEval-2015", "DATASET")]


@pytest.mark.parametrize(("text", "outer", "kept"), [
    ("We fine-tune an ImageNet-trained VGG-16 here.", "ImageNet-trained VGG-16",
     [("ImageNet", "DATASET"), ("VGG-16", "METHOD")]),
    ("It needs no ImageNet pretraining at all.", "ImageNet pretraining", [("ImageNet", "DATASET")]),
    # nor does it absorb the rule METHOD beside the data, which would lend it the rule's priority
    ("We skip ImageNet pretraining here.", "ImageNet pretraining",
     [("ImageNet", "DATASET"), ("pretraining", "METHOD")]),
])
def test_a_ner_method_holding_a_rule_dataset_does_not_win(nlp: Language, text: str, outer: str,
                                                           kept: list) -> None:
    cands = [(outer, "METHOD", "ner", 0.6), ("ImageNet", "DATASET", "lexicon", 0.9)]
    if "VGG-16" in text:
        cands.append(("VGG-16", "METHOD", "lexicon", 0.9))
    if "skip" in text:
        cands.append(("pretraining", "METHOD", "lexicon", 0.9))
    assert mentions(run(nlp, text, cands)) == kept


@pytest.mark.parametrize(("name", "label", "kept"), [
    ("IFEval", "DATASET", True), ("OPT-1.3B", "METHOD", True),
    ("quantization", "METHOD", False),  # "quantization error" is one measure
])
def test_a_ner_metric_opening_with_a_named_dataset_or_model_names_both(nlp: Language, name: str, label: str,
                                                                      kept: bool) -> None:
    text = f"It improves {name} accuracy by 3 points." if kept else "It lowers quantization error."
    outer = f"{name} accuracy" if kept else "quantization error"
    head = outer.split()[-1]
    doc = run(nlp, text, [(outer, "METRIC", "ner", 0.6), (name, label, "lexicon", 0.9), (head, "METRIC", "lexicon", 0.85)])
    assert mentions(doc) == ([(name, label), (head, "METRIC")] if kept else [(outer, "METRIC")])


@pytest.mark.parametrize(("text", "outer", "inner", "kept"), [
    ("We parse the Penn Treebank (PTB) test set.", "Penn Treebank (PTB) test set", "Penn Treebank", False),
    ("A bootstrapping approach to Named Entity (NE) tagging.", "Named Entity (NE) tagging", "Named Entity", True),
])
def test_a_ner_span_adding_a_short_form_and_a_kind_noun_to_a_rule_name_does_not_win(
        nlp: Language, text: str, outer: str, inner: str, kept: bool) -> None:
    doc = run(nlp, text, [(outer, "DATASET", "ner", 0.6), (inner, "DATASET", "lexicon", 0.9)])
    assert mentions(doc)[0] == ((outer if kept else inner), "DATASET")


@pytest.mark.parametrize(("text", "outer", "inner", "extractor", "kept"), [
    ("We report results on the CoNLL-2003 English test set.", "CoNLL-2003 English test set", "CoNLL-2003", "lexicon", False),
    ("Errors fall on the MNIST test set.", "MNIST test set", "MNIST", "lexicon", False),
    ("Scores rise on the Cityscapes validation set.", "Cityscapes validation set", "Cityscapes", "lexicon", False),
    # a cue's guess at the name does not cut the NER's span
    ("We tune on the NIST 2003 MT evaluation set.", "NIST 2003 MT evaluation set", "NIST 2003 MT", "cue", True),
])
def test_a_ner_dataset_adding_a_split_to_a_lexicon_dataset_does_not_win(
        nlp: Language, text: str, outer: str, inner: str, extractor: str, kept: bool) -> None:
    doc = run(nlp, text, [(outer, "DATASET", "ner", 0.6), (inner, "DATASET", extractor, 0.9)])
    assert mentions(doc)[0] == ((outer if kept else inner), "DATASET")


def test_a_ner_task_named_on_a_rule_dataset_names_the_dataset(nlp: Language) -> None:
    text = "It also improves COCO detection."
    doc = run(nlp, text, [("COCO detection", "TASK", "ner", 0.6), ("COCO", "DATASET", "lexicon", 0.9)])
    assert mentions(doc) == [("COCO", "DATASET")]


def test_a_ner_task_holding_a_rule_dataset_still_wins(nlp: Language) -> None:
    text = "Our system won the CoNLL-2009 Shared Task."
    doc = run(nlp, text, [("CoNLL-2009 Shared Task", "TASK", "ner", 0.6), ("CoNLL-2009", "DATASET", "lexicon", 0.9)])
    assert mentions(doc) == [("CoNLL-2009 Shared Task", "TASK")]


def test_ner_span_joining_rule_names_with_other_words_still_wins(nlp: Language) -> None:
    text = "We train BERT with CRF decoding."
    doc = run(nlp, text, [("BERT with CRF", "METHOD", "ner", 0.6),
                          ("BERT", "METHOD", "lexicon", 0.9), ("CRF", "METHOD", "lexicon", 0.9)])
    assert mentions(doc) == [("BERT with CRF", "METHOD")]


@pytest.mark.parametrize(("text", "span", "label"), [
    ("Code is at https://github.com/org/PT-OOD today.", "https://github.com/org/PT-OOD", "METHOD"),
    ("With 8-shot prompts it works.", "8-shot", "DATASET"),
    ("It excels at 16-shot learning too.", "16-shot learning", "TASK"),
    ("It works in the few-shot setting.", "few-shot", "TASK"),
    ("Models excel by +31% against prior work.", "+31", "METHOD"),
    ("We train 1.8B and 7B models.", "7B", "METHOD"),
    ("Mixtral uses 8x7B experts.", "8x7B", "METHOD"),
    ("It scores 1.5 / 2.0 there.", "1.5 / 2.0", "METRIC"),
    ("It beats them on Si<->En and Ne<->En.", "Si<->En", "METHOD"),
    ("It trains on one Titan X GPU in a day.", "Titan X GPU", "METHOD"),
    ("It trains on 8 GPUs in a day.", "GPUs", "METHOD"),
])
def test_urls_and_shot_counts_are_never_entities(nlp: Language, text: str, span: str, label: str) -> None:
    for extractor in ("ner", "cue"):
        assert mentions(run(nlp, text, [(span, label, extractor, 0.7)])) == []


@pytest.mark.parametrize(("text", "span", "label", "kept"), [
    ("It reaches 2.64 error rate here.", "2.64 error rate", "METRIC", "error rate"),
    ("It gains 12.5% accuracy there.", "12.5% accuracy", "METRIC", "accuracy"),
    ("We use the 20 Newsgroups corpus.", "20 Newsgroups", "DATASET", "20 Newsgroups"),
    ("It holds 1,200 counting problems.", "1,200 counting", "TASK", "counting"),
    ("It is a 2.5-point error reduction.", "point error reduction", "METRIC", "error reduction"),  # and its unit
])
def test_a_leading_result_number_is_no_part_of_a_name(nlp: Language, text: str, span: str,
                                                      label: str, kept: str) -> None:
    assert mentions(run(nlp, text, [(span, label, "ner", 0.7)])) == [(kept, label)]


@pytest.mark.parametrize(("text", "span", "label", "kept"), [
    ("Code Input-Output Prediction", "Output Prediction", "TASK", "Input-Output Prediction"),
    ("Pre-Trained Models: Past and Future", "Trained Models", "METHOD", "Pre-Trained Models"),
    ("a small-to-large scale grouping", "large scale grouping", "METHOD", "small-to-large scale grouping"),
    ("We use the BERT - based ranker", "based ranker", "METHOD", "based ranker"),
    ("for non-English parsing here", "English parsing", "TASK", "non-English parsing"),
    ("two tasks-Penn Treebank WSJ corpus", "Penn Treebank WSJ", "DATASET", "Penn Treebank WSJ"),
])
def test_a_statistical_span_starts_with_the_hyphenated_word_it_starts_in(
        nlp: Language, text: str, span: str, label: str, kept: str) -> None:
    assert mentions(run(nlp, text, [(span, label, "ner", 0.7)])) == [(kept, label)]


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("targeted sentiment analysis (TABSA)-extraction of polarity-remains hard",
     "targeted sentiment analysis (TABSA)-extraction of polarity", "targeted sentiment analysis (TABSA)"),
    ("Neural Tangent Kernel (NTK)-based distillation helps", "Neural Tangent Kernel (NTK)-based distillation",
     "Neural Tangent Kernel (NTK)-based distillation"),
])
def test_a_hyphen_glued_after_a_bracket_is_a_dash_unless_a_suffix_follows(nlp: Language, text: str, span: str,
                                                                          kept: str) -> None:
    doc = run(nlp, text, [(span, "TASK", "ner", 0.6)])
    assert [surface for surface, _ in mentions(doc)][:1] == [kept]


def test_a_statistical_span_that_starts_after_a_bracketed_word_and_hyphen_is_dropped(nlp: Language) -> None:
    text = "Neural Tangent Kernel (NTK)-based safety vector distillation"
    for span in ("based safety vector distillation", "-based safety vector distillation"):
        assert mentions(run(nlp, text, [(span, "METHOD", "ner", 0.7)])) == []


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("It beats CRISS and m2m-100, two strong systems.", "m2m", "m2m-100"),
    ("We tune GPT-4-based agents.", "GPT", "GPT-4"),
    ("We tune BERT-based agents.", "BERT", "BERT"),
])
def test_a_statistical_span_takes_the_hyphenated_number_after_it(nlp: Language, text: str, span: str,
                                                                  kept: str) -> None:
    assert mentions(run(nlp, text, [(span, "METHOD", "ner", 0.7)])) == [(kept, "METHOD")]


def test_a_task_acronym_before_the_word_dataset_names_the_dataset(nlp: Language) -> None:
    text = "We evaluate on the VQA dataset and study VQA here."
    doc = run(nlp, text, [("VQA", "TASK", "lexicon", 0.9), ("VQA", "TASK", "lexicon", 0.9, 1)])
    assert mentions(doc) == [("VQA", "DATASET"), ("VQA", "TASK")]


def test_headings_of_a_structured_abstract_and_confidence_intervals_are_no_entities(nlp: Language) -> None:
    text = "CONCLUSIONS: RetiNet reached an AUC of 0.97 (95% CI 0.96-0.98). We use CI pipelines."
    doc = run(nlp, text, [("CONCLUSIONS", "METHOD", "ner", 0.75), ("CI", "TASK", "ner", 0.4),
                          ("CI", "METHOD", "ner", 0.6, 1)])
    assert mentions(doc) == [("CI", "METHOD")]  # continuous integration, after no percentage


def test_a_measure_named_before_benchmark_names_a_dataset(nlp: Language) -> None:
    text = "On the SummaC benchmark it wins, and the BLEU score rises."
    doc = run(nlp, text, [("SummaC", "METRIC", "lexicon", 0.9), ("BLEU", "METRIC", "lexicon", 0.9)])
    assert mentions(doc) == [("SummaC", "DATASET"), ("BLEU", "METRIC")]


def test_a_relabelled_span_drops_the_name_of_its_old_type(nlp: Language) -> None:
    text = "It solves 99% of the MAPF benchmark."
    task = cand(text, "MAPF", "TASK", "lexicon", 0.9)
    doc = run(nlp, text, [Candidate(task.start, task.end, "TASK", 0.9, "lexicon", "multi-agent path finding")])
    assert [(m.label, m.canonical) for m in doc._.kb_mentions] == [("DATASET", None)]


def test_a_statistical_span_keeps_the_number_of_a_size_it_starts_in(nlp: Language) -> None:
    doc = run(nlp, "We apply a 1 × 1 convolution here.", [("× 1 convolution", "METHOD", "ner", 0.7)])
    assert mentions(doc) == [("1 × 1 convolution", "METHOD")]


def test_a_rule_span_after_a_hyphen_keeps_its_start(nlp: Language) -> None:
    doc = run(nlp, "a GPT-BERT hybrid", [("BERT", "METHOD", "lexicon", 0.9)])
    assert mentions(doc) == [("BERT", "METHOD")]


def test_a_shot_setting_named_with_its_benchmark_is_kept(nlp: Language) -> None:
    doc = run(nlp, "It scores well on 5-shot MMLU.", [("5-shot MMLU", "DATASET", "ner", 0.7)])
    assert mentions(doc) == [("5-shot MMLU", "DATASET")]


def test_rule_container_beats_ner_inside(nlp: Language) -> None:
    text = "We evaluate on the Penn Treebank corpus."
    doc = run(nlp, text, [("Penn Treebank corpus", "DATASET", "lexicon", 0.6),
                          ("Treebank", "METHOD", "ner", 0.99)])
    assert mentions(doc) == [("Penn Treebank corpus", "DATASET")]


def test_agreeing_sources_are_not_a_statistical_container(nlp: Language) -> None:
    # the NER span also proposed by a rule source competes by priority, as before
    text = "We use graph attention networks here."
    doc = run(nlp, text, [
        ("graph attention networks", "METHOD", "ner", 0.9),
        ("graph attention networks", "METHOD", "cue", 0.5),
        ("attention networks", "TASK", "lexicon", 0.5),
    ])
    assert mentions(doc) == [("attention networks", "TASK")]


def test_container_with_function_word_edge_gets_no_advantage(nlp: Language) -> None:
    text = "Gains on named entity recognition are large."
    doc = run(nlp, text, [("on named entity recognition", "TASK", "ner", 0.9),
                          ("entity recognition", "TASK", "lexicon", 0.6)])
    assert mentions(doc) == [("entity recognition", "TASK")]


def test_containers_win_can_be_switched_off() -> None:
    nlp = make_nlp_with_resolver(containers_win=False)
    text = "We use graph attention networks here."
    doc = run(nlp, text, [("graph attention networks", "METHOD", "ner", 0.99),
                          ("attention networks", "TASK", "lexicon", 0.5)])
    assert mentions(doc) == [("attention networks", "TASK")]


def test_latex_markup_is_trimmed_off_a_span(nlp: Language) -> None:
    text = "Training yields $\\textbf{DeepSeek-GRM}$ models."
    doc = run(nlp, text, [("$\\textbf{DeepSeek-GRM}$", "METHOD", "ner", 0.6)])
    assert mentions(doc) == [("DeepSeek-GRM", "METHOD")]
    text = "We propose a moment method (\\method). Then \\method converges."
    assert mentions(run(nlp, text, [cand(text, "\\method", "METHOD", "ner", 0.6, nth=1)])) == []  # an author's macro


# --- abbreviations ----------------------------------------------------------------------

def test_typed_long_form_types_short_forms(nlp: Language) -> None:
    text = ("We propose Sharpness-Aware Minimization (SAM), a new optimizer. "
            "SAM is simple, and SAM scales.")
    doc = run(nlp, text, [("Sharpness-Aware Minimization", "METHOD", "cue", 0.7)])
    assert mentions(doc) == [("Sharpness-Aware Minimization", "METHOD"), ("SAM", "METHOD"),
                             ("SAM", "METHOD"), ("SAM", "METHOD")]
    short = doc._.kb_mentions[1]
    assert short.extractor == "abbreviation"
    assert short.meta["typed_by"] == "cue"
    assert short.confidence == 0.7


def test_long_form_covered_by_a_candidate_types_short_form(nlp: Language) -> None:
    text = "Gains on named entity recognition (NER) are large; NER is hard."
    doc = run(nlp, text, [("on named entity recognition", "TASK", "ner", 0.6)])
    assert mentions(doc) == [("named entity recognition", "TASK"), ("NER", "TASK"), ("NER", "TASK")]


def test_span_over_whole_definition_is_split() -> None:
    nlp = make_nlp()
    nlp.add_pipe("kb_abbreviations")
    nlp.add_pipe("kb_resolver", config={"containers_win": False})
    text = "We adopt Sharpness-Aware Minimization (SAM) and SAM-style updates."
    doc = run(nlp, text, [("Sharpness-Aware Minimization (SAM)", "METHOD", "ner", 0.8)])
    assert mentions(doc) == [("Sharpness-Aware Minimization", "METHOD"), ("SAM", "METHOD"), ("SAM", "METHOD")]


def test_ner_definition_span_becomes_the_two_forms(nlp: Language) -> None:
    # ANNOTATION.md: long and short form are two mentions of one entity (kb eval joins them
    # again for SciERC / TDMSci, which annotate "X (Y)" as one span)
    text = "We adopt Sharpness-Aware Minimization (SAM) and SAM-style updates."
    doc = run(nlp, text, [("Sharpness-Aware Minimization (SAM)", "METHOD", "ner", 0.8)])
    assert mentions(doc) == [("Sharpness-Aware Minimization", "METHOD"), ("SAM", "METHOD"),
                             ("SAM", "METHOD")]


@pytest.mark.parametrize(("text", "long_form", "name", "label"), [
    ("We propose tagged iterative back-translation (TIBT) here. TIBT helps.",
     "tagged iterative back-translation", "back-translation", "METHOD"),
    ("We parse the Chinese Penn Treebank (CTB) here. CTB is hard.", "Chinese Penn Treebank", "Penn Treebank", "DATASET"),
])
def test_a_defined_long_form_ending_in_a_name_is_a_kind_of_it(nlp: Language, text: str, long_form: str, name: str,
                                                               label: str) -> None:
    # the lexicon's name ends the long form; the NER is unsure of the short form's later use
    short = text.split("(")[1].split(")")[0]
    doc = run(nlp, text, [(name, label, "lexicon", 0.9), cand(text, short, label, "ner", 0.3, nth=1)])
    assert mentions(doc) == [(long_form, label), (short, label), (short, label)]


def test_typed_short_form_types_long_form(nlp: Language) -> None:
    text = "We study the word error rate (WER) of the system. WER falls."
    doc = run(nlp, text, [("WER", "METRIC", "lexicon", 0.9)])
    assert mentions(doc) == [("word error rate", "METRIC"), ("WER", "METRIC"), ("WER", "METRIC")]


def test_later_typed_use_types_the_pair(nlp: Language) -> None:
    text = "We use contrastive decoding (CD) here. Later, CD helps."
    doc = run(nlp, text, [cand(text, "CD", "METHOD", "ner", 0.6, nth=1)])
    assert mentions(doc) == [("contrastive decoding", "METHOD"), ("CD", "METHOD"), ("CD", "METHOD")]


def test_reverse_order_pair(nlp: Language) -> None:
    text = "We train SAM (Sharpness-Aware Minimization) models; SAM is robust."
    doc = run(nlp, text, [("Sharpness-Aware Minimization", "METHOD", "lexicon", 0.9)])
    assert mentions(doc) == [("SAM", "METHOD"), ("Sharpness-Aware Minimization", "METHOD"), ("SAM", "METHOD")]


def test_conflicting_evidence_uses_resolution_order(nlp: Language) -> None:
    text = "We use named entity recognition (NER) for tagging. NER works."
    doc = run(nlp, text, [
        ("named entity recognition", "TASK", "lexicon", 0.8),
        cand(text, "NER", "METHOD", "ner", 0.99, nth=1),
    ])
    assert mentions(doc) == [("named entity recognition", "TASK"), ("NER", "TASK"), ("NER", "TASK")]


def test_long_form_evidence_types_the_pair_between_equal_sources(nlp: Language) -> None:
    # the NER's confidence belongs to a label, not to the words: it cannot break the tie
    text = "Aspect Sentiment Triplet Extraction (ASTE) is hard. ASTE needs pairs."
    doc = run(nlp, text, [("Aspect Sentiment Triplet Extraction", "TASK", "ner", 0.53),
                          cand(text, "ASTE", "METHOD", "ner", 0.61, nth=1)])
    assert {label for _, label in mentions(doc)} == {"TASK"}


def test_short_form_evidence_of_higher_priority_still_types_the_pair(nlp: Language) -> None:
    text = "We study the word error rate (WER) of the system. WER falls."
    doc = run(nlp, text, [("word error rate", "TASK", "ner", 0.9), cand(text, "WER", "METRIC", "lexicon", 0.9, nth=1)])
    assert {label for _, label in mentions(doc)} == {"METRIC"}


def _lexicon(text: str, surface: str, label: str, canonical: str, nth: int = 0) -> Candidate:
    c = cand(text, surface, label, "lexicon", 0.9, nth)
    return Candidate(c.start, c.end, c.label, c.confidence, c.extractor, canonical)


def test_a_lexicon_reading_of_a_short_form_the_paper_defines_otherwise_is_dropped(nlp: Language) -> None:
    text = "We propose a Knowledge-guided Incremental Parser (KID). KID beats all baselines."
    doc = run(nlp, text, [("Knowledge-guided Incremental Parser", "METHOD", "ner", 0.6),
                          _lexicon(text, "KID", "METRIC", "Kernel Inception Distance"),
                          _lexicon(text, "KID", "METRIC", "Kernel Inception Distance", nth=1)])
    assert mentions(doc) == [("Knowledge-guided Incremental Parser", "METHOD"), ("KID", "METHOD"), ("KID", "METHOD")]


def test_a_lexicon_entry_named_by_the_short_form_still_counts(nlp: Language) -> None:
    text = "We use Bidirectional Encoder Representations from Transformers (BERT). BERT helps."
    doc = run(nlp, text, [_lexicon(text, "BERT", "METHOD", "BERT"), _lexicon(text, "BERT", "METHOD", "BERT", nth=1)])
    assert {label for _, label in mentions(doc)} == {"METHOD"}
    assert ("BERT", "METHOD") in mentions(doc)


def test_untyped_pair_adds_nothing(nlp: Language) -> None:
    text = "We use conditional dependence (CD) here. Later, CD helps."  # no head noun types it
    assert mentions(run(nlp, text, [])) == []


def test_existing_typed_short_form_not_inflated(nlp: Language) -> None:
    text = "We use contrastive decoding (CD) here."
    doc = run(nlp, text, [("contrastive decoding", "METHOD", "lexicon", 0.9), ("CD", "METHOD", "ner", 0.5)])
    cd = [m for m in doc._.kb_mentions if doc.text[m.start:m.end] == "CD"][0]
    assert cd.extractor == "ner" and cd.confidence == 0.5


# --- one type per name ------------------------------------------------------------------

def test_a_rule_typing_of_a_name_retypes_its_ner_mentions(nlp: Language) -> None:
    text = "We introduce ArXivQA, a question-answering dataset. Training on ArXivQA helps; so do ArXivQAs."
    doc = run(nlp, text, [("ArXivQA", "DATASET", "cue", 0.75), cand(text, "ArXivQA", "METHOD", "ner", 0.61, nth=1),
                          ("ArXivQAs", "METHOD", "ner", 0.61)])
    assert mentions(doc) == [("ArXivQA", "DATASET"), ("ArXivQA", "DATASET"), ("ArXivQAs", "DATASET")]
    assert doc._.kb_mentions[1].meta["relabelled_from"] == "METHOD"
    assert [e.label_ for e in doc.ents] == ["DATASET"] * 3


def test_ner_mentions_of_one_name_keep_their_own_labels(nlp: Language) -> None:
    text = "User modeling matters. Each user modeling step is a module."
    doc = run(nlp, text, [("User modeling", "TASK", "ner", 0.53), ("user modeling", "METHOD", "ner", 0.61)])
    assert mentions(doc) == [("User modeling", "TASK"), ("user modeling", "METHOD")]


# --- output -----------------------------------------------------------------------------

def test_doc_ents_mirror_mentions(nlp: Language) -> None:
    text = "We propose FlowMix and evaluate on SQuAD with exact match."
    doc = run(nlp, text, [("FlowMix", "METHOD", "cue", 0.7), ("SQuAD", "DATASET", "lexicon", 0.9),
                          ("exact match", "METRIC", "lexicon", 0.9)])
    assert [(e.text, e.label_) for e in doc.ents] == mentions(doc)


def test_works_without_abbreviation_component() -> None:
    nlp = make_nlp()
    nlp.add_pipe("kb_resolver")
    doc = nlp.make_doc("We propose FlowMix.")
    assert nlp.get_pipe("kb_resolver")(doc)._.kb_mentions == []


# --- properties -------------------------------------------------------------------------

_TEXT = ("In this paper, we propose Sharpness-Aware Minimization (SAM) for large language models "
         "(LLMs). SAM improves BERT-large on the GLUE benchmark in terms of top-1 accuracy, and "
         "LLMs trained with SAM beat ResNet-50 on CIFAR-10.")
_NLP = make_nlp()
_NLP.add_pipe("kb_abbreviations")
_DOC = _NLP(_TEXT)
_SOURCES = [*DEFAULT_PRIORITIES, "unknown"]


@st.composite
def candidate_lists(draw: st.DrawFn) -> list[Candidate]:
    n = len(_TEXT)
    out = []
    for _ in range(draw(st.integers(0, 40))):
        start = draw(st.integers(-3, n + 3))
        end = draw(st.integers(start, min(start + 60, n + 5)))
        out.append(Candidate(
            start, end,
            draw(st.sampled_from([*ENTITY_LABELS, "OTHER"])),
            draw(st.floats(0.0, 1.0, allow_nan=False)),
            draw(st.sampled_from(_SOURCES)),
        ))
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(candidate_lists(), st.randoms(use_true_random=False))
def test_property_no_overlap_aligned_and_order_independent(cands: list[Candidate], rnd: random.Random) -> None:
    result = resolve(_DOC, cands)
    # never two overlapping mentions, sorted by offset
    for a, b in zip(result, result[1:]):
        assert a.end <= b.start
    for m in result:
        span = _DOC.char_span(m.start, m.end)
        assert span is not None and len(span) > 0           # token-aligned, non-empty
        assert m.label in ENTITY_LABELS
        assert 0.0 <= m.confidence <= 1.0
        assert trim_punct(span) == span                      # no dangling edge punctuation
    # every mention comes from some input, abbreviation propagation or a list's gap or tail; a statistical
    # one may start earlier by the hyphenated word it started in ("Pre-Trained"), and end
    # later by a hyphenated number ("m2m-100"); a measure may start earlier by its "top-1"
    def within(m: Candidate, c: Candidate) -> bool:
        before, after = _TEXT[m.start:max(c.start, m.start)], _TEXT[min(c.end, m.end):m.end]
        return ((not before or (m.extractor == "ner" and re.fullmatch(r"[\w-]+", before))
                 or (m.label == "METRIC" and re.fullmatch(r"top-1\s*", before)))
                and (not after or (m.extractor == "ner" and re.fullmatch(r"[\w.-]*\d[\w.-]*", after))))
    for m in result:
        assert (m.extractor == "abbreviation" or m.meta.get("pattern") in ("list_tail", "list_item")
                or any(within(m, c) for c in cands))
    # the answer does not depend on the order the extractors reported in
    shuffled = list(cands)
    rnd.shuffle(shuffled)
    again = resolve(_DOC, shuffled)
    assert [(m.start, m.end, m.label, round(m.confidence, 9)) for m in again] == [
        (m.start, m.end, m.label, round(m.confidence, 9)) for m in result
    ]


@settings(max_examples=100, deadline=None)
@given(candidate_lists())
def test_property_component_sets_consistent_ents(cands: list[Candidate]) -> None:
    doc = _NLP.make_doc(_TEXT)
    doc = _NLP.get_pipe("kb_abbreviations")(doc)
    doc._.kb_candidates = list(cands)
    from extractors.resolver import Resolver

    doc = Resolver()(doc)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
        (m.start, m.end, m.label) for m in doc._.kb_mentions
    ]


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(_TEXT)), st.integers(1, 60), st.sampled_from(_SOURCES))
def test_property_cleaning_skipped_only_when_it_would_change_nothing(start: int, length: int,
                                                                     extractor: str) -> None:
    span = _DOC.char_span(start, min(start + length, len(_TEXT)), alignment_mode="contract")
    if span is not None and len(span) and not _has_edges_to_trim(span, _TEXT, extractor):
        assert _trim(span, extractor) == span


# --- guessed labels (step 1c) -------------------------------------------------------------

def _guess(text: str, surface: str, label: str = "METHOD", confidence: float = 0.7, nth: int = 0) -> Candidate:
    c = cand(text, surface, label, "cue", confidence, nth)
    return Candidate(c.start, c.end, c.label, c.confidence, c.extractor, meta={"pattern": "p", "default_label": True})


def test_a_guessed_label_gives_way_to_a_rule_that_types_the_span(nlp: Language) -> None:
    text = "We propose M4LE, a comprehensive benchmark for long contexts."
    doc = run(nlp, text, [_guess(text, "M4LE"), ("M4LE", "METHOD", "ner", 0.6), ("M4LE", "DATASET", "cue", 0.6)])
    assert mentions(doc) == [("M4LE", "DATASET")]


def test_a_guessed_label_stands_against_the_ner_alone_and_when_a_rule_agrees(nlp: Language) -> None:
    text = "We propose FooNet for parsing."
    assert mentions(run(nlp, text, [_guess(text, "FooNet"), ("FooNet", "DATASET", "ner", 0.9)])) == [("FooNet", "METHOD")]
    doc = run(nlp, text, [_guess(text, "FooNet"), ("FooNet", "METHOD", "cue", 0.6), ("FooNet", "DATASET", "cue", 0.6)])
    assert mentions(doc) == [("FooNet", "METHOD")]  # the guess adds its confidence to the METHOD reading


def test_a_misread_lexicon_reading_refutes_no_guess(nlp: Language) -> None:
    text = "We propose a Knowledge-guided Incremental Parser (KID). KID outperforms all baselines."
    guess = _guess(text, "KID", confidence=0.6, nth=1)
    doc = run(nlp, text, [guess, _lexicon(text, "KID", "METRIC", "Kernel Inception Distance", nth=1)])
    second = [m for m in doc._.kb_mentions if m.start == guess.start]
    assert [(m.label, m.extractor) for m in second] == [("METHOD", "cue")]


def test_a_guess_gives_way_to_a_typed_rule_on_the_same_name_elsewhere(nlp: Language) -> None:
    text = "M4LE: A Benchmark\n\nWe propose M4LE for long contexts."
    doc = run(nlp, text, [("M4LE", "DATASET", "cue", 0.8), _guess(text, "M4LE", nth=1),
                          cand(text, "M4LE", "METHOD", "ner", 0.6, nth=1)])
    assert mentions(doc) == [("M4LE", "DATASET"), ("M4LE", "DATASET")]


def test_a_vague_word_and_its_short_form_are_no_entities(nlp: Language) -> None:
    text = "Models are Fine-Tuned (FT) or Pre-Trained (PT). FT models drift."
    doc = run(nlp, text, [("Fine-Tuned", "TASK", "ner", 0.6), ("FT", "TASK", "ner", 0.6),
                          cand(text, "FT", "TASK", "ner", 0.6, nth=1), ("PT", "METHOD", "ner", 0.6)])
    assert mentions(doc) == []
    # a rule that knows the short form still counts, for both forms
    assert mentions(run(nlp, text, [("PT", "METHOD", "lexicon", 0.9)])) == [("Pre-Trained", "METHOD"), ("PT", "METHOD")]


def test_the_short_form_of_a_vague_word_left_after_trimming_a_kind_noun_is_dropped(nlp: Language) -> None:
    text = "We explore an End-to-End (E2E) architecture. The E2E model is fast."
    doc = run(nlp, text, [("End-to-End", "METHOD", "ner", 0.6), cand(text, "E2E model", "METHOD", "ner", 0.7)])
    assert mentions(doc) == []


def test_a_size_left_after_trimming_the_kind_noun_is_dropped(nlp: Language) -> None:
    text = "We train 1.8B and 7B models."
    assert mentions(run(nlp, text, [("7B models", "METHOD", "ner", 0.6)])) == []
    text = "We train a 13B-parameter model."
    assert mentions(run(nlp, text, [("13B-parameter model", "METHOD", "ner", 0.8)])) == []


@pytest.mark.parametrize(("phrase", "kept"), [
    ("InfoNCE objective", [("InfoNCE", "METHOD")]), ("MSE loss", [("MSE loss", "METHOD")]),  # trained with
    ("training loss", [("training loss", "METRIC")]),  # a measured quantity
])
def test_a_ner_metric_ending_in_a_loss_is_a_training_objective(nlp: Language, phrase: str, kept: list) -> None:
    text = f"We report the {phrase} here."
    assert mentions(run(nlp, text, [(phrase, "METRIC", "ner", 0.6)])) == kept


def test_a_leading_model_size_is_no_part_of_a_name(nlp: Language) -> None:
    text = "Ours is a 39M-parameter Conformer here."
    assert mentions(run(nlp, text, [("39M-parameter Conformer", "METHOD", "ner", 0.7)])) == [("Conformer", "METHOD")]


def test_a_vague_modifier_and_its_short_form_are_no_entities(nlp: Language) -> None:
    text = "It beats the state-of-the-art (SOTA). SOTA methods fail."
    assert mentions(run(nlp, text, [cand(text, "SOTA", "METHOD", "ner", 0.55)])) == []


def test_a_statistical_span_that_stops_inside_a_word_is_dropped(nlp: Language) -> None:
    text = "It has a better throughput-accuracy trade-off than BERT-base and T5-style models."
    doc = run(nlp, text, [("throughput-accuracy trade", "METRIC", "ner", 0.6), ("BERT", "METHOD", "ner", 0.6)])
    assert mentions(doc) == [("BERT", "METHOD")]  # a capitalised name before its variant stays


def test_coordinated_vague_modifiers_are_no_entity(nlp: Language) -> None:
    text = "It covers English, French and German, and Arabic-English translation."
    doc = run(nlp, text, [("French and German", "DATASET", "ner", 0.6), ("Arabic-English", "TASK", "ner", 0.6)])
    assert mentions(doc) == [("Arabic-English", "TASK")]  # a translation direction stays


def test_a_name_hyphened_to_a_task_that_a_rule_types_otherwise_is_no_task(nlp: Language) -> None:
    text = "We release HIPE-NER, a corpus of newspapers, and study DS-QA."
    named = cand(text, "HIPE-NER", "DATASET", "cue", 0.7)
    named = Candidate(named.start, named.end, "DATASET", 0.7, "cue", meta={"pattern": "apposition_dataset"})
    doc = run(nlp, text, [("HIPE-NER", "TASK", "ner", 0.3), ("NER", "TASK", "lexicon", 0.7), named,
                          ("DS-QA", "TASK", "ner", 0.5), ("QA", "TASK", "lexicon", 0.7)])
    assert mentions(doc) == [("HIPE-NER", "DATASET"), ("DS-QA", "TASK")]


_TOKENIZE = make_nlp()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .-(\n", max_size=20), st.data())
def test_char_span_is_spacy_char_span(text: str, data: st.DataObject) -> None:
    """Within the text, as the resolver asks (it clamps offsets first)."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    doc = _TOKENIZE(text)
    for contract, mode in ((False, "strict"), (True, "contract")):
        ours, spacys = char_span(doc, start, end, contract=contract), doc.char_span(start, end, alignment_mode=mode)
        expected = (spacys.start, spacys.end) if spacys is not None and len(spacys) else None
        assert ((ours.start, ours.end) if ours is not None else None) == expected, (text, start, end, mode)


# --- one type per list ------------------------------------------------------------------

def test_a_name_in_a_list_takes_the_type_the_rules_give_the_others(nlp: Language) -> None:
    text = "We evaluate on two popular benchmarks, FewNERD, SNIPS and ATIS."
    doc = run(nlp, text, [("FewNERD", "METHOD", "ner", 0.6), ("SNIPS", "DATASET", "lexicon", 0.9),
                          ("ATIS", "DATASET", "lexicon", 0.9)])
    assert mentions(doc) == [("FewNERD", "DATASET"), ("SNIPS", "DATASET"), ("ATIS", "DATASET")]


@pytest.mark.parametrize(("text", "tail"), [
    ("benchmarks including Universal Dependencies, MasakhaNER, and AmericasNLI.", "AmericasNLI"),
    ("on SQuAD and TriviaQA, and NewsQA2 datasets", "NewsQA2"),
])
def test_a_name_ending_a_list_of_one_type_that_no_extractor_proposed_takes_the_type(
        nlp: Language, text: str, tail: str) -> None:
    first, second = ("Universal Dependencies", "MasakhaNER") if "Masakha" in text else ("SQuAD", "TriviaQA")
    doc = run(nlp, text, [(first, "DATASET", "lexicon", 0.9), (second, "DATASET", "ner", 0.6)])
    assert mentions(doc) == [(first, "DATASET"), (second, "DATASET"), (tail, "DATASET")]


def test_a_name_between_two_items_of_a_list_that_no_extractor_proposed_takes_their_type(nlp: Language) -> None:
    text = "by up to 6% on ARO, SVO-Probes, and Winoground datasets."
    doc = run(nlp, text, [("ARO", "DATASET", "ner", 0.6), ("Winoground", "DATASET", "lexicon", 0.9)])
    assert mentions(doc) == [("ARO", "DATASET"), ("SVO-Probes", "DATASET"), ("Winoground", "DATASET")]
    doc = run(nlp, text, [("ARO", "METHOD", "ner", 0.6), ("Winoground", "DATASET", "lexicon", 0.9)])
    assert ("SVO-Probes", "DATASET") not in mentions(doc) and ("SVO-Probes", "METHOD") not in mentions(doc)


def test_a_capitalised_word_among_datasets_is_one(nlp: Language) -> None:
    text = "on benchmarks including ETTh1, ETTm2, Weather and Electricity, it wins."
    cands = [("ETTh1", "DATASET", "lexicon", 0.9), ("ETTm2", "DATASET", "lexicon", 0.9),
             ("Electricity", "METRIC", "ner", 0.45)]
    assert mentions(run(nlp, text, cands)) == [
        ("ETTh1", "DATASET"), ("ETTm2", "DATASET"), ("Weather", "DATASET"), ("Electricity", "DATASET")]
    # among methods a capitalised word stays what it was: only data sets are named by plain words
    methods = [(name, "METHOD", "lexicon", 0.9) for name in ("ETTh1", "ETTm2")] + [("Electricity", "METRIC", "ner", 0.45)]
    assert mentions(run(nlp, text, methods)) == [("ETTh1", "METHOD"), ("ETTm2", "METHOD"), ("Electricity", "METRIC")]


def test_a_proposed_hyphenated_name_holds_the_lexicon_name_it_begins_with(nlp: Language) -> None:
    text = "We propose ASR-Fix, which rewrites transcripts."
    proposed = Candidate(11, 18, "METHOD", 0.7, "cue", meta={"pattern": "propose_name"})
    assert mentions(run(nlp, text, [("ASR", "TASK", "lexicon", 0.9), proposed])) == [("ASR-Fix", "METHOD")]
    # a name the cues did not read as proposed keeps the lexicon's part
    other = Candidate(11, 18, "METHOD", 0.7, "cue", meta={"pattern": "name_before_verb"})
    assert mentions(run(nlp, text, [("ASR", "TASK", "lexicon", 0.9), other])) == [("ASR", "TASK")]


def test_a_name_given_with_its_kind_holds_the_lexicon_name_it_begins_with(nlp: Language) -> None:
    text = "We present BioNER-X, a span-based model."
    coined = Candidate(11, 19, "METHOD", 0.75, "cue", meta={"pattern": "apposition_method"})
    assert mentions(run(nlp, text, [("BioNER", "TASK", "lexicon", 0.9), coined])) == [("BioNER-X", "METHOD")]


def test_a_translation_direction_alone_is_no_dataset(nlp: Language) -> None:
    text = "On IWSLT 2017 German-English it gains 1.1 BLEU."
    cands = [("IWSLT 2017", "DATASET", "lexicon", 0.9), ("German-English", "DATASET", "ner", 0.5)]
    assert mentions(run(nlp, text, cands)) == [("IWSLT 2017", "DATASET")]


def test_a_list_before_a_plural_data_noun_names_data(nlp: Language) -> None:
    text = "On the FRANK and SummaC benchmarks, it wins."
    cands = [("FRANK", "DATASET", "lexicon", 0.9), ("SummaC", "METRIC", "lexicon", 0.85)]
    assert mentions(run(nlp, text, cands)) == [("FRANK", "DATASET"), ("SummaC", "DATASET")]


def test_two_names_and_a_bare_comma_are_no_list(nlp: Language) -> None:
    text = "On the ISBI 2015 challenge dataset, UA-Net obtains a Dice score of 0.68."
    cands = [("ISBI 2015 challenge dataset", "DATASET", "ner", 0.6), ("UA-Net", "METHOD", "cue", 0.9)]
    assert mentions(run(nlp, text, cands)) == [("ISBI 2015 challenge dataset", "DATASET"), ("UA-Net", "METHOD")]


def test_a_list_ends_at_its_conjunction(nlp: Language) -> None:
    text = "Across benchmarks including ETTh1, ETTm2 and Traffic, PatchMix-2 reduces MSE by 8.3%."
    cands = [("ETTh1", "DATASET", "lexicon", 0.9), ("ETTm2", "DATASET", "lexicon", 0.9),
             ("Traffic", "DATASET", "lexicon", 0.9), ("PatchMix-2", "METHOD", "ner", 0.7)]
    assert ("PatchMix-2", "METHOD") in mentions(run(nlp, text, cands))


@pytest.mark.parametrize("text", [
    "on SQuAD, TriviaQA, and newsqa.",  # not name-shaped
    "on SQuAD, TriviaQA and NewsQA2 splits",  # the list goes on past the name
])
def test_a_list_adds_no_word_that_is_not_a_name_ending_it(nlp: Language, text: str) -> None:
    doc = run(nlp, text, [("SQuAD", "DATASET", "lexicon", 0.9), ("TriviaQA", "DATASET", "lexicon", 0.9)])
    assert mentions(doc) == [("SQuAD", "DATASET"), ("TriviaQA", "DATASET")]


@pytest.mark.parametrize(("text", "cands"), [
    # a lower-case phrase keeps its label: commas also join a task to its data
    ("two tasks: digit recognition, MNIST, and face verification.",
     [("digit recognition", "TASK", "ner", 0.6), ("MNIST", "DATASET", "lexicon", 0.9)]),
    # rules that disagree decide nothing
    ("We compare BERT, SQuAD and FooNet.",
     [("BERT", "METHOD", "lexicon", 0.9), ("SQuAD", "DATASET", "lexicon", 0.9), ("FooNet", "TASK", "ner", 0.6)]),
    # not a list
    ("FooNet improves on SQuAD.", [("FooNet", "METHOD", "ner", 0.6), ("SQuAD", "DATASET", "lexicon", 0.9)]),
])
def test_what_a_list_leaves_alone(nlp: Language, text: str, cands: list) -> None:
    assert mentions(run(nlp, text, cands)) == [(surface, label) for surface, label, *_ in cands]


def test_a_title_case_keyword_in_a_list_keeps_its_label(nlp: Language) -> None:
    text = "Keywords: LLMs and CNNs, Disease Detection with VLMs"
    doc = run(nlp, text, [("LLMs", "METHOD", "lexicon", 0.9), ("CNNs", "METHOD", "lexicon", 0.9),
                          ("Disease Detection", "TASK", "ner", 0.6)])
    assert ("Disease Detection", "TASK") in mentions(doc)


def test_no_candidate_of_the_vetoed_type_overlaps_a_term_the_lexicon_vetoes() -> None:
    nlp = make_nlp()
    lexicon = LexiconMatcher(nlp)
    lexicon.initialize(nlp=nlp)
    text = "It helps precision agriculture and half precision arithmetic; precision is 90%."
    doc = lexicon(nlp.make_doc(text))
    doc._.kb_candidates += [cand(text, "precision", "METRIC", "ner", 0.9),
                            cand(text, "half precision arithmetic", "METRIC", "ner", 0.9),
                            cand(text, "precision agriculture", "TASK", "ner", 0.9)]
    doc = nlp.add_pipe("kb_resolver")(doc)
    assert mentions(doc) == [("precision agriculture", "TASK"), ("precision", "METRIC")]


@pytest.mark.parametrize(("text", "expected"), [
    ("We use targeted maximum likelihood estimation (TMLE) here; TMLE is robust.",
     [("targeted maximum likelihood estimation", "METHOD"), ("TMLE", "METHOD"), ("TMLE", "METHOD")]),
    ("We compare the normalized edit error (NEE) of both.", [("normalized edit error", "METRIC"), ("NEE", "METRIC")]),
    ("The Workshop on Statistical Machine Translation (WMT) hosts campaigns.", []),  # the head is "Workshop"
    ("We study holistically nested edge detection (HED).", []),  # a task head names methods too
    # a kind of model qualified after it
    ("We extend the dependency model with valence (DMV).", [("dependency model with valence", "METHOD"), ("DMV", "METHOD")]),
    ("We use the method of moments (MoM).", []),  # no kind of model
])
def test_a_pair_no_extractor_typed_takes_the_type_of_its_head_noun(nlp: Language, text: str, expected: list) -> None:
    assert mentions(run(nlp, text, [])) == expected


def test_hyphened_capitalised_names_in_a_list_of_methods_take_its_type(nlp: Language) -> None:
    text = "It outperforms SimGCL, Uni-Mol and GraphMVP."
    doc = run(nlp, text, [("SimGCL", "METHOD", "cue", 0.8), ("Uni-Mol", "DATASET", "ner", 0.5),
                          ("GraphMVP", "METHOD", "cue", 0.8)])
    assert [label for _, label in mentions(doc)] == ["METHOD"] * 3


@pytest.mark.parametrize("surface", ["RTX 3090", "NVIDIA A100", "CUDA", "V100s", "FP16 model", "INT8", "GB", "ms",
                                     "mobile devices", "smartphone"])
def test_hardware_and_its_platform_are_no_entities(nlp: Language, surface: str) -> None:
    text = f"It runs on {surface} here."
    assert mentions(run(nlp, text, [(surface, "METHOD", "ner", 0.8)])) == []


@pytest.mark.parametrize(("text", "surface"), [("Gains hold across most model sizes.", "model sizes"),
                                                ("It helps at all context lengths.", "context lengths"),
                                                ("It wins given the same model size.", "model size")])
def test_a_quantity_varied_or_held_across_settings_is_no_measure(nlp: Language, text: str, surface: str) -> None:
    assert mentions(run(nlp, text, [(surface, "METRIC", "lexicon", 0.9)])) == []


@pytest.mark.parametrize("surface", ["3D", "2D"])
def test_a_dimensionality_alone_is_no_entity(nlp: Language, surface: str) -> None:
    text = f"It generates {surface} point clouds."
    assert mentions(run(nlp, text, [(surface, "METHOD", "ner", 0.6)])) == []


@pytest.mark.parametrize(("surface", "label"), [("DNA", "DATASET"), ("mRNAs", "METHOD"), ("RNA", "TASK")])
def test_a_molecule_alone_is_no_entity(nlp: Language, surface: str, label: str) -> None:
    text = f"The model reads {surface} sequences."
    assert mentions(run(nlp, text, [(surface, label, "ner", 0.8)])) == []


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("It reaches an average speed of 1.2 m/s.", "average speed of", [("average speed", "METRIC")]),
    ("Results on IJB-A are strong.", "IJB-A", [("IJB-A", "METRIC")]),  # a capital, glued: part of the name
])
def test_an_ner_span_loses_a_trailing_function_word(nlp: Language, text: str, span: str, kept: list) -> None:
    assert mentions(run(nlp, text, [(span, "METRIC", "ner", 0.8)])) == kept


@pytest.mark.parametrize("surface", ["6-layer", "12 heads", "4-bit", "1248x1248", "SOTA", "SoTAs", "hardware-friendly",
                                     "ensemble", "non-BERT"])
def test_a_size_a_resolution_sota_or_a_compound_adjective_alone_is_no_entity(nlp: Language, surface: str) -> None:
    text = f"Our {surface} model is fast."
    assert mentions(run(nlp, text, [(surface, "METHOD", "ner", 0.8)])) == []


@pytest.mark.parametrize(("surface", "label"), [
    ("fine-tuning", "METHOD"), ("Fine-tuning", "METHOD"), ("finetuning", "METHOD"), ("pre-training", "METHOD"),
    ("Pretraining", "METHOD"), ("prompting", "METHOD"), ("fine - tuning", "METHOD"), ("Pre - Training", "METHOD"),
    ("pruning", "METHOD"), ("quantization", "METHOD"), ("retrieval", "TASK"), ("Retrieval", "TASK")])
def test_a_way_of_training_or_compressing_or_retrieval_alone_is_no_entity(nlp: Language, surface: str,
                                                                         label: str) -> None:
    # annotators mark the kind ("full fine-tuning", "magnitude pruning", "dense retrieval"), not the bare word
    text = f"We compare {surface} with LoRA."
    assert mentions(run(nlp, text, [(surface, label, "ner", 0.8), ("LoRA", "METHOD", "ner", 0.8)])) == [
        ("LoRA", "METHOD")]


@pytest.mark.parametrize(("surface", "label"), [("Error analysis", "METHOD"), ("qualitative analysis", "METRIC"),
                                              ("ablation study", "TASK"), ("case studies", "TASK")])
def test_how_a_paper_studies_its_results_is_no_entity(nlp: Language, surface: str, label: str) -> None:
    text = f"{surface} of LoRA shows more."
    assert mentions(run(nlp, text, [(surface, label, "ner", 0.8), ("LoRA", "METHOD", "ner", 0.8)])) == [
        ("LoRA", "METHOD")]


@pytest.mark.parametrize(("text", "span"), [("We compare multi-task fine-tuning with LoRA.", "multi-task fine-tuning"),
                                            ("It relies on multilingual pretraining.", "multilingual pretraining")])
def test_a_kind_of_a_way_of_training_is_a_method(nlp: Language, text: str, span: str) -> None:
    assert mentions(run(nlp, text, [(span, "TASK", "ner", 0.8)])) == [(span, "METHOD")]


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("It is faster with 10x GPU memory reduction.", "GPU memory reduction", []),
    ("It is faster with 35% memory reduction.", "memory reduction", []),
    ("We use PCA for dimensionality reduction.", "dimensionality reduction", [("dimensionality reduction", "METHOD")]),
])
def test_an_ner_method_that_is_a_measured_change_is_dropped(nlp: Language, text: str, span: str, kept: list) -> None:
    assert mentions(run(nlp, text, [(span, "METHOD", "ner", 0.6)])) == kept  # (a technique stays)


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("Decoding throughput improves by 4.6x.", "Decoding throughput", [("Decoding throughput", "METRIC")]),
    ("End-to-end latency drops by half.", "End-to-end latency", [("End-to-end latency", "METRIC")]),
    ("We add a Memory Transformer.", "Memory Transformer", [("Memory Transformer", "METHOD")]),
])
def test_an_ner_method_named_by_what_is_measured_is_a_measure(nlp: Language, text: str, span: str, kept: list) -> None:
    assert mentions(run(nlp, text, [(span, "METHOD", "ner", 0.6)])) == kept


@pytest.mark.parametrize(("text", "span", "label", "kept"), [
    # a list: its last item, when that is named in full
    ("It helps image, speech and natural language understanding.", "image, speech and natural language understanding",
     "TASK", "natural language understanding"),
    ("It handles objects detecting, tracking and recognizing.", "objects detecting, tracking and recognizing",
     "TASK", "objects detecting, tracking and recognizing"),  # no item named in full
    ("It eases retrieval of small, rotated objects.", "retrieval of small, rotated objects",
     "TASK", "retrieval of small, rotated objects"),  # no list of tasks
    # the second half of a two-word modifier
    ("Experiments on six large scale text classification tasks.", "scale text classification", "TASK",
     "text classification"),
    ("It needs fine grained entity typing.", "grained entity typing", "TASK", "entity typing"),
    ("It runs at scale text classification.", "scale text classification", "TASK", "scale text classification"),
    # what a sentence opening on a model does with it
    ("Scaling Transformers to longer sequences is hard.", "Scaling Transformers", "METHOD", "Transformers"),
    ("Fine-tuning BERT-Large on it is unstable.", "Fine-tuning BERT-Large", "METHOD", "BERT-Large"),
    ("Boosting Trees is a method.", "Boosting Trees", "METHOD", "Boosting Trees"),  # no action done with a model
    # mid-sentence, before a model's name
    ("The data remain effective when fine-tuning Mistral-7B.", "fine-tuning Mistral-7B", "METHOD", "Mistral-7B"),
    ("It gains when distilling Whisper into it.", "distilling Whisper", "METHOD", "distilling Whisper"),  # no name shape
])
def test_an_ner_span_loses_the_words_around_the_name_it_holds(nlp: Language, text: str, span: str, label: str,
                                                              kept: str) -> None:
    assert mentions(run(nlp, text, [(span, label, "ner", 0.8)])) == [(kept, label)]


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("It obtains a 12.4% relative WER reduction.", "relative WER reduction", [("WER", "METRIC")]),
    ("It brings consistent BLEU improvements.", "BLEU improvements", [("BLEU", "METRIC")]),
    ("It gives a 10% error reduction.", "error reduction", [("error reduction", "METRIC")]),
])
def test_a_metric_span_of_a_change_keeps_the_named_measure(nlp: Language, text: str, span: str, kept: list) -> None:
    assert mentions(run(nlp, text, [(span, "METRIC", "ner", 0.6)])) == kept


def test_a_measure_named_as_a_baseline_is_a_method(nlp: Language) -> None:
    text = "It improves over the cross-entropy baseline by 10.4%."
    assert mentions(run(nlp, text, [("cross-entropy", "METRIC", "lexicon", 0.9)])) == [("cross-entropy", "METHOD")]


def test_a_named_dataset_before_its_task_is_no_part_of_a_task(nlp: Language) -> None:
    text = "It ranks first on the KITTI 3D object detection benchmark."
    cands = [("KITTI", "DATASET", "lexicon", 0.9), ("3D object detection", "TASK", "lexicon", 0.9),
             ("KITTI 3D object detection", "TASK", "ner", 0.9)]
    assert mentions(run(nlp, text, cands)) == [("KITTI", "DATASET"), ("3D object detection", "TASK")]


def test_a_ner_span_holding_a_rule_name_keeps_its_label_in_a_list(nlp: Language) -> None:
    text = "It achieves F1 = 83.4 on the CoNLL-2005 shared task dataset and F1 = 82.7 elsewhere."
    cands = [("F1", "METRIC", "lexicon", 0.9), ("CoNLL-2005", "DATASET", "lexicon", 0.9),
             ("CoNLL-2005 shared task dataset", "DATASET", "ner", 0.9), ("F1", "METRIC", "lexicon", 0.9, 1)]
    assert ("CoNLL-2005 shared task dataset", "DATASET") in mentions(run(nlp, text, cands))


def test_measures_joined_by_a_slash_stay_apart(nlp: Language) -> None:
    text = "It obtains ROUGE-1/ROUGE-2 of 48.3/20.1."
    cands = [("ROUGE-1", "METRIC", "lexicon", 0.9), ("ROUGE-2", "METRIC", "lexicon", 0.9),
             ("ROUGE-1/ROUGE-2", "METRIC", "ner", 0.9)]
    assert mentions(run(nlp, text, cands)) == [("ROUGE-1", "METRIC"), ("ROUGE-2", "METRIC")]


@pytest.mark.parametrize(("text", "expected"), [
    ("On FEMNIST and Shakespeare, it reaches 85.2%.", [("FEMNIST", "DATASET"), ("Shakespeare", "DATASET")]),
    ("Across FEMNIST and Shakespeare, it wins.", [("FEMNIST", "DATASET"), ("Shakespeare", "DATASET")]),
    # not where results are measured, or no name ending the pair
    ("We train FEMNIST and Shakespeare models.", [("FEMNIST", "DATASET")]),
    ("On FEMNIST and the rest, it wins.", [("FEMNIST", "DATASET")]),
])
def test_a_name_paired_with_a_rule_dataset_after_on_is_a_dataset(nlp: Language, text: str, expected: list) -> None:
    assert mentions(run(nlp, text, [("FEMNIST", "DATASET", "lexicon", 0.9)])) == expected


def test_items_of_a_dataset_after_its_name_are_no_part_of_it(nlp: Language) -> None:
    text = "It attains a TM-score of 0.72 on CASP15 targets."
    cands = [("CASP15", "DATASET", "lexicon", 0.9), ("CASP15 targets", "DATASET", "ner", 0.6)]
    assert mentions(run(nlp, text, cands)) == [("CASP15", "DATASET")]


def test_a_name_after_baseline_in_a_ner_method_span_is_the_method(nlp: Language) -> None:
    text = "It beats the phrase-based baseline Pharaoh by 1.7 BLEU."
    assert mentions(run(nlp, text, [("phrase-based baseline Pharaoh", "METHOD", "ner", 0.6)])) == [("Pharaoh", "METHOD")]


def test_a_ner_span_right_after_we_starts_with_the_verb(nlp: Language) -> None:
    text = "In this work, we cast event extraction as question answering."
    assert mentions(run(nlp, text, [("cast event extraction", "TASK", "ner", 0.6)])) == [("event extraction", "TASK")]


def test_the_letter_of_a_size_is_no_part_of_a_name(nlp: Language) -> None:
    text = "It emits them for 0.3% of prompts with the 160M model and with the 160 MoE model."
    cands = [("M model", "METHOD", "ner", 0.6), ("MoE model", "METHOD", "ner", 0.6)]
    assert mentions(run(nlp, text, cands)) == [("MoE", "METHOD")]  # (the kind noun trimmed as usual)


def test_how_a_model_was_trained_is_no_part_of_its_name(nlp: Language) -> None:
    text = "It uses a FooNet encoder pretrained with masked pose modelling."
    assert mentions(run(nlp, text, [("FooNet encoder pretrained", "METHOD", "ner", 0.6)])) == [("FooNet encoder", "METHOD")]


def test_an_acronym_the_ner_read_as_a_measure_after_over_is_a_rival(nlp: Language) -> None:
    text = "It reaches 67.8% mIoU, improving over SEAM by 3.3%."
    cands = [("mIoU", "METRIC", "lexicon", 0.9), ("SEAM", "METRIC", "ner", 0.5)]
    assert mentions(run(nlp, text, cands)) == [("mIoU", "METRIC"), ("SEAM", "METHOD")]


def test_a_modality_alone_names_no_dataset(nlp: Language) -> None:
    text = "It is evaluated on the Synapse multi-organ CT dataset."
    cands = [("Synapse multi-organ", "DATASET", "lexicon", 0.9), ("CT", "DATASET", "cue", 0.75)]
    assert mentions(run(nlp, text, cands)) == [("Synapse multi-organ", "DATASET")]


def test_a_count_of_tasks_is_no_part_of_a_task(nlp: Language) -> None:
    text = "It is a benchmark of 162 legal reasoning tasks."
    assert mentions(run(nlp, text, [("162 legal reasoning", "TASK", "ner", 0.6)])) == [("legal reasoning", "TASK")]


def test_a_name_set_beside_an_extension_of_a_dataset_is_a_dataset(nlp: Language) -> None:
    text = "We release SLURP-Fr, a French extension of SLURP. A model fine-tuned on SLURP-Fr reaches 86.3%."
    cands = [("SLURP-Fr", "METHOD", "cue", 0.7), ("SLURP", "DATASET", "lexicon", 0.9, 1), ("SLURP-Fr", "METHOD", "ner", 0.6, 1)]
    assert mentions(run(nlp, text, cands)) == [("SLURP-Fr", "DATASET"), ("SLURP", "DATASET"), ("SLURP-Fr", "DATASET")]
    # a method built on a dataset is no dataset
    text = "We propose FooNet, a model trained on SLURP."
    cands = [("FooNet", "METHOD", "cue", 0.7), ("SLURP", "DATASET", "lexicon", 0.9)]
    assert mentions(run(nlp, text, cands)) == [("FooNet", "METHOD"), ("SLURP", "DATASET")]


def test_a_lexicon_model_name_before_benchmark_names_a_dataset(nlp: Language) -> None:
    text = "It is evaluated on the Vicuna benchmark against Vicuna."
    cands = [("Vicuna", "METHOD", "lexicon", 0.9), ("Vicuna", "METHOD", "lexicon", 0.9, 1)]
    assert mentions(run(nlp, text, cands)) == [("Vicuna", "DATASET"), ("Vicuna", "METHOD")]


def test_a_named_dataset_before_its_task_is_no_part_of_a_dataset(nlp: Language) -> None:
    text = "It pushes SQuAD v1.1 question answering Test F1 to 93.2."
    cands = [("SQuAD v1.1", "DATASET", "lexicon", 0.9), ("question answering", "TASK", "lexicon", 0.9),
             ("SQuAD v1.1 question answering", "DATASET", "ner", 0.4)]
    assert mentions(run(nlp, text, cands)) == [("SQuAD v1.1", "DATASET"), ("question answering", "TASK")]


def test_a_named_dataset_and_a_language_before_its_task_are_no_part_of_a_task(nlp: Language) -> None:
    text = "It obtains an F1 of 90.94 on the CoNLL-2003 English NER task."
    cands = [("CoNLL-2003", "DATASET", "lexicon", 0.9), ("NER", "TASK", "lexicon", 0.9),
             ("CoNLL-2003 English NER", "TASK", "ner", 0.7)]
    assert mentions(run(nlp, text, cands)) == [("CoNLL-2003", "DATASET"), ("NER", "TASK")]


@pytest.mark.parametrize("top", ["top-20", "top-k", "Top-5", "top 1"])
def test_a_top_k_cut_off_before_a_measure_is_part_of_it(nlp: Language, top: str) -> None:
    text = f"It gains 9% in terms of {top} passage retrieval accuracy."
    assert mentions(run(nlp, text, [("passage retrieval accuracy", "METRIC", "ner", 0.6)])) == [
        (f"{top} passage retrieval accuracy", "METRIC")]
    # not the end of a word: "desktop 5 accuracy" is no cut-off
    assert mentions(run(nlp, "It gains 9% in desktop 5 accuracy.", [("accuracy", "METRIC", "lexicon", 0.9)])) == [
        ("accuracy", "METRIC")]


@pytest.mark.parametrize(("described", "name"), [
    ("transformer-based detector SWIN-L Cascade-Mask R-CNN", "SWIN-L Cascade-Mask R-CNN"),
    ("dependency parser MDCC", "MDCC"),
    ("phrase-based baseline Pharaoh", "Pharaoh"),
    ("fast text classifier fastText", "fastText"),  # a name in lower case with a capital inside
])
def test_a_ner_method_described_before_its_name_is_the_name(nlp: Language, described: str, name: str) -> None:
    text = f"It outperforms the {described} by 2%."
    assert mentions(run(nlp, text, [(described, "METHOD", "ner", 0.6)])) == [(name, "METHOD")]
    # a capitalised kind word is part of the name
    text = "It outperforms the Graph Attention Network GAT by 2%."
    assert mentions(run(nlp, text, [("Graph Attention Network GAT", "METHOD", "ner", 0.6)])) == [
        ("Graph Attention Network GAT", "METHOD")]


def test_the_type_a_paper_gives_its_own_work_in_an_apposition_overrides_the_lexicon_s(nlp: Language) -> None:
    text = "We propose FactCC, a weakly-supervised model for verifying consistency. FactCC reaches 74.2%."
    cands = [("FactCC", "METRIC", "lexicon", 0.9), ("FactCC", "METRIC", "lexicon", 0.9, 1),
             Candidate(11, 17, "METHOD", 0.7, "cue", meta={"pattern": "apposition_method"})]
    # (the lexicon's METRIC is gone at the second mention too, where no other extractor found it)
    assert mentions(run(nlp, text, cands)) == [("FactCC", "METHOD")]
    # not an apposition the paper does not give its own work ("In the Story Cloze Test, a system is ...")
    text = "In the Story Cloze Test, a system is presented with a prompt."
    cands = [("Story Cloze Test", "DATASET", "lexicon", 0.9),
             Candidate(7, 23, "METHOD", 0.7, "cue", meta={"pattern": "apposition_method"})]
    assert mentions(run(nlp, text, cands)) == [("Story Cloze Test", "DATASET")]


@pytest.mark.parametrize("text", ["It improves on COSMIC by 1.5 points.", "It outperforms COSMIC by 1.5 points."])
def test_an_ner_dataset_beaten_by_an_amount_is_a_rival(nlp: Language, text: str) -> None:
    assert mentions(run(nlp, text, [("COSMIC", "DATASET", "ner", 0.6)])) == [("COSMIC", "METHOD")]


@pytest.mark.parametrize(("text", "label"), [
    ("It outperforms PRMs on ProcessBench by 8.2 F1.", "DATASET"),
    ("It sets a new state of the art on ProcessBench with 71.3% accuracy.", "DATASET"),
    ("It achieves state-of-the-art results on ProcessBench.", "DATASET"),
    ("It improves on ProcessBench by 1.5 points.", "METHOD"),  # a rival improved on
    ("It builds on ProcessBench with 2 changes.", "METHOD"),
    ("It runs on ProcessBench.", "METHOD"),  # no result said
])
def test_an_ner_method_where_a_result_was_measured_is_a_dataset(nlp: Language, text: str, label: str) -> None:
    assert mentions(run(nlp, text, [("ProcessBench", "METHOD", "ner", 0.6)])) == [("ProcessBench", label)]


def test_a_title_s_ner_span_is_read_as_the_abstract_reads_the_same_words(nlp: Language) -> None:
    text = "Test-Time Training on Nearest Neighbors\n\nTest-time training on 20 neighbors reduces perplexity."
    cands = [("Test-Time Training", "METRIC", "ner", 0.46), ("Test-time training", "METHOD", "ner", 0.34)]
    assert mentions(run(nlp, text, cands)) == [("Test-Time Training", "METHOD"), ("Test-time training", "METHOD")]
    # and as sure of them: a doubtful title span the abstract confirms holds the rule name inside it
    text = "Detection via Semantic Entropy Probes\n\nOur semantic entropy probes reach 0.79."
    cands = [("Semantic Entropy Probes", "TASK", "ner", 0.26), ("Semantic Entropy", "METHOD", "lexicon", 0.9),
             ("semantic entropy probes", "METHOD", "ner", 0.54), ("semantic entropy", "METHOD", "lexicon", 0.9)]
    assert mentions(run(nlp, text, cands))[0] == ("Semantic Entropy Probes", "METHOD")
    # a surer title span keeps its type
    text = "A minimalist approach to TempEval 2013\n\nOur submission to Temp-Eval 2013 competed in all tasks."
    cands = [("TempEval 2013", "DATASET", "ner", 0.55), ("Temp-Eval 2013", "TASK", "ner", 0.26)]
    assert mentions(run(nlp, text, cands))[0] == ("TempEval 2013", "DATASET")
    # a rule's title span keeps its type
    text = "Test-Time Training on Nearest Neighbors\n\nTest-time training on 20 neighbors reduces perplexity."
    cands = [("Test-Time Training", "METRIC", "lexicon", 0.9), ("Test-time training", "METHOD", "ner", 0.34)]
    assert mentions(run(nlp, text, cands))[0] == ("Test-Time Training", "METRIC")
