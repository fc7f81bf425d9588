"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked, column_types.py, third batch: a time axis of years with a fraction that ends in
2200, the last year the rule takes; levels that fall and rise again at three troughs, not
only two; distinct names of two words, which the reason calls strings of words; and 96 among
the survey codes for a missing answer. Each test states a rule of column_types.py on a file
made here, and was seen to fail with its mutant put in."""
from __future__ import annotations

from profiles import kind_of, reason, repeated

# -- years with a fraction (column_types._decimal_years: years 1000 to 2200) ------------------

def test_a_time_axis_of_months_that_ends_in_2200_is_datetime():
    # 2199 + k/12 for k = 0..12: the last value is 2200 exactly, the top of the range the
    # rule takes (1000 <= vmin < vmax <= 2200), as a projection run to 2200 ends
    v = kind_of([f"{2199 + k / 12:.4f}" for k in range(13)])
    assert v["stat_type"] == "datetime" and "rising by one month" in reason(v), v
    assert "from 2199 to 2200" in reason(v), v


# -- whole-number levels that go up and down (column_types, troughs: at least two) ------------

def test_levels_that_fall_and_rise_again_at_three_troughs_are_codes_of_categories():
    # 7 levels, 135 rows: 30 rows on the odd levels, 5 on the even ones; each even level is
    # a trough (5 + 2 * sqrt(5) < 30), three of them, one more than the two the rule needs
    v = kind_of(repeated({1: 30, 2: 5, 3: 30, 4: 5, 5: 30, 6: 5, 7: 30}))
    assert v["stat_type"] == "nominal", v
    assert "fall and rise again at 2, 4, 6" in reason(v), v


# -- distinct strings (column_types._strings: 1.5 words or more are strings of words) ---------

def test_distinct_names_of_two_words_are_labels_written_in_words():
    # 12 names, every one of two words: 2.0 words on average, past the 1.5 of the rule
    names = ["Anna Berg", "Bo Lind", "Carl Ek", "Dag Holm", "Eva Strand", "Finn Dahl",
             "Gun Ask", "Hans Vik", "Ida Lund", "Jon Sund", "Kim Alm", "Lars Nyberg"]
    v = kind_of(names)
    assert v["stat_type"] == "identifier", v
    assert "a distinct short string of words" in reason(v), v


# -- survey codes past a short scale (column_types.SURVEY_CODES) -------------------------------

def test_96_beside_98_past_a_scale_of_five_are_survey_codes():
    # a scale 1-5 (every step used), then 96 and 98 on 7 of 117 rows (at most a tenth): 96 is
    # a survey code as 98 is, so both leave the scale and the column is not counts up to 98
    v = kind_of(repeated({1: 10, 2: 25, 3: 40, 4: 25, 5: 10, 96: 3, 98: 4}))
    assert "The values 96, 98 (7 rows)" in reason(v) and "survey codes" in reason(v), v
    assert v["stat_type"] == "ordinal" and "levels (1, 2, 3, 4, 5)" in reason(v), v
