"""The seed's example consultation: "predict diabetes", answering each next question in
turn, from the goal to deployment and the goal's evaluation."""
from mlwf.ontology import load

# What the person answers, by fact (the seed's own answers where it gives them).
ANSWERS = {
    "goal": "predict diabetes", "goal_type": "business", "learning_type": "supervised",
    "has_data": True, "data_structure": "semi_structured", "modality": "tabular",
    "target_type": "binary", "class_balance": "balanced", "unbiased": True,
    "n_samples": 768, "n_features": 8, "feature_types": ["continuous", "discrete"],
    "missing_ratio": 0.05, "has_outliers": True, "skewed": True, "time_ordered": False,
    "processing": "batch", "interpretability_required": True,
    "deployed": True, "drift_detected": False, "goal_met": True,
}


def test_predict_diabetes_from_goal_to_goal_evaluation(consult):
    facts, asked, stages, steps = {}, [], [], []
    advice = consult()
    for _ in range(60):
        q = advice["next_question"]
        if q is None:
            break
        asked.append(q["fact"])
        stages.append(advice.stage)
        steps.append(advice.step)
        if q["fact"] == "tried":
            # The first candidate does not work; the next one is good.
            first = q["candidates"][0]["name"]
            tried = facts.setdefault("tried", [])
            outcome = "not_working" if not tried else "good"
            tried.append({"algorithm": first, "outcome": outcome})
        else:
            assert q["fact"] not in facts, f"asked {q['fact']} twice"
            if q["answers"]:
                value = ANSWERS[q["fact"]]
                for v in value if isinstance(value, list) else [value]:
                    assert str(v).lower() in q["answers"], (q["fact"], q["answers"])
            facts[q["fact"]] = ANSWERS[q["fact"]]
        advice = consult(**facts)

    # The seed's question order, the derived facts never asked.
    assert asked[:6] == ["goal", "goal_type", "learning_type", "interpretability_required",
                         "has_data", "data_structure"]
    assert "task" not in asked and "labeled" not in asked and "n_classes" not in asked
    assert asked.count("tried") == 2
    assert asked[-3:] == ["deployed", "drift_detected", "goal_met"]
    # The semi-structured data is integrated into a table before it is cleaned.
    assert "DataIntegration" in steps
    assert steps.index("DataIntegration") < steps.index("DataCleaning")
    # Stages never go backwards while answering, and the walk ends at goal evaluation.
    order = load().stage_order
    indices = [order.index(s) for s in stages]
    assert indices == sorted(indices), stages
    assert advice.stage == "GoalEvaluation" and advice.step == "GoalEvaluation"
    assert advice.get("ROI", "step")
    # The algorithm that worked is the one deployed; the failed one is gone.
    tried = facts["tried"]
    assert tried[0]["outcome"] == "not_working" and tried[1]["outcome"] == "good"
    assert tried[0]["algorithm"] not in advice.algorithms()
    assert advice.algorithms()[0] == tried[1]["algorithm"]


def test_the_same_walk_in_turkish_labels_everything(consult):
    advice = consult(lang="tr", **{k: v for k, v in ANSWERS.items()
                                   if k not in ("deployed", "drift_detected", "goal_met")})
    english = consult(**{k: v for k, v in ANSWERS.items()
                         if k not in ("deployed", "drift_detected", "goal_met")})
    assert [r["name"] for r in advice["recommendations"]] == english.names()
    # Every label is Turkish; "ROC AUC" is the one term Turkish writes as English does.
    same = [r["name"] for r, e in zip(advice["recommendations"], english["recommendations"], strict=True)
            if r["label"] == e["label"]]
    assert same == ["ROCAUC"]
    labels = {r["name"]: r["label"] for r in advice["recommendations"]}
    assert labels["LogisticRegression"] == "Lojistik Regresyon (LogisticRegression)"
    assert labels["TrainTestContamination"] == "Eğitim-Test Bulaşması"
    assert advice["next_step"]["label"] == "Algoritma Seçimi"
