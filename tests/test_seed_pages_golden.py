"""The five seed pages, checked against values transcribed by hand from the page text.

Counts come from reading each page (ACL: two "pdf bib" records; trending: five title /
abstract pairs after the chrome and the listing date; author profile: 31 category/date
markers, as its own "31 Papers" counter says; daily: 41 "• N authors" records; abstract
page: seven "Abstract:" lines). The records below were copied from the page text, not
from reader output; fields a page does not give are expected to be empty.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from kb.readers import Source, detect, read_paths
from schema.models import Paper, Reject

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seed(prefix: str) -> Path:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


PAGES = {  # page prefix: (format, number of papers on the page)
    "000": ("acl_anthology", 2),
    "001": ("trending_listing", 5),
    "002": ("author_profile", 31),
    "003": ("daily_papers", 41),
    "004": ("abstract_lines", 7),
}


@pytest.fixture(scope="module")
def items() -> list[Paper | Reject]:
    return list(read_paths([str(SEEDS)]))


@pytest.fixture(scope="module")
def by_title(items: list[Paper | Reject]) -> dict[str, Paper]:
    """Papers by title; an untitled paper (page 004) by its abstract."""
    return {item.title or item.abstract: item for item in items if isinstance(item, Paper)}


def test_all_86_seed_papers_read_without_rejects(items: list[Paper | Reject]) -> None:
    assert [str(item) for item in items if isinstance(item, Reject)] == []
    assert len(items) == 86


@pytest.mark.parametrize("prefix", sorted(PAGES))
def test_page_format_and_count(prefix: str, items: list[Paper | Reject]) -> None:
    fmt, count = PAGES[prefix]
    path = seed(prefix)
    assert detect(Source(str(path))).name == fmt
    on_page = [p for p in items if isinstance(p, Paper) and Path(p.source.path).name == path.name]
    assert len(on_page) == count
    assert {p.source.format for p in on_page} == {fmt}


NONE_DATE = {"year": None, "month": None, "day": None, "date": None}
NOTHING_ELSE = {"venue": None, "category": None, "has_code": None, "upvotes": None, "affiliations": []}

GOLDEN: list[dict[str, Any]] = [
    # 000: ACL Anthology author page (both records on it)
    {
        "page": "000", "line": 6,
        "title": "CRaSh: Clustering, Removing, and Sharing Enhance Fine-tuning without Full Large Language Model",
        "authors": ["Kaiyan Zhang", "Ning Ding", "Biqing Qi", "Xuekai Zhu", "Xinwei Long", "Bowen Zhou"],
        **NOTHING_ELSE, **NONE_DATE,
        "venue": "Proceedings of the 2023 Conference on Empirical Methods in Natural Language Processing",
        "year": 2023,
        "abstract_starts": "Instruction tuning has recently been recognized as an effective way",
        "abstract_ends": "thereby highlighting the effectiveness of CRaSh and OFT.",
    },
    {
        "page": "000", "line": 15,
        "title": "Hierarchical Region Learning for Nested Named Entity Recognition",
        "authors": ["Xinwei Long", "Shuzi Niu", "Yucheng Li"],
        **NOTHING_ELSE, **NONE_DATE,
        "venue": "Findings of the Association for Computational Linguistics: EMNLP 2020",
        "year": 2020,
        "abstract_starts": "Named Entity Recognition (NER) is deeply explored",
        "abstract_ends": "competitive or better results than state-of-the-art baselines.",
    },
    # 001: trending listing (titles and abstracts only; "May 2" is the listing's date)
    {
        "page": "001", "line": 11,
        "title": "Extend Model Merging from Fine-Tuned to Pre-Trained Large Language Models via Weight Disentanglement",
        "authors": [], **NOTHING_ELSE, **NONE_DATE,
        "abstract_starts": "Merging Large Language Models (LLMs) aims to amalgamate",
        "abstract_ends": "mathematical reasoning, and code generation skills.",
    },
    {
        "page": "001", "line": 19,
        "title": "Can Pre-trained Networks Detect Familiar Out-of-Distribution Data?",
        "authors": [], **NOTHING_ELSE, **NONE_DATE,
        "abstract_starts": "Out-of-distribution (OOD) detection is critical",
        "abstract_ends": "The code will be available via https://github.com/AtsuMiyai/PT-OOD.",
    },
    {
        "page": "001", "line": 27,
        "title": "Rethinking Supervised Pre-training for Better Downstream Transferring",
        "authors": [], **NOTHING_ELSE, **NONE_DATE,
        "abstract_starts": "The pretrain-finetune paradigm has shown outstanding performance",
        "abstract_ends": "for supervised and self-supervised pre-training.",
    },
    # 002: author profile
    {
        "page": "002", "line": 19,
        "title": "Focus on the Target's Vocabulary: Masked Label Smoothing for Machine Translation",
        "authors": ["Liang Chen", "Runxin Xu", "Baobao Chang"],
        **NOTHING_ELSE,
        "category": "CL", "has_code": True, "affiliations": ["pku"],
        "year": 2022, "month": 3, "day": 6, "date": dt.date(2022, 3, 6),
        "abstract_starts": "Label smoothing and vocabulary sharing are two widely used techniques",
        "abstract_ends": "Our code is released at https://github.com/PKUnlp-icler/MLS",
    },
    {
        "page": "002", "line": 61,
        "title": "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning",
        "authors": ["DeepSeek-AI", "Daya Guo", "Dejian Yang"],
        **NOTHING_ELSE,
        "category": "CL", "has_code": True, "affiliations": ["stanford, tsinghua"],
        "year": 2025, "month": 1, "day": 22, "date": dt.date(2025, 1, 22),
        "abstract_starts": "We introduce our first-generation reasoning models, DeepSeek-R1-Zero and DeepSeek-R1.",
    },
    {
        "page": "002", "line": 215,
        "title": "ACMo: Angle-Calibrated Moment Methods for Stochastic Optimization",
        "authors": ["Xunpeng Huang", "Runxin Xu", "Hao Zhou"],
        **NOTHING_ELSE,
        "category": "OC",
        "year": 2020, "month": 6, "day": 12, "date": dt.date(2020, 6, 12),
        "abstract_starts": "Due to its simplicity and outstanding ability to generalize",
    },
    {
        "page": "002", "line": 124,
        "title": "DeepSeek-Coder-V2: Breaking the Barrier of Closed-Source Models in Code Intelligence",
        "authors": ["DeepSeek-AI", "Qihao Zhu", "Daya Guo"],
        **NOTHING_ELSE,
        "category": "SE", "has_code": True,
        "year": 2024, "month": 6, "day": 17, "date": dt.date(2024, 6, 17),
        "abstract_starts": "We present DeepSeek-Coder-V2, an open-source Mixture-of-Experts (MoE) code language model",
    },
    # 003: daily papers (author count only, so no authors)
    {
        "page": "003", "line": 13,
        "title": "Fine-Tuning Large Neural Language Models for Biomedical Natural Language Processing",
        "authors": [], **NOTHING_ELSE,
        "year": 2021, "month": 12, "day": 14, "date": dt.date(2021, 12, 14),
        "abstract_starts": "Motivation: A perennial challenge for biomedical researchers",
    },
    {
        "page": "003", "line": 37,
        "title": "Chirp Localization via Fine-Tuned Transformer Model: A Proof-of-Concept Study",
        "authors": [], **NOTHING_ELSE,
        "year": None, "month": 3, "day": 24, "date": None,
        "abstract_starts": "Spectrograms are pivotal in time-frequency signal analysis",
    },
    {
        "page": "003", "line": 53,
        "title": "Plant Disease Detection through Multimodal Large Language Models and Convolutional Neural Networks",
        "authors": [], **NOTHING_ELSE,
        "year": None, "month": 4, "day": 29, "date": None, "upvotes": 1,
        "abstract_starts": "Automation in agriculture plays a vital role",
    },
    {
        "page": "003", "line": 173,
        "title": "LLaMA-NAS: Efficient Neural Architecture Search for Large Language Models",
        "authors": [], **NOTHING_ELSE,
        "year": 2024, "month": 5, "day": 28, "date": dt.date(2024, 5, 28), "upvotes": 3,
        "abstract_starts": "The abilities of modern large language models (LLMs) in solving natural language processing",
    },
    # 004: abstracts only; the page gives no title, so the title stays null
    {
        "page": "004", "line": 5,
        "title": None,
        "authors": [], **NOTHING_ELSE, **NONE_DATE,
        "abstract_starts": "We present a general framework for unsupervised text style transfer with deep generative models. "
                           "The framework models each sentence-label pair",
        "abstract_ends": "achieve better or competitive results compared to several strong baselines.",
    },
    {
        "page": "004", "line": 7,
        "title": None,
        "authors": [], **NOTHING_ELSE, **NONE_DATE,
        "abstract_starts": "Post-hoc interpretation aims to explain a trained model",
        "abstract_ends": "draw conclusions assertively.",
    },
]


@pytest.mark.parametrize("expected", GOLDEN, ids=[f"{g['page']}:{g['line']}" for g in GOLDEN])
def test_hand_transcribed_record(expected: dict[str, Any], by_title: dict[str, Paper]) -> None:
    if expected["title"] is None:
        (paper,) = [p for p in by_title.values() if p.title is None and p.abstract.startswith(expected["abstract_starts"])]
    else:
        paper = by_title[expected["title"]]
    assert Path(paper.source.path).name == seed(expected["page"]).name
    assert paper.source.line == expected["line"]
    assert [a.name for a in paper.authors] == expected["authors"]
    assert all(a.affiliation is None for a in paper.authors)
    for name in ("venue", "year", "month", "day", "date", "category", "has_code", "upvotes", "affiliations"):
        assert getattr(paper, name) == expected[name], name
    assert paper.abstract.startswith(expected["abstract_starts"])
    assert paper.abstract.endswith(expected.get("abstract_ends", ""))


def test_abstract_only_page_has_no_invented_titles(items: list[Paper | Reject]) -> None:
    papers = [p for p in items if isinstance(p, Paper) and Path(p.source.path).name == seed("004").name]
    assert len(papers) == 7 and all(p.title is None for p in papers)


def test_chrome_never_becomes_a_paper(by_title: dict[str, Paper]) -> None:
    chrome = {"new", "Subscribe", "Get trending papers in your email inbox!", "Daily Papers",
              "byAK and the research community", "Xinwei Long", "Runxin Xu", "31 Papers",
              "h-index33", "CL", "May 2", "Dec 12"}
    assert not chrome & set(by_title)
    assert Counter(p.source.format for p in by_title.values()) == Counter(
        {fmt: count for fmt, count in PAGES.values()}
    )
