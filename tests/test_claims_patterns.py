"""The fast regex paths of ``extractors.claims``: ASCII twins and lowercase-folded patterns.

Every module pattern must find the same spans through :class:`claims._Pattern` as the
pattern as written (``.unicode``), whatever the case and the characters of the text.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import extractors.claims as claims
from tests.test_claims import claims as run_claims
from tests.test_claims import nlp, only  # noqa: F401  (fixture)

PATTERNS = {name: value for name, value in vars(claims).items()
            if isinstance(value, claims._Pattern)}

SENTENCES = [
    "Our model outperforms BERT by 2.3 F1 and sets a new state of the art on SQuAD 2.0.",
    "OUR MODEL OUTPERFORMS BERT BY 2.3 F1 AND SETS A NEW STATE OF THE ART ON SQUAD 2.0.",
    "To Improve Recall, We Propose X; It Achieves State-Of-The-Art Results, While It Is "
    "Competitive With GPT-3 (learning rate of 0.001), reducing WER from 9.1% to 7.4%.",
    "Compared with the previous SOTA, which reaches 88.5 EM, ours is 3.4x faster.",
    "Unlike prior work, it ranks first -- a 27.5% error reduction over Llama 2 in 2023.",
]
#: Non-ASCII text and the ASCII control characters that only Unicode ``\s`` matches
#: take the pattern as written.
VARIANTS = [lambda s: s, str.lower, lambda s: s.replace(" ", " ", 3),
            lambda s: s.replace(" ", "\x1c", 3), lambda s: s.replace("e", "é", 2)]


def spans(pattern: re.Pattern | claims._Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_fast_paths_find_the_same_spans(name: str) -> None:
    pattern = PATTERNS[name]
    for sentence in SENTENCES:
        for variant in VARIANTS:
            text = variant(sentence)
            assert spans(pattern, text) == spans(pattern.unicode, text), (name, text)
            for pos in (0, 7, len(text) // 2):
                want = pattern.unicode.search(text, 0, pos)
                got = pattern.search(text, 0, pos)
                assert (got and got.span()) == (want and want.span()), (name, text, pos)


def test_folded_patterns_are_checked_for_capitals() -> None:
    with pytest.raises(ValueError):
        claims._Pattern(r"\bF1\b", re.IGNORECASE, folded=True)
    with pytest.raises(ValueError):
        claims._Pattern(r"f1", 0, folded=True)  # folding needs IGNORECASE
    folded = claims._Pattern(r"\W(?P<Score>f1)\S", re.IGNORECASE, folded=True)
    assert folded.search("the F1-score").span() == (3, 7)


def test_sota_baseline_keeps_the_original_spelling(nlp) -> None:  # noqa: F811
    c = only(nlp, "KnowTag outperforms the previous State of the Art by 1.7 F1 on FrameNet.",
             METHOD=["KnowTag"], DATASET=["FrameNet"])
    assert (c["kind"], c["value"], c["baseline"]) == (
        "improvement", 1.7, "previous State of the Art")


def test_non_ascii_sentences_give_the_same_claims(nlp) -> None:  # noqa: F811
    ascii_text = "KnowTag outperforms BERT by 1.7 F1 on FrameNet, a new state of the art."
    other = ascii_text.replace("a new", "a new\u00a0")  # a no-break space: not ASCII
    labels = dict(METHOD=["KnowTag", "BERT"], DATASET=["FrameNet"])
    strip = [{k: v for k, v in c.items() if k not in {"text", "end"}}
             for c in run_claims(nlp, ascii_text, **labels)]
    assert strip and strip == [{k: v for k, v in c.items() if k not in {"text", "end"}}
                               for c in run_claims(nlp, other, **labels)]


def test_no_pattern_character_folds_to_ascii() -> None:
    """The ASCII twins are exact only if no non-ASCII pattern character matches an ASCII
    one under Unicode IGNORECASE (as the Kelvin sign matches "k")."""
    chars = {c for p in PATTERNS.values() for c in p.unicode.pattern if not c.isascii()}
    assert not [c for c in chars if any(
        re.fullmatch(re.escape(c), chr(a), re.IGNORECASE) for a in range(128))]


@pytest.mark.parametrize("module", sorted(p.name for p in Path(claims.__file__).parent.glob("*.py")))
def test_no_module_level_name_is_bound_twice(module: str) -> None:
    """A second pattern of the same name silently replaces the first for every caller (one of
    the claim rules ran with another rule's pattern that way)."""
    tree = ast.parse((Path(claims.__file__).parent / module).read_text(encoding="utf-8"))
    bound = [target.id for node in tree.body if isinstance(node, ast.Assign)
             for target in node.targets if isinstance(target, ast.Name)]
    bound += [node.target.id for node in tree.body if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)]
    bound += [node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef))]
    assert sorted({name for name in bound if bound.count(name) > 1} - {"__all__"}) == []
