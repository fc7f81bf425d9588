"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked, profile.py, signals.py, metafeatures.py, second batch: the measures pymfe cannot
compute on a table, the estimate of a distinct count past the exact cap, rows crafted against
column keys of a few bits, times of day of which 95 % share one format, the bytes of
Windows-1252 and the five it leaves undefined, ordinals in the plural written after a number,
and periods numbered 1, 50 and 100 within each year. Each test states a rule the README or the
profiler's docstrings give, on a file made here, and was seen to fail with its mutant put in."""
from __future__ import annotations

import io
import math

import numpy as np
import pandas as pd
from profiles import column, kind_of, profile_rows, reason, shuffled, unmix

from mlwf.profiling import profile as profile_mod
from mlwf.profiling.metafeatures import describe
from mlwf.profiling.profile import profile_csv

# -- meta-features pymfe cannot compute (metafeatures._pymfe: only finite values are kept) -----

def test_a_measure_pymfe_cannot_compute_is_left_out_not_nan():
    # one column: no correlation between columns (pymfe's "cor" is NaN); the meta-features
    # are distances to the datasets of the base, so a NaN there would be a NaN distance
    X = pd.DataFrame({"a": np.arange(20.0)})
    found = describe(X, pd.Series(np.arange(20.0) * 2), "regression")
    assert "cor" not in found, found
    assert all(math.isfinite(v) for v in found.values()), found


# -- distinct counts past the exact cap (profile._Column.distinct: a k-minimum-values sketch) --

def test_a_distinct_count_past_the_cap_is_the_unbiased_sketch_estimate(monkeypatch):
    # with no hashes kept for exact counts, 5000 distinct labels (each twice) leave the 2048
    # smallest hashes; the k-minimum-values estimate is (k - 1) / U(k), U(k) the k-th
    # smallest hash as a share of 2**64: unbiased, where k / U(k) counts 1 in 2047 too many.
    # The rows are 10000, so the cap of the estimate at the count of values does not bind
    monkeypatch.setattr(profile_mod, "EXACT_DISTINCT", 1)
    labels = [f"k{i}x" for i in range(5000)]
    kth = np.sort(pd.util.hash_array(np.array(labels, dtype=object)))[2047]
    expected = round(2047 / (float(kth) / 2.0 ** 64))
    p = profile_rows("label,k", [(v, i % 7) for i, v in enumerate(shuffled(labels * 2))])
    v = column(p, "label")
    assert v["cardinality_estimated"] is True, v
    assert v["cardinality"] == expected, (v["cardinality"], expected)


# -- the row hash's column keys (profile._Scan._duplicates: a secret 64-bit key per column) ----


def test_rows_crafted_against_keys_of_a_few_bits_stay_two_rows():
    # Row A is (u, v), row B is (u', v') with pandas' hash of u' that of v XOR c and of v'
    # that of u XOR c: when the two columns' keys k1, k2 have k1 ^ k2 == c, B's columns mix
    # to A's swapped and the sums are equal. One pair for each c below 128: keys below 2**7
    # would make one of them a duplicate whatever they are; 64-bit keys, none (odds 2**-57)
    c = np.arange(128, dtype=np.uint64)
    u, v = np.arange(128) * 1.25 + 0.5, np.arange(128) * 1.25 + 1000.5
    u2 = unmix(pd.util.hash_array(v) ^ c).view(np.float64)
    v2 = unmix(pd.util.hash_array(u) ^ c).view(np.float64)
    assert np.isfinite(u2).all() and np.isfinite(v2).all()
    assert (pd.util.hash_array(u2) == pd.util.hash_array(v) ^ c).all()
    lines = ["a,b"] + [f"{float(x)!r},{float(y)!r}" for x, y in
                       zip(np.concatenate([u, u2]), np.concatenate([v, v2]), strict=True)]
    p = profile_csv(io.BytesIO(("\n".join(lines) + "\n").encode()))
    assert p.table["n_rows"] == 256, p.table
    assert p.table["duplicate_rows"] == 0, p.table


# -- times of day (profile._date_format: a format that parses 95 % of the values) --------------

def test_times_of_day_of_which_95_percent_are_hours_and_minutes_are_times():
    # 19 of 20 are HH:MM, exactly 95 %; the first has seconds, so pandas' guess from it
    # (HH:MM:SS) parses 1 in 20 and only the time formats tried first can find the column
    times = ["13:35:12"] + [f"{h}:{m:02d}" for h, m in zip(range(10, 24), range(5, 60, 4), strict=True)] \
        + ["14:40", "15:45", "16:50", "17:55", "18:00"]
    v = kind_of(times, name="time")
    assert v["stat_type"] == "datetime" and "Times of day (%H:%M)" in reason(v), v


# -- Windows-1252 (profile._Decoder.fallback: "Five bytes are undefined in Windows-1252;
#    Latin-1 reads them") ---------------------------------------------------------------------

def test_bytes_of_windows_1252_read_as_its_characters_and_undefined_ones_as_latin_1():
    # 0x80 is the euro sign and 0x93 an opening quote in Windows-1252 (control characters in
    # Latin-1); 0x81 is one of the five bytes Windows-1252 leaves undefined: kept, as Latin-1
    p = profile_csv(io.BytesIO(b"a,b\nx\x80,1\ny\x93,2\nx\x80,3\ny\x93,4\nz\x81,5\n"), target="a")
    assert p.table["encoding"] == "cp1252", p.table
    assert column(p, "a")["top_values"] == {"x€": 2, "y“": 2, "z\x81": 1}, column(p, "a")


# -- numbers with a unit (profile._unit_of: ordinal endings are no unit, NOT_UNITS) ------------

def test_ordinals_in_the_plural_after_a_number_are_no_unit():
    # fractions of an inch, 8ths to 100ths: "ths" is the plural of the ending of 8th, not a
    # unit that 8, 16, 64 and 100 are counted in
    v = kind_of(shuffled(["8ths", "16ths", "64ths", "100ths"] * 5), name="fraction")
    assert v["stat_type"] == "nominal", v
    assert "unit" not in reason(v), v


# -- periods within a year (signals._period_column: "ordered by 'year' and then 'period'") ----

def test_periods_numbered_1_50_100_within_each_year_make_a_time_series():
    # from 100 at the end of a year to 1 at the start of the next: a step of 99 down in the
    # period, one year up; the rows are in order of year and then period all the same
    rows = [(y, p, (y * 7 + i) % 5) for i, (y, p) in
            enumerate((y, p) for y in range(2000, 2010) for p in (1, 50, 100))]
    p = profile_rows("year,period,x", rows, target="x")
    indexed = p.reasons["time_indexed"]
    assert indexed["value"] is True and "and then 'period'" in str(indexed["reason"]), indexed
