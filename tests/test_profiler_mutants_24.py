"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked in column_types.py, batch 1: the range of a date part, codes for missing at the top
of a column and past a survey scale, stray decimals, small integer levels, years and calendar
dates written as numbers, squares, numberings of rows and ids with repeats. Each test states a
rule the profiler's docstrings or reasons give, on a file made here, and was seen to fail with
its mutant put in."""
from __future__ import annotations

from profiles import column, kind_of, profile_rows, profile_text, reason, sample_order, shuffled

from mlwf.profiling.profile import SAMPLE_ROWS

# -- date parts (column_types.DATE_PARTS: a weekday runs 0 to 7) ------------------------------

def test_a_weekday_past_7_is_no_weekday():
    # 0 to 8: one past the top of a weekday's range, a count from a start and not a cycle
    v = kind_of(shuffled(list(range(9)) * 5), name="weekday")
    assert v["stat_type"] == "discrete" and "go past the range" in reason(v), v
    assert v["confidence"] == 0.55, v


def test_days_cut_off_at_31_are_times_until_an_event_at_055():
    # a third of the rows at 31, the top of a day's range: a follow-up cut off there
    v = kind_of(shuffled(list(range(1, 21)) * 2 + [31] * 20), name="day")
    assert v["stat_type"] == "discrete" and "cut off at the end of a follow-up" in reason(v), v
    assert v["confidence"] == 0.55, v


# -- a code for missing at the top (column_types._without_sentinel: "up to the digits a 32-bit
# float keeps") --------------------------------------------------------------------------------

def test_a_top_within_a_millionth_of_999999_is_the_code_999999():
    # 999998.7 is 0.3 below 999999, within its millionth (about 1): the code as a float keeps it
    v = kind_of(shuffled([k % 20 + 1 for k in range(60)] + [999998.7]), name="visits")
    assert v["stat_type"] == "discrete", v
    assert "The value 999999 (1 row), far above the rest, reads as a code" in reason(v), v


# -- a stray decimal (column_types._without_stray_decimals: "at most one row in a thousand") --

def test_one_decimal_in_a_thousand_rows_is_a_slip_of_entry():
    # 999 counts and one 0.1: exactly one row in a thousand, the most the rule allows
    v = kind_of(shuffled([k % 56 for k in range(999)] + [0.1]), name="visits")
    assert "Among whole numbers, 1 of 1,000 rows hold a decimal (0.1)" in reason(v), v


# -- a code dropped counts the rows again (column_types._drop: runs and order without it) -----

def test_ids_split_over_two_blocks_stay_scattered_once_a_code_is_dropped():
    # 20 ids in blocks of two, then ids 1 and 2 again: 22 runs, one past 1.05 x 20, so the ids
    # are scattered; the code 999 in the middle is dropped before the runs are counted
    vals = [k for k in range(1, 21) for _ in range(2)] + [1, 2]
    vals.insert(10, 999)
    v = kind_of(vals, name="unit_id")
    assert v["stat_type"] == "identifier" and "scattered over the rows" in reason(v), v
    assert "The value 999 (1 row)" in reason(v), v


def test_distinct_numbers_rising_by_ones_and_more_rise_row_by_row_once_a_code_is_dropped():
    # steps of 1 among steps of 2 to 4: rising at every row, steps of exactly 1 included
    steps = [1, 2, 1, 3, 1, 1, 4, 2, 1, 3] * 3
    vals = [10]
    for s in steps:
        vals.append(vals[-1] + s)
    vals.insert(15, 9999)
    v = kind_of(vals)
    assert v["stat_type"] == "identifier" and "rise row by row" in reason(v), v


# -- the shape of counts (column_types._numeric: skewed whole numbers from 0, or from 1 with
# at most COUNT_VALUES distinct values) ------------------------------------------------------

SKEWED = [1] * 40 + [2] * 20 + [3] * 10 + list(range(4, 30)) + [150, 300, 600]


def test_skewed_whole_numbers_from_1_with_few_values_have_the_shape_of_counts():
    # 32 distinct values from 1, well under the 100 the rule allows, most of them small
    v = kind_of(shuffled(SKEWED))
    assert v["stat_type"] == "discrete" and "have the shape of counts" in reason(v), v


def test_skewed_whole_numbers_from_2_have_no_shape_of_counts():
    # the same values moved up by one: counts of events start at 0 or 1, not 2
    v = kind_of(shuffled([x + 1 for x in SKEWED]))
    assert v["stat_type"] == "continuous" and "have the shape of counts" not in reason(v), v


def test_whole_numbers_from_minus_1_are_not_on_a_scale_from_0():
    # -1 to 40 on two rows each: -1 is no code (on 2 % of the rows or more), and a bounded
    # scale of scores or counts starts at 0
    v = kind_of(shuffled(list(range(-1, 41)) * 2))
    assert v["stat_type"] == "continuous" and "within 0 to 100" not in reason(v), v


# -- few levels (column_types._numeric: at most SMALL_LEVELS levels, whole numbers but one) ---

def test_ten_levels_whole_but_the_top_are_counts_with_a_top_class():
    # 0 to 8 and 9.5: ten levels, the most SMALL_LEVELS allows
    v = kind_of(shuffled((list(range(9)) + [9.5]) * 4))
    assert v["stat_type"] == "discrete" and "10 levels, all whole numbers but 1" in reason(v), v


def test_equally_spaced_levels_ending_at_1_are_a_rescaled_scale_at_06():
    # 0 to 1 in quarters: five levels equally spaced, the top at 1
    v = kind_of(shuffled([0, 0.25, 0.5, 0.75, 1] * 8))
    assert v["stat_type"] == "ordinal" and "rescaled to end at 1" in reason(v), v
    assert v["confidence"] == 0.6, v


# -- years with a fraction (column_types._decimal_years: 1000 <= first < last <= 2200) -------

def test_months_from_the_year_1000_are_a_time_axis_at_07():
    # the first value is 1000 itself, the lowest year the rule takes
    v = kind_of([1000 + k / 12 for k in range(12)])
    assert v["stat_type"] == "datetime" and "rising by one month" in reason(v), v
    assert v["confidence"] == 0.7, v


def test_months_before_the_year_1000_are_no_time_axis():
    # 999 and its months: just below the lowest year the rule takes
    v = kind_of([999 + k / 12 for k in range(12)])
    assert v["stat_type"] == "continuous" and "rising by one month" not in reason(v), v


def test_months_up_to_the_year_2200_are_a_time_axis():
    # the last value is 2200 itself, the highest year the rule takes
    v = kind_of([2199 + k / 12 for k in range(13)])
    assert v["stat_type"] == "datetime" and "from 2199 to 2200, rising by one month" in reason(v), v


def test_quarters_under_the_name_year_are_a_time_axis():
    # quarters need a name that says time; "year" says it as well as "t" or "date"
    v = kind_of([1949 + k / 4 for k in range(12)], name="year")
    assert v["stat_type"] == "datetime" and "rising by one quarter" in reason(v), v


def test_months_from_half_a_year_are_on_the_grid_of_months():
    # from 2000.5: the grid is counted from the first value (2000.5 + 1/12 is a month on)
    v = kind_of([2000.5 + k / 12 for k in range(12)])
    assert v["stat_type"] == "datetime" and "rising by one month" in reason(v), v


def test_eight_months_of_nine_are_too_few_for_a_time_axis():
    # nine months with the fifth left out: 8 values, under 0.9 x 9 = 8.1
    v = kind_of([2000 + k / 12 for k in range(9) if k != 4])
    assert v["stat_type"] == "continuous" and "rising by one month" not in reason(v), v


# -- Julian dates (column_types._julian_days: MJD up to 100 000) -------------------------------

def test_a_julian_date_of_100000_is_still_a_date():
    # MJD 99 990 to 100 000: the top is the highest MJD the rule takes (in 2132)
    v = kind_of(list(range(99990, 100001)), name="mjd")
    assert v["stat_type"] == "datetime" and "are Julian dates" in reason(v), v


# -- 0 or a calendar year (column_types._calendar: two years at least, from 1900) -------------

def test_zero_or_two_years_since_1900_is_the_year_something_happened():
    # two distinct years, the fewest the rule takes
    v = kind_of(shuffled([0] * 10 + [1990] * 5 + [2005] * 5))
    assert v["stat_type"] == "datetime" and "0 or a calendar year (1990 to 2005)" in reason(v), v


def test_zero_or_years_from_1899_are_no_years_something_happened():
    # 1899 is a year before 1900, where the rule starts: counts could hold it
    v = kind_of(shuffled([0] * 10 + [1899] * 3 + [1950] * 5 + [2005] * 5))
    assert v["stat_type"] == "discrete" and "calendar year" not in reason(v), v


def test_years_named_so_from_1499_are_no_calendar_years():
    # 1499 is a year before 1500, the lowest the rule takes; the years of a long record,
    # reaching back before 1500, are read by the rule after it, which says so
    v = kind_of(shuffled(list(range(1499, 1530))), name="year")
    assert "are calendar years." not in reason(v), v
    assert "of a long record" in reason(v), v


def test_two_digit_years_across_2000_start_at_50():
    # 50 is the first value of the run up to 99 (1950), not a year from the run after 00
    v = kind_of(shuffled(list(range(0, 6)) * 2 + list(range(50, 100))), name="year")
    assert v["stat_type"] == "datetime" and "from 50 to 99 and from 0 to 5" in reason(v), v
    assert "from 1950 to 2005" in reason(v), v


# -- dates as whole numbers (column_types._integer_dates: YYYYMM from 150001) ----------------

def test_months_written_yyyymm_from_january_1500_are_dates():
    # 150001 is January 1500, the lowest YYYYMM the rule takes
    v = kind_of([150001 + k for k in range(12)], name="yyyymm")
    assert v["stat_type"] == "datetime" and "a date written YYYYMM" in reason(v), v


def test_months_written_yyyymm_from_before_1500_are_no_dates():
    # the first value, October 1499, is below 150001, though the last ones are above it
    v = kind_of([149910, 149911, 149912, 150001, 150002, 150003], name="yyyymm")
    assert v["stat_type"] != "datetime" and "YYYYMM" not in reason(v), v


# -- numberings with a slip (column_types._whole_number_labels: max(1, n // 50) repeats or
# gaps) ---------------------------------------------------------------------------------------

def test_two_repeats_in_40_numbers_are_no_numbering():
    # 1 to 38 and two of them again: 40 rows allow one slip (40 // 50 is 0, so 1)
    v = kind_of(shuffled(list(range(1, 39)) + [5, 17]))
    assert "a numbering of rows" not in reason(v), v


def test_two_repeats_in_98_numbers_are_no_numbering():
    # 98 rows: 98 // 50 is 1 slip, where 98 // 49 would allow two
    v = kind_of(shuffled(list(range(1, 97)) + [5, 17]))
    assert "a numbering of rows" not in reason(v), v


def test_one_repeat_and_one_gap_in_40_numbers_are_a_numbering():
    # 1 to 40 without 20 and with 5 twice: one repeat and one gap, each the one slip allowed
    v = kind_of(shuffled([k for k in range(1, 41) if k != 20] + [5]))
    assert v["stat_type"] == "identifier" and "a numbering of rows" in reason(v), v


# -- ids that repeat (column_types._whole_number_labels) --------------------------------------

def test_category_ids_give_their_repeats_with_one_decimal():
    # 50 rows over 20 type ids: 2.5 rows each, a half the reason keeps
    v = kind_of(shuffled(list(range(1, 21)) * 2 + list(range(1, 11))), name="type_id")
    assert v["stat_type"] == "nominal" and "2.5 rows each on average" in reason(v), v


def test_keys_with_a_repeat_in_19_rows_are_too_few_to_be_keys():
    # 18 keys in 19 rows: the rule on repeated keys takes 20 rows or more
    v = kind_of(shuffled([3 * k for k in range(1, 19)] + [6]), name="studyKey")
    assert "keys, a few of them repeated" not in reason(v), v


def test_ten_values_counting_1_to_10_three_times_are_no_numbering_within_groups():
    # ten distinct values, SMALL_LEVELS itself: codes or levels, not numbers of rows
    v = kind_of([k for k in range(1, 11)] * 3)
    assert "numbers of rows within groups" not in reason(v), v


def test_counting_with_three_restarts_in_25_rows_is_no_numbering_within_groups():
    # 1 to 13, then 1 to 4 three times: 3 restarts in 24 steps, past a tenth of them
    v = kind_of(list(range(1, 14)) + list(range(1, 5)) * 3)
    assert "numbers of rows within groups" not in reason(v), v


# -- what the sample leaves out (profile.SAMPLE_ROWS rows are sampled; a longer file keeps
# some rows out) -------------------------------------------------------------------------------

def test_labels_only_out_of_the_sample_beside_a_key_stay_labels():
    # the 60 rows out of the sample of 50 060 hold 58 labels: nothing sampled to count words
    # on, so nothing says they are names of several words the rows share
    n = SAMPLE_ROWS + 60
    cells = [""] * n
    for k, row in enumerate(sorted(sample_order(n)[SAMPLE_ROWS:])):
        cells[row] = f"L{k % 58}x"
    p = profile_text("id,label\n" + "\n".join(f"{i},{c}" for i, c in enumerate(cells)) + "\n")
    assert column(p, "id")["stat_type"] == "identifier", column(p, "id")
    v = column(p, "label")
    assert v["stat_type"] == "identifier" and "Nearly every value is distinct" in reason(v), v


def test_years_or_0_with_a_negative_value_out_of_the_sample_are_no_years():
    # the one row out of the sample holds -3: the column's lowest value is below 0, so it is
    # not "0 for no year", though the sample holds only 0 and years
    n = SAMPLE_ROWS + 1
    rows = [0 if k % 3 else 1990 + k % 21 for k in range(n)]
    rows[sample_order(n)[-1]] = -3
    v = column(profile_rows("year_renovated", rows), "year_renovated")
    assert v["stat_type"] != "datetime" and "for no year" not in reason(v), v
