"""Bad input loses nothing: every good record lands, every bad one is named.

Through the CLI (``kb ingest --no-ner``): a directory mixing good files with invalid
JSON, records without an abstract, a binary file, Windows-1252, UTF-16 and damaged UTF-8
files, an empty file, a 5 MB abstract and a file of unknown format. Each bad record is a
``reject`` row and a ``path:line: reason`` line on stderr, the exit code is 3 and there is
no traceback; ``--strict`` stores nothing. Also: a database of another schema version is
refused (exit 4) before anything is read or written.

Invalid UTF-8 inside a UTF-8 file: the record holding the bad byte is refused, naming the
byte offset, rather than stored with U+FFFD in place of what the byte was meant to be
(a silent change of the text the offsets of every mention refer to). The other records
of the file land with their characters intact.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sqlite3
from pathlib import Path

import pytest

from kb.cli import app

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def record(title: str, abstract: str | None = "We propose BERT-X. It improves accuracy by 1.5% on CIFAR-10.", **extra):
    rec = {"title": title, **extra}
    if abstract is not None:
        rec["abstract"] = abstract
    return rec


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def ingest(runner, db: Path, *paths, extra=()):
    return runner.invoke(app, ["ingest", *map(str, paths), "--db", str(db), "--no-ner", *extra])


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


DAMAGED_LINE_1 = jsonl(record("Zürich damaged file one"))
DAMAGED_BAD = b'{"title": "Broken bytes", "abstract": "Caf\xc3\xa9 then a bad byte \xff here."}\n'
DAMAGED_LINE_3 = jsonl(record("Crème brûlée damaged file three"))


@pytest.fixture
def bad_dir(tmp_path) -> tuple[Path, set[str], dict[tuple[str, int], str]]:
    """The folder, the titles that must land, and (file, line) -> reason pattern of each reject."""
    folder = tmp_path / "input"
    folder.mkdir()
    (folder / "good.jsonl").write_text(jsonl(record("Good one"), record("Good two"), record("Good three")),
                                       encoding="utf-8")
    (folder / "mixed.jsonl").write_text(
        jsonl(record("Mixed first")) + '{"title": "unterminated\n' + jsonl(record("No abstract", None))
        + jsonl(record("Mixed last")), encoding="utf-8")
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 64)
    (folder / "windows.jsonl").write_bytes(
        jsonl(record("Café costs 5 €", "Naïve Bayes — über alles. We use BERT.")).encode("cp1252"))
    (folder / "utf16.jsonl").write_bytes(
        codecs.BOM_UTF16_LE + jsonl(record("Ångström UTF-16 paper", "Zürich model on SQuAD.")).encode("utf-16-le"))
    (folder / "damaged.jsonl").write_bytes(DAMAGED_LINE_1.encode() + DAMAGED_BAD + DAMAGED_LINE_3.encode())
    (folder / "empty.jsonl").write_bytes(b"")
    (folder / "huge.jsonl").write_text(jsonl(record("Huge abstract", "word " * 1_000_000)), encoding="utf-8")
    (folder / "notes.txt").write_text("shopping list\n- milk\n- bread\n", encoding="utf-8")
    titles = {"Good one", "Good two", "Good three", "Mixed first", "Mixed last", "Café costs 5 €",
              "Ångström UTF-16 paper", "Zürich damaged file one", "Crème brûlée damaged file three"}
    offset = len(DAMAGED_LINE_1.encode()) + DAMAGED_BAD.index(b"\xff")
    rejects = {
        ("mixed.jsonl", 2): r"invalid JSON",
        ("mixed.jsonl", 3): r"missing abstract",
        ("blob.bin", 0): r"binary file",
        ("damaged.jsonl", 2): rf"invalid UTF-8 .*byte 0xff at byte offset {offset}\b",
        ("empty.jsonl", 0): r"empty file",
        ("huge.jsonl", 1): r"abstract: too long: [\d,]{9} characters \(at most 100,000\)",
        ("notes.txt", 0): r"unknown format",
    }
    return folder, titles, rejects


def test_mixed_directory_every_good_record_lands_every_bad_one_is_named(runner, tmp_path, bad_dir):
    folder, titles, rejects = bad_dir
    db = tmp_path / "kb.db"
    result = ingest(runner, db, folder)
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output and "internal error" not in result.stderr, result.stderr

    # every good record, with its characters decoded right
    assert {t for (t,) in rows(db, "SELECT title FROM paper")} == titles
    abstracts = dict(rows(db, "SELECT title, abstract FROM paper"))
    assert abstracts["Café costs 5 €"] == "Naïve Bayes — über alles. We use BERT."
    assert abstracts["Ångström UTF-16 paper"] == "Zürich model on SQuAD."
    assert not any("\ufffd" in a for a in abstracts.values())

    # every bad one: a row in `reject` and `path:line: reason` on stderr, the same set
    stored = {(Path(path).name, line): reason for path, line, reason in rows(db, "SELECT path, line, reason FROM reject")}
    assert set(stored) == set(rejects)
    reported = {}
    for text in result.stderr.splitlines():
        match = re.match(r"(.+?):(\d+): (.+)$", text)
        if match and not text.startswith("kb:"):
            reported[(Path(match[1]).name, int(match[2]))] = match[3]
    assert reported == stored
    for key, pattern in rejects.items():
        assert re.search(pattern, stored[key]), (key, stored[key])
    assert len(stored["huge.jsonl", 1]) < 200  # a message, not the record

    # a second run adds nothing: no duplicate paper, mention or reject
    before = rows(db, "SELECT (SELECT COUNT(*) FROM paper), (SELECT COUNT(*) FROM mention), "
                      "(SELECT COUNT(*) FROM reject)")
    assert ingest(runner, db, folder).exit_code == 3
    assert rows(db, "SELECT (SELECT COUNT(*) FROM paper), (SELECT COUNT(*) FROM mention), "
                    "(SELECT COUNT(*) FROM reject)") == before


def test_strict_stores_nothing(runner, tmp_path, bad_dir):
    folder, _, _ = bad_dir
    db = tmp_path / "kb.db"
    result = ingest(runner, db, folder, extra=["--strict"])
    assert result.exit_code == 3
    assert "--strict" in result.stderr and "Traceback" not in result.output
    assert rows(db, "SELECT COUNT(*) FROM paper") == [(0,)]
    assert rows(db, "SELECT COUNT(*) FROM mention") == [(0,)]


def test_hundred_thousand_lines_with_one_bad_line_in_the_middle(tmp_path):
    """The reader streams on past a bad line: 99,999 papers and one reject at its line."""
    from kb.readers import read_paths
    from schema.models import Paper, Reject

    path = tmp_path / "big.jsonl"
    lines = [json.dumps({"title": f"Paper {i}", "abstract": f"Abstract {i}."}) for i in range(100_000)]
    lines[50_000] = '{"title": "Paper 50000", "abstract": '
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    papers, rejects = 0, []
    for item in read_paths([str(path)]):
        if isinstance(item, Reject):
            rejects.append(item)
        else:
            assert isinstance(item, Paper)
            papers += 1
    assert papers == 99_999
    assert [(r.line, r.reason.split(":")[0]) for r in rejects] == [(50_001, "invalid JSON")]


# ---------------------------------------------------------------------- encodings
def test_damaged_utf8_is_told_from_windows_1252():
    from kb.readers.base import detect_encoding

    assert detect_encoding("Zürich, Crème brûlée, naïve".encode("cp1252")) == "cp1252"
    assert detect_encoding("Zürich, Crème brûlée".encode() + b" \xff\xfe ") == "utf-8"
    assert detect_encoding("Zürich".encode()[:-1] + "ü".encode()[:1]) == "utf-8"  # cut at the head's end


def test_byte_offset_counts_crlf_bom_and_multibyte_characters(tmp_path):
    from kb.readers import read_source
    from kb.readers.base import Source

    good = jsonl(record("Ünïcödé first")).replace("\n", "\r\n").encode()
    bad = b'{"title": "\xe2\x82\xac second", "abstract": "bad \x80 byte"}\r\n'
    path = tmp_path / "bom.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + good + bad + jsonl(record("third")).encode())
    items = list(read_source(Source(str(path))))
    assert [getattr(i, "title", None) for i in items] == ["Ünïcödé first", None, "third"]
    offset = len(codecs.BOM_UTF8) + len(good) + bad.index(b"\x80")
    assert path.read_bytes()[offset] == 0x80
    assert f"byte 0x80 at byte offset {offset} (line 2)" in items[1].reason


def test_lone_surrogate_escape_is_a_reject_not_a_crash(runner, tmp_path):
    path = tmp_path / "surrogate.jsonl"
    path.write_text('{"title": "Lone \\udcff surrogate", "abstract": "We use BERT."}\n'
                    + jsonl(record("Fine paper")), encoding="utf-8")
    db = tmp_path / "kb.db"
    result = ingest(runner, db, path)
    assert result.exit_code == 3, result.output
    assert "surrogate.jsonl:1: invalid text in title: lone surrogate U+DCFF" in result.stderr
    assert rows(db, "SELECT title FROM paper") == [("Fine paper",)]
    assert rows(db, "SELECT line FROM reject") == [(1,)]


def test_file_name_that_is_not_utf8(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.jsonl")
    (folder / name).write_text(jsonl(record("From a Latin-1 named file")) + "{oops\n", encoding="utf-8")
    db = tmp_path / "kb.db"
    result = ingest(runner, db, folder)
    assert result.exit_code == 3, result.output
    assert rows(db, "SELECT source_path FROM paper") == [(str(folder / "caf\\xe9.jsonl"),)]
    assert rows(db, "SELECT path, line FROM reject") == [(str(folder / "caf\\xe9.jsonl"), 2)]


# ---------------------------------------------------------------------- reader failures
JSON_READERS = ["jsonl", "json_array", "openalex", "semantic_scholar", "arxiv_snapshot"]


def test_a_reader_failure_is_contained_to_its_file(runner, tmp_path):
    """Whatever a reader trips on, the run goes on with the next file, and says where it stopped."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_deep.jsonl").write_text(jsonl(record("Before the deep line"))
                                         + '{"title": "deep", "abstract": ' + "[" * 100_000 + "\n", encoding="utf-8")
    (folder / "b_good.jsonl").write_text(jsonl(record("Next file")), encoding="utf-8")
    db = tmp_path / "kb.db"
    result = ingest(runner, db, folder)
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output and "internal error" not in result.stderr
    assert {t for (t,) in rows(db, "SELECT title FROM paper")} == {"Before the deep line", "Next file"}
    assert rows(db, "SELECT COUNT(*) FROM reject WHERE path LIKE '%a_deep.jsonl'") == [(1,)]


@pytest.mark.parametrize("fmt", JSON_READERS)
@pytest.mark.parametrize("value", ["[" * 100_000, "1" + "0" * 5000], ids=["deep-nesting", "huge-integer"])
def test_hostile_json_value_is_one_reject_and_the_file_goes_on(tmp_path, fmt, value):
    """A record the JSON decoder cannot take (nesting deeper than Python's recursion limit,
    an integer longer than ``sys.get_int_max_str_digits``) is a reject at its line; the
    records after it are still read."""
    from kb.readers import read_source
    from kb.readers.base import Source
    from schema.models import Reject

    path = tmp_path / "hostile.jsonl"
    path.write_text(jsonl(record("First")) + '{"title": "Hostile", "abstract": "x", "year": ' + value + "}\n"
                    + jsonl(record("Last")), encoding="utf-8")
    items = list(read_source(Source(str(path)), fmt))
    titles = [getattr(i, "title", None) for i in items if not isinstance(i, Reject)]
    assert titles == ["First", "Last"], [str(i) for i in items]
    assert [r.line for r in items if isinstance(r, Reject)] == [2]


# ---------------------------------------------------------------------- schema versions
@pytest.fixture
def kb_db(runner, tmp_path) -> Path:
    db = tmp_path / "kb.db"
    path = tmp_path / "one.jsonl"
    path.write_text(jsonl(record("Stored")), encoding="utf-8")
    assert ingest(runner, db, path).exit_code == 0
    return db


def _set_version(db: Path, version: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (version,))


@pytest.mark.parametrize("version, word", [("0", "older"), ("99", "newer")])
def test_database_of_another_schema_version_is_refused(runner, tmp_path, kb_db, version, word):
    from kb.store.tables import SCHEMA_VERSION

    _set_version(kb_db, version)
    snapshot = rows(kb_db, "SELECT (SELECT COUNT(*) FROM run), (SELECT COUNT(*) FROM paper)")
    new_input = tmp_path / "new.jsonl"
    new_input.write_text(jsonl(record("Must not be stored")), encoding="utf-8")
    for args in (["ingest", str(new_input), "--no-ner"], ["export", "--format", "json"], ["stats"], ["check"]):
        result = runner.invoke(app, [*args, "--db", str(kb_db)])
        assert result.exit_code == 4, (args, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("kb: error: "), (args, result.stderr)
        assert f"version {version} is {word}" in lines[0] and str(SCHEMA_VERSION) in lines[0]
        assert result.stdout == ""
    assert rows(kb_db, "SELECT (SELECT COUNT(*) FROM run), (SELECT COUNT(*) FROM paper)") == snapshot
    assert rows(kb_db, "SELECT value FROM meta WHERE key = 'schema_version'") == [(version,)]


@pytest.mark.parametrize("content", ["garbage", "not-a-database"])
def test_a_file_that_is_not_a_kb_database_is_one_line_error(runner, tmp_path, kb_db, content):
    if content == "garbage":
        _set_version(kb_db, "two")
        db = kb_db
    else:
        db = tmp_path / "notes.db"
        db.write_text("this is a text file\n" * 100, encoding="utf-8")
    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "kb: error:" in result.stderr, result.stderr
    assert "Traceback" not in result.output
