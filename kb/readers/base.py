"""What every reader shares: the input source, raw records and line decoding.

A reader is a module in ``kb.readers`` exposing a :class:`Reader` instance named
``READER``. It streams: it receives a :class:`Source` and yields, in file order,
:class:`RawRecord` (a dict of :class:`schema.models.Paper` field values plus the
1-based line where the record starts) or :class:`schema.models.Reject`. Validation
into ``Paper`` happens once, in :func:`kb.readers.read_source`, so every reader gets
the same error messages for bad years, dates or empty abstracts.
"""

from __future__ import annotations

import codecs
import io
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from schema.models import Reject

#: Bytes read from the start of a file to detect its format and encoding.
HEAD_BYTES = 64 * 1024
#: A single line longer than this is cut and reported rather than held in memory.
MAX_LINE_CHARS = 8 * 1024 * 1024


@dataclass(frozen=True)
class RawRecord:
    """Field values of one record, keyed like :class:`schema.models.Paper`, and its line."""

    line: int
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class Source:
    """One input: a file path, or ``-`` for stdin (spooled so it can be sniffed and re-read)."""

    path: str
    _spool: IO[bytes] | None = None

    @classmethod
    def stdin(cls) -> Source:
        spool = tempfile.SpooledTemporaryFile(max_size=HEAD_BYTES * 16)
        stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
        if stream is None:  # e.g. a test runner's text stdin
            data = sys.stdin.read()
            spool.write(data.encode("utf-8"))
        else:
            for chunk in iter(lambda: stream.read(1 << 16), b""):
                spool.write(chunk)
        return cls(path="-", _spool=spool)

    def open_binary(self) -> IO[bytes]:
        if self._spool is not None:
            self._spool.seek(0)
            return _Unclosable(self._spool)  # type: ignore[return-value]
        return open(self.path, "rb")

    def head(self) -> bytes:
        with self.open_binary() as fh:
            return fh.read(HEAD_BYTES)

    @property
    def name(self) -> str:
        return "<stdin>" if self.path == "-" else Path(self.path).name

    def encoding(self) -> str:
        return detect_encoding(self.head())

    def head_text(self) -> str:
        return self.head().decode(self.encoding(), errors="replace").lstrip("\ufeff")

    def lines(self) -> Iterator[tuple[int, str]]:
        """Decoded lines with 1-based numbers; line endings stripped; streaming."""
        encoding = self.encoding()
        with self.open_binary() as raw:
            text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline=None)
            for number, line in enumerate(_bounded_lines(text), start=1):
                if number == 1:
                    line = line.lstrip("\ufeff")
                yield number, line.rstrip("\r\n")


class _Unclosable(io.BufferedIOBase):
    """Lets a spooled stdin be opened and 'closed' several times."""

    def __init__(self, inner: IO[bytes]) -> None:
        self._inner = inner

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        return self._inner.read(size if size is not None else -1)

    def read1(self, size: int = -1) -> bytes:
        return self._inner.read(size)

    def readinto(self, buffer: Any) -> int:
        data = self._inner.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:  # keep the spool alive for the next reader
        pass


def _bounded_lines(text: IO[str]) -> Iterator[str]:
    while True:
        line = text.readline(MAX_LINE_CHARS)
        if not line:
            return
        if len(line) >= MAX_LINE_CHARS and not line.endswith("\n"):
            # Drain the rest of an oversized line; the reader sees it cut, and the
            # record it belongs to fails validation or parsing with a clear reason.
            while True:
                rest = text.readline(MAX_LINE_CHARS)
                if not rest or rest.endswith("\n"):
                    break
        yield line


def detect_encoding(head: bytes) -> str:
    """UTF-8 unless a BOM says otherwise; Windows-1252 when the bytes are not UTF-8."""
    if head.startswith(codecs.BOM_UTF32_LE) or head.startswith(codecs.BOM_UTF32_BE):
        return "utf-32"
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the head boundary is still UTF-8.
        if exc.start < len(head) - 3:
            return "cp1252"
    return "utf-8"


def looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head[:8192]


class Reader(Protocol):
    #: format name used by ``--format`` and stored as provenance
    name: str

    def sniff(self, head: str, path: str) -> float:
        """How sure (0..1) this reader is that a file with this head and path is its format."""

    def read(self, source: Source) -> Iterator[RawRecord | Reject]:
        """Stream the records of ``source``."""


def reject(source: Source, line: int, reason: str, excerpt: str = "", fmt: str | None = None) -> Reject:
    return Reject(path=source.path, line=line, reason=reason, excerpt=excerpt[:200], format=fmt)
