"""What can go wrong with a person's SPARQL, by kind.

The guard (sparql_guard.py) refuses requests, the runner (query_runner.py) and its
workers (query_worker.py) report queries that did not give a result. The workers send
these exceptions to the server process as they are (pickled), so the class chosen deep
in a worker is the one the server and the command line report: server/errors.py and
cli/errors.py map the kinds they derive from (ontology/errors.py) to statuses.
"""
from __future__ import annotations

from mlwf.ontology.errors import InvalidInput, MlwfError, Refused, Unavailable


class QueryRefused(MlwfError):
    """A SPARQL request that does not run as sent; a subclass says why."""


class QueryInvalid(QueryRefused, InvalidInput):
    """It does not parse, cannot be read, or breaks a rule of the protocol."""


class QueryForbidden(QueryRefused, Refused):
    """It would fetch from another server (SERVICE, LOAD) or change the store through a
    query."""


class UpdateAsQuery(QueryForbidden):
    """An update sent where a query is expected; how to send an update is said where the
    person is (the server's or the command line's error table), since it differs."""


class QueryFailed(MlwfError):
    """A query that did not give a result; a subclass says why."""


class QueryStopped(QueryFailed, Unavailable):
    """Stopped at the time or memory bound, or its worker died; the server goes on."""


class QueryUnavailable(QueryFailed, Unavailable):
    """No worker or remote server could take the query now."""


class ResultTooLarge(QueryFailed):
    """The query ran, and its result is larger than the bound on results."""
