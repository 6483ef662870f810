"""A JSON array of generic paper records, read as a stream.

The file is never loaded whole: :class:`JsonCursor` keeps a sliding buffer of lines and
decodes one element at a time with :meth:`json.JSONDecoder.raw_decode`, counting newlines
so each record knows the line it starts on. A malformed element becomes a Reject at its
line and reading resumes at the next element that starts at the same indentation (the
usual pretty-printed layout); in a one-line array there is no such anchor, so the rest
of that array is reported as one Reject.

:func:`iter_json_document` also serves the OpenAlex and Semantic Scholar readers, whose
files may be an array, an API page (``{"results": [...]}``) or concatenated objects.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kb.readers.base import MAX_LINE_CHARS, RawRecord, Source, reject
from kb.readers.jsonl import hostile_json, iter_json_lines, json_error, map_paper
from kb.readers.records import has_paper_keys, map_items
from schema.models import Reject

#: Text read ahead at a time; an element larger than this is decoded in growing windows.
CHUNK_CHARS = 64 * 1024
#: An element (or unterminated string) larger than this is reported, not buffered further.
MAX_ELEMENT_CHARS = MAX_LINE_CHARS
_DECODER = json.JSONDecoder()
_WS = " \t\r\n"
_NON_BLANK = re.compile(r"[^ \t\r\n]")


class _Malformed(Exception):
    def __init__(self, line: int, message: str, excerpt: str = "") -> None:
        super().__init__(message)
        self.line = line
        self.excerpt = excerpt


class JsonCursor:
    """Unconsumed text of a source, with the line number of the next character."""

    def __init__(self, source: Source) -> None:
        self._lines = source.lines()
        self.buf = ""
        self.pos = 0
        self.line = 1
        self.eof = False

    # -- buffer
    def _more(self, at_least: int = CHUNK_CHARS) -> bool:
        if self.eof:
            return False
        if self.pos > CHUNK_CHARS:  # drop consumed text, keeping the current line's start
            cut = self.buf.rfind("\n", 0, self.pos) + 1
            if cut:
                self.buf, self.pos = self.buf[cut:], self.pos - cut
        parts, added = [], 0
        for _, line in self._lines:
            parts.append(line + "\n")
            added += len(line) + 1
            if added >= at_least:
                break
        else:
            self.eof = True
        self.buf += "".join(parts)
        return added > 0

    def advance(self, n: int) -> None:
        self.line += self.buf.count("\n", self.pos, self.pos + n)
        self.pos += n

    def peek(self) -> str:
        """The next non-blank character (consuming the blanks), or "" at the end."""
        while True:
            m = _NON_BLANK.search(self.buf, self.pos)
            if m:
                self.advance(m.start() - self.pos)
                return self.buf[self.pos]
            self.advance(len(self.buf) - self.pos)
            if not self._more():
                return ""

    def column_prefix(self) -> str:
        """Text between the start of the current line and the cursor."""
        low = max(0, self.pos - 4096)
        newline = self.buf.rfind("\n", low, self.pos)
        if newline < 0 and low > 0:
            return "\x00"  # deep inside a very long line: no indentation to go by
        return self.buf[newline + 1:self.pos]

    # -- values
    def decode(self) -> tuple[int, Any]:
        """The next JSON value and the line it starts on; :class:`_Malformed` if it is bad."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                pending = len(self.buf) - self.pos
                cut = exc.msg.startswith("Unterminated string") or exc.pos >= len(self.buf.rstrip(_WS)) - 8
                if cut and not self.eof and pending < MAX_ELEMENT_CHARS:
                    self._more(max(CHUNK_CHARS, pending))  # grow geometrically: linear overall
                    continue
                error_line = self.line + self.buf.count("\n", self.pos, exc.pos)
                exc.colno = exc.pos - self.buf.rfind("\n", 0, exc.pos)
                reason = json_error(exc, error_line)
                if cut and pending >= MAX_ELEMENT_CHARS:
                    reason = f"invalid JSON: element larger than {MAX_ELEMENT_CHARS} characters or unterminated"
                elif cut and self.eof:
                    reason += "; the file ends inside this record"
                raise _Malformed(self.line, reason, self.buf[self.pos:self.pos + 200]) from None
            except (RecursionError, ValueError) as exc:
                raise _Malformed(self.line, hostile_json(exc), self.buf[self.pos:self.pos + 200]) from None
            start_line = self.line
            self.advance(end - self.pos)
            return start_line, value

    def expect(self, char: str) -> None:
        found = self.peek()
        if found != char:
            shown = repr(found) if found else "end of file"
            raise _Malformed(self.line, f"invalid JSON: expected {char!r}, found {shown}",
                             self.buf[self.pos:self.pos + 200])
        self.advance(1)

    def resync(self, prefix: str) -> bool:
        """Skip to the next line that starts with ``prefix`` + ``{`` (an element's layout)."""
        if prefix.strip(_WS):
            return False  # the element did not start a line: no anchor to resume at
        pattern = re.compile("\n" + re.escape(prefix) + r"\{")
        search_from = self.pos + 1
        while True:
            m = pattern.search(self.buf, search_from)
            if m:
                self.advance(m.start() + 1 - self.pos)
                self.advance(len(prefix))
                return True
            keep = len(prefix) + 1
            search_from = max(self.pos, len(self.buf) - keep)
            # consume what was searched so the buffer stays bounded
            self.advance(search_from - self.pos)
            if not self._more():
                self.advance(len(self.buf) - self.pos)
                return False
            search_from = self.pos


def _iter_array(cursor: JsonCursor, source: Source, fmt: str) -> Iterator[tuple[int, Any] | Reject]:
    """Elements of the array whose ``[`` is under the cursor."""
    cursor.expect("[")
    if cursor.peek() == "]":
        cursor.advance(1)
        return
    while True:
        cursor.peek()
        prefix = cursor.column_prefix()
        start = cursor.line
        try:
            yield cursor.decode()
            following = cursor.peek()
            if following == ",":
                cursor.advance(1)
                if cursor.peek() == "]":  # tolerate a trailing comma
                    cursor.advance(1)
                    return
                continue
            if following == "]":
                cursor.advance(1)
                return
            if following in "{[" and following:
                continue  # a missing comma between two elements loses nothing: read on
            cursor.expect(",")
        except _Malformed as bad:
            line = bad.line if bad.line >= start else start
            if not cursor.resync(prefix):
                if cursor.eof and cursor.pos >= len(cursor.buf):
                    yield reject(source, line, bad.args[0], bad.excerpt, fmt)
                else:
                    yield reject(source, line, bad.args[0] + "; the rest of this array is skipped",
                                 bad.excerpt, fmt)
                    cursor.advance(len(cursor.buf) - cursor.pos)
                    while cursor._more():
                        cursor.advance(len(cursor.buf) - cursor.pos)
                return
            yield reject(source, line, bad.args[0], bad.excerpt, fmt)


def _iter_object(cursor: JsonCursor, source: Source, fmt: str, list_keys: tuple[str, ...]
                 ) -> Iterator[tuple[int, Any] | Reject]:
    """An object under the cursor: the items of its first list under ``list_keys`` (an API
    page), or, when it has none, the object itself (one pretty-printed record)."""
    start = cursor.line
    cursor.expect("{")
    members: dict[str, Any] = {}
    streamed = False
    if cursor.peek() == "}":
        cursor.advance(1)
    else:
        while True:
            _, key = cursor.decode()
            if not isinstance(key, str):
                raise _Malformed(cursor.line, "invalid JSON: object key is not a string")
            cursor.expect(":")
            if key in list_keys and not streamed and cursor.peek() == "[":
                streamed = True
                yield from _iter_array(cursor, source, fmt)
            else:
                members[key] = cursor.decode()[1]
            following = cursor.peek()
            if not following and streamed:
                return  # the page's list was read (or its truncation reported): nothing is lost
            if following not in (",", "}"):
                shown = repr(following) if following else "end of file"
                raise _Malformed(cursor.line, f"invalid JSON: expected ',' or '}}', found {shown}")
            cursor.advance(1)
            if following == "}":
                break
    if not streamed:
        yield start, members


def iter_json_document(source: Source, fmt: str, list_keys: tuple[str, ...] = ()
                       ) -> Iterator[tuple[int, Any] | Reject]:
    """Records of a JSON document streamed: array elements, or the list of an API page
    named by ``list_keys``, or top-level values one after another."""
    cursor = JsonCursor(source)
    while True:
        char = cursor.peek()
        if not char:
            return
        prefix, start = cursor.column_prefix(), cursor.line
        try:
            if char == "[":
                yield from _iter_array(cursor, source, fmt)
            elif char == "{" and list_keys:
                yield from _iter_object(cursor, source, fmt, list_keys)
            else:
                yield cursor.decode()
        except _Malformed as bad:
            yield reject(source, max(bad.line, start), bad.args[0], bad.excerpt, fmt)
            if not cursor.resync(prefix):
                return


def iter_json_any(source: Source, fmt: str, list_key: str) -> Iterator[tuple[int, Any] | Reject]:
    """JSON Lines when the first line is a whole JSON value (so a bad line costs one line),
    else a streamed document (array, API page, or pretty-printed records)."""
    with contextlib.closing(source.lines()) as lines:
        first = next((line for _, line in lines if line.strip()), "")
    try:
        json.loads(first)
    except (ValueError, RecursionError):
        yield from iter_json_document(source, fmt, (list_key,))
    else:
        yield from iter_json_lines(source, fmt, list_key)


def sniff_array(head: str) -> tuple[bool, str]:
    """Whether the head opens an array of objects, and the text after ``[``."""
    text = head.lstrip()
    if not text.startswith("["):
        return False, ""
    rest = text[1:].lstrip()
    return rest[:1] in ("{", "]"), rest


_KEY = re.compile(r'"((?:[^"\\]|\\.){1,64})"\s*:')


def head_keys(head: str) -> set[str]:
    """Object keys seen in the head (a regex scan: the head may end mid-record)."""
    return set(_KEY.findall(head))


@dataclass(frozen=True)
class JsonArrayReader:
    name: str = "json_array"

    def sniff(self, head: str, path: str) -> float:
        is_array, rest = sniff_array(head)
        if not is_array:
            return 0.0
        score = 0.6 if has_paper_keys(head_keys(rest[:8192])) else 0.35
        if Path(path).suffix.lower() == ".json":
            score += 0.05
        return score

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        yield from map_items(source, self.name, iter_json_document(source, self.name), map_paper)


READER = JsonArrayReader()
