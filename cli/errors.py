"""The one place a project error becomes what the command line says: one line on stderr,
``mlwf: <message> (<detail>)``, and the exit status its kind maps to in ``EXITS``; never a
traceback. As in server/errors.py, the first class of the exception's method resolution
order that the table names decides.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

from mlwf.kb.cases import UnknownCase
from mlwf.kb.sparql_errors import UpdateAsQuery
from mlwf.ontology.errors import InvalidInput, MlwfError, NotFound, Refused, Unavailable
from mlwf.ontology.i18n import _


@dataclass(frozen=True)
class Exit:
    status: int
    # The detail when the error has none: what to do, in the command line's own terms.
    hint: Callable[[MlwfError], Any] | None = None


# argparse's convention, which the options' own errors already follow: 2 when the command
# as typed must change (a bad option, value, file, query, or a name that does not exist),
# 1 when it was right and failed (the store is locked by a server, a query stopped at a
# bound), so a script can tell "fix the call" from "try again".
EXITS: dict[type[MlwfError], Exit] = {
    MlwfError: Exit(1),
    Unavailable: Exit(1),
    InvalidInput: Exit(2),
    NotFound: Exit(2),
    UnknownCase: Exit(2, hint=lambda exc: _("cases are made on a running server's page or "
                                            "API, in the store that --store or --store-url "
                                            "names")),
    Refused: Exit(2),
    UpdateAsQuery: Exit(2, hint=lambda exc: _("mlwf sparql runs queries only; cases change "
                                              "through a running server's page or API")),
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
