"""The same facts get the same advice in every process. experta orders some of its work
by Python's string hashes, which differ per process (PYTHONHASHSEED): a rule disabled by
a derived fact (`NOT(ClassBalance("imbalanced"))`) stayed on the agenda in some processes
and fired (rules/experta_compat.py, DepthStrategy)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

CASES = [
    {"task": "classification", "minority_share": 0.01},
    {"task": "regression", "modality": "time_series", "n_samples": 100},
    {"task": "classification", "n_samples": 5000, "feature_types": ["continuous", "nominal"],
     "missing_ratio": 0.1, "skewed": True, "has_outliers": True, "class_balance": "imbalanced"},
    {"task": "classification", "n_samples": 30},
    {"n_samples": 100_000},
]
SCRIPT = ("import json, sys; from mlwf.rules import advise; "
          "print(json.dumps([advise(f) for f in json.loads(sys.argv[1])], sort_keys=True))")


def test_the_same_facts_get_the_same_advice_whatever_the_hash_seed():
    runs = [subprocess.Popen([sys.executable, "-c", SCRIPT, json.dumps(CASES)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONHASHSEED": str(seed)})
            for seed in range(8)]
    answers = []
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        answers.append(out)
    assert len(set(answers)) == 1
    first = json.loads(answers[0])[0]
    metrics = {r["name"] for r in first["recommendations"] if r["kind"] == "metric"}
    assert "Accuracy" not in metrics and "BalancedAccuracy" in metrics
    # one size derived for each count, in every process (two sizes would show whichever
    # derivation fired last, which the process's hashes decide)
    sizes = [a["derived"]["data_size"]["value"] for a in json.loads(answers[0])[-2:]]
    assert sizes == ["tiny", "large"]
