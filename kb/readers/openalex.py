"""OpenAlex works: JSON Lines of work objects, or API pages ``{"meta": ..., "results": [...]}``
(also a plain array of works), streamed.

OpenAlex does not ship abstracts as text; it ships ``abstract_inverted_index`` (word ->
positions), which is inverted back here. Authors come from ``authorships`` with their
institutions as affiliation; the venue is the primary location's source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from kb.errors import RecordError
from kb.readers.base import RawRecord, Source
from kb.readers.json_array import head_keys, iter_json_any
from kb.readers.records import (
    affiliations_of, arxiv_id_from_url, clean_arxiv_id, clean_doi, clean_text, date_fields,
    map_items, nested, parse_authors, require_text,
)
from schema.models import Reject

#: Keys that only OpenAlex work objects carry.
OPENALEX_KEYS = frozenset({"abstract_inverted_index", "authorships", "primary_location",
                           "publication_year", "cited_by_count", "referenced_works"})
#: An inverted index whose largest position is beyond this is refused, not allocated.
MAX_ABSTRACT_WORDS = 100_000


def rebuild_abstract(index: Any) -> str | None:
    """Words placed back at their positions (``{"We": [0], "propose": [1]}`` -> ``"We propose"``)."""
    if index in (None, {}):
        return None
    if not isinstance(index, Mapping):
        raise RecordError("abstract_inverted_index: expected an object of word -> positions")
    placed: dict[int, str] = {}
    for word, positions in index.items():
        if not isinstance(positions, list) or not all(isinstance(p, int) and p >= 0 for p in positions):
            raise RecordError(f"abstract_inverted_index: positions of {word!r} are not a list of indices")
        for position in positions:
            if position > MAX_ABSTRACT_WORDS:
                raise RecordError(f"abstract_inverted_index: position {position} is implausibly large")
            placed[position] = word
    return clean_text(" ".join(placed[i] for i in sorted(placed)), "abstract")


def map_work(work: Mapping[str, Any]) -> dict[str, Any]:
    """One OpenAlex work -> Paper fields."""
    authorships = work.get("authorships") or []
    if not isinstance(authorships, list):
        raise RecordError("authorships: expected a list")
    authors = parse_authors([
        {"name": nested(a, "author", "display_name") or a.get("raw_author_name"),
         "affiliations": a.get("institutions") or a.get("raw_affiliation_strings")}
        for a in authorships if isinstance(a, Mapping)
    ])
    landing = nested(work, "primary_location", "landing_page_url")
    arxiv = nested(work, "ids", "arxiv")
    if not arxiv:
        urls = [nested(loc, "landing_page_url") for loc in work.get("locations") or []]
        arxiv = next((a for a in map(arxiv_id_from_url, [landing, *urls]) if a), None)
    venue = nested(work, "primary_location", "source", "display_name") or nested(work, "host_venue", "display_name")
    fields: dict[str, Any] = {
        "title": clean_text(work.get("display_name") or work.get("title"), "title"),
        "abstract": rebuild_abstract(work.get("abstract_inverted_index")) or clean_text(work.get("abstract"), "abstract"),
        "authors": authors,
        "affiliations": affiliations_of(authors),
        "venue": clean_text(venue, "venue"),
        "category": clean_text(nested(work, "primary_topic", "display_name"), "category"),
        "doi": clean_doi(work.get("doi") or nested(work, "ids", "doi")),
        "arxiv_id": clean_arxiv_id(arxiv),
        "url": clean_text(landing or work.get("id"), "url"),
    }
    fields.update(date_fields(work.get("publication_date"), work.get("publication_year"),
                              date_field="publication_date"))
    return require_text(fields, " (abstract_inverted_index is empty)" if not fields["abstract"] else "")


def openalex_score(head: str) -> float:
    text = head.lstrip()
    if text[:1] not in ("{", "["):
        return 0.0
    keys = head_keys(head)
    if "abstract_inverted_index" in keys or "authorships" in keys or re.search(r'"https://openalex\.org/W\d+"', head):
        return 0.9
    if {"meta", "results", "db_response_time_ms"} <= keys:
        return 0.8  # an API page, possibly with no results
    return 0.9 if len(OPENALEX_KEYS & keys) >= 2 else 0.0


@dataclass(frozen=True)
class OpenAlexReader:
    name: str = "openalex"

    def sniff(self, head: str, path: str) -> float:
        return openalex_score(head)

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        yield from map_items(source, self.name, iter_json_any(source, self.name, "results"), map_work)


READER = OpenAlexReader()
