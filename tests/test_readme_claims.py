"""Claims the README makes that no other test checked (issue 18): the default limits of a
server started as the README starts it, `mlwf sparql --endpoint`, and the command line's
progress line. (Opening `/` storing nothing, yes/no and evet/hayır, "did you mean" and
`--lang tr` are in tests/test_what_users_see.py.)"""
from __future__ import annotations

import os
import pathlib
import pty
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from stores import free_port, mlwf_serve

README = (pathlib.Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def mlwf(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "mlwf.cli", *args], text=True, timeout=120,
                          **{"capture_output": True, **kwargs})


# -- the default limits ----------------------------------------------------------------------------

def test_the_readme_states_the_default_limits():
    from mlwf.server.settings import defaults
    DEFAULTS = defaults()
    m = re.search(r"limited to (\d+) s, (\d+) GB of\s+(?:resident )?memory and (\d+) MB of results",
                  README)
    assert m, "the README's sentence on the query limits changed: update this test"
    assert float(m.group(1)) == DEFAULTS["QUERY_TIMEOUT"] == 10
    assert int(m.group(2)) * 1024 == DEFAULTS["QUERY_MEMORY_MB"] == 2048
    assert int(m.group(3)) * 1_000_000 == DEFAULTS["QUERY_MAX_BYTES"] == 20_000_000
    m = re.search(r"request bodies are limited to (\d+) MB", README)
    assert m and int(m.group(1)) * 1_000_000 == DEFAULTS["MAX_CONTENT_LENGTH"] == 50_000_000


def test_an_app_built_without_settings_has_the_default_limits(tmp_path):
    from mlwf.server.app import create_app
    app = create_app({"STORE_PATH": str(tmp_path / "store")})
    try:
        limits = app.extensions["mlwf"].queries.limits
        assert (limits.timeout, limits.memory_mb, limits.max_result_bytes) == \
            (10.0, 2048, 20_000_000)
        assert app.config["MAX_CONTENT_LENGTH"] == 50_000_000
    finally:
        app.extensions["mlwf"].close()


@pytest.fixture(scope="module")
def default_server(tmp_path_factory):
    """`mlwf serve` as the README starts it: no limit changed."""
    tmp = tmp_path_factory.mktemp("defaults")
    port = free_port()
    env = {k: "" for k in ("MLWF_ADMIN_TOKEN", "MLWF_ADMIN_TOKEN_FILE")}
    server = mlwf_serve(port, ["--store", str(tmp / "store")], tmp / "app.log", env)
    yield f"http://127.0.0.1:{port}"
    server.stop()


def _post(url: str, body: bytes, content_type: str, timeout: float = 120):
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": content_type,
                                              "Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.mark.slow
def test_default_body_limit_is_50_mb(default_server):
    import json
    # just under the limit: read, and refused for what it says (the goal is too long)
    goal = "x" * (50_000_000 - 100)
    status, body = _post(default_server + "/api/advise",
                         json.dumps({"facts": {"goal": goal}}).encode(), "application/json")
    assert status == 400 and b"at most 500 characters" in body
    status, body = _post(default_server + "/api/advise", b" " * 50_000_001, "application/json")
    assert status == 413
    assert json.loads(body)["detail"].startswith("the limit is 50,000,000 bytes")


def _sparql(base: str, query: str, timeout: float = 120):
    import json
    started = time.monotonic()
    status, body = _post(base + "/sparql", urllib.parse.urlencode({"query": query}).encode(),
                         "application/x-www-form-urlencoded", timeout)
    return status, json.loads(body), time.monotonic() - started


@pytest.mark.slow
def test_default_result_limit_is_20_mb(default_server):
    # every triple of the store beside every class: far more than 20 MB of JSON
    status, doc, _ = _sparql(default_server, "SELECT * WHERE { ?s ?p ?o . ?c a owl:Class }")
    assert status == 422, doc
    assert "20 MB" in doc["error"] + " " + (doc["detail"] or "")


@pytest.mark.slow
def test_default_query_time_limit_is_10_s(default_server):
    status, doc, took = _sparql(default_server, "SELECT (COUNT(*) AS ?n) WHERE { "
                                "?a ?p ?x . ?b ?q ?y . ?c ?r ?z }")
    assert status == 503, doc
    assert "10 s" in doc["error"]
    assert 9.5 <= took < 60, took
    status, doc, _ = _sparql(default_server, "ASK { ?s ?p ?o }")  # and it goes on serving
    assert status == 200 and doc["boolean"] is True


# -- mlwf sparql --endpoint ------------------------------------------------------------------------

def test_mlwf_sparql_against_a_running_server(live_server):
    query = "SELECT ?c WHERE { ?c skos:broader mlwf:Scaling } ORDER BY ?c"
    out = mlwf("sparql", query, "--endpoint", live_server + "/sparql")
    assert out.returncode == 0, out.stderr
    assert "RobustScaler" in out.stdout and "StandardScaler" in out.stdout
    out = mlwf("sparql", query, "--endpoint", live_server + "/sparql", "--format", "csv")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "c" and "https://w3id.org/mlwf/ontology#RobustScaler" in lines
    out = mlwf("sparql", "SELECT ?x WHERE { ?x mlwf:nope ?y }", "--endpoint",
               live_server + "/sparql")
    assert out.returncode == 0 and out.stdout.strip() == "(no results)"


def test_mlwf_sparql_endpoint_refusal_is_one_line(live_server):
    out = mlwf("sparql", "SELECT WHERE {", "--endpoint", live_server + "/sparql")
    assert out.returncode == 2, out.stdout
    assert out.stderr.startswith("mlwf: ") and "Traceback" not in out.stderr


# -- the progress line ------------------------------------------------------------------------------

def _rows_csv(path: pathlib.Path, n: int) -> pathlib.Path:
    with open(path, "w") as fh:
        fh.write("a,b,label\n")
        for i in range(n):
            fh.write(f"{i},{i * 0.5},{i % 3}\n")
    return path


def test_profile_shows_a_progress_line_on_a_terminal(tmp_path):
    csv = _rows_csv(tmp_path / "rows.csv", 250_000)  # two chunks of 200 000
    leader, follower = pty.openpty()
    try:
        out = mlwf("profile", str(csv), "--target", "label", stdout=subprocess.PIPE,
                   stderr=follower, capture_output=False)
        os.close(follower)
        follower = None
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(leader)
        if follower is not None:
            os.close(follower)
    assert out.returncode == 0
    text = seen.decode()
    assert f"\r{csv}: 200,000 rows read" in text and f"\r{csv}: 250,000 rows read" in text
    assert "250,000 rows" in out.stdout


def test_no_progress_line_when_stderr_is_not_a_terminal(tmp_path):
    csv = _rows_csv(tmp_path / "rows.csv", 1_000)
    out = mlwf("profile", str(csv), "--target", "label")
    assert out.returncode == 0 and out.stderr == ""
