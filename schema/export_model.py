"""The JSON export record (``kb export --format json``) as a pydantic model, and its JSON Schema.

The model reuses the field sets of :mod:`schema.models` — the export carries exactly the
stored fields — so the schema cannot drift from them. ``schema/export.schema.json`` is
generated from it and checked in; ``tests/test_vocab.py`` fails when the file is out of
date, and validates real export records against the model.

Regenerate with ``python -m schema.export_model``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter
from sqlmodel import Field

from schema.models import Claim, Entity, PaperFields, Provenance

SCHEMA_PATH = Path(__file__).with_name("export.schema.json")
SCHEMA_ID = "https://w3id.org/kb/export.schema.json"


class ExportPaper(PaperFields):
    """One paper of the export: bibliographic fields, where it was read, what it claims."""

    id: str = Field(description="Stable paper id (hash of the normalised DOI, arXiv id, URL or text).")
    authors: list[str] = Field(description="Author names in byline order.")
    affiliations: list[str] = Field(description="Affiliations as the source lists them.")
    source: Provenance = Field(description="Where the paper was first read.")
    sources: list[Provenance] = Field(description="Every place the paper was read (merged copies).")
    entities: list[Entity] = Field(description="Entities mentioned, each with its mentions.")
    claims: list[Claim] = Field(description="Claims, with evidence offsets into the abstract.")


def export_json_schema() -> dict[str, Any]:
    """The JSON Schema of the export: an array of :class:`ExportPaper`."""
    schema = TypeAdapter(list[ExportPaper]).json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "kb export",
        "description": "kb export --format json: one object per paper (kb export --format jsonl: one per line).",
        **schema,
    }


def render_json_schema() -> str:
    """The schema file's exact text (stable key order, trailing newline)."""
    return json.dumps(export_json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_json_schema(path: Path = SCHEMA_PATH) -> bool:
    """Write the schema file; returns whether its content changed."""
    text = render_json_schema()
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


if __name__ == "__main__":
    print(f"{SCHEMA_PATH}: {'updated' if write_json_schema() else 'up to date'}")
