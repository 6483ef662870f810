"""Author-profile listings copied as text.

Layout (paragraphs separated by blank lines)::

    Runxin Xu                                  <- header: the author,
    CL / h-index33 / 31papers / 24,036citations   their categories and counters
    Novelty51% / AI Score49 / 31 Papers
    CLMar 6, 2022Code                          <- marker: category, date, "Code" badge
    Focus on the Target's Vocabulary: ...      <- title
    Liang Chen, Runxin Xu, Baobao Chang · pku  <- authors [· affiliation]
    Label smoothing and vocabulary ...         <- abstract

A record runs from its marker line to the next marker. Authors are the names listed,
in order; a trailing "et al." means the list is cut short and is not an author. The
text after " · " is the affiliation line the page shows for the paper; it is kept as
one string in ``affiliations`` (it may name several places, "stanford, tsinghua", but
splitting it would be guessing where one name ends) and on no author. ``has_code`` is
True when the marker carries the "Code" badge and unknown (None) otherwise: a missing
badge says the page links no code, not that none exists.

Header lines must be recognisable counters; anything else before the first marker,
records missing their title, authors or abstract, and text after an abstract are
rejected with their line numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kb.readers.base import RawRecord, Source, reject
from kb.readers.pagetext import (
    DATE_PATTERN,
    Block,
    PageDate,
    blocks,
    date_from_match,
    head_lines,
    is_title_like,
    looks_structured,
)
from schema.models import Reject

NAME = "author_profile"

_CATEGORY = r"(?:[a-z\-]+\.)?[A-Z]{1,6}"
#: "CLApr 1, 2022" or "CLMar 6, 2022Code": the category is required, it is what tells a
#: marker from a bare date line of another listing.
_MARKER = re.compile(rf"^(?P<category>{_CATEGORY}){DATE_PATTERN}(?P<code>Code)?$")
_HEADER_LINE = re.compile(
    rf"^(?:{_CATEGORY}(?:[ ,]+{_CATEGORY})*"  # the author's categories
    r"|(?i:h-index\s*\d+|[\d,]+\s*papers|[\d,]+\s*citations|novelty\s*\d+%|ai score\s*\d+))$"
)
_COUNTER = re.compile(r"^h-index\s*\d+$", re.IGNORECASE)
_AFFILIATION_SEPARATOR = " · "
_ET_AL = re.compile(r",?\s*et al\.?$")
_EXPECTED = ("title", "authors line", "abstract")


@dataclass
class _Record:
    """The marker of one record and the paragraphs read after it so far."""

    line: int
    marker: str
    category: str
    date: PageDate
    has_code: bool
    parts: list[tuple[int, str]] = field(default_factory=list)


def _marker(text: str, line: int) -> _Record | None:
    match = _MARKER.match(text)
    if match is None:
        return None
    date = date_from_match(match)
    if date is None:  # "CLFoo 1, 2022": not a month, not a marker
        return None
    return _Record(line, text, match.group("category"), date, bool(match.group("code")))


def _segments(block: Block) -> Iterator[tuple[_Record | None, list[tuple[int, str]]]]:
    """Split a paragraph at marker lines: (marker or None, numbered lines after it).

    Markers are looked for on every line so that a record is found even when the page
    lost the blank line before it.
    """
    started: _Record | None = None
    lines: list[tuple[int, str]] = []
    for number, text in enumerate(block.lines, block.line):
        marker = _marker(text, number)
        if marker is None:
            lines.append((number, text))
            continue
        if started is not None or lines:
            yield started, lines
        started, lines = marker, []
    if started is not None or lines:
        yield started, lines


def _looks_like_authors(text: str) -> bool:
    """Used only to name what a two-paragraph record is missing."""
    return _AFFILIATION_SEPARATOR in text or bool(_ET_AL.search(text)) or is_title_like(text)


def split_authors(text: str) -> tuple[list[str], str | None]:
    """The names listed in an authors line, in order, and its affiliation if any.

    >>> split_authors("Ziyun Xu, Chengyu Wang, Minghui Qiu et al. · cmu")
    (['Ziyun Xu', 'Chengyu Wang', 'Minghui Qiu'], 'cmu')
    >>> split_authors("Ce Zheng, Xudong Chen")
    (['Ce Zheng', 'Xudong Chen'], None)
    """
    names, _, affiliation = text.partition(_AFFILIATION_SEPARATOR)
    names = _ET_AL.sub("", names.strip())
    return [n.strip() for n in names.split(",") if n.strip()], affiliation.strip() or None


class AuthorProfileReader:
    """Reads author-profile listings; see the module docstring for the layout."""

    name = NAME

    def sniff(self, head: str, path: str) -> float:
        if looks_structured(head):
            return 0.0
        lines = head_lines(head)
        markers = sum(1 for n, line in enumerate(lines) if _marker(line, n) is not None)
        counters = any(_COUNTER.match(line) for line in lines)
        if markers and counters:
            return 0.95
        if counters:
            return 0.5  # a profile listing no papers (yet)
        if markers:
            return 0.6 if markers >= 2 else 0.4
        return 0.0

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        record: _Record | None = None
        seen_name = False
        for block in blocks(source.lines()):
            for started, lines in _segments(block):
                if started is not None:
                    if record is not None:
                        yield from self._finish(source, record)
                    record = started
                    record.parts.extend(lines)  # the rest of its paragraph: normally the title
                elif record is not None:
                    record.parts.append((lines[0][0], " ".join(text for _, text in lines)))
                else:
                    for number, text in lines:
                        if not seen_name or _HEADER_LINE.match(text):
                            seen_name = True  # the page opens with the author's name
                            continue
                        yield reject(source, number, "unrecognised text before the first paper "
                                     "(expected header counters or a category/date line)", text, NAME)
        if record is not None:
            yield from self._finish(source, record)

    @staticmethod
    def _finish(source: Source, record: _Record) -> Iterator[RawRecord | Reject]:
        parts = record.parts
        if len(parts) < 3:
            missing = list(_EXPECTED[len(parts):])
            if len(parts) == 2 and not _looks_like_authors(parts[1][1]):
                missing = ["authors line"]
            yield reject(
                source, record.line,
                f"truncated record: no {' or '.join(missing)} after {record.marker!r}",
                parts[0][1] if parts else record.marker, NAME,
            )
            return
        (_, title), (_, authors_line), (_, abstract) = parts[:3]
        names, affiliation = split_authors(authors_line)
        yield RawRecord(
            record.line,
            {
                "title": title,
                "abstract": abstract,
                "authors": [{"name": name} for name in names],
                "affiliations": [affiliation] if affiliation else [],
                "category": record.category,
                "has_code": True if record.has_code else None,
                **record.date.fields(),
            },
        )
        for line, text in parts[3:]:
            yield reject(source, line, f"unrecognised text after the abstract of {title!r}", text, NAME)


READER = AuthorProfileReader()
