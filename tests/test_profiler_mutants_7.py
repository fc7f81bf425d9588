"""Profiles of small CSVs for what the profiler's complete mutation run of commit 58d9f65
(README, "Mutation testing"; docs/mutation-survivors.md) left unchecked, seventh slice:
survey codes past a scale that does not start at 1, an eleven-point rating's confidence,
a year or 0 just past 1500, Unix time from exactly 2000-01-01, counts of events that
rise by exactly a tenth of the commonest count, brackets written with k beside brackets
in digits, "sevrl" times a month against once a week, and empty lines in a file of one
column. Each test states a rule the README or the profiler's docstrings give, on a file
made here, at or just past its threshold where it has one, and was seen to fail with its
mutant put in."""
from __future__ import annotations

from profiles import column, kind_of, profile_text, reason, repeated, shuffled

# -- survey codes past a scale (column_types._without_survey_codes) ----------------------------

def test_a_9_past_a_scale_from_1_is_a_survey_code_but_past_a_scale_from_2_a_level():
    # "a short scale numbered from 1": 1-4 then 9 drops the 9; 2-5 then 9 keeps it
    from_1 = kind_of(repeated({1: 10, 2: 10, 3: 10, 4: 10, 9: 2}), name="rating")
    assert "reads as a survey code" in reason(from_1), from_1
    from_2 = kind_of(repeated({2: 10, 3: 10, 4: 10, 5: 10, 9: 2}), name="rating")
    assert "survey codes" not in reason(from_2), from_2
    assert "(2, 3, 4, 5, 9)" in reason(from_2), from_2


# -- an eleven-point rating (column_types, whole numbers 0 to 10 named as a scale) -------------

def test_whole_numbers_0_to_10_named_a_rating_are_an_eleven_point_scale_at_07():
    # README: "whole numbers 0-10 named as a scale (an eleven-point rating)", 0.7 to 0.85
    v = kind_of(shuffled(list(range(11)) * 4), name="rating")
    assert v["stat_type"] == "ordinal" and "eleven-point rating scale" in reason(v), v
    assert v["confidence"] == 0.7, v


# -- a year or 0 (column_types, "A year that may not have happened") ---------------------------

def test_years_just_past_1500_or_0_in_a_column_named_year_are_years_with_0_for_none():
    # the clause takes a top value past 1500: 1501 is the first one it takes
    v = kind_of(shuffled([0] * 5 + [1500] * 3 + [1501] * 3), name="year_built")
    assert v["stat_type"] == "datetime", v
    assert "5 rows hold 0, for no year" in reason(v), v


# -- Unix time (column_types, TIME_NAME) -------------------------------------------------------

def test_seconds_from_exactly_2000_01_01_are_unix_time_and_a_second_earlier_are_not():
    # "whole numbers in the range of Unix time since 2000" under a name of a moment that is
    # not Unix time's own: 946684800 is 2000-01-01 00:00
    at = kind_of(shuffled([946_684_800 + i * 3600 for i in range(30)]), name="created_at")
    assert at["stat_type"] == "datetime" and "Unix time" in reason(at), at
    assert "from 2000-01-01 to 2000-01-02" in reason(at), at
    before = kind_of(shuffled([946_684_799 + i * 3600 for i in range(30)]), name="created_at")
    assert "Unix time" not in reason(before), before


def test_seconds_named_timestamp_from_exactly_1990_01_01_are_unix_time():
    # "since 1990 where the name says timestamp or epoch": 631152000 is 1990-01-01 00:00
    at = kind_of(shuffled([631_152_000 + i * 3600 for i in range(30)]), name="timestamp")
    assert at["stat_type"] == "datetime" and "from 1990-01-01 to 1990-01-02" in reason(at), at
    before = kind_of(shuffled([631_151_999 + i * 3600 for i in range(30)]), name="epoch")
    assert "Unix time" not in reason(before), before


# -- counts of events that thin out (column_types, "falling") ----------------------------------

def test_a_count_that_rises_by_exactly_a_tenth_of_its_commonest_level_still_thins_out():
    # no step up may add more than a tenth of the commonest level's rows: 20 at 0, then
    # 10, 12 (up 2, exactly a tenth), 5 are counts; 10, 13 (up 3) are not
    at = kind_of(repeated({0: 20, 1: 10, 2: 12, 3: 5}))
    assert at["stat_type"] == "discrete" and "the shape of counts of events" in reason(at), at
    past = kind_of(repeated({0: 20, 1: 10, 2: 13, 3: 5}))
    assert "the shape of counts of events" not in reason(past), past


# -- brackets of numbers (column_types._ranges_order) ------------------------------------------

def test_a_bracket_ending_at_20k_touches_one_starting_at_20001_and_does_not_overlap():
    # 20k is 20 000 exactly: "10k-20k" ends before "20001-30000" starts, so the brackets
    # cut a scale and are ordered
    levels = ["under 10k", "10k-20k", "20001-30000", "over 30000"]
    v = kind_of(repeated({b: 6 + i for i, b in enumerate(levels)}), name="income")
    assert v["stat_type"] == "ordinal" and v["order"] == levels, v


# -- answers to how often (column_types._frequency_order) --------------------------------------

def test_sevrl_times_a_month_is_less_often_than_once_a_week():
    # "sevrl" is "several", four times: 4 x 12 = 48 a year, below once a week (52)
    levels = ["never", "once a month", "sevrl times a month", "once a week", "daily"]
    v = kind_of(repeated({b: 6 + i for i, b in enumerate(levels)}), name="how_often")
    assert v["stat_type"] == "ordinal" and v["order"] == levels, v


# -- a file of one column (profile._dialect) ---------------------------------------------------

def test_an_empty_line_in_a_file_of_one_column_is_a_missing_value():
    # with one column an empty line is a missing value, as pandas writes one: 2 of 10 rows
    p = profile_text("v\n1\n\n3\n4\n5\n6\n7\n\n9\n10\n")
    assert column(p, "v")["missing_ratio"] == 0.2
