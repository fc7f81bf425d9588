"""Runs of the advised candidates: scikit-learn pipelines built from the advice,
cross-validation under the advised scheme and metric, judged outcomes, export.

    from mlwf.evaluation import evaluate
    result = evaluate("penguins.csv", "species", top=3)
"""
from mlwf.evaluation.evaluate import Evaluation, Run, evaluate
from mlwf.evaluation.judge import Judgement, judge
from mlwf.evaluation.pipelines import (
                                       build_pipeline,
                                       implementation,
                                       make_estimator,
                                       preprocessing_plan,
)
from mlwf.evaluation.runner import cross_validate, metrics_for, validation_scheme

__all__ = ["Evaluation", "Judgement", "Run", "build_pipeline", "cross_validate", "evaluate",
           "implementation", "judge", "make_estimator", "metrics_for", "preprocessing_plan",
           "validation_scheme"]
