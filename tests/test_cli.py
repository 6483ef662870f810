"""The CLI through typer's CliRunner: ingest, export, stats, extract, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from kb.cli import app

GOOD = [
    {"id": "p1", "title": "Sharpness-Aware Minimization for Efficiently Improving Generalization",
     "abstract": "We propose Sharpness-Aware Minimization (SAM). SAM improves accuracy by 1.5% on CIFAR-10.",
     "authors": ["Pierre Foret", "Ariel Kleiner"], "year": 2021, "doi": "10.48550/arXiv.2010.01412"},
    {"id": "p2", "title": "A Second Paper", "abstract": "BERT reaches 88.5 F1 on SQuAD 1.1.",
     "authors": "Ada Lovelace and Alan Turing", "year": 2019},
]


@pytest.fixture
def good_file(tmp_path):
    path = tmp_path / "papers.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in GOOD), encoding="utf-8")
    return path


@pytest.fixture
def mixed_dir(tmp_path, good_file):
    folder = tmp_path / "input"
    folder.mkdir()
    good_file.rename(folder / good_file.name)
    bad = folder / "bad.jsonl"
    bad.write_text(json.dumps({"title": "No abstract here"}) + "\n{not json\n", encoding="utf-8")
    (folder / ".hidden.jsonl").write_text("{broken", encoding="utf-8")
    return folder


def ingest(runner, db, *paths, extra=()):
    return runner.invoke(app, ["ingest", *map(str, paths), "--db", str(db), "--no-ner", *extra])


def test_ingest_then_export_json_follows_contract(runner, tmp_path, good_file):
    db = tmp_path / "kb.db"
    result = ingest(runner, db, good_file)
    assert result.exit_code == 0, result.output
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["export", "--format", "json", "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    records = json.loads(out.read_text(encoding="utf-8"))
    assert len(records) == 2
    by_title = {r["title"]: r for r in records}
    second = by_title["A Second Paper"]
    assert second["authors"] == ["Ada Lovelace", "Alan Turing"]
    assert second["source"]["path"] == str(good_file) and second["source"]["line"] == 2
    for record in records:
        for entity in record["entities"]:
            assert entity["type"] in {"METHOD", "DATASET", "METRIC", "TASK"}
            for m in entity["mentions"]:
                assert record[m["field"]][m["start"]:m["end"]] == m["text"]
                assert 0.0 <= m["confidence"] <= 1.0
        for claim in record["claims"]:
            assert record["abstract"][claim["start"]:claim["end"]] == claim["text"]
            assert claim["kind"] in {"score", "improvement", "reduction", "comparison", "sota"}


def test_second_ingest_changes_nothing(runner, tmp_path, good_file):
    db = tmp_path / "kb.db"
    ingest(runner, db, good_file)
    first = runner.invoke(app, ["export", "--db", str(db)]).stdout
    assert ingest(runner, db, good_file).exit_code == 0
    assert runner.invoke(app, ["export", "--db", str(db)]).stdout == first


def test_bad_records_are_named_stored_and_signalled(runner, tmp_path, mixed_dir):
    db = tmp_path / "kb.db"
    result = ingest(runner, db, mixed_dir)
    assert result.exit_code == 3
    lines = [l for l in result.stderr.splitlines() if "bad.jsonl" in l]
    assert any(re.search(r"bad\.jsonl:1: .*abstract", l) for l in lines), result.stderr
    assert any(re.search(r"bad\.jsonl:2: ", l) for l in lines), result.stderr
    assert ".hidden" not in result.stderr
    assert "Traceback" not in result.output
    stats = json.loads(runner.invoke(app, ["stats", "--format", "json", "--db", str(db)]).stdout)
    values = {row["statistic"]: row["value"] for row in stats}
    assert values["paper"] == 2 and values["reject"] == 2


def test_strict_stores_nothing(runner, tmp_path, mixed_dir):
    db = tmp_path / "kb.db"
    result = ingest(runner, db, mixed_dir, extra=["--strict"])
    assert result.exit_code == 3
    assert "strict" in result.stderr
    stats = json.loads(runner.invoke(app, ["stats", "--format", "json", "--db", str(db)]).stdout)
    assert {r["statistic"]: r["value"] for r in stats}["paper"] == 0


def test_db_from_environment(runner, tmp_path, good_file):
    db = tmp_path / "env.db"
    result = runner.invoke(app, ["ingest", str(good_file), "--no-ner"], env={"KB_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert db.exists()


def test_stdin_input(runner, tmp_path):
    db = tmp_path / "kb.db"
    data = "".join(json.dumps(r) + "\n" for r in GOOD)
    result = runner.invoke(app, ["ingest", "-", "--db", str(db), "--no-ner"], input=data)
    assert result.exit_code == 0, result.output
    out = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(db)]).stdout
    assert [json.loads(l)["source"]["path"] for l in out.splitlines()] == ["-", "-"]


def test_export_csv_has_header_and_rows(runner, tmp_path, good_file):
    db = tmp_path / "kb.db"
    ingest(runner, db, good_file)
    out = runner.invoke(app, ["export", "--format", "csv", "--db", str(db)]).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 2 and {"id", "title", "entities", "claims"} <= set(rows[0])


def test_missing_database_is_one_line_error(runner, tmp_path):
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "no such database" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_input_format_is_rejected_with_message(runner, tmp_path, good_file):
    result = ingest(runner, tmp_path / "kb.db", good_file, extra=["--format", "nonsense"])
    assert result.exit_code == 3
    assert "unknown --format" in result.stderr


def test_extract_is_stateless_jsonl(runner, tmp_path):
    data = json.dumps({"id": "x", "text": "We evaluate BERT on SQuAD 1.1 and reach 90.1 F1."}) + "\n{oops\n"
    result = runner.invoke(app, ["extract", "-", "--no-ner", "--db", str(tmp_path / "unused.db")], input=data)
    assert result.exit_code == 3  # the bad line is reported, the good one answered
    assert "<stdin>" in result.stderr or "-:2" in result.stderr
    [line] = result.stdout.splitlines()
    record = json.loads(line)
    assert record["id"] == "x"
    text = "We evaluate BERT on SQuAD 1.1 and reach 90.1 F1."
    for entity in record["entities"]:
        assert text[entity["start"]:entity["end"]] == entity["text"]
    assert not (tmp_path / "unused.db").exists()


def test_readme_lists_every_command():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"kb {name}" in readme, f"README does not document `kb {name}`"


def test_ingest_help_names_the_scale_extra(runner):
    """Rich markup would eat "[scale]" as a style tag."""
    result = runner.invoke(app, ["ingest", "--help"])
    assert result.exit_code == 0
    assert "pip install 'kb[scale]'" in result.stdout


@pytest.mark.parametrize("item,names", [("widht=64", "architecture"), ("width", "architecture"),
                                        ("architecture=foo", "tagger, transition")])
def test_train_rejects_an_unknown_setting_before_training(runner, tmp_path, item, names):
    result = runner.invoke(app, ["train", "--output", str(tmp_path / "m"), "--set", item])
    assert result.exit_code == 2  # usage error (kb/errors.py)
    assert result.stderr.strip().count("\n") == 0 and repr(item) in result.stderr
    assert names in result.stderr  # the message lists what is allowed
    assert not (tmp_path / "m").exists()
