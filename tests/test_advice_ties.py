"""Advice the rules rank equal shares a rank (rules/ranking.py: standard competition
ranking, 1, 2, 2, 4, within each kind), as a person reads it in the JSON, on the command
line and in the knowledge base; and, for given facts, which pieces of advice the rules
prefer equally: each of those statements is the rules' design (the same stage and tier),
and each was seen to fail with a tier moved by one (docs/mutation-survivors.md)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter

import pytest

from mlwf.rules.base import KINDS

from conftest import competition

CLASSIFICATION = {"task": "classification", "n_samples": 5000}


def mlwf(*args):
    return subprocess.run([sys.executable, "-m", "mlwf.cli", *args], capture_output=True,
                          text=True, timeout=120)


def ranks(advice, kind: str) -> dict[str, int]:
    return {r["name"]: r["rank"] for r in advice["recommendations"] if r["kind"] == kind}


def equal_to(advice, name: str, kind: str = "technique") -> set[str]:
    """The advice of ``kind`` sharing ``name``'s rank, itself included."""
    rank = ranks(advice, kind)[name]
    return {n for n, r in ranks(advice, kind).items() if r == rank}


# -- the surfaces ---------------------------------------------------------------------------

def test_equally_ranked_advice_shares_a_rank_in_the_api_and_unequal_advice_does_not(
        client, openapi_validator):
    advice = client.post("/api/advise", json={"facts": CLASSIFICATION}).get_json()
    openapi_validator("Advice", advice)
    # the server orders the algorithms by evidence: a portfolio, strict
    assert advice["evidence"]
    algorithms = [r["rank"] for r in advice["recommendations"] if r["kind"] == "algorithm"]
    assert algorithms == list(range(1, len(algorithms) + 1)) and len(algorithms) >= 3
    # k-fold and grid search, from two rules, at one stage and tier, share the first place
    techniques = ranks(advice, "technique")
    assert techniques["KFoldCrossValidation"] == techniques["GridSearch"] == 1
    assert techniques["Holdout"] == 3
    # accuracy before F1 (the same rule, two tiers): strict
    metrics = ranks(advice, "metric")
    assert (metrics["Accuracy"], metrics["F1Score"]) == (1, 2)
    for kind in ("technique", "metric"):
        assert competition([r["rank"] for r in advice["recommendations"] if r["kind"] == kind])


@pytest.mark.parametrize("lang, legend", [
    ("en", 'A rank followed by "=" is shared'),
    ("tr", '"=" ile biten bir sıra paylaşılır')])
def test_the_command_line_marks_a_shared_rank(lang, legend):
    run = mlwf("advise", "--lang", lang, *(f"--fact={k}={v}" for k, v in CLASSIFICATION.items()))
    assert run.returncode == 0, run.stderr
    assert legend in run.stdout, run.stdout
    shown = re.findall(r"^ +(\d+)([=.]) (.+)$", run.stdout, flags=re.M)
    facts = [f"--fact={k}={v}" for k, v in CLASSIFICATION.items()]
    advice = json.loads(mlwf("advise", "--json", "--lang", lang, *facts).stdout)
    listed = sorted(advice["recommendations"], key=lambda r: KINDS.index(r["kind"]))
    count = Counter((r["kind"], r["rank"]) for r in listed)
    assert [(str(r["rank"]), "=" if count[r["kind"], r["rank"]] > 1 else ".")
            for r in listed] == [(rank, mark) for rank, mark, _label in shown]
    assert [label.startswith(r["label"]) for r, (*_, label) in zip(listed, shown, strict=True)] == \
        [True] * len(listed)
    assert {mark for _rank, mark, _label in shown} == {"=", "."}


def test_a_strict_ranking_on_the_command_line_prints_no_legend():
    run = mlwf("advise", "--fact=goal_type=business", "--fact=has_data=false")
    assert run.returncode == 0, run.stderr
    assert '"="' not in run.stdout and re.search(r"^ +1\. ", run.stdout, flags=re.M), run.stdout


def test_a_case_of_the_api_keeps_a_shared_rank_in_its_answer_and_in_the_store(client, openapi_validator):
    case = client.post("/api/cases", json={"facts": CLASSIFICATION}).get_json()
    openapi_validator("Case", case)
    techniques = ranks(case, "technique")
    assert techniques["KFoldCrossValidation"] == techniques["GridSearch"] == 1, techniques
    query = f"""PREFIX kb: <https://w3id.org/mlwf/kb#>
        SELECT ?name ?rank WHERE {{ GRAPH <https://w3id.org/mlwf/case/{case['id']}> {{
          ?case kb:recommendation ?r . ?r kb:concept ?c ; kb:kind "technique" ; kb:rank ?rank }}
          BIND(STRAFTER(STR(?c), "#") AS ?name) }}"""
    rows = client.get("/sparql", query_string={"query": query},
                      headers={"Accept": "application/sparql-results+json"}).get_json()
    stored = {b["name"]["value"]: int(b["rank"]["value"]) for b in rows["results"]["bindings"]}
    assert stored == techniques


def test_without_evidence_the_field_s_three_defaults_share_the_first_place(consult):
    """One rule gives them one tier; the chart's first box comes after all three."""
    algorithms = ranks(consult(**CLASSIFICATION), "algorithm")
    assert equal_to(consult(**CLASSIFICATION), "RandomForestClassifier", "algorithm") == {
        "HistGradientBoostingClassifier", "RandomForestClassifier", "LogisticRegression"}
    assert algorithms["RandomForestClassifier"] == 1 and algorithms["LinearSVC"] == 4
    assert competition(list(algorithms.values()))


# -- which advice the rules prefer equally, for given facts ---------------------------------
# Each row: the facts, the kind, a piece of advice, the others that share its rank (the
# same stage and tier), and a neighbour of its stage that the rules put strictly before
# (or after) it. A tier moved by one, in the rule that gives the advice, moves it into or
# out of its group (docs/mutation-survivors.md names the mutants each row kills).

GOOD_MODEL = [{"algorithm": "LogisticRegression", "outcome": "good"}]
EQUALS = [
    ("once deployed, updating the model comes after security and privacy",
     {"deployed": True}, "technique", "Updating", set(), "SecurityAndPrivacy", None),
    ("after drift, retraining comes before retuning",
     {"deployed": True, "drift_detected": True}, "step", "Retuning", set(), "Retraining", None),
    ("ordinal codes and one-hot codes are equally good encodings for their own columns",
     {"feature_types": ["ordinal", "nominal"]}, "technique", "OrdinalEncoding",
     {"OneHotEncoding"}, None, None),
    ("time-ordered folds are as urgent as watching a deployed model for drift, before logging",
     {"time_ordered": True, "deployed": True}, "technique", "TimeSeriesCrossValidation",
     {"DriftDetection"}, None, "Logging"),
    ("stratified folds and random search are equally preferred for large imbalanced classes",
     {"task": "classification", "n_samples": 20000, "class_balance": "imbalanced"}, "technique",
     "StratifiedKFoldCrossValidation", {"RandomSearch"}, None, None),
    ("for text, PCA comes after truncated SVD, with the manifold methods",
     {"task": "dimensionality_reduction", "modality": "text"}, "algorithm", "PCA",
     {"Isomap", "Nystroem"}, "TruncatedSVD", None),
    ("from 10K samples a neural network comes after the kernel SVM",
     {"task": "classification", "n_samples": 20000}, "algorithm", "MLPClassifier", set(),
     "SVC", None),
    ("class weighting and a schema for semi-structured data come first together",
     {"task": "classification", "data_structure": "semi_structured",
      "class_balance": "imbalanced"}, "technique", "ClassWeighting", {"Schema"}, None,
     "Oversampling"),
    ("imbalanced classes: weighting first, oversampling after it",
     {"task": "classification", "class_balance": "imbalanced"}, "technique", "Oversampling",
     set(), "ClassWeighting", "Undersampling"),
    ("once a good model is served, an A/B test and a model registry come together, before "
     "a shadow deployment",
     {"goal_type": "hybrid", "tried": GOOD_MODEL}, "technique", "ABTesting",
     {"ModelRegistry"}, None, "ShadowDeployment"),
    ("a met research goal: validity and reliability with the ethical considerations",
     {"goal_type": "research", "goal_met": True}, "step", "ValidityAndReliability",
     {"EthicalConsiderations"}, None, None),
    ("skewed counts: log1p after Box-Cox, with the bag of words of text",
     {"skewed": True, "feature_types": ["discrete", "text"]}, "technique",
     "LogarithmicTransformation", {"BagOfWords"}, "BoxCoxTransformation", None),
    ("imbalanced classes: precision and recall are equally important, before log loss",
     {"task": "classification", "class_balance": "imbalanced"}, "metric", "Precision",
     {"Recall"}, None, "LogLoss"),
    ("a reduction: trustworthiness after the explained variance ratio",
     {"task": "dimensionality_reduction"}, "metric", "Trustworthiness", set(),
     "ExplainedVarianceRatio", None),
    ("gaps in ordinal and numeric columns: the mode and the mean are equally good fills",
     {"missing_ratio": 0.1, "feature_types": ["ordinal", "continuous"]}, "technique",
     "ModeImputation", {"MeanImputation"}, None, None),
    ("a regression under 10K samples: nearest neighbours after boosting and the kernel SVR",
     {"task": "regression", "n_samples": 5000}, "algorithm", "KNeighborsRegressor", set(),
     "GradientBoostingRegressor", None),
    ("clusters of unknown number: HDBSCAN, mean shift and the Bayesian mixture together",
     {"task": "clustering", "n_categories_known": False}, "algorithm", "HDBSCAN",
     {"MeanShift", "BayesianGaussianMixture"}, None, None),
    ("an overfitting model of a series: L2 regularisation with the time-ordered folds",
     {"time_indexed": True, "tried": [{"algorithm": "Ridge", "outcome": "overfitting"}]},
     "technique", "L2Regularization", {"TimeSeriesCrossValidation"}, None, None),
    ("a deployed model of many features: drift detection with the variance threshold",
     {"n_features": 50000, "deployed": True}, "technique", "DriftDetection",
     {"VarianceThreshold"}, None, None),
    ("nominal and numeric columns: one-hot codes and scaling together, before dates' parts",
     {"feature_types": ["nominal", "discrete", "datetime"]}, "technique", "OneHotEncoding",
     {"StandardScaler"}, None, "Aggregation"),
    ("semi-supervised and unlabelled: labelling a subset with the schema of the records",
     {"learning_type": "semi_supervised", "labeled": False,
      "data_structure": "semi_structured"}, "technique", "Labelling", {"Schema"}, None, None),
    ("more features than samples: L1 selection, the variance threshold and leave-one-out "
     "together",
     {"n_samples": 80, "n_features": 300}, "technique", "EmbeddedMethod",
     {"VarianceThreshold", "LeaveOneOutCrossValidation"}, None, None),
    ("imbalanced classes: MCC with average precision, after F1 and balanced accuracy",
     {"task": "classification", "class_balance": "imbalanced"}, "metric",
     "MatthewsCorrelationCoefficient", {"AveragePrecision"}, "F1Score", None),
    ("an algorithm that did not work, a model deployed: error analysis with drift detection",
     {"deployed": True, "tried": [{"algorithm": "SVC", "outcome": "not_working"}]},
     "technique", "ErrorAnalysis", {"DriftDetection"}, None, None),
    ("100K samples to classify: Bayesian optimisation with random search, before the "
     "hold-out and successive halving",
     {"task": "classification", "n_samples": 150000}, "technique", "BayesianOptimization",
     {"RandomSearch"}, None, "SuccessiveHalving"),
    # rows for survivors of the mutation run of rules/stages (2026-12-02)
    ("100 samples to classify: classic boosting with the kernel SVM, after nearest neighbours",
     {"task": "classification", "n_samples": 100}, "algorithm", "GradientBoostingClassifier",
     {"SVC"}, "KNeighborsClassifier", None),
    ("only nominal features: categorical naive Bayes with nearest neighbours, between the "
     "linear and the kernel SVM",
     {"task": "classification", "n_samples": 10000, "feature_types": ["nominal"]}, "algorithm",
     "CategoricalNB", {"KNeighborsClassifier"}, "LinearSVC", "SVC"),
    ("a reduction of unknown size: truncated SVD with Isomap and Nystroem, after PCA",
     {"task": "dimensionality_reduction"}, "algorithm", "TruncatedSVD", {"Isomap", "Nystroem"},
     "PCA", None),
    ("a known number of clusters in 10K samples or more: full k-means with the Gaussian "
     "mixture, after mini-batch k-means",
     {"task": "clustering", "n_categories_known": True, "n_samples": 20000}, "algorithm",
     "KMeans", {"GaussianMixture"}, "MiniBatchKMeans", None),
    ("an unknown number of clusters in 10K samples or more: DBSCAN with the Bayesian "
     "mixture, after HDBSCAN",
     {"task": "clustering", "n_categories_known": False, "n_samples": 99999}, "algorithm",
     "BayesianGaussianMixture", {"DBSCAN"}, "HDBSCAN", None),
    ("partly labelled data to cluster, 10K samples or more: HDBSCAN with self-training, "
     "after label spreading",
     {"learning_type": "semi_supervised", "task": "clustering", "n_categories_known": False,
      "n_samples": 99999}, "algorithm", "HDBSCAN", {"SelfTrainingClassifier"},
     "LabelSpreading", "BayesianGaussianMixture"),
    ("a known number of clusters, size unknown: k-means and mini-batch k-means first "
     "together, the Gaussian mixture after them",
     {"task": "clustering", "n_categories_known": True}, "algorithm", "MiniBatchKMeans",
     {"KMeans"}, None, "GaussianMixture"),
    ("anomalies: the local outlier factor after the isolation forest, before the one-class SVM",
     {"task": "anomaly_detection"}, "algorithm", "LocalOutlierFactor", set(),
     "IsolationForest", "OneClassSVM"),
    ("a forecast: ARIMA and boosted trees first together, ridge after them",
     {"task": "forecasting"}, "algorithm", "ARIMA", {"HistGradientBoostingRegressor"}, None,
     "Ridge"),
    ("reinforcement learning asked to forecast: Q-learning first with ARIMA and boosted trees",
     {"learning_type": "reinforcement", "task": "forecasting"}, "algorithm", "ARIMA",
     {"HistGradientBoostingRegressor", "QLearning"}, None, "Ridge"),
    ("a forecast from 10K samples: a recurrent network after ridge",
     {"task": "forecasting", "n_samples": 10000}, "algorithm", "RecurrentNeuralNetwork",
     set(), "Ridge", None),
    ("no images yet: a sampling plan with data augmentation, after deep learning",
     {"has_data": False, "modality": "image"}, "technique", "Sampling", {"DataAugmentation"},
     "DeepLearning", "DataMining"),
    ("a few values missing and outliers: outlier treatment after deleting rows, before "
     "flagging point anomalies",
     {"missing_ratio": 0.01, "has_outliers": True}, "technique", "OutlierTreatment", set(),
     "Deletion", "PointAnomaly"),
    ("self-supervised and interpretable: permutation importance after transfer learning, "
     "before partial dependence",
     {"learning_type": "self_supervised", "interpretability_required": True}, "technique",
     "PermutationImportance", set(), "TransferLearning", "PartialDependence"),
    ("30 sound recordings to classify: a convolutional network alone first, before the simple "
     "models",
     {"task": "classification", "modality": "sound", "n_samples": 30}, "algorithm",
     "ConvolutionalNeuralNetwork", set(), None, "GaussianNB"),
    ("a known number of clusters in 500 samples: agglomerative clustering after spectral "
     "clustering",
     {"task": "clustering", "n_categories_known": True, "n_samples": 500}, "algorithm",
     "AgglomerativeClustering", set(), "SpectralClustering", None),
    ("a reduction of 9,999 samples: locally linear embedding after truncated SVD, t-SNE last",
     {"task": "dimensionality_reduction", "n_samples": 9999}, "algorithm",
     "LocallyLinearEmbedding", set(), "TruncatedSVD", "TSNE"),
    ("outliers: flag point anomalies after treating the outliers",
     {"has_outliers": True}, "technique", "PointAnomaly", set(), "OutlierTreatment", None),
    ("half the values missing and outliers: multiple imputation with outlier treatment, "
     "after model-based imputation, before a missing-value indicator",
     {"missing_ratio": 0.5, "has_outliers": True}, "technique", "MultipleImputation",
     {"OutlierTreatment"}, "ModelBasedImputation", "MissingIndicator"),
    ("data in hand: correlations after the distributions",
     {"has_data": True, "n_samples": 1999}, "technique", "Correlation", set(), "Distribution",
     None),
    ("skewed numbers: a power transform after looking at the variance, before Box-Cox",
     {"feature_types": ["continuous"], "skewed": True}, "technique", "PowerTransform", set(),
     "Variance", "BoxCoxTransformation"),
    ("a good model, batch scoring, not yet deployed: containers after batch inference, before "
     "a model registry",
     {"processing": "batch", "tried": GOOD_MODEL, "deployed": False}, "technique",
     "Containerization", set(), "BatchInference", "ModelRegistry"),
    ("a deployed model that must be explained: logging with permutation importance, after "
     "drift detection, before partial dependence",
     {"interpretability_required": True, "deployed": True}, "technique", "Logging",
     {"PermutationImportance"}, "DriftDetection", "PartialDependence"),
    ("an overfitting model deployed and drifting: feature selection after retuning",
     {"tried": [{"algorithm": "LogisticRegression", "outcome": "overfitting"}],
      "deployed": True, "drift_detected": True}, "step", "FeatureSelection", set(), "Retuning",
     None),
    ("a binary classification: F1 with ROC AUC, after accuracy, before log loss",
     {"task": "classification", "target_type": "binary"}, "metric", "F1Score", {"ROCAUC"},
     "Accuracy", "LogLoss"),
    ("a rare class: balanced accuracy first with F1, before average precision",
     {"task": "classification", "minority_share": 0.01}, "metric", "BalancedAccuracy",
     {"F1Score"}, None, "AveragePrecision"),
    ("a good classifier: calibrate its probabilities after the model registry",
     {"task": "classification", "tried": GOOD_MODEL}, "technique", "ProbabilityCalibration",
     set(), "ModelRegistry", None),
    ("a forecast: the percentage error with RMSE, after the mean absolute error",
     {"task": "forecasting"}, "metric", "MeanAbsolutePercentageError",
     {"RootMeanSquaredError"}, "MeanAbsoluteError", None),
    ("a model to explain: partial dependence after permutation importance",
     {"interpretability_required": True}, "technique", "PartialDependence", set(),
     "PermutationImportance", None),
    ("one model overfit, another is good: feature selection with serving, after versioning",
     {"tried": [{"algorithm": "Ridge", "outcome": "overfitting"},
                {"algorithm": "KNeighborsClassifier", "outcome": "good"}]}, "step",
     "FeatureSelection", {"Serving"}, "Versioning", None),
    ("sound, and models that did not work, overfit and underfit: error analysis with early "
     "stopping, L2 and transfer learning, after interaction terms, before dropout",
     {"modality": "sound", "tried": [
         {"algorithm": "RandomForestRegressor", "outcome": "not_working"},
         {"algorithm": "RandomForestClassifier", "outcome": "underfitting"},
         {"algorithm": "Ridge", "outcome": "overfitting"}]}, "technique", "ErrorAnalysis",
     {"EarlyStopping", "L2Regularization", "TransferLearning"}, "InteractionTerm", "Dropout"),
    ("self-supervised, one model did not work, one underfit, one is good: error analysis with "
     "transfer learning, after interaction terms, before containers",
     {"learning_type": "self_supervised", "tried": [
         {"algorithm": "Ridge", "outcome": "not_working"},
         {"algorithm": "GradientBoostingClassifier", "outcome": "underfitting"},
         {"algorithm": "IsolationForest", "outcome": "good"}]}, "technique", "ErrorAnalysis",
     {"TransferLearning"}, "InteractionTerm", "Containerization"),
    ("an overfitting model of sound: dropout after transfer learning",
     {"modality": "sound", "tried": [{"algorithm": "Ridge", "outcome": "overfitting"}]},
     "technique", "Dropout", set(), "TransferLearning", None),
    ("an underfitting model of counts and ordinal codes: ordinal codes, polynomial features "
     "and scaling first together, interaction terms after them",
     {"feature_types": ["discrete", "ordinal"],
      "tried": [{"algorithm": "LinearSVC", "outcome": "underfitting"}]}, "technique",
     "OrdinalEncoding", {"PolynomialExpansion", "StandardScaler"}, None, "InteractionTerm"),
    ("an underfitting model of numbers with outliers: interaction terms after the robust scaler",
     {"feature_types": ["continuous"], "has_outliers": True,
      "tried": [{"algorithm": "Ridge", "outcome": "underfitting"}]}, "technique",
     "InteractionTerm", set(), "RobustScaler", None),
    ("images, one model good, one underfit, one not working: interaction terms after "
     "polynomial features, before features made for images",
     {"modality": "image", "tried": [{"algorithm": "LogisticRegression", "outcome": "good"},
                                     {"algorithm": "LinearSVC", "outcome": "underfitting"},
                                     {"algorithm": "SVC", "outcome": "not_working"}]},
     "technique", "InteractionTerm", set(), "PolynomialExpansion", "ImageBasedFeatures"),
    ("a business and research goal: the return on investment after feasibility",
     {"goal_type": "hybrid"}, "step", "ROI", set(), "Feasibility", None),
    ("a deployed classifier of mixed numbers and codes: security after mutual information, "
     "before updating",
     {"task": "classification", "feature_types": ["continuous", "ordinal", "discrete"],
      "deployed": True}, "technique", "SecurityAndPrivacy", set(), "MutualInformation",
     "Updating"),
    ("100K features and a good model: containers after model-based selection, before the "
     "registry",
     {"n_features": 99999, "tried": [{"algorithm": "Ridge", "outcome": "not_working"},
                                     {"algorithm": "GradientBoostingClassifier",
                                      "outcome": "underfitting"},
                                     {"algorithm": "IsolationForest", "outcome": "good"}]},
     "technique", "Containerization", set(), "ModelBasedSelection", "ModelRegistry"),
    ("a regression of 99 samples and 100 features: recursive elimination after nested CV",
     {"task": "regression", "n_samples": 99, "n_features": 100}, "technique",
     "RecursiveFeatureElimination", set(), "NestedCrossValidation", None),
    ("1,999 samples and 30 features to classify: bagging with forward selection, after "
     "recursive elimination, before calibration",
     {"task": "classification", "n_samples": 1999, "n_features": 30}, "technique",
     "BootstrapAggregating", {"SequentialFeatureSelection"}, "RecursiveFeatureElimination",
     "ProbabilityCalibration"),
    ("100 samples and 10 features to classify: calibration after forward selection",
     {"task": "classification", "n_samples": 100, "n_features": 10}, "technique",
     "ProbabilityCalibration", set(), "SequentialFeatureSelection", None),
    ("a regression of 500 samples: repeated random splits after shuffling",
     {"task": "regression", "n_samples": 500}, "technique", "MonteCarloCrossValidation",
     set(), "Shuffling", None),
    ("a million images, a deployed model: data parallelism with security, after early "
     "stopping, before updating",
     {"modality": "image", "n_samples": 1000000, "deployed": True}, "technique",
     "DataParallelism", {"SecurityAndPrivacy"}, "EarlyStopping", "Updating"),
    ("99 samples of numbers and flags to classify: Gaussian naive Bayes with nearest "
     "neighbours, after the linear SVM, before classic boosting",
     {"task": "classification", "n_samples": 99,
      "feature_types": ["continuous", "boolean", "discrete"]}, "algorithm", "GaussianNB",
     {"KNeighborsClassifier"}, "LinearSVC", "GradientBoostingClassifier"),
    ("an unknown number of clusters in 9,999 samples: HDBSCAN after mean shift",
     {"task": "clustering", "n_categories_known": False, "n_samples": 9999}, "algorithm",
     "HDBSCAN", set(), "MeanShift", None),
    ("clusters, nothing else known: the Gaussian mixtures together, after k-means",
     {"task": "clustering"}, "algorithm", "GaussianMixture", {"BayesianGaussianMixture"},
     "KMeans", None),
    ("reinforcement learning asked to reduce text: Q-learning alone first, truncated SVD after",
     {"learning_type": "reinforcement", "task": "dimensionality_reduction", "modality": "text"},
     "algorithm", "QLearning", set(), None, "TruncatedSVD"),
    ("a regression of a time series of 100K samples: the small neural network after the "
     "recurrent one",
     {"task": "regression", "modality": "time_series", "n_samples": 100000}, "algorithm",
     "MLPRegressor", set(), "RecurrentNeuralNetwork", None),
    ("no data yet for imbalanced classes: labelling while collecting, with undersampling, "
     "after oversampling, before calibration",
     {"task": "classification", "has_data": False, "class_balance": "imbalanced"},
     "technique", "Labelling", {"Undersampling"}, "Oversampling", "ProbabilityCalibration"),
    ("half the values missing and outliers: a missing-value indicator with point anomalies, "
     "after outlier treatment",
     {"missing_ratio": 0.5, "has_outliers": True}, "technique", "MissingIndicator",
     {"PointAnomaly"}, "OutlierTreatment", None),
    ("a met goal of business and research: dissemination first with the KPIs, the return and "
     "the research design, before the ethics",
     {"goal_type": "hybrid", "goal_met": True}, "step", "Dissemination",
     {"KPI", "ROI", "ResearchDesign"}, None, "EthicalConsiderations"),
    ("a classification: F1 after accuracy, before log loss",
     {"task": "classification"}, "metric", "F1Score", set(), "Accuracy", "LogLoss"),
    ("a good classifier for business and research: calibration with a shadow deployment, "
     "after the model registry",
     {"goal_type": "hybrid", "task": "classification", "tried": GOOD_MODEL}, "technique",
     "ProbabilityCalibration", {"ShadowDeployment"}, "ModelRegistry", None),
    ("clusters: the Calinski-Harabasz index after Davies-Bouldin",
     {"task": "clustering"}, "metric", "CalinskiHarabaszIndex", set(), "DaviesBouldinIndex",
     None),
    ("text with many-valued codes: hashing with TF-IDF first, scaling after",
     {"modality": "text", "feature_types": ["nominal"], "high_cardinality": True},
     "technique", "FeatureHashing", {"TfidfVectorization"}, None, "MaxAbsScaler"),
    ("a regression on counts and dates: mutual information after the pipeline",
     {"task": "regression", "feature_types": ["discrete", "datetime"]}, "technique",
     "MutualInformation", set(), "Pipeline", None),
    ("101 samples and 3 features for a numeric target: forward selection after repeated "
     "random splits",
     {"learning_type": "supervised", "n_samples": 101, "n_features": 3,
      "target_type": "continuous"}, "technique", "SequentialFeatureSelection", set(),
     "MonteCarloCrossValidation", None),
    ("anomalies in 50K samples: shuffling after successive halving",
     {"task": "anomaly_detection", "n_samples": 50000}, "technique", "Shuffling", set(),
     "SuccessiveHalving", None),
    ("a regression of 500 samples: nested CV with shuffling, after the hold-out, before "
     "repeated random splits",
     {"task": "regression", "n_samples": 500}, "technique", "NestedCrossValidation",
     {"Shuffling"}, "Holdout", "MonteCarloCrossValidation"),
    ("100K images: early stopping after Adam, before data parallelism",
     {"modality": "image", "n_samples": 100000}, "technique", "EarlyStopping", set(), "Adam",
     "DataParallelism"),
    ("partly labelled data, 9,999 samples: self-training after label spreading",
     {"learning_type": "semi_supervised", "n_samples": 9999}, "algorithm",
     "SelfTrainingClassifier", set(), "LabelSpreading", None),
    ("a good model: versioning after persistence",
     {"tried": GOOD_MODEL}, "step", "Versioning", set(), "Persistence", None),
    # rows for survivors of the complete run of rules/stages (2026-12-02, morning): the
    # facts are the smallest set whose advice the survivor changed (tools/mutation_probe.py)
    ("feature_types=discrete+datetime+continuous, skewed=True: Aggregation with BoxCoxTransformation, after PowerTransform, before LogarithmicTransformation",
     {"feature_types": ["discrete", "datetime", "continuous"], "skewed": True}, "technique", "Aggregation", {"BoxCoxTransformation"}, "PowerTransform", "LogarithmicTransformation"),
    ("task=clustering: DaviesBouldinIndex, after SilhouetteScore, before CalinskiHarabaszIndex",
     {"task": "clustering"}, "metric", "DaviesBouldinIndex", set(), "SilhouetteScore", "CalinskiHarabaszIndex"),
    ("interpretability_required=True, tried=LinearRegression good+IsolationForest underfitting: Containerization, after PartialDependence, before ModelRegistry",
     {"interpretability_required": True, "tried": [{"algorithm": "LinearRegression", "outcome": "good"}, {"algorithm": "IsolationForest", "outcome": "underfitting"}]}, "technique", "Containerization", set(), "PartialDependence", "ModelRegistry"),
    ("feature_types=ordinal+discrete, missing_ratio=0.1, has_outliers=True: MedianImputation with ModeImputation, before OutlierTreatment",
     {"feature_types": ["ordinal", "discrete"], "missing_ratio": 0.1, "has_outliers": True}, "technique", "MedianImputation", {"ModeImputation"}, None, "OutlierTreatment"),
    ("task=classification, feature_types=ordinal+boolean+continuous: ChiSquaredTest, after Pipeline, before MutualInformation",
     {"task": "classification", "feature_types": ["ordinal", "boolean", "continuous"]}, "technique", "ChiSquaredTest", set(), "Pipeline", "MutualInformation"),
    ("modality=sound, tried=HistGradientBoostingRegressor underfitting+GradientBoostingClassifier not_working: SoundBasedFeatures with PolynomialExpansion, after DeepLearning, before InteractionTerm",
     {"modality": "sound", "tried": [{"algorithm": "HistGradientBoostingRegressor", "outcome": "underfitting"}, {"algorithm": "GradientBoostingClassifier", "outcome": "not_working"}]}, "technique", "SoundBasedFeatures", {"PolynomialExpansion"}, "DeepLearning", "InteractionTerm"),
    ("feature_types=discrete+datetime+continuous, skewed=True, interpretability_required=True: Binning, after LogarithmicTransformation, before PermutationImportance",
     {"feature_types": ["discrete", "datetime", "continuous"], "skewed": True, "interpretability_required": True}, "technique", "Binning", set(), "LogarithmicTransformation", "PermutationImportance"),
    ("learning_type=supervised, target_type=continuous: R2Score, after RootMeanSquaredError",
     {"learning_type": "supervised", "target_type": "continuous"}, "metric", "R2Score", set(), "RootMeanSquaredError", None),
    ("has_data=True, n_samples=20000, has_outliers=True: Distribution, after PointAnomaly, before Correlation",
     {"has_data": True, "n_samples": 20000, "has_outliers": True}, "technique", "Distribution", set(), "PointAnomaly", "Correlation"),
    ("n_features=199, deployed=True: ModelBasedSelection, after Logging, before SecurityAndPrivacy",
     {"n_features": 199, "deployed": True}, "technique", "ModelBasedSelection", set(), "Logging", "SecurityAndPrivacy"),
    ("goal_type=business, processing=stream, tried=RandomForestClassifier good+SVC overfitting: AutoScaling with ShadowDeployment, after ABTesting",
     {"goal_type": "business", "processing": "stream", "tried": [{"algorithm": "RandomForestClassifier", "outcome": "good"}, {"algorithm": "SVC", "outcome": "overfitting"}]}, "technique", "AutoScaling", {"ShadowDeployment"}, "ABTesting", None),
    ("tried=HistGradientBoostingRegressor not_working+LogisticRegression good, deployed=True, drift_detected=True: Persistence with Retraining, before Retuning",
     {"tried": [{"algorithm": "HistGradientBoostingRegressor", "outcome": "not_working"}, {"algorithm": "LogisticRegression", "outcome": "good"}], "deployed": True, "drift_detected": True}, "step", "Persistence", {"Retraining"}, None, "Retuning"),
    ("task=classification, n_samples=500, feature_types=boolean: BernoulliNB with KNeighborsClassifier, after LinearSVC, before GradientBoostingClassifier",
     {"task": "classification", "n_samples": 500, "feature_types": ["boolean"]}, "algorithm", "BernoulliNB", {"KNeighborsClassifier"}, "LinearSVC", "GradientBoostingClassifier"),
    ("task=anomaly_detection, modality=time_series, n_samples=999999: RecurrentNeuralNetwork, after SGDOneClassSVM",
     {"task": "anomaly_detection", "modality": "time_series", "n_samples": 999999}, "algorithm", "RecurrentNeuralNetwork", set(), "SGDOneClassSVM", None),
    ("modality=image, time_ordered=True: TimeSeriesCrossValidation with TransferLearning, after ImageBasedFeatures",
     {"modality": "image", "time_ordered": True}, "technique", "TimeSeriesCrossValidation", {"TransferLearning"}, "ImageBasedFeatures", None),
    ("task=forecasting, feature_types=nominal+text, high_cardinality=True: TargetEncoding with TfidfVectorization, before MaxAbsScaler",
     {"task": "forecasting", "feature_types": ["nominal", "text"], "high_cardinality": True}, "technique", "TargetEncoding", {"TfidfVectorization"}, None, "MaxAbsScaler"),
    ("feature_types=discrete+datetime+continuous, has_outliers=True, skewed=True: PowerTransform with RobustScaler, after Variance, before Aggregation",
     {"feature_types": ["discrete", "datetime", "continuous"], "has_outliers": True, "skewed": True}, "technique", "PowerTransform", {"RobustScaler"}, "Variance", "Aggregation"),
    ("modality=image, feature_types=nominal+continuous+datetime: OneHotEncoding with MinMaxScaler, after DataAugmentation, before Aggregation",
     {"modality": "image", "feature_types": ["nominal", "continuous", "datetime"]}, "technique", "OneHotEncoding", {"MinMaxScaler"}, "DataAugmentation", "Aggregation"),
    ("modality=sound, tried=HistGradientBoostingRegressor underfitting+GradientBoostingClassifier not_working: PolynomialExpansion with SoundBasedFeatures, after DeepLearning, before InteractionTerm",
     {"modality": "sound", "tried": [{"algorithm": "HistGradientBoostingRegressor", "outcome": "underfitting"}, {"algorithm": "GradientBoostingClassifier", "outcome": "not_working"}]}, "technique", "PolynomialExpansion", {"SoundBasedFeatures"}, "DeepLearning", "InteractionTerm"),
    ("task=clustering, labeled=True: AdjustedRandIndex with SilhouetteScore, before DaviesBouldinIndex",
     {"task": "clustering", "labeled": True}, "metric", "AdjustedRandIndex", {"SilhouetteScore"}, None, "DaviesBouldinIndex"),
    ("learning_type=supervised, target_type=continuous, missing_ratio=0.01, time_ordered=True: TimeSeriesCrossValidation with Pipeline, after Deletion",
     {"learning_type": "supervised", "target_type": "continuous", "missing_ratio": 0.01, "time_ordered": True}, "technique", "TimeSeriesCrossValidation", {"Pipeline"}, "Deletion", None),
    ("has_data=True, n_samples=100000, feature_types=discrete+ordinal+text, skewed=True: Variance, after Correlation, before OrdinalEncoding",
     {"has_data": True, "n_samples": 100000, "feature_types": ["discrete", "ordinal", "text"], "skewed": True}, "technique", "Variance", set(), "Correlation", "OrdinalEncoding"),
    ("modality=image, n_samples=5000000: Adam, after TransferLearning, before EarlyStopping",
     {"modality": "image", "n_samples": 5000000}, "technique", "Adam", set(), "TransferLearning", "EarlyStopping"),
    ("processing=online, interpretability_required=True, tried=HistGradientBoostingRegressor good: OnlineInference with PartialDependence, after PermutationImportance, before Containerization",
     {"processing": "online", "interpretability_required": True, "tried": [{"algorithm": "HistGradientBoostingRegressor", "outcome": "good"}]}, "technique", "OnlineInference", {"PartialDependence"}, "PermutationImportance", "Containerization"),
    ("processing=online, tried=HistGradientBoostingRegressor good: AutoScaling, after ModelRegistry",
     {"processing": "online", "tried": [{"algorithm": "HistGradientBoostingRegressor", "outcome": "good"}]}, "technique", "AutoScaling", set(), "ModelRegistry", None),
    ("n_features=1000, processing=batch, tried=RandomForestClassifier good: ModelBasedSelection with BatchInference, after VarianceThreshold, before Containerization",
     {"n_features": 1000, "processing": "batch", "tried": [{"algorithm": "RandomForestClassifier", "outcome": "good"}]}, "technique", "ModelBasedSelection", {"BatchInference"}, "VarianceThreshold", "Containerization"),
    ("task=classification, deployed=True: ProbabilityCalibration, after Updating",
     {"task": "classification", "deployed": True}, "technique", "ProbabilityCalibration", set(), "Updating", None),
    ("task=dimensionality_reduction, modality=time_series, n_samples=20000: RecurrentNeuralNetwork, after Nystroem",
     {"task": "dimensionality_reduction", "modality": "time_series", "n_samples": 20000}, "algorithm", "RecurrentNeuralNetwork", set(), "Nystroem", None),
    ("task=anomaly_detection: SGDOneClassSVM with OneClassSVM, after LocalOutlierFactor",
     {"task": "anomaly_detection"}, "algorithm", "SGDOneClassSVM", {"OneClassSVM"}, "LocalOutlierFactor", None),
    ("task=classification, n_samples=5000, feature_types=boolean+text+datetime: BernoulliNB with MultinomialNB, after ComplementNB, before GradientBoostingClassifier",
     {"task": "classification", "n_samples": 5000, "feature_types": ["boolean", "text", "datetime"]}, "algorithm", "BernoulliNB", {"MultinomialNB"}, "ComplementNB", "GradientBoostingClassifier"),
    ("task=anomaly_detection: OneClassSVM with SGDOneClassSVM, after LocalOutlierFactor",
     {"task": "anomaly_detection"}, "algorithm", "OneClassSVM", {"SGDOneClassSVM"}, "LocalOutlierFactor", None),
    ("learning_type=semi_supervised, task=forecasting, n_samples=9999: Ridge with SelfTrainingClassifier, after ARIMA",
     {"learning_type": "semi_supervised", "task": "forecasting", "n_samples": 9999}, "algorithm", "Ridge", {"SelfTrainingClassifier"}, "ARIMA", None),
    ("learning_type=self_supervised, n_samples=150000, time_indexed=True: TimeSeriesCrossValidation with TransferLearning",
     {"learning_type": "self_supervised", "n_samples": 150000, "time_indexed": True}, "technique", "TimeSeriesCrossValidation", {"TransferLearning"}, None, None),
    ("modality=image, deployed=True: TransferLearning with DriftDetection, after ImageBasedFeatures, before Logging",
     {"modality": "image", "deployed": True}, "technique", "TransferLearning", {"DriftDetection"}, "ImageBasedFeatures", "Logging"),
    ("learning_type=supervised, feature_types=text+nominal, high_cardinality=True: TfidfVectorization with TargetEncoding, before MaxAbsScaler",
     {"learning_type": "supervised", "feature_types": ["text", "nominal"], "high_cardinality": True}, "technique", "TfidfVectorization", {"TargetEncoding"}, None, "MaxAbsScaler"),
    ("feature_types=datetime+discrete+text, skewed=True: TfidfVectorization with PowerTransform, after Variance, before Aggregation",
     {"feature_types": ["datetime", "discrete", "text"], "skewed": True}, "technique", "TfidfVectorization", {"PowerTransform"}, "Variance", "Aggregation"),
    ("feature_types=ordinal+continuous, has_outliers=True, skewed=True: QuantileTransformation with BoxCoxTransformation, after OrdinalEncoding, before LogarithmicTransformation",
     {"feature_types": ["ordinal", "continuous"], "has_outliers": True, "skewed": True}, "technique", "QuantileTransformation", {"BoxCoxTransformation"}, "OrdinalEncoding", "LogarithmicTransformation"),
    ("modality=image, feature_types=discrete+datetime, skewed=True: ImageBasedFeatures with LogarithmicTransformation, after Aggregation, before TransferLearning",
     {"modality": "image", "feature_types": ["discrete", "datetime"], "skewed": True}, "technique", "ImageBasedFeatures", {"LogarithmicTransformation"}, "Aggregation", "TransferLearning"),
    ("task=clustering, labeled=True: SilhouetteScore with AdjustedRandIndex, before DaviesBouldinIndex",
     {"task": "clustering", "labeled": True}, "metric", "SilhouetteScore", {"AdjustedRandIndex"}, None, "DaviesBouldinIndex"),
    ("modality=sound, interpretability_required=True, tried=KMeans underfitting+KNeighborsClassifier overfitting: Dropout with PermutationImportance, after EarlyStopping, before PartialDependence",
     {"modality": "sound", "interpretability_required": True, "tried": [{"algorithm": "KMeans", "outcome": "underfitting"}, {"algorithm": "KNeighborsClassifier", "outcome": "overfitting"}]}, "technique", "Dropout", {"PermutationImportance"}, "EarlyStopping", "PartialDependence"),
    ("tried=DecisionTreeClassifier good, deployed=True, drift_detected=True: Retraining with Persistence, before Retuning",
     {"tried": [{"algorithm": "DecisionTreeClassifier", "outcome": "good"}], "deployed": True, "drift_detected": True}, "step", "Retraining", {"Persistence"}, None, "Retuning"),
    ("feature_types=continuous+nominal+text, missing_ratio=0.1, has_outliers=True: ModeImputation with MedianImputation, before OutlierTreatment",
     {"feature_types": ["continuous", "nominal", "text"], "missing_ratio": 0.1, "has_outliers": True}, "technique", "ModeImputation", {"MedianImputation"}, None, "OutlierTreatment"),
    ("has_data=True, n_samples=51, feature_types=discrete+datetime, skewed=True: Variance, after Correlation, before PowerTransform",
     {"has_data": True, "n_samples": 51, "feature_types": ["discrete", "datetime"], "skewed": True}, "technique", "Variance", set(), "Correlation", "PowerTransform"),
    ("learning_type=supervised, feature_types=text+nominal, target_type=binary, interpretability_required=True: ChiSquaredTest with PermutationImportance, after Pipeline, before PartialDependence",
     {"learning_type": "supervised", "feature_types": ["text", "nominal"], "target_type": "binary", "interpretability_required": True}, "technique", "ChiSquaredTest", {"PermutationImportance"}, "Pipeline", "PartialDependence"),
    ("task=classification, feature_types=text+discrete+nominal: ANOVA with MaxAbsScaler, after OneHotEncoding, before BagOfWords",
     {"task": "classification", "feature_types": ["text", "discrete", "nominal"]}, "technique", "ANOVA", {"MaxAbsScaler"}, "OneHotEncoding", "BagOfWords"),
]


@pytest.mark.parametrize("facts, kind, name, same, before, after",
                         [row[1:] for row in EQUALS],
                         ids=[re.sub(r"\W+", "_", row[0]) for row in EQUALS])
def test_the_rules_prefer_these_equally(consult, facts, kind, name, same, before, after):
    advice = consult(**facts)
    assert equal_to(advice, name, kind) == {name, *same}
    rank = ranks(advice, kind)
    if before:
        assert rank[before] < rank[name]
    if after:
        assert rank[name] < rank[after]


def test_with_evidence_the_algorithms_ranks_are_strict_and_the_others_still_shared():
    """The portfolio places every algorithm (rules/ranking.py); the shipped meta-knowledge
    base orders them as the command line and the server do."""
    from mlwf.kb.metakb import advisor_with_evidence
    advice = advisor_with_evidence().advise(CLASSIFICATION)
    assert advice["evidence"]
    algorithms = [r["rank"] for r in advice["recommendations"] if r["kind"] == "algorithm"]
    assert algorithms == list(range(1, len(algorithms) + 1)) and len(algorithms) >= 3
    assert equal_to(advice, "KFoldCrossValidation") == {"KFoldCrossValidation", "GridSearch"}
