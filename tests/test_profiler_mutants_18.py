"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked, profile.py, signals.py, metafeatures.py, sixth batch: the order of values across
chunks, times of day at the 95 % share, long whole numbers among the first 2000 values, the
outlier fences at the quartiles, the text modality of two columns of sentences, and the
"few important features" signal (its message, its minimum of 4 features, and a target that
holds one class in the rows it is estimated on). Each test states a rule the README or the
profiler's docstrings give, on a file made here, and was seen to fail with its mutant put in."""
from __future__ import annotations

import random

from profiles import kind_of, profile_rows, reason, shuffled

import mlwf.profiling.profile as profile_mod

# -- order of values over chunks (profile._Order) -----------------------------------------------

def test_a_value_repeated_across_a_chunk_boundary_is_not_strictly_increasing(monkeypatch):
    # chunks of 6 rows: 2001.25 ends the first chunk and starts the second, so the column
    # rises but not strictly, and years with a fraction need a strict rise to be a time axis
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 6)
    values = [2000 + k / 4 for k in range(6)]
    values += [values[-1]] + [2000 + k / 4 for k in range(6, 12)]
    v = kind_of(values, name="time")
    assert v["stat_type"] == "continuous", v


# -- times of day (profile._date_format) --------------------------------------------------------

def test_times_of_day_in_exactly_95_percent_of_the_values_are_a_time():
    # 19 of the 20 values with a digit are times of day: exactly the 95 % share
    values = [f"{8 + i % 10:02d}:{(i * 7) % 60:02d}" for i in range(19)] + ["9 ish"]
    v = kind_of(shuffled(values), name="start")
    assert v["stat_type"] == "datetime" and "Times of day (%H:%M)" in reason(v), v


# -- whole numbers past float precision (profile._Column, the first 2000 values) ---------------

def test_a_long_whole_number_as_the_2000th_value_keeps_the_column_text():
    # the 25-digit number (past int64 too, so the column is read as text) is value 2000, the
    # last of the 2000 values looked at
    values = [str(i * 37 % 1000) for i in range(1999)] + ["1234567890123456789012345"]
    v = kind_of(values, name="code")
    assert v["stat_type"] == "nominal" and "too long for floating point" in reason(v), v


# -- outliers beyond 1.5 IQR of the quartiles (profile._column_json) ----------------------------

def test_a_value_inside_the_upper_fence_of_the_75th_percentile_is_no_outlier():
    # 0.5 .. 39.5 and 60.5: q1 = 10.5, q3 = 30.5, fence 30 above q3 = 60.5, so 60.5 sits on the
    # fence; a fence from the 74th percentile (30.1) would put it outside
    v = kind_of(shuffled([i + 0.5 for i in range(40)] + [60.5]), name="weight")
    assert v["stat_type"] == "continuous", v
    assert v["outlier_ratio"] == 0.0, v


# -- modality (profile._Scan.profile) -----------------------------------------------------------

def test_two_columns_of_sentences_make_a_text_table():
    # 2 of 2 usable columns are text: more than half of 2
    rng = random.Random(3)
    words = ["alpha", "river", "stone", "quiet", "lamp", "orange", "paper", "window",
             "silver", "garden", "market", "yellow", "winter", "north", "field", "bread"]

    def sentence():
        return " ".join(rng.choice(words) for _ in range(9))
    p = profile_rows("a,b", [(sentence(), sentence()) for _ in range(30)])
    assert [c["stat_type"] for c in p.columns] == ["text", "text"], p.columns
    assert p.facts["modality"] == "text", p.facts


# -- few important features (signals.few_important_features) ----------------------------------

def rows_with_one_informative_feature(n: int = 60) -> list[tuple]:
    rng = random.Random(1)
    return [(i % 3, rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9), "xyz"[i % 3])
            for i in range(n)]


def test_one_feature_that_decides_the_target_says_a_few_features_matter():
    # 'a' is the class itself; b, c and d are noise: 1 of 4 features holds the information
    p = profile_rows("a,b,c,d,t", rows_with_one_informative_feature(), target="t")
    assert p.facts["few_important_features"] is True, p.facts
    assert str(p.reasons["few_important_features"]["reason"]).endswith("a few features matter."), p.reasons


def test_three_features_leave_few_important_features_open():
    # 3 features, one fewer than the 4 the signal needs
    rows = [r[:3] + (r[4],) for r in rows_with_one_informative_feature()]
    p = profile_rows("a,b,c,t", rows, target="t")
    assert "few_important_features" not in p.facts, p.facts
    assert "fewer than 4 usable features" in str(p.reasons["few_important_features"]["reason"])


def test_a_target_of_one_class_in_the_first_5000_rows_shares_no_information():
    # the signal reads the first 5000 rows of the sample (the whole file here, in order); the
    # second class comes after them, so the target codes are all 0 there: no information
    rng = random.Random(2)
    rows = [(rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9),
             "a" if i < 5000 else "b") for i in range(5100)]
    p = profile_rows("f1,f2,f3,f4,t", rows, target="t")
    assert "few_important_features" not in p.facts, p.facts
    assert "shares information with 't' beyond chance" in str(p.reasons["few_important_features"]["reason"])
