"""A small but complete knowledge base written in code, for the RDF, SPARQL and SQL tests.

Every example query in ``docs/queries`` must return rows on it, so it has: score claims
of several methods on one dataset and metric (a leaderboard), a gain over a named
baseline, claims without a dataset, reductions, a state-of-the-art claim, papers that
mention a task and a dataset together, entities with aliases, an author with several
papers, full / year-month / year-only / yearless dates, a paper without a title, a claim whose method has no entity, a
low-confidence claim, and one hostile paper whose text tries to break out of literals.

``batch_two()`` is a second ingest: one new paper and a re-extracted version of XLNet.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kb.store import Store
from schema.ids import entity_id
from schema.models import Author, Claim, Entity, Extraction, Mention, Paper, Provenance

#: a title that would inject triples into naive N-Triples / Turtle / SPARQL output
EVIL_TITLE = 'Robust "> . <http://evil> <http://evil> "x" .\nInjected\r\nlines'
#: the author who wrote several papers (the example "papers of an author" query uses it)
PROLIFIC_AUTHOR = "Xinwei Long"


class _Builder:
    """One paper plus its extraction, with offsets computed from the text."""

    def __init__(self, line: int, title: str | None, abstract: str, authors: list[str], **fields: object) -> None:
        self.paper = Paper(title=title, abstract=abstract, authors=[Author(name=a) for a in authors],
                           source=Provenance(path="sample.jsonl", line=line, format="jsonl"), **fields)
        self.entities: dict[str, Entity] = {}
        self.claims: list[Claim] = []

    def entity(self, kind: str, name: str, *surfaces: str, confidence: float = 0.9,
               extractor: str = "lexicon") -> _Builder:
        """Mentions of ``name`` at the first occurrence of each surface form (title first)."""
        eid = entity_id(kind, name)
        entity = self.entities.setdefault(eid, Entity(id=eid, type=kind, name=name))
        for surface in surfaces:
            for field in ("title", "abstract"):
                text = getattr(self.paper, field) or ""
                start = text.find(surface)
                if start >= 0:
                    entity.mentions.append(Mention(text=surface, field=field, start=start, end=start + len(surface),
                                                   confidence=confidence, extractor=extractor))
                    break
            else:
                raise ValueError(f"{surface!r} not in paper {self.paper.title!r}")
        return self

    def claim(self, sentence: str, kind: str, confidence: float = 0.8, **fields: object) -> _Builder:
        start = self.paper.abstract.index(sentence)
        self.claims.append(Claim(kind=kind, text=sentence, start=start, end=start + len(sentence),
                                 confidence=confidence, **fields))
        return self

    def extraction(self) -> Extraction:
        return Extraction(entities=list(self.entities.values()), claims=self.claims)


def _transformer() -> _Builder:
    b = _Builder(1, "Attention Is All You Need",
                 "We propose the Transformer, a network based solely on attention. "
                 "On the WMT14 English-German translation task the Transformer reaches 28.4 BLEU. "
                 "It improves over the best ensembles by 2.0 BLEU.",
                 ["Ashish Vaswani", "Noam Shazeer"], date=dt.date(2017, 6, 12), venue="NeurIPS 2017",
                 arxiv_id="1706.03762")
    b.entity("METHOD", "Transformer", "Transformer")
    b.entity("DATASET", "WMT14 En-De", "WMT14 English-German")
    b.entity("METRIC", "BLEU", "BLEU")
    b.entity("TASK", "machine translation", "translation", extractor="ner", confidence=0.7)
    b.claim("On the WMT14 English-German translation task the Transformer reaches 28.4 BLEU.", "score",
            method="Transformer", dataset="WMT14 En-De", metric="BLEU", value=28.4)
    b.claim("It improves over the best ensembles by 2.0 BLEU.", "improvement", method="Transformer",
            dataset="WMT14 En-De", metric="BLEU", value=2.0, unit="points", baseline="the best ensembles")
    return b


def _bert() -> _Builder:
    b = _Builder(2, "BERT: Pre-training of Deep Bidirectional Transformers",
                 "We introduce BERT for question answering. BERT obtains 93.2 F1 on SQuAD v1.1. "
                 "BERT sets a new state of the art on eleven tasks.",
                 ["Jacob Devlin", "Ming-Wei Chang"], date=dt.date(2018, 10, 11), venue="NAACL 2019",
                 doi="10.18653/v1/N19-1423")
    b.entity("METHOD", "BERT", "BERT")
    b.entity("DATASET", "SQuAD 1.1", "SQuAD v1.1")
    b.entity("METRIC", "F1", "F1")
    b.entity("TASK", "question answering", "question answering")
    b.claim("BERT obtains 93.2 F1 on SQuAD v1.1.", "score", method="BERT", dataset="SQuAD 1.1", metric="F1",
            value=93.2)
    b.claim("BERT sets a new state of the art on eleven tasks.", "sota", method="BERT")
    return b


def _xlnet(version: int = 1) -> _Builder:
    if version == 1:
        abstract = ("XLNet reaches 94.5 F1 on SQuAD 1.1 for question answering. "
                    "XLNet improves over BERT by 1.3 F1. XLNet outperforms RoBERTa-large.")
    else:  # re-read from the same source with a corrected abstract
        abstract = ("XLNet reaches 95.1 F1 on the SQuAD 1.1 benchmark for question answering. "
                    "It is 2x faster than BERT.")
    b = _Builder(3, "XLNet: Generalized Autoregressive Pretraining", abstract, ["Zhilin Yang", PROLIFIC_AUTHOR],
                 year=2019, month=6, venue="NeurIPS 2019", arxiv_id="1906.08237")
    b.entity("METHOD", "XLNet", "XLNet")
    b.entity("METHOD", "BERT", "BERT", confidence=0.8)
    b.entity("DATASET", "SQuAD 1.1", "SQuAD 1.1")
    b.entity("METRIC", "F1", "F1")
    b.entity("TASK", "question answering", "question answering")
    if version == 1:
        b.entity("METHOD", "RoBERTa", "RoBERTa-large", extractor="ner", confidence=0.6)
        b.claim("XLNet reaches 94.5 F1 on SQuAD 1.1 for question answering.", "score", method="XLNet",
                dataset="SQuAD 1.1", metric="F1", value=94.5)
        b.claim("XLNet improves over BERT by 1.3 F1.", "improvement", method="XLNet", metric="F1", value=1.3,
                unit="points", baseline="BERT")
        b.claim("XLNet outperforms RoBERTa-large.", "comparison", method="XLNet", baseline="RoBERTa-large",
                confidence=0.3)
    else:
        b.claim("XLNet reaches 95.1 F1 on the SQuAD 1.1 benchmark for question answering.", "score",
                method="XLNet", dataset="SQuAD 1.1", metric="F1", value=95.1)
        b.claim("It is 2x faster than BERT.", "improvement", method="XLNet", value=2, unit="x", baseline="BERT")
    return b


def _lora() -> _Builder:
    b = _Builder(4, "LoRA: Low-Rank Adaptation of Large Language Models",
                 "We propose Low-Rank Adaptation (LoRA). LoRA reduces the number of trainable parameters "
                 "by 10000x and GPU memory by 66% compared with full fine-tuning. "
                 "On GLUE, LoRA matches full fine-tuning with 89.7 accuracy.",
                 ["Edward Hu", PROLIFIC_AUTHOR], year=2021, venue="ICLR 2022")
    b.entity("METHOD", "LoRA", "Low-Rank Adaptation", "LoRA")
    b.entity("METHOD", "full fine-tuning", "full fine-tuning", extractor="ner", confidence=0.75)
    b.entity("DATASET", "GLUE", "GLUE")
    b.entity("METRIC", "accuracy", "accuracy")
    b.claim("LoRA reduces the number of trainable parameters by 10000x and GPU memory by 66% compared with "
            "full fine-tuning.", "reduction", method="LoRA", value=10000, unit="x", baseline="full fine-tuning")
    b.claim("On GLUE, LoRA matches full fine-tuning with 89.7 accuracy.", "score", method="LoRA", dataset="GLUE",
            metric="accuracy", value=89.7, unit="%", baseline="full fine-tuning")
    return b


def _ner() -> _Builder:
    b = _Builder(5, "Neural Architectures for Named Entity Recognition",
                 "We present a BiLSTM-CRF tagger for named entity recognition (NER). "
                 "The BiLSTM-CRF reaches 90.9 F1 on CoNLL-2003 without external resources. "
                 "A CNN tagger improves the F1 score by 0.4 points.",
                 ["Guillaume Lample", PROLIFIC_AUTHOR], year=2022, month=5, venue="NAACL 2022")
    b.entity("METHOD", "BiLSTM-CRF", "BiLSTM-CRF")
    b.entity("TASK", "named entity recognition", "named entity recognition", "NER")
    b.entity("DATASET", "CoNLL-2003", "CoNLL-2003")
    b.entity("METRIC", "F1", "F1")
    b.claim("The BiLSTM-CRF reaches 90.9 F1 on CoNLL-2003 without external resources.", "score",
            method="BiLSTM-CRF", dataset="CoNLL-2003", metric="F1", value=90.9)
    # the method has no entity in this paper: the RDF names it with kb:methodName
    b.claim("A CNN tagger improves the F1 score by 0.4 points.", "improvement", method="CNN tagger", metric="F1",
            value=0.4, unit="points")
    return b


def _hostile() -> _Builder:
    b = _Builder(6, EVIL_TITLE,
                 'An "abstract" with <angle> brackets, a backslash \\ and émojis 🙂. '
                 'Our "Evil> Net" reaches 1e-05 error on SQuAD 1.1.',
                 ['Robert "); DROP TABLE paper; --'], year=2023,
                 url='https://example.org/a b?c="d"> <http://evil>', id="weird id/<>\"#{}")
    b.entity("METHOD", 'Evil> Net', '"Evil> Net"')
    b.entity("DATASET", "SQuAD 1.1", "SQuAD 1.1")
    b.claim('Our "Evil> Net" reaches 1e-05 error on SQuAD 1.1.', "score", method='Evil> Net',
            dataset="SQuAD 1.1", value=1e-05)
    return b


def _gpt() -> _Builder:
    b = _Builder(7, "Language Models are Few-Shot Learners",
                 "GPT-3 reaches 81.5 F1 on SQuAD 1.1 in the few-shot setting. "
                 "GPT-3 also translates WMT14 English-German.",
                 ["Tom Brown", PROLIFIC_AUTHOR], date=dt.date(2020, 5, 28), venue="NeurIPS 2020",
                 arxiv_id="2005.14165")
    b.entity("METHOD", "GPT-3", "GPT-3")
    b.entity("DATASET", "SQuAD 1.1", "SQuAD 1.1")
    b.entity("DATASET", "WMT14 En-De", "WMT14 English-German")
    b.entity("METRIC", "F1", "F1")
    b.claim("GPT-3 reaches 81.5 F1 on SQuAD 1.1 in the few-shot setting.", "score", method="GPT-3",
            dataset="SQuAD 1.1", metric="F1", value=81.5)
    return b


def _untitled() -> _Builder:
    """A record from a page of bare abstracts: no title, a day and month but no year."""
    b = _Builder(8, None, "We evaluate ResNet-50 on ImageNet for image classification. "
                          "ResNet-50 reaches 76.1% top-1 accuracy on ImageNet.", [], month=3, day=14)
    b.entity("METHOD", "ResNet-50", "ResNet-50")
    b.entity("DATASET", "ImageNet", "ImageNet")
    b.entity("TASK", "image classification", "image classification")
    b.entity("METRIC", "top-1 accuracy", "top-1 accuracy")
    b.claim("ResNet-50 reaches 76.1% top-1 accuracy on ImageNet.", "score", method="ResNet-50", dataset="ImageNet",
            metric="top-1 accuracy", value=76.1, unit="%")
    return b


def batch_one() -> list[_Builder]:
    return [_transformer(), _bert(), _xlnet(1), _lora(), _ner(), _hostile(), _untitled()]


def batch_two() -> list[_Builder]:
    """A new paper (GPT-3) and XLNet re-read with a changed abstract."""
    return [_gpt(), _xlnet(2)]


def write(store: Store, builders: list[_Builder], run_command: str | None = None) -> list[str]:
    """Store a batch like an ingest does (optionally inside a run); returns the paper ids."""
    run_id = store.start_run(run_command, "sample") if run_command else None
    store.write_batch([b.paper for b in builders], {b.paper.id: b.extraction() for b in builders}, run_id=run_id)
    if run_id is not None:
        store.finish_run(run_id, papers_read=len(builders), papers_new=len(builders), rejects=0)
    return [b.paper.id for b in builders]


def build(path: Path, *, with_batch_two: bool = True) -> Store:
    store = Store(path)
    write(store, batch_one(), "build")
    if with_batch_two:
        write(store, batch_two(), "ingest")
    return store
