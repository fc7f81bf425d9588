"""Meta-features: a dataset described by numbers, so that datasets can be compared.

The meta-knowledge base describes every dataset of its corpus with these numbers, and a
person's CSV is described the same way when it is profiled; the advice then looks for
the most similar datasets of the base and orders its candidates by what won there.

Two levels, one vocabulary of names:

- ``from_facts``: what the facts of the vocabulary say (size, dimensionality, feature
  type mix, classes and balance, missingness, skew, outliers). A person who only states
  facts gets neighbours by these, more coarsely.
- ``describe``: the data itself, adding what only the rows tell: pymfe's statistical and
  information-theoretic measures and its landmarkers (scores of quick simple models:
  a one-level tree, 1-nearest-neighbour, naive Bayes, linear discriminant) for
  classification; for regression, where pymfe has no landmarkers, the cross-validated
  R² of the same kinds of quick models.

pymfe (ealcobaca/pymfe) computes the measures it has; it needs numbers without gaps,
so categories are coded and gaps filled before it sees them. Rows are sampled to
``SAMPLE_ROWS`` with a fixed seed, which keeps the measures under a second whatever the
CSV's length; importing pymfe costs a few seconds more, once per process.
"""
from __future__ import annotations

import math
import warnings
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from mlwf.profiling.numbers import read_numbers
from mlwf.profiling.profile import (
    ENCODING_ERRORS,
    MISSING_MARKERS,
    codec,
    column_names,
    missing_markers,
    nones_missing,
    rows_to_skip,
)

SAMPLE_ROWS = 500
SEED = 0
NUMERIC_TYPES = ("continuous", "discrete")
CATEGORICAL_TYPES = ("nominal", "ordinal", "boolean")

# pymfe's names, kept as they are so that its documentation explains them.
# (Scale-dependent measures such as iq_range are left out: they compare units, not data.)
PYMFE_STATISTICAL = ("skewness", "kurtosis", "nr_outliers", "cor", "sparsity")
PYMFE_CLASSIFICATION = ("best_node", "random_node", "worst_node", "one_nn", "elite_nn",
                        "naive_bayes", "linear_discr")

REGRESSION_LANDMARKERS = ("lm_linear", "lm_stump", "lm_tree", "lm_one_nn")
LANDMARKERS = PYMFE_CLASSIFICATION + REGRESSION_LANDMARKERS
RELATIVE = "relative_"


def relative_landmarkers(metafeatures: Mapping[str, float]) -> dict[str, float]:
    """Each landmarker's score minus the best landmarker's on the same data (a form of
    relative landmarking: Fürnkranz and Petrak compare landmarkers pairwise): which
    kind of quick model does better here, with how hard the data is for all of them
    taken out. Empty without landmarkers."""
    found = {n: float(metafeatures[n]) for n in LANDMARKERS
             if isinstance(metafeatures.get(n), (int, float)) and math.isfinite(metafeatures[n])}
    if len(found) < 2:
        return {}
    best = max(found.values())
    return {RELATIVE + n: v - best for n, v in found.items()}


FACT_FEATURES = ("log_n_samples", "log_n_features", "log_features_per_sample", "share_numeric",
                 "share_categorical", "missing_ratio", "log_n_classes", "minority_share",
                 "skewed", "has_outliers", "high_cardinality")


def from_facts(facts: Mapping[str, Any]) -> dict[str, float]:
    """The meta-features the facts give; a fact that is absent gives none."""
    out: dict[str, float] = {}
    n, d = facts.get("n_samples"), facts.get("n_features")
    if isinstance(n, (int, float)) and n > 0:
        out["log_n_samples"] = math.log10(n)
    if isinstance(d, (int, float)) and d > 0:
        out["log_n_features"] = math.log10(d)
        if isinstance(n, (int, float)) and n > 0:
            out["log_features_per_sample"] = math.log10(d / n)
    types = facts.get("feature_types")
    if isinstance(types, (list, tuple)) and types:
        out["share_numeric"] = sum(t in NUMERIC_TYPES for t in types) / len(types)
        out["share_categorical"] = sum(t in CATEGORICAL_TYPES for t in types) / len(types)
    if isinstance(facts.get("missing_ratio"), (int, float)):
        out["missing_ratio"] = float(facts["missing_ratio"])
    if facts.get("task") == "classification":
        k = facts.get("n_classes")
        if isinstance(k, int) and k >= 2:
            out["log_n_classes"] = math.log2(k)
        share = facts.get("minority_share")
        if isinstance(share, (int, float)):
            out["minority_share"] = float(share)
        elif facts.get("class_balance") == "balanced" and isinstance(k, int) and k >= 2:
            out["minority_share"] = 1 / k
    for flag in ("skewed", "has_outliers", "high_cardinality"):
        if isinstance(facts.get(flag), bool):
            out[flag] = float(facts[flag])
    return out


def _sample(X: pd.DataFrame, y: pd.Series, rows: int, seed: int) -> tuple[pd.DataFrame, pd.Series]:
    if len(X) <= rows:
        return X, y
    idx = np.sort(np.random.default_rng(seed).choice(len(X), size=rows, replace=False))
    return X.iloc[idx], y.iloc[idx]


def _numeric_matrix(X: pd.DataFrame) -> np.ndarray:
    """Categories as codes, gaps filled with the column's median: what pymfe can read."""
    cols = []
    for name in X.columns:
        s = X[name]
        if pd.api.types.is_bool_dtype(s):
            s = s.astype(float)
        elif not pd.api.types.is_numeric_dtype(s):
            s = pd.Series(pd.factorize(s.astype(str).where(s.notna()))[0], index=s.index,
                          dtype=float).replace(-1, np.nan)
        s = pd.to_numeric(s, errors="coerce").astype(float)
        cols.append(s.fillna(s.median() if s.notna().any() else 0.0).to_numpy())
    return np.column_stack(cols) if cols else np.zeros((len(X), 0))


def _pymfe(X: np.ndarray, y: np.ndarray | None, features: tuple[str, ...], seed: int) -> dict[str, float]:
    from pymfe.mfe import MFE
    mfe = MFE(features=list(features), summary=["mean"], random_state=seed, num_cv_folds=3)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mfe.fit(X, y, suppress_warnings=True, transform_num=False, transform_cat=None)
        names, values = mfe.extract(suppress_warnings=True)
    return {n.removesuffix(".mean"): float(v) for n, v in zip(names, values, strict=True)
            if v is not None and np.isfinite(v)}


def _regression_landmarkers(X: np.ndarray, y: np.ndarray, seed: int) -> dict[str, float]:
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import KFold, cross_val_score
    from sklearn.neighbors import KNeighborsRegressor
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.tree import DecisionTreeRegressor
    models = {"lm_linear": make_pipeline(StandardScaler(), Ridge()),
              "lm_stump": DecisionTreeRegressor(max_depth=1, random_state=seed),
              "lm_tree": DecisionTreeRegressor(max_depth=3, random_state=seed),
              "lm_one_nn": make_pipeline(StandardScaler(), KNeighborsRegressor(1))}
    folds = KFold(3, shuffle=True, random_state=seed)
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, model in models.items():
            score = float(np.mean(cross_val_score(model, X, y, cv=folds, scoring="r2")))
            # R² is unbounded below; clip so one hopeless model does not dominate distances
            out[name] = max(score, -1.0)
    return out


def describe(X: pd.DataFrame, y: pd.Series, task: str, facts: Mapping[str, Any] | None = None,
             seed: int = SEED, sample_rows: int = SAMPLE_ROWS) -> dict[str, float]:
    """Meta-features of a table: those of its facts (given, or the few read off the
    table here) and those only the rows tell."""
    out = from_facts(facts or {}) if facts else {}
    n, d = X.shape
    out.setdefault("log_n_samples", math.log10(max(n, 1)))
    out.setdefault("log_n_features", math.log10(max(d, 1)))
    out.setdefault("log_features_per_sample", math.log10(max(d, 1) / max(n, 1)))
    numeric = [c for c in X.columns if pd.api.types.is_numeric_dtype(X[c])
               and not pd.api.types.is_bool_dtype(X[c])]
    out.setdefault("share_numeric", len(numeric) / max(d, 1))
    out.setdefault("share_categorical", 1 - out["share_numeric"])
    out.setdefault("missing_ratio", float(X.isna().to_numpy().mean()) if d else 0.0)
    out["rows_with_missing"] = float(X.isna().any(axis=1).mean()) if d else 0.0
    Xs, ys = _sample(X, y, sample_rows, seed)
    M = _numeric_matrix(Xs)
    if task == "classification":
        counts = y.value_counts(normalize=True)
        out.setdefault("log_n_classes", math.log2(max(len(counts), 2)))
        out.setdefault("minority_share", float(counts.min()))
        p = counts.to_numpy()
        out["class_entropy"] = float(-(p * np.log2(p)).sum() / math.log2(max(len(p), 2)))
        out.update(_pymfe(M, ys.astype(str).to_numpy(), PYMFE_STATISTICAL + PYMFE_CLASSIFICATION, seed))
    else:
        target = pd.to_numeric(y, errors="coerce").astype(float)
        out["target_skew"] = float(abs(target.skew())) if len(target) > 2 else 0.0
        out.update(_pymfe(M, None, PYMFE_STATISTICAL, seed))
        out.update(_regression_landmarkers(M, pd.to_numeric(ys).astype(float).to_numpy(), seed))
    if "nr_outliers" in out:          # a count of columns: as a share, comparable across widths
        out["nr_outliers"] = out["nr_outliers"] / max(d, 1)
    return out


def task_of(facts: Mapping[str, Any]) -> str | None:
    """The supervised task the facts state, or the one the target's type implies (the
    rules derive it the same way)."""
    from mlwf.rules.stages.goal import CATEGORICAL_TARGETS, NUMERIC_TARGETS
    task = facts.get("task")
    if task:
        return task if task in ("classification", "regression") else None
    target = facts.get("target_type")
    if target in CATEGORICAL_TARGETS:
        return "classification"
    if target in NUMERIC_TARGETS and not facts.get("time_ordered"):
        return "regression"
    return None


def describe_csv(source, target: str | None, profile, facts: Mapping[str, Any]) -> dict[str, float] | None:
    """Meta-features of a profiled CSV (None without a target or a supervised task):
    computed once, when the CSV is profiled, on a uniform sample of its rows."""
    task = task_of(facts)
    if not target or task is None:
        return None
    table = profile.table
    X, y = read_sample(source, target, sep=table.get("delimiter", ","),
                       decimal=table.get("decimal", "."), encoding=codec(table.get("encoding", "utf-8")),
                       trailing_delimiter=table.get("trailing_delimiter", False),
                       skiprows=rows_to_skip(table), na_values=missing_markers(table),
                       none_levels=table.get("none_levels", ()))
    # numbers as the profile read them ($1,234 as 1234, 12 kg as 12)
    written = table.get("written_numbers", {})
    for name in X.columns.intersection(list(written)):
        X[name] = read_numbers(X[name], name, **written[name])
    if task == "classification":
        y = y.astype(str)
    else:
        y = read_numbers(y, target, **written.get(target, {}))
        if y.isna().any():
            # a regression of words: nothing to describe it by; the advice falls back on
            # the facts, and `mlwf evaluate` refuses the target with its own message
            return None
    return describe(X, y, task, facts={**facts, "task": task})


def read_sample(source, target: str, sep: str = ",", rows: int = 20 * SAMPLE_ROWS,
                seed: int = SEED, chunk_rows: int = 200_000, decimal: str = ".",
                encoding: str = "utf-8",
                trailing_delimiter: bool = False, skiprows: int | list[int] | None = None,
                na_values: list[str] | dict[int, list[str]] = MISSING_MARKERS,
                none_levels=()) -> tuple[pd.DataFrame, pd.Series]:
    """A uniform sample of a CSV's rows (features, target), rows without a target left
    out. Read in chunks, each row drawing a random key and the ``rows`` smallest keys
    kept, so memory stays bounded and every row has the same chance. ``trailing_delimiter``:
    every line ends in a delimiter the header does not (the profile's table says so), an
    empty field read as none rather than as row names; ``skiprows``: the lines of
    comment above the header and the line of units below it, as pandas skips them. "None" is missing but in the columns
    ``none_levels`` names, where the profile read it as a level."""
    rng = np.random.default_rng(seed)
    pool: pd.DataFrame | None = None
    for chunk in pd.read_csv(source, sep=sep, decimal=decimal, encoding=encoding,
                             encoding_errors=ENCODING_ERRORS, chunksize=chunk_rows,
                             na_values=na_values, keep_default_na=False,
                             skipinitialspace=True, low_memory=False,
                             index_col=False if trailing_delimiter else None,
                             skiprows=skiprows):
        chunk.columns = column_names(chunk.columns)
        chunk = nones_missing(chunk, none_levels)
        chunk = chunk[chunk[target].notna()].assign(_key=lambda c: rng.random(len(c)))
        # read_csv numbers the rows of every chunk on from the last: the numbers stay unique
        # and the sample can be put back in file order
        pool = chunk if pool is None else pd.concat([pool, chunk])
        pool = pool.nsmallest(rows, "_key")
    assert pool is not None, "read_csv yields a chunk for any CSV the profiler accepted"
    frame = pool.sort_index().drop(columns="_key").reset_index(drop=True)
    return frame.drop(columns=[target]), frame[target]
