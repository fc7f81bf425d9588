"""Profiles of small CSVs for what the profiler's complete mutation run of commit 58d9f65
(README, "Mutation testing"; docs/mutation-survivors.md) left unchecked, sixth slice: the
bounds of the codes for a missing value (a sentinel on a twentieth of the rows, a value
halfway between two whole numbers), how a short column is counted again without its code,
years written with two digits, zero or a year, and with a few words, dates written YYYYMMDD
on a long file, brackets of money, place codes, a name that is a key's, phrases and free
text by their words, lists in cells, codes written with leading zeros, answers to how
often, and infinite values. Each test states a rule the README or the profiler's
docstrings give, on a file made here, at or just past its threshold where it has one, and
was seen to fail with its mutant put in."""
from __future__ import annotations

import numpy as np
import pandas as pd
from profiles import column, kind_of, profile_text, reason, repeated, shuffled

from mlwf.profiling.profile import SAMPLE_ROWS

# -- codes for a missing value (column_types._without_sentinel) --------------------------------

def test_a_sentinel_on_exactly_a_twentieth_of_the_rows_is_a_code_and_past_it_an_amount():
    # "held by at most 5 % of the rows": 1 row of 20 is a code, 1 of 19 is part of the amounts
    at = kind_of(shuffled(list(range(1, 20)) + [999]))
    assert "The value 999 (1 row), far above the rest" in reason(at), at
    past = kind_of(shuffled(list(range(1, 19)) + [999]))
    assert "far above the rest" not in reason(past), past
    assert past["max"] == 999, past


def test_a_top_value_halfway_between_two_whole_numbers_is_no_sentinel():
    # a sentinel is a whole number of one repeated digit (999, 8888), up to the digits a
    # 32-bit float keeps (a millionth of it); 888.5 and 888.4 are measurements
    amounts = [round(1 + i * 0.37, 2) for i in range(40)]
    half = kind_of(shuffled(amounts + [888.5]))
    assert "far above the rest" not in reason(half), half
    assert half["stat_type"] == "continuous" and half["max"] == 888.5, half
    assert "far above the rest" not in reason(kind_of(shuffled(amounts + [888.4])))
    near = kind_of(shuffled(amounts + [888.0005]))
    assert "(1 row), far above the rest" in reason(near), near


# -- a short column counted again without its code (column_types._drop) ------------------------

def test_a_timestep_with_ties_and_a_minus_1_does_not_rise_strictly_and_is_no_time_index():
    # two rows a step (0, 0, 1, 1, ...): without the -1 it never falls but does not rise at
    # every row, so it is no time index counted from a start (that takes distinct values
    # rising row by row) but the ids of blocks of rows
    values = [i // 2 for i in range(60)]
    values.insert(30, -1)
    v = kind_of(values, name="timestep")
    assert "-1 (1 of 61 rows)" in reason(v), v
    assert v["stat_type"] == "identifier" and "single block of rows" in reason(v), v
    assert "time index" not in reason(v), v


# -- dates and years (column_types._calendar) --------------------------------------------------

def test_two_digit_years_cross_2000_only_from_a_run_that_ends_at_99():
    # "a run up to 99 and a run on from 00": 85-99 and 00-05 are 1985 to 2005; 85-97 and
    # 00-05 do not reach 99, so nothing says they cross 2000
    crossing = kind_of(repeated({**{y: 3 for y in range(85, 100)}, **{y: 3 for y in range(6)}}),
                       name="year")
    assert crossing["stat_type"] == "datetime" and "from 1985 to 2005" in reason(crossing), crossing
    short = kind_of(repeated({**{y: 3 for y in range(85, 98)}, **{y: 3 for y in range(6)}}),
                    name="year")
    assert short["stat_type"] != "datetime" and "two digits" not in reason(short), short


def test_a_day_counted_from_minus_1_is_no_time_index_from_a_start():
    # a time index counts units of time from a start, 0 or later; the -1 is on 1 row in 42
    # (more than 2 %), so it stays a value, and the column counts 1 by 1: a row number
    v = kind_of(list(range(-1, 41)), name="day")
    assert "time index" not in reason(v), v
    assert v["stat_type"] == "identifier" and "count 1 by 1 from -1" in reason(v), v


def test_dates_written_yyyymmdd_up_to_2100_12_31_and_one_past_it_outside_the_sample():
    # A file past the sample: its largest value, 21001232 (no date), is on a row the sample
    # leaves out. The range of the file, not of the sample, decides: every value must be a
    # date up to 2100-12-31.
    n = SAMPLE_ROWS + 1
    days = pd.date_range("1950-01-01", periods=n, freq="D").strftime("%Y%m%d").astype(int)
    days = days.tolist()
    order = np.argsort(np.random.default_rng(0).random(n))   # the sample's rows first
    days[order[-1]] = 21001232
    v = kind_of(days)
    assert v["max"] == 21001232, v
    assert v["stat_type"] != "datetime" and "YYYYMMDD" not in reason(v), v


def test_years_with_four_different_words_are_no_calendar_years_with_a_few_words():
    # a few words (three at most) stand for years not known; four words are too many
    years = [str(1950 + 3 * i) for i in range(20)]
    three = kind_of(years + ["Ancient", "Unknown", "Medieval"], name="year")
    assert three["stat_type"] == "datetime" and "words for a year not known" in reason(three), three
    four = kind_of(years + ["Ancient", "Unknown", "Medieval", "Roman"], name="year")
    assert four["stat_type"] != "datetime", four


# -- whole numbers named as money or places ----------------------------------------------------

def test_whole_numbers_named_as_income_with_a_level_left_out_are_no_brackets():
    # "every one used": 1, 2, 3, 5 skips bracket 4, so they are not the codes of brackets
    v = kind_of(repeated({1: 9, 2: 12, 3: 7, 5: 6}), name="income")
    assert "code of its bracket" not in reason(v), v


def test_distinct_place_codes_are_the_key_of_the_table_at_07():
    v = kind_of(shuffled([1001 + 7 * i for i in range(30)]), name="fips")
    assert v["stat_type"] == "identifier" and "codes of the places" in reason(v), v
    assert v["confidence"] == 0.7, v


def test_place_codes_with_a_minus_1_that_is_kept_are_no_codes_of_places():
    # codes of places are 0 or more; a -1 on 6 rows in 36 (over 15 %, the most a code below
    # four-digit values may hold) is not left out as a code for missing, so the column is
    # read as numbers, not as place codes
    v = kind_of(shuffled([-1] * 6 + [1001 + 7 * i for i in range(30)]), name="fips")
    assert v["min"] == -1, v
    assert "codes of the places" not in reason(v) and "codes of places" not in reason(v), v


def test_a_name_is_a_keys_when_its_last_word_is_an_id_written_fused():
    # "order_userid" ends in a fused id ("userid"); "userid_count" ends in "count": a count
    key = kind_of(shuffled(list(range(3, 60, 4))), name="order_userid")
    assert key["stat_type"] == "identifier" and "marks a key" in reason(key), key
    count = kind_of(list(range(1, 8)), name="userid_count")
    assert count["stat_type"] == "discrete" and "marks a key" not in reason(count), count


# -- strings ---------------------------------------------------------------------------------

def test_values_of_three_words_mostly_different_are_free_text():
    # three words on average is free text when at least half the values are distinct
    phrases = ["red brick house", "old stone barn", "small wooden shed", "new glass tower",
               "tall iron gate", "low garden wall", "wide open field", "dark pine wood",
               "clear mountain lake", "long sandy beach", "quiet country lane",
               "busy market square"]
    v = kind_of(shuffled(phrases + phrases[:8]))
    assert v["stat_type"] == "text" and "mostly different from row to row" in reason(v), v


def test_a_few_labels_of_two_words_shared_by_many_rows_are_plain_categories_not_phrases():
    # phrases written out, as a codebook's export gives them, are three words or more
    labels = ["north east", "south west", "far north", "deep south", "east coast"]
    v = kind_of(repeated({b: 10 + i for i, b in enumerate(labels)}))
    assert v["stat_type"] == "nominal" and "phrases" not in reason(v), v
    assert v["confidence"] == 0.9, v


def test_lists_of_three_in_exactly_a_fifth_of_5000_rows_are_a_multi_valued_feature():
    # the first 5000 values are read: 1000 lists of three (a fifth, the last row among them)
    # and 500 of two (three tenths listed in all) make lists without any item standing alone
    values = []
    for i in range(5000):
        if i % 5 == 4:
            values.append(f'"red{i},green{i},blue{i}"')
        elif i % 10 == 0:
            values.append(f'"sun{i},moon{i}"')
        else:
            values.append(f"item{i}")
    v = kind_of(values)
    assert v["stat_type"] == "text" and "lists of items" in reason(v), v


def test_ten_distinct_codes_with_leading_zeros_label_the_rows_and_nine_are_codes():
    # every value distinct on ten rows at least is an identifier; nine are categories
    ten = kind_of(shuffled([f"0{i}" for i in range(10)]))
    assert ten["stat_type"] == "identifier" and "leading zeros" in reason(ten), ten
    nine = kind_of(shuffled([f"0{i}" for i in range(1, 10)]))
    assert nine["stat_type"] == "nominal" and "leading zeros" in reason(nine), nine


def test_a_million_written_m_ends_where_a_bracket_written_in_digits_ends():
    # 1m is 1 000 000: "500000-1000000" and "1m-2m" touch, they do not overlap
    levels = ["under 500000", "500000-1000000", "1m-2m", "over 2m"]
    v = kind_of(repeated({b: 6 + i for i, b in enumerate(levels)}), name="income")
    assert v["stat_type"] == "ordinal" and v["order"] == levels, v


def test_twice_a_month_is_less_often_than_half_of_every_week():
    # by times a year: "mo" is a month, twelve a year, so twice a mo is 24 times, below
    # less than once a week (26); a tie would leave no order
    levels = ["never", "once a yr", "once a mo", "twice a mo", "less than once a wk",
              "once a wk", "daily"]
    v = kind_of(repeated({b: 6 + i for i, b in enumerate(levels)}), name="how_often")
    assert v["stat_type"] == "ordinal" and v["order"] == levels, v


# -- infinite values (profile.py) --------------------------------------------------------------

def test_one_infinite_value_among_numbers_is_left_out_not_the_whole_column():
    p = profile_text("a,b\n" + "".join(f"{i},{i % 3}\n" for i in range(1, 20)) + "inf,1\n")
    v = column(p, "a")
    assert v["infinite"] == 1, v
    assert "left out of every statistic" in reason(v), v
    assert "nothing to measure" not in reason(v), v
    # the rest is typed and said as without the infinite value: 1 to 19, a row number
    assert v["stat_type"] == "identifier" and "count 1 by 1 from 1" in reason(v), v
