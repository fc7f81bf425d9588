"""Profiling a large CSV: wall time and peak memory.

Writes a CSV of N rows (default 1 000 000) × 20 columns of mixed types — an id, floats
(normal, skewed, with missing values), integer counts, 0/1 flags, integer codes,
nominal and ordinal strings, dates stored as strings, short free text and a binary
target — into a temporary directory, then profiles it with mlwf.profiling.profile.profile_csv
and prints the file size, wall time, rows per second and the process's peak RSS.
Usage: python bench/bench_profile.py [N_ROWS]
"""
import os
import resource
import sys
import tempfile
import time

import numpy as np
import pandas as pd

from mlwf.profiling.profile import profile_csv


def make_frame(start: int, n: int) -> pd.DataFrame:
    rng = np.random.default_rng(start)
    skewed = rng.lognormal(3, 1, n)
    with_gaps = rng.normal(50, 10, n)
    with_gaps[rng.random(n) < 0.05] = np.nan
    words = np.array(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"])
    text = pd.Series(words[rng.integers(0, 8, n)]).str.cat(
        [pd.Series(words[rng.integers(0, 8, n)]), pd.Series(words[rng.integers(0, 8, n)]),
         pd.Series(words[rng.integers(0, 8, n)])], sep=" ")
    days = pd.Timestamp("2015-01-01") + pd.to_timedelta((start + np.arange(n)) // 400, unit="D")
    return pd.DataFrame({
        "id": np.arange(start + 1, start + n + 1),
        "x_normal": rng.normal(0, 1, n).round(4),
        "x_skewed": skewed.round(3),
        "x_gaps": with_gaps.round(2),
        "x_uniform": rng.uniform(0, 100, n).round(3),
        "height_cm": rng.normal(170, 9, n).round(1),
        "n_visits": rng.poisson(3, n),
        "n_items": rng.poisson(12, n),
        "flag_a": rng.integers(0, 2, n),
        "flag_b": rng.choice(["yes", "no"], n),
        "code_1_4": rng.integers(1, 5, n),
        "region": rng.choice(["north", "south", "east", "west", "centre"], n),
        "city": np.char.add("city_", rng.integers(0, 500, n).astype(str)),
        "size": rng.choice(["small", "medium", "large"], n),
        "grade": rng.choice(list("ABCDF"), n),
        "signup_date": days.strftime("%Y-%m-%d"),
        "comment": text,
        "score": rng.normal(0, 1, n).round(3),
        "amount": rng.exponential(200, n).round(2),
        "churn": (rng.random(n) < 0.15).astype(int),
    })


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.csv")
        t0 = time.perf_counter()
        # Written in slices so that the peak RSS printed below is the profiler's, not the generator's.
        for start in range(0, n, 100_000):
            make_frame(start, min(100_000, n - start)).to_csv(
                path, index=False, mode="a" if start else "w", header=not start)
        size = os.path.getsize(path)
        print(f"wrote {n:,} rows × 20 columns, {size / 1e6:.0f} MB in {time.perf_counter() - t0:.1f} s")
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t0 = time.perf_counter()
        profile = profile_csv(path, "churn")
        wall = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    doc = profile.to_json()
    for c in doc["columns"]:
        print(f"  {c['name']:<12} {c['stat_type']:<11} {c['confidence']:.2f}")
    print(f"facts: {profile.facts}")
    print(f"profile: {wall:.2f} s wall, {n / wall:,.0f} rows/s, {size / 1e6 / wall:.0f} MB/s")
    print(f"peak RSS: {peak:.0f} MB (after generating the data: {before:.0f} MB)")


if __name__ == "__main__":
    main()
