"""Faults: a server killed with -9 while clients assert facts, and a store that goes away.

Each client thread owns one case and asserts, request after request, n_samples = n,
n_features = n and a `tried` entry that also encodes n. After a crash and a restart:
every acknowledged request is there (n is at least the last acknowledged one) and none is
half-written (all three facts come from the same request).

The tests wait for what they need to have happened (every client acknowledged, every
client refused while the server is down), never for a fixed time: on a loaded machine a
second may pass before the first request is answered.
"""
import http.client
import threading
import time

import pytest

from stores import OxigraphServer, call, free_port, mlwf_serve, sparql

pytestmark = pytest.mark.slow

ALGORITHMS = ["LinearSVC", "LogisticRegression", "RandomForestClassifier", "GaussianNB", "SVC"]
OUTCOMES = ["good", "not_working", "overfitting", "underfitting"]


def _request(n: int) -> dict:
    return {"n_samples": n, "n_features": n,
            "tried": [{"algorithm": ALGORITHMS[n % 5], "outcome": OUTCOMES[n % 4]}]}


class Clients:
    """Threads asserting facts into their own cases until stopped."""

    def __init__(self, base: str, n_cases: int = 4):
        self.base = base
        self.cases = [call("POST", base + "/api/cases", {"facts": {"goal": "survive"}})[1]["id"]
                      for _ in range(n_cases)]
        self.acked = {c: 0 for c in self.cases}
        self.sent = {c: 0 for c in self.cases}
        self.errors: list[tuple[int, dict]] = []
        self.failed = {c: 0 for c in self.cases}  # requests not acknowledged, for any reason
        self.changed = threading.Condition()
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self._run, args=(c,)) for c in self.cases]

    def _run(self, case: str) -> None:
        n = 0
        while not self.stopping.is_set():
            n += 1
            self.sent[case] = n
            try:
                status, body = call("POST", f"{self.base}/api/cases/{case}/facts",
                                    {"facts": _request(n)}, timeout=10)
            except (OSError, http.client.HTTPException):
                # the app itself is down (the embedded case); killed mid-answer, it leaves a
                # response cut short (IncompleteRead), which is no OSError
                status, body = None, None
            with self.changed:
                if status == 200:
                    self.acked[case] = n
                else:
                    self.failed[case] += 1
                    if status is not None:
                        self.errors.append((status, body))
                self.changed.notify_all()
            if status != 200:
                time.sleep(0.05)

    def wait_for(self, condition, what: str, timeout: float = 120) -> None:
        """Block until ``condition()`` holds (checked whenever a request ends): a generous
        deadline, only there so that a broken server fails the test instead of hanging it."""
        with self.changed:
            if not self.changed.wait_for(condition, timeout):
                raise AssertionError(f"after {timeout:.0f} s still not {what}: "
                                     f"acknowledged {self.acked}, failed {self.failed}, "
                                     f"errors {self.errors[:3]}")

    def wait_acknowledged(self, after: dict | None = None) -> None:
        """Until every client has a request acknowledged (after ``after``, a snapshot of acked)."""
        before = dict(after or {c: 0 for c in self.cases})
        self.wait_for(lambda: all(self.acked[c] > before[c] for c in self.cases),
                      "every client acknowledged")

    def wait_refused(self) -> None:
        """Until every client has had a request fail from now on (the server is down)."""
        before = dict(self.failed)
        self.wait_for(lambda: all(self.failed[c] > before[c] for c in self.cases),
                      "every client refused")

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for t in self.threads:
            t.join(30)

    def check(self, base: str) -> None:
        assert all(self.acked.values()), f"no request was acknowledged: {self.errors[:3]}"
        for case in self.cases:
            status, seen = call("GET", f"{base}/api/cases/{case}")
            assert status == 200, seen
            facts = seen["facts"]
            n = facts["n_samples"]
            assert self.acked[case] <= n <= self.sent[case], (case, self.acked[case], n)
            assert facts["n_features"] == n, "half-written: facts of two requests mixed"
            tried = {t["algorithm"]: t["outcome"] for t in facts["tried"]}
            assert tried[ALGORITHMS[n % 5]] == OUTCOMES[n % 4], "half-written tried"


def test_kill_9_of_mlwf_on_the_embedded_store(tmp_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    app = mlwf_serve(port, ["--store", str(tmp_path / "store")], tmp_path / "app.log")
    try:
        with Clients(base) as clients:
            clients.wait_acknowledged()
            app.kill()
            clients.wait_refused()  # every client has met the crash
        app = mlwf_serve(port, ["--store", str(tmp_path / "store")], tmp_path / "app.log")
        clients.check(base)
    finally:
        app.stop()


@pytest.fixture
def own_oxigraph(tmp_path):
    """An Oxigraph server this test may kill and restart (on the same port and data)."""
    server = OxigraphServer(tmp_path / "oxigraph").start()
    yield server
    server.stop()


@pytest.fixture
def app_on_own_oxigraph(own_oxigraph, tmp_path):
    port = free_port()
    app = mlwf_serve(port, own_oxigraph.serve_args(), tmp_path / "app.log")
    yield f"http://127.0.0.1:{port}"
    app.stop()


def _wait_healthy(base: str, timeout: float = 20) -> None:
    deadline = time.time() + timeout
    while call("GET", base + "/health")[0] != 200:
        assert time.time() < deadline, "the app did not recover when the store came back"
        time.sleep(0.2)


def test_kill_9_of_the_oxigraph_server(own_oxigraph, app_on_own_oxigraph):
    base = app_on_own_oxigraph
    with Clients(base) as clients:
        clients.wait_acknowledged()
        own_oxigraph.kill()
        clients.wait_refused()  # every client was told the store is down
        acked = dict(clients.acked)
        own_oxigraph.start()
        clients.wait_acknowledged(after=acked)  # and every client is served again
    _wait_healthy(base)
    clients.check(base)
    # While the store was down the clients were told so, clearly.
    assert clients.errors and all(status == 503 for status, _ in clients.errors), [
        e for e in clients.errors if e[0] != 503][:3]
    assert all(set(body) == {"error", "detail"} for _, body in clients.errors)


def test_the_store_going_away_gives_503_and_the_app_recovers(own_oxigraph, app_on_own_oxigraph):
    base = app_on_own_oxigraph
    _, case = call("POST", base + "/api/cases", {"facts": {"n_samples": 100}})
    own_oxigraph.stop()
    for method, path, doc in [("GET", "/health", None), ("GET", f"/api/cases/{case['id']}", None),
                              ("POST", f"/api/cases/{case['id']}/facts", {"facts": {"skewed": True}}),
                              ("POST", "/api/cases", {"facts": {}})]:
        status, body = call(method, base + path, doc)
        assert status == 503, (path, body)
        assert set(body) == {"error", "detail"} and "SPARQL server" in body["error"], body
    status, body = call("GET", base + "/sparql?query=" + "ASK%7B%7D")
    assert status == 503 and body["error"], body
    # /api/advise needs no store: it keeps working.
    assert call("POST", base + "/api/advise", {"facts": {"n_samples": 5}})[0] == 200

    own_oxigraph.start()
    _wait_healthy(base)
    status, seen = call("GET", f"{base}/api/cases/{case['id']}")
    assert status == 200 and seen["facts"]["n_samples"] == 100
    assert call("POST", f"{base}/api/cases/{case['id']}/facts", {"facts": {"skewed": True}})[0] == 200
    rows = sparql(base, f"SELECT ?s WHERE {{ <https://w3id.org/mlwf/case/{case['id']}> fact:skewed ?s }}")
    assert [r["s"] for r in rows] == ["true"]
