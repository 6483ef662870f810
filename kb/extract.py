"""``kb extract``: stateless JSON Lines in, JSON Lines out, no database."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from kb.readers.base import Source


def _inputs(source: Source, on_error: Callable[[str], None], bad: list[int]
            ) -> Iterator[tuple[str | None, str, tuple[Any, str]]]:
    """(title, text, (id, key)) per good line; key says which field offsets refer to."""
    for number, line in source.lines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            bad.append(number)
            on_error(f"{source.path}:{number}: invalid JSON: {exc}")
            continue
        if isinstance(record.get("text"), str):
            yield None, record["text"], (record.get("id"), "text")
        elif isinstance(record.get("abstract"), str):
            yield record.get("title") or None, record["abstract"], (record.get("id"), "abstract")
        else:
            bad.append(number)
            on_error(f"{source.path}:{number}: record has neither \"text\" nor \"abstract\"")


def result_record(record_id: Any, extraction: Any) -> dict[str, Any]:
    entities = []
    for entity in extraction.entities:
        for m in entity.mentions:
            item = {"type": entity.type, "text": m.text, "start": m.start, "end": m.end,
                    "confidence": m.confidence, "name": entity.name}
            if m.field == "title":
                item["field"] = "title"
            entities.append(item)
    entities.sort(key=lambda e: (e.get("field") != "title", e["start"]))
    claims = [c.model_dump(exclude={"extractor"}) for c in extraction.claims]
    return {"id": record_id, "entities": entities, "claims": claims}


def extract_jsonl(source: Source, out: TextIO, *, n_process: int = 1, batch_size: int = 64,
                  use_ner: bool = True, on_error: Callable[[str], None] = print) -> int:
    """Writes one result line per good input line; returns the number of bad lines."""
    from extractors.document import extract_many
    from extractors.pipeline import build_pipeline

    build = functools.partial(build_pipeline, use_ner=use_ner)
    bad: list[int] = []
    for extraction, (record_id, _) in extract_many(None, _inputs(source, on_error, bad),
                                                   batch_size=batch_size, n_process=n_process, build=build):
        out.write(json.dumps(result_record(record_id, extraction), ensure_ascii=False) + "\n")
    return len(bad)
