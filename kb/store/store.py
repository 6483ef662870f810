"""The SQLite (or any SQLAlchemy URL) store.

Writes go through SQLAlchemy Core in one transaction per batch: a batch lands whole or
not at all. SQLite runs in WAL mode with a busy timeout, so readers keep working during
an ingest and concurrent writers wait for each other instead of failing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, collate, create_engine, delete, event, exists, func, inspect, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import SQLModel

from kb.errors import SchemaVersionError, StoreError
from kb.store.tables import (
    SCHEMA_VERSION,
    AuthorRow,
    ClaimRow,
    EntityRow,
    MentionRow,
    Meta,
    PaperAuthorRow,
    PaperRow,
    PaperSourceRow,
    RejectRow,
    RunRow,
)
from schema.ids import normalise_text, short_hash
from schema.models import Extraction, Paper, Reject

#: seconds a writer waits for another writer's lock before giving up
BUSY_TIMEOUT_S = 600
#: how long opening a database retries when SQLite reports it locked outside a transaction
#: (switching a new file to WAL, or WAL recovery, can fail at once instead of waiting)
OPEN_RETRY_S = 60

_T = {name: model.__table__ for name, model in {  # type: ignore[attr-defined]
    "meta": Meta, "run": RunRow, "paper": PaperRow, "paper_source": PaperSourceRow,
    "author": AuthorRow, "paper_author": PaperAuthorRow, "entity": EntityRow,
    "mention": MentionRow, "claim": ClaimRow, "reject": RejectRow,
}.items()}

#: paper columns a later copy of the same paper may fill when the first copy left them null
_MERGEABLE = ("venue", "year", "date", "month", "day", "category", "has_code", "upvotes",
              "doi", "arxiv_id", "url")


def database_url(db: str | Path) -> str:
    db = str(db)
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def content_hash(title: str | None, abstract: str) -> str:
    return hashlib.sha256(((title or "") + "\n" + abstract).encode("utf-8")).hexdigest()[:32]


def author_id(name: str) -> str:
    return short_hash("author\n" + normalise_text(name))


class Store:
    """Open (and create or check) a knowledge base.

    >>> store = Store(":memory:")
    >>> store.counts()["paper"]
    0
    """

    def __init__(self, db: str | Path = "kb.db", *, readonly: bool = False, create: bool = True) -> None:
        self.url = database_url(db) if str(db) != ":memory:" else "sqlite://"
        self.readonly = readonly
        if self.url.startswith("sqlite") and str(db) not in (":memory:",) and "://" not in str(db):
            path = Path(db)
            if not path.exists() and (readonly or not create):
                raise StoreError(f"{db}: no such database (run `kb build` or `kb ingest` first)")
            if not readonly:
                path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = self._make_engine()
        self.dialect = self.engine.dialect.name
        self._open()

    # ------------------------------------------------------------------ set-up
    def _make_engine(self) -> Engine:
        if not self.url.startswith("sqlite"):
            # Run times are stored naive; in UTC on every server, as SQLite stores them.
            connect_args = {"options": "-c timezone=UTC"} if self.url.startswith("postgresql") else {}
            return create_engine(self.url, pool_pre_ping=True, connect_args=connect_args)
        kwargs: dict[str, Any] = {"connect_args": {"timeout": BUSY_TIMEOUT_S, "check_same_thread": False}}
        if self.url == "sqlite://":
            from sqlalchemy.pool import StaticPool

            kwargs["poolclass"] = StaticPool
        engine = create_engine(self.url, **kwargs)
        readonly, in_memory = self.readonly, self.url == "sqlite://"

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # We issue BEGIN ourselves (below), so the driver must not.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            if not in_memory and not readonly:
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            if readonly:
                cur.execute("PRAGMA query_only=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            # IMMEDIATE takes the write lock up front: two writers then queue on the busy
            # timeout instead of failing when a read lock cannot be upgraded. Reads
            # (``_reading``) start a plain transaction: a snapshot that never blocks a writer.
            reading = readonly or conn.get_execution_options().get("kb_read", False)
            conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

        return engine

    def _open(self) -> None:
        """Create the schema if needed and check its version; a database that SQLite
        reports locked is retried for up to :data:`OPEN_RETRY_S` (another process may be
        creating it), any other failure is a :class:`StoreError`."""
        deadline = time.monotonic() + OPEN_RETRY_S
        while True:
            try:
                if not self.readonly:
                    self._create()
                self._check_version()
                return
            except DBAPIError as exc:  # locked, read-only, or not a database at all
                if "database is locked" in str(exc.orig) and time.monotonic() < deadline:
                    self.engine.dispose()
                    time.sleep(0.1)
                    continue
                raise StoreError(f"{self.url}: cannot open database: {exc.orig}") from None

    def _create(self) -> None:
        with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                # Two first runs on an empty server database must not both create the schema.
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('kb schema'))"))
            version = self._stored_version(conn)
            if version is None:
                SQLModel.metadata.create_all(conn, tables=list(_T.values()))
                conn.execute(_insert_ignore(self.dialect, _T["meta"], ["key"]), [{"key": "schema_version", "value": str(SCHEMA_VERSION)}])
                _create_views(conn)

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A connection whose queries all see one snapshot (one read transaction) and take
        no write lock, so an export or a count during an ingest is consistent and never
        waits for the writer."""
        with self.engine.connect() as conn:
            if self.dialect == "postgresql":
                # READ COMMITTED, the default, takes a snapshot per statement; paging
                # through an export takes many statements.
                conn = conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            yield conn.execution_options(kb_read=True)

    @contextlib.contextmanager
    def file_lock(self, name: str) -> Iterator[None]:
        """Hold an exclusive lock (``fcntl.flock`` on ``<db>.<name>.lock``) while the block runs.

        For work beside the database that two processes must not do at once, such as
        writing the SPARQL store, which only one process can open for writing. Waits for
        the holder to finish; a no-op for in-memory and server databases.
        """
        path = self.path
        if path is None:
            yield
            return
        import fcntl

        with open(path.with_name(f"{path.name}.{name}.lock"), "a+b") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    @property
    def path(self) -> Path | None:
        """The database file of a SQLite file database, else None."""
        if not self.url.startswith("sqlite:///"):
            return None
        return Path(self.url[len("sqlite:///"):])

    @staticmethod
    def _stored_version(conn: Connection) -> int | None:
        # Ask the catalogue rather than catch a failed SELECT: on PostgreSQL a failed
        # statement aborts the transaction the schema is then created in.
        if not inspect(conn).has_table(Meta.__tablename__):
            return None
        row = conn.execute(select(Meta.value).where(Meta.key == "schema_version")).first()  # type: ignore[arg-type]
        if not row:
            return None
        try:
            return int(row[0])
        except ValueError:
            raise StoreError(f"schema version {row[0]!r} is not a number: not a kb database") from None

    def _check_version(self) -> None:
        with self.engine.connect() as conn:
            version = self._stored_version(conn)
        if version is None:
            raise StoreError(f"{self.url}: not a kb database (no schema version)")
        if version > SCHEMA_VERSION:
            raise SchemaVersionError(
                f"database schema version {version} is newer than this kb supports ({SCHEMA_VERSION}); "
                "upgrade kb or use another --db"
            )
        if version < SCHEMA_VERSION:
            raise SchemaVersionError(
                f"database schema version {version} is older than {SCHEMA_VERSION} and cannot be migrated; rebuild it"
            )

    # ------------------------------------------------------------------ runs
    def start_run(self, command: str, pipeline: str) -> int:
        from kb import __version__

        with self.engine.begin() as conn:
            result = conn.execute(_T["run"].insert().values(
                command=command, kb_version=__version__, pipeline=pipeline,
                started_at=dt.datetime.now(dt.timezone.utc),
            ))
            return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, *, papers_read: int, papers_new: int, rejects: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(_T["run"].update().where(_T["run"].c.id == run_id).values(
                finished_at=dt.datetime.now(dt.timezone.utc),
                papers_read=papers_read, papers_new=papers_new, rejects=rejects,
            ))

    # ------------------------------------------------------------------ writes
    def needs_extraction(self, papers: Sequence[Paper]) -> list[bool]:
        """For each paper: is it new, or has its text changed at the same source (path and line)?

        A second copy of a stored paper read elsewhere only merges metadata: its text may
        differ (another page's abstract), and the stored offsets point into the first copy.
        """
        ids = list({p.id for p in papers})
        stored: dict[str, tuple[str, str, int]] = {}
        with self._reading() as conn:
            for chunk in _chunks(ids, 500):
                table = _T["paper"]
                rows = conn.execute(select(table.c.id, table.c.content_hash, table.c.source_path,
                                           table.c.source_line).where(table.c.id.in_(chunk)))
                stored.update({r[0]: (r[1], r[2], r[3]) for r in rows})
        result = []
        for p in papers:
            if p.id not in stored:
                result.append(True)
            else:
                old_hash, old_path, old_line = stored[p.id]
                result.append(old_hash != content_hash(p.title, p.abstract)
                              and (old_path, old_line) == (p.source.path, p.source.line))
        return result

    def stored_texts(self, papers: Sequence[Paper]) -> dict[str, tuple[str | None, str]]:
        """The stored title and abstract of those of these papers that are stored, by id:
        the text their stored mention and claim offsets point into."""
        ids = list({p.id for p in papers})
        table = _T["paper"]
        found: dict[str, tuple[str | None, str]] = {}
        with self._reading() as conn:
            for chunk in _chunks(ids, 500):
                rows = conn.execute(select(table.c.id, table.c.title, table.c.abstract).where(table.c.id.in_(chunk)))
                found.update({r[0]: (r[1], r[2]) for r in rows})
        return found

    def known_sources(self, papers: Sequence[Paper]) -> set[tuple[str, str, int]]:
        """The ``(paper id, path, line)`` of these papers that are stored already."""
        ids = list({p.id for p in papers})
        table = _T["paper_source"]
        found: set[tuple[str, str, int]] = set()
        with self._reading() as conn:
            for chunk in _chunks(ids, 500):
                rows = conn.execute(select(table.c.paper_id, table.c.path, table.c.line)
                                    .where(table.c.paper_id.in_(chunk)))
                found.update((r[0], r[1], r[2]) for r in rows)
        return found

    @staticmethod
    def extracted_first(papers: Iterable[Paper], extracted: Iterable[bool]) -> list[Paper]:
        """``papers`` with the extracted ones first, each group in its order: the order
        :meth:`write_batch` needs when a batch holds an extracted copy of a paper after
        another copy of it (one read from another source)."""
        pairs = list(zip(papers, extracted, strict=True))
        return [p for p, flag in pairs if flag] + [p for p, flag in pairs if not flag]

    def write_batch(
        self,
        papers: Sequence[Paper],
        extractions: dict[str, Extraction],
        rejects: Sequence[Reject] = (),
        run_id: int | None = None,
    ) -> None:
        """Store papers (merging copies), their extraction results and rejects, atomically.

        A paper whose id is in ``extractions`` has its mentions and claims replaced;
        the others only contribute metadata a stored copy lacks. Of several copies of one
        paper in ``papers``, the first gives the stored text, so the copy that was extracted
        must come first (:func:`extracted_first`): the mention offsets point into its text.
        """
        with self.engine.begin() as conn:
            self._write(conn, papers, extractions, rejects, run_id)

    def _write(self, conn: Connection, papers: Sequence[Paper], extractions: dict[str, Extraction],
               rejects: Sequence[Reject], run_id: int | None) -> None:
        d = self.dialect
        paper_rows, source_rows, author_rows, pa_rows = {}, [], {}, []
        for p in papers:
            row = p.model_dump(exclude={"authors", "affiliations", "source"})
            row.update(
                affiliations=json.dumps(p.affiliations, ensure_ascii=False),
                source_path=p.source.path, source_line=p.source.line, source_format=p.source.format,
                content_hash=content_hash(p.title, p.abstract), run_id=run_id,
            )
            if p.id in paper_rows:  # a second copy in the same batch fills gaps
                first = paper_rows[p.id]
                for col in _MERGEABLE:
                    if first[col] is None:
                        first[col] = row[col]
            else:
                paper_rows[p.id] = row
            source_rows.append({"paper_id": p.id, "path": p.source.path, "line": p.source.line,
                                "format": p.source.format})
            for position, author in enumerate(p.authors):
                aid = author_id(author.name)
                author_rows.setdefault(aid, {"id": aid, "name": author.name})
                pa_rows.append({"paper_id": p.id, "position": position, "author_id": aid,
                                "affiliation": author.affiliation})
        if paper_rows:
            # In key order, as authors and entities below: on PostgreSQL, writers of overlapping
            # batches then queue on the first paper they share instead of deadlocking.
            rows = [paper_rows[k] for k in sorted(paper_rows)]
            changed = [pid for pid in extractions if pid in paper_rows]
            table = _T["paper"]
            stmt = _insert(d, table)
            excluded = stmt.excluded
            merge = {col: func.coalesce(table.c[col], excluded[col]) for col in _MERGEABLE}
            conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=merge), rows)
            if changed:
                # Text updates of a record re-read from the same source: one executemany,
                # not one statement (on a server, one round trip) per paper.
                update = table.update().where(table.c.id == bindparam("key")).values(
                    title=bindparam("new_title"), abstract=bindparam("new_abstract"),
                    content_hash=bindparam("new_hash"))
                conn.execute(update, [{"key": pid, "new_title": paper_rows[pid]["title"],
                                       "new_abstract": paper_rows[pid]["abstract"],
                                       "new_hash": paper_rows[pid]["content_hash"]} for pid in changed])
        if author_rows:
            # Key order: concurrent writers (kb.distributed) then lock shared rows in the
            # same order, so PostgreSQL never has to break a deadlock between them.
            conn.execute(_insert_ignore(d, _T["author"], ["id"]), [author_rows[k] for k in sorted(author_rows)])
        if pa_rows:
            conn.execute(_insert_ignore(d, _T["paper_author"], ["paper_id", "position"]), pa_rows)
        if source_rows:
            conn.execute(_insert_ignore(d, _T["paper_source"], ["paper_id", "path", "line"]), source_rows)
        if extractions:
            self._write_extractions(conn, extractions, run_id)
        if rejects:
            rows = [{**r.model_dump(), "run_id": run_id} for r in rejects]
            conn.execute(_insert_ignore(d, _T["reject"], ["path", "line", "reason"]), rows)

    def _write_extractions(self, conn: Connection, extractions: dict[str, Extraction], run_id: int | None) -> None:
        ids = list(extractions)
        mention = _T["mention"]
        #: entities the replaced mentions named: those no paper names any more are dropped
        previous: set[str] = set()
        for chunk in _chunks(ids, 500):
            previous.update(conn.execute(select(mention.c.entity_id).where(mention.c.paper_id.in_(chunk))
                                         .distinct()).scalars())
            conn.execute(delete(mention).where(mention.c.paper_id.in_(chunk)))
            conn.execute(delete(_T["claim"]).where(_T["claim"].c.paper_id.in_(chunk)))
        entity_rows: dict[str, dict] = {}
        mention_rows, claim_rows = [], []
        for paper_id, extraction in extractions.items():
            by_name: dict[tuple[str, str], str] = {}
            for entity in extraction.entities:
                row = entity_rows.setdefault(entity.id, {"id": entity.id, "type": entity.type, "name": entity.name})
                row["name"] = min(row["name"], entity.name)
                by_name[(entity.type, entity.name)] = entity.id
                for m in entity.mentions:
                    mention_rows.append({**m.model_dump(), "paper_id": paper_id, "entity_id": entity.id,
                                         "run_id": run_id})
            for c in extraction.claims:
                row = c.model_dump()
                row.update(
                    paper_id=paper_id, run_id=run_id,
                    method_id=by_name.get(("METHOD", c.method)) if c.method else None,
                    dataset_id=by_name.get(("DATASET", c.dataset)) if c.dataset else None,
                    metric_id=by_name.get(("METRIC", c.metric)) if c.metric else None,
                )
                claim_rows.append(row)
        if entity_rows:  # in key order, as the authors above
            rows = [entity_rows[k] for k in sorted(entity_rows)]
            conn.execute(_insert_entities(self.dialect), rows)
        if mention_rows:
            _insert_many(conn, _T["mention"], mention_rows)
        if claim_rows:
            _insert_many(conn, _T["claim"], claim_rows)
        previous.difference_update(entity_rows)
        if previous:
            self._drop_unmentioned(conn, sorted(previous))

    def _drop_unmentioned(self, conn: Connection, entity_ids: list[str]) -> None:
        """Delete those of these entities that no mention names any more (a re-extraction
        replaced the only paper's mentions that did)."""
        entity, mention = _T["entity"], _T["mention"]
        for chunk in _chunks(entity_ids, 500):
            stmt = delete(entity).where(entity.c.id.in_(chunk), ~exists().where(mention.c.entity_id == entity.c.id))
            if self.dialect == "sqlite":  # one writer at a time: nobody can name them meanwhile
                conn.execute(stmt)
                continue
            try:
                with conn.begin_nested():
                    conn.execute(stmt)
            except IntegrityError:
                pass  # a concurrent writer just gave one of them a mention: in use again

    # ------------------------------------------------------------------ reads
    def counts(self) -> dict[str, int]:
        with self._reading() as conn:
            return self._counts(conn)

    @staticmethod
    def _counts(conn: Connection) -> dict[str, int]:
        return {name: conn.execute(select(func.count()).select_from(_T[name])).scalar_one()
                for name in ("paper", "author", "entity", "mention", "claim", "reject", "run")}

    def stats(self) -> dict[str, Any]:
        """Counts plus the breakdowns a user checks after a build (one snapshot)."""
        with self._reading() as conn:
            counts = self._counts(conn)
            by_type = dict(conn.execute(text(
                "SELECT e.type, COUNT(DISTINCT e.id) FROM entity e JOIN mention m ON m.entity_id = e.id GROUP BY e.type"
            )).all())
            by_kind = dict(conn.execute(text("SELECT kind, COUNT(*) FROM claim GROUP BY kind")).all())
            by_format = dict(conn.execute(text(
                "SELECT source_format, COUNT(*) FROM paper GROUP BY source_format")).all())
        return {**counts, "entities_by_type": by_type, "claims_by_kind": by_kind,
                "papers_by_format": by_format}

    def rejects(self) -> list[dict[str, Any]]:
        with self._reading() as conn:
            rows = conn.execute(select(_T["reject"]).order_by(_T["reject"].c.id)).mappings().all()
        return [dict(r) for r in rows]

    def iter_papers(self, *, min_confidence: float = 0.0, page_size: int = 500) -> Iterator[dict[str, Any]]:
        """Papers in id order, each as the export record of DESIGN.md; streams by pages.

        All pages come from one read transaction: an export made during an ingest is the
        database as it was between two of the ingest's batches, never a mix.
        """
        last = ""
        pt, at, pat = _T["paper"], _T["author"], _T["paper_author"]
        mt, et, ct = _T["mention"], _T["entity"], _T["claim"]
        with self._reading() as conn:
            while True:
                papers = conn.execute(select(pt).where(pt.c.id > last).order_by(pt.c.id).limit(page_size)).mappings().all()
                if not papers:
                    return
                ids = [p["id"] for p in papers]
                authors = defaultdict(list)
                for row in conn.execute(select(pat.c.paper_id, at.c.name, pat.c.affiliation)
                                        .join(at, at.c.id == pat.c.author_id)
                                        .where(pat.c.paper_id.in_(ids)).order_by(pat.c.paper_id, pat.c.position)):
                    authors[row[0]].append((row[1], row[2]))
                sources = defaultdict(list)
                for row in conn.execute(select(_T["paper_source"]).where(_T["paper_source"].c.paper_id.in_(ids))
                                        .order_by(_T["paper_source"].c.path, _T["paper_source"].c.line)).mappings():
                    sources[row["paper_id"]].append({"path": row["path"], "line": row["line"], "format": row["format"]})
                mentions: dict[str, dict[str, dict]] = defaultdict(dict)
                for row in conn.execute(
                    select(mt, et.c.type, et.c.name).join(et, et.c.id == mt.c.entity_id)
                    .where(mt.c.paper_id.in_(ids), mt.c.confidence >= min_confidence)
                    .order_by(mt.c.paper_id, mt.c.field.desc(), mt.c.start, mt.c.id)
                ).mappings():
                    ent = mentions[row["paper_id"]].setdefault(
                        row["entity_id"], {"id": row["entity_id"], "type": row["type"], "name": row["name"], "mentions": []})
                    ent["mentions"].append({k: row[k] for k in ("text", "field", "start", "end", "confidence", "extractor")})
                # A linked claim shows its entity's name: an entity that several papers share
                # keeps the name it was first stored under, which another paper may spell otherwise.
                linked = {field: et.alias(f"{field}_entity") for field in ("method", "dataset", "metric")}
                query = select(ct, *(func.coalesce(e.c.name, ct.c[field]).label(f"{field}_name")
                                     for field, e in linked.items()))
                joined = ct
                for field, e in linked.items():
                    joined = joined.outerjoin(e, e.c.id == ct.c[f"{field}_id"])
                claims = defaultdict(list)
                for row in conn.execute(query.select_from(joined)
                                        .where(ct.c.paper_id.in_(ids), ct.c.confidence >= min_confidence)
                                        .order_by(ct.c.paper_id, ct.c.start, ct.c.id)).mappings():
                    claims[row["paper_id"]].append({
                        "kind": row["kind"], "method": row["method_name"], "dataset": row["dataset_name"],
                        "metric": row["metric_name"], **{k: row[k] for k in (
                            "value", "unit", "baseline", "text", "start", "end", "confidence", "extractor")}})
                for p in papers:
                    yield _export_record(p, authors[p["id"]], sources[p["id"]],
                                         list(mentions[p["id"]].values()), claims[p["id"]])
                last = ids[-1]


def _export_record(p: Any, authors: list[tuple[str, str | None]], sources: list[dict],
                   entities: list[dict], claims: list[dict]) -> dict[str, Any]:
    date = p["date"]
    return {
        "id": p["id"],
        "title": p["title"],
        "abstract": p["abstract"],
        "authors": [name for name, _ in authors],
        "venue": p["venue"],
        "year": p["year"],
        "date": date.isoformat() if hasattr(date, "isoformat") else date,
        "month": p["month"],
        "day": p["day"],
        "category": p["category"],
        "has_code": p["has_code"],
        "upvotes": p["upvotes"],
        "affiliations": json.loads(p["affiliations"] or "[]"),
        "doi": p["doi"],
        "arxiv_id": p["arxiv_id"],
        "url": p["url"],
        "source": {"path": p["source_path"], "line": p["source_line"], "format": p["source_format"]},
        "sources": sources,
        "entities": sorted(entities, key=lambda e: (e["type"], e["name"])),
        "claims": claims,
    }


# ---------------------------------------------------------------------- helpers
def _insert(dialect: str, table: Any) -> Any:
    if dialect == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def _insert_ignore(dialect: str, table: Any, keys: list[str]) -> Any:
    """INSERT that leaves an existing row with the same key untouched (run with executemany)."""
    return _insert(dialect, table).on_conflict_do_nothing(index_elements=keys)


def _insert_entities(dialect: str) -> Any:
    """INSERT entities; an entity already stored keeps the least of the names papers gave it
    (in code-point order, "Graph Attention Network" before "graph attention network"), so
    that its name does not depend on the order in which papers were ingested."""
    table = _T["entity"]
    stmt = _insert(dialect, table)
    collation = "C" if dialect == "postgresql" else "BINARY"
    return stmt.on_conflict_do_update(
        index_elements=["id"], set_={"name": stmt.excluded.name},
        where=collate(stmt.excluded.name, collation) < collate(table.c.name, collation))


def _insert_many(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """INSERT rows whose ``id`` the database assigns: executemany, or COPY on psycopg.

    Mentions and claims are most of what an ingest writes. On PostgreSQL, psycopg's
    ``COPY ... FROM STDIN`` stores them in about 60% of the time of pipelined INSERTs
    (20k papers: 8.7 s against 14.6 s), and multi-row VALUES are slower still. COPY
    runs on the transaction's own connection, so the batch stays atomic, and it writes
    rows in list order, so ids increase within a paper exactly as with INSERTs.
    """
    if conn.dialect.name != "postgresql" or conn.dialect.driver != "psycopg":
        conn.execute(table.insert(), rows)
        return
    columns = [c.name for c in table.columns if c.name != "id"]
    quote = conn.dialect.identifier_preparer.quote
    sql = f"COPY {quote(table.name)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
    dbapi = conn.dialect.loaded_dbapi
    try:
        with conn.connection.driver_connection.cursor() as cursor, cursor.copy(sql) as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row([row.get(c) for c in columns])
    except dbapi.Error as exc:  # raised as SQLAlchemy raises it for an INSERT (IntegrityError, ...)
        raise DBAPIError.instance(sql, None, exc, dbapi.Error, dialect=conn.dialect) from exc


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _create_views(conn: Connection) -> None:
    sql_dir = Path(__file__).parent.parent / "sql"
    for path in sorted(sql_dir.glob("*.sql")):
        for statement in path.read_text(encoding="utf-8").split(";\n"):
            if statement.strip():
                if conn.dialect.name == "postgresql":  # the files are written for SQLite
                    statement = statement.replace("CREATE VIEW IF NOT EXISTS", "CREATE OR REPLACE VIEW")
                conn.exec_driver_sql(statement)

