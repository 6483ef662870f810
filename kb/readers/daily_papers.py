"""Daily-papers listings copied as text.

Layout (paragraphs separated by blank lines)::

    new / Get trending papers in your email inbox! / Subscribe / Daily Papers /
    byAK and the research community            <- site chrome
    Dec 12                                     <- the listing's date
    Fine-Tuning Large Neural ...               <- title
    Motivation: A perennial challenge ...      <- abstract
      • 8 authors                              <- meta paragraph: author count,
    ·                                             a dot,
    Dec 14, 2021                               <- and the paper's date [upvotes]

The meta paragraph closes a record. It gives the number of authors but not their
names, so ``authors`` stays empty. The date may lack a year ("Mar 24": month and day
only, no year and no full date) and may be followed by an upvote count ("Apr 29 1").
A date paragraph with no paper before it is the listing's own date and is skipped.

Rejected: a title or abstract without its partner, a record cut off before its meta
paragraph, a meta paragraph whose date cannot be read, and a meta paragraph with no
paper before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kb.readers.base import RawRecord, Source, reject
from kb.readers.pagetext import (
    DATE_PATTERN,
    Block,
    Entry,
    PageDate,
    blocks,
    date_from_match,
    head_lines,
    is_author_count,
    is_chrome,
    looks_structured,
    title_abstract_entries,
)
from schema.models import Reject

NAME = "daily_papers"
_DATE_UPVOTES = re.compile(rf"^{DATE_PATTERN}(?:\s+(?P<upvotes>\d+))?$")
_DOT = "·"
_NO_META = "truncated record: no author count and date after it"


@dataclass(frozen=True)
class _Meta:
    """A meta paragraph: the paper's date and upvotes, or why they cannot be read."""

    block: Block
    date: PageDate | None
    upvotes: int | None
    problem: str | None

    @property
    def date_only(self) -> bool:
        return len(self.block.lines) == 1


def _meta(block: Block) -> _Meta | None:
    """Read ``block`` as a meta paragraph, or None when it is not one."""
    *rest, last = block.lines
    match = _DATE_UPVOTES.match(last)
    date = date_from_match(match) if match else None
    is_meta_line = [is_author_count(line) or line == _DOT for line in block.lines]
    if date is not None and all(is_meta_line[:-1]):
        upvotes = match.group("upvotes") if match else None
        return _Meta(block, date, int(upvotes) if upvotes else None, None)
    if any(is_meta_line):
        return _Meta(block, None, None, f"cannot read the date line {last!r}")
    return None


class DailyPapersReader:
    """Reads daily-papers listings; see the module docstring for the layout."""

    name = NAME

    def sniff(self, head: str, path: str) -> float:
        if looks_structured(head):
            return 0.0
        lines = head_lines(head)
        if any(is_author_count(line) for line in lines) and _DOT in lines:
            return 0.95
        if "Daily Papers" in lines:
            return 0.7
        return 0.0

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        pending: list[Block] = []  # the paragraphs of the record being read
        for block in blocks(source.lines()):
            if is_chrome(block):
                continue
            meta = _meta(block)
            if meta is None:
                pending.append(block)
                continue
            entries = list(title_abstract_entries(pending))
            pending = []
            if not entries:
                if not (meta.date_only and meta.problem is None):  # else: the listing's date
                    yield reject(source, block.line, "author count and date with no paper before it",
                                 block.text, NAME)
                continue
            for orphan in entries[:-1]:
                yield reject(source, orphan.line, orphan.problem() or _NO_META, orphan.excerpt, NAME)
            yield self._record(source, entries[-1], meta)
        for orphan in title_abstract_entries(pending):
            yield reject(source, orphan.line, orphan.problem() or _NO_META, orphan.excerpt, NAME)

    @staticmethod
    def _record(source: Source, entry: Entry, meta: _Meta) -> RawRecord | Reject:
        problem = entry.problem() or meta.problem
        if problem is not None:
            return reject(source, entry.line, problem, entry.excerpt, NAME)
        assert entry.title is not None and entry.abstract is not None and meta.date is not None
        return RawRecord(
            entry.line,
            {
                "title": entry.title.text,
                "abstract": entry.abstract.text,
                "upvotes": meta.upvotes,
                **meta.date.fields(),
            },
        )


READER = DailyPapersReader()
