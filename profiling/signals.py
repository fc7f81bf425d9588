"""Facts about a whole table that a person rarely knows and the rules need, each derived
with a confidence and a reason: whether the rows form a time series, and whether only a
few features carry the information about the target.

Both work on the profiler's uniform sample of rows (in file order) and are bounded: at most
MI_ROWS rows and MI_COLUMNS features enter the estimate of mutual information.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist
from typing import Any

import numpy as np
import pandas as pd

from mlwf.ontology.i18n import Message, Percent, _
from mlwf.profiling.column_types import Sentences

MI_ROWS = 5_000          # rows of the sample used to estimate mutual information
MI_COLUMNS = 200         # features scored at most (the first ones in the file)
BINS = 8                 # quantile bins of a numeric feature or target
ALPHA = 0.01             # chance of calling one uninformative feature informative
SHARE = 0.8              # "few": this share of the information ...
FEW = 0.25               # ... held by at most this share of the features
MIN_FEATURES = 4         # fewer features than this: "few" says nothing
TIME_UNIQUE = 0.9        # a time index: at least this share of rows with a time of their own
PERIOD_LEVELS = 12       # a column of at most 12 levels may number the periods within a year


@dataclass
class Derived:
    value: Any
    confidence: float
    reason: Message
    column: str | None = None

    def doc(self) -> dict[str, Any]:
        return {"value": self.value, "confidence": self.confidence, "reason": self.reason}


def time_order(sample: pd.DataFrame | None, columns: list[dict], target: str | None,
               n_rows: int) -> tuple[Derived, Derived]:
    """Two facts: time_indexed, the rows are one time series (ordered by a datetime that
    gives (nearly) every row a time of its own, or by a year column and a period column of
    at most 12 levels together); and time_ordered, the row order follows time (a series, or
    rows ordered by full dates, such as a log of events). A year column alone, repeated
    over the units of a panel or of a cross-section, makes neither."""
    dates = [c for c in columns if c["stat_type"] == "datetime" and c["name"] != target]
    if not dates:
        none = Derived(False, 0.9, _("No column holds dates or times, so nothing orders the rows "
                                     "in time."))
        return none, none
    seen, ordered = [], None
    for c in dates:
        if not c.get("monotonic"):
            seen.append(_("'{name}' is not in time order over the rows", name=c["name"]))
            continue
        unique = c.get("cardinality") or 0
        share = unique / n_rows if n_rows else 0
        if share >= TIME_UNIQUE and n_rows >= 10:
            series = Derived(True, 0.9, _("The rows are ordered by '{name}', and {share} of them "
                                          "have a time of their own: a time series indexed by it.",
                                          name=c["name"], share=Percent(share)), c["name"])
            return series, series
        period = _period_column(sample, c["name"], columns, target)
        if period:
            series = Derived(True, 0.85, _("The rows are ordered by '{name}' and then '{period}' "
                                           "(at most {levels} periods), which together give every "
                                           "row a time of its own: a time series.", name=c["name"],
                                           period=period, levels=PERIOD_LEVELS), c["name"])
            return series, series
        present = n_rows * (1 - (c.get("missing_ratio") or 0))
        # every row with a time may have its own, the rows without one being what is short
        gaps = bool(present) and unique >= TIME_UNIQUE * present
        if gaps:
            seen.append(_("'{name}' is in order, but {share} of the rows have no time in it",
                          name=c["name"], share=Percent(1 - present / n_rows)))
        else:
            seen.append(_("'{name}' is in order but repeats ({share} of the rows have a time of "
                          "their own), as the times of a panel or of grouped rows do",
                          name=c["name"], share=Percent(share)))
        if ordered is None and not c.get("years"):
            ordered = Derived(True, 0.75, _(
                "The rows are in the order of the times in '{name}', but some rows have none: "
                "ordered in time, not one series.", name=c["name"]) if gaps else _(
                "The rows are in the order of the dates in '{name}', but several rows share a "
                "time: ordered in time, not one series.", name=c["name"]), c["name"])
    why = Sentences(*seen, sep="; ")
    indexed = Derived(False, 0.75, _("Not a time series: {why}.", why=why))
    years = (_("A year column alone does not order rows in time.")
             if any(c.get("years") for c in dates) else None)
    return indexed, ordered or Derived(False, 0.75, Sentences(
        _("The rows do not follow time: {why}.", why=why), years))


def _period_column(sample: pd.DataFrame | None, time: str, columns: list[dict],
                   target: str | None) -> str | None:
    if sample is None or len(sample) < 10:
        return None
    t = pd.to_numeric(sample[time], errors="coerce")
    if t.isna().any():
        return None
    for c in columns:
        if c["name"] in (time, target) or c["stat_type"] not in ("ordinal", "nominal", "discrete"):
            continue
        p = pd.to_numeric(sample[c["name"]], errors="coerce")
        if p.isna().any() or p.nunique() > PERIOD_LEVELS or not (p == p.round()).all():
            continue
        # rows in the order of (time, period), each pair once: period breaks the time's ties
        dt, dp = np.diff(t.to_numpy()), np.diff(p.to_numpy())
        if ((dt > 0) | ((dt == 0) & (dp > 0))).all():
            return c["name"]
    return None


def few_important_features(sample: pd.DataFrame | None, features: list[dict], target: str,
                           target_type: str) -> Derived:
    """Whether a few features carry most of the information about the target, from the
    mutual information of each feature with the target: features and a numeric target
    cut into BINS quantile bins, categories kept (the rarest pooled), on at most MI_ROWS
    rows. Each feature's score is what it holds beyond the estimator's noise, measured by
    shuffling the target. "Few" means that at most a quarter of the features hold 80 % of
    the information."""
    if sample is None or len(features) < MIN_FEATURES:
        return Derived(None, 0.0, _("Left open: with fewer than {n} usable features, whether "
                                    "only a few matter says little.", n=MIN_FEATURES))
    rows = sample.iloc[:MI_ROWS]
    y = rows[target]
    keep = y.notna().to_numpy()
    rows, y = rows[keep], y[keep]
    if len(rows) < 30:
        return Derived(None, 0.0, _("Left open: fewer than 30 rows have a target value."))
    y_codes = _codes(y, numeric=target_type in ("continuous", "discrete"))
    scored = features[:MI_COLUMNS]
    # Under independence 2·N·MI (in nats) follows a chi-square law with (kx-1)(ky-1)
    # degrees of freedom (the G-test); what a feature holds beyond the 1 % / n_features
    # quantile of that law (Bonferroni, Wilson-Hilferty) is what it holds beyond chance.
    z = NormalDist().inv_cdf(1 - ALPHA / len(scored))
    gains = {}
    for c in scored:
        x = _codes(rows[c["name"]], numeric=c["stat_type"] in ("continuous", "discrete"))
        dof = max((len(np.unique(x)) - 1) * (len(np.unique(y_codes)) - 1), 1)
        chance = dof * (1 - 2 / (9 * dof) + z * (2 / (9 * dof)) ** 0.5) ** 3 / (2 * len(x))
        gains[c["name"]] = max(_mutual_information(x, y_codes) - chance, 0.0)
    total = sum(gains.values())
    ranked = sorted(gains, key=lambda name: gains[name], reverse=True)
    capped = (_(" (the first {n} of {total})", n=MI_COLUMNS, total=len(features))
              if len(features) > MI_COLUMNS else "")
    confidence = round(min(0.8, 0.5 + len(rows) / 20_000), 2)
    if total <= 0:
        return Derived(None, 0.0, _("Left open: no feature{capped} shares information with "
                                    "'{target}' beyond chance (mutual information on {rows} rows).",
                                    capped=capped, target=target, rows=len(rows)))
    running, needed = 0.0, 0
    for name in ranked:
        running += gains[name]
        needed += 1
        # past the share, or on it however the sums round (four equal shares of five)
        if running > SHARE * total or math.isclose(running, SHARE * total, rel_tol=1e-9):
            break
    few = needed <= max(1, int(FEW * len(scored)))
    top = ", ".join(f"'{n}'" for n in ranked[:min(needed, 3)]) + (", ..." if needed > 3 else "")
    params = dict(needed=needed, scored=len(scored), capped=capped, top=top,
                  share=Percent(SHARE), target=target, rows=len(rows))
    if few:
        return Derived(few, confidence, _(
            "{needed} of {scored} features{capped} ({top}) hold {share} of the mutual information "
            "with '{target}' beyond chance (estimated on {rows} rows, G-test bound): a few features "
            "matter.", **params))
    return Derived(few, confidence, _(
        "{needed} of {scored} features{capped} ({top}) hold {share} of the mutual information "
        "with '{target}' beyond chance (estimated on {rows} rows, G-test bound): many features "
        "matter.", **params))


def _codes(values: pd.Series, numeric: bool) -> np.ndarray:
    """Small integer codes of a column: quantile bins of numbers, categories by frequency
    (the rarest pooled into one), missing values a code of their own."""
    if numeric:
        v = pd.to_numeric(values, errors="coerce").to_numpy(dtype=np.float64)
        present = ~np.isnan(v)
        levels, dense = np.unique(v[present], return_inverse=True)
        codes = np.full(len(v), BINS, dtype=np.int64)
        if len(levels) > BINS:   # equal-count bins of the ranks
            dense = np.argsort(np.argsort(v[present], kind="stable"), kind="stable") * BINS // present.sum()
        codes[present] = dense
        return codes
    text = values.astype(str).where(values.notna(), "\0missing")
    counts = text.value_counts()
    common = counts.index[:BINS * 2]
    return pd.Categorical(text.where(text.isin(common), "\0other")).codes.astype(np.int64)


def _mutual_information(x: np.ndarray, y: np.ndarray) -> float:
    joint = np.zeros((x.max() + 1, y.max() + 1))
    np.add.at(joint, (x, y), 1)
    joint /= joint.sum()
    px, py = joint.sum(axis=1, keepdims=True), joint.sum(axis=0, keepdims=True)
    nz = joint > 0
    return float((joint[nz] * np.log(joint[nz] / (px @ py)[nz])).sum())
