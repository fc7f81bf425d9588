"""Meta-features (profiling/metafeatures.py) of small tables made in the test, for what the
mutation run (`make mutation`, README "Mutation testing") found unchecked: the numbers
by which the advice finds the datasets of its knowledge base most like a person's. Fast
(no command line, no knowledge base), so the file is one of the Makefile's
MUTATION_TESTS; each test was seen to fail with the mutant it was written for."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from mlwf.profiling.metafeatures import describe, from_facts, relative_landmarkers


def test_stated_sizes_become_their_logarithms():
    found = from_facts({"n_samples": 1000, "n_features": 10})
    assert found["log_n_samples"] == pytest.approx(3.0)
    assert found["log_n_features"] == pytest.approx(1.0)
    assert found["log_features_per_sample"] == pytest.approx(-2.0)


def test_a_stated_number_of_classes_counts_in_bits():
    found = from_facts({"task": "classification", "n_classes": 4, "class_balance": "balanced"})
    assert found["log_n_classes"] == pytest.approx(2.0)
    assert found["minority_share"] == pytest.approx(0.25)


def test_each_landmarker_is_also_measured_against_the_best_one():
    found = relative_landmarkers({"one_nn": 0.9, "naive_bayes": 0.6, "skewness": 3.0})
    assert found == {"relative_one_nn": pytest.approx(0.0),
                     "relative_naive_bayes": pytest.approx(-0.3)}


def regression_table(n: int = 60) -> tuple[pd.DataFrame, pd.Series]:
    """A numeric feature that predicts the target, a second number, a word and a flag."""
    i = np.arange(n, dtype=float)
    X = pd.DataFrame({"size": i, "noise": (i * 7) % 13, "colour": ["red", "blue", "green"] * (n // 3),
                      "flag": [True, False] * (n // 2)})
    return X, pd.Series(3 * i + (i * 5) % 4)


def test_words_and_flags_are_not_counted_as_numeric_features():
    X, y = regression_table()
    found = describe(X, y, "regression")
    assert found["share_numeric"] == pytest.approx(2 / 4)
    assert found["share_categorical"] == pytest.approx(2 / 4)


def test_a_regression_is_described_by_its_target_and_quick_regressors_not_by_classes():
    X, y = regression_table()
    found = describe(X, y, "regression")
    assert {"target_skew", "lm_linear", "lm_stump", "lm_tree", "lm_one_nn"} <= set(found)
    assert "class_entropy" not in found and "log_n_classes" not in found
    assert found["lm_linear"] > 0.9  # the target is nearly a line in "size"


def test_a_hopeless_quick_model_scores_no_lower_than_minus_one():
    # Values that alternate down the rows: the nearest neighbour of each row always has
    # the opposite value, so 1-nearest-neighbour does far worse than predicting the mean
    # (an R² near -3 before clipping); README "Meta-features": clipped at -1.
    X = pd.DataFrame({"x": np.arange(40, dtype=float)})
    y = pd.Series([(-1.0) ** i for i in range(40)])
    found = describe(X, y, "regression")
    assert found["lm_one_nn"] == -1.0
    assert min(found[n] for n in ("lm_linear", "lm_stump", "lm_tree", "lm_one_nn")) >= -1.0


def test_a_gap_is_read_as_the_median_of_its_column():
    rng = np.random.default_rng(3)
    a = np.round(rng.lognormal(size=50), 3)
    b = np.round(rng.normal(size=50), 3)
    y = pd.Series(["yes", "no"] * 25)
    gapped = pd.DataFrame({"a": a, "b": b})
    gapped.loc[[4, 17, 30], "a"] = np.nan
    filled = gapped.fillna({"a": gapped["a"].median()})
    with_gaps, without = describe(gapped, y, "classification"), describe(filled, y, "classification")
    assert with_gaps["missing_ratio"] > 0 == without["missing_ratio"]
    for name in ("skewness", "kurtosis", "cor", "nr_outliers"):
        assert with_gaps[name] == pytest.approx(without[name]), name
    assert math.isfinite(with_gaps["skewness"])


def test_stated_feature_types_become_shares_and_one_sample_is_ten_to_the_zero():
    found = from_facts({"n_samples": 1, "feature_types": ["continuous", "discrete", "nominal",
                                                          "text"]})
    assert found["log_n_samples"] == 0.0
    assert found["share_numeric"] == pytest.approx(0.5)
    assert found["share_categorical"] == pytest.approx(0.25)


@pytest.mark.parametrize("scores, expected", [
    ({"one_nn": 0.9}, {}),
    ({"one_nn": 0.9, "naive_bayes": 0.6, "best_node": 0.7},
     {"relative_one_nn": 0.0, "relative_naive_bayes": -0.3, "relative_best_node": -0.2}),
])
def test_landmarkers_are_compared_when_there_are_two_or_more(scores, expected):
    assert relative_landmarkers(scores) == pytest.approx(expected)


def test_two_balanced_classes_have_an_entropy_of_one():
    X, _ = regression_table()
    found = describe(X, pd.Series(["yes", "no"] * 30), "classification")
    assert found["class_entropy"] == pytest.approx(1.0)


def test_the_task_follows_the_facts_or_the_target():
    from mlwf.profiling.metafeatures import task_of
    assert task_of({"task": "clustering"}) is None
    assert task_of({"task": "regression"}) == "regression"
    assert task_of({"target_type": "binary"}) == "classification"


def test_a_profiled_csv_with_classes_is_described_as_a_classification(tmp_path):
    from mlwf.profiling.metafeatures import describe_csv
    from mlwf.profiling.profile import profile_csv
    path = tmp_path / "t.csv"
    path.write_text("a,b,y\n" + "".join(f"{i},{(i * 7) % 11},{'ab'[i % 2]}\n" for i in range(60)))
    found = describe_csv(path, "y", profile_csv(path, target="y"), {"task": "classification"})
    assert found is not None and "class_entropy" in found and "lm_linear" not in found


def test_a_profiled_csv_with_a_numeric_target_is_described_as_a_regression(tmp_path):
    """A numeric target with every value present is described (its skew, quick regressors);
    a "regression" whose target holds words is not, and the advice falls back on the facts."""
    from mlwf.profiling.metafeatures import describe_csv
    from mlwf.profiling.profile import profile_csv
    path = tmp_path / "t.csv"
    path.write_text("a,b,y\n" + "".join(f"{i},{(i * 7) % 11},{i * 2.5 + (i % 3)}\n"
                                        for i in range(60)))
    found = describe_csv(path, "y", profile_csv(path, target="y"), {"task": "regression"})
    assert found is not None and "target_skew" in found and "class_entropy" not in found, found
    words = tmp_path / "w.csv"
    words.write_text("a,y\n" + "".join(f"{i},{'low' if i % 2 else 'high'}\n" for i in range(60)))
    assert describe_csv(words, "y", profile_csv(words, target="y"), {"task": "regression"}) is None


def test_nine_to_one_classes_have_the_entropy_of_a_biased_coin():
    X = pd.DataFrame({"x": np.arange(100, dtype=float), "z": np.arange(100, dtype=float) % 7})
    found = describe(X, pd.Series(["no"] * 90 + ["yes"] * 10), "classification")
    # -(0.9 log2 0.9 + 0.1 log2 0.1) bits out of the 1 bit two classes can hold
    assert found["class_entropy"] == pytest.approx(0.469, abs=1e-3)


def test_a_skewed_regression_target_has_its_skew_measured():
    X = pd.DataFrame({"x": np.arange(60, dtype=float)})
    y = pd.Series(np.exp(np.linspace(0, 5, 60)))     # most values small, a few large
    found = describe(X, y, "regression")
    assert found["target_skew"] == pytest.approx(abs(y.skew()))
    assert found["target_skew"] > 1


def test_no_rows_or_no_features_stated_give_no_logarithm_of_them():
    assert from_facts({"n_samples": 0, "n_features": 0}) == {}
    assert set(from_facts({"n_samples": 200, "n_features": 0})) == {"log_n_samples"}


def test_one_feature_is_ten_to_the_zero_features():
    X = pd.DataFrame({"x": np.arange(50, dtype=float)})
    found = describe(X, pd.Series(np.arange(50, dtype=float) * 2), "regression")
    assert found["log_n_features"] == 0.0


def test_the_quick_tree_is_three_levels_deep():
    """A target of eight steps along one feature: a tree of depth 3 (eight leaves) fits it
    whole, where two levels (four leaves) leave half of each step's variance."""
    X = pd.DataFrame({"x": np.arange(400, dtype=float)})
    y = pd.Series((np.arange(400) // 50).astype(float))
    found = describe(X, y, "regression")
    assert found["lm_tree"] > 0.99
    assert found["lm_stump"] < 0.8


def test_three_rows_are_enough_to_measure_a_target_s_skew():
    X = pd.DataFrame({"x": [1.0, 2.0, 3.0]})
    y = pd.Series([1.0, 2.0, 10.0])
    found = describe(X, y, "regression")
    assert found["target_skew"] == pytest.approx(abs(y.skew())) and found["target_skew"] > 1


def test_one_feature_with_outliers_is_a_whole_share_of_features_with_outliers():
    rng = np.random.default_rng(5)
    x = np.concatenate([rng.normal(0, 1, 95), [25.0, 30.0, -28.0, 40.0, 33.0]])
    found = describe(pd.DataFrame({"x": x}), pd.Series(["a", "b"] * 50), "classification")
    assert found["nr_outliers"] == 1.0


def test_the_sample_keeps_the_files_row_order_however_the_file_is_read_in_chunks(tmp_path):
    """The meta-features of a long CSV must not depend on the size of the chunks it is read
    in: the sample's rows stay in file order (cross-validation folds are taken by position)."""
    from mlwf.profiling.metafeatures import read_sample

    path = tmp_path / "long.csv"
    path.write_text("a,b,label\n" + "".join(f"{i},{(i * 7) % 13},{'xy'[(i // 3) % 2]}\n"
                                            for i in range(3000)))
    whole, _ = read_sample(path, "label", rows=600, chunk_rows=5000)
    chunked, _ = read_sample(path, "label", rows=600, chunk_rows=1000)
    assert whole["a"].is_monotonic_increasing
    pd.testing.assert_frame_equal(chunked, whole)
