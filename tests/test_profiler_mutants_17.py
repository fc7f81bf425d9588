"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb
left unchecked, column_types.py, sixth batch: whole numbers rising in steps of two with a
decimal slip left out, years with a few decimals beside words, dates written MMDDYYYY
before the year 1000, the figures a reason gives (skewness, words a name), codes of one
width repeated fewer than twice, a word for an unknown year cut at 20 characters, the
examples of codes kept as text, and "yr" in answers to how often. Each test states a rule
the profiler's docstrings and comments give, on a file made here, and was seen to fail with
its mutant put in."""
from __future__ import annotations

import pandas as pd
from profiles import column, kind_of, profile_text, reason, repeated, shuffled

# -- a decimal slip left out (column_types._drop counts steps of one again) ------------------

def test_steps_of_two_restarting_with_a_decimal_slip_do_not_count_one_by_one():
    # 0, 2, ..., 38 fifty times over (1,000 rows) and one 3.5 among them: one row in 1,001,
    # left out. Without it 950 of the 999 steps rise, all by 2 and none by exactly 1: no
    # numbering of rows within groups (that needs 90% of the steps to be 1)
    values = [(i % 20) * 2 for i in range(1000)]
    values.insert(501, 3.5)
    v = kind_of(values)
    assert "a slip of entry" in reason(v), v
    assert "count 1 by 1" not in reason(v) and v["stat_type"] != "identifier", v


# -- years beside words for a year not known (column_types._years_with_labels) ---------------

def test_years_some_with_a_decimal_beside_words_are_no_whole_numbers_of_years():
    # 18 whole years, two with .25 (1990.25 rounds down, so only == tells it from a whole
    # number) and three 'Ancient': the rule is for whole numbers only
    values = [str(y) for y in range(1992, 2010)] + ["1990.25", "1991.25"] + ["Ancient"] * 3
    v = kind_of(shuffled(values), name="year")
    assert "are calendar years" not in reason(v), v


def test_a_word_for_an_unknown_year_is_quoted_up_to_20_characters():
    # 'Before the 19th cent.' has 21 characters: one too many, cut to 19 and an ellipsis
    v = kind_of(shuffled([str(y) for y in range(1950, 1970)] + ["Before the 19th cent."] * 2),
                name="year")
    assert v["stat_type"] == "datetime" and "'Before the 19th cen…'" in reason(v), v


# -- dates written as whole numbers (column_types.INTEGER_DATES: the range of each format) ---

def test_mmddyyyy_below_the_year_1000_is_no_date_written_mmddyyyy():
    # 1010999 is 01010999, January 1st 999: below 1_011_000 (January 1st 1000), the lowest
    # MMDDYYYY the profiler reads, though pandas parses it; the rest are dates of 2020
    v = kind_of(shuffled([1010999, 1012020, 2152020, 3032020, 4092020, 1122020] * 2), name="date")
    assert "written MMDDYYYY" not in reason(v), v


# -- figures a reason gives -------------------------------------------------------------------

def test_the_skewness_of_counts_of_events_is_given_to_one_decimal():
    # 0 to 58 on 79 rows (35 distinct, past the 25 read as plain counts), most at 0 to 3:
    # skewness 1.40, written 1.4 (two decimals would show the 0)
    tail = [0] * 30 + [1] * 12 + [2] * 6 + [3] * 3 + list(range(4, 60, 2))
    v = kind_of(shuffled(tail), name="v")
    skew = pd.Series(tail, dtype=float).skew()
    assert "shape of counts of events" in reason(v), v
    assert f"(skewness {skew:.1f})" in reason(v), (skew, v)


def test_the_words_of_names_beside_a_key_are_given_to_one_decimal():
    # 206 names, 8 of them of two words: 1.04 words on average, written 1.0
    syllables = ["ka", "lo", "mi", "ran", "tu", "sel", "vo", "ne", "dar", "po", "li", "gu"]
    names = sorted({(a + b + c).capitalize() for a in syllables for b in syllables
                    for c in syllables})[:200]
    names = [n + " Nord" if i < 8 else n for i, n in enumerate(names)] + names[10:16]
    rows = [f"X{i // 50}-{i:03d},{n}" for i, n in enumerate(shuffled(names))]
    v = column(profile_text("code,name\n" + "\n".join(rows) + "\n"), "name")
    assert "'code' already tells the rows apart" in reason(v), v
    assert "Names of 1.0 words on average" in reason(v), v


def test_codes_kept_as_text_give_three_examples():
    # six codes with leading zeros, three rows each: three of them shown, not four
    v = kind_of(shuffled([f"0{i}" for i in range(1, 7)] * 3), name="zone")
    assert v["stat_type"] == "nominal" and "leading zeros" in reason(v), v
    assert len(reason(v).split("e.g. ")[1].rstrip(".").split(", ")) == 3, v


# -- codes of one width (column_types._whole_number_labels: "each repeated") -------------------

def test_codes_of_one_width_repeated_fewer_than_twice_on_average_are_no_codes():
    # 20 three-digit values over 101 to 957 with no common step (gcd 1), 35 rows: 1.75 rows
    # each, under the 2 the rule asks
    codes = [101 + 45 * k + k % 3 for k in range(20)]
    values = [c for k, c in enumerate(codes) for _ in range(2 if k % 4 else 1)]
    v = kind_of(shuffled(values))
    assert "codes (of industries, areas, products)" not in reason(v), v


# -- answers to how often (column_types.PERIODS: "yr" is a year) --------------------------------

def test_once_a_yr_is_once_a_year_below_twice_a_year():
    v = kind_of(repeated({"never": 5, "once a yr": 5, "twice a year": 5, "once a month": 5,
                          "every week": 5}), name="often")
    assert v["stat_type"] == "ordinal", v
    assert "never < once a yr < twice a year < once a month < every week" in reason(v), v
