"""The query commands: ``kb sql``, ``kb sparql`` and ``kb rdf-sync``.

Kept apart from :mod:`kb.cli` so the query side can grow without touching ingest; the
shared options and the error handling are imported from there inside :func:`register`
(importing them at module level would be circular: ``kb.cli`` calls ``register``).
"""

# No ``from __future__ import annotations``: typer reads the parameter annotations at run
# time, and those of the commands name options imported inside ``register``.
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TextIO

import typer

from kb.errors import InputError
from kb.output import RowFormat, write_rows
from kb.sql import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, QueryResult, run_sql

QueryArgument = Annotated[str, typer.Argument(help="The query, @FILE to read it from a file, or - for stdin.")]
MaxRowsOption = Annotated[int, typer.Option("--max-rows", min=0, help="Stop after this many rows (0: no limit).")]
TimeoutOption = Annotated[float, typer.Option("--timeout", min=0.0, help="Stop a query after this many seconds "
                                                                          "(0: no limit).")]

SQL_HELP = "Run a read-only SQL query (tables and views: see docs/queries/*.sql)."
SPARQL_HELP = ("Run a read-only SPARQL query; kb:, schema:, dcterms:, prov:, oa:, ... are predeclared.\n\n"
               "--format json writes SPARQL 1.1 Query Results JSON.")


def read_query(text: str) -> str:
    """The query itself, the content of ``@FILE``, or stdin for ``-``."""
    if text == "-":
        return sys.stdin.read()
    if text.startswith("@"):
        path = Path(text[1:])
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{path}: cannot read query file: {exc.strerror or exc}") from None
    if text.strip() and not any(ch.isspace() for ch in text.strip()) and Path(text.strip()).is_file():
        # no query is one word; a file name given without its "@" would fail as a syntax error
        raise InputError(f"{text.strip()}: this is a file; run the query it holds with @{text.strip()}")
    return text


def _sql(db: str, query: str, max_rows: int, timeout_s: float) -> QueryResult:
    return run_sql(db, query, max_rows=max_rows, timeout_s=timeout_s)


def _write_sql(result: QueryResult, fmt: RowFormat, out: TextIO) -> None:
    write_rows(result.columns, result.rows, fmt, out)


def _sparql(db: str, query: str, max_rows: int, timeout_s: float) -> QueryResult:
    from kb.sparql import run_query

    return run_query(db, query, timeout_s=timeout_s, max_rows=max_rows)


def _write_sparql(result: QueryResult, fmt: RowFormat, out: TextIO) -> None:
    from kb.sparql import write_results

    write_results(result, fmt, out)  # type: ignore[arg-type]


def _add_query_command(app: typer.Typer, name: str, doc: str,
                       run: Callable[[str, str, int, float], QueryResult],
                       write: Callable[[QueryResult, RowFormat, TextIO], object]) -> None:
    """One query command (``kb sql``, ``kb sparql``): the same arguments and options, the
    query read from the argument, ``@FILE`` or stdin, its result written to stdout, and a
    note on stderr when ``--max-rows`` cut it; ``run`` and ``write`` are the language's."""
    from kb.cli import DbOption, DebugOption, QuietOption, RowFormatOption, handles_errors

    def command(
        query: QueryArgument,
        fmt: RowFormatOption = RowFormat.table,
        max_rows: MaxRowsOption = DEFAULT_MAX_ROWS,
        timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
        db: DbOption = "kb.db",
        quiet: QuietOption = False,
        debug: DebugOption = False,
    ) -> None:
        result = run(db, read_query(query), max_rows, timeout)
        write(result, fmt, sys.stdout)
        if result.truncated and not quiet:
            typer.echo(f"kb: showing the first {max_rows} rows (raise --max-rows to see more)", err=True)

    command.__name__ = command.__qualname__ = f"{name}_command"
    command.__doc__ = doc
    app.command(name)(handles_errors(command))


def register(app: typer.Typer) -> None:
    """Add ``sql``, ``sparql`` and ``rdf-sync`` to the ``kb`` application."""
    from kb.cli import DbOption, DebugOption, QuietOption, handles_errors

    _add_query_command(app, "sql", SQL_HELP, _sql, _write_sql)
    _add_query_command(app, "sparql", SPARQL_HELP, _sparql, _write_sparql)

    @app.command("rdf-sync")
    @handles_errors
    def rdf_sync_command(
        db: DbOption = "kb.db",
        quiet: QuietOption = False,
        debug: DebugOption = False,
    ) -> None:
        """Rebuild the SPARQL store (<db>.oxigraph) from the database."""
        from kb.sparql import rdf_store_path, rebuild_rdf
        from kb.store import Store

        store = Store(db, create=False)
        papers = rebuild_rdf(store)
        if not quiet:
            typer.echo(f"kb: {papers} papers → {rdf_store_path(store)}", err=True)
