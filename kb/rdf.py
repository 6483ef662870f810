"""From the stored rows to RDF: the mapping, and the Turtle / N-Triples / JSON-LD exports.

The vocabulary and the modelling choices are documented in ``schema/kb.ttl``; this
module only implements them. Three properties matter to everything downstream:

* **Deterministic.** Papers come out in id order, each paper's resources in a fixed
  order, shared resources (entities, people, extractors) sorted at the end; mention and
  claim IRIs carry their ordinal within the paper, not a database row id. The same
  database therefore gives byte-identical output, and the default export holds no run
  ids or timestamps, so a committed ``exports/kb.ttl`` is reproducible from the input.
* **Safe.** IRIs are minted from the data namespace plus percent-encoded ids
  (:func:`node`); every piece of text from a source (titles, names, URLs, DOIs) becomes a
  literal, and pyoxigraph escapes literals on output. No input can inject a triple.
* **Streaming.** Triples are generated page by page and handed to pyoxigraph's
  serialiser as an iterator; nothing builds the whole graph in memory. Each triple is a
  pyoxigraph ``Quad`` in the default graph: Oxigraph's bulk loader takes it as it is
  (converting millions of ``Triple`` objects cost a fifth of a SPARQL store build), and
  its serialisers write it as a triple.

The SPARQL store (:mod:`kb.sparql`) uses the same generators, so ``kb sparql`` and the
exported files describe the same graph.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import IO, Any
from urllib.parse import quote, unquote

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SDO, SKOS, XSD
from sqlalchemy import and_, exists, select, union
from sqlalchemy.engine import Connection

from kb.store import Store
from kb.store.tables import AuthorRow, ClaimRow, EntityRow, MentionRow, PaperAuthorRow, PaperRow, RunRow
from schema.vocab import BIBO, DATA_NS, KB, MLS, OA, PREFIXES

#: bump when the mapping changes: the SPARQL store is rebuilt when its version differs
MAPPING_VERSION = 1
#: papers read and mapped per database round trip
PAGE_SIZE = 500

_PAPER = PaperRow.__table__  # type: ignore[attr-defined]
_AUTHOR = AuthorRow.__table__  # type: ignore[attr-defined]
_PAPER_AUTHOR = PaperAuthorRow.__table__  # type: ignore[attr-defined]
_ENTITY = EntityRow.__table__  # type: ignore[attr-defined]
_MENTION = MentionRow.__table__  # type: ignore[attr-defined]
_CLAIM = ClaimRow.__table__  # type: ignore[attr-defined]
_RUN = RunRow.__table__  # type: ignore[attr-defined]


class RdfExportFormat(str, Enum):
    turtle = "turtle"
    nt = "nt"
    jsonld = "jsonld"


_OX_FORMATS = {
    RdfExportFormat.turtle: RdfFormat.TURTLE,
    RdfExportFormat.nt: RdfFormat.N_TRIPLES,
    RdfExportFormat.jsonld: RdfFormat.JSON_LD,
}


def _n(term: str) -> NamedNode:
    return NamedNode(str(term))


# Terms as pyoxigraph nodes, made once: the mapping creates millions of triples.
TYPE, LABEL, ALT_LABEL = _n(RDF.type), _n(RDFS.label), _n(SKOS.altLabel)
SCHOLARLY_ARTICLE, PERSON, ROLE = _n(SDO.ScholarlyArticle), _n(SDO.Person), _n(SDO.Role)
S_AUTHOR, S_NAME, S_POSITION = _n(SDO.author), _n(SDO.name), _n(SDO.position)
S_AFFILIATION, S_URL, S_MENTIONS, S_VERSION = (
    _n(SDO.affiliation), _n(SDO.url), _n(SDO.mentions), _n(SDO.softwareVersion))
TITLE, ABSTRACT, DATE = _n(DCTERMS.title), _n(DCTERMS.abstract), _n(DCTERMS.date)
CREATOR, IDENTIFIER, DOI = _n(DCTERMS.creator), _n(DCTERMS.identifier), _n(BIBO.doi)
SOFTWARE_AGENT, USED, ASSOCIATED_WITH = _n(PROV.SoftwareAgent), _n(PROV.used), _n(PROV.wasAssociatedWith)
GENERATED_BY, DERIVED_FROM, INFORMED_BY = _n(PROV.wasGeneratedBy), _n(PROV.wasDerivedFrom), _n(PROV.wasInformedBy)
STARTED, ENDED = _n(PROV.startedAtTime), _n(PROV.endedAtTime)
ANNOTATION, SPECIFIC_RESOURCE, POSITION_SELECTOR = (
    _n(OA.Annotation), _n(OA.SpecificResource), _n(OA.TextPositionSelector))
HAS_BODY, HAS_TARGET, HAS_SOURCE, HAS_SELECTOR = _n(OA.hasBody), _n(OA.hasTarget), _n(OA.hasSource), _n(OA.hasSelector)
START, END, EXACT = _n(OA.start), _n(OA.end), _n(OA.exact)
MODEL_EVALUATION, HAS_VALUE, SPECIFIED_BY = _n(MLS.ModelEvaluation), _n(MLS.hasValue), _n(MLS.specifiedBy)
CLAIM, EXTRACTION, RUN = _n(KB.Claim), _n(KB.Extraction), _n(KB.Run)
KIND, VALUE, UNIT, BASELINE = _n(KB.kind), _n(KB.value), _n(KB.unit), _n(KB.baseline)
CONFIDENCE, EVIDENCE, FIELD, VENUE = _n(KB.confidence), _n(KB.evidence), _n(KB.field), _n(KB.venue)
ARXIV_ID, PIPELINE = _n(KB.arxivId), _n(KB.pipeline)
XSD_DECIMAL, XSD_INTEGER, XSD_DATE = _n(XSD.decimal), _n(XSD.integer), _n(XSD.date)
XSD_GYEAR, XSD_GYEARMONTH, XSD_DATETIME, XSD_ANYURI = (
    _n(XSD.gYear), _n(XSD.gYearMonth), _n(XSD.dateTime), _n(XSD.anyURI))

#: JSON ``type`` → class; JSON ``kind`` → individual; JSON ``unit`` → individual.
#: ``tests/test_vocab.py`` checks these against the ontology's skos:notation values and
#: the enums of the JSON Schema.
ENTITY_CLASSES: dict[str, NamedNode] = {
    "METHOD": _n(KB.Method), "DATASET": _n(KB.Dataset), "METRIC": _n(KB.Metric), "TASK": _n(KB.Task)}
CLAIM_KINDS: dict[str, NamedNode] = {
    "score": _n(KB.Score), "improvement": _n(KB.Improvement), "reduction": _n(KB.Reduction),
    "comparison": _n(KB.Comparison), "sota": _n(KB.StateOfTheArt)}
UNITS: dict[str, NamedNode] = {"%": _n(KB.Percent), "points": _n(KB.Points), "x": _n(KB.Times)}
#: paper columns that become plain literals (everything else needs a datatype or a node)
_PAPER_TEXT = (("title", TITLE), ("abstract", ABSTRACT), ("venue", VENUE), ("doi", DOI), ("arxiv_id", ARXIV_ID))
#: a claim's entity columns: (entity id column, name column, link property, fallback name property)
_CLAIM_ENTITIES = (
    ("method_id", "method", _n(KB.method), _n(KB.methodName)),
    ("dataset_id", "dataset", _n(KB.dataset), _n(KB.datasetName)),
    ("metric_id", "metric", _n(KB.metric), _n(KB.metricName)),
)


# ---------------------------------------------------------------------- IRIs
#: kinds of resources shared between papers; each has its own graph in the SPARQL store
SHARED_KINDS = ("entity", "person", "agent")
Ref = tuple[str, str]  # (shared kind, key)


@functools.lru_cache(maxsize=1 << 16)
def _segment(value: object) -> str:
    """One IRI path segment: everything but unreserved characters is percent-encoded.

    Cached: the same ids, extractor names and part names recur millions of times.
    """
    return quote(str(value), safe="")


def node(kind: str, key: object) -> NamedNode:
    """The IRI of a paper, entity, person, agent or run: ``<DATA_NS><kind>/<key>``."""
    return NamedNode(f"{DATA_NS}{kind}/{_segment(key)}")


def paper_node(paper_id: str) -> NamedNode:
    return node("paper", paper_id)


def part(owner: NamedNode, *names: object) -> NamedNode:
    """A resource that belongs to ``owner``: ``<owner>:<name>:...``, e.g. ``paper:ab12:claim:3``.

    ``:`` never occurs in a percent-encoded segment, so parts cannot collide, and it is
    allowed in Turtle local names, so Turtle writes ``paper:ab12:claim:3`` unescaped.
    """
    return NamedNode(owner.value + "".join(":" + _segment(n) for n in names))


def shared_ref(iri: str) -> Ref | None:
    """The (kind, key) of a shared resource's IRI, or None for any other IRI."""
    if not iri.startswith(DATA_NS):
        return None
    kind, _, key = iri[len(DATA_NS):].partition("/")
    if kind not in SHARED_KINDS or not key or "/" in key:
        return None
    return kind, unquote(key)


# ---------------------------------------------------------------------- literals
def _text(value: str) -> Literal:
    return Literal(value)


def _integer(value: int) -> Literal:
    return Literal(str(int(value)), datatype=XSD_INTEGER)


def _decimal(value: float | Decimal | str | None) -> Literal | None:
    """A canonical xsd:decimal (Oxigraph's form, so store and export agree), or None.

    ``repr`` of a float is its shortest round-trip form, so 88.5 stays ``88.5`` rather
    than ``88.5000000000000000001``; exponents are spelt out, as xsd:decimal requires.
    """
    if value is None:
        return None
    try:
        number = Decimal(repr(value) if isinstance(value, float) else str(value))
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    text = format(number.normalize(), "f")
    return Literal("0" if text in ("-0", "") else text, datatype=XSD_DECIMAL)


def _date(date: Any, year: int | None, month: int | None) -> Literal | None:
    """The most precise of xsd:date, xsd:gYearMonth and xsd:gYear the row supports."""
    if isinstance(date, str) and date:
        date = dt.date.fromisoformat(date[:10])
    if isinstance(date, dt.date):
        return Literal(date.isoformat(), datatype=XSD_DATE)
    if year and month:
        return Literal(f"{year:04d}-{month:02d}", datatype=XSD_GYEARMONTH)
    if year:
        return Literal(f"{year:04d}", datatype=XSD_GYEAR)
    return None


def _datetime(value: Any) -> Literal | None:
    """xsd:dateTime in UTC (the store keeps naive UTC), fraction without trailing zeros."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond:06d}".rstrip("0")
    return Literal(text + "Z", datatype=XSD_DATETIME)


# ---------------------------------------------------------------------- rows
@dataclass
class PaperRows:
    """Everything stored about one paper that its graph is made from."""

    paper: Mapping[str, Any]
    authors: list[Mapping[str, Any]] = field(default_factory=list)
    mentions: list[Mapping[str, Any]] = field(default_factory=list)
    claims: list[Mapping[str, Any]] = field(default_factory=list)


def load_papers(conn: Connection, paper_ids: Sequence[str]) -> list[PaperRows]:
    """The rows of the given papers (those that exist), in id order, in four queries.

    Mentions and claims come in a fixed order (field, offsets, insertion) so their
    ordinals — and so their IRIs — are the same in every database built from the same
    input, and do not depend on ``min_confidence``.
    """
    papers = conn.execute(select(_PAPER).where(_PAPER.c.id.in_(paper_ids)).order_by(_PAPER.c.id)).mappings().all()
    rows = {p["id"]: PaperRows(p) for p in papers}
    if not rows:
        return []
    ids = list(rows)
    for r in conn.execute(
        select(_PAPER_AUTHOR.c.paper_id, _PAPER_AUTHOR.c.position, _PAPER_AUTHOR.c.author_id,
               _PAPER_AUTHOR.c.affiliation)
        .where(_PAPER_AUTHOR.c.paper_id.in_(ids)).order_by(_PAPER_AUTHOR.c.paper_id, _PAPER_AUTHOR.c.position)
    ).mappings():
        rows[r["paper_id"]].authors.append(r)
    m = _MENTION.c
    for r in conn.execute(select(_MENTION).where(m.paper_id.in_(ids))
                          .order_by(m.paper_id, m.field.desc(), m.start, m.end, m.id)).mappings():
        rows[r["paper_id"]].mentions.append(r)
    c = _CLAIM.c
    for r in conn.execute(select(_CLAIM).where(c.paper_id.in_(ids))
                          .order_by(c.paper_id, c.start, c.end, c.id)).mappings():
        rows[r["paper_id"]].claims.append(r)
    return list(rows.values())


def paper_id_pages(conn: Connection, page_size: int = PAGE_SIZE) -> Iterator[list[str]]:
    """All paper ids in order, a page at a time (keyset paging: no OFFSET scans)."""
    last = ""
    while True:
        page = list(conn.execute(select(_PAPER.c.id).where(_PAPER.c.id > last)
                                 .order_by(_PAPER.c.id).limit(page_size)).scalars())
        if not page:
            return
        yield page
        last = page[-1]


# ---------------------------------------------------------------------- mapping
@dataclass
class PaperGraph:
    """The triples of one paper and the shared resources they point to."""

    node: NamedNode
    triples: list[Quad]
    refs: set[Ref]


def paper_graph(rows: PaperRows, *, min_confidence: float = 0.0, include_runs: bool = False) -> PaperGraph:
    """Map one paper's rows to triples, in a fixed order (see the module docstring)."""
    p = rows.paper
    subject = paper_node(p["id"])
    out: list[Quad] = []
    refs: set[Ref] = set()

    def add(s: NamedNode, pred: NamedNode, obj: NamedNode | Literal | None) -> None:
        if obj is not None:
            out.append(Quad(s, pred, obj))

    def ref(kind: str, key: str) -> NamedNode:
        refs.add((kind, key))
        return node(kind, key)

    mentions = [(n, r) for n, r in enumerate(rows.mentions, 1) if r["confidence"] >= min_confidence]
    claims = [(n, r) for n, r in enumerate(rows.claims, 1) if r["confidence"] >= min_confidence]

    # the paper itself: one subject block, so Turtle writes it as one readable group
    add(subject, TYPE, SCHOLARLY_ARTICLE)
    add(subject, IDENTIFIER, _text(p["id"]))
    for column, pred in _PAPER_TEXT:
        if p[column]:
            add(subject, pred, _text(p[column]))
    add(subject, DATE, _date(p["date"], p["year"], p["month"]))
    if p["url"]:
        add(subject, S_URL, Literal(p["url"], datatype=XSD_ANYURI))
    roles = [(part(subject, "author", a["position"] + 1), a, ref("person", a["author_id"])) for a in rows.authors]
    for _, _, person in roles:
        add(subject, CREATOR, person)
    for role, _, _ in roles:
        add(subject, S_AUTHOR, role)
    for entity_id in sorted({r["entity_id"] for _, r in mentions}):
        add(subject, S_MENTIONS, ref("entity", entity_id))

    for role, a, person in roles:
        add(role, TYPE, ROLE)
        add(role, S_POSITION, _integer(a["position"] + 1))
        add(role, S_AUTHOR, person)
        if a["affiliation"]:
            add(role, S_AFFILIATION, _text(a["affiliation"]))

    # one extraction activity per extractor that contributed to this paper
    runs_by_extractor: dict[str, set[int]] = {}
    for _, r in mentions + claims:
        runs = runs_by_extractor.setdefault(r["extractor"], set())
        if include_runs and r["run_id"] is not None:
            runs.add(r["run_id"])
    activities = {}
    for extractor in sorted(runs_by_extractor):
        activity = activities[extractor] = part(subject, "extraction", extractor)
        add(activity, TYPE, EXTRACTION)
        add(activity, USED, subject)
        add(activity, ASSOCIATED_WITH, ref("agent", extractor))
        for run_id in sorted(runs_by_extractor[extractor]):
            add(activity, INFORMED_BY, node("run", run_id))

    def span(owner: NamedNode, target: NamedNode, field_name: str, start: int, end: int, exact: str) -> None:
        """The Web Annotation target shared by mentions and claims: where the text is."""
        selector = part(owner, "selector")
        add(target, TYPE, SPECIFIC_RESOURCE)
        add(target, HAS_SOURCE, subject)
        add(target, FIELD, _text(field_name))
        add(target, HAS_SELECTOR, selector)
        add(selector, TYPE, POSITION_SELECTOR)
        add(selector, START, _integer(start))
        add(selector, END, _integer(end))
        add(selector, EXACT, _text(exact))

    for n, r in mentions:
        mention = part(subject, "mention", n)
        target = part(mention, "target")
        add(mention, TYPE, ANNOTATION)
        add(mention, HAS_BODY, ref("entity", r["entity_id"]))
        add(mention, HAS_TARGET, target)
        add(mention, CONFIDENCE, _decimal(r["confidence"]))
        add(mention, GENERATED_BY, activities[r["extractor"]])
        span(mention, target, r["field"], r["start"], r["end"], r["text"])

    for n, r in claims:
        claim = part(subject, "claim", n)
        evidence = part(claim, "evidence")
        value = _decimal(r["value"])
        evaluation = r["kind"] == "score" and value is not None
        add(claim, TYPE, CLAIM)
        if evaluation:
            add(claim, TYPE, MODEL_EVALUATION)
        add(claim, KIND, CLAIM_KINDS[r["kind"]])
        for id_column, name_column, link, name_pred in _CLAIM_ENTITIES:
            if r[id_column]:
                add(claim, link, ref("entity", r[id_column]))
            elif r[name_column]:
                add(claim, name_pred, _text(r[name_column]))
        if evaluation and r["metric_id"]:
            add(claim, SPECIFIED_BY, node("entity", r["metric_id"]))
        if r["baseline"]:
            add(claim, BASELINE, _text(r["baseline"]))
        add(claim, VALUE, value)
        if evaluation:
            add(claim, HAS_VALUE, value)
        if r["unit"]:
            add(claim, UNIT, UNITS[r["unit"]])
        add(claim, CONFIDENCE, _decimal(r["confidence"]))
        add(claim, EVIDENCE, evidence)
        add(claim, DERIVED_FROM, subject)
        add(claim, GENERATED_BY, activities[r["extractor"]])
        span(claim, evidence, "abstract", r["start"], r["end"], r["text"])
    return PaperGraph(subject, out, refs)


def paper_graphs(
    conn: Connection, paper_ids: Iterable[str] | None = None, *, min_confidence: float = 0.0,
    include_runs: bool = False,
) -> Iterator[PaperGraph]:
    """Graphs of the given papers (default: all), in id order, read a page at a time."""
    if paper_ids is None:
        pages: Iterable[Sequence[str]] = paper_id_pages(conn)
    else:
        ids = sorted(set(paper_ids))
        pages = (ids[i:i + PAGE_SIZE] for i in range(0, len(ids), PAGE_SIZE))
    for page in pages:
        for rows in load_papers(conn, page):
            yield paper_graph(rows, min_confidence=min_confidence, include_runs=include_runs)


# ---------------------------------------------------------------------- shared resources
def shared_triples(conn: Connection, refs: Iterable[Ref], *, min_confidence: float = 0.0) -> Iterator[Quad]:
    """Triples about shared resources, sorted by IRI, for those some paper still uses.

    An entity's alternative labels are every distinct surface form of it in the whole
    knowledge base (above ``min_confidence``), so they are computed here, not per paper.
    Resources no longer used (all their mentions re-extracted away) yield nothing, which
    lets :func:`kb.sparql.sync_rdf` drop them.
    """
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, key in set(refs):
        by_kind[kind].append(key)
    for kind in SHARED_KINDS:
        keys = sorted(by_kind.get(kind, ()))
        for i in range(0, len(keys), PAGE_SIZE):
            yield from _SHARED[kind](conn, keys[i:i + PAGE_SIZE], min_confidence)


def _entity_triples(conn: Connection, ids: list[str], min_confidence: float) -> Iterator[Quad]:
    m, c = _MENTION.c, _CLAIM.c
    used_queries = [select(m.entity_id.label("id")).where(m.entity_id.in_(ids), m.confidence >= min_confidence)]
    for column in ("method_id", "dataset_id", "metric_id"):
        used_queries.append(select(c[column].label("id")).where(c[column].in_(ids), c.confidence >= min_confidence))
    used = set(conn.execute(union(*used_queries)).scalars())
    aliases: dict[str, set[str]] = defaultdict(set)
    for entity_id, text in conn.execute(
        select(m.entity_id, m.text).where(m.entity_id.in_(ids), m.confidence >= min_confidence)
        .group_by(m.entity_id, m.text)
    ):
        aliases[entity_id].add(text)
    for row in conn.execute(select(_ENTITY).where(_ENTITY.c.id.in_(sorted(used))).order_by(_ENTITY.c.id)).mappings():
        subject = node("entity", row["id"])
        yield Quad(subject, TYPE, ENTITY_CLASSES[row["type"]])
        yield Quad(subject, LABEL, _text(row["name"]))
        for alias in sorted(aliases[row["id"]] - {row["name"]}):
            yield Quad(subject, ALT_LABEL, _text(alias))


def _person_triples(conn: Connection, ids: list[str], _min_confidence: float) -> Iterator[Quad]:
    pa = _PAPER_AUTHOR.c
    used = select(pa.author_id).where(pa.author_id == _AUTHOR.c.id)
    for row in conn.execute(select(_AUTHOR).where(_AUTHOR.c.id.in_(ids), exists(used))
                            .order_by(_AUTHOR.c.id)).mappings():
        subject = node("person", row["id"])
        yield Quad(subject, TYPE, PERSON)
        yield Quad(subject, S_NAME, _text(row["name"]))


def _agent_triples(conn: Connection, names: list[str], min_confidence: float) -> Iterator[Quad]:
    for name in names:
        used = any(
            conn.execute(select(t.c.id).where(and_(t.c.extractor == name, t.c.confidence >= min_confidence))
                         .limit(1)).first()
            for t in (_MENTION, _CLAIM)
        )
        if used:
            subject = node("agent", name)
            yield Quad(subject, TYPE, SOFTWARE_AGENT)
            yield Quad(subject, LABEL, _text(name))


_SHARED = {"entity": _entity_triples, "person": _person_triples, "agent": _agent_triples}


def run_triples(conn: Connection) -> Iterator[Quad]:
    """Every run (``kb ingest`` / ``kb build`` invocation) as a PROV activity.

    Not part of the default export: run ids and times differ between two builds of the
    same input.
    """
    for row in conn.execute(select(_RUN).order_by(_RUN.c.id)).mappings():
        subject = node("run", row["id"])
        yield Quad(subject, TYPE, RUN)
        yield Quad(subject, LABEL, _text(row["command"]))
        yield Quad(subject, S_VERSION, _text(row["kb_version"]))
        yield Quad(subject, PIPELINE, _text(row["pipeline"]))
        for pred, value in ((STARTED, row["started_at"]), (ENDED, row["finished_at"])):
            literal = _datetime(value)
            if literal is not None:
                yield Quad(subject, pred, literal)


def kb_triples(conn: Connection, *, min_confidence: float = 0.0, include_runs: bool = False,
               counter: list[int] | None = None, paper_ids: Iterable[str] | None = None) -> Iterator[Quad]:
    """The whole knowledge base as a stream of triples: papers, then shared resources.

    ``counter``, when given, has its first item incremented for every paper emitted.
    ``paper_ids`` restricts the output to those papers and the shared resources they
    use: one slice of the export. Slices of disjoint sets of papers overlap only in
    shared resources, so the union of the slices of all papers is the whole export
    (``kb.distributed`` writes one N-Triples slice per partition this way).
    """
    refs: set[Ref] = set()
    for graph in paper_graphs(conn, paper_ids, min_confidence=min_confidence, include_runs=include_runs):
        refs |= graph.refs
        if counter is not None:
            counter[0] += 1
        yield from graph.triples
    yield from shared_triples(conn, refs, min_confidence=min_confidence)
    if include_runs:
        yield from run_triples(conn)


def iter_triples(store: Store, *, min_confidence: float = 0.0, include_runs: bool = False,
                 counter: list[int] | None = None, paper_ids: Iterable[str] | None = None) -> Iterator[Quad]:
    """:func:`kb_triples` from one read snapshot of ``store``, which never blocks an ingest."""
    with store._reading() as conn:
        yield from kb_triples(conn, min_confidence=min_confidence, include_runs=include_runs, counter=counter,
                              paper_ids=paper_ids)


# ---------------------------------------------------------------------- export
def export_rdf(store: Store, fmt: RdfExportFormat | str, out: IO[bytes], min_confidence: float = 0.0,
               *, include_runs: bool = False, paper_ids: Iterable[str] | None = None) -> int:
    """Serialise the knowledge base to ``out`` (binary) with Oxigraph; returns the paper count.

    Turtle gets the prefixes of :data:`schema.vocab.PREFIXES` and one block per subject;
    N-Triples is one triple a line in a fixed order; JSON-LD is Oxigraph's (expanded
    node objects, full IRIs). ``include_runs`` adds run provenance, which makes the output
    differ between builds — leave it off for files under version control. ``paper_ids``
    exports only those papers (see :func:`kb_triples`).
    """
    fmt = RdfExportFormat(fmt)
    counter = [0]
    triples = iter_triples(store, min_confidence=min_confidence, include_runs=include_runs, counter=counter,
                           paper_ids=paper_ids)
    prefixes = PREFIXES if fmt is RdfExportFormat.turtle else None
    serialize(triples, out, _OX_FORMATS[fmt], prefixes=prefixes)
    return counter[0]


__all__ = [
    "CLAIM_KINDS", "ENTITY_CLASSES", "MAPPING_VERSION", "UNITS", "PaperGraph", "PaperRows", "RdfExportFormat",
    "export_rdf", "iter_triples", "kb_triples", "node", "paper_graph", "paper_graphs", "paper_node", "part",
    "run_triples", "shared_ref", "shared_triples",
]
