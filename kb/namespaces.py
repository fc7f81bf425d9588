"""IRIs of the knowledge base's own vocabulary (cases, facts, recommendations).

The workflow concepts live in the ontology's namespace (mlwf:); what the knowledge base
records about a case uses kb: for its structure and fact: for the facts' names, so that
SPARQL over cases reads ``?case fact:task "classification"``.
"""
from rdflib import Namespace

from mlwf.ontology import MLWF, ONTOLOGY_IRI

KB = Namespace("https://w3id.org/mlwf/kb#")
FACT = Namespace("https://w3id.org/mlwf/fact#")
CASE_BASE = "https://w3id.org/mlwf/case/"
ONTOLOGY_GRAPH = ONTOLOGY_IRI

PREFIXES = {
    "mlwf": str(MLWF), "kb": str(KB), "fact": str(FACT),
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "mls": "http://www.w3.org/ns/mls#",
}


def prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def one_line_prologue(base: str | None = None) -> str:
    """The declarations of :func:`prologue` (and a BASE) on one line, for text sent on to a
    SPARQL server: its error positions then keep the person's own line numbers. ``base``
    is the endpoint's own IRI, never a client's text."""
    return " ".join(([f"BASE <{base}>"] if base else []) +
                    [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()]) + " "


def case_iri(case_id: str) -> str:
    return CASE_BASE + case_id
