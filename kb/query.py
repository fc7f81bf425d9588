"""Running a SPARQL query from Python or the command line, with the endpoint's limits.

``query_dataframe`` gives a pandas DataFrame with typed columns; ``query_bytes`` the
serialized result. Either runs against an embedded store directory, or against any
SPARQL endpoint (for example a running ``mlwf serve``) when ``endpoint`` is given.
"""
from __future__ import annotations

import io
import json
import urllib.error
import urllib.parse
import urllib.request

from mlwf.kb.namespaces import PREFIXES
from mlwf.kb.query_runner import QueryLimits, query_runner
from mlwf.kb.sparql_errors import QueryForbidden, QueryInvalid, QueryUnavailable, ResultTooLarge
from mlwf.kb.sparql_guard import inspect_query
from mlwf.kb.store import EmbeddedStore, StoreUnavailable, python_value
from mlwf.ontology.i18n import _

MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
         "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml",
         "jsonld": "application/ld+json"}
# An endpoint's answer as the kind of error it reports (any other 4xx: the query was wrong).
_ENDPOINT_ERRORS = {403: QueryForbidden, 422: ResultTooLarge}


def query_bytes(query: str, fmt: str = "json", *, store_path: str = "var/store",
                endpoint: str | None = None, limits: QueryLimits | None = None) -> bytes:
    # The command line reads the person's own query in their own process: it may parse it
    # here (the server never does; its workers do).
    info = inspect_query(query, prefixes=PREFIXES)
    graph = info.form in ("CONSTRUCT", "DESCRIBE")
    if endpoint:
        request = urllib.request.Request(
            endpoint, data=urllib.parse.urlencode({"query": query}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     "Accept": MEDIA.get(fmt, "*/*")})
        try:
            with urllib.request.urlopen(request, timeout=(limits or QueryLimits()).timeout + 5) as r:
                return r.read()
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace")
            kind = _ENDPOINT_ERRORS.get(exc.code) or (QueryUnavailable if exc.code >= 500
                                                       else QueryInvalid)
            try:
                doc = json.loads(body)
            except ValueError:
                doc = None
            if isinstance(doc, dict) and doc.get("error"):  # an mlwf server's {error, detail}
                raise kind(doc["error"], doc.get("detail")) from None
            raise kind(_("the endpoint answered {code}", code=str(exc.code)), body[:500]) from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreUnavailable(_("cannot reach {endpoint}", endpoint=endpoint),
                                   str(getattr(exc, "reason", exc))) from None
    try:
        store = EmbeddedStore(store_path)
    except StoreUnavailable as exc:
        raise StoreUnavailable(exc.message, _("a running mlwf server holds it: query the server "
                                              "with {option}",
                                              option="--endpoint http://127.0.0.1:5000/sparql")) from None
    runner = query_runner(store, limits)
    try:
        return runner.run(query, fmt if not graph else "json", fmt if graph else "turtle", [],
                          []).body
    finally:
        runner.close()
        store.close()


def query_dataframe(query: str, *, store_path: str = "var/store", endpoint: str | None = None):
    """A SELECT query's results as a pandas DataFrame (numbers and booleans typed)."""
    import pandas as pd

    if inspect_query(query, prefixes=PREFIXES).form != "SELECT":
        raise QueryInvalid(_("a DataFrame needs a SELECT query"))
    doc = json.load(io.BytesIO(query_bytes(query, "json", store_path=store_path, endpoint=endpoint)))
    names = doc["head"]["vars"]
    rows = [{n: python_value(b[n]["type"], b[n]["value"], b[n].get("datatype")) if n in b else None
             for n in names} for b in doc["results"]["bindings"]]
    return pd.DataFrame(rows, columns=names)
