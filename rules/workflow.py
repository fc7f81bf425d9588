"""Where a case stands: the current stage, the next step, and the ways back.

The order of the seven stages comes from the ontology (followedBy). Within a stage, steps
follow STEP_SEQUENCE, the order in which the seed's outline walks them. Progress the
facts report (an algorithm tried, a model deployed, the goal judged) closes the steps
before it, unless a rule re-opens one as a way back.
"""
from __future__ import annotations

import operator
import re
from typing import Any

from mlwf.ontology import Ontology, Question
from mlwf.ontology.i18n import Label, _
from mlwf.rules.base import DUE, RETURN, Record
from mlwf.rules.facts import SPECS, VALUE_CONCEPTS

STEP_SEQUENCE = (
    "Goal", "Learning", "Labelling", "DataCollection", "CollectMoreData", "DataIntegration",
    "DataBalance", "DataCleaning", "DataAnalysis", "Encoding", "Transformation", "Scaling",
    "FeatureGeneration", "FeatureEngineering", "AlgorithmSelection", "FeatureSelection",
    "Training", "Validation", "ParameterTuning", "Evaluation", "Regularization", "Deployment",
    "Monitoring", "Retraining", "GoalEvaluation",
)


TRAIN_NEXT = _("Train the first algorithm listed (rank 1) with the recommended validation, then "
               "report how it went.")

# Problems that stop the workflow until they are solved, whatever else is asked.
BLOCKING = ("DataCollection", "CollectMoreData", "Labelling")


def _milestone(facts: dict[str, Any]) -> str | None:
    """The furthest step the facts say has been reached."""
    if "goal_met" in facts:
        return "GoalEvaluation"
    if facts.get("deployed") is True:
        drift = facts.get("drift_detected")
        return "Retraining" if drift is True else "GoalEvaluation" if drift is False else "Monitoring"
    tried = facts.get("tried", [])
    if any(t["outcome"] == "good" for t in tried):
        return "Deployment"
    if tried:
        return "AlgorithmSelection"
    return None


class Position:
    def __init__(self, ontology: Ontology):
        self.ontology = ontology
        # keyed by str | None: a concept outside every stage sorts after them all
        self.stage_index: dict[str | None, int] = {s: i for i, s in enumerate(ontology.stage_order)}

    def key(self, concept: str) -> tuple[int, int]:
        stage = self.ontology.concepts[concept].stage
        seq = STEP_SEQUENCE.index(concept) if concept in STEP_SEQUENCE else len(STEP_SEQUENCE)
        return self.stage_index.get(stage, len(self.stage_index)), seq

    def locate(self, facts: dict[str, Any], due: list[Record], returns: list[Record],
               question: Question | None, exhausted: bool) -> tuple[Record, list[Record]]:
        """The next step (as a record) and the ways back.

        While questions remain, the case stands where the next question is: the next step
        is the earliest step due in that stage (steps of earlier stages are taken as done
        once the person moves on), unless a blocking problem holds everything up. Once
        the person reports progress (a tried algorithm, a deployment, the goal judged),
        the steps before that point are done unless a rule re-opens one as a way back.
        """
        milestone = _milestone(facts)
        blocking = [d for d in due if d.concept in BLOCKING]
        feedback = [d for d in due if any(name == "tried" for name, _ in d.because)]
        if milestone == "AlgorithmSelection" and feedback:
            # The reaction to a reported outcome comes before routine steps.
            steps = feedback
        elif milestone is not None:
            floor = self.key(milestone)
            reopened = {r.concept for r in returns}
            steps = [d for d in due if self.key(d.concept) >= floor or d.concept in reopened]
        elif blocking:
            steps = blocking
        elif question is not None and question.fact == "tried":
            steps = [Record("AlgorithmSelection", DUE, TRAIN_NEXT, "train_next_candidate", [])]
        elif question is not None:
            here = self.stage_index[question.stage]
            steps = [d for d in due if self.key(d.concept)[0] == here] or [
                Record(question.stage, DUE, _("Answer the next question."), "next_question", [])]
        else:
            steps = list(due)
        if exhausted:
            steps.append(Record("FeatureEngineering", DUE, _("Every candidate algorithm has "
                                "been tried without success: go back and build better features, "
                                "or collect more informative data."), "candidates_exhausted", []))
        if not steps:
            if milestone in (None, "AlgorithmSelection"):
                steps.append(Record("AlgorithmSelection", DUE, TRAIN_NEXT,
                                    "train_next_candidate", []))
            else:
                steps.append(Record(milestone, DUE, _("Continue from here."), "progress", []))
        steps.sort(key=lambda r: (self.key(r.concept), r.tiebreak))
        chosen = steps[0]
        back = list(returns)
        if exhausted:
            back += [Record(c, RETURN, _("Every candidate algorithm failed."),
                            "candidates_exhausted", []) for c in ("FeatureEngineering", "Data")]
        stage = self.ontology.concepts[chosen.concept].stage
        for target in self.ontology.ways_back(stage) if stage else ():
            assert stage is not None  # narrowed by the loop's condition, which mypy cannot see
            back.append(Record(target, RETURN, _("The workflow allows going back from "
                                                   "{stage} to {target} when results are not "
                                                   "good enough.", stage=Label(stage),
                                                   target=Label(target)),
                               "ontology:mayReturnTo", []))
        seen, unique = set(), []
        for r in back:
            if r.concept not in seen:
                seen.add(r.concept)
                unique.append(r)
        return chosen, unique


# -- what the facts chose -----------------------------------------------------------------------

_COMPARE = {"<=": operator.le, ">=": operator.ge, "<": operator.lt, ">": operator.gt,
            "=": operator.eq}
_OPERATOR = re.compile(r"(<=|>=|<|>|=)")


def parse_condition(condition: str) -> tuple[list[str], list[str]]:
    """An ontology fact condition (mlwf:factCondition: ``goal_type=business``,
    ``missing_ratio>0``, ``50<n_samples<10000``, ``n_features>n_samples``) as its terms
    and the comparisons between them; every term is a fact name or a value."""
    parts = [p.strip() for p in _OPERATOR.split(condition)]
    return parts[0::2], parts[1::2]


def _term(term: str, facts: dict[str, Any]) -> tuple[bool, Any]:
    if term in SPECS:
        return term in facts, facts.get(term)
    if term in ("true", "false"):
        return True, term == "true"
    try:
        return True, float(term)
    except ValueError:
        return True, term


def condition_holds(condition: str, facts: dict[str, Any]) -> bool:
    """Whether the facts meet an ontology fact condition; a fact not stated meets none."""
    terms, ops = parse_condition(condition)
    values = []
    for term in terms:
        known, value = _term(term, facts)
        if not known:
            return False
        values.append(value)
    try:
        # values is one longer than ops: each operator sits between two values
        return all(_COMPARE[op](a, b) for op, a, b in zip(ops, values, values[1:], strict=False))
    except TypeError:   # a number compared with a text: the condition is about another kind
        return False


def chosen(ontology: Ontology, facts: dict[str, Any]) -> list[tuple[str, str]]:
    """The concepts the facts chose, each with the condition that chose it: those whose
    ontology fact condition holds (HasOutliers for has_outliers=true), and those a fact
    value names (SupervisedLearning for learning_type=supervised). In the ontology's order."""
    found: dict[str, str] = {}
    for concept in ontology.concepts.values():
        if concept.fact_condition and condition_holds(concept.fact_condition, facts):
            found.setdefault(concept.name, concept.fact_condition)
    for name, concepts in VALUE_CONCEPTS.items():
        value = facts.get(name)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item in concepts and concepts[item] in ontology.concepts:
                found.setdefault(concepts[item], f"{name}={item}")
    order = {name: i for i, name in enumerate(ontology.concepts)}
    return sorted(found.items(), key=lambda item: order[item[0]])
