"""``kb check``: is the knowledge base whole? ``kb check --repair``: make it so.

Checks, each reported as one line:

* SQLite's own ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``;
* every paper has at least one row in ``paper_source`` (where it was read);
* every mention's text is its paper's ``title``/``abstract`` at ``[start:end]``, and every
  claim's text is the abstract at ``[start:end]``;
* no mention is stored twice (same paper, field, span and entity);
* the SPARQL store next to the database (``<db>.oxigraph``), when there is one, holds
  exactly the database's papers (:func:`kb.sparql.rdf_paper_ids`).

An ingest writes each batch in one transaction, so a crash or ``kill -9`` leaves none of
these problems behind; ``kb check`` is how a user confirms that, and how damage done by
other tools (or by disks) is found.

>>> from kb.store import Store
>>> check(Store(":memory:"))
[]
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection

from kb.store import Store

#: problems listed per kind before "... and N more"
SHOW = 5

_NO_SOURCE = """
    SELECT p.id FROM paper p
    WHERE NOT EXISTS (SELECT 1 FROM paper_source s WHERE s.paper_id = p.id) ORDER BY p.id"""
_BAD_MENTIONS = """
    SELECT m.id, m.paper_id, m.field, m.start, m."end", m.text FROM mention m JOIN paper p ON p.id = m.paper_id
    WHERE m."end" <= m.start OR m.text <> COALESCE(substr(CASE m.field WHEN 'title' THEN p.title ELSE p.abstract END,
                                                      m.start + 1, m."end" - m.start), '')
    ORDER BY m.paper_id, m.id"""
_BAD_CLAIMS = """
    SELECT c.id, c.paper_id, c.start, c."end", c.text FROM claim c JOIN paper p ON p.id = c.paper_id
    WHERE c."end" <= c.start OR c.text <> COALESCE(substr(p.abstract, c.start + 1, c."end" - c.start), '')
    ORDER BY c.paper_id, c.id"""
_DUPLICATE_MENTIONS = """
    SELECT paper_id, field, start, "end", entity_id, COUNT(*), MIN(id) FROM mention
    GROUP BY paper_id, field, start, "end", entity_id HAVING COUNT(*) > 1 ORDER BY paper_id"""


def _listed(what: str, items: list[str]) -> list[str]:
    shown = [f"{what}: {item}" for item in items[:SHOW]]
    if len(items) > SHOW:
        shown.append(f"{what}: ... and {len(items) - SHOW} more")
    return shown


def _sqlite_checks(conn: Connection) -> list[str]:
    problems = []
    rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
    if rows != ["ok"]:
        problems += _listed("integrity", rows)
    fk = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    problems += _listed("foreign key", [f"{r[0]} row {r[1]} refers to a missing {r[2]}" for r in fk])
    return problems


def _table_checks(conn: Connection) -> list[str]:
    problems = []
    problems += _listed("paper without source", [r[0] for r in conn.execute(text(_NO_SOURCE))])
    problems += _listed("mention text differs from the paper", [
        f"mention {r[0]} of paper {r[1]}: {r[2]}[{r[3]}:{r[4]}] is not {r[5]!r}"
        for r in conn.execute(text(_BAD_MENTIONS))])
    problems += _listed("claim text differs from the abstract", [
        f"claim {r[0]} of paper {r[1]}: abstract[{r[2]}:{r[3]}] is not {r[4]!r}"
        for r in conn.execute(text(_BAD_CLAIMS))])
    problems += _listed("duplicate mention", [
        f"paper {r[0]} {r[1]}[{r[2]}:{r[3]}] entity {r[4]} stored {r[5]} times"
        for r in conn.execute(text(_DUPLICATE_MENTIONS))])
    return problems


# ---------------------------------------------------------------------- the SPARQL store
def _rdf_store_path(store: Store) -> Path | None:
    """``<db>.oxigraph`` when kb.sparql is installed and the store exists."""
    try:
        from kb.sparql import rdf_store_path
    except ImportError:  # the SPARQL side is optional
        return None
    path = rdf_store_path(store)
    return path if path is not None and path.exists() else None


def _db_paper_ids(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute(text("SELECT id FROM paper"))}


def _rdf_checks(store: Store, db_ids: set[str]) -> list[str]:
    path = _rdf_store_path(store)
    if path is None:
        return []
    from kb.sparql import rdf_paper_ids

    try:
        rdf_ids = rdf_paper_ids(path)
    except OSError as exc:
        return [f"SPARQL store: cannot open {path}: {exc}"]
    problems = []
    missing, extra = sorted(db_ids - rdf_ids), sorted(rdf_ids - db_ids)
    if missing:
        problems.append(f"SPARQL store: {len(missing)} of {len(db_ids)} papers are missing from {path} "
                        f"(e.g. {', '.join(missing[:3])})")
    if extra:
        problems.append(f"SPARQL store: {len(extra)} papers in {path} are not in the database "
                        f"(e.g. {', '.join(extra[:3])})")
    return problems


# ---------------------------------------------------------------------- entry points
def check(store: Store) -> list[str]:
    """Every problem found, one line each; empty when the knowledge base is whole."""
    with store._reading() as conn:
        problems = _sqlite_checks(conn) if store.dialect == "sqlite" else []
        problems += _table_checks(conn)
        db_ids = _db_paper_ids(conn)
    problems += _rdf_checks(store, db_ids)
    return problems


def repair(store: Store) -> list[str]:
    """Fix what can be fixed without the input files; returns what was done, one line each.

    * an index that ``integrity_check`` finds wrong is rebuilt (``REINDEX``);
    * rows whose paper (or other parent) is gone are deleted;
    * a paper without a ``paper_source`` row gets one from its own ``source_*`` columns;
    * duplicate mentions are reduced to one;
    * mentions and claims whose text is not at their offsets are deleted and their paper's
      content hash cleared, so the next ``kb ingest`` of its file extracts it again;
    * a SPARQL store out of step with the database is rebuilt from it.

    Damage to table pages themselves cannot be repaired here: restore a backup or rebuild.
    """
    if store.readonly:
        raise ValueError("repair needs a writable store")
    done: list[str] = []
    with store.engine.begin() as conn:
        if store.dialect == "sqlite":
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
            if rows != ["ok"]:
                conn.exec_driver_sql("REINDEX")
                done.append("rebuilt every index (REINDEX)")
            orphans = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            for table, rowid, parent, _ in orphans:
                conn.exec_driver_sql(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
            if orphans:
                done.append(f"deleted {len(orphans)} rows whose parent row is missing")
        result = conn.execute(text(
            "INSERT INTO paper_source (paper_id, path, line, format) "
            "SELECT id, source_path, source_line, source_format FROM paper p "
            "WHERE NOT EXISTS (SELECT 1 FROM paper_source s WHERE s.paper_id = p.id)"))
        if result.rowcount:
            done.append(f"added the missing source of {result.rowcount} papers")
        dupes = conn.execute(text(_DUPLICATE_MENTIONS)).all()
        removed = 0
        for paper_id, field, start, end, entity_id, _, keep in dupes:
            removed += conn.execute(text(
                'DELETE FROM mention WHERE paper_id = :p AND field = :f AND start = :s AND "end" = :e '
                "AND entity_id = :en AND id != :keep"),
                {"p": paper_id, "f": field, "s": start, "e": end, "en": entity_id, "keep": keep}).rowcount
        if removed:
            done.append(f"deleted {removed} duplicate mentions")
        bad_mentions = conn.execute(text(_BAD_MENTIONS)).all()
        bad_claims = conn.execute(text(_BAD_CLAIMS)).all()
        papers = sorted({r[1] for r in bad_mentions} | {r[1] for r in bad_claims})
        for row in bad_mentions:
            conn.execute(text("DELETE FROM mention WHERE id = :id"), {"id": row[0]})
        for row in bad_claims:
            conn.execute(text("DELETE FROM claim WHERE id = :id"), {"id": row[0]})
        for paper_id in papers:
            conn.execute(text("UPDATE paper SET content_hash = '' WHERE id = :id"), {"id": paper_id})
        if papers:
            done.append(f"deleted {len(bad_mentions)} mentions and {len(bad_claims)} claims whose text is not at "
                        f"their offsets; `kb ingest` of their files re-extracts these {len(papers)} papers")
        db_ids = _db_paper_ids(conn)
    if _rdf_checks(store, db_ids):
        from kb.sparql import rebuild_rdf

        count = rebuild_rdf(store)  # takes the store's write lock itself
        done.append(f"rebuilt the SPARQL store from the database ({count} papers)")
    return done


__all__ = ["check", "repair"]
