"""Quality checks of the ontology: each returns the offenders, so a report can name them.

`mlwf ontology check` prints them all; tests/test_ontology_quality.py asserts each is
empty. The reasoner check is separate (ontology/reasoner.py) because it needs Java.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from .namespace import MLWF, STAGES

DECLARATIONS = (OWL.Class, OWL.NamedIndividual, OWL.ObjectProperty, OWL.DatatypeProperty,
                OWL.AnnotationProperty)
BUILTIN = ("http://www.w3.org/2002/07/owl#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
           "http://www.w3.org/2000/01/rdf-schema#", str(XSD))


def _name(iri) -> str:
    return str(iri).replace(str(MLWF), "mlwf:")


def entities(g: Graph) -> dict[URIRef, set[URIRef]]:
    """Every declared IRI of the mlwf namespace with its declaration types."""
    out: dict[URIRef, set[URIRef]] = defaultdict(set)
    for kind in DECLARATIONS:
        for s in g.subjects(RDF.type, kind):
            if isinstance(s, URIRef) and str(s).startswith(str(MLWF)):
                out[s].add(kind)
    return out


def content_entities(g: Graph) -> list[URIRef]:
    """Classes and individuals: the entities that need labels, definitions and a stage."""
    return sorted(s for s, kinds in entities(g).items()
                  if kinds & {OWL.Class, OWL.NamedIndividual})


def missing_labels(g: Graph) -> list[str]:
    bad = []
    for s in content_entities(g) + [p for p, k in entities(g).items() if not k & {OWL.Class, OWL.NamedIndividual}]:
        langs = Counter(label.language for label in g.objects(s, RDFS.label)
                        if isinstance(label, Literal))
        if langs.get("en") != 1 or langs.get("tr") != 1:
            bad.append(f"{_name(s)} (labels: {dict(langs) or 'none'})")
    return sorted(set(bad))


def missing_definitions(g: Graph) -> list[str]:
    bad = []
    for s in content_entities(g):
        langs = {d.language for d in g.objects(s, SKOS.definition) if isinstance(d, Literal)}
        if "en" not in langs:
            bad.append(_name(s))
    return bad


def missing_turkish_definitions(g: Graph) -> list[str]:
    return [_name(s) for s in content_entities(g)
            if "tr" not in {getattr(d, "language", None) for d in g.objects(s, SKOS.definition)}]


PLACES = (MLWF.partOf, MLWF.usedIn, MLWF.consideredIn)


def _supers(g: Graph, s) -> set:
    """Named superclasses, transitively."""
    seen, todo = set(), [s]
    while todo:
        for o in g.objects(todo.pop(), RDFS.subClassOf):
            if isinstance(o, URIRef) and o not in seen:
                seen.add(o)
                todo.append(o)
    return seen


def _places(g: Graph, s) -> list[tuple]:
    out = []
    for r in g.objects(s, RDFS.subClassOf):
        prop = g.value(r, OWL.onProperty) if isinstance(r, BNode) else None
        if prop in PLACES:
            out.append((prop, g.value(r, OWL.someValuesFrom)))
    return out


def bad_places(g: Graph) -> list[str]:
    """Each concept of the outline has a place in the workflow, by the right relation:
    a step is part of a stage or step; anything else is used or considered in one; the
    stages are the tops and the workflow methodologies describe the whole."""
    outside = {MLWF.WorkflowMethodology} | set(g.subjects(SKOS.broader, MLWF.WorkflowMethodology))
    bad = []
    for s in sorted(g.subjects(SKOS.inScheme, MLWF.WorkflowOutline), key=str):
        if s in outside or s in {MLWF[x] for x in STAGES}:
            continue
        places = _places(g, s)
        process = MLWF.WorkflowProcess in _supers(g, s)
        if not places:
            bad.append(f"{_name(s)} (no place in the workflow)")
        for prop, target in places:
            if MLWF.WorkflowProcess not in _supers(g, target):
                bad.append(f"{_name(s)}: {_name(prop)} {_name(target)}, which is no stage or step")
            if (prop == MLWF.partOf) != process:
                bad.append(f"{_name(s)}: {_name(prop)} is for "
                           + ("non-processes" if prop != MLWF.partOf else "stages and steps"))
    return bad


def outline_breaks(g: Graph) -> list[str]:
    """Every concept of the outline reaches one of its top concepts by skos:broader."""
    tops = set(g.objects(MLWF.WorkflowOutline, SKOS.hasTopConcept))
    bad = []
    for s in sorted(g.subjects(SKOS.inScheme, MLWF.WorkflowOutline), key=str):
        seen, todo = set(), [s]
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                todo.extend(g.objects(n, SKOS.broader))
        if not seen & tops:
            bad.append(_name(s))
        if s not in tops and not list(g.objects(s, SKOS.broader)):
            bad.append(f"{_name(s)} (in the scheme, under nothing)")
    return bad


def undeclared(g: Graph) -> list[str]:
    """IRIs used but never declared (OWL 2 DL wants every entity declared)."""
    declared = set(entities(g)) | set(g.subjects(RDF.type, OWL.Ontology))
    declared |= {s for s in g.subjects(RDF.type, OWL.AnnotationProperty)}
    bad = set()
    for s, p, o in g:
        if not str(p).startswith(BUILTIN) and p not in declared:
            bad.add(f"{_name(p)} (used as a property)")
        for node in (s, o):
            if (isinstance(node, URIRef) and str(node).startswith(str(MLWF))
                    and node not in declared):
                bad.add(f"{_name(node)}")
    return sorted(bad)


def punned(g: Graph) -> list[str]:
    return sorted(f"{_name(s)} ({', '.join(sorted(_name(k).split('#')[-1] for k in kinds))})"
                  for s, kinds in entities(g).items() if len(kinds) > 1)


def duplicate_labels(g: Graph) -> list[str]:
    seen: dict[str, list[str]] = defaultdict(list)
    for s in entities(g):
        for label in g.objects(s, RDFS.label):
            if isinstance(label, Literal) and label.language == "en":
                seen[str(label).strip().lower()].append(_name(s))
    return sorted(f"'{label}': {', '.join(sorted(names))}" for label, names in seen.items()
                  if len(names) > 1)


def bad_restrictions(g: Graph) -> list[str]:
    """Restrictions must be existential, on a declared object property, to a named class."""
    bad = []
    props = set(g.subjects(RDF.type, OWL.ObjectProperty))
    classes = set(g.subjects(RDF.type, OWL.Class))
    for r in g.subjects(RDF.type, OWL.Restriction):
        prop, target = g.value(r, OWL.onProperty), g.value(r, OWL.someValuesFrom)
        owners = [_name(s) for s in g.subjects(RDFS.subClassOf, r)]
        if prop not in props or target not in classes:
            bad.append(f"{owners}: on {_name(prop)} some {_name(target)}")
    return bad


SKLEARN_PATH = re.compile(r"^sklearn(\.[A-Za-z_][A-Za-z0-9_]*)+$")


def bad_sklearn(g: Graph) -> list[str]:
    """mlwf:sklearnClass is a dotted path and nothing else; settings parse as keywords."""
    from .concepts import parse_sklearn_args
    bad = [f"{_name(s)}: {v}" for s, v in g.subject_objects(MLWF.sklearnClass)
           if not SKLEARN_PATH.match(str(v))]
    for s, v in g.subject_objects(MLWF.sklearnParameters):
        try:
            parse_sklearn_args(str(v), resolve=False)
        except ValueError as exc:
            bad.append(f"{_name(s)}: {exc}")
        if g.value(s, MLWF.sklearnClass) is None:
            bad.append(f"{_name(s)}: parameters without a class")
    return sorted(bad)


def top_kinds(g: Graph) -> set:
    """The tops of the is-a trees: the members of the disjointness axiom that has the
    workflow's processes among them."""
    for axiom in g.subjects(RDF.type, OWL.AllDisjointClasses):
        head = g.value(axiom, OWL.members)
        assert head is not None, f"an AllDisjointClasses axiom without members: {axiom}"
        members = set(Collection(g, head))
        if MLWF.WorkflowProcess in members:
            return members
    return set()


def orphans(g: Graph) -> list[str]:
    """Classes with no named superclass that are not a declared top kind."""
    tops = top_kinds(g)
    bad = []
    for s in g.subjects(RDF.type, OWL.Class):
        if isinstance(s, BNode) or s in tops or not str(s).startswith(str(MLWF)):
            continue
        if not any(isinstance(p, URIRef) for p in g.objects(s, RDFS.subClassOf)):
            bad.append(_name(s))
    return sorted(bad)


def released_iris_missing(g: Graph) -> list[str]:
    """Deprecation policy: every IRI of a past release is still declared here."""
    from importlib import resources
    declared = {str(s) for s in entities(g)} | {str(s) for s in g.subjects(RDF.type, OWL.Ontology)}
    missing = []
    folder = resources.files(__package__) / "released"
    for release in sorted(folder.iterdir(), key=lambda f: f.name):
        if not release.name.endswith(".txt"):
            continue
        for line in release.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and line not in declared:
                missing.append(f"{_name(line)} (released in {release.name[:-4]})")
    return missing


def bad_deprecations(g: Graph) -> list[str]:
    """A deprecated entity names its replacement and is used in no axiom."""
    bad = []
    for s, flag in g.subject_objects(OWL.deprecated):
        if str(flag).lower() != "true":
            continue
        if g.value(s, DCTERMS.isReplacedBy) is None:
            bad.append(f"{_name(s)} (no dcterms:isReplacedBy)")
        used = [p for p in (g.predicates(None, s)) if p not in (RDF.type,)]
        used += [s] if any(True for _ in g.triples((None, s, None))) else []
        if used:
            bad.append(f"{_name(s)} (still used)")
    return bad


CHECKS = {
    "labels (exactly one English and one Turkish)": missing_labels,
    "English definitions": missing_definitions,
    "Turkish definitions": missing_turkish_definitions,
    "places in the workflow": bad_places,
    "outline (skos:broader up to a top concept)": outline_breaks,
    "undeclared IRIs": undeclared,
    "punning (one IRI, several kinds)": punned,
    "duplicate English labels": duplicate_labels,
    "restrictions": bad_restrictions,
    "scikit-learn paths": bad_sklearn,
    "classes outside the is-a trees": orphans,
    "released IRIs kept (deprecate, never delete)": released_iris_missing,
    "deprecated entities (replacement named, unused)": bad_deprecations,
}


def run_checks(g: Graph) -> dict[str, list[str]]:
    return {title: check(g) for title, check in CHECKS.items()}


def counts_by_stage(g: Graph) -> dict[str, int]:
    """Classes per main stage (see Concept.stage); "(none)" for kinds outside the outline,
    the workflow methodologies and the question class."""
    from .concepts import Ontology
    onto = Ontology(g)
    return dict(Counter(c.stage or "(none)" for c in onto.concepts.values()))
