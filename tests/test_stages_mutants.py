"""Advice of the stage rules (rules/stages) for given facts, as a person reads it, written for
survivors of the mutation run of rules/stages (docs/mutation-survivors.md): each test was
seen to fail with its mutant put back."""
from __future__ import annotations

import re

import pytest


def test_data_without_labels_and_no_learning_type_is_taken_as_unsupervised(consult):
    advice = consult(labeled=False, has_data=True)
    derived = advice["derived"]["learning_type"]
    assert derived["value"] == "unsupervised" and derived["rule"] == "no_labels_implies_unsupervised"
    assert [b["name"] for b in derived["because"]] == ["labeled"]
    # a learning type the person states wins over the derivation
    assert "learning_type" not in consult(labeled=False, learning_type="semi_supervised")["derived"]


@pytest.mark.parametrize("modality, why", [
    ("sound", "Pre-trained audio networks"), ("image", "pre-trained on a large image")])
def test_sound_and_images_start_from_a_pre_trained_network(consult, modality, why):
    transfer = consult(modality=modality).get("TransferLearning", "technique")
    assert transfer is not None and why in transfer["explanation"]


def test_a_deployed_model_that_missed_its_goal_is_told_why_it_is_evaluated(consult):
    """Deployed, no drift, the goal not met: goal evaluation is due because the goal was
    missed, not because the model "runs steadily" (that reason is for a goal not yet
    judged)."""
    step = consult(deployed=True, drift_detected=False, goal_met=False)["next_step"]
    assert step["name"] == "GoalEvaluation" and "goal was not met" in step["explanation"]
    assert "runs steadily" not in step["explanation"]
    steady = consult(deployed=True, drift_detected=False)["next_step"]
    assert steady["name"] == "GoalEvaluation" and "runs steadily" in steady["explanation"]


@pytest.mark.parametrize("n, advised", [(50, False), (51, True), (9_999, True), (10_000, False)])
def test_classic_boosting_and_a_t_sne_picture_are_for_51_to_9_999_samples(consult, n, advised):
    """The chart's "under 10K samples" boxes, above the 50 samples that can only gather more."""
    boosting = consult(task="classification", n_samples=n).get("GradientBoostingClassifier")
    assert (boosting is not None) is advised
    tsne = consult(task="dimensionality_reduction", n_samples=n).get("TSNE")
    assert (tsne is not None) is advised


@pytest.mark.parametrize("n, advised", [(1, True), (50, True), (9_999, True), (10_000, False)])
def test_manifold_methods_are_for_any_data_under_10k_samples(consult, n, advised):
    advice = consult(task="dimensionality_reduction", n_samples=n)
    for name in ("Isomap", "SpectralEmbedding", "LocallyLinearEmbedding"):
        assert (advice.get(name) is not None) is advised, name
    assert (advice.get("Nystroem") is None) is advised


def test_a_known_number_of_clusters_without_a_size_gets_k_means_and_says_what_is_unknown(consult):
    advice = consult(task="clustering", n_categories_known=True)
    kmeans = advice.get("KMeans", "algorithm")
    assert kmeans is not None and kmeans["rule"] == "clustering_k_known_size_unknown"
    assert kmeans["unknown"] == ["n_samples"]
    assert advice.get("MiniBatchKMeans") is not None and advice.get("GaussianMixture") is not None


@pytest.mark.parametrize("processing, warned", [("stream", True), ("online", True),
                                                ("batch", False)])
def test_data_that_keeps_arriving_is_warned_about(consult, processing, warned):
    warning = consult(processing=processing).get("StreamData", "warning")
    assert (warning is not None) is warned
    if warned:
        assert "partial_fit" in warning["explanation"]


@pytest.mark.parametrize("ratio", [0, 0.01, 0.05, 0.06, 0.3, 0.31, 0.6, 0.61])
def test_each_fill_for_missing_values_has_its_share(consult, ratio):
    """Rows dropped up to 5 % missing; the median (numeric with outliers), the mean
    (numeric without) or the mode (categorical) above 5 % and up to 30 %; a model of the
    gaps above 30 %; an indicator column above 5 %; the warning above 60 %."""
    outliers = consult(missing_ratio=ratio, feature_types=["continuous"], has_outliers=True)
    plain = consult(missing_ratio=ratio, feature_types=["discrete"], has_outliers=False)
    categorical = consult(missing_ratio=ratio, feature_types=["boolean", "nominal"])
    fills = 0.05 < ratio <= 0.3
    assert (outliers.get("MedianImputation") is not None) is fills
    assert (plain.get("MeanImputation") is not None) is fills
    assert (categorical.get("ModeImputation") is not None) is fills
    for advice in (outliers, plain, categorical):
        assert (advice.get("Deletion") is not None) is (0 < ratio <= 0.05)
        if 0 < ratio <= 0.05:
            assert "At most 5% of values are missing" in advice.get("Deletion")["explanation"]
        assert (advice.get("ModelBasedImputation") is not None) is (ratio > 0.3)
        assert (advice.get("MissingIndicator") is not None) is (ratio > 0.05)
        assert (advice.get("MissingData", "warning") is not None) is (ratio > 0.6)


def test_outliers_are_investigated_before_anything_is_done_to_them(consult):
    advice = consult(has_outliers=True)
    treatment = advice.get("OutlierTreatment", "technique")
    assert treatment is not None and treatment["rule"] == "outliers_investigate"
    ranks = {r["name"]: r["rank"] for r in advice["recommendations"] if r["kind"] == "technique"}
    assert ranks["OutlierTreatment"] < ranks["PointAnomaly"]


@pytest.mark.parametrize("facts, warned", [
    ({"task": "regression", "missing_ratio": 0}, False),
    ({"task": "regression", "missing_ratio": 0.2}, True),
    ({"task": "forecasting", "missing_ratio": 0.01}, True),
    ({"task": "regression", "feature_types": ["continuous"]}, True)])
def test_preprocessing_is_fitted_inside_the_pipeline_once_there_is_something_to_fit(
        consult, facts, warned):
    """Imputers (for missing values) and scalers or encoders (for known feature types) learn
    from the data, so they belong inside the cross-validated pipeline; with no gaps and no
    feature types stated there is nothing to fit yet."""
    advice = consult(**facts)
    assert (advice.get("TrainTestContamination", "warning") is not None) is warned
    assert (advice.get("Pipeline", "technique") is not None) is warned


@pytest.mark.parametrize("n, size", [(1, "tiny"), (50, "tiny"), (51, "small"), (9_999, "small"),
                                     (10_000, "medium"), (99_999, "medium"),
                                     (100_000, "large")])
def test_the_size_of_the_data_is_derived_from_the_number_of_samples(consult, n, size):
    """One size for each count, whatever else is known, on a fresh engine as on one that
    served consultations before (which of two sizes would show depends on which fired
    last)."""
    from mlwf.rules import Advisor
    fresh = Advisor()
    for facts in ({}, {"task": "classification"}, {"task": "regression", "modality": "text"}):
        for advice in (consult(n_samples=n, **facts),
                       fresh.render(Advisor(fresh.ontology).consult({"n_samples": n, **facts}))):
            derived = advice["derived"]["data_size"]
            assert derived["value"] == size and derived["rule"] == f"size_{size}", facts


@pytest.mark.parametrize("features, samples, advised", [
    (10, 100, False), (11, 100, True), (200, 100, True), (201, 100, False),
    (100, 50, False), (100, 51, True), (100, 9_999, True), (100, 10_000, False)])
def test_recursive_elimination_for_11_to_200_features_and_51_to_9_999_samples(
        consult, features, samples, advised):
    for task in ("classification", "regression"):
        advice = consult(task=task, n_features=features, n_samples=samples)
        assert (advice.get("RecursiveFeatureElimination") is not None) is advised, task


@pytest.mark.parametrize("features, samples, advised", [
    (0, 100, False), (1, 100, True), (30, 100, True), (31, 100, False), (10, 50, False),
    (10, 51, True),
    (10, 1_999, True), (10, 2_000, False)])
def test_forward_selection_for_up_to_30_features_and_51_to_1_999_samples(
        consult, features, samples, advised):
    advice = consult(task="classification", n_features=features, n_samples=samples)
    assert (advice.get("SequentialFeatureSelection") is not None) is advised


@pytest.mark.parametrize("features, advised", [(50, False), (51, True)])
def test_more_than_50_features_get_a_variance_threshold(consult, features, advised):
    advice = consult(n_features=features)
    assert (advice.get("VarianceThreshold") is not None) is advised
    assert (advice.get("ModelBasedSelection") is not None) is advised


@pytest.mark.parametrize("n, advised", [(30, False), (50, False), (51, True), (99, True),
                                        (100, False)])
def test_leave_one_out_for_51_to_99_samples(consult, n, advised):
    advice = consult(n_samples=n)
    assert (advice.get("LeaveOneOutCrossValidation") is not None) is advised


@pytest.mark.parametrize("n, share", [(30, None), (99, None), (100, "20–30%"),
                                      (9_999, "20–30%"), (10_000, "10–20%"),
                                      (999_999, "10–20%"), (1_000_000, "1–2%")])
def test_a_final_test_set_from_100_samples_smaller_in_share_as_data_grows(consult, n, share):
    """A hold-out needs 100 samples; it keeps 20–30 % under 10K samples, 10–20 % under a
    million, 1–2 % from a million on."""
    holdout = consult(task="classification", n_samples=n).get("Holdout", "technique")
    assert (holdout is not None) is (share is not None)
    if share:
        assert f"Keep a final test set of {share} aside" in holdout["explanation"]


@pytest.mark.parametrize("n, advised", [(30, False), (50, False), (51, True), (9_999, True),
                                        (10_000, False), (50_000, False)])
def test_bagging_for_classifications_of_51_to_9_999_samples(consult, n, advised):
    advice = consult(task="classification", n_samples=n)
    assert (advice.get("BootstrapAggregating") is not None) is advised


@pytest.mark.parametrize("n, advised", [(50, False), (51, True), (99_999, True),
                                        (100_000, False)])
def test_the_charts_linear_svm_boxes_are_for_51_to_99_999_samples(consult, n, advised):
    classification = consult(task="classification", n_samples=n)
    assert (classification.get("LinearSVC") is not None) is advised
    regression = consult(task="regression", n_samples=n)
    for name in ("LinearSVR", "SVR", "ElasticNet"):
        assert (regression.get(name) is not None) is advised, name


@pytest.mark.parametrize("n, advised", [(50, False), (51, True), (999, True), (1_000, False),
                                        (5_000, False)])
def test_gaussian_naive_bayes_for_51_to_999_samples_of_continuous_features(consult, n, advised):
    """(At 50 samples or fewer it comes from the rule for tiny data instead.)"""
    advice = consult(task="classification", n_samples=n, feature_types=["continuous"])
    gaussian = advice.get("GaussianNB")
    assert (gaussian is not None and gaussian["rule"] == "small_continuous_gaussian_nb") is advised


@pytest.mark.parametrize("n, advised", [(30, False), (50, False), (51, True)])
def test_interpretable_models_are_advised_above_50_samples(consult, n, advised):
    """At 50 samples or fewer the advice is to gather more data, with the simplest models."""
    regression = consult(task="regression", n_samples=n, interpretability_required=True)
    assert (regression.get("LinearRegression") is not None) is advised
    assert (regression.get("DecisionTreeRegressor") is not None) is advised
    classification = consult(task="classification", n_samples=n, interpretability_required=True)
    assert (classification.get("DecisionTreeClassifier") is not None) is advised


@pytest.mark.parametrize("features, samples, warned", [
    (10, 1_999, False), (100, 100, False), (101, 100, True), (300, 80, True), (300, 0, False)])
def test_more_features_than_samples_is_warned_about(consult, features, samples, warned):
    advice = consult(n_features=features, n_samples=samples)
    assert (advice.get("HighDimensionalData", "warning") is not None) is warned
    assert (advice.get("EmbeddedMethod") is not None) is warned


@pytest.mark.parametrize("n, advised", [(50, False), (51, True), (999, True), (1_000, False)])
def test_nested_cross_validation_for_51_to_999_samples(consult, n, advised):
    advice = consult(task="regression", n_samples=n)
    assert (advice.get("NestedCrossValidation") is not None) is advised


@pytest.mark.parametrize("indexed, task", [(True, "forecasting"), (False, "regression")])
def test_a_numeric_target_indexed_by_time_is_a_forecast_otherwise_a_regression(
        consult, indexed, task):
    advice = consult(learning_type="supervised", target_type="continuous", time_ordered=True,
                     time_indexed=indexed)
    assert advice["derived"]["task"]["value"] == task


@pytest.mark.parametrize("n, advised", [(9_999, False), (10_000, True), (999_999, True),
                                        (1_000_000, False), (5_000_000, False)])
def test_random_search_for_10k_to_999_999_samples(consult, n, advised):
    random_search = consult(task="regression", n_samples=n).get("RandomSearch")
    assert (random_search is not None and random_search["rule"] == "medium_data_random_search") \
        is advised


# Advice given or withheld for given facts: the smallest fact sets whose advice a survivor of
# the complete run of rules/stages changed (tools/mutation_probe.py), each a boundary or a
# condition of a rule as a person meets it.
ADVISED = [
    ("modality=sound: SoundBasedFeatures advised",
     {"modality": "sound"}, "technique", "SoundBasedFeatures", True),
    ("task=regression, n_samples=0: NestedCrossValidation not advised",
     {"task": "regression", "n_samples": 0}, "technique", "NestedCrossValidation", False),
    ("task=clustering, labeled=False: AdjustedRandIndex not advised",
     {"task": "clustering", "labeled": False}, "metric", "AdjustedRandIndex", False),
    ("task=regression, has_outliers=True: MeanSquaredError advised",
     {"task": "regression", "has_outliers": True}, "warning", "MeanSquaredError", True),
    ("task=classification, target_type=continuous: Classification advised",
     {"task": "classification", "target_type": "continuous"}, "warning", "Classification", True),
    ("n_features=11: ModelBasedSelection not advised",
     {"n_features": 11}, "technique", "ModelBasedSelection", False),
    ("task=classification, n_samples=9999: MonteCarloCrossValidation advised",
     {"task": "classification", "n_samples": 9999}, "technique", "MonteCarloCrossValidation", True),
    ("learning_type=supervised, target_type=continuous, has_outliers=False: MeanSquaredError not advised",
     {"learning_type": "supervised", "target_type": "continuous", "has_outliers": False}, "warning", "MeanSquaredError", False),
    ("learning_type=supervised, target_type=continuous: Labelling not advised",
     {"learning_type": "supervised", "target_type": "continuous"}, "warning", "Labelling", False),
    ("task=classification, n_samples=150000, n_features=29: SequentialFeatureSelection not advised",
     {"task": "classification", "n_samples": 150000, "n_features": 29}, "technique", "SequentialFeatureSelection", False),
    ("processing=stream, tried=HistGradientBoostingRegressor not_working+LogisticRegression good, deployed=True: AutoScaling not advised",
     {"processing": "stream", "tried": [{"algorithm": "HistGradientBoostingRegressor", "outcome": "not_working"}, {"algorithm": "LogisticRegression", "outcome": "good"}], "deployed": True}, "technique", "AutoScaling", False),
    ("learning_type=semi_supervised, n_samples=0: LabelSpreading not advised",
     {"learning_type": "semi_supervised", "n_samples": 0}, "algorithm", "LabelSpreading", False),
    ("task=regression, n_samples=1: KNeighborsRegressor advised",
     {"task": "regression", "n_samples": 1}, "algorithm", "KNeighborsRegressor", True),
    ("task=classification, n_classes=3: ROCAUC not advised",
     {"task": "classification", "n_classes": 3}, "metric", "ROCAUC", False),
    ("task=classification, n_classes=2: ROCAUC advised",
     {"task": "classification", "n_classes": 2}, "metric", "ROCAUC", True),
    ("task=regression, labeled=False: Labelling advised",
     {"task": "regression", "labeled": False}, "warning", "Labelling", True),
    ("has_data=True, n_samples=10: Correlation not advised",
     {"has_data": True, "n_samples": 10}, "technique", "Correlation", False),
    ("task=regression, n_samples=500, n_features=1: RecursiveFeatureElimination not advised",
     {"task": "regression", "n_samples": 500, "n_features": 1}, "technique", "RecursiveFeatureElimination", False),
    ("task=anomaly_detection, n_samples=999999: MonteCarloCrossValidation not advised",
     {"task": "anomaly_detection", "n_samples": 999999}, "technique", "MonteCarloCrossValidation", False),
    ("task=regression, n_samples=1, n_features=100: RecursiveFeatureElimination not advised",
     {"task": "regression", "n_samples": 1, "n_features": 100}, "technique", "RecursiveFeatureElimination", False),
    ("task=classification, n_samples=49, n_features=5: SequentialFeatureSelection not advised",
     {"task": "classification", "n_samples": 49, "n_features": 5}, "technique", "SequentialFeatureSelection", False),
    ("task=forecasting, n_samples=2000, n_features=30: RecursiveFeatureElimination not advised",
     {"task": "forecasting", "n_samples": 2000, "n_features": 30}, "technique", "RecursiveFeatureElimination", False),
    ("task=clustering, n_samples=0, n_categories_known=False: BayesianGaussianMixture not advised",
     {"task": "clustering", "n_samples": 0, "n_categories_known": False}, "algorithm", "BayesianGaussianMixture", False),
    ("task=classification, n_samples=1000000, interpretability_required=False: MLPClassifier advised",
     {"task": "classification", "n_samples": 1000000, "interpretability_required": False}, "algorithm", "MLPClassifier", True),
    ("task=forecasting, time_indexed=True: TimeSeriesData advised",
     {"task": "forecasting", "time_indexed": True}, "warning", "TimeSeriesData", True),
    ("task=regression, processing=stream: SGDRegressor advised",
     {"task": "regression", "processing": "stream"}, "algorithm", "SGDRegressor", True),
    ("feature_types=continuous, interpretability_required=False: Binning not advised",
     {"feature_types": ["continuous"], "interpretability_required": False}, "technique", "Binning", False),
    ("feature_types=text+ordinal+continuous, interpretability_required=True: Binning advised",
     {"feature_types": ["text", "ordinal", "continuous"], "interpretability_required": True}, "technique", "Binning", True),
    ("task=clustering, labeled=True: AdjustedRandIndex advised",
     {"task": "clustering", "labeled": True}, "metric", "AdjustedRandIndex", True),
    ("task=anomaly_detection, labeled=True: AveragePrecision advised",
     {"task": "anomaly_detection", "labeled": True}, "metric", "AveragePrecision", True),
    ("task=classification, n_samples=10, n_features=50: RecursiveFeatureElimination not advised",
     {"task": "classification", "n_samples": 10, "n_features": 50}, "technique", "RecursiveFeatureElimination", False),
    ("task=regression, n_samples=10, n_features=2: SequentialFeatureSelection not advised",
     {"task": "regression", "n_samples": 10, "n_features": 2}, "technique", "SequentialFeatureSelection", False),
    ("task=classification, n_samples=10000: MonteCarloCrossValidation not advised",
     {"task": "classification", "n_samples": 10000}, "technique", "MonteCarloCrossValidation", False),
    ("task=classification, n_samples=49: NestedCrossValidation not advised",
     {"task": "classification", "n_samples": 49}, "technique", "NestedCrossValidation", False),
    ("task=classification, n_samples=20000, class_balance=imbalanced, time_indexed=True: StratifiedKFoldCrossValidation not advised",
     {"task": "classification", "n_samples": 20000, "class_balance": "imbalanced", "time_indexed": True}, "technique", "StratifiedKFoldCrossValidation", False),
]


@pytest.mark.parametrize("facts, kind, name, advised", [row[1:] for row in ADVISED],
                         ids=[re.sub(r"\W+", "_", row[0]) for row in ADVISED])
def test_advice_given_or_withheld_for_these_facts(consult, facts, kind, name, advised):
    assert (consult(**facts).get(name, kind) is not None) is advised


def test_a_met_goal_of_no_stated_kind_is_evaluated_because_it_is_met(consult):
    step = consult(goal_met=True)["next_step"]
    assert (step["name"], step["rule"], step["explanation"]) == (
        "GoalEvaluation", "goal_met_unspecified", "The goal is met.")
    assert [b["name"] for b in step["because"]] == ["goal_met"]


def test_clusters_of_known_number_a_gaussian_mixture_is_the_charts_second_box(consult):
    steps = {r["name"]: r.get("chart_step") for r in consult(
        task="clustering", n_categories_known=True)["recommendations"] if r["kind"] == "algorithm"}
    assert steps == {"KMeans": 1, "MiniBatchKMeans": 1, "GaussianMixture": 2}


def test_large_self_supervised_data_fine_tunes_a_pre_trained_language_model(consult):
    """Both rules advise transfer learning; the one for large data, first in its tier, is the
    reason shown."""
    transfer = consult(learning_type="self_supervised", n_samples=150_000).get(
        "TransferLearning", "technique")
    assert transfer["rule"] == "large_text_transformers" and transfer["rank"] == 1
    assert [b["name"] for b in transfer["because"]] == ["learning_type", "data_size"]


def test_a_deployed_model_whose_goal_is_met_is_evaluated_because_it_is_met(consult):
    """Not because it "runs steadily": that reason is for a goal not yet judged."""
    step = consult(deployed=True, goal_met=True)["next_step"]
    assert (step["name"], step["rule"]) == ("GoalEvaluation", "goal_met_unspecified")


@pytest.mark.parametrize("task", ["clustering", "dimensionality_reduction"])
def test_clustering_or_a_reduction_without_a_learning_type_is_unsupervised(consult, task):
    advice = consult(task=task)
    derived = advice["derived"]["learning_type"]
    assert (derived["value"], derived["rule"]) == ("unsupervised", "task_implies_unsupervised")
    assert "UnsupervisedLearning" in [c["name"] for c in advice["chosen"]]
