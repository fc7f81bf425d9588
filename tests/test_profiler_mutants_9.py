"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb
left unchecked, column_types.py: two-digit years that cross 2000, the shape of counts of
events and of unordered codes, catalogue numbers with a slip, years with a fraction, bins,
Julian dates, the parts of a date, the step of ids judged on the sample, names beside a key,
the confidences the rules state, short tables of distinct words, free text of three words,
numbered labels, lists of items and years written beside words. Each test states a rule the
profiler's comments and docstrings give, on a file made here, at or just past its threshold
where it has one, and was seen to fail with its mutant put in."""
from __future__ import annotations

import itertools

from profiles import (
    column,
    kind_of,
    names_with_digits,
    profile_rows,
    profile_text,
    reason,
    repeated,
    sample_order,
    shuffled,
)

from mlwf.profiling.profile import SAMPLE_ROWS

# -- two-digit years that cross 2000 (column_types._calendar: "a run up to 99 and a run on
# from 00, the decades between them empty, where an amount from 0 would fill them") --------

def test_two_digit_years_need_ten_empty_years_between_the_runs():
    # 55 to 99 and 0 to 45: the gap from 45 to 55 is exactly 10, the least the rule takes
    v = kind_of(shuffled(list(range(0, 46)) + list(range(55, 100))), name="year")
    assert v["stat_type"] == "datetime", v
    assert "are years written with two digits, from 1955 to 2045" in reason(v), v


def test_every_decade_from_0_to_99_filled_is_no_two_digit_years():
    # 0 to 99, each twice: no empty decades between a late and an early run, an amount
    v = kind_of(shuffled(list(range(100)) * 2), name="year")
    assert "years written with two digits" not in reason(v), v
    assert v["stat_type"] == "discrete", v


def test_a_run_that_does_not_start_at_00_is_no_two_digit_years_crossing_2000():
    # years of study 1 to 5 and 99 (unknown) on 15 % of the rows, too many to be dropped
    # as a survey code: no 0, so no run on from 2000 ("from 0 to 5" would be untrue)
    v = kind_of(shuffled([1, 2, 3, 4, 5] * 20 + [99] * 18), name="year")
    assert "years written with two digits" not in reason(v), v


# -- counts of events thin out (column_types._integer_codes: "no level holds many more rows
# than the one below it, beyond the noise of a count": 1.5 c + 2 sqrt(c) + 2) ---------------

def test_a_level_up_to_the_noise_of_a_count_above_the_one_below_still_thins_out():
    # 4 rows at 4, then 10 at 5: within 1.5 * 4 + 2 * sqrt(4) + 2 = 12, no rise
    v = kind_of(repeated({0: 100, 1: 60, 2: 30, 3: 10, 4: 4, 5: 10}))
    assert v["stat_type"] == "discrete" and "the shape of counts of events" in reason(v), v


def test_a_level_exactly_at_the_noise_of_a_count_is_no_rise():
    # 4 rows at 4, then 12 at 5: exactly 1.5 * 4 + 2 * sqrt(4) + 2, not more
    v = kind_of(repeated({0: 100, 1: 60, 2: 30, 3: 10, 4: 4, 5: 12}))
    assert v["stat_type"] == "discrete" and "the shape of counts of events" in reason(v), v


# -- rows that fall and rise again (column_types._integer_codes: a trough is a level more than
# 2 sqrt(c) below both its neighbours, in 100 rows or more) ----------------------------------

def test_dips_within_the_noise_of_a_count_are_no_troughs():
    # 100 rows between levels of 115: 100 + 2 * sqrt(100) = 120 is not below 115
    v = kind_of(repeated({0: 40, 1: 115, 2: 100, 3: 115, 4: 100, 5: 115, 6: 40}))
    assert v["stat_type"] == "ordinal" and "fall and rise again" not in reason(v), v


def test_troughs_in_99_rows_are_too_few_rows_to_tell_codes():
    # two clear troughs (5 rows between 25 and 25, 25 and 39), but 99 rows, one short of 100
    v = kind_of(repeated({0: 25, 1: 5, 2: 25, 3: 5, 4: 39}))
    assert v["stat_type"] == "ordinal" and "fall and rise again" not in reason(v), v


# -- catalogue numbers with a slip (column_types._whole_number_labels: a slip in 50 rows) -----

def test_a_numbering_of_100_rows_may_hold_two_slips():
    # 1 to 98 with 17 and 60 listed twice: 2 repeats in 100 rows, 100 // 50 = 2 allowed
    v = kind_of(shuffled(list(range(1, 99)) + [17, 60]))
    assert v["stat_type"] == "identifier" and "but for a few repeats or gaps" in reason(v), v


# -- years with a fraction (column_types._decimal_years: "under a name that says time or date,
# or on a grid of months"; weeks are 1/52 of a year) ----------------------------------------

def test_years_rising_by_a_week_in_an_unnamed_column_are_no_time_axis():
    # a grid of weeks, off the grid of months: only a name that says time makes it one
    v = kind_of([f"{1990 + k / 52:.6f}" for k in range(60)])
    assert v["stat_type"] == "continuous", v


def test_years_rising_by_a_52nd_under_a_time_name_rise_by_one_week():
    # k / 52 is off a grid of 53 parts by up to half a part
    v = kind_of([f"{1990 + k / 52:.6f}" for k in range(60)], name="time")
    assert v["stat_type"] == "datetime" and "rising by one week" in reason(v), v
    assert "1/52 of a year" in reason(v), v


# -- bins of an amount (column_types._numeric: "lo in (0, 1) and hi <= 100") ---------------

def test_bins_numbered_up_to_100_are_ordered():
    # 1 to 100: the top bin at the bound
    v = kind_of(shuffled(list(range(1, 101)) * 2), name="income_bin")
    assert v["stat_type"] == "ordinal" and "number the bins of an amount" in reason(v), v


def test_bins_numbered_past_100_are_no_bins():
    # 1 to 101: one past the bound
    v = kind_of(shuffled(list(range(1, 102)) * 2), name="income_bin")
    assert "number the bins of an amount" not in reason(v), v


# -- Julian dates (column_types._julian_days: "MJD 100 000 is in 2132") -----------------------

def test_modified_julian_dates_up_to_100000_are_dates():
    # 99 990 to 100 000: the top at the bound
    v = kind_of([99990 + k for k in range(11)], name="mjd")
    assert v["stat_type"] == "datetime" and "to 2132-09-01" in reason(v), v


def test_modified_julian_dates_past_100000_are_no_dates():
    # 100 001 and on: past 2132
    v = kind_of([100001 + k for k in range(11)], name="mjd")
    assert "Julian dates" not in reason(v), v


def test_julian_dates_at_noon_are_quoted_with_their_half_day():
    # MJD 41684.5: the half is part of the value the reason quotes
    v = kind_of([41684.5 + k for k in range(10)], name="mjd")
    assert "Day numbers from 41684.5 to 41693.5" in reason(v), v


# -- the parts of a date (column_types._calendar, DATE_PARTS: "one value below the range is a
# code for unknown") ------------------------------------------------------------------------

def test_days_0_to_31_are_the_day_of_a_date_with_0_for_unknown():
    # 0 is one below the first day, 1
    v = kind_of(shuffled(list(range(32)) * 2), name="day")
    assert v["stat_type"] == "ordinal" and "are the day of a date" in reason(v), v


def test_minutes_from_1_past_59_are_a_clock_that_runs_on():
    # 1 to 93, in no order: past the minute of a date, though not from 0
    v = kind_of(shuffled(list(range(1, 94))), name="minute")
    assert v["stat_type"] == "discrete" and "go past the range of the minute" in reason(v), v


def test_one_hour_left_after_a_missing_code_does_not_go_past_the_hours():
    # 5 on every row but one 9999, dropped as a code: 5 is within 0 to 24
    v = kind_of(shuffled([5] * 60 + [9999]), name="hour")
    assert "The value 9999 (1 row)" in reason(v), v
    assert "go past the range" not in reason(v), v


# -- the step of whole numbers, seen on the sample (column_types._whole_number_labels:
# "labels have no common step") -----------------------------------------------------------

def test_the_step_of_ids_needs_three_values_in_the_sample_and_a_column_off_it_is_typed():
    # a: 201 values (too many to count one by one), all on rows out of the sample: the
    #    sample holds none of them, so there are no level counts to weigh. One number of
    #    the span is left out, so the values are no numbering of every number in a span.
    # b: 40 values 3 apart, 10 rows each, out of the sample, and 1000, 1001 in it: two
    #    values give no step, though they are 1 apart.
    n = SAMPLE_ROWS + 400
    order = sample_order(n)
    a, b = [""] * n, [""] * n
    for k, row in enumerate(sorted(order[SAMPLE_ROWS:])):
        a[row] = str(1000 + (k * 7) % 201 + ((k * 7) % 201 >= 100))
        b[row] = str(1000 + 3 * ((k * 7) % 40))
    b[order[0]], b[order[1]] = "1000", "1001"
    lines = (f"{x},{y},{i % 7}" for i, (x, y) in enumerate(zip(a, b, strict=True)))
    p = profile_text("a,b,w\n" + "\n".join(lines) + "\n")
    assert column(p, "a")["stat_type"] == "continuous", column(p, "a")
    assert column(p, "b")["stat_type"] == "continuous", column(p, "b")
    assert "the ids of the units" not in reason(column(p, "b")), column(p, "b")


# -- names beside a key (column_types.classify_table) ---------------------------------------

def test_names_of_one_and_a_half_words_beside_a_key_are_names_the_rows_carry():
    # 1.5 words on average, the least the rule takes; 0.92 in words alone, under 0.95
    p = profile_rows("id,name", [(i + 1, v) for i, v in enumerate(names_with_digits())])
    v = column(p, "name")
    assert v["stat_type"] == "nominal" and "'id' already tells the rows apart" in reason(v), v


def test_names_beside_distinct_numbers_not_named_as_a_key_stay_labels():
    # "score" tells every row apart but is a measurement, no key of the table
    p = profile_rows("score,name", [(f"{0.5 + i * 1.37:.2f}", v)
                                    for i, v in enumerate(names_with_digits())])
    v = column(p, "name")
    assert v["stat_type"] == "identifier" and "already tells the rows apart" not in reason(v), v


def test_names_in_words_alone_are_counted_over_the_first_5000_values():
    # 5000 one-word names, 4990 distinct; 250 labels with digits in the first 4999, the
    # 5000th a word: 4750 of 5000 in words alone is 0.95, the least the rule takes
    syllables = ["ka", "lo", "mi", "ran", "tu", "sel", "vo", "ne", "dar", "po", "li", "gu", "be",
                 "so", "fi", "ra", "te", "mo", "zu", "ha"]
    words = list(dict.fromkeys("".join(s).capitalize()
                               for s in itertools.product(syllables, repeat=3)))[:4740]
    coded = [f"B-{k}" for k in range(250)]
    names = shuffled(words[:4739] + words[:10] + coded, seed=3) + [words[4739]]
    p = profile_rows("id,name", [(i + 1, v) for i, v in enumerate(names)])
    v = column(p, "name")
    assert v["stat_type"] == "nominal" and "'id' already tells the rows apart" in reason(v), v


# -- the confidences the rules state ---------------------------------------------------------

def test_whole_numbers_within_0_to_100_are_scores_at_06():
    v = kind_of(shuffled(list(range(100)) * 2))
    assert v["stat_type"] == "discrete" and "within 0 to 100" in reason(v), v
    assert v["confidence"] == 0.6, v


def test_zero_or_a_calendar_year_is_a_year_at_055():
    v = kind_of(shuffled([0] * 10 + [1995, 2003, 2010] * 3))
    assert v["stat_type"] == "datetime" and "0 or a calendar year" in reason(v), v
    assert v["confidence"] == 0.55, v


def test_ids_of_a_kind_of_thing_are_codes_of_categories_at_06():
    v = kind_of(shuffled([100 + (k * 7) % 23 for k in range(80)]), name="country_id")
    assert v["stat_type"] == "nominal" and "the ids of a kind of thing" in reason(v), v
    assert v["confidence"] == 0.6, v


def test_a_known_order_beside_non_answers_is_ordinal_at_075():
    v = kind_of(shuffled(["low", "medium", "high", "don't know"] * 5))
    assert v["stat_type"] == "ordinal" and "beside answers that are no point on it" in reason(v), v
    assert v["confidence"] == 0.75, v


# -- distinct words in a short table (column_types._strings: "distinct words in a short table
# may still be categories"; ten rows make them the rows' labels) ---------------------------

def test_nine_distinct_words_are_categories():
    # one row short of ten
    v = kind_of(["apple", "pear", "plum", "fig", "kiwi", "lime", "date", "lemon", "melon"])
    assert v["stat_type"] == "nominal", v


# -- free text (column_types._strings: three words a value, written as sentences) -----------

def test_distinct_sentences_of_three_words_are_free_text():
    # 3.0 words a value, the least the rule takes, every value ending as a sentence
    v = kind_of(["The cat slept.", "A dog barked.", "Birds sang loudly.", "Rain fell hard.",
                 "The sun rose.", "Wind blew cold.", "Snow came early.", "The bus left.",
                 "Leaves turned red.", "The shop closed.", "Bells rang twice.", "Night fell fast."])
    assert v["stat_type"] == "text" and "written as sentences" in reason(v), v


# -- numbered labels (column_types._numbered_labels: "a label is short", up to 64 characters) -

def test_numbered_labels_of_64_characters_are_labels_of_the_rows():
    # 61 letters, "_" and two digits: 64 characters, the longest taken
    v = kind_of(["a" * 61 + f"_{k}" for k in range(10, 15)])
    assert v["stat_type"] == "identifier" and "followed by a different number" in reason(v), v


# -- lists of items (column_types._lists: "an item here has at most three words") ------------

def lists_of_three_words() -> list:
    return [f'"red big apple{i}, green small pear, yellow long banana"' for i in range(12)]


def test_lists_of_items_of_three_words_each_are_lists():
    # every item exactly three words, the most an item has
    v = kind_of(lists_of_three_words())
    assert v["stat_type"] == "text" and "lists of items" in reason(v), v


def test_the_example_list_is_quoted_to_30_characters():
    # 29 characters and an ellipsis
    v = kind_of(lists_of_three_words())
    assert "(red big apple0, green small p…)" in reason(v), v


# -- years beside words (column_types._years_with_labels: years from 1000 to 2100) ----------

def test_years_up_to_2100_beside_a_word_are_calendar_years():
    # 2100 is the last year taken
    v = kind_of(shuffled([1990, 2000, 2050, 2100] * 5 + ["Ancient"] * 2), name="year")
    assert v["stat_type"] == "datetime" and "2 rows hold 'Ancient' instead" in reason(v), v
    assert "from 1,990 to 2,100" in reason(v), v
