"""The RDF mapping and exports: same graph in every format, deterministic, typed, safe."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib import namespace
from rdflib.namespace import DCTERMS, RDF

import sample_kb
from kb.rdf import export_rdf, paper_node
from kb.store import Store
from schema.vocab import KB, MLS, PREFIXES

RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return sample_kb.build(tmp_path_factory.mktemp("rdf") / "kb.db")


def export(store: Store, fmt: str = "nt", **kwargs) -> bytes:
    out = io.BytesIO()
    export_rdf(store, fmt, out, **kwargs)
    return out.getvalue()


def parse(data: bytes, fmt: str = "nt") -> rdflib.Graph:
    return rdflib.Graph().parse(data=data, format=RDFLIB_FORMATS[fmt])


def oxigraph(data: bytes) -> ox.Store:
    """The export in an in-memory Oxigraph store, for SPARQL assertions."""
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_TRIPLES)
    return store


def ask(store: ox.Store, query: str) -> bool:
    return bool(store.query(query, prefixes=PREFIXES))


# ---------------------------------------------------------------------- formats
def test_export_counts_papers(store):
    assert export_rdf(store, "nt", io.BytesIO()) == 8


def test_turtle_ntriples_and_jsonld_are_the_same_graph(store):
    graphs = {fmt: parse(export(store, fmt), fmt) for fmt in RDFLIB_FORMATS}
    assert len(graphs["nt"]) > 500
    assert isomorphic(graphs["turtle"], graphs["nt"])
    assert isomorphic(graphs["jsonld"], graphs["nt"])


def test_turtle_is_readable(store):
    text = export(store, "turtle").decode()
    assert "@prefix kb: <https://w3id.org/kb/ns#> ." in text
    paper = sample_kb._transformer().paper.id
    block = text[text.index(f"paper:{paper} a schema:ScholarlyArticle ;"):]
    assert block.split(" .\n")[0].count(" ;\n") >= 5  # one subject, many predicates
    assert f"paper:{paper}:claim:1 a kb:Claim , mls:ModelEvaluation ;" in text


def test_ntriples_are_deterministic_and_reproducible(store, tmp_path):
    first = export(store)
    assert export(store) == first
    # a second database built from the same input (with other run ids) gives the same bytes
    other = Store(tmp_path / "other.db")
    other.start_run("something else", "other")
    sample_kb.write(other, sample_kb.batch_one(), "build")
    sample_kb.write(other, sample_kb.batch_two(), "ingest")
    assert export(other) == first
    assert b"/run/" not in first and b"startedAtTime" not in first


def test_turtle_is_byte_identical_across_processes(store):
    code = ("import io, sys; from kb.store import Store; from kb.rdf import export_rdf; "
            "out = io.BytesIO(); export_rdf(Store(sys.argv[1], readonly=True), 'turtle', out); "
            "sys.stdout.buffer.write(out.getvalue())")
    db = store.url[len("sqlite:///"):]
    runs = [subprocess.run([sys.executable, "-c", code, db], capture_output=True, check=True).stdout for _ in "ab"]
    assert runs[0] == runs[1] == export(store, "turtle")


def test_run_provenance_only_on_request(store):
    graph = parse(export(store, include_runs=True))
    runs = set(graph.subjects(RDF.type, KB.Run))
    assert len(runs) == 2
    assert any(isinstance(t, rdflib.Literal) and t.datatype == namespace.XSD.dateTime for t in graph.objects())
    assert not set(parse(export(store)).subjects(RDF.type, KB.Run))


# ---------------------------------------------------------------------- typed values
def test_numbers_are_typed_decimals(store):
    graph = parse(export(store))
    values = list(graph.objects(None, KB.value)) + list(graph.objects(None, MLS.hasValue)) \
        + list(graph.objects(None, KB.confidence))
    assert values
    assert all(isinstance(v, rdflib.Literal) and v.datatype == namespace.XSD.decimal for v in values)
    lexical = {str(v) for v in graph.objects(None, KB.value)}
    assert {"28.4", "93.2", "10000", "0.00001"} <= lexical  # no exponent, no float noise


def test_dates_keep_their_precision(store):
    graph = parse(export(store))
    dates = {str(graph.value(s, DCTERMS.title)): graph.value(s, DCTERMS.date)
             for s in graph.subjects(RDF.type, rdflib.URIRef("https://schema.org/ScholarlyArticle"))}
    assert dates["Attention Is All You Need"].datatype == namespace.XSD.date
    ner = dates["Neural Architectures for Named Entity Recognition"]
    assert (str(ner), ner.datatype) == ("2022-05", namespace.XSD.gYearMonth)
    assert dates["LoRA: Low-Rank Adaptation of Large Language Models"].datatype == namespace.XSD.gYear
    untitled = rdflib.URIRef(paper_node(sample_kb._untitled().paper.id).value)  # month and day, no year
    assert graph.value(untitled, DCTERMS.date) is None and graph.value(untitled, DCTERMS.title) is None


# ---------------------------------------------------------------------- safety
@pytest.mark.parametrize("fmt", list(RDFLIB_FORMATS))
def test_text_cannot_inject_triples(store, fmt):
    graph = parse(export(store, fmt), fmt)
    evil = rdflib.URIRef("http://evil")
    assert (evil, None, None) not in graph and (None, evil, None) not in graph and (None, None, evil) not in graph
    hostile = sample_kb._hostile().paper
    paper = rdflib.URIRef(paper_node(hostile.id).value)
    assert str(graph.value(paper, DCTERMS.title)) == sample_kb.EVIL_TITLE
    assert str(graph.value(paper, DCTERMS.identifier)) == hostile.id
    assert all(str(s).startswith("https://w3id.org/kb/id/") for s in graph.subjects())


# ---------------------------------------------------------------------- SHACL-style constraints
CONSTRAINTS = {
    "every claim has exactly one kind": """
        ASK { ?c a kb:Claim . FILTER NOT EXISTS { ?c kb:kind ?k } }""",
    "no claim has two kinds": """
        ASK { ?c kb:kind ?a, ?b . FILTER(?a != ?b) }""",
    "every claim has an evidence span with start, end and exact text": """
        ASK { ?c a kb:Claim . FILTER NOT EXISTS {
              ?c kb:evidence ?e . ?e a oa:SpecificResource ; oa:hasSource ?p ; oa:hasSelector ?s .
              ?s a oa:TextPositionSelector ; oa:start ?b ; oa:end ?n ; oa:exact ?x .
              FILTER(datatype(?b) = xsd:integer && datatype(?n) = xsd:integer && ?n > ?b) } }""",
    "every claim comes from a paper and an extraction by a software agent": """
        ASK { ?c a kb:Claim . FILTER NOT EXISTS {
              ?c prov:wasDerivedFrom ?p ; prov:wasGeneratedBy ?x . ?p a schema:ScholarlyArticle .
              ?x prov:wasAssociatedWith ?agent . ?agent a prov:SoftwareAgent } }""",
    "values and confidences are decimals": """
        ASK { ?c kb:value|kb:confidence|mls:hasValue ?v . FILTER(datatype(?v) != xsd:decimal) }""",
    "confidences are between 0 and 1": """
        ASK { ?c kb:confidence ?v . FILTER(?v < 0 || ?v > 1) }""",
    "every mention has a typed, labelled entity and a span": """
        ASK { ?m a oa:Annotation . FILTER NOT EXISTS {
              ?m oa:hasBody ?e ; oa:hasTarget/oa:hasSelector/oa:exact ?x . ?e rdfs:label ?l .
              VALUES ?class { kb:Method kb:Dataset kb:Metric kb:Task } ?e a ?class } }""",
    "claim entities are entities of the right class": """
        ASK { { ?c kb:method ?e FILTER NOT EXISTS { ?e a kb:Method } }
              UNION { ?c kb:dataset ?e FILTER NOT EXISTS { ?e a kb:Dataset } }
              UNION { ?c kb:metric ?e FILTER NOT EXISTS { ?e a kb:Metric } } }""",
    "every author position has a person with a name": """
        ASK { ?p a schema:ScholarlyArticle ; schema:author ?r . FILTER NOT EXISTS {
              ?r a schema:Role ; schema:position ?n ; schema:author/schema:name ?name } }""",
}


@pytest.mark.parametrize("name", list(CONSTRAINTS))
def test_shacl_style_constraint(store, name):
    assert not ask(oxigraph(export(store)), CONSTRAINTS[name]), name


def test_authors_keep_their_order(store):
    rows = oxigraph(export(store)).query("""
        SELECT ?name WHERE { ?p dcterms:title "BERT: Pre-training of Deep Bidirectional Transformers" ;
                             schema:author ?r . ?r schema:position ?n ; schema:author/schema:name ?name }
        ORDER BY ?n""", prefixes=PREFIXES)
    assert [r["name"].value for r in rows] == ["Jacob Devlin", "Ming-Wei Chang"]


def test_entities_have_aliases_from_every_paper(store):
    graph = oxigraph(export(store))
    aliases = {r["alias"].value for r in graph.query(
        'SELECT ?alias WHERE { ?e rdfs:label "SQuAD 1.1" ; skos:altLabel ?alias }', prefixes=PREFIXES)}
    assert aliases == {"SQuAD v1.1"}
    lora = {r["alias"].value for r in graph.query(
        'SELECT ?alias WHERE { ?e a kb:Method ; rdfs:label "LoRA" ; skos:altLabel ?alias }', prefixes=PREFIXES)}
    assert lora == {"Low-Rank Adaptation"}


def test_claim_without_entity_keeps_the_name(store):
    assert ask(oxigraph(export(store)), 'ASK { ?c kb:methodName "CNN tagger" ; kb:kind kb:Improvement }')


def test_min_confidence_leaves_out_weak_facts(store):
    data = export(store, min_confidence=0.75)
    graph = oxigraph(data)
    assert not ask(graph, "ASK { ?x kb:confidence ?c FILTER(?c < 0.75) }")
    assert not ask(graph, 'ASK { ?e rdfs:label "machine translation" }')  # only mentioned at 0.7
    assert ask(graph, 'ASK { ?e rdfs:label "full fine-tuning" }')  # mentioned at 0.75
    assert len(data) < len(export(store))


def test_export_of_an_empty_database(tmp_path: Path):
    out = io.BytesIO()
    assert export_rdf(Store(tmp_path / "empty.db"), "turtle", out) == 0
    assert len(rdflib.Graph().parse(data=out.getvalue(), format="turtle")) == 0
