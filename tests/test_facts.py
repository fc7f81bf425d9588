"""Fact validation: every bad value is refused with a message naming fact, value and what
is allowed; good values are normalised."""
import pytest

from mlwf.rules import FactError, normalize_facts
from mlwf.rules.facts import SPECS, normalize_fact


@pytest.mark.parametrize("facts, fragments", [
    ({"colour": "red"}, ['unknown fact name "colour"', "goal_type"]),
    ({"task": "classify"}, ["fact 'task'", '"classify"', "classification, regression"]),
    ({"n_samples": -3}, ["fact 'n_samples'", "out of range", "an integer >= 0"]),
    ({"n_samples": -1}, ["fact 'n_samples'", "out of range", "an integer >= 0"]),
    ({"n_features": -1}, ["fact 'n_features'", "out of range", "an integer >= 0"]),
    ({"n_samples": "many"}, ["fact 'n_samples'", '"many" is not allowed', "an integer >= 0"]),
    ({"n_samples": None}, ["fact 'n_samples'", "null is not allowed", "an integer >= 0"]),
    ({"n_samples": [768]}, ["fact 'n_samples'", "[768] is not allowed", "an integer >= 0"]),
    ({"missing_ratio": float("nan")}, ["fact 'missing_ratio'", "a number from 0 to 1"]),
    ({"n_samples": float("inf")}, ["fact 'n_samples'", "an integer >= 0"]),
    ({"missing_ratio": "a tenth"}, ["fact 'missing_ratio'", '"a tenth"', "a number from 0 to 1"]),
    ({"missing_ratio": -0.01}, ["fact 'missing_ratio'", "out of range", "from 0 to 1"]),
    ({"minority_share": 0.5001}, ["fact 'minority_share'", "out of range", "from 0 to 0.5"]),
    ({"n_classes": 1}, ["fact 'n_classes'", "out of range", "an integer >= 2"]),
    ({"n_samples": 2.5}, ["fact 'n_samples'", "2.5"]),
    ({"missing_ratio": 1.5}, ["fact 'missing_ratio'", "a number from 0 to 1"]),
    ({"n_classes": 1}, ["fact 'n_classes'", "an integer >= 2"]),
    ({"labeled": "maybe"}, ["fact 'labeled'", "true or false"]),
    ({"feature_types": ["nominal", "colour"]}, ["fact 'feature_types'", '"colour"', "a list of nominal"]),
    ({"feature_types": []}, ["fact 'feature_types'", "non-empty list"]),
    ({"tried": [{"algorithm": "LinearSVC"}]}, ["fact 'tried'", "'algorithm' and 'outcome'"]),
    ({"tried": [{"algorithm": "DeepMagic", "outcome": "good"}]}, ["unknown algorithm \"DeepMagic\"", "LinearSVC"]),
    ({"tried": [{"algorithm": "SVC", "outcome": "meh"}]}, ["fact 'tried'", '"meh"', "not_working"]),
    ({"goal": ""}, ["fact 'goal'", "non-empty text"]),
    ({"minority_share": 0.7}, ["fact 'minority_share'", "from 0 to 0.5"]),
    ({"n_samples": 10 ** 400}, ["fact 'n_samples'", "401 digits is beyond 9,007,199,254,740,992"]),
    ({"n_samples": "123456789012345678901"}, ["fact 'n_samples'", "is beyond 9,007,199,254,740,992"]),
    ({"n_samples": "1e400"}, ["fact 'n_samples'", "an integer >= 0"]),
])
def test_bad_values_name_the_fact_value_and_allowed(facts, fragments):
    with pytest.raises(FactError) as err:
        normalize_facts(facts)
    for fragment in fragments:
        assert fragment in str(err.value)


def test_values_are_normalised():
    facts = normalize_facts({"labeled": "yes", "n_samples": "1200", "task": " Classification ",
                             "feature_types": "continuous,nominal,continuous",
                             "learning_type": "semi-supervised", "missing_ratio": 0})
    assert facts == {"labeled": True, "n_samples": 1200, "task": "classification",
                     "feature_types": ["nominal", "continuous"],
                     "learning_type": "semi_supervised", "missing_ratio": 0.0}


@pytest.mark.parametrize("name", ["LinearSVC", "linearsvc", "sklearn.svm.LinearSVC",
                                  "Linear Support Vector Classifier"])
def test_tried_algorithm_by_name_label_or_sklearn_class(name):
    facts = normalize_facts({"tried": [{"algorithm": name, "outcome": "not-working"}]})
    assert facts["tried"] == [{"algorithm": "LinearSVC", "outcome": "not_working"}]


def test_tried_algorithm_by_turkish_label():
    for label in ("k-Ortalamalar Kümelemesi (KMeans)", "K-ORTALAMALAR KÜMELEMESI (KMEANS)",
                  "k-ortalamalar kümelemesi (kmeans)"):
        facts = normalize_facts({"tried": [{"algorithm": label, "outcome": "good"}]})
        assert facts["tried"][0]["algorithm"] == "KMeans", label


def test_a_later_report_on_the_same_algorithm_wins():
    facts = normalize_facts({"tried": [{"algorithm": "SVC", "outcome": "overfitting"},
                                       {"algorithm": "svc", "outcome": "good"}]})
    assert facts["tried"] == [{"algorithm": "SVC", "outcome": "good"}]


def test_a_misspelling_gets_the_three_closest_names():
    with pytest.raises(FactError) as err:
        normalize_facts({"tried": [{"algorithm": "GradientBoostingClasifier", "outcome": "good"}]})
    assert str(err.value.detail).startswith("allowed: did you mean GradientBoostingClassifier, "
                                       "HistGradientBoostingClassifier, "
                                       "GradientBoostingRegressor? ")


@pytest.mark.parametrize("name", ["colour", "zebra", "a" * 100_000, "z" * 100_000])
def test_an_unknown_name_is_quoted_short(name):
    with pytest.raises(FactError) as err:
        normalize_facts({name: 1})
    assert len(str(err.value)) < 1_000
    assert str(err.value.message).startswith(f'fact "{name[:20]}')


def test_facts_that_are_not_an_object_are_named_facts():
    with pytest.raises(FactError) as err:
        normalize_facts([1, 2])
    assert str(err.value.message) == "fact 'facts': must be an object of name/value pairs"


@pytest.mark.parametrize("value", [2 ** 53, float(2 ** 53), "9007199254740992", "9.007199254740992e15"])
def test_the_largest_exact_integer_is_still_a_count(value):
    """2^53, the largest integer a JSON number carries exactly, is accepted however it is
    written; one more is refused (above)."""
    assert normalize_facts({"n_samples": value}) == {"n_samples": 2 ** 53}


def test_zero_is_a_count():
    assert normalize_facts({"n_samples": 0, "n_features": 0, "missing_ratio": 0}) == \
        {"n_samples": 0, "n_features": 0, "missing_ratio": 0.0}


def test_every_ontology_condition_names_facts_and_values_they_allow():
    """The ontology's fact conditions (mlwf:factCondition) are what the server reads to say
    which concepts the facts chose: each term is a fact of the vocabulary or a value that
    fact allows."""
    from mlwf.ontology import load
    from mlwf.rules.workflow import parse_condition

    conditions = [c.fact_condition for c in load().concepts.values() if c.fact_condition]
    assert len(conditions) >= 10
    for condition in conditions:
        terms, ops = parse_condition(condition)
        assert ops and len(terms) == len(ops) + 1, condition
        names = [t for t in terms if t in SPECS]
        assert names, condition
        for term in terms:
            if term not in SPECS:
                normalize_fact(names[0], term)   # raises FactError for a value the fact refuses


@pytest.mark.parametrize("facts, holds", [
    ({"n_samples": 50}, {"TinySampleSize"}),
    ({"n_samples": 51}, {"SmallSampleSize"}),
    ({"n_samples": 10000}, set()),
    ({"n_samples": 100000, "n_features": 200000}, {"LargeSampleSize", "HighDimensionalData"}),
    ({"missing_ratio": 0.0, "has_outliers": False}, set()),
    ({"missing_ratio": 0.2, "has_outliers": True}, {"MissingValues", "HasOutliers"}),
    ({"n_features": 10}, set()),     # n_features>n_samples needs both
])
def test_conditions_hold_at_their_bounds(facts, holds):
    from mlwf.ontology import load
    from mlwf.rules.workflow import condition_holds

    onto = load()
    found = {c.name for c in onto.concepts.values()
             if c.fact_condition and condition_holds(c.fact_condition, normalize_facts(facts))}
    assert found == holds
