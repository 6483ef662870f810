"""The arXiv metadata snapshot (Kaggle ``arxiv-metadata-oai-snapshot.json``): JSON Lines.

Its records differ from generic ones enough to need their own mapping: authors come as
one LaTeX-laden string but also as ``authors_parsed`` triples (preferred: no guessing where
names split), the date is the first version's RFC 2822 ``created`` stamp (``update_date``
is when metadata last changed, so it is not used), ``categories`` is a space
separated list whose first item is the primary category, ``journal-ref`` is the venue.
Without versions, the year and month come from the identifier (``YYMM``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from kb.readers.base import RawRecord, Source
from kb.readers.jsonl import iter_json_lines, looks_like_json_lines
from kb.readers.records import (
    clean_arxiv_id, clean_doi, clean_text, date_fields, first_text, latex_to_text, map_items,
    parse_authors, require_text,
)
from schema.models import Reject

#: Keys only the snapshot has; two of them on the first lines settle the format.
SNAPSHOT_KEYS = frozenset({"authors_parsed", "update_date", "versions", "submitter", "journal-ref"})


def _month_of_id(arxiv_id: str | None) -> dict[str, int]:
    """Year and month encoded in an arXiv id (``2106.01234``, ``math/0701001``: YYMM)."""
    m = re.search(r"(?:^|/)(\d{2})(\d{2})[.\d]", arxiv_id or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return {}
    yy = int(m.group(1))
    return {"year": (1900 if yy >= 91 else 2000) + yy, "month": int(m.group(2))}


def map_snapshot(obj: Mapping[str, Any]) -> dict[str, Any]:
    arxiv_id = clean_arxiv_id(obj.get("id"))
    if obj.get("authors_parsed"):
        authors = parse_authors(obj["authors_parsed"], clean=latex_to_text)
    else:
        authors = parse_authors(obj.get("authors"), clean=latex_to_text)
    versions = obj.get("versions") or []
    created = versions[0].get("created") if versions and isinstance(versions[0], Mapping) else None
    if created:
        dates = date_fields(created, date_field="versions[0].created")
    else:  # update_date is when the metadata changed, not when the paper appeared
        dates = date_fields(**_month_of_id(arxiv_id))
    title = clean_text(obj.get("title"), "title")
    fields: dict[str, Any] = {
        "title": latex_to_text(title) if title and "\\" in title else title,
        "abstract": clean_text(obj.get("abstract"), "abstract"),
        "authors": authors,
        "venue": clean_text(obj.get("journal-ref"), "journal-ref"),
        "category": first_text(obj.get("categories"), "category"),
        "doi": clean_doi((obj.get("doi") or "").split()[0] if obj.get("doi") else None),
        "arxiv_id": arxiv_id,
        "url": f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else None,
        **dates,
    }
    return require_text(fields)


@dataclass(frozen=True)
class ArxivSnapshotReader:
    name: str = "arxiv_snapshot"

    def sniff(self, head: str, path: str) -> float:
        objects = looks_like_json_lines(head)
        if not objects:
            return 0.0
        best = max(len(SNAPSHOT_KEYS & set(o)) for o in objects)
        return 0.9 if best >= 2 else 0.0

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        yield from map_items(source, self.name, iter_json_lines(source, self.name), map_snapshot)


READER = ArxivSnapshotReader()
