"""arXiv API responses (Atom XML), streamed with defusedxml.

``defusedxml.ElementTree.iterparse`` runs with ``forbid_dtd=True``: a document with a
DOCTYPE (the carrier of external entities and of "billion laughs" expansion) is refused
before any entity is declared, and the refusal is a Reject; nothing is fetched or
expanded. Entries are handled as they end and then dropped from the tree, so memory
stays flat. The XML is fed one line at a time, so the line of each ``<entry>`` is known.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, iterparse

from kb.errors import RecordError
from kb.readers.base import RawRecord, Source, reject
from kb.readers.records import (
    affiliations_of, arxiv_id_from_url, clean_arxiv_id, clean_doi, clean_text, date_fields,
    require_text, to_raw,
)
from schema.models import Reject

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
#: Longest piece fed to the parser at once (a line, or part of a longer one).
_READ_BYTES = 16 * 1024


class _LineReader:
    """Hands the parser one line per read and counts lines, so events can be placed.

    UTF-16/32 input (told by its BOM) is re-encoded to UTF-8 so lines split cleanly; the
    parser is then told the encoding, overriding the document's declaration.
    """

    def __init__(self, raw: IO[bytes], encoding: str | None) -> None:
        if not hasattr(raw, "peek"):  # e.g. spooled stdin: readline would go byte by byte
            raw = io.BufferedReader(raw)  # type: ignore[arg-type]
        self._raw = raw
        self._text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="") if encoding else None
        self.line = 0  # line of the last piece handed out
        self._pending_newline = True

    def read(self, size: int = -1) -> bytes:
        size = _READ_BYTES if size is None or size < 0 else size
        if self._text is not None:
            data = self._text.readline(max(1, size // 4)).encode("utf-8")
        else:
            data = self._raw.readline(size)
        if data:
            if self._pending_newline:
                self.line += 1
            self.line += data.count(b"\n", 0, len(data) - 1)
            self._pending_newline = data.endswith(b"\n")
        return data


def _bom_encoding(head: bytes) -> str | None:
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            return name
    return None


def _text(elem: Element, path: str) -> str | None:
    found = elem.find(path)
    return clean_text(found.text, path.split("}")[-1]) if found is not None and found.text else None


def map_entry(entry: Element) -> dict[str, Any]:
    """One ``<entry>`` -> Paper fields."""
    identifier = _text(entry, f"{ATOM}id") or ""
    if "/api/errors" in identifier:
        raise RecordError(f"arXiv API error: {_text(entry, f'{ATOM}summary') or 'no detail'}")
    authors = []
    for author in entry.findall(f"{ATOM}author"):
        name = _text(author, f"{ATOM}name")
        if name:
            affs = [clean_text(a.text, "affiliation") for a in author.findall(f"{ARXIV}affiliation") if a.text]
            authors.append({"name": name, "affiliation": "; ".join(a for a in affs if a) or None})
    url = None
    for link in entry.findall(f"{ATOM}link"):
        if link.get("rel") == "alternate" and link.get("href"):
            url = link.get("href")
            break
    url = url or (identifier if identifier.startswith("http") else None)
    primary = entry.find(f"{ARXIV}primary_category")
    category = primary.get("term") if primary is not None else None
    if not category:
        first = entry.find(f"{ATOM}category")
        category = first.get("term") if first is not None else None
    fields: dict[str, Any] = {
        "title": _text(entry, f"{ATOM}title"),
        "abstract": _text(entry, f"{ATOM}summary"),
        "authors": authors,
        "affiliations": affiliations_of(authors),
        "venue": _text(entry, f"{ARXIV}journal_ref"),
        "category": category,
        "doi": clean_doi(_text(entry, f"{ARXIV}doi")),
        "arxiv_id": arxiv_id_from_url(identifier) or clean_arxiv_id(identifier or None),
        "url": url,
    }
    fields.update(date_fields(_text(entry, f"{ATOM}published"), date_field="published"))
    return require_text(fields)


@dataclass(frozen=True)
class ArxivAtomReader:
    name: str = "arxiv_atom"

    def sniff(self, head: str, path: str) -> float:
        text = head.lstrip()
        if not text.startswith("<") or not re.search(r"<feed\b", head):
            return 0.0
        if "http://www.w3.org/2005/Atom" not in head:
            return 0.0
        if "arxiv.org/schemas/atom" in head or "arxiv.org/api" in head or "arxiv.org/abs/" in head:
            return 0.95
        return 0.5 + (0.05 if Path(path).suffix.lower() in (".xml", ".atom") else 0.0)

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        encoding = _bom_encoding(source.head()[:4])
        with source.open_binary() as raw:
            reader = _LineReader(raw, encoding)
            parser = DefusedXMLParser(target=TreeBuilder(), encoding="utf-8" if encoding else None,
                                      forbid_dtd=True, forbid_entities=True, forbid_external=True)
            root: Element | None = None
            entry_line = 0
            try:
                for event, elem in iterparse(reader, events=("start", "end"), parser=parser):
                    if root is None:
                        root = elem
                    if elem.tag != f"{ATOM}entry":
                        continue
                    if event == "start":
                        entry_line = reader.line
                        continue
                    excerpt = (elem.findtext(f"{ATOM}title") or "").strip()
                    yield to_raw(source, entry_line, self.name, elem, map_entry, excerpt)
                    try:
                        root.remove(elem)  # keep memory flat on large responses
                    except ValueError:
                        elem.clear()
            except DefusedXmlException as exc:
                yield reject(source, reader.line, "XML refused: it declares a DTD or entities "
                             f"({type(exc).__name__}); kb never expands entities or reads external "
                             "files", "", self.name)
            except ParseError as exc:
                line = exc.position[0] if getattr(exc, "position", None) else reader.line
                yield reject(source, line, f"malformed XML: {exc}", "", self.name)
            except (LookupError, UnicodeError) as exc:  # e.g. encoding="UTF-V" declared
                yield reject(source, reader.line, f"malformed XML: cannot decode: {exc}", "", self.name)


READER = ArxivAtomReader()
