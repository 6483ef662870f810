"""Pages of bare abstracts, one paper per line: ``Abstract:<text>``.

The page gives an abstract and nothing else: no title, authors, venue or date. Those
fields stay null, the title included: a title is never made up from the abstract.
Such a paper's id is hashed from its abstract alone (see :mod:`schema.ids`).

Blank lines are skipped; a line that does not start with "Abstract:" and an
"Abstract:" line with no text are rejected.
"""

from __future__ import annotations

from collections.abc import Iterator

from kb.readers.base import RawRecord, Source, reject
from kb.readers.pagetext import head_lines, looks_structured
from schema.models import Reject

NAME = "abstract_lines"
PREFIX = "Abstract:"


class AbstractLinesReader:
    """Reads ``Abstract:`` lines; see the module docstring for the title rule."""

    name = NAME

    def sniff(self, head: str, path: str) -> float:
        if looks_structured(head):
            return 0.0
        lines = head_lines(head, limit=50)
        if not lines or not lines[0].startswith(PREFIX):
            return 0.0
        share = sum(line.startswith(PREFIX) for line in lines) / len(lines)
        return 0.5 + 0.45 * share

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        for number, line in source.lines():
            text = line.strip()
            if not text:
                continue
            if not text.startswith(PREFIX):
                yield reject(source, number, f"line does not start with {PREFIX!r}", text, NAME)
                continue
            abstract = text[len(PREFIX):].strip()
            if not abstract:
                yield reject(source, number, f"{PREFIX!r} line with no abstract text", text, NAME)
                continue
            yield RawRecord(number, {"abstract": abstract})


READER = AbstractLinesReader()
