"""Algorithm selection reproduces scikit-learn's "Choosing the right estimator" chart,
including each "not working" edge, followed by reporting tried outcomes."""
import pytest

CLS = dict(learning_type="supervised", target_type="nominal")
REG = dict(learning_type="supervised", target_type="continuous", time_ordered=False)


def not_working(*names):
    return [{"algorithm": n, "outcome": "not_working"} for n in names]


@pytest.mark.parametrize("facts, first", [
    # classification, < 100K samples
    (dict(CLS, n_samples=5_000), ["LinearSVC"]),
    (dict(CLS, n_samples=5_000, modality="text", tried=not_working("LinearSVC")),
     ["MultinomialNB", "ComplementNB"]),
    (dict(CLS, n_samples=5_000, modality="tabular", tried=not_working("LinearSVC")),
     ["KNeighborsClassifier"]),
    (dict(CLS, n_samples=50_000, modality="tabular",
          tried=not_working("LinearSVC", "KNeighborsClassifier")),
     ["SVC", "RandomForestClassifier", "HistGradientBoostingClassifier"]),
    # classification, >= 100K samples
    (dict(CLS, n_samples=500_000), ["SGDClassifier"]),
    (dict(CLS, n_samples=500_000, tried=not_working("SGDClassifier")), ["Nystroem", "RBFSampler"]),
    # regression
    (dict(REG, n_samples=500_000), ["SGDRegressor"]),
    (dict(REG, n_samples=5_000, few_important_features=True), ["Lasso", "ElasticNet"]),
    (dict(REG, n_samples=5_000, few_important_features=False), ["Ridge", "LinearSVR"]),
    (dict(REG, n_samples=50_000, few_important_features=False, tried=not_working("Ridge", "LinearSVR")),
     ["SVR", "RandomForestRegressor"]),
    # clustering
    (dict(task="clustering", n_categories_known=True, n_samples=5_000), ["KMeans"]),
    (dict(task="clustering", n_categories_known=True, n_samples=5_000, tried=not_working("KMeans")),
     ["SpectralClustering", "GaussianMixture"]),
    (dict(task="clustering", n_categories_known=True, n_samples=50_000), ["MiniBatchKMeans"]),
    (dict(task="clustering", n_categories_known=False, n_samples=5_000),
     ["MeanShift", "BayesianGaussianMixture"]),
    # dimensionality reduction
    (dict(task="dimensionality_reduction", n_samples=5_000), ["PCA"]),
    (dict(task="dimensionality_reduction", n_samples=5_000, tried=not_working("PCA")),
     ["Isomap", "SpectralEmbedding"]),
    (dict(task="dimensionality_reduction", n_samples=5_000,
          tried=not_working("PCA", "Isomap", "SpectralEmbedding")), ["LocallyLinearEmbedding"]),
    (dict(task="dimensionality_reduction", n_samples=50_000, tried=not_working("PCA")), ["Nystroem"]),
])
def test_chart_branch_and_next_edges(consult, facts, first):
    advice = consult(**facts)
    algorithms = advice.algorithms()
    # Candidates at the same step of the chart may come in any order among themselves.
    assert set(algorithms[:len(first)]) == set(first), algorithms
    ranks = [r["rank"] for r in advice["recommendations"] if r["kind"] == "algorithm"]
    assert ranks == list(range(1, len(algorithms) + 1))


def test_fifty_samples_or_fewer_get_more_data_not_an_algorithm(consult):
    advice = consult(**CLS, has_data=True, n_samples=40)
    assert advice.step == "CollectMoreData"
    assert advice.algorithms() == []


def test_randomized_pca_carries_its_solver(consult):
    pca = consult(task="dimensionality_reduction", n_samples=5_000).get("PCA")
    assert pca["sklearn"] == "sklearn.decomposition.PCA(svd_solver='randomized')"


def test_every_algorithm_names_rule_and_facts(consult):
    advice = consult(**CLS, n_samples=5_000, modality="text")
    svc = advice.get("LinearSVC")
    assert svc["rule"] == "chart_classification_linear_svc"
    assert {"name": "n_samples", "value": 5000, "source": "stated"} in svc["because"]
    assert {"name": "task", "value": "classification", "source": "derived"} in svc["because"]
    assert svc["sklearn"] == "sklearn.svm.LinearSVC"
    assert svc["concept"].endswith("#LinearSVC")


@pytest.mark.parametrize("facts, expected_first", [
    (dict(CLS, n_samples=5_000, interpretability_required=True),
     {"LogisticRegression", "DecisionTreeClassifier"}),
    (dict(REG, n_samples=5_000, few_important_features=False, interpretability_required=True),
     {"LinearRegression", "DecisionTreeRegressor"}),
    (dict(CLS, n_samples=5_000, processing="stream"), {"SGDClassifier"}),
    (dict(task="clustering", n_categories_known=True, n_samples=5_000, processing="online"),
     {"MiniBatchKMeans"}),
    (dict(CLS, n_samples=5_000, modality="image"), {"ConvolutionalNeuralNetwork"}),
    (dict(task="clustering", n_categories_known=False, n_samples=50_000), {"HDBSCAN"}),
    (dict(task="anomaly_detection", n_samples=5_000), {"IsolationForest"}),
    (dict(learning_type="semi_supervised", n_samples=5_000), {"LabelSpreading"}),
])
def test_beyond_the_chart_when_facts_say_more(consult, facts, expected_first):
    algorithms = consult(**facts).algorithms()
    assert set(algorithms[:len(expected_first)]) == expected_first, algorithms
