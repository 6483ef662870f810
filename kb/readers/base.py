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
import re
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
    #: line -> (byte offset in the file, byte value) of the first byte on that line that is
    #: not valid UTF-8; filled by :meth:`lines` as it reads (see :func:`detect_encoding`)
    bad_bytes: dict[int, tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)

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

    @property
    def display_path(self) -> str:
        """The path as stored and shown: a file name that is not UTF-8 gets ``\\xNN`` escapes."""
        return safe_text(self.path)

    def encoding(self) -> str:
        return detect_encoding(self.head())

    def head_text(self) -> str:
        return self.head().decode(self.encoding(), errors="replace").lstrip("\ufeff")

    def lines(self) -> Iterator[tuple[int, str]]:
        """Decoded lines with 1-based numbers; line endings stripped; streaming.

        In a UTF-8 file, a byte that is not valid UTF-8 is kept as a lone surrogate
        (``surrogateescape``) and its byte offset noted in :attr:`bad_bytes`: the record
        holding it is then refused, naming the offset, instead of being stored with
        guessed characters (:func:`kb.readers.to_paper`). Other encodings cannot hold
        invalid bytes except UTF-16/32, where they become U+FFFD.
        """
        encoding = self.encoding()
        utf8 = encoding in ("utf-8", "utf-8-sig")
        offset = 3 if encoding == "utf-8-sig" else 0  # the BOM the codec strips
        with self.open_binary() as raw:
            text = io.TextIOWrapper(raw, encoding=encoding, errors="surrogateescape" if utf8 else "replace",
                                    newline="")
            for number, (line, drained) in enumerate(_bounded_lines(text), start=1):
                if utf8:
                    if _SURROGATE.search(line) or any(_SURROGATE.search(d) for d in drained):
                        self._note_bad_byte(number, offset, line if _SURROGATE.search(line) else
                                            line + "".join(drained))
                    offset += _utf8_len(line) + sum(_utf8_len(d) for d in drained)
                if number == 1:
                    line = line.lstrip("\ufeff")
                yield number, line.rstrip("\r\n")

    def _note_bad_byte(self, number: int, line_offset: int, line: str) -> None:
        match = _SURROGATE.search(line)
        assert match is not None
        char = ord(match.group())
        self.bad_bytes.setdefault(number, (line_offset + _utf8_len(line[:match.start()]),
                                           char - 0xDC00 if 0xDC80 <= char <= 0xDCFF else char))


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


def _bounded_lines(text: IO[str]) -> Iterator[tuple[str, list[str]]]:
    """Lines (ending kept), each with what was drained after it when it was too long."""
    while True:
        line = text.readline(MAX_LINE_CHARS)
        if not line:
            return
        drained: list[str] = []
        if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            # Drain the rest of an oversized line; the reader sees it cut, and the
            # record it belongs to fails validation or parsing with a clear reason.
            while True:
                rest = text.readline(MAX_LINE_CHARS)
                drained.append(rest)
                if not rest or rest.endswith(("\n", "\r")):
                    break
        yield line, drained


#: a lone surrogate: an undecodable byte kept by ``surrogateescape``, or a ``\\udXXX``
#: escape in JSON; neither is a character, and neither can be stored as UTF-8
_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogateescape")) if not text.isascii() else len(text)


def safe_text(text: str) -> str:
    """``text`` with lone surrogates made printable: ``\\xff`` for an undecodable byte, U+FFFD else."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}" if "\udc80" <= m.group() <= "\udcff"
                          else "\ufffd", text)


def detect_encoding(head: bytes) -> str:
    """UTF-8 unless a BOM says otherwise; Windows-1252 when the bytes are not UTF-8.

    A head with invalid bytes is still UTF-8 when it also holds valid multi-byte UTF-8
    characters at least as often as runs of invalid bytes: that is a UTF-8 file with
    damage (whose damaged records are refused, see :meth:`Source.lines`), not a
    Windows-1252 file, where accented letters are almost never valid UTF-8 sequences.
    """
    if head.startswith(codecs.BOM_UTF32_LE) or head.startswith(codecs.BOM_UTF32_BE):
        return "utf-32"
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    # final=False: a multi-byte character cut by the head boundary is not counted as bad.
    text = codecs.getincrementaldecoder("utf-8")("surrogateescape").decode(head, final=False)
    bad_runs = len(re.findall("[\udc80-\udcff]+", text))
    if not bad_runs:
        return "utf-8"
    valid = sum(1 for ch in text if ord(ch) > 127) - len(re.findall("[\udc80-\udcff]", text))
    return "utf-8" if valid >= bad_runs else "cp1252"


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
    # Undecodable bytes in a file name or record must not reach the database or stderr raw.
    return Reject(path=source.display_path, line=line, reason=safe_text(reason),
                  excerpt=safe_text(excerpt[:200]), format=fmt)
