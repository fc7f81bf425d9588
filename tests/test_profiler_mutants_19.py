"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked, column_types.py, seventh batch: the value a constant column shows, the confidence
of bins and of numberings, levels rescaled to end at 1, fractional years under the name "t"
and from the year 1000 on, a month's column piled at its top, two-digit years, keys repeated,
counts of events, two values on a tenth of the rows, codes kept as text, levels that share a
rank word, and names that end in a word such as "humid". Each test states a rule the
profiler's docstrings and comments give, on a file made here, and was seen to fail with its
mutant put in."""
from __future__ import annotations

import numpy as np
from profiles import column, kind_of, profile_rows, profile_text, reason, repeated, shuffled

# -- a constant column (column_types.classify) --------------------------------------------------

def test_a_constant_column_written_as_bytes_shows_the_text_inside():
    # the sample keeps the cells as written (b'yes'); the levels hold the text read from them
    v = kind_of(["b'yes'"] * 6, name="answer")
    assert v["stat_type"] == "constant", v
    assert reason(v).startswith("Every non-missing value is yes."), v


# -- bins of an amount named so (column_types._numeric) -----------------------------------------

def test_bins_named_so_are_ordinal_at_065():
    v = kind_of(shuffled(list(range(1, 101)) * 2), name="income_bin")
    assert v["stat_type"] == "ordinal" and "number the bins of an amount" in reason(v), v
    assert v["confidence"] == 0.65, v


# -- decimal levels rescaled to end at 1 (column_types._numeric) --------------------------------

def test_equally_spaced_decimal_levels_that_stop_short_of_1_are_no_rescaled_scale():
    # 0, 0.3, 0.6: equally spaced from 0, but the top is 0.6, not 1
    v = kind_of(shuffled([0, 0.3, 0.6] * 12))
    assert v["stat_type"] == "continuous" and "only 3 distinct values" in reason(v), v
    assert "to 1" not in reason(v), v


# -- years with a fraction (column_types._decimal_years) ----------------------------------------

def test_quarters_as_fractional_years_under_the_name_t_are_a_time_axis():
    # quarters are only taken under a name that says time; "t" is one (months need no name)
    v = kind_of([1949 + k / 4 for k in range(12)], name="t")
    assert v["stat_type"] == "datetime" and "rising by one quarter" in reason(v), v


def test_quarters_from_february_of_the_year_1000_on_are_a_time_axis_past_the_year_2000():
    # the grid is counted from the first value (1000 + 1/12); past twice that (2000.17) a
    # value taken modulo the first instead of less it falls a third of a quarter off the grid
    v = kind_of([1000 + 1 / 12 + k / 4 for k in range(4002)], name="date")
    assert v["stat_type"] == "datetime" and "rising by one quarter" in reason(v), v


# -- a month's column with many rows at its top (column_types._calendar) ------------------------

def test_a_month_column_whose_top_holds_less_than_three_times_the_next_is_months():
    # 10 rows at 6 against 4 at each other month: 2.5 times, under the factor 3 that makes
    # the top a cut-off of a follow-up
    v = kind_of(shuffled([1, 2, 3, 4, 5] * 4 + [6] * 10), name="month")
    assert v["stat_type"] == "ordinal" and "the month of a date" in reason(v), v


# -- two-digit years that cross 2000 (column_types._calendar) -----------------------------------

def test_negative_numbers_beside_90_to_99_are_no_two_digit_years():
    # the rule starts at 0: -20 to -11 are no years written with two digits
    v = kind_of(shuffled(list(range(-20, -10)) * 3 + list(range(90, 100)) * 3), name="year")
    assert "two digits" not in reason(v), v


def test_years_90_to_99_and_00_are_two_digit_years_up_to_2000():
    # the run from 00 holds 0 alone: 90 - 0 is a gap of ninety, though 90 * 0 is nothing
    v = kind_of(shuffled([90, 91, 93, 95, 96, 98, 99, 0] * 2), name="year")
    assert v["stat_type"] == "datetime" and "from 1990 to 2000" in reason(v), v


# -- numberings and keys (column_types._whole_number_labels) ------------------------------------

def test_a_numbering_with_one_repeat_is_an_identifier_at_07():
    # 1 to 30 and 17 twice: 30 distinct in 31 rows, one repeat within the slips allowed
    v = kind_of(shuffled(list(range(1, 31)) + [17]))
    assert v["stat_type"] == "identifier" and "but for a few repeats or gaps" in reason(v), v
    assert v["confidence"] == 0.7, v


def test_keys_with_exactly_nine_in_ten_distinct_are_keys():
    # 18 distinct in 20 rows: exactly 0.9, the least share of distinct keys the rule takes
    v = kind_of(shuffled(list(range(100, 1900, 100)) + [300, 1200]), name="cardKey")
    assert v["stat_type"] == "identifier" and "keys, a few of them repeated" in reason(v), v


def test_keys_seen_again_after_a_code_is_left_out_are_keys_not_units_with_several_rows():
    # 60 000 rows, past the sample's 50 000: the runs down the rows are those of the file,
    # the 2 900 rows of the code 999999 among them, while the 57 100 rows left hold 57 000
    # ids, 1.002 rows each: under the 1.05 of ids repeated over several rows
    rng = np.random.default_rng(1)
    ids = rng.choice(np.arange(1, 100_000), 57_000, replace=False)
    values = np.concatenate([ids, ids[:100], np.full(2_900, 999_999)])
    rng.shuffle(values)
    v = column(profile_text("user_id\n" + "\n".join(map(str, values)) + "\n"), "user_id")
    assert v["stat_type"] == "identifier" and "keys, a few of them repeated" in reason(v), v
    assert "several rows each" not in reason(v), v


# -- counts of events (column_types._integer_codes) ---------------------------------------------

def test_a_rise_within_a_counts_noise_keeps_the_shape_of_counts_of_events():
    # 4 rows at 2, then 10 at 3: under 1.5 * 4 + 2 * sqrt(4) + 2 = 12, a count's noise
    v = kind_of(repeated({0: 100, 1: 40, 2: 4, 3: 10}))
    assert v["stat_type"] == "discrete" and "the shape of counts of events" in reason(v), v


def test_the_long_thin_tail_of_counts_is_discrete_at_055():
    # most rows at 1, then fewer at each step up to 1 row of 159 (under 1 %) at 5
    v = kind_of(repeated({0: 30, 1: 60, 2: 40, 3: 20, 4: 8, 5: 1}))
    assert v["stat_type"] == "discrete" and "the long thin tail of counts" in reason(v), v
    assert v["confidence"] == 0.55, v


# -- two values (column_types._strings) ---------------------------------------------------------

def test_two_values_on_exactly_a_tenth_of_the_rows_split_the_rows():
    # 10 of 100 rows hold a value: a note on a few rows is under a tenth, this is not
    rows = [("Pre" if i % 20 == 0 else "Post" if i % 20 == 10 else "", i) for i in range(100)]
    v = column(profile_rows("v,w", rows), "v")
    assert v["stat_type"] == "boolean" and "split the rows into two groups" in reason(v), v


# -- codes kept as text (column_types._codes_as_text) -------------------------------------------

def test_codes_kept_as_text_show_three_examples():
    # 01 (4 rows), 02 (3), 03 (2), 04 (1): the three commonest are shown
    v = kind_of(["01", "02", "03", "01", "02", "01", "04", "01", "02", "03"], name="code")
    assert v["stat_type"] == "nominal" and "e.g. 01, 02, 03." in reason(v), v


# -- levels after one rank word (column_types._prefixed_order) ----------------------------------

def test_a_rank_word_alone_beside_stage_i_and_ii_is_profiled():
    # "Stage" has no number after it: no rank's steps, and no error
    v = kind_of(shuffled(["Stage", "Stage I", "Stage II"] * 5), name="stage")
    assert v["stat_type"] == "nominal", v


# -- names that end in "id" (column_types._id_name) ---------------------------------------------

def test_a_name_that_ends_in_humid_marks_no_key():
    # "humid" ends in id but is a word; the first word "rel" is not what decides
    v = kind_of(shuffled(list(range(30, 90, 2))), name="rel_humid")
    assert v["stat_type"] != "identifier" and "marks a key" not in reason(v), v
