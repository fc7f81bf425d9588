"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb
left unchecked, column_types.py, second batch: reasons that compare equal only when they say
the same, bins named by one word, the range a column of times of day gives, survey codes on
more than a tenth of the rows, eight years with a fraction, and the confidences of a time axis
and of counts named so. Each test states a rule the profiler's comments and docstrings give,
on a file made here, at or just past its threshold where it has one, and was seen to fail
with its mutant put in."""
from __future__ import annotations

from profiles import kind_of, reason, repeated, shuffled

# -- a reason and the notes added to it (column_types.Sentences: "sentences read together") ---

def test_a_reason_with_a_note_added_is_not_the_reason_alone():
    # the same counts, once written plainly and once with a dollar sign: the second reason is
    # the first and a note on the marks, so the two differ (a list compared as a prefix would
    # make the shorter one equal to the longer)
    values = shuffled([k % 20 + 1 for k in range(60)])
    plain = kind_of(values, name="visits")
    marked = kind_of([f"${v}" for v in values], name="visits")
    assert "are counts" in reason(plain) and "are counts" in reason(marked), (plain, marked)
    assert "written with a currency sign" in reason(marked), marked
    assert plain["reason"] != marked["reason"], (plain, marked)
    assert marked["reason"] != plain["reason"], (plain, marked)


# -- bins of an amount (column_types._numeric: the last word of the name is bin, band or
# bracket) -----------------------------------------------------------------------------------

def test_bins_in_a_column_named_bin_alone_are_ordered():
    # "bin" is the name's last word and its only one: nothing comes after a first word
    v = kind_of(shuffled(list(range(1, 21)) * 4), name="bin")
    assert v["stat_type"] == "ordinal" and "number the bins of an amount" in reason(v), v


# -- times of day (column_types._strings: "Times of day ({format}) from {first} to {last}") ---

def test_times_of_day_give_their_first_and_last_time():
    v = kind_of(["08:00", "09:30", "10:15", "11:45", "12:00", "13:30", "14:00", "15:15"] * 2,
                name="t")
    assert v["stat_type"] == "datetime", v
    assert "Times of day (%H:%M) from 08:00:00 to 15:15:00" in reason(v), v


# -- survey codes past a scale (column_types._without_survey_codes: "held by at most a tenth
# of the rows") -------------------------------------------------------------------------------

def test_a_9_on_just_over_a_tenth_of_the_rows_is_no_survey_code():
    # 10 rows of 99 hold the 9: 10.1 %, past a tenth; it stays a level of the column
    v = kind_of(repeated({1: 10, 2: 20, 3: 29, 4: 20, 5: 10, 9: 10}))
    assert "survey codes" not in reason(v), v
    assert "levels (1, 2, 3, 4, 5, 9)" in reason(v), v


# -- years with a fraction (column_types._decimal_years: eight values or more) ----------------

def test_eight_months_in_a_row_are_a_time_axis():
    # 2000 + k/12 for k = 0..7: eight values, the fewest the rule takes; on the grid of months
    v = kind_of([f"{2000 + k / 12:.4f}" for k in range(8)])
    assert v["stat_type"] == "datetime" and "rising by one month" in reason(v), v


def test_a_time_axis_of_years_with_a_fraction_is_datetime_at_07():
    v = kind_of([f"{2000 + k / 12:.4f}" for k in range(24)], name="time")
    assert v["stat_type"] == "datetime" and "the time axis of a series" in reason(v), v
    assert v["confidence"] == 0.7, v


# -- counts named so (column_types, whole-number levels under COUNT_NAME) ---------------------

def test_whole_number_levels_in_a_column_named_as_a_count_are_counts_at_07():
    v = kind_of(shuffled([0, 1, 2, 3, 4, 5] * 5 + [6, 7]), name="n_children")
    assert v["stat_type"] == "discrete" and "in a column named 'n_children' are counts" \
        in reason(v), v
    assert v["confidence"] == 0.7, v
