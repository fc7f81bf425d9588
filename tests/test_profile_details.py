"""Profiles of small CSVs, for what the mutation run (`make mutation`, README "Mutation
testing") found unchecked in the profiler; each was seen to fail with its mutant."""
from __future__ import annotations

import io

import pytest

from mlwf.profiling.profile import profile_csv


def csv_bytes(rows: list[tuple]) -> io.BytesIO:
    lines = ["x,y,label"] + [",".join("" if v is None else str(v) for v in row) for row in rows]
    return io.BytesIO(("\n".join(lines) + "\n").encode())


@pytest.mark.parametrize("unlabelled, learning_type", [(3, "supervised"), (14, "semi_supervised")])
def test_a_target_with_blanks_states_its_missing_share_and_the_learning_it_calls_for(
        unlabelled, learning_type):
    rows = [(i, (i * 7) % 11, None if i < unlabelled else ("a" if i % 2 else "b"))
            for i in range(20)]
    p = profile_csv(csv_bytes(rows), target="label")
    assert p.target["missing_ratio"] == pytest.approx(unlabelled / 20)
    assert p.facts["learning_type"] == learning_type


def test_every_column_type_comes_with_a_confidence_between_0_and_1():
    words = ["red", "green", "blue", "small", "large", "quiet", "loud", "early", "late"]
    rows = ["group,note,amount,colour"] + [
        f"{1 if i % 3 else 2},"
        f"the {words[i % 9]} cat sat on mat number {i % 40},"
        f"{(i * 37) % 101 + 0.5},"
        f"{words[i % 3]}" for i in range(60)]
    p = profile_csv(io.BytesIO(("\n".join(rows) + "\n").encode()))
    kinds = {c["name"]: c["stat_type"] for c in p.columns}
    assert kinds["group"] == "boolean" and kinds["note"] == "text", kinds
    assert all(0 < c["confidence"] <= 1 for c in p.columns), p.columns


def test_a_numeric_column_shows_its_mean():
    values = [1000 + (i * 37) % 101 + 0.5 for i in range(60)]
    rows = ["amount,colour"] + [f"{v},{'ab'[i % 2]}" for i, v in enumerate(values)]
    p = profile_csv(io.BytesIO(("\n".join(rows) + "\n").encode()))
    amount = next(c for c in p.columns if c["name"] == "amount")
    assert amount["mean"] == pytest.approx(sum(values) / len(values), abs=1e-3)
