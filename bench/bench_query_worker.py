"""How a query worker's memory bound behaves: RLIMIT_AS (the old bound) against
RLIMIT_DATA (the backstop now) and no rlimit, on the same snapshot and queries.

For each bound and each round: a fresh process sets the limit, opens a read-only
snapshot of a store holding the ontology (as a worker does), runs a COUNT query from
THREADS threads at once, and reports whether all answered. Prints, per bound, how many
rounds failed and how (e.g. std::system_error when a thread cannot start), and the
median time of a round. Then the runaway cross product under each bound: how it ends.
Usage: python bench/bench_query_worker.py [ROUNDS] [MEMORY_MB]
"""
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
MEMORY_MB = int(sys.argv[2]) if len(sys.argv) > 2 else 1024
THREADS = 8

CHILD = """
import resource, sys, threading
bound, limit, snapshot, query = sys.argv[1], int(sys.argv[2]) << 20, sys.argv[3], sys.argv[4]
if bound != "none":
    resource.setrlimit(getattr(resource, bound), (limit, limit))
import pyoxigraph as ox
from mlwf.kb.query_worker import _preload
_preload()  # what a worker holds besides the store: rdflib's parser and algebra
store = ox.Store.read_only(snapshot)
errors = []
def run():
    try:
        list(store.query(query, use_default_graph_as_union=True))
    except Exception as exc:
        errors.append(repr(exc))
threads = [threading.Thread(target=run) for _ in range(%d)]
[t.start() for t in threads]
[t.join() for t in threads]
print("errors", errors[:1])
""" % THREADS  # noqa: UP031 (a Python program as text: %-format leaves its braces alone)

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
RUNAWAY = "SELECT ?a ?b ?c WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z } ORDER BY ?a ?b ?c"


def snapshot(directory: Path) -> str:
    import pyoxigraph as ox

    from mlwf.ontology import source_path
    store = ox.Store(str(directory / "db"))
    store.load(source_path().read_bytes(), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode("https://w3id.org/mlwf/ontology"))
    store.flush()
    store.backup(str(directory / "snap"))
    return str(directory / "snap")


def one(bound: str, snap: str, query: str, timeout: float) -> tuple[str, float]:
    start = time.perf_counter()
    try:
        out = subprocess.run([sys.executable, "-c", CHILD, bound, str(MEMORY_MB), snap, query],
                             capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "still running at the time limit", time.perf_counter() - start
    took = time.perf_counter() - start
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["(no message)"])[-1]
        return f"died ({out.returncode}): {last[:70]}", took
    return ("ok" if "errors []" in out.stdout else out.stdout.strip()[:80]), took


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        snap = snapshot(Path(tmp))
        print(f"{THREADS} threads per round, {ROUNDS} rounds, bound {MEMORY_MB} MB\n")
        print(f"{'bound':<12} {'failed rounds':>14} {'median s':>9}  first failure")
        for bound in ("RLIMIT_AS", "RLIMIT_DATA", "none"):
            results = [one(bound, snap, COUNT, 60) for _ in range(ROUNDS)]
            failures = [r for r, _ in results if r != "ok"]
            print(f"{bound:<12} {len(failures):>14} {statistics.median(t for _, t in results):>9.2f}"
                  f"  {failures[0] if failures else ''}")
        print("\nthe runaway ORDER BY over a cross product:")
        for bound in ("RLIMIT_AS", "RLIMIT_DATA"):
            result, took = one(bound, snap, RUNAWAY, 60)
            print(f"{bound:<12} {took:>6.1f} s  {result}")


if __name__ == "__main__":
    main()
