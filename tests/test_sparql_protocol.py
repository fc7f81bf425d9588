"""SPARQL 1.1 Protocol details of /sparql, through the test client."""

import pytest

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
STAGES = """PREFIX mlwf: <https://w3id.org/mlwf/ontology#>
SELECT ?stage WHERE { ?stage rdfs:subClassOf mlwf:WorkflowStage }"""
CONSTRUCT = """PREFIX mlwf: <https://w3id.org/mlwf/ontology#>
CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c skos:broader mlwf:Scaling ; rdfs:label ?l }"""


def n_of(response):
    return int(response.get_json()["results"]["bindings"][0]["n"]["value"])


def test_get_post_form_and_post_direct_agree(client):
    a = client.get("/sparql", query_string={"query": COUNT})
    b = client.post("/sparql", data={"query": COUNT})
    c = client.post("/sparql", data=COUNT, content_type="application/sparql-query")
    assert a.status_code == b.status_code == c.status_code == 200
    assert a.mimetype == "application/sparql-results+json"
    assert n_of(a) == n_of(b) == n_of(c) > 1000


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
     "text/tab-separated-values;q=0.7, text/csv;q=0.5, */*;q=0.1", "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("image/png", "application/sparql-results+json"),
])
def test_result_formats_by_accept(client, accept, media):
    r = client.get("/sparql", query_string={"query": STAGES}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == media
    assert b"DataProcess" in r.data


def test_csv_and_tsv_bodies(client):
    csv = client.get("/sparql", query_string={"query": COUNT}, headers={"Accept": "text/csv"})
    assert csv.data.decode().splitlines()[0] == "n"
    tsv = client.get("/sparql", query_string={"query": COUNT},
                     headers={"Accept": "text/tab-separated-values"})
    assert tsv.data.decode().splitlines()[0] == "?n"


@pytest.mark.parametrize("accept, media, parse_as", [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("application/ld+json", "application/ld+json", "json-ld"),
])
def test_construct_formats(client, accept, media, parse_as):
    from rdflib import Graph
    r = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == media
    assert len(Graph().parse(data=r.data, format=parse_as)) >= 10  # 5 scalers, 2 labels each


def test_format_parameter_overrides_accept(client):
    r = client.get("/sparql", query_string={"query": STAGES, "format": "csv"},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.mimetype == "text/csv"


def test_ask(client):
    r = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    assert r.get_json() == {"head": {}, "boolean": True}


def test_dataset_parameters(client):
    onto = "https://w3id.org/mlwf/ontology"
    r = client.get("/sparql", query_string={"query": COUNT, "default-graph-uri": onto})
    assert n_of(r) > 1000
    # A graph the store does not hold is an empty graph: never fetched (README, "Security").
    r = client.get("/sparql", query_string={"query": COUNT,
                                            "default-graph-uri": "http://example.org/elsewhere"})
    assert r.status_code == 200 and n_of(r) == 0


@pytest.mark.parametrize("kwargs, status, fragment", [
    (dict(method="GET", query_string={"query": "SELECT * WHERE { ?s ?p }"}), 400, "parse"),
    (dict(method="GET", query_string=[("query", COUNT), ("query", COUNT)]), 400, "more than one"),
    (dict(method="GET"), 400, "no query"),
    (dict(method="POST", data=COUNT, content_type="text/plain"), 415, "unsupported content type"),
    (dict(method="POST", data={"update": "DROP ALL"}), 403, "update"),
    (dict(method="POST", data="INSERT DATA { <a:a> <a:b> <a:c> }",
          content_type="application/sparql-update"), 403, "update"),
    (dict(method="GET", query_string={"query": "DELETE WHERE { ?s ?p ?o }"}), 403, "update"),
    (dict(method="GET", query_string={
        "query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"}), 403, "SERVICE"),
    (dict(method="GET", query_string={"query": COUNT, "default-graph-uri": "relative"}), 400,
     "not an absolute IRI"),
    (dict(method="GET", query_string={"query": COUNT, "named-graph-uri": ""}), 400,
     "not an absolute IRI"),
])
def test_protocol_errors(client, kwargs, status, fragment):
    r = client.open("/sparql", **kwargs)
    assert r.status_code == status, r.data
    body = r.get_json()
    assert fragment in f"{body['error']} {body['detail']}"


def test_update_leaves_the_store_unchanged(client):
    before = n_of(client.get("/sparql", query_string={"query": COUNT}))
    client.post("/sparql", data={"update": "DROP ALL"})
    client.get("/sparql", query_string={"query": "CLEAR ALL"})
    assert n_of(client.get("/sparql", query_string={"query": COUNT})) == before


@pytest.mark.slow
def test_runaway_query_is_stopped_and_the_server_keeps_serving(client):
    runaway = ("SELECT ?a ?b ?c WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z } "
               "ORDER BY ?a ?b ?c")
    r = client.get("/sparql", query_string={"query": runaway})
    assert r.status_code == 503
    assert "memory" in r.get_json()["error"] or "longer than" in r.get_json()["error"]
    counting = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"
    r = client.get("/sparql", query_string={"query": counting})
    assert r.status_code == 503 and "longer than 3 s" in r.get_json()["error"]
    assert n_of(client.get("/sparql", query_string={"query": COUNT})) > 1000


def test_result_size_bound(app, client):
    limits = app.extensions["mlwf"].queries.limits
    saved, limits.max_result_bytes = limits.max_result_bytes, 5_000
    try:
        r = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    finally:
        limits.max_result_bytes = saved
    assert r.status_code == 422 and "larger than" in r.get_json()["error"]


@pytest.mark.slow
def test_fresh_workers_under_load_always_answer(app):
    """Issue 18: under its memory bound a worker once could not start a thread and died.
    Fresh workers, several queries at once, many times: every one answers."""
    import threading
    runner = app.extensions["mlwf"].queries
    statuses: list[int] = []

    def ask():
        r = app.test_client().get("/sparql", query_string={"query": COUNT})
        statuses.append(r.status_code if r.status_code == 200 else (r.status_code, r.get_json()))
    for _ in range(15):
        runner.close()  # the next queries start new workers
        # as many queries as workers: none waits for a slot (that would be a fair 503)
        threads = [threading.Thread(target=ask) for _ in range(runner.limits.workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    assert statuses == [200] * 15 * runner.limits.workers, [s for s in statuses if s != 200]


@pytest.mark.slow
def test_the_memory_bound_stops_a_query_and_says_so(make_app):
    """Past its resident-memory bound a worker is stopped and the client is told that
    memory was the cause (not a guess): the server and the next query carry on."""
    client = make_app(QUERY_TIMEOUT=30.0, QUERY_MEMORY_MB=256).test_client()
    runaway = "SELECT ?a ?b ?c WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z } ORDER BY ?a ?b ?c"
    r = client.get("/sparql", query_string={"query": runaway})
    assert r.status_code == 503, r.data
    error = r.get_json()["error"]
    assert "needed more than 256 MB" in error or "512 MB heap" in error, error
    assert n_of(client.get("/sparql", query_string={"query": COUNT})) > 1000


def test_the_sandbox_setting_is_checked(tmp_path):
    from mlwf.server.app import create_app
    from mlwf.server.settings import SettingError
    with pytest.raises(SettingError) as err:
        create_app({"STORE_PATH": str(tmp_path), "QUERY_SANDBOX": "maybe"})
    assert "QUERY_SANDBOX" in str(err.value.message) and "auto, require, off" in str(err.value.detail)


def test_a_snapshot_removed_under_a_query_is_taken_again(app, client):
    """The store keeps only its newest snapshots: one removed between the moment a query
    names it and the moment a worker opens it is taken again, not an error."""
    import shutil
    store, runner = app.extensions["mlwf"].store, app.extensions["mlwf"].queries
    runner.close()  # a fresh worker, which has opened no snapshot yet
    shutil.rmtree(store.snapshot())
    assert n_of(client.get("/sparql", query_string={"query": COUNT})) > 1000
