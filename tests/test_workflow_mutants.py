"""What the complete mutation run of the workflow and vocabulary modules (rules/workflow.py,
rules/facts.py; README "Mutation testing", docs/mutation-survivors.md) found unchecked:
each test states what a person sees for given facts (the next step, the ways back, the
concepts the facts chose, a fact refused and why), and was seen to fail with its mutant
put back (`tools/mutation.py --recheck`)."""
from __future__ import annotations

import pytest

from mlwf.ontology import load
from mlwf.rules import FactError, normalize_facts


def chosen(advice) -> dict[str, str]:
    return {c["name"]: c["condition"] for c in advice["chosen"]}


# -- the concepts the facts chose (the page marks them on the diagram) ------------------------

def test_a_fact_value_that_names_a_concept_chooses_it(consult):
    advice = consult(goal_type="business", feature_types=["continuous", "nominal"],
                     processing="stream", modality="text", has_outliers=True)
    assert chosen(advice) == {
        "Business": "goal_type=business",          # by the ontology's condition
        "HasOutliers": "has_outliers=true",
        "SparseData": "modality=text",
        "Nominal": "feature_types=nominal",         # each item of a list names its concept
        "Continuous": "feature_types=continuous",
        "TextData": "modality=text",                # by the value the fact names
        "StreamData": "processing=stream",
    }


def test_the_chosen_concepts_come_in_the_ontology_order(consult):
    advice = consult(goal_type="research", learning_type="unsupervised", n_samples=30,
                     feature_types=["boolean", "ordinal"], processing="batch",
                     data_structure="semi_structured", class_balance="imbalanced")
    names = [c["name"] for c in advice["chosen"]]
    order = list(load().concepts)
    assert len(names) >= 6 and names == sorted(names, key=order.index), names


def test_a_value_that_names_no_concept_chooses_nothing(consult):
    # "balanced" is no concept of the ontology (only ImbalancedClasses is), a false flag
    # meets no "=true" condition, and no ratio of missing cells meets "missing_ratio>0"
    advice = consult(class_balance="balanced", has_outliers=False, skewed=False,
                     missing_ratio=0.0)
    assert chosen(advice) == {}


# -- where a case stands once the person reports progress ------------------------------------

@pytest.mark.parametrize("failed", ["not_working", "overfitting", "underfitting"])
def test_once_an_algorithm_works_earlier_failures_no_longer_hold_the_case_up(consult, diabetes,
                                                                             failed):
    tried = [{"algorithm": "SVC", "outcome": failed},
             {"algorithm": "LogisticRegression", "outcome": "good"}]
    advice = consult(**diabetes, tried=tried)
    assert (advice.step, advice["next_step"]["rule"]) == ("Deployment", "good_result_finalize")
    assert advice.question == "deployed"
