"""GET|POST /sparql: the SPARQL 1.1 Protocol, query operation only.

Accepted requests: GET with ``query=``; POST form-encoded with ``query=``; POST with the
query as an ``application/sparql-query`` body. ``default-graph-uri`` and
``named-graph-uri`` may repeat. The result format follows the Accept header (weighted
lists are honoured) or a ``format``/``output``/``results`` parameter, as several clients
send one.

SPARQL Update (POST form-encoded ``update=``, or an ``application/sparql-update`` body)
runs only with the admin token (server/auth.py): without one configured it is refused
with 403, without the header with 401. Even then LOAD and SERVICE are refused, since
the server never fetches anything from another host. A successful update answers 204.
Cases normally change through the JSON API.
"""
from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, request

from mlwf.kb.namespaces import prologue
from mlwf.kb.query_runner import GRAPH_FORMATS, RESULT_FORMATS
from mlwf.kb.sparql_guard import TOKEN, QueryRefused, inspect_query
from mlwf.kb.store import StoreUnavailable
from mlwf.ontology.errors import MlwfError
from mlwf.server.api import UnsupportedMediaType
from mlwf.server.auth import require_admin
from mlwf.server.services import services

bp = Blueprint("sparql", __name__)

# media type -> format key, for each kind of result; the first entry is the default.
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/turtle": "turtle",
    "text/n3": "turtle", "text/rdf+n3": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml", "application/xml": "rdfxml", "text/xml": "rdfxml",
    "application/ld+json": "jsonld", "application/json": "jsonld",
}
# Values of the format/output/results parameter.
RESULT_NAMES = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv"}
GRAPH_NAMES = {"turtle": "turtle", "ttl": "turtle", "n3": "turtle", "nt": "ntriples",
               "ntriples": "ntriples", "n-triples": "ntriples", "xml": "rdfxml",
               "rdfxml": "rdfxml", "rdf+xml": "rdfxml", "rdf": "rdfxml", "json": "jsonld",
               "jsonld": "jsonld", "json-ld": "jsonld"}


def _choose(types: dict[str, str], names: dict[str, str]) -> str:
    for param in ("format", "output", "results"):
        value = request.values.get(param)
        if value:
            key = names.get(value.lower()) or types.get(value.lower())
            if key:
                return key
    best = request.accept_mimetypes.best_match(list(types))
    return types[best] if best else next(iter(types.values()))


def _update_request() -> str | None:
    """The update text of a SPARQL Update request, or None when the request is a query."""
    if request.method != "POST":
        return None
    if request.mimetype == "application/sparql-update":
        updates = [request.get_data(as_text=True)]
    elif request.mimetype == "application/x-www-form-urlencoded" and "update" in request.form:
        updates = request.form.getlist("update")
    else:
        return None
    # The token first: without it, nothing about the request is looked at.
    require_admin("SPARQL update")
    if "query" in request.form or "query" in request.args:
        raise QueryRefused("both a query and an update", "send one operation per request")
    if len(updates) > 1:
        raise QueryRefused("more than one 'update' parameter", "send exactly one update "
                           "(several operations may be joined with ';')")
    for param in ("using-graph-uri", "using-named-graph-uri"):
        if param in request.values:
            raise QueryRefused(f"'{param}' is not supported",
                               "name the graphs in the update itself (USING, WITH, GRAPH)")
    return updates[0]


def check_update(update: str) -> None:
    """Refuse an update that is empty or would make the server fetch anything (LOAD,
    SERVICE), before it runs; its syntax is checked by the parser."""
    if not update.strip():
        raise QueryRefused("empty update", "send a SPARQL update in the 'update' parameter")
    for m in TOKEN.finditer(update):
        word = m.group().upper() if m.lastgroup == "word" else None
        if word in ("LOAD", "SERVICE"):
            raise QueryRefused(f"{word} is not allowed: this endpoint never fetches data from "
                               "other servers", f"remove the {word} operation; to add data, "
                               "send it in INSERT DATA", status=403)
    try:
        # Parsed (and run) against an empty in-memory store: a syntax error is reported
        # before anything reaches the real store, whichever kind it is. Other errors there
        # (DROP of a graph the empty store lacks) say nothing about the real store.
        ox.Store().update(prologue() + update)
    except SyntaxError as exc:
        raise QueryRefused("the update does not parse", str(exc)) from None
    except (RuntimeError, ValueError, OSError):
        pass


def _run_update(update: str) -> Response:
    check_update(update)
    try:
        services().store.update(update)
    except StoreUnavailable:
        raise
    except MlwfError as exc:
        # The remote store refused what the parser accepted (e.g. a dialect's restriction).
        raise QueryRefused(exc.message, exc.detail) from None
    except (SyntaxError, RuntimeError, ValueError) as exc:
        # e.g. DROP GRAPH (without SILENT) of a graph that is not in the store
        raise QueryRefused("the update cannot run", str(exc)) from None
    return Response(status=204)


def _read_request() -> tuple[str, list[str], list[str]]:
    """The query text and dataset IRIs, from whichever form the protocol allows."""
    args = request.args
    if request.method == "GET":
        queries = args.getlist("query")
        source = args
    else:
        mimetype = request.mimetype
        if mimetype == "application/sparql-query":
            queries = [request.get_data(as_text=True)]
            if "query" in args:
                queries += args.getlist("query")
            source = args
        elif mimetype == "application/x-www-form-urlencoded":
            queries = request.form.getlist("query") + args.getlist("query")
            source = request.form
        else:
            raise UnsupportedMediaType(
                f"unsupported content type '{mimetype or 'none'}'",
                "POST the query as application/x-www-form-urlencoded (query=...) or as "
                "application/sparql-query")
    if not queries:
        raise QueryRefused("no query given", "pass the query in the 'query' parameter")
    if len(queries) > 1:
        raise QueryRefused("more than one 'query' parameter", "send exactly one query")
    defaults = source.getlist("default-graph-uri") + (
        args.getlist("default-graph-uri") if source is not args else [])
    named = source.getlist("named-graph-uri") + (
        args.getlist("named-graph-uri") if source is not args else [])
    return queries[0], defaults, named


@bp.route("/sparql", methods=["GET", "POST"])
def sparql():
    update = _update_request()
    if update is not None:
        return _run_update(update)
    query, defaults, named = _read_request()
    info = inspect_query(query)
    store = services().store
    for iri in [*info.from_graphs, *info.from_named, *defaults, *named]:
        if not store.ask(f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"):
            raise QueryRefused(f"graph <{iri}> is not in this store",
                               "the endpoint only queries its own graphs and never fetches "
                               "others; GRAPH ?g lists them")
    graph_query = info.form in ("CONSTRUCT", "DESCRIBE")
    key = _choose(GRAPH_TYPES, GRAPH_NAMES) if graph_query else _choose(RESULT_TYPES, RESULT_NAMES)
    body = services().queries.run(query, key if not graph_query else "json",
                                  key if graph_query else "turtle", defaults, named)
    media = (GRAPH_FORMATS if graph_query else RESULT_FORMATS)[key][0]
    charset = "" if media.endswith("json") else "; charset=utf-8"
    return Response(body, content_type=media + charset)
