"""Provenance in case graphs: who or what asserted each fact and when (PROV-O), history
kept when facts are replaced or withdrawn, uploads as entities, rules with IRIs, values
linked to concepts, typed literals, and the migration of cases stored before all this."""
import csv
import io

import pytest
import rdflib.namespace as rns
from rdflib import Literal, URIRef

from mlwf.kb.cases import Cases
from mlwf.kb.namespaces import case_iri
from mlwf.kb.provenance import Provenance, cases_to_migrate
from mlwf.kb.store import EmbeddedStore
from mlwf.ontology import load
from mlwf.rules.facts import VALUE_CONCEPTS


def _select(client, query):
    r = client.get("/sparql", query_string={"query": query},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.get_data(as_text=True)
    return [{k: v["value"] for k, v in b.items()} for b in r.get_json()["results"]["bindings"]]


def _records(client, case_id, fact):
    g = case_iri(case_id)
    return _select(client, f"""SELECT ?r ?by ?at ?until ?value ?concept ?from WHERE {{ GRAPH <{g}> {{
        ?r a kb:FactAssertion ; kb:fact fact:{fact} ; prov:wasAttributedTo ?by ; prov:generatedAtTime ?at .
        OPTIONAL {{ ?r kb:value ?value }} OPTIONAL {{ ?r kb:valueConcept ?concept }}
        OPTIONAL {{ ?r prov:invalidatedAtTime ?until }} OPTIONAL {{ ?r prov:wasDerivedFrom ?from }} }} }}
        ORDER BY ?at""")


def test_each_fact_records_who_and_when(client):
    case = client.post("/api/cases", json={"facts": {"task": "classification", "n_samples": 768}}).get_json()
    task = _records(client, case["id"], "task")
    assert len(task) == 1
    assert task[0]["by"] == "https://w3id.org/mlwf/kb#ApiUser"
    assert task[0]["concept"] == "https://w3id.org/mlwf/ontology#Classification"
    assert "until" not in task[0]
    typed = _select(client, f"""SELECT (DATATYPE(?v) AS ?dt) (DATATYPE(?t) AS ?tt) WHERE {{
        GRAPH <{case_iri(case['id'])}> {{ ?r kb:fact fact:n_samples ; kb:value ?v ; prov:generatedAtTime ?t }} }}""")
    assert typed == [{"dt": str(rns.XSD.integer), "tt": str(rns.XSD.dateTime)}]


def test_a_replaced_or_withdrawn_fact_stays_as_invalidated_history(client):
    case = client.post("/api/cases", json={"facts": {"n_samples": 100}}).get_json()
    client.post(f"/api/cases/{case['id']}/facts", json={"facts": {"n_samples": 5000}})
    rows = _records(client, case["id"], "n_samples")
    assert {(r["value"], "until" in r) for r in rows} == {("100", True), ("5000", False)}
    assert client.get(f"/api/cases/{case['id']}").get_json()["facts"]["n_samples"] == 5000

    r = client.delete(f"/api/cases/{case['id']}/facts/n_samples")
    assert r.status_code == 200
    rows = _records(client, case["id"], "n_samples")
    assert len(rows) == 2 and all("until" in r for r in rows)
    withdrawn = _select(client, f"""SELECT ?who WHERE {{ GRAPH <{case_iri(case['id'])}> {{
        ?r kb:fact fact:n_samples ; kb:withdrawnBy ?who }} }}""")
    assert withdrawn == [{"who": "https://w3id.org/mlwf/kb#ApiUser"}]
    assert "n_samples" not in client.get(f"/api/cases/{case['id']}").get_json()["facts"]


def test_tried_outcomes_keep_their_history_per_algorithm(client):
    case = client.post("/api/cases", json={"facts": {"task": "classification"}}).get_json()
    for outcome in ("overfitting", "good"):
        client.post(f"/api/cases/{case['id']}/facts",
                    json={"facts": {"tried": [{"algorithm": "SVC", "outcome": outcome}]}})
    rows = _select(client, f"""SELECT ?outcome ?until WHERE {{ GRAPH <{case_iri(case['id'])}> {{
        ?r kb:fact fact:tried ; kb:algorithm mlwf:SVC ; kb:outcome ?outcome ; prov:generatedAtTime ?at .
        OPTIONAL {{ ?r prov:invalidatedAtTime ?until }} }} }}""")
    assert {(r["outcome"], "until" in r) for r in rows} == {("overfitting", True), ("good", False)}


def test_an_uploaded_csv_is_an_entity_the_profiled_facts_derive_from(client):
    case = client.post("/api/cases", json={"facts": {"goal": "predict y"}}).get_json()
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["x", "y"])
    for i in range(60):
        w.writerow([i * 1.5, "a" if i % 3 else "b"])
    data = buf.getvalue().encode()
    r = client.post(f"/api/cases/{case['id']}/dataset", data={"file": (io.BytesIO(data), "tiny.csv"),
                    "target": "y"}, content_type="multipart/form-data")
    assert r.status_code == 200, r.get_json()
    import hashlib
    sha = hashlib.sha256(data).hexdigest()
    entity = _select(client, f"""SELECT ?d ?name ?size WHERE {{ GRAPH <{case_iri(case['id'])}> {{
        ?d a kb:Dataset ; kb:sha256 "{sha}" ; kb:fileName ?name ; kb:byteSize ?size }} }}""")
    assert entity == [{"d": f"{case_iri(case['id'])}/dataset/{sha[:16]}", "name": "tiny.csv",
                       "size": str(len(data))}]
    rows = _records(client, case["id"], "n_samples")
    assert [r["by"] for r in rows] == ["https://w3id.org/mlwf/kb#CsvProfiler"]
    assert rows[0]["from"] == entity[0]["d"]
    goal = _records(client, case["id"], "goal")
    assert goal[0]["by"].endswith("#ApiUser") and "from" not in goal[0]


def test_recommendations_name_their_rule_by_iri_and_because_values_are_typed(client):
    case = client.post("/api/cases", json={"facts": {"task": "classification", "has_outliers": True,
                                                      "n_samples": 500}}).get_json()
    rows = _select(client, f"""SELECT ?rule ?iri WHERE {{ GRAPH <{case_iri(case['id'])}> {{
        ?rec kb:rule ?rule ; kb:firedRule ?iri }} }}""")
    assert rows and all(r["iri"] == "https://w3id.org/mlwf/rule/" + r["rule"] for r in rows)
    because = _select(client, f"""SELECT DISTINCT (DATATYPE(?v) AS ?dt) WHERE {{ GRAPH <{case_iri(case['id'])}> {{
        ?b kb:fact "has_outliers" ; kb:value ?v }} }}""")
    assert because == [{"dt": str(rns.XSD.boolean)}]


def test_value_concepts_are_concepts_of_the_ontology():
    onto = load()
    for fact, values in VALUE_CONCEPTS.items():
        for value, concept in values.items():
            assert concept in onto.concepts, (fact, value, concept)


def test_an_evaluation_run_is_the_activity_behind_its_facts(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    try:
        cases = Cases(store)
        case_id = cases.create({"task": "classification"})
        run = "https://w3id.org/mlwf/run/42"
        cases.assert_facts(case_id, {"tried": [{"algorithm": "LinearSVC", "outcome": "good"}]},
                           prov=Provenance("evaluation", activity=run))
        history = cases.history(case_id)
        tried = [h for h in history if h["fact"] == "tried"]
        assert tried[0]["by"] == "Evaluator"
        rows = store.select(f"""SELECT ?a WHERE {{ GRAPH <{case_iri(case_id)}> {{
            ?r kb:fact fact:tried ; prov:wasGeneratedBy ?a }} }}""")
        assert rows == [{"a": run}]
        with pytest.raises(ValueError):
            Provenance("someone").agent()
    finally:
        store.close()


def test_cases_stored_before_provenance_migrate_without_losing_a_fact(tmp_path):
    """A case graph in the earlier layout (facts, no records, no data version) gets a
    record per fact on start; its facts and advice read the same; a second start does
    nothing."""
    store = EmbeddedStore(tmp_path / "store")
    try:
        iri = case_iri("00000000000000aa")
        store.update(f"""INSERT DATA {{ GRAPH <{iri}> {{
            <{iri}> a kb:Case ; kb:id "00000000000000aa" ;
              kb:created "2026-11-30T10:00:00Z"^^xsd:dateTime ; kb:modified "2026-11-30T10:05:00Z"^^xsd:dateTime ;
              fact:task "classification" ; fact:n_samples 768 ; fact:feature_types "continuous" , "nominal" ;
              fact:has_outliers true ; fact:tried <{iri}/tried/SVC> ; kb:profiled "n_samples" .
            <{iri}/tried/SVC> kb:algorithm mlwf:SVC ; kb:outcome "overfitting" . }} }}""")
        cases = Cases(store)
        before = cases.facts("00000000000000aa")
        assert cases_to_migrate(store) == [iri]
        assert cases.migrate() == 1
        assert cases.facts("00000000000000aa") == before
        history = cases.history("00000000000000aa")
        assert {h["fact"] for h in history} == set(before[0])
        by = {h["fact"]: h["by"] for h in history}
        assert by["n_samples"] == "CsvProfiler" and by["task"] == "EarlierRecord"
        assert all(h["at"] == "2026-11-30T10:05:00Z" and h["invalidated"] is None for h in history)
        assert cases.migrate() == 0 and cases_to_migrate(store) == []
        # And it goes on like any case: replacing a migrated fact invalidates its record.
        cases.assert_facts("00000000000000aa", {"n_samples": 900})
        ns = [h for h in cases.history("00000000000000aa") if h["fact"] == "n_samples"]
        assert [h["value"] for h in ns] == [768, 900] and ns[0]["invalidated"]
    finally:
        store.close()


def test_typed_literal_helper():
    from mlwf.kb.provenance import value_term
    assert value_term(True) == Literal(True) and value_term(True).datatype == rns.XSD.boolean
    assert value_term(768).datatype == rns.XSD.integer
    assert value_term(["a", "b"]) == Literal('["a", "b"]')
    assert isinstance(URIRef("x"), URIRef)
