"""Profiles for survivors of the profiler's mutation run of commit 755eccb that were left open
because they change a bound: each test states the bound the README's table of types gives and
checks both sides of it."""
from __future__ import annotations

import pytest
from profiles import column, kind_of, profile_text, reason, sample_order

from mlwf.profiling.profile import SAMPLE_ROWS

# -- whole numbers 1500-2100 named a date, to 2300 named a year (README, table of types:
# datetime) -----------------------------------------------------------------------------------

def test_whole_numbers_up_to_2300_named_year_are_calendar_years():
    v = kind_of(list(range(2202, 2301)), name="year")
    assert v["stat_type"] == "datetime" and "calendar years" in reason(v), v


def test_whole_numbers_past_2300_named_year_are_no_calendar_years():
    v = kind_of(list(range(2203, 2302)), name="year")
    assert "calendar years" not in reason(v), v


def test_whole_numbers_up_to_2100_named_date_are_calendar_years():
    v = kind_of(list(range(2002, 2101)), name="date")
    assert v["stat_type"] == "datetime" and "calendar years" in reason(v), v


def test_whole_numbers_past_2100_named_date_are_no_calendar_years():
    v = kind_of(list(range(2003, 2102)), name="date")
    assert "calendar years" not in reason(v), v


# -- an MJD up to 100 000 (README, table of types: day numbers named as a Julian date) --------

def test_day_numbers_up_to_100_000_named_mjd_are_dates():
    v = kind_of(list(range(99_970, 100_001)), name="mjd")
    assert v["stat_type"] == "datetime" and "Julian dates" in reason(v), v


def test_day_numbers_past_100_000_named_mjd_are_no_julian_dates():
    v = kind_of(list(range(99_971, 100_002)), name="mjd")
    assert "Julian dates" not in reason(v), v


# -- numbered labels label the rows from 3 (README: `row_1` ... `row_8`) ----------------------

def test_three_numbered_labels_label_the_rows():
    v = kind_of(["row_1", "row_2", "row_3"], name="v")
    assert v["stat_type"] == "identifier", v


def test_two_numbered_labels_are_too_few_to_label_the_rows():
    v = kind_of(["row_1", "row_2"], name="v")
    assert v["stat_type"] != "identifier", v


# -- amounts rounded to a round step have it in common, so they are no codes -----------------

def test_rounded_amounts_of_one_width_beyond_the_sample_are_no_codes():
    # README, table of types: whole numbers of one width scattered with "no common step" are
    # codes; amounts rounded to 500 have one. A file past the sample: the column is present on
    # 2 sampled rows and 54 left out (1 000 to 9 500 by 500, three times each, in no blocks).
    # Two sampled values show no step at all, which must not pass for a step of 1.
    unsampled = [500 * k for k in range(2, 20)] * 3
    n = SAMPLE_ROWS + len(unsampled)
    order = sample_order(n)
    cells = [""] * n
    for row, value in zip(order[:2], [1000, 1500], strict=True):
        cells[row] = str(value)
    for row, value in zip(sorted(order[SAMPLE_ROWS:]), unsampled, strict=True):
        cells[row] = str(value)
    p = profile_text("v,w\n" + "".join(f"{c},{i % 7}\n" for i, c in enumerate(cells)))
    v = column(p, "v")
    assert v["stat_type"] in ("discrete", "continuous"), v



# -- a time index counts periods from 0, or around 0 from below it (README: `t`, `period`) ---

@pytest.mark.parametrize(("first", "said"), [(-1, "before and after a reference point (0)"),
                                             (0, "count periods from a start")])
def test_a_time_index_from_minus_one_counts_around_0_and_from_0_from_a_start(first, said):
    v = kind_of(list(range(first, 20)), name="t")
    assert v["stat_type"] == "datetime" and said in reason(v), v
