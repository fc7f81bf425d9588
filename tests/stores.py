"""Real servers for the scale-out and fault tests, started on loopback ports.

- ``mlwf serve`` processes (one, or gunicorn with several workers);
- the Oxigraph SPARQL server (the ``oxigraph`` CLI from PyPI, a test extra);
- Debian's Virtuoso 7.2 (apt package virtuoso-opensource), a private instance with its
  own virtuoso.ini and database in a temporary directory, and a user granted
  SPARQL_UPDATE, since updates go to /sparql-auth with HTTP digest authentication.

Logs go to files, not pipes: a busy server writing to a pipe nobody reads blocks once
the pipe is full. A server that does not come up fails the test with its log.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from optional import missing  # noqa: F401  (the one rule for missing tools; tests import it from here too)

VIRTUOSO_USER, VIRTUOSO_PASSWORD = "mlwf", "mlwf-test-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A child process that counts as up once ``ready_url`` answers 200."""

    def __init__(self, argv: list[str], ready_url: str, log: Path, env: dict | None = None):
        self.argv, self.ready_url, self.log, self.env = argv, ready_url, log, env
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 60) -> Server:
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(self.argv, stdout=log, stderr=subprocess.STDOUT,
                                            env=self.env, start_new_session=True)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                break
            try:
                urllib.request.urlopen(self.ready_url, timeout=2)
                return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise AssertionError(f"{self.argv[:3]} did not come up:\n{self.log.read_text()[-3000:]}")

    def kill(self) -> None:
        """kill -9: no clean-up, no flush, exactly what a crash leaves."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()
        if self.process:
            try:  # whatever it left behind in its session (workers orphaned by a kill -9)
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

    # The Popen interface the older tests use.
    def terminate(self) -> None:
        self.stop()

    def wait(self, timeout: float | None = None) -> int | None:
        return self.process.wait(timeout) if self.process else None


def mlwf_serve(port: int, args: list[str], log: Path | None = None,
               env: dict | None = None) -> Server:
    """`mlwf serve` on 127.0.0.1:port with extra arguments (--store, --store-url, --workers)."""
    if log is None:
        log = Path(tempfile.mkstemp(prefix="mlwf-serve-", suffix=".log")[1])
    argv = [sys.executable, "-m", "mlwf.cli", "serve", "--port", str(port), *args]
    return Server(argv, f"http://127.0.0.1:{port}/health", log,
                  {**os.environ, **(env or {})}).start()


# -- SPARQL servers ------------------------------------------------------------------------

class RemoteStore:
    """A SPARQL server and how mlwf is pointed at it."""

    name: str
    query_url: str
    update_url: str
    user: str | None = None
    password: str | None = None

    def serve_args(self) -> list[str]:
        args = ["--store-url", self.query_url, "--store-update-url", self.update_url]
        return args + (["--store-user", self.user] if self.user else [])

    def serve_env(self) -> dict:
        return {"MLWF_STORE_PASSWORD": self.password} if self.password else {}


class OxigraphServer(RemoteStore):
    name = "oxigraph"

    def __init__(self, location: Path):
        self.binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
        if not os.access(self.binary, os.X_OK):
            missing("the oxigraph server", "pip install oxigraph, a test extra in setup.cfg")
        self.location, self.port = location, free_port()
        base = f"http://127.0.0.1:{self.port}"
        self.query_url, self.update_url = base + "/query", base + "/update"
        # --union-default-graph: a query without GRAPH sees every graph, as on the
        # embedded store and on Virtuoso, so the same SPARQL works on all three.
        self.server = Server([self.binary, "serve", "--location", str(location), "--bind",
                              f"127.0.0.1:{self.port}", "--union-default-graph"],
                             self.query_url + "?query=ASK%7B%7D", location.parent / "oxigraph.log")

    def start(self) -> OxigraphServer:
        self.server.start()
        return self

    def kill(self) -> None:
        self.server.kill()

    def stop(self) -> None:
        self.server.stop()


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryMem = 256M
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 10
MaxClientConnections = 10
EnabledDavVSP = 0
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


class VirtuosoServer(RemoteStore):
    name = "virtuoso"

    def __init__(self, directory: Path):
        self.binary, self.isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
        if not (self.binary and self.isql):
            missing("Virtuoso", "apt-get install virtuoso-opensource; .ci/run does it")
        self.dir, self.sql_port, self.http_port = directory, free_port(), free_port()
        base = f"http://127.0.0.1:{self.http_port}"
        self.query_url, self.update_url = base + "/sparql", base + "/sparql-auth"
        self.user, self.password = VIRTUOSO_USER, VIRTUOSO_PASSWORD
        (directory / "virtuoso.ini").write_text(VIRTUOSO_INI.format(
            dir=directory, sql_port=self.sql_port, http_port=self.http_port))
        self.server = Server([self.binary, "-f", "-c", str(directory / "virtuoso.ini")],
                             self.query_url + "?query=ASK%7B%7D", directory / "stdout.log")

    def start(self) -> VirtuosoServer:
        self.server.start(timeout=90)
        # A fresh database has only dba (password dba, fine on a private loopback instance).
        script = self.dir / "user.sql"
        script.write_text(f"DB.DBA.USER_CREATE ('{self.user}', '{self.password}');\n"
                          f'GRANT SPARQL_UPDATE TO "{self.user}";\n')
        out = subprocess.run([self.isql, f"127.0.0.1:{self.sql_port}", "dba", "dba", str(script)],
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and "Error" not in out.stdout + out.stderr, out.stdout + out.stderr
        return self

    def stop(self) -> None:
        self.server.stop()


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso")).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory):
    """One Oxigraph server for the tests that do not stop it."""
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "data").start()
    yield server
    server.stop()


@pytest.fixture(params=["oxigraph", "virtuoso"])
def remote_store(request) -> RemoteStore:
    """Each shared SPARQL server in turn (started once per session)."""
    return request.getfixturevalue(request.param)


def call(method: str, url: str, doc: dict | None = None, timeout: float = 30,
         headers: dict | None = None):
    """(status, JSON body) of one request; HTTP errors are answers here, not exceptions."""
    import json
    import urllib.error
    data = json.dumps(doc).encode() if doc is not None else None
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
            return response.status, json.loads(body) if body else None
    except urllib.error.HTTPError as exc:
        body = exc.read()
        try:
            return exc.code, json.loads(body)
        except ValueError:
            return exc.code, {"raw": body[:300].decode("utf-8", "replace")}


def sparql(base: str, query: str) -> list[dict]:
    """Rows of a SELECT through mlwf's own /sparql endpoint, values as plain strings."""
    import json
    import urllib.parse
    request = urllib.request.Request(
        base + "/sparql", data=urllib.parse.urlencode({"query": query}).encode(),
        headers={"Accept": "application/sparql-results+json",
                 "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=30) as response:
        doc = json.load(response)
    return [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]
