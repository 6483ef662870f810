"""BibTeX files whose entries carry abstracts.

A small parser of our own, streaming entry by entry (no whole-file load, no dependency):
``@type{key, field = {...} | "..." | 123 | macro # ..., ...}`` with nested braces, ``#``
concatenation and ``@string`` macros; ``@comment`` and ``@preamble`` are skipped. Text is
cleaned of LaTeX (``{\\"u}`` -> ü, ``{BERT}`` -> BERT, ``\\&`` -> &). Authors split on
``and`` outside braces and ``Last, First`` becomes ``First Last``. An entry without an
abstract is a Reject (there is nothing to extract claims from), as is one whose closing
brace never comes: the next ``@type{`` at the start of a line starts afresh.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.errors import RecordError
from kb.readers.base import RawRecord, Source, reject
from kb.readers.records import (
    affiliations_of, clean_arxiv_id, clean_doi, date_fields, flip_name, latex_to_text,
    looks_like_arxiv_id, parse_affiliations, require_text, split_top_level, to_raw,
)
from schema.models import Reject

#: longest field value after @string macro expansion (an abstract is at most 100k)
MAX_VALUE_CHARS = 200_000

ENTRY_TYPES = frozenset({
    "article", "book", "booklet", "conference", "inbook", "incollection", "inproceedings",
    "manual", "mastersthesis", "misc", "phdthesis", "proceedings", "techreport", "unpublished",
    "online", "report", "thesis", "software", "dataset", "electronic", "preprint",
})
_SKIPPED = frozenset({"comment", "preamble"})
_START = re.compile(r"@\s*([A-Za-z][\w-]*)\s*([{(])")
_LINE_START = re.compile(r"@\s*([A-Za-z][\w-]*)\s*[{(]")
_SPECIAL = re.compile(r'\\.|[{}"()]')
_NAME = re.compile(r"[^\s=,{}()\"#%']+")
_MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass
class _Entry:
    line: int
    type: str
    opener: str
    depth: int
    in_quote: bool = False
    text: list[str] = field(default_factory=list)

    def scan(self, line: str, pos: int) -> int:
        """Index just past the entry's closing delimiter in ``line``, or -1 if it goes on."""
        base = 1 if self.opener == "{" else 0
        for m in _SPECIAL.finditer(line, pos):
            char = m.group()
            if char == "{":
                self.depth += 1
            elif char == "}":
                self.depth -= 1
                if self.depth <= 0 and self.opener == "{":
                    return m.end()
            elif char == '"' and self.depth == base:
                self.in_quote = not self.in_quote
            elif char == ")" and self.opener == "(" and self.depth == 0 and not self.in_quote:
                return m.end()
        return -1


class _Parser:
    """Recursive descent over the text of one entry (from ``@`` to its closing delimiter)."""

    def __init__(self, text: str, macros: dict[str, str]) -> None:
        self.text, self.pos, self.macros = text, 0, macros

    def error(self, message: str) -> RecordError:
        return RecordError(f"entry: {message} (character {self.pos} of the entry)")

    def ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def name(self) -> str:
        self.ws()
        m = _NAME.match(self.text, self.pos)
        if not m:
            found = self.text[self.pos:self.pos + 10] or "end of entry"
            raise self.error(f"expected a field name, found {found!r}")
        self.pos = m.end()
        return m.group().lower()

    def braced(self) -> str:
        depth, start = 0, self.pos
        for m in _SPECIAL.finditer(self.text, self.pos):
            if m.group() == "{":
                depth += 1
            elif m.group() == "}":
                depth -= 1
                if depth == 0:
                    self.pos = m.end()
                    return self.text[start + 1:m.end() - 1]
        raise self.error("unbalanced braces in a value")

    def quoted(self) -> str:
        depth, start = 0, self.pos
        for m in _SPECIAL.finditer(self.text, self.pos + 1):
            char = m.group()
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
            elif char == '"' and depth == 0:
                self.pos = m.end()
                return self.text[start + 1:m.end() - 1]
        raise self.error("unterminated quoted value")

    def value(self, field_name: str) -> str:
        parts: list[str] = []
        size = 0
        while True:
            if size > MAX_VALUE_CHARS:
                # "@string{a = b # b}" chains double in size at each step: refuse before memory runs out
                raise self.error(f"field {field_name!r} expands past {MAX_VALUE_CHARS:,} characters")
            self.ws()
            char = self.text[self.pos:self.pos + 1]
            if char == "{":
                parts.append(self.braced())
            elif char == '"':
                parts.append(self.quoted())
            elif char.isdigit():
                m = re.compile(r"\d+").match(self.text, self.pos)
                assert m is not None
                parts.append(m.group())
                self.pos = m.end()
            elif char and _NAME.match(char):
                macro = self.name()
                parts.append(self.macros.get(macro, macro))
            else:
                raise self.error(f"field {field_name!r} has no value")
            size += len(parts[-1])
            self.ws()
            if self.text[self.pos:self.pos + 1] != "#":
                if size > MAX_VALUE_CHARS:
                    raise self.error(f"field {field_name!r} expands past {MAX_VALUE_CHARS:,} characters")
                return "".join(parts)
            self.pos += 1

    def fields(self, closer: str) -> dict[str, str]:
        found: dict[str, str] = {}
        while True:
            self.ws()
            while self.text[self.pos:self.pos + 1] == ",":
                self.pos += 1
                self.ws()
            if self.pos >= len(self.text) or self.text[self.pos] == closer:
                return found
            key = self.name()
            self.ws()
            if self.text[self.pos:self.pos + 1] != "=":
                raise self.error(f"expected '=' after field {key!r}")
            self.pos += 1
            value = self.value(key)
            found.setdefault(key, value)
            self.ws()
            if self.text[self.pos:self.pos + 1] not in (",", closer, ""):
                raise self.error(f"expected ',' after field {key!r}")

    def entry(self) -> tuple[str, str, dict[str, str]]:
        m = _START.match(self.text)
        assert m is not None
        kind, opener = m.group(1).lower(), m.group(2)
        closer = "}" if opener == "{" else ")"
        body = self.text[m.end():].rstrip()
        if body.endswith(closer):  # drop the closing delimiter
            body = body[:-1]
        self.text, self.pos = body, 0
        if kind == "string":
            return kind, "", self.fields(closer)
        comma = body.find(",")
        key = ""
        if comma >= 0 and "=" not in body[:comma]:
            key, self.pos = body[:comma].strip(), comma + 1
        elif comma < 0 and "=" not in body:  # @misc{key}: a key and no fields
            key, self.pos = body.strip(), len(body)
        return kind, key, self.fields(closer)


def _clean(value: str | None) -> str | None:
    return latex_to_text(value) if value else None


def map_entry(kind: str, key: str, bib: dict[str, str]) -> dict[str, Any]:
    """BibTeX fields -> Paper fields."""
    authors = [
        {"name": name, "affiliation": None}
        for part in split_top_level(bib.get("author", ""), re.compile(r"\s+and\s+"))
        if part.strip() and (name := latex_to_text(flip_name(part.strip()))) and name.lower() != "others"
    ]
    eprint = bib.get("eprint") or bib.get("arxivid") or bib.get("arxiv")
    archive = (bib.get("archiveprefix") or bib.get("eprinttype") or "").lower()
    arxiv_id = clean_arxiv_id(eprint) if eprint and (archive == "arxiv" or looks_like_arxiv_id(eprint.strip())) else None
    url = _clean(bib.get("url"))
    fields: dict[str, Any] = {
        "title": _clean(bib.get("title")),
        "abstract": _clean(bib.get("abstract")),
        "authors": authors,
        "venue": _clean(bib.get("journal") or bib.get("booktitle") or bib.get("journaltitle")),
        "category": _clean(bib.get("primaryclass")),
        "doi": clean_doi(bib.get("doi")),
        "arxiv_id": arxiv_id,
        "url": url.replace(" ", "") if url else None,
        "affiliations": parse_affiliations(_clean(bib.get("affiliation"))) or affiliations_of(authors),
    }
    fields.update(date_fields(_clean(bib.get("date")), _clean(bib.get("year")), _clean(bib.get("month")),
                              _clean(bib.get("day"))))
    return require_text(fields)


@dataclass(frozen=True)
class BibtexReader:
    name: str = "bibtex"

    def sniff(self, head: str, path: str) -> float:
        kinds = [m.group(1).lower() for m in re.finditer(r"(?m)^\s*@\s*([A-Za-z]+)\s*[{(]", head)]
        if not kinds:
            return 0.0
        known = [k for k in kinds if k in ENTRY_TYPES or k in _SKIPPED or k == "string"]
        if known and re.search(r"(?m)^\s*[A-Za-z][\w-]*\s*=\s*[{\"\w]", head):
            score = 0.85
        elif known:
            score = 0.6
        else:
            score = 0.4
        return score + (0.05 if Path(path).suffix.lower() in (".bib", ".bibtex") else 0.0)

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        macros = {m: m for m in _MONTH_MACROS}
        entry: _Entry | None = None
        for number, line in source.lines():
            pos = 0
            if entry is not None and (m := _LINE_START.match(line)) and m.group(1).lower() in ENTRY_TYPES:
                yield reject(source, entry.line, "unterminated entry: no closing delimiter before the "
                             "next entry", "".join(entry.text)[:200], self.name)
                entry = None
            while pos < len(line):
                if entry is None:
                    m = _START.search(line, pos)
                    if not m:
                        break
                    entry = _Entry(number, m.group(1).lower(), m.group(2), 1 if m.group(2) == "{" else 0)
                    entry.text.append(line[m.start():m.end()])
                    pos = m.end()
                end = entry.scan(line, pos)
                if end < 0:
                    entry.text.append(line[pos:] + "\n")
                    break
                entry.text.append(line[pos:end])
                pos = end
                yield from self._finish(source, entry, macros)
                entry = None
        if entry is not None:
            yield reject(source, entry.line, "unterminated entry: the file ends before its closing "
                         "delimiter", "".join(entry.text)[:200], self.name)

    def _finish(self, source: Source, entry: _Entry, macros: dict[str, str]) -> Iterator[RawRecord | Reject]:
        if entry.type in _SKIPPED:
            return
        text = "".join(entry.text)
        excerpt = text[:200]
        try:
            kind, key, bib = _Parser(text, macros).entry()
        except RecordError as exc:
            yield reject(source, entry.line, str(exc), excerpt, self.name)
            return
        if kind == "string":
            macros.update({k: v for k, v in bib.items()})
            return
        yield to_raw(source, entry.line, self.name, (kind, key, bib),
                     lambda parsed: map_entry(*parsed), excerpt)


READER = BibtexReader()
