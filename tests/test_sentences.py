"""Sentence boundaries on abstract-style text (``kb_sentences``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

import extractors.sentences  # noqa: F401  (registers the factory)
from extractors.tokenizer import make_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = make_nlp()
    nlp.add_pipe("kb_sentences")
    return nlp


def sents(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_every_token_gets_a_value_and_first_is_start(nlp: Language) -> None:
    doc = nlp("Graph networks work. They scale.")
    assert doc[0].is_sent_start is True
    assert all(t.is_sent_start in (True, False) for t in doc)
    assert [t.i for t in doc if t.is_sent_start] == [0, 4]


def test_title_and_abstract_split_at_blank_line(nlp: Language) -> None:
    text = "Sparse Mixture Routing for Speech Recognition\n\nWe study routing. It helps."
    assert sents(nlp, text) == [
        "Sparse Mixture Routing for Speech Recognition", "We study routing.", "It helps."]


def test_blank_line_splits_even_without_punctuation(nlp: Language) -> None:
    text = "first paragraph without a period\n\nsecond paragraph starts lowercase"
    assert len(sents(nlp, text)) == 2


def test_single_newline_is_not_a_boundary(nlp: Language) -> None:
    text = "We propose a parser that\nhandles long inputs. It is fast."
    assert sents(nlp, text) == ["We propose a parser that\nhandles long inputs.", "It is fast."]


@pytest.mark.parametrize("text", [
    "Augmentations, e.g. random crops, help a lot.",
    "Augmentations, i.e. crops and flips, help.",
    "This follows Chen et al. (2021) closely.",
    "This follows Chen et al. 2021 closely.",
    "As shown in Fig. 3 the loss falls.",
    "We minimise Eq. 2 with Adam.",
    "Details are in Sec. 4 and the appendix.",
    "Dense vs. sparse attention is compared.",
    "Prior results, cf. Table 2, are weaker.",
    "Training takes approx. 3 hours on one GPU.",
    "Recall and precision (resp. 81.2 and 77.0) improve.",
    "Data from the U.S. Census Bureau are used.",
    "It reaches 88.5 F1 on the test set.",
    "We release version 1.2.3 of the toolkit.",
    "Accuracy rises to 12.5\\% on average.",
    "The model is trained by J. Smith and colleagues.",
])
def test_abbreviations_and_numbers_do_not_split(nlp: Language, text: str) -> None:
    assert sents(nlp, text) == [text]


def test_abbreviation_before_a_sentence_opener_splits(nlp: Language) -> None:
    text = "Data come from the U.S. We also use Canadian data."
    assert sents(nlp, text) == ["Data come from the U.S.", "We also use Canadian data."]
    text = "Our baseline follows Kim et al. We extend it."
    assert sents(nlp, text) == ["Our baseline follows Kim et al.", "We extend it."]


def test_a_capital_split_off_a_name_is_no_initial(nlp: Language) -> None:
    text = "It scores 2% on GSM8K. Accuracy drops on ImageNet-1K. Work by J. Smith helps."
    assert sents(nlp, text) == ["It scores 2% on GSM8K.", "Accuracy drops on ImageNet-1K.", "Work by J. Smith helps."]
    text = "We propose TRACE-H. TRACE-H wins. We use GPT-J. It works."
    assert sents(nlp, text) == ["We propose TRACE-H.", "TRACE-H wins.", "We use GPT-J.", "It works."]


def test_terminators_and_openers(nlp: Language) -> None:
    text = ('Does scale help? Yes! "Bigger" is better. (1) We add data. [2] We add compute. '
            "3D convolutions also help. word2vec is a baseline.")
    assert sents(nlp, text) == [
        "Does scale help?", "Yes!", '"Bigger" is better.', "(1) We add data.",
        "[2] We add compute.", "3D convolutions also help.", "word2vec is a baseline."]


def test_lowercase_after_period_does_not_split(nlp: Language) -> None:
    assert len(sents(nlp, "We use the default lr. and batch size.")) == 1


def test_closing_quote_and_bracket_stay_with_sentence(nlp: Language) -> None:
    text = 'They call it "attention." It works (see below.) Then we stop.'
    assert sents(nlp, text) == ['They call it "attention."', "It works (see below.)",
                                "Then we stop."]


def test_enumerations(nlp: Language) -> None:
    text = ("Our contributions are threefold: (1) a dataset, (2) a model, and (3) a metric. "
            "Contributions: 1. We build a corpus. 2. We train a tagger.")
    assert sents(nlp, text) == [
        "Our contributions are threefold: (1) a dataset, (2) a model, and (3) a metric.",
        "Contributions: 1. We build a corpus.", "2. We train a tagger."]


def test_sentence_offsets_cover_text(nlp: Language) -> None:
    text = "Title\n\nOne. Two! Three?"
    doc = nlp(text)
    assert "".join(s.text_with_ws for s in doc.sents) == text


def test_empty_and_whitespace_docs(nlp: Language) -> None:
    assert len(nlp("")) == 0
    doc = nlp("\n\n  \n\nWord")
    assert doc[0].is_sent_start and doc[-1].is_sent_start
