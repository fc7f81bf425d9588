"""Where does a surviving mutant of the rules change the advice? Probe it with fact sets.

    tools/mutation_probe.py --out var/mutation-stages               # every open survivor
    tools/mutation_probe.py --out var/mutation-stages --only "KEY,KEY" --samples 4000

For each survivor of a run of tools/mutation.py (those docs/mutation-survivors.md does not
explain and --recheck did not kill), the mutation is put into the file (cosmic-ray's
use_mutation, which puts the file back afterwards) and a child process, which imports the
mutated rules fresh, answers the same random fact sets as this process, which imported the
rules before any mutation. The fact sets are drawn from the vocabulary (rules/facts.py
SPECS), each fact stated or not, numbers from the boundaries the rules and the README name.
The first fact set whose advice differs is shrunk, fact by fact, while it still differs,
and printed with what differs: that is the case a test should state. A survivor whose
advice never differs is a candidate for "equivalent", to be argued in
docs/mutation-survivors.md, not concluded from the probe alone.

Like tools/mutation.py, it edits the files in place: run it on a clean tree of its own.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

# numbers on both sides of the boundaries the rules use (the chart's sample sizes, the
# shares of missing values, the imbalance share...), and a few in between
NUMBERS = {
    "n_samples": [0, 1, 10, 49, 50, 51, 80, 99, 100, 101, 500, 999, 1000, 1999, 2000, 5000,
                  9999, 10000, 20000, 99999, 100000, 150000, 999999, 1000000, 5000000],
    "n_features": [1, 2, 5, 10, 11, 29, 30, 31, 49, 50, 51, 100, 199, 200, 201, 300, 1000,
                   50000],
    "n_classes": [2, 3, 5, 10, 50, 100],
    "minority_share": [0.01, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5],
    "missing_ratio": [0.0, 0.01, 0.05, 0.1, 0.2, 0.29, 0.3, 0.31, 0.4, 0.5, 0.6, 0.9],
}
ALGORITHMS = ["LogisticRegression", "RandomForestClassifier", "SVC", "Ridge", "KMeans",
              "LinearRegression", "GradientBoostingClassifier", "KNeighborsClassifier",
              "DecisionTreeClassifier", "HistGradientBoostingRegressor", "PCA", "IsolationForest"]


def random_facts(rng: random.Random) -> dict:
    from mlwf.rules.facts import SPECS, Boolean, Choice, Choices, Number, Text, Tried
    facts: dict = {}
    # sparse sets reach the early steps and questions, dense ones the late steps (a step
    # becomes the next one only once everything before it is known)
    density = rng.choice([0.15, 0.3, 0.5, 0.8, 1.0])
    for name, spec in SPECS.items():
        if rng.random() > density:
            continue
        if isinstance(spec, Boolean):
            facts[name] = rng.random() < 0.5
        elif isinstance(spec, Choices):
            facts[name] = rng.sample(list(spec.choices), rng.randint(1, 3))
        elif isinstance(spec, Choice):
            facts[name] = rng.choice(spec.choices)
        elif isinstance(spec, Number):
            facts[name] = rng.choice(NUMBERS.get(name, [0, 1, 10, 100]))
        elif isinstance(spec, Tried):
            from mlwf.rules.facts import OUTCOMES
            facts[name] = [{"algorithm": rng.choice(ALGORITHMS), "outcome": rng.choice(OUTCOMES)}
                           for _ in range(rng.randint(1, 2))]
        elif isinstance(spec, Text):
            facts[name] = "predict churn"
    return facts


def answer(facts: dict) -> str:
    """The advice as JSON text, or the error it raised: what a person would see."""
    from mlwf.rules import advise
    try:
        return json.dumps(advise(facts), sort_keys=True, default=str)
    except Exception as error:  # noqa: BLE001 - a mutant may break anything; show what
        return f"error: {type(error).__name__}: {error}"


def child() -> None:
    """Answer fact sets, one JSON line in, one line out, with the rules as they are on disk."""
    for line in sys.stdin:
        print(json.dumps(answer(json.loads(line))), flush=True)


class Mutated:
    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, __file__, "--child"], cwd=ROOT,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     stderr=subprocess.DEVNULL)

    def __call__(self, facts: dict) -> str:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps(facts) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        return json.loads(line) if line else "error: the mutated rules crashed the process"

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


def difference(before: str, after: str) -> list[str]:
    """What a person would notice: the pieces of advice that differ, by kind and name."""
    if before.startswith("error") or after.startswith("error"):
        return [f"before: {before[:200]}", f"after: {after[:200]}"]
    b, a = json.loads(before), json.loads(after)
    out = []
    for key in sorted(set(b) | set(a)):
        if key == "recommendations":
            def rows(advice):
                return {(r["kind"], r["name"]): (r.get("rank"), r.get("rule"), r.get("explanation"))
                        for r in advice.get("recommendations", [])}
            rb, ra = rows(b), rows(a)
            for k in sorted(set(rb) | set(ra)):
                if rb.get(k) != ra.get(k):
                    out.append(f"{k[0]} {k[1]}: {rb.get(k, 'absent')} -> {ra.get(k, 'absent')}")
            if not out:
                names = [r["name"] for r in b["recommendations"]]
                if names != [r["name"] for r in a["recommendations"]]:
                    out.append("the order of the recommendations changed")
        elif b.get(key) != a.get(key):
            out.append(f"{key}: {json.dumps(b.get(key))[:300]} -> {json.dumps(a.get(key))[:300]}")
    return out


def shrink(facts: dict, differs) -> dict:
    changed = True
    while changed:
        changed = False
        for name in list(facts):
            smaller = {k: v for k, v in facts.items() if k != name}
            if differs(smaller):
                facts, changed = smaller, True
    return facts


def main() -> int:
    if "--child" in sys.argv:
        child()
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="the run's output folder")
    parser.add_argument("--only", help="survivors' names, separated by commas")
    parser.add_argument("--samples", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", help="also write one JSON line per survivor to this file: its "
                        "name, changed line, the shrunk facts and the advice before and after")
    args = parser.parse_args()
    record = open(args.json, "w", encoding="utf-8") if args.json else None  # noqa: SIM115 - written line by line as survivors are probed
    import mutation
    from cosmic_ray.mutating import use_mutation
    from cosmic_ray.plugins import get_operator

    out = pathlib.Path(args.out)
    rechecked = json.loads((out / "recheck.json").read_text()) if (out / "recheck.json").exists() else {}
    explained = mutation._explained()
    only = set(args.only.split(",")) if args.only else None
    rng = random.Random(args.seed)
    cases = [random_facts(rng) for _ in range(args.samples)]
    baseline = [answer(f) for f in cases]      # the rules imported now, before any mutation
    os.chdir(ROOT)
    for item, result in mutation._results(sorted(out.glob("session*.sqlite"))):
        m = item["mutations"][0]
        key = mutation._key(m)
        if result is None or result.get("test_outcome") != "survived" or \
                result.get("worker_outcome") != "normal" or key in explained or \
                rechecked.get(key) == "killed" or (only is not None and key not in only):
            continue
        changed = [line for line in (result.get("diff") or "").splitlines()
                   if line[:1] in "+-" and line[:3] not in ("+++", "---")]
        operator = get_operator(m["operator_name"])(**(m.get("operator_args") or {}))
        with use_mutation(pathlib.Path(m["module_path"]), operator, m["occurrence"]):
            mutated = Mutated()
            try:
                first = next((f for f, b in zip(cases, baseline, strict=True) if mutated(f) != b), None)
                if first is None:
                    if record:
                        print(json.dumps({"key": key, "changed": changed, "facts": None}),
                              file=record, flush=True)
                    print(f"== {key}: no difference in {len(cases)} fact sets", flush=True)
                    print("\n".join(f"   {line}" for line in changed), flush=True)
                    continue
                small = shrink(dict(first), lambda f, m=mutated: answer(f) != m(f))
                if record:
                    print(json.dumps({"key": key, "changed": changed, "facts": small,
                                      "before": answer(small), "after": mutated(small)}),
                          file=record, flush=True)
                print(f"== {key}: differs for {json.dumps(small)}", flush=True)
                print("\n".join(f"   {line}" for line in changed), flush=True)
                for line in difference(answer(small), mutated(small)):
                    print(f"   {line}", flush=True)
            finally:
                mutated.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
