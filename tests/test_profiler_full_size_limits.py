"""The profiler's documented memory bounds, met at their real size rather than with the
constants patched down (README, "Large files are read in chunks"): duplicate rows are counted
exactly over the first 5 million distinct rows, and distinct values exactly up to a million
per column within 20 million hashes over all columns. Each file costs a few seconds."""
from __future__ import annotations

import pytest

from mlwf.profiling.profile import profile_csv

pytestmark = pytest.mark.slow


def write(path, header: str, lines) -> str:
    with open(path, "w", encoding="utf-8") as f:
        f.write(header + "\n")
        f.writelines(lines)
    return str(path)


# -- duplicate rows: 5 000 000 rows remembered -----------------------------------------------

def test_a_copy_after_five_million_distinct_rows_is_counted_exactly(tmp_path):
    rows = (f"{i}\n" for i in range(5_000_000))
    p = profile_csv(write(tmp_path / "rows.csv", "n", [*rows, "0\n"]))
    assert p.table["duplicate_rows"] == 1, p.table
    assert p.table["duplicate_rows_exact"] is True, p.table


def test_past_five_million_distinct_rows_the_duplicate_count_is_a_lower_bound(tmp_path):
    rows = (f"{i}\n" for i in range(5_000_001))
    p = profile_csv(write(tmp_path / "rows.csv", "n", [*rows, "0\n"]))
    assert p.table["duplicate_rows_exact"] is False, p.table


# -- distinct values: 20 000 000 hashes shared by the columns --------------------------------

def test_a_thousand_columns_share_the_budget_so_20_000_distinct_are_counted_exactly(tmp_path):
    # 20 000 000 // 1 000 columns = 20 000 hashes a column: a column of 20 000 distinct
    # codes is counted, not estimated, so it reads as the rows' ids with its exact count
    header = ",".join(f"c{i}" for i in range(1000))
    p = profile_csv(write(tmp_path / "wide.csv", header,
                          (f"k{i}" + "," * 999 + "\n" for i in range(20_000))))
    c0 = p.columns[0]
    assert c0["cardinality"] == 20_000 and "cardinality_estimated" not in c0, c0
    assert c0["stat_type"] == "identifier", c0


def test_past_its_share_of_the_budget_a_column_count_is_estimated(tmp_path):
    # 20 000 000 // 21 columns = 952 380 hashes a column: one more distinct value than that
    # is estimated by the sketch (to within about 2 %) and said to be
    header = ",".join(f"c{i}" for i in range(21))
    n = 952_381
    p = profile_csv(write(tmp_path / "c21.csv", header,
                          (f"k{i}" + "," * 20 + "\n" for i in range(n))))
    c0 = p.columns[0]
    assert c0.get("cardinality_estimated") is True, c0
    assert abs(c0["cardinality"] - n) / n < 0.05, c0
