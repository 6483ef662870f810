"""A synthetic corpus of ML paper records: realistic, distinct abstracts of any size.

Every record is a function of ``(seed, index)`` only, so a corpus of any size is generated
lazily, deterministically, and record ``i`` is the same whatever the size asked for.
Abstracts follow the usual shape of an ML abstract: a problem statement, the gap, "we
propose X", how X works, results on named datasets with numbers ("experiments on D1 and D2
show that X improves M by N points over B", "achieves a new state of the art"), sometimes
an efficiency remark, a limitation or a code link. Method names are invented (CamelCase
compounds, acronyms of a long form, names with versions); tasks, datasets, metrics and
baselines are real-looking names that belong together (BLEU goes with WMT14 En-De).

With ``annotate=True`` a record also carries ``"gold"``: the labelled spans the generator
placed (METHOD, DATASET, METRIC, TASK; offsets into the title or abstract) and the claims
it wrote. ``bench_query`` builds a knowledge base from these without running any NLP.

    python -m benchmarks.corpus 2000 -o /tmp/corpus.jsonl [--seed 0]

Records are the generic JSON Lines paper records ``kb ingest`` reads:
``{"id", "title", "abstract", "authors": [...], "year"}``.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import string
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# --------------------------------------------------------------------------- vocabulary
# task: (field, datasets, metrics, baselines)
TASKS: dict[str, tuple[str, list[str], list[str], list[str]]] = {
    "named entity recognition": ("natural language processing",
                                 ["CoNLL-2003", "OntoNotes 5.0", "WNUT-17", "ACE 2005", "GENIA"],
                                 ["F1", "micro-F1", "precision", "recall"],
                                 ["BiLSTM-CRF", "BERT", "LUKE", "RoBERTa"]),
    "machine translation": ("natural language processing",
                            ["WMT14 En-De", "WMT14 En-Fr", "WMT16 En-Ro", "IWSLT14 De-En"],
                            ["BLEU", "chrF", "COMET"],
                            ["Transformer", "ConvS2S", "mBART"]),
    "question answering": ("natural language processing",
                           ["SQuAD 1.1", "SQuAD 2.0", "Natural Questions", "TriviaQA", "HotpotQA"],
                           ["exact match", "F1", "EM"],
                           ["BERT", "RoBERTa", "SpanBERT", "ALBERT", "T5"]),
    "abstractive summarization": ("natural language processing",
                                  ["CNN/DailyMail", "XSum", "arXiv", "PubMed", "Multi-News"],
                                  ["ROUGE-1", "ROUGE-2", "ROUGE-L"],
                                  ["BART", "PEGASUS", "T5", "Pointer-Generator"]),
    "sentiment analysis": ("natural language processing",
                           ["SST-2", "IMDb", "Yelp-5", "SemEval-2014 Task 4"],
                           ["accuracy", "macro-F1"],
                           ["BERT", "XLNet", "RoBERTa", "TextCNN"]),
    "natural language inference": ("natural language processing",
                                   ["MNLI", "SNLI", "ANLI", "RTE"],
                                   ["accuracy"],
                                   ["BERT", "DeBERTa", "ELECTRA", "ESIM"]),
    "relation extraction": ("information extraction",
                            ["TACRED", "DocRED", "SemEval-2010 Task 8", "NYT"],
                            ["F1", "micro-F1"],
                            ["SpanBERT", "LUKE", "ATLOP", "PCNN"]),
    "dependency parsing": ("natural language processing",
                           ["Penn Treebank", "Universal Dependencies 2.2", "CTB 5.1"],
                           ["LAS", "UAS"],
                           ["Biaffine parser", "Stack-Pointer network", "UDPipe"]),
    "image classification": ("computer vision",
                             ["ImageNet", "CIFAR-10", "CIFAR-100", "iNaturalist 2018"],
                             ["top-1 accuracy", "top-5 accuracy", "accuracy"],
                             ["ResNet-50", "ViT-B/16", "EfficientNet-B7", "ConvNeXt"]),
    "object detection": ("computer vision",
                         ["MS COCO", "PASCAL VOC 2007", "LVIS v1.0"],
                         ["mAP", "AP50", "box AP"],
                         ["Faster R-CNN", "DETR", "YOLOv5", "RetinaNet"]),
    "semantic segmentation": ("computer vision",
                              ["Cityscapes", "ADE20K", "PASCAL VOC 2012"],
                              ["mIoU", "pixel accuracy"],
                              ["DeepLabv3+", "SegFormer", "Mask2Former", "U-Net"]),
    "speech recognition": ("speech processing",
                           ["LibriSpeech", "Switchboard", "TIMIT", "Common Voice"],
                           ["word error rate", "WER", "CER"],
                           ["Conformer", "wav2vec 2.0", "Whisper", "DeepSpeech 2"]),
    "code generation": ("software engineering",
                        ["HumanEval", "MBPP", "APPS"],
                        ["pass@1", "pass@10"],
                        ["Codex", "CodeLlama", "StarCoder", "CodeT5"]),
    "link prediction": ("knowledge graph completion",
                        ["FB15k-237", "WN18RR", "YAGO3-10"],
                        ["MRR", "Hits@10", "Hits@1"],
                        ["TransE", "RotatE", "ComplEx", "DistMult"]),
    "node classification": ("graph representation learning",
                            ["Cora", "Citeseer", "ogbn-arxiv", "ogbn-products"],
                            ["accuracy", "macro-F1"],
                            ["GCN", "GAT", "GraphSAGE", "APPNP"]),
    "time series forecasting": ("time series analysis",
                                ["ETTh1", "ETTm2", "Electricity", "Traffic", "Weather"],
                                ["MSE", "MAE"],
                                ["Informer", "Autoformer", "PatchTST", "DLinear"]),
    "image captioning": ("vision and language",
                         ["MS COCO Captions", "Flickr30k", "NoCaps"],
                         ["CIDEr", "BLEU-4", "SPICE"],
                         ["BLIP", "OSCAR", "Show, Attend and Tell"]),
    "visual question answering": ("vision and language",
                                  ["VQA v2", "GQA", "OK-VQA"],
                                  ["accuracy"],
                                  ["LXMERT", "ViLBERT", "BLIP-2", "Flamingo"]),
    "reading comprehension": ("natural language processing",
                              ["RACE", "DROP", "CoQA"],
                              ["accuracy", "F1", "EM"],
                              ["BERT", "XLNet", "NAQANet"]),
    "language modeling": ("natural language processing",
                          ["WikiText-103", "Penn Treebank", "enwik8", "The Pile"],
                          ["perplexity", "bits per character"],
                          ["GPT-2", "Transformer-XL", "AWD-LSTM"]),
    "text classification": ("natural language processing",
                            ["AG News", "DBpedia", "Yahoo! Answers", "20 Newsgroups"],
                            ["accuracy", "error rate"],
                            ["fastText", "TextCNN", "BERT", "HAN"]),
    "entity linking": ("information extraction",
                       ["AIDA-CoNLL", "WikilinksNED", "MSNBC"],
                       ["micro-F1", "accuracy"],
                       ["BLINK", "GENRE", "REL"]),
    "passage retrieval": ("information retrieval",
                          ["MS MARCO", "BEIR", "TREC-COVID", "Natural Questions"],
                          ["MRR@10", "nDCG@10", "Recall@100"],
                          ["BM25", "DPR", "ColBERT", "ANCE"]),
    "math word problem solving": ("mathematical reasoning",
                                  ["GSM8K", "MATH", "SVAMP"],
                                  ["accuracy"],
                                  ["GPT-3.5", "Llama 2", "chain-of-thought prompting", "PaLM"]),
}
TASK_NAMES = sorted(TASKS)

#: lower is better: claims about these say "reduces"
LOWER_IS_BETTER = {"word error rate", "WER", "CER", "MSE", "MAE", "perplexity", "error rate",
                   "bits per character"}

#: (low, high, decimals) of a plausible score per metric
SCORE_RANGE: dict[str, tuple[float, float, int]] = {
    "BLEU": (18, 46, 1), "chrF": (40, 70, 1), "COMET": (70, 90, 1), "BLEU-4": (25, 45, 1),
    "CIDEr": (90, 150, 1), "SPICE": (18, 30, 1), "mAP": (30, 65, 1), "AP50": (50, 80, 1),
    "box AP": (35, 62, 1), "mIoU": (40, 86, 1), "word error rate": (1.5, 18, 1), "WER": (1.5, 18, 1),
    "CER": (0.8, 9, 1), "MSE": (0.1, 0.9, 3), "MAE": (0.2, 0.8, 3), "perplexity": (9, 40, 2),
    "bits per character": (0.9, 1.3, 3), "error rate": (2, 15, 2), "pass@1": (12, 85, 1),
    "pass@10": (30, 95, 1), "MRR": (0.25, 0.55, 3), "Hits@10": (45, 70, 1), "Hits@1": (18, 48, 1),
    "MRR@10": (30, 45, 1), "nDCG@10": (30, 75, 1), "Recall@100": (70, 98, 1),
}
DEFAULT_SCORE = (55, 97, 1)

FIRST = ["Ashish", "Wei", "Maria", "Yuki", "Olga", "Kwame", "Priya", "Lucas", "Fatima", "Jonas",
         "Mei", "Alejandro", "Sara", "Dmitri", "Aisha", "Thomas", "Hiroshi", "Elena", "Chen",
         "Amara", "Noah", "Ingrid", "Rahul", "Zeynep", "Mateo", "Hannah", "Jun", "Leila", "Oscar",
         "Anika", "Tomasz", "Nadia", "Kenji", "Sofia", "Ibrahim", "Clara", "Minh", "Laura",
         "Pedro", "Yara", "Xinyu", "Björn", "Chloé", "Emeka", "Ravi", "Lena", "Diego", "Hyun-woo"]
LAST = ["Vaswani", "Zhang", "Garcia", "Tanaka", "Petrova", "Mensah", "Sharma", "Silva", "Haddad",
        "Schmidt", "Li", "Rodríguez", "Rossi", "Ivanov", "Bello", "Müller", "Sato", "Popescu",
        "Wang", "Okafor", "Smith", "Larsen", "Gupta", "Yılmaz", "Fernández", "Becker", "Liu",
        "Karimi", "Nilsson", "Kowalski", "Nguyen", "Dubois", "Kim", "Moreau", "Chen", "Ahmed",
        "Novak", "Park", "Costa", "Huang", "Jensen", "Suzuki", "O'Brien", "Van der Berg",
        "Zhao", "Kaur", "Lefebvre", "Wu", "Hoffmann", "Morales", "Lindqvist", "Yamamoto"]

NAME_PREFIX = ["Graph", "Span", "Meta", "Flash", "Hyper", "Contra", "Prompt", "Retro", "Mix",
               "Adapt", "Sparse", "Dyna", "Omni", "Cross", "Fusion", "Poly", "Neuro", "Token",
               "Lite", "Deep", "Hier", "Trans", "Align", "Proto", "Quant", "Uni", "Co", "Sym",
               "Vox", "Lex", "Seq", "Re", "Syn", "Hybrid", "Mamba", "Diff", "Route", "Mem",
               "Chrono", "Aero", "Nova", "Star", "Bridge", "Echo", "Iris", "Orbit"]
NAME_SUFFIX = ["Former", "Net", "BERT", "GAN", "Mix", "Align", "Match", "Prompt", "Tune", "Flow",
               "Distill", "Gen", "Seg", "Det", "RL", "KD", "Rank", "Mamba", "Fuse", "Cast",
               "Parse", "Link", "Coder", "Vision", "Speech", "QA", "Sum", "GNN", "Diff", "LM"]
NAME_VERSION = ["", "", "", "", "", "-v2", "-L", "++", "-XL", "-Lite", "-Base", "2", "-3B", "-7B"]

LONG_ADJ = ["Hierarchical", "Contrastive", "Adaptive", "Dynamic", "Sparse", "Retrieval-Augmented",
            "Self-Supervised", "Multi-Granular", "Cross-Lingual", "Curriculum", "Probabilistic",
            "Structured", "Memory-Efficient", "Knowledge-Enhanced", "Iterative", "Latent",
            "Multi-Scale", "Parameter-Efficient", "Robust", "Causal"]
LONG_NOUN1 = ["Span", "Graph", "Token", "Prompt", "Feature", "Attention", "Routing", "Context",
              "Label", "Entity", "Sequence", "Patch", "Query", "Relation", "Memory", "Expert"]
LONG_NOUN2 = ["Alignment", "Network", "Encoder", "Transformer", "Distillation", "Decoding",
              "Tuning", "Aggregation", "Matching", "Propagation", "Refinement", "Fusion",
              "Reasoning", "Modeling", "Learning"]

ARCH = ["transformer-based architecture", "graph neural network", "retrieval-augmented framework",
        "contrastive pre-training objective", "lightweight adapter", "diffusion model",
        "mixture-of-experts model", "sequence-to-sequence model", "two-stage pipeline",
        "multi-task learning framework", "encoder-decoder model", "prompting strategy",
        "self-training method", "hierarchical attention network", "state space model"]
ADJ = ["simple", "scalable", "unified", "parameter-efficient", "training-free", "lightweight",
       "robust", "modular", "end-to-end", "data-efficient", "general-purpose", "novel"]
COMPONENT = ["a span-level attention module", "a hierarchical memory", "a dynamic routing mechanism",
             "a contrastive alignment loss", "a curriculum sampling strategy",
             "a lightweight gating network", "a cross-lingual prompt encoder",
             "a knowledge distillation objective", "a graph-based reasoning layer",
             "a learned positional bias", "an uncertainty-aware decoder", "a retrieval index over the training set",
             "a mixture of low-rank adapters", "a denoising pre-training task",
             "a label-aware pooling layer", "a sparse top-k attention"]
GOAL = ["capture long-range dependencies", "share information across tasks",
        "reduce the annotation burden", "handle noisy inputs", "generalise to unseen domains",
        "keep inference cost low", "model interactions between entities",
        "exploit unlabelled data", "calibrate its predictions", "scale to long documents"]
WEAKNESS = ["fail to capture long-range dependencies", "rely heavily on hand-crafted features",
            "scale poorly to long inputs", "are brittle under distribution shift",
            "require large labelled corpora", "ignore the structure of the output space",
            "suffer from error propagation", "are expensive to train and deploy",
            "overfit to spurious correlations in the training data"]
RESOURCE = ["large amounts of labelled data", "task-specific architectures",
            "expensive human annotation", "additional parameters at inference time",
            "access to proprietary models", "multiple forward passes"]
APPLICATION = ["search engines", "clinical decision support", "dialogue systems",
               "autonomous driving", "content moderation", "scientific discovery",
               "recommender systems", "assistive technology", "financial analysis"]
HARD_CASE = ["very long inputs", "low-resource languages", "rare classes", "out-of-domain data",
             "adversarial examples", "ambiguous references", "noisy labels"]
CONCEPT = ["Contrastive Learning", "Sparse Attention", "Retrieval Augmentation", "Knowledge Distillation",
           "Curriculum Learning", "Mixture of Experts", "Prompt Tuning", "Self-Training",
           "Graph Reasoning", "Data Augmentation", "Low-Rank Adaptation", "Uncertainty Estimation"]
USERS = ["ml-lab", "nlp-group", "vision-team", "kb-research", "open-models", "deep-learning-lab"]


def _title_case(text: str) -> str:
    small = {"a", "an", "and", "for", "of", "on", "the", "to", "via", "with", "in"}
    words = text.split()
    return " ".join(w if w.isupper() or (i and w in small) else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


# --------------------------------------------------------------------------- text builder
@functools.lru_cache(maxsize=None)
def _parse(template: str) -> tuple[tuple[str, str | None], ...]:
    return tuple((literal, name) for literal, name, _, _ in string.Formatter().parse(template))


class _Text:
    """Concatenates pieces and remembers where the labelled ones landed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict[str, Any]] = []

    def add(self, text: str, label: str | None = None, name: str | None = None) -> None:
        if label:
            self.spans.append({"label": label, "start": self.length, "end": self.length + len(text),
                               "text": text, "name": name or text})
        self.parts.append(text)
        self.length += len(text)

    def render(self, template: str, slots: dict[str, tuple[str, str | None] | tuple[str, str | None, str]]) -> None:
        """``template`` with ``{slot}`` fields; a slot is ``(text, label[, canonical name])``."""
        for literal, field_name in _parse(template):
            if literal:
                self.add(literal)
            if field_name is not None:
                value = slots[field_name]
                self.add(value[0], value[1], value[2] if len(value) > 2 else None)  # type: ignore[misc]

    @property
    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------- one record
def _number(rng: random.Random, low: float, high: float, decimals: int) -> str:
    return f"{rng.uniform(low, high):.{decimals}f}"


def _method(rng: random.Random) -> tuple[str, str | None]:
    """(short name, long form or None)."""
    style = rng.random()
    if style < 0.45:
        return rng.choice(NAME_PREFIX) + rng.choice(NAME_SUFFIX) + rng.choice(NAME_VERSION), None
    if style < 0.85:
        words = [rng.choice(LONG_ADJ), rng.choice(LONG_NOUN1), rng.choice(LONG_NOUN2)]
        if rng.random() < 0.3:
            words.insert(1, rng.choice(LONG_ADJ))
        long_form = " ".join(words)
        letters = [w.split("-")[0] for w in long_form.split()]
        if rng.random() < 0.5:
            short = "".join(w[0] for w in letters).upper()
        else:  # CRaSh / HiCoSA style
            short = "".join(w[: rng.choice((1, 2))] for w in letters)
            short = short[0].upper() + short[1:]
        return short, long_form
    # lower-case stem with digits or a proper-noun-ish name
    return rng.choice(["", "Neo", "Fast", "Open"]) + rng.choice(NAME_PREFIX).lower().capitalize() + str(
        rng.randint(2, 9)), None


def make_record(index: int, seed: int = 0, *, annotate: bool = False) -> dict[str, Any]:
    """Record ``index`` of the corpus ``seed``; the same for every corpus size."""
    rng = random.Random(f"kb-bench:{seed}:{index}")
    task = rng.choice(TASK_NAMES)
    field, datasets, metrics, baselines = TASKS[task]
    method, long_form = _method(rng)
    ds = rng.sample(datasets, k=min(len(datasets), rng.choice((1, 2, 2, 3))))
    metric = rng.choice(metrics)
    base = rng.sample(baselines, k=min(2, len(baselines)))
    lower = metric in LOWER_IS_BETTER
    low, high, dec = SCORE_RANGE.get(metric, DEFAULT_SCORE)
    comps = rng.sample(COMPONENT, 2)
    pct = "\\%" if rng.random() < 0.05 else "%"
    on_both = "Experiments on {d1} and {d2} show that" if len(ds) > 1 else "Experiments on {d1} show that"

    T, M, D, ME, TA = None, "METHOD", "DATASET", "METRIC", "TASK"
    slots: dict[str, Any] = {
        "task": (task, TA), "Task": (task[:1].upper() + task[1:], TA, task),
        "field": (field, T), "method": (method, M), "arch": (rng.choice(ARCH), T),
        "adj": (rng.choice(ADJ), T), "comp1": (comps[0], T),
        "comp2": (comps[1], T), "goal": (rng.choice(GOAL), T),
        "weakness": (rng.choice(WEAKNESS), T), "resource": (rng.choice(RESOURCE), T),
        "app": (rng.choice(APPLICATION), T), "hard": (rng.choice(HARD_CASE), T),
        "d1": (ds[0], D), "d2": (ds[-1], D), "metric": (metric, ME),
        "base": (base[0], M), "base2": (base[-1], M),
        "n_bench": (str(rng.randint(3, 12)), T),
    }
    out = _Text()
    claims: list[dict[str, Any]] = []

    def sentence(template: str, claim: dict[str, Any] | None = None, **extra: Any) -> None:
        if out.length:
            out.add(" ")
        start = out.length
        out.render(template, {**slots, **extra})
        if claim is not None:
            claims.append({**claim, "text": out.text[start:], "start": start, "end": out.length})

    # 1. problem statement (1-2 sentences)
    sentence(rng.choice([
        "{Task} is a fundamental problem in {field} with applications in {app}.",
        "{Task} has attracted increasing attention in {field} due to its importance for {app}.",
        "Recent advances in {field} have led to remarkable progress on {task}, yet many challenges remain.",
        "Despite the success of {base} on {task}, state-of-the-art systems still struggle with {hard}.",
    ]))
    if rng.random() < 0.7:
        sentence(rng.choice([
            "Large pretrained models such as {base2} have become the default starting point for {task}.",
            "Most existing approaches treat {task} as a sequence labelling or classification problem.",
            "At the same time, collecting annotations for {task} is slow and expensive.",
            "A growing body of work evaluates such systems on {d1}, where gains have recently saturated.",
        ]))
    # 2. the gap
    sentence(rng.choice([
        "However, existing methods {weakness}.",
        "Prior work has largely focused on English benchmarks, and current models {weakness}.",
        "Unfortunately, approaches built on {base} {weakness}, which limits their use in practice.",
    ]))
    # 3. the proposal
    if long_form:
        intro = rng.choice([
            "In this paper, we propose {long} ({method}), a {adj} {arch} for {task}.",
            "We introduce {long} ({method}), which {goal_verb} without requiring {resource}.",
            "To address this issue, we present {long} ({method}), a {adj} {arch}.",
        ])
        sentence(intro, long=(long_form, M, method), goal_verb=("learns to " + slots["goal"][0], T))
    else:
        sentence(rng.choice([
            "In this paper, we propose {method}, a {adj} {arch} for {task}.",
            "We introduce {method}, a {adj} {arch} that does not require {resource}.",
            "To address this issue, we present {method}, a {adj} {arch} tailored to {task}.",
        ]))
    # 4. how it works (1-2 sentences)
    sentence(rng.choice([
        "{method} combines {comp1} with {comp2} to {goal}.",
        "Specifically, {method} uses {comp1} to {goal}, and {comp2} to refine its predictions.",
        "The key idea is to equip a {arch} with {comp1}, so that the model can {goal}.",
    ]))
    if rng.random() < 0.6:
        sentence(rng.choice([
            "Unlike previous work, our approach is trained end to end and requires no {resource}.",
            "We further show that {comp2} can be plugged into existing models with little overhead.",
            "We also provide a theoretical analysis showing that the proposed objective is a lower bound on the likelihood.",
        ]))
    # 5. results (2-3 sentences, each a claim)
    gain = _number(rng, 0.3, 6.5, rng.choice((1, 1, 2)))
    value = _number(rng, low, high, dec)
    rel = str(rng.randint(3, 40))
    if lower:
        sentence(on_both + " {method} reduces {metric} by {rel}" + pct
                 + " relative to {base}.",
                 {"kind": "reduction", "method": method, "dataset": ds[0], "metric": metric,
                  "value": float(rel), "unit": "%", "baseline": base[0]}, rel=(rel, T))
    else:
        sentence(rng.choice([
            on_both + " {method} improves {metric} by {gain} points over {base}.",
            "On {d1}, {method} improves {metric} by {gain} points over a strong {base} baseline.",
        ]), {"kind": "improvement", "method": method, "dataset": ds[0], "metric": metric,
             "value": float(gain), "unit": "points", "baseline": base[0]}, gain=(gain, T))
    if rng.random() < 0.7:
        sentence(rng.choice([
            "{method} achieves a new state of the art on {d1}, reaching {value} {metric}.",
            "Our best model reaches {value} {metric} on {d2}, outperforming all previously published results.",
            "In particular, {method} obtains {value} {metric} on {d2}, a new state of the art.",
        ]), {"kind": "sota", "method": method, "dataset": ds[0], "metric": metric,
             "value": float(value), "unit": None, "baseline": None}, value=(value, T))
    else:
        sentence("{method} reaches {value} {metric} on {d2}.",
                 {"kind": "score", "method": method, "dataset": ds[-1], "metric": metric,
                  "value": float(value), "unit": None, "baseline": None}, value=(value, T))
    if rng.random() < 0.6:
        sentence(rng.choice([
            "Extensive experiments on {n_bench} benchmarks demonstrate that {method} consistently outperforms {base} and {base2}.",
            "{method} also outperforms strong baselines including {base} and {base2} in low-resource settings.",
        ]), {"kind": "comparison", "method": method, "dataset": None, "metric": None,
             "value": None, "unit": None, "baseline": base[0]})
    if rng.random() < 0.5:
        sentence(rng.choice([
            "Ablation studies confirm that both {comp1} and {comp2} contribute to the final performance.",
            "A detailed ablation shows that removing {comp2} hurts performance most on {hard}.",
            "Human evaluation further indicates that the outputs of {method} are preferred over those of {base2}.",
        ]))
    # 6. efficiency, limitation, code (optional)
    if rng.random() < 0.4:
        speed = _number(rng, 1.5, 12, 1)
        sentence(rng.choice([
            "Moreover, it is {speed}x faster than {base2} at inference time.",
            "At the same time, {method} uses {fewer}" + pct + " fewer parameters and trains {speed}x faster.",
        ]), {"kind": "comparison", "method": method, "dataset": None, "metric": None,
             "value": float(speed), "unit": "x", "baseline": base[-1]},
            speed=(speed, T), fewer=(str(rng.randint(20, 90)), T))
    if rng.random() < 0.35:
        sentence(rng.choice([
            "We also analyse failure cases and find that {method} still struggles with {hard}.",
            "However, our method still requires {resource}, which we leave to future work.",
            "Our analysis suggests that gains are smaller on {hard}, pointing to directions for future research.",
        ]))
    if rng.random() < 0.3:
        sentence("Code and models are available at https://github.com/{user}/{repo}.",
                 user=(rng.choice(USERS), T), repo=(method.lower().replace("+", "p"), T))

    # title
    title = _Text()
    title_slots = {**slots, "Task": (_title_case(task), TA, task),
                   "Arch": (_title_case(slots["arch"][0]), T), "Adj": (slots["adj"][0].capitalize(), T),
                   "Concept": (rng.choice(CONCEPT), T), "d1": (ds[0], D)}
    if long_form and rng.random() < 0.5:
        title.render("{long}: {Concept} for {Task}", {**title_slots, "long": (long_form, M, method)})
    else:
        title.render(rng.choice([
            "{method}: {Adj} {Arch} for {Task}",
            "{method}: Improving {Task} via {Concept}",
            "Towards {Adj} {Task} with {Concept}",
            "Rethinking {Concept} for {Task}: Lessons from {d1}",
            "{method}: {Concept} Meets {Task}",
        ]), title_slots)

    authors = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.choice((1, 2, 3, 3, 4, 4, 5, 6, 8)))]
    record: dict[str, Any] = {
        "id": f"synth-{seed}-{index:08d}",
        "title": title.text,
        "abstract": out.text,
        "authors": list(dict.fromkeys(authors)),
        "year": rng.randint(2015, 2025),
    }
    if annotate:
        record["gold"] = {
            "mentions": [{**s, "field": "title"} for s in title.spans]
                        + [{**s, "field": "abstract"} for s in out.spans],
            "claims": claims,
        }
    return record


def iter_records(n: int, seed: int = 0, *, start: int = 0, annotate: bool = False) -> Iterator[dict[str, Any]]:
    for index in range(start, start + n):
        yield make_record(index, seed, annotate=annotate)


def write_jsonl(path: str | Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` records as JSON Lines (streaming; any size)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for record in iter_records(n, seed):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def corpus_file(n: int, seed: int = 0, directory: str | Path | None = None) -> Path:
    """A cached JSONL file of ``n`` records (written once per size and seed)."""
    directory = Path(directory) if directory else Path(__file__).parent / ".cache"
    path = directory / f"corpus-{seed}-{n}.jsonl"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        write_jsonl(tmp, n, seed)
        tmp.replace(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of records")
    parser.add_argument("-o", "--output", default="-", help="JSONL file (default: stdout)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--annotate", action="store_true", help="include the generator's gold spans and claims")
    args = parser.parse_args(argv)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    try:
        for record in iter_records(args.n, args.seed, annotate=args.annotate):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
