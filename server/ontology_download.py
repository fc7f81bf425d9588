"""GET /ontology: the ontology as Turtle, RDF/XML, JSON-LD or N-Triples (HTML for a
browser, from server/linked_data.py, which also answers the version IRI)."""
from __future__ import annotations

from flask import Blueprint, Response, request

from mlwf.ontology.export import FORMATS, normalize_format, serialize

bp = Blueprint("ontology_download", __name__)

BY_MEDIA = {media: name for name, (_, media, _) in FORMATS.items()}
BY_MEDIA.update({"application/xml": "owl", "text/xml": "owl", "application/json": "jsonld",
                 "application/x-turtle": "ttl", "text/plain": "nt"})


@bp.get("/ontology")
def ontology():
    requested = request.args.get("format")
    if requested == "html" or not requested and request.accept_mimetypes.best == "text/html":
        from mlwf.server.linked_data import ontology_response
        return ontology_response()      # a browser: the page (server/linked_data.py)
    if requested:
        fmt = normalize_format(requested)
    else:
        best = request.accept_mimetypes.best_match(list(BY_MEDIA))
        fmt = BY_MEDIA[best] if best else "ttl"
    _, media, ext = FORMATS[fmt]
    response = Response(serialize(fmt), content_type=media + "; charset=utf-8")
    response.headers["Content-Disposition"] = f'inline; filename="mlwf.{ext}"'
    response.vary.add("Accept")
    return response
