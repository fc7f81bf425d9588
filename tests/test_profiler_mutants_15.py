"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked, fourth batch: Julian dates before MJD 0, the month past December, the ids of a
category named in three words, negative levels under a plural name, the 200 categories
counted one by one, the caller's open stream, the features that hold the information in the
order of what they hold beyond chance and the confidence that grows with the rows, and the
features per sample of a one-row data set. Each test states a rule the README or the
profiler's docstrings give, on a file made here, and was seen to fail with its mutant put
in."""
from __future__ import annotations

import io
import math

from profiles import kind_of, profile_rows, reason, shuffled

from mlwf.profiling.metafeatures import from_facts
from mlwf.profiling.profile import profile_csv

# -- day numbers named as Julian dates (column_types._julian_days) -----------------------------

def test_julian_dates_before_mjd_0_are_not_read_as_dates():
    # Julian dates are read from MJD 0 (JD 2400000.5, 17 November 1858) to MJD 100 000; JD
    # 2399000 to 2399029 are MJD -1000.5 to -971.5, below that range: not dates
    v = kind_of(list(range(2_399_000, 2_399_030)), name="jd")
    assert v["stat_type"] != "datetime" and "Julian" not in reason(v), v


# -- the part of a date named by the column (column_types.DATE_PARTS) --------------------------

def test_a_month_numbered_13_is_past_the_months_of_a_date():
    # months run from 1 to 12 (0 may stand for unknown); 1 to 13 is no month of a date
    v = kind_of(shuffled(list(range(1, 14)) * 3), name="month")
    assert v["stat_type"] == "discrete" and "go past the range of the month" in reason(v), v


# -- ids of a kind of thing rows share (column_types._category_key_name) ------------------------

def test_the_ids_of_a_category_named_in_three_words_are_codes_of_categories():
    # the last two words decide: "home_country_id" ends in "country" and "id", ids of
    # countries, though its second word is "country" and not "id"
    v = kind_of(shuffled([i % 30 + 1 for i in range(120)]), name="home_country_id")
    assert v["stat_type"] == "nominal" and "ids of a kind of thing rows share" in reason(v), v


# -- whole-number levels under a plural name (column_types._integer_codes) ----------------------

def test_levels_below_zero_under_a_plural_name_are_not_counts():
    # a plural at the end of the name says "a number of things", but a count is never
    # negative: -1 on a fifth of the rows (too many to be a code for missing) keeps the
    # levels -1 to 3 of 'class_flares' from being counts; only the lowest level is below 0
    v = kind_of(shuffled([-1, 0, 1, 2, 3] * 10), name="class_flares")
    assert v["stat_type"] != "discrete" and "ends in a plural" not in reason(v), v


# -- categories counted one by one up to 200 (profile.LEVEL_CAP) -------------------------------

def test_201_categories_in_a_file_past_the_sample_are_counted_from_the_sample():
    # README: past 200 categories the top values are counted from the sample, scaled to the
    # file, and marked top_values_estimated when the file is larger than the sample (50 000
    # rows). 201 categories, one past the cap, on 50 250 rows
    v = kind_of([f"w{(i * 37) % 201:03d}" for i in range(50_250)], name="name")
    assert v["cardinality"] == 201, v
    assert v["top_values_estimated"] is True, v


# -- the stream a caller hands in (profile._open) -----------------------------------------------

def test_a_stream_handed_in_is_left_open():
    # the caller opened it and closes it: after the profile it can still be read again
    stream = io.BytesIO(b"a,b\n1,2\n3,4\n5,6\n")
    profile_csv(stream)
    assert not stream.closed
    stream.seek(0)
    assert stream.readline() == b"a,b\n"


# -- features that hold most of the information (signals.few_important_features) ---------------

def _dose_and_flag_rows() -> list:
    # 100 rows, y "lo" on 50 and "hi" on 50. 'dose' (continuous, 8 quantile bins, 7 degrees
    # of freedom) is "lo" on its lowest 38 ranks and "hi" on its top 38, mixed between: MI
    # 0.520 nats against a chance bound of 0.111, 0.409 beyond chance (4.7 times the bound).
    # 'flag' (yes/no, 1 degree of freedom) agrees with y on 86 rows: MI 0.288 against 0.046,
    # 0.242 beyond chance (6.2 times the bound). n0 and n1 are independent of y in each class
    # (MI 0)
    ys = ["lo"] * 50 + ["hi"] * 50
    lo_ranks = list(range(0, 38)) + list(range(38, 62, 2))
    hi_ranks = list(range(39, 62, 2)) + list(range(62, 100))
    dose = [r / 10 + 0.05 for r in lo_ranks + hi_ranks]
    flag = [0] * 43 + [1] * 7 + [1] * 43 + [0] * 7
    n0 = [k % 2 for k in range(50)] * 2
    n1 = [(k // 2) % 2 for k in range(50)] * 2
    return shuffled(list(zip(dose, flag, n0, n1, ys, strict=True)))


def test_features_are_ranked_by_what_they_hold_beyond_chance():
    # "each feature's score is what it holds beyond the estimator's noise": dose holds 0.409
    # beyond the bound, flag 0.242, so dose comes first (by the ratio to the bound, 4.7 to
    # 6.2, flag would); neither holds 80 % alone, so both are named
    p = profile_rows("dose,flag,n0,n1,y", _dose_and_flag_rows(), target="y")
    found = p.reasons["few_important_features"]
    assert "2 of 4 features ('dose', 'flag') hold" in str(found["reason"]), found["reason"]


def test_the_confidence_of_few_features_grows_by_001_every_200_rows():
    # 0.5 + rows / 20 000, rounded to two decimals: 100 rows give 0.505, which rounds to 0.51
    # (one row in 20 001 would give 0.504995, 0.5)
    p = profile_rows("dose,flag,n0,n1,y", _dose_and_flag_rows(), target="y")
    found = p.reasons["few_important_features"]
    assert found["value"] is False and found["confidence"] == 0.51, found


# -- meta-features read off the facts (metafeatures.from_facts) --------------------------------

def test_a_data_set_of_one_row_has_as_many_features_per_sample_as_features():
    # ten features stated for a single row are ten features per sample: log10(10 / 1) = 1
    found = from_facts({"n_samples": 1, "n_features": 10})
    assert math.isclose(found["log_features_per_sample"], 1.0), found
