"""The order by evidence (rules/ranking.py's docstring), as a person reads it in the advice
with the shipped meta-knowledge base, for survivors of the complete mutation run of
rules/ranking.py (docs/mutation-survivors.md): the first place to the best evidence score,
each next one to the candidate that complements those before it (or those tried without
success), what the person required first, an underfitting candidate last."""
from __future__ import annotations

import pytest

CLASSIFICATION = {"task": "classification", "n_samples": 5000}


@pytest.fixture(scope="module")
def advise():
    from mlwf.kb.metakb import advisor_with_evidence
    advisor = advisor_with_evidence()

    def run(**facts):
        return [r for r in advisor.advise(facts)["recommendations"] if r["kind"] == "algorithm"]
    return run


def test_the_first_place_goes_to_the_best_evidence_score_and_says_whom_it_passed(advise):
    algorithms = advise(**CLASSIFICATION)
    first = algorithms[0]
    scores = {r["name"]: r["evidence"]["score"] for r in algorithms}
    assert first["rank"] == 1 and scores[first["name"]] == max(scores.values())
    passed = first["evidence"]["ahead_of"]
    assert passed and "It goes ahead of " + ", ".join(p["algorithm"] for p in passed) \
        in first["explanation"]
    for p in passed:
        # each one it passed had a lower score, by the margin it states
        assert p["margin"] > 0 and p["margin"] == round(p["margin"], 3)  # three decimals
        assert p["margin"] == pytest.approx(scores[first["name"]] - scores[p["algorithm"]],
                                            abs=0.0015)


def test_each_next_place_complements_all_those_before_it(advise):
    algorithms = advise(**CLASSIFICATION)
    assert [r["rank"] for r in algorithms] == list(range(1, len(algorithms) + 1))
    for k, r in enumerate(algorithms[1:], 1):
        c = r["evidence"]["complements"]
        assert c["algorithms"] == [a["name"] for a in algorithms[:k]]
        assert c["after"] > c["before"] and 0 <= c["rescued"] <= c["of"]
        if k > 1:  # the expected best grows place by place
            assert c["before"] == pytest.approx(
                algorithms[k - 1]["evidence"]["complements"]["after"], abs=0.0015)


def test_a_candidate_placed_before_the_rules_earlier_ones_names_them(advise):
    algorithms = advise(**CLASSIFICATION)
    names = [r["name"] for r in algorithms]
    second = algorithms[1]
    c = second["evidence"]["complements"]
    assert f"to complement {', '.join(c['algorithms'])}: with it, the expected best of them " \
        f"rises from {c['before']:.2f} to {c['after']:.2f} (" in second["explanation"]
    before = second["explanation"].split("It comes before ")[1].split(" to complement")[0]
    assert all(names.index(n) > 1 for n in before.split(", ")), before


def test_what_was_tried_without_success_is_complemented_first(advise):
    algorithms = advise(**CLASSIFICATION, tried=[{"algorithm": "LinearSVC",
                                                  "outcome": "not_working"}])
    assert "LinearSVC" not in [r["name"] for r in algorithms]
    assert algorithms[0]["evidence"]["complements"]["algorithms"] == ["LinearSVC"]
    assert algorithms[1]["evidence"]["complements"]["algorithms"] == \
        ["LinearSVC", algorithms[0]["name"]]


def test_what_the_person_required_comes_first_whatever_the_evidence(advise):
    algorithms = advise(**CLASSIFICATION, interpretability_required=True)
    rules = [r["rule"] for r in algorithms]
    required = rules.count("interpretable_classifiers")
    assert required >= 2 and rules[:required] == ["interpretable_classifiers"] * required
    # the first of them by its own score, not the higher scores of the others
    first = algorithms[0]["evidence"]["score"]
    assert first == max(r["evidence"]["score"] for r in algorithms[:required])
    assert first < max(r["evidence"]["score"] for r in algorithms)


def test_an_underfitting_candidate_goes_last_with_the_best_score(advise):
    algorithms = advise(**CLASSIFICATION, tried=[{"algorithm": "GradientBoostingClassifier",
                                                  "outcome": "underfitting"}])
    last = algorithms[-1]
    assert (last["name"], last["tried"]) == ("GradientBoostingClassifier", "underfitting")
    assert last["evidence"]["score"] == max(r["evidence"]["score"] for r in algorithms)


def test_each_next_place_is_the_candidate_that_adds_most(advise):
    """What the advice calls the complement is the best one on offer: no candidate left
    would have raised the expected best more (Evidence.complement, the same base)."""
    from mlwf.kb.metakb import shipped
    evidence = shipped().evidence(CLASSIFICATION)
    algorithms = advise(**CLASSIFICATION)
    names = [r["name"] for r in algorithms]
    for k in range(1, len(names) - 1):
        offered = evidence.complement(names[k:], names[:k])
        best = max(x["after"] for x in offered.values() if x is not None)
        assert algorithms[k]["evidence"]["complements"]["after"] == pytest.approx(best, abs=5e-4)
        # shown to three decimals, as the margins
        c = algorithms[k]["evidence"]["complements"]
        assert (c["before"], c["after"]) == (round(c["before"], 3), round(c["after"], 3))


def test_a_candidate_that_adds_nothing_claims_no_complement(advise):
    """A regression of 5,000 rows: the last candidate's runs add nothing to the expected
    best of those before it, so it neither claims to complement them nor passes anyone."""
    algorithms = advise(task="regression", n_samples=5000)
    claims = [r for r in algorithms[1:] if r["evidence"].get("complements")]
    assert 0 < len(claims) < len(algorithms) - 1
    for r in claims:
        assert r["evidence"]["complements"]["after"] > r["evidence"]["complements"]["before"]
    last = algorithms[-1]
    assert "complements" not in last["evidence"] and "It comes before" not in last["explanation"]


def test_a_candidate_the_base_never_ran_keeps_its_place(advise):
    """Images: the convolutional network, which the base never ran, still leads its group."""
    algorithms = advise(task="classification", modality="image")
    assert algorithms[0]["name"] == "ConvolutionalNeuralNetwork"
    assert "evidence" not in algorithms[0] or algorithms[0]["evidence"].get("score") is None


def test_a_required_candidate_that_underfit_goes_last_too(advise):
    algorithms = advise(**CLASSIFICATION, interpretability_required=True,
                        tried=[{"algorithm": "LogisticRegression", "outcome": "underfitting"}])
    assert algorithms[-1]["name"] == "LogisticRegression"
    assert algorithms[0]["rule"] == "interpretable_classifiers"


# A base that ran only some of the candidates, as one built with `mlwf metakb build` from a
# few datasets, or a person's own runs, can be: every candidate of the rules is then either
# scored or never run, and the order must still follow the docstring of rules/ranking.py.

def _small_base(scores: dict[str, list[float]]):
    from mlwf.kb.metakb import MetaKB
    n = len(next(iter(scores.values())))
    datasets = {f"d{i}": {"name": f"d{i}", "task": "classification", "metafeatures": {},
                          "source": "metakb"} for i in range(n)}
    runs = {(f"d{i}", a): {"score": s[i]} for a, s in scores.items() for i in range(n)}
    return MetaKB(datasets, runs)


def _algorithms(base, **facts):
    from mlwf.kb.metakb import advisor_with_evidence
    return [r for r in advisor_with_evidence(base=base).advise(facts)["recommendations"]
            if r["kind"] == "algorithm"]


# SVC beats the others on every dataset, so after it no candidate adds anything.
DOMINATED = {"SVC": [0.95, 0.90, 0.92, 0.91],
             "LogisticRegression": [0.80, 0.70, 0.75, 0.72],
             "RandomForestClassifier": [0.60, 0.50, 0.55, 0.52],
             "KNeighborsClassifier": [0.50, 0.40, 0.45, 0.42]}


def test_candidates_the_base_never_ran_keep_the_rules_order_among_themselves():
    from mlwf.kb.metakb import advisor_with_evidence
    rules = [r["name"] for r in advisor_with_evidence(enabled=False).advise(CLASSIFICATION)
             ["recommendations"] if r["kind"] == "algorithm"]
    algorithms = _algorithms(_small_base(DOMINATED), **CLASSIFICATION)
    unscored = [r["name"] for r in algorithms if r.get("evidence", {}).get("score") is None]
    assert len(unscored) >= 3 and set(unscored) == set(rules) - set(DOMINATED)
    assert unscored == [n for n in rules if n in unscored]
    for r in algorithms:
        if r["name"] in unscored:
            assert "has no runs of it, so it keeps the rules' place" in r["explanation"]


def test_the_first_place_claims_to_pass_only_candidates_with_a_lower_score():
    """SVC goes first past candidates the rules put before it; it names those it beat on
    the base, never one the base never ran, whose score nobody knows."""
    algorithms = _algorithms(_small_base(DOMINATED), **CLASSIFICATION)
    first = algorithms[0]
    assert first["name"] == "SVC"
    passed = [p["algorithm"] for p in first["evidence"]["ahead_of"]]
    assert passed and set(passed) <= set(DOMINATED) - {"SVC"}
    named = first["explanation"].split("It goes ahead of ")[1].split(", which the rules")[0]
    assert named == ", ".join(passed)


def test_a_candidate_that_adds_nothing_claims_to_pass_no_one():
    """After SVC nothing adds to the expected best; LogisticRegression, the best scored of
    the rest, still comes before RandomForestClassifier, which the rules put before it,
    but it claims neither to complement SVC nor to go ahead of anyone."""
    algorithms = _algorithms(_small_base(DOMINATED), **CLASSIFICATION)
    names = [r["name"] for r in algorithms]
    assert names[:2] == ["SVC", "LogisticRegression"]
    assert names.index("LogisticRegression") < names.index("RandomForestClassifier")
    for r in algorithms[1:]:
        evidence = r.get("evidence", {})
        assert "complements" not in evidence and "ahead_of" not in evidence
        assert "It goes ahead of" not in r["explanation"]
        assert "It comes before" not in r["explanation"]


def test_only_algorithms_carry_the_evidence_of_the_base():
    """Steps, techniques, metrics and warnings are not ranked by the base: none of them
    carries evidence or says the base has no runs of it."""
    from mlwf.kb.metakb import advisor_with_evidence
    advice = advisor_with_evidence().advise(
        {**CLASSIFICATION, "feature_types": ["continuous", "nominal"], "missing_ratio": 0.1})
    others = [r for r in advice["recommendations"] if r["kind"] != "algorithm"]
    assert {r["kind"] for r in others} >= {"technique", "metric", "warning"}
    for r in others:
        assert "evidence" not in r and "Evidence:" not in r["explanation"], r["name"]
    assert all("Evidence:" in r["explanation"] for r in advice["recommendations"]
               if r["kind"] == "algorithm")
