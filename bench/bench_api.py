"""API and SPARQL latency on a store holding many cases.

Builds an embedded store with N cases (default 10 000) of varied, realistic facts
through the same code path as POST /api/cases, serves the app on a loopback port, and
measures over HTTP:
- POST /api/advise (stateless consultation),
- POST /api/cases/<id>/facts (assert + recompute + store),
- each SPARQL example of the README.
Prints median and p99 per row. Usage: python bench/bench_api.py [N_CASES]
"""
import json
import logging
import random
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

from werkzeug.serving import make_server

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
from mlwf.server.app import create_app  # noqa: E402

from readme_queries import readme_queries  # noqa: E402

# One log line per request would bury the figures.
logging.getLogger("werkzeug").setLevel(logging.ERROR)


def random_facts(rng: random.Random) -> dict:
    task = rng.choice(["classification", "regression", "clustering", "dimensionality_reduction"])
    facts = {"goal": f"goal {rng.randrange(1000)}", "goal_type": rng.choice(["business", "research", "hybrid"]),
             "task": task, "has_data": True, "n_samples": rng.choice([40, 800, 5_000, 50_000, 500_000]),
             "n_features": rng.randrange(2, 300),
             "feature_types": rng.sample(["nominal", "ordinal", "continuous", "discrete", "boolean"], 2),
             "missing_ratio": rng.choice([0.0, 0.02, 0.2, 0.5]), "has_outliers": rng.random() < 0.4,
             "skewed": rng.random() < 0.3, "time_ordered": rng.random() < 0.2}
    if task == "classification":
        facts["class_balance"] = rng.choice(["balanced", "imbalanced"])
    if task == "clustering":
        facts["n_categories_known"] = rng.random() < 0.5
    return facts


def timed(fn, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.99) - 1)]


def main() -> None:
    n_cases = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    app = create_app({"STORE_PATH": tempfile.mkdtemp(prefix="mlwf-bench-"), "QUERY_TIMEOUT": 30})
    cases = app.extensions["mlwf"].cases
    rng = random.Random(7)
    t = time.perf_counter()
    ids = [cases.create(random_facts(rng)) for _ in range(n_cases)]
    build = time.perf_counter() - t
    triples = app.extensions["mlwf"].store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"]
    print(f"store: {n_cases} cases, {triples:,} triples, built in {build:.0f} s "
          f"({build / n_cases * 1000:.1f} ms per case)")

    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"

    def post(path, doc):
        req = urllib.request.Request(base + path, data=json.dumps(doc).encode(),
                                     headers={"Content-Type": "application/json"})
        return urllib.request.urlopen(req).read()

    rows = []
    facts = random_facts(rng)
    rows.append(("POST /api/advise", *timed(lambda: post("/api/advise", {"facts": facts}), 200)))
    rows.append(("POST /api/cases/<id>/facts",
                 *timed(lambda: post(f"/api/cases/{rng.choice(ids)}/facts",
                                     {"facts": {"has_outliers": rng.random() < 0.5}}), 200)))
    for title, query in readme_queries():
        url = base + "/sparql?" + urllib.parse.urlencode({"query": query})
        rows.append((f"SPARQL: {title[:60]}", *timed(lambda url=url: urllib.request.urlopen(url).read(), 30)))
    width = max(len(r[0]) for r in rows)
    print(f"{'request':<{width}}  median ms  p99 ms")
    for name, median, p99 in rows:
        print(f"{name:<{width}}  {median:9.1f}  {p99:6.1f}")
    server.shutdown()
    app.extensions["mlwf"].close()


if __name__ == "__main__":
    main()
