"""When each guided question makes sense. The wording, allowed answers and order of the
questions live in the ontology (mlwf:Question individuals); only the preconditions,
which are logic over the current facts, live here."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mlwf.ontology import Ontology, Question

Facts = dict[str, Any]
NUMERIC = {"continuous", "discrete"}
PREDICTIVE = {"classification", "regression", "forecasting"}


def _has_data(f: Facts) -> bool:
    return f.get("has_data") is not False


def _tabular(f: Facts) -> bool:
    return _has_data(f) and f.get("modality") not in ("image", "sound")


def _good(f: Facts) -> bool:
    return any(t["outcome"] == "good" for t in f.get("tried", []))


PRECONDITIONS: dict[str, Callable[[Facts], bool]] = {
    "data_structure": _has_data,
    "modality": _has_data,
    "labeled": lambda f: _has_data(f) and f.get("learning_type") != "reinforcement",
    # For supervised learning the task follows from the target type, asked first.
    "task": lambda f: f.get("learning_type") != "reinforcement" and not (
        f.get("learning_type") == "supervised" and "target_type" not in f),
    "target_type": lambda f: _has_data(f) and (
        f.get("learning_type") in ("supervised", "semi_supervised") or f.get("task") in PREDICTIVE),
    "n_classes": lambda f: f.get("task") == "classification" and f.get("target_type") != "binary",
    "class_balance": lambda f: f.get("task") == "classification" and "minority_share" not in f,
    "unbiased": _has_data,
    "n_samples": _has_data,
    "n_features": _tabular,
    "feature_types": _tabular,
    "missing_ratio": _tabular,
    "has_outliers": lambda f: bool(NUMERIC & set(f.get("feature_types", []))),
    "skewed": lambda f: bool(NUMERIC & set(f.get("feature_types", []))),
    "high_cardinality": lambda f: "nominal" in f.get("feature_types", []),
    "time_ordered": _has_data,
    "n_categories_known": lambda f: f.get("task") == "clustering",
    "few_important_features": lambda f: f.get("task") == "regression",
    "processing": _has_data,
    "interpretability_required": lambda f: f.get("learning_type") in ("supervised", "semi_supervised")
    or f.get("task") in PREDICTIVE | {"anomaly_detection"},
    # Asked again after each report, until something works.
    "tried": lambda f: not _good(f),
    "deployed": _good,
    "drift_detected": lambda f: f.get("deployed") is True,
    "goal_met": lambda f: f.get("deployed") is True and f.get("drift_detected") is False,
}


def next_question(ontology: Ontology, facts: Facts, candidates: list[str]) -> Question | None:
    """The first question, in the ontology's order, that is unanswered and makes sense now.

    ``tried`` is answered by reporting an outcome; it is asked while there are candidates
    to try and nothing has worked yet.
    """
    for question in ontology.questions:
        fact = question.fact
        if fact == "tried":
            if not candidates or _good(facts):
                continue
        elif fact in facts:
            continue
        if PRECONDITIONS.get(fact, lambda f: True)(facts):
            return question
    return None
