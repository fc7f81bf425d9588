"""The one place mlwf imports experta from.

experta 1.9.4 (the last release) pins frozendict==1.2, and frozendict 1.2 subclasses
``collections.Mapping``, an alias that Python 3.10 removed (it lives in
``collections.abc`` since 3.3). Installing a newer frozendict is not an option: pip
would refuse the conflict with experta's pin. So before experta first imports
frozendict, we put the alias back. It is the same class object Python < 3.10 exposed
there, nothing else in the process changes behaviour, and on an older Python the
``hasattr`` check makes this a no-op.

Every other module writes ``from mlwf.rules.experta_compat import ...`` instead of
``from experta import ...``; tests/test_experta_compat.py proves a fresh interpreter
can build and run an engine through this module, and that nothing imports experta
around it.
"""
import collections
import collections.abc

if not hasattr(collections, "Mapping"):
    collections.Mapping = collections.abc.Mapping  # type: ignore[attr-defined]

from experta import (  # noqa: E402  (must come after the alias above)
    AND,
    AS,
    EXISTS,
    FORALL,
    MATCH,
    NOT,
    OR,
    TEST,
    DefFacts,
    Fact,
    Field,
    KnowledgeEngine,
    L,
    P,
    Rule,
    W,
)
from experta.agenda import Agenda  # noqa: E402

__all__ = [
    "AND", "AS", "EXISTS", "FORALL", "L", "MATCH", "NOT", "OR", "P", "TEST", "W",
    "Fact", "Field", "KnowledgeEngine", "Rule", "DefFacts", "Agenda",
]
