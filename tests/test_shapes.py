"""SHACL shapes for case graphs: generated from the fact vocabulary, shipped, met by every
case the app writes, and a broken case graph refused with a message naming what is wrong."""
import pytest
from rdflib import Graph, Literal, URIRef

from mlwf.kb.cases import Cases
from mlwf.kb.namespaces import FACT, KB, case_iri
from mlwf.kb.shapes import check_case, shapes_path, shapes_turtle, validate
from mlwf.kb.store import EmbeddedStore
from mlwf.ontology.errors import InvalidInput
from mlwf.rules.facts import SPECS


def test_shipped_shapes_are_generated_from_the_fact_vocabulary():
    assert shapes_path().read_text(encoding="utf-8") == shapes_turtle(), \
        "kb/case-shapes.ttl is stale: run python -m mlwf.kb.shapes --write"
    g = Graph().parse(shapes_path())
    paths = {str(o) for o in g.objects(None, URIRef("http://www.w3.org/ns/shacl#path"))}
    assert {str(FACT[name]) for name in SPECS} <= paths


@pytest.fixture
def store(tmp_path):
    s = EmbeddedStore(tmp_path / "store")
    yield s
    s.close()


def _full_case(cases):
    case_id = cases.create({"goal": "predict churn", "task": "classification", "n_samples": 5000,
                            "feature_types": ["nominal", "continuous"], "missing_ratio": 0.2,
                            "has_outliers": True, "class_balance": "imbalanced", "n_classes": 2})
    cases.assert_facts(case_id, {"tried": [{"algorithm": "LogisticRegression", "outcome": "underfitting"}]})
    cases.assert_facts(case_id, {"tried": [{"algorithm": "LogisticRegression", "outcome": "good"}],
                                 "n_samples": 6000})
    cases.retract(case_id, "goal")
    return case_id


def test_a_case_with_history_conforms(store):
    cases = Cases(store)
    case_id = _full_case(cases)
    conforms, messages = validate(cases.graph(case_id))
    assert conforms, messages


@pytest.mark.parametrize("break_it, expected", [
    (lambda g, c: g.set((c, FACT.n_samples, Literal(-3))), "fact:n_samples"),
    (lambda g, c: g.set((c, FACT.task, Literal("cooking"))), "fact:task"),
    (lambda g, c: g.add((c, FACT.has_outliers, Literal("yes"))), "fact:has_outliers"),
    (lambda g, c: g.remove((c, KB.created, None)), "kb:created"),
    (lambda g, c: g.add((URIRef(str(c) + "/assertion/x"), URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                         KB.FactAssertion)), "prov:wasAttributedTo"),
])
def test_a_broken_case_graph_is_refused_naming_the_fault(store, break_it, expected):
    cases = Cases(store)
    case_id = _full_case(cases)
    g = cases.graph(case_id)
    break_it(g, URIRef(case_iri(case_id)))
    with pytest.raises(InvalidInput) as err:
        check_case(g)
    assert "does not conform to the case shapes" in str(err.value.message)
    assert expected in err.value.detail
    # And the import path refuses it whole: nothing is stored.
    cases.delete(case_id)
    with pytest.raises(InvalidInput):
        cases.import_case(g.serialize(format="turtle"))
    assert not cases.exists(case_id)


def test_a_valid_case_graph_imports(store, tmp_path):
    cases = Cases(store)
    case_id = _full_case(cases)
    data = cases.graph(case_id).serialize(format="turtle")
    facts = cases.facts(case_id)
    cases.delete(case_id)
    assert cases.import_case(data) == case_id
    assert cases.facts(case_id) == facts


def test_recommendations_are_explained_in_english_and_turkish(store):
    """A SPARQL user reading a case in Turkish finds Turkish: each recommendation's
    explanation is stored once per language, and the shapes hold the graph to that."""
    from rdflib import RDF

    from mlwf.ontology import i18n
    cases = Cases(store)
    case_id = _full_case(cases)
    g = cases.graph(case_id)
    recs = list(g.subjects(RDF.type, KB.Recommendation))
    assert recs
    for rec in recs:
        langs = sorted(o.language for o in g.objects(rec, KB.explanation))
        assert langs == ["en", "tr"], rec
    # Two English explanations, or one in a language the app does not speak, break the shape,
    # and the violation is named in the language of whoever imports the graph.
    rec = recs[0]
    g.add((rec, KB.explanation, Literal("another one", lang="en")))
    g.add((rec, KB.explanation, Literal("encore", lang="fr")))
    with i18n.use("tr"), pytest.raises(InvalidInput) as err:
        check_case(g)
    with i18n.use("tr"):
        assert str(err.value.message).startswith("danışma grafı danışma şekillerine uymuyor (2 ihlal)")
    assert err.value.detail.count("kb:explanation") == 2


def test_a_fact_violation_is_named_in_the_readers_language(store):
    from mlwf.ontology import i18n
    cases = Cases(store)
    g = cases.graph(_full_case(cases))
    case = next(g.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), KB.Case))
    g.set((case, FACT.missing_ratio, Literal(1.5)))
    with i18n.use("tr"):
        conforms, tr = validate(g)
    conforms, en = validate(g)
    assert not conforms
    assert len(en) == len(tr) == 1
    assert en[0].endswith("fact:missing_ratio (value '1.5'): fact missing_ratio: a number from 0 to 1")
    assert tr[0].endswith("missing_ratio olgusu: 0 ile 1 arasında bir sayı") and "(değer '1.5')" in tr[0]
