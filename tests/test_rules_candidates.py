"""No empty advice: whenever the task is known, at least three algorithm candidates come
back, whatever optional facts are missing, through every public surface."""
from __future__ import annotations

import importlib
import itertools
import json
import subprocess
import sys

import pytest

from mlwf.rules.facts import SPECS

from conftest import competition

TASKS = SPECS["task"].choices
# None: the sample count is not stated. 30 is under the chart's 50 ("get more data").
SIZES = (None, 30, 800, 20_000, 300_000)
# Feature mixes, with the modality where it says more; None leaves the fact out.
MIXES = {
    "nothing stated": {},
    "continuous": dict(modality="tabular", feature_types=["continuous"]),
    "nominal": dict(modality="tabular", feature_types=["nominal"]),
    "boolean": dict(modality="tabular", feature_types=["boolean"]),
    "mixed": dict(modality="tabular", feature_types=["nominal", "discrete", "continuous"]),
    "dates and numbers": dict(modality="tabular", feature_types=["continuous", "datetime"]),
    "a text column": dict(modality="tabular", feature_types=["continuous", "text"]),
    "text": dict(modality="text", feature_types=["text"]),
    "image": dict(modality="image"),
    "sound": dict(modality="sound"),
    "series": dict(modality="time_series", feature_types=["continuous"]),
}
TABULAR = {"nothing stated", "continuous", "nominal", "boolean", "mixed", "dates and numbers",
           "a text column"}
CASES = [(task, size, mix) for task, size, mix in itertools.product(TASKS, SIZES, MIXES)]


def facts_of(task, size, mix):
    facts = dict(task=task, **MIXES[mix])
    if size is not None:
        facts["n_samples"] = size
    return facts


def importable(path: str) -> bool:
    module, _, name = path.split("(")[0].rpartition(".")
    return hasattr(importlib.import_module(module), name)


@pytest.mark.parametrize("task, size, mix", CASES, ids=[f"{t}-{s}-{m}" for t, s, m in CASES])
def test_at_least_three_candidates_with_the_optional_facts_absent(consult, task, size, mix):
    advice = consult(**facts_of(task, size, mix))
    algorithms = [r for r in advice["recommendations"] if r["kind"] == "algorithm"]
    assert len(algorithms) >= 3, [r["name"] for r in algorithms]
    assert competition([r["rank"] for r in algorithms])
    for r in algorithms:
        assert r["rule"] and r["explanation"]
        # A candidate admitted because a deciding fact is unknown names it and says so.
        for fact in r.get("unknown", []):
            assert fact in SPECS and fact not in advice["facts"], r
            assert fact in r["explanation"] or "unknown" in r["explanation"], r
    if mix in TABULAR and task != "forecasting":
        missing = [r["name"] for r in algorithms if not (r["sklearn"] and importable(r["sklearn"]))]
        assert not missing, f"no importable scikit-learn estimator for {missing}"
    if mix in TABULAR and task in ("classification", "regression"):
        names = {r["name"] for r in algorithms}
        boosting, forest, linear = {
            "classification": ("HistGradientBoostingClassifier", "RandomForestClassifier",
                               "LogisticRegression"),
            "regression": ("HistGradientBoostingRegressor", "RandomForestRegressor", "Ridge"),
        }[task]
        assert {boosting, forest, linear} <= names, names


def test_an_unknown_deciding_fact_admits_both_branches_and_the_answer_picks_one(consult):
    unknown = consult(task="regression", n_samples=5_000)
    lasso = unknown.get("Lasso", "algorithm")
    assert lasso["unknown"] == ["few_important_features"] and lasso["chart_step"] == 1
    assert {"Lasso", "ElasticNet", "Ridge", "LinearSVR"} <= set(unknown.algorithms())
    few = consult(task="regression", n_samples=5_000, few_important_features=True)
    assert {"Lasso", "ElasticNet"} <= set(few.algorithms())
    assert "LinearSVR" not in few.algorithms() and "unknown" not in few.get("Lasso")
    many = consult(task="regression", n_samples=5_000, few_important_features=False)
    assert "Lasso" not in many.algorithms() and "LinearSVR" in many.algorithms()


def test_unknown_number_of_clusters_admits_both_kinds(consult):
    names = set(consult(task="clustering", n_samples=5_000).algorithms())
    assert "KMeans" in names and names & {"HDBSCAN", "MeanShift", "BayesianGaussianMixture"}


@pytest.mark.parametrize("task", ["classification", "regression", "clustering"])
def test_large_data_is_not_left_with_one_network(consult, task):
    facts = dict(task=task, n_samples=20_000)
    if task == "clustering":
        facts["n_categories_known"] = True
    algorithms = consult(**facts).algorithms()
    assert len(algorithms) >= 3
    assert not algorithms[0].startswith("MLP")


def test_the_api_gives_the_same_candidates(client, consult, openapi_validator):
    """The server admits exactly what the rules admit; its evidence may only reorder them."""
    for task, size in itertools.product(TASKS, SIZES):
        facts = facts_of(task, size, "nothing stated")
        r = client.post("/api/advise", json={"facts": facts})
        assert r.status_code == 200, r.get_json()
        doc = r.get_json()
        openapi_validator("Advice", doc)
        names = [x["name"] for x in doc["recommendations"] if x["kind"] == "algorithm"]
        assert len(names) >= 3, (facts, names)
        assert sorted(names) == sorted(consult(**facts).algorithms())


@pytest.mark.parametrize("facts", [
    ["task=regression", "n_samples=20000"],
    ["learning_type=supervised", "target_type=continuous", "time_ordered=true", "n_samples=300"],
])
def test_the_command_line_gives_candidates_with_their_reasons(facts):
    out = subprocess.run([sys.executable, "-m", "mlwf.cli", "advise", "--json",
                          *[a for f in facts for a in ("--fact", f)]],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    advice = json.loads(out.stdout)
    algorithms = [r for r in advice["recommendations"] if r["kind"] == "algorithm"]
    assert len(algorithms) >= 3
    assert all(r["sklearn"] for r in algorithms)
    assert advice["facts"]["task"] == "regression"
