"""One exception hierarchy; the CLI maps each class to a message and an exit code.

Exit codes (documented in the README):

====  =========================================================
0     success
1     error: bad usage, unreadable input, refused query, ...
2     command-line usage error (typer/click, or :class:`UsageError` for a value kb checks)
3     finished, but some records were rejected (see stderr and the ``reject`` table)
4     database is newer than this version of kb, or otherwise incompatible
====  =========================================================
"""

from __future__ import annotations


class KBError(Exception):
    """Base of every error kb raises on purpose; ``str(err)`` is the one-line message."""

    code = "E000"
    exit_code = 1

    def __str__(self) -> str:  # one line, whatever the message holds
        return " ".join(super().__str__().split())


class InputError(KBError):
    """An input file or record cannot be read."""

    code = "E100"


class UnknownFormatError(InputError):
    code = "E101"


class RecordError(InputError):
    """One record is malformed; the reader turns it into a reject and goes on."""

    code = "E102"

    def __init__(self, message: str, line: int | None = None, excerpt: str = "") -> None:
        super().__init__(message)
        self.line = line
        self.excerpt = excerpt


class StoreError(KBError):
    code = "E200"


class SchemaVersionError(StoreError):
    code = "E201"
    exit_code = 4


class QueryError(KBError):
    """A SQL or SPARQL query failed or was refused."""

    code = "E300"


class ReadOnlyViolation(QueryError):
    code = "E301"


class ExtractionError(KBError):
    code = "E400"


class ModelMissingError(ExtractionError):
    code = "E401"


class EvalDataMissingError(KBError):
    code = "E500"


class RejectsFound(KBError):
    """Raised by ``--strict`` on the first reject; nothing from the run is kept."""

    code = "E103"
    exit_code = 3


class UsageError(KBError):
    """A command-line value that typer cannot check itself (``--since 2024-13-01``)."""

    code = "E001"
    exit_code = 2


class ClusterError(KBError):
    """The Dask cluster of ``kb ingest --workers/--scheduler`` cannot be used or failed."""

    code = "E600"
