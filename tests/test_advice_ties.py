"""Advice the rules rank equal shares a rank (rules/ranking.py: standard competition
ranking, 1, 2, 2, 4, within each kind), as a person reads it in the JSON, on the command
line and in the knowledge base; and, for given facts, which pieces of advice the rules
prefer equally: each of those statements is the rules' design (the same stage and tier),
and each was seen to fail with a tier moved by one (docs/mutation-survivors.md)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter

import pytest

from mlwf.rules.base import KINDS

from conftest import competition

CLASSIFICATION = {"task": "classification", "n_samples": 5000}


def mlwf(*args):
    return subprocess.run([sys.executable, "-m", "mlwf.cli", *args], capture_output=True,
                          text=True, timeout=120)


def ranks(advice, kind: str) -> dict[str, int]:
    return {r["name"]: r["rank"] for r in advice["recommendations"] if r["kind"] == kind}


def equal_to(advice, name: str, kind: str = "technique") -> set[str]:
    """The advice of ``kind`` sharing ``name``'s rank, itself included."""
    rank = ranks(advice, kind)[name]
    return {n for n, r in ranks(advice, kind).items() if r == rank}


# -- the surfaces ---------------------------------------------------------------------------

def test_equally_ranked_advice_shares_a_rank_in_the_api_and_unequal_advice_does_not(
        client, openapi_validator):
    advice = client.post("/api/advise", json={"facts": CLASSIFICATION}).get_json()
    openapi_validator("Advice", advice)
    # the server orders the algorithms by evidence: a portfolio, strict
    assert advice["evidence"]
    algorithms = [r["rank"] for r in advice["recommendations"] if r["kind"] == "algorithm"]
    assert algorithms == list(range(1, len(algorithms) + 1)) and len(algorithms) >= 3
    # k-fold and grid search, from two rules, at one stage and tier, share the first place
    techniques = ranks(advice, "technique")
    assert techniques["KFoldCrossValidation"] == techniques["GridSearch"] == 1
    assert techniques["Holdout"] == 3
    # accuracy before F1 (the same rule, two tiers): strict
    metrics = ranks(advice, "metric")
    assert (metrics["Accuracy"], metrics["F1Score"]) == (1, 2)
    for kind in ("technique", "metric"):
        assert competition([r["rank"] for r in advice["recommendations"] if r["kind"] == kind])


@pytest.mark.parametrize("lang, legend", [
    ("en", 'A rank followed by "=" is shared'),
    ("tr", '"=" ile biten bir sıra paylaşılır')])
def test_the_command_line_marks_a_shared_rank(lang, legend):
    run = mlwf("advise", "--lang", lang, *(f"--fact={k}={v}" for k, v in CLASSIFICATION.items()))
    assert run.returncode == 0, run.stderr
    assert legend in run.stdout, run.stdout
    shown = re.findall(r"^ +(\d+)([=.]) (.+)$", run.stdout, flags=re.M)
    facts = [f"--fact={k}={v}" for k, v in CLASSIFICATION.items()]
    advice = json.loads(mlwf("advise", "--json", "--lang", lang, *facts).stdout)
    listed = sorted(advice["recommendations"], key=lambda r: KINDS.index(r["kind"]))
    count = Counter((r["kind"], r["rank"]) for r in listed)
    assert [(str(r["rank"]), "=" if count[r["kind"], r["rank"]] > 1 else ".")
            for r in listed] == [(rank, mark) for rank, mark, _label in shown]
    assert [label.startswith(r["label"]) for r, (*_, label) in zip(listed, shown, strict=True)] == \
        [True] * len(listed)
    assert {mark for _rank, mark, _label in shown} == {"=", "."}


def test_a_strict_ranking_prints_no_legend():
    run = mlwf("advise", "--fact=goal_type=business", "--fact=has_data=false")
    assert run.returncode == 0, run.stderr
    assert '"="' not in run.stdout and re.search(r"^ +1\. ", run.stdout, flags=re.M), run.stdout


def test_a_case_keeps_a_shared_rank_in_its_answer_and_in_the_store(client, openapi_validator):
    case = client.post("/api/cases", json={"facts": CLASSIFICATION}).get_json()
    openapi_validator("Case", case)
    techniques = ranks(case, "technique")
    assert techniques["KFoldCrossValidation"] == techniques["GridSearch"] == 1, techniques
    query = f"""PREFIX kb: <https://w3id.org/mlwf/kb#>
        SELECT ?name ?rank WHERE {{ GRAPH <https://w3id.org/mlwf/case/{case['id']}> {{
          ?case kb:recommendation ?r . ?r kb:concept ?c ; kb:kind "technique" ; kb:rank ?rank }}
          BIND(STRAFTER(STR(?c), "#") AS ?name) }}"""
    rows = client.get("/sparql", query_string={"query": query},
                      headers={"Accept": "application/sparql-results+json"}).get_json()
    stored = {b["name"]["value"]: int(b["rank"]["value"]) for b in rows["results"]["bindings"]}
    assert stored == techniques


def test_without_evidence_the_field_s_three_defaults_share_the_first_place(consult):
    """One rule gives them one tier; the chart's first box comes after all three."""
    algorithms = ranks(consult(**CLASSIFICATION), "algorithm")
    assert equal_to(consult(**CLASSIFICATION), "RandomForestClassifier", "algorithm") == {
        "HistGradientBoostingClassifier", "RandomForestClassifier", "LogisticRegression"}
    assert algorithms["RandomForestClassifier"] == 1 and algorithms["LinearSVC"] == 4
    assert competition(list(algorithms.values()))
