"""The project's exception types. They live in the lowest layer so every layer can raise
them; the server and the command line turn them into messages in one place each."""
from __future__ import annotations

import json
from typing import Any

from mlwf.ontology.i18n import _

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
    """Base of every error mlwf reports to a person: a message saying what went wrong and a
    detail saying what is allowed or what to do.

    The class says what kind of error it is, never how it is reported: the server turns
    kinds into HTTP statuses in server/errors.py, the command line into exit statuses in
    cli/errors.py, each in one table. A layer below the server raises the kind that means
    what happened and words it so that it reads the same in both places."""

    def __init__(self, message: Any, detail: Any = None):
        super().__init__(message)
        self.message = message
        self.detail = detail


class InvalidInput(MlwfError):
    """The input is wrong: a value, a file, a query, a setting; the detail says what is
    allowed."""


class TooLarge(InvalidInput):
    """The input is larger than a limit allows; the message names the limit."""


class NotFound(MlwfError):
    """What the input names does not exist: a case, an evaluation, a concept."""


class Refused(MlwfError):
    """Understood and not done: it would do what this installation never does (fetch from
    another server, change the store through a query) or needs a right the caller lacks."""


class Unavailable(MlwfError):
    """Something the operation needs cannot answer now (the store, a query worker);
    trying again later may work."""


def check_lang(lang: str | None) -> str:
    """The label language: en or tr."""
    if lang in (None, ""):
        return "en"
    if lang not in ("en", "tr"):
        raise InvalidInput(_("unknown language {lang}", lang=quote(lang)),
                           _("allowed: {allowed}", allowed="en, tr"))
    return lang
