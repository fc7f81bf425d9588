"""The W3C SPARQL 1.1 Protocol tests (sparql/sparql11/protocol/manifest.ttl of
w3c/rdf-tests), written here from the manifest's descriptions and run in its order
against a live `mlwf serve`.

Where the server departs from the protocol on purpose, README "SPARQL", paragraph
"Departures from the protocol", says so; the tests follow it:
- "updates need the admin token": every update request carries it;
- "a graph IRI names a graph of this store, and one it does not hold is an empty graph,
  never fetched": the manifest's graph data (ut:graphData) is put in the store first, by update.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from stores import free_port, mlwf_serve

pytestmark = pytest.mark.slow

TOKEN = "w3c-protocol-test-token-0123456789"
K = "http://kasei.us/2009/09/sparql/data/"
FOAF, DC = "http://xmlns.com/foaf/0.1/", "http://purl.org/dc/terms/"
PREFIXES = f"PREFIX dc: <{DC}>\nPREFIX foaf: <{FOAF}>\n"


def q(**params) -> str:
    return "?" + urllib.parse.urlencode([(k.replace("_", "-"), v) for k, vs in params.items()
                                         for v in (vs if isinstance(vs, list) else [vs])])


def request(base, method, path, content_type=None, body=None, admin=False, encoding="utf-8"):
    headers = {"Content-Type": content_type} if content_type else {}
    if admin:
        headers["Authorization"] = f"Bearer {TOKEN}"
    data = body.encode(encoding) if body is not None else None
    r = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    if data is not None and not content_type:
        r.remove_header("Content-type")  # urllib would add form-urlencoded by itself
        r.add_unredirected_header("Content-Type", "")
    try:
        with urllib.request.urlopen(r, timeout=60) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    port = free_port()
    server = mlwf_serve(port, ["--store", str(tmp_path_factory.mktemp("w3c") / "store")],
                        env={"MLWF_ADMIN_TOKEN": TOKEN})
    yield f"http://127.0.0.1:{port}/sparql/"  # the manifest's paths end in a slash
    server.stop()


def load_graph_data(base, *names):
    """ut:graphData: each dataN graph holds a triple saying dataN is a foaf:Document."""
    graphs = " ".join(f"GRAPH <{K}{n}.rdf> {{ <{K}{n}.rdf> a <{FOAF}Document> }}" for n in names)
    status, _, body = request(base, "POST", "", "application/sparql-update",
                              f"INSERT DATA {{ {graphs} }}", admin=True)
    assert status == 204, body


def boolean(content_type: str, body: bytes) -> bool:
    if "json" in content_type:
        return json.loads(body)["boolean"]
    return b"<boolean>true</boolean>" in body


ASK_1_2 = f"ASK {{ <{K}data1.rdf> a ?type . <{K}data2.rdf> a ?type . }}"
ASK_G = (f"ASK {{ GRAPH ?g1 {{ <{K}data1.rdf> a ?type }} GRAPH ?g2 {{ <{K}data2.rdf> a ?type }} }}")
FULL = (f"ASK {{\n  <{K}data3.rdf> a ?type\n  GRAPH ?g1 {{ <{K}data1.rdf> a ?type }}\n"
        f"  GRAPH ?g2 {{ <{K}data2.rdf> a ?type }}\n}}")

# name: (graph data, method, path, content type, body, expected: "boolean"/"tabular"/"RDF")
QUERY_TESTS = {
    "query_post_form": ((), "POST", q(default_graph_uri=K + "data0.rdf"),
                        "application/x-www-form-urlencoded", "query=ASK%20%7B%7D", True),
    "query_dataset_default_graphs_get": (("data1", "data2"), "GET",
                                         q(query=ASK_1_2, default_graph_uri=[K + "data1.rdf", K + "data2.rdf"]),
                                         None, None, True),
    "query_dataset_default_graphs_post": (("data1", "data2"), "POST",
                                          q(default_graph_uri=[K + "data1.rdf", K + "data2.rdf"]),
                                          "application/sparql-query", ASK_1_2, True),
    "query_dataset_named_graphs_post": (("data1", "data2"), "POST",
                                        q(named_graph_uri=[K + "data1.rdf", K + "data2.rdf"]),
                                        "application/sparql-query", ASK_G, True),
    "query_dataset_named_graphs_get": (("data1", "data2"), "GET",
                                       q(query=ASK_G, named_graph_uri=[K + "data1.rdf", K + "data2.rdf"]),
                                       None, None, True),
    "query_dataset_full": (("data1", "data2", "data3"), "POST",
                           q(default_graph_uri=K + "data3.rdf",
                             named_graph_uri=[K + "data1.rdf", K + "data2.rdf"]),
                           "application/sparql-query", FULL, True),
    "query_multiple_dataset": (("data1", "data2", "data3"), "POST",
                               q(named_graph_uri=[K + "data1.rdf", K + "data2.rdf"]),
                               "application/sparql-query",
                               f"ASK FROM <{K}data3.rdf> {{ GRAPH ?g1 {{ <{K}data1.rdf> a ?type }} "
                               f"GRAPH ?g2 {{ <{K}data2.rdf> a ?type }} }}", True),
    "query_get": ((), "GET", q(query="ASK {}", default_graph_uri=K + "data0.rdf"), None, None, True),
    "query_content_type_select": ((), "POST", q(default_graph_uri=K + "data0.rdf"),
                                  "application/sparql-query", "SELECT (1 AS ?value) {}", "tabular"),
    "query_content_type_ask": ((), "POST", q(default_graph_uri=K + "data0.rdf"),
                               "application/sparql-query", "ASK {}", "boolean"),
    "query_content_type_describe": ((), "POST", q(default_graph_uri=K + "data0.rdf"),
                                    "application/sparql-query", "DESCRIBE <http://example.org/>", "RDF"),
    "query_content_type_construct": ((), "POST", q(default_graph_uri=K + "data0.rdf"),
                                     "application/sparql-query", "CONSTRUCT { <s> <p> 1 } WHERE {}", "RDF"),
    "query_post_direct": ((), "POST", "", "application/sparql-query", "ASK {}", True),
}
TABULAR = ("application/sparql-results+xml", "application/sparql-results+json", "text/csv",
           "text/tab-separated-values")
RDF = ("application/rdf+xml", "text/turtle", "application/n-triples")


@pytest.mark.parametrize("name", list(QUERY_TESTS))
def test_query(base, name):
    data, method, path, content_type, body, expected = QUERY_TESTS[name]
    if data:
        load_graph_data(base, *data)
    status, media, answer = request(base, method, path, content_type, body)
    assert 200 <= status < 400, answer
    if expected is True:
        assert media.startswith(("application/sparql-results+json", "application/sparql-results+xml"))
        assert boolean(media, answer) is True
    elif expected == "boolean":
        assert media.startswith(("application/sparql-results+json", "application/sparql-results+xml"))
    else:
        assert media.split(";")[0] in (TABULAR if expected == "tabular" else RDF), media


def _update_then_ask(base, path, update, ask):
    status, media, answer = request(base, "POST", path, "application/sparql-update",
                                    PREFIXES + update, admin=True)
    assert 200 <= status < 400, answer
    assert status != 204 or media == "", "a 204 has no content type"
    status, media, answer = request(base, "POST", "", "application/sparql-query", ask)
    assert status == 200 and boolean(media, answer) is True, answer


DATA_123 = (f"INSERT DATA {{\n GRAPH <{K}data1.rdf> {{ <{K}data1.rdf> a foaf:Document }}\n"
            f" GRAPH <{K}data2.rdf> {{ <{K}data2.rdf> a foaf:Document }}\n"
            f" GRAPH <{K}data3.rdf> {{ <{K}data3.rdf> a foaf:Document }}\n}} ;\n")


def test_update_dataset_default_graph(base):
    t = "http://example.org/protocol-update-dataset-test/"
    _update_then_ask(base, q(using_graph_uri=K + "data1.rdf"),
                     f"CLEAR ALL ;\nINSERT DATA {{ GRAPH <{K}data1.rdf> {{ <{K}data1.rdf> a "
                     f"foaf:Document }} }} ;\nINSERT {{ GRAPH <{t}> {{ ?s a dc:BibliographicResource }} }}\n"
                     "WHERE { ?s a foaf:Document }",
                     f"ASK {{ GRAPH <{t}> {{ <{K}data1.rdf> a <{DC}BibliographicResource> }} }}")


@pytest.mark.parametrize("name, params, where", [
    ("update_dataset_default_graphs", q(using_graph_uri=[K + "data1.rdf", K + "data2.rdf"]),
     "?s a foaf:Document"),
    ("update_dataset_named_graphs", q(using_named_graph_uri=[K + "data1.rdf", K + "data2.rdf"]),
     "GRAPH ?g { ?s a foaf:Document }"),
])
def test_update_dataset_graphs(base, name, params, where):
    t = f"http://example.org/{name}-test/"
    _update_then_ask(base, params,
                     f"DROP ALL ;\n{DATA_123}INSERT {{ GRAPH <{t}> {{ ?s a dc:BibliographicResource }} }}\n"
                     f"WHERE {{ {where} }}",
                     f"ASK {{ GRAPH <{t}> {{ <{K}data1.rdf> a <{DC}BibliographicResource> . "
                     f"<{K}data2.rdf> a <{DC}BibliographicResource> . }}\n FILTER NOT EXISTS {{ "
                     f"GRAPH <{t}> {{ <{K}data3.rdf> a <{DC}BibliographicResource> }} }} }}")


def test_update_dataset_full(base):
    t = "http://example.org/protocol-update-dataset-full-test/"
    _update_then_ask(base, q(using_graph_uri=K + "data1.rdf", using_named_graph_uri=K + "data2.rdf"),
                     f"DROP ALL ;\n{DATA_123}INSERT {{ GRAPH <{t}> {{ ?s <http://example.org/in> ?in }} }}\n"
                     "WHERE { { GRAPH ?g { ?s a foaf:Document } BIND(?g AS ?in) }\n UNION\n"
                     ' { ?s a foaf:Document . BIND("default" AS ?in) } }',
                     f'ASK {{ GRAPH <{t}> {{ <{K}data1.rdf> <http://example.org/in> "default" . '
                     f"<{K}data2.rdf> <http://example.org/in> <{K}data2.rdf> . }}\n FILTER NOT EXISTS "
                     f"{{ GRAPH <{t}> {{ <{K}data3.rdf> ?p ?o }} }} }}")


@pytest.mark.parametrize("content_type, body", [
    ("application/x-www-form-urlencoded", "update=CLEAR+ALL"),  # update_post_form
    ("application/sparql-update", "CLEAR ALL"),                 # update_post_direct
])
def test_update_post(base, content_type, body):
    status, media, answer = request(base, "POST", "", content_type, body, admin=True)
    assert 200 <= status < 400 and media == "", answer


def test_update_base_uri(base):
    g = "http://example.org/protocol-base-test/"
    _update_then_ask(base, "", f"CLEAR SILENT GRAPH <{g}> ;\nINSERT DATA {{ GRAPH <{g}> {{ "
                     "<http://example.org/s> <http://example.org/p> <test> } }",
                     f'ASK {{ GRAPH <{g}> {{ <http://example.org/s> <http://example.org/p> ?o '
                     'FILTER (isIRI(?o) && STR(?o) != "test") } }')


# name: (method, path, content type, body, admin, body encoding)
BAD = {
    "bad_query_method": ("PUT", q(query="ASK {}", default_graph_uri=K + "data0.rdf"),
                         "application/x-www-form-urlencoded", None, False, "utf-8"),
    "bad_multiple_queries": ("GET", q(query=["ASK {}", "SELECT * {}"]), None, None, False, "utf-8"),
    "bad_query_wrong_media_type": ("POST", "", "text/plain", "ASK {}", False, "utf-8"),
    "bad_query_missing_form_type": ("POST", "", None, "query=ASK%20%7B%7D", False, "utf-8"),
    "bad_query_missing_direct_type": ("POST", "", None, "ASK {}", False, "utf-8"),
    "bad_query_non_utf8": ("POST", "", "application/sparql-query; charset=UTF-16", "ASK {}",
                           False, "utf-16"),
    "bad_query_syntax": ("GET", q(query="ASK {"), None, None, False, "utf-8"),
    "bad_update_get": ("GET", q(update="CLEAR ALL"), None, None, True, "utf-8"),
    "bad_multiple_updates": ("POST", "", "application/x-www-form-urlencoded",
                             "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", True, "utf-8"),
    "bad_update_wrong_media_type": ("POST", "", "text/plain", "CLEAR NAMED", True, "utf-8"),
    "bad_update_missing_form_type": ("POST", "", None, "update=CLEAR%20NAMED", True, "utf-8"),
    "bad_update_non_utf8": ("POST", "", "application/sparql-update; charset=UTF-16",
                            "CLEAR NAMED", True, "utf-16"),
    "bad_update_syntax": ("POST", "", "application/x-www-form-urlencoded", "update=CLEAR%20XYZ",
                          True, "utf-8"),
    "bad_update_dataset_conflict": ("POST", q(using_named_graph_uri="http://example/people"),
                                    "application/sparql-update",
                                    "PREFIX foaf:  <http://xmlns.com/foaf/0.1/>\nWITH "
                                    "<http://example/addresses>\nDELETE { ?person foaf:givenName "
                                    "'Bill' }\nINSERT { ?person foaf:givenName 'William' }\nWHERE "
                                    "{\n    ?person foaf:givenName 'Bill'\n}", True, "utf-8"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_requests_are_4xx(base, name):
    method, path, content_type, body, admin, encoding = BAD[name]
    status, _, answer = request(base, method, path, content_type, body, admin, encoding)
    assert 400 <= status < 500, (status, answer)


def test_utf8_labelled_utf16_is_refused_for_its_label(base):
    """The charset is read, not guessed: UTF-8 bytes labelled UTF-16 are refused."""
    status, _, answer = request(base, "POST", "", "application/sparql-query; charset=UTF-16",
                                "ASK {}")
    assert status == 415 and b"UTF-16" in answer


def test_errors_point_into_the_persons_own_text(base):
    status, _, answer = request(base, "GET", q(query="SELECT *\nWHERE {\n  ?s ?p\n}"))
    assert status == 400 and "line 3" in json.loads(answer)["detail"], answer
