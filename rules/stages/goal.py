"""Goal and learning stages: what the goal asks for, and what follows about the task."""
from mlwf.ontology.i18n import _
from mlwf.rules.base import DERIVATION, AdvisorEngine
from mlwf.rules.experta_compat import MATCH, NOT, OR, P, Rule, W
from mlwf.rules.facts import is_imbalanced
from mlwf.rules.patterns import (
    ClassBalance,
    DataSize,
    GoalType,
    Labeled,
    LearningType,
    MinorityShare,
    Modality,
    NClasses,
    NSamples,
    TargetType,
    Task,
    TimeIndexed,
    TimeOrdered,
    one_of,
)

CATEGORICAL_TARGETS = ("nominal", "ordinal", "binary")
NUMERIC_TARGETS = ("discrete", "continuous")


class GoalRules(AdvisorEngine):

    @Rule(GoalType(one_of("business", "hybrid")))
    def business_goal_needs_kpis(self):
        self.recommend("KPI", "step", _("A business goal is judged by agreed key performance "
                       "indicators; fix them now so the model is evaluated against them later."), tier=1)
        self.recommend("Feasibility", "step", _("Check that the data, time and skills exist before "
                       "committing to the project."), tier=2)
        self.recommend("ROI", "step", _("Estimate the return the model must bring to be worth "
                       "building and running."), tier=3)

    @Rule(GoalType(one_of("research", "hybrid")))
    def research_goal_needs_design(self):
        self.recommend("ResearchDesign", "step", _("A research goal needs a design fixed in "
                       "advance: hypotheses, variables and how they will be tested."), tier=1)
        self.recommend("EthicalConsiderations", "step", _("Research on data about people needs "
                       "consent, privacy and fairness settled before the data is used."), tier=2)

    # -- what the learning type and the target say about the task -------------------------

    @Rule(Task(one_of("classification", "regression", "forecasting")),
          NOT(LearningType(W())), salience=DERIVATION)
    def task_implies_supervised(self):
        self.derive(LearningType("supervised"))

    @Rule(Task(one_of("clustering", "dimensionality_reduction")), NOT(LearningType(W())), salience=DERIVATION)
    def task_implies_unsupervised(self):
        self.derive(LearningType("unsupervised"))

    @Rule(LearningType("supervised"), NOT(Labeled(W())), salience=DERIVATION)
    def supervised_implies_labels(self):
        self.derive(Labeled(True))

    @Rule(Labeled(False), NOT(LearningType(W())), salience=DERIVATION)
    def no_labels_implies_unsupervised(self):
        self.derive(LearningType("unsupervised"))

    @Rule(LearningType("supervised"), TargetType(P(lambda t: t in CATEGORICAL_TARGETS)),
          NOT(Task(W())), salience=DERIVATION)
    def categorical_target_implies_classification(self):
        self.derive(Task("classification"))

    # Forecasting predicts the next values of one series. Rows that merely follow time
    # (sales records sorted by date, a table with a year column) are still independent
    # examples: regression, validated on later periods. So forecasting is derived only
    # from a stated series (modality time_series) or from time_indexed, never from
    # time_ordered alone.

    @Rule(OR(TimeIndexed(True), Modality("time_series")), NOT(TimeOrdered(W())), salience=DERIVATION)
    def series_is_time_ordered(self):
        self.derive(TimeOrdered(True), _("A series is ordered in time by definition."))

    @Rule(LearningType("supervised"), TargetType(P(lambda t: t in NUMERIC_TARGETS)),
          Modality("time_series"), NOT(Task(W())), salience=DERIVATION)
    def series_with_numeric_target_implies_forecasting(self):
        self.derive(Task("forecasting"), _("The data is stated to be a time series and the "
                    "target is numeric: predicting its next values is forecasting."))

    @Rule(LearningType("supervised"), TargetType(P(lambda t: t in NUMERIC_TARGETS)),
          TimeIndexed(True), NOT(Modality("time_series")), NOT(Task(W())), salience=DERIVATION)
    def time_indexed_target_implies_forecasting(self):
        self.derive(Task("forecasting"), _("The rows are the time steps of one series, ordered "
                    "by a datetime that indexes the numeric target: predicting its next values "
                    "is forecasting. If the rows are independent examples instead, state "
                    "task=regression."))

    @Rule(LearningType("supervised"), TargetType(P(lambda t: t in NUMERIC_TARGETS)),
          TimeOrdered(True), NOT(TimeIndexed(True)), NOT(Modality("time_series")),
          NOT(Task(W())), salience=DERIVATION)
    def time_ordered_numeric_target_is_still_regression(self):
        self.derive(Task("regression"), _("The rows follow time, but nothing says they are the "
                    "steps of one series indexed by time: a numeric target is regression, "
                    "validated on later periods. State time_indexed=true (or "
                    "task=forecasting) if each row is the next value of one series."))

    @Rule(LearningType("supervised"), TargetType(P(lambda t: t in NUMERIC_TARGETS)),
          NOT(TimeOrdered(True)), NOT(TimeIndexed(True)), NOT(Modality("time_series")),
          NOT(Task(W())), salience=DERIVATION)
    def numeric_target_implies_regression(self):
        self.derive(Task("regression"))

    @Rule(MinorityShare(MATCH.share), NOT(NClasses(W())), NOT(ClassBalance(W())), salience=DERIVATION)
    def balance_from_minority_share(self, share):
        self.derive(ClassBalance("imbalanced" if is_imbalanced(share) else "balanced"))

    @Rule(MinorityShare(MATCH.share), NClasses(MATCH.classes), NOT(ClassBalance(W())), salience=DERIVATION)
    def balance_from_minority_share_and_classes(self, share, classes):
        self.derive(ClassBalance("imbalanced" if is_imbalanced(share, classes) else "balanced"))

    @Rule(NSamples(P(lambda n: n <= 50)), salience=DERIVATION)
    def size_tiny(self):
        self.derive(DataSize("tiny"))

    @Rule(NSamples(P(lambda n: 50 < n < 10_000)), salience=DERIVATION)
    def size_small(self):
        self.derive(DataSize("small"))

    @Rule(NSamples(P(lambda n: 10_000 <= n < 100_000)), salience=DERIVATION)
    def size_medium(self):
        self.derive(DataSize("medium"))

    @Rule(NSamples(P(lambda n: n >= 100_000)), salience=DERIVATION)
    def size_large(self):
        self.derive(DataSize("large"))

    # -- facts that contradict each other ------------------------------------------------

    @Rule(Task("regression"), TargetType(P(lambda t: t in CATEGORICAL_TARGETS)))
    def regression_on_categorical_target(self):
        self.recommend("Regression", "warning", _("The task is regression but the target is "
                       "categorical: predict it with classification, or check the target type."))

    @Rule(Task("classification"), TargetType("continuous"))
    def classification_on_continuous_target(self):
        self.recommend("Classification", "warning", _("The task is classification but the target "
                       "is continuous: bin it into classes on purpose (Binning), or use regression."))

    @Rule(LearningType("supervised"), Labeled(False))
    def supervised_without_labels(self):
        self.due("Labelling", _("Supervised learning needs the known answer for each example, "
                  "and this data has none: label it, or choose unsupervised or "
                  "semi-supervised learning."))

    @Rule(OR(LearningType("unsupervised"), Labeled(False)),
          Task(one_of("classification", "regression", "forecasting")))
    def prediction_without_labels(self):
        self.recommend("Labelling", "warning", _("Predicting a class or a quantity needs labelled "
                       "examples; without labels only unsupervised tasks are open."))

    @Rule(LearningType("reinforcement"))
    def reinforcement_learning(self):
        self.recommend("QLearning", "algorithm", _("Reinforcement learning learns from rewards "
                       "by acting in an environment; tabular Q-learning is the place to start, "
                       "outside scikit-learn (for example with Gymnasium)."), tier=1)
        self.recommend("ReinforcementLearning", "warning", _("scikit-learn does not cover "
                       "reinforcement learning; the data-stage advice assumes a fixed data set."))
