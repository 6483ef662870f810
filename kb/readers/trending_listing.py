"""Trending-papers listings copied as text.

Layout (paragraphs separated by blank lines)::

    new / Get trending papers in your email inbox! / Subscribe /
    byAK and the research community            <- site chrome
    May 2                                      <- the listing's date
    Extend Model Merging from ...              <- title
    Merging Large Language Models ...          <- abstract
    (title, abstract, title, abstract, ...)

The listing gives titles and abstracts only: no authors, venue or per-paper date, so
those stay empty. The date paragraph is the date of the listing, not of any paper:
the daily-papers page has the same header date above papers that carry their own,
different dates, and the papers listed here were published on other days. It is
therefore not copied into the records.

A title with no abstract after it, or an abstract with no title before it, becomes a
reject (see :func:`kb.readers.pagetext.title_abstract_entries`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kb.readers.base import RawRecord, Source, reject
from kb.readers.pagetext import (
    Block,
    blocks,
    head_lines,
    is_author_count,
    is_chrome,
    looks_structured,
    parse_date,
    title_abstract_entries,
)
from schema.models import Reject

NAME = "trending_listing"
_BANNER = "Get trending papers in your email inbox!"


class TrendingListingReader:
    """Reads trending-papers listings; see the module docstring for the layout."""

    name = NAME

    def sniff(self, head: str, path: str) -> float:
        if looks_structured(head):
            return 0.0
        lines = head_lines(head)
        if _BANNER not in lines:
            return 0.0
        if "Daily Papers" in lines or any(is_author_count(line) for line in lines):
            return 0.2  # the daily listing shares the banner; leave it to daily_papers
        return 0.9

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        for entry in title_abstract_entries(_paper_paragraphs(blocks(source.lines()))):
            problem = entry.problem()
            if problem is not None:
                yield reject(source, entry.line, problem, entry.excerpt, NAME)
                continue
            assert entry.title is not None and entry.abstract is not None
            yield RawRecord(entry.line, {"title": entry.title.text, "abstract": entry.abstract.text})


def _paper_paragraphs(paragraphs: Iterable[Block]) -> Iterator[Block]:
    """The paragraphs that are not chrome or a listing date line."""
    for block in paragraphs:
        if is_chrome(block) or (len(block.lines) == 1 and parse_date(block.first) is not None):
            continue
        yield block


READER = TrendingListingReader()
