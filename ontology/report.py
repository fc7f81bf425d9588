"""A quality report after the OBO community's default one (ROBOT ``report``), for mlwf.

ROBOT's default profile runs SPARQL checks at three levels: ERROR, WARN and INFO. The same
checks run here over rdflib, with two changes for a bilingual ontology that uses SKOS:

- definitions are read from skos:definition (ROBOT reads IAO:0000115), synonyms from
  skos:altLabel (ROBOT reads oboInOwl synonyms);
- the label and definition checks are language-aware: "multiple labels" means two
  labels in one language, "missing label" means no label in English or in Turkish,
  "duplicate label" means two entities with the same label in the same language, and an
  obsolete entity's label starts with "obsolete" in English and "kullanım dışı" in
  Turkish.

Checks of OBO-only vocabularies (cross-references, subsets, synonym types and scopes)
have nothing to look at here and are left out. ERROR and WARN rows fail the report.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

LANGS = ("en", "tr")
OBSOLETE = {"en": "obsolete", "tr": "kullanım dışı"}
DEFINITION = SKOS.definition
SYNONYM = SKOS.altLabel
LOGICAL = (RDFS.subClassOf, OWL.equivalentClass, OWL.disjointWith, RDFS.domain, RDFS.range,
           OWL.someValuesFrom, OWL.allValuesFrom, RDFS.subPropertyOf, OWL.inverseOf)


@dataclass(frozen=True)
class Row:
    level: str
    check: str
    entity: str
    property: str
    value: str

    def line(self, short) -> str:
        return f"{self.level:<5} {self.check:<30} {short(self.entity)} {short(self.property)} {self.value[:60]}"


class _Report:
    def __init__(self, g: Graph):
        self.g = g
        self.rows: list[Row] = []
        self.deprecated = {s for s, o in g.subject_objects(OWL.deprecated)
                           if str(o).lower() == "true"}
        self.ontologies = set(g.subjects(RDF.type, OWL.Ontology))
        self.individuals = set(g.subjects(RDF.type, OWL.NamedIndividual))

    def add(self, level, check, entity, prop, value=""):
        self.rows.append(Row(level, check, str(entity), str(prop), str(value)))

    def entities(self):
        """Named subjects that say something besides their type (ROBOT's notion)."""
        return sorted({s for s, p, _ in self.g if isinstance(s, URIRef) and p != RDF.type})

    def by_lang(self, s, prop) -> dict[str, list[Literal]]:
        out = defaultdict(list)
        for v in self.g.objects(s, prop):
            if isinstance(v, Literal):
                out[v.language or ""].append(v)
        return out

    def run(self) -> list[Row]:
        g = self.g
        annotation_props = set(g.subjects(RDF.type, OWL.AnnotationProperty)) | {RDFS.label, RDFS.comment}
        live = [e for e in self.entities() if e not in self.deprecated]
        # -- ERROR ------------------------------------------------------------------------
        for prop in (OWL.equivalentProperty, RDFS.subPropertyOf, OWL.inverseOf):
            for s, o in g.subject_objects(prop):
                if o in self.deprecated:
                    self.add("ERROR", "deprecated_property_reference", o, prop, s)
        for s, p, o in g:
            if p in self.deprecated:
                self.add("ERROR", "deprecated_property_reference", p, "use", s)
            if p in LOGICAL and o in self.deprecated and isinstance(o, URIRef):
                self.add("ERROR", "deprecated_class_reference", o, p, s)
            if p == OWL.onProperty and o in self.deprecated:
                self.add("ERROR", "deprecated_property_reference", o, p, s)
        for prop, check in ((DEFINITION, "duplicate_definition"), (RDFS.label, "duplicate_label")):
            seen: defaultdict[tuple[str, str | None], set[Node]] = defaultdict(set)
            for s, v in g.subject_objects(prop):
                if isinstance(s, URIRef) and s not in self.deprecated and isinstance(v, Literal):
                    seen[(str(v).strip().lower() if prop == RDFS.label else str(v), v.language)].add(s)
            for (value, lang), subjects in seen.items():
                if len(subjects) > 1:
                    for s in sorted(subjects, key=str):
                        self.add("ERROR", check, s, prop, f"{value}@{lang}")
        for s, v in g.subject_objects(RDFS.label):
            if "\n" in str(v) or "\t" in str(v):
                self.add("ERROR", "label_formatting", s, RDFS.label, v)
            if str(v) != str(v).strip():
                self.add("ERROR", "label_whitespace", s, RDFS.label, v)
            if s not in self.deprecated and str(v).lower().startswith(tuple(OBSOLETE.values())):
                self.add("ERROR", "misused_obsolete_label", s, RDFS.label, v)
        for e in live:
            if e in self.ontologies:
                continue
            labels = self.by_lang(e, RDFS.label)
            for lang in LANGS:
                if not labels.get(lang):
                    self.add("ERROR", "missing_label", e, RDFS.label, f"no @{lang} label")
            for lang, values in labels.items():
                if len(values) > 1:
                    self.add("ERROR", "multiple_labels", e, RDFS.label, f"{len(values)} @{lang}")
            for lang, values in self.by_lang(e, DEFINITION).items():
                if len(values) > 1:
                    self.add("ERROR", "multiple_definitions", e, DEFINITION, f"{len(values)} @{lang}")
            named_eq = [o for o in g.objects(e, OWL.equivalentClass) if isinstance(o, URIRef)]
            if len(named_eq) > 1:
                self.add("ERROR", "multiple_equivalent_classes", e, OWL.equivalentClass, len(named_eq))
        for o in self.ontologies:
            for prop, check in ((DCTERMS.title, "missing_ontology_title"),
                                (DCTERMS.description, "missing_ontology_description"),
                                (DCTERMS.license, "missing_ontology_license")):
                if g.value(o, prop) is None:
                    self.add("ERROR", check, o, prop)
        # -- WARN -------------------------------------------------------------------------
        for s, p, v in g:
            if p in annotation_props and isinstance(v, Literal) and str(v) != str(v).strip():
                self.add("WARN", "annotation_whitespace", s, p, v)
        synonyms: defaultdict[tuple[str, str | None], set[Node]] = defaultdict(set)
        for s, v in g.subject_objects(SYNONYM):
            if s not in self.deprecated and isinstance(v, Literal):
                synonyms[(str(v).lower(), v.language)].add(s)
                if any(str(label).lower() == str(v).lower()
                       and getattr(label, "language", None) == v.language
                       for label in g.objects(s, RDFS.label)):
                    self.add("WARN", "duplicate_label_synonym", s, SYNONYM, v)
        for (value, lang), subjects in synonyms.items():
            if len(subjects) > 1:
                for s in sorted(subjects, key=str):
                    self.add("WARN", "duplicate_exact_synonym", s, SYNONYM, f"{value}@{lang}")
        for s, o in g.subject_objects(OWL.equivalentClass):
            if isinstance(s, URIRef) and isinstance(o, URIRef):
                self.add("WARN", "equivalent_pair", s, OWL.equivalentClass, o)
        structural = {RDF.type, OWL.equivalentClass, OWL.disjointWith, OWL.equivalentProperty,
                      OWL.sameAs, OWL.differentFrom, OWL.inverseOf}
        for e in live:
            if e in self.ontologies or e in self.individuals:
                continue
            if not any(p not in structural for p in g.predicates(e, None)):
                continue
            definitions = self.by_lang(e, DEFINITION)
            for lang in LANGS:
                if not definitions.get(lang):
                    self.add("WARN", "missing_definition", e, DEFINITION, f"no @{lang} definition")
        for e in sorted(self.deprecated, key=str):
            for v in g.objects(e, RDFS.label):
                prefix = OBSOLETE.get(getattr(v, "language", None) or "en", "obsolete")
                if not str(v).lower().startswith(prefix):
                    self.add("WARN", "missing_obsolete_label", e, RDFS.label, v)
        for c in sorted(set(g.subjects(RDF.type, OWL.Class)), key=str):
            named = [o for o in g.objects(c, RDFS.subClassOf) if isinstance(o, URIRef)]
            if isinstance(c, URIRef) and len(named) > 1:
                self.add("WARN", "multiple_asserted_superclasses", c, RDFS.subClassOf,
                         ", ".join(sorted(map(str, named))))
        # -- INFO -------------------------------------------------------------------------
        for s, v in g.subject_objects(DEFINITION):
            if isinstance(v, Literal) and str(v)[:1].islower():
                self.add("INFO", "lowercase_definition", s, DEFINITION, v)
        for c in sorted(set(g.subjects(RDF.type, OWL.Class)), key=str):
            if isinstance(c, BNode) or c in self.deprecated:
                continue
            if not any(isinstance(o, URIRef) for o in g.objects(c, RDFS.subClassOf)):
                self.add("INFO", "missing_superclass", c, RDFS.subClassOf)
        return sorted(set(self.rows), key=lambda r: ({"ERROR": 0, "WARN": 1, "INFO": 2}[r.level],
                                                      r.check, r.entity, r.value))


def report(g: Graph) -> list[Row]:
    return _Report(g).run()


def counts(rows: list[Row]) -> dict[str, int]:
    out = {"ERROR": 0, "WARN": 0, "INFO": 0}
    for r in rows:
        out[r.level] += 1
    return out
