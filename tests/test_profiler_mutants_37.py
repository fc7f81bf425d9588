"""Profiles for survivors of the profiler's mutation run of commit 755eccb that were left open
because a test seemed to need a file of millions of rows or a pandas other than the one
installed. The sample, the exact count and the library's failure are made small or made to
happen here instead: the profiler's behaviour on them is the same as on the long file."""
from __future__ import annotations

import pandas as pd
from profiles import kind_of, profile_text, reason, sample_order, shuffled

import mlwf.profiling.profile as profile_mod

# -- duplicate rows when pandas cannot hash a text column (profile._Scan._duplicates) ----------


def test_copies_of_a_row_count_as_duplicates_when_pandas_cannot_hash_its_text(monkeypatch):
    # Account numbers of 23 digits past the lines the dialect is read from: pandas reads them
    # as Python ints in an object column. A pandas that cannot hash them (the fallback's
    # reason: whole numbers past 64 bits) raises; the profiler then hashes the columns' text,
    # and a copied row must still be a copy: the row's place in the file is no part of it.
    real = pd.util.hash_pandas_object
    failed = []

    def strict(frame, *args, **kwargs):
        for name in frame.columns:
            if frame[name].dtype == object and any(isinstance(v, int) and v >= 2 ** 64
                                                   for v in frame[name]):
                failed.append(name)
                raise OverflowError("Python int too large to convert to C unsigned long")
        return real(frame, *args, **kwargs)

    monkeypatch.setattr(pd.util, "hash_pandas_object", strict)
    small = [f"{i},h{i % 3}" for i in range(5000)]
    copied = [f"{12345678901234567890123 + i % 3},h{i % 3}" for i in range(4)]  # 4th is 1st
    p = profile_text("account,holder\n" + "\n".join(small + copied) + "\n")
    assert failed and p.table["duplicate_rows"] == 1, (failed, p.table)
    distinct = [f"{12345678901234567890123 + i},h{i % 3}" for i in range(4)]
    p = profile_text("account,holder\n" + "\n".join(small + distinct) + "\n")
    assert p.table["duplicate_rows"] == 0, p.table


# -- whole numbers each once past the exact count (column_types._whole_number_labels) ---------

def test_a_file_with_more_rows_than_its_span_is_not_each_number_once_though_its_sample_is(
        monkeypatch):
    # 3001 rows hold the whole numbers 1 to 3000, one of them twice. Past the exact count
    # (none kept here, so the sketch of 2048 counts) the numbers are told distinct by a
    # sample with no value twice, as a sample of 50 000 rows tells a file of millions; but
    # 3001 rows cannot hold 3000 numbers each once, and the profile must not say they do.
    monkeypatch.setattr(profile_mod, "EXACT_DISTINCT", 1)
    monkeypatch.setattr(profile_mod, "SAMPLE_ROWS", 500)
    values = shuffled(list(range(1, 3001)) + [1234])
    v = kind_of(values)
    assert "about 3,001" in reason(v) and "each once" not in reason(v), v
    # the same numbers without the copy are each once
    v = kind_of(shuffled(list(range(1, 3001))))
    assert v["stat_type"] == "identifier" and "each once" in reason(v), v


# -- whole numbers named a date, two of them in the sample (column_types._integer_dates) -------

def _months_sampled_two_of_three(monkeypatch):
    # 200 rows named 'date': January and February 2024 written YYYYMM on 199 of them and March
    # on one, which a sample of 50 rows leaves out (as a sample of 50 000 leaves out rows of a
    # long file)
    monkeypatch.setattr(profile_mod, "SAMPLE_ROWS", 50)
    return kind_of(shuffled([202401] * 100 + [202402] * 99 + [202403]), name="date")


def test_three_months_named_a_date_are_dates_though_the_sample_holds_two(monkeypatch):
    # three dates in the file are enough, as they are in a short file; counted in the sample
    # they were two and the column was read as amounts
    v = _months_sampled_two_of_three(monkeypatch)
    assert v["stat_type"] == "datetime" and "written YYYYMM" in reason(v), v


def test_dates_read_from_a_sample_run_to_the_file_s_last(monkeypatch):
    v = _months_sampled_two_of_three(monkeypatch)
    assert "from 2024-01-01 to 2024-03-01" in reason(v), v


# -- growth judged on the sample's steps (column_types._smooth_growth, GROWTH_STEPS = 13) ------

def _growth_sampled(monkeypatch, sampled: int) -> dict:
    # 20 rising whole numbers, a quantity growing by 10 % a row on the rows a sample of
    # `sampled` keeps and halfway between its neighbours on each row it leaves out (as a
    # long file's few values are partly left out of a sample of 50 000 rows)
    monkeypatch.setattr(profile_mod, "SAMPLE_ROWS", sampled)
    kept = sorted(sample_order(20)[:sampled].tolist())
    values = [0] * 20
    for j, row in enumerate(kept):
        values[row] = round(10_000 * 1.1 ** j)
    known = {row: values[row] for row in kept}
    for row in range(20):
        if row not in known:
            below = max((r for r in known if r < row), default=None)
            above = min((r for r in known if r > row), default=None)
            values[row] = (known[below] + 2 * row if above is None else
                           known[above] - 2 * (above - row) if below is None else
                           (known[below] + known[above]) // 2 + row - below)
    assert sorted(set(values)) == values, values   # rising, each once
    return kind_of(values)


def test_growth_of_20_values_of_which_the_sample_holds_19_is_growth(monkeypatch):
    v = _growth_sampled(monkeypatch, 19)
    assert v["stat_type"] == "continuous" and "a quantity growing" in reason(v), v


def test_growth_is_judged_on_13_sampled_steps(monkeypatch):
    # 14 values in the sample: 12 pairs of successive steps, enough for a correlation of 0.5
    v = _growth_sampled(monkeypatch, 14)
    assert v["stat_type"] == "continuous" and "a quantity growing" in reason(v), v


def test_growth_is_not_judged_on_12_sampled_steps(monkeypatch):
    # 13 values: 11 pairs, where a correlation of 0.5 comes by chance one time in 17; rising
    # distinct numbers then stay what they most often are, row numbers
    v = _growth_sampled(monkeypatch, 13)
    assert v["stat_type"] == "identifier" and "like a row number" in reason(v), v
