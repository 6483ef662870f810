"""The SQLite store: pragmas, batching, merging, idempotence, atomic batches, versions."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kb.errors import SchemaVersionError, StoreError
from kb.store import SCHEMA_VERSION, Store
from schema.models import Author, Claim, Entity, Extraction, Mention, Paper, Provenance, Reject


def paper(title: str = "Sharp Minima", abstract: str = "We propose SAM. It reaches 88.5 F1.", path: str = "a.jsonl",
          line: int = 1, **fields) -> Paper:
    return Paper(title=title, abstract=abstract, source=Provenance(path=path, line=line, format="jsonl"), **fields)


def extraction() -> Extraction:
    return Extraction(
        entities=[Entity(id="e-sam", type="METHOD", name="SAM", mentions=[
            Mention(text="SAM", field="abstract", start=11, end=14, confidence=0.9, extractor="lexicon")])],
        claims=[Claim(kind="score", method="SAM", metric="F1", value=88.5, text="It reaches 88.5 F1.",
                      start=16, end=35, confidence=0.8)],
    )


def test_file_database_uses_wal_foreign_keys_and_busy_timeout(tmp_path):
    store = Store(tmp_path / "kb.db")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000


def test_a_database_reported_locked_while_opening_is_retried(tmp_path, monkeypatch):
    # another process switching a new file to WAL can make SQLite fail at once instead of
    # waiting on the busy timeout; opening retries instead of giving up
    from sqlalchemy.exc import OperationalError

    real_create, calls = Store._create, []

    def flaky_create(self):
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked"))
        real_create(self)

    monkeypatch.setattr(Store, "_create", flaky_create)
    store = Store(tmp_path / "kb.db")
    assert len(calls) == 3 and store.stats()["paper"] == 0


def test_a_file_that_is_no_database_is_a_clear_error_without_retrying(tmp_path):
    path = tmp_path / "kb.db"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store(path)


def test_tables_exist_with_version(tmp_path):
    Store(tmp_path / "kb.db")
    conn = sqlite3.connect(tmp_path / "kb.db")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"paper", "author", "paper_author", "entity", "mention", "claim", "reject"} <= names
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (str(SCHEMA_VERSION),)


def test_write_is_idempotent(memory_store):
    p = paper(authors=[Author(name="Ada Lovelace"), Author(name="Alan Turing")])
    for _ in range(2):
        memory_store.write_batch([p], {p.id: extraction()}, [Reject(path="a.jsonl", line=7, reason="invalid JSON")])
    counts = memory_store.counts()
    assert (counts["paper"], counts["author"], counts["mention"], counts["claim"], counts["reject"]) == (1, 2, 1, 1, 1)
    [record] = memory_store.iter_papers()
    assert record["authors"] == ["Ada Lovelace", "Alan Turing"]


def test_second_copy_fills_gaps_but_never_overwrites(memory_store):
    first = paper(venue="ACL", path="page1.txt")
    second = paper(venue="EMNLP", year=2023, path="page2.txt", line=40)
    assert first.id == second.id
    memory_store.write_batch([first], {first.id: extraction()})
    memory_store.write_batch([second], {})
    [record] = memory_store.iter_papers()
    assert record["venue"] == "ACL" and record["year"] == 2023
    assert [s["path"] for s in record["sources"]] == ["page1.txt", "page2.txt"]
    assert len(record["entities"]) == 1  # metadata-only merge keeps the extraction


def test_needs_extraction_only_for_new_or_changed_text(memory_store):
    p = paper()
    assert memory_store.needs_extraction([p]) == [True]
    memory_store.write_batch([p], {p.id: extraction()})
    assert memory_store.needs_extraction([p]) == [False]
    edited = paper(doi="10.1/x", abstract="New text.")
    memory_store.write_batch([edited], {edited.id: Extraction()})
    changed = paper(doi="10.1/x", abstract="Newer text.")
    assert memory_store.needs_extraction([changed]) == [True]
    # another copy elsewhere in the file only merges: offsets stay on the stored text
    elsewhere = paper(doi="10.1/x", abstract="Other text.", line=9)
    assert memory_store.needs_extraction([elsewhere]) == [False]


def test_a_failing_batch_stores_nothing(memory_store):
    good = paper(title="Good one")
    orphan = paper(title="Never written")
    with pytest.raises(IntegrityError):
        # the orphan's mentions reference a paper not in the batch: the whole batch must roll back
        memory_store.write_batch([good], {good.id: extraction(), orphan.id: extraction()})
    assert memory_store.counts()["paper"] == 0


def test_newer_database_is_refused(tmp_path):
    store = Store(tmp_path / "kb.db")
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE meta SET value = :v WHERE key = 'schema_version'"), {"v": str(SCHEMA_VERSION + 1)})
    with pytest.raises(SchemaVersionError, match="newer"):
        Store(tmp_path / "kb.db")


def test_missing_database_for_reading_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "absent.db", readonly=True)


def test_readonly_store_cannot_write(tmp_path):
    Store(tmp_path / "kb.db").write_batch([paper()], {})
    ro = Store(tmp_path / "kb.db", readonly=True)
    with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
        ro.write_batch([paper(title="Other")], {})
    assert ro.counts()["paper"] == 1


def test_export_record_follows_contract(memory_store):
    p = paper(year=2021, month=3, day=4, doi="10.18653/v1/x")
    memory_store.write_batch([p], {p.id: extraction()})
    [record] = memory_store.iter_papers()
    for key in ("id", "title", "abstract", "authors", "venue", "year", "date", "source", "entities", "claims"):
        assert key in record
    assert record["date"] == "2021-03-04"
    assert record["source"] == {"path": "a.jsonl", "line": 1, "format": "jsonl"}
    [entity] = record["entities"]
    mention = entity["mentions"][0]
    assert record[mention["field"]][mention["start"]:mention["end"]] == mention["text"]
    [claim] = record["claims"]
    assert record["abstract"][claim["start"]:claim["end"]] == claim["text"]
    assert isinstance(claim["value"], float)


def test_min_confidence_filters(memory_store):
    p = paper()
    memory_store.write_batch([p], {p.id: extraction()})
    [record] = memory_store.iter_papers(min_confidence=0.95)
    assert record["entities"] == [] and record["claims"] == []


def test_stored_texts_are_the_first_copy_s(memory_store):
    first = paper(doi="10.1/x", abstract="Stored text.")
    memory_store.write_batch([first], {first.id: Extraction()})
    elsewhere = paper(doi="10.1/x", abstract="Other text.", path="b.jsonl")
    memory_store.write_batch([elsewhere], {})
    new = paper(title="Not stored")
    assert memory_store.stored_texts([elsewhere, new]) == {first.id: ("Sharp Minima", "Stored text.")}


def test_an_exported_claim_names_its_entity_as_the_entities_of_its_paper_do(memory_store):
    # two papers spell one shared entity differently; the entity keeps the least spelling
    first, second = paper(title="A"), paper(title="B", abstract="We propose Sam. It reaches 88.5 F1.")
    later = extraction()
    later.entities[0].name = later.claims[0].method = "Sam"
    later.claims[0].dataset = "SQuAD"  # named by no entity: shown as written
    memory_store.write_batch([first], {first.id: extraction()})
    memory_store.write_batch([second], {second.id: later})
    record = next(r for r in memory_store.iter_papers() if r["title"] == "B")
    [entity], [claim] = record["entities"], record["claims"]
    assert entity["name"] == claim["method"] == "SAM"
    assert (claim["dataset"], claim["metric"]) == ("SQuAD", "F1")


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_an_entity_s_name_does_not_depend_on_the_order_papers_came_in(memory_store, order, one_batch):
    papers = [paper(title="A"), paper(title="B", abstract="We propose Sam. It reaches 88.5 F1.")]
    extractions = [extraction(), extraction()]
    extractions[1].entities[0].name = extractions[1].claims[0].method = "Sam"
    batches = [order] if one_batch else [(i,) for i in order]
    for batch in batches:
        memory_store.write_batch([papers[i] for i in batch], {papers[i].id: extractions[i] for i in batch})
    with memory_store.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM entity")).scalars().all() == ["SAM"]
