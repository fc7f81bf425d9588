"""Translation: one gettext catalogue per language (``ontology/locale``), read with Babel.

Code marks a text with ``_("English text with {placeholders}", name=value)``. That returns
a :class:`Message` (the English msgid and its parameters), not a string: the text is
translated when it is shown, ``message.render("tr")``, so one piece of advice can be shown
in English and in Turkish. Parameters are rendered for the language too: a nested Message
is translated, a :class:`Percent`, a :class:`Number`, an int or a float is written the
language's way (``%5``, ``0,87``, ``10.000`` in Turkish: Babel's number formatting, the one
place numbers are written for a person), a :class:`Label` is a concept's label from the
ontology.

``str(message)`` renders for the current language: what :func:`use` set (the command
line), else what the resolver the server installs says (Flask-Babel's locale of the
request), else English. That is how error messages raised deep down reach a person in
their language without any layer passing the language along.

The catalogues are built by ``make messages`` (pybabel extract, update, compile); a
translator edits ``locale/tr/LC_MESSAGES/messages.po`` and never Python.
"""
from __future__ import annotations

import contextlib
import contextvars
import gettext as _gettext
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from babel.numbers import format_decimal, format_percent
from babel.support import Translations

LANGS = ("en", "tr")
DEFAULT_LANG = "en"
DOMAIN = "messages"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_current: contextvars.ContextVar[str | None] = contextvars.ContextVar("mlwf_lang", default=None)
_resolver: Callable[[], str | None] = lambda: None  # noqa: E731
# Messages rendered without a translation while a recorder is open (see ``missing``).
_missing: contextvars.ContextVar[list | None] = contextvars.ContextVar("mlwf_missing", default=None)


@cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The catalogue of ``lang``; English is the source language and needs none."""
    if lang == DEFAULT_LANG:
        return _gettext.NullTranslations()
    return Translations.load(str(LOCALE_DIR), [lang], DOMAIN)


def _lookup(context: str | None, msgid: str, lang: str) -> str:
    if lang == DEFAULT_LANG:
        return msgid
    catalogue = translations(lang)
    text = catalogue.pgettext(context, msgid) if context else catalogue.gettext(msgid)
    recorder = _missing.get()
    # Some texts read the same in both languages ("{text}; {clause}"): what counts is
    # whether the catalogue has the entry.
    if recorder is not None and text == msgid and (
            f"{context}\x04{msgid}" if context else msgid) not in getattr(catalogue, "_catalog", {}):
        recorder.append((lang, context, msgid))
    return text


class Message:
    """A text to show a person: its English msgid (the catalogue's key) and parameters."""
    __slots__ = ("msgid", "params", "context")

    def __init__(self, msgid: str, params: dict[str, Any] | None = None,
                 context: str | None = None):
        self.msgid, self.params, self.context = msgid, dict(params or {}), context

    def render(self, lang: str | None = None) -> str:
        lang = lang or current_lang()
        text = _lookup(self.context, self.msgid, lang)
        if not self.params:
            return text
        return text.format(**{k: render(v, lang) for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.render()

    # Flask's JSON encoder calls __html__ on objects it does not know: an error message
    # put into a JSON answer is rendered in the request's language.
    __html__ = __str__

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return (self.msgid, self.params, self.context) == (other.msgid, other.params,
                                                                other.context)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.msgid, self.context))

    def __repr__(self) -> str:
        return f"Message({self.msgid!r}, {self.params!r})"


class Percent:
    """A share (0.05) written as a percentage the language's way: 5% or %5, with at
    most ``digits`` decimals (0.006 is 0.6% with one)."""
    __slots__ = ("value", "digits")

    def __init__(self, value: float, digits: int = 0):
        self.value, self.digits = value, digits

    def render(self, lang: str) -> str:
        # rounded as a decimal: a float's round(16.66..., 1) / 100 is 0.16699999999999998,
        # which Babel, told not to quantize, writes out in full
        return _percent(Decimal(repr(round(self.value * 100, self.digits))).scaleb(-2), lang)


# Babel parses the locale's pattern on every call (~0.1 ms): a consultation writes dozens
# of the same few numbers, so each is formatted once per language.
@lru_cache(maxsize=4096)
def _percent(value: Decimal, lang: str) -> str:
    return format_percent(value, locale=lang, decimal_quantization=False)


@lru_cache(maxsize=4096)
def _integer(value: int, lang: str) -> str:
    return format_decimal(value, locale=lang)


@lru_cache(maxsize=4096)
def _decimal(value: float, pattern: str | None, lang: str) -> str:
    if pattern is None:
        return format_decimal(value, locale=lang, decimal_quantization=False)
    return format_decimal(value, format=pattern, locale=lang)


class Number:
    """A number written the language's way (``0.87`` is ``0,87`` in Turkish), with
    ``digits`` fixed decimals (as ``:.2f`` would) or at most ``significant`` significant
    digits (as ``:.4g`` would, without the exponent); neither: as many as it has."""
    __slots__ = ("value", "digits", "significant")

    def __init__(self, value: float, digits: int | None = None,
                 significant: int | None = None):
        self.value, self.digits, self.significant = value, digits, significant

    def render(self, lang: str) -> str:
        if self.significant:
            return _decimal(self.value, "@" + "#" * (self.significant - 1), lang)
        if self.digits is not None:
            return _decimal(self.value, "#,##0" + "." * bool(self.digits) + "0" * self.digits,
                            lang)
        return _decimal(self.value, None, lang)

    def __str__(self) -> str:
        return self.render(current_lang())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Number) and (self.value, self.digits, self.significant) == (
            other.value, other.digits, other.significant)

    def __repr__(self) -> str:
        return f"Number({self.value!r}, digits={self.digits!r}, significant={self.significant!r})"


class Label:
    """An ontology concept's label in the language of the text around it."""
    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def render(self, lang: str) -> str:
        from mlwf.ontology import load  # the package imports this module
        concept = load().concepts.get(self.name)
        return concept.label(lang) if concept else self.name


def render(value: Any, lang: str | None = None) -> Any:
    """``value`` as shown in ``lang``: Messages and parameters rendered, lists and dicts
    walked, numbers written the language's way, anything else unchanged."""
    lang = lang or current_lang()
    if isinstance(value, (Message, Percent, Number, Label)):
        return value.render(lang)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return _integer(value, lang)
    if isinstance(value, float):
        return Number(value).render(lang)
    if isinstance(value, list):
        return [render(v, lang) for v in value]
    if isinstance(value, tuple):
        return tuple(render(v, lang) for v in value)
    if isinstance(value, dict):
        return {k: render(v, lang) for k, v in value.items()}
    return value


def texts(value: Any, lang: str | None = None) -> Any:
    """A JSON document with its texts shown in ``lang``: Messages rendered, lists and dicts
    walked, everything else (numbers above all) left as it is, unlike :func:`render`."""
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, list):
        return [texts(v, lang) for v in value]
    if isinstance(value, dict):
        return {k: texts(v, lang) for k, v in value.items()}
    return value


def _(msgid: str, **params: Any) -> Message:
    """Mark a text for translation; placeholders are ``{name}``, filled from ``params``."""
    return Message(msgid, params)


def pgettext(context: str, msgid: str, **params: Any) -> Message:
    """A marked text with a context, for short words that mean different things in
    different places (a fact's name, an answer)."""
    return Message(msgid, params, context)


def gettext(msgid: str, lang: str | None = None, **params: Any) -> str:
    """Translate right away (for code that only ever shows the text once)."""
    return Message(msgid, params).render(lang)


def fact_label(name: str, lang: str | None = None) -> str:
    """A fact's name as a person reads it: "goal_type" is "goal type", "amaç türü"."""
    return pgettext("fact", name).render(lang).replace("_", " ")


def value_label(value: Any, lang: str | None = None) -> str:
    """A vocabulary value as a person reads it; the stored value stays the vocabulary's."""
    if isinstance(value, bool):
        value = "true" if value else "false"
    if not isinstance(value, str):
        return str(render(value, lang))
    return pgettext("value", value).render(lang).replace("_", " ")


# -- the current language -------------------------------------------------------------------

def check(lang: str | None) -> str:
    """``lang`` if it is one of ours, else the default (no error: callers that must refuse
    an unknown language do so themselves)."""
    return lang if lang in LANGS else DEFAULT_LANG


def current_lang() -> str:
    lang = _current.get() or _resolver()
    return check(lang)


def set_resolver(resolver: Callable[[], str | None]) -> None:
    """Where the current language comes from when no :func:`use` is active (the server
    installs Flask-Babel's locale of the request)."""
    global _resolver
    _resolver = resolver


@contextlib.contextmanager
def use(lang: str) -> Iterator[str]:
    """Render in ``lang`` inside the block."""
    token = _current.set(check(lang))
    try:
        yield check(lang)
    finally:
        _current.reset(token)


@contextlib.contextmanager
def missing() -> Iterator[list[tuple[str, str | None, str]]]:
    """Collect (lang, context, msgid) of every text rendered without a translation."""
    found: list[tuple[str, str | None, str]] = []
    token = _missing.set(found)
    try:
        yield found
    finally:
        _missing.reset(token)


def environment_lang() -> str:
    """The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as
    gettext programs read it; the command line's default when --lang is not given."""
    from babel.core import default_locale
    found = default_locale("LC_MESSAGES") or ""
    return check(found.split("_")[0].split("@")[0].lower())
