"""The README's SPARQL examples run as written against a fresh server."""
import json
import pathlib
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "bench"))
from readme_queries import README, readme_queries, record_penguins_evaluation  # noqa: E402

QUERIES = readme_queries()


def _readme_case_facts():
    """The facts of the README's curl example that creates a case."""
    text = README.read_text(encoding="utf-8")
    start = text.index("curl -s -X POST http://127.0.0.1:5000/api/cases")
    body = text[text.index("-d '", start) + 4:]
    return json.loads(body[:body.index("'")])


def test_readme_has_at_least_five_sparql_examples():
    assert len(QUERIES) >= 5


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    from mlwf.server.app import create_app
    app = create_app({"STORE_PATH": str(tmp_path_factory.mktemp("readme"))})
    client = app.test_client()
    assert client.post("/api/cases", json=_readme_case_facts()).status_code == 201
    record_penguins_evaluation(app)          # the queries over evaluation runs
    yield client
    app.extensions["mlwf"].close()


@pytest.mark.parametrize("title, query", QUERIES, ids=[t for t, _ in QUERIES])
def test_readme_query_runs_and_answers(fresh, title, query):
    r = fresh.get("/sparql", query_string={"query": query},
                  headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["results"]["bindings"], f"no rows for: {title}"
