"""A derived graph that makes the ontology easy to query with SPARQL.

OWL keeps relations as restrictions (``?c rdfs:subClassOf [owl:onProperty mlwf:suits;
owl:someValuesFrom ?t]``) and the stage order as a chain of them, which SPARQL property
paths cannot follow selectively. Each time the ontology is loaded, this graph is rebuilt
from it: every restriction as a direct triple (``?c kb:suits ?t``, ``?c kb:usedIn ?step``),
each stage's position in the workflow (``mlwf:Data kb:position 3``), and every stage a
concept has a place in, following partOf up from its steps (``?c kb:inStage mlwf:Data``).
It holds nothing the ontology does not say.
"""
from __future__ import annotations

from rdflib import Literal

from mlwf.kb.namespaces import KB
from mlwf.ontology import Ontology
from mlwf.ontology.concepts import RELATIONS

INFERRED_GRAPH = "https://w3id.org/mlwf/kb/inferred"


def inferred_ntriples(ontology: Ontology) -> str:
    lines = []
    for position, stage in enumerate(ontology.stage_order, 1):
        lines.append(f"<{ontology.concepts[stage].iri}> <{KB.position}> {Literal(position).n3()} .")
    for concept in ontology.concepts.values():
        for stage in concept.stages:
            lines.append(f"<{concept.iri}> <{KB.inStage}> <{ontology.concepts[stage].iri}> .")
        for prop in RELATIONS:
            for target in concept.relations.get(prop, []):
                if target in ontology.concepts:
                    lines.append(f"<{concept.iri}> <{KB[prop]}> <{ontology.concepts[target].iri}> .")
    return "\n".join(lines) + "\n"
