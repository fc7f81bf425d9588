"""The Flask application factory."""
from __future__ import annotations

import os
from typing import Any, Mapping

from flask import Flask

DEFAULTS = {
    "STORE_PATH": "var/store",       # the embedded store's directory
    "STORE_URL": None,               # a remote SPARQL 1.1 query endpoint instead
    "STORE_UPDATE_URL": None,        # its update endpoint, when different
    "STORE_USER": None,
    "STORE_PASSWORD": None,
    "QUERY_TIMEOUT": 10.0,           # seconds per SPARQL query
    "QUERY_MEMORY_MB": 2048,         # memory of a SPARQL worker process
    "QUERY_MAX_BYTES": 20_000_000,   # size of a SPARQL result
    "QUERY_WORKERS": 2,              # SPARQL queries running at once
    "MAX_CONTENT_LENGTH": 50_000_000,  # request bodies, CSV uploads included
    "JSON_SORT_KEYS": False,
    # SPARQL Update and case deletion; None switches them off (403). When the factory is
    # not given ADMIN_TOKEN, it reads MLWF_ADMIN_TOKEN or the file named by
    # MLWF_ADMIN_TOKEN_FILE / ADMIN_TOKEN_FILE (server/auth.py).
    "ADMIN_TOKEN": None,
    "ADMIN_TOKEN_FILE": None,
}


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app; ``config`` overrides the defaults (tests pass a temporary store)."""
    from mlwf.server import api, auth, errors, ontology_download, openapi, pages, sparql
    from mlwf.server.json_provider import StrictJSONProvider
    from mlwf.server.services import Services

    app = Flask(__name__)
    app.config.update(DEFAULTS)
    app.config.update(config or {})
    auth.configure(app.config, explicit="ADMIN_TOKEN" in (config or {}))
    app.json = StrictJSONProvider(app)  # no NaN/Infinity out, no lone surrogates in
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    if app.config["STORE_PATH"]:
        os.makedirs(app.config["STORE_PATH"], exist_ok=True)
    app.extensions["mlwf"] = Services.from_config(app.config)
    errors.register(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(ontology_download.bp)
    app.register_blueprint(openapi.bp)
    app.register_blueprint(pages.bp)
    return app
