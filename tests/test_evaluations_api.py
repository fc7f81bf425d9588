"""POST /api/cases/<id>/evaluations as a job: 202 and a Location, progress, the
leaderboard, the runs in the knowledge base, and bad input refused up front."""
from __future__ import annotations

import io
import time

import pytest
from sklearn import datasets

# every test runs an evaluation job to its end
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def penguins_csv() -> bytes:
    from palmerpenguins import load_penguins
    return load_penguins().to_csv(index=False).encode()


@pytest.fixture(scope="module")
def digits_csv() -> bytes:
    return datasets.load_digits(as_frame=True).frame.to_csv(index=False).encode()


def advised_algorithms(data: bytes, target: str, k: int, tmp_path, **facts) -> list[str]:
    """The first ``k`` algorithms `mlwf advise --csv` gives for the upload and the case's
    ``facts``: the job runs the same ones, in the same order (the shipped evidence's, as
    the test server has no runs of its own yet)."""
    import json
    import subprocess
    import sys
    path = tmp_path / "advised.csv"
    path.write_bytes(data)
    stated = [x for name, value in facts.items() for x in ("--fact", f"{name}={value}")]
    out = subprocess.run([sys.executable, "-m", "mlwf.cli", "advise", "--csv", str(path),
                          "--target", target, "--json", *stated],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    ranked = sorted((r for r in json.loads(out.stdout)["recommendations"]
                     if r["kind"] == "algorithm"), key=lambda r: r["rank"])
    return [r["name"] for r in ranked][:k]


def new_case(client) -> str:
    return client.post("/api/cases", json={"facts": {"goal": "tell penguins apart"}}).get_json()["id"]


def upload(client, case_id, data: bytes, **fields):
    form = {"file": (io.BytesIO(data), "penguins.csv"), **{k: str(v) for k, v in fields.items()}}
    return client.post(f"/api/cases/{case_id}/evaluations", data=form,
                       content_type="multipart/form-data")


def wait(client, location: str, timeout: float = 240) -> dict:
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        doc = client.get(location).get_json()
        seen.append(doc["progress"]["done"] if doc["progress"] else None)
        if doc["status"] != "running":
            doc["seen"] = seen
            return doc
        time.sleep(0.2)
    raise AssertionError(f"the evaluation did not finish in {timeout} s")


def test_an_evaluation_job_runs_and_moves_the_advice(client, penguins_csv, openapi_validator, tmp_path):
    case_id = new_case(client)
    advised = advised_algorithms(penguins_csv, "species", 2, tmp_path, goal="tell penguins apart")
    assert len(advised) == 2
    r = upload(client, case_id, penguins_csv, target="species", top=2, budget=120)
    assert r.status_code == 202, r.get_json()
    job = r.get_json()
    openapi_validator("EvaluationJob", job)
    assert r.headers["Location"] == job["location"] == f"/api/cases/{case_id}/evaluations/{job['id']}"
    # The job chooses its candidates after answering (the meta-features take a while):
    # the answer knows how many folds there are, not yet which candidates.
    assert job["status"] == "running" and job["candidates"] == []
    assert job["progress"]["total"] == 15                      # (baseline + 2) x 5 folds
    done = wait(client, job["location"])
    assert done["status"] == "done", done
    assert done["candidates"] == advised
    openapi_validator("EvaluationJob", {k: v for k, v in done.items() if k != "seen"})
    board = done["result"]["leaderboard"]
    assert {row["algorithm"] for row in board} == set(advised)
    assert all(row["outcome"] == "good" and row["score"] > 0.9 for row in board)
    assert done["result"]["next_step"]["name"] == "Deployment"

    case = client.get(f"/api/cases/{case_id}").get_json()
    assert {t["algorithm"] for t in case["facts"]["tried"]} == set(advised)
    assert case["sources"]["n_samples"] == "profile"

    # The runs are knowledge: the leaderboard with SPARQL, as the README shows it.
    query = f"""PREFIX mls: <http://www.w3.org/ns/mls#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT ?algorithm ?value ?start WHERE {{ GRAPH <https://w3id.org/mlwf/case/{case_id}> {{
      ?run a mls:Run ; mls:realizes ?algorithm ; prov:startedAtTime ?start ;
           mls:hasOutput [ mls:specifiedBy mlwf:Accuracy ; mls:hasValue ?value ] }} }}
    ORDER BY DESC(?value)"""
    rows = client.get("/sparql", query_string={"query": query},
                      headers={"Accept": "application/sparql-results+json"}).get_json()
    values = [float(b["value"]["value"]) for b in rows["results"]["bindings"]]
    assert values == sorted((row["score"] for row in board), reverse=True)

    # Once the process forgets the job, the knowledge base still answers for it.
    client.application.extensions["mlwf_evaluations"].jobs.clear()
    again = client.get(job["location"]).get_json()
    assert again["status"] == "done"
    assert [row["algorithm"] for row in again["result"]["leaderboard"]] == [row["algorithm"] for row in board]


def test_busy_while_one_runs_and_cancel_keeps_what_finished(client, digits_csv, tmp_path):
    # The advice's first candidate on ten classes of digits takes seconds per fold: the job
    # is still running when the second upload and the cancel arrive.
    case_id = new_case(client)
    advised = advised_algorithms(digits_csv, "target", 1, tmp_path, goal="tell penguins apart")
    r = upload(client, case_id, digits_csv, target="target", top=1, budget=200)
    assert r.status_code == 202, r.get_json()
    job = r.get_json()
    second = upload(client, case_id, digits_csv, target="target", top=1)
    assert second.status_code == 503 and second.headers["Retry-After"]
    assert "already running" in second.get_json()["error"]
    stopped = client.delete(job["location"])
    assert stopped.status_code == 202
    done = wait(client, job["location"], timeout=120)
    assert done["status"] == "done"
    assert done["candidates"] == advised
    row = done["result"]["leaderboard"][0]
    assert row["outcome"] == "stopped" and row["stopped"].startswith("stopped after")
    facts = client.get(f"/api/cases/{case_id}").get_json()["facts"]
    assert advised[0] not in {t["algorithm"] for t in facts.get("tried", [])}


@pytest.mark.parametrize("fields, status, fragment", [
    ({"target": "Species"}, 400, "the target column 'Species' is not in the file"),
    ({}, 400, "no target column named"),
    ({"target": "species", "top": "0"}, 400, "'top'"),
    ({"target": "species", "budget": "nan"}, 400, "'budget'"),
    ({"target": "body_mass_g", "_facts": {"task": "classification"}}, 400, "quantity, not classes"),
])
def test_bad_input_is_refused_before_anything_is_stored(client, penguins_csv, fields, status, fragment):
    case_id = new_case(client)
    facts = fields.pop("_facts", None)
    if facts:
        client.post(f"/api/cases/{case_id}/facts", json={"facts": facts})
    r = upload(client, case_id, penguins_csv, **fields)
    assert r.status_code == status and fragment in r.get_json()["error"] + (r.get_json()["detail"] or "")
    case = client.get(f"/api/cases/{case_id}").get_json()
    assert "tried" not in case["facts"] and "n_samples" not in case["facts"]


def test_wrong_media_too_large_and_unknown_ids(client, penguins_csv):
    case_id = new_case(client)
    r = client.post(f"/api/cases/{case_id}/evaluations", json={"target": "species"})
    assert r.status_code == 415 and "multipart/form-data" in r.get_json()["error"]
    big = penguins_csv * (2_100_000 // len(penguins_csv) + 1)      # over the test app's 2 MB
    r = upload(client, case_id, big, target="species")
    assert r.status_code == 413 and set(r.get_json()) == {"error", "detail"}
    assert client.get(f"/api/cases/{case_id}/evaluations/0123456789ab").status_code == 404
    assert client.get(f"/api/cases/{case_id}/evaluations/nothex").status_code == 400
    assert upload(client, "0123456789abcdef", penguins_csv, target="species").status_code == 404
