"""Readers: one module per input format, detected per file.

>>> sorted(READERS)[:3]
['abstract_lines', 'acl_anthology', 'arxiv_atom']
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from kb.errors import UnknownFormatError
from kb.readers.base import RawRecord, Reader, Source, looks_binary, reject
from schema.models import Paper, Provenance, Reject

_MODULES = (
    # seed page formats
    "acl_anthology",
    "trending_listing",
    "author_profile",
    "daily_papers",
    "abstract_lines",
    # structured formats
    "jsonl",
    "json_array",
    "delimited",
    "arxiv_atom",
    "arxiv_snapshot",
    "bibtex",
    "openalex",
    "semantic_scholar",
)


def _load() -> dict[str, Reader]:
    readers: dict[str, Reader] = {}
    for module_name in _MODULES:
        try:
            module = importlib.import_module(f"kb.readers.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"kb.readers.{module_name}":
                raise
            continue
        for reader in getattr(module, "READERS", [getattr(module, "READER", None)]):
            if reader is not None:
                readers[reader.name] = reader
    return readers


READERS: dict[str, Reader] = _load()

#: Below this, no reader claims a file and it is reported as of unknown format.
MIN_SNIFF = 0.3


def detect(source: Source) -> Reader:
    head_bytes = source.head()
    if not head_bytes.strip():
        raise UnknownFormatError("empty file")
    if looks_binary(head_bytes):
        raise UnknownFormatError("binary file, not a text format kb reads")
    head = source.head_text()
    best, best_score = None, 0.0
    for reader in READERS.values():
        score = reader.sniff(head, source.path)
        if score > best_score:
            best, best_score = reader, score
    if best is None or best_score < MIN_SNIFF:
        raise UnknownFormatError(f"unknown format (known: {', '.join(sorted(READERS))})")
    return best


def to_paper(raw: RawRecord, source: Source, fmt: str) -> Paper | Reject:
    fields = {k: v for k, v in raw.fields.items() if v is not None and v != "" and v != []}
    try:
        return Paper.model_validate(
            {**fields, "source": Provenance(path=source.path, line=raw.line, format=fmt)}
        )
    except ValidationError as exc:
        return reject(source, raw.line, _describe(exc), excerpt=str(fields.get("title", "")), fmt=fmt)


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"]) or "record"
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "missing":
            message = "missing"
        parts.append(f"{where}: {message}")
    return "invalid record: " + "; ".join(parts)


def read_source(source: Source, fmt: str | None = None) -> Iterator[Paper | Reject]:
    """Every record of one source as a validated Paper or a Reject, in file order."""
    try:
        if fmt is None:
            reader = detect(source)
        elif fmt in READERS:
            reader = READERS[fmt]
        else:
            raise UnknownFormatError(f"unknown --format {fmt!r} (known: {', '.join(sorted(READERS))})")
    except UnknownFormatError as exc:
        yield reject(source, 0, str(exc))
        return
    except OSError as exc:
        yield reject(source, 0, f"cannot read: {exc.strerror or exc}")
        return
    try:
        for item in reader.read(source):
            yield item if isinstance(item, Reject) else to_paper(item, source, reader.name)
    except OSError as exc:
        yield reject(source, 0, f"cannot read: {exc.strerror or exc}", fmt=reader.name)


def iter_sources(paths: Iterable[str]) -> Iterator[Source]:
    """Files named, files under directories (sorted, recursive, hidden skipped), or stdin."""
    for path in paths:
        if path == "-":
            yield Source.stdin()
            continue
        p = Path(path)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Source(str(Path(root) / name))
        else:
            yield Source(str(p))


def read_paths(paths: Iterable[str], fmt: str | None = None) -> Iterator[Paper | Reject]:
    for source in iter_sources(paths):
        if source.path != "-" and not Path(source.path).exists():
            yield reject(source, 0, "no such file or directory")
            continue
        yield from read_source(source, fmt)


__all__ = ["READERS", "RawRecord", "Source", "detect", "read_paths", "read_source", "iter_sources"]
