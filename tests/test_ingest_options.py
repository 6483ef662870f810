"""``kb ingest --since DATE`` (daily feeds) and ``--reextract`` (after the pipeline changed),
through typer's CliRunner, on SQLite; the Dask and PostgreSQL paths at the end."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from kb.cli import app
from kb.ingest import older_than
from schema.models import Paper, Provenance


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def ingest(runner, db, *paths, extra=()):
    return runner.invoke(app, ["ingest", *map(str, paths), "--db", str(db), "--no-ner", *extra])


def sql(runner, db, query: str) -> list[dict]:
    result = runner.invoke(app, ["sql", query, "--format", "json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def sparql_count(runner, db, pattern: str) -> int:
    result = runner.invoke(app, ["sparql", f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}", "--format", "json",
                                 "--db", str(db)])
    assert result.exit_code == 0, result.output
    return int(json.loads(result.stdout)["results"]["bindings"][0]["n"]["value"])


def rows(db: Path, query: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


# ---------------------------------------------------------------------- --since
DAY1 = [
    {"title": "FooNet for Reading Comprehension", "abstract": "We propose FooNet. FooNet reaches 88.5 F1 on SQuAD 1.1.",
     "date": "2024-05-01", "doi": "10.1/day1-a"},
    {"title": "BERT on MNLI", "abstract": "BERT reaches 90.1 accuracy on MNLI.", "date": "2024-05-01",
     "doi": "10.1/day1-b"},
]
NEW = [
    {"title": "BarNet for Translation", "abstract": "BarNet improves BLEU by 2.1 points over the Transformer on WMT14.",
     "date": "2024-05-02", "doi": "10.1/day2-a"},
    {"title": "Only a Year", "abstract": "We evaluate ResNet-50 on ImageNet and reach 76.1% top-1 accuracy.",
     "year": 2024, "doi": "10.1/day2-year"},
    {"title": "This Month", "abstract": "We evaluate ViT on CIFAR-10.", "year": 2024, "month": 5,
     "doi": "10.1/day2-month"},
    {"title": "No Date", "abstract": "We evaluate GPT-2 on WikiText-103.", "doi": "10.1/day2-nodate"},
]
OLD = [
    {"title": "An Old One", "abstract": "We evaluate LSTM on Penn Treebank.", "date": "2024-04-30",
     "doi": "10.1/day2-old"},
    {"title": "Last Year", "abstract": "We evaluate SVM on MNIST.", "year": 2023, "doi": "10.1/day2-lastyear"},
    {"title": "Last Month", "abstract": "We evaluate CNN on SVHN.", "year": 2024, "month": 4,
     "doi": "10.1/day2-lastmonth"},
]


def record_ids(db: Path) -> dict[str, tuple]:
    """What a rebuild would change: each paper's run and the ids of its mentions and claims."""
    out = {}
    for pid, run in rows(db, "SELECT id, run_id FROM paper"):
        mentions = tuple(r[0] for r in rows(db, f"SELECT id FROM mention WHERE paper_id = '{pid}' ORDER BY id"))
        claims = tuple(r[0] for r in rows(db, f"SELECT id FROM claim WHERE paper_id = '{pid}' ORDER BY id"))
        out[pid] = (run, mentions, claims)
    return out


def test_since_adds_only_the_new_records_of_a_daily_feed(runner, tmp_path):
    db = tmp_path / "kb.db"
    day1 = write_jsonl(tmp_path / "day1.jsonl", DAY1)
    assert ingest(runner, db, day1).exit_code == 0
    before = record_ids(db)
    assert len(before) == 2 and all(mentions for _, mentions, _ in before.values())
    # day 2 repeats a day-1 record, adds four new ones and three older ones
    day2 = write_jsonl(tmp_path / "day2.jsonl", [DAY1[0], OLD[0], *NEW, *OLD[1:]])
    result = ingest(runner, db, day2, extra=["--since", "2024-05-02"])
    assert result.exit_code == 0, result.output
    assert "8 records read, 4 papers extracted, 4 older than --since skipped, 0 rejected" in result.stderr

    titles = {r["title"] for r in sql(runner, db, "SELECT title FROM paper")}
    assert titles == {r["title"] for r in DAY1 + NEW}
    assert sql(runner, db, "SELECT COUNT(*) AS n FROM paper") == [{"n": 6}]
    assert sparql_count(runner, db, "?p a schema:ScholarlyArticle") == 6
    assert sparql_count(runner, db, '?p dcterms:title "An Old One"') == 0
    # nothing rebuilt: the day-1 papers keep their rows, run and mention/claim ids
    after = record_ids(db)
    assert {pid: after[pid] for pid in before} == before
    # the skipped day-1 copy was not even recorded as a source
    assert rows(db, f"SELECT COUNT(*) FROM paper_source WHERE path = '{day2}'") == [(4,)]
    assert rows(db, "SELECT command, papers_read, papers_new FROM run ORDER BY id") == [
        ("ingest", 2, 2), ("ingest --since 2024-05-02", 8, 4)]
    # the same feed again: nothing new, nothing changed
    result = ingest(runner, db, day2, extra=["--since", "2024-05-02"])
    assert "0 papers extracted, 4 older than --since skipped" in result.stderr
    assert record_ids(db) == after


def test_older_than_compares_what_the_record_has():
    since = dt.date(2024, 5, 2)

    def paper(**fields) -> Paper:
        return Paper(title="t", abstract="a", source=Provenance(path="x", line=1, format="jsonl"), **fields)

    assert older_than(paper(date=dt.date(2024, 5, 1)), since)
    assert not older_than(paper(date=dt.date(2024, 5, 2)), since)  # on the day counts
    assert not older_than(paper(year=2024), since)  # by year
    assert older_than(paper(year=2023), since)
    assert not older_than(paper(year=2024, month=5), since)  # by month
    assert older_than(paper(year=2024, month=4), since)
    assert not older_than(paper(), since)  # no date: kept
    assert not older_than(paper(month=1, day=1), since)  # a day without a year: kept


@pytest.mark.parametrize("value", ["2024-5-2", "yesterday", "2024-02-30", "2024-05-02T10:00", "20240502", ""])
def test_an_invalid_since_is_a_one_line_usage_error(runner, tmp_path, value):
    db = tmp_path / "kb.db"
    day1 = write_jsonl(tmp_path / "day1.jsonl", DAY1)
    result = ingest(runner, db, day1, extra=["--since", value])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "--since" in result.stderr and "YYYY-MM-DD" in result.stderr
    assert not db.exists()


def test_build_shares_since(runner, tmp_path):
    db = tmp_path / "kb.db"
    feed = write_jsonl(tmp_path / "feed.jsonl", [*OLD, *NEW])
    result = runner.invoke(app, ["build", str(feed), "--db", str(db), "--out-dir", str(tmp_path / "out"),
                                 "--no-ner", "--since", "2024-05-02"])
    assert result.exit_code == 0, result.output
    assert "3 older than --since skipped" in result.stderr
    exported = json.loads((tmp_path / "out" / "kb.json").read_text(encoding="utf-8"))
    assert {r["title"] for r in exported} == {r["title"] for r in NEW}
