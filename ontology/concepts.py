"""The ontology as a Python index: concepts by name or label, their kinds, outline, places
and relations.

Three structures are kept apart, as the ontology keeps them: is-a (rdfs:subClassOf between
kinds: ``superclasses``, ``is_a``), the seed's outline (skos:broader: ``parents`` and
``children``, what a person navigates), and the place in the workflow (the partOf, usedIn
and consideredIn restrictions: ``places``, from which ``stage`` and ``stages`` follow).

Built once from the Turtle source (see :func:`mlwf.ontology.load`); everything the other
layers ask about the vocabulary goes through :class:`Ontology`.
"""
from __future__ import annotations

import ast
import importlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from .i18n import _
from .namespace import MLWF, STAGES

LANGS = ("en", "tr")
# Object properties used in restrictions: the relations a concept page shows.
RELATIONS = ("suits", "requires", "appliesToFeature", "appliesToTarget", "solvesTask",
             "hasLearningType", "evaluates", "remedies", "followedBy", "mayReturnTo",
             "partOf", "usedIn", "consideredIn")
# The sub-properties of inWorkflowPlace: where in the workflow a concept has its place.
PLACE_RELATIONS = ("partOf", "usedIn", "consideredIn")


def local_name(iri: Node | str) -> str:
    return str(iri)[len(str(MLWF)):] if str(iri).startswith(str(MLWF)) else str(iri)


def import_dotted(path: str) -> Any:
    """An object by its dotted path: a module attribute (sklearn.svm.SVC) or a module."""
    module, _sep, attr = path.rpartition(".")
    experimental = _experimental(path)
    if experimental:
        importlib.import_module(experimental)
    try:
        return getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError):
        return importlib.import_module(path)


# scikit-learn's experimental estimators appear in their module only after this import.
EXPERIMENTAL = {"sklearn.impute.IterativeImputer": "sklearn.experimental.enable_iterative_imputer",
                "sklearn.model_selection.HalvingRandomSearchCV": "sklearn.experimental.enable_halving_search_cv",
                "sklearn.model_selection.HalvingGridSearchCV": "sklearn.experimental.enable_halving_search_cv"}


def _experimental(path: str) -> str | None:
    return EXPERIMENTAL.get(path)


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def parse_sklearn_args(text: str, resolve: bool = True) -> dict[str, Any]:
    """Keyword arguments written as Python ("strategy='median', degree=2") as a dict;
    literals are evaluated, dotted names imported (or kept as strings with resolve=False).
    Raises ValueError on anything else, so no code runs from the ontology."""
    if not text.strip():
        return {}
    try:
        call = ast.parse(f"f({text})", mode="eval").body
    except SyntaxError as exc:
        raise ValueError(f"not keyword arguments: {text[:60]}") from exc
    if not isinstance(call, ast.Call) or call.args:
        raise ValueError(f"only keyword arguments are allowed: {text[:60]}")
    out: dict[str, Any] = {}
    for kw in call.keywords:
        if kw.arg is None:
            raise ValueError(f"no **kwargs: {text[:60]}")
        dotted = _dotted(kw.value) if not isinstance(kw.value, ast.Constant) else None
        if dotted and "." in dotted:
            out[kw.arg] = import_dotted(dotted) if resolve else dotted
        else:
            out[kw.arg] = ast.literal_eval(kw.value)
    return out


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
    parents: list[str]            # outline parents (skos:broader)
    superclasses: list[str]       # is-a parents (rdfs:subClassOf a named class)
    sklearn: str | None           # importable dotted path, nothing else
    sklearn_args: str | None      # constructor settings as Python keywords: strategy='median'
    relations: dict[str, list[str]]
    not_recommended: str | None
    fact_condition: str | None
    deprecated: bool = False
    replaced_by: str | None = None
    children: list[str] = field(default_factory=list)
    subclasses: list[str] = field(default_factory=list)
    stage: str | None = None      # the main stage: the outline's, among those of its places
    stages: list[str] = field(default_factory=list)
    kind: str = "concept"

    @property
    def sklearn_call(self) -> str | None:
        """The path with its settings, as a person would write it: SimpleImputer(strategy='median')."""
        if not self.sklearn:
            return None
        return f"{self.sklearn}({self.sklearn_args})" if self.sklearn_args else self.sklearn

    def sklearn_parameters(self) -> dict[str, Any]:
        """The settings as keyword arguments; a dotted name is imported (func=numpy.log1p)."""
        return parse_sklearn_args(self.sklearn_args or "")

    def sklearn_object(self) -> Any:
        """The scikit-learn class or function itself (imports scikit-learn)."""
        if not self.sklearn:
            raise LookupError(_("{name} names no scikit-learn class", name=self.name))
        return import_dotted(self.sklearn)

    @property
    def places(self) -> list[str]:
        """The stages and steps where the concept has its place in the workflow."""
        return sorted({t for p in PLACE_RELATIONS for t in self.relations.get(p, [])})

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
            for parent in concept.superclasses:
                if parent in self.concepts:
                    self.concepts[parent].subclasses.append(concept.name)
        for concept in self.concepts.values():
            concept.children.sort()
            concept.subclasses.sort()
            concept.kind = self._kind(concept.name)
            concept.stages = self._stages(concept.name)
            top = [a for a in self.outline_ancestors(concept.name) if a in STAGES]
            concept.stage = (top[0] if top and top[0] in concept.stages
                             else concept.stages[0] if concept.stages else None)
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
        supers: list[str] = []
        relations: dict[str, list[str]] = {}
        for sup in g.objects(cls, RDFS.subClassOf):
            if isinstance(sup, URIRef):
                supers.append(local_name(sup))
            elif isinstance(sup, BNode):
                prop = g.value(sup, OWL.onProperty)
                target = g.value(sup, OWL.someValuesFrom)
                if prop is not None and isinstance(target, URIRef):
                    relations.setdefault(local_name(prop), []).append(local_name(target))
        sklearn = g.value(cls, MLWF.sklearnClass)
        args = g.value(cls, MLWF.sklearnParameters)
        why_not = self._literals(cls, MLWF.notRecommendedBecause)
        condition = g.value(cls, MLWF.factCondition)
        replaced = g.value(cls, DCTERMS.isReplacedBy)
        return Concept(
            name=local_name(cls), iri=str(cls),
            labels=self._literals(cls, RDFS.label),
            definitions=self._literals(cls, SKOS.definition),
            alt_labels=sorted(str(a) for a in g.objects(cls, SKOS.altLabel)),
            parents=sorted(local_name(b) for b in g.objects(cls, SKOS.broader)),
            superclasses=sorted(supers),
            sklearn=str(sklearn) if sklearn else None,
            sklearn_args=str(args) if args else None,
            relations={k: sorted(v) for k, v in relations.items()},
            not_recommended=why_not.get("en"),
            fact_condition=str(condition) if condition else None,
            deprecated=bool(g.value(cls, OWL.deprecated)),
            replaced_by=local_name(replaced) if replaced else None)

    def _question(self, q: Node) -> Question:
        g = self.graph
        order, stage = g.value(q, MLWF.questionOrder), g.value(q, MLWF.askedIn)
        assert order is not None and stage is not None, f"{q} has no order or no stage"
        return Question(
            name=local_name(q), iri=str(q), fact=str(g.value(q, MLWF.asksFact)),
            texts=self._literals(q, MLWF.questionText),
            answers=[str(a) for a in sorted(g.objects(q, MLWF.allowedAnswer), key=str)],
            order=int(str(order)),
            stage=local_name(stage))

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

    def _walk(self, name: str, step) -> list[str]:
        seen: list[str] = []
        todo = list(step(self.concepts[name])) if name in self.concepts else []
        while todo:
            other = todo.pop(0)
            if other not in seen and other in self.concepts:
                seen.append(other)
                todo.extend(step(self.concepts[other]))
        return seen

    def ancestors(self, name: str) -> list[str]:
        """Every kind the concept is a kind of (rdfs:subClassOf, transitively)."""
        return self._walk(name, lambda c: c.superclasses)

    def is_a(self, name: str, ancestor: str) -> bool:
        return name == ancestor or ancestor in self.ancestors(name)

    def descendants(self, name: str) -> list[str]:
        return self._walk(name, lambda c: c.subclasses)

    def outline_ancestors(self, name: str) -> list[str]:
        """The concepts a concept is listed under in the seed's outline, nearest first."""
        return self._walk(name, lambda c: c.parents)

    def outline_descendants(self, name: str) -> list[str]:
        return self._walk(name, lambda c: c.children)

    def _stages(self, name: str) -> list[str]:
        """The stages a concept's places lie in (a stage is its own), in workflow order."""
        if name in STAGES:
            return [name]
        found: set[str] = set()
        todo, seen = list(self.concepts[name].places), set()
        while todo:
            place = todo.pop()
            if place in seen or place not in self.concepts:
                continue
            seen.add(place)
            if place in STAGES:
                found.add(place)
            todo.extend(self.concepts[place].relations.get("partOf", []))
        return [s for s in STAGES if s in found]

    def in_stage(self, stage: str) -> list[str]:
        """Every concept that has a place somewhere in the stage."""
        return sorted(c.name for c in self.concepts.values() if stage in c.stages)

    def steps_of(self, process: str) -> list[str]:
        """The steps directly part of a stage or step, in the outline's order of names."""
        return sorted(c.name for c in self.concepts.values()
                      if process in c.relations.get("partOf", []))

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
