"""CSV and TSV (or ``;``/``|`` separated) paper tables with a header row.

Header names map like JSON keys (``Title``, ``Abstract``, ``Authors``, ``Publication
Date``, ...; see :data:`kb.readers.records.ALIASES`). The delimiter is the one that makes
the header name the most known columns, so prose with commas is not mistaken for a
table. A quoted field may span lines; the record keeps the line where it starts. A row
with the wrong number of fields is a Reject; an unterminated quote is reported and
reading resumes on the line after the broken row's start.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kb.readers.base import RawRecord, Source, reject
from kb.readers.jsonl import map_paper
from kb.readers.records import has_paper_keys, known_key_count, to_raw
from schema.models import Reject

_DELIMITERS = ("\t", ",", ";", "|")
#: Fields longer than csv's default 128 KiB are legal here (long abstracts).
csv.field_size_limit(8 * 1024 * 1024)


_COLUMN_NAME = re.compile(r"[A-Za-z][\w .\-/()]{0,40}")


def header_delimiter(line: str) -> tuple[str, list[str]] | None:
    """The delimiter whose split of ``line`` names the most known columns, with the names.

    Every cell must look like a column name (a short word or phrase), so a line of JSON or
    prose that happens to contain commas and the word "abstract" is not a header.
    """
    best: tuple[int, str, list[str]] | None = None
    if line.lstrip()[:1] in ("{", "[", "<", "@"):
        return None
    for delimiter in _DELIMITERS:
        if delimiter not in line:
            continue
        names = next(csv.reader([line], delimiter=delimiter), [])
        names = [n.strip() for n in names]
        if len(names) < 2 or not all(_COLUMN_NAME.fullmatch(n) for n in names if n):
            continue
        count = known_key_count(names)
        if count and (best is None or count > best[0]):
            best = (count, delimiter, names)
    return (best[1], best[2]) if best else None


class _Counted:
    """Feeds csv the source's lines (newline restored) and remembers the last line number."""

    def __init__(self, lines: Iterator[tuple[int, str]]) -> None:
        self._lines = lines
        self.line = 0

    def __iter__(self) -> _Counted:
        return self

    def __next__(self) -> str:
        self.line, text = next(self._lines)
        return text + "\n"


@dataclass(frozen=True)
class DelimitedReader:
    name: str = "delimited"

    def sniff(self, head: str, path: str) -> float:
        lines = [line for line in head.splitlines() if line.strip()]
        if not lines:
            return 0.0
        found = header_delimiter(lines[0])
        if found is None or not has_paper_keys(found[1]):
            return 0.0
        score = 0.7
        suffix = Path(path).suffix.lower()
        if (suffix == ".tsv" and found[0] == "\t") or (suffix == ".csv" and found[0] != "\t"):
            score += 0.05
        return score

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        resume_at = 0  # after an unterminated quote: re-read from the line after the row's start
        header: list[str] | None = None
        delimiter = ","
        while True:
            counted = _Counted(itertools.dropwhile(lambda nl: nl[0] < resume_at, source.lines()))
            counted.line = max(0, resume_at - 1)
            if header is None:
                for text in counted:
                    if text.strip():
                        found = header_delimiter(text.rstrip("\n"))
                        if found is None:
                            yield reject(source, counted.line, "no header row naming title/abstract "
                                         "columns", text, self.name)
                            return
                        delimiter, header = found
                        break
                else:
                    return
            rows = csv.reader(counted, delimiter=delimiter, strict=True)
            while True:
                start = counted.line + 1  # csv reads exactly the lines of one row
                try:
                    row = next(rows)
                except StopIteration:
                    return
                except csv.Error as exc:
                    yield reject(source, start, f"malformed row: {exc}", "", self.name)
                    resume_at = start + 1
                    break
                if not any(cell.strip() for cell in row):
                    continue
                while len(row) > len(header) and not row[-1].strip():
                    row.pop()  # trailing empty cells, as spreadsheets write them
                if len(row) != len(header):
                    yield reject(source, start, f"expected {len(header)} fields as in the header, "
                                 f"found {len(row)}", delimiter.join(row), self.name)
                    continue
                record = {name: cell for name, cell in zip(header, row) if name}
                yield to_raw(source, start, self.name, record, map_paper)


READER = DelimitedReader()
