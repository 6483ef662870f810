"""Long form / short form pairs (``kb_abbreviations``) and later uses of short forms."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.abbreviations import (
    find_abbreviations,
    is_short_form_candidate,
    match_long_form,
    short_form_occurrences,
)
from extractors.tokenizer import make_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = make_nlp()
    nlp.add_pipe("kb_abbreviations")
    return nlp


def pairs(text: str) -> list[tuple[str, str]]:
    return [(a.long_form, a.short_form) for a in find_abbreviations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In this paper, we propose Sharpness-Aware Minimization (SAM), which seeks flat minima.",
         ("Sharpness-Aware Minimization", "SAM")),
        ("Recent large language models (LLMs) can follow instructions.",
         ("large language models", "LLMs")),
        ("We introduce WeIght DisENtanglement (WIDEN) to merge models.",
         ("WeIght DisENtanglement", "WIDEN")),
        ("We fine-tune with SAM (Sharpness-Aware Minimization) throughout.",
         ("Sharpness-Aware Minimization", "SAM")),
        ("a model trained with reinforcement learning from human feedback (RLHF) is",
         ("reinforcement learning from human feedback", "RLHF")),
        ("we stack a convolutional neural network (CNNs) on top", ("convolutional neural network", "CNNs")),
        ("the word error rate (WER; lower is better) drops", ("word error rate", "WER")),
        ("we use a mixture of experts (MoE) layer", ("mixture of experts", "MoE")),
        ("prior work (Foo et al., 2020) used Graph Attention Networks (GATs) here",
         ("Graph Attention Networks", "GATs")),
        ("gold medals in the International Olympiad in Informatics (IOI) too",
         ("International Olympiad in Informatics", "IOI")),
        ("we fit an active appearance model (AAM) to faces", ("active appearance model", "AAM")),
        ("explore an End-to-End (E2E) architecture", ("End-to-End", "E2E")),  # a digit for a word
        # a number or dimension of the short form's own
        ("it lowers the end-point error (EPE3D) on KITTI", ("end-point error", "EPE3D")),
        ("we report the scene recall (SR50) of each model", ("scene recall", "SR50")),
        # a mixed-case short form's lower-case letter may be a small word's
        ("a new framework, Stack of Sessions (SoS), which", ("Stack of Sessions", "SoS")),
        # a kind word after the name is left out unless the short form spells it
        ("is the direct simulation Monte Carlo method (DSMC) here", ("direct simulation Monte Carlo", "DSMC")),
        ("stacked recurrent neural network models (RNNs) here", ("recurrent neural network", "RNNs")),
        ("this makes the boundary element method (BEM) useful", ("boundary element method", "BEM")),
        ("we use In Situ Adaptive Tabulation (ISAT) here", ("In Situ Adaptive Tabulation", "ISAT")),
        ("a self-adaptive hierarchical sentence model (AdaSent) that", ("self-adaptive hierarchical sentence model", "AdaSent")),
    ],
)
def test_finds_pair(text: str, expected: tuple[str, str]) -> None:
    assert pairs(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The gains are large (see Table 2) across settings.",
        "as shown by Smith (2021) in earlier work",
        "it has two parts: (i) a retriever and (ii) a reader",
        "strong optimizers (e.g., Adam) are widely used",
        "strong optimizers (e.g. Adam or Lion) are widely used",
        "the improvement is significant (p < 0.05) on all sets",
        "performance (respectively) improves",
        "BERT (Devlin et al., 2019) is a strong encoder",
        "as in [12] (Transformer) we stack layers",
        "we report results (accuracy) below",
        "In the 5-way 1-shot setting of Few-NERD (INTER), it reaches 54.3 F1.",
    ],
)
def test_rejects_non_definitions(text: str) -> None:
    assert pairs(text) == []


def test_offsets_point_into_text() -> None:
    text = "We propose Sharpness-Aware Minimization (SAM) here."
    (abbr,) = find_abbreviations(text)
    assert text[abbr.long_start:abbr.long_end] == abbr.long_form
    assert text[abbr.short_start:abbr.short_end] == abbr.short_form == "SAM"


def test_citation_after_short_form_is_cut() -> None:
    text = "we use Sharpness-Aware Minimization (SAM; Foret et al., 2021) for training"
    assert pairs(text) == [("Sharpness-Aware Minimization", "SAM")]


def test_possessive_is_not_part_of_short_form() -> None:
    assert pairs("machine-readable dictionaries (MRD's) are old") == [("machine-readable dictionaries", "MRD")]


def test_long_form_window_stops_at_clause_boundary() -> None:
    # "Minimization" alone cannot explain "SAM"; the comma stops the search for more words
    assert pairs("Sharpness-Aware training, then Minimization (SAM) follows") == []


def test_long_form_does_not_reach_back_into_the_title() -> None:
    text = "Tagging with Auxiliary Loss\n\nBidirectional long short-term memory (bi-LSTM) works."
    assert pairs(text) == [("Bidirectional long short-term memory", "bi-LSTM")]


def test_long_form_limited_in_words() -> None:
    # min(|A| + 5, 2|A|) = 4 words for a two-letter short form: "Alpha ... Beta" is 6 words away
    assert pairs("Alpha one two three four Beta (AB) is") == []


@pytest.mark.parametrize(
    ("short", "ok"),
    [("SAM", True), ("LLMs", True), ("T5", True), ("i", False), ("2021", False),
     ("see Table 2", False), ("respectively", False), ("-X", False), ("e.g.", False)],
)
def test_short_form_shape(short: str, ok: bool) -> None:
    assert is_short_form_candidate(short) is ok


def test_backward_matching_takes_letters_inside_words() -> None:
    candidate = "we use WeIght DisENtanglement"
    assert candidate[match_long_form("WIDEN", candidate):] == "WeIght DisENtanglement"
    assert match_long_form("XYZ", candidate) is None


def test_component_sets_extension(nlp: Language) -> None:
    doc = nlp("We study large language models (LLMs) and nothing else.")
    assert [(a.long_form, a.short_form) for a in doc._.kb_abbreviations] == [
        ("large language models", "LLMs")
    ]
    assert nlp("No definitions here.")._.kb_abbreviations == []


def test_later_occurrences_are_token_exact(nlp: Language) -> None:
    text = ("We propose Sharpness-Aware Minimization (SAM). SAM improves SAMBA and Sam; "
            "with SAM, models generalise.")
    doc = nlp(text)
    found = short_form_occurrences(doc)
    assert [text[s:e] for s, e, _ in found] == ["SAM", "SAM"]
    assert all(abbr.short_form == "SAM" for _, _, abbr in found)
    # the definition itself is not a "later" occurrence
    assert all(s > doc._.kb_abbreviations[0].short_end for s, _, _ in found)


def test_occurrences_include_plural_and_singular(nlp: Language) -> None:
    text = "Large language models (LLMs) are popular. Each LLM is big; LLMs are costly."
    doc = nlp(text)
    assert [text[s:e] for s, e, _ in short_form_occurrences(doc)] == ["LLM", "LLMs"]


def test_occurrences_of_multi_token_short_form(nlp: Language) -> None:
    # the project tokenizer splits "ViT-B" into three tokens; the match must cover all of them
    text = "We use a Vision Transformer Base (ViT-B). ViT-B scales, ViT-Bx and ViT do not."
    doc = nlp(text)
    assert [text[s:e] for s, e, _ in short_form_occurrences(doc)] == ["ViT-B"]


def test_occurrence_belongs_to_latest_definition(nlp: Language) -> None:
    text = ("Scaled attention mechanism (SAM) helps. SAM is used. "
            "Later, sharpness-aware minimization (SAM) is tried. SAM converges.")
    found = short_form_occurrences(nlp(text))
    assert [abbr.long_form for _, _, abbr in found] == [
        "Scaled attention mechanism", "sharpness-aware minimization"
    ]


def test_reverse_pair_occurrences_start_after_long_form(nlp: Language) -> None:
    text = "We train SAM (Sharpness-Aware Minimization) models; SAM is robust."
    doc = nlp(text)
    assert [text[s:e] for s, e, _ in short_form_occurrences(doc)] == ["SAM"]


@pytest.mark.parametrize(("text", "long"), [
    ("In this paper, we propose Heterogeneous Graph-based Interaction Model with a Tracker (GIT) now.",
     "Heterogeneous Graph-based Interaction Model with a Tracker"),
    ("Recently Graph Neural Networks (GNNs) spread.", "Graph Neural Networks"),  # a clause's first word
    ("We use The Graph Model (GM) here.", "Graph Model"),  # a function word
    ("Merging Is Hard\n\nModel Merging (MM) helps.", "Model Merging"),  # not across a line break
    ("we study large language models (LLMs)", "large language models"),  # lower case: no name
])
def test_a_capitalised_long_form_takes_the_capitalised_words_before_it(text: str, long: str) -> None:
    assert [lf for lf, _ in pairs(text)] == [long]
