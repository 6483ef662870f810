"""Readers: one module per input format, detected per file.

>>> sorted(READERS)[:3]
['abstract_lines', 'acl_anthology', 'arxiv_atom']
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from kb.errors import UnknownFormatError
from kb.readers.base import _SURROGATE, RawRecord, Reader, Source, looks_binary, reject
from schema.models import Paper, Provenance, Reject

log = logging.getLogger(__name__)

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
    bad_text = _undecodable(fields)
    if bad_text:
        return reject(source, raw.line, _describe_bad_text(source, raw.line, *bad_text),
                      excerpt=str(fields.get("title", "")), fmt=fmt)
    try:
        return Paper.model_validate(
            {**fields, "source": Provenance(path=source.display_path, line=raw.line, format=fmt)}
        )
    except ValidationError as exc:
        return reject(source, raw.line, _describe(exc), excerpt=str(fields.get("title", "")), fmt=fmt)


def _undecodable(value: object, where: str = "") -> tuple[str, str] | None:
    """(field, character) of the first lone surrogate in the record's values, if any."""
    if isinstance(value, str):
        match = _SURROGATE.search(value)
        return (where, match.group()) if match else None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        found = _undecodable(item, f"{where}.{key}" if where else str(key))
        if found:
            return found
    return None


def _describe_bad_text(source: Source, line: int, where: str, char: str) -> str:
    """Why a record holding undecodable bytes (or a lone surrogate escape) is refused."""
    bad_lines = sorted(n for n in source.bad_bytes if n >= line)
    if bad_lines and "\udc80" <= char <= "\udcff":
        number = bad_lines[0]
        offset, byte = source.bad_bytes[number]
        return (f"invalid UTF-8 in {where}: byte 0x{byte:02x} at byte offset {offset} (line {number}) "
                "cannot be decoded; fix the file's encoding and ingest it again")
    return f"invalid text in {where}: lone surrogate U+{ord(char):04X} is not a character"


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"]) or "record"
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "missing":
            message = "missing"
        elif error["type"] == "string_too_long" and isinstance(error.get("input"), str):
            message = (f"too long: {len(error['input']):,} characters "
                       f"(at most {error.get('ctx', {}).get('max_length', '?'):,})")
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
    line = 0
    try:
        for item in reader.read(source):
            line = item.line
            yield item if isinstance(item, Reject) else to_paper(item, source, reader.name)
    except OSError as exc:
        yield reject(source, line, f"cannot read: {exc.strerror or exc}", fmt=reader.name)
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the run or lose other files
        log.debug("reader %s failed on %s after line %d", reader.name, source.path, line, exc_info=True)
        yield reject(source, line, f"{reader.name} reader failed after line {line}: {type(exc).__name__}: "
                     f"{str(exc)[:200]}; the rest of this file was not read", fmt=reader.name)


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
