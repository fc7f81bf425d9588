"""Profiles of small CSVs for what the profiler's complete mutation run of commit 58d9f65
(README, "Mutation testing"; docs/mutation-survivors.md) left unchecked, eighth slice:
seconds of a marked angle, dates written MMDDYYYY that lost their leading zero, the
confidence of a scale known by its name and of whole numbers that do not start at 0 or 1,
and the sample of rows the meta-features are computed on, read past the space after each
comma. Each test states a rule the README or the profiler's docstrings give, on a file made
here, and was seen to fail with its mutant put in."""
from __future__ import annotations

import io

import pytest
from profiles import kind_of, reason, shuffled

from mlwf.profiling.metafeatures import read_sample

# -- angles written with degree, minute and second marks (profile._sexagesimal) ----------------

def test_seconds_of_a_marked_angle_are_a_3600th_of_a_degree():
    # 30'36" is 30/60 + 36/3600 = 0.51 of a degree
    v = kind_of([f"{d}°30'36\"N" for d in range(10, 22)], name="lat")
    assert v["stat_type"] == "continuous", v
    assert v["min"] == pytest.approx(10.51, abs=1e-9) and v["max"] == pytest.approx(21.51, abs=1e-9)


# -- dates written as whole numbers (column_types.INTEGER_DATES) -------------------------------

def test_mmddyyyy_dates_that_lost_their_leading_zero_read_the_month_first():
    # 1112020 is 01112020 with its zero put back: January 11th, not November 1st, 2020
    v = kind_of(shuffled([1112020, 1202020, 2152020, 3032020, 4092020, 1122020] * 2), name="date")
    assert v["stat_type"] == "datetime" and "written MMDDYYYY" in reason(v), v
    assert "from 2020-01-11 to 2020-04-09" in reason(v), v


# -- confidence of the rules on whole-number levels (column_types._numeric) --------------------

def test_whole_number_levels_in_a_column_named_as_a_scale_are_ordinal_at_075():
    v = kind_of(shuffled([2, 3, 4, 5, 6, 7, 8] * 6), name="severity")
    assert v["stat_type"] == "ordinal" and "are an ordered scale" in reason(v), v
    assert v["confidence"] == 0.75, v


def test_whole_number_levels_that_do_not_start_at_0_or_1_are_amounts_at_06():
    v = kind_of(shuffled([3, 4, 5, 6, 7, 8] * 6))
    assert v["stat_type"] == "discrete" and "do not start at 0 or 1" in reason(v), v
    assert v["confidence"] == 0.6, v


# -- the sample the meta-features are computed on (metafeatures.read_sample) -------------------

def test_the_sample_of_rows_reads_values_past_the_space_after_each_comma():
    # as the profile reads them: "NA" after ", " is a missing target, the row is left out
    X, y = read_sample(io.BytesIO(b"x, y\n1, yes\n2, NA\n3, no\n"), "y")
    assert y.tolist() == ["yes", "no"], y
    assert X["x"].tolist() == [1, 3], X
