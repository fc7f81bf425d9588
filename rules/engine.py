"""The consultation: facts in, advice out, with engines reused between consultations.

Building an experta engine compiles its Rete network (tens of milliseconds), so engines
are kept in a pool and only reset between consultations; a consultation borrows one, so
concurrent requests never share an engine.
"""
from __future__ import annotations

import queue
from typing import Any, Callable, Mapping

from mlwf.ontology import Ontology, load as load_ontology
from mlwf.ontology.errors import check_lang
from mlwf.rules.base import Record
from mlwf.rules.evidence import Evidence
from mlwf.rules.experta_compat import Rule
from mlwf.rules.facts import normalize_facts
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
from mlwf.rules.workflow import Position


class WorkflowEngine(GoalRules, DataRules, DataProcessRules, FeatureEngineeringRules,
                     AlgorithmSelectionRules, TrainingRules, EvaluationRules, DeploymentRules):
    """All rule modules in one engine."""


def rule_names() -> list[str]:
    """The names of the engine's rules (experta's own initial-fact declaration excluded)."""
    return sorted(name for name in dir(WorkflowEngine)
                  if isinstance(getattr(WorkflowEngine, name), Rule))


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

    def advise(self, facts: Mapping[str, Any], lang: str = "en",
               sources: Mapping[str, str] | None = None,
               metafeatures: Mapping[str, float] | None = None) -> dict[str, Any]:
        """Advice for a set of facts. ``sources`` marks facts that did not come from the
        person (e.g. ``{"n_samples": "profile"}``); explanations carry it.
        ``metafeatures`` describe the person's data (profiling/metafeatures.py) for the
        evidence provider, when the Advisor has one."""
        lang = check_lang(lang)
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
        due = [r for r in records if r.kind == "due"]
        returns = [r for r in records if r.kind == "return"]
        step, back = self.position.locate(all_facts, due, returns, question, exhausted)
        concept = self.ontology.concepts
        doc = {
            "stage": self._ref(concept[step.concept].stage, lang),
            "next_step": {**self._ref(step.concept, lang), "explanation": step.explanation,
                          "rule": step.rule, "because": because_json(step, sources, derived)},
            "return_to": [{**self._ref(r.concept, lang), "explanation": r.explanation,
                           "rule": r.rule} for r in back],
            "next_question": self._question(question, lang, candidates),
            "recommendations": [self._recommendation(r, lang, sources, derived, chart_steps,
                                                     evidence)
                                for r in ranked],
            "facts": all_facts,
            "derived": {name: {"value": r.params["value"], "rule": r.rule,
                               "because": because_json(r, sources, derived),
                               **({"explanation": r.explanation} if r.explanation else {})}
                        for name, r in derived.items() if name in all_facts},
        }
        if evidence is not None:
            doc["evidence"] = evidence.to_json()
        return doc

    # -- rendering ---------------------------------------------------------------------------

    def _ref(self, name: str, lang: str) -> dict[str, Any]:
        c = self.ontology.concepts[name]
        return {"name": c.name, "concept": c.iri, "label": c.label(lang)}

    def _recommendation(self, r: Record, lang: str, sources, derived,
                        chart_steps: Mapping[str, int],
                        evidence: Evidence | None = None) -> dict[str, Any]:
        c = self.ontology.concepts[r.concept]
        sklearn = c.sklearn
        if sklearn and r.params.get("sklearn_args") and "(" not in sklearn:
            sklearn = f"{sklearn}({r.params['sklearn_args']})"
        out = {"concept": c.iri, "name": c.name, "label": c.label(lang), "kind": r.kind,
               "rank": r.params["rank"], "sklearn": sklearn, "rule": r.rule,
               "because": because_json(r, sources, derived), "explanation": r.explanation}
        if r.kind == "algorithm":
            if r.concept in chart_steps:
                out["chart_step"] = chart_steps[r.concept]
            if r.params.get("unknown"):
                out["unknown"] = list(r.params["unknown"])
        if "outcome" in r.params:
            out["tried"] = r.params["outcome"]
        found = evidence.algorithms.get(r.concept) if evidence and r.kind == "algorithm" else None
        if found:
            out["evidence"] = found.to_json()
            out["explanation"] = f"{r.explanation} Evidence: {found.text}"
        elif evidence and r.kind == "algorithm":
            out["explanation"] = (f"{r.explanation} Evidence: the meta-knowledge base has no "
                                  f"runs of it, so it keeps the rules' place.")
        return out

    def _question(self, q, lang: str, candidates: list[str]) -> dict[str, Any] | None:
        if q is None:
            return None
        out = {"id": q.name, "fact": q.fact, "text": q.text(lang), "answers": q.answers,
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
