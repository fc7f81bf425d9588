"""The meta-knowledge base and the evidence it gives the advice, through the public surface:
the command line, the API and SPARQL."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from mlwf.kb.metakb import METAKB_GRAPH, MetaKB, shipped_ntriples, shipped_path

from conftest import running_app


def mlwf(*args):
    return subprocess.run([sys.executable, "-m", "mlwf.cli", *args], capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def penguins_csv(tmp_path_factory):
    import palmerpenguins
    path = tmp_path_factory.mktemp("data") / "penguins.csv"
    palmerpenguins.load_penguins().to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def base():
    return MetaKB.shipped()


def test_the_shipped_base_covers_both_tasks_with_many_datasets(base):
    assert shipped_path().exists()
    for task, at_least in (("classification", 25), ("regression", 25)):
        tb = base.bases[task]
        assert len(tb.datasets) >= at_least, task
        # every dataset had (nearly) every algorithm of its task run on it
        ran = (~__import__("numpy").isnan(tb.raw)).mean()
        assert ran > 0.8, (task, ran)
        assert "HistGradientBoosting" + ("Classifier" if task == "classification" else "Regressor") \
            in tb.algorithms


def test_advice_on_a_csv_orders_candidates_by_evidence_and_cites_it(penguins_csv):
    out = mlwf("advise", "--csv", str(penguins_csv), "--target", "species", "--json")
    assert out.returncode == 0, out.stderr
    advice = json.loads(out.stdout)
    evidence = advice["evidence"]
    assert evidence["basis"] == "data" and len(evidence["neighbours"]) == 10
    algorithms = [r for r in advice["recommendations"] if r["kind"] == "algorithm"]
    assert len(algorithms) >= 1
    plain = json.loads(mlwf("advise", "--csv", str(penguins_csv), "--target", "species",
                            "--json", "--no-evidence").stdout)
    rules_order = [r["name"] for r in plain["recommendations"] if r["kind"] == "algorithm"]
    order = [r["name"] for r in algorithms]
    assert sorted(order) == sorted(rules_order)         # evidence orders, never admits
    # the first place goes to the best evidence score, ahead of every candidate the rules
    # put before it; every later one that jumps the rules' order complements exactly the
    # ones before it, and adds to their expected best
    first_overtook = {x["algorithm"] for x in algorithms[0].get("evidence", {}).get("ahead_of", [])}
    assert all(x["margin"] > 0 for x in algorithms[0].get("evidence", {}).get("ahead_of", []))
    for earlier in rules_order[:rules_order.index(order[0])]:
        assert earlier in first_overtook, (earlier, order)
    for i, r in enumerate(algorithms[1:], start=1):
        jumped = [e for e in rules_order[:rules_order.index(r["name"])]
                  if order.index(e) > i]
        if jumped:
            complements = r["evidence"]["complements"]
            assert complements["algorithms"] == order[:i], (r["name"], complements)
            assert complements["after"] > complements["before"]
            assert "to complement" in r["explanation"]
    first = algorithms[0]
    assert "most similar datasets" in first["explanation"]
    assert first["evidence"]["of"] >= 1 and first["evidence"]["near_best"] <= first["evidence"]["of"]


def test_a_regression_of_words_gets_advice_by_its_facts(penguins_csv):
    # the species are not numbers: no meta-features describe them as a regression, so
    # the evidence falls back on the facts instead of failing
    out = mlwf("advise", "--csv", str(penguins_csv), "--target", "species",
               "--fact", "task=regression", "--json")
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert json.loads(out.stdout)["evidence"]["basis"] == "facts"


def test_without_evidence_the_chart_order_stands(penguins_csv):
    out = mlwf("advise", "--csv", str(penguins_csv), "--target", "species", "--json",
               "--no-evidence")
    advice = json.loads(out.stdout)
    assert "evidence" not in advice
    assert all("most similar" not in r["explanation"] for r in advice["recommendations"])


def test_stated_facts_alone_give_coarser_evidence_and_few_facts_say_it_is_thin():
    rich = json.loads(mlwf("advise", "--json", "--fact", "task=classification",
                           "--fact", "n_samples=5000", "--fact", "n_features=12",
                           "--fact", 'feature_types=["continuous","nominal"]',
                           "--fact", "n_classes=2", "--fact", "minority_share=0.2",
                           "--fact", "missing_ratio=0.01").stdout)
    assert rich["evidence"]["basis"] == "facts" and not rich["evidence"]["thin"]
    assert "log_n_samples" in rich["evidence"]["compared_by"]
    poor = json.loads(mlwf("advise", "--json", "--fact", "task=classification",
                           "--fact", "n_samples=5000").stdout)
    assert poor["evidence"]["thin"] and "thin" in poor["evidence"]["note"]


def test_a_candidate_that_did_not_work_leaves_and_the_next_by_evidence_moves_up(penguins_csv):
    first = json.loads(mlwf("advise", "--csv", str(penguins_csv), "--target", "species",
                            "--json").stdout)
    order = [r["name"] for r in first["recommendations"] if r["kind"] == "algorithm"]
    tried = json.dumps([{"algorithm": order[0], "outcome": "not_working"}])
    again = json.loads(mlwf("advise", "--csv", str(penguins_csv), "--target", "species",
                            "--json", "--fact", f"tried={tried}").stdout)
    assert [r["name"] for r in again["recommendations"] if r["kind"] == "algorithm"] == order[1:]


def test_nearest_datasets_exclude_the_one_left_out(base):
    d = next(d for d in base.datasets.values() if d["task"] == "regression")
    with_it = base.evidence({**d["facts"], "task": "regression"}, d["metafeatures"])
    assert with_it.neighbours[0]["dataset"] == d["name"]
    assert with_it.neighbours[0]["distance"] == 0
    without = base.evidence({**d["facts"], "task": "regression"}, d["metafeatures"],
                            exclude=[d["name"]])
    assert d["name"] not in [n["dataset"] for n in without.neighbours]


def test_the_base_is_ml_schema_in_its_own_graph_and_sparql_sees_it(client):
    query = """
    SELECT ?alg (COUNT(?run) AS ?wins) WHERE { GRAPH <%s> {
      ?run a mls:Run ; mls:realizes ?alg ; mls:hasOutput ?ev ; mls:hasInput ?data .
      ?ev a mls:ModelEvaluation ; mls:specifiedBy mlwf:BalancedAccuracy ;
          kb:normalizedScore ?best .
      FILTER (?best >= 1)
      ?data a mls:Dataset ; mls:hasQuality ?q .
      ?q a mls:DatasetCharacteristic ; mls:hasValue ?v ;
         mls:specifiedBy <https://w3id.org/mlwf/metakb/metafeature/log_n_samples> .
    } } GROUP BY ?alg ORDER BY DESC(?wins)""" % METAKB_GRAPH  # noqa: UP031 (SPARQL's braces read as written; %-format leaves them alone)
    r = client.post("/sparql", data={"query": query},
                    headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.data[:300]
    rows = r.get_json()["results"]["bindings"]
    assert rows and sum(int(b["wins"]["value"]) for b in rows) >= 25


def test_the_api_advice_carries_evidence(client):
    r = client.post("/api/advise", json={"facts": {
        "task": "classification", "n_samples": 2000, "n_features": 10,
        "feature_types": ["continuous"], "n_classes": 2, "minority_share": 0.3}})
    doc = r.get_json()
    assert doc["evidence"]["basis"] == "facts"
    assert any("evidence" in x for x in doc["recommendations"] if x["kind"] == "algorithm")


@pytest.mark.slow
def test_the_build_is_one_command_and_reproducible(tmp_path):
    """Two builds of one dataset give the same bytes (seeded folds and estimators)."""
    outs = []
    for i in range(2):
        out = tmp_path / f"base{i}.nt.gz"
        done = mlwf("metakb", "build", "--only", "sklearn/wine:target", "--out", str(out),
                    "--cache", str(tmp_path / f"cache{i}"), "--jobs", "1")
        assert done.returncode == 0, done.stderr[-2000:]
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    text = gzip.decompress(outs[0]).decode()
    assert text.count("<http://www.w3.org/ns/mls#Run>") >= 15
    shipped = shipped_ntriples().decode()
    # the shipped base holds the same runs for that dataset
    wine_runs = [line for line in text.splitlines() if "/run/sklearn_wine" in line and "hasValue" in line]
    assert wine_runs and all(line in shipped for line in wine_runs)


def test_runs_people_recorded_on_their_data_join_the_evidence_marked_as_theirs(tmp_path):
    """A run recorded in a case graph (ML Schema, as `mlwf evaluate` records them) is read
    when the app starts: the case's data becomes a neighbour of its own facts, "yours"."""
    from mlwf.kb.namespaces import case_iri
    facts = {"task": "classification", "n_samples": 2000, "n_features": 10,
             "feature_types": ["continuous"], "n_classes": 2, "minority_share": 0.3,
             "missing_ratio": 0.0}
    with running_app(tmp_path) as app:
        case = app.test_client().post("/api/cases", json={"facts": facts}).get_json()["id"]
        g = case_iri(case)
        runs = " ".join(
            f"<{g}/run/{alg}> a mls:Run ; mls:hasInput <{g}/dataset> ; mls:realizes mlwf:{alg} ; "
            f"mls:hasOutput <{g}/run/{alg}/evaluation> . <{g}/run/{alg}/evaluation> a "
            f"mls:ModelEvaluation ; mls:specifiedBy mlwf:BalancedAccuracy ; mls:hasValue {score} ."
            for alg, score in (("SVC", 0.91), ("LinearSVC", 0.74), ("KNeighborsClassifier", 0.80)))
        app.extensions["mlwf"].store.update(
            f"INSERT DATA {{ GRAPH <{g}> {{ <{g}/dataset> a mls:Dataset . {runs} }} }}")

    with running_app(tmp_path) as again:
        doc = again.test_client().post("/api/advise", json={"facts": facts}).get_json()
    nearest = doc["evidence"]["neighbours"][0]
    assert nearest["source"] == "yours" and nearest["distance"] == 0
    svc = next(r for r in doc["recommendations"] if r["name"] == "SVC")
    assert any(e.startswith("yours") for e in svc["evidence"]["examples"])


def _base_of(rows, task="classification"):
    """A small base: datasets that differ in one meta-feature, and each algorithm's score."""
    datasets = {f"d{i}": {"name": f"d{i}", "task": task, "metafeatures": {"a": i, "b": 0, "c": 0},
                          "source": "metakb", "facts": {}} for i in range(len(rows))}
    runs = {(f"d{i}", alg): {"score": score}
            for i, row in enumerate(rows) for alg, score in row.items()}
    return MetaKB(datasets, runs)


FACTS = {"task": "classification", "n_samples": 2000, "n_features": 10,
         "feature_types": ["continuous"], "n_classes": 2, "minority_share": 0.3}


def _order(base):
    from mlwf.rules import Advisor
    advice = Advisor(evidence=base.evidence).advise(FACTS, metafeatures={"a": 3, "b": 0, "c": 0})
    return [r["name"] for r in advice["recommendations"] if r["kind"] == "algorithm"], advice


def test_ties_keep_the_rules_order_and_the_best_score_goes_first():
    from mlwf.rules import Advisor
    rules_order = [r["name"] for r in Advisor().advise(FACTS)["recommendations"]
                   if r["kind"] == "algorithm"]
    first, late = rules_order[0], rules_order[-1]
    # the first and the last candidate did equally well everywhere: the rules decide
    tied = [{first: 0.80, late: 0.80, **{a: 0.5 for a in rules_order[1:-1]}}
            for _ in range(12)]
    order, advice = _order(_base_of(tied))
    assert order[0] == first, order
    # now the last did better on every other dataset, as well elsewhere: a higher mean
    better = [{**row, late: 0.80 + 0.04 * (i % 2)} for i, row in enumerate(tied)]
    order, advice = _order(_base_of(better))
    assert order[0] == late, order
    named = {r["name"]: r for r in advice["recommendations"]}
    ahead = named[late]["evidence"]["ahead_of"]
    assert first in {x["algorithm"] for x in ahead} and all(x["margin"] > 0 for x in ahead)
    assert named[late]["evidence"]["score"] > named[first]["evidence"]["score"]
    assert "its mean normalized score there is higher" in named[late]["explanation"]


def test_the_second_place_complements_the_first_rather_than_failing_with_it():
    from mlwf.rules import Advisor
    rules_order = [r["name"] for r in Advisor().advise(FACTS)["recommendations"]
                   if r["kind"] == "algorithm"]
    first, runner_up, other = rules_order[0], rules_order[1], rules_order[-1]
    rest = {a: 0.5 for a in rules_order}
    # the runner-up is good where the first is, and poor where it is; the other is the
    # reverse: it is worse on average, but it is what to try if the first fails
    rows = [{**rest, first: 0.9, runner_up: 0.88, other: 0.6} for _ in range(6)] + \
           [{**rest, first: 0.6, runner_up: 0.58, other: 0.9} for _ in range(6)]
    order, advice = _order(_base_of(rows))
    assert order[0] == first and order[1] == other, order
    second = advice["recommendations"][[r["name"] for r in advice["recommendations"]].index(other)]
    complements = second["evidence"]["complements"]
    assert complements["algorithms"] == [first] and complements["after"] > complements["before"]
    assert "to complement" in second["explanation"] and runner_up in second["explanation"]
    # and when the first was tried and did not work, the complement comes first
    tried = Advisor(evidence=_base_of(rows).evidence).advise(
        {**FACTS, "tried": [{"algorithm": first, "outcome": "not_working"}]},
        metafeatures={"a": 3, "b": 0, "c": 0})
    assert [r["name"] for r in tried["recommendations"] if r["kind"] == "algorithm"][0] == other


def test_the_portfolio_weighs_every_dataset_of_the_base_alike():
    """The second place is what complements the first over the whole base (as auto-sklearn
    2.0 builds its portfolio), not what complements it on the ten neighbours only."""
    from mlwf.rules import Advisor
    rules_order = [r["name"] for r in Advisor().advise(FACTS)["recommendations"]
                   if r["kind"] == "algorithm"]
    first, near_fix, far_fix = rules_order[0], rules_order[1], rules_order[-1]
    rest = {a: 0.5 for a in rules_order}
    # 30 datasets; the query's ten neighbours are d0..d9. The first is weak on the odd
    # ones; near_fix is best where it is weak among the neighbours (5 datasets), far_fix
    # where it is weak elsewhere (10 datasets)
    rows = [{**rest, first: 0.9 if i % 2 == 0 else 0.6,
             near_fix: 0.9 if i % 2 and i < 10 else 0.5,
             far_fix: 0.9 if i % 2 and i >= 10 else 0.5} for i in range(30)]
    order, advice = _order(_base_of(rows))
    assert [n["dataset"] for n in advice["evidence"]["neighbours"]] == [
        f"d{i}" for i in (3, 2, 4, 1, 5, 0, 6, 7, 8, 9)]
    assert order[:2] == [first, far_fix], order
    second = next(r for r in advice["recommendations"] if r["name"] == far_fix)
    # normalized: 1 = best, 0 = the median (0.5); the first's 0.6 is 0.25 where it is weak.
    # Its expected best over all 30 alike: (15 × 1 + 15 × 0.25) / 30; with far_fix, the ten
    # far odd datasets reach 1: (25 × 1 + 5 × 0.25) / 30
    assert second["evidence"]["complements"]["before"] == pytest.approx(0.625, abs=1e-3)
    assert second["evidence"]["complements"]["after"] == pytest.approx(0.875, abs=1e-3)
    assert "over all datasets of the base" in second["explanation"]
    assert "over all 30 classification datasets of the base" in advice["evidence"]["note"]


def test_with_landmarkers_datasets_are_alike_when_the_same_kind_of_model_does_better():
    # the query: a linear model does much better than a tree, on data that is easy overall
    lm = {"lm_linear": 0.9, "lm_tree": 0.5, "lm_stump": 0.4, "lm_one_nn": 0.5}
    near_in_levels = {"lm_linear": 0.7, "lm_tree": 0.8, "lm_stump": 0.5, "lm_one_nn": 0.6}
    same_pattern = {"lm_linear": 0.4, "lm_tree": 0.0, "lm_stump": -0.1, "lm_one_nn": 0.0}
    datasets = {name: {"name": name, "task": "regression", "source": "metakb", "facts": {},
                       "metafeatures": {**mf, "log_n_samples": 3.0}}
                for name, mf in (("levels", near_in_levels), ("pattern", same_pattern))}
    runs = {(name, a): {"score": s} for name in datasets
            for a, s in (("Ridge", 0.5), ("RandomForestRegressor", 0.4))}
    evidence = MetaKB(datasets, runs).evidence({"task": "regression"},
                                               {**lm, "log_n_samples": 3.0})
    assert evidence.neighbours[0]["dataset"] == "pattern", evidence.neighbours
    assert evidence.compared_by and all(f.startswith("relative_") for f in evidence.compared_by)
    assert "relative to each other" in str(evidence.note)
    # stated facts have no landmarkers: compared on the facts
    by_facts = MetaKB(datasets, runs).evidence({"task": "regression", "n_samples": 1000})
    assert by_facts.compared_by == ["log_n_samples"]


def test_failed_runs_count_as_worst_and_runs_never_made_are_left_out():
    import numpy as np
    rows = [{"A": 0.9, "B": 0.8, "C": 0.7, "D": -np.inf}, {"A": 0.9, "B": 0.8, "C": 0.7}]
    tb = _base_of(rows).bases["classification"]
    col = {a: j for j, a in enumerate(tb.algorithms)}
    assert tb.normalized[0, col["D"]] == tb.normalized[0, col["C"]] < 0   # failed: the worst
    assert np.isnan(tb.normalized[1, col["D"]])              # never run: not counted
    assert tb.normalized[1, col["A"]] == 1 and tb.normalized[1, col["B"]] == 0


@pytest.mark.slow
def test_mlwf_evaluate_on_a_case_adds_your_runs_to_the_evidence(tmp_path, penguins_csv):
    """`mlwf evaluate --case` records its runs as kb/runs.py writes them; the next start
    reads them back, and the evidence shows them as yours, with their measured scores."""
    store = tmp_path / "store"
    with running_app(store) as app:
        case = app.test_client().post("/api/cases", json={"facts": {}}).get_json()["id"]
    done = mlwf("evaluate", str(penguins_csv), "--target", "species", "--case", case,
                "--store", str(store), "--top", "2", "--folds", "3", "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    board = {r["algorithm"]: r for r in json.loads(done.stdout)["leaderboard"]}
    with running_app(store) as again:
        client = again.test_client()
        facts = client.get(f"/api/cases/{case}").get_json()["facts"]
        doc = client.post("/api/advise", json={"facts": facts}).get_json()
    yours = [n for n in doc["evidence"]["neighbours"] if n["source"] == "yours"]
    assert len(yours) == 1 and yours[0]["dataset"].startswith("yours")
    cited = [r for r in doc["recommendations"] if r["kind"] == "algorithm"
             and any(e == yours[0]["dataset"] for e in r.get("evidence", {}).get("examples", []))]
    assert cited and all(r["name"] in board for r in cited)


def test_an_underfitting_candidate_goes_last_whatever_the_evidence_says():
    """Found by the mutation run: the underfitting demotion also holds with evidence."""
    from mlwf.rules import Advisor
    rules_order = [r["name"] for r in Advisor().advise(FACTS)["recommendations"]
                   if r["kind"] == "algorithm"]
    first, late = rules_order[0], rules_order[-1]
    # the evidence favours the first candidate clearly, on every dataset
    rows = [{first: 0.9, **{a: 0.5 for a in rules_order[1:]}} for _ in range(12)]
    facts = {**FACTS, "tried": [{"algorithm": first, "outcome": "underfitting"}]}
    advice = Advisor(evidence=_base_of(rows).evidence).advise(
        facts, metafeatures={"a": 3, "b": 0, "c": 0})
    order = [r["name"] for r in advice["recommendations"] if r["kind"] == "algorithm"]
    assert order[-1] == first and late in order, order


def test_a_dataset_sharing_no_measure_with_yours_is_left_out_without_a_warning():
    import warnings
    datasets = {"measured": {"name": "measured", "task": "regression", "source": "metakb",
                             "facts": {}, "metafeatures": {"log_n_samples": 3.0}},
                "other": {"name": "other", "task": "regression", "source": "metakb",
                          "facts": {}, "metafeatures": {"log_n_features": 1.0}}}
    runs = {(name, a): {"score": s} for name in datasets
            for a, s in (("Ridge", 0.5), ("RandomForestRegressor", 0.4))}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        evidence = MetaKB(datasets, runs).evidence({"task": "regression"},
                                                   {"log_n_samples": 3.0})
    assert [n["dataset"] for n in evidence.neighbours] == ["measured"]
