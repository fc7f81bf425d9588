"""The SPARQL guard reads a query before execution: what it is, and whether it could make
the server write or fetch anything."""
import pytest

from mlwf.kb.sparql_guard import QueryRefused, inspect_query


@pytest.mark.parametrize("query, form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("PREFIX ex: <http://ex/>\n# a comment with CONSTRUCT\nASK { ?s ex:p 'SERVICE' }", "ASK"),
    ("BASE <http://x/> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("describe <http://w3id.org/mlwf/ontology#RobustScaler>", "DESCRIBE"),
    ('SELECT ?x WHERE { BIND("""LOAD <http://evil/> """ AS ?x) }', "SELECT"),
    ("SELECT ?load WHERE { ?load ?service ?o }", "SELECT"),
])
def test_query_form_ignores_strings_comments_and_variables(query, form):
    assert inspect_query(query).form == form


@pytest.mark.parametrize("query, status, fragment", [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", 403, "SERVICE"),
    ("select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }", 403, "SERVICE"),
    ("LOAD <http://example.org/data.ttl>", 403, "update"),
    ("INSERT DATA { <http://a> <http://b> <http://c> }", 403, "update"),
    ("PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }", 403, "update"),
    ("DROP ALL", 403, "update"),
    ("", 400, "empty"),
    ("hello world", 400, "SelectQuery | ConstructQuery | DescribeQuery | AskQuery"),
])
def test_refused_before_execution(query, status, fragment):
    with pytest.raises(QueryRefused) as err:
        inspect_query(query)
    assert err.value.status == status
    assert fragment in f"{err.value.message} {err.value.detail}"


def test_from_clauses_are_collected_for_checking():
    info = inspect_query("SELECT * FROM <http://a/g> FROM NAMED <http://b/g> WHERE { ?s ?p ?o }")
    assert info.from_graphs == ["http://a/g"] and info.from_named == ["http://b/g"]
