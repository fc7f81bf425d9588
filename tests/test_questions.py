"""Which guided questions a person is asked (rules/questions.py): a consultation answered
one question at a time from a sheet of answers, as the page and `mlwf consult` do, and the
questions it went through. Written for survivors of the complete mutation run of
rules/questions.py (docs/mutation-survivors.md)."""
from __future__ import annotations

import pytest

from mlwf.rules import advise

# A churn model on a tabular file: every question a supervised case can meet.
SHEET = dict(goal="predict churn", goal_type="business", learning_type="supervised",
             interpretability_required=False, has_data=True, data_structure="structured",
             modality="tabular", labeled=True, target_type="binary", task="classification",
             class_balance="balanced", n_classes=2, unbiased=True, n_samples=5000,
             n_features=12, feature_types=["continuous", "nominal"], missing_ratio=0.01,
             has_outliers=False, skewed=False, high_cardinality=False, time_ordered=False,
             n_categories_known=False, few_important_features=False, processing="batch")


def walk(**answers) -> list[str]:
    """The facts asked for, in order, until the advice asks for something the sheet does
    not answer (the outcome of a run, at the end) or asks nothing more."""
    sheet = {**SHEET, **answers}
    facts: dict = {}
    asked: list[str] = []
    while (question := advise(facts)["next_question"]) is not None:
        asked.append(question["fact"])
        if question["fact"] not in sheet or sheet[question["fact"]] is None:
            break
        facts[question["fact"]] = sheet[question["fact"]]
    return asked


def test_the_walk_reaches_the_report_of_a_run():
    assert walk()[-1] == "tried"


@pytest.mark.parametrize("types, asked", [
    (["continuous", "nominal"], True), (["discrete"], True), (["continuous", "discrete"], True),
    (["nominal"], False), (["nominal", "text"], False), (["boolean", "ordinal"], False)])
def test_skewness_and_outliers_are_asked_about_only_with_numeric_features(types, asked):
    questions = walk(feature_types=types)
    assert ("skewed" in questions) is asked
    assert ("has_outliers" in questions) is asked


def test_high_cardinality_is_asked_about_only_with_nominal_features():
    assert "high_cardinality" in walk(feature_types=["continuous", "nominal"])
    assert "high_cardinality" not in walk(feature_types=["continuous"])


def test_anomaly_detection_is_asked_whether_it_must_be_interpretable():
    """Flagged cases are explained to someone: the question holds for anomaly detection,
    an unsupervised task, as for prediction."""
    questions = walk(learning_type="unsupervised", task="anomaly_detection", target_type=None)
    assert "task" in questions and "interpretability_required" in questions
    assert "interpretability_required" not in walk(learning_type="unsupervised",
                                                   task="clustering", target_type=None)


def test_reinforcement_learning_is_never_asked_about_labels_or_a_task():
    """An agent learns from rewards: there is no labelled target, and none of the tasks
    the vocabulary names. The answer is typed as a person types it (mixed case, spaces
    around), so the vocabulary's normalized value is what the questions compare."""
    questions = walk(learning_type="  Reinforcement ")
    assert "has_data" in questions and "unbiased" in questions
    assert not {"labeled", "task", "target_type"} & set(questions)
    assert "labeled" in walk(learning_type="unsupervised", task="clustering", target_type=None)


def test_only_the_report_of_a_run_lists_the_candidates_to_try():
    """The question "how did it go?" lists the candidates; no other question does, even
    when there are candidates already."""
    facts = dict(SHEET)
    first = advise({"task": "classification", "n_samples": 500})
    assert first["next_question"]["fact"] == "goal" and "candidates" not in first["next_question"]
    report = advise(facts)["next_question"]
    assert report["fact"] == "tried" and report["candidates"]
    assert [c["name"] for c in report["candidates"]] == [
        r["name"] for r in advise(facts)["recommendations"] if r["kind"] == "algorithm"]


DATA_QUESTIONS = {"data_structure", "modality", "labeled", "target_type", "unbiased",
                  "n_samples", "n_features", "feature_types", "missing_ratio", "time_ordered",
                  "processing"}


def test_without_data_no_question_about_the_data_is_asked():
    for answers in ({}, {"learning_type": "unsupervised", "task": "clustering", "target_type": None}):
        questions = walk(has_data=False, **answers)
        assert "has_data" in questions and not DATA_QUESTIONS & set(questions), questions
    assert DATA_QUESTIONS - {"labeled"} <= set(walk())


@pytest.mark.parametrize("learning_type", ["semi_supervised", "self_supervised"])
def test_a_case_that_is_not_plainly_supervised_is_asked_its_task_before_its_data(learning_type):
    """Only for supervised learning does the task wait for the target's type (a categorical
    target makes it a classification); other kinds are asked it before anything else about
    their data."""
    questions = walk(learning_type=learning_type)
    assert "task" in questions and questions.index("task") < questions.index("has_data")
    assert "task" not in walk(), "a supervised case's task follows from its target"


@pytest.mark.parametrize("target, asked", [
    ("nominal", True), ("ordinal", True), ("binary", False), ("continuous", False)])
def test_the_number_of_classes_is_asked_unless_the_target_is_binary(target, asked):
    assert ("n_classes" in walk(target_type=target)) is asked


def test_a_clustering_is_asked_whether_the_number_of_groups_is_known():
    questions = walk(learning_type="unsupervised", task="clustering", target_type=None)
    assert "n_categories_known" in questions and "target_type" not in questions
    assert "n_categories_known" not in walk()


@pytest.mark.parametrize("later, question", [
    ({}, "deployed"), ({"deployed": False}, None), ({"deployed": True}, "drift_detected"),
    ({"deployed": True, "drift_detected": True}, None),
    ({"deployed": True, "drift_detected": False}, "goal_met"),
    ({"deployed": False, "drift_detected": False}, None),
    ({"deployed": True, "drift_detected": False, "goal_met": True}, None)])
def test_drift_and_the_goal_are_asked_about_only_once_the_model_is_deployed(later, question):
    """A good model leads to "is it deployed?"; drift is asked about only once it is, and
    the goal only once it runs without drift."""
    good = [{"algorithm": "HistGradientBoostingClassifier", "outcome": "good"}]
    asked = advise({**SHEET, "tried": good, **later})["next_question"]
    assert (asked and asked["fact"]) == question


def test_with_every_candidate_failed_nothing_more_is_asked_and_nothing_breaks():
    """No good model, nothing left to try: the questions about deployment are not asked
    (their precondition reads a `deployed` nobody stated)."""
    from mlwf.rules import advise as fresh
    first = fresh(SHEET)["next_question"]["candidates"]
    tried = [{"algorithm": c["name"], "outcome": "not_working"} for c in first]
    advice = fresh({**SHEET, "tried": tried})
    assert advice["next_question"] is None


def test_a_stated_classification_is_asked_its_number_of_classes():
    """The task stated by the person (not derived from the target), as the API receives it."""
    questions = walk(learning_type="semi_supervised", task="Classification",
                     target_type="nominal")
    assert "task" in questions and "n_classes" in questions and "class_balance" in questions


def test_no_question_before_the_report_lists_candidates():
    facts = {k: v for k, v in SHEET.items() if k != "unbiased"}
    question = advise(facts)["next_question"]
    assert question["fact"] == "unbiased" and "candidates" not in question


def test_a_classification_without_data_is_still_asked_its_number_of_classes():
    """The task is stated, no data yet: no target type is asked, and since nothing says the
    target is binary, the number of classes is asked."""
    questions = walk(learning_type="unsupervised", task="classification", has_data=False)
    assert "task" in questions and "target_type" not in questions
    assert "n_classes" in questions and "class_balance" in questions
