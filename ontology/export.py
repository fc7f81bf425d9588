"""Serialising the ontology: the generated RDF/XML for Protégé, and other formats on request."""
from __future__ import annotations

from rdflib import Graph

from . import graph, owl_path, source_path
from .errors import InvalidInput

# format name -> (rdflib serializer, media type, file extension)
FORMATS = {
    "ttl": ("turtle", "text/turtle", "ttl"),
    # Plain RDF/XML: rdflib's pretty-xml drops triples of nodes inside RDF lists
    # (owl:AllDisjointClasses), which the isomorphism test would catch.
    "owl": ("xml", "application/rdf+xml", "owl"),
    "jsonld": ("json-ld", "application/ld+json", "jsonld"),
    "nt": ("nt", "application/n-triples", "nt"),
}
ALIASES = {"turtle": "ttl", "xml": "owl", "rdfxml": "owl", "rdf": "owl", "json-ld": "jsonld",
           "ntriples": "nt", "n-triples": "nt"}


def normalize_format(name: str) -> str:
    key = ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise InvalidInput(f"unknown ontology format '{name}'",
                           "allowed: " + ", ".join(FORMATS))
    return key


def serialize(fmt: str, g: Graph | None = None) -> bytes:
    """The ontology in one format. Turtle is the source file itself, byte for byte."""
    fmt = normalize_format(fmt)
    if fmt == "ttl" and g is None:
        return source_path().read_bytes()
    data = (g or graph()).serialize(format=FORMATS[fmt][0], encoding="utf-8")
    return data


def write_owl() -> str:
    """Regenerate ontology/mlwf.owl from the Turtle source; returns the path written."""
    path = owl_path()
    path.write_bytes(serialize("owl"))
    return str(path)
