"""Running people's SPARQL with a time bound, a memory bound and a result-size bound,
outside the server process.

pyoxigraph cannot cancel a query, a runaway ORDER BY or COUNT over a cross product grows
without limit, and even parsing a large text is work. So everything derived from a
person's text happens in worker processes (kb/query_worker.py), confined by
kb/sandbox.py: checking a query or an update (kb/sparql_guard.py) and, on the embedded
store, evaluating it on a read-only snapshot of the store (a RocksDB checkpoint, see
EmbeddedStore.snapshot). The server waits at most ``timeout`` seconds, watching the
worker's resident memory as it waits, and past either bound kills the worker and starts
a fresh one. Results are serialized in the worker into a buffer that refuses to grow
past ``max_result_bytes``. Against a remote store the query is checked in a worker and
then sent, with the same time and size limits on the HTTP exchange.

Why resident memory and not RLIMIT_AS: the address-space cap counted the large regions
glibc's allocator and RocksDB reserve per thread without touching them, so under it the
store now and then could not start a thread and aborted (std::system_error, issue 18).
The worker keeps an RLIMIT_DATA backstop at twice the bound; bench/bench_query_worker.py
measures both.
"""
from __future__ import annotations

import logging
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection

from mlwf.kb.namespaces import one_line_prologue
from mlwf.kb.query_worker import megabytes
from mlwf.kb.sparql_errors import (
    QueryFailed,
    QueryInvalid,
    QueryStopped,
    QueryUnavailable,
    ResultTooLarge,
)
from mlwf.kb.sparql_guard import QueryInfo
from mlwf.ontology.i18n import _

log = logging.getLogger("mlwf.kb.query")

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
SANDBOX_MODES = ("auto", "require", "off")
POLL = 0.02  # seconds between two looks at a working worker's memory


class _SnapshotGone(Exception):
    """The snapshot a task named was removed before the worker opened it."""


@dataclass
class QueryLimits:
    timeout: float = 10.0               # seconds of wall time per query
    memory_mb: int = 2048               # resident memory of a worker process
    max_result_bytes: int = 20_000_000  # serialized result
    workers: int = 2                    # queries that run at once
    sandbox: str = "auto"               # auto: confine as far as the platform allows


@dataclass
class QueryResult:
    media_type: str
    body: bytes


def _resident_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class _Worker:
    """A worker process (kb/query_worker.py) and the two ends of its pipes.

    Started as ``python -m mlwf.kb.query_worker`` rather than with multiprocessing's
    spawn, which re-imports the parent's main module: that fails in notebooks and
    scripts read from stdin. The pipes carry multiprocessing's own message framing;
    stderr goes to an unnamed temporary file, read when the worker dies to tell why.
    """

    def __init__(self, limits: QueryLimits, readable: str):
        self.limits = limits
        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the worker; closed by close_pipes)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mlwf.kb.query_worker", str(limits.memory_mb), readable,
             limits.sandbox], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr)
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None  # both are PIPEs
        self.send_conn = Connection(os.dup(stdin.fileno()), readable=False)
        self.conn = Connection(os.dup(stdout.fileno()), writable=False)
        stdin.close()
        stdout.close()
        if not self.conn.poll(60):
            self.kill()
            raise QueryUnavailable(_("the SPARQL worker did not start"), _("see the server's log"))
        try:
            _first, self.confined, self.confinement = self.conn.recv()  # ("confined", ...)
        except (EOFError, OSError):
            cause = self.death()
            raise QueryUnavailable(_("the SPARQL worker did not start"), cause) from None

    def call(self, task: dict) -> tuple:
        """The worker's reply to ``task``, within the time and memory bounds."""
        limit = self.limits.memory_mb * 1024 * 1024
        deadline = time.monotonic() + self.limits.timeout
        self.send_conn.send(task)
        while not self.conn.poll(POLL):
            if _resident_bytes(self.process.pid) > limit:
                self.kill()
                size = megabytes(self.limits.memory_mb * 10**6)
                raise QueryStopped(_("the query needed more than {size} of memory and was "
                                     "stopped", size=size),
                                   _("narrow the query or add LIMIT"))
            if self.process.poll() is not None:
                break
            if time.monotonic() > deadline:
                self.kill()
                seconds = f"{self.limits.timeout:g}"  # as set, not rounded to the language
                raise QueryStopped(_("the query took longer than {seconds} s and was stopped",
                                     seconds=seconds),
                                   _("narrow the query or add LIMIT"))
        try:
            return self.conn.recv()
        except (EOFError, OSError):
            cause = self.death()
            raise QueryStopped(_("the query stopped its worker: {cause}", cause=cause),
                               _("narrow the query or add LIMIT; the server goes on "
                                 "serving")) from None

    def death(self) -> str:
        """Why the worker died, from its exit status and the last words on its stderr."""
        try:
            code = self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait(5)
        self.stderr.seek(0, os.SEEK_END)
        self.stderr.seek(max(0, self.stderr.tell() - 2000))
        tail = self.stderr.read().decode("utf-8", "replace").strip()
        self.close_pipes()
        log.warning("SPARQL worker %s ended with %s: %s", self.process.pid, code, tail[-1000:])
        last = tail.splitlines()[-1] if tail else ""
        if any(w in tail for w in ("memory allocation", "bad_alloc", "MemoryError",
                                   "Cannot allocate memory")):
            return (f"it needed more than its {2 * self.limits.memory_mb} MB heap "
                    f"({last[:200]})")
        how = (f"signal {signal.Signals(-code).name}" if code < 0 else f"exit status {code}")
        return f"{how}" + (f" ({last[:200]})" if last else "")

    def close_pipes(self) -> None:
        for conn in (self.send_conn, self.conn):
            try:
                conn.close()
            except OSError:
                pass
        self.stderr.close()

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(5)
        self.close_pipes()


class _Pool:
    """Worker processes, at most ``limits.workers`` busy at once; idle ones are reused."""

    def __init__(self, limits: QueryLimits, readable: str):
        if limits.sandbox not in SANDBOX_MODES:
            raise ValueError(f"QUERY_SANDBOX must be one of {', '.join(SANDBOX_MODES)}")
        self.limits, self.readable = limits, readable
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._slots = threading.BoundedSemaphore(limits.workers)
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._warned = False

    def call(self, task: dict) -> tuple:
        if not self._slots.acquire(timeout=self.limits.timeout):
            raise QueryUnavailable(_("the SPARQL endpoint is busy"), _("try again in a moment"))
        try:
            worker = None
            while worker is None:
                try:
                    worker = self._idle.get_nowait()
                except queue.Empty:
                    worker = self._start()
                if worker.process.poll() is not None:  # closed, or died while idle
                    worker = None
            try:
                reply = worker.call(task)
            except QueryFailed:
                with self._lock:
                    self._all.discard(worker)
                raise
            self._idle.put(worker)
        finally:
            self._slots.release()
        if reply[0] == "ok":
            return reply[1:]
        if reply[0] == "gone":
            raise _SnapshotGone()
        raise reply[1]  # one of kb/sparql_errors.py's kinds, built in the worker

    def _start(self) -> _Worker:
        worker = _Worker(self.limits, self.readable)
        if not worker.confined:
            if self.limits.sandbox == "require":
                worker.kill()
                raise QueryUnavailable(_("the SPARQL worker cannot be confined on this host"),
                                       worker.confinement)
            if not self._warned:
                log.warning("SPARQL workers run unconfined here: %s", worker.confinement)
                self._warned = True
        with self._lock:
            self._all.add(worker)
        return worker

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait()
            except queue.Empty:
                break
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            try:
                worker.kill()
            except (OSError, subprocess.TimeoutExpired):
                pass


class _Runner:
    """What both runners share: checking queries and updates in a worker."""

    pool: _Pool

    def check_query(self, query: str, base: str | None) -> QueryInfo:
        form, text, from_graphs, from_named = self.pool.call(
            {"op": "check_query", "query": query, "base": base})
        return QueryInfo(form, text, from_graphs, from_named)

    def check_update(self, update: str, base: str | None, using: Sequence[str] = (),
                     using_named: Sequence[str] = ()) -> str:
        """The update text to run, checked (and given the protocol's USING clauses) in a
        worker; it is never executed there."""
        (text,) = self.pool.call({"op": "check_update", "update": update, "base": base,
                                  "using": list(using), "using_named": list(using_named)})
        return text

    def close(self) -> None:
        self.pool.close()


class EmbeddedQueryRunner(_Runner):
    def __init__(self, store, limits: QueryLimits | None = None):
        self.store, self.limits = store, limits or QueryLimits()
        self.pool = _Pool(self.limits, str(store.snapshot_root))

    def run(self, query: str, result_format: str, graph_format: str,
            default_graphs: list[str], named_graphs: list[str],
            base: str | None = None) -> QueryResult:
        task = {"op": "query", "query": query, "base": base,
                "result_format": RESULT_FORMATS[result_format][1],
                "graph_format": GRAPH_FORMATS[graph_format][1],
                "default_graphs": list(default_graphs), "named_graphs": list(named_graphs),
                "max_bytes": self.limits.max_result_bytes}
        for _attempt in range(3):
            try:
                kind, body = self.pool.call({**task, "snapshot": str(self.store.snapshot())})
                break
            except _SnapshotGone:
                continue
        else:
            raise QueryUnavailable(_("the store changed too fast to take a snapshot of it"),
                                   _("try again in a moment"))
        media = (GRAPH_FORMATS[graph_format] if kind == "graph" else RESULT_FORMATS[result_format])[0]
        return QueryResult(media, body)


class RemoteQueryRunner(_Runner):
    def __init__(self, store, limits: QueryLimits | None = None):
        self.store, self.limits = store, limits or QueryLimits()
        self._empty = tempfile.TemporaryDirectory(prefix="mlwf-worker-")
        self.pool = _Pool(self.limits, self._empty.name)

    def run(self, query: str, result_format: str, graph_format: str,
            default_graphs: list[str], named_graphs: list[str],
            base: str | None = None) -> QueryResult:
        info = self.check_query(query, base)
        graph_query = info.form in ("CONSTRUCT", "DESCRIBE")
        media = (GRAPH_FORMATS[graph_format] if graph_query else RESULT_FORMATS[result_format])[0]
        # The remote server may not predefine our prefixes: declare them before the query.
        form = [("query", one_line_prologue(base) + info.text)] + \
               [("default-graph-uri", g) for g in default_graphs] + \
               [("named-graph-uri", g) for g in named_graphs]
        request = urllib.request.Request(
            self.store.query_url, data=urllib.parse.urlencode(form).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": media})
        try:
            with urllib.request.urlopen(request, timeout=self.limits.timeout) as response:
                body = response.read(self.limits.max_result_bytes + 1)
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:1000].decode("utf-8", "replace")
            kind = QueryInvalid if exc.code < 500 else QueryUnavailable
            raise kind(_("the SPARQL server rejected the query"), detail) from None
        except (urllib.error.URLError, OSError) as exc:
            raise QueryUnavailable(_("the SPARQL server did not answer in time or is unreachable"),
                                   str(getattr(exc, "reason", exc))) from None
        if len(body) > self.limits.max_result_bytes:
            raise ResultTooLarge(_("the result is larger than {size}",
                                   size=megabytes(self.limits.max_result_bytes)),
                                 _("narrow the query or add LIMIT"))
        return QueryResult(media, body)

    def close(self) -> None:
        super().close()
        self._empty.cleanup()


def query_runner(store, limits: QueryLimits | None = None):
    return (RemoteQueryRunner if store.kind == "remote" else EmbeddedQueryRunner)(store, limits)
