"""Profiling a wide CSV: CPU time per column, by the kind of column.

The profiler refuses a file of more than MAX_COLUMNS columns; below the cap its cost grows
with the number of columns, and text columns cost the most (each one goes through the
string rules: dates, lists, codes, sentences). This writes files of COLUMNS columns
(default 1 000) × 40 rows of one kind each — decimals, whole-number codes, words, dates —
profiles each one three times and prints the median CPU time in all and per column.
Usage: python bench/bench_profile_width.py [COLUMNS]
"""
import io
import statistics
import sys
import time

import numpy as np
import pandas as pd

from mlwf.profiling.profile import profile_csv

ROWS = 40


def frame(kind: str, columns: int) -> pd.DataFrame:
    rng = np.random.default_rng(columns)
    words = np.array(["alpha", "beta", "gamma", "delta", "red", "green", "blue", "north",
                      "south", "east"])
    days = pd.date_range("2020-01-01", periods=400).strftime("%Y-%m-%d").to_numpy()
    make = {"decimals": lambda: rng.normal(50, 10, ROWS).round(3),
            "codes": lambda: rng.integers(1, 9, ROWS),
            "words": lambda: rng.choice(words, ROWS),
            "dates": lambda: rng.choice(days, ROWS)}[kind]
    return pd.DataFrame({f"c{i}": make() for i in range(columns)})


def cpu(data: bytes) -> float:
    start = time.process_time()
    profile_csv(io.BytesIO(data))
    return time.process_time() - start


def main() -> None:
    columns = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000
    print(f"{columns} columns x {ROWS} rows, median of 3 runs (CPU seconds)")
    print(f"{'kind':<10} {'in all':>8} {'ms/column':>10}")
    for kind in ("decimals", "codes", "words", "dates"):
        data = frame(kind, columns).to_csv(index=False).encode()
        took = statistics.median(cpu(data) for _ in range(3))
        print(f"{kind:<10} {took:8.2f} {1000 * took / columns:10.2f}")


if __name__ == "__main__":
    main()
