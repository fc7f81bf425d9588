"""Profiles of small CSVs for what the seventh sitting of the profiler's mutation run of commit
755eccb left unchecked in column_types.py: the last week of a year, a year column of 0 or years
from 1900 exactly, a date written MMDDYYYY on the last day the format allows, a negative value
whose digits differ (-98), which is no code for a missing answer, whole-number levels from 2 up,
two ranked labels, which split the rows in two rather than make a scale, ids of units in blocks
but for a few, a monthly series missing one month in ten, a code at exactly ten times the
largest value, and the words and sentences of free text counted over the first 5 000 values.
Each test states a rule the profiler's docstrings give, on a file made here, and was seen to
fail with its mutant put in."""
from __future__ import annotations

import pandas as pd
from profiles import column, kind_of, profile_rows, reason, shuffled


def test_week_53_is_still_a_week_of_the_year():
    """ISO years have 53 weeks now and then: a column named 'week' that reaches 53 holds the
    week of a date, not a time counted past the calendar's range."""
    v = kind_of(shuffled([w for w in range(1, 54)] * 4), name="week")
    assert v["stat_type"] == "ordinal", v
    assert "from 1 to 53" in reason(v) and "week of a date" in reason(v), v


def test_zero_or_years_from_1900_itself_are_years():
    """0 where a thing did not happen and the year where it did, the earliest being 1900
    exactly: 1900 is a calendar year like the others, not a count."""
    v = kind_of(shuffled([0] * 60 + [1900] * 30 + [1950] * 40 + [1990] * 40 + [2004] * 30),
                name="passed")
    assert v["stat_type"] == "datetime", v
    assert "1900 to 2004" in reason(v), v


def test_december_31st_2100_written_mmddyyyy_is_a_date():
    """12312100, the last day the MMDDYYYY reading covers, is still read as a date when the
    column's other values are dates written the same way."""
    days = pd.date_range("1990-01-01", "2100-12-31", periods=150)
    v = kind_of(shuffled([int(t.strftime("%m%d%Y")) for t in days]), name="when")
    assert v["stat_type"] == "datetime", v
    assert "MMDDYYYY" in reason(v) and "2100-12-31" in reason(v), v


def test_minus_98_is_no_missing_code_since_its_digits_differ():
    """Codes for a missing answer repeat one digit (-9, -99, -8, -88); -98 on one row below
    otherwise positive counts is a value like the others, kept, not dropped as a code."""
    v = kind_of(shuffled(list(range(1, 61)) * 2 + [-98]), name="score")
    assert "missing or unknown answer" not in reason(v), v
    assert v["min"] == -98, v


def test_levels_from_2_up_are_amounts_not_a_scale():
    """Whole numbers 2 to 6, most rows in the middle: a scale of codes starts at 0 or 1, so
    levels that start at 2 are amounts in whole units (2 to 6 rooms, seats, children)."""
    v = kind_of(shuffled([2] * 10 + [3] * 30 + [4] * 35 + [5] * 20 + [6] * 12), name="v")
    assert v["stat_type"] == "discrete", v
    assert "do not start at 0 or 1" in reason(v), v


def test_two_stages_split_the_rows_in_two_rather_than_rank_them():
    """A word for a rank followed by numerals is read as an ordered scale from three levels up
    ("Stage I" < "Stage II" < "Stage III"); two levels are a split of the rows in two, as any
    two labels are."""
    v = kind_of(shuffled(["Stage I"] * 30 + ["Stage II"] * 20), name="v")
    assert v["stat_type"] == "boolean", v


def test_two_graded_answers_split_the_rows_in_two_rather_than_rank_them():
    """Brackets of numbers and one word graded by modifiers are ordered from three levels up;
    two ("1-5" and "6-10", "happy" and "very happy") split the rows into two groups."""
    for labels in (("1-5", "6-10"), ("very happy", "happy")):
        v = kind_of(shuffled([labels[0]] * 30 + [labels[1]] * 20), name="v")
        assert v["stat_type"] == "boolean", (labels, v)


def test_ids_of_units_in_blocks_stay_blocks_when_a_few_units_are_split():
    """Panel data sorted by unit, but for three of 100 units whose rows were appended at the
    end: 103 runs of rows for 100 ids is still "each in a single block" (a twentieth of slack),
    the stronger evidence of unit ids, not ids scattered over the rows."""
    ids = [1000 + i for i in range(100) for _ in range(4)]
    moved = [ids.pop(ids.index(u)) for u in (1003, 1050, 1077)]
    p = profile_rows("subject_id,x", [(u, (i * 7) % 11) for i, u in enumerate(ids + moved)])
    v = column(p, "subject_id")
    assert v["stat_type"] == "identifier" and v["confidence"] == 0.85, v
    assert "single block" in reason(v), v


def test_a_monthly_series_with_one_month_of_ten_left_out_is_a_time_axis():
    """Years with a fraction rising by a month, nine of the ten months of their span present:
    at most one period in ten may be missing, and one in ten exactly still is a time axis."""
    v = kind_of([f"{2000 + k / 12:.6f}" for k in range(10) if k != 4], name="v")
    assert v["stat_type"] == "datetime", v
    assert "rising by one month" in reason(v), v


def test_999_exactly_ten_times_the_largest_value_is_a_missing_code():
    """A 999 on two rows above values that reach 99.9: a code for a missing answer is told from
    an amount by standing at least ten times above the rest, and 999 is that, exactly."""
    v = kind_of(shuffled([f"{k / 10:.1f}" for k in range(1000)] + ["999"] * 2), name="w")
    assert "The value 999 (2 rows), far above the rest" in reason(v), v
    assert v["stat_type"] == "continuous", v


def test_the_words_of_free_text_are_averaged_over_its_first_5000_values():
    """The mean length of free text is read from the first 5 000 values of the sample (the
    whole column here, in file order): a last, 5 000th note of 506 words lifts 4 999 notes of
    six words to 6.1 words on average, as the reason says."""
    notes = [f"Row {k} was written down today." for k in range(4999)]
    notes.append(" ".join(["word"] * 505) + " end.")
    v = kind_of(notes, name="note")
    assert v["stat_type"] == "text", v
    assert "6.1 words per value" in reason(v), v


def test_sentences_are_counted_over_the_first_5000_values():
    """Text of four words is free text when half of its values or more are sentences: 2 500
    sentences in 5 000 values are half, the 5 000th value among them."""
    values = [f"item {k} in stock{'.' if k % 2 else ''}" for k in range(4999)]
    values.append("item 4999 in stock.")
    v = kind_of(values, name="note")
    assert v["stat_type"] == "text" and "written as sentences" in reason(v), v
