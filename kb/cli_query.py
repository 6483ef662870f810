"""The query commands: ``kb sql``, ``kb sparql`` and ``kb rdf-sync``.

Kept apart from :mod:`kb.cli` so the query side can grow without touching ingest; the
shared options and the error handling are imported from there inside :func:`register`
(importing them at module level would be circular: ``kb.cli`` calls ``register``).
"""

# No ``from __future__ import annotations``: typer reads the parameter annotations at run
# time, and those of the commands name options imported inside ``register``.
import sys
from pathlib import Path
from typing import Annotated

import typer

from kb.errors import InputError
from kb.output import RowFormat
from kb.sql import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S

QueryArgument = Annotated[str, typer.Argument(help="The query, @FILE to read it from a file, or - for stdin.")]
MaxRowsOption = Annotated[int, typer.Option("--max-rows", min=0, help="Stop after this many rows (0: no limit).")]
TimeoutOption = Annotated[float, typer.Option("--timeout", min=0.0, help="Stop a query after this many seconds "
                                                                          "(0: no limit).")]


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
    return text


def _note_truncated(truncated: bool, max_rows: int, quiet: bool) -> None:
    if truncated and not quiet:
        typer.echo(f"kb: showing the first {max_rows} rows (raise --max-rows to see more)", err=True)


def register(app: typer.Typer) -> None:
    """Add ``sql``, ``sparql`` and ``rdf-sync`` to the ``kb`` application."""
    from kb.cli import DbOption, DebugOption, QuietOption, RowFormatOption, handles_errors

    @app.command("sql")
    @handles_errors
    def sql_command(
        query: QueryArgument,
        fmt: RowFormatOption = RowFormat.table,
        max_rows: MaxRowsOption = DEFAULT_MAX_ROWS,
        timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
        db: DbOption = "kb.db",
        quiet: QuietOption = False,
        debug: DebugOption = False,
    ) -> None:
        """Run a read-only SQL query (tables and views: see docs/queries/*.sql)."""
        from kb.output import write_rows
        from kb.sql import run_sql

        result = run_sql(db, read_query(query), max_rows=max_rows, timeout_s=timeout)
        write_rows(result.columns, result.rows, fmt, sys.stdout)
        _note_truncated(result.truncated, max_rows, quiet)

    @app.command("sparql")
    @handles_errors
    def sparql_command(
        query: QueryArgument,
        fmt: RowFormatOption = RowFormat.table,
        max_rows: MaxRowsOption = DEFAULT_MAX_ROWS,
        timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
        db: DbOption = "kb.db",
        quiet: QuietOption = False,
        debug: DebugOption = False,
    ) -> None:
        """Run a read-only SPARQL query; kb:, schema:, dcterms:, prov:, oa:, ... are predeclared.

        --format json writes SPARQL 1.1 Query Results JSON.
        """
        from kb.sparql import run_query, write_results

        result = run_query(db, read_query(query), timeout_s=timeout, max_rows=max_rows)
        write_results(result, fmt, sys.stdout)
        _note_truncated(result.truncated, max_rows, quiet)

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
