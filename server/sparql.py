"""GET|POST /sparql (and /sparql/): the SPARQL 1.1 Protocol, query and update operations.

Queries: GET with ``query=``; POST form-encoded with ``query=``; POST with the query as an
``application/sparql-query`` body. ``default-graph-uri`` and ``named-graph-uri`` may
repeat; when either is given they are the whole dataset (the query's FROM too is then
ignored, as the protocol says). The result format follows the Accept header (weighted
lists are honoured) or a ``format``/``output``/``results`` parameter, as several clients
send one.

Updates (POST form-encoded ``update=``, or an ``application/sparql-update`` body) run
only with the admin token (server/auth.py): without one configured they are refused with
403, without the header with 401. ``using-graph-uri`` / ``using-named-graph-uri`` may
repeat, and conflict with WITH or USING in the update (400). A successful update answers
204.

The request is read here and nowhere does the server process parse, check or evaluate a
person's SPARQL: that happens in the confined worker processes of kb/query_runner.py.
The body (or the query string) is capped before anything reads it (413 naming the cap),
it must be UTF-8, graph IRIs must be absolute, and the endpoint's own IRI is the base
against which relative IRIs resolve (a BASE in the text overrides it).
"""
from __future__ import annotations

import urllib.parse

from flask import Blueprint, Response, current_app, request
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import RequestEntityTooLarge

from mlwf.kb.query_worker import megabytes
from mlwf.kb.sparql_errors import QueryInvalid
from mlwf.kb.sparql_guard import absolute_iri
from mlwf.kb.store import StoreUnavailable
from mlwf.ontology.errors import MlwfError, TooLarge
from mlwf.ontology.i18n import _
from mlwf.server.auth import require_admin
from mlwf.server.errors import UnsupportedMediaType
from mlwf.server.services import services

bp = Blueprint("sparql", __name__)

QUERY_TYPE, UPDATE_TYPE, FORM_TYPE = ("application/sparql-query", "application/sparql-update",
                                      "application/x-www-form-urlencoded")

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


# What is read, named whole in each message so that each translates whole.
NOT_UTF8 = {"query string": _("the query string is not UTF-8"),
            "form body": _("the form body is not UTF-8"), "body": _("the body is not UTF-8")}
PERCENT_NOT_UTF8 = {
    "query string": _("the query string holds percent-escapes that are not UTF-8"),
    "form body": _("the form body holds percent-escapes that are not UTF-8")}


def _too_large(cap: int) -> TooLarge:
    return TooLarge(_("the SPARQL request is larger than the limit of {size}", size=megabytes(cap)),
                    _("a query or update is text; send data to change through the JSON API "
                      "or in smaller updates (the limit is the QUERY_MAX_TEXT setting)"))


def _decode(raw: bytes, what: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise QueryInvalid(NOT_UTF8[what],
                           _("byte {position} cannot be read as UTF-8; the SPARQL protocol "
                             "sends UTF-8 text", position=str(exc.start))) from None


def _parse_form(raw: bytes, what: str) -> MultiDict:
    text = _decode(raw, what)
    try:
        pairs = urllib.parse.parse_qsl(text, keep_blank_values=True, encoding="utf-8",
                                       errors="strict")
    except UnicodeDecodeError:
        raise QueryInvalid(PERCENT_NOT_UTF8[what], _("percent-encode UTF-8 bytes")) from None
    return MultiDict(pairs)


def _read() -> tuple[MultiDict, MultiDict, str | None]:
    """(query-string parameters, form parameters, direct body text), read within the cap."""
    cap = current_app.config["QUERY_MAX_TEXT"]
    if len(request.query_string) > cap:
        raise _too_large(cap)
    args = _parse_form(request.query_string, "query string")
    if request.method != "POST":
        return args, MultiDict(), None
    if request.content_length is not None and request.content_length > cap:
        raise _too_large(cap)
    charset = request.mimetype_params.get("charset")
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(_("charset '{charset}' is not supported", charset=charset[:40]),
                                   _("send the request as UTF-8 (charset=utf-8, or no charset)"))
    mimetype = request.mimetype
    if mimetype not in (FORM_TYPE, QUERY_TYPE, UPDATE_TYPE):
        raise UnsupportedMediaType(_("unsupported content type '{type}'",
                                     type=mimetype[:60] or "none"),
                                   _("POST a query as {form} (query=...) or as {query}, an "
                                     "update as {form} (update=...) or as {update}",
                                     form=FORM_TYPE, query=QUERY_TYPE, update=UPDATE_TYPE))
    raw = _read_body(cap)
    if mimetype == FORM_TYPE:
        return args, _parse_form(raw, "form body"), None
    return args, MultiDict(), _decode(raw, "body")


def _read_body(cap: int) -> bytes:
    """At most ``cap`` bytes of the body, whether or not it came with a Content-Length
    (a chunked body has none); one byte more is a 413."""
    parts, size = [], 0
    stream = request.stream
    try:
        while size <= cap:
            chunk = stream.read(min(65536, cap + 1 - size))
            if not chunk:
                break
            parts.append(chunk)
            size += len(chunk)
    except RequestEntityTooLarge:
        raise _too_large(cap) from None
    if size > cap:
        raise _too_large(cap)
    return b"".join(parts)


def _iris(values: list[str], parameter: str) -> list[str]:
    return [absolute_iri(v, parameter) for v in values]


def _base() -> str:
    """The endpoint's own IRI: relative IRIs in a query or update resolve against it."""
    return current_app.config.get("SPARQL_BASE") or request.host_url + "sparql"


def _choose(params: MultiDict, types: dict[str, str], names: dict[str, str]) -> str:
    for param in ("format", "output", "results"):
        value = params.get(param)
        if value:
            key = names.get(value.lower()) or types.get(value.lower())
            if key:
                return key
    best = request.accept_mimetypes.best_match(list(types))
    return types[best] if best else next(iter(types.values()))


def _update(args: MultiDict, form: MultiDict, body: str | None) -> Response:
    # The token first: without it, nothing about the request is looked at.
    require_admin(_("SPARQL update"))
    updates = [body] if body is not None else form.getlist("update")
    if "query" in form or "query" in args:
        raise QueryInvalid(_("both a query and an update"), _("send one operation per request"))
    if len(updates) > 1:
        raise QueryInvalid(_("more than one 'update' parameter"),
                           _("send exactly one update (several operations may be joined with "
                             "';')"))
    params = MultiDict(list(args.items(multi=True)) + list(form.items(multi=True)))
    using = _iris(params.getlist("using-graph-uri"), "using-graph-uri")
    using_named = _iris(params.getlist("using-named-graph-uri"), "using-named-graph-uri")
    base = _base()
    text = services().queries.check_update(updates[0], base, using, using_named)
    try:
        services().store.update(text, base=base)
    except StoreUnavailable:
        raise
    except MlwfError as exc:
        # The remote store refused what the parser accepted (e.g. a dialect's restriction).
        raise QueryInvalid(exc.message, exc.detail) from None
    except (SyntaxError, RuntimeError, ValueError, OSError) as exc:
        # e.g. DROP GRAPH (without SILENT) of a graph that is not in the store
        raise QueryInvalid(_("the update cannot run"), str(exc)[:500]) from None
    response = Response(status=204)
    del response.headers["Content-Type"]  # no body, so no type (Flask's default is HTML)
    return response


def _query(args: MultiDict, form: MultiDict, body: str | None) -> Response:
    if body is not None:
        queries, params = [body] + args.getlist("query"), args
    elif request.method == "POST":
        queries, params = form.getlist("query") + args.getlist("query"), form
    else:
        queries, params = args.getlist("query"), args
    if not queries and "update" in args:
        raise QueryInvalid(_("an update cannot be sent with GET"),
                           _("POST it as update=... ({form}) or as an {update} body",
                             form=FORM_TYPE, update=UPDATE_TYPE))
    if not queries:
        raise QueryInvalid(_("no query given"), _("pass the query in the 'query' parameter"))
    if len(queries) > 1:
        raise QueryInvalid(_("more than one 'query' parameter"), _("send exactly one query"))
    both = MultiDict(list(params.items(multi=True)) +
                     (list(args.items(multi=True)) if params is not args else []))
    defaults = _iris(both.getlist("default-graph-uri"), "default-graph-uri")
    named = _iris(both.getlist("named-graph-uri"), "named-graph-uri")
    result = services().queries.run(queries[0], _choose(both, RESULT_TYPES, RESULT_NAMES),
                                    _choose(both, GRAPH_TYPES, GRAPH_NAMES), defaults, named,
                                    base=_base())
    charset = "" if result.media_type.endswith("json") else "; charset=utf-8"
    response = Response(result.body, content_type=result.media_type + charset)
    response.vary.add("Accept")
    return response


@bp.route("/sparql", methods=["GET", "POST"])
@bp.route("/sparql/", methods=["GET", "POST"])
def sparql():
    args, form, body = _read()
    is_update = request.method == "POST" and (
        request.mimetype == UPDATE_TYPE or (request.mimetype == FORM_TYPE and "update" in form))
    return (_update if is_update else _query)(args, form, body)
