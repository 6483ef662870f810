"""The ``kb`` command line: a thin layer over the library.

Every command takes ``--db`` (or ``KB_DB``), ``--quiet`` and ``--debug`` after its name.
Errors are one line on stderr; exit codes are listed in :mod:`kb.errors`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import inspect
import json
import logging
import re
import sys
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Annotated, Any, TypeVar

import typer

from kb.errors import ClusterError, InputError, KBError, RejectsFound, UsageError
from kb.export import ExportFormat, export
from kb.output import RowFormat, write_rows

app = typer.Typer(
    name="kb",
    help="A knowledge base of what scientific papers claim: methods, datasets, metrics, tasks and results.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# ---------------------------------------------------------------- shared options
DbOption = Annotated[str, typer.Option("--db", envvar="KB_DB", help="Database path or SQLAlchemy URL.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logs.")]
OutOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")]
RowFormatOption = Annotated[RowFormat, typer.Option("--format", "-f", help="Output format.")]
PathsArgument = Annotated[list[str] | None, typer.Argument(help="Files, directories (recursive) or - for stdin.")]
InputFormatOption = Annotated[str | None, typer.Option("--format", "-f", help="Force an input format (default: detect per file).")]
NProcessOption = Annotated[int, typer.Option("--n-process", min=1, help="Extraction processes.")]
BatchOption = Annotated[int, typer.Option("--batch-size", min=1, help="Documents per nlp.pipe batch.")]
StrictOption = Annotated[bool, typer.Option("--strict", help="Fail on the first bad record, storing nothing.")]
NoNerOption = Annotated[bool, typer.Option("--no-ner", help="Rules only: skip the trained NER model.")]
ReextractOption = Annotated[bool, typer.Option(
    "--reextract", help="Extract every input paper again, even one stored unchanged, replacing its stored "
                        "mentions and claims (after the extraction pipeline changed).")]
SinceOption = Annotated[str | None, typer.Option(
    "--since", metavar="YYYY-MM-DD",
    help="Store only records published on or after this date (a year alone compares by year; "
         "records without a date are stored).")]
WorkersOption = Annotated[int | None, typer.Option(
    "--workers", min=1, help="Extract and store on a local Dask cluster of N worker processes.")]
SchedulerOption = Annotated[str | None, typer.Option(
    "--scheduler", help="Extract and store on the Dask cluster at ADDRESS (tcp://HOST:PORT).")]
NTriplesDirOption = Annotated[Path | None, typer.Option(
    "--ntriples-dir", help="With --workers/--scheduler: also write each partition's RDF to DIR/part-<hash>.nt.")]

EXIT_REJECTS = 3
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class IngestArgs:
    """The option block ``kb build`` and ``kb ingest`` share, declared once: each field is
    an option (its annotation says which, its default is the option's), added to both
    commands by :func:`ingest_option_block`."""

    fmt: InputFormatOption = None
    n_process: NProcessOption = 1
    batch_size: BatchOption = 64
    strict: StrictOption = False
    no_ner: NoNerOption = False
    reextract: ReextractOption = False
    since: SinceOption = None


def ingest_option_block(func: F) -> F:
    """Give a command the options of :class:`IngestArgs` in place of its ``opts`` parameter.

    typer reads a command's options from its signature, so the wrapper's signature lists
    the block's fields where ``opts`` was (``--help`` shows them there); the command is
    called with one :class:`IngestArgs` built from them.
    """
    signature = inspect.signature(func, eval_str=True)
    hints = typing.get_type_hints(IngestArgs, include_extras=True)
    block = [inspect.Parameter(f.name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=f.default,
                               annotation=hints[f.name]) for f in dataclasses.fields(IngestArgs)]
    params: list[inspect.Parameter] = []
    for param in signature.parameters.values():
        params.extend(block if param.name == "opts" else [param])
    names = [p.name for p in block]

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        opts = IngestArgs(**{name: kwargs.pop(name) for name in names})
        return func(*args, opts=opts, **kwargs)

    wrapper.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in params}
    return wrapper  # type: ignore[return-value]


def _err(message: str) -> None:
    typer.echo(message, err=True)


def handles_errors(func: F) -> F:
    """Map kb errors to one stderr line and an exit code; tracebacks only with --debug."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = bool(kwargs.get("debug"))
        logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                            format="kb: %(message)s", stream=sys.stderr, force=True)
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except KBError as exc:
            if debug:
                raise
            _err(f"kb: error: {exc}")
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            _err("kb: interrupted")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None
        except Exception as exc:  # noqa: BLE001 - last resort: still one line
            if debug:
                raise
            message = " ".join(str(exc).split())  # one line, whatever the exception says
            _err(f"kb: internal error: {type(exc).__name__}: {message} (run with --debug for the traceback)")
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


@contextlib.contextmanager
def _output(path: Path | None, binary: bool = False) -> Iterator[IO[Any]]:
    if path is None:
        yield sys.stdout.buffer if binary else sys.stdout
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as fh:
        yield fh


def _open_store(db: str, *, readonly: bool = False) -> Any:
    from kb.store import Store

    return Store(db, readonly=readonly)


# ---------------------------------------------------------------- ingest / build
def _run_ingest(paths: list[str], db: str, opts: IngestArgs, *, quiet: bool, command: str,
                workers: int | None = None, scheduler: str | None = None, ntriples_dir: Path | None = None) -> Any:
    from kb.ingest import IngestOptions, ingest

    since = parse_since(opts.since)
    if ntriples_dir is not None and workers is None and scheduler is None:
        raise ClusterError("--ntriples-dir writes one file per partition of a cluster run: "
                           "give --workers or --scheduler too (or use `kb export --format nt`)")

    store = _open_store(db)
    progress = _progress(quiet)
    with progress as bar:
        task = bar.add_task("ingest", total=None) if bar else None
        options = IngestOptions(
            fmt=opts.fmt, n_process=opts.n_process, batch_size=opts.batch_size, strict=opts.strict,
            use_ner=not opts.no_ner, reextract=opts.reextract, since=since,
            on_reject=lambda r: _err(str(r)),
            on_progress=(lambda n: bar.advance(task, n)) if bar else None,
        )
        if workers is not None or scheduler is not None:
            from kb.distributed import ingest_distributed

            report = ingest_distributed(paths, store, options, workers=workers, scheduler=scheduler,
                                        ntriples_dir=ntriples_dir, command=command)
        else:
            report = ingest(paths, store, options, command=command)
    if not quiet:
        older = f"{report.papers_older} older than --since skipped, " if since is not None else ""
        _err(f"kb: {report.papers_read} records read, {report.papers_new} papers extracted, {older}"
             f"{report.reject_count} rejected → {db}")
    return store, report


def parse_since(text: str | None) -> dt.date | None:
    """``--since``: a calendar date written YYYY-MM-DD, else a usage error (exit 2)."""
    if text is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            raise ValueError
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--since {text!r} is not a date: expected YYYY-MM-DD, e.g. 2024-05-31") from None


class _NoProgress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: Any) -> None:
        return None


def _progress(quiet: bool) -> Any:
    if quiet or not sys.stderr.isatty():
        return _NoProgress()
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=True)


@app.command()
@handles_errors
@ingest_option_block
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")],
    db: DbOption = "kb.db",
    opts: IngestArgs = IngestArgs(),
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
    ntriples_dir: NTriplesDirOption = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Read paper records, extract entities and claims, and store them.

    With --workers or --scheduler, extraction and storing run on a Dask cluster
    (pip install 'kb\\[scale]'); the knowledge base is the same.
    """
    _, report = _run_ingest(paths, db, opts, quiet=quiet, command="ingest", workers=workers, scheduler=scheduler,
                            ntriples_dir=ntriples_dir)
    if report.reject_count:
        raise typer.Exit(EXIT_REJECTS)


@app.command()
@handles_errors
@ingest_option_block
def build(
    paths: PathsArgument = None,
    db: DbOption = "kb.db",
    out_dir: Annotated[Path, typer.Option("--out-dir", help="Where the exports go.")] = Path("exports"),
    opts: IngestArgs = IngestArgs(),
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Ingest PATHs (default seeds/) and write the exports (default exports/)."""
    store, report = _run_ingest(paths or ["seeds"], db, opts, quiet=quiet, command="build")
    written = write_build_exports(store, out_dir)
    if not quiet:
        _err("kb: wrote " + ", ".join(str(p) for p in written))
    if report.reject_count:
        raise typer.Exit(EXIT_REJECTS)


#: the files `kb build` writes, by export format
BUILD_EXPORTS = {"kb.json": ExportFormat.json, "kb.ttl": ExportFormat.turtle}


def write_build_exports(store: Any, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, fmt in BUILD_EXPORTS.items():
        path = out_dir / name
        binary = fmt in (ExportFormat.turtle, ExportFormat.nt, ExportFormat.jsonld)
        tmp = path.with_suffix(path.suffix + ".tmp")
        with _output(tmp, binary=binary) as fh:
            export(store, fmt, fh)
        tmp.replace(path)  # a reader never sees a half-written export
        written.append(path)
    return written


# ---------------------------------------------------------------- export / stats
@app.command("export")
@handles_errors
def export_command(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format.")] = ExportFormat.json,
    output: OutOption = None,
    min_confidence: Annotated[float, typer.Option("--min-confidence", min=0.0, max=1.0,
                                                  help="Leave out mentions and claims below this confidence.")] = 0.0,
    db: DbOption = "kb.db",
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Export the knowledge base (one object per paper, or RDF)."""
    store = _open_store(db, readonly=True)
    binary = fmt in (ExportFormat.turtle, ExportFormat.nt, ExportFormat.jsonld)
    with _output(output, binary=binary) as fh:
        count = export(store, fmt, fh, min_confidence=min_confidence)
    if not quiet and output is not None:
        _err(f"kb: {count} papers → {output}")


@app.command()
@handles_errors
def stats(
    fmt: RowFormatOption = RowFormat.table,
    db: DbOption = "kb.db",
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Counts of papers, entities, mentions, claims and rejects."""
    store = _open_store(db, readonly=True)
    data = store.stats()
    rows = []
    for key, value in data.items():
        if isinstance(value, dict):
            rows.extend([f"{key}.{k}", v] for k, v in sorted(value.items(), key=lambda kv: str(kv[0])))
        else:
            rows.append([key, value])
    write_rows(["statistic", "value"], rows, fmt, sys.stdout)


@app.command()
@handles_errors
def check(
    repair: Annotated[bool, typer.Option("--repair", help="Fix what can be fixed, then check again.")] = False,
    db: DbOption = "kb.db",
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Check the database (SQLite integrity, foreign keys, sources, mention offsets, SPARQL store).

    Prints one line per problem and exits 1 if there is any; --repair fixes what it can first.
    """
    from kb.check import check as check_store
    from kb.check import repair as repair_store

    store = _open_store(db, readonly=not repair)
    if repair:
        for action in repair_store(store):
            _err(f"kb: repaired: {action}")
    problems = check_store(store)
    for problem in problems:
        typer.echo(problem)
    if problems:
        raise typer.Exit(1)
    if not quiet:
        _err(f"kb: {db}: no problems found")


# ---------------------------------------------------------------- extract
@app.command()
@handles_errors
def extract(
    input_file: Annotated[str, typer.Argument(help="JSON Lines file, or - for stdin.")] = "-",
    n_process: NProcessOption = 1,
    batch_size: BatchOption = 64,
    no_ner: NoNerOption = False,
    output: OutOption = None,
    db: DbOption = "kb.db",
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Extract from JSON Lines {"id", "text"} or {"id", "title", "abstract"}; no database."""
    from kb.extract import extract_jsonl
    from kb.readers.base import Source

    source = Source.stdin() if input_file == "-" else Source(input_file)
    if input_file != "-" and not Path(input_file).is_file():
        raise InputError(f"{input_file}: no such file")
    with _output(output) as out:
        bad = extract_jsonl(source, out, n_process=n_process, batch_size=batch_size, use_ner=not no_ner,
                            on_error=_err)
    if bad:
        raise typer.Exit(EXIT_REJECTS)


# ---------------------------------------------------------------- eval / train
@app.command("eval")
@handles_errors
def eval_command(
    corpus: Annotated[str, typer.Argument(
        help="scierc, tdmsci or scier (mention spans), or nlp-tdms (paper-level entities and "
             "claims as ANNOTATION.md defines them; see README, Evaluation).")],
    split: Annotated[str, typer.Option("--split", help="dev or test.")] = "dev",
    ner_only: Annotated[bool, typer.Option("--ner-only", help="Score the trained NER alone.")] = False,
    raw_spans: Annotated[bool, typer.Option(
        "--raw-spans", help="Score spans as the pipeline writes them, without first putting them "
        "in the corpus's span conventions (see README, Evaluation).")] = False,
    fmt: RowFormatOption = RowFormat.table,
    db: DbOption = "kb.db",
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Precision / recall / F1 of the extraction against gold data in ../shared/evaldata."""
    from extractors.corpora import CORPUS_LABELS

    if corpus not in (*CORPUS_LABELS, "nlp-tdms"):
        raise UsageError(f"unknown corpus {corpus!r}: expected scierc, tdmsci, scier or nlp-tdms")
    if split not in ("dev", "test"):
        raise UsageError(f"unknown split {split!r}: expected dev or test")
    if corpus == "nlp-tdms":
        if ner_only or raw_spans:
            raise UsageError("--ner-only and --raw-spans apply to scierc, tdmsci and scier only")
        from extractors.paper_eval import evaluate_papers

        scores = evaluate_papers(split)["rows"]
    else:
        from extractors.evaluation import evaluate

        result = evaluate(corpus, split, ner_only=ner_only, corpus_conventions=not raw_spans)
        if not quiet:
            how = ("spans scored as written" if raw_spans else
                   "spans put in the corpus's conventions (--raw-spans scores them as written)")
            print(f"{corpus} {split}: {how}: acronyms {result['acronym_convention']}, "
                  f"head nouns {result['head_convention']}, described methods "
                  f"{result['generic_methods']}", file=sys.stderr)
        scores = {**result["labels"], "micro": result["micro"]}
    rows = [[name, *(round(s[k], 4) for k in "prf"), s["tp"] + s["fn"], s["tp"] + s["fp"]]
            for name, s in scores.items()]
    write_rows(["type", "precision", "recall", "f1", "gold", "predicted"], rows, fmt, sys.stdout)


@app.command()
@handles_errors
def train(
    output_dir: Annotated[Path, typer.Option("--output", "-o", help="Where the model goes.")] = Path("extractors/model"),
    settings: Annotated[list[str] | None, typer.Option(
        "--set", metavar="KEY=VALUE",
        help="Override a training setting (repeatable; VALUE is JSON or a string), e.g. "
             "--set architecture=tagger --set width=64. Defaults reproduce the committed model; "
             "the settings are listed in extractors/MODEL_CARD.md.",
    )] = None,
    db: DbOption = "kb.db",
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Train the statistical NER on the train splits in ../shared/evaldata (tuned on dev)."""
    from extractors.training import parse_overrides
    from extractors.training import train as train_model

    train_model(output_dir, **parse_overrides(settings or []))


from kb.cli_query import register  # noqa: E402 - needs the shared options above

register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
