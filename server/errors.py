"""Every error becomes JSON {"error", "detail"} with its status; no trace reaches a client."""
from __future__ import annotations

import logging

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from mlwf.ontology.errors import MlwfError, Text

log = logging.getLogger("mlwf.server")


def error_response(status: int, error: Text, detail: Text | None = None):
    response = jsonify({"error": error, "detail": detail})
    response.status_code = status
    return response


def register(app: Flask) -> None:
    @app.errorhandler(MlwfError)
    def project_error(exc: MlwfError):
        response = error_response(exc.status, exc.message, exc.detail)
        response.headers.update(getattr(exc, "headers", None) or {})
        return response

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        methods = getattr(exc, "valid_methods", None) or []  # MethodNotAllowed's
        detail = {
            404: "see GET /openapi.json for the paths this server answers",
            405: "allowed methods: " + ", ".join(sorted(methods)),
            413: f"the limit is {app.config.get('MAX_CONTENT_LENGTH') or 0:,} bytes "
                 "(the MAX_CONTENT_LENGTH setting)",
        }.get(exc.code or 500, exc.description)
        response = error_response(exc.code or 500, exc.name.lower(), detail)
        if exc.code == 405 and methods:
            response.headers["Allow"] = ", ".join(methods)
        return response

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        log.exception("unhandled error")
        return error_response(500, "internal error", "the server logged the details")
