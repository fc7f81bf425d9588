"""Deployment, maintenance and goal evaluation: what happens once a model is good."""
from mlwf.ontology.i18n import _
from mlwf.rules.base import AdvisorEngine
from mlwf.rules.experta_compat import NOT, Rule
from mlwf.rules.patterns import (
    Deployed,
    DriftDetected,
    GoalMet,
    GoalType,
    Processing,
    Tried,
    one_of,
)


class DeploymentRules(AdvisorEngine):

    @Rule(Tried(outcome="good"), NOT(Deployed(True)))
    def deploy_good_model(self):
        self.recommend("Serving", "step", _("Expose the saved pipeline behind an interface "
                       "(a prediction API or a scheduled job)."), tier=3)
        self.recommend("Containerization", "technique", _("Package the model server with its "
                       "exact dependencies in a container image."), tier=4)
        self.recommend("ModelRegistry", "technique", _("Register the version with its metrics "
                       "and training data so it can be promoted or rolled back."), tier=5)

    @Rule(Tried(outcome="good"), NOT(Deployed(True)), Processing(one_of("stream", "online")))
    def deploy_online(self):
        self.recommend("OnlineInference", "technique", _("Data arrives continuously: serve "
                       "predictions request by request with low latency."), tier=3)
        self.recommend("AutoScaling", "technique", _("Let the number of serving replicas follow "
                       "the request rate."), tier=6)

    @Rule(Tried(outcome="good"), NOT(Deployed(True)), Processing("batch"))
    def deploy_batch(self):
        self.recommend("BatchInference", "technique", _("Data comes in batches: score each batch "
                       "on a schedule instead of running a server."), tier=3)

    @Rule(Tried(outcome="good"), NOT(Deployed(True)), GoalType(one_of("business", "hybrid")))
    def deploy_business_ab_test(self):
        self.recommend("ABTesting", "technique", _("Prove the business effect: route part of the "
                       "traffic to the new model and compare the KPIs."), tier=5)
        self.recommend("ShadowDeployment", "technique", _("Or run the model beside the current "
                       "process without acting on it, to compare safely first."), tier=6)

    @Rule(Deployed(True))
    def monitor_deployed_model(self):
        self.due("Monitoring", _("The model is in use: watch its inputs, outputs and accuracy."))
        self.recommend("DriftDetection", "technique", _("Compare incoming feature distributions "
                       "and prediction rates with the training data on a schedule."), tier=1)
        self.recommend("Logging", "technique", _("Log inputs, predictions and model version for "
                       "every request, so problems can be traced."), tier=2)
        self.recommend("SecurityAndPrivacy", "technique", _("Protect the endpoint and the data it "
                       "sees; check robustness to adversarial inputs."), tier=4)
        self.recommend("Updating", "technique", _("Plan how updated models replace the running "
                       "one without downtime."), tier=5)

    @Rule(Deployed(True), DriftDetected(True))
    def drift_retrain(self):
        self.due("Retraining", _("Drift detected: the world has changed since training."))
        self.recommend("DataDrift", "warning", _("The input data no longer looks like the training "
                       "data; accuracy may be falling unseen."))
        self.recommend("Retraining", "step", _("Retrain on recent data and compare with the "
                       "running model before replacing it."), tier=1)
        self.recommend("Retuning", "step", _("If retraining alone does not recover the score, "
                       "tune the hyperparameters again."), tier=2)
        self.return_to("Data", _("Drift: collect recent data that reflects the new situation."))

    @Rule(Deployed(True), NOT(DriftDetected(True)), NOT(GoalMet(True)), NOT(GoalMet(False)))
    def evaluate_goal_when_stable(self):
        self.due("GoalEvaluation", _("The model runs steadily: check it against the goal set at "
                  "the start."))

    @Rule(GoalMet(False))
    def goal_not_met(self):
        self.due("GoalEvaluation", _("The goal was not met: find out why before starting again."))
        self.return_to("Goal", _("The goal was not met: restate it, or revise what success means."))
        self.return_to("Data", _("The goal was not met: better data is often what is missing."))

    @Rule(GoalMet(True), GoalType(one_of("business", "hybrid")))
    def goal_met_business(self):
        self.due("GoalEvaluation", _("The goal is met: report its effect against the KPIs."))
        self.recommend("ROI", "step", _("Compare the realised return with the estimate made at "
                       "the start."), tier=1)

    @Rule(GoalMet(True), GoalType(one_of("research", "hybrid")))
    def goal_met_research(self):
        self.due("GoalEvaluation", _("The research question is answered."))
        self.recommend("Dissemination", "step", _("Publish the method, data description and "
                       "results so others can check and build on them."), tier=1)
        self.recommend("ValidityAndReliability", "step", _("Report how valid and repeatable the "
                       "findings are."), tier=2)

    @Rule(GoalMet(True), NOT(GoalType("business")), NOT(GoalType("hybrid")), NOT(GoalType("research")))
    def goal_met_unspecified(self):
        self.due("GoalEvaluation", _("The goal is met."))
