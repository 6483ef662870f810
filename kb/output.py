"""Output formats shared by every command that prints rows: json, jsonl, csv, tsv, table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from enum import Enum
from typing import Any, TextIO


class RowFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


def _jsonable(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def write_json_array(items: Iterable[Any], out: TextIO) -> int:
    """A JSON array written item by item, so exports of any size stream."""
    count = 0
    out.write("[")
    for item in items:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(item, ensure_ascii=False, default=_jsonable))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_jsonl(items: Iterable[Any], out: TextIO) -> int:
    count = 0
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False, default=_jsonable) + "\n")
        count += 1
    return count


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_jsonable)
    return "" if value is None else _jsonable(value)


def write_delimited(columns: Sequence[str], rows: Iterable[Sequence[Any]], out: TextIO, delimiter: str = ",") -> int:
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_cell(v) for v in row])
        count += 1
    return count


def write_rows(columns: Sequence[str], rows: Iterable[Sequence[Any]], fmt: RowFormat | str, out: TextIO) -> int:
    """Tabular results (SQL, SPARQL, stats) in the chosen format."""
    fmt = RowFormat(fmt)
    if fmt is RowFormat.json:
        return write_json_array((dict(zip(columns, map(_jsonable, r), strict=True)) for r in rows), out)
    if fmt is RowFormat.jsonl:
        return write_jsonl((dict(zip(columns, map(_jsonable, r), strict=True)) for r in rows), out)
    if fmt in (RowFormat.csv, RowFormat.tsv):
        return write_delimited(columns, rows, out, "," if fmt is RowFormat.csv else "\t")
    return _write_table(columns, list(rows), out)


def _write_table(columns: Sequence[str], rows: list[Sequence[Any]], out: TextIO) -> int:
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, show_lines=False, highlight=False)
    for row in rows:
        table.add_row(*(str(_cell(v)) for v in row))
    Console(file=out, width=max(80, min(200, 30 * len(columns))), no_color=True).print(table)
    return len(rows)


def dict_rows(items: Iterable[dict[str, Any]], columns: Sequence[str]) -> Iterator[list[Any]]:
    for item in items:
        yield [item.get(c) for c in columns]
