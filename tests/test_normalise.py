"""Normalisation: match keys, plural folding and pattern variants."""

from __future__ import annotations

import doctest
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors import normalise
from extractors.normalise import match_key, pluralise, singular, variants, word_occurrences, year_variants


def test_doctests() -> None:
    result = doctest.testmod(normalise)
    assert result.failed == 0


@pytest.mark.parametrize(
    "a, b",
    [
        ("CoNLL 2003", "CoNLL-2003"),
        ("CoNLL-2003", "conll2003"),
        ("MS-COCO", "MS COCO"),
        ("MS COCO", "MSCOCO"),
        ("CNN/DailyMail", "CNN / Daily Mail"),
        ("Llama 2", "LLaMA-2"),
        ("ResNet\u201150", "ResNet-50"),  # non-breaking hyphen from PDF text
        ("  Penn\nTreebank ", "Penn Treebank"),
        ("Cohen\u2019s kappa", "Cohen's kappa"),
        ("DALL\u00b7E", "DALL-E"),
        ("\uff27\uff30\uff34-4", "GPT-4"),  # full-width letters
    ],
)
def test_match_key_unifies_spellings(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("SQuAD 1.1", "SQuAD 11"),  # a dot between digits is part of the name
        ("DeepLabv3+", "DeepLabv3"),  # so is a plus
        ("nDCG@10", "nDCG@1"),
        ("ResNet-50", "ResNet-101"),
    ],
)
def test_match_key_keeps_meaningful_characters(a: str, b: str) -> None:
    assert match_key(a) != match_key(b)


def test_match_key_casefold_optional() -> None:
    assert match_key("ARC", casefold=False) == "ARC"
    assert match_key("ARC") == "arc"


@pytest.mark.parametrize(
    "plural, single",
    [
        ("Transformers", "Transformer"),
        ("LLMs", "LLM"),
        ("CNNs", "CNN"),
        ("GANs", "GAN"),
        ("ViTs", "ViT"),
        ("graph neural networks", "graph neural network"),
        ("policies", "policy"),
        ("beam searches", "beam search"),
        ("losses", "loss"),
        ("boxes", "box"),
        ("metrics", "metric"),
        ("videos", "video"),
        ("responses", "response"),
        ("approaches", "approach"),
        ("caches", "cache"),
        ("Mice", "Mouse"),
    ],
)
def test_singular_folds_plurals(plural: str, single: str) -> None:
    assert singular(plural) == single


@pytest.mark.parametrize(
    "word",
    ["Fitness", "dynamics", "bias", "corpus", "analysis", "naive Bayes", "k-means",
     "series", "physics", "BERT", "ResNet-50", "Kinetics", "SQuAD 1.1", "LOSS", "gas", "news", "MICE", "INDICES"],
)
def test_singular_leaves_non_plurals(word: str) -> None:
    assert singular(word) == word


def test_pluralise() -> None:
    assert [pluralise(w) for w in ["LSTM", "network", "policy", "search"]] == [
        "LSTMs", "networks", "policies", "searches"]


def test_year_variants() -> None:
    assert year_variants("2003", two_digit=False) == ["2003", "03"]
    assert year_variants("14", two_digit=True) == ["14", "2014"]
    assert year_variants("98", two_digit=True) == ["98", "1998"]
    assert year_variants("50", two_digit=True) == ["50"]  # ResNet-50 is not a year
    assert year_variants("14", two_digit=False) == ["14"]


def test_variants_conll() -> None:
    v = variants("CoNLL-2003")
    for spelling in ("CoNLL-2003", "CoNLL 2003", "CoNLL2003", "CoNLL-03", "CoNLL 03", "CoNLL03", "CoNLL'03"):
        assert spelling in v


def test_a_year_inside_a_name_has_its_apostrophe_form() -> None:
    assert "WMT'14 En-Fr" in variants("WMT14 En-Fr", two_digit_years=True)
    assert "IWSLT'14 De-En" in variants("IWSLT 2014 De-En")
    assert not any("'" in v for v in variants("CIFAR-10", years=False))


def test_a_translation_direction_is_also_written_with_an_arrow() -> None:
    assert "WMT'14 English→French" in variants("WMT14 English-French", two_digit_years=True)
    assert "WMT 2014 En→Fr" in variants("WMT14 En-Fr", two_digit_years=True)


def test_variants_joins_only_next_to_acronyms_or_numbers() -> None:
    assert variants("MS COCO") == {"MS COCO", "MS-COCO", "MSCOCO"}
    assert variants("beam search") == {"beam search", "beam-search"}
    assert "T511B" not in variants("T5-11B")
    assert not any("14English" in v for v in variants("WMT14 English-German", two_digit_years=True))


def test_variants_versions_and_two_digit_years() -> None:
    assert {"YOLO v3", "YOLO-v3", "YOLOv3"} <= variants("YOLOv3")
    assert {"MobileNet V2", "MobileNet-V2"} <= variants("MobileNetV2")
    assert {"WMT 2014", "WMT2014", "WMT-14"} <= variants("WMT14", two_digit_years=True)
    assert "WMT 2014" not in variants("WMT14")
    assert variants("CIFAR-10", two_digit_years=True, years=False) == {"CIFAR-10", "CIFAR 10", "CIFAR10"}


def test_variants_plural() -> None:
    assert variants("LSTM", plural=True) == {"LSTM", "LSTMs"}
    assert "convolutional neural networks" in variants("convolutional neural network", plural=True)
    assert variants("fine-tuning", plural=True) == {"fine-tuning", "fine tuning"}  # no "tunings"


def test_variants_stay_bounded_for_long_names() -> None:
    v = variants("reinforcement learning from human feedback")
    assert len(v) <= 4
    assert "reinforcement learning from human feedback" in v


@given(st.text(alphabet="ABs -_x1é,(", max_size=12), st.text(alphabet="ABs1", min_size=1, max_size=3))
def test_word_occurrences_is_the_whole_word_regex(text: str, word: str) -> None:
    plural = [(m.start(), m.end()) for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"s?(?!\w)", text)]
    assert word_occurrences(text, word, plural=True, after_hyphen=False) == plural
    plain = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)]
    assert word_occurrences(text, word) == plain
