"""Shared helpers: tests read like a person's consultation."""
from __future__ import annotations

import subprocess

import pytest

from mlwf.rules import advise
# Real servers (mlwf serve, gunicorn, oxigraph, virtuoso) live in tests/stores.py.
from stores import Server, free_port, mlwf_serve, oxigraph, remote_store, virtuoso  # noqa: F401


class Advice(dict):
    """An advice document with shortcuts for assertions."""

    def names(self, kind: str | None = None) -> list[str]:
        return [r["name"] for r in self["recommendations"] if kind is None or r["kind"] == kind]

    def algorithms(self) -> list[str]:
        return self.names("algorithm")

    def get(self, name: str, kind: str | None = None) -> dict | None:  # type: ignore[override]
        return next((r for r in self["recommendations"]
                     if r["name"] == name and (kind is None or r["kind"] == kind)), None)

    @property
    def step(self) -> str:
        return self["next_step"]["name"]

    @property
    def stage(self) -> str:
        return self["stage"]["name"]

    @property
    def question(self) -> str | None:
        q = self["next_question"]
        return q["fact"] if q else None

    @property
    def ways_back(self) -> list[str]:
        return [r["name"] for r in self["return_to"]]


@pytest.fixture
def consult():
    def run(lang: str = "en", **facts) -> Advice:
        return Advice(advise(facts, lang=lang))
    return run


# A realistic tabular classification case, the seed's "predict diabetes" once its data is known.
DIABETES = dict(goal="predict diabetes", goal_type="business", learning_type="supervised",
                has_data=True, data_structure="structured", modality="tabular",
                target_type="binary", class_balance="imbalanced", unbiased=True,
                n_samples=768, n_features=8, feature_types=["continuous", "discrete"],
                missing_ratio=0.1, has_outliers=True, skewed=True, time_ordered=False,
                processing="batch", interpretability_required=False)


@pytest.fixture
def diabetes():
    return dict(DIABETES)


# -- the app, built from its factory on a temporary store -------------------------------------

@pytest.fixture(scope="session")
def app(tmp_path_factory):
    from mlwf.server.app import create_app
    app = create_app({"STORE_PATH": str(tmp_path_factory.mktemp("store")), "TESTING": True,
                      "QUERY_TIMEOUT": 3.0, "QUERY_MEMORY_MB": 1024, "MAX_CONTENT_LENGTH": 2_000_000,
                      "ADMIN_TOKEN": None})  # updates and deletion off, whatever the env says
    yield app
    # Every case graph the tests wrote through the app meets the SHACL shapes.
    from rdflib import Dataset, Graph
    from mlwf.kb.namespaces import CASE_BASE
    from mlwf.kb.shapes import validate
    store = app.extensions["mlwf"].store
    dataset = Dataset()
    dataset.parse(data=store.dump_quads(), format="nquads")
    cases = Graph()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        if str(g).startswith(CASE_BASE):
            cases.add((s, p, o))
    app.extensions["mlwf"].close()
    conforms, messages = validate(cases)
    assert conforms, "case graphs written by the tests break the shapes: " + "; ".join(messages[:10])


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def openapi_validator(app):
    """validate(schema_name, instance): checks a response against /openapi.json."""
    import jsonschema
    doc = app.test_client().get("/openapi.json").get_json()

    def validate(name, instance):
        schema = {"$ref": f"#/components/schemas/{name}", "components": doc["components"]}
        jsonschema.Draft202012Validator(schema).validate(instance)
    return validate


# -- a live `mlwf serve` on a free loopback port ----------------------------------------------

def serve_mlwf(store, port: int) -> Server:
    """Start `mlwf serve` on 127.0.0.1:port with the given store; returns once /health answers."""
    return mlwf_serve(port, ["--store", str(store)])


@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    """The base URL of a `mlwf serve` on a free port with a temporary store."""
    port = free_port()
    process = serve_mlwf(tmp_path_factory.mktemp("live-store") / "store", port)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
