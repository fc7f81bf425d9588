"""The project's exception types. They live in the lowest layer so every layer can raise
them; the server and the command line turn them into messages in one place each."""
from __future__ import annotations

import json
from typing import Any

from mlwf.ontology.i18n import Message

# What an error's message and detail may be: a plain text, or a Message translated when shown.
Text = str | Message

# How much of a bad value an error message quotes: enough to recognise it, never so much
# that a 45 MB value comes back as a 45 MB error.
QUOTE_LIMIT = 60


def quote(value: Any, limit: int = QUOTE_LIMIT) -> str:
    """A bad value as every error message shows it: its JSON text ("lopsided", 1e400,
    [1, 2]), cut to a short prefix that says how long the whole was."""
    if isinstance(value, str):
        text = json.dumps(value[:limit + 1], ensure_ascii=False)
        size = len(value)
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except ValueError:  # an int past Python's digit limit, a circular structure
            text = f"<{type(value).__name__}>"
        size = len(text)
    if size <= limit:
        return text
    return f"{text[:limit]}… ({size:,} characters)"


class MlwfError(Exception):
    """Base of every error mlwf reports to a person; ``status`` is its HTTP status."""
    status = 500
    title = "internal error"

    def __init__(self, message: Text, detail: Text | None = None):
        super().__init__(message)
        self.message = message
        self.detail = detail


class InvalidInput(MlwfError):
    status = 400
    title = "invalid input"


class NotFound(MlwfError):
    status = 404
    title = "not found"


def check_lang(lang: str | None) -> str:
    """The label language: en or tr."""
    if lang in (None, ""):
        return "en"
    if lang not in ("en", "tr"):
        raise InvalidInput(f"unknown language {quote(lang)}", "allowed: en, tr")
    return lang
