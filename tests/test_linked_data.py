"""Resolvable IRIs: the ontology and its version IRI, the kb: and fact: vocabularies, each
case, and a dump of the store, by content negotiation (server/linked_data.py)."""
import json

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from mlwf.kb.namespaces import FACT, KB, case_iri
from mlwf.rules.facts import SPECS

FORMATS = {"text/turtle": "turtle", "application/ld+json": "json-ld",
           "application/rdf+xml": "xml", "application/n-triples": "nt"}


@pytest.fixture(scope="module")
def case_id(app):
    client = app.test_client()
    doc = client.post("/api/cases", json={"facts": {"task": "classification", "n_samples": 900,
                                                    "has_outliers": True}}).get_json()
    client.post(f"/api/cases/{doc['id']}/facts", json={"facts": {"n_samples": 1200}})
    return doc["id"]


def _graphs(client, path):
    out = {}
    for media, fmt in FORMATS.items():
        r = client.get(path, headers={"Accept": media})
        assert r.status_code == 200 and r.mimetype == media, (path, media, r.status_code)
        assert "Accept" in r.headers.get("Vary", "")
        out[media] = Graph().parse(data=r.data, format=fmt)
    return out


@pytest.mark.parametrize("path", ["/kb", "/fact", "CASE", "/ontology/0.2.0"])
def test_each_iri_answers_the_same_graph_in_every_format(client, case_id, path):
    path = f"/case/{case_id}" if path == "CASE" else path
    graphs = _graphs(client, path)
    first = graphs["text/turtle"]
    assert len(first) > 50
    for media, g in graphs.items():
        # Blank nodes make isomorphism slow on the ontology's thousands; count there.
        assert (len(g) == len(first)) if path.startswith("/ontology") else isomorphic(g, first), media


def test_json_ld_carries_a_context(client):
    doc = json.loads(client.get("/fact", headers={"Accept": "application/ld+json"}).data)
    assert doc["@context"]["fact"] == str(FACT) and doc["@context"]["kb"] == str(KB)


@pytest.mark.parametrize("path", ["/kb", "/fact", "CASE", "/ontology", "/ontology/0.2.0"])
def test_a_browser_gets_a_page(client, case_id, path):
    path = f"/case/{case_id}" if path == "CASE" else path
    r = client.get(path, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.mimetype == "text/html"
    assert b"<h1>" in r.data and b"?format=ttl" in r.data


def test_vocabularies_have_both_languages_and_ranges(client):
    for path in ("/kb", "/fact"):
        g = Graph().parse(data=client.get(path, headers={"Accept": "text/turtle"}).data, format="turtle")
        terms = {s for s in g.subjects(RDFS.isDefinedBy, None)}
        assert terms
        for term in terms:
            langs = {label.language for label in g.objects(term, RDFS.label)}
            assert {"en", "tr"} <= langs, term
    facts = Graph().parse(data=client.get("/fact?format=ttl").data, format="turtle")
    for name in SPECS:
        assert facts.value(FACT[name], RDFS.range) is not None, name


def test_every_kb_and_fact_term_a_case_uses_is_published(client, case_id):
    case = Graph().parse(data=client.get(f"/case/{case_id}?format=nt").data, format="nt")
    vocab = Graph().parse(data=client.get("/kb?format=ttl").data, format="turtle")
    vocab += Graph().parse(data=client.get("/fact?format=ttl").data, format="turtle")
    defined = set(vocab.subjects(RDFS.label, None))
    used = {t for triple in case for t in triple
            if isinstance(t, URIRef) and str(t).startswith((str(KB), str(FACT)))}
    assert used and used <= defined, sorted(map(str, used - defined))


def test_unknown_case_version_and_format_are_json_errors(client, case_id):
    r = client.get("/case/0000000000000000")
    assert r.status_code == 404 and r.get_json()["error"]
    r = client.get("/ontology/0.1.0")
    assert r.status_code == 404 and "0.2.0" in r.get_json()["detail"]
    r = client.get(f"/case/{case_id}?format=yaml")
    assert r.status_code == 400 and "ttl" in r.get_json()["detail"]
    r = client.get("/dump?format=csv")
    assert r.status_code == 400


@pytest.mark.slow
def test_dump_of_the_whole_store(client, case_id):
    r = client.get("/dump", headers={"Accept": "application/n-quads"})
    assert r.status_code == 200 and r.mimetype == "application/n-quads"
    quads = Dataset()
    quads.parse(data=r.data, format="nquads")
    graphs = {str(g.identifier) for g in quads.graphs()}
    assert case_iri(case_id) in graphs and "https://w3id.org/mlwf/ontology" in graphs
    r = client.get("/dump", headers={"Accept": "application/trig"})
    assert r.mimetype == "application/trig"
    trig = Dataset()
    trig.parse(data=r.data, format="trig")
    assert len(trig) == len(quads)
