"""Running people's SPARQL queries with a time bound, a memory bound and a result-size bound.

pyoxigraph cannot cancel a query, and a runaway ORDER BY or COUNT over a cross product
grows without limit. So on the embedded store a query runs in a worker process that
opens a read-only snapshot of the store (a RocksDB checkpoint, see EmbeddedStore.snapshot)
under an address-space limit; the server waits at most ``timeout`` seconds and then kills
the worker and starts a fresh one. Results are serialized in the worker into a buffer that
refuses to grow past ``max_result_bytes``. Against a remote store the same limits apply
to the HTTP exchange.
"""
from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from multiprocessing.connection import Connection

from mlwf.ontology.errors import MlwfError
from mlwf.kb.namespaces import PREFIXES, prologue
from mlwf.kb.query_worker import megabytes

# result format key -> (media type, pyoxigraph format name)
RESULT_FORMATS = {
    "json": ("application/sparql-results+json", "JSON"),
    "xml": ("application/sparql-results+xml", "XML"),
    "csv": ("text/csv", "CSV"),
    "tsv": ("text/tab-separated-values", "TSV"),
}
GRAPH_FORMATS = {
    "turtle": ("text/turtle", "TURTLE"),
    "ntriples": ("application/n-triples", "N_TRIPLES"),
    "rdfxml": ("application/rdf+xml", "RDF_XML"),
    "jsonld": ("application/ld+json", "JSON_LD"),
}


class QueryFailed(MlwfError):
    """A query the store rejected or could not finish; ``status`` says which."""

    def __init__(self, message: str, detail: str | None = None, status: int = 400):
        super().__init__(message, detail)
        self.status = status


@dataclass
class QueryLimits:
    timeout: float = 10.0               # seconds of wall time per query
    memory_mb: int = 2048               # address space of a worker process
    max_result_bytes: int = 20_000_000  # serialized result
    workers: int = 2                    # queries that run at once


@dataclass
class QueryResult:
    media_type: str
    body: bytes


class _Worker:
    """A worker process (kb/query_worker.py) and the two ends of its pipes.

    Started as ``python -m mlwf.kb.query_worker`` rather than with multiprocessing's
    spawn, which re-imports the parent's main module: that fails in notebooks and
    scripts read from stdin. The pipes carry multiprocessing's own message framing.
    """

    def __init__(self, limits: QueryLimits):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mlwf.kb.query_worker", str(limits.memory_mb)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.send_conn = Connection(os.dup(self.process.stdin.fileno()), readable=False)
        self.conn = Connection(os.dup(self.process.stdout.fileno()), writable=False)
        self.process.stdin.close()
        self.process.stdout.close()

    def send(self, task: dict) -> None:
        self.send_conn.send(task)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(5)
        self.send_conn.close()
        self.conn.close()


class EmbeddedQueryRunner:
    def __init__(self, store, limits: QueryLimits | None = None):
        self.store, self.limits = store, limits or QueryLimits()
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._slots = threading.BoundedSemaphore(self.limits.workers)

    def run(self, query: str, result_format: str, graph_format: str,
            default_graphs: list[str], named_graphs: list[str]) -> bytes:
        if not self._slots.acquire(timeout=self.limits.timeout):
            raise QueryFailed("the SPARQL endpoint is busy", "try again in a moment", 503)
        try:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                worker = _Worker(self.limits)
            snapshot = str(self.store.snapshot())
            worker.send({"snapshot": snapshot, "query": query,
                              "result_format": RESULT_FORMATS[result_format][1],
                              "graph_format": GRAPH_FORMATS[graph_format][1],
                              "default_graphs": default_graphs, "named_graphs": named_graphs,
                              "prefixes": PREFIXES, "max_bytes": self.limits.max_result_bytes})
            if not worker.conn.poll(self.limits.timeout):
                worker.kill()
                raise QueryFailed(f"the query took longer than {self.limits.timeout:g} s and "
                                  "was stopped", "narrow the query or add LIMIT", 503)
            try:
                reply = worker.conn.recv()
            except (EOFError, OSError):
                worker.kill()
                raise QueryFailed("the query stopped abnormally (most likely it needed more "
                                  f"than {self.limits.memory_mb} MB of memory)",
                                  "narrow the query or add LIMIT", 503) from None
            self._idle.put(worker)
            if reply[0] == "ok":
                return reply[1]
            _, status, message, detail = reply
            raise QueryFailed(message, detail, status)
        finally:
            self._slots.release()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return


class RemoteQueryRunner:
    def __init__(self, store, limits: QueryLimits | None = None):
        self.store, self.limits = store, limits or QueryLimits()

    def run(self, query: str, result_format: str, graph_format: str,
            default_graphs: list[str], named_graphs: list[str]) -> bytes:
        from mlwf.kb.sparql_guard import inspect_query
        graph_query = inspect_query(query).form in ("CONSTRUCT", "DESCRIBE")
        accept = (GRAPH_FORMATS[graph_format] if graph_query else RESULT_FORMATS[result_format])[0]
        # The remote server may not predefine our prefixes: declare them before the query.
        form = [("query", prologue() + query)] + [("default-graph-uri", g) for g in default_graphs] + \
               [("named-graph-uri", g) for g in named_graphs]
        request = urllib.request.Request(
            self.store.query_url, data=urllib.parse.urlencode(form).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        try:
            with urllib.request.urlopen(request, timeout=self.limits.timeout) as response:
                body = response.read(self.limits.max_result_bytes + 1)
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:1000].decode("utf-8", "replace")
            raise QueryFailed("the SPARQL server rejected the query", detail,
                              400 if exc.code < 500 else 503) from None
        except (urllib.error.URLError, OSError) as exc:
            raise QueryFailed("the SPARQL server did not answer in time or is unreachable",
                              str(getattr(exc, "reason", exc)), 503) from None
        if len(body) > self.limits.max_result_bytes:
            raise QueryFailed(f"the result is larger than "
                              f"{megabytes(self.limits.max_result_bytes)}",
                              "narrow the query or add LIMIT", 422)
        return body

    def close(self) -> None:
        pass


def query_runner(store, limits: QueryLimits | None = None):
    return (RemoteQueryRunner if store.kind == "remote" else EmbeddedQueryRunner)(store, limits)


