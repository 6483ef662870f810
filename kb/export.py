"""Exports of the stored knowledge base: JSON, JSON Lines, CSV (and RDF via ``kb.rdf``)."""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from typing import TYPE_CHECKING, Any, TextIO

from kb.output import dict_rows, write_delimited, write_json_array, write_jsonl

if TYPE_CHECKING:  # the store loads SQLAlchemy's engine and ORM; importing the CLI should not
    from kb.store import Store


class ExportFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    turtle = "turtle"
    nt = "nt"
    jsonld = "jsonld"


#: one CSV row per paper; lists and nested objects are JSON-encoded cells
CSV_COLUMNS = ("id", "title", "abstract", "authors", "venue", "year", "date", "month", "day",
               "category", "has_code", "upvotes", "affiliations", "doi", "arxiv_id", "url",
               "source_path", "source_line", "entities", "claims")


def _csv_records(papers: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for paper in papers:
        yield {**paper, "source_path": paper["source"]["path"], "source_line": paper["source"]["line"]}


def export(store: Store, fmt: ExportFormat | str, out: TextIO | Any, *, min_confidence: float = 0.0) -> int:
    """Write the KB to ``out`` in ``fmt``; returns the number of papers written.

    RDF formats need a binary stream (Oxigraph serialises bytes); the others a text one.
    """
    fmt = ExportFormat(fmt)
    papers = store.iter_papers(min_confidence=min_confidence)
    if fmt is ExportFormat.json:
        return write_json_array(papers, out)
    if fmt is ExportFormat.jsonl:
        return write_jsonl(papers, out)
    if fmt is ExportFormat.csv:
        return write_delimited(CSV_COLUMNS, dict_rows(_csv_records(papers), CSV_COLUMNS), out)
    from kb.rdf import export_rdf

    return export_rdf(store, fmt.value, out, min_confidence=min_confidence)
