"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked, profile.py, signals.py, metafeatures.py, seventh batch: a header of rising short
decimals over rows that mostly do not rise, dates in order across chunks, durations in hours,
the skew of a spread just over the floor, the sample of a file read in several chunks, Julian
dates past 9999 that are no years, the confidence of "the rows do not follow time" and of "a
few features matter", and the meta-features of zero rows and of one numeric column. Each test
states a rule the README or the profiler's docstrings give, on a file made here, and was seen
to fail with its mutant put in."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from profiles import column, kind_of, profile_rows, profile_text, reason, sample_order, shuffled

from mlwf.profiling import profile as profile_mod
from mlwf.profiling.metafeatures import describe, from_facts

# -- a header of rising short decimals: a grid (profile._check_header) -------------------------

def test_a_grid_header_over_rows_of_which_a_third_rise_names_the_columns():
    # 2 of the 6 lines below rise strictly: fewer than half (a grid) though not fewer than a
    # third, so the first line names the columns of a power curve
    rows = ["a,1,2,3,4,5", "b,0,2,2,1,0", "c,1,2,3,4,6", "d,3,3,2,2,1", "e,0,0,1,1,1",
            "f,5,4,3,2,1"]
    p = profile_text("turbine,0.0,0.5,1.0,1.5,2.0\n" + "\n".join(rows) + "\n")
    assert [c["name"] for c in p.columns] == ["turbine", "0.0", "0.5", "1.0", "1.5", "2.0"]
    assert p.table["n_rows"] == 6, p.table


# -- order of a column over the chunks (profile._Order) ----------------------------------------
# A column is in order when each chunk is and each chunk starts where the last one ended; the
# file is read here in chunks of 5 rows, so the rows below cross three chunk boundaries.

def _days(n: int) -> list[str]:
    return [str(d.date()) for d in pd.date_range("2021-03-01", periods=n, freq="D")]


def test_dates_that_rise_across_chunks_are_in_order(monkeypatch):
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 5)
    p = profile_rows("day,x", [(d, i % 3) for i, d in enumerate(_days(20))])
    day = column(p, "day")
    assert day["stat_type"] == "datetime" and day["monotonic"] is True, day


def test_dates_that_fall_across_chunks_are_in_order(monkeypatch):
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 5)
    p = profile_rows("day,x", [(d, i % 3) for i, d in enumerate(reversed(_days(20)))])
    day = column(p, "day")
    assert day["stat_type"] == "datetime" and day["monotonic"] is True, day


# -- durations written with their units (numbers.DURATION_SECONDS) -----------------------------

def test_durations_written_in_hours_are_3600_seconds_each():
    v = kind_of(shuffled([f"{h} hours" for h in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)]), name="t")
    assert "read as seconds" in reason(v), v
    assert v["min"] == 3600 and v["max"] == 43200, v


# -- the floor under which a skew is rounding (profile._Column.moments) ------------------------

def test_a_spread_just_over_a_1e12th_of_the_values_keeps_its_skew():
    # the first value and 1999 values from 302111 to 302210 steps of 2**-52 above it: the
    # variance, 2.2497e-24, is a 1e-24th of the first value's square and 2e-15 of it more,
    # over the floor (the share of the values' square), so the skew of the lone low value is
    # the data's. A floor of 1e-24 of the square of the shift plus n times (not 1/n times)
    # the sum of squares would be 3e-15 higher and drop it
    first = 1.4998860734634683
    steps = 302111 + np.array([(i * 37) % 100 for i in range(1999)], dtype=float)
    values = np.concatenate([[first], first + steps * 2.0 ** -52])
    v = kind_of([repr(float(x)) for x in values])
    assert v["stat_type"] == "continuous", v
    assert v["skew"] == pytest.approx(-44.6866, abs=1e-3), v


# -- the sample of rows over several chunks (profile._Scan._sample) ----------------------------

def test_a_file_of_three_chunks_under_the_sample_size_is_sampled_whole(monkeypatch):
    # read in chunks of 10 rows: rows 26 and 27 draw the keys 0.997 and 0.981, above every key
    # of the rows before them; the sample is not full (30 rows of 50 000), so they stay in it
    # and row 26's 100, far above 10 to 14, is one outlier in 30 rows
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 10)
    assert set(sample_order(30)[-2:]) == {26, 27}
    values = [10 + (i * 3) % 5 for i in range(30)]
    values[26] = 100
    p = profile_rows("v,other", [(x, (i * 7) % 11) for i, x in enumerate(values)])
    v = column(p, "v")
    assert v["max"] == 100, v
    assert v["outlier_ratio"] == round(1 / 30, 4), v


# -- Julian dates are no years (profile._Scan._column_json) ------------------------------------

def test_modified_julian_dates_up_to_10000_are_not_years():
    # MJD 9981 to 10000 are days of 1886; a datetime column whose numbers reach past 9999 is
    # no year column
    v = kind_of(list(range(9981, 10001)), name="mjd")
    assert v["stat_type"] == "datetime" and v["max"] == 10000, v
    assert "years" not in v, v


@pytest.mark.parametrize("name, start", [("mjd", 9980), ("date", 5000)])
def test_days_counted_from_an_epoch_below_10000_are_no_years(name, start):
    # MJD 9980 (1886) and day 5000 after 1970 (1983) are days, not years, though below 10000:
    # rows in their order, two to a day, follow time (a year column alone would not order them)
    v = kind_of([start + i // 2 for i in range(40)], name=name)
    assert v["stat_type"] == "datetime" and "years" not in v, v
    p = profile_rows(f"{name},x", [(start + i // 2, (7 * i) % 11) for i in range(40)])
    assert p.reasons["time_ordered"]["value"] is True, p.reasons["time_ordered"]


# -- whether the rows follow time (signals.time_order) -----------------------------------------

def test_dates_out_of_order_do_not_order_the_rows_at_075():
    p = profile_rows("day,x", [(d, i % 3) for i, d in enumerate(shuffled(_days(20)))])
    ordered = p.reasons["time_ordered"]
    assert ordered["value"] is False and "do not follow time" in str(ordered["reason"]), ordered
    assert ordered["confidence"] == 0.75, ordered


# -- whether a few features matter (signals.few_important_features) -----------------------------

@pytest.mark.parametrize(("n", "told"), [(400, 0.52), (1300, 0.56)])
def test_few_important_features_on_n_rows_are_told_at_their_confidence(n, told):
    # 0.5 + 400 / 20 000 = 0.52, kept to two decimals (to one it would be 0.5);
    # 0.5 + 1300 / 20 000 = 0.565, which in floating point lies just under 0.565 and rounds
    # to 0.56; a divisor a hair smaller would give 0.57
    rng = np.random.default_rng(3)
    rows = []
    for i in range(n):
        a = int(rng.integers(0, 4))
        rows.append((a, round(float(rng.normal()), 3), round(float(rng.normal()), 3),
                     round(float(rng.normal()), 3), round(float(rng.normal()), 3),
                     ("lo", "mid", "high", "top")[a] if i % 10 else "lo"))
    p = profile_rows("a,b,c,d,e,y", rows, target="y")
    few = p.reasons["few_important_features"]
    assert few["value"] is not None, few
    assert few["confidence"] == told, few


# -- meta-features (metafeatures.from_facts, describe) -----------------------------------------

def test_facts_of_zero_samples_give_no_features_per_sample():
    found = from_facts({"n_samples": 0, "n_features": 3})
    assert "log_n_samples" not in found and "log_features_per_sample" not in found, found
    assert found["log_n_features"] == pytest.approx(np.log10(3)), found


def test_one_numeric_column_is_all_numeric():
    X = pd.DataFrame({"a": np.arange(30.0) % 7})
    found = describe(X, pd.Series(["p", "q", "r"] * 10), "classification")
    assert found["share_numeric"] == 1.0 and found["share_categorical"] == 0.0, found
