"""A fast statistical NER: a softmax BILUO tagger over a CNN tok2vec (factory ``kb_biluo_ner``).

The committed NER (``kb train`` trains it; ``--set architecture=transition`` trains spaCy's
transition-based ``ner`` instead, the comparison is in MODEL_CARD.md): with the same
tok2vec, the transition loop adds 35% (width 96, depth 4) to 110% (width 64, depth 2) to
the CNN's cost on this CPU. A tagger predicts every token's BILUO tag in one matrix
product (``O`` plus ``B-``/``I-``/``L-``/``U-`` for each of our four labels) and the spans
are read off the tags.

Training works exactly like spaCy's ``ner``: the reference docs carry ``doc.ents`` and
*missing* tokens (``ENT_IOB`` 0), which become missing tags with no loss (the partial
annotation of each corpus, see :mod:`extractors.training`).

Decoding is Viterbi over the softmax's log-probabilities with BILUO's transition
constraints (``B-X`` and ``I-X`` are followed by ``I-X`` or ``L-X``; everything else by
``O``, ``B-`` or ``U-``; a doc starts and ends outside an entity): the most probable
*valid* tag sequence. Taking each token's best tag instead loses 10-15 F1 points on the dev
splits, mostly to a missed ``B-`` that cuts the first word off a name.
:func:`biluo_spans` then reads the spans off the tags; it also repairs invalid sequences
(tags from elsewhere): a ``B-``/``U-`` tag starts a new span, ``I-``/``L-`` continue the
open span only if it has the same label (otherwise they start one), ``L-``/``U-`` close
it, and ``O`` or the end of the doc closes whatever is open.

>>> biluo_spans(["O", "B-METHOD", "L-METHOD", "I-TASK", "O", "U-METRIC", "L-DATASET"])
[(1, 3, 'METHOD'), (3, 4, 'TASK'), (5, 6, 'METRIC'), (6, 7, 'DATASET')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import NamedTuple

import numpy

from spacy.language import Language
from spacy.pipeline.tagger import Tagger
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc, Span
from spacy.training import Example, validate_examples
from thinc.api import Config, Model, SequenceCategoricalCrossentropy

from extractors.candidates import ENTITY_LABELS

OUTSIDE = "O"
#: every tag the component predicts, in a fixed order (the softmax's output rows)
TAGS: tuple[str, ...] = (OUTSIDE,) + tuple(f"{p}-{lab}" for lab in ENTITY_LABELS for p in "BILU")

DEFAULT_MODEL = Config().from_str("""
[model]
@architectures = "spacy.Tagger.v2"
nO = null
normalize = false

[model.tok2vec]
@architectures = "spacy.HashEmbedCNN.v2"
pretrained_vectors = null
width = 64
depth = 2
embed_size = 2500
window_size = 1
maxout_pieces = 3
subword_features = true
""")["model"]


def biluo_spans(tags: Sequence[str | None]) -> list[tuple[int, int, str]]:
    """Token spans ``(start, end, label)`` read greedily off BILUO ``tags`` (see module doc)."""
    return entity_spans((i, tag) for i, tag in enumerate(tags) if tag and tag != OUTSIDE)


def entity_spans(tagged: Iterable[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """:func:`biluo_spans` from the positions and tags of the tokens *not* tagged ``O``, in
    order: a gap between two positions is an ``O``, which closes the open span. A doc has
    few entity tokens, so decoding skips the rest.

    >>> entity_spans([(1, "B-METHOD"), (2, "L-METHOD"), (5, "I-TASK"), (6, "I-TASK")])
    [(1, 3, 'METHOD'), (5, 7, 'TASK')]
    """
    spans: list[tuple[int, int, str]] = []
    start, label, last = -1, "", -1
    for i, tag in tagged:
        prefix, _, tag_label = tag.partition("-")
        if start >= 0 and (i != last + 1 or prefix in "BU" or tag_label != label):
            spans.append((start, last + 1, label))
            start = -1
        last = i
        if start < 0:
            start, label = i, tag_label
        if prefix in "LU":
            spans.append((start, i + 1, label))
            start = -1
    if start >= 0:
        spans.append((start, last + 1, label))
    return spans


def viterbi(scores: list[numpy.ndarray], tags: Sequence[str]) -> list[numpy.ndarray]:
    """The best valid BILUO tag-id sequence per doc, from per-token unnormalised ``scores``.

    Exact Viterbi, with the state folded to what BILUO's constraints look at: "closed"
    (the last tag was ``O``, ``L-`` or ``U-``; also the doc start) and, per label X,
    "inside X" (the last tag was ``B-X`` or ``I-X``). ``O``/``U-`` keep a closed state
    closed, ``B-X`` opens X, ``I-X`` continues it and ``L-X`` closes it. All docs of a batch
    are decoded together, padded with ``O`` (which changes no path, since a doc ends
    closed), so the Python loop runs once per token position on small arrays.
    """
    if not scores:
        return []
    names = [t[2:] for t in tags if t.startswith("B-")]
    b, i, l_, u = (numpy.array([tags.index(f"{p}-{n}") for n in names]) for p in "BILU")
    singles = numpy.concatenate([[tags.index(OUTSIDE)], u])  # closed -> closed
    blocked = numpy.float32(-1e9)
    n_docs, length = len(scores), max(1, max(len(s) for s in scores))
    rows = numpy.arange(n_docs)
    logp = numpy.full((n_docs, length, len(tags)), blocked, dtype="float32")
    logp[:, :, singles[0]] = 0.0
    for d, s in enumerate(scores):
        if len(s):
            z = s - s.max(axis=1, keepdims=True)
            logp[d, :len(s)] = z - numpy.log(numpy.exp(z).sum(axis=1, keepdims=True))
    single_arg = logp[:, :, singles].argmax(axis=2)
    single_best = numpy.take_along_axis(logp[:, :, singles], single_arg[:, :, None], axis=2)[:, :, 0]
    lb, li, ll = logp[:, :, b], logp[:, :, i], logp[:, :, l_]
    closed, inside = single_best[:, 0].copy(), lb[:, 0].copy()
    # back-pointers per position: closed state came by a single tag (else by an L- tag, of
    # label ended); inside state came from closed (a B- tag; else an I- tag)
    by_single = numpy.ones((length, n_docs), dtype=bool)
    ended = numpy.zeros((length, n_docs), dtype="int64")
    by_begin = numpy.ones((length, n_docs, len(names)), dtype=bool)
    for t in range(1, length):
        closing = inside + ll[:, t]
        ended[t] = closing.argmax(axis=1)
        close_best = closing[rows, ended[t]]
        stay = closed + single_best[:, t]
        by_single[t] = stay >= close_best
        begin, cont = closed[:, None] + lb[:, t], inside + li[:, t]
        by_begin[t] = begin >= cont
        closed, inside = numpy.maximum(stay, close_best), numpy.maximum(begin, cont)
    path = numpy.empty((n_docs, length), dtype="int64")
    state = numpy.full(n_docs, -1)  # -1 closed, else the label index we are inside
    for t in range(length - 1, -1, -1):
        is_closed = state < 0
        label = numpy.where(is_closed, ended[t], state)
        began = by_begin[t][rows, numpy.maximum(state, 0)]
        path[:, t] = numpy.where(
            is_closed,
            numpy.where(by_single[t], singles[single_arg[:, t]], l_[label]),
            numpy.where(began, b[label], i[label]),
        )
        state = numpy.where(numpy.where(is_closed, by_single[t], began), -1, label)
    return [path[d, :len(s)] for d, s in enumerate(scores)]


#: the layers of ``spacy.MultiHashEmbed.v2``, by name, that :func:`predict_scores` relies on
_EMBED_LAYERS = ("extract_features", "list2ragged", "with_array", "with_array", "ragged2list")


def predict_scores(model: Model, docs: list[Doc]) -> list:
    """``model.predict(docs)`` for a ``spacy.Tagger.v2`` over ``spacy.Tok2Vec.v2`` with a
    ``MultiHashEmbed`` embedding, which embeds each *distinct* token of the batch once.

    A token's embedding (its hashed NORM/PREFIX/SUFFIX/SHAPE rows, mixed by a maxout layer
    and normalised) depends on those four features alone, and a batch of 64 real abstracts
    holds about a quarter as many distinct feature rows as tokens, so the embedding is
    computed for the distinct rows and gathered back; the window encoder and the softmax
    then run as usual. Every step works row by row, so the scores are those of
    ``model.predict`` up to float32 rounding (the BLAS may sum a product of fewer rows in
    another order; the tests check 1e-5 and the same tags). Any other model shape falls back
    to ``model.predict``.
    """
    layers = _tagger_layers(model)
    if layers is None or not docs:
        return model.predict(docs)
    extract, hashed, mixed, encode, output = layers
    features = extract.predict(docs)
    rows, token_row = distinct_rows(numpy.concatenate(features))
    vectors = mixed.predict(hashed.predict(rows))[token_row]
    ends = numpy.cumsum([len(f) for f in features])
    return output.predict(encode.predict(numpy.split(vectors, ends[:-1])))


def distinct_rows(table: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The distinct rows of a 2-d ``table`` and, per row, the index of its distinct row:
    ``numpy.unique(table, axis=0, return_inverse=True)`` up to the order of the distinct
    rows, found by ``lexsort`` (about 7x faster on a batch's token features).

    >>> rows, index = distinct_rows(numpy.array([[3, 1], [2, 5], [3, 1]]))
    >>> rows.tolist(), index.tolist()
    ([[3, 1], [2, 5]], [0, 1, 0])
    """
    order = numpy.lexsort(table.T)
    ordered = table[order]
    starts = numpy.empty(len(order), dtype=bool)
    starts[:1] = True
    numpy.any(ordered[1:] != ordered[:-1], axis=1, out=starts[1:])
    index = numpy.empty(len(order), dtype=numpy.intp)
    index[order] = numpy.cumsum(starts) - 1
    return ordered[starts], index


def _tagger_layers(model: Model) -> tuple[Model, ...] | None:
    """(features, hashed embeddings, mixing layer, encoder, output) of a tagger whose
    embedding is spaCy's ``MultiHashEmbed``, else None."""
    if len(model.layers) != 2 or len(model.layers[0].layers) != 2:
        return None
    (embed, encode), output = model.layers[0].layers, model.layers[1]
    names = tuple(layer.name.split("(")[0] for layer in embed.layers)
    if names != _EMBED_LAYERS or embed.layers[2].layers == [] or embed.layers[3].layers == []:
        return None
    return embed.layers[0], embed.layers[2].layers[0], embed.layers[3].layers[0], encode, output


#: ``doc.user_data`` key of each NER entity's lowest token probability, in ``doc.ents`` order
SPAN_PROBABILITY = "kb_ner_span_probability"


class Tagging(NamedTuple):
    """One doc's predicted tag ids and each token's probability of its tag."""

    tag_ids: numpy.ndarray
    probs: numpy.ndarray


def tag_probabilities(scores: numpy.ndarray, tag_ids: numpy.ndarray) -> numpy.ndarray:
    """Each token's softmax probability of tag ``tag_ids[i]``, from unnormalised ``scores``.

    >>> tag_probabilities(numpy.array([[0.0, 0.0], [2.0, 0.0]]), numpy.array([1, 0])).round(3).tolist()
    [0.5, 0.881]
    """
    if not len(tag_ids):
        return numpy.zeros((0,), dtype="float32")
    shifted = numpy.exp(scores - scores.max(axis=1, keepdims=True))
    return shifted[numpy.arange(len(tag_ids)), tag_ids] / shifted.sum(axis=1)


def _ner_score(examples: Iterable[Example], **kwargs) -> dict:
    return get_ner_prf(examples, **kwargs)


class BiluoNer(Tagger):
    """spaCy's ``Tagger`` machinery (model, update, serialisation) predicting BILUO tags into ``doc.ents``."""

    def __init__(self, vocab, model: Model, name: str = "ner", *,
                 scorer: Callable | None = _ner_score) -> None:
        super().__init__(vocab, model, name, overwrite=True, scorer=scorer)

    def predict(self, docs: Iterable[Doc]) -> list[Tagging]:
        """Tag ids per doc, Viterbi-decoded (see module doc), with each token's probability
        of its tag under the softmax."""
        docs = list(docs)
        if not any(len(doc) for doc in docs):
            return [Tagging(numpy.zeros((0,), dtype="int32"), numpy.zeros((0,), dtype="float32")) for _ in docs]
        scores = [self.model.ops.to_numpy(s) for s in predict_scores(self.model, docs)]
        return [Tagging(path, tag_probabilities(s, path)) for s, path in zip(scores, viterbi(scores, self.labels))]

    def set_annotations(self, docs: Iterable[Doc], batch_tag_ids) -> None:
        """``doc.ents`` from the tags; with :meth:`predict`'s probabilities, each entity's
        lowest token probability goes to ``doc.user_data[SPAN_PROBABILITY]``, in
        ``doc.ents`` order (plain tag-id arrays are accepted too, without them)."""
        labels = self.labels
        if isinstance(docs, Doc):
            docs = [docs]
        outside = labels.index(OUTSIDE)
        for doc, tagging in zip(docs, batch_tag_ids):
            tag_ids = numpy.asarray(tagging.tag_ids if isinstance(tagging, Tagging) else tagging)
            inside = numpy.flatnonzero(tag_ids != outside)
            tagged = zip(inside.tolist(), [labels[t] for t in tag_ids[inside].tolist()])
            spans = entity_spans(tagged)
            doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in spans]
            if isinstance(tagging, Tagging):
                doc.user_data[SPAN_PROBABILITY] = [float(tagging.probs[a:b].min()) for a, b, _ in spans]

    def get_loss(self, examples: Iterable[Example], scores) -> tuple[float, list]:
        validate_examples(examples, "BiluoNer.get_loss")
        loss_func = SequenceCategoricalCrossentropy(names=self.labels, normalize=False)
        # get_aligned_ner gives None for missing tokens: no loss there
        truths = [eg.get_aligned_ner() for eg in examples]
        d_scores, loss = loss_func(scores, truths)
        if self.model.ops.xp.isnan(loss):
            raise ValueError(f"NaN loss in {self.name}")
        return float(loss), d_scores

    # no annotations: spaCy validates initialize()'s signature and cannot resolve postponed ones
    def initialize(self, get_examples, *, nlp=None, labels=None):
        for tag in labels or TAGS:
            self.add_label(tag)
        docs, truths = [], []
        for eg in islice(get_examples(), 10):
            docs.append(eg.x)
            gold = eg.get_aligned_ner()
            truths.append(self.model.ops.asarray(
                [[1.0 if tag == g else 0.0 for tag in self.labels] for g in gold], dtype="float32"))
        self.model.initialize(X=docs, Y=truths)


@Language.factory(
    "kb_biluo_ner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={"model": DEFAULT_MODEL, "scorer": {"@scorers": "spacy.ner_scorer.v1"}},
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_biluo_ner(nlp: Language, name: str, model: Model, scorer: Callable | None) -> BiluoNer:
    return BiluoNer(nlp.vocab, model, name, scorer=scorer)
