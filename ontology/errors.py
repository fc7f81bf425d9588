"""The project's exception types. They live in the lowest layer so every layer can raise
them; the server and the command line turn them into messages in one place each."""


class MlwfError(Exception):
    """Base of every error mlwf reports to a person; ``status`` is its HTTP status."""
    status = 500
    title = "internal error"

    def __init__(self, message: str, detail: str | None = None):
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
        raise InvalidInput(f"unknown language '{lang}'", "allowed: en, tr")
    return lang
