"""Algorithm selection keeps scikit-learn's "Choosing the right estimator" chart as
teaching material: its boxes carry their place on the branch (chart_step), come in the
chart's order among themselves, and each "not working" edge is followed by reporting
tried outcomes. The field's defaults (boosted trees, forests, linear models) may rank
ahead of the chart's boxes."""
import pytest

from conftest import competition

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
     ["SVC", "RandomForestClassifier"]),
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
    boxes = [r for r in advice["recommendations"] if r["kind"] == "algorithm" and "chart_step" in r]
    # The chart's next boxes: those at the earliest step not yet tried without success.
    step = min(r["chart_step"] for r in boxes)
    assert {r["name"] for r in boxes if r["chart_step"] == step} == set(first), boxes
    if not facts.get("tried"):
        assert step == 1
    # Among the boxes that are only chart boxes, rank follows the chart.
    chart_only = [r["chart_step"] for r in boxes if r["rule"].startswith("chart_")]
    assert chart_only == sorted(chart_only)
    ranks = [r["rank"] for r in advice["recommendations"] if r["kind"] == "algorithm"]
    assert len(ranks) == len(algorithms) and competition(ranks)
    # boxes at later steps of the chart rank strictly after those at earlier ones
    for a in boxes:
        for b in boxes:
            if a["rule"].startswith("chart_") and b["rule"].startswith("chart_") and \
                    a["chart_step"] < b["chart_step"]:
                assert a["rank"] < b["rank"], (a["name"], b["name"])


def test_fifty_samples_or_fewer_get_more_data_then_only_simple_models(consult):
    advice = consult(**CLS, has_data=True, n_samples=40)
    assert advice.step == "CollectMoreData"
    # If more data cannot be had, the simple models lead and no chart box is offered.
    assert set(advice.algorithms()[:3]) == {"LogisticRegression", "GaussianNB",
                                            "KNeighborsClassifier"}
    assert all("chart_step" not in r for r in advice["recommendations"])


def test_randomized_pca_carries_its_solver(consult):
    pca = consult(task="dimensionality_reduction", n_samples=5_000).get("PCA")
    assert pca["sklearn"] == "sklearn.decomposition.PCA(svd_solver='randomized')"


def test_every_algorithm_names_rule_and_facts(consult):
    advice = consult(**CLS, n_samples=5_000, modality="tabular")
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
