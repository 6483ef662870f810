"""The ontology file, the Python namespace, the RDF mapping and the JSON Schema agree."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF, RDFS, SKOS

import sample_kb
from kb.rdf import CLAIM_KINDS, ENTITY_CLASSES, UNITS, export_rdf
from schema.export_model import SCHEMA_PATH, ExportPaper, export_json_schema, render_json_schema
from schema.models import ClaimKind, EntityType, Unit
from schema.vocab import BIBO, KB, KB_NS, MLS, OA, ONTOLOGY_IRI, PREFIXES

ONTOLOGY = Path(__file__).resolve().parent.parent / "schema" / "kb.ttl"

#: every field of the JSON export and the RDF term it becomes (None: not in the RDF, on purpose)
JSON_TO_RDF: dict[str, dict[str, str | None]] = {
    "ExportPaper": {
        "id": "http://purl.org/dc/terms/identifier", "title": "http://purl.org/dc/terms/title",
        "abstract": "http://purl.org/dc/terms/abstract", "authors": "https://schema.org/author",
        "venue": str(KB.venue), "year": "http://purl.org/dc/terms/date", "date": "http://purl.org/dc/terms/date",
        "month": "http://purl.org/dc/terms/date", "day": "http://purl.org/dc/terms/date",
        "doi": str(BIBO.doi), "arxiv_id": str(KB.arxivId), "url": "https://schema.org/url",
        "entities": "https://schema.org/mentions", "claims": "http://www.w3.org/ns/prov#wasDerivedFrom",
        # reader-specific extras and file locations stay in the JSON / SQL views
        "category": None, "has_code": None, "upvotes": None, "affiliations": None, "source": None, "sources": None,
    },
    "Entity": {"id": None, "type": str(RDF.type), "name": str(RDFS.label), "mentions": str(OA.hasBody)},
    "Mention": {
        "text": str(OA.exact), "field": str(KB.field), "start": str(OA.start), "end": str(OA.end),
        "confidence": str(KB.confidence), "extractor": "http://www.w3.org/ns/prov#wasAssociatedWith",
    },
    "Claim": {
        "kind": str(KB.kind), "method": str(KB.method), "dataset": str(KB.dataset), "metric": str(KB.metric),
        "value": str(KB.value), "unit": str(KB.unit), "baseline": str(KB.baseline), "text": str(OA.exact),
        "start": str(OA.start), "end": str(OA.end), "confidence": str(KB.confidence),
        "extractor": "http://www.w3.org/ns/prov#wasAssociatedWith",
    },
}


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory):
    return sample_kb.build(tmp_path_factory.mktemp("vocab") / "kb.db")


@pytest.fixture(scope="module")
def sample_graph(sample_store) -> rdflib.Graph:
    out = io.BytesIO()
    export_rdf(sample_store, "nt", out, include_runs=True)
    return rdflib.Graph().parse(data=out.getvalue(), format="nt")


def _kb_terms_defined(ontology: rdflib.Graph) -> set[str]:
    return {str(s) for s in ontology.subjects() if str(s).startswith(KB_NS)}


def test_ontology_and_python_namespace_declare_the_same_terms(ontology):
    python_terms = {KB_NS + name for name in KB.__annotations__}
    assert _kb_terms_defined(ontology) == python_terms


def test_every_term_has_a_label_and_a_comment(ontology):
    for term in _kb_terms_defined(ontology) | {ONTOLOGY_IRI}:
        node = rdflib.URIRef(term)
        assert ontology.value(node, RDFS.label) is not None, term
        assert ontology.value(node, RDFS.comment) is not None, term


def test_unknown_terms_fail():
    for namespace in (KB, OA, MLS, BIBO):
        with pytest.raises(AttributeError):
            namespace.NoSuchTerm  # noqa: B018


def test_ontology_prefixes_agree_with_python(ontology):
    declared = {prefix: str(ns) for prefix, ns in ontology.namespaces()}
    for prefix, namespace in PREFIXES.items():
        if prefix in declared and not namespace.startswith("https://w3id.org/kb/id/"):
            assert declared[prefix] == namespace, prefix


@pytest.mark.parametrize(("enum", "mapping", "kind_class"), [
    (EntityType, ENTITY_CLASSES, None), (ClaimKind, CLAIM_KINDS, KB.ClaimKind), (Unit, UNITS, KB.Unit),
])
def test_enum_values_map_to_ontology_notations(ontology, enum, mapping, kind_class):
    """JSON Schema enum values == mapping keys == skos:notation of the ontology terms."""
    values = {member.value for member in enum}
    assert set(mapping) == values
    schema_enum = export_json_schema()["$defs"][enum.__name__]["enum"]
    assert set(schema_enum) == values
    for value, term in mapping.items():
        assert str(ontology.value(rdflib.URIRef(term.value), SKOS.notation)) == value
    if kind_class is not None:  # no individual of the class is left unmapped
        individuals = {str(s) for s in ontology.subjects(RDF.type, kind_class)}
        assert individuals == {t.value for t in mapping.values()}


def test_json_schema_file_is_up_to_date():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == render_json_schema(), \
        "schema/export.schema.json is stale: run `python -m schema.export_model`"


def test_export_records_validate_against_the_model(sample_store):
    records = list(sample_store.iter_papers())
    assert records
    for record in json.loads(json.dumps(records, default=str)):  # exactly what `kb export` prints
        ExportPaper.model_validate(record)


def test_every_json_field_has_a_decided_rdf_mapping(sample_graph):
    defs = export_json_schema()["$defs"]
    predicates = {str(p) for p in sample_graph.predicates()}
    for model, fields in JSON_TO_RDF.items():
        assert set(fields) == set(defs[model]["properties"]), model
        for name, term in fields.items():
            if term is not None:
                assert term in predicates, f"{model}.{name}: {term} not in the export"


def test_every_kb_term_in_the_data_is_defined(ontology, sample_graph):
    defined = _kb_terms_defined(ontology)
    used = {str(t) for triple in sample_graph for t in triple if isinstance(t, rdflib.URIRef)}
    assert {t for t in used if t.startswith(KB_NS)} <= defined
