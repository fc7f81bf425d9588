"""The ontology file: quality checks, the floor of concepts, the generated OWL, the reasoner."""
import pathlib
import re

import pytest

from mlwf.ontology import graph, load, source_path
from mlwf.ontology.quality import CHECKS
from mlwf.ontology.reasoner import REASONERS, java_available, run_reasoner
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
        # The seed's outline stays navigable: skos:broader up to the listed parent.
        parent_concept = by_label[_fold(parent)]
        assert parent_concept.name in onto.outline_ancestors(concept.name), (
            f"{concept.name} should be listed under {parent_concept.name}")
    if top == "Workflow Methodology":
        assert concept.stage is None and not concept.places
    else:
        # Its place in the workflow is a relation that leads to the stage it is listed in.
        stage = by_label[_fold(top)].name
        assert concept.stage == stage and stage in concept.stages
        if concept.name != stage:
            assert concept.places, f"{concept.name} has no place in the workflow"


def test_is_a_links_kinds_only():
    """Nothing but a stage or a step is a kind of workflow process, in the Python index."""
    onto = load()
    processes = {n for n in onto.concepts if onto.is_a(n, "WorkflowProcess")}
    assert {"Data", "DataCleaning", "Scaling", "Validation"} <= processes
    for name in ("Accuracy", "RobustScaler", "RandomForestClassifier", "Overfitting",
                 "ChiSquaredTest", "HasOutliers", "Classification", "CRISPDM"):
        assert name not in processes
    assert onto.is_a("RobustScaler", "Scaler") and onto.is_a("RobustScaler", "Technique")
    assert onto.is_a("Accuracy", "ClassificationMetric") and onto.is_a("Accuracy", "EvaluationMetric")
    assert not onto.is_a("Accuracy", "Model") and not onto.is_a("RobustScaler", "FeatureEngineering")


def test_a_concept_can_belong_to_several_steps():
    onto = load()
    chi2 = onto["ChiSquaredTest"]
    assert {"FeatureSelection", "DataAnalysis"} <= set(chi2.relations["usedIn"])
    assert chi2.stages == ["DataProcess", "Model"]
    assert chi2.stage == "Model"      # where the seed's outline lists it
    assert onto.is_a("ChiSquaredTest", "StatisticalTest")
    poly = onto["PolynomialExpansion"]
    assert {"Transformation", "FeatureGeneration"} <= set(poly.places)


def test_steps_are_part_of_stages():
    onto = load()
    assert onto["DataCleaning"].relations["partOf"] == ["DataProcess"]
    assert "Scaling" in onto.steps_of("Transformation")
    assert onto["Scaling"].stages == ["FeatureEngineering"]
    assert "RobustScaler" in onto.in_stage("FeatureEngineering")



def test_turtle_source_is_valid_utf8_turtle():
    text = source_path().read_text(encoding="utf-8")
    assert "@prefix mlwf:" in text and "owl:versionIRI" in text


def _asserted_processes():
    """The classes the Turtle source files under WorkflowStage or WorkflowStep, and those."""
    from rdflib.namespace import RDFS

    from mlwf.ontology import MLWF
    g = graph()
    out = {"WorkflowStage", "WorkflowStep"}
    for kind in (MLWF.WorkflowStage, MLWF.WorkflowStep):
        out |= {str(s).split("#")[1] for s in g.subjects(RDFS.subClassOf, kind)}
    return out


@pytest.mark.slow
@pytest.mark.parametrize("reasoner", REASONERS)
def test_reasoner_finds_it_consistent_and_infers_only_steps_to_be_steps(reasoner):
    if not java_available():
        missing(f"Java, so {reasoner} cannot run", ".ci/run installs default-jre-headless")
    verdict = run_reasoner(reasoner)
    assert verdict.ran, verdict.message
    assert verdict.consistent, verdict.message
    assert verdict.unsatisfiable == []
    # Nothing but the stages and steps is inferred to be a stage or step.
    assert set(verdict.processes) == _asserted_processes()


@pytest.mark.slow
@pytest.mark.parametrize("reasoner", REASONERS)
def test_reasoner_catches_a_technique_filed_as_part_of_a_stage(reasoner, tmp_path):
    """The check above can fail: a metric put "part of" a step is no process, and both
    reasoners find the contradiction (partOf's domain meets the disjoint kinds)."""
    if not java_available():
        missing(f"Java, so {reasoner} cannot run", ".ci/run installs default-jre-headless")
    from rdflib import BNode, Graph
    from rdflib.namespace import OWL, RDF, RDFS

    from mlwf.ontology import MLWF
    g = Graph()
    for t in graph():
        g.add(t)
    r = BNode()
    g.add((r, RDF.type, OWL.Restriction))
    g.add((r, OWL.onProperty, MLWF.partOf))
    g.add((r, OWL.someValuesFrom, MLWF.Evaluation))
    g.add((MLWF.Accuracy, RDFS.subClassOf, r))
    g.serialize(tmp_path / "bad.owl", format="xml")
    verdict = run_reasoner(reasoner, [str(tmp_path / "bad.owl")])
    assert verdict.unsatisfiable == ["Accuracy"]


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
    assert "Scaling" in robust.parents          # listed under Scaling in the outline
    assert robust.superclasses == ["Scaler"]      # and is a scaler
    assert robust.relations["usedIn"] == ["Scaling"]


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


REQUIRED_ALGORITHMS = ["LinearSVC", "SVC", "KNeighborsClassifier", "GaussianNB", "MultinomialNB", "ComplementNB", "BernoulliNB", "CategoricalNB", "SGDClassifier", "SGDRegressor", "Nystroem", "RBFSampler", "KMeans", "MiniBatchKMeans", "SpectralClustering", "GaussianMixture", "BayesianGaussianMixture", "MeanShift", "DBSCAN", "Lasso", "ElasticNet", "Ridge", "LinearRegression", "LogisticRegression", "SVR", "LinearSVR", "DecisionTreeClassifier", "DecisionTreeRegressor", "RandomForestClassifier", "RandomForestRegressor", "GradientBoostingClassifier", "GradientBoostingRegressor", "PCA", "Isomap", "SpectralEmbedding", "LocallyLinearEmbedding", "IsolationForest"]


@pytest.mark.parametrize("name", REQUIRED_ALGORITHMS)
def test_algorithm_catalogue(name):
    onto = load()
    c = onto.concepts[name]
    assert c.kind == "algorithm"
    assert c.sklearn and c.sklearn.startswith("sklearn.") and c.sklearn.endswith(name)
    assert c.relations.get("solvesTask") and c.relations.get("hasLearningType")


def test_every_sklearn_path_imports_and_takes_its_settings():
    """mlwf:sklearnClass is an importable path: import each one the plain way (after
    enabling scikit-learn's experimental estimators, as a user has to), and build each
    class's signature with its mlwf:sklearnParameters."""
    sklearn = need_module("sklearn")
    import importlib
    import inspect
    importlib.import_module("sklearn.experimental.enable_iterative_imputer")
    importlib.import_module("sklearn.experimental.enable_halving_search_cv")
    failed = []
    named = [c for c in load().concepts.values() if c.sklearn]
    assert len(named) > 100
    for c in named:
        assert "(" not in c.sklearn and " " not in c.sklearn, c.sklearn
        module, _, attr = c.sklearn.rpartition(".")
        try:
            obj = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            failed.append(f"{c.name}: {c.sklearn} ({exc})")
            continue
        assert c.sklearn_object() is obj
        # A keyword the class or function does not take raises TypeError here.
        inspect.signature(obj).bind_partial(**c.sklearn_parameters())
    assert not failed, f"not in scikit-learn {sklearn.__version__}: {failed}"


def test_settings_are_kept_apart_from_the_path():
    onto = load()
    median = onto["MedianImputation"]
    assert median.sklearn == "sklearn.impute.SimpleImputer"
    assert median.sklearn_parameters() == {"strategy": "median"}
    assert median.sklearn_call == "sklearn.impute.SimpleImputer(strategy='median')"
    import numpy
    assert onto["LogarithmicTransformation"].sklearn_parameters() == {"func": numpy.log1p}
    # The bare class name still finds the algorithm, not the technique that sets it.
    assert onto.find_algorithm("HistGradientBoostingClassifier").name == "HistGradientBoostingClassifier"


def test_settings_never_run_code():
    from mlwf.ontology.concepts import parse_sklearn_args
    for bad in ("__import__('os').system('true')", "x=open('f')", "1", "**kw"):
        with pytest.raises(ValueError):
            parse_sklearn_args(bad)


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


OLD_STYLE = '''
mlwf:PassiveAggressiveClassifier a owl:Class ;
    rdfs:subClassOf mlwf:LinearModel ,
        [ a owl:Restriction ; owl:onProperty mlwf:solvesTask ; owl:someValuesFrom mlwf:Classification ] ;
    rdfs:label "Passive Aggressive Classifier"@en , "Pasif Agresif Sınıflandırıcı"@tr ;
    skos:definition "An online linear classifier."@en , "Çevrimiçi doğrusal sınıflandırıcı."@tr ;
    mlwf:sklearnClass "sklearn.linear_model.PassiveAggressiveClassifier(C=0.5)" ;
    mlwf:stage mlwf:Model .
'''


def test_the_taxonomy_script_moves_a_class_added_the_old_way(tmp_path):
    """Others may add an algorithm the old way (outline parent as superclass, mlwf:stage,
    a call as scikit-learn path); running the script again moves it, and only it."""
    import subprocess
    import sys

    from rdflib import Graph

    from mlwf.ontology import MLWF
    from mlwf.ontology.concepts import Ontology
    script = HERE.parent / "tools" / "ontology_taxonomy.py"
    unchanged = subprocess.run([sys.executable, str(script), str(source_path())],
                               capture_output=True, text=True, timeout=120)
    assert unchanged.stdout.strip() == "nothing to change", unchanged.stderr
    copy = tmp_path / "mlwf.ttl"
    copy.write_text(source_path().read_text(encoding="utf-8") + OLD_STYLE, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script), str(copy)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    g = Graph().parse(copy, format="turtle")
    pa = Ontology(g)["PassiveAggressiveClassifier"]
    assert pa.superclasses == ["LinearModel"] and pa.parents == ["LinearModel"]
    assert set(pa.relations["usedIn"]) == {"AlgorithmSelection", "Training"} and pa.stage == "Model"
    assert pa.sklearn == "sklearn.linear_model.PassiveAggressiveClassifier" and pa.sklearn_args == "C=0.5"
    assert not list(g.objects(MLWF.PassiveAggressiveClassifier, MLWF.stage))
    assert len(g) - len(graph()) < 40          # nothing else moved
    again = subprocess.run([sys.executable, str(script), str(copy)], capture_output=True, text=True, timeout=120)
    assert again.stdout.strip() == "nothing to change"
