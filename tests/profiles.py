"""Small CSVs made in a test and profiled: the helpers the profiler's tests share."""
from __future__ import annotations

import io
import random

import numpy as np

from mlwf.profiling.profile import profile_csv


def profile_text(text: str, target: str | None = None):
    return profile_csv(io.BytesIO(text.encode()), target=target)


def profile_rows(header: str, rows: list, target: str | None = None):
    lines = [header] + [",".join(map(str, r)) if isinstance(r, tuple) else str(r) for r in rows]
    return profile_text("\n".join(lines) + "\n", target)


def column(p, name: str) -> dict:
    return next(c for c in p.columns if c["name"] == name)


def kind_of(values: list, name: str = "v") -> dict:
    """The profile of one column of these values, beside a column of small numbers."""
    return column(profile_rows(f"{name},other", [(v, (i * 7) % 11) for i, v in enumerate(values)]),
                  name)


def shuffled(values: list, seed: int = 7) -> list:
    values = list(values)
    random.Random(seed).shuffle(values)
    return values


def reason(v: dict) -> str:
    return str(v["reason"])


def repeated(counts: dict) -> list:
    """Each value as many times as its count, shuffled: no order down the rows."""
    return shuffled([v for v, n in counts.items() for _ in range(n)])


def sample_order(n: int) -> np.ndarray:
    """The rows of a file of n rows (one chunk) in the order of the keys the profiler draws
    for its sample, one a row from numpy's default_rng(0): the first SAMPLE_ROWS are the
    sample, the rest are left out of it (profile.py, _Scan._sample)."""
    return np.argsort(np.random.default_rng(0).random(n))


# splitmix64, the finaliser pandas hashes a float's bits with: its constants and inverse,
# for tests that build rows whose hashes differ by chosen bits
U = np.uint64
C1, C2 = 0xBF58476D1CE4E5B9, 0x94D049BB133111EB


def unmix(h: np.ndarray) -> np.ndarray:
    """The inverse of splitmix64's finaliser, which pandas' hash of a float's bits is."""
    with np.errstate(over="ignore"):
        h = h ^ (h >> U(31)) ^ (h >> U(62))
        h = h * U(pow(C2, -1, 2 ** 64))
        h = h ^ (h >> U(27)) ^ (h >> U(54))
        h = h * U(pow(C1, -1, 2 ** 64))
        return h ^ (h >> U(30)) ^ (h >> U(60))


def names_with_digits() -> list:
    """60 names, 58 distinct: 30 of two words, 30 of one (5 of them with a digit), so 1.5
    words on average and 55 of 60 in words alone (0.92)."""
    two = [f"{a} {b}" for a in ("Lake", "Glen", "Port", "Fort", "Saint", "New")
           for b in ("Placid", "Cove", "Haven", "Worth", "John")][:29]
    one = [w + s for w in ("Kal", "Mor", "Tun", "Vel", "Dar")
           for s in ("ano", "ite", "ubo", "era", "ix")]
    one = one[:24] + [f"Area{k}" for k in range(5)]
    return shuffled(two + two[:1] + one + one[:1])
