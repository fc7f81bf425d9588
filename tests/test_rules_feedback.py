"""The seed's way back: outcomes of tried algorithms move the advice."""


def tried(name, outcome):
    return [{"algorithm": name, "outcome": outcome}]


def test_not_working_moves_to_the_next_candidate(consult, diabetes):
    before = consult(**diabetes).algorithms()
    after = consult(**diabetes, tried=tried(before[0], "not_working")).algorithms()
    assert before[0] not in after
    assert after[0] == before[1]


def test_exhausted_candidates_send_back_to_features_not_in_a_circle(consult):
    facts = dict(task="clustering", n_categories_known=True, n_samples=50_000)
    only = consult(**facts).algorithms()
    advice = consult(**facts, tried=[{"algorithm": a, "outcome": "not_working"} for a in only])
    assert advice.algorithms() == []
    assert advice.step == "FeatureEngineering"
    assert advice.stage == "FeatureEngineering"
    assert {"FeatureEngineering", "Data"} <= set(advice.ways_back)
    assert advice.question != "tried"


def test_overfitting_regularise_or_more_data(consult, diabetes):
    advice = consult(**diabetes, tried=tried("LinearSVC", "overfitting"))
    assert advice.step == "Regularization"
    assert advice.get("L2Regularization", "technique")
    assert advice.get("CollectMoreData", "step")
    assert "DataCollection" in advice.ways_back
    assert advice.get("LinearSVC")["tried"] == "overfitting"


def test_underfitting_richer_features_and_more_flexible_model(consult, diabetes):
    advice = consult(**diabetes, tried=tried("LinearSVC", "underfitting"))
    assert advice.step == "FeatureGeneration"
    assert advice.get("PolynomialExpansion", "technique")
    assert "FeatureEngineering" in advice.ways_back
    algorithms = advice.algorithms()
    assert algorithms.index("LinearSVC") > algorithms.index("SVC")


def test_good_leads_to_deployment_then_monitoring_then_goal(consult, diabetes):
    good = consult(**diabetes, tried=tried("LinearSVC", "good"))
    assert good.step == "Deployment" and good.stage == "Model"
    assert {"Persistence", "Versioning", "Serving"} <= set(good.names("step"))
    assert good.question == "deployed"
    live = consult(**diabetes, tried=tried("LinearSVC", "good"), deployed=True)
    assert live.step == "Monitoring"
    assert live.get("DriftDetection", "technique")
    assert live.question == "drift_detected"
    drift = consult(**diabetes, tried=tried("LinearSVC", "good"), deployed=True, drift_detected=True)
    assert drift.step == "Retraining"
    assert drift.get("DataDrift", "warning")
    stable = consult(**diabetes, tried=tried("LinearSVC", "good"), deployed=True, drift_detected=False)
    assert stable.step == "GoalEvaluation" and stable.question == "goal_met"
    missed = consult(**diabetes, tried=tried("LinearSVC", "good"), deployed=True,
                     drift_detected=False, goal_met=False)
    assert missed.stage == "GoalEvaluation"
    assert "Goal" in missed.ways_back


def test_not_working_suggests_error_analysis(consult, diabetes):
    advice = consult(**diabetes, tried=tried("LinearSVC", "not_working"))
    assert advice.get("ErrorAnalysis", "technique")
