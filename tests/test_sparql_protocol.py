"""SPARQL 1.1 Protocol details of /sparql, through the test client."""
import json

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
    r = client.get("/sparql", query_string={"query": COUNT,
                                            "default-graph-uri": "http://example.org/elsewhere"})
    assert r.status_code == 400 and "not in this store" in r.get_json()["error"]


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
    (dict(method="GET", query_string={
        "query": "SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }"}), 400, "not in this store"),
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
