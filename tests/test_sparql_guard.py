"""The SPARQL guard reads a query before execution: what it is, and whether it could make
the server write or fetch anything."""
import pytest

from mlwf.kb.sparql_guard import QueryRefused, inspect_query
from mlwf.server.errors import status_of  # the HTTP status each kind is answered with


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
    assert status_of(err.value) == status
    assert fragment in f"{err.value.message} {err.value.detail}"


def test_from_clauses_are_collected_for_checking():
    info = inspect_query("SELECT * FROM <http://a/g> FROM NAMED <http://b/g> WHERE { ?s ?p ?o }")
    assert info.from_graphs == ["http://a/g"] and info.from_named == ["http://b/g"]


PREFIXES = {"rdfs": "http://www.w3.org/2000/01/rdf-schema#"}


@pytest.mark.parametrize("query", [
    "SELECT ?x WHERE { #c\rSERVICE <http://127.0.0.1:1/x> { ?x ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o #c\rSERVICE <http://127.0.0.1:1/x> { ?a ?b ?c }\n}",
    "SELECT * WHERE { ?s ?p ?o #c\r\nSERVICE <http://127.0.0.1:1/x> { ?a ?b ?c }\n}",
    "SELECT * WHERE { { SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } } } }",
    "ASK { FILTER EXISTS { SERVICE <http://x/> { ?s ?p ?o } } }",
])
def test_service_is_found_wherever_it_hides(query):
    with pytest.raises(QueryRefused) as err:
        inspect_query(query)
    assert status_of(err.value) == 403 and "SERVICE" in str(err.value.message)


def test_both_parsers_read_the_same_text():
    from mlwf.kb.sparql_guard import prepare
    # A CR ends a comment for oxigraph: it becomes the LF that ends it for rdflib too.
    assert prepare("ASK {} #c\rLIMIT 1") == "ASK {} #c\nLIMIT 1"
    # rdflib expands \u escapes before parsing; so it is done once, for both.
    assert prepare('SELECT ?x { BIND("\\u0041" AS ?x) }') == 'SELECT ?x { BIND("A" AS ?x) }'
    with pytest.raises(QueryRefused, match="escape"):
        prepare('SELECT ?x { BIND("\\u005Cu0022" AS ?x) }')
    with pytest.raises(QueryRefused, match="not a character"):
        prepare('SELECT ?x { BIND("\\uD800" AS ?x) }')


def test_relative_iris_resolve_against_the_base_and_from_is_collected():
    info = inspect_query("BASE <http://own/> SELECT * FROM <g> FROM NAMED <n> WHERE { ?s ?p ?o }",
                         base="http://endpoint/sparql")
    assert info.from_graphs == ["http://own/g"] and info.from_named == ["http://own/n"]
    info = inspect_query("SELECT * FROM <g> WHERE { ?s ?p ?o }", base="http://endpoint/sparql")
    assert info.from_graphs == ["http://endpoint/g"]


def test_prefixes_are_known_and_errors_keep_the_persons_positions():
    assert inspect_query("SELECT * { ?s rdfs:label ?o }", prefixes=PREFIXES).form == "SELECT"
    with pytest.raises(QueryRefused) as err:
        inspect_query("SELECT *\nWHERE {\n  ?s ?p\n}", prefixes=PREFIXES)
    assert str(err.value.detail).startswith("line 3, column 3")


@pytest.mark.parametrize("value", ["", "relative", "http://a b", "http://x> } SERVICE <http://y",
                                   "ht tp://x", "x" * 10_000])
def test_graph_iris_must_be_absolute(value):
    from mlwf.kb.sparql_guard import absolute_iri
    with pytest.raises(QueryRefused) as err:
        absolute_iri(value, "default-graph-uri")
    assert status_of(err.value) == 400 and len(str(err.value.message)) < 150


@pytest.mark.parametrize("update, fragment", [
    ("LOAD <http://example.org/x>", "LOAD"),
    ("#x\rLOAD <http://127.0.0.1:1/x> INTO GRAPH <urn:l>", "LOAD"),
    ("INSERT { ?s ?p ?o } WHERE { SERVICE <http://x/> { ?s ?p ?o } }", "SERVICE"),
    ("CLEAR ALL ; LOAD SILENT <file:///etc/passwd>", "LOAD"),
])
def test_updates_that_fetch_are_refused_unrun(update, fragment):
    from mlwf.kb.sparql_guard import inspect_update
    with pytest.raises(QueryRefused) as err:
        inspect_update(update)
    assert status_of(err.value) == 403 and fragment in str(err.value.message)


def test_using_parameters_go_before_each_where_and_only_there():
    from mlwf.kb.sparql_guard import inspect_update, with_using
    update = ("INSERT { ?s ?p 'WHERE { }' } WHERE { ?s ?p ?o FILTER(?o < 3) } ;\n"
              "INSERT DATA { <http://a> <http://b> \"\"\"}\nWHERE\"\"\" } ;\n"
              "DELETE { ?s ?p ?o } # WHERE {\nWHERE { ?s ?p ?o }")
    text = with_using(inspect_update(update), ["http://g"], ["http://n"])
    assert text.count("USING <http://g> USING NAMED <http://n> WHERE") == 2
    with pytest.raises(QueryRefused, match="conflict"):
        with_using(inspect_update("WITH <http://w> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"),
                   ["http://g"], [])
    with pytest.raises(QueryRefused, match="conflict"):
        with_using(inspect_update("DELETE { ?s ?p ?o } USING <http://u> WHERE { ?s ?p ?o }"),
                   [], ["http://g"])
    with pytest.raises(QueryRefused, match="DELETE WHERE"):
        with_using(inspect_update("DELETE WHERE { ?s ?p ?o }"), ["http://g"], [])
