"""Model stage, training: feature selection, validation schemes and parameter tuning."""
from mlwf.ontology.i18n import _
from mlwf.rules.base import AdvisorEngine
from mlwf.rules.experta_compat import MATCH, NOT, OR, TEST, P, Rule
from mlwf.rules.patterns import (
    ClassBalance,
    DataSize,
    FeatureType,
    Modality,
    NFeatures,
    NSamples,
    Task,
    TimeOrdered,
    one_of,
)

CATEGORICAL_FEATURES = P(lambda t: t in ("nominal", "ordinal", "boolean"))
NUMERIC_FEATURES = P(lambda t: t in ("continuous", "discrete"))
SUPERVISED_TASKS = ("classification", "regression", "forecasting", "anomaly_detection")


class TrainingRules(AdvisorEngine):

    # -- feature selection ----------------------------------------------------------------

    @Rule(Task("classification"), FeatureType(CATEGORICAL_FEATURES))
    def categorical_vs_class_chi2(self):
        self.recommend("ChiSquaredTest", "technique", _("Categorical features against a "
                       "categorical target: the chi-squared test scores each feature's "
                       "dependence on the class (on non-negative encoded counts)."), tier=2)

    @Rule(Task("classification"), FeatureType(NUMERIC_FEATURES))
    def numeric_vs_class_anova(self):
        self.recommend("ANOVA", "technique", _("Numeric features against a categorical target: "
                       "the ANOVA F-test compares each feature's means across the classes."),
                       tier=2)

    @Rule(Task(one_of("regression", "forecasting")), FeatureType(NUMERIC_FEATURES))
    def numeric_vs_quantity_mutual_information(self):
        self.recommend("MutualInformation", "technique", _("Numeric features against a numeric "
                       "target: mutual information also catches non-linear dependence."), tier=2)

    @Rule(Task(one_of("classification", "regression")), FeatureType(NUMERIC_FEATURES),
          FeatureType(CATEGORICAL_FEATURES))
    def mixed_features_mutual_information(self):
        self.recommend("MutualInformation", "technique", _("Mixed numeric and categorical "
                       "features: mutual information scores both kinds on one scale "
                       "(flag the discrete ones)."), tier=3)

    @Rule(NFeatures(P(lambda n: n > 50)))
    def many_features_variance_threshold(self):
        self.due("FeatureSelection", _("Many features: remove the useless ones before training."))
        self.recommend("VarianceThreshold", "technique", _("Many features: drop constant and "
                       "near-constant ones first; it costs nothing."), tier=1)
        self.recommend("ModelBasedSelection", "technique", _("Many features: an L1-penalised or "
                       "tree model inside SelectFromModel keeps the ones it actually uses "
                       "(an embedded method)."), tier=3)

    @Rule(NFeatures(P(lambda n: 10 < n <= 200)), NSamples(P(lambda n: 50 < n < 10_000)),
          Task(one_of(*SUPERVISED_TASKS[:2])))
    def moderate_features_wrapper(self):
        self.recommend("RecursiveFeatureElimination", "technique", _("A moderate number of "
                       "features and small data: a wrapper method (RFECV) can afford to try "
                       "subsets with the real model."), tier=4)

    @Rule(NFeatures(P(lambda n: 0 < n <= 30)), NSamples(P(lambda n: 50 < n < 2_000)),
          Task(one_of("classification", "regression")))
    def few_features_sequential(self):
        self.recommend("SequentialFeatureSelection", "technique", _("Few features and little "
                       "data: forward selection adds one feature at a time while the "
                       "cross-validated score improves."), tier=5)

    @Rule(NFeatures(MATCH.features), NSamples(MATCH.samples),
          TEST(lambda features, samples: features > samples > 0))
    def features_exceed_samples(self, features, samples):
        self.recommend("HighDimensionalData", "warning", _("More features than samples: "
                       "models overfit easily; select features and regularise strongly."))
        self.recommend("EmbeddedMethod", "technique", _("More features than samples: let an "
                       "L1 penalty select features while the model trains."), tier=1)

    # -- validation -------------------------------------------------------------------------

    @Rule(TimeOrdered(True))
    def time_order_time_series_split(self):
        self.due("Validation", _("Validate the model on data it did not see."))
        self.recommend("TimeSeriesCrossValidation", "technique", _("Time-ordered data: each fold "
                       "trains on the past and tests on the following period."), tier=1)
        self.recommend("Shuffling", "warning", _("Do not shuffle time-ordered data: shuffling "
                       "lets the model see the future."))
        self.recommend("TemporalLeakage", "warning", _("Features must be computed only from "
                       "information available at prediction time."))

    @Rule(Task("classification"), ClassBalance("imbalanced"), NOT(TimeOrdered(True)),
          NSamples(P(lambda n: n >= 100)))
    def imbalance_stratified(self):
        self.due("Validation", _("Validate the model on data it did not see."))
        self.recommend("StratifiedKFoldCrossValidation", "technique", _("Imbalanced classes: "
                       "stratified folds keep the class proportions in every fold, so rare "
                       "classes are never missing from a test fold."), tier=1)

    @Rule(NSamples(P(lambda n: 50 < n < 100)), NOT(TimeOrdered(True)))
    def tiny_leave_one_out(self):
        self.due("Validation", _("Validate the model on data it did not see."))
        self.recommend("LeaveOneOutCrossValidation", "technique", _("Under 100 samples: "
                       "leave-one-out uses every sample for testing once and wastes none."),
                       tier=1)

    @Rule(NSamples(P(lambda n: 100 <= n < 100_000)), NOT(TimeOrdered(True)),
          NOT(ClassBalance("imbalanced")), Task(one_of(*SUPERVISED_TASKS)))
    def moderate_k_fold(self):
        self.due("Validation", _("Validate the model on data it did not see."))
        self.recommend("KFoldCrossValidation", "technique", _("5- or 10-fold cross-validation "
                       "gives a stable estimate at this size."), tier=1)

    @Rule(NSamples(MATCH.size), TEST(lambda size: size >= 100), NOT(TimeOrdered(True)),
          Task(one_of(*SUPERVISED_TASKS)))
    def hold_out_test_set(self, size):
        low, high = (20, 30) if size < 10_000 else (10, 20) if size < 1_000_000 else (1, 2)
        # Translators: a range of percentages, e.g. 20–30%.
        share = _("{low}–{high}%", low=low, high=high)
        self.recommend("Holdout", "technique", _("Keep a final test set of {share} aside "
                       "(train_test_split, stratify=y for classes) and touch it once, at the end.",
                       share=share), tier=2)
        self.recommend("Shuffling", "technique", _("Shuffle before splitting so that any order "
                       "in the file does not end up in one split."), tier=3)

    @Rule(NSamples(P(lambda n: 100 <= n < 10_000)), NOT(TimeOrdered(True)),
          Task(one_of(*SUPERVISED_TASKS)))
    def small_data_monte_carlo(self):
        self.recommend("MonteCarloCrossValidation", "technique", _("Repeated random splits "
                       "(ShuffleSplit) show how much the score varies on small data."), tier=4)

    @Rule(NSamples(P(lambda n: 50 < n < 1_000)), NOT(TimeOrdered(True)),
          Task(one_of(*SUPERVISED_TASKS)))
    def small_data_nested_cv(self):
        self.recommend("NestedCrossValidation", "technique", _("Tuning on little data: an outer "
                       "loop for the estimate and an inner loop for tuning, so the score is "
                       "not biased by the tuning."), tier=3)

    @Rule(NSamples(P(lambda n: 50 < n < 10_000)), Task("classification"))
    def small_data_bagging(self):
        self.recommend("BootstrapAggregating", "technique", _("Bagging trains on bootstrap "
                       "resamples and averages them, steadying a high-variance model on small "
                       "data."), tier=5)

    # -- tuning -----------------------------------------------------------------------------

    @Rule(NSamples(P(lambda n: 50 < n < 10_000)), Task(one_of(*SUPERVISED_TASKS)))
    def small_data_grid_search(self):
        self.due("ParameterTuning", _("Tune the chosen model's hyperparameters."))
        self.recommend("GridSearch", "technique", _("Small data and fast fits: an exhaustive "
                       "grid over a few hyperparameters is affordable."), tier=1)

    @Rule(NSamples(P(lambda n: 10_000 <= n < 1_000_000)), Task(one_of(*SUPERVISED_TASKS)))
    def medium_data_random_search(self):
        self.due("ParameterTuning", _("Tune the chosen model's hyperparameters."))
        self.recommend("RandomSearch", "technique", _("Fits take a while: random search covers "
                       "wide ranges with a fixed budget and usually beats a grid."), tier=1)
        self.recommend("SuccessiveHalving", "technique", _("Successive halving spends the budget "
                       "on the promising settings first."), tier=2)

    @Rule(OR(DataSize("large"), Modality("image"), Modality("sound")),
          Task(one_of(*SUPERVISED_TASKS)))
    def expensive_fits_bayesian(self):
        self.due("ParameterTuning", _("Tune the chosen model's hyperparameters."))
        self.recommend("BayesianOptimization", "technique", _("Each fit is expensive: Bayesian "
                       "optimisation (e.g. Optuna) picks the next setting from the results so "
                       "far."), tier=1)

    @Rule(Modality(one_of("image", "sound", "text")), DataSize("large"))
    def deep_learning_training(self):
        self.recommend("Adam", "technique", _("Train the network with Adam: adaptive learning "
                       "rates make it the robust default."), tier=2)
        self.recommend("DataParallelism", "technique", _("Much unstructured data: split each "
                       "batch across GPUs or machines to train in reasonable time."), tier=4)
        self.recommend("EarlyStopping", "technique", _("Stop training when the validation loss "
                       "stops improving."), tier=3)
