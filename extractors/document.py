"""From papers to pipeline input and from processed docs to typed extraction results.

Title and abstract go through the pipeline as one text, ``title + "\\n\\n" + abstract``:
one Doc per paper halves the per-document overhead, and the blank line always starts a
new sentence. Offsets are mapped back to the field they fall in.
"""

from __future__ import annotations

import functools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc
from threadpoolctl import threadpool_limits

from extractors.candidates import Candidate, doc_text
from extractors.linker import entity_key
from schema.ids import short_hash
from schema.models import Claim, Entity, Extraction, Mention

SEPARATOR = "\n\n"
Context = TypeVar("Context")


def compose(title: str | None, abstract: str) -> tuple[str, int]:
    """The pipeline text and the offset where the abstract starts in it."""
    if not title:
        return abstract, 0
    return title + SEPARATOR + abstract, len(title) + len(SEPARATOR)


@functools.lru_cache(maxsize=1 << 15)  # pure; once per mention, mostly for names seen before
def entity_id(label: str, canonical: str) -> str:
    return short_hash(entity_key(label, canonical))


def to_extraction(doc: Doc, abstract_start: int) -> Extraction:
    """Typed entities (grouped by canonical entity) and claims of one processed doc."""
    title_end = abstract_start - len(SEPARATOR) if abstract_start else 0
    text = doc_text(doc)
    entities: dict[str, Entity] = {}
    for cand in doc._.kb_mentions or []:
        mention = _mention(text, cand, title_end, abstract_start)
        if mention is None:
            continue
        name = cand.canonical or text[cand.start:cand.end]
        eid = entity_id(cand.label, name)
        entity = entities.get(eid)
        if entity is None:  # not setdefault: that would build (and validate) one per mention
            entity = entities[eid] = Entity(id=eid, type=cand.label, name=name)
        entity.mentions.append(mention)
    claims = []
    for record in doc._.kb_claims or []:
        if record["start"] < abstract_start:
            continue  # the contract puts claim offsets in the abstract
        claims.append(Claim(**{**record, "start": record["start"] - abstract_start,
                               "end": record["end"] - abstract_start}))
    return Extraction(entities=list(entities.values()), claims=claims)


def _mention(text: str, cand: Candidate, title_end: int, abstract_start: int) -> Mention | None:
    if abstract_start and cand.end <= title_end:
        field, offset = "title", 0
    elif cand.start >= abstract_start:
        field, offset = "abstract", abstract_start
    else:  # straddles the separator: cannot be stated in one field's offsets
        return None
    return Mention(text=text[cand.start:cand.end], field=field, start=cand.start - offset,
                   end=cand.end - offset, confidence=round(cand.confidence, 4), extractor=cand.extractor)


def extract_many(
    nlp: Language | None,
    items: Iterable[tuple[str | None, str, Context]],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    build: Callable[[], Language] | None = None,
) -> Iterator[tuple[Extraction, Context]]:
    """Run the pipeline over ``(title, abstract, context)`` items, streaming, order kept.

    With ``n_process > 1`` there are ``n_process - 1`` worker processes, each building its
    own pipeline with ``build`` and returning finished :class:`Extraction` objects (the
    components' doc extensions hold Python objects that spaCy's own multiprocessing could
    not serialise). The calling process is the last worker: whenever the oldest chunk is
    not back yet, it extracts the next chunk itself with ``nlp`` (built with ``build`` if
    None). On two cores two processes then do all the work, not three competing for them.
    For the same reason each process then multiplies the NER's matrices on one BLAS thread
    (one process uses all cores for them, :mod:`extractors.ner`).
    """
    if n_process <= 1:
        nlp = nlp or (build or _default_build)()
        for doc, (abstract_start, context) in nlp.pipe(_texts(items), as_tuples=True, batch_size=batch_size):
            yield to_extraction(doc, abstract_start), context
        return
    ctx = multiprocessing.get_context("spawn")
    with threadpool_limits(1), ctx.Pool(n_process - 1, initializer=_init_worker, initargs=(build,)) as pool:
        nlp = nlp or (build or _default_build)()  # while the workers start
        chunks = _chunked(items, batch_size)
        pending: deque[tuple[list, Any]] = deque()  # (chunk, AsyncResult or finished list), input order
        queued = 2 * (n_process - 1)  # two chunks per worker, so none idles while we extract one
        limit = queued + 2  # bounded look-ahead keeps memory flat on millions of records
        exhausted = False

        def take() -> list | None:
            nonlocal exhausted
            chunk = None if exhausted else next(chunks, None)
            exhausted = chunk is None
            return chunk

        while True:
            while len(pending) < limit and _in_flight(pending) < queued and (chunk := take()):
                pending.append((chunk, pool.apply_async(_work, (_pairs(chunk), batch_size))))
            if not pending:
                return
            head = pending[0][1]
            if isinstance(head, list) or head.ready() or len(pending) >= limit or not (chunk := take()):
                yield from _drain(pending.popleft())
            else:  # the oldest chunk is still out: work instead of waiting
                pending.append((chunk, _extract_pairs(nlp, _pairs(chunk), batch_size)))


def _in_flight(pending: deque[tuple[list, Any]]) -> int:
    return sum(not isinstance(result, list) for _, result in pending)


def _default_build() -> Language:
    from extractors.pipeline import build_pipeline

    return build_pipeline()


def _pairs(chunk: list[tuple[str | None, str, Any]]) -> list[tuple[str | None, str]]:
    return [(title, abstract) for title, abstract, _ in chunk]


def _texts(items: Iterable[tuple[str | None, str, Context]]) -> Iterator[tuple[str, tuple[int, Context]]]:
    for title, abstract, context in items:
        text, abstract_start = compose(title, abstract)
        yield text, (abstract_start, context)


def _chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _drain(entry: tuple[list, Any]) -> Iterator[tuple[Extraction, Any]]:
    chunk, result = entry
    extractions = result if isinstance(result, list) else result.get()
    for extraction, (_, _, context) in zip(extractions, chunk, strict=True):
        yield extraction, context


_WORKER_NLP: Language | None = None


def _init_worker(build: Callable[[], Language] | None) -> None:
    global _WORKER_NLP
    threadpool_limits(1)  # for the worker's life
    _WORKER_NLP = (build or _default_build)()


def _work(pairs: list[tuple[str | None, str]], batch_size: int) -> list[Extraction]:
    assert _WORKER_NLP is not None
    return _extract_pairs(_WORKER_NLP, pairs, batch_size)


def _extract_pairs(nlp: Language, pairs: list[tuple[str | None, str]], batch_size: int) -> list[Extraction]:
    items = [(t, a, None) for t, a in pairs]
    return [to_extraction(doc, start) for doc, (start, _) in
            nlp.pipe(_texts(items), as_tuples=True, batch_size=batch_size)]
