"""How many algorithm candidates the advice gives on real data handed over as a user would.

Writes a few data sets that ship inside installed packages (scikit-learn, statsmodels,
palmerpenguins) to CSV files in a temporary directory, runs
`mlwf advise --csv F --target T --json` on each, and prints per data set the derived
task, whether the profile calls the rows time-ordered, how many algorithm candidates
come back, the first three, and any candidate without a scikit-learn class.
Usage: python bench/bench_candidates.py
"""
from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import tempfile

import pandas as pd
from sklearn import datasets as skd


def _sklearn(loader) -> pd.DataFrame:
    bunch = loader(as_frame=True)
    return bunch.frame


def _statsmodels(name: str) -> pd.DataFrame:
    import statsmodels.api as sm
    return getattr(sm.datasets, name).load_pandas().data


def _penguins() -> pd.DataFrame:
    import palmerpenguins
    return palmerpenguins.load_penguins()


# (name, frame loader, target): classification and regression, small and past 10 000
# rows, and data with a year column, some of it a real series and some not.
CASES = [
    ("iris", lambda: _sklearn(skd.load_iris), "target"),
    ("wine", lambda: _sklearn(skd.load_wine), "target"),
    ("breast_cancer", lambda: _sklearn(skd.load_breast_cancer), "target"),
    ("digits", lambda: _sklearn(skd.load_digits), "target"),
    ("diabetes", lambda: _sklearn(skd.load_diabetes), "target"),
    ("penguins", _penguins, "species"),
    ("penguins", _penguins, "body_mass_g"),
    ("anes96", lambda: _statsmodels("anes96"), "vote"),
    ("star98", lambda: _statsmodels("star98"), "NABOVE"),
    ("fair", lambda: _statsmodels("fair"), "affairs"),
    ("randhie", lambda: _statsmodels("randhie"), "mdvis"),
    ("grunfeld", lambda: _statsmodels("grunfeld"), "invest"),
    ("longley", lambda: _statsmodels("longley"), "TOTEMP"),
    ("nile", lambda: _statsmodels("nile"), "volume"),
    ("sunspots", lambda: _statsmodels("sunspots"), "SUNACTIVITY"),
    ("macrodata", lambda: _statsmodels("macrodata"), "realgdp"),
]


def mlwf() -> str:
    here = pathlib.Path(sys.executable).parent / "mlwf"
    return str(here) if here.exists() else "mlwf"


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, load, target in CASES:
            path = os.path.join(tmp, f"{name}-{target}.csv")
            load().to_csv(path, index=False)
            out = subprocess.run([mlwf(), "advise", "--csv", path, "--target", target, "--json"],
                                 capture_output=True, text=True, check=True)
            advice = json.loads(out.stdout)
            algorithms = [r for r in advice["recommendations"] if r["kind"] == "algorithm"]
            facts = advice["facts"]
            rows.append((f"{name} / {target}", facts.get("n_samples"), facts.get("task", "?"),
                         facts.get("time_ordered", "?"), len(algorithms),
                         ", ".join(r["name"] for r in algorithms[:3]) or "-",
                         ", ".join(r["name"] for r in algorithms if not r["sklearn"]) or "-"))
    print("| data set / target | rows | task | time_ordered | candidates | first three "
          "| without scikit-learn |")
    print("| --- | ---: | --- | --- | ---: | --- | --- |")
    for row in rows:
        print("| " + " | ".join(str(v).lower() if isinstance(v, bool) else str(v)
                                for v in row) + " |")


if __name__ == "__main__":
    main()
