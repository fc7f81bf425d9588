"""Model stage, evaluation: metrics by task and balance, leakage, and the feedback loop."""
from mlwf.ontology.i18n import _
from mlwf.rules.base import AdvisorEngine
from mlwf.rules.experta_compat import NOT, OR, P, Rule, W
from mlwf.rules.patterns import (
    ClassBalance,
    DataSize,
    FeatureType,
    HasOutliers,
    Interpretable,
    Labeled,
    MissingRatio,
    Modality,
    NClasses,
    TargetType,
    Task,
    Tried,
    one_of,
)


class EvaluationRules(AdvisorEngine):

    # -- metrics --------------------------------------------------------------------------

    @Rule(Task("classification"), NOT(ClassBalance("imbalanced")))
    def balanced_classification_metrics(self):
        self.due("Evaluation", _("Decide the metric before training, from the goal."))
        self.recommend("Accuracy", "metric", _("Balanced classes: accuracy is meaningful and "
                       "easy to communicate."), tier=1)
        self.recommend("F1Score", "metric", _("F1 balances precision and recall (macro-averaged "
                       "over classes)."), tier=2)

    @Rule(Task("classification"), ClassBalance("imbalanced"))
    def imbalanced_classification_metrics(self):
        self.due("Evaluation", _("Decide the metric before training, from the goal."))
        self.recommend("Accuracy", "warning", _("Imbalanced classes: accuracy alone misleads; "
                       "predicting the majority class already scores high."))
        self.recommend("BalancedAccuracy", "metric", _("Imbalanced classes: balanced accuracy "
                       "averages the recall of every class."), tier=1)
        self.recommend("F1Score", "metric", _("F1 of the minority class shows how well the rare "
                       "cases are found."), tier=1)
        self.recommend("AveragePrecision", "metric", _("The area under the precision-recall "
                       "curve suits rare positives better than ROC AUC."), tier=2)
        self.recommend("MatthewsCorrelationCoefficient", "metric", _("MCC uses all four cells "
                       "of the confusion matrix and stays honest under imbalance."), tier=2)
        self.recommend("Recall", "metric", _("If missing a rare case is costly, watch its recall."),
                       tier=3)
        self.recommend("Precision", "metric", _("If false alarms are costly, watch precision."),
                       tier=3)

    @Rule(Task("classification"), OR(TargetType("binary"), NClasses(2)))
    def binary_classification_auc(self):
        self.recommend("ROCAUC", "metric", _("Two classes: ROC AUC measures ranking quality "
                       "independent of the threshold."), tier=2)

    @Rule(Task("classification"))
    def probabilistic_classification(self):
        self.recommend("LogLoss", "metric", _("If predicted probabilities are used, log loss "
                       "checks they are honest."), tier=4)
        self.recommend("ProbabilityCalibration", "technique", _("Calibrate predicted "
                       "probabilities (CalibratedClassifierCV) when decisions use them."), tier=6)

    @Rule(Task(one_of("regression", "forecasting")))
    def regression_metrics(self):
        self.due("Evaluation", _("Decide the metric before training, from the goal."))
        self.recommend("MeanAbsoluteError", "metric", _("MAE is in the target's unit and not "
                       "dominated by a few large errors."), tier=1)
        self.recommend("RootMeanSquaredError", "metric", _("RMSE punishes large errors more; use "
                       "it when big misses are especially bad."), tier=2)

    @Rule(Task("regression"))
    def regression_explained_variance(self):
        self.recommend("R2Score", "metric", _("R² says how much of the target's variance the "
                       "model explains; good for comparing models on one data set."), tier=3)

    @Rule(Task("regression"), HasOutliers(True))
    def regression_outliers_mse_caution(self):
        self.recommend("MeanSquaredError", "warning", _("Outliers present: squared-error metrics "
                       "are dominated by them; prefer MAE."))

    @Rule(Task("forecasting"))
    def forecasting_percentage_error(self):
        self.recommend("MeanAbsolutePercentageError", "metric", _("Forecasts are often judged in "
                       "relative terms; MAPE reads as a percentage (not with zeros in the "
                       "target)."), tier=2)

    @Rule(Task("clustering"))
    def clustering_metrics(self):
        self.due("Evaluation", _("Decide how cluster quality will be judged."))
        self.recommend("SilhouetteScore", "metric", _("Without labels, the silhouette compares "
                       "how close points are to their own cluster and to the next."), tier=1)
        self.recommend("DaviesBouldinIndex", "metric", _("Davies-Bouldin: lower means compact, "
                       "well-separated clusters."), tier=2)
        self.recommend("CalinskiHarabaszIndex", "metric", _("Calinski-Harabasz: the ratio of "
                       "between- to within-cluster spread."), tier=3)

    @Rule(Task("clustering"), Labeled(True))
    def clustering_with_reference_labels(self):
        self.recommend("AdjustedRandIndex", "metric", _("Reference labels exist: the adjusted "
                       "Rand index measures agreement with them, corrected for chance."), tier=1)

    @Rule(Task("dimensionality_reduction"))
    def reduction_metrics(self):
        self.due("Evaluation", _("Decide how much structure the reduction must keep."))
        self.recommend("ExplainedVarianceRatio", "metric", _("For PCA, the share of variance "
                       "each component keeps tells how many to retain."), tier=1)
        self.recommend("Trustworthiness", "metric", _("For manifold methods, trustworthiness "
                       "checks that close points stay close."), tier=2)

    @Rule(Task("anomaly_detection"), Labeled(True))
    def anomaly_metrics(self):
        self.recommend("AveragePrecision", "metric", _("Known anomalies are rare: average "
                       "precision measures how well they are ranked first."), tier=1)

    # -- leakage ----------------------------------------------------------------------------

    @Rule(OR(MissingRatio(P(lambda r: r > 0)), FeatureType(W())),
          Task(one_of("classification", "regression", "forecasting")))
    def preprocessing_inside_pipeline(self):
        self.recommend("TrainTestContamination", "warning", _("Fit imputers, scalers, encoders "
                       "and selectors on the training folds only; fitted on all data they leak "
                       "the test set into training."))
        self.recommend("Pipeline", "technique", _("Put every preprocessing step and the model in "
                       "one Pipeline so cross-validation refits them per fold."), tier=1)

    @Rule(Interpretable(True))
    def explain_the_model(self):
        self.recommend("PermutationImportance", "technique", _("Measure how much the score drops "
                       "when each feature is shuffled: a model-agnostic importance."), tier=2)
        self.recommend("PartialDependence", "technique", _("Plot how the prediction changes with "
                       "one feature, the others averaged out."), tier=3)

    # -- the feedback loop: what happened when an algorithm was tried -----------------------

    @Rule(Tried(outcome="overfitting"))
    def overfitting_regularize(self):
        self.due("Regularization", _("The model fits the training data much better than "
                  "validation data: constrain it."))
        self.recommend("L2Regularization", "technique", _("Overfitting: strengthen the penalty "
                       "(smaller C, larger alpha) or limit depth/leaves for trees."), tier=1)
        self.recommend("CollectMoreData", "step", _("Overfitting: more training examples are "
                       "the most reliable cure."), tier=2)
        self.recommend("FeatureSelection", "step", _("Overfitting: fewer, better features leave "
                       "less to memorise."), tier=3)
        self.recommend("Overfitting", "warning", _("Check for leakage first: a near-perfect "
                       "training score with a poor validation score can also be leakage."))
        self.return_to("DataCollection", _("More data is the surest remedy for overfitting."))

    @Rule(Tried(outcome="overfitting"), OR(DataSize("large"), Modality("image"),
                                           Modality("text"), Modality("sound")))
    def overfitting_networks_early_stopping(self):
        self.recommend("EarlyStopping", "technique", _("Overfitting with iterative training: stop "
                       "when the validation score stops improving."), tier=1)
        self.recommend("Dropout", "technique", _("For neural networks, dropout randomly silences "
                       "units so none can be relied on alone."), tier=2)

    @Rule(Tried(outcome="underfitting"))
    def underfitting_richer_features(self):
        self.due("FeatureGeneration", _("The model is too simple for the data: give it richer "
                  "features or more flexibility."))
        self.recommend("PolynomialExpansion", "technique", _("Underfitting: polynomial and "
                       "interaction features let linear models bend."), tier=1)
        self.recommend("InteractionTerm", "technique", _("Underfitting: products of features "
                       "capture effects that depend on each other."), tier=2)
        self.recommend("Underfitting", "warning", _("Weaken regularisation too (larger C, "
                       "smaller alpha): it may be holding the model back."))
        self.return_to("FeatureEngineering", _("Underfitting: richer features are built in "
                       "feature engineering."))
        self.return_to("DataCollection", _("Underfitting: features that carry more signal may "
                       "have to be collected."))

    @Rule(Tried(outcome="not_working"))
    def not_working_error_analysis(self):
        self.due("AlgorithmSelection", _("The tried algorithm did not work: train the next "
                  "candidate."))
        self.recommend("ErrorAnalysis", "technique", _("Before moving on, look at the examples "
                       "the model gets wrong: they often show a data problem."), tier=1)

    @Rule(Tried(outcome="good"))
    def good_result_finalize(self):
        self.due("Deployment", _("The model is good: package it with its preprocessing and "
                  "put it into service."))
        self.recommend("Persistence", "step", _("Save the fitted pipeline (joblib or skops) "
                       "together with the library versions it needs."), tier=1)
        self.recommend("Versioning", "step", _("Version the model, its data and its code so any "
                       "prediction can be traced and reproduced."), tier=2)
