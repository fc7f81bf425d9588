"""Whether advice and runs hold when the numbers are written for people to read.

Takes real data sets that ship inside installed packages (scikit-learn, statsmodels,
palmerpenguins), writes each three ways to CSV files in a temporary directory, and runs
`mlwf evaluate F --target T --top 3 --no-evidence --json` on each:

- plain: as pandas writes the frame;
- written: every numeric feature written as a report would, by turns with a unit
  (`84.2 kg`), in dollars with thousands marked (`$1,234.5`), with a percent sign, and,
  in a column with negative values, with the typeset minus sign (`−0.27`);
- semicolon: the plain frame separated by semicolons, with decimal commas.

It prints per data set the best candidate and its cross-validated score on each file, how
many of the three candidates failed, and the written and semicolon scores as ratios to the
plain one: 1.000 where the runs read the same numbers (the written values keep every digit;
a unit also makes a scale's codes amounts, since a code has no unit, so a score may move a
little with the column's type). Scores are errors for a regression (lower is better) and
accuracy for a classification.
Usage: python bench/bench_written_numbers.py
"""
from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import tempfile
from collections.abc import Callable

import pandas as pd
from sklearn import datasets as skd


def _sklearn(loader, **kw) -> pd.DataFrame:
    return loader(as_frame=True, **kw).frame


def _statsmodels(name: str) -> pd.DataFrame:
    import statsmodels.api as sm
    return getattr(sm.datasets, name).load_pandas().data


def _penguins() -> pd.DataFrame:
    import palmerpenguins
    return palmerpenguins.load_penguins()


def _california() -> pd.DataFrame:
    # a uniform fifth of the rows, so the bench stays a few minutes long
    return _sklearn(skd.fetch_california_housing).sample(4000, random_state=0).reset_index(drop=True)


CASES: list[tuple[str, Callable[[], pd.DataFrame], str]] = [
    ("diabetes", lambda: _sklearn(skd.load_diabetes, scaled=False), "target"),
    ("diabetes (scaled)", lambda: _sklearn(skd.load_diabetes), "target"),
    ("wine", lambda: _sklearn(skd.load_wine), "target"),
    ("breast_cancer", lambda: _sklearn(skd.load_breast_cancer), "target"),
    ("penguins", _penguins, "species"),
    ("fair", lambda: _statsmodels("fair"), "affairs"),
    ("star98", lambda: _statsmodels("star98"), "NABOVE"),
]
if any(p.exists() for p in pathlib.Path(skd.get_data_home()).glob("cal_housing*")):
    CASES.append(("california (4,000 rows)", _california, "MedHouseVal"))


def written(frame: pd.DataFrame, target: str) -> tuple[pd.DataFrame, int]:
    """The frame with its numeric features written for people, and how many were."""
    out = frame.copy()
    styles = [lambda v: f"{v} kg", lambda v: f"${v:,}", lambda v: f"{v}%"]
    n = 0
    for name in frame.columns:
        column = frame[name]
        if name == target or not pd.api.types.is_numeric_dtype(column) \
                or pd.api.types.is_bool_dtype(column) or column.nunique() <= 2:
            continue
        if (column < 0).any():
            style = lambda v: str(v).replace("-", "\u2212")   # noqa: E731
        else:
            style = styles[n % len(styles)]
        out[name] = column.map(lambda v, style=style: "" if pd.isna(v) else style(v))
        n += 1
    return out, n


def mlwf() -> str:
    here = pathlib.Path(sys.executable).parent / "mlwf"
    return str(here) if here.exists() else "mlwf"


def evaluate(path: str, target: str) -> tuple[str, float | None, int]:
    out = subprocess.run([mlwf(), "evaluate", path, "--target", target, "--top", "3",
                          "--no-evidence", "--json"], capture_output=True, text=True)
    if out.returncode != 0:
        return "refused: " + out.stderr.strip().splitlines()[-1][:60], None, 3
    board = json.loads(out.stdout)["leaderboard"]
    failed = sum(r["score"] is None for r in board)
    best = board[0]
    return best["algorithm"], best["score"], failed


def main() -> None:
    print("| data set / target | rows | written columns | plain: best, score | written: best, score "
          "| semicolon: best, score | failed (plain / written / semicolon) | written ÷ plain "
          "| semicolon ÷ plain |")
    print("| --- | ---: | ---: | --- | --- | --- | --- | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for name, load, target in CASES:
            frame = load()
            paths = {way: os.path.join(tmp, f"{way}.csv") for way in ("plain", "written", "semicolon")}
            frame.to_csv(paths["plain"], index=False)
            shown, n_written = written(frame, target)
            shown.to_csv(paths["written"], index=False)
            frame.to_csv(paths["semicolon"], index=False, sep=";", decimal=",")
            runs = {way: evaluate(path, target) for way, path in paths.items()}
            plain = runs["plain"][1]
            cells = [best if score is None else f"{best} {score:.4g}" for best, score, _ in runs.values()]
            ratios = ["-" if runs[way][1] is None or not plain else f"{runs[way][1] / plain:.3f}"
                      for way in ("written", "semicolon")]
            print(f"| {name} / {target} | {len(frame):,} | {n_written} | {' | '.join(cells)} | "
                  f"{' / '.join(str(run[2]) for run in runs.values())} | {' | '.join(ratios)} |",
                  flush=True)


if __name__ == "__main__":
    main()
