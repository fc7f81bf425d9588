"""Errors are kinds low down and statuses in one place each: every project exception maps
to one HTTP answer (server/errors.py) and one exit status (cli/errors.py), found by
walking the subclasses of MlwfError in every module of the package, and no class below
those tables carries a status of its own."""
from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest

from mlwf.cli.errors import EXITS, exit_for
from mlwf.ontology.errors import MlwfError
from mlwf.server.errors import ANSWERS, answer_for

LAYERS = ("ontology", "rules", "profiling", "evaluation", "kb", "server", "cli")
# Modules that do something when imported: run the command line, build the app.
RUN_ON_IMPORT = ("__main__", "wsgi")


def error_classes() -> list[type[MlwfError]]:
    """Every subclass of MlwfError defined anywhere in the package, MlwfError included."""
    for layer in LAYERS:
        package = importlib.import_module(f"mlwf.{layer}")
        for module in pkgutil.walk_packages(package.__path__, f"mlwf.{layer}."):
            if not module.name.endswith(RUN_ON_IMPORT):
                importlib.import_module(module.name)
    found, stack = {MlwfError}, [MlwfError]
    while stack:
        for sub in stack.pop().__subclasses__():
            if sub not in found:
                found.add(sub)
                stack.append(sub)
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


CLASSES = error_classes()


def _name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def test_the_walk_finds_the_errors_of_every_layer():
    modules = {c.__module__.split(".")[1] for c in CLASSES}
    assert {"ontology", "rules", "profiling", "kb", "server"} <= modules, modules
    assert len(CLASSES) > 15


@pytest.mark.parametrize("cls", CLASSES, ids=_name)
@pytest.mark.parametrize("table", [ANSWERS, EXITS], ids=["http", "cli"])
def test_every_error_maps_in_exactly_one_way(cls, table):
    """The classes of its method resolution order that the table names form one line of
    descent, so "the first one wins" cannot depend on the order of base classes."""
    named = [c for c in cls.__mro__ if c in table]
    assert named, f"{_name(cls)} maps to nothing"
    assert all(issubclass(named[0], other) for other in named[1:]), \
        f"{_name(cls)} is two unrelated kinds: {[_name(c) for c in named]}"


@pytest.mark.parametrize("cls", CLASSES, ids=_name)
def test_no_error_class_carries_a_status(cls):
    assert not {"status", "title", "headers", "exit_status"} & set(vars(cls)), \
        f"{_name(cls)} says how it is reported: that belongs in server/errors.py or cli/errors.py"


def _cls(dotted: str) -> type:
    module, _, name = dotted.rpartition(".")
    return getattr(importlib.import_module(module), name)


# The statuses clients saw before the kinds were moved out of the exceptions (each row
# was a `status =` on a class or a `status=` on a raise); tests/test_bad_requests.py and
# the SPARQL tests check them again through HTTP.
@pytest.mark.parametrize("dotted, status", [
    ("mlwf.ontology.errors.MlwfError", 500),
    ("mlwf.ontology.errors.InvalidInput", 400),
    ("mlwf.rules.facts.FactError", 400),
    ("mlwf.profiling.profile.ProfileError", 400),
    ("mlwf.profiling.profile.ProfileTooLarge", 413),
    ("mlwf.server.settings.SettingError", 400),
    ("mlwf.ontology.errors.NotFound", 404),
    ("mlwf.kb.sparql_errors.QueryInvalid", 400),
    ("mlwf.kb.sparql_errors.QueryForbidden", 403),
    ("mlwf.kb.sparql_errors.UpdateAsQuery", 403),
    ("mlwf.kb.sparql_errors.QueryStopped", 503),
    ("mlwf.kb.sparql_errors.QueryUnavailable", 503),
    ("mlwf.kb.sparql_errors.ResultTooLarge", 422),
    ("mlwf.kb.store.StoreUnavailable", 503),
    ("mlwf.ontology.errors.TooLarge", 413),
    ("mlwf.server.errors.Unauthorized", 401),
    ("mlwf.ontology.errors.Refused", 403),
    ("mlwf.server.errors.UnsupportedMediaType", 415),
    ("mlwf.server.errors.Busy", 503),
])
def test_statuses_are_the_ones_clients_saw(dotted, status):
    assert answer_for(_cls(dotted)).status == status


@pytest.mark.parametrize("dotted, status", [
    ("mlwf.ontology.errors.InvalidInput", 2), ("mlwf.rules.facts.FactError", 2),
    ("mlwf.profiling.profile.ProfileTooLarge", 2), ("mlwf.server.settings.SettingError", 2),
    ("mlwf.ontology.errors.NotFound", 2), ("mlwf.kb.sparql_errors.QueryInvalid", 2),
    ("mlwf.kb.sparql_errors.QueryForbidden", 2), ("mlwf.kb.store.StoreUnavailable", 1),
    ("mlwf.kb.sparql_errors.QueryStopped", 1), ("mlwf.kb.sparql_errors.ResultTooLarge", 1),
    ("mlwf.ontology.errors.MlwfError", 1),
])
def test_exit_statuses_tell_a_wrong_call_from_a_failure(dotted, status):
    assert exit_for(_cls(dotted)).status == status


# -- hints that name a route are the server's; the command line gives its own -------------------

UPDATE = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"


def test_the_api_names_its_routes_and_parameters(client):
    r = client.get("/api/cases/0123456789abcdef")
    assert r.status_code == 404 and r.get_json()["detail"] == "create one with POST /api/cases"
    r = client.get("/sparql", query_string={"query": UPDATE})
    assert r.status_code == 403 and "the 'update' parameter" in r.get_json()["detail"]


def test_the_command_line_names_no_route_or_parameter():
    out = subprocess.run([sys.executable, "-m", "mlwf.cli", "sparql", UPDATE],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and out.stderr.startswith("mlwf: SPARQL update (INSERT DATA)")
    assert "runs queries only" in out.stderr
    assert "/api/" not in out.stderr and "parameter" not in out.stderr


@pytest.mark.parametrize("route", ["dataset", "evaluations"])
def test_both_upload_routes_check_the_upload_alike(client, route):
    case = client.post("/api/cases", json={}).get_json()["id"]
    r = client.post(f"/api/cases/{case}/{route}", data=b"a,b\n1,2\n", content_type="text/csv")
    assert r.status_code == 415 and r.get_json()["error"] == "upload the CSV as multipart/form-data"
    assert "field 'file' holds the CSV" in r.get_json()["detail"]
    r = client.post(f"/api/cases/{case}/{route}", data={"target": "b"},
                    content_type="multipart/form-data")
    assert r.status_code == 400 and r.get_json() == {
        "error": "no file in the upload", "detail": "send the CSV in the multipart field 'file'"}


# -- errors raised in a query worker reach the reader in their language ---------------------------

def test_a_worker_error_is_rendered_in_the_request_language(client):
    """The guard runs in a worker process; its exception, message and all, is sent back
    as it is and rendered only for the request."""
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE { SERVICE <http://x/> "
                                                     "{ ?s ?p ?o } }"},
                   headers={"Accept-Language": "tr"})
    assert r.status_code == 403
    assert r.get_json() == {"error": "SERVICE'e izin verilmez: bu uç nokta başka sunuculardan "
                                     "hiçbir şey getirmez",
                            "detail": "SERVICE yan tümcesini kaldırın"}
    r = client.get("/sparql", query_string={"query": "SELECT WHERE {"})
    assert r.status_code == 400 and r.get_json()["error"] == "the query does not parse"
    assert r.get_json()["detail"].startswith("line 1, column ")


def test_the_command_line_says_the_same_in_turkish():
    out = subprocess.run([sys.executable, "-m", "mlwf.cli", "sparql", "--lang", "tr", ""],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert out.stderr.startswith("mlwf: boş sorgu (SPARQL sorgusu SELECT * WHERE")
