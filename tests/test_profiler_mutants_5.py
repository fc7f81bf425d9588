"""Profiles of small CSVs for what the profiler's complete mutation run of commit 58d9f65
(README, "Mutation testing"; docs/mutation-survivors.md) left unchecked, fifth slice: how a
row number and the blocks of ids are counted again without a missing-value code, the
thresholds of whole numbers (row numbers, squares, catalogue numbers, codes of one width,
years with zeros, brackets of money, levels that thin out like counts), the confidences
the rules state, ordered strings (brackets written with "mn", answers to how often), the
decimal comma of a tab-separated file, and the meta-features read off the facts and the
rows. Each test states a rule the README or the profiler's docstrings give, on a file made
here, at or just past its threshold where it has one, and was seen to fail with its mutant
put in."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from profiles import column, kind_of, profile_text, reason, repeated, sample_order, shuffled

from mlwf.profiling.profile import SAMPLE_ROWS

# -- a missing-value code dropped from a short column: its order counted again ----------------
# (column_types._drop: "the sample is the whole column in row order: count again how the
# values follow each other without the code")

def test_a_row_number_with_a_minus_1_among_its_rows_still_counts_1_by_1():
    # the -1 broke two steps of +1; without it, 1 to 60 step by +1 all the way
    values = list(range(1, 61))
    values.insert(30, -1)
    v = kind_of(values)
    assert "-1 (1 of 61 rows)" in reason(v), v
    assert v["stat_type"] == "identifier" and "count 1 by 1 from 1" in reason(v), v


def test_twelve_subjects_two_of_them_in_two_blocks_with_a_minus_1_are_scattered_ids():
    # without the -1, 14 runs of 12 ids (3 and 7 come back once): more than 1.05 runs an
    # id, so not "each in a single block of rows"
    blocks = [(1, 5), (2, 5), (3, 3), (4, 5), (3, 2), (5, 5), (6, 5), (7, 3), (8, 5), (7, 2),
              (9, 5), (10, 5), (11, 5), (12, 5)]
    values = [g for g, size in blocks for _ in range(size)]
    values.insert(20, -1)
    v = kind_of(values, name="subject_id")
    assert "-1 (1 of 61 rows)" in reason(v), v
    assert v["stat_type"] == "identifier" and "scattered over the rows" in reason(v), v


# -- whole numbers that label rows (column_types._whole_number_labels) -------------------------

def test_distinct_numbers_that_jump_once_down_the_rows_are_no_row_number():
    # a row number counts 1 by 1 at every step: one jump of 21 makes rising numbers
    v = kind_of(list(range(1, 21)) + list(range(41, 61)))
    assert v["stat_type"] == "identifier" and "rise row by row" in reason(v), v
    assert "count 1 by 1" not in reason(v), v


def test_a_row_number_from_0_after_a_minus_1_on_a_long_file_counts_1_by_1():
    # A file past the sample (50 000 rows): the steps of +1 are counted over the whole
    # column, the -1 included (-1, 0, 1, ... 58: 59 steps of +1), and left so once the -1 is
    # dropped, as the sample's rows are not consecutive; 59 values then make 59 steps of
    # +1, one more than their 58 steps, and still a row number.
    n = SAMPLE_ROWS + 1
    out = int(sample_order(n)[SAMPLE_ROWS])          # the one row left out of the sample
    assert out >= 59
    cells = [""] * n
    for k, value in enumerate(range(-1, 59)):
        cells[out - 59 + k] = str(value)
    v = column(profile_text("v,w\n" + "".join(f"{c},{i % 7}\n" for i, c in enumerate(cells))),
               "v")
    assert "-1 (1 of 60 rows)" in reason(v), v
    assert v["stat_type"] == "identifier" and "count 1 by 1 from 0" in reason(v), v


def test_twenty_rows_filling_1_to_19_with_one_repeat_are_a_numbering():
    # "a catalogue's numbers with a slip": 20 rows at least, one repeat in twenty
    v = kind_of(shuffled(list(range(1, 20)) + [7]))
    assert v["stat_type"] == "identifier" and "fill 1 to 19" in reason(v), v


def test_scattered_repeated_codes_of_three_digits_are_codes_and_of_two_digits_are_not():
    # few values with no common step over a wide range, each repeated, one of them far more
    # often (no ids of units in equal numbers): codes of one width need three digits
    two = [10, 17, 23, 31, 38, 45, 52, 60, 71, 80, 88, 99]
    counts = {c: (10 if c == 45 else 3) for c in two}
    v = kind_of(repeated(counts))
    assert "of one width" not in reason(v), v
    v = kind_of(repeated({c + 100: n for c, n in counts.items()}))
    assert v["stat_type"] == "nominal" and "of one width" in reason(v), v


def test_units_in_blocks_named_category_alone_are_categories_not_units():
    # "the codes of categories, the rows sorted by them": the name's last word, also when it
    # is its only word
    sizes = [4, 5, 3, 4, 6, 4, 5, 4, 3, 4, 6, 4, 5, 4, 3]
    values = [g + 1 for g, size in enumerate(sizes) for _ in range(size)]
    units = kind_of(values)
    assert units["stat_type"] == "identifier" and "grouped or panel data" in reason(units), units
    v = kind_of(values, name="category")
    assert v["stat_type"] == "nominal" and "grouped or panel data" not in reason(v), v


# -- squares (column_types._squares: "whole numbers that are all squares") ---------------------

def test_eight_distinct_squares_up_to_100_are_an_amount_squared_and_seven_are_not():
    v = kind_of(repeated({k * k: 3 for k in range(3, 11)}))
    assert v["stat_type"] == "discrete" and "square of a whole number" in reason(v), v
    v = kind_of(repeated({k * k: 3 for k in range(4, 11)}))
    assert "square of a whole number" not in reason(v), v


# -- whole numbers named in the plural ---------------------------------------------------------

def test_whole_numbers_from_1_in_a_column_named_in_the_plural_are_a_number_of_things():
    # "trips" from 1 as from 0: more than 25 values, few enough for counts, not skewed
    v = kind_of(shuffled([1 + i % 40 for i in range(80)]), name="trips")
    assert v["stat_type"] == "discrete" and "named in the plural ('trips')" in reason(v), v


# -- years written with 0 for none ------------------------------------------------------------

def test_zero_or_years_up_to_2100_are_the_year_something_happened_and_2101_is_past_them():
    v = kind_of(repeated({0: 20, 1990: 5, 2005: 5, 2100: 3}))
    assert v["stat_type"] == "datetime" and "0 or a calendar year (1990 to 2100)" in reason(v), v
    v = kind_of(repeated({0: 20, 1990: 5, 2005: 5, 2101: 3}))
    assert v["stat_type"] != "datetime" and "calendar year" not in reason(v), v


# -- a part of a date named so (column_types._calendar) ----------------------------------------

def test_months_with_exactly_a_quarter_of_the_rows_at_the_top_are_times_cut_off():
    # "a quarter of the rows at least" at the last month, three times the next level
    v = kind_of(repeated({**{m: 3 for m in range(1, 11)}, 12: 10}), name="month")
    assert v["stat_type"] == "discrete" and "25% of the rows at 12" in reason(v), v


# -- a few whole-number levels (column_types._integer_codes) -----------------------------------

def test_a_level_above_the_lowest_holding_the_most_rows_is_no_count_thinning_out():
    # "most rows at the lowest level": 22 rows at 2 are more than the 20 at 1
    v = kind_of(repeated({1: 20, 2: 22, 3: 15, 4: 10}))
    assert v["stat_type"] == "ordinal" and "fewer at each step" not in reason(v), v


def test_five_levels_with_a_tail_thinning_to_under_one_percent_are_counts():
    # five levels at least, most rows low, the top one under 1 % of 141 rows
    v = kind_of(repeated({0: 40, 1: 60, 2: 30, 3: 10, 4: 1}))
    assert v["stat_type"] == "discrete" and "long thin tail of counts" in reason(v), v


def test_whole_numbers_1_to_3_named_as_income_are_three_brackets():
    v = kind_of(repeated({1: 9, 2: 12, 3: 7}), name="income")
    assert v["stat_type"] == "ordinal" and "the code of its bracket" in reason(v), v


def test_levels_named_as_references_are_labels_at_06():
    v = kind_of(repeated({1: 9, 2: 12, 3: 7, 4: 8}), name="ref")
    assert v["stat_type"] == "nominal" and "list of references" in reason(v), v
    assert v["confidence"] == 0.6, v


def test_percentiles_past_ten_levels_are_an_ordered_scale_at_07():
    v = kind_of(shuffled([1 + i % 50 for i in range(100)]), name="percentile")
    assert v["stat_type"] == "ordinal" and "quantile groups" in reason(v), v
    assert v["confidence"] == 0.7, v


# -- strings ---------------------------------------------------------------------------------

def test_ten_distinct_words_label_the_rows():
    # every value distinct on ten rows at least (fewer only under a name that says key)
    words = ["alder", "birch", "cedar", "elm", "fir", "hazel", "larch", "maple", "oak", "yew"]
    v = kind_of(shuffled(words))
    assert v["stat_type"] == "identifier" and "distinct short string" in reason(v), v


def test_years_with_a_word_for_a_year_not_known_are_calendar_years_at_06():
    # "Ancient", as the rule's docstring has it, on 2 of 22 rows
    v = kind_of([str(1950 + 3 * i) for i in range(20)] + ["Ancient", "Ancient"], name="year")
    assert v["stat_type"] == "datetime" and "words for a year not known" in reason(v), v
    assert v["confidence"] == 0.6, v


def test_a_million_written_mn_ends_where_a_bracket_written_in_digits_starts():
    # 1mn is 1 000 000: brackets that meet there touch, they do not overlap (overlapping
    # ranges are estimates with their uncertainty, no scale)
    levels = ["under 500k", "500k-1mn", "1000000-2000000", "over 2mn"]
    v = kind_of(repeated({b: 6 + i for i, b in enumerate(levels)}), name="income")
    assert v["stat_type"] == "ordinal" and v["order"] == levels, v


def test_a_few_times_a_year_is_more_often_than_twice():
    # "few" is three times; a tie with "twice" would leave no order
    levels = ["never", "twice a year", "a few times a year", "monthly"]
    v = kind_of(repeated({b: 6 + i for i, b in enumerate(levels)}), name="how_often")
    assert v["stat_type"] == "ordinal" and v["order"] == levels, v


def test_five_answers_to_how_often_without_never_are_ordered():
    # without "never" it takes four answers at least to be a scale of how often; five are
    levels = ["once a year", "once a month", "once a week", "several times a week", "every day"]
    v = kind_of(repeated({b: 6 + i for i, b in enumerate(levels)}), name="how_often")
    assert v["stat_type"] == "ordinal" and v["order"] == levels, v


# -- reading the file (README, "Reading the file") ---------------------------------------------

def test_a_tab_separated_file_with_decimal_commas_has_the_decimal_comma():
    # a comma is the decimal mark of a file it does not delimit, when more cells are
    # written with a decimal comma than with a point
    p = profile_text("a\tb\n" + "".join(f"{i},5\t{i % 3}\n" for i in range(1, 21)))
    assert p.table["delimiter"] == "\t" and p.table["decimal"] == ",", p.table
    v = column(p, "a")
    assert v["stat_type"] == "continuous" and v["min"] == 1.5 and v["max"] == 20.5, v


# -- meta-features (profiling/metafeatures.py) --------------------------------------------------

def test_features_per_sample_read_off_the_facts_is_their_ratio():
    from mlwf.profiling.metafeatures import from_facts
    found = from_facts({"n_samples": 1000, "n_features": 10})
    assert found["log_features_per_sample"] == pytest.approx(-2.0)


def test_balanced_classes_give_each_class_an_equal_share():
    from mlwf.profiling.metafeatures import from_facts
    found = from_facts({"task": "classification", "n_classes": 4, "class_balance": "balanced"})
    assert found["minority_share"] == pytest.approx(0.25)


def test_one_landmarker_alone_has_no_relative_landmarks():
    from mlwf.profiling.metafeatures import relative_landmarkers
    assert relative_landmarkers({"lm_linear": 0.5}) == {}
    assert relative_landmarkers({"lm_linear": 0.5, "lm_tree": 0.75}) == {
        "relative_lm_linear": -0.25, "relative_lm_tree": 0.0}


def test_a_gap_in_a_category_column_is_read_as_its_median_category():
    # "Categories as codes, gaps filled with the column's median": a gap describes the rows
    # as the middle category written there would
    from mlwf.profiling.metafeatures import describe
    rng = np.random.default_rng(5)
    kinds = list(rng.choice(["a", "b", "c"], 120))
    kinds[:3] = ["a", "b", "c"]                      # codes 0, 1, 2 in order of appearance
    gaps = [None if i % 9 == 8 else k for i, k in enumerate(kinds)]
    filled = ["b" if i % 9 == 8 else k for i, k in enumerate(kinds)]
    present = [k for k in gaps if k]
    # neither a nor c holds half the rows written: b's code, 1, is the median
    assert max(present.count("a"), present.count("c")) < len(present) / 2
    y = pd.Series(rng.normal(size=120) + np.array([{"a": 0, "b": 3, "c": 6}[k] for k in kinds]))
    x = pd.Series(rng.normal(size=120))
    with_gaps = describe(pd.DataFrame({"kind": gaps, "x": x}), y, "regression")
    written = describe(pd.DataFrame({"kind": filled, "x": x}), y, "regression")
    for name in ("lm_linear", "lm_stump", "lm_tree", "lm_one_nn", "skewness", "kurtosis"):
        assert with_gaps[name] == pytest.approx(written[name]), name


def test_a_sample_of_a_larger_table_draws_every_row_at_most_once():
    # pymfe's sparsity of a column is 0 when its values are all distinct: the 500 rows
    # sampled from 800 of distinct values repeat none
    from mlwf.profiling.metafeatures import describe
    x = np.arange(800, dtype=float)
    X = pd.DataFrame({"x": x, "z": (x * 37) % 800})
    found = describe(X, pd.Series(np.sin(x / 9)), "regression")
    assert found["sparsity"] == 0.0, found
