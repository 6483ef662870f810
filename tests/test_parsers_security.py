"""Parsers cannot be abused: no file leaks, no blow-ups, no injected triples, no stray files.

* An Atom feed whose DTD declares an external entity pointing at a local file: the file's
  content appears nowhere (database, JSON export, stderr); the feed is refused with a
  reason. Parameter entities and an external DTD likewise.
* "Billion laughs": entity expansion in XML and ``@string`` macro expansion in BibTeX
  are refused quickly, in bounded memory.
* Text crafted to close a literal and add a triple leaves the Turtle, N-Triples and JSON-LD
  exports parseable (by rdflib) and without the injected triple; the text round-trips.
* ``kb build --out-dir`` writes inside that folder only, whatever ids, titles and file
  names the input holds.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kb.cli import app

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

REPO = Path(__file__).resolve().parent.parent
SECRET = "TOPSECRET-4711-do-not-leak"
ATOM_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
FEED_OPEN = '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">\n'


def entry(title: str, summary: str, n: int = 1) -> str:
    return (f"<entry><id>http://arxiv.org/abs/2101.0000{n}v1</id><title>{title}</title>"
            f"<summary>{summary}</summary><published>2021-01-0{n}T00:00:00Z</published>"
            "<author><name>Eve Example</name></author></entry>\n")


def ingest(runner, db: Path, *paths, extra=()):
    return runner.invoke(app, ["ingest", *map(str, paths), "--db", str(db), "--no-ner", *extra])


def dump(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return "\n".join(conn.iterdump())


# ---------------------------------------------------------------------- XML external entities
@pytest.fixture
def secret_file(tmp_path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


def xxe_feeds(secret: Path) -> dict[str, str]:
    uri = secret.as_uri()
    return {
        "general.atom": ATOM_HEAD + f'<!DOCTYPE feed [ <!ENTITY xxe SYSTEM "{uri}"> ]>\n' + FEED_OPEN
        + entry("XXE paper", "Leak: &xxe;") + "</feed>\n",
        "parameter.atom": ATOM_HEAD + f'<!DOCTYPE feed [ <!ENTITY % p SYSTEM "{uri}"> %p; ]>\n' + FEED_OPEN
        + entry("Parameter entity paper", "Nothing to see.") + "</feed>\n",
        "external_dtd.atom": ATOM_HEAD + f'<!DOCTYPE feed SYSTEM "{uri}">\n' + FEED_OPEN
        + entry("External DTD paper", "Nothing to see.") + "</feed>\n",
        "xinclude.atom": ATOM_HEAD + FEED_OPEN.replace(">", ' xmlns:xi="http://www.w3.org/2001/XInclude">', 1)
        + entry("XInclude paper", f'We use BERT. <xi:include href="{uri}" parse="text"/>') + "</feed>\n",
    }


def test_external_entities_never_leak_a_local_file(runner, tmp_path, secret_file):
    folder = tmp_path / "feeds"
    folder.mkdir()
    for name, text in xxe_feeds(secret_file).items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "clean.atom").write_text(ATOM_HEAD + FEED_OPEN + entry("Clean paper", "We use BERT on SQuAD.", 2)
                                       + "</feed>\n", encoding="utf-8")
    db = tmp_path / "kb.db"
    result = ingest(runner, db, folder)
    assert result.exit_code == 3, result.output
    out = tmp_path / "export.json"
    assert runner.invoke(app, ["export", "--format", "json", "-o", str(out), "--db", str(db)]).exit_code == 0
    exported = out.read_text(encoding="utf-8")

    for where, text in {"stdout": result.stdout, "stderr": result.stderr, "export": exported,
                        "database": dump(db)}.items():
        assert SECRET not in text, f"the secret leaked into the {where}"
    titles = {p["title"] for p in json.loads(exported)}
    assert titles == {"Clean paper", "XInclude paper"}  # XInclude is never processed: just an element
    with sqlite3.connect(db) as conn:
        refused = {Path(p).name: reason for p, reason in conn.execute("SELECT path, reason FROM reject")}
    assert set(refused) == {"general.atom", "parameter.atom", "external_dtd.atom"}
    assert all("DTD" in reason for reason in refused.values()), refused


# ---------------------------------------------------------------------- expansion bombs
def _run_limited(code: str, seconds: float) -> tuple[int, str, float]:
    """Run ``code`` in a child limited to 1 GB of address space, so a bomb cannot hurt the host."""
    prelude = "import resource\nresource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=seconds * 4)
    return proc.returncode, proc.stdout + proc.stderr, time.monotonic() - started


READ = """
import json
from kb.readers import read_source
from kb.readers.base import Source
items = read_source(Source({path!r}))
print(json.dumps([(type(i).__name__, getattr(i, "title", None), getattr(i, "reason", None)) for i in items]))
"""


def test_xml_billion_laughs_is_refused_quickly(tmp_path):
    lol = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                                      for i in range(1, 10)]
    path = tmp_path / "laughs.atom"
    path.write_text(ATOM_HEAD + "<!DOCTYPE feed [\n" + "\n".join(lol) + "\n]>\n" + FEED_OPEN
                    + entry("Laughs", "&lol9;") + "</feed>\n", encoding="utf-8")
    code, output, seconds = _run_limited(READ.format(path=str(path)), 20)
    assert code == 0, output
    (kind, _, reason), = json.loads(output.splitlines()[-1])
    assert kind == "Reject" and "DTD" in reason
    assert seconds < 20


def test_bibtex_macro_expansion_bomb_is_refused_quickly(tmp_path):
    """``@string{a1 = a0 # a0}`` ... thirty times doubles to a gigabyte: refuse, don't expand."""
    lines = ['@string{a0 = "lol"}'] + [f"@string{{a{i} = a{i - 1} # a{i - 1}}}" for i in range(1, 31)]
    lines += ["@article{bomb, title = a30, abstract = {x}}",
              "@article{fine, title = {A fine paper}, abstract = {We use BERT.}}"]
    path = tmp_path / "laughs.bib"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, output, seconds = _run_limited(READ.format(path=str(path)), 20)
    assert code == 0, output
    items = json.loads(output.splitlines()[-1])
    assert [(kind, title) for kind, title, _ in items if kind == "Paper"] == [("Paper", "A fine paper")], items
    assert any(kind == "Reject" for kind, _, _ in items)
    assert seconds < 20


# ---------------------------------------------------------------------- RDF injection
INJECTIONS = {
    "title": 'Evil"> <http://x/s> <http://x/p> <http://x/o> .\n<http://x/s2> <http://x/p> "o" . #',
    "abstract": ('We use BERT. """ ; <http://x/p> <http://x/o> . <http://x/s> <http://x/p> "x" .\n'
                 "@prefix x: <http://x/> . x:s x:p x:o . It reaches 90.5% accuracy on SQuAD."),
    "venue": "Venue'> ] . <http://x/s> <http://x/p> <http://x/o> . [ <a> '",
    "authors": ["Mallory <http://x/s> <http://x/p> <http://x/o> .", 'Trudy\\" . <http://x/s> <http://x/p> "x'],
    "doi": '10.1234/"> <http://x/s> <http://x/p> <http://x/o> .',
    "url": 'http://example.org/a> <http://x/p> <http://x/o> . <http://x/s',
    "year": 2021,
}


@pytest.mark.parametrize("fmt, rdflib_format", [("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_crafted_text_cannot_inject_triples(runner, tmp_path, fmt, rdflib_format):
    import rdflib

    data = tmp_path / "evil.jsonl"
    data.write_text(json.dumps(INJECTIONS) + "\n", encoding="utf-8")
    db = tmp_path / "kb.db"
    assert ingest(runner, db, data).exit_code == 0
    with sqlite3.connect(db) as conn:
        title, abstract = conn.execute("SELECT title, abstract FROM paper").fetchone()
    out = tmp_path / f"kb.{fmt}"
    result = runner.invoke(app, ["export", "--format", fmt, "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output

    graph = rdflib.Dataset() if rdflib_format == "json-ld" else rdflib.Graph()
    graph.parse(out, format=rdflib_format)
    triples = list(graph.quads()) if rdflib_format == "json-ld" else list(graph)
    assert triples
    x = "http://x/"
    for s, p, o, *_ in triples:
        assert not str(s).startswith(x) and not str(p).startswith(x), (s, p, o)
        assert not (isinstance(o, rdflib.URIRef) and str(o).startswith(x)), (s, p, o)
    literals = {str(o) for _, _, o, *_ in triples if isinstance(o, rdflib.Literal)}
    assert title in literals and abstract in literals  # the text survives, as text


# ---------------------------------------------------------------------- output paths
def test_build_writes_inside_its_out_dir_only(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    inputs = tmp_path / "in" / "x..%2F..%2Fescape" / "sub"
    inputs.mkdir(parents=True)
    records = [
        {"id": "../../../escape", "title": "../../../etc/passwd", "abstract": "We use BERT on SQuAD."},
        {"id": "/tmp/absolute", "title": "/tmp/absolute", "abstract": "ResNet-50 on ImageNet."},
        {"id": "kb.json", "title": "Name of an export", "abstract": "GPT-2 on WikiText."},
    ]
    (inputs / "x..jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (inputs / "kb.ttl").write_text(json.dumps(records[0]) + "\n", encoding="utf-8")
    before = {p for p in tmp_path.rglob("*")}
    result = runner.invoke(app, ["build", "in", "--db", "kb.db", "--out-dir", "out", "--no-ner", "-q"])
    assert result.exit_code == 0, result.output
    created = {p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p not in before}
    out_files = {p for p in created if p.parts[0] == "out"}
    assert out_files == {Path("out"), Path("out/kb.json"), Path("out/kb.ttl")}
    others = {p for p in created if p.parts[0] != "out"}
    # the database and its companions: WAL, SPARQL store, lock file
    assert all(p.parts[0].startswith("kb.db") for p in others), others
    assert len(json.loads((tmp_path / "out" / "kb.json").read_text(encoding="utf-8"))) == 3
