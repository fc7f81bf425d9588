"""Profiles of small CSVs for what the profiler's mutation run of commit 755eccb left unchecked,
column_types.py, batch s5_1: the confidence of whole numbers that name things, the range of
each part of a date, years with a fraction as a time axis, years with 0 for none, MMDDYYYY
dates from the year 1000, a reason and its notes, codes for a missing answer (a sentinel, a
survey code and the tenth of the rows it may hold), scattered unit ids, squares and a plural
name over negative levels. Each test states a rule the profiler's docstrings give, on a file
made here, and was seen to fail with its mutant put in."""
from __future__ import annotations

import warnings

from profiles import kind_of, reason, shuffled

from mlwf.profiling.column_types import Sentences

# -- whole numbers that label things (column_types: nominal codes at 0.6) ---------------------


def test_a_shirt_number_column_is_nominal_with_a_confidence_of_0_6():
    # 30 shirt numbers, 7 rows each: a thing's number names it (THING_NUMBER), not an amount
    v = kind_of(shuffled([i % 30 + 1 for i in range(200)]), "jersey_number")
    assert v["stat_type"] == "nominal"
    assert v["confidence"] == 0.6


def test_scattered_ids_of_a_kind_of_thing_are_nominal_with_a_confidence_of_0_6():
    # 40 country ids scattered over 200 rows: ids of a category the rows share, not units
    v = kind_of(shuffled([i % 40 + 100 for i in range(200)]), "country_id")
    assert v["stat_type"] == "nominal"
    assert v["confidence"] == 0.6


# -- parts of a date (column_types.DATE_PARTS: the range of each part) -------------------------

def test_a_day_column_that_reaches_32_runs_past_the_days_of_a_month():
    # 1 to 32: one past the last day of a month, so a clock that runs on, not the day of a date
    v = kind_of(shuffled([i % 32 + 1 for i in range(160)]), "day")
    assert v["stat_type"] == "discrete"
    assert "go past the range of the day" in reason(v)


def test_a_quarter_column_from_0_to_4_is_the_quarter_of_a_date():
    # 0 is the one value below the range 1 to 4 that a code for unknown may take
    v = kind_of(shuffled([i % 5 for i in range(100)]), "quarter")
    assert v["stat_type"] == "ordinal"
    assert "the quarter of a date" in reason(v)


# -- years with a fraction (column_types._decimal_years) ---------------------------------------

def test_years_rising_by_a_365th_are_a_daily_time_axis():
    # 40 days: at a 366th of a year the 40th value is 0.11 of a period off the grid
    v = kind_of([f"{2000 + k / 365:.6f}" for k in range(40)], "date")
    assert v["stat_type"] == "datetime"
    assert "rising by one day" in reason(v)


def test_years_with_a_fraction_from_the_year_1000_are_a_time_axis():
    # the lowest year the rule takes, 1000 itself, as the first value
    v = kind_of([f"{1000 + k / 4:.6f}" for k in range(40)], "time")
    assert v["stat_type"] == "datetime"
    assert "rising by one quarter" in reason(v)


def test_a_month_grid_with_two_of_eleven_months_left_out_is_no_time_axis():
    # 9 of 11 months: more than one in ten left out (9 < 0.9 * 11; 9 >= 0.9 * 10)
    values = [2000 + k / 12 for k in range(11) if k not in (3, 7)]
    v = kind_of([f"{x:.6f}" for x in values], "v")
    assert v["stat_type"] != "datetime"


# -- years, 0 for none (column_types._calendar) ------------------------------------------------

def test_a_year_column_that_reaches_2101_with_zeros_is_no_calendar_year():
    # 2100 is the last year the rule takes; 2101 is past it
    v = kind_of(shuffled([0] * 10 + [1990 + i % 20 for i in range(30)] + [2101]), "year_built")
    assert v["stat_type"] != "datetime"


# -- dates written MMDDYYYY, the leading zero lost (column_types.INTEGER_DATES) ----------------

def test_january_1st_of_the_year_1500_written_mmddyyyy_is_a_date():
    # 1011500 is 01011500, the earliest date the MMDDYYYY reading takes; 1011000 (the year
    # 1000) fits the format's digits but is no year a date read so may have
    v = kind_of([1011500, 6152020, 12312020, 3011999], "date")
    assert v["stat_type"] == "datetime"
    assert "MMDDYYYY" in reason(v)
    assert "MMDDYYYY" not in reason(kind_of([1011000, 6152020, 12312020, 3011999], "date"))


# -- a reason and its notes (column_types.Sentences) -------------------------------------------

def test_a_reason_with_two_notes_is_one_flat_list_of_sentences():
    # bounds and brackets each add a note to the reason in turn: the reason a caller gets holds
    # the three sentences side by side (each one translated on its own), not nested
    values = [f"{1.5 + i * 0.37:.2f}" for i in range(40)] + ["<0.5", "<0.5", "[7.25]", "[8.5]"]
    why = kind_of(values, "conc")["reason"]
    assert len(why.parts) == 3
    assert not any(isinstance(part, Sentences) for part in why.parts)


# -- codes for a missing answer (column_types._without_sentinel, _without_survey_codes) --------

def test_a_sentinel_on_one_row_of_a_column_with_many_values_is_said_to_hold_one_row():
    # 3,000 distinct amounts: too many levels to count, so the sentinel's rows are estimated
    # from the sample, where 9999 is on exactly one row
    values = [f"{i * 0.013 + 1:.3f}" for i in range(3000)] + ["9999"]
    v = kind_of(shuffled(values), "amount")
    assert "The value 9999 (1 row)" in reason(v)


def test_98_alone_past_a_five_point_scale_is_a_survey_code():
    # 98 is a survey code for a missing answer on its own, with no 8, 9, 88 or 99 beside it
    v = kind_of(shuffled([i % 5 + 1 for i in range(95)] + [98] * 5), "satisfaction")
    assert "98 (5 rows)" in reason(v)
    assert "survey code" in reason(v)


def test_a_code_on_a_fifth_of_the_rows_is_a_level_of_the_scale_not_a_survey_code():
    # 9 on 20 rows of 100: more than the tenth of the rows survey codes may hold
    v = kind_of(shuffled([i % 5 + 1 for i in range(80)] + [9] * 20), "satisfaction")
    assert "survey codes" not in reason(v)
    assert v["cardinality"] == 6


# -- whole numbers that label units (column_types._whole_number_labels) ------------------------

def test_scattered_whole_numbers_mostly_on_two_rows_each_are_no_unit_ids():
    # 30 numbers 3 apart (and 2), 18 of them on two rows and 12 on one: 1.6 rows each on
    # average, below the two rows each that the ids of units need
    rows = []
    for i, x in enumerate([3 * k + 1 for k in range(29)] + [2]):
        rows += [x] * (2 if i % 5 < 3 else 1)
    v = kind_of(shuffled(rows), "v")
    assert v["stat_type"] != "identifier"


# -- squares (column_types._squares) -----------------------------------------------------------

def test_a_column_with_a_negative_value_is_profiled_without_a_warning():
    # -4 is below 0: the squares rule must stop before it takes a square root of it
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        v = kind_of(shuffled([-4] + [k * k for k in range(12)] * 3), "v")
    assert v["stat_type"] == "identifier"


# -- a plural name over levels (column_types: a number of things) ------------------------------

def test_levels_from_minus_1_under_a_plural_name_are_no_counts():
    # -1 to 3: a count is never below 0, so the plural ("flares") does not make these counts
    v = kind_of(shuffled([i % 5 - 1 for i in range(100)]), "c_class_flares")
    assert v["stat_type"] == "ordinal"
