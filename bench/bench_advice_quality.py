"""Advice quality: leave-one-dataset-out over the meta-knowledge base.

For each dataset of the shipped base, the base without it plays the meta-knowledge, and
the dataset plays a person's CSV: its profiled facts go to the rules, its meta-features
to the evidence. Its scores never reach its own evidence: neighbours, means and the
clear-win bounds use the other datasets only (ranks and normalized scores are per
dataset); only the spread that standardizes each meta-feature is taken over all of them,
and it holds no scores. Every pick is scored by that dataset's normalized score (0 = the median
algorithm of the catalogue on it, 1 = the best; balanced accuracy for classification,
R² for regression), and the table prints the mean per task:

- mlwf top-1 and best-of-top-3, with meta-features of the data ("data") and with the
  stated facts only ("facts"); and, to show what each half of the evidence adds, the
  ten neighbours' vote alone and the base's mean alone;
- each fixed default (always HistGradientBoosting, RandomForest, LogisticRegression or
  Ridge) and the best of those three on each dataset;
- the rules' first pick without evidence (their fallback order), the chart's first box
  (the admissible candidate at chart step 1, e.g. LinearSVC), a random admissible pick
  (the mean over the rules' candidates), and the oracle among the rules' candidates (the
  best score any order of them could reach; the oracle over all algorithms is 1).

A pick mlwf makes that the base never ran (no scikit-learn path) scores 0, the median;
a dataset on which the rules admit no algorithm scores 0 for mlwf and the chart.
Normalized scores are floored at -1 (as far below the median as the best is above it).
Then mlwf's top-1 and best-of-top-3 against the best fixed default and the best of the
three, paired by dataset; then the latency of a consultation with evidence (median over
repeated runs, wall clock and CPU time).

    python bench/bench_advice_quality.py [--base FILE.nt.gz]
"""
from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict

import numpy as np

from mlwf.kb.metakb import SHRINK, MetaKB, shipped_ntriples
from mlwf.rules import Advisor

DEFAULTS = {"classification": {"HistGradientBoosting": "HistGradientBoostingClassifier",
                               "RandomForest": "RandomForestClassifier",
                               "linear (LogisticRegression / Ridge)": "LogisticRegression"},
            "regression": {"HistGradientBoosting": "HistGradientBoostingRegressor",
                           "RandomForest": "RandomForestRegressor",
                           "linear (LogisticRegression / Ridge)": "Ridge"}}


def _se(values: list[float]) -> float:
    """Standard error of the mean over the datasets: how far the mean could move by chance."""
    return float(np.std(values, ddof=1) / np.sqrt(len(values))) if len(values) > 1 else 0.0


def algorithms(advice) -> list[str]:
    return [r["name"] for r in advice["recommendations"] if r["kind"] == "algorithm"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", help="a built base (default: the shipped one)")
    parser.add_argument("--runs", type=int, default=300, help="consultations timed")
    args = parser.parse_args()
    base = MetaKB.from_ntriples(shipped_ntriples(args.base))
    chart = Advisor()
    ontology = chart.ontology
    rows: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    empty: dict[str, int] = defaultdict(int)
    for task, tb in base.bases.items():
        col = {a: j for j, a in enumerate(tb.algorithms)}
        by_name = {d["name"]: d for d in base.datasets.values() if d["task"] == task}
        for i, name in enumerate(tb.datasets):
            d = by_name[name]
            norm = tb.normalized[i]

            def score(alg: str | None, col=col, norm=norm) -> float:  # bound now, not at call
                j = col.get(alg) if alg else None
                return float(norm[j]) if j is not None and np.isfinite(norm[j]) else 0.0

            facts = {**d["facts"], "task": task}
            advice = chart.advise(facts)
            plain = algorithms(advice)
            first_box = next((r["name"] for r in advice["recommendations"]
                              if r["kind"] == "algorithm" and r.get("chart_step") == 1), None)
            if not plain:
                empty[task] += 1
            r = rows[task]
            for label, mf, shrink in (("data", d["metafeatures"], SHRINK), ("facts", None, SHRINK),
                                      ("data, neighbours only", d["metafeatures"], 1.0),
                                      ("base mean only", None, 0.0)):
                advisor = Advisor(ontology, evidence=lambda f, m, name=name, s=shrink:
                                  base.evidence(f, m, exclude=[name], shrink=s))
                ranked = algorithms(advisor.advise(facts, metafeatures=mf))
                r[f"mlwf top-1 ({label})"].append(score(ranked[0]) if ranked else 0.0)
                r[f"mlwf best of top-3 ({label})"].append(
                    max((score(a) for a in ranked[:3]), default=0.0))
            for label, alg in DEFAULTS[task].items():
                r[f"always {label}"].append(score(alg))
            r["best of {HGB, RF, linear}"].append(max(score(a) for a in DEFAULTS[task].values()))
            r["rules' first pick (no evidence)"].append(score(plain[0]) if plain else 0.0)
            r["chart's first box"].append(score(first_box))
            r["random admissible pick"].append(
                float(np.mean([score(a) for a in plain])) if plain else 0.0)
            r["oracle among admissible"].append(max((score(a) for a in plain), default=0.0))
            r["oracle (any algorithm)"].append(
                float(np.nanmax(norm)) if np.isfinite(norm).any() else 0.0)
    print("Leave-one-dataset-out over the meta-knowledge base: mean normalized score "
          "(0 = median algorithm, 1 = best) ± its standard error over the datasets\n")
    tasks = sorted(rows)
    labels = list(rows[tasks[0]])
    header = f"| {'pick':<44} | " + " | ".join(
        f"{t} ({len(rows[t][labels[0]])})" for t in tasks) + " |"
    print(header)
    print("|" + "---|" * (len(tasks) + 1))
    for label in labels:
        print(f"| {label:<44} | " + " | ".join(
            f"{np.mean(rows[t][label]):.2f} ± {_se(rows[t][label]):.2f}" for t in tasks) + " |")
    for t in tasks:
        if empty[t]:
            print(f"\n{t}: on {empty[t]} datasets the rules admitted no algorithm (scored 0)")
    # Paired: the same datasets on both sides, so the spread of the datasets cancels out.
    print("\npaired differences on the same datasets (mean ± standard error; beyond about "
          "two standard errors a difference is more than chance):")
    for t in tasks:
        r = rows[t]
        fixed = [f"always {label}" for label in DEFAULTS[t]]
        best_fixed = max(fixed, key=lambda k: np.mean(r[k]))
        for ours, theirs in (("mlwf top-1 (data)", best_fixed),
                             ("mlwf best of top-3 (data)", "best of {HGB, RF, linear}")):
            d = np.array(r[ours]) - np.array(r[theirs])
            print(f"  {t}: {ours} − {theirs}: {np.mean(d):+.2f} ± {_se(list(d)):.2f}")

    # -- latency of a consultation with evidence ------------------------------------------
    # Interleaved, so that the machine's load falls on both alike.
    task = "classification"
    d = next(d for d in base.datasets.values() if d["task"] == task)
    facts, mf = {**d["facts"], "task": task}, d["metafeatures"]
    advisor = Advisor(ontology, evidence=base.evidence)
    variants = (("without evidence", chart, {}),
                ("with evidence (data)", advisor, {"metafeatures": mf}),
                ("with evidence (facts)", advisor, {}))
    times: dict[str, list[float]] = {label: [] for label, _, _ in variants}
    cpu: dict[str, list[float]] = {label: [] for label, _, _ in variants}
    for _label, who, kwargs in variants:  # a warm-up round
        who.advise(facts, **kwargs)
    for _ in range(args.runs):
        for label, who, kwargs in variants:
            t, c = time.perf_counter(), time.thread_time()
            who.advise(facts, **kwargs)
            times[label].append((time.perf_counter() - t) * 1000)
            cpu[label].append((time.thread_time() - c) * 1000)
    print(f"\nconsultations, interleaved, {args.runs} runs each: " + "; ".join(
        f"{label} median {statistics.median(ts):.2f} ms" for label, ts in times.items()))
    # On a shared machine the wall clock also counts the time spent waiting for a core:
    # the CPU time is what a consultation itself costs.
    print("  their CPU time: " + "; ".join(
        f"{label} median {statistics.median(ts):.2f} ms" for label, ts in cpu.items()))


if __name__ == "__main__":
    main()
