"""Reading a SPARQL request before it runs: its form, its dataset, and anything that would
write or fetch.

A query may not change the store and must never make the server contact another host.
pyoxigraph follows SERVICE to a remote endpoint and LOAD fetches a document; so every
query and update is parsed here with a real SPARQL parser (rdflib's, a pyparsing grammar
of SPARQL 1.1), translated to its algebra, and the algebra is walked: SERVICE anywhere,
LOAD, and an update sent as a query are refused; FROM and FROM NAMED are collected, so
that the store is handed them as its dataset. What does not parse is refused, and
nothing is executed to check it.

Two parsers read the same text (rdflib's here, oxigraph's when it runs), so they must
see the same text: ``prepare`` first makes the few differences between them moot. rdflib
replaces \\uXXXX escapes everywhere before parsing (SPARQL 1.1 §19.2) while oxigraph reads
them only inside strings and IRIs, and rdflib ends a comment only at LF while oxigraph
also ends it at CR; so escapes are expanded once here (a text that still holds one
afterwards is refused) and CR and CRLF become LF. The text both parse is the prepared one.

This module runs inside the query worker process (kb/query_worker.py), under the
worker's time and memory bounds: parsing a large text is work a client causes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from mlwf.kb.sparql_errors import QueryForbidden, QueryInvalid, QueryRefused, UpdateAsQuery
from mlwf.ontology.i18n import _

FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
         "DescribeQuery": "DESCRIBE"}
# Update operations that fetch; SERVICE inside a WHERE is found by the walk.
FETCHING_OPERATIONS = {"Load": "LOAD"}
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
MAX_NESTING = _("the query is nested too deeply to be checked")
# The texts that differ between a query and an update, whole, so each translates whole.
EMPTY = {"query": _("empty query"), "update": _("empty update")}
EXAMPLE = {"query": _("a SPARQL query is text such as {example}",
                      example="SELECT * WHERE { ?s ?p ?o } LIMIT 10"),
           "update": _("a SPARQL update is text such as {example}",
                       example="INSERT DATA { <urn:a> <urn:b> <urn:c> }")}
ESCAPED = {"query": _("the query holds an escape that produces another escape"),
           "update": _("the update holds an escape that produces another escape")}
NO_PARSE = {"query": _("the query does not parse"), "update": _("the update does not parse")}
SIMPLIFY = {"query": _("simplify the query"), "update": _("simplify the update")}


@dataclass
class QueryInfo:
    form: str
    text: str                       # the prepared text, which is what runs
    from_graphs: list[str] = field(default_factory=list)
    from_named: list[str] = field(default_factory=list)


@dataclass
class UpdateInfo:
    text: str
    operations: list[str]
    has_dataset_clause: bool        # some operation has WITH or USING


def _expand(match: re.Match) -> str:
    code = int(match.group(1) or match.group(2), 16)
    if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        raise QueryInvalid(_("the text holds an escape that is not a character"),
                           _("{escape} is a surrogate or out of range", escape=match.group(0)))
    return chr(code)


def prepare(text: str, what: str = "query") -> str:
    """The text both parsers will read the same way (see the module's docstring)."""
    if not text or not text.strip():
        raise QueryInvalid(EMPTY[what], EXAMPLE[what])
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPE.sub(_expand, text)
    if _ESCAPE.search(text) or "\r" in text:
        raise QueryInvalid(ESCAPED[what], _("write the characters themselves (the text is UTF-8)"))
    return text


def _syntax_error(exc: Exception, text: str, what: str) -> QueryRefused:
    """A parse error with its position in the person's own text."""
    line, column = getattr(exc, "lineno", None), getattr(exc, "col", None)
    problem = getattr(exc, "msg", None) or str(exc)
    if line is None or column is None:
        return QueryInvalid(NO_PARSE[what], problem)
    source = text.split("\n")[line - 1] if line - 1 < len(text.split("\n")) else ""
    near = repr(source[max(0, column - 30):column + 30].strip()[:80])
    # Numbers as text: a column is not a quantity to write with a thousands separator.
    return QueryInvalid(NO_PARSE[what], _("line {line}, column {column}: {problem} near: {near}",
                                          line=str(line), column=str(column), problem=problem,
                                          near=near))


def _walk(node, seen: set[int] | None = None):
    """Every CompValue in an rdflib parse or algebra tree."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, ParseResults)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())


def _refuse_service(tree) -> None:
    for node in _walk(tree):
        if node.name == "ServiceGraphPattern":
            raise QueryForbidden(_("SERVICE is not allowed: this endpoint never fetches "
                                   "anything from other servers"),
                                 _("remove the SERVICE clause"))


def _looks_like_update(text: str) -> str | None:
    from rdflib.plugins.sparql.parser import parseUpdate
    try:
        update = parseUpdate(text)
    except Exception:  # noqa: BLE001 - not an update either: the query's own error stands
        return None
    names = [op.name for op in update["request"]] if "request" in update else []
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", names[0]).upper() if names else None


def inspect_query(query: str, base: str | None = None,
                  prefixes: dict[str, str] | None = None) -> QueryInfo:
    """The query's form and dataset clauses; raises QueryRefused for anything not allowed."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    text = prepare(query)
    try:
        parsed = parseQuery(text)
    except RecursionError:
        raise QueryInvalid(MAX_NESTING, SIMPLIFY["query"]) from None
    except Exception as exc:  # noqa: BLE001 - pyparsing's ParseException and its kin
        operation = _looks_like_update(text)
        if operation:
            raise UpdateAsQuery(_("SPARQL update ({operation}) is not accepted as a query",
                                  operation=operation)) from None
        raise _syntax_error(exc, text, "query") from None
    _refuse_service(parsed)
    try:
        translated = translateQuery(parsed, base=base, initNs=prefixes or {})
    except RecursionError:
        raise QueryInvalid(MAX_NESTING, SIMPLIFY["query"]) from None
    except Exception as exc:  # noqa: BLE001 - e.g. an undeclared prefix, a bad IRI
        raise QueryInvalid(_("the query cannot be read"), str(exc)[:300]) from None
    _refuse_service(translated.algebra)
    info = QueryInfo(FORMS[translated.algebra.name], text)
    for clause in (translated.algebra["datasetClause"] if "datasetClause" in translated.algebra else None) or []:  # noqa: SIM401 (CompValue.get answers the key itself for a missing key)
        # CompValue.get answers the key itself for a missing key: test membership
        if "default" in clause:
            info.from_graphs.append(absolute_iri(str(clause.default), "FROM"))
        if "named" in clause:
            info.from_named.append(absolute_iri(str(clause.named), "FROM NAMED"))
    return info


def inspect_update(update: str, base: str | None = None,
                   prefixes: dict[str, str] | None = None) -> UpdateInfo:
    """The update's operations; raises QueryRefused for one that fetches or does not parse.
    Nothing is executed."""
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    text = prepare(update, "update")
    try:
        parsed = parseUpdate(text)
    except RecursionError:
        raise QueryInvalid(MAX_NESTING, SIMPLIFY["update"]) from None
    except Exception as exc:  # noqa: BLE001
        raise _syntax_error(exc, text, "update") from None
    try:
        translated = translateUpdate(parsed, base=base, initNs=prefixes or {})
    except RecursionError:
        raise QueryInvalid(MAX_NESTING, SIMPLIFY["update"]) from None
    except Exception as exc:  # noqa: BLE001
        raise QueryInvalid(_("the update cannot be read"), str(exc)[:300]) from None
    operations = [op.name for op in translated.algebra]
    for name in operations:
        if name in FETCHING_OPERATIONS:
            word = FETCHING_OPERATIONS[name]
            raise QueryForbidden(_("{word} is not allowed: this endpoint never fetches data "
                                   "from other servers", word=word),
                                 _("remove the {word} operation; to add data, send it in "
                                   "INSERT DATA", word=word))
    _refuse_service(parsed)
    _refuse_service(translated.algebra)
    dataset = any("withClause" in op or "using" in op for op in translated.algebra)
    return UpdateInfo(text, operations, dataset)


def absolute_iri(value: str, what: str) -> str:
    """``value`` when it is an absolute IRI (RFC 3987, with a scheme); 400 otherwise."""
    import pyoxigraph as ox

    shown = value[:80] + ("…" if len(value) > 80 else "")
    scheme = re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", value or "")
    try:
        node = ox.NamedNode(value)
    except ValueError:
        node = None
    if node is None or not scheme:
        raise QueryInvalid(_("{what}: {value} is not an absolute IRI", what=what, value=repr(shown)),
                           _("give a full IRI such as {example}",
                             example="https://w3id.org/mlwf/case/ID"))
    return node.value


# Tokens that can hold a brace or the word WHERE without being one (after ``prepare``).
_SKIP = re.compile(r"""\#[^\n]*|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                   |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\s]*>
                   |[?$][^\s{}()]*|[A-Za-z_][A-Za-z0-9_\-.]*:?[^\s{}();,]*|[{}]|\S""", re.VERBOSE)


def with_using(info: UpdateInfo, using: list[str], using_named: list[str], base: str | None = None,
               prefixes: dict[str, str] | None = None) -> str:
    """The update with the protocol's using-graph-uri / using-named-graph-uri applied to each
    DELETE/INSERT … WHERE operation, as USING / USING NAMED clauses.

    The clauses are made of IRIs already checked by :func:`absolute_iri` and written by
    the store's own term class, and go in front of each operation's top-level WHERE; the
    result is parsed again and must have exactly those clauses on exactly those
    operations, or it is refused.
    """
    import pyoxigraph as ox

    if info.has_dataset_clause:
        raise QueryInvalid(_("using-graph-uri / using-named-graph-uri conflict with WITH or "
                             "USING in the update"),
                           _("the SPARQL 1.1 Protocol forbids both: name the graphs either in "
                             "the request's parameters or in the update"))
    if "DeleteWhere" in info.operations:
        raise QueryInvalid(_("using-graph-uri / using-named-graph-uri cannot apply to DELETE "
                             "WHERE"),
                           _("write it as DELETE {example}, which takes a dataset",
                             example="{ … } WHERE { … }"))
    clauses = " ".join([f"USING {ox.NamedNode(g)}" for g in using] +
                       [f"USING NAMED {ox.NamedNode(g)}" for g in using_named]) + " "
    text, depth, cuts = info.text, 0, []
    for m in _SKIP.finditer(text):
        token = m.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif depth == 0 and token.upper() == "WHERE":
            cuts.append(m.start())
    rewritten = text
    for cut in reversed(cuts):
        rewritten = rewritten[:cut] + clauses + rewritten[cut:]
    checked = inspect_update(rewritten, base, prefixes)
    expected = [(ox.NamedNode(g).value, None) for g in using] + \
               [(None, ox.NamedNode(g).value) for g in using_named]
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate
    ops = translateUpdate(parseUpdate(checked.text), base=base, initNs=prefixes or {}).algebra
    modify = [op for op in ops if op.name == "Modify"]
    got_ok = checked.operations == info.operations and all(
        [(str(u["default"]) if "default" in u else None,
          str(u["named"]) if "named" in u else None) for u in (op["using"] if "using" in op else [])] == expected  # noqa: SIM401 (CompValue.get answers the key itself for a missing key)
        for op in modify) and len(cuts) == len(modify)
    if not got_ok:
        raise QueryInvalid(_("cannot apply using-graph-uri / using-named-graph-uri to this "
                             "update"),
                           _("name the graphs in the update itself (USING, USING NAMED)"))
    return checked.text
