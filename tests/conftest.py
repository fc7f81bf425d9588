"""Shared helpers: tests read like a person's consultation."""
from __future__ import annotations

import contextlib
import subprocess
import tempfile

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


def competition(ranks: list[int]) -> bool:
    """Whether ranks, as listed, are standard competition ranks (1, 2, 2, 4): each is its
    place from 1, or the rank before it (shared by advice the rules rank equal)."""
    return all(r == i + 1 or (i and r == ranks[i - 1]) for i, r in enumerate(ranks))


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


def advised_algorithms(csv: str, target: str, k: int, **facts) -> list[str]:
    """The advice's first ``k`` algorithm candidates for the file's profiled facts (and
    ``facts`` stated on top), in the order the rules give: which ones, and in which order,
    belongs to the rules, not to the tests that compare a run's candidates with them."""
    from mlwf.profiling.profile import profile_csv
    advice = advise({**profile_csv(csv, target).facts, **facts})
    ranked = sorted((r for r in advice["recommendations"] if r["kind"] == "algorithm"),
                    key=lambda r: r["rank"])
    return [r["name"] for r in ranked][:k]


@pytest.fixture
def penguins(tmp_path) -> str:
    """The palmerpenguins table as a CSV file (it ships in the package's wheel)."""
    from palmerpenguins import load_penguins
    path = tmp_path / "penguins.csv"
    load_penguins().to_csv(path, index=False)
    return str(path)


# -- the app, built from its factory on a temporary store -------------------------------------

# What every test app has unless a test says otherwise: short query limits, a small body
# limit, and updates and deletion off whatever the environment says (no admin token).
TEST_SETTINGS = {"TESTING": True, "QUERY_TIMEOUT": 3.0, "QUERY_MEMORY_MB": 1024,
                 "MAX_CONTENT_LENGTH": 2_000_000, "ADMIN_TOKEN": None}


@contextlib.contextmanager
def running_app(store, **settings):
    """The app from its factory on the store folder ``store``, with TEST_SETTINGS updated by
    ``settings``; its store and query workers are closed when the block ends. The one way
    the tests build an app: the fixtures below and a test that needs its own settings."""
    from mlwf.server.app import create_app
    app = create_app({"STORE_PATH": str(store), **TEST_SETTINGS, **settings})
    try:
        yield app
    finally:
        app.extensions["mlwf"].close()


@pytest.fixture
def make_app(tmp_path):
    """make_app(**settings): an app with its own settings on a fresh store, closed after the
    test. ``store=`` reopens a folder (an app started again on the same store)."""
    with contextlib.ExitStack() as stack:
        def make(store=None, **settings):
            if store is None:
                store = tempfile.mkdtemp(prefix="store-", dir=tmp_path)
            return stack.enter_context(running_app(store, **settings))
        yield make


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    with running_app(tmp_path_factory.mktemp("store")) as app:
        yield app
        cases = case_graphs(app.extensions["mlwf"].store)
    # Every case graph the tests wrote through the app meets the SHACL shapes.
    from mlwf.kb.shapes import validate
    conforms, messages = validate(cases)
    assert conforms, "case graphs written by the tests break the shapes: " + "; ".join(messages[:10])


def case_graphs(store):
    """Every case graph of the store, as one rdflib graph."""
    from rdflib import Dataset, Graph

    from mlwf.kb.namespaces import CASE_BASE
    dataset = Dataset()
    dataset.parse(data=store.dump_quads(), format="nquads")
    cases = Graph()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        if str(g).startswith(CASE_BASE):
            cases.add((s, p, o))
    return cases


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
