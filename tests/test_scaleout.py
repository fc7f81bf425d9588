"""Scale-out: several app processes sharing one real SPARQL server through --store-url.

The app keeps no state of its own between requests (shared/DESIGN.md, "Scale"), so what
one process writes another reads, and SPARQL through either sees it.
"""
import pytest

from stores import call, free_port, mlwf_serve, sparql

pytestmark = pytest.mark.slow

CASE = "https://w3id.org/mlwf/case/"
TOKEN = "scale-out-test-token"


@pytest.fixture
def two_apps(remote_store, tmp_path):
    apps = [mlwf_serve(free_port(), remote_store.serve_args(), tmp_path / f"app{i}.log",
                       {**remote_store.serve_env(), "MLWF_ADMIN_TOKEN": TOKEN}) for i in (1, 2)]
    yield [app.ready_url.rsplit("/", 1)[0] for app in apps]
    for app in apps:
        app.stop()


def test_what_one_process_asserts_the_other_reads(two_apps):
    one, two = two_apps
    status, case = call("POST", one + "/api/cases",
                        {"facts": {"goal": "predict diabetes", "n_samples": 768}})
    assert status == 201, case
    status, body = call("POST", f"{two}/api/cases/{case['id']}/facts", {"facts": {
        "has_outliers": True, "feature_types": ["continuous", "discrete"], "missing_ratio": 0.1,
        "task": "classification", "tried": [{"algorithm": "LinearSVC", "outcome": "not_working"}]}})
    assert status == 200, body
    status, seen = call("GET", f"{one}/api/cases/{case['id']}")
    assert status == 200
    facts = seen["facts"]
    assert facts["n_samples"] == 768 and facts["has_outliers"] is True
    assert sorted(facts["feature_types"]) == ["continuous", "discrete"]
    assert facts["missing_ratio"] == pytest.approx(0.1)
    assert facts["tried"] == [{"algorithm": "LinearSVC", "outcome": "not_working"}]
    # The stored advice (RDF written by process two) is the advice process one computes.
    concepts = {r["concept"] for r in seen["recommendations"]}
    for base in (one, two):
        rows = sparql(base, f"""SELECT ?n ?outliers ?concept WHERE {{ GRAPH <{CASE}{case['id']}> {{
            ?case fact:n_samples ?n ; fact:has_outliers ?outliers ;
                  kb:recommendation [ kb:concept ?concept ] }} }}""")
        assert {r["n"] for r in rows} == {"768"}
        assert {r["outliers"] for r in rows} <= {"true", "1"}  # Virtuoso writes booleans as 1
        assert {r["concept"] for r in rows} == concepts


def test_a_fact_retracted_and_a_case_deleted_through_the_other_process(two_apps):
    one, two = two_apps
    _, case = call("POST", one + "/api/cases", {"facts": {"n_samples": 10, "skewed": True}})
    status, _ = call("DELETE", f"{two}/api/cases/{case['id']}/facts/skewed")
    assert status == 200
    _, seen = call("GET", f"{one}/api/cases/{case['id']}")
    assert "skewed" not in seen["facts"] and seen["facts"]["n_samples"] == 10
    status, _ = call("DELETE", f"{one}/api/cases/{case['id']}",
                     headers={"Authorization": f"Bearer {TOKEN}"})
    assert status == 204
    status, body = call("GET", f"{two}/api/cases/{case['id']}")
    assert status == 404, body
    assert sparql(two, f"SELECT * WHERE {{ GRAPH <{CASE}{case['id']}> {{ ?s ?p ?o }} }}") == []


def test_workers_need_a_shared_store(tmp_path):
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-m", "mlwf.cli", "serve", "--workers", "2",
                          "--store", str(tmp_path / "store")], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 2 and "--workers needs --store-url" in out.stderr, out.stderr
