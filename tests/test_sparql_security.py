"""The SPARQL endpoint under attack (issue 10), against a live `mlwf serve` with an admin
token, while a listener on another loopback port counts every connection it receives:
it must receive none. The README's "Security" section says what these prove."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

from stores import call, free_port, mlwf_serve

pytestmark = pytest.mark.slow

TOKEN = "security-test-admin-token-0123456789"
ADMIN = {"Authorization": f"Bearer {TOKEN}"}
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


class Listener:
    """A TCP listener standing in for every other host: it counts connections."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()


@pytest.fixture(scope="module")
def listener():
    it = Listener()
    yield it
    it.sock.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = tmp_path_factory.mktemp("security") / "store"
    port = free_port()
    process = mlwf_serve(port, ["--store", str(store)], env={"MLWF_ADMIN_TOKEN": TOKEN})
    yield f"http://127.0.0.1:{port}", process, store
    process.stop()


def post(base: str, body: bytes | str, content_type: str, headers: dict | None = None,
         path: str = "/sparql", timeout: float = 60):
    """(status, headers, body bytes) of a raw POST."""
    import urllib.error
    import urllib.request
    data = body.encode() if isinstance(body, str) else body
    request = urllib.request.Request(base + path, data=data, method="POST",
                                     headers={"Content-Type": content_type, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def get(base: str, params: list[tuple[str, str]], headers: dict | None = None):
    return call("GET", base + "/sparql?" + urllib.parse.urlencode(params), headers=headers)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def workers_of(pid: int) -> set[int]:
    children = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                children.add(int(entry.name))
    return children


@pytest.mark.parametrize("param", ["default-graph-uri", "named-graph-uri"])
def test_graph_iris_are_parsed_not_spliced(server, listener, param):
    base, process, _ = server
    injection = (f"https://w3id.org/mlwf/ontology> {{ ?s ?p ?o }} SERVICE <{listener.url}/x> "
                 "{ ?a ?b ?c } } #")
    cross = "https://w3id.org/mlwf/ontology> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } } #"
    for value in (injection, cross, "", "relative/graph"):
        status, body = get(base, [("query", COUNT), (param, value)])
        assert status == 400 and "not an absolute IRI" in body["error"], body
        assert len(body["error"]) < 200  # a short prefix of the value, not all of it
    assert rss_mb(process.process.pid) < 400
    assert listener.connections == 0


def test_a_comment_ended_by_cr_hides_nothing(server, listener):
    base, _, _ = server
    query = f"SELECT ?x WHERE {{ #c\rSERVICE <{listener.url}/x> {{ ?x ?p ?o }} }}"
    status, _, body = post(base, query, "application/sparql-query")
    assert status == 403 and b"SERVICE" in body
    # Hidden from rdflib's comment rule (LF only) but not from oxigraph's (CR too): the
    # text is normalised first, so both parsers read SERVICE.
    query = f"SELECT * WHERE {{ ?s ?p ?o #c\rSERVICE <{listener.url}/x> {{ ?a ?b ?c }}\n}}"
    status, _, body = post(base, query, "application/sparql-query")
    assert status == 403 and b"SERVICE" in body
    update = f"#x\rLOAD <{listener.url}/x> INTO GRAPH <urn:l>"
    status, _, body = post(base, update, "application/sparql-update", ADMIN)
    assert status == 403 and b"LOAD" in body
    assert listener.connections == 0


def test_unicode_escapes_cannot_make_the_parsers_disagree(server, listener):
    base, _, _ = server
    # oxigraph reads \u0022 as a quote inside the string; rdflib expands it everywhere
    # first. Expanded once before both parse, the SERVICE is seen and refused.
    query = (f'SELECT * WHERE {{ BIND("a\\u0022" AS ?x) SERVICE <{listener.url}/x> '
             '{ ?s ?p ?o } BIND("" AS ?y) }')
    status, _, _ = post(base, query, "application/sparql-query")
    assert status in (400, 403)
    status, _, body = post(base, "SELECT ?x WHERE { BIND(\"\\u005Cu0022\" AS ?x) }",
                           "application/sparql-query")
    assert status == 400 and b"escape" in body
    assert listener.connections == 0


def test_a_huge_body_is_refused_before_it_is_read(server):
    base, process, _ = server
    body = b"hello " * 7_500_000  # 45 MB of words
    status, _, answer = post(base, body, "application/sparql-query")
    assert status == 413 and b"1 MB" in answer
    words = b"hello " * 150_000  # 900 kB: under the cap, parsed in a worker, not here
    status, _, answer = post(base, words, "application/sparql-query")
    assert status == 400 and b"does not parse" in answer
    assert rss_mb(process.process.pid) < 400


def test_a_chunked_body_is_capped_too(server):
    """No Content-Length to look at: the body is read up to the cap and no further."""
    import http.client
    base, process, _ = server
    host, port = base.removeprefix("http://").split(":")
    for total, expected in ((2_000_000, 413), (6, 200)):
        connection = http.client.HTTPConnection(host, int(port), timeout=60)
        body = (b"ASK {}",) if total == 6 else (b"hello " * 10_000 for _ in range(total // 60_000))
        connection.request("POST", "/sparql", body=body, encode_chunked=True,
                           headers={"Content-Type": "application/sparql-query",
                                    "Transfer-Encoding": "chunked"})
        response = connection.getresponse()
        answer = response.read()
        assert response.status == expected, answer
        connection.close()
    assert rss_mb(process.process.pid) < 400


def test_from_relative_and_load_file(server, listener):
    base, _, _ = server
    status, body = get(base, [("query", "SELECT * FROM <relative> WHERE { ?s ?p ?o }")])
    assert status == 200 and body["results"]["bindings"] == []
    status, _, answer = post(base, "LOAD <file:///etc/passwd>", "application/sparql-update", ADMIN)
    assert status == 403 and b"LOAD" in answer
    status, _, answer = post(base, "LOAD <file:///etc/passwd>", "application/sparql-query")
    assert status == 403
    assert listener.connections == 0


def test_the_worker_survives_errors_and_reports_its_death_truly(server):
    base, process, _ = server
    assert get(base, [("query", COUNT)])[0] == 200
    workers = workers_of(process.process.pid)
    assert workers
    for query in ("SELECT * WHERE { ?s ?p }", "SELECT * WHERE { SERVICE ?x { ?s ?p ?o } }",
                  "SELECT (1/0 AS ?x) WHERE {}", "ASK { FILTER(REGEX('a', '(')) }",
                  "SELECT * { ?s undeclared:p ?o }"):
        assert get(base, [("query", query)])[0] in (200, 400, 403)
    assert get(base, [("query", COUNT)])[0] == 200
    assert workers_of(process.process.pid) == workers, "a query error cost a worker"
    # A worker that dies in the middle of a query is reported by its cause.
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"
    answer: list = []
    thread = threading.Thread(target=lambda: answer.append(get(base, [("query", runaway)])))
    thread.start()
    time.sleep(1.5)
    for pid in workers_of(process.process.pid):
        os.kill(pid, signal.SIGSEGV)
    thread.join(30)
    status, body = answer[0]
    assert status == 503 and "SIGSEGV" in body["error"], body
    assert get(base, [("query", COUNT)])[0] == 200


def test_the_worker_cannot_reach_the_network_or_other_files(tmp_path, listener):
    """Defence in depth, with the guard out of the way: SERVICE evaluated by the store in a
    confined process reaches nothing, and no file outside the snapshots opens."""
    import pyoxigraph as ox
    snapshots = tmp_path / "snapshots"
    snapshots.mkdir()
    store = ox.Store(str(tmp_path / "db"))
    store.update("INSERT DATA { <http://a> <http://b> <http://c> }")
    store.flush()
    store.backup(str(snapshots / "g1"))
    del store
    code = f"""
import socket, pyoxigraph as ox
from mlwf.kb.query_worker import _preload
from mlwf.kb.sandbox import confine
_preload()
c = confine({str(snapshots)!r})
print("complete", c.complete, c.describe())
st = ox.Store.read_only({str(snapshots / "g1")!r})
print("rows", len(list(st.query("SELECT * WHERE {{ ?s ?p ?o }}"))))
try:
    list(st.query("SELECT * WHERE {{ SERVICE <{listener.url}/sparql> {{ ?s ?p ?o }} }}"))
    print("service answered")
except OSError as e:
    print("service refused")
for name, attempt in [("passwd", lambda: open("/etc/passwd").read()),
                      ("write", lambda: open({str(tmp_path / "x")!r}, "w")),
                      ("tcp", lambda: socket.create_connection(("127.0.0.1", {listener.port}), 2))]:
    try:
        attempt(); print(name, "allowed")
    except OSError:
        print(name, "refused")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    if not lines[0].startswith("complete True"):
        if os.environ.get("CI"):
            pytest.fail(f"the worker cannot be confined in CI: {lines[0]}")
        pytest.skip(f"SKIPPED LOUDLY: this host cannot confine the worker: {lines[0]}")
    assert lines[1:] == ["rows 1", "service refused", "passwd refused", "write refused",
                         "tcp refused"]
    assert listener.connections == 0


def _snapshots(store: Path) -> list[str]:
    root = store / "snapshots"
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_snapshot_folders_never_pile_up(tmp_path):
    store, port = tmp_path / "store", free_port()
    base = f"http://127.0.0.1:{port}"
    app = mlwf_serve(port, ["--store", str(store)], env={"MLWF_ADMIN_TOKEN": TOKEN})
    try:
        for i in range(12):  # each update is a new generation, each query a snapshot of it
            status, _, _ = post(base, f"INSERT DATA {{ <urn:s> <urn:p> {i} }}",
                                "application/sparql-update", ADMIN)
            assert status == 204
            assert get(base, [("query", COUNT)])[0] == 200
        assert 1 <= len(_snapshots(store)) <= 3
        app.kill()  # a crash leaves its snapshots ...
        assert _snapshots(store)
        app = mlwf_serve(port, ["--store", str(store)], env={"MLWF_ADMIN_TOKEN": TOKEN})
        assert _snapshots(store) == []  # ... which the next start removes
        assert get(base, [("query", COUNT)])[0] == 200
        assert len(_snapshots(store)) == 1
    finally:
        app.stop()  # SIGTERM
    assert _snapshots(store) == []
