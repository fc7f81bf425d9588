"""The consultation: facts in, advice out, with engines reused between consultations.

Building an experta engine compiles its Rete network (tens of milliseconds), so engines
are kept in a pool and only reset between consultations; a consultation borrows one, so
concurrent requests never share an engine.
"""
from __future__ import annotations

import queue
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from mlwf.ontology import Ontology, Question, load as load_ontology
from mlwf.ontology.errors import check_lang
from mlwf.ontology.i18n import _, render, value_label
from mlwf.rules.base import DUE, RETURN, Record
from mlwf.rules.evidence import Evidence
from mlwf.rules.experta_compat import DepthStrategy, ReteMatcher, Rule
from mlwf.rules.facts import SPECS, normalize_facts
from mlwf.rules.patterns import to_experta
from mlwf.rules.questions import next_question
from mlwf.rules.ranking import because_json, rank
from mlwf.rules.stages.algorithm_selection import AlgorithmSelectionRules
from mlwf.rules.stages.data import DataRules
from mlwf.rules.stages.data_process import DataProcessRules
from mlwf.rules.stages.deployment import DeploymentRules
from mlwf.rules.stages.evaluation import EvaluationRules
from mlwf.rules.stages.feature_engineering import FeatureEngineeringRules
from mlwf.rules.stages.goal import GoalRules
from mlwf.rules.stages.training import TrainingRules
from mlwf.rules.workflow import Position, chosen


class WorkflowEngine(GoalRules, DataRules, DataProcessRules, FeatureEngineeringRules,
                     AlgorithmSelectionRules, TrainingRules, EvaluationRules, DeploymentRules):
    """All rule modules in one engine."""
    # experta's matcher and strategy, doing less for the same answers (rules/experta_compat.py)
    __matcher__ = ReteMatcher
    __strategy__ = DepthStrategy


def rule_names() -> list[str]:
    """The names of the engine's rules (experta's own initial-fact declaration excluded)."""
    return sorted(name for name in dir(WorkflowEngine)
                  if isinstance(getattr(WorkflowEngine, name), Rule))


@dataclass
class Consultation:
    """What the rules concluded for one set of facts, before any text is translated."""
    facts: dict[str, Any]
    sources: dict[str, str]
    derived: dict[str, Record]
    ranked: list[Record]
    candidates: list[str]
    question: Question | None
    step: Record
    back: list[Record]
    records: list[Record]          # everything the rules recorded, before ranking
    chart_steps: dict[str, int]    # an algorithm's box in scikit-learn's chart
    evidence: Evidence | None = None   # what ordered the algorithms, when an Advisor has it


class Advisor:
    """Runs consultations; thread-safe, one engine per concurrent consultation."""

    def __init__(self, ontology: Ontology | None = None,
                 evidence: Callable[[Mapping[str, Any], Mapping[str, float] | None],
                                    Evidence | None] | None = None):
        """``evidence(facts, metafeatures)`` gives the evidence that orders the algorithm
        candidates (kb/metakb.py supplies one); without it the chart's order stands."""
        self.ontology = ontology or load_ontology()
        self.evidence = evidence
        self.position = Position(self.ontology)
        self._engines: queue.SimpleQueue[WorkflowEngine] = queue.SimpleQueue()

    def _run(self, facts: dict[str, Any]) -> WorkflowEngine:
        try:
            engine = self._engines.get_nowait()
        except queue.Empty:
            engine = WorkflowEngine()
        engine.reset()
        declared = [f for name, value in facts.items() for f in to_experta(name, value)]
        engine.declare(*declared)
        engine.run()
        return engine

    def consult(self, facts: Mapping[str, Any],
                sources: Mapping[str, str] | None = None,
                metafeatures: Mapping[str, float] | None = None) -> Consultation:
        """Run the rules on a set of facts. ``sources`` marks facts that did not come from
        the person (e.g. ``{"n_samples": "profile"}``); explanations carry it.
        ``metafeatures`` describe the person's data (profiling/metafeatures.py) for the
        evidence provider, when the Advisor has one. The result holds texts untranslated:
        :meth:`render` shows it in a language."""
        facts = normalize_facts(facts)
        sources = dict(sources or {})
        engine = self._run(facts)
        try:
            records, derived = list(engine.records), dict(engine.derived)
        finally:
            self._engines.put(engine)
        all_facts = dict(facts)
        all_facts.update({name: r.params["value"] for name, r in derived.items()})
        # After the rules ran: the task is often derived (from the target's type).
        evidence = self.evidence(all_facts, metafeatures) if self.evidence else None
        ranked, exhausted = rank(records, facts.get("tried", []),
                                 lambda c: self.position.key(c)[0], evidence)
        candidates = [r.concept for r in ranked if r.kind == "algorithm"]
        # A candidate admitted both as a default and as a chart box keeps the default's
        # explanation (it ranks higher) and the chart's place, for teaching.
        chart_steps: dict[str, int] = {}
        for r in records:
            if r.kind == "algorithm" and "chart_step" in r.params:
                chart_steps[r.concept] = min(r.params["chart_step"],
                                             chart_steps.get(r.concept, r.params["chart_step"]))
        question = next_question(self.ontology, all_facts, candidates)
        due = [r for r in records if r.kind == DUE]
        returns = [r for r in records if r.kind == RETURN]
        step, back = self.position.locate(all_facts, due, returns, question, exhausted)
        return Consultation(all_facts, sources, derived, ranked, candidates, question, step, back,
                            records, chart_steps, evidence)

    def render(self, c: Consultation, lang: str = "en") -> dict[str, Any]:
        """The advice document of a consultation, every text in ``lang``."""
        lang = check_lang(lang)
        concept = self.ontology.concepts
        sources, derived, evidence = c.sources, c.derived, c.evidence
        stage = concept[c.step.concept].stage
        assert stage is not None, f"the step {c.step.concept} belongs to no stage"
        doc = {
            "stage": self._ref(stage, lang),
            "next_step": {**self._ref(c.step.concept, lang),
                          "explanation": render(c.step.explanation, lang),
                          "rule": c.step.rule, "because": because_json(c.step, sources, derived)},
            "return_to": [{**self._ref(r.concept, lang), "explanation": render(r.explanation, lang),
                           "rule": r.rule} for r in c.back],
            # what the facts chose, by the ontology's conditions: the diagram marks them
            "chosen": [{**self._ref(name, lang), "condition": condition}
                       for name, condition in chosen(self.ontology, c.facts)],
            "next_question": self._question(c.question, lang, c.candidates),
            "recommendations": [self._recommendation(r, lang, sources, derived, c.chart_steps,
                                                     evidence)
                                for r in c.ranked],
            # what can be stated back: internal derived facts (data_size) show under "derived"
            "facts": {k: v for k, v in c.facts.items() if k in SPECS},
            "derived": {name: {"value": r.params["value"], "rule": r.rule,
                               "because": because_json(r, sources, derived),
                               **({"explanation": render(r.explanation, lang)}
                                  if r.explanation else {})}
                        for name, r in derived.items() if name in c.facts},
        }
        if evidence is not None:
            # Only its sentences are translated: render would write its counts as strings.
            doc["evidence"] = {**evidence.to_json(), "note": render(evidence.note, lang)}
        return doc

    def advise(self, facts: Mapping[str, Any], lang: str = "en",
               sources: Mapping[str, str] | None = None,
               metafeatures: Mapping[str, float] | None = None) -> dict[str, Any]:
        """Advice for a set of facts, in ``lang`` (see :meth:`consult`)."""
        lang = check_lang(lang)
        return self.render(self.consult(facts, sources, metafeatures), lang)

    # -- rendering ---------------------------------------------------------------------------

    def _ref(self, name: str, lang: str) -> dict[str, Any]:
        c = self.ontology.concepts[name]
        return {"name": c.name, "concept": c.iri, "label": c.label(lang)}

    def _recommendation(self, r: Record, lang: str, sources, derived,
                        chart_steps: Mapping[str, int],
                        evidence: Evidence | None = None) -> dict[str, Any]:
        c = self.ontology.concepts[r.concept]
        sklearn = c.sklearn_call
        if c.sklearn and r.params.get("sklearn_args"):
            sklearn = f"{c.sklearn}({r.params['sklearn_args']})"
        out = {"concept": c.iri, "name": c.name, "label": c.label(lang), "kind": r.kind,
               "rank": r.params["rank"], "sklearn": sklearn, "rule": r.rule,
               "because": because_json(r, sources, derived),
               "explanation": render(r.explanation, lang)}
        if r.kind == "algorithm":
            if r.concept in chart_steps:
                out["chart_step"] = chart_steps[r.concept]
            if r.params.get("unknown"):
                out["unknown"] = list(r.params["unknown"])
        if "outcome" in r.params:
            out["tried"] = r.params["outcome"]
        found = evidence.algorithms.get(r.concept) if evidence and r.kind == "algorithm" else None
        if found:
            out["evidence"] = {**found.to_json(), "text": render(found.text, lang)}
            out["explanation"] = render(_("{explanation} Evidence: {evidence}",
                                          explanation=r.explanation, evidence=found.text), lang)
        elif evidence and r.kind == "algorithm":
            out["explanation"] = render(_("{explanation} Evidence: the meta-knowledge base has no "
                                          "runs of it, so it keeps the rules' place.",
                                          explanation=r.explanation), lang)
        return out

    def _question(self, q, lang: str, candidates: list[str]) -> dict[str, Any] | None:
        if q is None:
            return None
        out = {"id": q.name, "fact": q.fact, "text": q.text(lang), "answers": q.answers,
               "choices": [{"value": a, "label": value_label(a, lang)} for a in q.answers],
               "stage": self._ref(q.stage, lang)}
        if q.fact == "tried":
            out["candidates"] = [self._ref(c, lang) for c in candidates]
        return out


_default: Advisor | None = None


def advise(facts: Mapping[str, Any], lang: str = "en",
           sources: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Advice from the process-wide Advisor (the chart's order: no evidence; the upper
    layers give their Advisor the meta-knowledge base's evidence)."""
    global _default
    if _default is None:
        _default = Advisor()
    return _default.advise(facts, lang, sources)
