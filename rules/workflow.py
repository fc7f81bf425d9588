"""Where a case stands: the current stage, the next step, and the ways back.

The order of the seven stages comes from the ontology (followedBy). Within a stage, steps
follow STEP_SEQUENCE, the order in which the seed's outline walks them. Progress the
facts report (an algorithm tried, a model deployed, the goal judged) closes the steps
before it, unless a rule re-opens one as a way back.
"""
from __future__ import annotations

from typing import Any

from mlwf.ontology import Ontology, Question
from mlwf.ontology.i18n import Label, _
from mlwf.rules.base import Record

STEP_SEQUENCE = (
    "Goal", "Learning", "Labelling", "DataCollection", "CollectMoreData", "DataIntegration",
    "DataBalance", "DataCleaning", "DataAnalysis", "Encoding", "Transformation", "Scaling",
    "FeatureGeneration", "FeatureEngineering", "AlgorithmSelection", "FeatureSelection",
    "Training", "Validation", "ParameterTuning", "Evaluation", "Regularization", "Deployment",
    "Monitoring", "Retraining", "GoalEvaluation",
)


TRAIN_NEXT = _("Train the rank-1 algorithm with the recommended validation, then report how it "
               "went.")

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
            steps = [Record("AlgorithmSelection", "due", TRAIN_NEXT, "train_next_candidate", [])]
        elif question is not None:
            here = self.stage_index[question.stage]
            steps = [d for d in due if self.key(d.concept)[0] == here] or [
                Record(question.stage, "due", _("Answer the next question."), "next_question", [])]
        else:
            steps = list(due)
        if exhausted:
            steps.append(Record("FeatureEngineering", "due", _("Every candidate algorithm has "
                                "been tried without success: go back and build better features, "
                                "or collect more informative data."), "candidates_exhausted", []))
        if not steps:
            if milestone in (None, "AlgorithmSelection"):
                steps.append(Record("AlgorithmSelection", "due", TRAIN_NEXT,
                                    "train_next_candidate", []))
            else:
                steps.append(Record(milestone, "due", _("Continue from here."), "progress", []))
        steps.sort(key=lambda r: (self.key(r.concept), r.tiebreak))
        chosen = steps[0]
        back = list(returns)
        if exhausted:
            back += [Record(c, "return", _("Every candidate algorithm failed."),
                            "candidates_exhausted", []) for c in ("FeatureEngineering", "Data")]
        stage = self.ontology.concepts[chosen.concept].stage
        for target in self.ontology.ways_back(stage) if stage else ():
            assert stage is not None  # narrowed by the loop's condition, which mypy cannot see
            back.append(Record(target, "return", _("The workflow allows going back from "
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
