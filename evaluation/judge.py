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

from mlwf.ontology.i18n import Label, Message, Number, Percent, _

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
    explanation: Message    # translated when shown: to_json(lang)

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        return {"outcome": self.outcome, "lift": _round(self.lift), "gap": _round(self.gap),
                "train_lift": _round(self.train_lift),
                "explanation": self.explanation.render(lang)}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _score(x: float) -> Number:
    return Number(x, significant=4)


def judge(metric: str, validation: float, train: float | None, baseline: float, best: float,
          greater_is_better: bool = True) -> Judgement:
    """The verdict for one candidate's mean scores on the primary ``metric``; ``best`` is
    the metric's perfect value (1 for scores, 0 for errors)."""
    span = best - baseline if greater_is_better else baseline - best
    if span <= 1e-12:
        return Judgement("not_working", None, None, None,
                         _("the baseline already scores a perfect {metric} of {baseline}: "
                           "there is nothing to improve on", metric=Label(metric),
                           baseline=_score(baseline)))
    sign = 1 if greater_is_better else -1
    lift = sign * (validation - baseline) / span
    gap = None if train is None else sign * (train - validation) / span
    train_lift = None if train is None else sign * (train - baseline) / span
    numbers = _("{metric} {validation} on validation{train}, baseline {baseline}: lift {lift}{gap}",
                metric=Label(metric), validation=_score(validation),
                train="" if train is None else _(", {train} on training", train=_score(train)),
                baseline=_score(baseline), lift=Number(lift, digits=2),
                gap="" if gap is None else _(", gap {gap}", gap=Number(gap, digits=2)))
    if lift < NOT_WORKING_LIFT:
        return Judgement("not_working", lift, gap, train_lift,
                         _("{numbers}; it goes less than {share} of the way from the dummy "
                           "baseline to a perfect score", numbers=numbers,
                           share=Percent(NOT_WORKING_LIFT)))
    if gap is not None and gap > OVERFITTING_GAP:
        return Judgement("overfitting", lift, gap, train_lift,
                         _("{numbers}; it does much better on the rows it learnt from (gap over "
                           "{limit})", numbers=numbers, limit=Number(OVERFITTING_GAP, digits=2)))
    if train_lift is not None and train_lift < UNDERFITTING_TRAIN_LIFT:
        return Judgement("underfitting", lift, gap, train_lift,
                         _("{numbers}; even on its training rows it goes less than half the way "
                           "from the baseline to a perfect score (training lift {train_lift})",
                           numbers=numbers, train_lift=Number(train_lift, digits=2)))
    return Judgement("good", lift, gap, train_lift,
                     _("{numbers}; well above the baseline, with a small train-validation gap",
                       numbers=numbers))
