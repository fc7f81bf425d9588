"""Real clients against a live server on a free loopback port."""
import json
import shutil
import subprocess
import sys
import threading
import urllib.request
import zipfile
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from conftest import free_port as _free_port, serve_mlwf as _serve
from stores import missing

pytestmark = pytest.mark.slow

STAGES = """SELECT ?stage ?label WHERE { ?stage rdfs:subClassOf mlwf:WorkflowStage ;
  rdfs:label ?label FILTER(lang(?label) = "en") } ORDER BY ?label"""
CONSTRUCT = """CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c skos:broader mlwf:Scaling ;
  rdfs:label ?l }"""
PREFIXES = ("PREFIX mlwf: <https://w3id.org/mlwf/ontology#>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n")


@pytest.fixture(scope="module")
def live(app):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fmt", ["JSON", "XML", "CSV", "TSV"])
def test_sparqlwrapper_select(live, method, fmt):
    import SPARQLWrapper as sw
    client = sw.SPARQLWrapper(live + "/sparql")
    client.setQuery(PREFIXES + STAGES)
    client.setMethod(getattr(sw, method))
    client.setReturnFormat(getattr(sw, fmt))
    result = client.query().convert()
    if fmt == "JSON":
        labels = [b["label"]["value"] for b in result["results"]["bindings"]]
    elif fmt == "XML":
        labels = [n.firstChild.data for n in result.getElementsByTagName("literal")]
    else:
        text = result.decode() if isinstance(result, bytes) else result
        labels = text.splitlines()[1:]
    assert len(labels) == 7 and any("Data Process" in label for label in labels)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_post_directly(live, method):
    import SPARQLWrapper as sw
    client = sw.SPARQLWrapper(live + "/sparql")
    client.setQuery(PREFIXES + STAGES)
    client.setMethod(getattr(sw, method))
    if method == "POST":
        client.setRequestMethod(sw.POSTDIRECTLY)
    client.setReturnFormat(sw.JSON)
    assert len(client.query().convert()["results"]["bindings"]) == 7


@pytest.mark.parametrize("fmt", ["TURTLE", "N3", "RDFXML", "JSONLD", "XML"])
def test_sparqlwrapper_construct(live, fmt):
    import SPARQLWrapper as sw
    from rdflib import Graph
    client = sw.SPARQLWrapper(live + "/sparql")
    client.setQuery(PREFIXES + CONSTRUCT)
    client.setReturnFormat(getattr(sw, fmt))
    result = client.query().convert()
    graph = result if isinstance(result, Graph) else Graph().parse(
        data=result, format={"TURTLE": "turtle", "N3": "n3", "JSONLD": "json-ld"}.get(fmt, "xml"))
    assert len(graph) >= 10


def test_sparqlwrapper_ask(live):
    import SPARQLWrapper as sw
    client = sw.SPARQLWrapper(live + "/sparql")
    client.setQuery(PREFIXES + "ASK { mlwf:RobustScaler rdfs:subClassOf mlwf:Scaler }")
    client.setReturnFormat(sw.JSON)
    assert client.query().convert()["boolean"] is True


def test_sparqlwrapper_update_is_refused(live):
    from urllib.error import HTTPError

    import SPARQLWrapper as sw
    client = sw.SPARQLWrapper(live + "/sparql")
    client.setQuery("INSERT DATA { <http://a> <http://b> <http://c> }")
    client.setMethod(sw.POST)
    # SPARQLWrapper has no exception of its own for 403: urllib's HTTPError comes through
    with pytest.raises(HTTPError) as err:
        client.query()
    assert err.value.code == 403
    assert "switched off" in json.loads(err.value.read())["error"]


def test_rdflib_sparqlstore(live):
    from rdflib import Graph, URIRef
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    graph = Graph(store=SPARQLStore(live + "/sparql", returnFormat="json"))
    rows = list(graph.query(PREFIXES + STAGES))
    assert len(rows) == 7
    scaling = URIRef("https://w3id.org/mlwf/ontology#Scaling")
    broader = URIRef("http://www.w3.org/2004/02/skos/core#broader")
    assert len(list(graph.triples((None, broader, scaling)))) >= 5


def _post(url, doc):
    request = urllib.request.Request(url, data=json.dumps(doc).encode(),
                                     headers={"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(request, timeout=10))


def test_cases_survive_a_restart(tmp_path):
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = _serve(tmp_path / "store", port)
    try:
        case = _post(base + "/api/cases", {"facts": {"goal": "predict diabetes", "n_samples": 768}})
        _post(f"{base}/api/cases/{case['id']}/facts", {"facts": {"has_outliers": True}})
    finally:
        server.terminate()
        server.wait(10)
    server = _serve(tmp_path / "store", port)
    try:
        again = json.load(urllib.request.urlopen(f"{base}/api/cases/{case['id']}", timeout=10))
        assert again["facts"]["n_samples"] == 768 and again["facts"]["has_outliers"] is True
    finally:
        server.terminate()
        server.wait(10)


def test_a_second_server_on_the_same_store_is_refused_clearly(tmp_path):
    port = _free_port()
    server = _serve(tmp_path / "store", port)
    try:
        out = subprocess.run([sys.executable, "-m", "mlwf.cli", "serve", "--port",
                              str(_free_port()), "--store", str(tmp_path / "store")],
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 1  # the command was right; the store is busy (cli/errors.py)
        assert "cannot open the store" in out.stderr and "Traceback" not in out.stderr
    finally:
        server.terminate()
        server.wait(10)


# -- Jena's rsparql (Debian's libapache-jena-java) ---------------------------------------------

JAVA_LIB = Path("/usr/share/java")
JENA_CLASSPATH = ["jena-cmds", "jena-arq", "jena-base", "jena-core", "jena-iri", "jena-rdfconnection", "jena-shacl", "jena-shex", "jena-tdb", "jena-tdb2", "jena-dboe-base", "jena-dboe-index", "jena-dboe-storage", "jena-dboe-trans-data", "jena-dboe-transaction", "slf4j-api", "slf4j-simple", "commons-cli", "commons-lang3", "commons-io", "commons-codec", "commons-compress", "commons-csv", "jackson-core", "jackson-databind", "jackson-annotations", "gson", "guava", "httpclient", "httpcore", "thrift", "protobuf", "dexx.collection", "jsonld-java", "titanium-json-ld", "jakarta.json-api"]


@pytest.fixture(scope="module")
def rsparql(tmp_path_factory):
    """``rsparql ARGS...`` as Jena's command runs it."""
    java = shutil.which("java")
    if not java or not (JAVA_LIB / "jena-cmds.jar").exists():
        missing("Jena (rsparql)", "apt-get install libapache-jena-java; .ci/run does it")
    # Debian's Jena 4.5 moves xerces' classes to the package `xerces` but leaves their
    # message bundles under org/apache/jena/ext/xerces, and without them its XSD
    # datatypes fail to initialise ("internal error"): put the bundles where the classes
    # look for them.
    bundles = tmp_path_factory.mktemp("jena-xerces-bundles")
    prefix = "org/apache/jena/ext/xerces/"
    with zipfile.ZipFile(JAVA_LIB / "jena-core.jar") as jar:
        for name in jar.namelist():
            if name.startswith(prefix) and name.endswith(".properties"):
                target = bundles / "xerces" / name[len(prefix):]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    classpath = ":".join([str(bundles)] + [str(JAVA_LIB / f"{jar}.jar") for jar in JENA_CLASSPATH
                                           if (JAVA_LIB / f"{jar}.jar").exists()])

    def run(*args: str) -> str:
        out = subprocess.run([java, "-cp", classpath, "arq.rsparql", *args],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stdout + out.stderr
        return out.stdout
    return run


@pytest.mark.parametrize("fmt, read", [
    ("json", lambda out: [b["label"]["value"] for b in json.loads(out)["results"]["bindings"]]),
    ("xml", lambda out: out), ("csv", lambda out: out), ("tsv", lambda out: out),
    ("text", lambda out: out)])
def test_jena_rsparql_select(live, rsparql, tmp_path, fmt, read):
    query = tmp_path / "stages.rq"
    query.write_text(PREFIXES + STAGES)
    labels = read(rsparql("--service", f"{live}/sparql", "--query", str(query), "--results", fmt))
    assert "Feature Engineering" in labels and "Goal Evaluation" in labels


def test_jena_rsparql_construct(live, rsparql, tmp_path):
    query = tmp_path / "scalers.rq"
    query.write_text(PREFIXES + CONSTRUCT)
    turtle = rsparql("--service", f"{live}/sparql", "--query", str(query))
    from rdflib import Graph, Literal
    graph = Graph().parse(data=turtle, format="turtle")
    assert Literal("Robust Scaler", lang="en") in set(graph.objects())
