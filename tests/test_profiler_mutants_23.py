"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked, profile.py, signals.py, metafeatures.py, eighth batch: runs of ids that go on across
a chunk boundary, a marked angle written in degrees alone, a column of quarters but for one
value in twenty, the sample of rows as the smallest keys, a target of ten or eleven whole-number
levels, "no column holds dates" beside decimal columns, and rows crafted so that pandas' own
hashes differ in one low bit or so that the row hash's first multiplication is what keeps them
apart. Each test states a rule the README or the profiler's docstrings give, on a file made
here, and was seen to fail with its mutant put in."""
from __future__ import annotations

import numpy as np
import pandas as pd
from profiles import column, kind_of, profile_rows, profile_text, reason, sample_order, shuffled

from mlwf.profiling import profile as profile_mod

# -- runs of one value down the rows, across chunks (profile._Column._sequence) ----------------

def test_a_block_of_ids_that_goes_on_across_a_chunk_boundary_is_one_run(monkeypatch):
    # 20 ids in blocks of 3, but one row of id 1 and one of id 2 moved to the end: 22 runs,
    # past 1.05 x 20 = 21, so the ids are scattered over the rows. Read in chunks of 8 rows,
    # five blocks go on across a chunk boundary (the first, id 4 on rows 7 to 9): a value that
    # goes on is no new run, and takes no run away either (one fewer would make 21 runs or
    # less, "each in a single block")
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 8)
    ids = [i for i in range(1, 21) for _ in range(3)]
    ids.remove(1)
    ids.remove(2)
    ids += [1, 2]
    c = column(profile_rows("patient_id,x", [(v, i % 5 * 1.5) for i, v in enumerate(ids)]),
               "patient_id")
    assert c["stat_type"] == "identifier" and c["confidence"] == 0.75, c
    assert "scattered over the rows" in reason(c), c


# -- angles written with a degree mark (profile._sexagesimal) ----------------------------------

def test_an_angle_written_in_degrees_alone_has_no_minutes():
    # "10°N" writes no minutes: 10 degrees exactly, not 10 less some fraction of a degree
    v = kind_of(shuffled([f"{d}°N" for d in range(10, 22)] + [f"{d}°30'N" for d in range(10, 22)]),
                name="lat")
    assert v["stat_type"] == "continuous" and "Angles or hours written" in reason(v), v
    assert v["min"] == 10 and v["max"] == 21.5, v


# -- quarters (profile._date_format): 95 % of the values at least -------------------------------

def test_a_column_of_quarters_but_for_one_value_in_twenty_is_quarters():
    # 19 of the 20 values (all of which hold a digit) are quarters: 95 %, the threshold itself
    values = [f"{y}-Q{q}" for y in range(2001, 2006) for q in (1, 2, 3, 4)][:19] + ["2010 spring"]
    v = kind_of(values, name="period")
    assert v["stat_type"] == "datetime" and "date format quarter" in reason(v), v


# -- the sample of rows: the SAMPLE_ROWS smallest keys (profile._Scan._sample) -----------------

def test_the_sample_is_the_rows_of_the_smallest_keys(monkeypatch):
    # 100 rows of 800 sampled: those of the 100 smallest keys hold 0.5 to 99.5, every row left
    # out holds 1000, an outlier. The sample has no outlier; a row of the 101st key or later in
    # it would make 1 in 100 (partitioned at the 99th place rather than the 100th, these 800
    # keys leave in the 100th place a key that is not the 100th smallest)
    monkeypatch.setattr(profile_mod, "SAMPLE_ROWS", 100)
    x = [1000.0] * 800
    for k, row in enumerate(sample_order(800)[:100]):
        x[row] = 0.5 + k
    c = column(profile_rows("x,y", [(v, i % 3) for i, v in enumerate(x)]), "x")
    assert c["stat_type"] == "continuous" and c["max"] == 1000, c
    assert c["outlier_ratio"] == 0.0, c


# -- a target of a few whole numbers (profile._target): codes up to SMALL_LEVELS (10) ----------

def _target_of(levels: range) -> dict:
    ys = shuffled([levels[i % len(levels)] for i in range(6 * len(levels))])
    p = profile_rows("x,y", [((i * 7) % 13 * 0.5, y) for i, y in enumerate(ys)], target="y")
    return p.target


def test_a_target_of_ten_whole_number_levels_from_3_is_ordinal():
    # 3 to 12: 10 levels, a span of 9, at the limit of 10 levels read as class labels
    t = _target_of(range(3, 13))
    assert t["stat_type"] == "discrete" and t["target_type"] == "ordinal", t
    assert t["n_classes"] == 10, t


def test_a_target_of_eleven_whole_number_levels_stays_discrete():
    # 3 to 13: 11 levels (a span of 10), one past the limit, an amount
    t = _target_of(range(3, 14))
    assert t["stat_type"] == "discrete" and t["target_type"] == "discrete", t
    assert t["n_classes"] is None, t


# -- whether the rows follow time (signals.time_order): only datetime columns -------------------

def test_decimal_columns_are_no_dates_that_order_the_rows():
    # two continuous columns, "a" rising down the rows: no column holds dates
    p = profile_rows("a,b,y", [(i * 1.5, (i * 7) % 13 * 0.25, i % 2) for i in range(30)])
    ordered = p.reasons["time_ordered"]
    assert ordered["value"] is False and ordered["confidence"] == 0.9, ordered
    assert "No column holds dates or times" in str(ordered["reason"]), ordered


# -- the row hash (profile._Scan._duplicates) --------------------------------------------------
# pandas hashes a float with splitmix64's finaliser and no key, so its inverse gives the float
# whose pandas hash differs from another's by a chosen XOR. The profiler XORs a secret key per
# column in and mixes with the same finaliser, a bijection: different rows stay different rows.

U = np.uint64
C1, C2 = 0xBF58476D1CE4E5B9, 0x94D049BB133111EB


def _unmix(h: np.ndarray) -> np.ndarray:
    """The inverse of splitmix64's finaliser, which pandas' hash of a float's bits is."""
    with np.errstate(over="ignore"):
        h = h ^ (h >> U(31)) ^ (h >> U(62))
        h = h * U(pow(C2, -1, 2 ** 64))
        h = h ^ (h >> U(27)) ^ (h >> U(54))
        h = h * U(pow(C1, -1, 2 ** 64))
        return h ^ (h >> U(30)) ^ (h >> U(60))


def _crafted(n: int, plain_xor: int, columns: int) -> tuple[int, str]:
    """A CSV of n pairs of different rows of floats whose pandas hashes differ by plain_xor in
    every column; the number of pairs kept (those whose partners are finite numbers)."""
    cols = []
    for c in range(columns):
        x = np.arange(n, dtype=np.float64) * 1.25 + 0.5 + 1000 * c
        other = _unmix(pd.util.hash_array(x) ^ U(plain_xor)).view(np.float64)
        cols.append((x, other))
    ok = np.logical_and.reduce([np.isfinite(o) for _, o in cols])
    for x, other in cols:
        assert (pd.util.hash_array(other[ok]) ^ pd.util.hash_array(x[ok]) == U(plain_xor)).all()
    lines = [",".join(f"c{c}" for c in range(columns))]
    for which in (0, 1):
        lines += [",".join(repr(float(col[which][i])) for col in cols) for i in np.flatnonzero(ok)]
    return int(ok.sum()), "\n".join(lines) + "\n"


def test_numbers_whose_hashes_differ_in_one_low_bit_are_two_rows():
    # hashes 8 apart by XOR: the mix's first step x ^ x >> 30 keeps bit 3 whatever bit 33 is
    # (with x | x >> 30, bit 3 is lost in every other pair, where bit 33 is set)
    n, text = _crafted(40, 8, columns=1)
    p = profile_text(text)
    assert p.table["n_rows"] == 2 * n and n >= 38, p.table
    assert p.table["duplicate_rows"] == 0, p.table


def test_rows_crafted_for_a_top_bit_after_the_second_step_stay_apart_through_the_multiplication():
    # after the first step the two hashes of a pair differ by 2**63 | 2**36 | 2**9, which the
    # second step (x ^ x >> 27) turns into 2**63 alone: were the first multiplication a
    # subtraction, which keeps that difference about 1 time in 40 (by the borrows of the
    # constant's bits 9 and 36), two columns would cancel in about 1 pair in 3500 (simulated:
    # 11 of the 40000 here). With the multiplication none of 10 million such pairs collided
    d = (1 << 63) | (1 << 36) | (1 << 9)
    n, text = _crafted(40_000, d ^ (d >> 30) ^ (d >> 60), columns=2)
    p = profile_text(text)
    assert n >= 39_000 and p.table["n_rows"] == 2 * n, p.table
    assert p.table["duplicate_rows"] <= 2, p.table
