"""SPARQL over an Oxigraph store kept next to the database (``kb sparql``).

The store lives in ``<db>.oxigraph/`` and holds, in its default graph, what the RDF
export holds, plus run provenance and the ontology (so queries can use the labels and
notations of classes, claim kinds and units). Updates are incremental: :func:`sync_rdf`
replaces the triples of the papers an ingest wrote — a paper's resources are the paper
and its parts, IRIs ``<paper>:…`` — and rewrites the shared resources they touch.
Everything sits in the default graph because Oxigraph answers queries on it about twice
as fast as on a union of named graphs.

Only one process can open the store for writing, so writers (rebuild, sync) hold the
database's ``oxigraph`` file lock and queue. Each reads the database through one
snapshot (``Store._reading``), so it never blocks an ingest and records exactly the
state it wrote.

A state file inside the store directory records the mapping and ontology versions, a
token also written to the database's ``meta`` table (so a store left over from another
database is never updated in place) and a fingerprint of the database as synced (so a
query can warn that the store is behind).

Queries run on Oxigraph's own engine (never rdflib's), read-only: updates cannot parse
as queries, and ``SERVICE`` (which Oxigraph would send over HTTP) is refused after a scan
of the query's tokens, before anything runs.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import unquote

import pyoxigraph as ox
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from kb.errors import QueryError, ReadOnlyViolation, StoreError
from kb.output import RowFormat, write_rows
from kb.rdf import (
    MAPPING_VERSION, PAGE_SIZE, SCHOLARLY_ARTICLE, TYPE, Ref, kb_triples, node, paper_graphs, paper_node,
    run_triples, shared_ref, shared_triples,
)
from kb.sql import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, QueryResult, sqlite_path
from kb.store import Store
from kb.store.tables import ClaimRow, MentionRow, Meta, PaperAuthorRow, PaperRow, PaperSourceRow
from schema.vocab import PREFIXES

log = logging.getLogger(__name__)

STORE_SUFFIX = ".oxigraph"
STATE_FILE = "kb-state.json"
#: name of the database's file lock that writers of the store hold (``<db>.oxigraph.lock``)
LOCK = "oxigraph"
_META_KEY = "rdf_store"
#: the ontology is loaded into the store too
ONTOLOGY_PATH = Path(__file__).resolve().parent.parent / "schema" / "kb.ttl"
_DEFAULT = ox.DefaultGraph()


def _versions() -> dict[str, Any]:
    """What the store's content depends on besides the database."""
    ontology = hashlib.sha256(ONTOLOGY_PATH.read_bytes()).hexdigest()[:16]
    return {"mapping_version": MAPPING_VERSION, "ontology": ontology}


# ---------------------------------------------------------------------- where and how fresh
def rdf_store_path(db: str | Path | Store) -> Path | None:
    """``<db>.oxigraph`` for a SQLite file database; None for in-memory or server databases."""
    url = db.url if isinstance(db, Store) else str(db)
    if url in ("sqlite://", ":memory:") or ("://" in url and not url.startswith("sqlite:///")):
        return None
    path = Path(url[len("sqlite:///"):] if url.startswith("sqlite:///") else url).expanduser()
    return path.with_name(path.name + STORE_SUFFIX)


def _fingerprint(conn: Connection) -> dict[str, int]:
    """Cheap numbers that change whenever an ingest changes what the RDF says."""
    row = conn.execute(select(
        select(func.count()).select_from(PaperRow).scalar_subquery(),
        select(func.count()).select_from(PaperSourceRow).scalar_subquery(),
        select(func.count()).select_from(PaperAuthorRow).scalar_subquery(),
        select(func.coalesce(func.max(MentionRow.id), 0)).scalar_subquery(),
        select(func.coalesce(func.max(ClaimRow.id), 0)).scalar_subquery(),
    )).one()
    return dict(zip(("papers", "sources", "authorships", "last_mention", "last_claim"), row, strict=True))


def _meta_token(conn: Connection) -> str | None:
    return conn.execute(select(Meta.value).where(Meta.key == _META_KEY)).scalar()  # type: ignore[arg-type]


def _set_meta_token(store: Store, token: str) -> None:
    table = Meta.__table__  # type: ignore[attr-defined]
    with store.engine.begin() as conn:
        conn.execute(table.delete().where(table.c.key == _META_KEY))
        conn.execute(table.insert().values(key=_META_KEY, value=token))


def _read_state(path: Path) -> dict[str, Any]:
    try:
        return json.loads((path / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_state(path: Path, token: str | None, fingerprint: dict[str, int]) -> None:
    """Atomically replace the state file; ``token=None`` marks the store as being changed."""
    state = {**_versions(), "token": token, "fingerprint": fingerprint}
    tmp = path / (STATE_FILE + ".tmp")
    tmp.write_text(json.dumps(state, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path / STATE_FILE)


def _in_step(path: Path, conn: Connection) -> bool:
    """Is the store at ``path`` one built from this database with this mapping?"""
    state = _read_state(path)
    return (path.is_dir() and all(state.get(k) == v for k, v in _versions().items())
            and bool(state.get("token")) and state.get("token") == _meta_token(conn))


def _writable_path(store: Store) -> Path:
    path = rdf_store_path(store)
    if path is None:
        raise QueryError("SPARQL needs a SQLite file database (export RDF with `kb export --format nt` "
                         "and load it into any SPARQL store instead)")
    if store.readonly:
        raise StoreError("the SPARQL store is written from a writable database; open it without readonly")
    return path


# ---------------------------------------------------------------------- building and syncing
def rebuild_rdf(store: Store) -> int:
    """Build the SPARQL store from scratch with Oxigraph's bulk loader; returns the paper count."""
    path = _writable_path(store)
    with store.file_lock(LOCK):
        return _rebuild(store, path)


def sync_rdf(store: Store, paper_ids: Iterable[str] | None = None) -> int:
    """Bring the SPARQL store up to date after papers were written; returns papers written.

    Pass the ids of every paper an ingest stored (new, re-extracted or merged). Each
    paper's old triples are removed and its new ones added; then the shared resources
    (entities, people, extractors) that the old or new version points to are rewritten
    from the database — an entity's aliases come from every paper — or dropped when
    nothing uses them any more. A missing store, one built from another database or with
    another mapping, or ``paper_ids=None`` means a full rebuild. Does nothing for
    databases that are not SQLite files.
    """
    if rdf_store_path(store) is None:
        log.debug("no SPARQL store for %s", store.url)
        return 0
    path = _writable_path(store)
    with store.file_lock(LOCK):
        with store._reading() as conn:
            in_step = _in_step(path, conn)
        if paper_ids is None or not in_step:
            return _rebuild(store, path)
        return _sync(store, path, sorted(set(paper_ids)))


def _rebuild(store: Store, path: Path) -> int:
    """Build beside the old store and swap it in: a query never sees a half-built store."""
    _OPEN.pop(path, None)
    tmp, old = path.with_name(path.name + ".tmp"), path.with_name(path.name + ".old")
    for leftover in (tmp, old):
        shutil.rmtree(leftover, ignore_errors=True)
    counter = [0]
    with store._reading() as conn:
        oxstore = ox.Store(str(tmp))
        try:
            oxstore.bulk_extend(kb_triples(conn, include_runs=True, counter=counter))
            oxstore.bulk_load(path=str(ONTOLOGY_PATH), format=ox.RdfFormat.TURTLE)
            oxstore.optimize()
        finally:
            del oxstore  # closes the store: pyoxigraph has no close()
        fingerprint = _fingerprint(conn)
    token = uuid.uuid4().hex
    _write_state(tmp, token, fingerprint)
    if path.exists():
        path.rename(old)
    tmp.rename(path)
    shutil.rmtree(old, ignore_errors=True)
    _set_meta_token(store, token)
    log.info("SPARQL store rebuilt: %d papers → %s", counter[0], path)
    return counter[0]


def _ensure_built(store: Store, path: Path) -> None:
    """Rebuild unless, once the lock is ours, another process has just done it."""
    with store.file_lock(LOCK):
        with store._reading() as conn:
            if _in_step(path, conn):
                return
        log.warning("building the SPARQL store %s (first query on this database)", path)
        _rebuild(store, path)


def _sync(store: Store, path: Path, ids: list[str]) -> int:
    _OPEN.pop(path, None)
    state = _read_state(path)
    token = state["token"]
    # A sync killed half-way leaves a store that is neither old nor new: take the token
    # away first, so the next sync or query sees it out of step and rebuilds it.
    _write_state(path, None, state.get("fingerprint", {}))
    written = 0
    touched: set[Ref] = set()
    with store._reading() as conn:
        oxstore = ox.Store(str(path))
        try:
            for i in range(0, len(ids), PAGE_SIZE):
                chunk = ids[i:i + PAGE_SIZE]
                graphs = list(paper_graphs(conn, chunk, include_runs=True))
                touched |= _delete(oxstore, [q for pid in chunk for q in _paper_quads(oxstore, paper_node(pid))])
                for graph in graphs:
                    touched |= graph.refs
                oxstore.bulk_extend([t for graph in graphs for t in graph.triples])
                written += len(graphs)
            _delete(oxstore, _subject_quads(oxstore, (node(*ref) for ref in touched)))
            oxstore.bulk_extend(list(shared_triples(conn, touched)))
            # runs are few and their end times change after the fact: rewrite them all
            runs = list(run_triples(conn))
            _delete(oxstore, _subject_quads(oxstore, {t.subject for t in runs}))
            oxstore.bulk_extend(runs)
            oxstore.flush()
        finally:
            del oxstore
        _write_state(path, token, _fingerprint(conn))
    return written


def _paper_quads(oxstore: ox.Store, paper: ox.NamedNode) -> list[ox.Quad]:
    """Every triple about the paper and its parts, as the store has them.

    Parts are the resources the mapping names ``<paper>:…`` (author positions,
    extractions, mentions, claims and their spans — see :func:`kb.rdf.part`); they are
    found by following links in both directions from the paper, through parts only. Ids
    are percent-encoded, so no other paper's IRI starts with ``<paper>:``.
    """
    prefix = paper.value + ":"
    seen, frontier, quads = {paper}, [paper], []
    while frontier:
        current = frontier.pop()
        outgoing = list(oxstore.quads_for_pattern(current, None, None, _DEFAULT))
        quads += outgoing
        neighbours = [q.object for q in outgoing]
        neighbours += [q.subject for q in oxstore.quads_for_pattern(None, None, current, _DEFAULT)]
        for n in neighbours:
            if isinstance(n, ox.NamedNode) and n not in seen and n.value.startswith(prefix):
                seen.add(n)
                frontier.append(n)
    return quads


def _subject_quads(oxstore: ox.Store, subjects: Iterable[ox.NamedNode]) -> list[ox.Quad]:
    return [q for subject in subjects for q in oxstore.quads_for_pattern(subject, None, None, _DEFAULT)]


def _delete(oxstore: ox.Store, quads: list[ox.Quad]) -> set[Ref]:
    """Remove ``quads`` in one transaction; returns the shared resources they pointed to.

    One ``DELETE DATA`` of Oxigraph-serialised triples is several times faster than
    removing quads one by one (and escapes exactly as the export does).
    """
    refs = {ref for q in quads if isinstance(q.object, ox.NamedNode)
            for ref in [shared_ref(q.object.value)] if ref is not None}
    if quads:
        body = ox.serialize(quads, format=ox.RdfFormat.N_TRIPLES)
        oxstore.update("DELETE DATA {\n" + body.decode("utf-8") + "}")
    return refs


def rdf_up_to_date(store: Store) -> bool:
    """Whether the SPARQL store holds exactly what the database holds now.

    An ingest asks this before writing: if an earlier run died between its database
    writes and its sync, only a full rebuild at the end brings those papers in.
    """
    path = rdf_store_path(store)
    if path is None:
        return True
    with store._reading() as conn:
        return _in_step(path, conn) and _read_state(path).get("fingerprint") == _fingerprint(conn)


def rdf_paper_ids(path: Path) -> set[str]:
    """Ids of the papers in the SPARQL store at ``path`` (for ``kb check``)."""
    prefix = paper_node("").value
    oxstore = ox.Store.read_only(str(path))
    try:
        return {unquote(q.subject.value[len(prefix):])
                for q in oxstore.quads_for_pattern(None, TYPE, SCHOLARLY_ARTICLE, _DEFAULT)
                if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(prefix)}
    finally:
        del oxstore


# ---------------------------------------------------------------------- opening for queries
#: read-only stores opened by this process, with the file states they were checked against
_OPEN: dict[Path, tuple[tuple[Any, ...], ox.Store]] = {}


def _files_key(db_file: Path, path: Path) -> tuple[Any, ...]:
    """Changes whenever the database or the store's state file is written."""
    files = (db_file, db_file.with_name(db_file.name + "-wal"), path / STATE_FILE)
    return tuple((f.stat().st_mtime_ns, f.stat().st_size) if f.exists() else None for f in files)


def _open_for_query(db: str | Path) -> ox.Store:
    """The store for ``db``, read-only; built first if missing or from another database.

    The opened store is reused while neither the database nor the store changed on
    disk, so repeated queries cost what Oxigraph's evaluation costs (opening a store and
    checking its freshness takes tens of milliseconds).
    """
    db_file = sqlite_path(db)  # a clear error for a missing database
    path = db_file.with_name(db_file.name + STORE_SUFFIX)
    cached = _OPEN.get(path)
    if cached is not None and cached[0] == _files_key(db_file, path):
        return cached[1]
    store = Store(db_file, readonly=True)
    with store._reading() as conn:
        in_step = _in_step(path, conn)
        behind = in_step and _read_state(path).get("fingerprint") != _fingerprint(conn)
    store.engine.dispose()
    if not in_step:
        _ensure_built(Store(db_file), path)
    elif behind:
        log.warning("the SPARQL store is older than the database; run `kb rdf-sync` to update it")
    oxstore = ox.Store.read_only(str(path))
    _OPEN[path] = (_files_key(db_file, path), oxstore)
    return oxstore


# ---------------------------------------------------------------------- refusing what is not a query
_TOKENS = re.compile(r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<bnode>_:[\w.-]*)
  | (?P<pname>(?:[^\W\d_][\w.-]*)?:[\w.:%\\-]*)
  | (?P<word>[^\W\d]\w*)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)
_UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "ADD", "MOVE", "COPY"}


def keywords(query: str) -> list[str]:
    """The bare words of a query, upper-cased — outside strings, IRIs and comments.

    Variables (``?service``), prefixed names (``ex:SERVICE``) and blank node labels are
    not bare words, so only a real keyword counts.

    >>> keywords('SELECT ?service WHERE { ?s ex:SERVICE "SERVICE" } # SERVICE')
    ['SELECT', 'WHERE']
    """
    return [m.group().upper() for m in _TOKENS.finditer(query) if m.lastgroup == "word"]


def check_query(query: str) -> None:
    """Refuse what must never run: an empty query and ``SERVICE`` (remote HTTP calls)."""
    if not query.strip():
        raise QueryError("empty SPARQL query")
    if "SERVICE" in keywords(query):
        raise ReadOnlyViolation("refused: SERVICE (federated query) is not allowed; kb sparql only queries "
                                "the local knowledge base")


def _syntax_error(query: str, exc: SyntaxError) -> QueryError:
    found = [k for k in keywords(query) if k in _UPDATE_KEYWORDS]
    if found:
        return ReadOnlyViolation(f"refused: SPARQL update ({found[0]}) is not allowed; kb sparql is read-only "
                                 "(SELECT, ASK, CONSTRUCT and DESCRIBE only)")
    return QueryError(f"SPARQL syntax error: {exc}")


# ---------------------------------------------------------------------- running queries
@dataclass
class SparqlResult(QueryResult):
    """Rows of pyoxigraph terms (None when unbound); ``form`` is select, ask or construct."""

    form: str = "select"


def _evaluate(oxstore: ox.Store, query: str, max_rows: int | None, cancelled: threading.Event) -> SparqlResult:
    results = oxstore.query(query, prefixes=PREFIXES)
    if isinstance(results, ox.QueryBoolean):
        return SparqlResult(["boolean"], [[bool(results)]], form="ask")
    if isinstance(results, ox.QuerySolutions):
        columns = [v.value for v in results.variables]
        form, stream = "select", (list(solution) for solution in results)
    else:
        columns = ["subject", "predicate", "object"]
        form, stream = "construct", ([t.subject, t.predicate, t.object] for t in results)
    rows: list[list[Any]] = []
    truncated = False
    for row in stream:
        if cancelled.is_set():
            break
        if max_rows and len(rows) >= max_rows:
            truncated = True
            break
        rows.append(row)
    return SparqlResult(columns, rows, truncated, form=form)


def run_query(db: str | Path, query: str, timeout_s: float | None = DEFAULT_TIMEOUT_S,
              max_rows: int | None = DEFAULT_MAX_ROWS) -> SparqlResult:
    """Run a SELECT / ASK / CONSTRUCT / DESCRIBE query on the knowledge base of ``db``.

    The prefixes of :data:`schema.vocab.PREFIXES` are predeclared. The query runs in a
    daemon thread (Oxigraph releases the GIL): past ``timeout_s`` this raises
    :class:`QueryError` and the evaluation is abandoned — it ends with the process.
    """
    check_query(query)
    oxstore = _open_for_query(db)
    outcome: dict[str, Any] = {}
    cancelled = threading.Event()

    def work() -> None:
        try:
            outcome["result"] = _evaluate(oxstore, query, max_rows, cancelled)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="kb-sparql", daemon=True)
    worker.start()
    worker.join(timeout_s or None)
    if worker.is_alive():
        cancelled.set()
        raise QueryError(f"SPARQL query stopped after {timeout_s:g}s (raise --timeout to allow more)")
    error = outcome.get("error")
    if isinstance(error, SyntaxError):
        raise _syntax_error(query, error) from None
    if error is not None:
        raise QueryError(f"SPARQL error: {error}") from None
    return outcome["result"]


def rdflib_graph(db: str | Path) -> Any:
    """The knowledge base as a read-only rdflib graph backed by Oxigraph (oxrdflib).

    It is the store's default graph; ``graph.query`` runs on Oxigraph, not on rdflib's
    SPARQL engine.
    """
    import rdflib
    from oxrdflib import OxigraphStore
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    graph = rdflib.Graph(store=OxigraphStore(store=_open_for_query(db)), identifier=DATASET_DEFAULT_GRAPH_ID)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


# ---------------------------------------------------------------------- output
def term_json(term: Any) -> dict[str, str]:
    """One RDF term in the SPARQL 1.1 Query Results JSON format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(term.subject),  # type: ignore[dict-item]
                                            "predicate": term_json(term.predicate),
                                            "object": term_json(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


def results_json(result: SparqlResult) -> dict[str, Any]:
    """The standard results document (``application/sparql-results+json``)."""
    if result.form == "ask":
        return {"head": {}, "boolean": bool(result.rows[0][0])}
    return {
        "head": {"vars": result.columns},
        "results": {"bindings": [
            {var: term_json(term) for var, term in zip(result.columns, row, strict=True) if term is not None}
            for row in result.rows
        ]},
    }


_SHORT = sorted(((ns, prefix) for prefix, ns in PREFIXES.items()), key=lambda item: -len(item[0]))


def term_text(term: Any, *, compact: bool = False) -> Any:
    """A term as a plain cell: IRIs as text (``compact``: as ``prefix:name``), literals as
    their lexical form, booleans of ASK as they are, unbound as None."""
    if term is None or isinstance(term, bool):
        return term
    if isinstance(term, ox.NamedNode):
        if compact:
            for namespace, prefix in _SHORT:
                if term.value.startswith(namespace):
                    return f"{prefix}:{term.value[len(namespace):]}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def write_results(result: SparqlResult, fmt: RowFormat | str, out: TextIO) -> int:
    """``json``: SPARQL 1.1 Query Results JSON; other formats: plain cells via ``write_rows``."""
    fmt = RowFormat(fmt)
    if fmt is RowFormat.json:
        json.dump(results_json(result), out, ensure_ascii=False, indent=1)
        out.write("\n")
        return len(result.rows)
    compact = fmt is RowFormat.table
    rows = ([term_text(t, compact=compact) for t in row] for row in result.rows)
    return write_rows(result.columns, rows, fmt, out)


__all__ = [
    "SparqlResult", "check_query", "keywords", "rdf_paper_ids", "rdf_store_path", "rdflib_graph", "rebuild_rdf",
    "results_json", "run_query", "sync_rdf", "write_results",
]
