"""Reading a SPARQL query before it runs: its form, and anything that would write or fetch.

A query may not change the store and must never make the server contact another host.
pyoxigraph would follow SERVICE to a remote endpoint, and a query engine may load
FROM/FROM NAMED IRIs it does not hold; so queries are scanned here, before execution,
with a small lexer that skips strings, IRIs, comments and variables (a variable called
?service is fine; the keyword SERVICE is not). The query's own syntax errors are left
to the store's parser, whose message is more precise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from mlwf.ontology.errors import MlwfError

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}

TOKEN = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\s]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*(?::[A-Za-z0-9_\-.]*)?|:[A-Za-z0-9_\-.]*)
  | (?P<other>\S)
""", re.VERBOSE | re.DOTALL)


class QueryRefused(MlwfError):
    status = 400
    title = "query refused"

    def __init__(self, message: str, detail: str | None = None, status: int = 400):
        super().__init__(message, detail)
        self.status = status


@dataclass
class QueryInfo:
    form: str
    from_graphs: list[str] = field(default_factory=list)
    from_named: list[str] = field(default_factory=list)


def _tokens(query: str):
    for m in TOKEN.finditer(query):
        kind = m.lastgroup
        if kind != "comment":
            yield kind, m.group()


def inspect_query(query: str) -> QueryInfo:
    """The query's form and dataset clauses; raises QueryRefused for anything not allowed."""
    if not query or not query.strip():
        raise QueryRefused("empty query", "send a SPARQL query in the 'query' parameter")
    tokens = list(_tokens(query))
    words = [(i, v.upper()) for i, (k, v) in enumerate(tokens) if k == "word"]
    for _, word in words:
        if word in UPDATE_WORDS:
            raise QueryRefused(f"SPARQL update ({word}) is not accepted on this endpoint",
                               "the query parameter takes queries only; change cases through "
                               "the JSON API (POST /api/cases/<id>/facts), or send an update in "
                               "the 'update' parameter with the admin token", status=403)
        if word == "SERVICE":
            raise QueryRefused("SERVICE is not allowed: this endpoint never queries other "
                               "servers", "remove the SERVICE clause", status=403)
    form = next((w for _, w in words if w in FORMS), None)
    if form is None:
        raise QueryRefused("not a SPARQL query", "a query starts with SELECT, ASK, CONSTRUCT "
                           "or DESCRIBE (after any PREFIX and BASE declarations)")
    info = QueryInfo(form)
    for i, word in words:
        if word == "FROM":
            named = i + 1 < len(tokens) and tokens[i + 1][1].upper() == "NAMED"
            j = i + 2 if named else i + 1
            if j < len(tokens) and tokens[j][0] == "iri":
                (info.from_named if named else info.from_graphs).append(tokens[j][1][1:-1])
            else:
                raise QueryRefused("FROM needs a full IRI in angle brackets on this endpoint",
                                   "write FROM <https://w3id.org/mlwf/case/ID>")
    return info
