"""Profiles of small CSVs for what the profiler's complete mutation run of commit 58d9f65
(README, "Mutation testing"; docs/mutation-survivors.md) left unchecked, fourth slice: how
the rows are counted again without a missing-value code, the thresholds of whole numbers
(place codes, scores, years, Julian and serial dates, groups of equal size), keys beside
names, graded words and brackets, how the file's head and chunks are read, numbers written
with units or in sexagesimal, duplicate rows, the time order and the meta-features. Each test
states a rule the README or the profiler's docstrings give, on a file made here, at or just
past its threshold where it has one, and was seen to fail with its mutant put in."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from profiles import (
    column,
    kind_of,
    profile_rows,
    profile_text,
    reason,
    repeated,
    sample_order,
    shuffled,
)

from mlwf.profiling.profile import CHUNK_ROWS, HEAD_BYTES, SAMPLE_ROWS, ProfileError


def sampled_apart(sampled: list, unsampled: list) -> dict:
    """The profile of a column "v" of a file of SAMPLE_ROWS + len(unsampled) rows, holding
    `sampled` on rows of the sample and `unsampled` on the rows out of it, missing elsewhere,
    beside a column of small numbers."""
    n = SAMPLE_ROWS + len(unsampled)
    order = sample_order(n)
    cells = [""] * n
    for row, value in zip(order[:len(sampled)], sampled, strict=True):
        cells[row] = str(value)
    for row, value in zip(sorted(order[SAMPLE_ROWS:]), unsampled, strict=True):
        cells[row] = str(value)
    return column(profile_text("v,w\n" + "".join(f"{c},{i % 7}\n" for i, c in enumerate(cells))),
                  "v")


# -- a missing-value code dropped from a short column: its order counted again ----------------
# (column_types._drop: "the sample is the whole column in row order: count again how the
# values follow each other without the code")

def test_periods_rising_with_a_minus_9_among_them_are_still_a_time_index():
    values = [2 * i for i in range(60)]
    values.insert(30, -9)
    v = kind_of(values, name="period")
    assert "-9 (1 of 61 rows)" in reason(v), v
    assert v["stat_type"] == "datetime" and "count periods from a start" in reason(v), v


def test_quarters_rising_with_ties_and_a_minus_1_are_still_a_time_index():
    # ties allowed: three rows a quarter, never falling, the -1 left out
    values = [1 + i // 3 for i in range(60)]
    values.insert(30, -1)
    v = kind_of(values, name="quarter")
    assert "-1 (1 of 61 rows)" in reason(v), v
    assert v["stat_type"] == "datetime" and "count units of time (quarter)" in reason(v), v


def test_quarters_that_fall_back_by_one_once_are_no_time_index_with_a_code_either():
    values = [1 + i // 3 for i in range(60)]
    values[37], values[39] = values[39], values[37]    # ..., 13, 14, 13, ...: a fall of 1
    values.insert(30, -1)
    v = kind_of(values, name="quarter")
    assert "-1 (1 of 61 rows)" in reason(v), v
    assert v["stat_type"] != "datetime", v


def test_ten_subjects_in_blocks_with_a_minus_1_inside_one_block_stay_units():
    # the code sits inside the block of subject 6: without it, ten blocks, ten runs
    values = [1 + i // 6 for i in range(60)]
    values.insert(31, -1)
    v = kind_of(values, name="subject")
    assert "-1 (1 of 61 rows)" in reason(v), v
    assert v["stat_type"] == "identifier" and "each in a single block of rows" in reason(v), v


# -- whole numbers named as codes of places (README, "How a column's type is decided") --------

PLACE_CODES = [1000 + 37 * i for i in range(20)]    # scattered: no row number, no span of 20


def test_twenty_distinct_place_codes_one_a_row_are_the_key_of_the_table():
    v = kind_of(shuffled(PLACE_CODES), name="county")
    assert v["stat_type"] == "identifier" and "the key of the table" in reason(v), v


def test_nineteen_distinct_place_codes_are_codes_of_places_not_yet_a_key():
    v = kind_of(shuffled(PLACE_CODES[:19]), name="county")
    assert v["stat_type"] == "nominal" and "codes of places or categories" in reason(v), v


def test_place_codes_with_a_minus_1_on_a_tenth_of_the_rows_are_no_codes_of_places():
    # a -1 on more than 2 % of the rows is no missing-value code: the values go below zero,
    # which codes of places never do
    v = kind_of(shuffled([-1] * 5 + [3 + i % 20 for i in range(45)]), name="county")
    assert v["stat_type"] != "nominal" and "codes of places" not in reason(v), v


def test_a_five_letter_word_ending_in_code_names_codes_of_places():
    # "pcode" (a post code): longer than four letters and ending in "code"
    v = kind_of(shuffled([10 + (i * 7) % 40 for i in range(80)]), name="pcode")
    assert v["stat_type"] == "nominal" and "codes of places or categories" in reason(v), v


# -- scores on a bounded scale: "at most 101 values", 0 to 100 ---------------------------------

def test_scores_up_to_exactly_100_are_on_the_bounded_scale():
    v = kind_of(shuffled([40 + i % 61 for i in range(122)]), name="score")
    assert v["stat_type"] == "discrete" and "within 0 to 100" in reason(v), v


def test_scores_up_to_101_are_past_the_bounded_scale():
    v = kind_of(shuffled([41 + i % 61 for i in range(122)]), name="score")
    assert v["stat_type"] == "continuous", v


# -- Julian dates: "day numbers named as Julian Dates", MJD 0 to 100 000 -------------------------

def test_modified_julian_days_are_dates_at_08_named_by_their_calendar_days():
    # MJD 58849 is 2020-01-01 (MJD 0 is 1858-11-17)
    v = kind_of([58849 + i for i in range(30)], name="mjd")
    assert v["stat_type"] == "datetime" and v["confidence"] == 0.8, v
    assert "from 2020-01-01 to 2020-01-30" in reason(v), v


def test_julian_dates_are_read_as_modified_julian_days_at_08():
    # JD 2458849.5 is MJD 58849, 2020-01-01
    v = kind_of([2458849.5 + i for i in range(30)], name="jd")
    assert v["stat_type"] == "datetime" and v["confidence"] == 0.8, v
    assert "from 2020-01-01 to 2020-01-30" in reason(v), v


def test_julian_days_from_mjd_0_are_dates_from_1858_11_17():
    v = kind_of(list(range(30)), name="mjd")
    assert v["stat_type"] == "datetime" and "from 1858-11-17 to 1858-12-16" in reason(v), v


def test_julian_days_from_below_mjd_0_are_no_julian_dates():
    # -1 on five rows of 35 is no missing-value code (more than 2 %): the days start before
    # MJD 0, which the rule does not take
    v = kind_of([-1] * 5 + list(range(30)), name="mjd")
    assert v["stat_type"] != "datetime" and "Julian" not in reason(v), v


# -- years and dates written as whole numbers ------------------------------------------------

def test_a_year_with_zeros_for_none_takes_years_from_1500():
    v = kind_of([0] * 10 + [1500, 1650, 1800, 1900, 1990, 2000], name="year_built")
    assert v["stat_type"] == "datetime" and "are calendar years; 10 rows hold 0" in reason(v), v


def test_a_year_with_zeros_for_none_takes_no_1499():
    v = kind_of([0] * 10 + [1499, 1650, 1800, 1900, 1990, 2000], name="year_built")
    assert v["stat_type"] != "datetime" and "calendar years" not in reason(v), v


def test_two_digit_years_across_2000_are_dates_at_06():
    v = kind_of([95, 97, 98, 99, 0, 1, 2, 3, 5] * 3, name="year")
    assert v["stat_type"] == "datetime" and "from 1995 to 2005" in reason(v), v
    assert v["confidence"] == 0.6, v


# Unix time in milliseconds: from 2000 (946 684 800 000) to 2 147 483 647 000, the last
# second a signed 32-bit count of seconds holds
MS_2020 = shuffled([1_600_000_000_000 + 1000 * i for i in range(30)])


def test_milliseconds_up_to_the_last_32_bit_second_are_unix_time():
    v = kind_of(MS_2020 + [2_147_483_647_000], name="timestamp")
    assert v["stat_type"] == "datetime" and "milliseconds since 1970" in reason(v), v


def test_milliseconds_one_past_the_last_32_bit_second_are_no_unix_time():
    v = kind_of(MS_2020 + [2_147_483_647_001], name="timestamp")
    assert "Unix time" not in reason(v), v


def test_date_ordinals_start_on_1900_01_01_and_a_day_before_is_no_ordinal():
    first = 693_596                                  # date(1900, 1, 1).toordinal()
    days = shuffled([first + 1000 + 7 * i for i in range(20)])
    v = kind_of([first] + days, name="date")
    assert v["stat_type"] == "datetime" and "1900-01-01 to 1903-02-08" in reason(v), v
    v = kind_of([first - 1] + days, name="date")
    assert "date ordinals" not in reason(v), v


# -- what the sample of a long file shows of a column ------------------------------------------

def test_counts_whose_three_sampled_values_are_skewed_have_the_shape_of_counts():
    # 29 distinct values from 0 to 400 over the file; the sample's three (0, 0, 400) have a
    # skewness of 1.7, past 1: most small, a few large, as the file's are
    tail = [0] * 20 + [1] * 8 + [2] * 5 + [3] * 3 + list(range(4, 28))
    v = sampled_apart([0, 0, 400], tail)
    assert v["stat_type"] == "discrete" and "shape of counts of events" in reason(v), v


def test_forty_repeated_values_all_out_of_the_sample_are_typed_on_the_counts_of_the_file():
    # nothing of the column is in the sample: the rules that read the sampled values (a
    # common step, a common width) find nothing, and the counted levels still type it
    v = sampled_apart([], [(k * 7) % 40 for k in range(300)])
    assert v["missing_ratio"] == round(1 - 300 / (SAMPLE_ROWS + 300), 4), v
    assert v["stat_type"] == "discrete" and "(40 distinct values) within 0 to 100" in reason(v), v


# -- the ids of units in blocks of rows (README: "the ids of the units of grouped or panel
# data", "each repeated over a few rows ... in equal numbers") ---------------------------------

def test_fifteen_units_in_blocks_the_largest_one_and_a_half_times_the_median_are_units():
    # blocks of 3 to 6 rows, the median 4: 6 is exactly one and a half times it, balanced
    sizes = [4] * 10 + [6] * 3 + [3] * 2
    v = kind_of([100 + 3 * g for g, size in enumerate(sizes) for _ in range(size)])
    assert v["stat_type"] == "identifier" and "grouped or panel data" in reason(v), v


# -- names beside a key (classify_table: "where a column named as a key already tells every
# row apart, names of several words that a few rows share ... are ... a property of high
# cardinality") -----------------------------------------------------------------------------

def test_city_names_beside_a_key_are_nominal_as_city_is_no_key_name():
    # "city" sorts before "code" but only an id, a key or a code names a key
    rng = np.random.default_rng(36)
    names = [f"{w.capitalize()}{i} {rng.choice(['Park', 'Field'])}"
             for i, w in enumerate(rng.choice(["oak", "elm", "river"], 60))]
    names += names[:2]                  # 60 of 62 distinct
    rows = [(f"PK{i:03d}", n) for i, n in enumerate(shuffled(names))]
    v = column(profile_rows("park_id,city", rows), "city")
    assert v["stat_type"] == "nominal" and "'park_id' already tells" in reason(v), v


# -- codes for a missing answer ----------------------------------------------------------------

def test_a_negative_code_may_hold_two_percent_of_the_rows_and_no_more():
    at = kind_of(shuffled([k % 31 for k in range(98)] + [-9] * 2))
    assert "The value -9 (2 of 100 rows), the only one below zero" in reason(at), at
    past = kind_of(shuffled([k % 31 for k in range(97)] + [-9] * 3))
    assert "the only one below zero" not in reason(past), past


def test_77_and_88_past_a_scale_are_survey_codes():
    # 77 is one of the codes surveys use for "refused", as 88 for "don't know"
    v = kind_of(repeated({1: 20, 2: 20, 3: 20, 4: 20, 5: 18, 77: 1, 88: 1}), name="rating")
    assert "The values 77, 88 (2 rows), past the top of the scale" in reason(v), v


# -- a few whole-number levels: groups of nearly equal size, rows that fall and rise -----------
# "nearly equal": a standard deviation of the counts of at most a fifth of their mean; the
# counts 8, 12, 8, 12 have a mean of 10 and a standard deviation of exactly 2

def test_four_consecutive_levels_whose_sizes_vary_by_exactly_a_fifth_are_codes_of_categories():
    v = kind_of(repeated({1: 24, 2: 36, 3: 24, 4: 36}))
    assert v["stat_type"] == "nominal" and "groups of nearly equal size" in reason(v), v


def test_from_exactly_25_rows_a_level_sizes_within_a_fifth_are_codes_of_categories():
    v = kind_of(repeated({1: 23, 2: 27, 3: 23, 4: 27}))
    assert v["stat_type"] == "nominal" and "groups of nearly equal size" in reason(v), v


def test_below_25_rows_a_level_only_sizes_apart_by_a_tenth_of_the_mean_make_a_design():
    v = kind_of(repeated({1: 19, 2: 21, 3: 19, 4: 21}))   # apart by 2, a tenth of 20
    assert v["stat_type"] == "nominal" and "groups of nearly equal size" in reason(v), v
    v = kind_of(repeated({1: 18, 2: 22, 3: 18, 4: 22}))   # apart by 4, within a fifth
    assert "groups of nearly equal size" not in reason(v), v
    v = kind_of(repeated({1: 3, 2: 4, 3: 3, 4: 4}))   # apart by one, the least a design gives
    assert v["stat_type"] == "nominal" and "groups of nearly equal size" in reason(v), v


def test_four_levels_with_gaps_whose_sizes_vary_by_exactly_a_fifth_are_settings_of_a_design():
    v = kind_of(repeated({0: 8, 2: 12, 5: 8, 10: 12}))
    assert v["stat_type"] == "discrete" and "chosen by a design" in reason(v), v


def test_rows_that_fall_and_rise_twice_over_exactly_100_rows_are_unordered_codes_at_055():
    v = kind_of(repeated({1: 30, 2: 5, 3: 30, 4: 5, 5: 30}))
    assert v["stat_type"] == "nominal" and "fall and rise again at 2, 4" in reason(v), v
    assert v["confidence"] == 0.55, v


# -- a few whole-number levels named in the plural -------------------------------------------

def test_levels_named_stages_or_types_in_the_plural_are_the_scale_or_the_categories_named():
    # the plural of the word that names a scale or categories is still that word, not a
    # number of things: "stages" 1-5 are stages, "types" 1-5 are types
    counts = {1: 10, 2: 25, 3: 30, 4: 20, 5: 9}
    v = kind_of(repeated(counts), name="stages")
    assert v["stat_type"] == "ordinal" and "an ordered scale" in reason(v), v
    v = kind_of(repeated(counts), name="types")
    assert v["stat_type"] == "nominal" and "codes of unordered categories" in reason(v), v


# -- ordered strings (README: "levels in a known order") ---------------------------------------

def test_two_words_graded_by_modifiers_are_no_one_word_graded():
    # "happy" and "angry" (both of five letters): no single word graded by how much
    v = kind_of(repeated({"not happy": 8, "happy": 9, "very angry": 7}))
    assert v["stat_type"] == "nominal" and "graded by how much" not in reason(v), v


def test_brackets_with_a_level_for_none_need_four_levels():
    # a level that says there is none goes below the brackets once there are three of them
    v = kind_of(repeated({"none": 8, "1-5": 9, "6-10": 7, "11+": 6}))
    assert v["stat_type"] == "ordinal" and v["order"] == ["none", "1-5", "6-10", "11+"], v
    v = kind_of(repeated({"none": 8, "1-5": 9, "6+": 7}))
    assert v["stat_type"] == "nominal" and "brackets" not in reason(v), v


def test_one_word_written_in_two_cases_is_no_ordered_scale():
    # "High" and "high" are one level once lower-cased: no order among one level
    v = kind_of(repeated({"High": 8, "high": 9}))
    assert v["stat_type"] == "nominal" and "known order" not in reason(v), v


def test_letter_grades_with_minus_put_the_plain_letter_before_its_minus():
    # A before A-, B before B-, ...: six ties to break, so an order left to chance (how a
    # set of strings iterates) would come out right once in 64 runs
    grades = [f"{letter}{sign}" for letter in "ABCDEF" for sign in ("", "-")]
    v = kind_of(shuffled(grades * 3))
    assert v["stat_type"] == "ordinal" and v["order"] == grades, v


def test_how_often_annually_is_once_a_year():
    v = kind_of(repeated({"never": 5, "annually": 6, "twice a year": 7, "monthly": 8}),
                name="how_often")
    assert v["order"] == ["never", "annually", "twice a year", "monthly"], v
    v = kind_of(repeated({"never": 5, "twice annually": 6, "3 times a year": 7, "monthly": 8}),
                name="how_often")
    assert v["order"] == ["never", "twice annually", "3 times a year", "monthly"], v


# -- strings of words, labels and codes -------------------------------------------------------

def test_distinct_sentences_of_two_words_are_no_free_text():
    # free text is six words a value, or three written as sentences
    v = kind_of([f"Went home{i}." for i in range(12)])
    assert v["stat_type"] == "identifier" and "Free text" not in reason(v), v


def test_short_notes_named_so_are_text_at_075():
    v = kind_of([f"seen {i}" for i in range(12)], name="notes")
    assert v["stat_type"] == "text" and "notes written per row" in reason(v), v
    assert v["confidence"] == 0.75, v


def test_a_label_and_a_number_on_nine_rows_labels_them_and_on_ten_other_rules_decide():
    v = kind_of([f"Plot {i}" for i in range(1, 10)])
    assert v["stat_type"] == "identifier" and "'Plot ' followed by" in reason(v), v
    v = kind_of([f"Plot {i}" for i in range(1, 11)])
    assert "'Plot ' followed by" not in reason(v), v


def test_repeated_codes_with_leading_zeros_are_nominal_at_08():
    v = kind_of(repeated({"01": 5, "02": 6, "03": 7}))
    assert v["stat_type"] == "nominal" and "leading zeros" in reason(v), v
    assert v["confidence"] == 0.8, v


def test_a_column_of_lists_is_shown_by_its_first_list():
    lists = ["French|German|Italian"] + [f"English|Item{i}|Other{i}" for i in range(11)]
    v = kind_of(lists, name="languages")
    assert v["stat_type"] == "text" and "lists of items (French|German|Italian)" in reason(v), v


# -- reading the file: blank lines (README, "Reading the file") -------------------------------

def test_a_blank_line_is_a_missing_value_of_a_one_column_file_and_skipped_in_a_table():
    # one column: a blank line is its empty cell; several: a blank line holds no row
    p = profile_text("value\n1\n\n2\n3\n5\n")
    assert p.table["n_rows"] == 5 and column(p, "value")["missing_ratio"] == 0.2, p.table
    p = profile_text("a,b\n1,2\n\n2,3\n3,4\n")
    assert p.table["n_rows"] == 3 and column(p, "a")["missing_ratio"] == 0.0, p.table


def test_a_code_with_a_leading_zero_on_the_last_whole_line_of_the_head_keeps_the_column_text():
    # The head (HEAD_BYTES, cut after its last newline) decides which columns stay text;
    # here only its last whole line holds a code written with a leading zero, "01".
    header, width = "note,code\n", 400                   # 400 bytes a line, newline included
    last = (HEAD_BYTES - len(header)) // width - 1       # the last line ending in the head
    codes = [str(10 + (k * 7) % 90) for k in range(300)]
    codes[last] = "01"
    text = header + "".join("x" * (width - 4) + "," + c + "\n" for c in codes)
    v = column(profile_text(text), "code")
    assert v["stat_type"] == "nominal" and "leading zeros" in reason(v), v


def test_a_one_column_file_whose_lines_split_on_spaces_only_half_the_time_is_read():
    # five lines of ten split into as many fields as the header: no table aligned with
    # spaces (nine in ten must), one column of text
    text = ("name score\n" + "".join(f"a{i} {i}\n" for i in range(5))
            + "".join(f"x y{i} {i}\n" for i in range(5)))
    assert profile_text(text).table["n_columns"] == 1


def test_a_table_aligned_with_spaces_is_read_with_pandas_separator_for_spaces():
    table = profile_text("name score\nann 1\nbob 2\ncy 3\n").table
    assert table["n_columns"] == 2 and table["delimiter"] == r"\s+"


# -- numbers among words in a column (profile.py, _decide_kind) --------------------------------

def test_numbers_on_fewer_than_a_quarter_of_the_rows_beside_one_placeholder_stay_strings():
    # a placeholder ("–") on ten rows of thirteen: a column of words, not measurements
    v = kind_of([1, 2, 3] + ["–"] * 10)
    assert v["missing_ratio"] == 0.0 and "were counted as missing" not in reason(v), v


def test_numbers_on_a_quarter_of_the_rows_beside_one_placeholder_are_numbers():
    # a rank given where a translated lexicon's word has one, "--" where it has none: four
    # numbers in sixteen rows (exactly a quarter) are what the column measures
    v = kind_of([506, 1096, 1574, 1613] + ["--"] * 12)
    assert v["missing_ratio"] == 0.75 and "--" in reason(v), v


def test_numbers_beside_two_different_placeholders_on_four_rows_in_ten_stay_strings():
    # one placeholder marks a standard's cells not applicable; two kinds of words on 40 % of
    # the rows are values of their own
    v = kind_of([1, 2, 3, 4, 5, 6, "–", "–", "missing", "missing"])
    assert v["missing_ratio"] == 0.0 and "were counted as missing" not in reason(v), v


def test_decimals_rounding_up_with_a_word_for_not_measured_are_measurements():
    # every decimal here is nearer the next whole number (1.7, 2.8, ...): decimals all the same
    v = kind_of([1.7, 2.8, 3.6, 4.9, 5.6, 6.7, 7.8, 8.6, "ND", "ND"])
    assert v["stat_type"] == "continuous" and v["missing_ratio"] == 0.2, v
    assert "Non-numbers ('ND') were counted as missing" in reason(v), v


def test_nine_dates_of_ten_written_with_a_leading_zero_are_dates_not_codes_with_zeros():
    # "Dates with a leading zero (07.06.2001) are dates before they are codes": nine in ten
    v = kind_of([f"0{d}.06.2001" for d in range(1, 10)] + ["tbd"])
    assert "leading zeros" not in reason(v), v


# -- angles and hours written in sexagesimal (README: numbers written for people) -------------
# degrees (or hours) + minutes / 60 + seconds / 3600, the fraction on the last part written

def test_spaced_degrees_minutes_and_seconds_read_as_degrees():
    v = kind_of([f"{h} 30 36.0" for h in range(10, 22)], name="ra")
    assert v["stat_type"] == "continuous", v
    assert v["min"] == pytest.approx(10.51, abs=1e-9) and v["max"] == pytest.approx(21.51, abs=1e-9)


def test_spaced_degrees_and_decimal_minutes_read_with_no_seconds():
    v = kind_of([f"{h} 30.5" for h in range(10, 22)], name="ra")
    assert v["stat_type"] == "continuous", v
    assert v["min"] == pytest.approx(10 + 30.5 / 60, abs=1e-9), v


def test_marked_degrees_with_a_minus_sign_are_negative():
    v = kind_of([f"-{h}°30'" for h in range(10, 22)], name="dec")
    assert v["stat_type"] == "continuous" and v["min"] == -21.5 and v["max"] == -10.5, v


# -- rows and targets --------------------------------------------------------------------------

def test_rows_repeated_in_a_text_column_are_duplicate_rows():
    p = profile_text("a,b\nx,u\nx,u\ny,v\nz,w\n")
    assert p.table["duplicate_rows"] == 1, p.table
    p = profile_rows("a,b", [(f"k{i % 50}", "u") for i in range(300)])
    assert p.table["duplicate_rows"] == 250, p.table


def test_a_target_of_300_distinct_ids_has_nothing_to_learn():
    # past 256 rows as well as below: every value distinct, exactly counted
    rows = [(f"{(i * 7919) % 100_003}", i % 5) for i in range(300)]
    with pytest.raises(ProfileError) as refused:
        profile_rows("sample_id,x", rows, target="sample_id")
    assert "a different value in every row" in str(refused.value.message)


def test_a_run_that_starts_a_chunk_with_a_lower_value_is_a_run_of_its_own():
    # 21 blocks over the first chunk (subject 3 twice), then one row of 3 that opens the
    # second: 22 runs of 20 ids, past 1.05 runs an id, so the ids are scattered, not in
    # blocks; the row after 19 starts a run whichever way the value goes
    blocks = list(range(15)) + [3] + list(range(15, 20))
    size = CHUNK_ROWS // len(blocks)
    ids = [b for b in blocks for _ in range(size)]
    ids += [blocks[-1]] * (CHUNK_ROWS - len(ids)) + [3]
    p = profile_text("subject_id,x\n" + "".join(f"{v},{i % 7}\n" for i, v in enumerate(ids)))
    v = column(p, "subject_id")
    assert p.table["n_rows"] == CHUNK_ROWS + 1, p.table
    assert v["stat_type"] == "identifier" and "scattered over the rows" in reason(v), v


# -- numbers written with a unit (README: numbers written for people) -------------------------

def test_a_value_in_another_unit_after_the_head_is_missing_not_read_in_the_first_unit():
    # the first 2 000 values say the unit (kg); ten in pounds later are no kilograms
    text = ("w\n" + "".join(f"{i} kg\n" for i in range(2000))
            + "".join(f"{i} lb\n" for i in range(10)))
    v = column(profile_text(text), "w")
    assert v["missing_ratio"] == round(10 / 2010, 4), v
    assert "unit 'kg'" in reason(v), v


def test_numbers_written_with_two_units_are_not_read_as_numbers_of_one():
    # one row of fifty in another unit: "the one unit that these strings write their
    # numbers with, or None"; ten columns, so a unit picked at random (how a set of two
    # strings iterates) would pass for all ten about once in a thousand runs; units that
    # differ by a metric prefix alone (hz, khz) are one unit, converted (test_profile_patterns)
    pairs = [("kg", "lb"), ("cm", "ft"), ("km", "mi"), ("ml", "oz"), ("mg", "mcg"),
             ("mph", "kmh"), ("hz", "rpm"), ("kw", "hp"), ("psi", "bar"), ("mm", "yd")]
    rows = [",".join(f"{i + 1} {a if i != 7 else b}" for a, b in pairs) for i in range(50)]
    p = profile_text(",".join(f"w{j}" for j in range(len(pairs))) + "\n" + "\n".join(rows))
    for c in p.columns:
        assert "Numbers written with the unit" not in reason(c), c


# -- dates decided on the head of the first chunk ---------------------------------------------

def test_a_date_column_with_a_single_date_in_its_first_chunk_is_read_as_dates():
    # one date on the 200 000 rows of the first chunk is enough to find its format
    n = CHUNK_ROWS + 300
    cells = [""] * n
    cells[10] = "2001-06-07"
    for k in range(CHUNK_ROWS, n):
        cells[k] = f"2002-{1 + k % 12:02d}-{1 + k % 28:02d}"
    v = column(profile_text("day,x\n" + "".join(f"{c},{i % 7}\n" for i, c in enumerate(cells))),
               "day")
    assert v["stat_type"] == "datetime" and "%Y-%m-%d from 2001-06-07" in reason(v), v


# -- time order (signals.time_order: "a year column and a period column ... together give
# every row a time of its own") ----------------------------------------------------------------

def test_a_year_and_period_that_repeat_on_two_rows_give_no_row_a_time_of_its_own():
    rows = [(2001 + i // 3, i % 3 + 1, 100 + (i * 37) % 23) for i in range(12)]
    rows.insert(6, (rows[5][0], rows[5][1], 7))           # 2002, period 3 twice
    p = profile_rows("year,period,sales", rows, target="sales")
    assert p.facts["time_indexed"] is False, p.reasons["time_indexed"]
    rows.pop(6)
    p = profile_rows("year,period,sales", rows, target="sales")
    assert p.facts["time_indexed"] is True, p.reasons["time_indexed"]



# -- meta-features (profiling/metafeatures.py) --------------------------------------------------

def test_the_one_nn_landmarker_is_one_nearest_neighbour_scored_over_three_folds():
    # the quick regressors are scored by the R² of 3 shuffled folds (seeded); lm_one_nn is
    # one nearest neighbour on the standardised features
    from sklearn.model_selection import KFold, cross_val_score
    from sklearn.neighbors import KNeighborsRegressor
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from mlwf.profiling.metafeatures import SEED, describe
    x = np.arange(60, dtype=float)
    X = pd.DataFrame({"x": x, "z": (x * 7) % 11})
    y = pd.Series(np.sin(x / 5) * 10)
    one_nn = make_pipeline(StandardScaler(), KNeighborsRegressor(n_neighbors=1))
    folds = KFold(3, shuffle=True, random_state=SEED)
    expected = np.mean(cross_val_score(one_nn, X.to_numpy(), y.to_numpy(), cv=folds, scoring="r2"))
    assert describe(X, y, "regression")["lm_one_nn"] == pytest.approx(max(expected, -1.0))


def test_a_table_of_one_row_and_one_feature_has_as_many_features_as_samples():
    from mlwf.profiling.metafeatures import describe
    found = describe(pd.DataFrame({"x": [1.0]}), pd.Series(["a"]), "classification")
    assert found["log_features_per_sample"] == 0.0          # log10(1 / 1)


def test_a_task_read_from_json_describes_the_classes():
    # a task stated in a request is a string made at run time, equal to the word but not
    # the very object the code writes
    from mlwf.profiling.metafeatures import describe
    task = json.loads('{"task": "classification"}')["task"]
    X = pd.DataFrame({"x": np.arange(80, dtype=float), "z": np.arange(80.0) % 7})
    found = describe(X, pd.Series(list("abcd") * 20), task)
    assert found["log_n_classes"] == pytest.approx(2.0)
