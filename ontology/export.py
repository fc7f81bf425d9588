"""Serialising the ontology: the generated RDF/XML for Protégé, and other formats on request."""
from __future__ import annotations

from rdflib import Graph

from . import graph, owl_path, source_path
from .errors import InvalidInput, quote
from .i18n import _
from .rdfxml import serialize_rdfxml

# format name -> (rdflib serializer, media type, file extension)
FORMATS = {
    "ttl": ("turtle", "text/turtle", "ttl"),
    # Our own writer (rdfxml.py): the same bytes every run, the ontology header first.
    "owl": ("xml", "application/rdf+xml", "owl"),
    "jsonld": ("json-ld", "application/ld+json", "jsonld"),
    "nt": ("nt", "application/n-triples", "nt"),
}
ALIASES = {"turtle": "ttl", "xml": "owl", "rdfxml": "owl", "rdf": "owl", "json-ld": "jsonld",
           "ntriples": "nt", "n-triples": "nt"}


def normalize_format(name: str) -> str:
    key = ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise InvalidInput(_("unknown ontology format {name}", name=quote(name)),
                           _("allowed: {allowed}", allowed=", ".join(FORMATS)))
    return key


def serialize(fmt: str, g: Graph | None = None) -> bytes:
    """The ontology in one format. Turtle is the source file itself, byte for byte."""
    fmt = normalize_format(fmt)
    if fmt == "ttl" and g is None:
        return source_path().read_bytes()
    if fmt == "owl":
        return serialize_rdfxml(g or graph())
    data = (g or graph()).serialize(format=FORMATS[fmt][0], encoding="utf-8")
    return data


def write_owl() -> str:
    """Regenerate ontology/mlwf.owl from the Turtle source; returns the path written."""
    path = owl_path()
    path.write_bytes(serialize("owl"))
    return str(path)


def generated_files() -> dict:
    """Every generated release file and the bytes it should hold: mlwf.owl, ML Schema as
    RDF/XML (the OWL API's AutoIRIMapper reads no Turtle), and the bridge's generated part."""
    from .bridge import bridge_path, bridge_text, mlschema_graph, mlschema_path
    return {owl_path(): serialize("owl"),
            mlschema_path().with_suffix(".owl"): serialize("owl", mlschema_graph()),
            bridge_path(): bridge_text().encode("utf-8")}


def write_all() -> list[str]:
    written = []
    for path, data in generated_files().items():
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            written.append(str(path))
    return written
