"""Helpers shared by the readers of scraped listing pages (the ``seeds/`` formats).

The page formats are plain text copied out of web pages: one field per line, records
and their parts separated by blank lines, dates written the way a browser shows them
("Dec 14, 2021", "Mar 24"). Everything here is about that shape, so the five page
readers parse dates, split blocks and recognise site chrome in one way:

* :func:`blocks` streams a page as paragraphs (runs of non-blank lines) with the line
  each starts on, so a reader holds at most one record's text at a time;
* :func:`parse_date` / :data:`DATE_PATTERN` read "Mon D[, YYYY]" dates and keep exactly
  the parts the page gives (no year means no year, never "this year");
* :func:`title_abstract_entries` pairs title and abstract paragraphs on listings that
  give nothing else to tell them apart, and reports the ones left without a partner;
* :func:`looks_structured` lets sniffers stay out of JSON, XML and BibTeX files.

>>> parse_date("Dec 14, 2021")
PageDate(year=2021, month=12, day=14)
>>> parse_date("Mar 24").fields()
{'year': None, 'month': 3, 'day': 24, 'date': None}
>>> parse_date("Tomorrow") is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

#: "Mon D" or "Mon D, YYYY" as listing pages print dates; named groups month/day/year.
#: The month is a capitalised word so that a category code glued in front of it
#: ("CLApr 1, 2022") still splits; :func:`month_number` decides if it is a month.
#: The year takes any digits so that an out-of-range year reaches validation and is
#: rejected with the shared message instead of making the line unrecognisable.
DATE_PATTERN = r"(?P<month>[A-Z][a-z]{2,8})\.? (?P<day>\d{1,2})(?:, (?P<year>\d+))?"

_DATE_LINE = re.compile(rf"^{DATE_PATTERN}$")


def month_number(name: str) -> int | None:
    """1..12 for an English month name or its abbreviation, else None.

    >>> month_number("Sept"), month_number("december"), month_number("Foo")
    (9, 12, None)
    """
    return _MONTHS.get(name.strip().rstrip(".").casefold())


@dataclass(frozen=True)
class PageDate:
    """A date exactly as far as a page gives it: the year may be missing."""

    year: int | None
    month: int
    day: int

    def fields(self) -> dict[str, Any]:
        """``year``/``month``/``day`` as given, plus ``date`` when they make a real day.

        An impossible day ("Feb 30, 2021") keeps its parts and no ``date``, so that
        validation in :func:`kb.readers.to_paper` rejects it with the message every
        reader shares rather than each reader wording its own.
        """
        date: dt.date | None = None
        if self.year is not None:
            try:
                date = dt.date(self.year, self.month, self.day)
            except ValueError:
                date = None
        return {"year": self.year, "month": self.month, "day": self.day, "date": date}


def date_from_match(match: re.Match[str]) -> PageDate | None:
    """The :class:`PageDate` of a match of a pattern that embeds :data:`DATE_PATTERN`."""
    month = month_number(match.group("month"))
    if month is None:
        return None
    year = match.group("year")
    return PageDate(year=int(year) if year else None, month=month, day=int(match.group("day")))


def parse_date(text: str) -> PageDate | None:
    """The date a whole line spells ("Mar 24", "Dec 14, 2021"), or None if it is not one."""
    match = _DATE_LINE.match(text.strip())
    return date_from_match(match) if match else None


@dataclass(frozen=True)
class Block:
    """A paragraph of a page: consecutive non-blank lines, stripped, and where it starts."""

    line: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        """The paragraph as one line (pages hard-wrap nothing, but be safe if they do)."""
        return " ".join(self.lines)

    @property
    def first(self) -> str:
        return self.lines[0]


def blocks(lines: Iterable[tuple[int, str]]) -> Iterator[Block]:
    """Stream numbered lines (as :meth:`Source.lines` gives them) as paragraphs.

    >>> [(b.line, b.lines) for b in blocks(enumerate(["a", " b ", "", "", "c"], 1))]
    [(1, ('a', 'b')), (5, ('c',))]
    """
    start = 0
    current: list[str] = []
    for number, raw in lines:
        text = raw.strip()
        if text:
            if not current:
                start = number
            current.append(text)
        elif current:
            yield Block(start, tuple(current))
            current = []
    if current:
        yield Block(start, tuple(current))


#: Lines of site chrome on the trending and daily listings (menus, banners, bylines).
LISTING_CHROME = frozenset(
    {
        "new",
        "Get trending papers in your email inbox!",
        "Subscribe",
        "Daily Papers",
        "byAK and the research community",
    }
)


_AUTHOR_COUNT = re.compile(r"^•\s*\d+\s+authors?$")


def is_author_count(line: str) -> bool:
    """True for a daily-listing author count ("• 8 authors"), which names nobody."""
    return bool(_AUTHOR_COUNT.match(line.strip()))


def is_chrome(block: Block) -> bool:
    """True when every line of ``block`` is listing chrome, so it can never be a paper."""
    return all(line in LISTING_CHROME for line in block.lines)


#: Longer than any real title; a paragraph this long is taken to be an abstract.
MAX_TITLE_CHARS = 300


def is_title_like(text: str) -> bool:
    """Whether a paragraph reads as a title rather than an abstract.

    Only used where a page gives no other cue (title and abstract are bare paragraphs)
    and only to report which half of a broken record is missing: titles are short and
    do not end with a full stop, abstracts are long or end with one.

    >>> is_title_like("Can Pre-trained Networks Detect Familiar Out-of-Distribution Data?")
    True
    >>> is_title_like("We propose a method. It works.")
    False
    """
    text = text.strip()
    return len(text) <= MAX_TITLE_CHARS and not text.endswith(".")


@dataclass(frozen=True)
class Entry:
    """A title paragraph and the abstract paragraph after it; either may be missing."""

    title: Block | None
    abstract: Block | None

    @property
    def line(self) -> int:
        """Where the entry starts: its title, or its abstract when it has no title."""
        start = self.title or self.abstract
        assert start is not None
        return start.line

    @property
    def excerpt(self) -> str:
        start = self.title or self.abstract
        assert start is not None
        return start.text

    def problem(self) -> str | None:
        """Why this entry is not a paper, or None when it has both title and abstract."""
        if self.title is None:
            return "abstract with no title before it"
        if self.abstract is None:
            return "title with no abstract after it"
        return None


def title_abstract_entries(paragraphs: Iterable[Block]) -> Iterator[Entry]:
    """Pair title and abstract paragraphs, streaming, and keep the unpaired ones.

    A title is followed by its abstract; a title followed by another title (or by the
    end) has no abstract, an abstract after a complete entry has no title. Nothing is
    dropped: every paragraph comes out in exactly one entry.

    >>> [(e.title and e.title.text, e.abstract and e.abstract.text) for e in
    ...  title_abstract_entries([Block(1, ("A Title",)), Block(3, ("B Title",)),
    ...                          Block(5, ("B does things.",)), Block(7, ("Stray text.",))])]
    [('A Title', None), ('B Title', 'B does things.'), (None, 'Stray text.')]
    """
    pending: Block | None = None
    for block in paragraphs:
        if is_title_like(block.text):
            if pending is not None:
                yield Entry(pending, None)
            pending = block
        elif pending is not None:
            yield Entry(pending, block)
            pending = None
        else:
            yield Entry(None, block)
    if pending is not None:
        yield Entry(pending, None)


_STRUCTURED_START = re.compile(r"^\s*(?:[\[{<]|@[A-Za-z]+\s*[{(])")


def looks_structured(head: str) -> bool:
    """True for text that opens like JSON, XML/HTML or BibTeX, which no page format does.

    >>> looks_structured('[{"title": "x"}]'), looks_structured("@article{k,"), looks_structured("new")
    (True, True, False)
    """
    return bool(_STRUCTURED_START.match(head))


def head_lines(head: str, limit: int = 400) -> list[str]:
    """The first ``limit`` non-blank lines of a sniffed head, stripped."""
    found: list[str] = []
    for line in head.splitlines():
        line = line.strip()
        if line:
            found.append(line)
            if len(found) >= limit:
                break
    return found
