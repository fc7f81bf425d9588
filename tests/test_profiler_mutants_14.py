"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked, profile.py, signals.py, metafeatures.py, third batch: the order of dates across
chunks when a chunk starts below where the last one ended, durations written in days, the
three bounds a reason quotes, and the features named when exactly three hold the information
about the target. Each test states a rule the README or the profiler's docstrings give, on a
file made here, and was seen to fail with its mutant put in."""
from __future__ import annotations

import datetime as dt
import itertools

from profiles import column, kind_of, profile_rows, reason, shuffled

from mlwf.profiling import profile as profile_mod

# -- order of values as the chunks go by (profile._Order.add) ----------------------------------

def test_dates_that_step_back_where_a_chunk_starts_are_no_time_order(monkeypatch):
    # chunks of 10 rows: the first ends on March 10th, the second starts on March 9th and
    # then rises to March 19th; its last date is past March 10th, its first is not, so the
    # column goes down once and orders no rows, as it would in one chunk
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 10)
    days = list(range(10)) + [8] + list(range(10, 19))
    rows = [((dt.date(2021, 3, 1) + dt.timedelta(days=d)).isoformat(), d * 7 % 11) for d in days]
    p = profile_rows("day,other", rows)
    v = column(p, "day")
    assert v["stat_type"] == "datetime" and v["monotonic"] is False, v
    assert p.facts["time_ordered"] is False and p.table["time_column"] is None, p.table


# -- durations written with their units (numbers.DURATION_SECONDS) -----------------------------

def test_a_day_written_day_is_86400_seconds():
    # 1 day 1h to 1 day 12h are 86400 + 3600 = 90000 to 86400 + 43200 = 129600 seconds
    v = kind_of(shuffled([f"1 day {n}h" for n in range(1, 13)] * 2), name="duration")
    assert "read as seconds" in reason(v), v
    assert (v["min"], v["max"]) == (90000, 129600), v


# -- numbers written as bounds (profile._Scan._column_json) ------------------------------------

def test_the_reason_quotes_three_bounds():
    # three different bounds, counted 3, 2 and 1 times so that their order is fixed: all
    # three are quoted, the most frequent first
    values = [f"{(i * 37) % 101 + 0.25}" for i in range(30)] + ["<0.5"] * 3 + [">200"] * 2 + ["<0.1"]
    v = kind_of(values, "conc")
    assert "6 values written as bounds ('<0.5', '>200', '<0.1')" in reason(v), v


# -- features that hold most of the information (signals.few_important_features) ---------------

def test_three_features_needed_are_all_named_with_no_ellipsis():
    # three yes/no features share the class equally (a third each: two hold 67 %, short of
    # 80 %, so three are needed); n0 is independent of the class in every combination and
    # holds nothing. Three needed are three named: nothing is left out to mark with "..."
    rows = [(*combo, n, "hi" if sum(combo) >= 2 else "lo")
            for combo in itertools.product((0, 1), repeat=3) for n in (0, 1) for _ in range(10)]
    p = profile_rows("f0,f1,f2,n0,y", shuffled(rows), target="y")
    found = p.reasons["few_important_features"]
    assert found["value"] is False, found
    assert "3 of 4 features ('f0', 'f1', 'f2') hold" in str(found["reason"]), found["reason"]
