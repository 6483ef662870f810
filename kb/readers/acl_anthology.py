"""ACL Anthology author pages copied as text.

Layout (paragraphs separated by blank lines)::

    Xinwei Long                      <- the author the page is about (chrome)
    2023                             <- year heading: the year of every record below it
    pdf bib                          <- link markers: a record starts here
    CRaSh: Clustering, ...           <- title
    Kaiyan Zhang | Ning Ding | ...   <- authors, in order, separated by " | "
    Proceedings of the 2023 ...      <- venue
    Instruction tuning has ...       <- abstract (its own paragraph)

The year comes only from the heading and the venue only from the venue line; a record
before any heading has no year. A record whose marker paragraph lacks the title,
author or venue line, a record with no abstract, and text that belongs to no record
are rejected with their line numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kb.readers.base import RawRecord, Source, reject
from kb.readers.pagetext import Block, blocks, head_lines, looks_structured
from schema.models import Reject

NAME = "acl_anthology"

#: The link row that opens every record ("pdf bib", sometimes with "abs" and friends).
_MARKER = re.compile(r"^(?:pdf|bib|abs)(?:\s+(?:pdf|bib|abs))*$")
_YEAR_HEADING = re.compile(r"^\d{4}$")
_AUTHOR_SEPARATOR = re.compile(r"\s+\|\s+")


@dataclass
class _Pending:
    """A record whose marker paragraph was read and whose abstract is still to come."""

    line: int
    fields: dict[str, object]


class AclAnthologyReader:
    """Reads ACL Anthology author pages; see the module docstring for the layout."""

    name = NAME

    def sniff(self, head: str, path: str) -> float:
        if looks_structured(head):
            return 0.0
        lines = head_lines(head)
        markers = sum(1 for line in lines if _MARKER.match(line))
        if not markers:
            return 0.0
        score = 0.5
        if any(" | " in line for line in lines):
            score += 0.3
        if any(_YEAR_HEADING.match(line) for line in lines):
            score += 0.15
        return score

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        year: int | None = None
        pending: _Pending | None = None
        first = True
        for block in blocks(source.lines()):
            is_header = first and len(block.lines) == 1 and not self._is_structural(block)
            first = False
            if is_header:
                continue  # the page's author name
            if _YEAR_HEADING.match(block.text) or _MARKER.match(block.first):
                if pending is not None:
                    yield self._no_abstract(source, pending)
                    pending = None
                if _YEAR_HEADING.match(block.text):
                    year = int(block.text)
                    continue
                record = self._start(source, block, year)
                if isinstance(record, _Pending):
                    pending = record
                else:
                    yield record
            elif pending is not None:
                pending.fields["abstract"] = block.text
                yield RawRecord(pending.line, pending.fields)
                pending = None
            else:
                yield reject(
                    source, block.line, "text outside any record (expected a year heading "
                    "or a 'pdf bib' line)", block.text, NAME,
                )
        if pending is not None:
            yield self._no_abstract(source, pending)

    @staticmethod
    def _is_structural(block: Block) -> bool:
        return bool(_YEAR_HEADING.match(block.text) or _MARKER.match(block.first))

    @staticmethod
    def _start(source: Source, block: Block, year: int | None) -> _Pending | RawRecord | Reject:
        """The record a marker paragraph opens; complete if the abstract is in it too."""
        parts = block.lines[1:]
        if len(parts) < 3:
            return reject(
                source, block.line,
                f"truncated record: expected title, authors and venue lines after "
                f"{block.first!r}, found {len(parts)} line(s)",
                " / ".join(block.lines), NAME,
            )
        title, authors, venue = parts[:3]
        fields: dict[str, object] = {
            "title": title,
            "authors": [{"name": name} for name in _AUTHOR_SEPARATOR.split(authors) if name.strip()],
            "venue": venue,
            "year": year,
        }
        if len(parts) > 3:  # abstract not set off by a blank line
            fields["abstract"] = " ".join(parts[3:])
            return RawRecord(block.line, fields)
        return _Pending(block.line, fields)

    @staticmethod
    def _no_abstract(source: Source, pending: _Pending) -> Reject:
        return reject(
            source, pending.line, "record has no abstract", str(pending.fields["title"]), NAME
        )


READER = AclAnthologyReader()
