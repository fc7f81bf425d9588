"""Judging a run as the seed's loop needs it: good, not_working, overfitting, underfitting.

Two numbers, both on the primary metric and both as a share of the distance between the
dummy baseline's validation score and a perfect score, so one threshold fits accuracy,
ROC AUC, R² and MAE alike:

- ``lift``  = (validation − baseline) / (perfect − baseline): how much of the way from
  the baseline to a perfect score the candidate goes on rows it did not see (for errors
  such as MAE, perfect is 0 and the signs follow);
- ``gap``   = (train − validation) / (perfect − baseline): how much better it does on the
  rows it was trained on.

The verdict, first match wins:

| verdict       | when                                   | the advice then                  |
| ------------- | -------------------------------------- | -------------------------------- |
| not_working   | lift < 0.10                            | the next candidate               |
| overfitting   | gap > 0.20                             | regularisation, more data        |
| underfitting  | train lift < 0.50                      | back to feature engineering      |
| good          | otherwise                              | tuning, then deployment          |
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NOT_WORKING_LIFT = 0.10
OVERFITTING_GAP = 0.20
UNDERFITTING_TRAIN_LIFT = 0.50
OUTCOMES = ("good", "not_working", "overfitting", "underfitting")


@dataclass
class Judgement:
    outcome: str
    lift: float | None
    gap: float | None
    train_lift: float | None
    explanation: str

    def to_json(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "lift": _round(self.lift), "gap": _round(self.gap),
                "train_lift": _round(self.train_lift), "explanation": self.explanation}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def judge(metric: str, validation: float, train: float | None, baseline: float, best: float,
          greater_is_better: bool = True) -> Judgement:
    """The verdict for one candidate's mean scores on the primary ``metric``; ``best`` is
    the metric's perfect value (1 for scores, 0 for errors)."""
    span = best - baseline if greater_is_better else baseline - best
    if span <= 1e-12:
        return Judgement("not_working", None, None, None,
                         f"the baseline already scores a perfect {metric} of {baseline:.4g}: "
                         "there is nothing to improve on")
    sign = 1 if greater_is_better else -1
    lift = sign * (validation - baseline) / span
    gap = None if train is None else sign * (train - validation) / span
    train_lift = None if train is None else sign * (train - baseline) / span
    numbers = (f"{metric} {validation:.4g} on validation"
               + ("" if train is None else f", {train:.4g} on training") + f", baseline {baseline:.4g}: "
               f"lift {lift:.2f}" + ("" if gap is None else f", gap {gap:.2f}"))
    if lift < NOT_WORKING_LIFT:
        return Judgement("not_working", lift, gap, train_lift,
                         f"{numbers}; it goes less than {NOT_WORKING_LIFT:.0%} of the way from the "
                         "dummy baseline to a perfect score")
    if gap is not None and gap > OVERFITTING_GAP:
        return Judgement("overfitting", lift, gap, train_lift,
                         f"{numbers}; it does much better on the rows it learnt from (gap over "
                         f"{OVERFITTING_GAP:.2f})")
    if train_lift is not None and train_lift < UNDERFITTING_TRAIN_LIFT:
        return Judgement("underfitting", lift, gap, train_lift,
                         f"{numbers}; even on its training rows it goes less than half the way "
                         f"from the baseline to a perfect score (training lift {train_lift:.2f})")
    return Judgement("good", lift, gap, train_lift,
                     f"{numbers}; well above the baseline, with a small train-validation gap")
