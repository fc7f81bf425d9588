"""Where the triples live: an embedded on-disk Oxigraph store, or a remote SPARQL 1.1 server.

Both offer the same small interface the rest of the knowledge base uses: ``select`` for
the application's own (bounded) reads, ``update`` for writes (each call is one atomic
SPARQL Update request), and ``load_ontology``. Queries typed by users do not come
through here; they go to kb/query_runner.py, which adds time and size limits.
"""
from __future__ import annotations

import hashlib
import http.client
import json
import os
import random
import re
import shutil
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from mlwf.kb.graph_load import insert_operations
from mlwf.kb.namespaces import ONTOLOGY_GRAPH, PREFIXES, one_line_prologue, prologue
from mlwf.ontology.errors import MlwfError, Unavailable
from mlwf.ontology.i18n import _

FLUSH_EVERY = 200  # updates between flushes of the embedded store's memory tables

# Where a remote store records what it last loaded into each shared graph (see replace_graph).
META_GRAPH = "https://w3id.org/mlwf/kb/meta"
XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger",
                               "positiveInteger", "negativeInteger", "nonPositiveInteger")}
_FLOATS = {XSD + t for t in ("double", "float", "decimal")}


_DEADLOCK = re.compile(r"40001|deadlock", re.IGNORECASE)


class _Retry(Exception):
    """A transaction the server rolled back because of a conflict: try it again."""


class StoreUnavailable(Unavailable):
    """The store cannot be opened or reached, or broke off an answer."""


def python_value(kind: str, value: str, datatype: str | None = None) -> Any:
    """A SPARQL result term as a Python value: IRIs and strings as str, numbers, booleans."""
    if kind in ("literal", "typed-literal"):  # Virtuoso says typed-literal (SPARQL 1.0 JSON)
        if datatype in _INTEGERS:
            return int(value)
        if datatype in _FLOATS:
            return float(value)
        if datatype == XSD + "boolean":
            return value in ("true", "1")
    return value


def _term(b: dict[str, Any]) -> str:
    """A SPARQL JSON result term in N-Triples syntax."""
    from rdflib import BNode, Literal, URIRef
    if b["type"] == "uri":
        return URIRef(b["value"]).n3()
    if b["type"] == "bnode":
        return BNode(b["value"]).n3()
    return Literal(b["value"], lang=b.get("xml:lang"), datatype=b.get("datatype")).n3()


def _nquad(binding: dict[str, Any], with_graph: bool = True) -> bytes:
    parts = [_term(binding[k]) for k in ("s", "p", "o")]
    if with_graph:
        parts.append(_term(binding["g"]))
    return (" ".join(parts) + " .\n").encode("utf-8")


def _from_oxigraph(term) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return python_value("literal", term.value, term.datatype.value)
    return term.value


class EmbeddedStore:
    """An on-disk pyoxigraph store, owned by this process.

    ``generation`` counts committed updates; kb/query_runner.py uses it with
    :meth:`snapshot` to hand killable worker processes a consistent read-only copy.
    """

    kind = "embedded"

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        try:
            self._store = ox.Store(str(self.path / "oxigraph"))
        except OSError as exc:
            raise StoreUnavailable(_("cannot open the store at {path}: {reason}",
                                     path=str(self.path), reason=str(exc)),
                                   _("is another mlwf process using it?")) from None
        self._lock = threading.Lock()
        self.generation = 0
        self._snapshots: dict[int, Path] = {}
        # Snapshots only live as long as the process that made them; whatever a crash left
        # is removed now (the store's lock says no other server is using this directory).
        shutil.rmtree(self.snapshot_root, ignore_errors=True)
        self.snapshot_root.mkdir()

    @property
    def snapshot_root(self) -> Path:
        """Where snapshots go: the only directory a query worker may read."""
        return self.path / "snapshots"

    def select(self, query: str) -> list[dict[str, Any]]:
        solutions = self._store.query(prologue() + query)
        assert isinstance(solutions, ox.QuerySolutions), "select() is for SELECT queries"
        names = [v.value for v in solutions.variables]
        return [{n: _from_oxigraph(row[n]) for n in names} for row in solutions]

    def ask(self, query: str) -> bool:
        return bool(self._store.query(prologue() + query))

    def update(self, update: str, base: str | None = None) -> None:
        """Run an update; ``base`` resolves its relative IRIs (a person's update is given
        the endpoint's IRI, and keeps its own line numbers in errors)."""
        with self._lock:
            if base is None:
                self._store.update(prologue() + update)
            else:
                self._store.update(update, base_iri=base, prefixes=PREFIXES)
            self.generation += 1
            if self.generation % FLUSH_EVERY == 0:
                # RocksDB keeps recent writes in per-index memory tables and flushes them
                # late; flushing now and then keeps a busy server's memory flat (measured:
                # +26 MB per 1 000 fact assertions without it).
                self._store.flush()

    def replace_graph(self, iri: str, data: bytes | str, turtle: bool = False) -> None:
        """Replace one named graph with N-Triples (or Turtle) data, atomically enough for
        start-up: nothing else writes to these graphs."""
        with self._lock:
            graph = ox.NamedNode(iri)
            if self._store.contains_named_graph(graph):
                self._store.remove_graph(graph)
            fmt = ox.RdfFormat.TURTLE if turtle else ox.RdfFormat.N_TRIPLES
            self._store.load(data, format=fmt, to_graph=graph)
            self.generation += 1

    def load_ontology(self, turtle: bytes) -> None:
        """Replace the ontology graph with the packaged ontology."""
        self.replace_graph(ONTOLOGY_GRAPH, turtle, turtle=True)

    def named_graphs(self) -> set[str]:
        return {g.value for g in self._store.named_graphs()}

    def graph_data(self, iri: str) -> bytes:
        """One named graph as N-Triples."""
        return self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(iri)) or b""

    def dump_quads(self) -> bytes:
        """Every named graph of the store as N-Quads."""
        with self._lock:
            return self._store.dump(format=ox.RdfFormat.N_QUADS) or b""

    def snapshot(self) -> Path:
        """A read-only checkpoint of the current generation (RocksDB hard links: cheap)."""
        with self._lock:
            generation = self.generation
            if generation not in self._snapshots or not self._snapshots[generation].exists():
                target = self.snapshot_root / f"g{generation:09d}-{os.getpid()}"
                if target.exists():
                    shutil.rmtree(target)
                self._store.flush()
                self._store.backup(str(target))
                self._snapshots[generation] = target
                # Keep a few recent ones: a worker may still be reading the previous one.
                for old in sorted(self._snapshots)[:-3]:
                    shutil.rmtree(self._snapshots.pop(old), ignore_errors=True)
            return self._snapshots[generation]

    def close(self) -> None:
        """Flush and release the store (idempotent: the app and atexit may both call it)."""
        store = getattr(self, "_store", None)
        if store is None:
            return
        del self._store
        self._snapshots.clear()
        shutil.rmtree(self.snapshot_root, ignore_errors=True)
        store.flush()


class RemoteStore:
    """A SPARQL 1.1 Protocol server (query and update endpoints), e.g. Oxigraph or Virtuoso.

    Updates are sent form-encoded (Virtuoso hangs on direct application/sparql-query
    POSTs); ``user``/``password`` are sent with basic or digest authentication.
    """

    kind = "remote"

    def __init__(self, query_url: str, update_url: str | None = None, user: str | None = None,
                 password: str | None = None, timeout: float = 30.0):
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.timeout = timeout
        self._credentials = (user, password or "") if user else None
        self._local = threading.local()

    def _opener(self) -> urllib.request.OpenerDirector:
        """One opener per thread: urllib's digest handler counts retries and nonces in the
        handler itself, so threads sharing one fail each other's logins with 401."""
        opener = getattr(self._local, "opener", None)
        if opener is None:
            handlers = []
            if self._credentials:
                manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
                for url in {self.update_url, self.query_url}:
                    manager.add_password(None, url, *self._credentials)
                handlers = [urllib.request.HTTPDigestAuthHandler(manager),
                            urllib.request.HTTPBasicAuthHandler(manager)]
            opener = self._local.opener = urllib.request.build_opener(*handlers)
        return opener

    def _post(self, url: str, form: dict[str, str], accept: str) -> bytes:
        data = urllib.parse.urlencode(form).encode()
        request = urllib.request.Request(url, data=data, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        try:
            with self._opener().open(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            body = exc.read()[:500].decode("utf-8", "replace")
            if exc.code >= 500 and _DEADLOCK.search(body):
                raise _Retry(body) from None
            if exc.code >= 500:
                raise StoreUnavailable(_("the SPARQL server answered {code}", code=str(exc.code)),
                                       body) from None
            raise MlwfError(_("the SPARQL server refused the request ({code})", code=str(exc.code)),
                            body) from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreUnavailable(_("cannot reach the SPARQL server at {url}", url=url),
                                   str(getattr(exc, "reason", exc))) from None
        except http.client.HTTPException as exc:
            # A server killed while it answers leaves a truncated response
            # (IncompleteRead), which is not an OSError.
            raise StoreUnavailable(_("the SPARQL server at {url} broke off its answer", url=url),
                                   repr(exc)) from None

    @staticmethod
    def _results(body: bytes) -> dict[str, Any]:
        try:
            return json.loads(body)
        except ValueError:
            raise StoreUnavailable(_("the SPARQL server sent a truncated or malformed result"),
                                   body[:200].decode("utf-8", "replace")) from None

    def select(self, query: str) -> list[dict[str, Any]]:
        body = self._post(self.query_url, {"query": prologue() + query},
                          "application/sparql-results+json")
        doc = self._results(body)
        names = doc["head"]["vars"]
        return [{n: python_value(b[n]["type"], b[n]["value"], b[n].get("datatype"))
                 if n in b else None for n in names} for b in doc["results"]["bindings"]]

    def ask(self, query: str) -> bool:
        body = self._post(self.query_url, {"query": prologue() + query},
                          "application/sparql-results+json")
        return bool(self._results(body)["boolean"])

    def update(self, update: str, base: str | None = None) -> None:
        text = (one_line_prologue(base) if base else prologue()) + update
        # Virtuoso aborts one of two transactions that lock each other (SQL state 40001)
        # and rolls it back whole, so sending it again is safe.
        for attempt in range(8):
            try:
                self._post(self.update_url, {"update": text}, "*/*")
                return
            except _Retry as retry:
                last = retry
                time.sleep(random.uniform(0.01, 0.05) * 2 ** attempt)
        raise StoreUnavailable(_("the SPARQL server kept aborting the update as a deadlock"),
                               str(last))

    def replace_graph(self, iri: str, data: bytes | str, turtle: bool = False) -> None:
        """Replace a named graph in one request, unless it already holds this very data:
        every app process (each gunicorn worker) calls this at start, and rewriting the
        same ontology from all of them at once would only make the server busy."""
        digest = hashlib.sha256(data if isinstance(data, bytes) else data.encode()).hexdigest()
        if self.ask(f'ASK {{ GRAPH <{META_GRAPH}> {{ <{iri}> kb:contentHash "{digest}" }} }}'):
            return
        if turtle:
            from rdflib import Graph
            data = Graph().parse(data=data, format="turtle").serialize(format="nt")
        text = data.decode() if isinstance(data, bytes) else data
        self.update(" ;\n".join([
            f"DROP SILENT GRAPH <{iri}>", *insert_operations(iri, text),
            f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{iri}> kb:contentHash ?h }} }}",
            f'INSERT DATA {{ GRAPH <{META_GRAPH}> {{ <{iri}> kb:contentHash "{digest}" }} }}']))

    def load_ontology(self, turtle: bytes) -> None:
        self.replace_graph(ONTOLOGY_GRAPH, turtle, turtle=True)

    def named_graphs(self) -> set[str]:
        return {r["g"] for r in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")}

    def graph_data(self, iri: str) -> bytes:
        return b"".join(_nquad(b, with_graph=False) for b in self._bindings(
            f"SELECT ?s ?p ?o WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"))

    def dump_quads(self) -> bytes:
        return b"".join(_nquad(b) for b in self._bindings(
            "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"))

    def _bindings(self, query: str) -> list[dict[str, Any]]:
        body = self._post(self.query_url, {"query": prologue() + query},
                          "application/sparql-results+json")
        return self._results(body)["results"]["bindings"]

    def close(self) -> None:
        pass


def open_store(path: str | None = None, url: str | None = None, update_url: str | None = None,
               user: str | None = None, password: str | None = None):
    """The store the configuration asks for: a remote one when a URL is given."""
    if url:
        return RemoteStore(url, update_url, user, password)
    return EmbeddedStore(path or "var/store")
