"""Profiles of a small CSV for what the profiler's complete mutation run of commit 755eccb left
unchecked in column_types.py: the limit of the shape of counts. Whole numbers from 0 have the
shape of counts of events when their skewness is past 1 (column_types._numeric: "skew > 1"); a
column whose skewness is 1 itself is not past the limit. The test was seen to fail with its
mutant (skew >= 1) put in."""
from __future__ import annotations

import pandas as pd
from profiles import kind_of, reason, repeated

# 128 whole numbers from 0 to 93 (53 distinct), value: rows. Their skewness is 1 exactly, in
# rational arithmetic and in floating point: with d the deviations from the mean (a whole
# number, 28), sum d^2 = 127 * 16^2 and sum d^3 = 127 * 126 * 16^3 / 128, which makes pandas'
# adjusted skewness sqrt(n(n-1))/(n-2) * m3/m2^1.5 equal to 1 for n = 128 (standard deviation
# 16). pandas' float result is 1.0 to the last bit, sorted or shuffled (seen in each of 5 000
# orders tried), and so is the profiler's, whose sample keeps the order of the file. Found by
# drawing 124 numbers from a gamma distribution of skewness 1, moving them by small steps that
# keep their sum, and solving for the last four values on a grid of whole numbers (their sum,
# sum of squares and sum of cubes given).
SKEW_1 = {0: 1, 2: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3, 12: 1, 13: 2, 14: 3, 15: 4, 16: 4,
          17: 5, 18: 7, 19: 6, 20: 2, 21: 2, 22: 2, 23: 5, 24: 2, 25: 5, 26: 3, 27: 2, 28: 3,
          29: 4, 30: 3, 32: 4, 33: 2, 34: 1, 35: 3, 36: 2, 37: 2, 38: 2, 39: 3, 40: 2, 41: 2,
          42: 3, 43: 1, 44: 1, 45: 1, 49: 1, 50: 1, 51: 2, 52: 3, 54: 1, 56: 2, 60: 1, 61: 1,
          63: 1, 64: 2, 65: 1, 93: 1}


def test_whole_numbers_from_0_of_skewness_exactly_1_are_not_beyond_the_limit_of_counts():
    values = repeated(SKEW_1)
    assert len(values) == 128 and min(values) == 0 and len(SKEW_1) == 53
    assert pd.Series(values, dtype=float).skew() == 1.0
    assert pd.Series(sorted(values), dtype=float).skew() == 1.0
    v = kind_of(values)
    # not the shape of counts (skewness past 1), but a later rule: 53 values within 0 to 100
    assert "have the shape of counts" not in reason(v), v
    assert v["stat_type"] == "discrete" and "scores or counts on a bounded scale" in reason(v), v
    assert v["confidence"] == 0.6, v
