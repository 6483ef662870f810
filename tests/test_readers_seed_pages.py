"""The readers of the scraped listing-page formats, on small synthetic pages.

Fixtures live in ``tests/fixtures/pages/``: ``<format>_ok.txt`` pages read cleanly,
``<format>_malformed.txt`` pages mix good records with broken ones (truncated records,
missing abstracts, impossible dates, years out of range), and the header/chrome-only
pages hold no paper at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kb.readers import MIN_SNIFF, READERS, detect, read_source
from kb.readers.base import RawRecord, Source
from kb.readers.pagetext import parse_date
from schema.models import Paper, Reject

PAGES = Path(__file__).parent / "fixtures" / "pages"
PAGE_FORMATS = ("acl_anthology", "trending_listing", "author_profile", "daily_papers", "abstract_lines")


def read(name: str, fmt: str | None = None) -> list[Paper | Reject]:
    return list(read_source(Source(str(PAGES / name)), fmt))


def papers(items: list[Paper | Reject]) -> list[Paper]:
    return [item for item in items if isinstance(item, Paper)]


def rejects(items: list[Paper | Reject]) -> list[tuple[int, str]]:
    return [(item.line, item.reason) for item in items if isinstance(item, Reject)]


# --- detection --------------------------------------------------------------------


@pytest.mark.parametrize("fmt", PAGE_FORMATS)
@pytest.mark.parametrize("kind", ["ok", "malformed"])
def test_each_page_is_detected_as_its_own_format(fmt: str, kind: str) -> None:
    assert detect(Source(str(PAGES / f"{fmt}_{kind}.txt"))).name == fmt


@pytest.mark.parametrize("fmt", PAGE_FORMATS)
def test_page_readers_stay_low_on_the_other_page_formats(fmt: str) -> None:
    source = Source(str(PAGES / f"{fmt}_ok.txt"))
    head = source.head_text()
    for other in PAGE_FORMATS:
        if other != fmt:
            assert READERS[other].sniff(head, source.path) < MIN_SNIFF, other


STRUCTURED = {
    "json": '[{"title": "A", "abstract": "Abstract: pdf bib"}]\n',
    "jsonl": '{"title": "A", "abstract": "x"}\n{"title": "B", "abstract": "y"}\n',
    "csv": "title,abstract,year\nA,Abstract: we do x,2020\nB,pdf bib,2021\n",
    "tsv": "title\tabstract\nA\tAbstract: we do x\n",
    "bibtex": "@inproceedings{doe2020,\n  title = {A | B},\n  year = {2020}\n}\n",
    "xml": '<?xml version="1.0"?>\n<feed><entry><title>A</title>\n<summary>Abstract: x</summary></entry></feed>\n',
}


@pytest.mark.parametrize("kind", sorted(STRUCTURED))
@pytest.mark.parametrize("fmt", PAGE_FORMATS)
def test_page_readers_stay_low_on_structured_text(fmt: str, kind: str) -> None:
    assert READERS[fmt].sniff(STRUCTURED[kind], f"x.{kind}") < MIN_SNIFF


# --- streaming --------------------------------------------------------------------


class _CountingSource(Source):
    """A source that counts how many lines the reader has pulled."""

    pulled: int = 0

    def lines(self) -> Iterator[tuple[int, str]]:
        for item in super().lines():
            self.pulled += 1
            yield item


@pytest.mark.parametrize("fmt", PAGE_FORMATS)
def test_readers_stream_lines(fmt: str) -> None:
    """The first record comes out before the reader has read the whole page."""
    source = _CountingSource(str(PAGES / f"{fmt}_ok.txt"))
    total = sum(1 for _ in Source(source.path).lines())
    first = next(iter(READERS[fmt].read(source)))
    assert isinstance(first, RawRecord)
    assert source.pulled < total


# --- ACL Anthology ----------------------------------------------------------------


def test_acl_anthology_ok() -> None:
    got = read("acl_anthology_ok.txt")
    assert rejects(got) == []
    first, solo, older = papers(got)
    assert first.title == "Sparse Adapters for Low-Resource Parsing"
    assert [a.name for a in first.authors] == ["Jane Doe", "Ali Kaya", "Mei Lin"]
    assert first.venue == "Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics"
    assert (first.year, first.month, first.day, first.date) == (2019, None, None, None)
    assert first.abstract.startswith("We study sparse adapters")
    assert first.source.line == 6 and first.source.format == "acl_anthology"
    assert [a.name for a in solo.authors] == ["Jane Doe"] and solo.year == 2019
    assert older.year == 2018 and [a.name for a in older.authors] == ["Ali Kaya", "Jane Doe"]


def test_acl_anthology_malformed() -> None:
    got = read("acl_anthology_malformed.txt")
    assert [p.title for p in papers(got)] == []
    reasons = rejects(got)
    assert [line for line, _ in reasons] == [5, 9, 11, 18, 25]
    assert "truncated record" in reasons[0][1] and "venue" in reasons[0][1]
    assert "outside any record" in reasons[1][1]
    assert reasons[2][1] == "record has no abstract"
    assert "year" in reasons[3][1] and "1900" in reasons[3][1]
    assert reasons[4][1] == "record has no abstract"


def test_acl_anthology_header_only_holds_no_paper() -> None:
    assert read("acl_anthology_header_only.txt", "acl_anthology") == []


# --- trending listing -------------------------------------------------------------


def test_trending_listing_ok() -> None:
    got = read("trending_listing_ok.txt")
    assert rejects(got) == []
    titles = [(p.title, p.source.line) for p in papers(got)]
    assert titles == [
        ("Sparse Adapters for Low-Resource Parsing", 11),
        ("Can Small Models Reason?", 15),
        ("Pre-Trained Models: Past, Present and Future", 19),
    ]
    for paper in papers(got):  # the listing's "May 2" is not any paper's date
        assert (paper.year, paper.month, paper.day, paper.date) == (None, None, None, None)
        assert paper.authors == [] and paper.venue is None


def test_trending_listing_malformed() -> None:
    got = read("trending_listing_malformed.txt")
    assert [p.title for p in papers(got)] == ["A Complete Paper"]
    assert rejects(got) == [
        (11, "title with no abstract after it"),
        (17, "abstract with no title before it"),
        (19, "title with no abstract after it"),
    ]


def test_trending_listing_chrome_only_holds_no_paper() -> None:
    assert read("trending_listing_chrome_only.txt") == []


# --- author profile ---------------------------------------------------------------


def test_author_profile_ok() -> None:
    got = read("author_profile_ok.txt")
    assert rejects(got) == []
    sparse, fog, steps = papers(got)
    assert sparse.title == "Sparse Adapters for Low-Resource Parsing"
    assert [a.name for a in sparse.authors] == ["Jane Doe", "Ali Kaya", "Mei Lin"]  # no "et al."
    assert sparse.affiliations == ["cmu"] and all(a.affiliation is None for a in sparse.authors)
    assert (sparse.category, sparse.has_code, sparse.date) == ("CL", None, dt.date(2022, 4, 1))
    assert sparse.source.line == 12
    assert (fog.category, fog.has_code, fog.date) == ("CV", True, dt.date(2023, 3, 6))
    assert fog.affiliations == ["stanford, tsinghua"]
    assert [a.name for a in fog.authors] == ["Ali Kaya", "Jane Doe"]
    assert (steps.category, steps.affiliations, steps.year, steps.month, steps.day) == ("OC", [], 2020, 6, 12)


def test_author_profile_malformed() -> None:
    got = read("author_profile_malformed.txt")
    assert [p.title for p in papers(got)] == ["A Good Paper Between Bad Ones"]
    reasons = rejects(got)
    assert [line for line, _ in reasons] == [6, 13, 18, 32]
    assert "day is out of range for month" in reasons[0][1]
    assert reasons[1][1] == "truncated record: no abstract after 'CLApr 2, 2022'"
    assert "year" in reasons[2][1] and "1900" in reasons[2][1]
    assert reasons[3][1] == "truncated record: no authors line or abstract after 'CLJun 9, 2022'"


def test_author_profile_header_only_holds_no_paper() -> None:
    assert read("author_profile_header_only.txt") == []


def test_author_profile_rejects_unknown_header_text(tmp_path: Path) -> None:
    page = tmp_path / "profile.txt"
    page.write_text("Jane Doe\n\nh-index3\nA stray line\n\nCLApr 1, 2022\nT\n\nA B\n\nAbstract text.\n")
    got = read_source(Source(str(page)), "author_profile")
    assert [(r.line, r.reason) for r in got if isinstance(r, Reject)] == [
        (4, "unrecognised text before the first paper (expected header counters or a category/date line)")
    ]


def test_author_profile_reports_text_after_an_abstract(tmp_path: Path) -> None:
    page = tmp_path / "profile.txt"
    page.write_text("CLApr 1, 2022\nT\n\nA B\n\nAbstract text.\n\nStray paragraph.\n")
    got = list(read_source(Source(str(page)), "author_profile"))
    assert [p.title for p in papers(got)] == ["T"]
    assert rejects(got) == [(8, "unrecognised text after the abstract of 'T'")]


# --- daily papers -----------------------------------------------------------------


def test_daily_papers_ok() -> None:
    got = read("daily_papers_ok.txt")
    assert rejects(got) == []
    fields = [(p.title, p.source.line, p.year, p.month, p.day, p.date, p.upvotes) for p in papers(got)]
    assert fields == [
        ("Sparse Adapters for Low-Resource Parsing", 13, 2021, 12, 14, dt.date(2021, 12, 14), None),
        ("A Paper Dated Without A Year", 21, None, 3, 24, None, None),
        ("Upvoted Without A Year", 29, None, 4, 29, None, 1),
        ("Upvoted With A Year", 37, 2024, 5, 28, dt.date(2024, 5, 28), 3),
    ]
    assert all(p.authors == [] for p in papers(got))  # the page gives a count, not names


def test_daily_papers_malformed() -> None:
    got = read("daily_papers_malformed.txt")
    assert [p.title for p in papers(got)] == ["A Good Paper After A Broken One"]
    reasons = rejects(got)
    assert [line for line, _ in reasons] == [9, 17, 25, 33, 39, 51, 59]
    assert "day is out of range for month" in reasons[0][1]
    assert "day is out of range for month" in reasons[1][1]
    assert "year" in reasons[2][1] and "1900" in reasons[2][1]
    assert reasons[3][1] == "title with no abstract after it"
    assert reasons[4][1] == "truncated record: no author count and date after it"
    assert reasons[5][1] == "cannot read the date line 'Yesterday'"
    assert reasons[6][1] == "truncated record: no author count and date after it"


def test_daily_papers_chrome_only_holds_no_paper() -> None:
    assert read("daily_papers_chrome_only.txt") == []


# --- abstract lines ---------------------------------------------------------------


def test_abstract_lines_ok() -> None:
    got = read("abstract_lines_ok.txt")
    assert rejects(got) == []
    assert [(p.abstract[:40], p.source.line) for p in papers(got)] == [
        ("We study sparse adapters for dependency ", 1),
        ("Large models (e.g. BERT) are costly to f", 2),
        ("In recent years, with the rapid applicat", 4),
    ]
    for paper in papers(got):
        assert (paper.title, paper.authors, paper.year, paper.venue) == (None, [], None, None)


def test_abstract_lines_malformed() -> None:
    got = read("abstract_lines_malformed.txt")
    assert [p.abstract.split(".")[0] for p in papers(got)] == ["A good abstract comes first", "Another good abstract"]
    assert rejects(got) == [
        (2, "'Abstract:' line with no abstract text"),
        (3, "line does not start with 'Abstract:'"),
        (4, "'Abstract:' line with no abstract text"),
    ]


# --- shared date parsing ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dec 14, 2021", {"year": 2021, "month": 12, "day": 14, "date": dt.date(2021, 12, 14)}),
        ("Mar 24", {"year": None, "month": 3, "day": 24, "date": None}),
        ("Sept 3, 2020", {"year": 2020, "month": 9, "day": 3, "date": dt.date(2020, 9, 3)}),
        ("Feb 30, 2021", {"year": 2021, "month": 2, "day": 30, "date": None}),  # rejected by validation
    ],
)
def test_parse_date_keeps_what_the_page_gives(text: str, expected: dict[str, object]) -> None:
    parsed = parse_date(text)
    assert parsed is not None and parsed.fields() == expected


@pytest.mark.parametrize("text", ["Foo 3, 2020", "May", "2021", "Dec 14 2021x", ""])
def test_parse_date_refuses_non_dates(text: str) -> None:
    assert parse_date(text) is None
