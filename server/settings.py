"""The server's settings: one table, read in one place.

Every setting has a default, a type, a help text and an environment variable
(``MLWF_`` + its name). The app factory resolves them in this order: the defaults,
then the ``MLWF_*`` environment (through Flask's ``from_prefixed_env``), then what the
caller passes (``mlwf serve`` options, ``--setting NAME=VALUE``, tests). Values are
converted and checked here, so a misconfiguration stops the server with one line that
names the setting, its variable and what is allowed, instead of a traceback later.
``mlwf serve --help-settings`` prints the table.
"""
from __future__ import annotations

import difflib
import math
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mlwf.ontology.errors import InvalidInput
from mlwf.ontology.i18n import Message, _

ENV_PREFIX = "MLWF"
MIN_TOKEN_LENGTH = 16


class SettingError(InvalidInput):
    """A setting whose value cannot be used; the message is the whole story."""


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    kind: type                 # str, int or float
    help: str
    minimum: float | None = None
    secret: bool = False       # never echoed back, in errors or in --help-settings

    @property
    def env(self) -> str:
        return f"{ENV_PREFIX}_{self.name}"

    def allowed(self) -> str:
        return str(self.allowed_message())

    def allowed_message(self) -> Message:
        if self.minimum is None:
            return {str: _("a string"), int: _("a whole number"), float: _("a number")}[self.kind]
        minimum = f"{self.minimum:g}"
        if self.kind is int:
            return _("a whole number >= {minimum}", minimum=minimum)
        return _("a number >= {minimum}", minimum=minimum)

    def convert(self, value: Any) -> Any:
        """The value as this setting's type; raises SettingError naming what is allowed."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return None if self.default is None else self.default
        shown = _("the given value") if self.secret else repr(str(value)[:40])
        problem = SettingError(_("setting {name} ({env}): {value} is not allowed",
                                 name=self.name, env=self.env, value=shown),
                               _("allowed: {allowed}", allowed=self.allowed_message()))
        if self.kind is str:
            return str(value)
        if isinstance(value, bool):
            raise problem
        try:
            number = self.kind(value) if self.kind is float else _whole(value)
        except (TypeError, ValueError, OverflowError):
            raise problem from None
        if not math.isfinite(number) or (self.minimum is not None and number < self.minimum):
            raise problem
        return number


def _whole(value: Any) -> int:
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(value)
        return int(value)
    return int(str(value).replace("_", ""), 10)


SETTINGS: tuple[Setting, ...] = (
    Setting("STORE_PATH", "var/store", str,
            "directory of the embedded on-disk store (ignored with STORE_URL)"),
    Setting("STORE_URL", None, str,
            "a SPARQL 1.1 query endpoint to use instead of the embedded store"),
    Setting("STORE_UPDATE_URL", None, str, "the remote store's update endpoint, when different"),
    Setting("STORE_USER", None, str, "user for the remote store's updates (HTTP basic or digest)"),
    Setting("STORE_PASSWORD", None, str, "password for the remote store's updates", secret=True),
    Setting("QUERY_TIMEOUT", 10.0, float, "seconds of wall time one SPARQL query may take",
            minimum=0.1),
    Setting("QUERY_MEMORY_MB", 2048, int, "resident memory of a SPARQL worker process, in MB",
            minimum=64),
    Setting("QUERY_MAX_BYTES", 20_000_000, int, "largest serialized SPARQL result, in bytes",
            minimum=1000),
    Setting("QUERY_WORKERS", 2, int, "SPARQL queries that run at once", minimum=1),
    Setting("QUERY_MAX_TEXT", 1_000_000, int, "largest /sparql request body or query string, "
            "in bytes (413 past it)", minimum=1000),
    Setting("QUERY_SANDBOX", "auto", str, "confinement of SPARQL workers (kb/sandbox.py): auto "
            "(what the host allows), require (refuse queries without it) or off"),
    Setting("SPARQL_BASE", None, str, "base IRI of SPARQL queries and updates; unset: the "
            "endpoint's own URL"),
    Setting("MAX_CONTENT_LENGTH", 50_000_000, int,
            "largest request body in bytes, CSV uploads included", minimum=1000),
    Setting("ADMIN_TOKEN", None, str, "the admin token for SPARQL Update and case deletion "
            f"(at least {MIN_TOKEN_LENGTH} characters); unset switches them off", secret=True),
    Setting("ADMIN_TOKEN_FILE", None, str, "a file holding the admin token, read at start "
            "when ADMIN_TOKEN is not set"),
)
BY_NAME = {s.name: s for s in SETTINGS}


def defaults() -> dict[str, Any]:
    return {s.name: s.default for s in SETTINGS}


def resolve(config: MutableMapping[str, Any], given: Mapping[str, Any]) -> None:
    """Check and convert every setting in ``config`` (which already holds the defaults,
    the environment and then ``given``), and settle the admin token."""
    for setting in SETTINGS:
        config[setting.name] = setting.convert(config.get(setting.name))
    if config["STORE_URL"]:
        config["STORE_PATH"] = None  # one store: the remote one
    if config["QUERY_SANDBOX"] not in ("auto", "require", "off"):
        raise SettingError(_("setting {name} ({env}): {value} is not allowed",
                             name="QUERY_SANDBOX", env="MLWF_QUERY_SANDBOX",
                             value=repr(str(config["QUERY_SANDBOX"])[:40])),
                           _("allowed: {allowed}", allowed="auto, require, off"))
    if "ADMIN_TOKEN" in given and "ADMIN_TOKEN_FILE" not in given:
        # A caller that states the token (None: switched off) means exactly that; a file
        # named in the environment does not bring it back.
        config["ADMIN_TOKEN_FILE"] = None
    config["ADMIN_TOKEN"] = _admin_token(config["ADMIN_TOKEN"], config["ADMIN_TOKEN_FILE"])


def _admin_token(token: str | None, path: str | None) -> str | None:
    if not token and path:
        try:
            token = Path(path).expanduser().read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SettingError(_("setting ADMIN_TOKEN_FILE: cannot read {path}: {reason}",
                                 path=path[:200], reason=exc.strerror),
                               _("name a readable file that holds the token")) from None
    token = (token or "").strip() or None
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        raise SettingError(_("setting ADMIN_TOKEN: the admin token must have at least "
                             "{count} characters", count=MIN_TOKEN_LENGTH),
                           _("make one with: {command}", command="python -c 'import secrets; "
                             "print(secrets.token_urlsafe(32))'"))
    return token


def parse_assignment(text: str) -> tuple[str, str]:
    """``NAME=VALUE`` from ``--setting``: the name in any case, with - or _, with or
    without MLWF_, as --help-settings shows it."""
    raw, sep, value = text.partition("=")
    name = raw.strip().upper().replace("-", "_")
    if name.startswith(ENV_PREFIX + "_"):
        name = name[len(ENV_PREFIX) + 1:]
    if not sep:
        raise SettingError(_("--setting takes NAME=VALUE, not '{text}'", text=text[:60]),
                           _("e.g. --setting query_timeout=30; mlwf serve --help-settings lists "
                             "them"))
    if name not in BY_NAME:
        close = difflib.get_close_matches(name, BY_NAME, n=1)
        names = ", ".join(n.lower() for n in BY_NAME)
        hint = _("did you mean {name}? settings: {names}", name=close[0].lower(), names=names) \
            if close else _("settings: {names}", names=names)
        raise SettingError(_("unknown setting '{name}'", name=raw.strip()[:60]), hint)
    return name, value


def load(given: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Defaults, then the ``MLWF_*`` environment, then ``given``; checked and converted.
    Keys of ``given`` that are not settings (Flask's own, such as TESTING) pass through."""
    from flask import Config

    given = dict(given or {})
    config = Config(".", defaults())
    config.from_prefixed_env(ENV_PREFIX, loads=str)
    config.update(given)
    resolve(config, given)
    return dict(config)


def environment(config: Mapping[str, Any]) -> dict[str, str]:
    """The ``MLWF_*`` variables that reproduce ``config`` in another process (gunicorn's
    workers build their app from the environment)."""
    return {s.env: str(config[s.name]) for s in SETTINGS if config.get(s.name) is not None}


def help_table() -> str:
    rows = [("setting", "environment", "default", "meaning")]
    for s in SETTINGS:
        default = "(unset)" if s.default is None else str(s.default)
        rows.append((s.name.lower().replace("_", "-"), s.env, default, s.help))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r[:3], widths, strict=True)) + "  " + r[3]
                     for r in rows)
