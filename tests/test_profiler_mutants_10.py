"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked, profile.py, signals.py, metafeatures.py: durations in hours and seconds, ISO
durations in years, prices among too many words, a target of whole-number levels with gaps,
quoted blanks as pandas 2 reads them, exact distinct counts in a wide file, the outlier share
of a column the sample missed, the duplicate rows past the cap of remembered rows and of rows
crafted so that pandas' own hashes differ only where the row hash must not let them cancel,
the confidence of "not a time series", codes with a decimal beside a year, and the facts that
describe() is given. Each test states a rule the README or the profiler's docstrings give, on
a file made here, and was seen to fail with its mutant put in."""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from profiles import (
    U,
    column,
    kind_of,
    profile_rows,
    profile_text,
    reason,
    sample_order,
    shuffled,
    unmix,
)

from mlwf.profiling import profile as profile_mod
from mlwf.profiling.metafeatures import describe

# -- durations written with their units (numbers.DURATION_SECONDS) -----------------------------

def test_hours_written_hr_are_3600_seconds():
    # "hr" alone is no ambiguous unit: 1 hr to 12 hr are 3600 to 43200 seconds
    v = kind_of(shuffled([f"{n} hr" for n in range(1, 13)] * 2), name="duration")
    assert "read as seconds" in reason(v), v
    assert (v["min"], v["max"]) == (3600, 43200), v


def test_seconds_written_secs_are_seconds():
    # 45 secs is 45 seconds, not nothing
    v = kind_of(shuffled([f"{n} secs" for n in range(40, 52)] * 2), name="duration")
    assert "read as seconds" in reason(v), v
    assert (v["min"], v["max"]) == (40, 51), v


def test_iso_durations_in_years_are_not_seconds_and_do_not_fail_the_profile():
    # P1Y matches the ISO form, but a year has no fixed length: pandas refuses it
    # (ValueError), which leaves the value unread instead of failing the file
    v = kind_of([f"P{n}Y" for n in range(1, 13)], name="term")
    assert v["stat_type"] not in ("continuous", "discrete"), v
    assert "read as seconds" not in reason(v), v


# -- numbers written with marks (profile._Column._written) -------------------------------------

def test_prices_with_8_percent_words_stay_text():
    # 46 of 50 values are prices (92 %): enough for the first look (90 %), not for reading
    # the column as numbers (95 %); the 4 words are not placeholders of a missing value
    v = kind_of([f"${n}.50" for n in range(10, 56)] + ["abc", "def", "ghi", "jkl"], name="price")
    assert v["stat_type"] not in ("continuous", "discrete"), v
    assert "currency sign" not in reason(v), v


# -- a target of whole numbers (profile._target) -----------------------------------------------

@pytest.mark.parametrize("levels, target_type", [
    # 0..k-1 with gaps (doses): class labels from 0, nominal
    ([0, 2, 3, 5, 7, 8], "nominal"),
    # levels from below 0 (-3 to 5, gaps): not 0..k-1, so an ordered run
    ([-3, -1, 0, 2, 4, 5], "ordinal"),
])
def test_a_target_of_whole_numbers_with_gaps_is_nominal_from_0_else_ordinal(levels, target_type):
    ys = shuffled(levels * 8)
    p = profile_rows("x,y", [(i % 7, y) for i, y in enumerate(ys)], target="y")
    assert p.target["stat_type"] == "discrete", p.target
    assert p.target["target_type"] == target_type, p.target


# -- text as pandas 2 reads it: object columns (profile._Column.add) ---------------------------

def test_a_quoted_blank_is_missing_when_text_is_read_as_object():
    # pandas 2 (setup.cfg allows >= 2.0) reads text as object, as pandas 3 does with
    # future.infer_string off; a quoted blank there is an emptied cell, not a third category
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pd.option_context("future.infer_string", False):
            p = profile_text('a,b\nx,1\n" ",2\ny,3\nx,4\n" ",5\ny,6\n')
    a = column(p, "a")
    assert a["cardinality"] == 2 and a["missing_ratio"] == pytest.approx(2 / 6, abs=1e-4), a


# -- distinct counts within the budget (profile._Scan.add) -------------------------------------

def test_3000_distinct_values_among_14_columns_are_counted_exactly():
    # DISTINCT_BUDGET (20 million hashes) over 14 columns leaves each column far more than
    # 3000, so the 3000 ids are counted exactly, not estimated from a sketch of 2048
    ids = shuffled(list(range(100_000, 103_000)))
    rows = [(ids[i],) + tuple((i * k) % 7 for k in range(1, 14)) for i in range(3000)]
    p = profile_rows("id," + ",".join(f"c{k}" for k in range(1, 14)), rows)
    v = column(p, "id")
    assert v["cardinality"] == 3000 and not v.get("cardinality_estimated"), v


# -- the outlier share (profile._Scan._column_json) --------------------------------------------

def test_a_column_the_sample_holds_no_value_of_has_an_outlier_share_of_0():
    # 50003 rows, one chunk: the 3 rows whose keys are largest are left out of the sample of
    # 50000, and only they hold a value; no share of the sample can be negative
    n = 50_003
    left_out = sorted(sample_order(n)[50_000:].tolist())
    values = dict(zip(left_out, (1.5, 2.5, 7.25), strict=True))
    p = profile_rows("a,v", [(i % 5, values.get(i, "")) for i in range(n)])
    v = column(p, "v")
    assert v["stat_type"] == "continuous", v
    assert v["outlier_ratio"] == 0.0, v


# -- duplicate rows and the cap of rows remembered (profile._Scan._duplicates) -----------------

def rows_of(n: int, start: int = 0) -> list[tuple]:
    return [(i, i * 3 % 7) for i in range(start, start + n)]


def test_rows_up_to_the_cap_are_remembered_across_chunks(monkeypatch):
    # chunks of 4 rows, 10 rows remembered: after 2 chunks 8 rows (4 + 4 <= 10), so the copy
    # of row 6 in the third chunk is counted, and the count is exact
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 4)
    monkeypatch.setattr(profile_mod, "ROW_HASH_CAP", 10)
    rows = rows_of(8) + [rows_of(8)[5]]
    p = profile_rows("a,b", rows)
    assert p.table["duplicate_rows"] == 1 and p.table["duplicate_rows_exact"] is True, p.table


def test_rows_past_the_cap_make_the_duplicate_count_inexact(monkeypatch):
    # chunks of 4 rows, 6 rows remembered: the second chunk would make 8, past the cap
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 4)
    monkeypatch.setattr(profile_mod, "ROW_HASH_CAP", 6)
    p = profile_rows("a,b", rows_of(8))
    assert p.table["duplicate_rows_exact"] is False, p.table


# -- the row hash: keyed and mixed per column (profile._Scan._duplicates) ----------------------
# pandas hashes a float with splitmix64's finaliser and no key, so anyone can write numbers whose
# pandas hashes differ by a chosen XOR. The profiler XORs a secret key per column in and mixes
# with the same finaliser; its first step, x ^ x >> 30, is linear in XOR, so a difference d put
# into the pandas hash is unshift30(d) after it whatever the key. The rows below are crafted so;
# two different rows must stay two rows.


def _unshift30(d: int) -> int:
    """The XOR difference that x ^ x >> 30 turns into d."""
    return d ^ (d >> 30) ^ (d >> 60)


def partners(x: np.ndarray, after_first_step: int) -> np.ndarray:
    """For each float, the float whose pandas hash differs from its own so that after the
    first step of the mix the two differ by the XOR after_first_step."""
    flip = U(_unshift30(after_first_step))
    other = unmix(pd.util.hash_array(x) ^ flip).view(np.float64)
    finite = np.isfinite(other)   # pandas hashes every NaN alike: those are left out
    assert (pd.util.hash_array(other[finite]) ^ pd.util.hash_array(x[finite]) == flip).all()
    return other


def crafted_pairs(n: int, after_first_step: int, columns: int) -> tuple[int, str]:
    """A CSV of n pairs of different rows of floats, the two rows of a pair crafted so in
    every column; the number of pairs (those whose partners are finite numbers)."""
    cols = []
    for c in range(columns):
        x = np.arange(n, dtype=np.float64) * 1.25 + 0.5 + 1000 * c
        cols.append((x, partners(x, after_first_step)))
    ok = np.logical_and.reduce([np.isfinite(o) for _, o in cols])
    lines = [",".join(f"c{c}" for c in range(columns))]
    for which in (0, 1):
        lines += [",".join(repr(float(col[which][i])) for col in cols) for i in np.flatnonzero(ok)]
    return int(ok.sum()), "\n".join(lines) + "\n"


def test_numbers_whose_mixed_hashes_differ_only_in_the_top_bit_are_two_rows():
    # a difference of 2**63 after the first step: an even multiplier would drop it, the odd
    # one of splitmix64 keeps the mix a bijection, so no two of these rows are one
    n, text = crafted_pairs(5, 2 ** 63, columns=1)
    p = profile_text(text)
    assert n == 5 and p.table["n_rows"] == 10, p.table
    assert p.table["duplicate_rows"] == 0, p.table


def test_rows_crafted_for_a_top_bit_after_the_second_step_do_not_cancel():
    # 2**63 | 2**36 | 2**9 after the first step is 2**63 after the second (x ^ x >> 27) when the
    # first multiplication is not there: in two columns the mixed hashes would then differ by
    # 2**63 twice and cancel in the sum in about one pair in eight. With the multiplication
    # none of 10 million such pairs collided (simulated), so of 300, none or a stray one
    n, text = crafted_pairs(300, 2 ** 63 | 2 ** 36 | 2 ** 9, columns=2)
    p = profile_text(text)
    assert n >= 295 and p.table["n_rows"] == 2 * n, p.table
    assert p.table["duplicate_rows"] <= 2, p.table


def test_rows_crafted_for_a_top_bit_after_the_first_multiplication_do_not_cancel():
    # 2**63 after the first step stays 2**63 after the first multiplication (odd); the second
    # multiplication and the last shift spread it so that two columns' differences cancel in
    # about 2 pairs in a million (simulated: 18 of 10 million), under 0.05 of the 20000 here.
    # Without the second multiplication they cancel in about 1 pair in 300, without the last
    # shift in about 1 in 35: 60 and more of them
    n, text = crafted_pairs(20_000, 2 ** 63, columns=2)
    p = profile_text(text)
    assert n >= 19_900 and p.table["n_rows"] == 2 * n, p.table
    assert p.table["duplicate_rows"] <= 5, p.table


# -- whether the rows are a time series (signals.time_order) -----------------------------------

def test_a_year_column_in_order_that_repeats_is_not_a_time_series_at_075():
    # three rows a year, their sizes decimals (no period numbering within the year)
    rows = [(y, s, (y * 7 + i) % 5) for i, (y, s) in
            enumerate((y, s) for y in range(2000, 2010) for s in (0.6, 1.6, 2.6))]
    p = profile_rows("year,size,x", rows, target="x")
    indexed = p.reasons["time_indexed"]
    assert indexed["value"] is False and "Not a time series" in str(indexed["reason"]), indexed
    assert indexed["confidence"] == 0.75, indexed


def test_codes_with_a_decimal_beside_the_year_number_no_periods():
    # 01.6, 02.6, 03.6 (codes: the leading zero keeps them text) read as 1.6 to 3.6, which
    # rise within each year; periods within a year are whole numbers, these are not
    rows = [(y, code, (y * 7 + i) % 5) for i, (y, code) in
            enumerate((y, c) for y in range(2000, 2010) for c in ("01.6", "02.6", "03.6"))]
    p = profile_rows("year,code,x", rows, target="x")
    assert column(p, "code")["stat_type"] == "nominal", column(p, "code")
    assert p.facts["time_indexed"] is False, p.reasons["time_indexed"]


# -- meta-features of a table and its facts (metafeatures.describe) ----------------------------

def test_describe_keeps_what_the_facts_given_say():
    # the facts say 1000 rows and skewed; the 20 rows given are a sample, and not skewed
    X = pd.DataFrame({"a": np.arange(20.0)})
    found = describe(X, pd.Series(np.arange(20.0) * 2), "regression",
                     facts={"n_samples": 1000, "skewed": True})
    assert found["log_n_samples"] == pytest.approx(3.0), found
    assert found["skewed"] == 1.0, found
