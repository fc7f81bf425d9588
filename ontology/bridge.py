"""The bridge module to W3C ML Schema (mlwf-mls.ttl) and ML Schema itself (mlschema/).

The bridge's hand-written axioms sit above a marker line; below it, the scikit-learn
implementations of mlwf's algorithms are generated from the ontology, so they cannot
drift from mlwf:sklearnClass. ``merged_graph`` puts mlwf, ML Schema and the bridge in one
graph (without owl:imports, which a reasoner offline could not follow) for the reasoners.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import OWL

from . import graph, load

MARKER = "# ---------------------------------------------------------------- generated: implementations\n"
IMPL = "https://w3id.org/mlwf/implementation/"
BRIDGE_IRI = "https://w3id.org/mlwf/ontology/mls-bridge"
MLS_IRI = "http://www.w3.org/ns/mls#"


def bridge_path() -> Path:
    return Path(str(resources.files(__package__) / "mlwf-mls.ttl"))


def mlschema_path() -> Path:
    return Path(str(resources.files(__package__) / "mlschema" / "MLSchema.ttl"))


def implementations_turtle() -> str:
    """Each algorithm with an importable scikit-learn path, as an mls:Implementation that
    implements some algorithm of that kind, and part of the scikit-learn software."""
    onto = load()
    algorithms = sorted((c for c in onto.concepts.values() if c.kind == "algorithm" and c.sklearn),
                        key=lambda c: c.sklearn or "")
    out = ["impl:scikit-learn a owl:NamedIndividual , mls:Software ;",
           '    rdfs:label "scikit-learn"@en , "scikit-learn"@tr ;',
           '    rdfs:seeAlso <https://scikit-learn.org/> ;']
    out.append("    mls:hasPart " + " ,\n        ".join(f"impl:{c.sklearn}" for c in algorithms) + " .")
    for c in algorithms:
        label = Literal(c.sklearn)
        out += ["",
                f"impl:{c.sklearn} a owl:NamedIndividual , mls:Implementation ,",
                f"        [ a owl:Restriction ; owl:onProperty mls:implements ; owl:someValuesFrom mlwf:{c.name} ] ;",
                f'    rdfs:label {label.n3()[:-1]}"@en , {label.n3()[:-1]}"@tr .']
    return "\n".join(out) + "\n"


def bridge_text() -> str:
    """The bridge file as it should be: the hand-written part, then the generated one."""
    text = bridge_path().read_text(encoding="utf-8")
    head = text[:text.index(MARKER) + len(MARKER)]
    return head + "\n" + implementations_turtle()


def write_bridge() -> str:
    path = bridge_path()
    path.write_text(bridge_text(), encoding="utf-8")
    return str(path)


def bridge_graph() -> Graph:
    return Graph().parse(data=bridge_text(), format="turtle")


def mlschema_graph() -> Graph:
    return Graph().parse(mlschema_path(), format="turtle")


def merged_graph() -> Graph:
    """mlwf + ML Schema + the bridge, imports dropped (their targets are all here)."""
    g = Graph()
    for part in (graph(), mlschema_graph(), bridge_graph()):
        for t in part:
            g.add(t)
    g.remove((None, OWL.imports, None))
    for prefix, ns in bridge_graph().namespaces():
        g.bind(prefix, ns, override=False)
    return g
