"""RDF/XML that is the same bytes for the same triples, with the ontology header first.

rdflib's RDF/XML writers order subjects by hash and name blank nodes at random, so two
exports of one Turtle file differed in thousands of lines, and they write every node as
rdf:Description, so the OWL API's AutoIRIMapper (Protégé's local import) did not see an
owl:Ontology element and could not map the ontology IRI to the file. This writer:

- puts the owl:Ontology element first, then named subjects in IRI order, then
  the anonymous axioms (owl:AllDisjointClasses) in the order of their text;
- writes a subject as a typed node (owl:Class, owl:ObjectProperty, ...) where it can;
- nests each blank node used once (restrictions) where it is used, writes OWL lists
  as rdf:parseType="Collection", and numbers any other blank node by first appearance;
- sorts properties by IRI and values by their text.
"""
from __future__ import annotations

from collections import Counter
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF
from rdflib.term import Node

PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "vann": "http://purl.org/vocab/vann/",
    "prov": "http://www.w3.org/ns/prov#",
    "mls": "http://www.w3.org/ns/mls#",
    "mlwf": "https://w3id.org/mlwf/ontology#",
    "kb": "https://w3id.org/mlwf/kb#",
    "fact": "https://w3id.org/mlwf/fact#",
}
# Typed-node preference: the first of these a subject has names its element.
TYPES = (OWL.Ontology, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
         OWL.AnnotationProperty, OWL.Restriction, OWL.AllDisjointClasses, OWL.NamedIndividual)


def _split(iri: str) -> tuple[str, str]:
    for sep in ("#", "/"):
        if sep in iri:
            ns, _, local = iri.rpartition(sep)
            if local and (local[0].isalpha() or local[0] == "_") and all(
                    ch.isalnum() or ch in "_-." for ch in local):
                return ns + sep, local
    raise ValueError(f"cannot write {iri} as an XML name")


class _Writer:
    def __init__(self, g: Graph):
        self.g = g
        self.ns: dict[str, str] = {v: k for k, v in PREFIXES.items()}
        self.used: set[str] = set()
        refs = Counter(o for _, _, o in g if isinstance(o, BNode))
        self.inline = {b for b, n in refs.items() if n == 1}
        self.ids: dict[BNode, str] = {}

    def qname(self, iri: Node) -> str:
        ns, local = _split(str(iri))
        if ns not in self.ns:
            self.ns[ns] = f"ns{len([p for p in self.ns.values() if p.startswith('ns')]) + 1}"
        self.used.add(ns)
        return f"{self.ns[ns]}:{local}"

    def node_id(self, b: BNode) -> str:
        if b not in self.ids:
            self.ids[b] = f"n{len(self.ids) + 1}"
        return self.ids[b]

    def is_list(self, b) -> bool:
        """A well-formed list of resources, each cell used once: a Collection."""
        while b != RDF.nil:
            if not isinstance(b, BNode) or b not in self.inline:
                return False
            preds = sorted(set(self.g.predicates(b, None)), key=str)
            if preds != sorted([RDF.first, RDF.rest]):
                return False
            if isinstance(self.g.value(b, RDF.first), Literal):
                return False
            if len(list(self.g.objects(b, RDF.first))) != 1 or len(list(self.g.objects(b, RDF.rest))) != 1:
                return False
            b = self.g.value(b, RDF.rest)
        return True

    def items(self, b) -> list:
        out = []
        while b != RDF.nil:
            out.append(self.g.value(b, RDF.first))
            b = self.g.value(b, RDF.rest)
        return out

    def node(self, subject, indent: str, about: bool = True) -> str:
        """One subject as an element: typed where possible, its properties inside."""
        types = sorted(self.g.objects(subject, RDF.type), key=str)
        element = next((t for t in TYPES if t in types), None)
        if element is None:
            element = next((t for t in types if isinstance(t, URIRef) and self._qnameable(t)), None)
        tag = self.qname(element) if element is not None else "rdf:Description"
        if isinstance(subject, URIRef):
            attr = f" rdf:about={quoteattr(str(subject))}"
        elif about:
            attr = f" rdf:nodeID={quoteattr(self.node_id(subject))}"
        else:
            attr = ""
        props = []
        for p, o in sorted(self.g.predicate_objects(subject),
                           key=lambda po: (str(po[0]), isinstance(po[1], BNode), str(po[1])
                                           if not isinstance(po[1], BNode) else "")):
            if p == RDF.type and o == element:
                continue
            props.append(self.prop(p, o, indent + "  "))
        props.sort()
        if not props:
            return f"{indent}<{tag}{attr}/>"
        return f"{indent}<{tag}{attr}>\n" + "\n".join(props) + f"\n{indent}</{tag}>"

    def _qnameable(self, iri) -> bool:
        try:
            _split(str(iri))
            return True
        except ValueError:
            return False

    def prop(self, p: Node, o, indent: str) -> str:
        tag = self.qname(p)
        if isinstance(o, URIRef):
            return f"{indent}<{tag} rdf:resource={quoteattr(str(o))}/>"
        if isinstance(o, Literal):
            attrs = ""
            if o.language:
                attrs = f" xml:lang={quoteattr(o.language)}"
            elif o.datatype is not None:
                attrs = f" rdf:datatype={quoteattr(str(o.datatype))}"
            return f"{indent}<{tag}{attrs}>{escape(str(o))}</{tag}>"
        if o in self.inline:
            if self.is_list(o):
                inner = [self._item(i, indent + "  ") for i in self.items(o)]
                return (f'{indent}<{tag} rdf:parseType="Collection">\n' + "\n".join(inner)
                        + f"\n{indent}</{tag}>")
            return f"{indent}<{tag}>\n" + self.node(o, indent + "  ", about=False) + f"\n{indent}</{tag}>"
        return f"{indent}<{tag} rdf:nodeID={quoteattr(self.node_id(o))}/>"

    def _item(self, item, indent: str) -> str:
        if isinstance(item, URIRef):
            return f"{indent}<rdf:Description rdf:about={quoteattr(str(item))}/>"
        if item in self.inline:
            return self.node(item, indent, about=False)
        return f"{indent}<rdf:Description rdf:nodeID={quoteattr(self.node_id(item))}/>"

    def document(self) -> str:
        g = self.g
        ontologies = sorted((s for s in g.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef)), key=str)
        named = sorted({s for s in g.subjects() if isinstance(s, URIRef)} - set(ontologies), key=str)
        blocks = [self.node(s, "  ") for s in ontologies + named]
        # Anonymous roots (axioms nobody points at): ordered by their own text, which
        # does not depend on blank node labels since they are written nested.
        roots = [s for s in set(g.subjects()) if isinstance(s, BNode) and s not in self.inline
                 and not any(True for _ in g.subjects(None, s))]
        blocks += sorted(self.node(s, "  ", about=False) for s in roots)
        shared = [s for s in set(g.subjects()) if isinstance(s, BNode) and s not in self.inline
                  and s not in roots]
        # Shared blank nodes are named by first use above; write them in that order.
        for s in sorted(shared, key=lambda b: int(self.node_id(b)[1:])):
            blocks.append(self.node(s, "  "))
        decls = [f'xmlns:{prefix}={quoteattr(ns)}' for ns, prefix in
                 sorted(self.ns.items(), key=lambda kv: kv[1]) if ns in self.used or prefix in ("rdf", "owl")]
        base = f' xml:base={quoteattr(str(ontologies[0]))}' if ontologies else ""
        head = '<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF' + base + "\n  " + "\n  ".join(decls) + ">\n"
        return head + "\n\n".join(blocks) + "\n</rdf:RDF>\n"


def serialize_rdfxml(g: Graph) -> bytes:
    return _Writer(g).document().encode("utf-8")
