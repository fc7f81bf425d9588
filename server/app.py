"""The Flask application factory."""
from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from flask import Flask


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app. Settings come from server/settings.py's table: its defaults, then the
    ``MLWF_*`` environment, then ``config`` (the command line's options; tests pass a
    temporary store). A bad setting raises SettingError with a one-line message."""
    from mlwf.server import (
        api,
        errors,
        evaluations,
        i18n,
        linked_data,
        ontology_download,
        openapi,
        pages,
        settings,
        sparql,
    )
    from mlwf.server.json_provider import StrictJSONProvider
    from mlwf.server.services import Services

    app = Flask(__name__)
    app.config.update(settings.load(config))
    app.json = StrictJSONProvider(app)  # no NaN/Infinity out, no lone surrogates in
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    if app.config["STORE_PATH"]:
        os.makedirs(app.config["STORE_PATH"], exist_ok=True)
    app.extensions["mlwf"] = Services.from_config(app.config)
    i18n.init_app(app)
    errors.register(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(evaluations.bp)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(ontology_download.bp)
    app.register_blueprint(linked_data.bp)
    app.register_blueprint(openapi.bp)
    app.register_blueprint(pages.bp)
    return app
