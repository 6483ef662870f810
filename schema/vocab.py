"""RDF vocabularies of the knowledge base, declared once.

``KB`` is the project's own namespace: only what no standard vocabulary covers. It is a
closed :class:`~rdflib.namespace.DefinedNamespace`, so a misspelt term (``KB.Methd``)
raises instead of silently minting a new IRI. ``schema/kb.ttl`` defines every term here
with a label and a comment; ``tests/test_vocab.py`` checks that both list the same terms.

The standard vocabularies rdflib does not ship (Web Annotation, ML-Schema, BIBO) are
closed here too, with just the terms the mapping uses, for the same reason.

>>> str(KB.Claim)
'https://w3id.org/kb/ns#Claim'
>>> KB.Claimz
Traceback (most recent call last):
...
AttributeError: term 'Claimz' not in namespace 'https://w3id.org/kb/ns#'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

#: IRI of the ontology document (``schema/kb.ttl``); its terms live under ``KB_NS``
ONTOLOGY_IRI = "https://w3id.org/kb/ns"
KB_NS = ONTOLOGY_IRI + "#"
#: base of the IRIs minted for papers, claims, entities, people, agents and runs
DATA_NS = "https://w3id.org/kb/id/"


class KB(DefinedNamespace):
    """Terms of ``https://w3id.org/kb/ns#`` (see ``schema/kb.ttl`` for their meaning)."""

    _NS = Namespace(KB_NS)
    _fail = True

    # classes
    Method: URIRef
    Dataset: URIRef
    Metric: URIRef
    Task: URIRef
    Claim: URIRef
    ClaimKind: URIRef
    Unit: URIRef
    Extraction: URIRef
    Run: URIRef
    # claim kinds (instances of kb:ClaimKind)
    Score: URIRef
    Improvement: URIRef
    Reduction: URIRef
    Comparison: URIRef
    StateOfTheArt: URIRef
    # units (instances of kb:Unit)
    Percent: URIRef
    Points: URIRef
    Times: URIRef
    # properties
    kind: URIRef
    method: URIRef
    dataset: URIRef
    metric: URIRef
    methodName: URIRef
    datasetName: URIRef
    metricName: URIRef
    baseline: URIRef
    value: URIRef
    unit: URIRef
    confidence: URIRef
    evidence: URIRef
    field: URIRef
    venue: URIRef
    arxivId: URIRef
    pipeline: URIRef


class OA(DefinedNamespace):
    """Web Annotation vocabulary (the terms used for evidence spans)."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    Annotation: URIRef
    SpecificResource: URIRef
    TextPositionSelector: URIRef
    hasBody: URIRef
    hasTarget: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef


class MLS(DefinedNamespace):
    """ML-Schema (the terms used for evaluation results and entity super-classes)."""

    _NS = Namespace("http://www.w3.org/ns/mls#")
    _fail = True

    Algorithm: URIRef
    Dataset: URIRef
    EvaluationMeasure: URIRef
    ModelEvaluation: URIRef
    Task: URIRef
    hasValue: URIRef
    specifiedBy: URIRef


class BIBO(DefinedNamespace):
    """Bibliographic Ontology (only the DOI property)."""

    _NS = Namespace("http://purl.org/ontology/bibo/")
    _fail = True

    doi: URIRef


#: prefixes used in Turtle output, the ontology file and the example queries
PREFIXES: dict[str, str] = {
    "kb": KB_NS,
    "schema": str(SDO),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "oa": str(OA._NS),
    "mls": str(MLS._NS),
    "bibo": str(BIBO._NS),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "paper": DATA_NS + "paper/",
    "entity": DATA_NS + "entity/",
    "person": DATA_NS + "person/",
    "agent": DATA_NS + "agent/",
    "run": DATA_NS + "run/",
}

__all__ = ["BIBO", "DATA_NS", "KB", "KB_NS", "MLS", "OA", "ONTOLOGY_IRI", "PREFIXES"]
