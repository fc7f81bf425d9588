"""The ontology as a Python index: concepts by name or label, their tree, stage and relations.

Built once from the Turtle source (see :func:`mlwf.ontology.load`); everything the other
layers ask about the vocabulary goes through :class:`Ontology`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from .namespace import MLWF, STAGES

LANGS = ("en", "tr")
# Object properties used in restrictions: the relations a concept page shows.
RELATIONS = ("suits", "requires", "appliesToFeature", "appliesToTarget", "solvesTask",
             "hasLearningType", "evaluates", "remedies", "followedBy", "mayReturnTo")


def local_name(iri: URIRef | str) -> str:
    return str(iri)[len(str(MLWF)):] if str(iri).startswith(str(MLWF)) else str(iri)


def _fold(text: str) -> str:
    """Case- and punctuation-insensitive key, with Turkish dotted/dotless i folded too."""
    text = text.replace("İ", "i").replace("I", "i").replace("ı", "i").lower()
    return re.sub(r"[^0-9a-zçğöşü]+", "", text)


@dataclass
class Concept:
    name: str
    iri: str
    labels: dict[str, str]
    definitions: dict[str, str]
    alt_labels: list[str]
    parents: list[str]
    stage: str | None
    sklearn: str | None
    relations: dict[str, list[str]]
    not_recommended: str | None
    fact_condition: str | None
    children: list[str] = field(default_factory=list)
    kind: str = "concept"

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.name

    def definition(self, lang: str = "en") -> str:
        return self.definitions.get(lang) or self.definitions.get("en", "")


@dataclass
class Question:
    name: str
    iri: str
    fact: str
    texts: dict[str, str]
    answers: list[str]
    order: int
    stage: str

    def text(self, lang: str = "en") -> str:
        return self.texts.get(lang) or self.texts["en"]


class Ontology:
    """Read-only index over the ontology graph."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self.concepts: dict[str, Concept] = {}
        for cls in graph.subjects(RDF.type, OWL.Class):
            if isinstance(cls, URIRef) and str(cls).startswith(str(MLWF)):
                self.concepts[local_name(cls)] = self._concept(cls)
        for concept in self.concepts.values():
            for parent in concept.parents:
                if parent in self.concepts:
                    self.concepts[parent].children.append(concept.name)
        for concept in self.concepts.values():
            concept.children.sort()
            concept.kind = self._kind(concept.name)
        self.questions = sorted(
            (self._question(q) for q in graph.subjects(RDF.type, MLWF.Question)),
            key=lambda q: q.order)
        self._by_key: dict[str, str] = {}
        for concept in self.concepts.values():
            keys = [concept.name, *concept.labels.values(), *concept.alt_labels]
            for key in keys:
                self._by_key.setdefault(_fold(key), concept.name)
        self._by_sklearn: dict[str, str] = {}
        # Algorithms first: a technique may name an estimator with a setting (early
        # stopping is "HistGradientBoostingClassifier(early_stopping=True)"), and the
        # bare class name must still find the algorithm.
        for concept in sorted(self.concepts.values(), key=lambda c: (c.kind != "algorithm", c.name)):
            if concept.sklearn:
                short = concept.sklearn.split("(")[0].rsplit(".", 1)[-1]
                self._by_sklearn.setdefault(_fold(short), concept.name)

    # -- building -------------------------------------------------------------------

    def _literals(self, subject, predicate) -> dict[str, str]:
        out: dict[str, str] = {}
        for value in self.graph.objects(subject, predicate):
            if isinstance(value, Literal):
                out.setdefault(value.language or "en", str(value))
        return out

    def _concept(self, cls: URIRef) -> Concept:
        g = self.graph
        parents, relations = [], {}
        for sup in g.objects(cls, RDFS.subClassOf):
            if isinstance(sup, URIRef):
                parents.append(local_name(sup))
            elif isinstance(sup, BNode):
                prop = g.value(sup, OWL.onProperty)
                target = g.value(sup, OWL.someValuesFrom)
                if prop is not None and isinstance(target, URIRef):
                    relations.setdefault(local_name(prop), []).append(local_name(target))
        stage = g.value(cls, MLWF.stage)
        sklearn = g.value(cls, MLWF.sklearnClass)
        why_not = self._literals(cls, MLWF.notRecommendedBecause)
        condition = g.value(cls, MLWF.factCondition)
        return Concept(
            name=local_name(cls), iri=str(cls),
            labels=self._literals(cls, RDFS.label),
            definitions=self._literals(cls, SKOS.definition),
            alt_labels=sorted(str(a) for a in g.objects(cls, SKOS.altLabel)),
            parents=sorted(parents), stage=local_name(stage) if stage else None,
            sklearn=str(sklearn) if sklearn else None,
            relations={k: sorted(v) for k, v in relations.items()},
            not_recommended=why_not.get("en"),
            fact_condition=str(condition) if condition else None)

    def _question(self, q: URIRef) -> Question:
        g = self.graph
        return Question(
            name=local_name(q), iri=str(q), fact=str(g.value(q, MLWF.asksFact)),
            texts=self._literals(q, MLWF.questionText),
            answers=[str(a) for a in sorted(g.objects(q, MLWF.allowedAnswer), key=str)],
            order=int(g.value(q, MLWF.questionOrder)),
            stage=local_name(g.value(q, MLWF.stage)))

    def _kind(self, name: str) -> str:
        if self.is_a(name, "Algorithm"):
            return "algorithm"
        if self.is_a(name, "EvaluationMetric"):
            return "metric"
        if name in STAGES or name == "WorkflowStage":
            return "stage"
        return "concept"

    # -- questions about the vocabulary ----------------------------------------------

    def get(self, name: str) -> Concept | None:
        """A concept by ontology name, English or Turkish label, or alternative label."""
        found = self.concepts.get(name) or self.concepts.get(self._by_key.get(_fold(name), ""))
        return found

    def __getitem__(self, name: str) -> Concept:
        concept = self.get(name)
        if concept is None:
            raise KeyError(name)
        return concept

    def __contains__(self, name: str) -> bool:
        return name in self.concepts

    def ancestors(self, name: str) -> list[str]:
        seen: list[str] = []
        todo = list(self.concepts[name].parents) if name in self.concepts else []
        while todo:
            parent = todo.pop(0)
            if parent not in seen and parent in self.concepts:
                seen.append(parent)
                todo.extend(self.concepts[parent].parents)
        return seen

    def is_a(self, name: str, ancestor: str) -> bool:
        return name == ancestor or ancestor in self.ancestors(name)

    def descendants(self, name: str) -> list[str]:
        out, todo = [], list(self.concepts[name].children)
        while todo:
            child = todo.pop(0)
            if child not in out:
                out.append(child)
                todo.extend(self.concepts[child].children)
        return out

    @cached_property
    def algorithms(self) -> list[Concept]:
        return [c for c in self.concepts.values() if c.kind == "algorithm" and not c.not_recommended]

    def algorithm_names(self) -> list[str]:
        return sorted(c.name for c in self.algorithms)

    def find_algorithm(self, text: str) -> Concept | None:
        """An algorithm by ontology name, label in either language, or scikit-learn class name."""
        short = text.split("(")[0].strip().rsplit(".", 1)[-1]   # "sklearn.svm.LinearSVC()"
        name = self._by_sklearn.get(_fold(short)) or self._by_key.get(_fold(text))
        concept = self.concepts.get(name or "")
        return concept if concept is not None and concept.kind == "algorithm" else None

    @cached_property
    def stage_order(self) -> list[str]:
        """The seven stages in workflow order, read from the followedBy restrictions."""
        nexts = {s: self.concepts[s].relations.get("followedBy", []) for s in STAGES}
        firsts = [s for s in STAGES if not any(s in v for v in nexts.values())]
        order = firsts[:1]
        while order and nexts[order[-1]]:
            following = [n for n in nexts[order[-1]] if n in STAGES]
            if not following or following[0] in order:
                break
            order.append(following[0])
        return order

    def ways_back(self, name: str) -> list[str]:
        return self.concepts[name].relations.get("mayReturnTo", []) if name in self.concepts else []

    def sklearn_of(self, name: str) -> str | None:
        return self.concepts[name].sklearn

    def question_for(self, fact: str) -> Question | None:
        return next((q for q in self.questions if q.fact == fact), None)
