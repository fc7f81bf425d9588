"""The language of a request, chosen by Flask-Babel: ``lang`` (the query string, or a JSON
body's "lang") when it names one of ours, else the best match of the Accept-Language
header, else English. The same choice renders error messages raised in lower layers (see
mlwf.ontology.i18n) and the page's words, all from the one catalogue."""
from __future__ import annotations

from flask import Flask, has_request_context, request
from flask_babel import Babel, get_locale
from werkzeug.exceptions import HTTPException

from mlwf.ontology import i18n


def select_lang() -> str:
    given = request.args.get("lang")
    if given is None and request.is_json:
        try:
            body = request.get_json(silent=True)
        except HTTPException:   # a body over the size limit: its own error says so
            body = None
        given = body.get("lang") if isinstance(body, dict) else None
    if given in i18n.LANGS:
        return given
    return request.accept_languages.best_match(i18n.LANGS, default=i18n.DEFAULT_LANG)


def request_lang() -> str:
    """The current request's language (outside a request: none, so English)."""
    if not has_request_context():
        return i18n.DEFAULT_LANG
    return i18n.check(str(get_locale()))


def init_app(app: Flask) -> None:
    Babel(app, locale_selector=select_lang, default_domain=i18n.DOMAIN,
          default_translation_directories=str(i18n.LOCALE_DIR))
    i18n.set_resolver(lambda: request_lang() if has_request_context() else None)

    @app.after_request
    def vary(response):
        # Error messages and the page follow Accept-Language: caches must key on it.
        response.vary.add("Accept-Language")
        return response
