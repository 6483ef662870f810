"""The project tokenizer keeps each input text with its doc (``doc_text``, ``token_table`` read it)."""

from __future__ import annotations

import pickle

import pytest

from extractors.candidates import doc_text, token_table
from extractors.tokenizer import KbTokenizer, make_nlp

TEXTS = [
    "CoNLL-2003 and ResNet-50 reach 12.5\\% on En/De.",
    "Title  with two spaces\n\nAbstract line.\tTab and trailing space ",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_kept_text_is_the_input_and_equals_the_rebuilt_text(text: str) -> None:
    doc = make_nlp()(text)
    assert doc_text(doc) == text == doc.text


def test_a_pickled_tokenizer_still_keeps_the_text() -> None:
    # n_process > 1 sends the pipeline to worker processes
    tokenizer = pickle.loads(pickle.dumps(make_nlp().tokenizer))
    assert isinstance(tokenizer, KbTokenizer)
    assert tokenizer("a b").user_data["kb_text"] == (2, "a b")


def test_a_doc_changed_after_tokenising_gets_its_text_rebuilt() -> None:
    doc = make_nlp()("New York is big")
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert doc_text(doc) == "New York is big"
    assert doc.user_data["kb_text"][0] == len(doc) == 3


@pytest.mark.parametrize("text", TEXTS)
def test_the_token_table_matches_the_tokens(text: str) -> None:
    doc = make_nlp()(text)
    assert token_table(doc) == ([t.text for t in doc], [t.idx for t in doc])


def test_latex_markup_around_a_name_is_split_off() -> None:
    nlp = make_nlp()
    text = "resulting in $\\textbf{DeepSeek-GRM}$ models on \\textsc{WMT14}, 12.5\\% better"
    assert [t.text for t in nlp(text)] == [
        "resulting", "in", "$", "\\textbf{", "DeepSeek", "-", "GRM", "}", "$", "models", "on",
        "\\textsc{", "WMT14", "}", ",", "12.5", "\\%", "better"]
    assert [t.text for t in nlp("$\\textit{fast scaling}$. Then")][-5:] == ["scaling", "}", "$", ".", "Then"]


def test_a_bracket_before_a_hyphen_is_split_off() -> None:
    # "(NTK)-based" was one token, so a name could end with half a bracket
    tokens = [t.text for t in make_nlp()("Neural Tangent Kernel (NTK)-based distillation")]
    assert tokens == ["Neural", "Tangent", "Kernel", "(", "NTK", ")", "-", "based", "distillation"]


def test_the_full_stop_after_a_model_size_is_split_off() -> None:
    assert [t.text for t in make_nlp()("It beats Llama 2 70B.")] == ["It", "beats", "Llama", "2", "70B", "."]


@pytest.mark.parametrize(("text", "tokens"), [
    ("It beats ConvNeXt-T. It", ["It", "beats", "ConvNeXt", "-", "T", ".", "It"]),
    ("We use DeiT-Ti. It", ["We", "use", "DeiT", "-", "Ti", ".", "It"]),
    ("By J. Smith.", ["By", "J.", "Smith", "."]),  # an initial keeps its point
    ("We propose TabX. It", ["We", "propose", "TabX", ".", "It"]),
    ("A Ph.D. thesis", ["A", "Ph.D.", "thesis"]),
])
def test_the_full_stop_after_the_last_letters_of_a_hyphenated_name(text: str, tokens: list[str]) -> None:
    assert [t.text for t in make_nlp()(text)] == tokens


def test_an_arrow_between_names_is_a_token_of_its_own() -> None:
    nlp = make_nlp()
    assert [t.text for t in nlp("on GTA5→Cityscapes and En↔De")] == ["on", "GTA5", "→", "Cityscapes", "and",
                                                                      "En", "↔", "De"]


def test_the_full_stop_after_an_abbreviation_ending_a_hyphenated_name_ends_the_sentence() -> None:
    nlp = make_nlp()
    assert [t.text for t in nlp("we propose RadFact-Gen. On MIMIC-CXR")] == [
        "we", "propose", "RadFact", "-", "Gen", ".", "On", "MIMIC", "-", "CXR"]
    assert [t.text for t in nlp("Gen. Lee")] == ["Gen.", "Lee"]  # the abbreviation alone stays
