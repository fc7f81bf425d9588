"""Behaviour a person sees, at the edges where a one-character bug would change it
unnoticed (issue 18: each test here was seen to fail with its bug put in by hand):
advice for given facts, a profile for a given CSV, an HTTP answer, the command line."""
from __future__ import annotations

import io
import json
import math
import subprocess
import sys

import pytest

from mlwf.ontology import load

from conftest import competition

STAGES = load().stage_order


def mlwf(*args):
    return subprocess.run([sys.executable, "-m", "mlwf.cli", *args], capture_output=True,
                          text=True, timeout=120)


def stage_index(name: str) -> int:
    return STAGES.index(load().concepts[name].stage)


# -- advice for given facts -------------------------------------------------------------------

def test_imbalanced_classes_get_weighting_then_oversampling_then_undersampling(consult):
    advice = consult(task="classification", class_balance="imbalanced")
    techniques = [(r["name"], r["rank"]) for r in advice["recommendations"]
                  if r["kind"] == "technique"]
    assert techniques[:3] == [("ClassWeighting", 1), ("Oversampling", 2), ("Undersampling", 3)]
    assert {advice.get(n)["rule"] for n in ("ClassWeighting", "Oversampling", "Undersampling")} \
        == {"imbalance_rebalance"}


@pytest.mark.parametrize("share, balance", [(0.2, "balanced"), (0.2001, "balanced"),
                                            (0.1999, "imbalanced"), (0.05, "imbalanced")])
def test_a_minority_share_of_exactly_0_2_is_balanced(consult, share, balance):
    """The README: "below 0.2 counts as imbalanced" (two classes)."""
    advice = consult(task="classification", minority_share=share)
    assert advice["facts"]["class_balance"] == balance
    assert ("Oversampling" in advice.names("technique")) == (balance == "imbalanced")


@pytest.mark.parametrize("n, tiny", [(0, True), (1, True), (50, True), (51, False), (500, False)])
def test_50_samples_or_fewer_must_collect_more_data(consult, n, tiny):
    advice = consult(learning_type="supervised", has_data=True, n_samples=n)
    assert (advice.step == "CollectMoreData") == tiny, advice.step
    if tiny:
        assert "50 samples or fewer" in advice["next_step"]["explanation"]


def test_an_unlabelled_supervised_case_must_label_before_anything_else(consult, diabetes):
    """Labelling blocks the workflow: no algorithm is worth choosing without labels."""
    advice = consult(**{**diabetes, "labeled": False})
    assert advice.step == "Labelling" and advice.stage == "Data"
    assert consult(**{**diabetes, "labeled": True}).step != "Labelling"


def test_steps_and_techniques_follow_the_workflow_order(consult, diabetes):
    """Ranks of steps and of techniques never go back to an earlier stage of the workflow,
    whatever tier each rule gave them."""
    facts = {**diabetes, "missing_ratio": 0.4, "high_cardinality": True,
             "feature_types": ["nominal", "continuous"], "few_important_features": True,
             "tried": [{"algorithm": "LinearSVC", "outcome": "overfitting"}]}
    advice = consult(**facts)
    for kind in ("step", "technique"):
        recs = [r for r in advice["recommendations"] if r["kind"] == kind]
        assert competition([r["rank"] for r in recs])
        # advice of different stages never shares a rank
        for a, b in zip(recs, recs[1:], strict=False):
            if stage_index(a["name"]) != stage_index(b["name"]):
                assert a["rank"] < b["rank"], (a["name"], b["name"])
        stages = [stage_index(r["name"]) for r in recs]
        assert len(set(stages)) >= 3, (kind, stages)  # the order is really put to the test
        assert stages == sorted(stages), [(r["name"], STAGES[s]) for r, s in zip(recs, stages, strict=True)]


def test_a_concept_advised_by_two_rules_keeps_the_better_reason(consult):
    """Mutual information is advised for regression on numeric features (tier 2) and for
    mixed feature types (tier 3); the recommendation shows the stronger of the two."""
    advice = consult(task="regression", feature_types=["continuous", "nominal"])
    mi = advice.get("MutualInformation", "technique")
    assert mi["rule"] == "numeric_vs_quantity_mutual_information", mi
    assert [b["name"] for b in mi["because"]] == ["task", "feature_types"]
    assert advice.names("technique").count("MutualInformation") == 1


def test_the_first_algorithm_is_rank_1_and_ranks_count_up(consult, diabetes):
    """Ranks count up from 1; the defaults of the field, from one rule at one tier, share
    theirs (competition ranking: the next rank is 1 plus how many come before it)."""
    advice = consult(**diabetes)
    ranks = [r["rank"] for r in advice["recommendations"] if r["kind"] == "algorithm"]
    assert competition(ranks) and len(ranks) >= 3 and len(set(ranks)) >= 2


# -- the vocabulary, as a person writes it ---------------------------------------------------

@pytest.mark.parametrize("word, value", [("yes", True), ("no", False), ("evet", True),
                                         ("hayır", False), ("Hayır", False), ("HAYIR", False),
                                         ("hayir", False), ("EVET", True), ("true", True),
                                         ("false", False)])
def test_booleans_take_yes_no_and_evet_hayir(client, word, value):
    r = client.post("/api/advise", json={"facts": {"labeled": word, "has_outliers": word}})
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["facts"]["labeled"] is value
    assert r.get_json()["facts"]["has_outliers"] is value


def test_a_misspelt_algorithm_gets_a_suggestion(client):
    r = client.post("/api/advise", json={"facts": {"tried": [
        {"algorithm": "RandomForestClasifier", "outcome": "good"}]}})
    assert r.status_code == 400
    body = r.get_json()
    assert 'unknown algorithm "RandomForestClasifier"' in body["error"]
    assert body["detail"].startswith("allowed: did you mean RandomForestClassifier")


def test_a_misspelt_algorithm_on_the_command_line_gets_a_suggestion():
    out = mlwf("advise", "--fact", 'tried=[{"algorithm":"LinerSVC","outcome":"good"}]')
    assert out.returncode == 2
    assert "did you mean LinearSVC" in out.stderr


def test_a_turkish_no_on_the_command_line():
    out = mlwf("advise", "--fact", "labeled=hayır", "--fact", "has_data=evet", "--json")
    assert out.returncode == 0, out.stderr
    facts = json.loads(out.stdout)["facts"]
    assert facts["labeled"] is False and facts["has_data"] is True


# -- the command line in Turkish ---------------------------------------------------------------

def test_advise_lang_tr_prints_turkish_labels_and_questions():
    out = mlwf("advise", "--lang", "tr", "--fact", "task=classification", "--fact",
               "n_samples=5000", "--fact",
               'tried=[{"algorithm":"LinearSVC","outcome":"not_working"}]')
    assert out.returncode == 0, out.stderr
    # the ontology's Turkish labels, as a Turkish reader expects them
    assert "Sonraki adım:" in out.stdout and "Algoritma Seçimi" in out.stdout
    assert "k-En Yakın Komşu Sınıflandırıcısı (KNeighborsClassifier)" in out.stdout
    assert "Algorithm Selection" not in out.stdout
    english = mlwf("advise", "--fact", "task=classification", "--fact", "n_samples=5000")
    assert "Next question" in english.stdout
    question = english.stdout.split("Next question", 1)[1].splitlines()[0]
    assert question not in out.stdout  # the question, too, is asked in Turkish


# -- a profile for a given CSV -------------------------------------------------------------------

def _csv(columns: dict[str, list]) -> io.BytesIO:
    names = list(columns)
    rows = zip(*columns.values(), strict=True)
    text = ",".join(names) + "\n" + "\n".join(",".join(map(str, r)) for r in rows) + "\n"
    return io.BytesIO(text.encode())


def test_a_long_right_tail_is_skewed_and_a_symmetric_column_is_not():
    from mlwf.profiling.profile import profile_csv
    n = 400
    symmetric = [round(math.sin(i) * 10, 3) for i in range(n)]  # skewness near 0
    tail = [round(1.02 ** i, 3) for i in range(n)]               # exponential growth: skew > 1
    even = profile_csv(_csv({"x": symmetric, "y": [i % 2 for i in range(n)]}), "y")
    long_tail = profile_csv(_csv({"x": tail, "y": [i % 2 for i in range(n)]}), "y")
    assert abs(even.columns[0]["skew"]) < 0.5 and even.facts["skewed"] is False
    assert long_tail.columns[0]["skew"] > 1 and long_tail.facts["skewed"] is True


@pytest.mark.parametrize("minority, balance", [(20, "balanced"), (19, "imbalanced")])
def test_a_target_with_20_percent_minority_is_balanced(minority, balance):
    from mlwf.profiling.profile import profile_csv
    labels = ["rare"] * minority + ["common"] * (100 - minority)
    p = profile_csv(_csv({"x": [i * 1.5 for i in range(100)], "label": labels}), "label")
    assert p.facts["minority_share"] == pytest.approx(minority / 100)
    assert p.facts["class_balance"] == balance


# -- HTTP answers ----------------------------------------------------------------------------------

def _count_cases(client) -> int:
    r = client.get("/sparql", query_string={"query": "SELECT (COUNT(?c) AS ?n) WHERE { "
                                                    "GRAPH ?g { ?c a kb:Case } }"},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.get_data(as_text=True)
    return int(r.get_json()["results"]["bindings"][0]["n"]["value"])


def test_opening_the_page_stores_nothing(client):
    before = _count_cases(client)
    for path in ("/", "/?lang=tr", "/", "/cases/0123456789abcdef"):
        client.get(path)
    assert _count_cases(client) == before
    assert client.post("/api/cases", json={"facts": {"goal": "x"}}).status_code == 201
    assert _count_cases(client) == before + 1  # the count does see a new case


@pytest.mark.parametrize("stage, status", [("RobustScaler", 400), ("Accuracy", 400),
                                           ("Nowhere", 400), ("DataProcess", 200)])
def test_concepts_filter_by_stage_takes_only_stages(client, stage, status):
    r = client.get("/api/concepts", query_string={"stage": stage})
    assert r.status_code == status
    if status == 200:
        from mlwf.ontology import load
        ontology = load()
        # a concept with places in several stages (ANOVA, the chi-squared test) is listed
        # under each of them; nothing from elsewhere is
        assert all(stage in ontology.concepts[c["name"]].stages for c in r.get_json())
        assert "DataCleaning" in [c["name"] for c in r.get_json()]
    else:
        assert "unknown stage" in r.get_json()["error"]


@pytest.mark.parametrize("facts", [dict(goal_type="business"),
                                   dict(learning_type="supervised", has_data=False),
                                   dict(goal="predict churn", goal_type="research")])
def test_no_candidates_yet_is_not_every_candidate_failed(consult, facts):
    """Before any algorithm is advised, nothing has been exhausted: no way back "because
    every candidate failed", and no step saying so."""
    advice = consult(**facts)
    assert advice.algorithms() == []
    assert "candidates_exhausted" not in [r["rule"] for r in advice["return_to"]]
    assert advice["next_step"]["rule"] != "candidates_exhausted"


def test_every_candidate_failed_sends_the_case_back(consult):
    first = consult(task="classification", n_samples=5000)
    tried = [{"algorithm": a, "outcome": "not_working"} for a in first.algorithms()]
    advice = consult(task="classification", n_samples=5000, tried=tried)
    assert len(tried) >= 3 and advice.algorithms() == []
    assert {"FeatureEngineering", "Data"} <= set(advice.ways_back)
    assert "candidates_exhausted" in [r["rule"] for r in advice["return_to"]]


@pytest.mark.parametrize("facts, stage, question", [
    (dict(goal="x", has_outliers=True), "Goal", "goal_type"),
    (dict(goal="x", missing_ratio=0.2), "Goal", "goal_type"),
    (dict(goal="predict churn", goal_type="business", has_outliers=True, skewed=True),
     "Learning", "learning_type"),
])
def test_later_problems_wait_for_the_question_at_hand(consult, facts, stage, question):
    """Outliers or gaps reported early do not pull the case ahead of the question of its
    current stage: the next step is to answer it."""
    advice = consult(**facts)
    assert (advice.stage, advice.step, advice.question) == (stage, stage, question)
    assert advice["next_step"]["rule"] == "next_question"


@pytest.mark.parametrize("progress, step, rule", [
    (dict(tried=[{"algorithm": "LinearSVC", "outcome": "good"}]), "Deployment",
     "good_result_finalize"),
    (dict(deployed=True), "Monitoring", "monitor_deployed_model"),
    (dict(deployed=True, drift_detected=True), "Retraining", "drift_retrain"),
    (dict(deployed=True, drift_detected=False), "GoalEvaluation", "evaluate_goal_when_stable"),
])
def test_after_progress_the_next_step_says_why(consult, diabetes, progress, step, rule):
    """Once a model works or runs, the next step is the one a rule made due, with that
    rule's reason, not a bare "continue from here"."""
    advice = consult(**{**diabetes, "interpretability_required": True, **progress})
    assert (advice.step, advice["next_step"]["rule"]) == (step, rule)
    assert advice["next_step"]["explanation"] != "Continue from here."


@pytest.mark.parametrize("length, accepted", [(1, True), (500, True), (501, False)])
def test_a_goal_of_up_to_500_characters(consult, length, accepted):
    from mlwf.rules import FactError
    goal = "g" * length
    if accepted:
        assert consult(goal=goal)["facts"]["goal"] == goal
    else:
        with pytest.raises(FactError, match="at most 500 characters"):
            consult(goal=goal)


def test_when_the_last_candidate_underfits_the_candidates_are_exhausted(consult):
    """Every other candidate did not work and the last one underfits: the chart has nothing
    better, so the advice goes back to features and data."""
    algorithms = consult(task="classification", n_samples=5000).algorithms()
    tried = [{"algorithm": a, "outcome": "not_working"} for a in algorithms[:-1]]
    tried.append({"algorithm": algorithms[-1], "outcome": "underfitting"})
    advice = consult(task="classification", n_samples=5000, tried=tried)
    assert advice.algorithms() == algorithms[-1:]
    assert advice.get(algorithms[-1], "algorithm")["tried"] == "underfitting"
    assert "candidates_exhausted" in [r["rule"] for r in advice["return_to"]]


@pytest.mark.parametrize("facts", [
    dict(task="classification", n_samples=5000),
    dict(task="classification", class_balance="imbalanced", has_outliers=True,
         goal_type="business", feature_types=["continuous", "nominal"], n_samples=768),
])
def test_recommendations_come_grouped_by_kind(consult, facts):
    """Warnings, then steps, algorithms, techniques and metrics: the command line prints
    one heading per kind, so a kind must never come back after another."""
    kinds = [r["kind"] for r in consult(**facts)["recommendations"]]
    blocks = [k for i, k in enumerate(kinds) if i == 0 or kinds[i - 1] != k]
    assert blocks == [k for k in ("warning", "step", "algorithm", "technique", "metric")
                      if k in kinds], kinds
    assert {"algorithm", "technique", "metric"} <= set(kinds)


def test_printed_advice_names_stated_and_derived_values_by_their_labels(capsys):
    """The command line's advice, run in-process: each rule's reason shows a value by its
    label with the token `--fact` takes, for stated facts (the task) and derived ones
    (the size of the data, the balance of the classes) alike."""
    from mlwf.cli.main import main
    assert main(["advise", "--lang", "tr", "--fact", "task=classification",
                 "--fact", "n_samples=30", "--fact", "minority_share=0.1"]) == 0
    out = capsys.readouterr().out
    assert 'görev = sınıflandırma ("classification")' in out
    assert 'veri boyutu = çok küçük ("tiny") [çıkarım]' in out
    assert 'sınıf dengesi = dengesiz ("imbalanced") [çıkarım]' in out


RANDOM_SPLITS = {"KFoldCrossValidation", "StratifiedKFoldCrossValidation",
                 "LeaveOneOutCrossValidation", "MonteCarloCrossValidation",
                 "NestedCrossValidation", "Holdout", "Shuffling"}


@pytest.mark.parametrize("n", [51, 99, 100, 999, 5000, 50000])
@pytest.mark.parametrize("order", [{"time_ordered": True}, {"modality": "time_series"},
                                   {"time_indexed": True}])
@pytest.mark.parametrize("task", ["regression", "forecasting", "classification"])
def test_data_ordered_in_time_is_never_split_at_random(consult, n, order, task):
    """Random splits of rows ordered in time train on the future: whether the order is
    stated or follows from a series (a derived fact, which must be known before any
    advice that depends on its absence), only time-ordered folds are advised."""
    advice = consult(task=task, n_samples=n, **order)
    advised = set(advice.names("technique"))
    assert not advised & RANDOM_SPLITS, advised & RANDOM_SPLITS
    assert "TimeSeriesCrossValidation" in advised
