"""Locust users for bench/bench_load.py: one task per measured operation, chosen with
--tags (advise, facts, sparql), so each run measures one kind of request at full load.

- advise: POST /api/advise with one of a few realistic fact sets (stateless);
- facts:  POST /api/cases/<id>/facts, each user on its own case (created on start),
          asserting a changing subset of facts (the store's update path and the advice
          recomputation);
- sparql: the README's SPARQL examples in turn (bench/readme_queries.py), GET /sparql
          with JSON results.

A response counts as a failure unless it is the expected 2xx with a JSON body of the
right shape, so "0 errors" means every answer was a real one.
"""
from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

from locust import FastHttpUser, constant, tag, task

sys.path.insert(0, str(Path(__file__).resolve().parent))
from readme_queries import readme_queries  # noqa: E402

QUERIES = readme_queries()

FACT_SETS = [
    dict(goal="predict diabetes", goal_type="business", learning_type="supervised",
         task="classification", has_data=True, labeled=True, data_structure="structured",
         modality="tabular", target_type="binary", class_balance="imbalanced", n_samples=768,
         n_features=8, feature_types=["continuous", "discrete"], missing_ratio=0.1,
         has_outliers=True, skewed=True, time_ordered=False, processing="batch"),
    dict(goal="forecast demand", goal_type="business", task="forecasting", has_data=True,
         modality="time_series", time_ordered=True, n_samples=50_000, n_features=12,
         feature_types=["continuous", "datetime"], missing_ratio=0.02),
    dict(goal="segment customers", goal_type="research", learning_type="unsupervised",
         task="clustering", has_data=True, labeled=False, n_samples=5_000, n_features=30,
         feature_types=["continuous", "nominal"], n_categories_known=False, has_outliers=False),
    dict(goal="predict house prices", task="regression", has_data=True, labeled=True,
         n_samples=20_000, n_features=80, feature_types=["continuous", "ordinal", "nominal"],
         skewed=True, interpretability_required=True,
         tried=[{"algorithm": "LinearRegression", "outcome": "underfitting"}]),
]

VARYING = [
    lambda r: {"n_samples": r.choice([40, 800, 5_000, 50_000, 500_000])},
    lambda r: {"has_outliers": r.random() < 0.5, "skewed": r.random() < 0.5},
    lambda r: {"missing_ratio": r.choice([0.0, 0.02, 0.2, 0.5])},
    lambda r: {"task": r.choice(["classification", "regression"]), "labeled": True},
    lambda r: {"interpretability_required": r.random() < 0.5},
    lambda r: {"n_features": r.randrange(2, 300)},
]


def _check(response, status: int, key: str) -> None:
    if response.status_code != status:
        response.failure(f"status {response.status_code}: {response.text[:200]}")
        return
    try:
        body = response.json()
    except ValueError:
        response.failure("the body is not JSON")
        return
    if key not in body:
        response.failure(f"no '{key}' in the answer")


class ApiUser(FastHttpUser):
    wait_time = constant(0)

    def on_start(self):
        self.rng = random.Random()
        self.queries = itertools.cycle(random.sample(QUERIES, len(QUERIES)))
        self.case_id = None
        if "facts" in (self.environment.parsed_options.tags or []):
            with self.client.post("/api/cases", json={"facts": self.rng.choice(FACT_SETS)},
                                  name="POST /api/cases", catch_response=True) as r:
                _check(r, 201, "id")
                if r.status_code == 201:
                    self.case_id = r.json()["id"]

    @tag("advise")
    @task
    def advise(self):
        with self.client.post("/api/advise", json={"facts": self.rng.choice(FACT_SETS)},
                              name="POST /api/advise", catch_response=True) as r:
            _check(r, 200, "recommendations")

    @tag("facts")
    @task
    def assert_facts(self):
        if self.case_id is None:
            return
        facts = self.rng.choice(VARYING)(self.rng)
        with self.client.post(f"/api/cases/{self.case_id}/facts", json={"facts": facts},
                              name="POST /api/cases/<id>/facts", catch_response=True) as r:
            _check(r, 200, "recommendations")

    @tag("sparql")
    @task
    def sparql(self):
        title, query = next(self.queries)
        with self.client.get("/sparql", params={"query": query},
                             headers={"Accept": "application/sparql-results+json"},
                             name="GET /sparql (README examples)", catch_response=True) as r:
            _check(r, 200, "results")
