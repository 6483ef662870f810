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


# ---------------------------------------------------------------------- --reextract
PAPERS = [
    {"title": "FlashNorm", "abstract": "We propose FlashNorm, a normalisation layer for Transformers. On WMT14 "
     "English-German it improves BLEU by 1.9 points over the Transformer baseline and reaches 28.4 BLEU, while "
     "cutting memory use by 40%.", "doi": "10.1/flashnorm", "date": "2024-05-02"},
    {"title": "Graph Attention for Relations", "abstract": "We introduce a gated graph attention encoder for "
     "document-level relation extraction and evaluate it on DocRED, where it outperforms previous graph neural "
     "models by 2.1 F1.", "doi": "10.1/gated", "date": "2024-05-01"},
]
OTHERS = [{"title": f"Other Paper {i}", "abstract": f"BERT reaches {80 + i}.5 F1 on SQuAD 1.1 and {70 + i}.2 "
           "accuracy on MNLI.", "doi": f"10.1/other-{i}", "year": 2023} for i in range(10)]


def export_json(runner, db) -> str:
    result = runner.invoke(app, ["export", "--format", "json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.stdout


def corrupt(db: Path, paper_ids: list[str]) -> None:
    """Stale facts, as an older pipeline would have left them: one paper loses its
    mentions, the other gets a mention twice and a wrong claim value."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DELETE FROM mention WHERE paper_id = ?", (paper_ids[0],))
        conn.execute("INSERT INTO mention (paper_id, entity_id, field, start, \"end\", text, confidence, extractor, "
                     "run_id) SELECT paper_id, entity_id, field, start, \"end\", text, confidence, extractor, run_id "
                     "FROM mention WHERE paper_id = ? ORDER BY id LIMIT 1", (paper_ids[1],))
        conn.execute("UPDATE claim SET value = 999 WHERE paper_id = ?", (paper_ids[1],))
    conn.close()


MENTIONS = ("SELECT ?paper ?entity ?start ?end ?confidence WHERE { ?paper a schema:ScholarlyArticle . "
            "?m a oa:Annotation ; oa:hasBody ?entity ; kb:confidence ?confidence ; oa:hasTarget ?t . "
            "?t oa:hasSource ?paper ; oa:hasSelector ?s . ?s oa:start ?start ; oa:end ?end }")
CLAIMS = "SELECT ?c ?kind ?value WHERE { ?c a kb:Claim ; kb:kind ?kind . OPTIONAL { ?c kb:value ?value } }"


def sparql_rows(runner, db, query: str) -> list[tuple]:
    result = runner.invoke(app, ["sparql", query, "--format", "json", "--max-rows", "0", "--db", str(db)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    names = data["head"]["vars"]
    return sorted(tuple(b.get(n, {}).get("value") for n in names) for b in data["results"]["bindings"])


def test_reextract_replaces_stale_facts_of_the_input_papers_only(runner, tmp_path):
    db = tmp_path / "kb.db"
    feed = write_jsonl(tmp_path / "feed.jsonl", PAPERS)
    others = write_jsonl(tmp_path / "others.jsonl", OTHERS)
    assert ingest(runner, db, feed, others).exit_code == 0
    fresh = export_json(runner, db)
    fresh_mentions, fresh_claims = sparql_rows(runner, db, MENTIONS), sparql_rows(runner, db, CLAIMS)
    ids = [r[0] for r in rows(db, f"SELECT paper_id FROM paper_source WHERE path = '{feed}' ORDER BY line")]
    untouched = {pid: v for pid, v in record_ids(db).items() if pid not in ids}
    corrupt(db, ids)
    assert runner.invoke(app, ["rdf-sync", "--db", str(db)]).exit_code == 0  # the SPARQL store holds them too
    stale = export_json(runner, db)
    assert stale != fresh

    # without --reextract an unchanged paper is skipped: the stale facts stay
    result = ingest(runner, db, feed)
    assert "0 papers extracted" in result.stderr
    assert export_json(runner, db) == stale

    result = ingest(runner, db, feed, extra=["--reextract"])
    assert result.exit_code == 0, result.output
    assert "2 records read, 2 papers extracted, 0 rejected" in result.stderr
    assert export_json(runner, db) == fresh  # replaced, nothing duplicated
    assert sparql_rows(runner, db, MENTIONS) == fresh_mentions  # the SPARQL store followed
    assert sparql_rows(runner, db, CLAIMS) == fresh_claims
    assert {pid: v for pid, v in record_ids(db).items() if pid not in ids} == untouched
    assert rows(db, "SELECT command, papers_read, papers_new FROM run ORDER BY id DESC LIMIT 1") == [
        ("ingest --reextract", 2, 2)]
    check = runner.invoke(app, ["check", "--db", str(db)])
    assert check.exit_code == 0, check.output  # among others: no mention twice, SPARQL store in step


def test_reextract_after_the_pipeline_changed_gives_what_a_fresh_ingest_gives(runner, tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", PAPERS)
    db, fresh_db = tmp_path / "kb.db", tmp_path / "fresh.db"
    assert ingest(runner, db, feed).exit_code == 0  # rules only (--no-ner)
    rules_only = export_json(runner, db)
    # the pipeline changes: the trained NER joins in
    result = runner.invoke(app, ["ingest", str(feed), "--db", str(db), "--reextract"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["ingest", str(feed), "--db", str(fresh_db)]).exit_code == 0
    assert export_json(runner, db) == export_json(runner, fresh_db)
    assert export_json(runner, db) != rules_only  # the NER does find more in these abstracts
    assert sparql_rows(runner, db, MENTIONS) == sparql_rows(runner, fresh_db, MENTIONS)
    assert sparql_rows(runner, db, CLAIMS) == sparql_rows(runner, fresh_db, CLAIMS)


def test_reextract_of_a_copy_read_elsewhere_extracts_the_stored_text(runner, tmp_path):
    db = tmp_path / "kb.db"
    first = write_jsonl(tmp_path / "page1.jsonl", PAPERS[:1])
    # the same paper (same DOI) on another page, with a shorter abstract
    other = dict(PAPERS[0], abstract="We propose FlashNorm, a normalisation layer for Transformers.")
    second = write_jsonl(tmp_path / "page2.jsonl", [other])
    assert ingest(runner, db, first).exit_code == 0
    fresh = json.loads(export_json(runner, db))
    corrupt(db, [fresh[0]["id"], fresh[0]["id"]])
    result = ingest(runner, db, second, extra=["--reextract"])
    assert result.exit_code == 0, result.output
    [record] = json.loads(export_json(runner, db))
    assert record["abstract"] == PAPERS[0]["abstract"]  # the stored text stays, offsets point into it
    assert (record["entities"], record["claims"]) == (fresh[0]["entities"], fresh[0]["claims"])
    assert [s["path"] for s in record["sources"]] == [str(first), str(second)]
    assert runner.invoke(app, ["check", "--db", str(db)]).exit_code == 0


def test_a_changed_copy_behind_a_copy_read_elsewhere_keeps_text_and_offsets_together(runner, tmp_path):
    """One write batch: another page's copy of a stored paper, then the paper's own source
    with a new abstract. The new abstract is extracted, so it is the text stored."""
    db = tmp_path / "kb.db"
    own = write_jsonl(tmp_path / "own.jsonl", PAPERS[:1])
    assert ingest(runner, db, own).exit_code == 0
    elsewhere = write_jsonl(tmp_path / "elsewhere.jsonl", [dict(PAPERS[0], abstract="A short note on SVMs.")])
    changed = dict(PAPERS[0], abstract="We evaluate BERT and RoBERTa on SQuAD 2.0 with exact match.")
    write_jsonl(own, [changed])
    result = ingest(runner, db, elsewhere, own)
    assert result.exit_code == 0, result.output
    [record] = json.loads(export_json(runner, db))
    assert record["abstract"] == changed["abstract"]
    names = {e["name"] for e in record["entities"]}
    assert {"BERT", "RoBERTa"} <= names, names
    assert runner.invoke(app, ["check", "--db", str(db)]).exit_code == 0


def test_an_entity_no_paper_names_any_more_is_dropped(runner, tmp_path):
    db = tmp_path / "kb.db"
    source = write_jsonl(tmp_path / "feed.jsonl", PAPERS)
    assert ingest(runner, db, source).exit_code == 0
    assert rows(db, "SELECT COUNT(*) FROM entity WHERE name = 'DocRED'") == [(1,)]
    write_jsonl(source, [PAPERS[0], dict(PAPERS[1], abstract="We study relation extraction on TACRED.")])
    assert ingest(runner, db, source).exit_code == 0
    assert rows(db, "SELECT COUNT(*) FROM entity WHERE name IN ('DocRED', 'TACRED')") == [(1,)]
    assert rows(db, "SELECT COUNT(*) FROM entity e WHERE NOT EXISTS "
                    "(SELECT 1 FROM mention m WHERE m.entity_id = e.id)") == [(0,)]


def test_reextract_with_since_on_a_dask_cluster_matches_one_process(runner, tmp_path):
    pytest.importorskip("distributed", reason="Dask is not installed (pip install -e '.[test]')")
    feed = write_jsonl(tmp_path / "feed.jsonl", [*PAPERS, *OTHERS, *NEW, *OLD])
    dbs = {}
    for name in ("single", "dask"):
        db = dbs[name] = tmp_path / f"{name}.db"
        assert ingest(runner, db, feed).exit_code == 0
        corrupt(db, [r[0] for r in rows(db, "SELECT id FROM paper WHERE doi IN ('10.1/flashnorm', '10.1/gated') "
                                            "ORDER BY doi")])
    single = ingest(runner, dbs["single"], feed, extra=["--reextract", "--since", "2024-05-01"])
    dask = ingest(runner, dbs["dask"], feed, extra=["--reextract", "--since", "2024-05-01", "--workers", "2"])
    for result in (single, dask):
        assert result.exit_code == 0, result.output
        # the two PAPERS and the four NEW re-extracted; OTHERS (2023) and OLD skipped
        assert f"{len(PAPERS + OTHERS + NEW + OLD)} records read, 6 papers extracted, 13 older than --since skipped" \
            in result.stderr
    assert export_json(runner, dbs["dask"]) == export_json(runner, dbs["single"])
    assert rows(dbs["dask"], "SELECT command FROM run ORDER BY id DESC LIMIT 1") == [
        ("ingest --reextract --since 2024-05-01",)]
    for db in dbs.values():
        assert runner.invoke(app, ["check", "--db", str(db)]).exit_code == 0


def test_reextract_and_since_on_postgresql(runner, tmp_path, pg_url):
    from sqlalchemy import create_engine, text

    feed = write_jsonl(tmp_path / "feed.jsonl", PAPERS)
    others = write_jsonl(tmp_path / "others.jsonl", OTHERS)
    assert ingest(runner, pg_url, feed, others).exit_code == 0
    fresh = export_json(runner, pg_url)
    engine = create_engine(pg_url)
    try:
        def facts() -> dict[str, tuple]:
            with engine.connect() as conn:
                return {pid: (tuple(conn.execute(text("SELECT id FROM mention WHERE paper_id = :p ORDER BY id"),
                                                 {"p": pid}).scalars()),
                              tuple(conn.execute(text("SELECT id FROM claim WHERE paper_id = :p ORDER BY id"),
                                                 {"p": pid}).scalars()))
                        for pid in conn.execute(text("SELECT id FROM paper")).scalars()}

        with engine.begin() as conn:
            ids = list(conn.execute(text("SELECT paper_id FROM paper_source WHERE path = :f ORDER BY line"),
                                    {"f": str(feed)}).scalars())
            conn.execute(text("DELETE FROM mention WHERE paper_id = :p"), {"p": ids[0]})
            conn.execute(text("UPDATE claim SET value = 999 WHERE paper_id = :p"), {"p": ids[1]})
        untouched = {pid: v for pid, v in facts().items() if pid not in ids}
        assert export_json(runner, pg_url) != fresh

        result = ingest(runner, pg_url, feed, extra=["--reextract"])
        assert result.exit_code == 0, result.output
        assert "2 papers extracted" in result.stderr
        assert export_json(runner, pg_url) == fresh
        assert {pid: v for pid, v in facts().items() if pid not in ids} == untouched

        day2 = write_jsonl(tmp_path / "day2.jsonl", [*NEW, *OLD])
        result = ingest(runner, pg_url, day2, extra=["--since", "2024-05-02"])
        assert result.exit_code == 0, result.output
        assert f"{len(NEW)} papers extracted, {len(OLD)} older than --since skipped" in result.stderr
        after = facts()
        assert {pid: after[pid] for pid in untouched} == untouched  # nothing rebuilt
        assert len(after) == len(PAPERS + OTHERS + NEW)
        with engine.connect() as conn:
            assert list(conn.execute(text("SELECT command FROM run ORDER BY id")).scalars()) == [
                "ingest", "ingest --reextract", "ingest --since 2024-05-02"]

        # the second feed paper now names TACRED instead of DocRED: DocRED goes
        write_jsonl(feed, [PAPERS[0], dict(PAPERS[1], abstract="We study relation extraction on TACRED.")])
        assert ingest(runner, pg_url, feed).exit_code == 0
        with engine.connect() as conn:
            names = set(conn.execute(text("SELECT name FROM entity")).scalars())
            assert "TACRED" in names and "DocRED" not in names
            assert conn.execute(text("SELECT COUNT(*) FROM entity e WHERE NOT EXISTS "
                                     "(SELECT 1 FROM mention m WHERE m.entity_id = e.id)")).scalar() == 0
    finally:
        engine.dispose()
