"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked, column_types.py, batch h5: the confidence some verdicts state (a thing's number,
levels rescaled to end at 1, a clock past its unit, 0 to 7, the steps of a rank), figures and
levels a reason gives, the ranges of the parts of a date, names beside a key, a column counted
again without its code for a missing value, years with a fraction, years and integer dates,
squares, row numbers, catalogue numbers with a slip, panel ids, codes of one width and the
shapes of counts over a few levels. Each test states a rule the README or the profiler's
docstrings give, on a file made here, and was seen to fail with its mutant put in."""
from __future__ import annotations

import itertools
import warnings

from profiles import column, kind_of, names_with_digits, profile_rows, reason, repeated, shuffled

# -- the confidence a verdict states (column_types._numeric) ----------------------------------

def test_the_number_a_thing_goes_by_is_nominal_at_confidence_0_6():
    # a shirt's number: 10 distinct whole numbers under "jersey_number", read by its name alone
    v = kind_of([3, 7, 12, 5, 9, 23, 3, 7, 14, 2, 8, 10], "jersey_number")
    assert v["stat_type"] == "nominal" and "numbers things go by" in reason(v), v
    assert v["confidence"] == 0.6, v


def test_levels_rescaled_to_end_at_1_are_ordinal_at_confidence_0_6():
    # five equally spaced levels 0 to 1 on 40 rows (30 are needed): a scale, not a quantity
    v = kind_of(shuffled([0, 0.25, 0.5, 0.75, 1] * 8))
    assert v["stat_type"] == "ordinal" and "rescaled to end at 1" in reason(v), v
    assert v["confidence"] == 0.6, v


def test_a_clock_that_runs_past_its_unit_is_discrete_at_confidence_0_55():
    # the minute of a match, 0 to 93 in no order: past 59, a time counted from a start
    v = kind_of(shuffled(list(range(0, 94)) + list(range(0, 94, 3))), "minute")
    assert v["stat_type"] == "discrete" and "go past the range" in reason(v), v
    assert v["confidence"] == 0.55, v


def test_every_number_from_0_to_7_is_discrete_at_confidence_0_55():
    # the days of a week one did something, rows at each level not falling from 0
    v = kind_of(repeated({0: 20, 1: 35, 2: 28, 3: 40, 4: 25, 5: 30, 6: 22, 7: 33}))
    assert v["stat_type"] == "discrete" and "every number from 0 to 7" in reason(v), v
    assert v["confidence"] == 0.55, v


def test_the_numbered_steps_of_a_rank_are_ordinal_at_confidence_0_75():
    # "Stage 1" to "Stage 3": a word for a rank, then the steps in order
    v = kind_of(shuffled(["Stage 1", "Stage 2", "Stage 3"] * 5))
    assert v["stat_type"] == "ordinal" and "steps of a rank" in reason(v), v
    assert v["confidence"] == 0.75, v


# -- the figures and levels a reason gives ---------------------------------------------------

def test_the_rows_per_category_id_are_given_to_one_decimal():
    # 13 ids over 40 rows in no blocks: 3.08 rows each, written 3.1 (two decimals: 3.08)
    v = kind_of(shuffled([i % 13 + 100 for i in range(40)]), "country_id")
    assert v["stat_type"] == "nominal", v
    assert "3.1 rows each on average" in reason(v), v


def test_the_answers_beside_a_scale_named_are_the_ones_off_it():
    # low < medium < high beside "don't know": the reason names that one, not the scale's
    v = kind_of(shuffled(["low", "medium", "high", "don't know"] * 5))
    assert v["stat_type"] == "ordinal", v
    assert reason(v).endswith("no point on it (don't know)."), v


# -- the parts of a date and their ranges (column_types.DATE_PARTS) ---------------------------

def test_a_minute_of_60_goes_past_the_minute_of_a_date():
    # 0 to 60: one past the last minute of an hour (59), a clock that runs on
    v = kind_of(shuffled(list(range(0, 61))), "minute")
    assert v["stat_type"] == "discrete" and "go past the range" in reason(v), v


def test_an_hour_of_25_goes_past_the_hour_of_a_date():
    # 0 to 25: one past 24, the last hour a clock writes, a time counted from a start
    v = kind_of(shuffled(list(range(0, 26))), "hour")
    assert v["stat_type"] == "discrete" and "go past the range" in reason(v), v


def test_a_quarter_of_minus_1_is_below_the_code_for_unknown():
    # quarters run 1 to 4 and one below (0) codes unknown; -1 is two below: not the quarter
    # of a date
    v = kind_of(shuffled([-1, 1, 2, 3, 4] * 4), "quarter")
    assert "quarter of a date" not in reason(v), v


# -- names beside a key (column_types.classify_table) -----------------------------------------

def test_a_key_is_a_column_typed_identifier_not_any_distinct_column_named_so():
    # "item_code" is named as a key and tells every row apart, but its decimals are codes of
    # a hierarchy (8.5 under 8), not typed identifier: no key of the table, so the names stay
    # the rows' labels
    p = profile_rows("item_code,name", [(f"{0.5 + i * 1.37:.2f}", v)
                                        for i, v in enumerate(names_with_digits())])
    assert column(p, "item_code")["stat_type"] == "nominal"
    v = column(p, "name")
    assert v["stat_type"] == "identifier" and "already tells the rows apart" not in reason(v), v


def test_names_beside_two_keys_name_the_first_key():
    # "id" and "row_id" both tell the rows apart: the reason names the first of them
    p = profile_rows("id,row_id,name", [(i + 1, 1000 + 3 * i, v)
                                        for i, v in enumerate(names_with_digits())])
    v = column(p, "name")
    assert v["stat_type"] == "nominal" and "while 'id' already tells the rows apart" in reason(v), v


def test_names_in_words_alone_are_counted_over_the_first_5000_values_only():
    # 4750 of the first 5000 names in words alone (0.95, the least the rule takes), then a
    # 5001st with digits: counted too, it would bring the share under 0.95
    syllables = ["ka", "lo", "mi", "ran", "tu", "sel", "vo", "ne", "dar", "po", "li", "gu", "be",
                 "so", "fi", "ra", "te", "mo", "zu", "ha"]
    words = list(dict.fromkeys("".join(s).capitalize()
                               for s in itertools.product(syllables, repeat=3)))[:4740]
    coded = [f"B-{k}" for k in range(250)]
    names = shuffled(words[:4739] + words[:10] + coded, seed=3) + [words[4739], "B-250"]
    p = profile_rows("id,name", [(i + 1, v) for i, v in enumerate(names)])
    v = column(p, "name")
    assert v["stat_type"] == "nominal" and "'id' already tells the rows apart" in reason(v), v


# -- a column without its code for a missing value (column_types._drop) ----------------------

def test_ids_in_blocks_with_a_code_inside_one_block_are_counted_again_without_it():
    # 5 ids in blocks of 60 rows, and a 999 in the middle of the third: 301 rows, past the
    # small numbers Python keeps once, so the sample's length is another object than the
    # count of present rows though equal to it. Without the code, 5 blocks again.
    vals = [k for k in range(1, 6) for _ in range(60)]
    vals.insert(150, 999)
    v = kind_of(vals, "subject_id")
    assert v["stat_type"] == "identifier" and "each in a single block of rows" in reason(v), v


def test_decimals_left_after_a_code_is_dropped_are_not_whole_numbers():
    # decimals with a fraction under one half (1.1, 2.2, 3.3, 4.0, ...) beside a 9999: each
    # is above its rounding, but none but the .0 ones is a whole number
    vals = shuffled([f"{i + (i % 4) / 10:.1f}" for i in range(1, 40)] + ["9999"])
    v = kind_of(vals)
    assert v["stat_type"] == "continuous" and reason(v).startswith("Decimal numbers"), v


def quietly(values: list, name: str = "v") -> dict:
    """The profile of one column, any warning raised as an error: numpy warns on stderr when
    it takes the square root of a negative or divides by a spread of zero."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return kind_of(values, name)


# -- years with a fraction (column_types._decimal_years) --------------------------------------

def test_months_as_years_with_a_fraction_out_of_order_are_no_time_axis():
    # 24 months of 2000-2001 shuffled: on the grid of months but not rising down the rows
    v = kind_of(shuffled([f"{2000 + k / 12:.4f}" for k in range(24)]))
    assert v["stat_type"] == "continuous", v


def test_seven_months_in_a_row_are_too_few_for_a_time_axis():
    # 2000 + k/12 for k = 0..6: one value short of the eight the rule takes
    v = kind_of([f"{2000 + k / 12:.4f}" for k in range(7)])
    assert "the time axis of a series" not in reason(v), v


def test_months_from_the_year_1000_are_a_time_axis():
    # 1000 + k/12: the first year the rule takes, exactly
    v = kind_of([f"{1000 + k / 12:.4f}" for k in range(24)])
    assert v["stat_type"] == "datetime" and "the time axis of a series" in reason(v), v


def test_months_from_before_the_year_1000_are_no_time_axis():
    # 999.5 + k/12: on the grid of months, but from half a year before 1000
    v = kind_of([f"{999.5 + k / 12:.4f}" for k in range(24)])
    assert v["stat_type"] == "continuous", v


def test_twenty_quarters_over_a_thousand_years_are_no_time_axis():
    # named "time", on the grid of quarters, but 20 values over 4005 quarters: far more than
    # one period in ten left out (2001.25 modulo 1000 would make the span a single year)
    v = kind_of([f"{1000 + k / 4:.2f}" for k in range(19)] + ["2001.25"], "time")
    assert v["stat_type"] == "continuous", v


def test_nine_months_over_a_span_of_eleven_are_no_time_axis():
    # 2000 + k/12 for 9 of k = 0..10: 9 values, under 0.9 of the 11 months the span holds
    # (0.9 of the 10 steps between them would let it pass)
    v = kind_of([f"{2000 + k / 12:.4f}" for k in (0, 1, 2, 3, 4, 5, 7, 9, 10)])
    assert "the time axis of a series" not in reason(v), v


# -- years (column_types._calendar) -----------------------------------------------------------

def test_zero_or_one_of_two_calendar_years_is_a_year():
    # 0 on 10 rows, then 1995 and 2003: two years, the fewest the rule takes
    v = kind_of(shuffled([0] * 10 + [1995, 2003] * 3))
    assert v["stat_type"] == "datetime" and "0 or a calendar year" in reason(v), v


def test_a_two_digit_year_of_50_is_of_the_1900s():
    # 50 to 99, then 0 to 5: 50 is the first of the late run, 1950
    v = kind_of(shuffled([50, 55, 60, 70, 80, 90, 99, 0, 1, 2, 3, 5] * 2), "year")
    assert v["stat_type"] == "datetime" and "from 1950 to 2005" in reason(v), v


def test_a_two_digit_year_of_49_is_of_the_2000s():
    # 60 to 99, then 0 to 49: 49 is the last of the early run, 2049, ten years before 60
    v = kind_of(shuffled([60, 70, 80, 90, 99, 0, 1, 2, 49] * 2), "year")
    assert v["stat_type"] == "datetime" and "from 1960 to 2049" in reason(v), v


def test_yyyymmdd_from_the_first_day_of_the_year_1000_is_a_date():
    # 10000101, the lowest value the rule takes, is 1000-01-01
    v = kind_of([10000101, 10000102, 10000103, 10000104])
    assert v["stat_type"] == "datetime" and "written YYYYMMDD" in reason(v), v


def test_mmddyy_of_five_digits_is_read_with_its_leading_zero():
    # 10199 is 010199, 1999-01-01: five digits padded to six, else read as 10/1/99
    v = kind_of([10199, 20399, 31599, 41299, 50599, 60699, 70799, 81099], "date")
    assert v["stat_type"] == "datetime" and "from 1999-01-01 to 1999-08-10" in reason(v), v


# -- squares (column_types._squares) ----------------------------------------------------------

def test_whole_numbers_from_minus_1_take_no_square_root():
    # squares 0 to 121 and a -1: a value below 0 is no square; its root is not taken (numpy
    # would warn of an invalid value)
    v = quietly([-1, 0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121])
    assert "the square of a whole number" not in reason(v), v


def test_numbers_one_past_squares_are_no_squares():
    # n * n + 1 for n = 10 to 17: each is above the square of its rounded root, none is one
    v = kind_of([101, 122, 145, 170, 197, 226, 257, 290] * 2)
    assert "the square of a whole number" not in reason(v), v


# -- row numbers (column_types._whole_number_labels) ------------------------------------------

def test_nine_values_counting_1_by_1_are_too_few_for_a_row_number():
    # 7 to 15: nine values, one short of the ten the rule takes
    v = kind_of([7, 8, 9, 10, 11, 12, 13, 14, 15])
    assert "a row number" not in reason(v), v


def test_nineteen_rising_values_are_too_few_for_a_row_number():
    # 10, 20, ..., 190: nineteen distinct rising values, one short of twenty
    v = kind_of(list(range(10, 200, 10)))
    assert "like a row number" not in reason(v), v


def test_values_rising_in_equal_steps_are_no_smooth_growth():
    # 10, 20, ..., 250: every step alike, as a row number's are, not a growing quantity
    v = quietly(list(range(10, 260, 10)))
    assert v["stat_type"] == "identifier" and "like a row number" in reason(v), v


def test_a_hundred_rows_of_a_catalogue_allow_two_slips():
    # 1 to 98 on 100 rows, 5 and 50 listed twice: two repeats, the most 100 rows allow (one
    # in fifty)
    v = kind_of(shuffled(list(range(1, 99)) + [5, 50]))
    assert v["stat_type"] == "identifier" and "numbering of rows" in reason(v), v


def test_ids_in_blocks_of_under_two_rows_on_average_are_no_panel_ids():
    # 20 ids in single blocks, 12 of two rows and 8 of one: 1.6 rows each, under the 2 that
    # grouped or panel data have
    v = kind_of([101 + k for k in range(20) for _ in range(2 if k < 12 else 1)])
    assert "grouped or panel data" not in reason(v), v


def test_negative_numbers_of_one_width_are_no_codes():
    # 13 four-digit values below 0 (-2067 to -1000), each repeated and unevenly so: codes of
    # one width are above 0
    v = kind_of(shuffled([-1000 - 97 * k for k in range(12) for _ in range(2 if k else 10)]
                         + [-1001, -1001]))
    assert "of one width" not in reason(v), v


# -- the shapes of counts over a few levels (column_types._integer_codes) --------------------

def test_four_levels_with_a_dip_are_no_thin_tail_of_counts():
    # 0 to 3 on 200, 30, 52 and 1 rows: the thin tail of counts takes five levels at least;
    # four with a dip at 1 read as codes
    v = kind_of(repeated({0: 200, 1: 30, 2: 52, 3: 1}))
    assert v["stat_type"] == "nominal" and "fewer rows at 1 than on both sides" in reason(v), v


def test_a_dip_within_twice_the_noise_of_a_count_is_no_trough():
    # 1 to 5 on 40, 25, 35, 20, 30 rows: 25 is under its neighbours (35) by 10, exactly twice
    # the noise of a count of 25 (2 * 5), so not by more; 20 is the only trough
    v = kind_of(repeated({1: 40, 2: 25, 3: 35, 4: 20, 5: 30}))
    assert v["stat_type"] == "ordinal" and "fall and rise again" not in reason(v), v
