"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb
left unchecked, fifth batch: a week number past 53, the confidence of nearly distinct
labels, and the budget of hashes for exact distinct counts shared out over the columns.
Each test states a rule the README or the profiler's docstrings give, on a file made here,
and was seen to fail with its mutant put in."""
from __future__ import annotations

from profiles import kind_of, reason, shuffled

import mlwf.profiling.profile as profile_mod

# -- the part of a date a name says (column_types.DATE_PARTS) ----------------------------------

def test_week_numbers_up_to_54_go_past_the_week_of_a_date():
    # a year has weeks 0 (or 1) to 53 at most: 54 is one past, a time counted from a start
    v = kind_of(shuffled(list(range(0, 55)) * 2), name="week")
    assert v["stat_type"] == "discrete", v
    assert "go past the range of the week of a date" in reason(v), v


# -- nearly distinct short strings (column_types._strings) -------------------------------------

def test_nearly_distinct_labels_are_identifiers_at_07():
    # 57 distinct of 60 (at least 50 values, 95% distinct), three repeated: not all distinct,
    # so the moderate 0.7 rather than the 0.85 of labels all distinct
    v = kind_of(shuffled([f"k{i}" for i in range(57)] + ["k1", "k2", "k3"]), name="label")
    assert v["stat_type"] == "identifier" and "Nearly every value is distinct" in reason(v), v
    assert v["confidence"] == 0.7, v


# -- hashes kept for exact distinct counts (profile._Scan.add: DISTINCT_BUDGET) ----------------

def test_the_budget_of_exact_distinct_hashes_is_shared_out_over_the_columns(monkeypatch):
    # a budget of 4200 hashes over 2 columns leaves each 2100 (past the 2048 of a sketch):
    # 2200 distinct ids go past it, so their count is estimated, not exact
    monkeypatch.setattr(profile_mod, "DISTINCT_BUDGET", 4200)
    v = kind_of(shuffled(list(range(2200))), name="id")
    assert v["cardinality_estimated"] is True, v
