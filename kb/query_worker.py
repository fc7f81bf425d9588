"""A SPARQL worker process: reads and answers people's queries on read-only snapshots.

Started by kb/query_runner.py as ``python -m mlwf.kb.query_worker MEMORY_MB READABLE
SANDBOX``; reads tasks from stdin and writes replies to stdout, with multiprocessing's
framing. Before it reads its first task it imports everything it will need and confines
itself (kb/sandbox.py): its own network namespace, and Landlock allowing it to read only
beneath READABLE (the store's snapshot directory). Its heap is capped with RLIMIT_DATA
as a backstop; the parent watches its resident memory and stops it first (see
kb/query_runner.py for why not RLIMIT_AS).

Tasks:
- ``{"op": "query", "query", "base", "snapshot", "default_graphs", "named_graphs",
  "result_format", "graph_format", "max_bytes"}``: check the query (kb/sparql_guard.py),
  evaluate it on the snapshot, serialize it; reply ``("ok", kind, body)`` with kind
  "results" or "graph";
- ``{"op": "check_query", "query", "base"}``: reply ``("ok", form, text, from, from_named)``;
- ``{"op": "check_update", "update", "base", "using", "using_named"}``: reply
  ``("ok", text)``, the update to run (nothing is executed here).
Any failure is ``("error", exception)``, one of kb/sparql_errors.py's kinds, which the
parent raises as it is; the worker itself carries on.
"""
from __future__ import annotations

import io
import resource
import sys
import traceback
from multiprocessing.connection import Connection


def megabytes(n: int) -> str:
    return f"{n / 1_000_000:g} MB"


class _ResultTooLarge(Exception):
    pass


class _BoundedBuffer(io.RawIOBase):
    def __init__(self, limit: int):
        self.limit, self.size = limit, 0
        self.parts: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise _ResultTooLarge()
        self.parts.append(bytes(data))
        return len(data)


def _preload() -> None:
    """Import now what the tasks import lazily: after confinement no file outside the
    snapshots can be opened, Python's own modules included."""
    import encodings.idna  # noqa: F401
    import json  # noqa: F401

    import pyoxigraph  # noqa: F401
    import rdflib.plugins.sparql.algebra  # noqa: F401
    import rdflib.plugins.sparql.parser  # noqa: F401
    import rdflib.plugins.sparql.parserutils  # noqa: F401
    from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    # One of each, so every lazily built part of rdflib's grammar and algebra exists.
    translateQuery(parseQuery("PREFIX x: <http://x/> SELECT * FROM <http://x/g> WHERE { "
                              "?s x:p ?o OPTIONAL { ?s ?p 1 } FILTER(?o > 1 && REGEX(STR(?o), "
                              "'a')) BIND(NOW() AS ?n) } GROUP BY ?s ORDER BY ?s LIMIT 1"),
                   base="http://x/")
    translateUpdate(parseUpdate("INSERT DATA { <http://x/a> <http://x/b> 'c' } ; DELETE { ?s ?p "
                                "?o } USING <http://x/g> WHERE { ?s ?p ?o }"), base="http://x/")
    import mlwf.kb.sparql_guard  # noqa: F401


def _dataset_kwargs(ox, info, default_graphs: list[str], named_graphs: list[str]) -> dict:
    """The dataset the store evaluates over, by the protocol's rules: the request's
    default-graph-uri / named-graph-uri replace the whole dataset (and the query's FROM);
    else the query's FROM / FROM NAMED do; else every graph is visible, the default graph
    being their union."""
    if default_graphs or named_graphs:
        defaults, named = default_graphs, named_graphs
    elif info.from_graphs or info.from_named:
        defaults, named = info.from_graphs, info.from_named
    else:
        return {"use_default_graph_as_union": True}
    return {"default_graph": [ox.NamedNode(g) for g in defaults] or [],
            "named_graphs": [ox.NamedNode(g) for g in named]}


def _answer(task: dict, state: dict, prefixes: dict) -> tuple:
    import pyoxigraph as ox

    from mlwf.kb.sparql_guard import inspect_query, inspect_update, with_using

    op = task["op"]
    if op == "check_update":
        info = inspect_update(task["update"], task["base"], prefixes)
        if task["using"] or task["using_named"]:
            return ("ok", with_using(info, task["using"], task["using_named"], task["base"],
                                     prefixes))
        return ("ok", info.text)
    query = inspect_query(task["query"], task["base"], prefixes)
    if op == "check_query":
        return ("ok", query.form, query.text, query.from_graphs, query.from_named)
    if task["snapshot"] != state.get("opened"):
        state["store"], state["opened"] = None, None
        try:
            state["store"] = ox.Store.read_only(task["snapshot"])
        except OSError:
            # Removed in the meantime (the store keeps only the newest few): the runner
            # asks again with the newest one.
            return ("gone",)
        state["opened"] = task["snapshot"]
    result = state["store"].query(query.text, base_iri=task["base"], prefixes=prefixes,
                                  **_dataset_kwargs(ox, query, task["default_graphs"],
                                                    task["named_graphs"]))
    buffer = _BoundedBuffer(task["max_bytes"])
    if isinstance(result, ox.QueryTriples):
        # pyoxigraph writes to any object with write(); its stubs ask for IO[bytes]
        result.serialize(buffer, getattr(ox.RdfFormat, task["graph_format"]))  # type: ignore[arg-type]
        kind = "graph"
    else:
        result.serialize(buffer, getattr(ox.QueryResultsFormat, task["result_format"]))
        kind = "results"
    return ("ok", kind, b"".join(buffer.parts))


def _exit_with_parent() -> None:
    """Leave when the server goes, even in the middle of a long query (a parent killed
    with -9 closes no pipe the worker is reading at that moment)."""
    import os
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)
    threading.Thread(target=watch, daemon=True).start()


def serve(tasks: Connection, replies: Connection, memory_mb: int, readable: str,
          sandbox: str) -> None:
    """Answer tasks until the parent closes the pipe."""
    from mlwf.kb.namespaces import PREFIXES
    from mlwf.kb.sandbox import confine
    from mlwf.kb.sparql_errors import QueryInvalid, QueryRefused, QueryStopped, ResultTooLarge
    from mlwf.ontology.i18n import _

    _preload()
    if sandbox != "off":
        confinement = confine(readable)
        # The parent reads this first message to know what the worker could not do.
        replies.send(("confined", confinement.complete, confinement.describe()))
    else:
        replies.send(("confined", False, "sandbox switched off (QUERY_SANDBOX = off)"))
    _exit_with_parent()  # a thread: only once confined (unshare and Landlock want one thread)
    # A backstop only, twice the bound the parent enforces on resident memory: the heap
    # (RLIMIT_DATA) rather than the address space, which counts the large regions the
    # allocator and RocksDB reserve for threads without using them (issue 18).
    heap = 2 * memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_DATA, (heap, heap))
    state: dict = {}
    while True:
        try:
            task = tasks.recv()
        except EOFError:
            return
        try:
            reply = _answer(task, state, PREFIXES)
        except QueryRefused as exc:
            reply = ("error", exc)
        except _ResultTooLarge:
            reply = ("error", ResultTooLarge(
                _("the result is larger than {size}", size=megabytes(task["max_bytes"])),
                _("narrow the query or add LIMIT")))
        except SyntaxError as exc:
            reply = ("error", QueryInvalid(_("the query does not parse"), str(exc)))
        except MemoryError:
            reply = ("error", QueryStopped(
                _("the query needed more than {size} of memory", size=megabytes(memory_mb * 10**6)),
                _("narrow the query or add LIMIT")))
        except OSError as exc:
            # e.g. SERVICE to a host this process cannot reach, had the guard missed it
            reply = ("error", QueryInvalid(_("the query could not be evaluated"), str(exc)[:500]))
        except Exception as exc:  # noqa: BLE001 - the worker outlives any one query
            traceback.print_exc(file=sys.stderr)
            technical = f"{type(exc).__name__}: {str(exc)[:500]}"  # the store's words, untranslated
            reply = ("error", QueryInvalid(_("the query could not be evaluated"), technical))
        try:
            replies.send(reply)
        except MemoryError:
            replies.send(("error", QueryStopped(
                _("the result needed more than {size} of memory", size=megabytes(memory_mb * 10**6)),
                _("narrow the query or add LIMIT"))))


if __name__ == "__main__":
    replies = Connection(1, readable=False)
    sys.stdout = sys.stderr  # fd 1 carries the replies; nothing else may write to it
    serve(Connection(0, writable=False), replies, int(sys.argv[1]), sys.argv[2], sys.argv[3])
