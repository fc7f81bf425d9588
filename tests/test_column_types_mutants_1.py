"""Profiles of small CSVs for the rules of profiling/column_types.py that the profiler's
complete mutation run (README, "Mutation testing"; docs/mutation-survivors.md) found
unchecked, first slice: the parts of a date, the codes for a missing answer (sentinels,
survey codes, negative codes, stray decimals), the thresholds of whole numbers and of a few
decimal levels, and time indexes and years with 0. Each test states a rule the README or the
profiler's comments give, on a file made here, at or just past its threshold where it has
one, and was seen to fail with its mutant put back."""
from __future__ import annotations

import numpy as np
import pytest
from profiles import column, kind_of, profile_rows, profile_text, reason, repeated, shuffled

from mlwf.profiling.profile import SAMPLE_ROWS


def sample_order(n: int) -> np.ndarray:
    """The rows of a file of n rows (at most one chunk, 200 000) in the order of the keys
    the profiler draws for its sample, one a row from numpy's default_rng(0): the first
    SAMPLE_ROWS are the sample, the rest are left out of it (profile.py, _Scan._sample)."""
    return np.argsort(np.random.default_rng(0).random(n))


# -- the parts of a date (README: "whole numbers within the range of a part of a date") ------

# The first value of each part's range; one below it (a day or a month coded 0 where unknown,
# a -1 for an unknown hour) is still read as the part, two below it is not.
FIRST = {"minute": 0, "hour": 0, "weekday": 0, "week": 0, "month": 1}


@pytest.mark.parametrize("part", sorted(FIRST))
def test_a_part_of_a_date_allows_one_value_below_its_range_and_not_two(part):
    first = FIRST[part]
    one_below = kind_of(repeated({v: 5 for v in range(first - 1, first + 6)}), name=part)
    assert one_below["stat_type"] == "ordinal", one_below
    assert f"the {part} of a date" in reason(one_below)
    assert one_below["confidence"] == 0.7
    two_below = kind_of(repeated({v: 5 for v in range(first - 2, first + 5)}), name=part)
    assert "of a date" not in reason(two_below), two_below


def test_three_months_are_enough_to_read_as_the_month_of_a_date():
    v = kind_of(repeated({1: 6, 2: 6, 3: 6}), name="month")
    assert v["stat_type"] == "ordinal" and "the month of a date" in reason(v), v
    assert v["confidence"] == 0.7


def test_quarters_counted_past_four_and_rising_down_the_rows_are_a_time_index():
    # a quarter runs 1-4: a fifth is a count of quarters from a start, not a position
    v = kind_of([1 + i // 3 for i in range(15)], name="quarter")
    assert v["stat_type"] == "datetime" and "count units of time" in reason(v), v


def test_weeks_counted_past_the_year_and_rising_are_a_time_index_at_065():
    v = kind_of(list(range(2, 156)), name="Week")
    assert v["stat_type"] == "datetime" and "count units of time" in reason(v), v
    assert v["confidence"] == 0.65


# A quarter of the rows or more at the top value, three times the next value's rows: times
# until an event cut off at the end of a follow-up (README: "a part of a date ... with a
# quarter of the rows or more piled at its top value").

def test_five_days_with_three_times_the_rows_at_the_top_are_a_cut_off_time():
    v = kind_of(repeated({1: 10, 2: 10, 3: 10, 4: 10, 5: 30}), name="day")
    assert v["stat_type"] == "discrete" and "cut off" in reason(v), v


def test_a_top_day_under_three_times_the_next_one_is_no_pile():
    v = kind_of(repeated({1: 5, 2: 5, 3: 5, 4: 20, 5: 30}), name="day")
    assert v["stat_type"] == "ordinal" and "the day of a date" in reason(v), v


def test_a_top_week_on_a_fifth_of_the_rows_is_no_pile():
    counts = {w: 4 for w in range(1, 20)} | {20: 19}        # 19 of 95 rows: 20 %
    v = kind_of(repeated(counts), name="week")
    assert v["stat_type"] == "ordinal" and "the week of a date" in reason(v), v


def test_four_months_piled_at_the_top_are_still_months():
    # a pile needs five values at least: four months say too little of a follow-up
    v = kind_of(repeated({1: 5, 2: 5, 3: 5, 4: 30}), name="month")
    assert v["stat_type"] == "ordinal" and "the month of a date" in reason(v), v


def test_days_piled_at_the_first_day_are_no_follow_up_cut_off():
    # a follow-up is cut off at its end: the pile must be at the top value
    v = kind_of(repeated({1: 40} | {d: 5 for d in range(2, 11)}), name="day")
    assert v["stat_type"] == "ordinal" and "the day of a date" in reason(v), v


# -- time indexes (README: "a name that says time itself (t, period, timestep)") ---------------

def test_periods_rising_from_1_are_a_time_index_at_06():
    v = kind_of(list(range(1, 31)), name="period")
    assert v["stat_type"] == "datetime" and "count periods from a start" in reason(v), v
    assert v["confidence"] == 0.6


def test_the_last_word_of_the_name_says_time():
    v = kind_of([3 * i for i in range(30)], name="sim_time")
    assert v["stat_type"] == "datetime" and "count periods from a start" in reason(v), v


def test_a_time_index_needs_ten_distinct_values_and_ten_are_enough():
    v = kind_of([2 * i for i in range(10)], name="t")
    assert v["stat_type"] == "datetime" and "count periods from a start" in reason(v), v
    nine = kind_of([2 * i for i in range(9)], name="t")
    assert "count periods" not in reason(nine), nine


# -- years with 0 for none (README: "the same with 0 for 'no year' (yr_renovated)") ----------

def test_years_up_to_2100_with_zeros_are_years_and_past_it_are_not():
    at = kind_of(repeated({0: 20, 1990: 3, 2050: 3, 2100: 3}), name="yr_renovated")
    assert at["stat_type"] == "datetime" and "20 rows hold 0" in reason(at), at
    assert at["confidence"] == 0.65
    past = kind_of(repeated({0: 20, 1990: 3, 2050: 3, 2150: 3}), name="yr_renovated")
    assert "hold 0" not in reason(past), past


def test_zeros_and_1500_with_a_700_are_no_calendar_years():
    # 700 is no year of 1500-2100, though it stands on the one row out of the sample
    n = SAMPLE_ROWS + 1
    rows = [1500 if k % 2 else 0 for k in range(n)]
    rows[sample_order(n)[-1]] = 700
    v = column(profile_rows("yr_renovated", rows), "yr_renovated")
    assert "calendar years" not in reason(v), v


def test_zeros_among_more_than_200_years_are_counted_on_their_rows():
    # past 200 distinct values the levels are not counted: the zeros come from the sample
    years = shuffled([0] * 30 + list(range(1750, 2000)))
    v = kind_of(years, name="yr_built")
    assert v["stat_type"] == "datetime" and "30 rows hold 0" in reason(v), v


# -- whole numbers: thresholds of the README's table -------------------------------------------

def test_every_income_bracket_up_to_25_is_a_bracket_and_26_are_not():
    at = kind_of(repeated({k: 3 for k in range(1, 26)}), name="income")
    assert at["stat_type"] == "ordinal" and "code of its bracket" in reason(at), at
    past = kind_of(repeated({k: 3 for k in range(1, 27)}), name="income")
    assert "bracket" not in reason(past), past


def test_counts_from_1_with_a_long_tail_take_at_most_100_values():
    tail = [1] * 300 + [2] * 100 + [3] * 50
    at = kind_of(shuffled(tail + list(range(1, 100)) + [1000]))          # 100 distinct
    assert at["stat_type"] == "discrete" and "shape of counts" in reason(at), at
    past = kind_of(shuffled(tail + list(range(1, 101)) + [1000]))        # 101 distinct
    assert past["stat_type"] == "continuous" and past["confidence"] == 0.7, past


def test_a_long_tail_from_below_zero_is_no_count():
    values = shuffled([0] * 300 + [1] * 100 + [2] * 50 + list(range(-3, 60)) + [1000])
    v = kind_of(values)
    assert v["stat_type"] == "continuous", v


def test_a_mild_skew_from_zero_is_no_count():
    # counts of events have a long right tail (skewness past 1)
    rng = np.random.default_rng(5)
    values = [int(x) for x in np.round(rng.gamma(16, 25, 400))] + [0]
    v = kind_of(values)
    assert 0 < float(v["skew"]) < 1 and v["stat_type"] == "continuous", v


def test_25_distinct_whole_numbers_are_counts_and_26_are_not():
    at = kind_of(repeated({20 * k: 2 for k in range(25)}))
    assert at["stat_type"] == "discrete" and "are counts" in reason(at), at
    past = kind_of(repeated({20 * k: 2 for k in range(26)}))
    assert past["stat_type"] == "continuous" and past["confidence"] == 0.7, past


def test_a_plural_name_makes_counts_of_at_most_100_values():
    base = list(range(0, 99)) + [150]                                  # 100 distinct
    at = kind_of(shuffled(base * 2), name="lines")
    assert at["stat_type"] == "discrete" and "in the plural" in reason(at), at
    assert at["confidence"] == 0.6
    unnamed = kind_of(shuffled(base * 2))
    assert unnamed["stat_type"] == "continuous" and unnamed["confidence"] == 0.7, unnamed


def test_ten_levels_spanning_exactly_ten_are_a_few_whole_number_levels():
    counts = {1: 5, 2: 10, 3: 15, 4: 20, 5: 25, 6: 20, 7: 15, 8: 10, 9: 5, 11: 2}
    v = kind_of(repeated(counts))
    assert "10 whole-number levels" in reason(v), v


def test_a_rating_from_below_zero_to_10_is_not_the_eleven_point_scale():
    v = kind_of(repeated({k: 4 for k in range(-2, 11)}), name="rating")
    assert "eleven-point" not in reason(v), v


def test_percentiles_from_0_and_up_to_100_are_quantile_groups():
    from_zero = kind_of(repeated({k: 2 for k in range(0, 100)}), name="income_percentile")
    assert from_zero["stat_type"] == "ordinal" and "quantile groups" in reason(from_zero)
    past = kind_of(repeated({k: 2 for k in range(1, 102)}), name="income_percentile")
    assert "quantile groups" not in reason(past), past


# -- two values -----------------------------------------------------------------------------

def test_true_and_false_are_booleans_at_098():
    v = kind_of(["True", "False"] * 10)
    assert v["stat_type"] == "boolean" and v["confidence"] == 0.98, v


def test_zero_and_one_are_a_yes_no_flag_at_09():
    v = kind_of([0, 1] * 10)
    assert v["stat_type"] == "boolean" and v["confidence"] == 0.9, v
    assert "yes/no flag" in reason(v)


# -- a few decimal levels (README: "0,1,2,3,4,5.5 count as discrete"; "three to five equally
# spaced levels from 0 or -1 to 1 ... from 30 rows") ------------------------------------------

def test_levels_nearly_all_whole_from_0_or_1_are_discrete_at_06():
    for first in (0, 1):
        v = kind_of(repeated({k: 5 for k in [*range(first, 5), 5.5]}))
        assert v["stat_type"] == "discrete" and v["confidence"] == 0.6, v


def test_levels_nearly_all_whole_from_below_zero_are_a_coarse_quantity():
    v = kind_of(repeated({-1: 5, 0: 5, 1: 5, 2: 5, 3.5: 5}))
    assert v["stat_type"] == "continuous" and v["confidence"] == 0.6, v
    assert "Decimal numbers with only 5 distinct values" in reason(v)


def test_three_equal_steps_from_0_to_1_on_30_rows_are_a_rescaled_scale():
    v = kind_of(repeated({0: 10, 0.5: 10, 1: 10}))
    assert v["stat_type"] == "ordinal" and "from 0 to 1 (0, 0.5, 1)" in reason(v), v
    fewer = kind_of(repeated({0: 10, 0.5: 10, 1: 9}))
    assert fewer["stat_type"] == "continuous", fewer


def test_steps_are_equal_within_a_hundred_thousandth_of_the_first_step():
    # np.allclose's tolerance (1e-8 + 1e-5 of the first step): the second step, shorter by
    # just under that, is equal to the first
    d = 5.01e-6                                  # 1e-8 + 1e-5 * (0.5 + d / 2) is 5.010025e-6
    v = kind_of(repeated({0: 10, 0.5 + d / 2: 10, 1: 10}))
    assert v["stat_type"] == "ordinal" and "equally spaced" in reason(v), v


def test_three_equal_steps_past_1_are_a_quantity():
    v = kind_of(repeated({0: 10, 0.75: 10, 1.5: 10}))
    assert v["stat_type"] == "continuous", v


# -- codes for a missing answer (README: "typed without them, named in the reason") ----------

def test_a_code_lowers_the_confidence_by_a_tenth_rounded_to_two_decimals():
    values = shuffled([-9] + [k % 31 for k in range(99)])
    v = kind_of(values, name="visits")
    assert v["stat_type"] == "discrete", v
    assert "The value -9 (1 of 100 rows), the only one below zero" in reason(v)
    assert v["confidence"] == round(0.75 * 0.9, 2)


def test_a_sentinel_needs_three_digits():
    # 99 far above counts 0-5: two digits make no sentinel (and a scale from 0 takes no
    # survey codes)
    v = kind_of(shuffled([99] + [k % 6 for k in range(59)]))
    assert "far above the rest" not in reason(v), v


def test_a_sentinel_is_ten_times_the_next_value_at_least():
    rest = [k % 96 for k in range(199)]                                # 0 to 95
    at = kind_of(shuffled([999] + rest))
    assert "The value 999 (1 row), far above the rest" in reason(at), at
    past = kind_of(shuffled([999] + [k % 101 for k in range(199)]))     # 0 to 100
    assert "far above the rest" not in reason(past), past


def test_a_sentinel_is_judged_against_every_value_of_the_file_not_the_sample():
    # One row in 50 001 is left out of the sample: it holds 150, so 999 is no sentinel.
    n = SAMPLE_ROWS + 1
    unsampled = sample_order(n)[-1]
    rows = [k % 10 for k in range(n)]
    rows[unsampled], rows[unsampled - 1] = 150, 999
    v = column(profile_rows("v", rows), "v")
    assert "far above the rest" not in reason(v), v


def test_a_column_present_only_on_rows_out_of_the_sample_is_profiled():
    # 300 rows of 50 300 are out of the sample; a column filled only there has >200 values
    n = SAMPLE_ROWS + 300
    cells = [""] * n
    for k, row in enumerate(sorted(sample_order(n)[SAMPLE_ROWS:])):
        cells[row] = str(k % 250 if k < 299 else 999)                # 251 distinct
    p = profile_text("v,w\n" + "\n".join(f"{c},{i % 7}" for i, c in enumerate(cells)) + "\n")
    v = column(p, "v")
    assert v["missing_ratio"] == round(1 - 300 / n, 4) and "far above" not in reason(v), v


def test_a_sentinel_stays_where_the_sample_holds_nothing_else():
    # With nothing sampled beside 999 there is nothing to type the column on without it.
    n = SAMPLE_ROWS + 30
    order = sample_order(n)
    cells = [""] * n
    for k, row in enumerate(sorted(order[SAMPLE_ROWS:])):
        cells[row] = str(1 + k % 20)
    cells[order[0]] = "999"
    p = profile_text("v,w\n" + "\n".join(f"{c},{i % 7}" for i, c in enumerate(cells)) + "\n")
    v = column(p, "v")
    assert v["stat_type"] == "discrete" and "far above" not in reason(v), v


def test_a_sentinel_among_counts_leaves_their_shape_to_decide():
    values = shuffled([999] + [0] * 100 + [1] * 50 + [2] * 25 + list(range(3, 60)))
    v = kind_of(values)
    assert v["stat_type"] == "discrete" and "shape of counts" in reason(v), v
    assert "The value 999 (1 row)" in reason(v)


def test_ids_with_a_sentinel_on_two_rows_are_still_ids():
    values = shuffled(list(range(1, 51)) + [999, 999])
    v = kind_of(values)
    assert v["stat_type"] == "identifier" and "1 to 50, each once" in reason(v), v
    assert "The value 999 (2 rows)" in reason(v)


def test_decimals_with_a_sentinel_stay_decimals():
    # x.75 lies below the whole number it rounds to: no value equals its rounding
    values = shuffled([999] + [k + 0.75 for k in range(40)] * 3)
    v = kind_of(values)
    assert v["stat_type"] == "continuous" and "Decimal numbers" in reason(v), v


def scale_with(codes: dict, scale: dict | None = None) -> dict:
    """A five-point scale heaped in the middle, with these codes past it."""
    return kind_of(repeated((scale or {1: 10, 2: 20, 3: 30, 4: 20, 5: 10}) | codes),
                   name="answer")


@pytest.mark.parametrize("codes", [{7: 2, 8: 2}, {88: 3}, {97: 2, 98: 2}, {99: 3}, {8: 3},
                                   {9: 3}, {99: 1}])
def test_survey_codes_past_a_scale_are_left_out(codes):
    # one code is "the value", on one row "1 row" (not "1 rows")
    v = scale_with(codes)
    shown = ", ".join(map(str, codes))
    rows = sum(codes.values())
    said = (f"The values {shown} ({rows} rows)" if len(codes) > 1 else
            f"The value {shown} ({rows} row{'s' if rows > 1 else ''})")
    assert f"{said}, past the top of the scale" in reason(v), v


@pytest.mark.parametrize("codes", [{7: 3}, {9: 2, 50: 2}, {7: 1, 8: 1, 9: 1, 99: 1}])
def test_other_values_past_a_scale_are_no_survey_codes(codes):
    # one of 8, 9, 88, 98, 99 must be there; every value a survey code; one to three codes
    v = scale_with(codes)
    assert "survey codes" not in reason(v), v


@pytest.mark.parametrize("top", [3, 4])
def test_a_scale_of_three_or_four_steps_takes_survey_codes(top):
    v = scale_with({9: 2}, {k: 10 for k in range(1, top + 1)})
    assert "The value 9 (2 rows)" in reason(v), v


def test_a_scale_of_two_steps_takes_no_survey_codes():
    v = scale_with({9: 2}, {1: 10, 2: 10})
    assert "survey codes" not in reason(v), v


def test_survey_codes_on_a_tenth_of_the_rows_are_left_out():
    v = scale_with({9: 10}, {1: 10, 2: 20, 3: 30, 4: 20, 5: 10})      # 10 of 100 rows
    assert "The value 9 (10 rows)" in reason(v), v


def test_survey_codes_are_looked_for_among_at_most_14_levels():
    codes = {97: 1, 98: 1, 99: 1}
    at = scale_with(codes, {k: 10 for k in range(1, 12)})                # 14 levels
    assert "The values 97, 98, 99 (3 rows)" in reason(at), at
    past = scale_with(codes, {k: 10 for k in range(1, 13)})              # 15 levels
    assert "survey codes" not in reason(past), past


def test_a_low_value_that_is_not_negative_is_no_missing_code():
    v = kind_of(shuffled([7] + [10 + k % 21 for k in range(99)]))
    assert "reads as a code" not in reason(v), v


def test_a_negative_code_is_minus_1_or_repeated_sentinel_digits():
    v = kind_of(shuffled([-2] + [1 + k % 20 for k in range(99)]))
    assert "reads as a code" not in reason(v), v


def test_minus_9_below_values_from_1_is_a_missing_code():
    v = kind_of(shuffled([-9] + [1 + k % 20 for k in range(99)]))
    assert "The value -9 (1 of 100 rows), the only one below zero" in reason(v), v


def test_two_negative_values_are_no_missing_code():
    v = kind_of(shuffled([-9] + [-1] * 10 + [1 + k % 20 for k in range(89)]))
    assert "reads as a code" not in reason(v), v


def test_minus_1_beside_a_single_other_value_is_one_of_two_values():
    v = kind_of(shuffled([-1] + [5] * 59))
    assert v["stat_type"] == "boolean" and "(-1, 5)" in reason(v), v


def test_one_decimal_among_three_whole_levels_is_a_slip_of_entry():
    v = kind_of(shuffled([0.5] + [k % 3 for k in range(1200)]))
    assert "hold a decimal (0.5): a slip of entry" in reason(v), v


def test_one_decimal_between_two_whole_levels_is_a_level():
    v = kind_of(shuffled([0.5] + [k % 2 for k in range(1200)]))
    assert "slip of entry" not in reason(v), v


def test_a_slip_of_entry_names_three_of_its_decimals():
    v = kind_of(shuffled([0.5, 1.5, 2.5, 3.5] + [k % 21 for k in range(4000)]))
    assert "4 of 4,004 rows hold a decimal (0.5, 1.5, 2.5):" in reason(v), v


# -- strings --------------------------------------------------------------------------------

WORDS = ["amber", "basil", "cedar", "delta", "ember", "fjord", "grove", "heron", "indigo",
         "juniper", "kestrel", "lagoon", "meadow", "nectar", "orchid", "prairie", "quartz",
         "raven", "sierra", "tundra", "umber"]


def test_at_most_20_long_phrases_each_on_ten_rows_are_categories():
    phrases = [f"{w} and {w}s" for w in WORDS]
    at = kind_of(shuffled([p for p in phrases[:20] for _ in range(10)]))
    assert at["stat_type"] == "nominal" and "labels are written out" in reason(at), at
    past = kind_of(shuffled([p for p in phrases for _ in range(10)]))
    assert "labels are written out" not in reason(past), past


def test_more_than_50_categories_are_of_high_cardinality():
    names = [a + b for a in "bcdfg" for b in ["ax", "ex", "ix", "ox", "ux", "ay", "ey", "iy",
                                               "oy", "uy", "az"]]
    at = profile_rows("v", shuffled(names[:50] * 2))
    assert column(at, "v")["confidence"] == 0.9 and "50 unordered" in reason(column(at, "v"))
    assert at.facts["high_cardinality"] is False
    past = profile_rows("v", shuffled(names[:51] * 2))
    assert "high cardinality" in reason(column(past, "v")), column(past, "v")
    assert past.facts["high_cardinality"] is True


def test_names_beside_a_key_are_nominal_at_06():
    rng = np.random.default_rng(36)
    names = [f"{w.capitalize()}{i} {rng.choice(['Park', 'Field'])}"
             for i, w in enumerate(rng.choice(["oak", "elm", "river"], 60))]
    names += names[:2]                  # 60 of 62 distinct: past 95 %
    rows = [(f"PK{i:03d}", n) for i, n in enumerate(shuffled(names))]
    v = column(profile_rows("park_id,park_name", rows), "park_name")
    assert v["stat_type"] == "nominal" and "'park_id' already tells" in reason(v), v
    assert v["confidence"] == 0.6


def test_the_same_file_profiled_twice_gives_equal_reasons():
    # a reason of several sentences compares by its sentences, as a single one does
    values = shuffled([-9] + [k % 31 for k in range(99)])
    text = "visits,other\n" + "\n".join(f"{v},{k % 7}" for k, v in enumerate(values)) + "\n"
    first, second = profile_text(text), profile_text(text)
    assert "The value -9" in reason(column(first, "visits"))
    assert [c["reason"] for c in first.columns] == [c["reason"] for c in second.columns]
