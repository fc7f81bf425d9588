"""Where the triples live: an embedded on-disk Oxigraph store, or a remote SPARQL 1.1 server.

Both offer the same small interface the rest of the knowledge base uses: ``select`` for
the application's own (bounded) reads, ``update`` for writes (each call is one atomic
SPARQL Update request), and ``load_ontology``. Queries typed by users do not come
through here; they go to kb/query_runner.py, which adds time and size limits.
"""
from __future__ import annotations

import json
import os
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from mlwf.ontology.errors import MlwfError
from mlwf.kb.namespaces import ONTOLOGY_GRAPH, prologue

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger",
                               "positiveInteger", "negativeInteger", "nonPositiveInteger")}
_FLOATS = {XSD + t for t in ("double", "float", "decimal")}


class StoreUnavailable(MlwfError):
    status = 503
    title = "store unavailable"


def python_value(kind: str, value: str, datatype: str | None = None) -> Any:
    """A SPARQL result term as a Python value: IRIs and strings as str, numbers, booleans."""
    if kind == "literal":
        if datatype in _INTEGERS:
            return int(value)
        if datatype in _FLOATS:
            return float(value)
        if datatype == XSD + "boolean":
            return value in ("true", "1")
    return value


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
            raise StoreUnavailable(f"cannot open the store at {self.path}: {exc}",
                                   "is another mlwf process using it?") from None
        self._lock = threading.Lock()
        self.generation = 0
        self._snapshots: dict[int, Path] = {}

    def select(self, query: str) -> list[dict[str, Any]]:
        solutions = self._store.query(prologue() + query)
        names = [v.value for v in solutions.variables]
        return [{n: _from_oxigraph(row[n]) for n in names} for row in solutions]

    def ask(self, query: str) -> bool:
        return bool(self._store.query(prologue() + query))

    def update(self, update: str) -> None:
        with self._lock:
            self._store.update(prologue() + update)
            self.generation += 1

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

    def snapshot(self) -> Path:
        """A read-only checkpoint of the current generation (RocksDB hard links: cheap)."""
        with self._lock:
            generation = self.generation
            if generation not in self._snapshots:
                target = self.path / "snapshots" / f"g{generation:09d}-{os.getpid()}"
                if target.exists():
                    shutil.rmtree(target)
                target.parent.mkdir(exist_ok=True)
                self._store.flush()
                self._store.backup(str(target))
                self._snapshots[generation] = target
                # Keep a few recent ones: a worker may still be reading the previous one.
                for old in sorted(self._snapshots)[:-3]:
                    shutil.rmtree(self._snapshots.pop(old), ignore_errors=True)
            return self._snapshots[generation]

    def close(self) -> None:
        """Flush and release the store (idempotent: the app and atexit may both call it)."""
        store, self._store = getattr(self, "_store", None), None
        if store is None:
            return
        for path in self._snapshots.values():
            shutil.rmtree(path, ignore_errors=True)
        self._snapshots.clear()
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
        self._opener = urllib.request.build_opener()
        if user:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            manager.add_password(None, self.update_url, user, password or "")
            manager.add_password(None, self.query_url, user, password or "")
            self._opener = urllib.request.build_opener(
                urllib.request.HTTPDigestAuthHandler(manager),
                urllib.request.HTTPBasicAuthHandler(manager))

    def _post(self, url: str, form: dict[str, str], accept: str) -> bytes:
        data = urllib.parse.urlencode(form).encode()
        request = urllib.request.Request(url, data=data, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            body = exc.read()[:500].decode("utf-8", "replace")
            if exc.code >= 500:
                raise StoreUnavailable(f"the SPARQL server answered {exc.code}", body) from None
            raise MlwfError(f"the SPARQL server refused the request ({exc.code})", body) from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreUnavailable(f"cannot reach the SPARQL server at {url}",
                                   str(getattr(exc, "reason", exc))) from None

    def select(self, query: str) -> list[dict[str, Any]]:
        body = self._post(self.query_url, {"query": prologue() + query},
                          "application/sparql-results+json")
        doc = json.loads(body)
        names = doc["head"]["vars"]
        return [{n: python_value(b[n]["type"], b[n]["value"], b[n].get("datatype"))
                 if n in b else None for n in names} for b in doc["results"]["bindings"]]

    def ask(self, query: str) -> bool:
        body = self._post(self.query_url, {"query": prologue() + query},
                          "application/sparql-results+json")
        return bool(json.loads(body)["boolean"])

    def update(self, update: str) -> None:
        self._post(self.update_url, {"update": prologue() + update}, "*/*")

    def replace_graph(self, iri: str, data: bytes | str, turtle: bool = False) -> None:
        if turtle:
            from rdflib import Graph
            data = Graph().parse(data=data, format="turtle").serialize(format="nt")
        text = data.decode() if isinstance(data, bytes) else data
        self.update(f"DROP SILENT GRAPH <{iri}> ;\nINSERT DATA {{ GRAPH <{iri}> {{\n{text}\n}} }}")

    def load_ontology(self, turtle: bytes) -> None:
        self.replace_graph(ONTOLOGY_GRAPH, turtle, turtle=True)

    def named_graphs(self) -> set[str]:
        return {r["g"] for r in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")}

    def close(self) -> None:
        pass


def open_store(path: str | None = None, url: str | None = None, update_url: str | None = None,
               user: str | None = None, password: str | None = None):
    """The store the configuration asks for: a remote one when a URL is given."""
    if url:
        return RemoteStore(url, update_url, user, password)
    return EmbeddedStore(path or "var/store")
