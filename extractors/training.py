"""Train the statistical NER (METHOD / DATASET / METRIC / TASK) on the public gold corpora.

Reproduce the committed model (``extractors/model``)::

    from extractors.training import train
    train()                       # = train("extractors/model", "../shared/evaldata")

or ``python -m extractors.training [OUTPUT_DIR] [--evaldata DIR]``. Training data: the TRAIN
splits of SciERC and TDMSci (minus TDMSci's dev carve-out), plus 10,000 sentences sampled
(seed 0) from SciREX TRAIN (``scirex_sentences``; Apache-2.0; papers that share a sentence
with any DEV split are skipped, see :func:`load_scirex_sentences`); SciER train only with
``include_scier=True`` (GPL-3.0, see MODEL_CARD.md; not in the committed model). Model
selection and early stopping use the DEV splits only (SciERC dev, the TDMSci carve-out,
SciER dev). Test splits are never read here.

The model: a blank English pipeline with the project tokenizer (``kb.tokenizer.v1``) and a
single ``ner`` component that has its own internal tok2vec (MultiHashEmbed
NORM/PREFIX/SUFFIX/SHAPE + MaxoutWindowEncoder, i.e. the HashEmbedCNN architecture spelled
out), so :func:`extractors.ner.add_trained_ner` sources one component. The component is
the BILUO tagger of :mod:`extractors.biluo_ner` (``architecture="tagger"``, the committed
model) or spaCy's transition-based ``ner`` (``architecture="transition"``, twice as slow;
the comparison is in MODEL_CARD.md). ``kb train --set KEY=VALUE`` overrides any
:class:`Settings` field.

Partial annotation. Each corpus annotates only some of our four labels (SciERC has no
DATASET, TDMSci no METHOD, SciER no METRIC). Tokens outside gold entities are normally
"outside" (O), which would teach the model that e.g. every method named in a TDMSci
sentence is *not* a METHOD. Three remedies, all on by default, chosen on DEV (the
comparison runs are in MODEL_CARD.md):

* static: SciERC ``Material`` spans (which include the datasets) are marked *missing*
  (no loss either way) instead of O;
* ``missing_outside={"tdmsci": "names"}``: TDMSci's name-like tokens outside its gold
  entities (BERT, word2vec, capitalised words not at sentence start) are missing, not O;
* ``unannotated="dynamic"``: after ``warmup_epochs``, the current model tags the training
  texts once per epoch, and the spans it predicts with a label the corpus does not
  annotate (TDMSci METHOD, SciERC DATASET, SciER METRIC) are marked missing for the next
  epoch (a soft, self-refreshing version of "missing label != negative").
"""

from __future__ import annotations

import json
import logging
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example
from spacy.training.batchers import minibatch_by_words
from thinc.api import Adam, compounding, fix_random_seed

from extractors.biluo_ner import SPAN_PROBABILITY  # also registers "kb_biluo_ner"
import extractors.tokenizer  # noqa: F401  registers "kb.tokenizer.v1"
from extractors import corpora, evaluation
from extractors.candidates import ENTITY_LABELS
from extractors.ner import Calibration, fit_calibration
from extractors.tokenizer import make_nlp

log = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).parent / "model"
#: scratch space (DocBins, best checkpoint); ``/training/`` is git-ignored
WORK_DIR = Path(__file__).resolve().parent.parent / "training"

CONFIG_TEMPLATE = """
[paths]
train = null
dev = null
vectors = null
init_tok2vec = null

[system]
gpu_allocator = null
seed = {seed}

[nlp]
lang = "en"
pipeline = ["ner"]
batch_size = 256
disabled = []
before_creation = null
after_creation = null
after_pipeline_creation = null

[nlp.tokenizer]
@tokenizers = "kb.tokenizer.v1"

[components]

{ner_block}
[components.ner.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[components.ner.model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = {rows}
include_static_vectors = false

[components.ner.model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = {maxout_pieces}

[corpora]

[training]
seed = {seed}
gpu_allocator = null
dropout = {dropout}
accumulate_gradient = 1
patience = 0
max_epochs = {max_epochs}
max_steps = 0
eval_frequency = 200
frozen_components = []
annotating_components = []
before_to_disk = null
before_update = null

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = {batch_start}
stop = {batch_stop}
compound = 1.001
t = 0.0

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = {learn_rate}

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[pretraining]

[initialize]
vectors = null
init_tok2vec = null
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""


@dataclass
class Settings:
    """Everything that defines a training run (stored in the model's meta.json)."""

    seed: int = 0
    #: "tagger" (:mod:`extractors.biluo_ner`, a softmax BILUO tagger) or "transition"
    #: (spaCy's transition-based ``ner``); ``hidden_width`` only applies to the latter
    architecture: str = "tagger"
    width: int = 96
    depth: int = 3
    #: pieces of each maxout unit in the tok2vec (fewer is faster)
    maxout_pieces: int = 3
    rows: tuple[int, ...] = (5000, 1000, 2500, 2500)
    hidden_width: int = 64
    dropout: float = 0.2
    learn_rate: float = 0.0005
    batch_start: int = 100
    batch_stop: int = 1000
    max_epochs: int = 40
    #: stop after this many epochs without a better dev score
    patience: int = 5
    #: hard wall-clock limit for the epoch loop
    max_minutes: float = 60.0
    include_scier: bool = False
    #: extra training text: this many sentences (5-80 tokens, seeded sample) of SciREX
    #: TRAIN (Apache-2.0; Method/Task/Metric/Material -> METHOD/TASK/METRIC/DATASET); 0 = none
    scirex_sentences: int = 10000
    #: SciERC Material (holds the datasets SciERC does not label): "missing" or "outside"
    scierc_material: str = "missing"
    #: labels a corpus does not annotate: "outside" (O) or "dynamic" (see module doc)
    unannotated: str = "dynamic"
    warmup_epochs: int = 2
    #: per corpus, which tokens outside its gold entities become "missing" instead of O:
    #: "all" (the corpus then gives positives only) or "names" (name-like tokens: internal
    #: capitals, letters+digits, capitalised words not at sentence start)
    missing_outside: dict = field(default_factory=lambda: {"tdmsci": "names"})
    #: how often each corpus's train examples appear per epoch
    upsample: dict = field(default_factory=lambda: {"scierc": 2, "tdmsci": 2, "scier": 1})
    #: dev corpora whose micro F1 are averaged into the selection score
    dev_corpora: tuple[str, ...] = ("scierc", "tdmsci", "scier")


@dataclass
class TrainDoc:
    corpus: str
    text: str
    ents: list[tuple[int, int, str]]  # char spans, non-overlapping, our labels
    missing: list[tuple[int, int]]  # char spans whose tokens are "missing"
    dynamic: list[tuple[int, int]] = field(default_factory=list)


#: the ``ner`` component and its output layer, per :attr:`Settings.architecture`
NER_BLOCKS = {
    "transition": """[components.ner]
factory = "ner"
incorrect_spans_key = null
moves = null
scorer = {{"@scorers":"spacy.ner_scorer.v1"}}
update_with_oracle_cut_size = 100

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {hidden_width}
maxout_pieces = 2
use_upper = true
nO = null
""",
    "tagger": """[components.ner]
factory = "kb_biluo_ner"
scorer = {{"@scorers":"spacy.ner_scorer.v1"}}

[components.ner.model]
@architectures = "spacy.Tagger.v2"
nO = null
normalize = false
""",
}


def _config(settings: Settings) -> str:
    if settings.architecture not in NER_BLOCKS:
        raise ValueError(f"architecture must be one of {sorted(NER_BLOCKS)}")
    return CONFIG_TEMPLATE.replace("{ner_block}", NER_BLOCKS[settings.architecture]).format(
        seed=settings.seed,
        width=settings.width,
        depth=settings.depth,
        maxout_pieces=settings.maxout_pieces,
        rows=json.dumps(list(settings.rows)),
        hidden_width=settings.hidden_width,
        dropout=settings.dropout,
        learn_rate=settings.learn_rate,
        batch_start=settings.batch_start,
        batch_stop=settings.batch_stop,
        max_epochs=settings.max_epochs,
    )


def create_nlp(settings: Settings) -> Language:
    """The untrained pipeline described by the config (tokenizer + ner with all four labels)."""
    config = spacy.util.load_config_from_str(_config(settings))
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    if settings.architecture == "transition":  # the tagger adds its BILUO tags itself
        ner = nlp.get_pipe("ner")
        for label in ENTITY_LABELS:
            ner.add_label(label)
    return nlp


# --------------------------------------------------------------------------- data


def _longest_first(spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop spans that overlap a longer (or equally long, earlier) kept span."""
    kept: list[tuple[int, int, str]] = []
    for s in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
        if all(s[1] <= k[0] or k[1] <= s[0] for k in kept):
            kept.append(s)
    return sorted(kept)


def _overlaps_any(a: int, b: int, spans) -> bool:
    return any(a < s[1] and s[0] < b for s in spans)


def load_train_docs(
    evaldata: str | Path | None, settings: Settings, stats: Counter
) -> list[TrainDoc]:
    """The TRAIN splits as :class:`TrainDoc` (char spans, overlaps resolved, missing spans)."""
    out: list[TrainDoc] = []
    plan = [("scierc", corpora.SCIERC_MAP), ("tdmsci", corpora.TDMSCI_MAP)]
    if settings.include_scier:
        plan.append(("scier", corpora.SCIER_MAP))
    for corpus, label_map in plan:
        for text, raw in corpora.load(corpus, "train", evaldata, label_map=None):
            mapped = [(a, b, label_map[lab]) for a, b, lab in raw if lab in label_map]
            ents = _longest_first(mapped)
            stats[f"{corpus}:overlap_dropped"] += len(set(mapped)) - len(ents)
            missing = []
            if corpus == "scierc" and settings.scierc_material == "missing":
                for a, b, lab in raw:
                    if lab == "Material" and not _overlaps_any(a, b, ents):
                        missing.append((a, b))
            out.append(TrainDoc(corpus, text, ents, missing))
            stats[f"{corpus}:docs"] += 1
            stats[f"{corpus}:ents"] += len(ents)
            stats[f"{corpus}:missing"] += len(missing)
    if settings.scirex_sentences:
        for text, ents in load_scirex_sentences(evaldata, settings.scirex_sentences, settings.seed):
            out.append(TrainDoc("scirex", text, ents, []))
            stats["scirex:docs"] += 1
            stats["scirex:ents"] += len(ents)
    return out


SCIREX_MAP = {"Method": "METHOD", "Task": "TASK", "Metric": "METRIC", "Material": "DATASET"}
#: labels each TRAINING corpus annotates (SciREX annotates all four)
TRAIN_CORPUS_LABELS = {**corpora.CORPUS_LABELS, "scirex": tuple(ENTITY_LABELS)}


def load_scirex_sentences(
    evaldata: str | Path | None, n: int, seed: int
) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """``n`` sentences (5-80 tokens) sampled with ``seed`` from SciREX TRAIN
    (``scirex/train_from_docs.jsonl``; its dev split is never read), as
    ``(text, char spans)``: tokens joined by single spaces, END-EXCLUSIVE word spans
    mapped with :data:`SCIREX_MAP`, spans crossing the sentence dropped, overlaps longest-first.

    Decontamination: a SciREX paper that shares any sentence of 5+ tokens with a DEV split
    (SciERC dev, the TDMSci carve-out, SciER dev) is skipped whole (one paper, CornerNet-Lite,
    is also a SciER dev paper)."""
    path = corpora.evaldata_dir(evaldata) / "scirex" / "train_from_docs.jsonl"
    dev_sentences: set[str] = set()
    for corpus in corpora.CORPORA:
        for text, _ in corpora.load(corpus, "dev", evaldata):
            for piece in re.split(r"(?<= [.?!]) ", text):
                if len(piece.split()) >= 5:
                    dev_sentences.add(piece.strip().lower())
    pool = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            words, ner = d["words"], d["ner"]
            if any(" ".join(words[s0:s1]).lower() in dev_sentences
                   for s0, s1 in d["sentences"] if s1 - s0 >= 5):
                continue
            for s0, s1 in d["sentences"]:
                if not 5 <= s1 - s0 <= 80:
                    continue
                spans = [(a - s0, b - s0, SCIREX_MAP[t]) for a, b, t in ner
                         if s0 <= a and b <= s1 and t in SCIREX_MAP]
                pool.append((words[s0:s1], spans))
    pool = random.Random(seed).sample(pool, min(n, len(pool)))
    out = []
    for toks, spans in pool:
        toks = [corpora.unescape_ptb(t) for t in toks]
        text, starts = corpora.join_tokens(toks)
        ents = [(starts[a], starts[b - 1] + len(toks[b - 1]), lab) for a, b, lab in spans]
        out.append((text, _longest_first(ents)))
    return out


def _char_spans(doc: Doc, spans, label: str | None, stats: Counter, what: str) -> list[Span]:
    out = []
    for s in spans:
        a, b = s[0], s[1]
        lab = label if label is not None else s[2]
        span = doc.char_span(a, b, label=lab, alignment_mode="contract")
        if span is None or len(span) == 0:
            stats[f"{what}:misaligned_skipped"] += 1
            continue
        if span.start_char != a or span.end_char != b:
            stats[f"{what}:contracted"] += 1
        out.append(span)
    return out


def _name_like(doc: Doc, i: int) -> bool:
    text = doc[i].text
    if any(c.isupper() for c in text[1:]):
        return True
    if any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
        return True
    return text[:1].isupper() and i > 0 and doc[i - 1].text not in (".", "!", "?", ":", "•")


def _name_runs(doc: Doc) -> list[tuple[int, int]]:
    """Char spans of runs of name-like tokens (hyphens/slashes between them included)."""
    runs, i = [], 0
    while i < len(doc):
        if _name_like(doc, i):
            j = i + 1
            while j < len(doc) and (
                _name_like(doc, j)
                or (doc[j].text in ("-", "/") and j + 1 < len(doc) and _name_like(doc, j + 1))
            ):
                j += 1
            runs.append((doc[i].idx, doc[j - 1].idx + len(doc[j - 1])))
            i = j
        else:
            i += 1
    return runs


def make_reference(
    nlp: Language, td: TrainDoc, stats: Counter, missing_outside: str | None = None
) -> Doc:
    """The gold Doc: entities, missing spans (static + dynamic), everything else O.

    ``missing_outside``: ``"all"`` makes every non-entity token missing, ``"names"`` the
    name-like runs (:func:`_name_runs`).
    """
    doc = nlp.make_doc(td.text)
    if missing_outside == "all":
        ents = _char_spans(doc, td.ents, None, stats, f"{td.corpus}:ents")
        doc.set_ents(ents, default="missing")
        return doc
    if missing_outside == "names":
        td = TrainDoc(td.corpus, td.text, td.ents, td.missing + _name_runs(doc), td.dynamic)
    ents = _char_spans(doc, td.ents, None, stats, f"{td.corpus}:ents")
    miss_chars = [m for m in td.missing + td.dynamic]
    missing = _char_spans(doc, miss_chars, "", stats, f"{td.corpus}:missing")
    taken = {i for e in ents for i in range(e.start, e.end)}
    kept_missing = []
    for m in missing:
        if not any(i in taken for i in range(m.start, m.end)):
            kept_missing.append(m)
            taken.update(range(m.start, m.end))
    doc.set_ents(ents, missing=kept_missing, default="outside")
    return doc


def write_docbins(nlp: Language, docs: list[TrainDoc], work_dir: Path, stats: Counter) -> None:
    """Save the static conversion (one DocBin per corpus) for inspection and reuse."""
    work_dir.mkdir(parents=True, exist_ok=True)
    by_corpus: dict[str, DocBin] = {}
    for td in docs:
        by_corpus.setdefault(td.corpus, DocBin(attrs=["ENT_IOB", "ENT_TYPE"]))
        by_corpus[td.corpus].add(make_reference(nlp, td, stats))  # static view
    for corpus, db in by_corpus.items():
        db.to_disk(work_dir / f"{corpus}-train.spacy")


# --------------------------------------------------------------------------- dev scoring


def dev_scores(nlp: Language, dev: dict[str, list[corpora.Example]]) -> dict:
    """Per dev corpus :func:`extractors.evaluation.score` of the NER alone."""
    out = {}
    for corpus, examples in dev.items():
        pred = evaluation.predict(nlp, [t for t, _ in examples], batch_size=128)
        out[corpus] = evaluation.score(examples, pred, corpora.CORPUS_LABELS[corpus])
        out[corpus]["n_docs"] = len(examples)
    return out


def label_precision(scores: dict) -> dict[str, float]:
    """Per label precision pooled over the dev corpora that annotate the label."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    for res in scores.values():
        for lab, v in res["labels"].items():
            tp[lab] += v["tp"]
            fp[lab] += v["fp"]
    return {lab: round(tp[lab] / (tp[lab] + fp[lab]), 4) if tp[lab] + fp[lab] else 0.5
            for lab in ENTITY_LABELS}


def ner_calibration(nlp: Language, dev: dict[str, list[corpora.Example]]) -> Calibration:
    """:func:`extractors.ner.fit_calibration` over the NER's DEV predictions, each span
    judged only in a corpus that annotates its label (exact span and label)."""
    def predictions() -> Iterator[tuple[str, float, bool]]:
        for corpus, examples in dev.items():
            labels = corpora.CORPUS_LABELS[corpus]
            texts = (text for text, _ in examples)
            for (_, gold), doc in zip(examples, nlp.pipe(texts, batch_size=128)):
                gold_spans = {tuple(g) for g in gold}
                for ent, probability in zip(doc.ents, doc.user_data.get(SPAN_PROBABILITY, ())):
                    if ent.label_ in labels:
                        yield ent.label_, probability, (ent.start_char, ent.end_char, ent.label_) in gold_spans
    return fit_calibration(predictions())


def _selection(scores: dict, corpora_used: Sequence[str]) -> float:
    vals = [scores[c]["micro"]["f"] for c in corpora_used if c in scores]
    return sum(vals) / len(vals) if vals else 0.0


def _refresh_dynamic(nlp: Language, docs: list[TrainDoc], stats: Counter) -> None:
    """Mark as missing the predicted spans of labels each doc's corpus does not annotate."""
    n = 0
    for td, doc in zip(docs, nlp.pipe((td.text for td in docs), batch_size=128)):
        unannotated = set(ENTITY_LABELS) - set(TRAIN_CORPUS_LABELS[td.corpus])
        td.dynamic = [
            (e.start_char, e.end_char)
            for e in doc.ents
            if e.label_ in unannotated and not _overlaps_any(e.start_char, e.end_char, td.ents)
        ]
        n += len(td.dynamic)
    stats["dynamic_missing_last"] = n


# --------------------------------------------------------------------------- training


def train(
    output_dir: str | Path = MODEL_DIR,
    evaldata_dir: str | Path | None = None,
    settings: Settings | None = None,
    *,
    work_dir: str | Path = WORK_DIR,
    log_file=None,
    **overrides,
) -> dict:
    """Train the NER on the TRAIN splits, select on DEV, save the best model to ``output_dir``.

    ``evaldata_dir`` defaults to ``$KB_EVALDATA`` or ``<repo>/../shared/evaldata``; any
    :class:`Settings` field can be overridden by keyword. Returns a summary dict (also
    stored under ``"kb_ner"`` in the model's meta.json).
    """
    settings = settings or Settings()
    for k, v in overrides.items():
        if not hasattr(settings, k):
            raise TypeError(f"unknown training setting {k!r}")
        setattr(settings, k, v)
    out = log_file or sys.stderr

    def say(msg: str) -> None:
        print(msg, file=out, flush=True)

    output_dir = Path(output_dir)
    work_dir = Path(work_dir)
    evaldata = corpora.evaldata_dir(evaldata_dir)
    fix_random_seed(settings.seed)
    rng = random.Random(settings.seed)
    t_start = time.perf_counter()

    stats: Counter = Counter()
    nlp = create_nlp(settings)
    docs = load_train_docs(evaldata, settings, stats)
    write_docbins(make_nlp(), docs, work_dir / "corpus", stats)
    dev = {c: corpora.load(c, "dev", evaldata) for c in settings.dev_corpora}
    say(f"train docs: {dict(stats)}")
    say(f"dev: {{{', '.join(f'{c}: {len(v)}' for c, v in dev.items())}}}")

    ref_stats: Counter = Counter()

    def examples_for(tds: list[TrainDoc]) -> list[Example]:
        return [
            Example(
                nlp.make_doc(td.text),
                make_reference(nlp, td, ref_stats, settings.missing_outside.get(td.corpus)),
            )
            for td in tds
        ]

    optimizer = Adam(
        learn_rate=settings.learn_rate,
        beta1=0.9,
        beta2=0.999,
        eps=1e-8,
        L2=0.01,
        L2_is_weight_decay=True,
        grad_clip=1.0,
        use_averages=True,
    )
    init_examples = examples_for(docs)
    nlp.initialize(lambda: init_examples, sgd=optimizer)

    # one checkpoint directory per run: concurrent runs in one checkout must not overwrite
    # each other's best epoch
    best_path = Path(tempfile.mkdtemp(prefix="best-", dir=work_dir))
    try:
        best_score, best_epoch, history = -1.0, -1, []
        sizes = compounding(settings.batch_start, settings.batch_stop, 1.001)
        for epoch in range(settings.max_epochs):
            t_epoch = time.perf_counter()
            dynamic = settings.unannotated == "dynamic" and epoch >= settings.warmup_epochs
            if dynamic:
                with nlp.use_params(optimizer.averages):
                    _refresh_dynamic(nlp, docs, stats)
            pool = [td for td in docs for _ in range(settings.upsample.get(td.corpus, 1))]
            rng.shuffle(pool)
            losses: dict = {}
            for batch in minibatch_by_words(examples_for(pool), size=sizes, tolerance=0.2):
                nlp.update(batch, drop=settings.dropout, sgd=optimizer, losses=losses)
            with nlp.use_params(optimizer.averages):
                scores = dev_scores(nlp, dev)
                sel = _selection(scores, settings.dev_corpora)
                improved = sel > best_score
                if improved:
                    best_score, best_epoch = sel, epoch
                    nlp.to_disk(best_path)
            row = {
                "epoch": epoch,
                "loss": round(float(losses.get("ner", 0.0)), 1),
                "select": round(sel, 4),
                **{c: round(s["micro"]["f"], 4) for c, s in scores.items()},
                "dynamic_missing": stats["dynamic_missing_last"] if dynamic else 0,
                "seconds": round(time.perf_counter() - t_epoch, 1),
            }
            history.append(row)
            say(json.dumps(row) + (" *" if improved else ""))
            if epoch - best_epoch >= settings.patience:
                say(f"early stop: no dev improvement for {settings.patience} epochs")
                break
            if (time.perf_counter() - t_start) / 60 > settings.max_minutes:
                say(f"stop: time limit {settings.max_minutes} min")
                break

        # Final: reload the best checkpoint, score it on dev, store label precision in meta.
        best = spacy.load(best_path)
    finally:
        shutil.rmtree(best_path, ignore_errors=True)  # also when training is interrupted
    final = dev_scores(best, {c: corpora.load(c, "dev", evaldata) for c in corpora.CORPORA})
    summary = {
        "settings": asdict(settings),
        "train_data": ["scierc/train", "tdmsci/train (minus dev carve-out)"]
        + (["scier/train (LLM)"] if settings.include_scier else [])
        + ([f"scirex/train ({settings.scirex_sentences} sampled sentences)"]
           if settings.scirex_sentences else []),
        "conversion": {k: v for k, v in stats.items() if k != "dynamic_missing_last"},
        "best_epoch": best_epoch,
        "epochs_run": len(history),
        "history": history,
        "dev": {c: {"micro": r["micro"], "labels": r["labels"]} for c, r in final.items()},
        "label_precision": label_precision(
            {c: r for c, r in final.items() if c in settings.dev_corpora}
        ),
        "calibration": ner_calibration(best, {c: dev[c] for c in settings.dev_corpora}),
        "train_minutes": round((time.perf_counter() - t_start) / 60, 1),
    }
    best.meta.update(
        name="kb_ner",
        version="1.0.0",
        description="kb METHOD/DATASET/METRIC/TASK NER (see extractors/MODEL_CARD.md)",
        license="research use (SciERC) + Apache-2.0 (TDMSci, SciREX); see MODEL_CARD.md",
        kb_ner=summary,
    )
    if output_dir.exists():
        shutil.rmtree(output_dir)
    best.to_disk(output_dir)
    say(f"saved {output_dir} (best epoch {best_epoch}, select {best_score:.4f}, "
        f"{summary['train_minutes']} min)")
    for c, r in final.items():
        say(evaluation.format_result(
            {**r, "corpus": c, "split": "dev", "pipeline": "ner", "n_docs": r.get("n_docs")}))
    return summary


def parse_overrides(items: Sequence[str]) -> dict:
    """``["width=64", 'architecture="tagger"']`` -> Settings overrides (values JSON, else strings).

    >>> parse_overrides(["width=64", "architecture=tagger", 'upsample={"scierc": 1}'])
    {'width': 64, 'architecture': 'tagger', 'upsample': {'scierc': 1}}
    """
    from kb.errors import UsageError

    known = {f.name for f in fields(Settings)}
    overrides = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or key not in known:
            raise UsageError(f"--set {item!r}: expected KEY=VALUE with KEY one of {', '.join(sorted(known))}")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
        if key == "architecture" and overrides[key] not in NER_BLOCKS:
            raise UsageError(f"--set {item!r}: the architecture is one of {', '.join(sorted(NER_BLOCKS))}")
    return overrides


def main(argv: Sequence[str] | None = None) -> None:  # pragma: no cover - thin CLI helper
    """``python -m extractors.training [OUTPUT_DIR] [--evaldata DIR] [--set key=json ...]``."""
    import argparse

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("output_dir", nargs="?", default=str(MODEL_DIR))
    ap.add_argument("--evaldata", default=None)
    ap.add_argument("--work-dir", default=str(WORK_DIR))
    ap.add_argument("--set", action="append", default=[], metavar="KEY=JSON",
                    help="override a Settings field, e.g. --set max_epochs=3")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    train(args.output_dir, args.evaldata, work_dir=args.work_dir, **parse_overrides(args.set))


if __name__ == "__main__":  # pragma: no cover
    main()
