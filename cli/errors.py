"""The one place a project error becomes what the command line says: one line on stderr,
``mlwf: <message> (<detail>)``, and the exit status its kind maps to in ``EXITS``; never a
traceback. As in server/errors.py, the first class of the exception's method resolution
order that the table names decides.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any, Callable, TextIO

from mlwf.ontology.errors import MlwfError


@dataclass(frozen=True)
class Exit:
    status: int
    # The detail when the error has none: what to do, in the command line's own terms.
    hint: Callable[[MlwfError], Any] | None = None


EXITS: dict[type[MlwfError], Exit] = {
    MlwfError: Exit(2),
}


def exit_for(kind: type[MlwfError]) -> Exit:
    """The entry of the first class of ``kind``'s method resolution order in EXITS."""
    return next(EXITS[c] for c in kind.__mro__ if c in EXITS)


def report(exc: MlwfError, out: TextIO | None = None) -> int:
    """Print ``exc`` as one line and return the exit status."""
    entry = exit_for(type(exc))
    detail = exc.detail
    if detail is None and entry.hint is not None:
        detail = entry.hint(exc)
    print(f"mlwf: {exc.message}" + (f" ({detail})" if detail else ""), file=out or sys.stderr)
    return entry.status
