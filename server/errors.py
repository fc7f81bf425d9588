"""The one place a project error becomes an HTTP answer: JSON {"error", "detail"} with
the status its kind maps to in ``ANSWERS``; no trace reaches a client.

The layers below raise kinds (ontology/errors.py, and a few of their own subclasses),
never statuses. An exception is answered by the entry of the first class in its method
resolution order that ``ANSWERS`` names, so a specific class (a result too large, a busy
server) wins over the kind it derives from. The command line has its own table
(cli/errors.py); tests/test_errors.py checks that both cover every error class.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from mlwf.kb.cases import UnknownCase
from mlwf.kb.sparql_errors import ResultTooLarge, UpdateAsQuery
from mlwf.ontology.errors import InvalidInput, MlwfError, NotFound, Refused, TooLarge, Unavailable
from mlwf.ontology.i18n import _

log = logging.getLogger("mlwf.server")

REALM = "mlwf admin"


# -- the server's own kinds: what only an HTTP request can get wrong --------------------------

class Unauthorized(Refused):
    """No admin token sent, or a malformed Authorization header (server/auth.py)."""


class Busy(Unavailable):
    """As many evaluations running as the server allows; the client may ask again later."""


class UnsupportedMediaType(InvalidInput):
    """A request body of a type the route does not take."""


@dataclass(frozen=True)
class Answer:
    status: int
    title: str
    headers: dict[str, str] = field(default_factory=dict)
    # The detail when the error has none: what to do, in the API's own terms (its routes
    # and parameters), which a command-line user would not see.
    hint: Callable[[MlwfError], Any] | None = None


ANSWERS: dict[type[MlwfError], Answer] = {
    MlwfError: Answer(500, "internal error"),
    InvalidInput: Answer(400, "invalid input"),
    TooLarge: Answer(413, "too large"),
    UnsupportedMediaType: Answer(415, "unsupported media type"),
    NotFound: Answer(404, "not found"),
    UnknownCase: Answer(404, "not found", hint=lambda exc: _("create one with POST /api/cases")),
    Refused: Answer(403, "forbidden"),
    UpdateAsQuery: Answer(403, "forbidden", hint=lambda exc: _(
        "the query parameter takes queries only; change cases through the JSON API "
        "(POST /api/cases/<id>/facts), or send an update in the 'update' parameter with the "
        "admin token")),
    Unauthorized: Answer(401, "unauthorized", {"WWW-Authenticate": f'Bearer realm="{REALM}"'}),
    ResultTooLarge: Answer(422, "result too large"),
    Unavailable: Answer(503, "unavailable"),
    Busy: Answer(503, "busy", {"Retry-After": "30"}),
}


def answer_for(kind: type[MlwfError]) -> Answer:
    """The entry of the first class of ``kind``'s method resolution order in ANSWERS."""
    return next(ANSWERS[c] for c in kind.__mro__ if c in ANSWERS)


def status_of(exc: MlwfError) -> int:
    return answer_for(type(exc)).status


def error_response(status: int, error: Any, detail: Any = None):
    response = jsonify({"error": error, "detail": detail})
    response.status_code = status
    return response


def register(app: Flask) -> None:
    @app.errorhandler(MlwfError)
    def project_error(exc: MlwfError):
        answer = answer_for(type(exc))
        detail = exc.detail
        if detail is None and answer.hint is not None:
            detail = answer.hint(exc)
        response = error_response(answer.status, exc.message, detail)
        response.headers.update(answer.headers)
        return response

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        methods = getattr(exc, "valid_methods", None) or []  # MethodNotAllowed's
        detail = {
            404: _("see GET /openapi.json for the paths this server answers"),
            405: _("allowed methods: {methods}", methods=", ".join(sorted(methods))),
            413: _("the limit is {size} bytes (the MAX_CONTENT_LENGTH setting)",
                   size=app.config.get("MAX_CONTENT_LENGTH") or 0),
        }.get(exc.code or 500, exc.description)
        response = error_response(exc.code or 500, exc.name.lower(), detail)
        if exc.code == 405 and methods:
            response.headers["Allow"] = ", ".join(methods)
        return response

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        log.exception("unhandled error")
        return error_response(500, _("internal error"), _("the server logged the details"))
