"""Small CSVs made in a test and profiled: the helpers the profiler's tests share."""
from __future__ import annotations

import io

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
