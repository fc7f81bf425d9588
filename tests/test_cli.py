"""The mlwf command line, run as a person runs it."""
import json
import subprocess
import sys

import pytest
from rdflib import Graph


def mlwf(*args, input=None):
    return subprocess.run([sys.executable, "-m", "mlwf.cli", *args], input=input,
                          capture_output=True, text=True, timeout=120)


def test_advise_json_is_the_api_document():
    out = mlwf("advise", "--fact", "goal=predict diabetes", "--fact", "learning_type=supervised",
               "--fact", "target_type=binary", "--fact", "n_samples=768",
               "--fact", 'feature_types=["continuous","nominal"]', "--fact", "has_outliers=true",
               "--json")
    assert out.returncode == 0, out.stderr
    advice = json.loads(out.stdout)
    assert set(advice) >= {"stage", "next_step", "return_to", "next_question",
                           "recommendations", "facts"}
    assert advice["facts"]["feature_types"] == ["nominal", "continuous"]
    assert "RobustScaler" in [r["name"] for r in advice["recommendations"]]


def test_advise_text_in_turkish_with_tried_history(tmp_path):
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps({"task": "classification", "n_samples": 5000}))
    out = mlwf("advise", "--facts", str(facts), "--lang", "tr", "--fact",
               'tried=[{"algorithm":"LinearSVC","outcome":"not_working"}]')
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Aşama:") and "Stage" not in out.stdout
    assert "KNeighborsClassifier" in out.stdout and "kural chart_classification" in out.stdout
    assert "çünkü görev = sınıflandırma" in out.stdout


@pytest.mark.parametrize("args, fragment", [
    (["advise", "--fact", "task=classify"], "fact 'task'"),
    (["advise", "--fact", "nonsense"], "not of the form name=value"),
    (["advise", "--fact", "n" * 100_000], "(100,000 characters) is not of the form"),
    (["advise", "--fact", "goal=" + "[" * 100_000], "fact 'goal'"),
    (["advise", "--fact", "labeled=" + "x" * 100_000], "(100,000 characters) is not allowed"),
    (["advise", "--facts", "/nonexistent.json"], "cannot read"),
    (["ontology", "export", "--format", "docx"], "unknown ontology format"),
])
def test_errors_are_one_line_with_status_2(args, fragment):
    out = mlwf(*args)
    assert out.returncode == 2
    assert fragment in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("fmt, parse_as", [("owl", "xml"), ("ttl", "turtle"),
                                           ("jsonld", "json-ld")])
def test_ontology_export(fmt, parse_as):
    out = subprocess.run([sys.executable, "-m", "mlwf.cli", "ontology", "export",
                          "--format", fmt], capture_output=True, timeout=60)
    assert out.returncode == 0
    assert len(Graph().parse(data=out.stdout, format=parse_as)) > 1000


def test_ontology_check_report():
    out = mlwf("ontology", "check", "--no-reasoner")
    assert out.returncode == 0, out.stdout
    assert "Classes by main stage" in out.stdout and "[ok ] English definitions" in out.stdout


def test_sparql_on_a_store_directory(tmp_path):
    from mlwf.kb.store import EmbeddedStore
    from mlwf.ontology import source_path
    store = EmbeddedStore(tmp_path / "store")
    store.load_ontology(source_path().read_bytes())
    store.close()
    query = "SELECT ?c WHERE { ?c skos:broader mlwf:Scaling } ORDER BY ?c"
    out = mlwf("sparql", query, "--store", str(tmp_path / "store"))
    assert out.returncode == 0, out.stderr
    assert "RobustScaler" in out.stdout
    out = mlwf("sparql", query, "--store", str(tmp_path / "store"), "--format", "csv")
    assert out.stdout.splitlines()[0] == "c"


def test_sparql_dataframe(tmp_path):
    from mlwf.kb.query import query_dataframe
    from mlwf.kb.store import EmbeddedStore
    from mlwf.ontology import source_path
    store = EmbeddedStore(tmp_path / "store")
    store.load_ontology(source_path().read_bytes())
    store.close()
    frame = query_dataframe("SELECT ?q ?order WHERE { ?q mlwf:questionOrder ?order } ORDER BY ?order",
                            store_path=str(tmp_path / "store"))
    assert list(frame.columns) == ["q", "order"] and frame["order"].is_monotonic_increasing
    assert frame["order"].dtype.kind == "i"


def test_same_facts_same_advice_whatever_the_hash_seed_and_fact_order():
    facts = ["task=classification", "n_samples=768", 'feature_types=["continuous","nominal"]',
             "has_outliers=true", "class_balance=imbalanced", "missing_ratio=0.1",
             'tried=[{"algorithm":"LinearSVC","outcome":"not_working"}]']
    runs = []
    for seed, order in (("1", facts), ("2", facts[::-1]), ("3", facts[2:] + facts[:2])):
        out = subprocess.run(
            [sys.executable, "-m", "mlwf.cli", "advise", "--json",
             *[a for f in order for a in ("--fact", f)]],
            capture_output=True, text=True, timeout=120,
            env={**__import__("os").environ, "PYTHONHASHSEED": seed})
        assert out.returncode == 0, out.stderr
        runs.append(json.loads(out.stdout))
    assert runs[0] == runs[1] == runs[2]


def test_profile_shows_the_line_of_units_it_read_as_part_of_the_header(tmp_path):
    """A lab sheet's units under its column names: the user sees which line was read as
    units, and the units, so that a line skipped is never a surprise."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("time,temperature,pressure\ns,degC,kPa\n"
                     + "".join(f"{i},{20 + i % 7}.{i % 10},{100 + i % 5}.{i * 7 % 10}\n"
                               for i in range(60)))
    out = mlwf("profile", "--lang", "en", str(sheet))
    assert out.returncode == 0, out.stderr
    assert "60 rows" in out.stdout and "line 2" in out.stdout, out.stdout
    assert "temperature degC" in out.stdout, out.stdout
