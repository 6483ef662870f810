"""JSON Lines of generic paper records: one object per line.

Keys are matched through :data:`kb.readers.records.ALIASES` (``title``, ``abstract``,
``authors`` as a list or an ``"A and B"`` string, ``date`` as ``2021-03-04``/``2021-03``/
``2021``, ``doi``, ``arxiv_id``/``arxiv``, ...). A line that is not valid JSON, or a record
without title or abstract, becomes a Reject at its line; the run goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kb.readers.base import RawRecord, Source, reject
from kb.readers.records import has_paper_keys, map_generic, map_items, require_text
from schema.models import Reject

_DECODER = json.JSONDecoder()


def head_json_lines(head: str, limit: int = 5) -> tuple[list[Any], int]:
    """Values of the first complete lines of ``head`` and how many lines failed to parse.

    The last line of the head may be cut by the head boundary; it is not counted as bad.
    """
    values: list[Any] = []
    bad = 0
    lines = head.splitlines()
    complete = lines[:-1] if head and not head.endswith("\n") and len(lines) > 1 else lines
    for line in complete:
        text = line.strip()
        if not text:
            continue
        try:
            values.append(json.loads(text))
        except ValueError:
            bad += 1
        if len(values) + bad >= limit:
            break
    return values, bad


def looks_like_json_lines(head: str) -> list[dict[str, Any]] | None:
    """The objects on the first lines, when the head reads as JSON Lines of objects."""
    first = head.lstrip()[:1]
    if first != "{":
        return None
    values, bad = head_json_lines(head)
    objects = [v for v in values if isinstance(v, dict)]
    if not objects:
        # one line longer than the whole head: still JSON Lines if it looks like an object
        if "\n" not in head.strip() and head.lstrip().startswith('{"'):
            return [{}]
        return None
    if bad > len(objects):
        return None
    return objects


def json_error(exc: json.JSONDecodeError, line: int | None = None) -> str:
    """``invalid JSON: unterminated string starting at column 43`` (line given if not the record's)."""
    message = exc.msg.removesuffix(" at")
    message = message[:1].lower() + message[1:]
    where = f"line {line} column {exc.colno}" if line is not None else f"column {exc.colno}"
    return f"invalid JSON: {message} at {where}"


def iter_json_lines(source: Source, fmt: str, list_key: str | None = None
                    ) -> Iterator[tuple[int, Any] | Reject]:
    """``(line, value)`` for every non-blank line; a line that is not JSON is a Reject.

    With ``list_key`` (an API page such as ``{"results": [...]}``), the items of that list,
    and those of a top-level array, are yielded one by one with the line they are on.
    """
    for number, line in source.lines():
        text = line.strip()
        if not text:
            continue
        try:
            value, end = _DECODER.raw_decode(text)
            if text[end:].strip():
                raise json.JSONDecodeError("Extra data after the record", text, end)
        except json.JSONDecodeError as exc:
            yield reject(source, number, json_error(exc), text, fmt)
            continue
        except (RecursionError, ValueError) as exc:  # absurd nesting; integers past Python's digit limit
            yield reject(source, number, hostile_json(exc), text, fmt)
            continue
        if list_key is not None and isinstance(value, dict) and isinstance(value.get(list_key), list):
            value = value[list_key]
        if list_key is not None and isinstance(value, list):
            for item in value:
                yield number, item
        else:
            yield number, value


def hostile_json(exc: Exception) -> str:
    """Why a syntactically valid but unprocessable JSON value is refused."""
    if isinstance(exc, RecursionError):
        return "invalid JSON: nested too deeply"
    return f"invalid JSON: {' '.join(str(exc).split())[:150]}"


def map_paper(obj: dict[str, Any]) -> dict[str, Any]:
    """A generic record -> Paper fields, refusing one without title or abstract."""
    hint = ""
    keys = set(obj)
    if "text" in keys and not keys & {"title", "abstract"}:
        hint = " (an {id, text} object is `kb extract` input, not a paper record)"
    return require_text(map_generic(obj), hint)


@dataclass(frozen=True)
class JsonLinesReader:
    name: str = "jsonl"

    def sniff(self, head: str, path: str) -> float:
        objects = looks_like_json_lines(head)
        if objects is None:
            return 0.0
        score = 0.6 if any(has_paper_keys(o) for o in objects) else 0.35
        if Path(path).suffix.lower() in (".jsonl", ".ndjson", ".jsonlines"):
            score += 0.05
        return score

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        yield from map_items(source, self.name, iter_json_lines(source, self.name), map_paper)


READER = JsonLinesReader()
