"""Read-only SQL over the knowledge base (``kb sql``).

Read-only by construction, not by inspecting the query text: the database is opened
with ``mode=ro`` and ``PRAGMA query_only``, loading extensions is disabled, and an
authorizer refuses every action but reading — so ``DELETE``, ``DROP``, ``ATTACH`` (and
``VACUUM INTO``, which attaches), PRAGMA writes and ``load_extension()`` fail before they
run, whatever the spelling. A progress handler stops a query that runs past its time.

The views in ``kb/sql/views.sql`` (``claim_view``, ``leaderboard``, ``entity_usage``,
``paper_entity``, ``paper_authors``, ...) make the common questions one-liners.

>>> columns, rows = QueryResult(["n"], [[1]])
>>> columns, rows
(['n'], [[1]])
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from kb.errors import QueryError, ReadOnlyViolation, StoreError

#: default limits of ``kb sql`` / ``kb sparql``
DEFAULT_MAX_ROWS = 10_000
DEFAULT_TIMEOUT_S = 30.0
#: SQLite VM instructions between two looks at the clock
_PROGRESS_STEPS = 10_000


@dataclass
class QueryResult:
    """Rows of a SQL or SPARQL query; unpacks as ``columns, rows``.

    ``truncated`` says that more rows than ``max_rows`` were available.
    """

    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = False

    def __iter__(self) -> Iterator[Any]:
        yield self.columns
        yield self.rows


def sqlite_path(db: str | Path) -> Path:
    """The file behind a database argument (a path or a ``sqlite:///`` URL)."""
    text = str(db)
    if "://" in text:
        if not text.startswith("sqlite:///"):
            raise QueryError(f"{_display_url(text)}: kb sql and kb sparql need a SQLite database file; query a "
                             "server database with its own client (psql: same tables and views), and for "
                             "SPARQL load `kb export --format nt` into a SPARQL store")
        text = text[len("sqlite:///"):]
    path = Path(text).expanduser()
    if not path.is_file():
        raise StoreError(f"{db}: no such database (run `kb build` or `kb ingest` first)")
    return path


def _display_url(url: str) -> str:
    """A database URL fit for an error message: the password hidden."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


# ---------------------------------------------------------------------- the authorizer
_ACTION_NAMES = {
    getattr(sqlite3, "SQLITE_" + name): name.replace("_", " ")
    for name in (
        "CREATE_INDEX", "CREATE_TABLE", "CREATE_TEMP_INDEX", "CREATE_TEMP_TABLE", "CREATE_TEMP_TRIGGER",
        "CREATE_TEMP_VIEW", "CREATE_TRIGGER", "CREATE_VIEW", "DELETE", "DROP_INDEX", "DROP_TABLE",
        "DROP_TEMP_INDEX", "DROP_TEMP_TABLE", "DROP_TEMP_TRIGGER", "DROP_TEMP_VIEW", "DROP_TRIGGER", "DROP_VIEW",
        "INSERT", "PRAGMA", "READ", "SELECT", "TRANSACTION", "UPDATE", "ATTACH", "DETACH", "ALTER_TABLE",
        "REINDEX", "ANALYZE", "CREATE_VTABLE", "DROP_VTABLE", "FUNCTION", "SAVEPOINT", "RECURSIVE",
    )
    if hasattr(sqlite3, "SQLITE_" + name)
}
#: reading is all a query may do; RECURSIVE is what ``WITH RECURSIVE`` asks for
_READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE}
#: PRAGMAs that only report; those that take a table or index name as their argument.
#: (Their table-valued forms, ``pragma_table_info('t')``, stay refused: SQLite asks to
#: UPDATE sqlite_master when it sets them up.)
_PRAGMAS_WITH_NAME = {"table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
                      "foreign_key_list"}
#: ... and those that read a setting (``PRAGMA user_version`` — never ``= value``)
_PRAGMAS_READ = {"database_list", "collation_list", "function_list", "pragma_list", "module_list",
                 "compile_options", "schema_version", "user_version", "application_id", "data_version",
                 "page_count", "page_size", "freelist_count", "encoding", "journal_mode", "foreign_keys",
                 "query_only"}
_DENIED_FUNCTIONS = {"load_extension"}


class _Guard:
    """The sqlite3 authorizer; remembers what it refused, for the error message."""

    def __init__(self) -> None:
        self.refused: str | None = None

    def __call__(self, action: int, arg1: str | None, arg2: str | None, _db: str | None,
                 _trigger: str | None) -> int:
        if action in _READ_ACTIONS:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_FUNCTION:
            if (arg2 or "").lower() not in _DENIED_FUNCTIONS:
                return sqlite3.SQLITE_OK
            refused = f"{arg2}()"
        elif action == sqlite3.SQLITE_PRAGMA:
            name = (arg1 or "").lower()
            if name in _PRAGMAS_WITH_NAME or (name in _PRAGMAS_READ and arg2 is None):
                return sqlite3.SQLITE_OK
            refused = f"PRAGMA {name}" + (f" = {arg2}" if arg2 is not None else "")
        else:
            refused = _ACTION_NAMES.get(action, f"action {action}")
            if arg1 and action != sqlite3.SQLITE_TRANSACTION:
                refused += f" {arg1}"
        # the first refusal is what the user wrote; later ones are its consequences
        self.refused = self.refused or refused
        return sqlite3.SQLITE_DENY


def connect_readonly(db: str | Path) -> tuple[sqlite3.Connection, _Guard]:
    """A connection that can only read ``db``; the guard reports what it refused."""
    path = sqlite_path(db)
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"{db}: cannot open database: {exc}") from None
    conn.execute("PRAGMA query_only=ON")
    if hasattr(conn, "enable_load_extension"):  # absent when Python is built without it
        conn.enable_load_extension(False)
    guard = _Guard()
    conn.set_authorizer(guard)
    return conn, guard


# ---------------------------------------------------------------------- queries
def run_sql(db: str | Path, query: str, max_rows: int | None = DEFAULT_MAX_ROWS,
            timeout_s: float | None = DEFAULT_TIMEOUT_S) -> QueryResult:
    """Run one read-only SQL statement; at most ``max_rows`` rows (None or 0: all).

    Raises :class:`ReadOnlyViolation` for anything that would change the database or
    reach outside it, :class:`QueryError` for errors and timeouts.
    """
    if not query.strip():
        raise QueryError("empty SQL query")
    conn, guard = connect_readonly(db)
    deadline = time.monotonic() + timeout_s if timeout_s else None
    if deadline is not None:
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), _PROGRESS_STEPS)
    try:
        cursor = conn.execute(query)
        columns = [d[0] for d in cursor.description or ()]
        limit = max_rows if max_rows and max_rows > 0 else None
        rows = [list(r) for r in (cursor.fetchmany(limit + 1) if limit else cursor.fetchall())]
        truncated = bool(limit and len(rows) > limit)
        return QueryResult(columns, rows[:limit] if truncated else rows, truncated)
    except sqlite3.Error as exc:
        raise _query_error(exc, guard, timeout_s, query) from None
    except (sqlite3.Warning, ValueError) as exc:  # e.g. "You can only execute one statement at a time."
        raise QueryError(f"SQL error: {exc}") from None
    finally:
        conn.close()


def _query_error(exc: sqlite3.Error, guard: _Guard, timeout_s: float | None, query: str) -> QueryError:
    message = str(exc)
    if guard.refused or "not authorized" in message or "readonly" in message:
        return ReadOnlyViolation(f"refused: {_describe(guard.refused or message, query)} is not allowed; "
                                 "kb sql is read-only (SELECT / WITH queries and read-only PRAGMAs)")
    if "interrupted" in message and timeout_s:
        return QueryError(f"SQL query stopped after {timeout_s:g}s (raise --timeout to allow more)")
    return QueryError(f"SQL error: {message}")


_LEADING_COMMENTS = re.compile(r"^(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/)*", re.DOTALL)
_SCHEMA_TABLES = {"sqlite_master", "sqlite_schema", "sqlite_temp_master", "sqlite_temp_schema"}


def _describe(refused: str, query: str) -> str:
    """What was refused, in the user's terms: ``DROP (a schema change)`` rather than the
    ``DELETE sqlite_master`` SQLite asks permission for."""
    if refused.rsplit(" ", 1)[-1] in _SCHEMA_TABLES:
        refused = "a schema change"
    verb = re.match(r"\w*", query[_LEADING_COMMENTS.match(query).end():]).group().upper()  # type: ignore[union-attr]
    return refused if not verb or refused.startswith(verb) else f"{verb} ({refused})"


__all__ = ["DEFAULT_MAX_ROWS", "DEFAULT_TIMEOUT_S", "QueryResult", "connect_readonly", "run_sql", "sqlite_path"]
