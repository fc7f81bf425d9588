"""Consultation latency: a 20-fact case through the public API, engines reused.

Prints engine build time, then median and p99 of full consultations (validation,
forward chaining, ranking, next question, rendering) over a fixed number of runs, by the
wall clock and in CPU time (on a shared machine the wall clock also counts the waits for
a core).
"""
import statistics
import time

from mlwf.rules import Advisor
from mlwf.rules.engine import WorkflowEngine, rule_names

CASE = {  # 20 facts, the seed's "predict diabetes" example after its data is known
    "goal": "predict diabetes", "goal_type": "business", "learning_type": "supervised",
    "has_data": True, "labeled": True, "data_structure": "structured", "modality": "tabular",
    "target_type": "binary", "n_classes": 2, "class_balance": "imbalanced", "unbiased": True,
    "n_samples": 768, "n_features": 8, "feature_types": ["continuous", "discrete"],
    "missing_ratio": 0.1, "has_outliers": True, "skewed": True, "time_ordered": False,
    "processing": "batch", "interpretability_required": True,
}
RUNS = 300


def main() -> None:
    assert len(CASE) == 20
    t = time.perf_counter()
    WorkflowEngine()
    build_ms = (time.perf_counter() - t) * 1000
    advisor = Advisor()
    advisor.advise(CASE)  # warm: ontology index, one pooled engine
    times, cpu = [], []
    for _ in range(RUNS):
        t, c = time.perf_counter(), time.thread_time()
        advice = advisor.advise(CASE)
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
    times.sort()
    p99 = times[int(len(times) * 0.99) - 1]
    print(f"rules: {len(rule_names())}; engine build: {build_ms:.1f} ms")
    print(f"20-fact consultation over {RUNS} runs: median {statistics.median(times):.2f} ms, "
          f"p99 {p99:.2f} ms, min {times[0]:.2f} ms "
          f"({len(advice['recommendations'])} recommendations)")
    print(f"  its CPU time: median {statistics.median(cpu):.2f} ms")


if __name__ == "__main__":
    main()
