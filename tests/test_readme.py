"""The README's SPARQL examples run as written against a fresh server, and every output
the README shows is what its command prints now."""
import json
import pathlib
import re
import sys

import pytest

from conftest import running_app
from optional import missing

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "bench"))
from readme_queries import README, readme_queries, record_penguins_evaluation  # noqa: E402

QUERIES = readme_queries()


def _readme_case_facts():
    """The facts of the README's curl example that creates a case."""
    text = README.read_text(encoding="utf-8")
    start = text.index("curl -s -X POST http://127.0.0.1:5000/api/cases")
    body = text[text.index("-d '", start) + 4:]
    return json.loads(body[:body.index("'")])


def test_readme_has_at_least_five_sparql_examples():
    assert len(QUERIES) >= 5


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    # the README's queries run under the default time limit, as a reader's would
    with running_app(tmp_path_factory.mktemp("readme"), QUERY_TIMEOUT=10.0) as app:
        client = app.test_client()
        assert client.post("/api/cases", json=_readme_case_facts()).status_code == 201
        record_penguins_evaluation(app)          # the queries over evaluation runs
        yield client


@pytest.mark.parametrize("title, query", QUERIES, ids=[t for t, _ in QUERIES])
def test_readme_query_runs_and_answers(fresh, title, query):
    r = fresh.get("/sparql", query_string={"query": query},
                  headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["results"]["bindings"], f"no rows for: {title}"


# -- the outputs the README shows ----------------------------------------------------------------

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tools"))
import fill_readme  # noqa: E402

MARKERS = [m.group(2) + ": " + m.group(3) for m in
           fill_readme.MARKER.finditer(README.read_text(encoding="utf-8"))]
# What differs from one run to the next: a case's id and the times it carries.
VOLATILE = [(re.compile(r"\b[0-9a-f]{16}\b"), "<case id>"),
            (re.compile(r"\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?"), "<time>"),
            # the seconds column of `mlwf evaluate`'s leaderboard (outcomes as English or
            # Turkish labels): compute, not a result
            (re.compile(r"(good|underfitting|overfitting|not working|failed|stopped|iyi|"
                        r"eksik öğrenme|aşırı öğrenme|işe yaramadı|başarısız|durduruldu)"
                        r" +\d+[.,]\d+$", re.M), r"\1 <seconds>"),
            # the benchmarks' latencies: measured, not a result
            (re.compile(r"median \d+(\.\d+)? ms"), "median <ms>")]


def _normalised(text: str | None) -> str | None:
    for pattern, stands_for in VOLATILE:
        text = pattern.sub(stands_for, text) if text is not None else None
    return text


@pytest.fixture(scope="module")
def outputs():
    """Every marked command of the README, run now by the tool that fills the README."""
    return {name: (shown, fresh)
            for name, shown, fresh in fill_readme.blocks(README.read_text(encoding="utf-8"))}


def test_the_readme_shows_outputs():
    assert len(MARKERS) >= 10


@pytest.mark.slow
@pytest.mark.parametrize("marker", MARKERS, ids=[f"{i}-{m[:40]}" for i, m in enumerate(MARKERS)])
def test_readme_output_is_what_the_command_prints(outputs, marker):
    if "ontology check" in marker:
        from mlwf.ontology.reasoner import java_available
        if not java_available():
            missing("Java, so `mlwf ontology check` cannot run HermiT as the README shows",
                    ".ci/run installs default-jre-headless")
    shown, fresh = outputs[marker]
    assert shown is not None, f"no output under {marker}: run tools/fill_readme.py"
    assert _normalised(fresh) == _normalised(shown), (
        "the README shows another output than the command gives now; if the change is "
        "meant, run .venv/bin/python tools/fill_readme.py")


def test_the_readme_fact_table_is_the_vocabulary():
    """The README's fact table is generated from the specs (tools/fill_readme.py); a fact
    added, renamed or given other bounds shows here until the README is regenerated."""
    from mlwf.rules.facts import SPECS

    tables = {m.group(2): m.group(3) for m in
              fill_readme.TABLE.finditer(README.read_text(encoding="utf-8"))}
    assert tables["facts"] == fill_readme.facts_table()
    assert [line.split("`")[1] for line in tables["facts"].splitlines()[2:]] == list(SPECS)
