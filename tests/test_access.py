"""Access: SPARQL Update and case deletion need the admin token; a query never makes the
server fetch anything from another host. Everything goes through the HTTP API."""
from __future__ import annotations

import http.server
import threading

import pytest

from conftest import running_app

TOKEN = "s3cret-admin-token-for-tests-0123456789"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
GRAPH = "https://w3id.org/mlwf/test/admin"


def n_of(response) -> int:
    return int(response.get_json()["results"]["bindings"][0]["n"]["value"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="module")
def admin_app(tmp_path_factory):
    """An app with an admin token configured, on its own store."""
    with running_app(tmp_path_factory.mktemp("admin-store"), QUERY_TIMEOUT=5.0,
                     ADMIN_TOKEN=TOKEN) as app:
        yield app


@pytest.fixture
def admin(admin_app):
    return admin_app.test_client()


@pytest.fixture
def recorder():
    """A loopback HTTP server standing in for "another host": it records every request,
    so a test can prove that none reached it."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            body = b"<http://a> <http://b> <http://c> ."
            self.send_response(200)
            self.send_header("Content-Type", "application/n-triples")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()
    server.server_close()


def new_case(client) -> str:
    r = client.post("/api/cases", json={"facts": {"goal": "predict churn", "n_samples": 500}})
    assert r.status_code == 201
    return r.get_json()["id"]


def assert_error(response, status: int, fragment: str, openapi_validator=None):
    assert response.status_code == status, response.data
    body = response.get_json()
    assert fragment in f"{body['error']} {body['detail']}"
    assert TOKEN not in response.get_data(as_text=True)
    if openapi_validator:
        openapi_validator("Error", body)


# -- no token configured: both operations are switched off ----------------------------------

@pytest.mark.parametrize("headers", [{}, bearer(TOKEN), bearer(""), {"Authorization": "Basic eDp5"}])
def test_without_a_configured_token_deletion_and_update_are_forbidden(client, headers,
                                                                        openapi_validator):
    case_id = new_case(client)
    assert_error(client.delete(f"/api/cases/{case_id}", headers=headers), 403, "no admin token",
                 openapi_validator)
    assert client.get(f"/api/cases/{case_id}").status_code == 200
    before = n_of(client.get("/sparql", query_string={"query": COUNT}))
    assert_error(client.post("/sparql", data={"update": "DROP ALL"}, headers=headers), 403,
                 "update", openapi_validator)
    assert_error(client.post("/sparql", data="CLEAR ALL", headers=headers,
                             content_type="application/sparql-update"), 403, "update")
    assert n_of(client.get("/sparql", query_string={"query": COUNT})) == before


# -- token configured ----------------------------------------------------------------------------

@pytest.mark.parametrize("headers, status, fragment", [
    ({}, 401, "needs the admin token"),
    ({"Authorization": ""}, 401, "needs the admin token"),
    ({"Authorization": "Bearer"}, 401, "malformed"),
    ({"Authorization": "Bearer "}, 401, "malformed"),
    ({"Authorization": f"Basic {TOKEN}"}, 401, "malformed"),
    ({"Authorization": f"Bearer {TOKEN} extra"}, 401, "malformed"),
    ({"Authorization": TOKEN}, 401, "malformed"),
    (bearer(TOKEN[:-1]), 403, "wrong admin token"),
    (bearer(TOKEN + "x"), 403, "wrong admin token"),
    (bearer("é" * 20), 403, "wrong admin token"),
])
def test_deletion_needs_the_right_token(admin, headers, status, fragment, openapi_validator):
    case_id = new_case(admin)
    r = admin.delete(f"/api/cases/{case_id}", headers=headers)
    assert_error(r, status, fragment, openapi_validator)
    if status == 401:
        assert r.headers["WWW-Authenticate"].startswith("Bearer")
    assert admin.get(f"/api/cases/{case_id}").status_code == 200


def test_deletion_with_the_token_removes_the_case_graph(admin):
    case_id = new_case(admin)
    graph = f"https://w3id.org/mlwf/case/{case_id}"
    in_store = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    assert n_of(admin.get("/sparql", query_string={"query": in_store})) > 5
    r = admin.delete(f"/api/cases/{case_id}", headers={"Authorization": f"bearer {TOKEN}"})
    assert r.status_code == 204 and r.data == b""
    assert admin.get(f"/api/cases/{case_id}").status_code == 404
    assert n_of(admin.get("/sparql", query_string={"query": in_store})) == 0
    assert_error(admin.delete(f"/api/cases/{case_id}", headers=bearer(TOKEN)), 404, "no case")
    # The other cases stay.
    other = new_case(admin)
    assert admin.get(f"/api/cases/{other}").status_code == 200


def test_deletion_of_an_unknown_or_malformed_id(admin):
    assert_error(admin.delete("/api/cases/0123456789abcdef", headers=bearer(TOKEN)), 404, "no case")
    assert_error(admin.delete("/api/cases/not-a-case", headers=bearer(TOKEN)), 404, "no case")
    # Without the token the answer does not tell whether the case exists.
    assert admin.delete("/api/cases/0123456789abcdef").status_code == 401


@pytest.mark.parametrize("form", ["urlencoded", "direct"])
def test_update_with_the_token_runs(admin, form):
    insert = f'INSERT DATA {{ GRAPH <{GRAPH}/{form}> {{ <{GRAPH}#a> rdfs:label "admin {form}" }} }}'
    if form == "urlencoded":
        r = admin.post("/sparql", data={"update": insert}, headers=bearer(TOKEN))
    else:
        r = admin.post("/sparql", data=insert, content_type="application/sparql-update",
                       headers=bearer(TOKEN))
    assert r.status_code == 204, r.data
    ask = f'ASK {{ GRAPH <{GRAPH}/{form}> {{ ?s rdfs:label "admin {form}" }} }}'
    assert admin.get("/sparql", query_string={"query": ask}).get_json()["boolean"] is True
    r = admin.post("/sparql", data={"update": f"DROP GRAPH <{GRAPH}/{form}>"}, headers=bearer(TOKEN))
    assert r.status_code == 204
    assert admin.get("/sparql", query_string={"query": ask}).get_json()["boolean"] is False


@pytest.mark.parametrize("headers, status", [
    ({}, 401), ({"Authorization": "Token abc"}, 401), (bearer("not-the-token-at-all"), 403)])
def test_update_without_the_right_token_changes_nothing(admin, headers, status):
    before = n_of(admin.get("/sparql", query_string={"query": COUNT}))
    assert_error(admin.post("/sparql", data={"update": "DROP ALL"}, headers=headers), status, "")
    assert_error(admin.post("/sparql", data="DROP ALL", content_type="application/sparql-update",
                            headers=headers), status, "")
    assert n_of(admin.get("/sparql", query_string={"query": COUNT})) == before


@pytest.mark.parametrize("data, status, fragment", [
    ({"update": "INSERT DATA { <a:a> <a:b> }"}, 400, "does not parse"),
    ({"update": "   "}, 400, "empty update"),
    ({"update": "DROP GRAPH <https://w3id.org/mlwf/test/none>"}, 400, "cannot run"),
    ({"update": "CLEAR ALL", "query": COUNT}, 400, "both a query and an update"),
    ({"update": ["CLEAR SILENT GRAPH <a:x>", "CLEAR SILENT GRAPH <a:y>"]}, 400,
     "more than one"),
    ({"update": "WITH <a:w> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "using-graph-uri": "a:g"},
     400, "conflict with WITH or USING"),
    ({"update": "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "using-named-graph-uri": "g"}, 400,
     "not an absolute IRI"),
])
def test_bad_updates_are_400(admin, data, status, fragment, openapi_validator):
    r = admin.post("/sparql", data=data, headers=bearer(TOKEN))
    assert_error(r, status, fragment, openapi_validator)


# -- nothing reaches another host ---------------------------------------------------------

def test_update_may_not_fetch_even_with_the_token(admin, recorder):
    url, hits = recorder
    before = n_of(admin.get("/sparql", query_string={"query": COUNT}))
    for update in (f"LOAD <{url}/data.nt>",
                   f"LOAD SILENT <{url}/data.nt> INTO GRAPH <{GRAPH}>",
                   f"load <{url}/data.nt>",
                   f"INSERT {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ SERVICE <{url}/sparql> "
                   "{ ?s ?p ?o } }",
                   f"DELETE WHERE {{ ?s ?p ?o }} ; LOAD <{url}/x.nt>"):
        r = admin.post("/sparql", data={"update": update}, headers=bearer(TOKEN))
        assert_error(r, 403, "never fetches")
    assert n_of(admin.get("/sparql", query_string={"query": COUNT})) == before
    assert hits == []


@pytest.mark.parametrize("query, status", [
    ("SELECT * WHERE { SERVICE <{url}/sparql> { ?s ?p ?o } }", 403),
    ("SELECT * WHERE { SERVICE SILENT <{url}/sparql> { ?s ?p ?o } }", 403),
    ("SELECT * WHERE { ?x ?y ?z . OPTIONAL { SERVICE <{url}/sparql> { ?x ?p ?o } } }", 403),
    ("LOAD <{url}/data.nt>", 403),
    # A graph the store does not hold is an empty graph, never fetched.
    ("SELECT * FROM <{url}/data.nt> WHERE { ?s ?p ?o }", 200),
    ("SELECT * FROM NAMED <{url}/data.nt> WHERE { GRAPH ?g { ?s ?p ?o } }", 200),
    ("CONSTRUCT { ?s ?p ?o } FROM <{url}/data.nt> WHERE { ?s ?p ?o }", 200),
    ("ASK FROM <{url}/data.nt> { ?s ?p ?o }", 200),
])
@pytest.mark.parametrize("which", ["client", "admin"])
def test_a_query_never_reaches_another_host(request, recorder, query, status, which):
    client = request.getfixturevalue(which)
    url, hits = recorder
    q = query.replace("{url}", url)
    for r in (client.get("/sparql", query_string={"query": q}),
              client.post("/sparql", data={"query": q}, headers=bearer(TOKEN)),
              client.post("/sparql", data=q, content_type="application/sparql-query")):
        assert r.status_code == status, r.data
    assert hits == []


@pytest.mark.parametrize("param", ["default-graph-uri", "named-graph-uri"])
def test_dataset_parameters_never_reach_another_host(client, recorder, param):
    url, hits = recorder
    r = client.get("/sparql", query_string={"query": COUNT, param: f"{url}/data.nt"})
    assert r.status_code == 200 and n_of(r) == 0
    assert hits == []


# -- where the token comes from -------------------------------------------------------------

def test_token_from_the_environment_or_a_file(monkeypatch, tmp_path):
    """The factory's settings: the environment, a token file, or what the caller states."""
    from mlwf.server.settings import SettingError, load
    monkeypatch.delenv("MLWF_ADMIN_TOKEN", raising=False)
    monkeypatch.delenv("MLWF_ADMIN_TOKEN_FILE", raising=False)
    assert load()["ADMIN_TOKEN"] is None

    monkeypatch.setenv("MLWF_ADMIN_TOKEN", TOKEN)
    assert load()["ADMIN_TOKEN"] == TOKEN
    # given to the factory: the environment does not override
    assert load({"ADMIN_TOKEN": None})["ADMIN_TOKEN"] is None

    monkeypatch.delenv("MLWF_ADMIN_TOKEN")
    secret = tmp_path / "token"
    secret.write_text(TOKEN + "\n")
    monkeypatch.setenv("MLWF_ADMIN_TOKEN_FILE", str(secret))
    assert load()["ADMIN_TOKEN"] == TOKEN
    assert load({"ADMIN_TOKEN": None})["ADMIN_TOKEN"] is None
    monkeypatch.delenv("MLWF_ADMIN_TOKEN_FILE")
    assert load({"ADMIN_TOKEN": None, "ADMIN_TOKEN_FILE": str(secret)})["ADMIN_TOKEN"] == TOKEN

    with pytest.raises(SettingError, match="at least 16"):
        load({"ADMIN_TOKEN": "short"})
    with pytest.raises(SettingError, match="cannot read"):
        load({"ADMIN_TOKEN_FILE": str(tmp_path / "missing")})


def test_openapi_declares_the_token(client):
    doc = client.get("/openapi.json").get_json()
    assert doc["components"]["securitySchemes"]["adminToken"] == {"type": "http", "scheme": "bearer"}
    delete = doc["paths"]["/api/cases/{case_id}"]["delete"]
    assert delete["security"] == [{"adminToken": []}]
    assert {"204", "401", "403", "404"} <= set(delete["responses"])
    post = doc["paths"]["/sparql"]["post"]
    assert {"200", "204", "400", "401", "403", "415"} <= set(post["responses"])
