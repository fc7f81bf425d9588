"""Evaluation runs of the advised candidates, through the public functions of
mlwf.evaluation, on real datasets that ship with scikit-learn and palmerpenguins."""
from __future__ import annotations

import io
import re
import subprocess
import sys
import threading

import numpy as np
import pandas as pd
import pytest
from sklearn import datasets
from sklearn.compose import ColumnTransformer
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import Pipeline

from mlwf.evaluation import (
    build_pipeline,
    evaluate,
    implementation,
    judge,
    make_estimator,
    preprocessing_plan,
)
from mlwf.evaluation.evaluate import candidates_from_advice
from mlwf.evaluation.export import write_script
from mlwf.evaluation.pipelines import read_frame
from mlwf.ontology import load
from mlwf.ontology.errors import InvalidInput
from mlwf.profiling.profile import ProfileTooLarge, profile_csv
from mlwf.rules import advise

from conftest import advised_algorithms


def sklearn_csv(tmp_path, name: str) -> str:
    path = tmp_path / f"{name}.csv"
    getattr(datasets, f"load_{name}")(as_frame=True).frame.to_csv(path, index=False)
    return str(path)


# -- implementations read from the ontology ---------------------------------------------------

def test_implementation_splits_path_and_settings():
    onto = load()
    path, settings = implementation(onto["MedianImputation"])
    assert path == "sklearn.impute.SimpleImputer" and settings == {"strategy": "median"}
    path, settings = implementation(onto["LogarithmicTransformation"])
    assert path == "sklearn.preprocessing.FunctionTransformer" and settings["func"] is np.log1p
    model = make_estimator("RandomForestClassifier")
    assert type(model).__name__ == "RandomForestClassifier" and model.random_state == 0


def test_every_catalogue_algorithm_for_tables_is_importable():
    onto = load()
    for concept in onto.algorithms:
        if concept.sklearn:
            make_estimator(concept.name)        # raises if the path does not import


# -- pipelines follow the advice ---------------------------------------------------------------

def test_pipeline_steps_are_the_advised_techniques(penguins):
    profile = profile_csv(penguins, "species")
    advice = advise(profile.facts)
    plan = preprocessing_plan(profile, advice)
    techniques = [r["name"] for r in advice["recommendations"] if r["kind"] == "technique"]
    by_column = {c.name: c for c in plan.columns}
    assert set(by_column) == {"island", "bill_length_mm", "bill_depth_mm", "flipper_length_mm",
                              "body_mass_g", "sex", "year"}
    # Every advised step is among the advice's techniques; scalers and encoders are advised here.
    for column in plan.columns:
        for step in column.steps:
            assert (step.concept in techniques) == step.advised
    assert [s.concept for s in by_column["island"].steps] == ["OneHotEncoding"]
    numeric_scaler = by_column["bill_length_mm"].steps[-1]
    assert numeric_scaler.advised and numeric_scaler.role == "scaler"
    # Columns with gaps get an imputer; the advice here is "delete the few rows", which a
    # pipeline cannot do inside cross-validation, so the imputer is marked as a fallback.
    assert by_column["sex"].steps[0].role == "imputer"
    assert by_column["island"].steps[0].role == "encoder"      # no gaps, no imputer

    pipe = build_pipeline("KNeighborsClassifier", plan)
    assert isinstance(pipe, Pipeline) and isinstance(pipe.named_steps["preprocess"], ColumnTransformer)
    frame = read_frame(penguins, profile, plan)
    keep = frame["species"].notna()
    score = cross_val_score(pipe, frame.loc[keep, plan.feature_names], frame.loc[keep, "species"], cv=5)
    assert score.mean() > 0.9


def test_outliers_bring_the_robust_scaler(tmp_path):
    csv = sklearn_csv(tmp_path, "wine")
    profile = profile_csv(csv, "target")
    assert profile.facts["has_outliers"] is True
    plan = preprocessing_plan(profile, advise(profile.facts))
    scalers = {c.steps[-1].concept for c in plan.columns}
    assert scalers == {"RobustScaler"}


# -- cross-validation, baseline and judgement ------------------------------------------------

@pytest.mark.slow
def test_scores_reproduce_scikit_learns_own_cross_validation(tmp_path):
    csv = sklearn_csv(tmp_path, "breast_cancer")
    advised = advised_algorithms(csv, "target", 2)
    result = evaluate(csv, "target", top=2)
    assert result.task == "classification" and result.scheme.n_splits == 5
    assert [r.algorithm for r in result.runs] == advised and len(advised) == 2
    primary = result.primary.concept
    profile = profile_csv(csv, "target")
    frame = read_frame(csv, profile, result.plan)
    for run in result.runs:
        pipe = build_pipeline(run.algorithm, result.plan)
        expected = cross_val_score(pipe, frame[result.plan.feature_names], frame["target"].astype(str)
                                   .map({"1": 0, "0": 1}), cv=result.scheme.splitter,
                                   scoring=result.primary.scorer).mean()
        assert run.result.mean("test", primary) == pytest.approx(expected)
        assert run.judgement.outcome == "good"
    baseline = result.baseline.mean("test", primary)
    assert all(r.result.mean("test", primary) > baseline + 0.2 for r in result.runs)
    board = result.leaderboard()
    assert [row["rank"] for row in board] == [1, 2] and board[0]["score"] >= board[1]["score"]
    assert sorted(result.tried(), key=lambda t: t["algorithm"]) == [
        {"algorithm": a, "outcome": "good"} for a in sorted(advised)]


def test_a_candidate_that_cannot_run_fails_alone(tmp_path):
    # A regressor offered for classes predicts numbers that no classification metric takes.
    csv = sklearn_csv(tmp_path, "iris")
    result = evaluate(csv, "target", candidates=["Ridge", "LogisticRegression"])
    runs = {r.algorithm: r for r in result.runs}
    assert runs["Ridge"].result.error and "continuous" in runs["Ridge"].result.error
    assert runs["Ridge"].judgement is None
    assert runs["LogisticRegression"].result.complete
    assert {"algorithm": "Ridge", "outcome": "not_working"} in result.tried()
    board = result.leaderboard()
    assert board[0]["algorithm"] == "LogisticRegression" and board[-1]["outcome"] == "failed"


def test_count_models_get_non_negative_inputs(tmp_path):
    # The advised scaler centres the measurements on zero; multinomial and complement naive
    # Bayes read counts (the ontology says they require non-negative data) and categorical
    # naive Bayes reads category codes: the pipeline gives each what it reads.
    csv = sklearn_csv(tmp_path, "iris")
    names = ["MultinomialNB", "ComplementNB", "CategoricalNB"]
    result = evaluate(csv, "target", candidates=names)
    for run in result.runs:
        assert run.result.complete, run.result.error
        assert run.result.mean("test", result.primary.concept) > result.baseline.mean(
            "test", result.primary.concept) + 0.2
    plan = result.plan
    steps = {name: [type(s).__name__ for _, s in build_pipeline(name, plan).steps[1:]]
             for name in names}
    assert steps == {"MultinomialNB": ["MinMaxScaler", "MultinomialNB"],
                     "ComplementNB": ["MinMaxScaler", "ComplementNB"],
                     "CategoricalNB": ["KBinsDiscretizer", "CategoricalNB"]}
    # Without that step the same model cannot run on the advised, centred features.
    bare = Pipeline([("preprocess", build_pipeline("MultinomialNB", plan).named_steps["preprocess"]),
                     ("model", make_estimator("MultinomialNB"))])
    frame = read_frame(csv, profile_csv(csv, "target"), plan)
    with pytest.raises(ValueError, match="[Nn]egative"):
        bare.fit(frame[plan.feature_names], frame["target"])
    # The exported script rebuilds the same steps and reproduces the score.
    script = write_script(result, tmp_path / "nb.py", "CategoricalNB")
    assert "KBinsDiscretizer(" in script.read_text()
    out = subprocess.run([sys.executable, str(script), csv], capture_output=True, text=True,
                         timeout=300)
    measured = re.search(r": ([0-9.]+) \(mlwf measured ([0-9.]+)\)", out.stdout)
    assert out.returncode == 0 and measured, out.stderr
    assert measured.group(1) == measured.group(2)


@pytest.mark.parametrize("task, linear, dataset", [("classification", "LogisticRegression", "wine"),
                                                   ("regression", "Ridge", "diabetes")])
def test_kernel_approximations_feed_a_linear_model(tmp_path, task, linear, dataset):
    csv = sklearn_csv(tmp_path, dataset)
    result = evaluate(csv, "target", candidates=["Nystroem", "RBFSampler"])
    assert result.task == task
    for run in result.runs:
        pipe = build_pipeline(run.algorithm, result.plan)
        assert [type(s).__name__ for _, s in pipe.steps[1:]] == [run.algorithm, linear]
        assert run.result.complete and run.judgement is not None, run.result.error
        assert run.implementation.endswith(run.algorithm)
    for concept in ("Nystroem", "RBFSampler"):      # what the advice offers runs as well
        assert candidates_from_advice(
            {"recommendations": [{"kind": "algorithm", "name": concept, "rank": 1}]},
            task, 3, load()) == ([concept], {})


def test_regression_with_the_advised_metric(tmp_path):
    csv = sklearn_csv(tmp_path, "diabetes")
    expected = advised_algorithms(csv, "target", 3)
    result = evaluate(csv, "target")       # out of the box: no question to answer first
    assert result.task == "regression" and result.primary.concept == "MeanAbsoluteError"
    assert [r.algorithm for r in result.runs] == expected and len(expected) == 3
    assert not result.primary.greater_is_better
    for run in result.runs:
        assert run.result.complete and run.judgement is not None, run.result.error
    best = result.best
    assert best.result.mean("test", "MeanAbsoluteError") < result.baseline.mean("test", "MeanAbsoluteError")
    assert 0 < best.result.mean("test", "R2Score") < 1


@pytest.mark.slow
def test_a_target_encoder_on_a_count_target(tmp_path):
    # causaldata's texas: prisoners per state and year, whole numbers stored as floats. The
    # advice target-encodes the state; left to guess, the encoder took the counts for
    # classes and cross-fitted with stratified folds, and every candidate failed.
    import causaldata
    frame = causaldata.texas.load_pandas().data.drop(columns=["statefip"])
    path = tmp_path / "texas.csv"
    frame.to_csv(path, index=False)
    result = evaluate(str(path), "bmprison", top=2)
    assert result.task == "regression"
    state = next(c for c in result.plan.columns if c.name == "state")
    assert [s.concept for s in state.steps][-1] == "TargetEncoding"
    assert result.baseline.complete, result.baseline.error
    X = read_frame(str(path), profile_csv(str(path), "bmprison"), result.plan)
    for run in result.runs:
        assert run.result.complete, run.result.error
        expected = cross_val_score(build_pipeline(run.algorithm, result.plan),
                                   X[result.plan.feature_names], X["bmprison"],
                                   cv=result.scheme.splitter, scoring=result.primary.scorer).mean()
        assert run.result.mean("test", result.primary.concept) == pytest.approx(abs(expected))


@pytest.mark.slow
@pytest.mark.parametrize("table, target, told, n_classes", [
    ("social_insure", "takeup_survey", "binary", 2),     # classes written as 0 and 1
    ("gapminder", "continent", "multiclass", 5),
])
def test_the_target_encoder_is_told_the_classes_not_left_to_guess(tmp_path, table, target,
                                                                   told, n_classes):
    # Both have a nominal column of over 50 values (a village's address, the country),
    # which the advice target-encodes; the encoder is told the task's kind of target
    # rather than guessing it from the values, as it would from numbers written as labels.
    import causaldata
    path = tmp_path / f"{table}.csv"
    getattr(causaldata, table).load_pandas().data.to_csv(path, index=False)
    result = evaluate(str(path), target, candidates=["LogisticRegression"])
    assert result.task == "classification"
    assert all(run.result.complete for run in result.runs), [r.result.error for r in result.runs]
    pipe = build_pipeline("LogisticRegression", result.plan)
    encoders = [(name, step) for name, column, _ in pipe[0].transformers
                for step in [column[-1]] if type(step).__name__ == "TargetEncoder"]
    assert encoders and all(e.target_type == told for _, e in encoders), encoders
    X = read_frame(str(path), profile_csv(str(path), target), result.plan).dropna(subset=[target])
    pipe.fit(X[result.plan.feature_names], X[target].astype(str))
    for name, encoder in pipe[0].named_transformers_.items():
        if name in dict(encoders):
            fitted = encoder[-1]
            assert fitted.target_type_ == told and len(fitted.classes_) == n_classes


@pytest.mark.parametrize("validation, train, baseline, outcome", [
    (0.52, 0.53, 0.50, "not_working"),       # lift 0.04
    (0.80, 1.00, 0.50, "overfitting"),       # lift 0.6, gap 0.4
    (0.62, 0.64, 0.50, "underfitting"),      # training lift 0.28
    (0.90, 0.93, 0.50, "good"),
])
def test_judgement_thresholds(validation, train, baseline, outcome):
    verdict = judge("BalancedAccuracy", validation, train, baseline, 1.0)
    assert verdict.outcome == outcome
    en, tr = verdict.explanation.render("en"), verdict.explanation.render("tr")
    assert f"{validation:.4g}" in en and f"baseline {baseline:.4g}" in en
    # Turkish writes the same numbers with a decimal comma
    assert f"{validation:.4g}".replace(".", ",") in tr and "taban çizgisi " in tr
    assert f"{validation:.4g}" not in tr


def test_error_metrics_are_judged_the_other_way_round():
    assert judge("MeanAbsoluteError", 20.0, 18.0, 60.0, 0.0, greater_is_better=False).outcome == "good"
    assert judge("MeanAbsoluteError", 58.0, 57.0, 60.0, 0.0, greater_is_better=False).outcome == "not_working"


# -- the budget and stopping ---------------------------------------------------------------------

def test_the_budget_stops_a_long_candidate_and_keeps_the_finished(tmp_path):
    csv = sklearn_csv(tmp_path, "digits")
    events = []
    # Gradient boosting grows 100 trees per class for ten digits: far longer than the budget.
    result = evaluate(csv, "target", candidates=["GaussianNB", "GradientBoostingClassifier"],
                      budget=8, progress=events.append)
    runs = {r.algorithm: r for r in result.runs}
    assert runs["GaussianNB"].result.complete and runs["GaussianNB"].judgement is not None
    stopped = runs["GradientBoostingClassifier"].result.stopped
    en, tr = stopped.render("en"), stopped.render("tr")
    assert en.startswith("the budget of 8 s ran out after") and "of 5 folds" in en
    assert tr.startswith("8 sn'lik süre bütçesi doldu, 5 katın ")
    assert "GradientBoostingClassifier" not in [t["algorithm"] for t in result.tried()]
    assert result.wall_time < 30
    assert events and {"candidate", "fold", "n_splits", "elapsed"} <= set(events[0])


def test_a_stop_event_keeps_what_finished(tmp_path):
    csv = sklearn_csv(tmp_path, "digits")
    stop = threading.Event()

    def progress(event):
        if event["candidate"] == "GaussianNB" and event["fold"] == event["n_splits"]:
            stop.set()
    result = evaluate(csv, "target", candidates=["GaussianNB", "GradientBoostingClassifier"],
                      stop=stop, progress=progress)
    runs = {r.algorithm: r for r in result.runs}
    assert runs["GaussianNB"].result.complete
    assert str(runs["GradientBoostingClassifier"].result.stopped).startswith("stopped after")


# -- bad input -----------------------------------------------------------------------------------

def test_classes_too_small_for_the_folds_are_named(tmp_path):
    frame = datasets.load_iris(as_frame=True).frame
    frame["target"] = frame["target"].map({0: "setosa", 1: "versicolor", 2: "virginica"})
    few = frame[frame.target != "virginica"]
    rare = pd.concat([few, frame[frame.target == "virginica"].head(3)])
    path = tmp_path / "rare.csv"
    rare.to_csv(path, index=False)
    result = evaluate(str(path), "target", top=1)
    assert result.scheme.n_splits == 3 and "'virginica' (3 rows)" in str(result.scheme.explanation)
    single = pd.concat([few, frame[frame.target == "virginica"].head(1)])
    single.to_csv(path, index=False)
    with pytest.raises(InvalidInput, match="'virginica'.*single row"):
        evaluate(str(path), "target", top=1)


def test_a_target_that_does_not_fit_the_task(tmp_path, penguins):
    with pytest.raises(InvalidInput, match="not numbers.*regression task needs a numeric target"):
        evaluate(penguins, "species", facts={"task": "regression"})
    with pytest.raises(InvalidInput, match="quantity, not classes"):
        evaluate(penguins, "body_mass_g", facts={"task": "classification"})


def test_constant_and_empty_columns_are_left_out_and_unseen_categories_pass(tmp_path):
    frame = datasets.load_iris(as_frame=True).frame
    frame["site"] = "lab-1"                  # constant
    frame["notes"] = np.nan                  # every value missing
    # A category seen in one row only: some validation fold meets it unseen.
    frame["batch"] = ["a", "b"] * 74 + ["c", "a"]
    path = tmp_path / "iris_extra.csv"
    frame.to_csv(path, index=False)
    result = evaluate(str(path), "target", top=1)
    assert result.plan.dropped.keys() >= {"site", "notes"}
    assert any('"site" left out' in str(n) for n in result.notes)
    assert "batch" in result.plan.feature_names and result.runs[0].result.complete


def test_nothing_to_learn_from(tmp_path):
    frame = pd.DataFrame({"id": range(60), "y": ["a", "b", "c"] * 20})
    path = tmp_path / "ids.csv"
    frame.to_csv(path, index=False)
    with pytest.raises(InvalidInput, match="no column is left to learn from"):
        evaluate(str(path), "y")


def test_a_file_over_the_limit(tmp_path):
    csv = sklearn_csv(tmp_path, "iris")
    with pytest.raises(ProfileTooLarge, match="over the limit"):
        evaluate(csv, "target", max_bytes=1000)


# -- the validation scheme the advice names ------------------------------------------------------

def test_time_ordered_rows_are_validated_on_the_future(tmp_path):
    import statsmodels.api as sm
    path = tmp_path / "macro.csv"
    sm.datasets.macrodata.load_pandas().data.to_csv(path, index=False)
    result = evaluate(str(path), "unemp", candidates=["Ridge"])
    assert result.scheme.concept == "TimeSeriesCrossValidation"
    assert type(result.scheme.splitter).__name__ == "TimeSeriesSplit"
    # every fold trains on the past only
    for train, test in result.scheme.splitter.split(np.zeros(result.n_rows)):
        assert train.max() < test.min()
    assert result.runs[0].result.complete


def test_large_data_gets_one_hold_out_split():
    from mlwf.evaluation import validation_scheme
    advice = advise({"task": "classification", "n_samples": 150_000, "class_balance": "balanced"})
    assert "Holdout" in [r["name"] for r in advice["recommendations"]]
    y = np.repeat([0, 1, 2], 50_000)
    scheme = validation_scheme(advice, y, "classification")
    assert scheme.concept == "Holdout" and scheme.n_splits == 1
    (train, test), = scheme.splitter.split(np.zeros(len(y)), y)
    assert len(test) == 30_000 and np.bincount(y[test]).tolist() == [10_000] * 3


def test_the_runs_and_the_exported_script_miss_the_cells_the_profile_counts(tmp_path):
    """A lone "." (Stata's and SAS's missing number) or "?" is missing for the profile;
    the pipelines and the exported script must read the same cells as missing, or the
    advice's imputer plan and the runs would describe different data."""
    rng = np.random.default_rng(3)
    n = 150
    colour = rng.choice(["red", "blue", "green", ".", "?"], n, p=[0.3, 0.3, 0.2, 0.1, 0.1])
    size = rng.normal(10, 2, n).round(3).astype(str)
    size[rng.choice(n, 12, replace=False)] = "."
    target = np.where(rng.random(n) < 0.5, "a", "b")
    csv = tmp_path / "dots.csv"
    pd.DataFrame({"colour": colour, "size": size, "target": target}).to_csv(csv, index=False)
    profile = profile_csv(str(csv), "target")
    shares = {c["name"]: c["missing_ratio"] for c in profile.columns}
    assert shares["colour"] == pytest.approx(((colour == ".") | (colour == "?")).mean(), abs=1e-4)
    assert shares["size"] == pytest.approx(12 / n, abs=1e-4)
    result = evaluate(str(csv), "target", top=1)
    frame = read_frame(str(csv), profile, result.plan)
    assert frame["colour"].isna().mean() == pytest.approx(shares["colour"], abs=1e-4)
    assert frame["size"].isna().mean() == pytest.approx(shares["size"], abs=1e-4)
    exported = _exported_features(result, tmp_path, csv)
    assert exported["colour"].isna().mean() == pytest.approx(shares["colour"], abs=1e-4)


def test_an_exported_script_run_in_the_same_process_leaves_the_profiler_as_it_was(tmp_path):
    """An exported script registers its reader's handler for bytes that are not of the
    file's encoding. Run in the process that profiles (a notebook, a test), it must not put
    its own in place of the profile's, which counts those bytes to name the encoding."""
    rng = np.random.default_rng(5)
    n = 120
    csv = tmp_path / "cities.csv"
    pd.DataFrame({"city": rng.choice(["Zürich", "Genève", "Köln"], n),
                  "size": rng.normal(10, 2, n).round(2),
                  "target": np.where(rng.random(n) < 0.5, "a", "b")}).to_csv(csv, index=False)
    _exported_features(evaluate(str(csv), "target", top=1), tmp_path, csv)
    western = "city,visits\n" + "".join(f"{c},{i}\n" for i, c in enumerate(["Zürich", "Köln"] * 9))
    assert profile_csv(io.BytesIO(western.encode("cp1252"))).table["encoding"] == "cp1252"


def _exported_features(result, tmp_path, csv) -> pd.DataFrame:
    """The features as the script `--export` writes for ``result`` reads ``csv``."""
    script = write_script(result, tmp_path / "best.py")
    namespace: dict = {"__name__": "exported"}
    exec(compile(script.read_text(), str(script), "exec"), namespace)
    exported = namespace["read_data"](str(csv))
    return exported[0] if isinstance(exported, tuple) else exported


def test_the_runs_and_the_exported_script_read_none_as_the_profile_does(tmp_path):
    """"None" is a level of an improvement scale (None < Some < Marked) and a missing value
    among numbers: the profile reads it so, and the runs and the exported script must read
    the same cells, or an ordinal column the profile saw complete would reach its encoder
    with holes and no imputer before it."""
    rng = np.random.default_rng(4)
    n = 150
    improved = rng.choice(["None", "Some", "Marked"], n, p=[0.5, 0.2, 0.3])
    dose = rng.normal(10, 2, n).round(3).astype(str)
    dose[rng.choice(n, 12, replace=False)] = "None"
    target = np.where(rng.random(n) < 0.5, "a", "b")
    csv = tmp_path / "arthritis.csv"
    pd.DataFrame({"improved": improved, "dose": dose, "target": target}).to_csv(csv, index=False)
    profile = profile_csv(str(csv), "target")
    columns = {c["name"]: c for c in profile.columns}
    assert columns["improved"]["stat_type"] == "ordinal"
    assert columns["improved"]["missing_ratio"] == 0
    assert columns["dose"]["missing_ratio"] == pytest.approx(12 / n, abs=1e-4)
    result = evaluate(str(csv), "target", top=1)
    errors = [run.result.error for run in result.runs]
    assert errors == [None] * len(errors), errors
    frame = read_frame(str(csv), profile, result.plan)
    assert frame["improved"].isna().sum() == 0 and (frame["improved"] == "None").any()
    assert frame["dose"].isna().mean() == pytest.approx(12 / n, abs=1e-4)
    exported = _exported_features(result, tmp_path, csv)
    assert exported["improved"].isna().sum() == 0
    assert exported["dose"].isna().mean() == pytest.approx(12 / n, abs=1e-4)


def test_the_runs_and_the_exported_script_skip_the_comment_lines_the_profile_skipped(tmp_path):
    """A file whose first lines are comments above its header (a release line, as EBI's
    SIFTS files open): the profile skips them, and the runs and the exported script must
    too, or they would take the comment for the header and find no target."""
    rng = np.random.default_rng(5)
    n = 150
    x = rng.normal(size=n).round(3)
    frame = pd.DataFrame({"x": x, "z": rng.normal(size=n).round(3),
                          "target": np.where(x + rng.normal(0, 0.5, n) > 0, "yes", "no")})
    csv = tmp_path / "released.csv"
    csv.write_text("# release 2022.01 | source: a registry\n" + frame.to_csv(index=False))
    result = evaluate(str(csv), "target", top=1)
    errors = [run.result.error for run in result.runs]
    assert errors == [None] * len(errors), errors
    profile = profile_csv(str(csv), "target")
    assert read_frame(str(csv), profile, result.plan)["x"].tolist() == x.tolist()
    assert _exported_features(result, tmp_path, csv)["x"].tolist() == x.tolist()


def test_the_runs_and_the_exported_script_skip_the_line_of_units_the_profile_skipped(tmp_path):
    """A lab sheet with each column's unit on the line below its name, under a comment line:
    the profile reads the units as part of the header, and the runs and the exported script
    must skip the same line, or its units would be a row whose numbers are words."""
    rng = np.random.default_rng(8)
    n = 150
    x = rng.normal(size=n).round(3)
    frame = pd.DataFrame({"x": x, "z": rng.normal(size=n).round(3),
                          "target": np.where(x + rng.normal(0, 0.5, n) > 0, "yes", "no")})
    csv = tmp_path / "sheet.csv"
    lines = frame.to_csv(index=False).splitlines(keepends=True)
    csv.write_text("# bench 3, run 12\n" + lines[0] + "mV,mV,\n" + "".join(lines[1:]))
    profile = profile_csv(str(csv), "target")
    assert profile.table["units"] == {"x": "mV", "z": "mV"}, profile.table
    result = evaluate(str(csv), "target", top=1)
    errors = [run.result.error for run in result.runs]
    assert errors == [None] * len(errors), errors
    assert read_frame(str(csv), profile, result.plan)["x"].tolist() == x.tolist()
    assert _exported_features(result, tmp_path, csv)["x"].tolist() == x.tolist()


def test_the_runs_and_the_exported_script_keep_na_as_a_code_where_the_profile_did(tmp_path):
    """A continent written NA for North America: the profile keeps it a code, and the runs
    and the exported script must read it so, not as a missing value to impute."""
    rng = np.random.default_rng(9)
    n = 150
    x = rng.normal(size=n).round(3)
    continent = rng.choice(["NA", "EU", "AS", "SA", "AF", "OC"], n)
    frame = pd.DataFrame({"x": x, "continent": continent,
                          "target": np.where(x + rng.normal(0, 0.5, n) > 0, "yes", "no")})
    csv = tmp_path / "places.csv"
    frame.to_csv(csv, index=False)
    profile = profile_csv(str(csv), "target")
    assert profile.table["na_codes"] == [1], profile.table
    result = evaluate(str(csv), "target", top=1)
    errors = [run.result.error for run in result.runs]
    assert errors == [None] * len(errors), errors
    read = read_frame(str(csv), profile, result.plan)
    assert read["continent"].tolist() == continent.tolist()
    assert _exported_features(result, tmp_path, csv)["continent"].tolist() == continent.tolist()


def test_the_runs_skip_a_downloads_metadata_lines_as_the_profile_did(tmp_path):
    """A table under a statistical office's metadata lines (a source line and a date line,
    each followed by a blank line, as the World Bank's downloads open): the runs read the
    table the profile read, header and all, or they would find no target."""
    rng = np.random.default_rng(6)
    n = 150
    x = rng.normal(size=n).round(3)
    frame = pd.DataFrame({"x": x, "z": rng.normal(size=n).round(3), "w": rng.normal(size=n).round(3),
                          "v": rng.normal(size=n).round(3), "u": rng.normal(size=n).round(3),
                          "s": rng.normal(size=n).round(3),
                          "target": np.where(x + rng.normal(0, 0.5, n) > 0, "yes", "no")})
    csv = tmp_path / "download.csv"
    csv.write_text("Data Source,A registry,\n\nLast Updated Date,2025-12-04,\n\n"
                   + frame.to_csv(index=False))
    result = evaluate(str(csv), "target", top=1)
    errors = [run.result.error for run in result.runs]
    assert errors == [None] * len(errors), errors
