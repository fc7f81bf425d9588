"""Behaviour tests written for survivors of the profiler's complete mutation run (commit
4bb3512), second slice of profiling/column_types.py: calendar years and years with 0 for none,
two-digit years, dates written as whole numbers (YYYYMMDD, Unix time, YYYYMM, date ordinals,
spreadsheet serials), codes of brackets, squares, whole numbers that label rows or units, and
the short scales of whole-number codes. Each test profiles a small CSV made here, as a user's
file would be, and checks what the README and the profiler's comments say of it; a boundary
test shows the value exactly at a threshold and the one just past it."""
from __future__ import annotations

import datetime
import itertools
import random

import numpy as np
from profiles import kind_of

from mlwf.ontology.i18n import render


def said(c: dict) -> str:
    """The column's reason as the user reads it."""
    return str(render(c["reason"]))


def verdict(c: dict, stat_type: str) -> None:
    """The column has this type, with a confidence that is a probability: above 0, at most 1."""
    assert c["stat_type"] == stat_type, (c["stat_type"], said(c))
    assert 0 < c["confidence"] <= 1, c["confidence"]


# -- calendar years, 0 for none ------------------------------------------------------------------

def test_three_years_among_zeros_in_a_year_column_are_years_with_zero_for_none():
    """0 stands for no year (not renovated) once at least three rows hold a year; years
    before 1900 keep the other reading of 0 (years since 1900, nothing between) out of it."""
    c = kind_of([0] * 10 + [1850, 1870, 1890], "year_renovated")
    verdict(c, "datetime")
    assert "10 rows hold 0" in said(c)
    assert "from 1850 to 1890" in said(c)


def test_two_years_among_zeros_are_too_few_to_read_zero_as_no_year():
    c = kind_of([0] * 10 + [1850, 1870], "year_renovated")
    assert c["stat_type"] != "datetime"


# -- calendar years, named or on a grid ---------------------------------------------------------

def test_a_year_column_from_exactly_1500_is_calendar_years():
    c = kind_of([1500, 1507, 1511, 1520, 1503, 1515] * 3, "year")
    verdict(c, "datetime")
    assert "named 'year' are calendar years" in said(c)


def test_three_unnamed_values_ten_apart_are_years_on_a_grid():
    """A regular grid of three values is the fewest that shows a step."""
    c = kind_of([1990, 2000, 2010] * 5)
    verdict(c, "datetime")
    assert "regular grid of 3 values 10 apart" in said(c)


def test_amounts_between_1500_and_2100_off_any_grid_and_not_named_year_are_not_years():
    r = random.Random(1)
    c = kind_of([r.randint(1500, 2100) for _ in range(40)], "weight")
    assert c["stat_type"] == "continuous"


# -- two-digit years -----------------------------------------------------------------------------

def test_two_digit_years_from_20_to_99_in_a_year_column_are_years():
    c = kind_of([20, 45, 61, 99, 73, 38] * 3, "year")
    verdict(c, "datetime")
    assert "from 20 to 99" in said(c) and "two digits" in said(c)


def test_two_digit_years_where_the_top_is_a_multiple_of_the_bottom_are_years():
    """40 to 80: the span, not any ratio of the bounds, decides."""
    c = kind_of([40, 52, 61, 80, 73, 45] * 3, "year")
    verdict(c, "datetime")


def test_two_digit_years_three_apart_are_years_and_two_apart_are_not():
    verdict(kind_of([50, 51, 52, 53] * 5, "year"), "datetime")
    assert kind_of([50, 51, 52] * 5, "year")["stat_type"] != "datetime"


def test_whole_numbers_from_19_in_a_year_column_are_not_two_digit_years():
    """Below 20 a number is likelier a count than a year written 2019."""
    assert kind_of([19, 25, 31, 40, 22, 35] * 4, "year")["stat_type"] != "datetime"
    verdict(kind_of([20, 25, 31, 40, 22, 35] * 4, "year"), "datetime")


# -- dates written as whole numbers --------------------------------------------------------------

def test_yyyymmdd_up_to_the_last_day_of_2100_are_dates():
    c = kind_of([20070101, 20080315, 20991130, 21001231] * 3)
    verdict(c, "datetime")
    assert "YYYYMMDD" in said(c)


def test_yyyymm_values_are_months_not_yyyymmdd_dates():
    """Six digits are a year and a month; read as YYYYMMDD, the months 11 and 12 would pass
    for a month and a day (199012 for 1990-01-02), so only those are used here."""
    c = kind_of([199011, 199112, 199511, 200012, 199711, 199912] * 3, "period")
    verdict(c, "datetime")
    assert "YYYYMM " in said(c) and "from 1990-11-01 to 2000-12-01" in said(c)


def test_unix_seconds_up_to_2_pow_31_minus_1_are_times_and_one_more_is_not():
    """The range of Unix time in seconds ends where a signed 32-bit count does (2038-01-19)."""
    c = kind_of([1600000000, 1650000000, 2147483647], "timestamp")
    verdict(c, "datetime")
    assert "seconds since 1970" in said(c) and "from 2020-09-13 to 2038-01-19" in said(c)
    assert kind_of([1600000000, 1650000000, 2147483648], "timestamp")["stat_type"] != "datetime"


def test_unix_milliseconds_from_2000_to_2038_are_times_at_both_ends():
    c = kind_of([946684800000, 1650000000000, 2147483647000], "created_at")
    verdict(c, "datetime")
    assert "milliseconds since 1970" in said(c)
    assert "from 2000-01-01 to 2038-01-19" in said(c)


def test_yyyymm_up_to_december_2100_are_months():
    c = kind_of([199011, 210012, 200512] * 2, "period")
    verdict(c, "datetime")
    assert "from 1990-11-01 to 2100-12-01" in said(c)


def mmddyyyy(day: datetime.date) -> int:
    """A date written MMDDYYYY and stored as a number, its leading zero lost."""
    return int(day.strftime("%m%d%Y"))


def some_days(n: int) -> list[datetime.date]:
    r = random.Random(3)
    days: set[datetime.date] = set()
    while len(days) < n:
        days.add(datetime.date(1990, 1, 1) + datetime.timedelta(days=r.randint(0, 8000)))
    return sorted(days)


def test_twenty_distinct_dates_written_mmddyyyy_are_dates_without_a_name_and_19_are_not():
    """A random amount fits a date format once in a few values: without a name that says
    date, twenty distinct values all fitting are needed."""
    days = some_days(20)
    c = kind_of([mmddyyyy(d) for d in days])
    verdict(c, "datetime")
    assert "MMDDYYYY" in said(c)
    assert kind_of([mmddyyyy(d) for d in days[:19]])["stat_type"] != "datetime"


def test_three_or_four_dates_written_mmddyyyy_in_a_date_column_are_dates():
    days = some_days(4)
    for n in (3, 4):
        c = kind_of([mmddyyyy(d) for d in days[:n]] * 2, "date")
        verdict(c, "datetime")
        assert "MMDDYYYY" in said(c)


def test_a_name_that_says_date_makes_whole_number_dates_surer():
    days = some_days(20)
    named = kind_of([mmddyyyy(d) for d in days], "date")
    unnamed = kind_of([mmddyyyy(d) for d in days])
    verdict(named, "datetime")
    verdict(unnamed, "datetime")
    assert named["confidence"] > unnamed["confidence"]


def test_mmddyy_from_the_first_of_january_2000_are_dates():
    """010100, stored as 10100, is the lowest MMDDYY value."""
    c = kind_of([10100, 20500, 123199, 71504] * 2, "date")
    verdict(c, "datetime")
    assert "MMDDYY " in said(c) and "from 1999-12-31 to 2004-07-15" in said(c)


def test_a_date_in_2101_written_mmddyyyy_takes_the_column_out_of_that_format():
    days = some_days(5)
    assert kind_of([mmddyyyy(d) for d in days] + [12312101], "date")["stat_type"] != "datetime"


def test_date_ordinals_from_1900_01_01_to_2100_12_31_in_a_date_column_are_dates():
    lo, hi = datetime.date(1900, 1, 1).toordinal(), datetime.date(2100, 12, 31).toordinal()
    c = kind_of([lo, datetime.date(2023, 1, 1).toordinal(), hi] * 2, "date")
    verdict(c, "datetime")
    assert "date ordinals" in said(c) and "1900-01-01 to 2100-12-31" in said(c)


def test_day_numbers_one_past_2100_as_ordinals_or_spreadsheet_serials_are_not_dates():
    past = datetime.date(2101, 1, 1).toordinal()
    assert kind_of([738521, 740000, past] * 2, "date")["stat_type"] != "datetime"
    assert kind_of([43831, 44000, 80001] * 2, "date")["stat_type"] != "datetime"


def test_spreadsheet_serials_from_20000_to_80000_are_dates_first_to_last():
    c = kind_of([20000, 43831, 80000] * 2, "date")
    verdict(c, "datetime")
    assert "serial dates" in said(c) and "1954-10-03 to 2119-01-11" in said(c)


# -- brackets of money, squares ------------------------------------------------------------------

def shuffled(values: list, seed: int = 4) -> list:
    """The values in a random order (seeded): no run down the rows for a rule to read."""
    values = list(values)
    random.Random(seed).shuffle(values)
    return values


def test_income_coded_0_to_12_is_ordered_brackets():
    c = kind_of(shuffled(list(range(0, 13)) * 2), "income")
    verdict(c, "ordinal")
    assert "code of its bracket" in said(c)


def test_income_coded_1_to_25_every_step_used_is_ordered_brackets_and_1_to_26_is_not():
    """At most 25 brackets (a survey's income question has some twenty); an odd count of
    levels from 1 is as good as an even one."""
    c = kind_of(shuffled(list(range(1, 26)) * 2), "income")
    verdict(c, "ordinal")
    assert "from 1 to 25" in said(c) and "bracket" in said(c)
    assert "bracket" not in said(kind_of(shuffled(list(range(1, 27)) * 2), "income"))


def test_squares_of_0_to_10_are_an_amount_squared():
    """From 0 and up to exactly 100: the squares rule's lowest top value."""
    c = kind_of([i * i for i in range(11)] * 2)
    verdict(c, "discrete")
    assert "square of a whole number" in said(c)
    assert "the squares of 0 to 10" in said(c)


def test_squares_below_100_are_read_by_the_other_rules():
    """0 to 81: too few to tell squares from small counts."""
    assert "square" not in said(kind_of([i * i for i in range(10)] * 2))


# -- whole numbers that label rows or units ------------------------------------------------------

def test_three_distinct_whole_numbers_named_id_are_keys():
    c = kind_of([7, 3, 9], "id")
    verdict(c, "identifier")
    assert "marks a key" in said(c)


def test_ten_rows_counting_one_by_one_are_a_row_number():
    c = kind_of(list(range(1, 11)))
    verdict(c, "identifier")
    assert "row number" in said(c)


def smooth_rise(steps: list[int], start: int = 1000) -> list[int]:
    return list(itertools.accumulate([start] + steps))


def test_twenty_values_rising_in_smoothly_changing_steps_are_a_quantity():
    """Steps of 10, then of 12: each step like the one before it, as a running total grows."""
    c = kind_of(smooth_rise([10] * 10 + [12] * 9))
    verdict(c, "continuous")
    assert "smoothly" in said(c)


def test_thirty_values_rising_in_smoothly_changing_steps_are_a_quantity():
    c = kind_of(smooth_rise([10] * 10 + [12] * 10 + [14] * 9))
    verdict(c, "continuous")
    assert "smoothly" in said(c)


def test_rising_steps_whose_spread_is_exactly_one_still_grow_smoothly():
    """Steps of 10 and of 12 in equal numbers spread by exactly 1 around their mean."""
    c = kind_of(smooth_rise([10] * 10 + [12] * 10))
    verdict(c, "continuous")
    assert "smoothly" in said(c)


def test_distinct_values_rising_in_independent_steps_are_row_labels():
    r = random.Random(5)
    c = kind_of(list(itertools.accumulate([100] + [r.choice([1, 7, 30, 2]) for _ in range(24)])))
    verdict(c, "identifier")
    assert "rise row by row, like a row number" in said(c)


def test_twenty_shuffled_whole_numbers_each_once_label_rows_and_nineteen_do_not():
    c = kind_of(shuffled(list(range(1, 21)), 2))
    verdict(c, "identifier")
    assert "each once, in no particular order" in said(c)
    assert kind_of(shuffled(list(range(1, 20)), 2))["stat_type"] != "identifier"


def test_units_named_so_each_in_one_block_of_rows_are_ids():
    c = kind_of([u for u in (11, 12, 13, 14, 15) for _ in range(3)], "patient")
    verdict(c, "identifier")
    assert "single block of rows (3.0 rows on average)" in said(c)


def test_a_few_ids_scattered_over_the_rows_are_codes_of_categories():
    """At most ten ids: codes of unordered categories, not the ids of units."""
    c = kind_of(shuffled([11, 12, 13, 14, 15] * 3), "patient_id")
    verdict(c, "nominal")
    assert "as ids are" in said(c)


def test_many_ids_scattered_over_the_rows_several_rows_each_are_ids_of_units():
    c = kind_of(shuffled(list(range(101, 115)) * 3), "patient_id")
    verdict(c, "identifier")
    assert "3.0 rows each on average and scattered" in said(c)


def test_keys_with_one_entered_twice_are_keys_not_units_with_several_rows():
    # every other number: keys that fill their span are read as a numbering first
    c = kind_of(shuffled(list(range(100, 178, 2)) + [106]), "user_id")
    verdict(c, "identifier")
    assert "a few of them repeated" in said(c)


def test_twenty_keys_one_entered_twice_are_keys():
    c = kind_of(shuffled(list(range(100, 138, 2)) + [106]), "userKey")
    verdict(c, "identifier")
    assert "a few of them repeated" in said(c)


def test_user_ids_with_999_for_unknown_and_a_few_entered_twice_are_keys():
    """The rows of 999 split the runs of ids but are no ids: the ids stay keys, a few of
    them repeated, rather than units with several rows each."""
    ids = shuffled(list(range(1, 100)) + [10, 30, 50, 70], 7)
    values = []
    for i, v in enumerate(ids):
        values.append(v)
        if i % 20 == 10:
            values.append(999)
    c = kind_of(values, "user_id")
    verdict(c, "identifier")
    assert "99 distinct whole numbers in 103 rows" in said(c)
    assert "a few of them repeated" in said(c) and "999 (5 rows)" in said(c)


def test_numbering_restarted_for_a_few_rows_only_is_no_numbering_within_groups():
    """1 to 20, then 1 to 5: each value on 1.25 rows on average, too few repeats to read
    groups; 1 to 20 then 1 to 10 (1.5 each) are numbers of rows within groups."""
    assert kind_of(list(range(1, 21)) + list(range(1, 6)))["stat_type"] != "identifier"
    c = kind_of(list(range(1, 21)) + list(range(1, 11)))
    verdict(c, "identifier")
    assert "numbers of rows within groups" in said(c)


def test_numbering_restarted_in_groups_of_twelve_twelve_and_six_is_rows_within_groups():
    c = kind_of(list(range(1, 13)) * 2 + list(range(1, 7)))
    verdict(c, "identifier")
    assert "numbers of rows within groups" in said(c)


def test_ids_each_in_a_block_of_two_rows_are_units_of_grouped_data_not_numbering():
    c = kind_of([u for u in range(1, 21) for _ in range(2)])
    verdict(c, "identifier")
    assert "repeated over 2.0 rows on average" in said(c) and "single block" in said(c)


def test_forty_ids_in_blocks_of_unequal_sizes_are_units_of_grouped_data():
    """Thirty units or more make grouped data even when the groups differ in size."""
    r = random.Random(8)
    c = kind_of([u for u in range(1, 41) for _ in range(r.choice([2, 2, 2, 6]))])
    verdict(c, "identifier")
    assert "40 whole numbers, each repeated over 3.5 rows" in said(c)


def test_few_ids_scattered_over_a_range_in_equal_numbers_are_units():
    r = random.Random(9)
    c = kind_of(shuffled(sorted(r.sample(range(1, 61), 15)) * 3))
    verdict(c, "identifier")
    assert "scattered over 1 to 60, each repeated about 3 times" in said(c)


SIZES = [1] * 6 + [2] * 4 + [5] * 2     # twelve codes on 24 rows, not in equal numbers


def repeated(values: list[int], sizes: list[int] = SIZES) -> list[int]:
    return shuffled([v for v, k in zip(values, sizes, strict=True) for _ in range(k)])


def test_codes_of_four_digits_far_apart_and_repeated_are_nominal():
    c = kind_of(repeated([1000, 1013, 1500, 2001, 2468, 3107, 4550, 5002, 6781, 7003, 8421,
                          9999]))
    verdict(c, "nominal")
    assert "12 whole numbers of one width" in said(c)


def test_codes_of_three_and_four_digits_are_not_codes_of_one_width():
    c = kind_of(repeated([100, 113, 500, 801, 968, 1107, 4550, 5002, 6781, 7003, 8421, 9999]))
    assert "of one width" not in said(c)


def test_twelve_values_over_a_span_of_sixty_are_too_dense_for_codes_of_one_width():
    """Codes are scattered: under one value in five of their span used; exactly one in five
    is not."""
    c = kind_of(repeated([1000, 1003, 1010, 1017, 1022, 1029, 1031, 1040, 1046, 1051, 1055,
                          1059]))
    assert "of one width" not in said(c)


def test_rising_values_whose_steps_follow_each_other_at_exactly_the_threshold_are_a_quantity():
    """Steps correlated with the next step by 0.5 exactly, the least that reads as smooth
    growth (steps found by a seeded search; the premise is checked here)."""
    steps = [1, 1, 1, 2, 3, 5, 2, 5, 5, 5, 3, 5, 5, 3, 3, 3, 2, 1, 3, 2, 1]
    a = np.array(steps, dtype=float)
    assert float(np.corrcoef(a[:-1], a[1:])[0, 1]) == 0.5
    c = kind_of(smooth_rise(steps))
    verdict(c, "continuous")
    assert "smoothly" in said(c)


# -- a few whole numbers within a short span -----------------------------------------------------

def at_levels(counts: list[int], levels: list[int] | None = None) -> list[int]:
    """Rows holding each level that many times (levels 0, 1, 2, ... unless given), shuffled."""
    levels = levels if levels is not None else list(range(len(counts)))
    return shuffled([v for v, k in zip(levels, counts, strict=True) for _ in range(k)])


def test_quartiles_named_so_are_an_ordered_scale():
    c = kind_of(at_levels([5, 5, 5, 5], [1, 2, 3, 4]), "income_quartile")
    verdict(c, "ordinal")
    assert "quantile groups" in said(c)


def test_sites_numbered_one_to_five_are_codes_of_places():
    c = kind_of(at_levels([5, 5, 5, 5, 5], [1, 2, 3, 4, 5]), "site")
    verdict(c, "nominal")
    assert "places or sites" in said(c)


def test_a_compound_name_ending_in_a_plural_counts_things_from_1_too():
    """'c_class_flares' are flares, whether the count starts at 0 or at 1."""
    for levels in ([0, 1, 2, 3], [1, 2, 3, 4]):
        c = kind_of(at_levels([5, 5, 5, 5], levels), "c_class_flares")
        verdict(c, "discrete")
        assert "ends in a plural" in said(c)


def test_a_total_or_a_plural_from_0_counts_things():
    counts = [9, 6, 3, 3, 3, 3]
    c = kind_of(at_levels(counts), "totchildren")
    verdict(c, "discrete")
    assert "named as a total" in said(c)
    c = kind_of(at_levels(counts), "baths")
    verdict(c, "discrete")
    assert "named in the plural" in said(c)


def test_a_total_or_a_plural_with_negative_levels_is_no_count():
    """A count is never below 0: -1 on an eighth of the rows is a level, not a code for
    missing, and -2 neither; the name does not make them counts."""
    for low in (-1, -2):
        levels = [low, 0, 1, 2, 3, 4, 5]
        for name in ("totchildren", "baths"):
            c = kind_of(at_levels([3, 3, 6, 3, 3, 3, 3], levels), name)
            assert c["stat_type"] != "discrete", (name, low, said(c))


def test_equal_groups_at_levels_with_gaps_are_settings_of_a_design():
    """Four levels or more, with gaps, in groups of nearly (not exactly) equal size."""
    c = kind_of(at_levels([10, 11, 10, 9], [0, 1, 3, 6]))
    verdict(c, "discrete")
    assert "chosen by a design" in said(c)


def test_three_equal_groups_at_levels_with_gaps_are_codes_not_settings():
    c = kind_of(at_levels([10, 10, 11], [0, 2, 5]))
    verdict(c, "nominal")
    assert "groups of nearly equal size" in said(c)


def test_four_equal_groups_at_levels_one_after_another_are_codes():
    c = kind_of(at_levels([5, 5, 5, 5]))
    verdict(c, "nominal")
    assert "as the arms of a design" in said(c)


def test_three_levels_each_with_fewer_rows_than_the_one_below_are_counts():
    c = kind_of(at_levels([50, 30, 10]))
    verdict(c, "discrete")
    assert "most rows at 0 and fewer at each step up" in said(c)


def test_a_step_up_from_1_row_to_5_is_within_a_counts_noise():
    """The noise allowed a count over the one below it, c: 1.5 c + 2 sqrt(c) + 2, that is
    5.5 rows after a level of one row."""
    c = kind_of(at_levels([100, 90, 80, 1, 5]))
    verdict(c, "discrete")
    assert "most rows at 0 and fewer at each step up" in said(c)


def test_a_step_up_past_a_counts_noise_is_no_count_of_events():
    """6 rows after a level of 1 (over 5.5), and 13 after a level of 4 (over 12), rise
    beyond the noise of a count."""
    for counts in ([100, 90, 80, 1, 6], [100, 95, 90, 4, 13]):
        c = kind_of(at_levels(counts))
        assert "fewer at each step up" not in said(c), counts


def test_a_level_skipped_after_the_first_or_before_the_last_makes_counts():
    for levels, skipped in (([0, 2, 3, 4], "skip 1 "), ([0, 1, 2, 4], "skip 3 ")):
        c = kind_of(at_levels([10, 40, 30, 25], levels))
        verdict(c, "discrete")
        assert skipped in said(c)


def test_a_skipped_level_counts_from_a_hundred_rows_and_not_at_99():
    c = kind_of(at_levels([10, 40, 30, 20], [0, 1, 2, 4]))
    verdict(c, "discrete")
    assert "skip 3 " in said(c)
    assert "skip" not in said(kind_of(at_levels([10, 40, 30, 19], [0, 1, 2, 4])))
