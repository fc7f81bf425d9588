"""Bad input at scale: schemathesis generates requests from /openapi.json (valid ones and
deliberately broken ones) and checks every answer: no 5xx, a documented status, the
documented content type and a body that matches its schema. A fixed, derandomized budget
per operation keeps the run repeatable and its time bounded."""
from __future__ import annotations

import re

import pytest

from conftest import running_app  # noqa: E402
from optional import need_module  # noqa: E402

schemathesis = need_module("schemathesis")
from hypothesis import HealthCheck, Phase, settings  # noqa: E402
from schemathesis.checks import positive_data_acceptance  # noqa: E402

from mlwf.server.openapi import document  # noqa: E402

MAX_EXAMPLES = 100
# a hundred generated requests for each operation
pytestmark = pytest.mark.slow
TOKEN = "schemathesis-admin-token-0123456789"
UNDESCRIBABLE = {"/sparql", "/api/cases/{case_id}/dataset", "/api/cases/{case_id}/evaluations"}

# SPARQL request bodies are plain text.
schemathesis.serializer.alias(["application/sparql-query", "application/sparql-update"], "text/plain")

# The document GET /openapi.json serves (test_the_schema_is_the_served_one), loaded
# without an app so that pytest names one test per operation at collection time.
schema = schemathesis.openapi.from_dict(document())


@pytest.fixture(scope="module")
def token_app(tmp_path_factory):
    """The app with an admin token configured, so that the token-guarded operations answer
    401 without the header, as their schema says. Schemathesis never gets the token."""
    with running_app(tmp_path_factory.mktemp("fuzz-store"), ADMIN_TOKEN=TOKEN) as app:
        yield app


@pytest.fixture(scope="module")
def real_case(token_app) -> str:
    r = token_app.test_client().post("/api/cases", json={"facts": {"goal": "fuzz me"}})
    return r.get_json()["id"]


def test_the_schema_is_the_served_one(token_app):
    assert token_app.test_client().get("/openapi.json").get_json() == document()


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
def test_api_conforms_to_its_schema(token_app, real_case, case):
    # A well-formed case id becomes a real case, so the operations on a case run their
    # logic rather than answer 404 (deletion still needs the token, which is not sent).
    if re.fullmatch("[0-9a-f]{16}", str((case.path_parameters or {}).get("case_id"))):
        case.path_parameters["case_id"] = real_case
    # OpenAPI cannot say which strings are SPARQL, nor which bytes are a CSV: there a
    # schema-valid request may well be refused with 400. Every other check holds.
    excluded = [positive_data_acceptance] if case.path in UNDESCRIBABLE else []
    case.call_and_validate(app=token_app, excluded_checks=excluded)
