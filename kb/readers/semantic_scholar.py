"""Semantic Scholar Graph API papers: JSON Lines of paper objects, a search page
``{"total", "offset", "data": [...]}``, or a batch response (an array, ``null`` for ids
the API did not find: each null is a Reject so the count still adds up), streamed.

S2 often has no abstract (publisher restrictions); such records are Rejects naming it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from kb.readers.base import RawRecord, Source
from kb.readers.json_array import head_keys, iter_json_any
from kb.readers.records import (
    affiliations_of, clean_arxiv_id, clean_doi, clean_text, date_fields, first_text, map_items,
    nested, parse_authors, require_text,
)
from schema.models import Reject

#: camelCase keys of the Graph API; ``paperId`` alone is decisive.
S2_KEYS = frozenset({"paperId", "externalIds", "publicationDate", "fieldsOfStudy",
                     "citationCount", "publicationVenue", "s2FieldsOfStudy"})


def map_paper(paper: Mapping[str, Any]) -> dict[str, Any]:
    """One Graph API paper -> Paper fields."""
    external = paper.get("externalIds") or {}
    if not isinstance(external, Mapping):
        external = {}
    venue = paper.get("venue") or nested(paper, "publicationVenue", "name") or nested(paper, "journal", "name")
    authors = parse_authors(paper.get("authors"))
    fields: dict[str, Any] = {
        "title": clean_text(paper.get("title"), "title"),
        "abstract": clean_text(paper.get("abstract"), "abstract"),
        "authors": authors,
        "affiliations": affiliations_of(authors),
        "venue": clean_text(venue, "venue"),
        "category": first_text(paper.get("fieldsOfStudy"), "category"),
        "doi": clean_doi(external.get("DOI")),
        "arxiv_id": clean_arxiv_id(external.get("ArXiv")),
        "url": clean_text(paper.get("url"), "url"),
    }
    fields.update(date_fields(paper.get("publicationDate"), paper.get("year"), date_field="publicationDate"))
    return require_text(fields)


@dataclass(frozen=True)
class SemanticScholarReader:
    name: str = "semantic_scholar"

    def sniff(self, head: str, path: str) -> float:
        if head.lstrip()[:1] not in ("{", "["):
            return 0.0
        keys = head_keys(head)
        if "paperId" in keys or len(S2_KEYS & keys) >= 2:
            return 0.9
        if {"total", "offset", "data"} <= keys:
            return 0.8  # a search page, possibly with no results
        return 0.0

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        yield from map_items(source, self.name, iter_json_any(source, self.name, "data"), map_paper)


READER = SemanticScholarReader()
