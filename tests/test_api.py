"""The JSON API through the app factory's test client, as a client program would use it."""
import pytest

DIABETES_FACTS = {"goal": "predict diabetes", "goal_type": "business",
                  "learning_type": "supervised", "target_type": "binary", "n_samples": 768,
                  "feature_types": ["continuous"], "has_outliers": True}


def test_health(client, openapi_validator):
    r = client.get("/health")
    assert r.status_code == 200
    openapi_validator("Health", r.get_json())
    assert r.get_json()["store"] == "embedded"


def test_advise_is_stateless_and_explained(client, openapi_validator):
    r = client.post("/api/advise", json={"facts": DIABETES_FACTS})
    assert r.status_code == 200
    advice = r.get_json()
    openapi_validator("Advice", advice)
    robust = next(x for x in advice["recommendations"] if x["name"] == "RobustScaler")
    assert robust["kind"] == "technique" and robust["rule"] and robust["explanation"]
    assert client.get("/api/cases/0000000000000000").status_code == 404


def test_advise_in_turkish(client):
    advice = client.post("/api/advise?lang=tr", json={"facts": DIABETES_FACTS}).get_json()
    en = client.post("/api/advise", json={"facts": DIABETES_FACTS}).get_json()
    # the ontology's Turkish labels, as a Turkish reader expects them
    assert (advice["stage"]["name"], advice["stage"]["label"]) == ("Learning", "Öğrenme")
    assert en["stage"]["label"] == "Learning"
    labels = {r["name"]: r["label"] for r in advice["recommendations"]}
    assert labels["TrainTestContamination"] == "Eğitim-Test Bulaşması"
    assert labels["LinearSVC"] == "Doğrusal Destek Vektör Sınıflandırıcısı (LinearSVC)"
    assert advice["next_question"]["text"] == ("İnsanların modelin neden öyle karar verdiğini "
                                               "anlayabilmesi gerekiyor mu?")
    assert en["next_question"]["fact"] == advice["next_question"]["fact"]


@pytest.mark.parametrize("kwargs, status, fragments", [
    (dict(json={"facts": {"task": "classify"}}), 400, ["fact 'task'", "classification"]),
    (dict(json={"facts": {"colour": 1}}), 400, ['unknown fact name "colour"']),
    (dict(json={"facts": [1, 2]}), 400, ["'facts' must be an object"]),
    (dict(json=[1, 2]), 400, ["not a JSON object"]),
    (dict(data="facts=1", content_type="text/plain"), 415, ["must be JSON"]),
    (dict(data="{not json", content_type="application/json"), 400, ["not valid JSON", "line 1"]),
    (dict(json={"facts": {}, "lang": "fr"}), 400, ['unknown language "fr"', "en, tr"]),
])
def test_bad_input_is_named(client, kwargs, status, fragments):
    r = client.post("/api/advise", **kwargs)
    assert r.status_code == status
    body = r.get_json()
    assert set(body) == {"error", "detail"}
    text = f"{body['error']} {body['detail']}"
    for fragment in fragments:
        assert fragment in text


def test_case_lifecycle(client, openapi_validator):
    r = client.post("/api/cases", json={"facts": {"goal": "predict diabetes"}})
    assert r.status_code == 201
    case = r.get_json()
    openapi_validator("Case", case)
    assert r.headers["Location"].endswith(case["id"])
    assert case["next_question"]["fact"] == "goal_type"

    r = client.post(f"/api/cases/{case['id']}/facts", json={"facts": DIABETES_FACTS})
    assert r.status_code == 200
    after = r.get_json()
    openapi_validator("Case", after)
    assert after["facts"]["n_samples"] == 768
    assert "RobustScaler" in [x["name"] for x in after["recommendations"]]

    # all or none: one bad fact, nothing of the request stored
    r = client.post(f"/api/cases/{case['id']}/facts",
                    json={"facts": {"n_features": 12, "missing_ratio": 7}})
    assert r.status_code == 400 and "missing_ratio" in r.get_json()["error"]
    assert "n_features" not in client.get(f"/api/cases/{case['id']}").get_json()["facts"]

    r = client.delete(f"/api/cases/{case['id']}/facts/has_outliers")
    assert r.status_code == 200
    assert "has_outliers" not in r.get_json()["facts"]
    assert "RobustScaler" not in [x["name"] for x in r.get_json()["recommendations"]]
    r = client.delete(f"/api/cases/{case['id']}/facts/has_outliers")
    assert r.status_code == 404 and "has no fact" in r.get_json()["error"]
    assert client.delete(f"/api/cases/{case['id']}/facts/colour").status_code == 400


def test_tried_reports_accumulate(client):
    case = client.post("/api/cases", json={"facts": DIABETES_FACTS}).get_json()
    first = next(x["name"] for x in case["recommendations"] if x["kind"] == "algorithm")
    client.post(f"/api/cases/{case['id']}/facts",
                json={"facts": {"tried": [{"algorithm": first, "outcome": "not_working"}]}})
    r = client.post(f"/api/cases/{case['id']}/facts",
                    json={"facts": {"tried": [{"algorithm": "SVC", "outcome": "overfitting"}]}})
    tried = r.get_json()["facts"]["tried"]
    assert {t["algorithm"] for t in tried} == {first, "SVC"}


def test_unknown_case_and_bad_ids(client):
    for path in ("/api/cases/0123456789abcdef", "/api/cases/not-an-id",
                 "/api/cases/../etc/passwd"):
        assert client.get(path).status_code == 404
    r = client.post("/api/cases/0123456789abcdef/facts", json={"facts": {"n_samples": 3}})
    assert r.status_code == 404 and r.get_json()["detail"]


def test_the_fact_vocabulary_is_what_the_server_accepts(client, openapi_validator):
    """GET /api/facts describes each fact the way the page builds its input; what it
    offers is accepted and what lies outside its bounds is refused."""
    en = client.get("/api/facts").get_json()
    tr = client.get("/api/facts?lang=tr").get_json()
    openapi_validator("Vocabulary", en)
    openapi_validator("Vocabulary", tr)
    facts = {f["name"]: f for f in en["facts"]}
    assert facts["goal_type"]["kind"] == "enum"
    assert [c["value"] for c in facts["goal_type"]["choices"]] == ["business", "research", "hybrid"]
    assert facts["n_classes"]["minimum"] == 2 and facts["feature_types"]["many"]
    labels = {f["name"]: f["label"] for f in tr["facts"]}
    assert labels["n_samples"] != facts["n_samples"]["label"], "the Turkish labels are the English ones"
    # what each fact means is read in the language asked for, every one of them
    helps = {f["name"]: f["help"] for f in tr["facts"]}
    assert set(helps) == set(facts) and all(facts[n]["help"] for n in facts)
    assert [n for n in facts if helps[n] == facts[n]["help"]] == [], "help left in English"
    for fact in en["facts"]:
        for choice in fact.get("choices", []) if fact["kind"] != "tried" else []:
            value = [choice["value"]] if fact["many"] else choice["value"]
            r = client.post("/api/advise", json={"facts": {fact["name"]: value}})
            assert r.status_code == 200, (fact["name"], value, r.get_json())
        if "minimum" in fact:
            r = client.post("/api/advise", json={"facts": {fact["name"]: fact["minimum"] - 1}})
            assert r.status_code == 400 and fact["allowed"] in r.get_json()["detail"]
    # the kinds of recommendation come in the order the advice lists them
    kinds = [k["kind"] for k in en["kinds"]]
    advice = client.post("/api/advise", json={"facts": {
        "goal_type": "business", "task": "classification", "n_samples": 500,
        "has_outliers": True, "class_balance": "imbalanced", "interpretability_required": True,
        "missing_ratio": 0.1}}).get_json()
    listed = [r["kind"] for r in advice["recommendations"]]
    assert len(set(listed)) >= 4 and listed == sorted(listed, key=kinds.index)
    assert [k["heading"] for k in tr["kinds"]] != [k["heading"] for k in en["kinds"]]


def test_the_advice_says_which_concepts_the_facts_chose(client, openapi_validator):
    """By the ontology's conditions, not by matching names: the page marks these steps."""
    facts = {"goal_type": "business", "learning_type": "supervised", "has_outliers": True,
             "n_samples": 40, "skewed": False}
    advice = client.post("/api/advise?lang=tr", json={"facts": facts}).get_json()
    openapi_validator("Advice", advice)
    chosen = {c["name"]: c["condition"] for c in advice["chosen"]}
    assert chosen == {"Business": "goal_type=business", "SupervisedLearning": "learning_type=supervised",
                      "HasOutliers": "has_outliers=true", "TinySampleSize": "n_samples<=50"}
    labels = {c["name"]: c["label"] for c in advice["chosen"]}
    assert labels["SupervisedLearning"] == client.get(
        "/api/concepts/SupervisedLearning?lang=tr").get_json()["label"]
    case = client.post("/api/cases", json={"facts": facts}).get_json()
    after = client.delete(f"/api/cases/{case['id']}/facts/has_outliers").get_json()
    assert "HasOutliers" not in {c["name"] for c in after["chosen"]}


def test_questions_and_concepts(client, openapi_validator):
    qs = client.get("/api/questions?lang=tr").get_json()
    for q in qs:
        openapi_validator("Question", q)
    assert qs[0]["fact"] == "goal"
    algorithms = client.get("/api/concepts?kind=algorithm").get_json()
    assert any(a["name"] == "LinearSVC" for a in algorithms)
    for a in algorithms[:5]:
        openapi_validator("ConceptSummary", a)
    c = client.get("/api/concepts/RobustScaler?lang=tr").get_json()
    openapi_validator("Concept", c)
    assert c["stage"]["name"] == "FeatureEngineering"
    assert any(t["name"] == "HasOutliers" for t in c["relations"]["suits"])
    by_label = client.get("/api/concepts/" + c["labels"]["tr"]).get_json()
    assert by_label["name"] == "RobustScaler"
    assert client.get("/api/concepts/Nope").status_code == 404
    assert client.get("/api/concepts?kind=thing").status_code == 400


@pytest.mark.parametrize("how, media", [
    ({"query_string": {"format": "owl"}}, "application/rdf+xml"),
    ({"headers": {"Accept": "application/ld+json"}}, "application/ld+json"),
    ({"headers": {"Accept": "text/turtle;q=0.5, application/rdf+xml"}}, "application/rdf+xml"),
    ({}, "text/turtle"),
    ({"query_string": {"format": "nt"}}, "application/n-triples"),
])
def test_ontology_download(client, how, media):
    from rdflib import Graph
    r = client.get("/ontology", **how)
    assert r.status_code == 200 and r.mimetype == media
    fmt = {"application/rdf+xml": "xml", "application/ld+json": "json-ld",
           "text/turtle": "turtle", "application/n-triples": "nt"}[media]
    assert len(Graph().parse(data=r.data, format=fmt)) > 1000


def test_ontology_bad_format(client):
    r = client.get("/ontology?format=docx")
    assert r.status_code == 400 and "ttl" in r.get_json()["detail"]


def test_body_size_limit(client):
    r = client.post("/api/advise", data=b"{" + b" " * 3_000_000 + b"}",
                    content_type="application/json")
    assert r.status_code == 413 and r.get_json()["error"]


def test_wrong_method_is_json(client):
    r = client.put("/api/cases")
    assert r.status_code == 405 and "POST" in r.get_json()["detail"]


def test_openapi_describes_every_route(app, client):
    doc = client.get("/openapi.json").get_json()
    documented = {p.replace("{", "<").replace("}", ">") for p in doc["paths"]}
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/") or rule.rule == "/health":
            assert rule.rule in documented, rule.rule


def test_advice_is_in_the_store_for_sparql(client):
    case = client.post("/api/cases", json={"facts": DIABETES_FACTS}).get_json()
    query = f"""PREFIX kb: <https://w3id.org/mlwf/kb#>
        SELECT ?name WHERE {{ GRAPH <https://w3id.org/mlwf/case/{case['id']}> {{
          ?case kb:recommendation ?r . ?r kb:concept ?c ; kb:kind "technique" }}
          BIND(STRAFTER(STR(?c), "#") AS ?name) }}"""
    rows = client.get("/sparql", query_string={"query": query},
                      headers={"Accept": "application/sparql-results+json"}).get_json()
    names = {b["name"]["value"] for b in rows["results"]["bindings"]}
    api_names = {x["name"] for x in case["recommendations"] if x["kind"] == "technique"}
    assert names == api_names


def test_workflow_is_read_from_the_ontology(client, openapi_validator):
    doc = client.get("/api/workflow?lang=tr").get_json()
    openapi_validator("Workflow", doc)
    assert [s["name"] for s in doc["stages"]] == ["Goal", "Learning", "Data", "DataProcess",
                                                  "FeatureEngineering", "Model", "GoalEvaluation"]
    assert {"from": "Model", "to": "FeatureEngineering"} in doc["may_return_to"]
    assert {"from": "Goal", "to": "Learning"} in doc["followed_by"]
