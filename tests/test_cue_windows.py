"""``kb_cues`` matches each cue only in the windows its anchor words allow: nothing may be lost.

The reference is the single Matcher of all cues run over the whole doc
(``CueMatcher.matcher``): the windowed matching must return exactly its matches and
alignments. Their order is the cues' order in the pattern file (it decides which cue's
provenance survives de-duplication: the earlier one).
"""

from __future__ import annotations

import json
import random

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extractors.cues import CueMatcher, _token_range, parse_patterns
from extractors.tokenizer import make_nlp
from test_cues import nlp  # noqa: F401  (the same kb_cues pipeline fixture)

# sentences that fire most cues, several at once, plus near misses
SENTENCES = [
    "Here we propose FlowMix, which interpolates hidden states.",
    "This paper presents TinyStar-2, a compact student network.",
    "We present Llama 3 and study its behaviour.",
    "We propose Gradient Surgery Routing (GSR) for multi-task training.",
    "Experiments with PolyCoder, a new code generation model, show gains.",
    "results obtained with Neural Ordinary Solvers, a novel architecture for dynamics,",
    "We design a retrieval framework called ReFiT that caches passages.",
    "The resulting model, dubbed OrcaLite, runs on phones.",
    "We propose a parameter-efficient adaptation approach (PEAR) for vision models.",
    "Overall, FastKAN consistently outperforms ResNet-50 on all splits.",
    "GPT-4 outperforms Llama 2 and Falcon-40B, outperforming T5-XXL by far.",
    "Our agent reaches 61% success, outperforming GPT-4 by 9 points.",
    "We evaluate on the WikiMedQA dataset and report accuracy.",
    "Experiments on the Open Legal Contracts corpus show gains.",
    "We annotate the Basque Dependency Treebank for this study.",
    "We release ChartQA-Pro, a challenging benchmark for chart reasoning.",
    "We collect a corpus, called TalkBank5, of dialogues.",
    "It is better in terms of exact match and speed.",
    "Quality is measured by character error rate on held-out calls.",
    "We report chrF scores for all language pairs.",
    "We address the task of open-domain question answering.",
    "Our encoder helps on relation extraction tasks and semantic role labeling tasks.",
    "the model is tested on several image captioning benchmarks",
    "We propose a novel framework for efficient inference.",
    "In Table 3, a model trained longer is better.",
]


def _same_as_whole_doc_matcher(cue: CueMatcher, doc: Doc) -> list:
    expected = cue.matcher(doc, with_alignments=True)
    found = cue._matches(doc)
    assert sorted(found) == sorted(expected)
    order = {key: i for i, (key, _) in enumerate(cue._patterns)}
    assert [order[key] for key, *_ in found] == sorted(order[key] for key, *_ in found)
    return expected


def test_packaged_cues_match_as_the_whole_doc_matcher(nlp: Language) -> None:
    cue = nlp.get_pipe("kb_cues")
    rng = random.Random(7)
    texts = list(SENTENCES) + [" ".join(SENTENCES)]
    for _ in range(20):
        texts.append(" ".join(rng.sample(SENTENCES, 6)))
    found = 0
    for text in texts:
        found += len(_same_as_whole_doc_matcher(cue, nlp(text)))
    assert found > 50  # the texts do exercise the cues


def _cue_from(pattern: list[dict]) -> tuple[Language, CueMatcher]:
    nlp = make_nlp()
    cue = CueMatcher(nlp)
    cue.load(parse_patterns([json.dumps(
        {"id": "c", "label": "METHOD", "confidence": 0.5, "pattern": pattern})]))
    return nlp, cue


@pytest.mark.parametrize(
    ("pattern", "text", "n_matches"),
    [
        # LOWER anchor on a capitalised word
        ([{"LOWER": "zapdata"}], "We use ZapData here.", 1),
        # TEXT anchors are case-sensitive: no window for "corpus"
        ([{"IS_TITLE": True}, {"TEXT": "Corpus"}], "the Brown Corpus and the Brown corpus", 1),
        # the match is the last token of the doc: no token follows it
        ([{"LOWER": "call"}, {"IS_UPPER": True}], "which we call SPADE", 1),
        # an anchor repeated by "+" or "{1,3}"
        ([{"IS_TITLE": True}, {"LOWER": {"IN": ["very", "so"]}, "OP": "+"}, {"LOWER": "good"}],
         "It is Really very very so very good.", 1),
        ([{"IS_DIGIT": True}, {"LOWER": "x", "OP": "{1,3}"}, {"IS_ALPHA": True}],
         "5 x x x done and 6 x y", 2),
        # no anchor at all (only a shape): the cue runs everywhere
        ([{"IS_UPPER": True}, {"IS_DIGIT": True}], "ABC 12 and DEF 3", 2),
        # anchors far apart through an unbounded run that may not cross "."
        ([{"LOWER": "propose"}, {"TEXT": {"NOT_IN": ["."]}, "OP": "*"}, {"LOWER": "framework"},
          {"IS_UPPER": True}],
         "We propose " + "a " * 60 + "framework ABC and we propose it . a framework DEF", 1),
        # ... that may cross one "." by a later pattern token
        ([{"LOWER": "propose"}, {"TEXT": {"NOT_IN": ["."]}, "OP": "*"}, {"TEXT": "."},
          {"IS_UPPER": True}, {"IS_UPPER": True}],
         "We propose " + "a " * 30 + ". ABC DEF", 1),
        # ... whose first token is a barrier word itself
        ([{"TEXT": "."}, {"TEXT": {"NOT_IN": ["."]}, "OP": "*"}, {"IS_UPPER": True}],
         "the end . a b c ABC", 1),
        # ... and one that may cross anything
        ([{"LOWER": "propose"}, {"OP": "*"}, {"LOWER": "framework"}, {"IS_UPPER": True}],
         "We propose it . " + "a " * 60 + "framework ABC", 1),
        # an optional anchor-like token says nothing: matches without it
        ([{"LOWER": "the", "OP": "?"}, {"IS_UPPER": True}, {"LOWER": "dataset"}],
         "on the ABC dataset and DEF dataset", 2),
        # negated token ("!") next to anchors
        ([{"LOWER": "a"}, {"LOWER": "b", "OP": "!"}, {"LOWER": "c"}], "a x c , a b c", 1),
    ],
)
def test_windows_keep_every_match(pattern: list[dict], text: str, n_matches: int) -> None:
    nlp, cue = _cue_from(pattern)
    assert len(_same_as_whole_doc_matcher(cue, nlp(text))) == n_matches


def test_empty_doc() -> None:
    nlp, cue = _cue_from([{"LOWER": "x"}])
    assert cue.find(nlp("")) == []


def test_of_two_cues_finding_one_span_the_earlier_in_the_file_stands() -> None:
    nlp = make_nlp()
    cue = CueMatcher(nlp)
    lines = [{"id": "late_start", "label": "METHOD", "confidence": 0.5, "group": ["x"],
              "pattern": [{"LOWER": "use"}, {"IS_UPPER": True, "CAPTURE": "x"}]},
             {"id": "early_start", "label": "METHOD", "confidence": 0.5, "group": ["x"],
              "pattern": [{"LOWER": "we"}, {"LOWER": "use"}, {"IS_UPPER": True, "CAPTURE": "x"}]}]
    for ids in (["late_start", "early_start"], ["early_start", "late_start"]):
        cue.load(parse_patterns([json.dumps(next(x for x in lines if x["id"] == i)) for i in ids]))
        doc = cue(nlp("Here we use ABC."))
        assert [c.meta["pattern"] for c in doc._.kb_candidates] == [ids[0]]


def test_reloading_replaces_the_kept_matchers() -> None:
    nlp, cue = _cue_from([{"LOWER": "alpha"}])
    assert len(cue.find(nlp("alpha beta"))) == 1
    cue.load(parse_patterns([json.dumps(
        {"id": "c", "label": "METHOD", "confidence": 0.5, "pattern": [{"LOWER": "beta"}]})]))
    doc = nlp("alpha beta")
    assert [doc.text[c.start:c.end] for c in cue.find(doc)] == ["beta"]


@pytest.mark.parametrize(
    ("op", "expected"),
    [(None, (1, 1)), ("?", (0, 1)), ("!", (0, 1)), ("*", (0, None)), ("+", (1, None)),
     ("{3}", (3, 3)), ("{2,5}", (2, 5)), ("{,4}", (0, 4)), ("{2,}", (2, None))],
)
def test_token_range(op: str | None, expected: tuple) -> None:
    spec = {"LOWER": "x"} if op is None else {"LOWER": "x", "OP": op}
    assert _token_range(spec) == expected


def test_every_packaged_cue_has_an_anchor_word(nlp: Language) -> None:
    # a cue without a literal word to anchor on has the whole doc as its window: it runs over
    # every token of every doc (the whole-doc Matcher of all cues is about 3x slower than the windows)
    cues = nlp.get_pipe("kb_cues")
    cues.initialize()
    assert [key for (key, _), scope in zip(cues._patterns, cues._scopes) if not scope.anchors] == []
