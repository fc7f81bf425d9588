"""Facts about a whole table (profiling/signals.py: whether rows are in time order or one time
series, whether a few features matter) and meta-features (profiling/metafeatures.py), for the
survivors of the profiler's complete mutation run (README "Mutation testing") in those two
files. Profiles of small CSVs made in the test where the profile shows the rule; the public
functions of metafeatures.py where only they do. Each test was seen to fail with the mutants
it was written for."""
from __future__ import annotations

import itertools
import math
import random
from statistics import NormalDist

import numpy as np
import pandas as pd
import pytest
from profiles import column, profile_rows

from mlwf.profiling.metafeatures import (
    SAMPLE_ROWS,
    describe,
    describe_csv,
    from_facts,
    read_sample,
    task_of,
)
from mlwf.profiling.profile import profile_csv
from mlwf.rules.facts import normalize_facts


def time_facts(header: str, rows: list, target: str = "sales") -> tuple[dict, dict]:
    p = profile_rows(header, rows, target=target)
    return p.reasons["time_indexed"], p.reasons["time_ordered"]


def sales(i: int) -> int:
    return 100 + (i * 37) % 23


# -- time order (signals.time_order) ------------------------------------------------------------

def test_a_table_without_dates_says_nothing_orders_its_rows_in_time():
    p = profile_rows("a,b,y", [(i, (i * 7) % 11, "xy"[i % 2]) for i in range(40)], target="y")
    ordered = p.reasons["time_ordered"]
    assert p.facts["time_ordered"] is False
    assert "No column holds dates or times" in str(ordered["reason"]), ordered
    assert ordered["confidence"] == 0.9


def test_ten_rows_each_with_a_date_of_its_own_are_a_time_series():
    """A datetime in order that gives every row a time of its own indexes a series, surer
    (0.9) than a year and a period column (0.85) or dates that merely follow (0.75)."""
    indexed, ordered = time_facts("day,sales", [(f"2001-01-{i + 1:02d}", sales(i))
                                                for i in range(10)])
    assert indexed["value"] is True and indexed["confidence"] == 0.9, indexed
    assert "a time series indexed by it" in str(indexed["reason"])
    assert ordered == indexed


def test_nine_dated_rows_are_ordered_in_time_but_too_few_for_a_series():
    # Under ten rows the 90 % share cannot tell one repeated time from none: time order only,
    # and as sure as any rows that merely follow dates.
    indexed, ordered = time_facts("day,sales", [(f"2001-01-{i + 1:02d}", sales(i))
                                                for i in range(9)])
    assert indexed["value"] is False, indexed
    assert ordered["value"] is True and ordered["confidence"] == 0.75, ordered
    assert "ordered in time, not one series" in str(ordered["reason"])


def test_a_year_repeated_over_the_firms_of_a_panel_orders_nothing():
    rows = [(2001 + i // 3, "ABC"[i % 3], sales(i)) for i in range(30)]
    indexed, ordered = time_facts("year,firm,sales", rows)
    assert indexed["value"] is False and ordered["value"] is False, ordered
    assert "A year column alone does not order rows in time" in str(ordered["reason"])


def test_years_and_periods_on_nine_rows_are_too_few_for_a_series_twelve_are_enough():
    def periods(n: int) -> dict:
        rows = [(2001 + i // 3, i % 3 + 1, sales(i)) for i in range(n)]
        return time_facts("year,period,sales", rows)[0]
    assert periods(9)["value"] is False, periods(9)
    assert periods(12)["value"] is True, periods(12)


def test_the_target_is_not_taken_for_the_period_column():
    # quarters 1-4 within each year, but they are what is to be predicted, not a feature
    rows = [(2001 + i // 4, i % 4 + 1) for i in range(24)]
    indexed, _ = time_facts("year,quarter", rows, target="quarter")
    assert indexed["value"] is False, indexed


@pytest.mark.parametrize("weeks, series", [(12, True), (13, False)])
def test_a_period_column_has_at_most_twelve_levels(weeks, series):
    rows = [(2001 + i // weeks, i % weeks + 1, sales(i)) for i in range(3 * weeks)]
    p = profile_rows("year,week,sales", rows, target="sales")
    assert column(p, "week")["stat_type"] == "ordinal"
    assert p.facts["time_indexed"] is series, p.reasons["time_indexed"]
    if series:
        assert "(at most 12 periods)" in str(p.reasons["time_indexed"]["reason"])


def test_a_scale_of_halves_beside_the_year_does_not_number_periods():
    # 0, 0.5, 1 is an ordered scale, but periods within a year are whole numbers
    rows = [(2001 + i // 3, [0, 0.5, 1][i % 3], sales(i)) for i in range(36)]
    p = profile_rows("year,share,sales", rows, target="sales")
    assert column(p, "share")["stat_type"] == "ordinal"
    assert p.facts["time_indexed"] is False, p.reasons["time_indexed"]


# -- whether a few features matter (signals.few_important_features) ------------------------------

def few(header: str, rows: list, target: str = "y") -> dict:
    return profile_rows(header, rows, target=target).reasons["few_important_features"]


def with_noise(cells: list[tuple], seed: int = 3) -> list[tuple]:
    """Rows of (feature, class) cells, each with three two-level features of pure noise
    added: in each class exactly half of the rows 'a', half 'b', so that they share no
    information with the class at all. Rows shuffled, the classes of even size."""
    rng = random.Random(seed)
    by_class: dict[str, list] = {}
    for feature, label in cells:
        by_class.setdefault(label, []).append(feature)
    rows = []
    for label, features in by_class.items():
        assert len(features) % 2 == 0
        noise = []
        for _ in range(len(features) // 2):
            pair = [rng.sample("ab", 2) for _ in range(3)]
            noise += [tuple(p[0] for p in pair), tuple(p[1] for p in pair)]
        rows += [(f, *n, label) for f, n in zip(features, noise, strict=True)]
    rng.shuffle(rows)
    return rows


NOISE = "n1,n2,n3"


def g_statistic(table: dict[tuple[str, str], int]) -> float:
    """The G-test's statistic, 2·N·(mutual information in nats), of a contingency table."""
    n = sum(table.values())
    rows, cols = {}, {}
    for (a, b), k in table.items():
        rows[a] = rows.get(a, 0) + k
        cols[b] = cols.get(b, 0) + k
    return 2 * sum(k * math.log(k * n / (rows[a] * cols[b])) for (a, b), k in table.items() if k)


def g_bound(dof: int, features: int) -> float:
    """The chi-square quantile at 1 % over the number of features (Bonferroni), by
    Wilson-Hilferty, as signals.py bounds what chance gives."""
    z = NormalDist().inv_cdf(1 - 0.01 / features)
    return dof * (1 - 2 / (9 * dof) + z * (2 / (9 * dof)) ** 0.5) ** 3


def two_by_two(table: dict[tuple[str, str], int]) -> list[tuple]:
    return with_noise([cell for cell, k in table.items() for _ in range(k)])


# Two levels of a feature against two classes (one degree of freedom), 2 000 rows: the first
# 1.5 % past the bound, the second 6 % under it, so that a bound a few percent off either
# way (another degree of freedom, another constant of the approximation) changes the answer.
JUST_PAST = {("u", "hi"): 401, ("u", "lo"): 599, ("v", "hi"): 469, ("v", "lo"): 531}
JUST_UNDER = {("u", "hi"): 467, ("u", "lo"): 533, ("v", "hi"): 533, ("v", "lo"): 467}


def test_a_feature_just_past_the_chance_bound_is_the_one_that_matters():
    assert 1.01 < g_statistic(JUST_PAST) / g_bound(1, 4) < 1.02
    found = few(f"f,{NOISE},y", two_by_two(JUST_PAST))
    assert found["value"] is True, found
    assert "1 of 4 features ('f')" in str(found["reason"]), found["reason"]


def test_a_feature_just_under_the_chance_bound_leaves_the_question_open():
    assert 0.9 < g_statistic(JUST_UNDER) / g_bound(1, 4) < 0.95
    found = few(f"f,{NOISE},y", two_by_two(JUST_UNDER))
    assert found["value"] is None, found
    assert "no feature shares information with 'y' beyond chance" in str(found["reason"])


def shops(common: int) -> list[tuple]:
    """A nominal feature: `common` shops of 40 rows each, half of them in either class, then
    two rarer shops of 30 rows, one all 'hi' and one all 'lo': only the rare shops tell."""
    cells = [(f"s{i:02d}", "hi" if k % 2 else "lo") for i in range(common) for k in range(40)]
    return with_noise(cells + [("s98", "hi")] * 30 + [("s99", "lo")] * 30)


def test_sixteen_categories_are_each_kept_so_the_two_rarest_tell_the_class():
    found = few(f"shop,{NOISE},y", shops(14))
    assert found["value"] is True, found
    assert "('shop')" in str(found["reason"])


def test_past_sixteen_categories_the_rarest_are_pooled_and_tell_nothing():
    # pooled, the two rare shops are half 'hi', half 'lo', like every common one
    found = few(f"shop,{NOISE},y", shops(16))
    assert found["value"] is None, found
    assert "no feature shares information" in str(found["reason"])


# visits 0, 1, 2 (most rows at 0, fewer at each step up: counts) against two classes
VISITS = {(0, "hi"): 534, (0, "lo"): 466, (1, "hi"): 264, (1, "lo"): 336, (2, "hi"): 202,
          (2, "lo"): 198}


def test_a_count_of_three_values_is_scored_on_its_values_not_cut_into_eight_bins():
    """Numbers of eight levels or fewer keep their levels (two degrees of freedom here):
    ranked into eight bins, rows of one value would land in different bins and the bound
    would be that of seven degrees of freedom, far above this feature's statistic."""
    assert g_statistic(VISITS) / g_bound(2, 4) > 1.05 and g_statistic(VISITS) < g_bound(7, 4)
    p = profile_rows(f"visits,{NOISE},y", two_by_two(VISITS), target="y")
    assert column(p, "visits")["stat_type"] == "discrete"
    found = p.reasons["few_important_features"]
    assert found["value"] is True and "('visits')" in str(found["reason"]), found


def symmetric(features: int, repeats: int) -> list[tuple]:
    """Every combination of `features` yes/no features, `repeats` times, the class 'hi' where
    most are 1: each feature holds exactly the same information about the class."""
    rows = [(*combo, "hi" if 2 * sum(combo) > features else "lo")
            for combo in itertools.product((0, 1), repeat=features) for _ in range(repeats)]
    random.Random(2).shuffle(rows)
    return rows


def test_four_features_sharing_the_class_equally_are_all_needed_and_three_are_named():
    # three of four hold 75 %, short of the 80 % "few" is about
    found = few("f0,f1,f2,f3,y", symmetric(4, 25))
    assert found["value"] is False, found
    assert "4 of 4 features ('f0', 'f1', 'f2', ...)" in str(found["reason"]), found["reason"]


@pytest.mark.parametrize("repeats", [20, 25])
def test_four_of_five_equally_informative_features_hold_exactly_eighty_percent(repeats):
    """Four of five equal shares are 80 % exactly, which is enough ("hold 80 %"), whatever
    the number of rows (on 800, 0.8 times the total once came out a hair above four shares in
    floating point, and five were counted)."""
    found = few("f0,f1,f2,f3,f4,y", symmetric(5, repeats))
    assert "4 of 5 features ('f0', 'f1', 'f2', ...)" in str(found["reason"]), found["reason"]


@pytest.mark.parametrize("features, capped", [(200, ""), (201, " (the first 200 of 201)")])
def test_the_first_two_hundred_features_are_scored_and_the_reason_says_when_there_are_more(
        features, capped):
    rng = random.Random(5)
    rows = [("pq"[i % 2], *(rng.randint(0, 4) for _ in range(features - 1)), "lh"[i % 2])
            for i in range(40)]
    header = ",".join(["f"] + [f"n{j}" for j in range(features - 1)]) + ",y"
    p = profile_rows(header, rows, target="y")
    assert p.facts["n_features"] == features
    found = p.reasons["few_important_features"]
    assert f"1 of 200 features{capped} ('f')" in str(found["reason"]), found["reason"]
    assert capped or "the first" not in str(found["reason"])


def pairs(i: int) -> tuple:
    """Row i's features: 'f' tells its class (the parity of i); the other three are the same
    for rows 2k and 2k+1, of either class, so hold nothing about it."""
    k = i // 2
    return "pq"[i % 2], k % 3, (k * 7) % 5, k % 4


@pytest.mark.parametrize("labelled, scored", [(29, False), (30, True)])
def test_thirty_labelled_rows_are_enough_to_score_the_features(labelled, scored):
    # five more rows without a class, which do not count
    rows = [(*pairs(i), "lh"[i % 2] if i < labelled else "") for i in range(labelled + 5)]
    found = few("f,a,b,c,y", rows)
    assert ("fewer than 30 rows have a target value" not in str(found["reason"])) is scored
    assert (found["value"] is True) is scored, found


def test_the_information_is_estimated_on_at_most_five_thousand_rows():
    found = few("f,a,b,c,y", [(*pairs(i), "lh"[i % 2]) for i in range(5001)])
    assert "(estimated on 5,000 rows" in str(found["reason"]), found["reason"]


# -- meta-features (metafeatures.py) -------------------------------------------------------------

def test_stated_facts_as_the_vocabulary_reads_them_give_the_classes_and_their_balance():
    """Facts a person states come through the vocabulary's reading (new strings, not the
    program's own literals): two balanced classes are one bit and a minority share of 1/2."""
    facts = normalize_facts({"task": "Classification", "n_classes": 2, "class_balance": "balanced",
                             "n_samples": 100, "n_features": 1})
    found = from_facts(facts)
    assert found["log_n_classes"] == pytest.approx(1.0)
    assert found["minority_share"] == pytest.approx(0.5)
    # one feature is ten to the zero features, over a hundred rows a hundredth of a row
    assert found["log_n_features"] == 0.0
    assert found["log_features_per_sample"] == pytest.approx(-2.0)


def test_the_task_of_a_numeric_target_is_regression_unless_its_rows_follow_time():
    assert task_of({"target_type": "continuous"}) == "regression"
    assert task_of({"target_type": "discrete", "time_ordered": False}) == "regression"
    assert task_of({"target_type": "continuous", "time_ordered": True}) is None
    assert task_of({}) is None


def test_four_balanced_classes_have_an_entropy_of_one_and_count_two_bits():
    # the entropy is divided by what k classes can hold, log2(k) bits, so it lies in [0, 1]
    X = pd.DataFrame({"x": np.arange(80, dtype=float), "z": np.arange(80.0) % 7})
    found = describe(X, pd.Series(list("abcd") * 20), "classification")
    assert found["class_entropy"] == pytest.approx(1.0)
    assert found["log_n_classes"] == pytest.approx(2.0)


def test_a_sample_with_a_single_class_counts_as_the_two_a_classification_has_at_least():
    # as the vocabulary's n_classes, whose least value is 2
    X = pd.DataFrame({"x": np.arange(40, dtype=float), "z": np.arange(40.0) % 7})
    found = describe(X, pd.Series(["a"] * 40), "classification")
    assert found["log_n_classes"] == pytest.approx(1.0)


def test_one_feature_of_two_with_outliers_is_half_of_the_features():
    rng = np.random.default_rng(5)
    x = np.concatenate([rng.normal(0, 1, 95), [25.0, 30.0, -28.0, 40.0, 33.0]])
    X = pd.DataFrame({"x": x, "even": np.arange(100, dtype=float)})
    found = describe(X, pd.Series(["a", "b"] * 50), "classification")
    assert found["nr_outliers"] == 0.5


def test_the_rows_only_measures_come_from_a_sample_of_sample_rows_rows():
    """pymfe's sparsity of a column with two values over n rows is (n/2 - 1)/(n - 1): it
    shows how many rows the measures were taken on (a column of distinct values adds 0)."""
    X = pd.DataFrame({"flag": [0.0, 1.0] * 300, "x": np.arange(600.0)})
    found = describe(X, pd.Series(["a", "b", "b", "a"] * 150), "classification", sample_rows=20)
    assert found["sparsity"] == pytest.approx((20 / 2 - 1) / (20 - 1) / 2)
    assert found["log_n_samples"] == pytest.approx(math.log10(600))   # read off the whole table


def test_a_gap_in_a_column_of_words_is_read_as_the_median_category():
    # coded by first appearance, red 0, blue 1, green 2: the median code is blue's
    colour = pd.Series(["red", "blue", "green"] * 20)
    gapped = pd.DataFrame({"colour": colour, "size": np.round(np.sin(np.arange(60)) * 10, 2)})
    gapped.loc[[10, 20, 31], "colour"] = None
    filled = gapped.fillna({"colour": "blue"})
    y = pd.Series(["yes", "no"] * 30)
    with_gaps = describe(gapped, y, "classification")
    without = describe(filled, y, "classification")
    for name in ("skewness", "kurtosis", "cor"):
        assert with_gaps[name] == pytest.approx(without[name]), name


def test_three_rows_of_each_class_are_enough_for_the_quick_classifiers():
    # pymfe's landmarkers are scored by 3-fold stratified cross-validation
    X = pd.DataFrame({"x": [1.0, 2, 3, 10, 11, 12], "z": [5.0, 3, 4, 1, 2, 0]})
    found = describe(X, pd.Series(["a", "a", "a", "b", "b", "b"]), "classification")
    assert found["one_nn"] == found["naive_bayes"] == 1.0   # the classes lie apart on x


def test_six_rows_are_enough_for_the_quick_regressors():
    # 3-fold cross-validation: each fold holds out two rows, on which R² is defined
    X = pd.DataFrame({"x": [1.0, 2, 3, 4, 5, 6]})
    found = describe(X, pd.Series([1.0, 2.5, 2.9, 4.2, 5.1, 5.8]), "regression")
    assert all(math.isfinite(found[n]) for n in ("lm_linear", "lm_stump", "lm_tree", "lm_one_nn"))
    assert found["lm_linear"] > 0.8   # the target is nearly a line in x


def test_the_quick_tree_cannot_fit_a_staircase_of_sixteen_steps_whole():
    """Three levels give eight leaves: each holds two of the sixteen equal steps, leaving a
    variance of 0.25 of 21.25, an R² near 1 - 0.25/21.25 = 0.988; four levels would fit it."""
    X = pd.DataFrame({"x": np.arange(400, dtype=float)})
    found = describe(X, pd.Series((np.arange(400) // 25).astype(float)), "regression")
    assert 0.98 < found["lm_tree"] < 0.995


def test_the_metafeature_sample_keeps_twenty_times_sample_rows_rows(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("a,label\n" + "".join(f"{i},{'xy'[i % 2]}\n" for i in range(10_200)))
    X, y = read_sample(path, "label")
    assert len(X) == len(y) == 20 * SAMPLE_ROWS == 10_000


def test_a_missing_marker_after_a_comma_and_a_space_is_missing_in_the_metafeature_sample(
        tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("a, b, label\n" + "".join(
        f"{i}, {'?' if i % 5 == 0 else 'red'}, {'xy'[i % 2]}\n" for i in range(40)))
    X, y = read_sample(path, "label")
    assert X["b"].isna().sum() == 8 and set(X["b"].dropna()) == {"red"}
    assert set(y) == {"x", "y"}


@pytest.mark.parametrize("stated", [{"n_samples": -5}, {"feature_types": []}])
def test_a_stated_fact_out_of_range_leaves_the_metafeatures_to_the_table(tmp_path, stated):
    """`mlwf advise --csv` describes the data before the vocabulary checks the stated facts
    (and then says which one is out of range): an impossible count or an empty list of types
    gives no meta-feature, and the table's own are used, not an error."""
    path = tmp_path / "t.csv"
    path.write_text("a,b,y\n" + "".join(f"{i},{(i * 7) % 11},{'xy'[i % 2]}\n" for i in range(60)))
    profile = profile_csv(path, target="y")
    found = describe_csv(path, "y", profile, {**profile.facts, **stated})
    assert found["log_n_samples"] == pytest.approx(math.log10(60))
    assert found["share_numeric"] == 1.0
