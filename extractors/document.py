"""From papers to pipeline input and from processed docs to typed extraction results.

Title and abstract go through the pipeline as one text, ``title + "\\n\\n" + abstract``:
one Doc per paper halves the per-document overhead, and the blank line always starts a
new sentence. Offsets are mapped back to the field they fall in.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from extractors.candidates import Candidate
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


def entity_id(label: str, canonical: str) -> str:
    return short_hash(entity_key(label, canonical))


def to_extraction(doc: Doc, abstract_start: int) -> Extraction:
    """Typed entities (grouped by canonical entity) and claims of one processed doc."""
    title_end = abstract_start - len(SEPARATOR) if abstract_start else 0
    entities: dict[str, Entity] = {}
    for cand in doc._.kb_mentions or []:
        mention = _mention(doc.text, cand, title_end, abstract_start)
        if mention is None:
            continue
        name = cand.canonical or doc.text[cand.start:cand.end]
        eid = entity_id(cand.label, name)
        entity = entities.setdefault(eid, Entity(id=eid, type=cand.label, name=name))
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

    With ``n_process > 1`` each worker process builds its own pipeline with ``build``
    and returns finished :class:`Extraction` objects: the components' doc extensions
    hold Python objects that spaCy's own multiprocessing could not serialise.
    """
    if n_process <= 1:
        assert nlp is not None
        for doc, (abstract_start, context) in nlp.pipe(_texts(items), as_tuples=True, batch_size=batch_size):
            yield to_extraction(doc, abstract_start), context
        return
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(n_process, initializer=_init_worker, initargs=(build,)) as pool:
        chunks = _chunked(items, batch_size)
        pending: deque = deque()
        for chunk in chunks:
            pending.append((pool.apply_async(_work, ([(t, a) for t, a, _ in chunk], batch_size)), chunk))
            # Bounded look-ahead keeps memory flat on millions of records.
            while len(pending) > 2 * n_process:
                yield from _drain(pending.popleft())
        while pending:
            yield from _drain(pending.popleft())


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


def _drain(entry: tuple[Any, list]) -> Iterator[tuple[Extraction, Any]]:
    result, chunk = entry
    for extraction, (_, _, context) in zip(result.get(), chunk, strict=True):
        yield extraction, context


_WORKER_NLP: Language | None = None


def _init_worker(build: Callable[[], Language] | None) -> None:
    global _WORKER_NLP
    from extractors.pipeline import build_pipeline

    _WORKER_NLP = (build or build_pipeline)()


def _work(pairs: list[tuple[str | None, str]], batch_size: int) -> list[Extraction]:
    assert _WORKER_NLP is not None
    items = [(t, a, None) for t, a in pairs]
    return [to_extraction(doc, start) for doc, (start, _) in
            _WORKER_NLP.pipe(_texts(items), as_tuples=True, batch_size=batch_size)]
