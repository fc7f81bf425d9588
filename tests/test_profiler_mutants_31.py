"""Profiles of small CSVs for what the profiler's mutation run of commit 755eccb left
unchecked, profile.py and signals.py, batch s5_3: the rounding of the mean, the non-numbers a
reason names, which columns count for the table's high cardinality, an outlier share exactly
at its limit, years that fall down the rows, the confidence of an open answer on important
features, a jump at a chunk boundary that is no step of one, the distinct count a sketch
estimates and the order of categories of equal counts. Each test states a rule the README or
the profiler's docstrings give, on a file made here, and was seen to fail with its mutant
put in."""
from __future__ import annotations

import numpy as np
import pandas as pd
from profiles import column, kind_of, profile_rows, reason, shuffled

from mlwf.profiling import profile as profile_mod

# -- the statistics of a numeric column (profile: mean rounded to 4 decimals) -------------------

def test_the_mean_of_a_numeric_column_is_rounded_to_four_decimals():
    # 0 to 29 plus a third, and 0.9: mean 14.38387, 14.3839 to 4 decimals (14.384 to 3)
    values = shuffled([i + 1 / 3 for i in range(30)] + [0.9])
    p = profile_rows("v,other", [(f"{x:.6f}", (i * 7) % 11) for i, x in enumerate(values)])
    v = column(p, "v")
    expected = sum(float(f"{x:.6f}") for x in values) / len(values)
    assert v["mean"] == round(expected, 4), v
    assert v["mean"] != round(expected, 3), v


# -- non-numbers in a numeric column (profile: the reason names up to three of them) -----------

def test_three_different_non_numbers_in_a_numeric_column_are_all_named():
    # exactly three strays: the reason names three, not two
    values = [str(i * 1.5) for i in range(60)] + ["abc", "xyz", "qqq"]
    p = profile_rows("v,other", [(x, (i * 7) % 11) for i, x in enumerate(shuffled(values))])
    text = reason(column(p, "v"))
    assert all(f"'{t}'" in text for t in ("abc", "xyz", "qqq")), text


# -- the table's facts (profile: high_cardinality of nominal columns only) ----------------------

def test_a_text_column_with_many_values_makes_no_high_cardinality():
    # 80 distinct sentences: text, not nominal; the only other column is numeric, so no
    # column is nominal and the fact is not given at all
    words = ["red", "green", "blue", "small", "large", "old", "new", "fast", "slow", "warm"]
    rows = [(f"the {words[i % 10]} cat saw {words[(i // 10) % 10]} dogs near house {i}", i * 3)
            for i in range(80)]
    p = profile_rows("note,n", rows)
    assert column(p, "note")["stat_type"] == "text", column(p, "note")
    assert "high_cardinality" not in p.facts, p.facts


def test_an_outlier_share_of_exactly_one_percent_is_not_beyond_it():
    # 99 values 1 to 99 and one far out (100 000): outlier_ratio 0.01, not above OUTLIER_SHARE
    p = profile_rows("v", shuffled([float(i) for i in range(1, 100)] + [100000.0]))
    assert column(p, "v")["outlier_ratio"] == 0.01, column(p, "v")
    assert p.facts["has_outliers"] is False, p.facts


# -- time order (signals.time_order) ---------------------------------------------------------------

def test_years_falling_down_the_rows_with_quarters_are_no_time_series():
    # 2010 down to 2001, each with quarters 4, 3, 2, 1: the year column is in (falling) order,
    # but year and quarter together do not rise, so they make no series
    rows = [(2010 - i // 4, 4 - i % 4, (i * 7) % 11) for i in range(40)]
    p = profile_rows("year,quarter,x", rows, target="x")
    assert p.facts["time_ordered"] is False, p.reasons["time_ordered"]
    assert p.facts.get("time_indexed") is not True, p.facts


# -- a few important features (signals.few_important_features) ------------------------------------

def test_no_feature_beyond_chance_leaves_the_answer_open_with_no_confidence():
    # four features each independent of the two-class target (every pair of levels on the
    # same number of rows): nothing beyond chance, an open answer of confidence 0
    rows = []
    for i in range(96):
        y = "yes" if i % 2 else "no"
        j = i // 2
        rows.append(("a" if j % 2 else "b", "c" if (j // 2) % 2 else "d",
                     "e" if (j // 4) % 2 else "f", "g" if (j // 8) % 2 else "h", y))
    p = profile_rows("f1,f2,f3,f4,y", shuffled(rows), target="y")
    r = p.reasons["few_important_features"]
    assert "beyond chance" in str(r["reason"]), r
    assert r["confidence"] == 0.0, r


# -- steps of one across a chunk boundary (profile._Column._sequence) ------------------------------

def test_a_jump_from_10_to_15_at_a_chunk_boundary_is_no_step_of_one(monkeypatch):
    # 1 to 10, then 15 to 24, in chunks of 10: the jump falls on the boundary, where 15 // 10
    # would be 1 but 15 - 10 is 5; with 18 steps of one in 19, the column is no row number
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 10)
    values = list(range(1, 11)) + list(range(15, 25))
    v = column(profile_rows("v,other", [(x, (i * 7) % 11) for i, x in enumerate(values)]), "v")
    assert "count 1 by 1" not in reason(v), v


# -- the distinct count estimated from a sketch (profile._Column.distinct: (k - 1) / h_k) --------

def test_a_sketched_distinct_count_is_k_minus_1_over_the_kth_smallest_hash(monkeypatch):
    # a budget of 4200 hashes over 2 columns leaves each 2100, so 4000 distinct ids go to the
    # sketch of 2048; the k-minimum-values estimate (2048 - 1) / h_2048 is 3968.7 here (the
    # numbers' own hashes, pandas' hash_array of float64), below the 4000 rows that cap it, given as the nearest whole number, 3969
    monkeypatch.setattr(profile_mod, "DISTINCT_BUDGET", 4200)
    values = np.arange(4000, dtype=np.float64)
    kth = float(np.sort(pd.util.hash_array(values))[profile_mod.SKETCH_SIZE - 1])
    v = kind_of(shuffled([int(x) for x in values]), name="id")
    assert v["cardinality_estimated"] is True, v
    assert v["cardinality"] == round((profile_mod.SKETCH_SIZE - 1) / (kth / 2.0 ** 64)) == 3969, v


# -- categories counted over chunks (profile._Column._count: levels in order of first sight) -----

def test_categories_of_equal_counts_are_shown_in_the_order_they_first_appear(monkeypatch):
    # chunks of 3 rows: 'a' comes first but once in the first chunk, where 'b' comes twice;
    # in the end both have 2, so the tie keeps 'a' (seen first) before 'b'
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 3)
    values = ["a", "b", "b", "a", "c", "c", "d", "d", "e"]
    v = column(profile_rows("v,other", [(x, i % 4) for i, x in enumerate(values)]), "v")
    assert list(v["top_values"]) == ["a", "b", "c", "d", "e"], v
