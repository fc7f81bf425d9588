"""What the complete mutation run of the workflow and vocabulary modules (rules/workflow.py,
rules/facts.py; README "Mutation testing", docs/mutation-survivors.md) found unchecked:
each test states what a person sees for given facts (the next step, the ways back, the
concepts the facts chose, a fact refused and why), and was seen to fail with its mutant
put back (`tools/mutation.py --recheck`)."""
from __future__ import annotations

import pytest

from mlwf.kb.namespaces import case_iri
from mlwf.ontology import load
from mlwf.rules import FactError, normalize_facts


def chosen(advice) -> dict[str, str]:
    return {c["name"]: c["condition"] for c in advice["chosen"]}


# -- the concepts the facts chose (the page marks them on the diagram) ------------------------

def test_a_fact_value_that_names_a_concept_chooses_it(consult):
    advice = consult(goal_type="business", feature_types=["continuous", "nominal"],
                     processing="stream", modality="text", has_outliers=True)
    assert chosen(advice) == {
        "Business": "goal_type=business",          # by the ontology's condition
        "HasOutliers": "has_outliers=true",
        "SparseData": "modality=text",
        "Nominal": "feature_types=nominal",         # each item of a list names its concept
        "Continuous": "feature_types=continuous",
        "TextData": "modality=text",                # by the value the fact names
        "StreamData": "processing=stream",
    }


def test_the_chosen_concepts_come_in_the_ontology_order(consult):
    advice = consult(goal_type="research", learning_type="unsupervised", n_samples=30,
                     feature_types=["boolean", "ordinal"], processing="batch",
                     data_structure="semi_structured", class_balance="imbalanced")
    names = [c["name"] for c in advice["chosen"]]
    order = list(load().concepts)
    assert len(names) >= 6 and names == sorted(names, key=order.index), names


def test_a_value_that_names_no_concept_chooses_nothing(consult):
    # "balanced" is no concept of the ontology (only ImbalancedClasses is), a false flag
    # meets no "=true" condition, and no ratio of missing cells meets "missing_ratio>0"
    advice = consult(class_balance="balanced", has_outliers=False, skewed=False,
                     missing_ratio=0.0)
    assert chosen(advice) == {}


# -- where a case stands once the person reports progress ------------------------------------

@pytest.mark.parametrize("failed", ["not_working", "overfitting", "underfitting"])
def test_once_an_algorithm_works_earlier_failures_no_longer_hold_the_case_up(consult, diabetes,
                                                                             failed):
    tried = [{"algorithm": "SVC", "outcome": failed},
             {"algorithm": "LogisticRegression", "outcome": "good"}]
    advice = consult(**diabetes, tried=tried)
    assert (advice.step, advice["next_step"]["rule"]) == ("Deployment", "good_result_finalize")
    assert advice.question == "deployed"


# -- the fact vocabulary as the page builds its inputs from it (GET /api/facts) ---------------

def vocabulary(client, lang: str = "en") -> dict[str, dict]:
    answer = client.get(f"/api/facts?lang={lang}")
    assert answer.status_code == 200
    return {f["name"]: f for f in answer.get_json()["facts"]}


def test_the_page_is_told_each_count_and_share_with_its_bounds(client):
    facts = vocabulary(client)
    assert {k: facts["n_samples"].get(k) for k in ("kind", "many", "minimum", "maximum")} == \
        {"kind": "int", "many": False, "minimum": 0, "maximum": None}
    assert facts["n_samples"]["allowed"] == "an integer >= 0"
    assert (facts["n_classes"]["minimum"], facts["n_classes"]["allowed"]) == (2, "an integer >= 2")
    share = facts["minority_share"]
    assert (share["kind"], share["minimum"], share["maximum"], share["allowed"]) == \
        ("float", 0, 0.5, "a number from 0 to 0.5")
    assert "choices" not in share and "max_length" not in share
    assert vocabulary(client, "tr")["minority_share"]["allowed"] == "0 ile 0,5 arasında bir sayı"


def test_the_page_is_told_the_choices_of_a_flag_a_list_and_a_report(client):
    en, tr = vocabulary(client), vocabulary(client, "tr")
    assert en["labeled"]["choices"] == [{"value": "true", "label": "Yes"},
                                        {"value": "false", "label": "No"}]
    assert [c["label"] for c in tr["labeled"]["choices"]] == ["Evet", "Hayır"]
    assert "minimum" not in en["labeled"]
    types = en["feature_types"]
    assert (types["kind"], types["many"]) == ("list", True)
    assert [c["value"] for c in types["choices"]] == ["nominal", "ordinal", "discrete",
                                                      "continuous", "boolean", "datetime", "text"]
    tried = en["tried"]
    assert (tried["kind"], tried["many"]) == ("tried", True)
    assert [c["value"] for c in tried["choices"]] == ["good", "not_working", "overfitting",
                                                      "underfitting"]
    assert [c["label"] for c in tried["choices"]][:2] == ["good", "not working"]


def test_the_page_is_told_the_goal_is_a_text_of_500_characters_at_most(client):
    goal = vocabulary(client)["goal"]
    assert (goal["kind"], goal["max_length"]) == ("text", 500)
    assert goal["allowed"] == "a non-empty text of at most 500 characters"
    assert goal["help"] == "what the project should achieve, in a few words"
    assert "choices" not in goal and "minimum" not in goal


# -- the same vocabulary in the OpenAPI description (GET /openapi.json) -----------------------

def test_the_interface_description_gives_each_fact_its_json_schema(client):
    facts = client.get("/openapi.json").get_json()["components"]["schemas"]["Facts"]["properties"]
    def schema(name):
        return {k: v for k, v in facts[name].items() if k != "description"}
    assert schema("n_samples") == {"type": "integer", "minimum": 0, "maximum": 2 ** 53}
    assert schema("minority_share") == {"type": "number", "minimum": 0, "maximum": 0.5}
    assert schema("labeled") == {"type": "boolean"}
    assert schema("task")["enum"][0] == "classification" and schema("task")["type"] == "string"
    assert schema("feature_types") == {"type": "array", "minItems": 1, "items": {
        "type": "string", "enum": ["nominal", "ordinal", "discrete", "continuous", "boolean",
                                   "datetime", "text"]}}
    assert schema("goal") == {"type": "string", "minLength": 1, "maxLength": 500}
    assert schema("tried") == {"type": "array",
                               "items": {"$ref": "#/components/schemas/TriedEntry"}}


# -- the facts a stored case keeps, as its graph types them (SPARQL) --------------------------

def test_a_stored_case_types_each_fact_by_its_kind(client):
    facts = {"has_outliers": True, "n_samples": 768, "missing_ratio": 0.25,
             "task": "classification", "feature_types": ["nominal", "continuous"],
             "goal": "predict churn"}
    case = client.post("/api/cases", json={"facts": facts}).get_json()
    query = f"""SELECT ?fact ?value (DATATYPE(?value) AS ?type) WHERE {{
        GRAPH <{case_iri(case['id'])}> {{
            ?case ?f ?value FILTER(STRSTARTS(STR(?f), STR(fact:)))
            BIND(STRAFTER(STR(?f), "#") AS ?fact) }} }}"""
    xsd = "http://www.w3.org/2001/XMLSchema#"
    stored = sorted((b["fact"]["value"], b["value"]["value"], b["type"]["value"].removeprefix(xsd))
                    for b in select(client, query))
    assert stored == [("feature_types", "continuous", "string"),
                      ("feature_types", "nominal", "string"),
                      ("goal", "predict churn", "string"),
                      ("has_outliers", "true", "boolean"),
                      ("missing_ratio", "0.25", "double"),
                      ("n_samples", "768", "integer"),
                      ("task", "classification", "string")]
    # and links a value that names a concept of the ontology to it
    query = f"""SELECT ?fact ?concept WHERE {{ GRAPH <{case_iri(case['id'])}> {{
            ?r kb:fact ?f ; kb:valueConcept ?c .
            BIND(STRAFTER(STR(?f), "#") AS ?fact) BIND(STRAFTER(STR(?c), "#") AS ?concept) }} }}"""
    assert sorted((b["fact"]["value"], b["concept"]["value"]) for b in select(client, query)) == \
        [("feature_types", "Continuous"), ("feature_types", "Nominal"),
         ("task", "Classification")]


def select(client, query: str) -> list[dict]:
    answer = client.get("/sparql", query_string={"query": query},
                        headers={"Accept": "application/sparql-results+json"})
    assert answer.status_code == 200, answer.get_data(as_text=True)
    return answer.get_json()["results"]["bindings"]


@pytest.mark.parametrize("outcome, step", [("not_working", "AlgorithmSelection"),
                                           ("overfitting", "Regularization"),
                                           ("underfitting", "FeatureGeneration")])
def test_a_reported_outcome_is_answered_first_even_with_biased_data(consult, diabetes, outcome,
                                                                    step):
    # biased data makes collecting again due (a step of the Data stage, before these), but
    # the reaction to what the person just reported comes first; the bias stays a warning
    advice = consult(**{**diabetes, "unbiased": False},
                     tried=[{"algorithm": "LogisticRegression", "outcome": outcome}])
    assert advice.step == step
    assert advice.get("SamplingBias", "warning") is not None


# -- facts accepted and refused (the messages a person reads) ---------------------------------

def test_the_upper_bounds_of_shares_are_allowed(consult):
    advice = consult(task="classification", minority_share=0.5, missing_ratio=1)
    assert advice["facts"]["minority_share"] == 0.5 and advice["facts"]["missing_ratio"] == 1.0
    assert "ImbalancedClasses" not in chosen(advice)   # half the rows: as even as two classes get


@pytest.mark.parametrize("facts, message", [
    ({"minority_share": -0.1}, "fact 'minority_share': is out of range; "
                               "allowed: a number from 0 to 0.5"),
    ({"missing_ratio": 1.0001}, "fact 'missing_ratio': is out of range; "
                                "allowed: a number from 0 to 1"),
    ({"n_classes": 2.5}, "fact 'n_classes': 2.5 is not allowed; allowed: an integer >= 2"),
    # a negative fraction is named for what it is, not for being below the bound
    ({"n_samples": -2.5}, "fact 'n_samples': -2.5 is not allowed; allowed: an integer >= 0"),
])
def test_a_share_or_count_out_of_its_bounds_is_refused(consult, facts, message):
    with pytest.raises(FactError) as refused:
        consult(**facts)
    assert str(refused.value) == message


def test_a_single_report_need_not_be_in_a_list(consult, diabetes):
    advice = consult(**diabetes, tried={"algorithm": "svc", "outcome": "good"})
    assert advice["facts"]["tried"] == [{"algorithm": "SVC", "outcome": "good"}]
    assert advice.step == "Deployment"


def test_a_name_close_to_no_algorithm_gets_no_suggestion():
    with pytest.raises(FactError) as refused:
        normalize_facts({"tried": [{"algorithm": "Qwxyz", "outcome": "good"}]})
    assert "did you mean" not in str(refused.value)
    assert str(refused.value.detail).startswith("allowed: one of the ontology's ")


def test_the_share_that_makes_classes_imbalanced_is_explained(client):
    share = vocabulary(client)["minority_share"]
    assert share["help"] == ("share of the rarest class; under 40% of an even share (0.2 with "
                             "two classes) counts as imbalanced")
    assert "%40" in vocabulary(client, "tr")["minority_share"]["help"]


def test_a_fact_typed_after_fact_is_read_as_json_or_else_as_plain_text(capsys):
    # `mlwf advise --fact k=v`, in this process: numbers and lists as JSON, words as text
    import json

    from mlwf.cli.main import main
    code = main(["advise", "--fact", "goal=predict churn", "--fact", "n_samples=768",
                 "--fact", 'feature_types=["nominal", "continuous"]', "--json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["facts"] == {
        "goal": "predict churn", "n_samples": 768, "feature_types": ["nominal", "continuous"]}


@pytest.mark.parametrize("entry", [{"algorithm": "SVC"},
                                   {"algorithm": "SVC", "outcome": "good", "note": "fast"}])
def test_a_report_needs_exactly_an_algorithm_and_an_outcome(consult, entry):
    with pytest.raises(FactError) as refused:
        consult(tried=[entry])
    assert str(refused.value.message) == \
        "fact 'tried': each entry needs exactly the keys 'algorithm' and 'outcome'"


def test_a_fact_named_facts_read_from_a_request_is_refused_by_that_name():
    # a name read from a request is a new string, not the literal of the code
    name = "".join(["fac", "ts"])
    with pytest.raises(FactError) as refused:
        normalize_facts({name: 1})
    assert str(refused.value.message) == "fact 'facts': unknown fact name \"facts\""
