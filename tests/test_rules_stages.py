"""Rule families by workflow stage, through the public advise() API."""
import pytest

# -- goal and learning ---------------------------------------------------------------------

def test_target_type_implies_task_and_the_question_is_skipped(consult):
    advice = consult(learning_type="supervised", target_type="continuous", time_ordered=False)
    assert advice["facts"]["task"] == "regression"
    assert advice["derived"]["task"]["rule"] == "numeric_target_implies_regression"
    assert advice.question != "task"


def test_rows_in_time_order_alone_stay_regression_validated_on_later_periods(consult):
    # Rows that follow time (a year column, records sorted by date) are not yet a series.
    advice = consult(learning_type="supervised", target_type="continuous", time_ordered=True,
                     n_samples=2_000)
    assert advice["facts"]["task"] == "regression"
    derived = advice["derived"]["task"]
    assert derived["rule"] == "time_ordered_numeric_target_is_still_regression"
    assert "time_indexed" in derived["explanation"]
    assert "TimeSeriesCrossValidation" in advice.names("technique")
    assert "ARIMA" not in advice.algorithms()
    assert all(advice.get(a, "algorithm")["sklearn"] for a in advice.algorithms())


@pytest.mark.parametrize("facts, rule", [
    (dict(time_indexed=True), "time_indexed_target_implies_forecasting"),
    (dict(modality="time_series"), "series_with_numeric_target_implies_forecasting"),
    (dict(time_indexed=True, modality="time_series"), "series_with_numeric_target_implies_forecasting"),
])
def test_a_series_with_a_numeric_target_is_forecasting_and_says_why(consult, facts, rule):
    advice = consult(learning_type="supervised", target_type="continuous", **facts)
    assert advice["facts"]["task"] == "forecasting"
    assert advice["derived"]["task"]["rule"] == rule
    assert "forecasting" in advice["derived"]["task"]["explanation"]
    # A series is ordered in time, so it is validated on later periods.
    assert advice["facts"]["time_ordered"] is True
    assert "TimeSeriesCrossValidation" in advice.names("technique")
    assert "ARIMA" in advice.algorithms()


def test_stated_order_is_never_overridden_by_the_series_rule(consult):
    advice = consult(learning_type="supervised", target_type="continuous", time_indexed=True,
                     time_ordered=False)
    assert advice["facts"]["time_ordered"] is False and "time_ordered" not in advice["derived"]


def test_minority_share_implies_imbalance(consult):
    advice = consult(task="classification", minority_share=0.08, n_samples=2_000)
    assert advice["facts"]["class_balance"] == "imbalanced"
    assert "StratifiedKFoldCrossValidation" in advice.names("technique")


@pytest.mark.parametrize("n_classes, share, balance", [
    (None, 0.19, "imbalanced"), (None, 0.21, "balanced"),
    (2, 0.19, "imbalanced"), (3, 0.19, "balanced"), (3, 0.12, "imbalanced"),
    (10, 0.05, "balanced"), (10, 0.03, "imbalanced")])
def test_imbalance_is_judged_against_an_even_share(consult, n_classes, share, balance):
    facts = {"task": "classification", "minority_share": share}
    if n_classes:
        facts["n_classes"] = n_classes
    assert consult(**facts)["facts"]["class_balance"] == balance


def test_conflicting_facts_are_flagged_not_silently_resolved(consult):
    advice = consult(task="regression", target_type="nominal")
    assert advice.get("Regression", "warning")
    assert advice["facts"]["task"] == "regression"   # stated facts are never overridden


def test_business_goal_asks_for_kpis(consult):
    assert {"KPI", "Feasibility", "ROI"} <= set(consult(goal_type="business").names("step"))
    assert "ResearchDesign" in consult(goal_type="research").names("step")


# -- data -----------------------------------------------------------------------------------

def test_no_data_means_collection(consult):
    advice = consult(goal="predict churn", goal_type="business", learning_type="supervised",
                     has_data=False)
    assert advice.step == "DataCollection" and advice.stage == "Data"
    assert {"Sampling", "Labelling"} <= set(advice.names("technique"))
    assert advice.question not in ("data_structure", "n_samples", "feature_types")


def test_biased_data_goes_back_to_collection(consult, diabetes):
    diabetes["unbiased"] = False
    advice = consult(**diabetes)
    assert advice.step == "DataCollection"
    assert advice.get("SamplingBias", "warning")


def test_semi_structured_data_is_integrated_first(consult):
    advice = consult(goal="x", goal_type="research", learning_type="supervised",
                     interpretability_required=False, has_data=True,
                     data_structure="semi_structured")
    assert advice.step == "DataIntegration"


# -- data process ------------------------------------------------------------------------------

@pytest.mark.parametrize("ratio, features, outliers, expected", [
    (0.02, ["continuous"], False, "Deletion"),
    (0.15, ["continuous"], False, "MeanImputation"),
    (0.15, ["continuous"], True, "MedianImputation"),
    (0.15, ["nominal"], False, "ModeImputation"),
    (0.45, ["continuous", "nominal"], False, "ModelBasedImputation"),
])
def test_missing_data_by_ratio_and_column_type(consult, ratio, features, outliers, expected):
    advice = consult(missing_ratio=ratio, feature_types=features, has_outliers=outliers)
    assert expected in advice.names("technique")


def test_missing_values_make_cleaning_the_step_of_the_data_process_stage(consult, diabetes):
    del diabetes["has_outliers"], diabetes["skewed"]          # still to be asked
    advice = consult(**diabetes)
    assert advice.stage == "DataProcess" and advice.step == "DataCleaning"
    assert advice.question == "has_outliers"


def test_mostly_missing_warns(consult):
    assert consult(missing_ratio=0.7, feature_types=["continuous"]).get("MissingData", "warning")


def test_no_missing_values_no_imputation(consult):
    names = consult(missing_ratio=0.0, feature_types=["continuous"]).names()
    assert not {"Deletion", "MeanImputation", "ModelBasedImputation"} & set(names)


# -- feature engineering ---------------------------------------------------------------------

@pytest.mark.parametrize("facts, expected, absent", [
    (dict(feature_types=["nominal"]), "OneHotEncoding", "TargetEncoding"),
    (dict(feature_types=["ordinal"]), "OrdinalEncoding", "OneHotEncoding"),
    (dict(feature_types=["nominal"], high_cardinality=True, learning_type="supervised"),
     "TargetEncoding", "OneHotEncoding"),
    (dict(feature_types=["nominal"], high_cardinality=True, learning_type="unsupervised"),
     "FeatureHashing", "OneHotEncoding"),
    (dict(feature_types=["continuous"], has_outliers=True), "RobustScaler", "StandardScaler"),
    (dict(feature_types=["continuous"], has_outliers=False, skewed=False), "StandardScaler", "RobustScaler"),
    (dict(feature_types=["continuous"], skewed=True), "PowerTransform", "StandardScaler"),
    (dict(feature_types=["continuous"], skewed=True, has_outliers=True), "QuantileTransformation", "StandardScaler"),
    (dict(modality="text"), "TfidfVectorization", "StandardScaler"),
    (dict(modality="image"), "MinMaxScaler", "TfidfVectorization"),
])
def test_encoding_and_scaling(consult, facts, expected, absent):
    names = consult(**facts).names("technique")
    assert expected in names and absent not in names


def test_robust_scaler_explains_itself(consult):
    r = consult(feature_types=["continuous"], has_outliers=True).get("RobustScaler")
    assert r["sklearn"] == "sklearn.preprocessing.RobustScaler"
    assert {b["name"] for b in r["because"]} == {"feature_types", "has_outliers"}
    assert "outlier" in r["explanation"].lower()


# -- training: feature selection, validation, tuning -------------------------------------------

@pytest.mark.parametrize("facts, expected", [
    (dict(task="classification", feature_types=["nominal"]), "ChiSquaredTest"),
    (dict(task="classification", feature_types=["continuous"]), "ANOVA"),
    (dict(task="regression", feature_types=["continuous"]), "MutualInformation"),
    (dict(task="classification", n_features=300, n_samples=5_000), "VarianceThreshold"),
    (dict(task="classification", n_features=40, n_samples=2_000), "RecursiveFeatureElimination"),
    (dict(task="regression", n_features=500, n_samples=200), "EmbeddedMethod"),
])
def test_feature_selection_by_feature_and_target_types(consult, facts, expected):
    assert expected in consult(**facts).names("technique")


def test_chi_squared_is_not_offered_for_a_numeric_target(consult):
    assert "ChiSquaredTest" not in consult(task="regression", feature_types=["nominal"]).names()


def test_time_order_forbids_shuffling(consult):
    advice = consult(task="regression", n_samples=5_000, time_ordered=True)
    assert "TimeSeriesCrossValidation" in advice.names("technique")
    assert "KFoldCrossValidation" not in advice.names("technique")
    assert advice.get("Shuffling", "warning") and not advice.get("Shuffling", "technique")
    assert advice.get("TemporalLeakage", "warning")


@pytest.mark.parametrize("n, expected, absent", [
    (80, "LeaveOneOutCrossValidation", "KFoldCrossValidation"),
    (5_000, "KFoldCrossValidation", "LeaveOneOutCrossValidation"),
])
def test_validation_by_size(consult, n, expected, absent):
    names = consult(task="regression", n_samples=n).names("technique")
    assert expected in names and absent not in names


@pytest.mark.parametrize("n, share", [(5_000, "20–30%"), (500_000, "10–20%"), (5_000_000, "1–2%")])
def test_holdout_share_by_size(consult, n, share):
    assert share in consult(task="regression", n_samples=n).get("Holdout")["explanation"]


@pytest.mark.parametrize("n, expected", [(500, "GridSearch"), (50_000, "RandomSearch"),
                                         (500_000, "BayesianOptimization")])
def test_tuning_by_size(consult, n, expected):
    assert expected in consult(task="classification", n_samples=n).names("technique")


def test_nested_cv_for_small_data(consult):
    assert "NestedCrossValidation" in consult(task="classification", n_samples=400).names()


# -- evaluation -----------------------------------------------------------------------------------

def test_imbalanced_classification_never_accuracy_alone(consult):
    advice = consult(task="classification", class_balance="imbalanced")
    assert "Accuracy" not in advice.names("metric")
    assert advice.get("Accuracy", "warning")
    assert {"BalancedAccuracy", "F1Score", "AveragePrecision"} <= set(advice.names("metric"))


def test_metrics_by_task(consult):
    assert "Accuracy" in consult(task="classification", class_balance="balanced").names("metric")
    assert {"MeanAbsoluteError", "R2Score"} <= set(consult(task="regression").names("metric"))
    assert "SilhouetteScore" in consult(task="clustering").names("metric")
    assert "MeanAbsolutePercentageError" in consult(task="forecasting").names("metric")


def test_preprocessing_must_be_fitted_inside_the_split(consult, diabetes):
    advice = consult(**diabetes)
    assert advice.get("TrainTestContamination", "warning")
    assert advice.get("Pipeline", "technique")


# -- questions ----------------------------------------------------------------------------------

def test_no_balance_question_for_regression(consult):
    asked = set()
    facts = dict(goal="price houses", goal_type="business", learning_type="supervised",
                 has_data=True, data_structure="structured", modality="tabular",
                 target_type="continuous", unbiased=True)
    advice = consult(**facts)
    while advice.question and advice.question != "tried":
        asked.add(advice.question)
        facts[advice.question] = ANSWERS[advice.question]
        advice = consult(**facts)
    assert "class_balance" not in asked and "n_classes" not in asked
    assert "few_important_features" in asked


def test_no_label_question_once_labels_are_known(consult):
    assert consult(goal="x", goal_type="research", learning_type="unsupervised", has_data=True,
                   data_structure="structured", modality="tabular", labeled=False).question != "labeled"


def test_questions_in_turkish(consult):
    q = consult(lang="tr", goal="diyabet tahmini")["next_question"]
    assert q["fact"] == "goal_type" and "hedef" in q["text"].lower()
    assert q["answers"] == ["business", "hybrid", "research"]


ANSWERS = {"n_samples": 20_000, "n_features": 12, "feature_types": ["continuous", "nominal"],
           "missing_ratio": 0.0, "has_outliers": False, "skewed": True, "high_cardinality": False,
           "time_ordered": False, "few_important_features": False, "processing": "batch",
           "interpretability_required": False}
