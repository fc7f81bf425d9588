"""Details of the advice that the mutation run (`make mutation`, README "Mutation testing")
found unchecked: each test states what a person reads for given facts, and was seen to
fail with the surviving mutant put back by hand."""
from __future__ import annotations

import pytest


def test_many_missing_values_advice_names_its_30_percent_threshold(consult):
    for lang, share in (("en", "30%"), ("tr", "%30")):
        advice = consult(lang=lang, task="classification", missing_ratio=0.45)
        assert share in advice.get("ModelBasedImputation")["explanation"]


@pytest.mark.parametrize("facts", [
    dict(task="classification", missing_ratio=0.5, class_balance="imbalanced", n_samples=30),
    dict(task="regression", n_samples=300, n_features=400, skewed=True),
    dict(goal="predict churn", task="classification", has_outliers=True, deployed=True),
])
def test_the_ways_back_are_workflow_steps_never_techniques_or_warnings(consult, facts):
    advice = consult(**facts)
    advised = {r["name"] for r in advice["recommendations"]}
    assert advised, "these facts get advice"
    assert not advised & {r["name"] for r in advice["return_to"]}


def test_mixed_features_of_a_class_get_mutual_information(consult):
    advice = consult(task="classification", feature_types=["continuous", "nominal"])
    mi = advice.get("MutualInformation", "technique")
    assert mi is not None and "both kinds" in mi["explanation"]


def test_clustering_with_known_k_and_10k_samples_keeps_full_kmeans_before_a_mixture(consult):
    advice = consult(task="clustering", n_categories_known=True, n_samples=20_000)
    algorithms = advice.algorithms()
    assert algorithms[:3] == ["MiniBatchKMeans", "KMeans", "GaussianMixture"]


def test_clustering_with_k_unstated_puts_hdbscan_before_a_mixture_that_needs_k(consult):
    advice = consult(task="clustering", n_samples=5_000)
    algorithms = advice.algorithms()
    # a Gaussian mixture needs the number of clusters, HDBSCAN finds it
    assert algorithms.index("HDBSCAN") < algorithms.index("GaussianMixture")


def test_without_the_meta_knowledge_base_no_reason_mentions_evidence(consult, diabetes):
    # the process-wide advice (the chart's order) has no evidence to cite or to miss
    advice = consult(**diabetes)
    assert advice.algorithms()
    assert not [r["name"] for r in advice["recommendations"] if "Evidence" in r["explanation"]]


# The module's order (algorithm_selection.py): what the facts call for, the defaults, then
# the chart's boxes in the chart's order, then what lies beyond the chart.
@pytest.mark.parametrize("facts, before, after", [
    # the chart's first box for yes/no features, before the naive Bayes made for them
    (dict(task="classification", n_samples=500, feature_types=["boolean"]),
     "LinearSVC", "BernoulliNB"),
    # a known number of clusters: k-means is the chart's box, hierarchical clustering beyond
    (dict(task="clustering", n_categories_known=True, n_samples=2_000),
     "KMeans", "AgglomerativeClustering"),
    # not stated whether k is known: the chart's k-means box first, then HDBSCAN
    (dict(task="clustering", n_samples=2_000), "KMeans", "HDBSCAN"),
    # k unknown: the chart's mean shift, then HDBSCAN beyond it
    (dict(task="clustering", n_categories_known=False), "MeanShift", "HDBSCAN"),
    # 10K samples or more: PCA, then (not working) the kernel approximation
    (dict(task="dimensionality_reduction", n_samples=20_000), "PCA", "Nystroem"),
    # anomalies in large data: the general detectors before the linear one-class SVM
    (dict(task="anomaly_detection", n_samples=50_000), "IsolationForest", "SGDOneClassSVM"),
])
def test_candidates_come_in_the_order_the_chart_gives(consult, facts, before, after):
    algorithms = consult(**facts).algorithms()
    assert algorithms.index(before) < algorithms.index(after), algorithms


def test_the_chart_steps_of_dimensionality_reduction_on_large_data(consult):
    steps = {r["name"]: r.get("chart_step") for r in consult(
        task="dimensionality_reduction", n_samples=20_000)["recommendations"]}
    assert (steps["PCA"], steps["Nystroem"]) == (1, 2)


def test_a_bad_tried_value_is_refused_naming_the_shape_it_must_have():
    from mlwf.rules import FactError, advise
    with pytest.raises(FactError) as refused:
        advise({"tried": 5})
    allowed = str(refused.value.detail)
    assert '"algorithm"' in allowed and '"outcome"' in allowed and "underfitting" in allowed


def test_an_unsupervised_case_with_data_is_asked_its_task(consult):
    advice = consult(goal="group customers", goal_type="research",
                     learning_type="unsupervised", has_data=True)
    assert advice["next_question"]["fact"] == "task"


@pytest.mark.parametrize("n, advised", [(99, False), (100, True)])
def test_repeated_random_splits_from_100_samples(consult, n, advised):
    advice = consult(task="classification", n_samples=n)
    assert (advice.get("MonteCarloCrossValidation") is not None) is advised


def test_semi_supervised_learning_without_labels_labels_a_representative_subset(consult):
    advice = consult(learning_type="semi_supervised", has_data=True, labeled=False)
    assert "representative subset" in advice.get("Labelling", "technique")["explanation"]


def test_overfitting_on_large_data_stops_training_early(consult):
    advice = consult(task="classification", n_samples=200_000,
                     tried=[{"algorithm": "LogisticRegression", "outcome": "overfitting"}])
    assert "iterative training" in advice.get("EarlyStopping", "technique")["explanation"]


@pytest.mark.parametrize("met", [True, False])
def test_only_a_met_business_goal_is_called_met(consult, met):
    advice = consult(goal="raise sales", goal_type="business", goal_met=met)
    texts = [advice["next_step"]["explanation"]] + [
        r["explanation"] for r in advice["recommendations"]]
    assert any("goal is met" in t for t in texts) is met


def test_a_deployed_model_may_go_back_to_the_data_and_the_features(consult):
    # the ontology's ways back from the model (mlwf:mayReturnTo)
    advice = consult(task="classification", deployed=True)
    assert {"Data", "FeatureEngineering"} <= {r["name"] for r in advice["return_to"]}


GOOD = [{"algorithm": "LogisticRegression", "outcome": "good"}]


@pytest.mark.parametrize("deployed, serve", [(False, True), (True, False)])
def test_a_good_model_is_served_unless_it_is_deployed_already(consult, deployed, serve):
    advice = consult(task="classification", tried=GOOD, deployed=deployed)
    assert (advice.get("Serving") is not None) is serve


def test_a_good_model_on_streaming_data_is_served_online_then_packaged(consult):
    advice = consult(task="classification", tried=GOOD, processing="stream")
    techniques = advice.names("technique")
    assert "request by request" in advice.get("OnlineInference")["explanation"]
    assert techniques.index("OnlineInference") < techniques.index("Containerization")


@pytest.mark.parametrize("n, advised", [(500, True), (1_999, True), (2_000, False)])
def test_forward_selection_for_few_features_under_2000_samples(consult, n, advised):
    advice = consult(task="classification", n_samples=n, n_features=10)
    assert (advice.get("SequentialFeatureSelection") is not None) is advised


@pytest.mark.parametrize("interpretable, advised", [(False, True), (True, False)])
def test_a_large_regression_gets_a_neural_network_unless_it_must_be_interpreted(
        consult, interpretable, advised):
    advice = consult(task="regression", n_samples=20_000, n_features=12,
                     interpretability_required=interpretable)
    assert ("MLPRegressor" in advice.algorithms()) is advised, advice.algorithms()


@pytest.mark.parametrize("n, search", [(30, None), (50, None), (51, "GridSearch"),
                                       (9_999, "GridSearch"), (10_000, "RandomSearch"),
                                       (999_999, "RandomSearch")])
def test_the_search_for_hyperparameters_follows_the_number_of_samples(consult, n, search):
    advice = consult(task="classification", n_samples=n, n_features=8)
    found = [s for s in ("GridSearch", "RandomSearch") if advice.get(s, "technique")]
    assert found == ([search] if search else []), (n, found)


@pytest.mark.parametrize("n, sgd", [(99_999, False), (100_000, True)])
def test_the_chart_turns_to_sgd_from_100k_samples(consult, n, sgd):
    # README, the facts: n_samples >= 100 000 is large; the chart's box is "over 100K"
    for task, name in (("classification", "SGDClassifier"), ("regression", "SGDRegressor")):
        advice = consult(task=task, n_samples=n, n_features=20)
        assert (name in advice.algorithms()) is sgd, (task, n, advice.algorithms())


@pytest.mark.parametrize("n, advised", [(99_999, False), (100_000, True)])
def test_much_text_gets_transformer_networks(consult, n, advised):
    advice = consult(modality="text", task="classification", n_samples=n)
    assert ("TransformerNetwork" in advice.algorithms()) is advised, advice.algorithms()


def test_a_regression_sent_as_json_is_asked_whether_few_features_matter(consult):
    # facts as the API and the command line get them: strings parsed from JSON
    import json
    facts = dict(goal="predict prices", goal_type="business", learning_type="supervised",
                 has_data=True, data_structure="structured", modality="tabular",
                 task="regression", target_type="continuous", n_samples=5000, n_features=12,
                 feature_types=["continuous"], missing_ratio=0.0, has_outliers=False,
                 skewed=False, time_ordered=False, interpretability_required=False,
                 unbiased=True, processing="batch")
    advice = consult(**json.loads(json.dumps(facts)))
    assert advice.question == "few_important_features", advice.question


@pytest.mark.parametrize("n, folds", [(99, None), (100, "StratifiedKFoldCrossValidation")])
def test_imbalanced_classes_get_stratified_folds_from_100_samples(consult, n, folds):
    advice = consult(task="classification", class_balance="imbalanced", n_samples=n)
    assert (advice.get("StratifiedKFoldCrossValidation", "technique") is not None) is bool(folds)


@pytest.mark.parametrize("n, advised", [(99, False), (100, True), (99_999, True),
                                        (100_000, False)])
def test_k_fold_validation_from_100_to_99_999_samples(consult, n, advised):
    advice = consult(task="regression", n_samples=n, time_ordered=False)
    assert (advice.get("KFoldCrossValidation", "technique") is not None) is advised


@pytest.mark.parametrize("n, advised", [(51, True), (500, True), (1_000, False)])
def test_gaussian_naive_bayes_for_few_samples_of_continuous_features(consult, n, advised):
    advice = consult(task="classification", n_samples=n, feature_types=["continuous"])
    assert ("GaussianNB" in advice.algorithms()) is advised, advice.algorithms()


@pytest.mark.parametrize("n, advised", [(50, False), (51, True)])
def test_semi_supervised_models_from_51_samples(consult, n, advised):
    advice = consult(learning_type="semi_supervised", n_samples=n)
    assert ("LabelSpreading" in advice.algorithms()) is advised, advice.algorithms()


@pytest.mark.parametrize("share, advised", [(0.05, False), (0.1, True)])
def test_missing_values_past_5_percent_get_an_indicator_column(consult, share, advised):
    advice = consult(task="classification", missing_ratio=share)
    assert (advice.get("MissingIndicator", "technique") is not None) is advised


def test_a_dimensionality_reduction_is_judged_by_the_variance_it_keeps(consult):
    advice = consult(task="dimensionality_reduction")
    assert advice.get("ExplainedVarianceRatio", "metric") is not None


@pytest.mark.parametrize("deployed, advised", [(False, True), (True, False)])
def test_a_good_model_for_a_business_goal_is_proved_by_an_a_b_test(consult, deployed, advised):
    advice = consult(goal="predict churn", goal_type="business", task="classification",
                     tried=[{"algorithm": "LogisticRegression", "outcome": "good"}],
                     deployed=deployed)
    assert (advice.get("ABTesting", "technique") is not None) is advised


@pytest.mark.parametrize("n, advised", [(51, True), (9_999, True), (10_000, False),
                                        (50_000, False)])
def test_recursive_feature_elimination_only_on_small_data(consult, n, advised):
    # a wrapper method refits the model per subset: affordable below 10K samples only
    advice = consult(task="classification", n_samples=n, n_features=20)
    assert (advice.get("RecursiveFeatureElimination", "technique") is not None) is advised


@pytest.mark.parametrize("n, advised", [(50, False), (51, True), (5_000, True)])
def test_distributions_and_correlations_are_looked_at_past_50_samples(consult, n, advised):
    advice = consult(has_data=True, learning_type="supervised", n_samples=n)
    for name in ("Distribution", "Correlation"):
        assert (advice.get(name, "technique") is not None) is advised, (name, n)


def test_a_case_without_data_is_never_asked_about_its_features(consult):
    advice = consult(goal="learn to play", goal_type="research",
                     learning_type="reinforcement", has_data=False)
    assert advice.question not in {"n_features", "feature_types", "missing_ratio"}, advice.question


# The tiers (algorithm_selection.py's docstring): what the facts call for, the defaults,
# then the chart's steps, then last resorts; "beyond the chart" comes after the chart's box.
@pytest.mark.parametrize("facts, before, after", [
    # the defaults for tables come before a Gaussian naive Bayes baseline
    (dict(task="classification", n_samples=500, feature_types=["continuous"]),
     "HistGradientBoostingClassifier", "GaussianNB"),
    # the chart's PCA before truncated SVD, which lies beyond the chart for tables
    (dict(task="dimensionality_reduction", n_samples=500), "PCA", "TruncatedSVD"),
    # k unknown on little data: the chart's mean shift, then HDBSCAN beyond the chart
    (dict(task="clustering", n_categories_known=False, n_samples=50), "MeanShift", "HDBSCAN"),
    # forecasting: the default forecaster before the recurrent network added from 10K samples
    (dict(task="forecasting", n_samples=10_000), "HistGradientBoostingRegressor",
     "RecurrentNeuralNetwork"),
    # much text to cluster: the default for text before k-means, the chart's box that
    # applies only if the number of clusters (not stated) is known
    (dict(task="clustering", modality="text", n_samples=100_000), "TransformerNetwork", "KMeans"),
    # sparse text: truncated SVD takes the chart's first place, before the manifold methods
    # the chart offers when the first is not working
    (dict(task="dimensionality_reduction", modality="text", n_samples=500), "TruncatedSVD",
     "Isomap"),
])
def test_candidates_come_in_the_order_of_their_tiers(consult, facts, before, after):
    algorithms = consult(**facts).algorithms()
    assert algorithms.index(before) < algorithms.index(after), algorithms


@pytest.mark.parametrize("task, defaults", [
    ("classification", ["HistGradientBoostingClassifier", "RandomForestClassifier",
                        "LogisticRegression"]),
    ("regression", ["HistGradientBoostingRegressor", "RandomForestRegressor", "Ridge"]),
])
def test_the_defaults_for_tables_come_in_the_order_the_rules_state(consult, task, defaults):
    # algorithm_selection.py: "gradient-boosted trees, a random forest and a regularised
    # linear model"; one rule advises them in that order, and ties keep a rule's order
    algorithms = consult(task=task, n_samples=5_000, n_features=12).algorithms()
    assert [a for a in algorithms if a in defaults] == defaults, algorithms


@pytest.mark.parametrize("n, size", [(51, "small"), (9_999, "small"), (10_000, "medium"),
                                     (99_999, "medium"), (100_000, "large")])
def test_the_size_of_the_data_follows_the_number_of_samples(consult, n, size):
    advice = consult(task="classification", n_samples=n)
    assert advice["derived"]["data_size"]["value"] == size


@pytest.mark.parametrize("learning_type, task", [("semi_supervised", "classification"),
                                                 ("unsupervised", "clustering")])
def test_a_case_with_data_is_asked_whether_it_is_labelled(consult, learning_type, task):
    # only reinforcement learning has no labels to ask about
    advice = consult(goal="sort the tickets", goal_type="research", learning_type=learning_type,
                     has_data=True, data_structure="structured", modality="tabular",
                     interpretability_required=False, task=task, n_categories_known=True)
    assert advice.question == "labeled", advice.question


def test_mostly_missing_values_warning_names_its_60_percent_threshold(consult):
    for lang, share in (("en", "60%"), ("tr", "%60")):
        advice = consult(lang=lang, task="classification", missing_ratio=0.7)
        assert share in advice.get("MissingData", "warning")["explanation"]


@pytest.mark.parametrize("n, warned", [(1, True), (4, True), (5, False)])
def test_more_features_than_samples_is_warned_from_a_single_sample(consult, n, warned):
    advice = consult(task="classification", n_samples=n, n_features=5)
    assert (advice.get("HighDimensionalData", "warning") is not None) is warned


def test_with_few_important_features_unknown_both_branches_first_boxes_are_step_1(consult):
    # the chart's ridge and lasso branches each start with their box and its alternative
    steps = {r["name"]: r.get("chart_step") for r in consult(
        task="regression", n_samples=5_000)["recommendations"]}
    assert [steps[a] for a in ("Ridge", "LinearSVR", "Lasso", "ElasticNet")] == [1, 1, 1, 1]


def test_a_reason_lists_the_feature_types_it_matched_in_one_order(consult):
    """A rule that matched two feature types names them sorted, whichever order they were
    stated in and experta matched them in (a set, whose order follows the process's string
    hashes), so the same case always reads the same. Every pair of a numeric and a
    categorical type, stated both ways: an unsorted list shows in about half of them."""
    for numeric in ("continuous", "discrete"):
        for categorical in ("nominal", "ordinal", "boolean"):
            for stated in ([numeric, categorical], [categorical, numeric]):
                advice = consult(task="classification", n_samples=5000, feature_types=stated)
                mi = advice.get("MutualInformation", "technique")
                assert mi is not None and "both kinds" in mi["explanation"]
                [types] = [b["value"] for b in mi["because"] if b["name"] == "feature_types"]
                assert types == sorted(stated), stated


def test_of_a_rules_several_firings_the_reason_whose_facts_sort_first_is_kept(consult):
    """Two numeric and two categorical types: the mixed-features rule fires once per pair
    (four times) with the same advice. Its calls are counted per firing, so the firings
    tie and the reason kept is the one whose facts sort first, whatever order the types
    were stated in and experta fired them in."""
    import itertools
    for stated in itertools.permutations(["continuous", "discrete", "nominal", "ordinal"]):
        advice = consult(task="classification", n_samples=5000, feature_types=list(stated))
        mi = advice.get("MutualInformation", "technique")
        assert mi["rule"] == "mixed_features_mutual_information"
        [types] = [b["value"] for b in mi["because"] if b["name"] == "feature_types"]
        assert types == ["continuous", "nominal"], stated


def test_facts_read_from_json_get_the_same_advice_as_facts_written_in_code():
    """The API and `--fact` build fact names at run time (json.loads does not intern its
    keys), where a test's literals are interned: the advice must not depend on which."""
    import json

    from mlwf.rules import advise
    text = ('{"task": "classification", "n_samples": 500, "feature_types": ["continuous", '
            '"nominal"], "tried": [{"algorithm": "SVC", "outcome": "overfitting"}]}')
    parsed = json.loads(text)
    written = {"task": "classification", "n_samples": 500,
               "feature_types": ["continuous", "nominal"],
               "tried": [{"algorithm": "SVC", "outcome": "overfitting"}]}
    assert parsed == written
    advice = advise(parsed)
    assert advice == advise(written)
    assert advice["recommendations"] and any(
        b["name"] == "feature_types" for r in advice["recommendations"] for b in r["because"])


def test_advice_from_a_reported_outcome_names_the_run_it_follows(consult):
    advice = consult(task="classification", n_samples=500,
                     tried=[{"algorithm": "SVC", "outcome": "overfitting"}])
    warning = advice.get("Overfitting", "warning")
    assert warning is not None
    [tried] = [b["value"] for b in warning["because"] if b["name"] == "tried"]
    assert tried == [{"algorithm": "SVC", "outcome": "overfitting"}]
