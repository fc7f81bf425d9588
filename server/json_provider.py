"""Strict JSON both ways, for every route: Flask's request.get_json and jsonify go through
the app's JSON provider, so this is the one place that decides what JSON the server takes
and gives.

- Answers never hold NaN or Infinity (Python's json writes them, and browsers' JSON.parse
  refuses the whole answer): a non-finite number is written as null, and logged, since
  each producer is meant to report such values itself (the profiler says why a
  statistic is missing).
- Requests are refused (ValueError, which the API turns into a 400) when they hold what
  no later step can take: NaN / Infinity constants, which are not JSON; a lone UTF-16
  surrogate such as "\\ud800", which cannot be encoded again as UTF-8 (the store and the
  answer would fail on it); and nesting deeper than the parser's recursion limit.
"""
from __future__ import annotations

import json
import logging
import math
import re
from typing import Any

from flask.json.provider import DefaultJSONProvider

from mlwf.ontology.i18n import _

log = logging.getLogger("mlwf.server")

_SURROGATE = re.compile("[\ud800-\udfff]")
# Python writes integers of more than 4300 digits only on request (sys.int_info); JSON
# readers could not hold them exactly anyway.
_INT_BITS = 14_000


class JSONBodyError(ValueError):
    """A request body that is not strict JSON; the message (a translatable Message, which
    ``str`` renders in the request's language) says what is wrong with it."""


def _refuse_constant(name: str) -> Any:
    raise JSONBodyError(_("{name} is not a JSON value (strict JSON has no NaN or Infinity)",
                          name=name))


def _walk(value: Any):
    """Every value inside ``value``, keys included, without recursion."""
    stack = [value]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _finite(value: Any) -> Any:
    """``value`` with every non-finite float (and every integer too long to write) as None."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value.bit_length() < _INT_BITS else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


class StrictJSONProvider(DefaultJSONProvider):
    def dumps(self, obj: Any, **kwargs: Any) -> str:
        kwargs.setdefault("allow_nan", False)
        try:
            return super().dumps(obj, **kwargs)
        except ValueError:
            log.warning("an answer held a non-finite or oversized number; written as null")
            return super().dumps(_finite(obj), **kwargs)

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        kwargs.setdefault("parse_constant", _refuse_constant)
        try:
            value = json.loads(s, **kwargs)
        except RecursionError:
            raise JSONBodyError(_("the JSON is nested too deeply")) from None
        # A lone surrogate can only come from a \\u escape (UTF-8 cannot carry one), so
        # only a body with such an escape is searched.
        if (b"\\ud" in s.lower()) if isinstance(s, bytes) else ("\\ud" in s.lower()):
            for item in _walk(value):
                if isinstance(item, str) and _SURROGATE.search(item):
                    raise JSONBodyError(_("a string holds a lone UTF-16 surrogate (such as "
                                          "{example}), which is not a character",
                                          example="\\ud800"))
        return value
