"""Resolvable IRIs: the ontology, its version IRI, the kb: and fact: vocabularies, each
case, and a dump of the whole store, answered by content negotiation.

w3id.org/mlwf/... redirects to this server's same paths. Each resource is offered as
Turtle, JSON-LD (compacted with an @context of the project's prefixes), RDF/XML, N-Triples
and, for a browser, HTML; the Accept header chooses, or ``?format=``. The dump is the
store's named graphs as N-Quads or TriG.
"""
from __future__ import annotations

import html

from flask import Blueprint, Response, request
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS

from mlwf.kb.namespaces import PREFIXES
from mlwf.kb.vocabulary import fact_vocabulary, kb_vocabulary
from mlwf.ontology import ONTOLOGY_IRI, graph as ontology_graph
from mlwf.ontology.errors import InvalidInput, NotFound, quote
from mlwf.ontology.i18n import Message, _, current_lang
from mlwf.ontology.rdfxml import serialize_rdfxml
from mlwf.server.services import services

bp = Blueprint("linked_data", __name__)

# format name -> media type
MEDIA = {"ttl": "text/turtle", "jsonld": "application/ld+json", "owl": "application/rdf+xml",
         "nt": "application/n-triples", "html": "text/html"}
ALIASES = {"turtle": "ttl", "json-ld": "jsonld", "rdfxml": "owl", "xml": "owl", "rdf": "owl",
           "ntriples": "nt", "n-triples": "nt"}
DUMP_MEDIA = {"nq": "application/n-quads", "trig": "application/trig"}
CONTEXT = {**PREFIXES, "dcterms": "http://purl.org/dc/terms/", "prov": "http://www.w3.org/ns/prov#"}


def negotiate(offered: dict[str, str], default: str) -> str:
    """The format asked for by ?format= or, failing that, by the Accept header."""
    asked = request.args.get("format")
    if asked:
        key = ALIASES.get(asked.lower(), asked.lower())
        if key not in offered:
            raise InvalidInput(_("unknown format {name}", name=quote(asked, 20)),
                               _("allowed: {allowed}", allowed=", ".join(offered)))
        return key
    by_media = {media: name for name, media in offered.items()}
    for media, name in (("application/json", "jsonld"), ("application/xml", "owl"),
                        ("application/x-turtle", "ttl"), ("text/plain", "nt")):
        if name in offered:
            by_media.setdefault(media, name)
    if not request.accept_mimetypes or request.accept_mimetypes.best in (None, "*/*"):
        return default
    best = request.accept_mimetypes.best_match(list(by_media))
    return by_media[best] if best else default


def rdf_response(g: Graph, title: Message | str, name: str, fmt: str | None = None) -> Response:
    fmt = fmt or negotiate(MEDIA, "ttl")
    if fmt == "html":
        body = html_page(g, title).encode("utf-8")
    elif fmt == "jsonld":
        body = g.serialize(format="json-ld", context=CONTEXT, auto_compact=True, encoding="utf-8")
    elif fmt == "owl":
        body = serialize_rdfxml(g)
    else:
        body = g.serialize(format={"ttl": "turtle", "nt": "nt"}[fmt], encoding="utf-8")
    response = Response(body, content_type=MEDIA[fmt] + "; charset=utf-8")
    if fmt != "html":
        ext = {"ttl": "ttl", "jsonld": "jsonld", "owl": "rdf", "nt": "nt"}[fmt]
        response.headers["Content-Disposition"] = f'inline; filename="{name}.{ext}"'
    response.vary.add("Accept")
    return response


def _short(term) -> str:
    text = str(term)
    for prefix, ns in CONTEXT.items():
        if text.startswith(ns):
            return f"{prefix}:{text[len(ns):]}"
    return text


def html_page(g: Graph, title: Message | str) -> str:
    """A plain page for a person, in the request's language: each subject with its
    statements, IRIs as links labelled in that language."""
    lang = current_lang()
    labels: dict[object, str] = {}
    for s, label in sorted(g.subject_objects(RDFS.label), key=lambda sl: (
            getattr(sl[1], "language", None) != lang, str(sl[1]))):
        if isinstance(label, Literal) and label.language in (None, "en", lang):
            labels.setdefault(s, str(label))
    onto = ontology_graph()

    def show(term) -> str:
        if isinstance(term, URIRef):
            found = {getattr(x, "language", None): str(x) for x in onto.objects(term, RDFS.label)}
            label = labels.get(term) or found.get(lang) or found.get("en")
            text = html.escape(_short(term)) + (f" <small>({html.escape(label)})</small>" if label else "")
            return f'<a href="{html.escape(str(term))}">{text}</a>'
        if isinstance(term, BNode):
            inner = "; ".join(f"{show(p)} {show(o)}" for p, o in sorted(g.predicate_objects(term)))
            return f"[ {inner} ]"
        tag = f"@{term.language}" if term.language else ""
        return f"<q>{html.escape(str(term))}</q>{tag}"

    subjects = sorted({s for s in g.subjects() if isinstance(s, URIRef)}, key=str)
    title = html.escape(str(title))
    links = ", ".join(f'<a href="?format={f}">{n}</a>' for f, n in (
        ("ttl", "Turtle"), ("jsonld", "JSON-LD"), ("owl", "RDF/XML")))
    formats = _("{first} and {last}", first=links, last='<a href="?format=nt">N-Triples</a>')
    parts = [f"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title>"
             "<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}"
             "dt{font-weight:600;margin-top:.4rem}dd{margin-left:1.5rem}h2{font-size:1.05rem;margin-top:1.6rem}</style>"
             f"</head><body><h1>{title}</h1><p>" + str(_("Also as {formats}.", formats=formats))
             + "</p>"]
    for s in subjects:
        parts.append(f'<h2 id="{html.escape(str(s).rsplit("#", 1)[-1])}">{show(s)}</h2><dl>')
        for p in sorted(set(g.predicates(s, None)), key=str):
            values = sorted(g.objects(s, p), key=lambda o: (str(getattr(o, "language", "")), str(o)))
            parts.append(f"<dt>{show(p)}</dt>" + "".join(f"<dd>{show(o)}</dd>" for o in values))
        parts.append("</dl>")
    parts.append("</body></html>")
    return "\n".join(parts)


# -- the ontology -----------------------------------------------------------------------------

def ontology_response() -> Response:
    """The ontology IRI and its current version IRI: the Turtle source as it is, RDF/XML
    as generated, JSON-LD, N-Triples, or a page."""
    from mlwf.ontology.export import serialize
    fmt = negotiate(MEDIA, "ttl")
    if fmt in ("ttl", "owl", "nt"):
        response = Response(serialize(fmt), content_type=MEDIA[fmt] + "; charset=utf-8")
        response.headers["Content-Disposition"] = f'inline; filename="mlwf.{ {"ttl": "ttl", "owl": "owl", "nt": "nt"}[fmt] }"'
        response.vary.add("Accept")
        return response
    return rdf_response(ontology_graph(), _("mlwf: Machine Learning Workflow Ontology"), "mlwf",
                        fmt)


@bp.get("/ontology/<version>")
def ontology_version(version: str):
    current = str(ontology_graph().value(URIRef(ONTOLOGY_IRI), URIRef("http://www.w3.org/2002/07/owl#versionInfo")))
    if version != current:
        raise NotFound(_("version {version} of the ontology is not served here",
                         version=quote(version, 20)),
                       _("the current version is {current}: GET /ontology/{current} or /ontology",
                         current=current))
    return ontology_response()


# -- the vocabularies -------------------------------------------------------------------------

@bp.get("/kb")
def kb():
    return rdf_response(kb_vocabulary(), _("mlwf knowledge base vocabulary (kb:)"), "kb")


@bp.get("/fact")
def fact():
    return rdf_response(fact_vocabulary(), _("mlwf fact vocabulary (fact:)"), "fact")


# -- cases --------------------------------------------------------------------------------------

@bp.get("/case/<case_id>")
def case(case_id: str):
    g = services().cases.graph(case_id)
    for prefix, ns in CONTEXT.items():
        g.bind(prefix, ns, override=True)
    return rdf_response(g, _("mlwf case {case_id}", case_id=case_id), f"case-{case_id}")


# -- the whole store ----------------------------------------------------------------------------

@bp.get("/dump")
def dump():
    """Every named graph of the store (ontology, inferred graph, cases) as N-Quads or TriG."""
    asked = request.args.get("format")
    if asked:
        fmt = {"nquads": "nq", "n-quads": "nq"}.get(asked.lower(), asked.lower())
        if fmt not in DUMP_MEDIA:
            raise InvalidInput(_("unknown format {name}", name=quote(asked, 20)),
                               _("allowed: {allowed}", allowed="nq, trig"))
    else:
        best = request.accept_mimetypes.best_match(list(DUMP_MEDIA.values()))
        fmt = {m: n for n, m in DUMP_MEDIA.items()}.get(best, "nq")
    data = services().store.dump_quads()
    if fmt == "trig":
        ds = Dataset()
        ds.parse(data=data, format="nquads")
        for prefix, ns in CONTEXT.items():
            ds.bind(prefix, ns, override=True)
        data = ds.serialize(format="trig", encoding="utf-8")
    response = Response(data, content_type=DUMP_MEDIA[fmt] + "; charset=utf-8")
    response.headers["Content-Disposition"] = f'attachment; filename="mlwf-store.{fmt}"'
    response.vary.add("Accept")
    return response
