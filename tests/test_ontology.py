"""The ontology file: quality checks, the floor of concepts, the generated OWL, the reasoner."""
import pathlib
import re

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from mlwf.ontology import graph, load, owl_path, source_path
from mlwf.ontology.quality import CHECKS
from mlwf.ontology.reasoner import java_available, run_hermit
from mlwf.rules.facts import SPECS
from optional import missing, need_module

HERE = pathlib.Path(__file__).parent


@pytest.mark.parametrize("title", list(CHECKS))
def test_quality_check(title):
    offenders = CHECKS[title](graph())
    assert not offenders, f"{title}: " + "; ".join(offenders[:40])


def _fold(text):
    return re.sub(r"[^0-9a-z]", "", text.lower())


def concepts_floor():
    """(label, parent label, top-level label) for each line of CONCEPTS.md (copied into
    tests/data from shared/CONCEPTS.md, the list the ontology must hold at the least)."""
    rows, stack = [], []
    for line in (HERE / "data" / "CONCEPTS.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\s*)- (.+?)\s*$", line)
        if m:
            depth = len(m.group(1)) // 2
            stack = stack[:depth] + [m.group(2)]
            rows.append((m.group(2), stack[-2] if depth else None, stack[0]))
    return rows


FLOOR = concepts_floor()


def test_the_floor_has_every_seed_topic():
    assert len(FLOOR) > 190


@pytest.mark.parametrize("label, parent, top", FLOOR, ids=[r[0] for r in FLOOR])
def test_concept_of_the_floor(label, parent, top):
    onto = load()
    by_label = {}
    for c in onto.concepts.values():
        for text in [c.labels.get("en", ""), *c.alt_labels]:
            by_label.setdefault(_fold(text), c)
    concept = by_label.get(_fold(label))
    assert concept is not None, f"no class labelled '{label}'"
    assert "tr" in concept.labels and concept.definitions.get("en")
    if parent is not None:
        parent_concept = by_label[_fold(parent)]
        assert onto.is_a(concept.name, parent_concept.name), (
            f"{concept.name} should sit under {parent_concept.name}")
    expected_stage = "WorkflowStage" if top == "Workflow Methodology" else by_label[_fold(top)].name
    assert concept.stage == expected_stage


def test_generated_owl_holds_the_same_triples_as_the_turtle_source():
    owl = Graph()
    owl.parse(owl_path(), format="xml")
    assert isomorphic(owl, graph()), ("ontology/mlwf.owl is out of date: run "
                                      "`mlwf ontology export --format owl --write`")


def test_turtle_source_is_valid_utf8_turtle():
    text = source_path().read_text(encoding="utf-8")
    assert "@prefix mlwf:" in text and "owl:versionIRI" in text


@pytest.mark.slow
def test_hermit_finds_it_consistent_with_no_unsatisfiable_class():
    if not java_available():
        missing("Java, so HermiT cannot run", ".ci/run installs default-jre-headless")
    verdict = run_hermit()
    assert verdict.consistent, verdict.message
    assert verdict.unsatisfiable == []


def test_stage_order_comes_from_the_ontology():
    assert load().stage_order == ["Goal", "Learning", "Data", "DataProcess",
                                  "FeatureEngineering", "Model", "GoalEvaluation"]


def test_ways_back():
    onto = load()
    assert {"FeatureEngineering", "Data"} <= set(onto.ways_back("Model"))
    assert "Goal" in onto.ways_back("GoalEvaluation")
    assert {"FeatureEngineering", "FeatureGeneration"} <= set(onto.ways_back("Underfitting"))


def test_lookup_by_name_label_and_turkish_label():
    onto = load()
    robust = onto["RobustScaler"]
    assert onto.get(robust.labels["en"].upper()) is robust
    assert onto.get(robust.labels["tr"]) is robust
    assert onto.get("no such thing") is None
    assert robust.sklearn == "sklearn.preprocessing.RobustScaler"
    assert "HasOutliers" in robust.relations["suits"]
    assert "Scaling" in robust.parents


@pytest.mark.parametrize("technique, relation, target", [
    ("RobustScaler", "suits", "HasOutliers"),
    ("TimeSeriesCrossValidation", "requires", "TimeOrderedData"),
    ("ChiSquaredTest", "appliesToFeature", "Qualitative"),
    ("ChiSquaredTest", "appliesToTarget", "Qualitative"),
    ("ANOVA", "appliesToFeature", "Quantitative"),
    ("ANOVA", "appliesToTarget", "Qualitative"),
    ("StratifiedKFoldCrossValidation", "suits", "ImbalancedClasses"),
    ("Regularization", "remedies", "Overfitting"),
])
def test_techniques_carry_what_they_suit(technique, relation, target):
    assert target in load().concepts[technique].relations.get(relation, [])


REQUIRED_ALGORITHMS = """LinearSVC SVC KNeighborsClassifier GaussianNB MultinomialNB ComplementNB
BernoulliNB CategoricalNB SGDClassifier SGDRegressor Nystroem RBFSampler KMeans MiniBatchKMeans
SpectralClustering GaussianMixture BayesianGaussianMixture MeanShift DBSCAN Lasso ElasticNet Ridge
LinearRegression LogisticRegression SVR LinearSVR DecisionTreeClassifier DecisionTreeRegressor
RandomForestClassifier RandomForestRegressor GradientBoostingClassifier GradientBoostingRegressor
PCA Isomap SpectralEmbedding LocallyLinearEmbedding IsolationForest""".split()


@pytest.mark.parametrize("name", REQUIRED_ALGORITHMS)
def test_algorithm_catalogue(name):
    onto = load()
    c = onto.concepts[name]
    assert c.kind == "algorithm"
    assert c.sklearn and c.sklearn.startswith("sklearn.") and c.sklearn.endswith(name)
    assert c.relations.get("solvesTask") and c.relations.get("hasLearningType")


def test_sklearn_paths_are_real_where_sklearn_is_installed():
    sklearn = need_module("sklearn")
    import importlib
    # Two of the named classes are experimental in scikit-learn and appear only after
    # their enabling import; a user of the ontology's path has to do the same.
    importlib.import_module("sklearn.experimental.enable_iterative_imputer")
    importlib.import_module("sklearn.experimental.enable_halving_search_cv")
    missing = []
    for c in load().concepts.values():
        if not c.sklearn:
            continue
        path = c.sklearn.split("(")[0]
        module, _, attr = path.rpartition(".")
        try:
            obj = importlib.import_module(module)
        except ImportError:
            module, _, outer = module.rpartition(".")
            obj = getattr(importlib.import_module(module), outer, None)
        if obj is None or not hasattr(obj, attr):
            missing.append(f"{c.name}: {c.sklearn}")
    assert not missing, f"not in scikit-learn {sklearn.__version__}: {missing}"


def test_questions_ask_facts_of_the_vocabulary_with_its_answers():
    onto = load()
    assert len(onto.questions) >= 20
    for q in onto.questions:
        spec = SPECS[q.fact]
        expected = sorted(spec.choices) if spec.kind in ("enum", "list") else (
            ["false", "true"] if spec.kind == "bool" else [])
        assert q.answers == expected, q.name
        assert q.texts.get("en") and q.texts.get("tr")
    orders = [q.order for q in onto.questions]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)


def test_question_stages_never_go_backwards():
    onto = load()
    index = [onto.stage_order.index(q.stage) if q.stage in onto.stage_order else -1
             for q in onto.questions]
    assert index == sorted(index)
