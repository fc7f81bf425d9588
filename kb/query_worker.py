"""A SPARQL worker process: answers queries on read-only store snapshots.

Started by kb/query_runner.py as ``python -m mlwf.kb.query_worker MEMORY_MB``;
reads tasks from stdin and writes replies to stdout, with multiprocessing's framing.
Its address space is capped, so a runaway query fails here, not in the server.
"""
from __future__ import annotations

import io
import resource
import sys
from multiprocessing.connection import Connection


def megabytes(n: int) -> str:
    return f"{n / 1_000_000:g} MB"


class _ResultTooLarge(Exception):
    pass


class _BoundedBuffer(io.RawIOBase):
    def __init__(self, limit: int):
        self.limit, self.parts, self.size = limit, [], 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise _ResultTooLarge()
        self.parts.append(bytes(data))
        return len(data)


def serve(tasks: Connection, replies: Connection, memory_mb: int) -> None:
    """Worker process: answer queries on the snapshot each task names."""
    import pyoxigraph as ox

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    store, opened = None, None
    while True:
        try:
            task = tasks.recv()
        except EOFError:
            return
        try:
            if task["snapshot"] != opened:
                store, opened = ox.Store.read_only(task["snapshot"]), task["snapshot"]
            kwargs = {"prefixes": task["prefixes"]}
            if task["default_graphs"]:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in task["default_graphs"]]
            else:
                kwargs["use_default_graph_as_union"] = True
            if task["named_graphs"]:
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in task["named_graphs"]]
            result = store.query(task["query"], **kwargs)
            max_bytes = task["max_bytes"]
            buffer = _BoundedBuffer(max_bytes)
            if isinstance(result, ox.QueryTriples):
                result.serialize(buffer, getattr(ox.RdfFormat, task["graph_format"]))
            else:
                result.serialize(buffer, getattr(ox.QueryResultsFormat, task["result_format"]))
            replies.send(("ok", b"".join(buffer.parts)))
        except _ResultTooLarge:
            replies.send(("error", 422, f"the result is larger than {megabytes(task['max_bytes'])}",
                       "narrow the query or add LIMIT"))
        except SyntaxError as exc:
            replies.send(("error", 400, "the query does not parse", str(exc)))
        except MemoryError:
            replies.send(("error", 503, f"the query needed more than {memory_mb} MB of memory",
                       "narrow the query or add LIMIT"))
        except (OSError, ValueError, TypeError) as exc:
            replies.send(("error", 400, "the query could not be evaluated", str(exc)))




if __name__ == "__main__":
    sys.stdout = sys.stderr  # fd 1 carries the replies; nothing else may write to it
    serve(Connection(0, writable=False), Connection(1, readable=False),
          int(sys.argv[1]))
