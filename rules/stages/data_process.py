"""Data process stage: missing values, anomalies, and a first look at distributions."""
from mlwf.ontology.i18n import Percent, _
from mlwf.rules.base import AdvisorEngine
from mlwf.rules.experta_compat import NOT, P, Rule
from mlwf.rules.patterns import FeatureType, HasData, HasOutliers, MissingRatio, NSamples, Skewed

NUMERIC = ("continuous", "discrete")
CATEGORICAL = ("nominal", "ordinal", "boolean")


class DataProcessRules(AdvisorEngine):

    @Rule(MissingRatio(P(lambda r: r > 0)))
    def missing_values_clean(self):
        self.due("DataCleaning", _("Some values are missing: deal with them before analysis and "
                  "feature engineering, or most estimators will refuse the data."))

    @Rule(MissingRatio(P(lambda r: 0 < r <= 0.05)))
    def few_missing_delete(self):
        self.recommend("Deletion", "technique", _("At most {share} of values are missing: dropping "
                       "the affected rows loses little, provided the gaps are random.",
                       share=Percent(0.05)), tier=1)

    @Rule(MissingRatio(P(lambda r: 0.05 < r <= 0.3)), FeatureType(P(lambda t: t in NUMERIC)),
          HasOutliers(True))
    def missing_numeric_outliers_median(self):
        self.recommend("MedianImputation", "technique", _("Numeric gaps with outliers present: "
                       "the median is not pulled by extreme values the way the mean is."), tier=1)

    @Rule(MissingRatio(P(lambda r: 0.05 < r <= 0.3)), FeatureType(P(lambda t: t in NUMERIC)),
          NOT(HasOutliers(True)))
    def missing_numeric_mean(self):
        self.recommend("MeanImputation", "technique", _("Numeric gaps without outliers: filling "
                       "with the column mean keeps the mean unchanged."), tier=1)

    @Rule(MissingRatio(P(lambda r: 0.05 < r <= 0.3)),
          FeatureType(P(lambda t: t in CATEGORICAL)))
    def missing_categorical_mode(self):
        self.recommend("ModeImputation", "technique", _("Categorical gaps: fill with the most "
                       "frequent category."), tier=1)

    @Rule(MissingRatio(P(lambda r: r > 0.3)))
    def many_missing_model_based(self):
        self.recommend("ModelBasedImputation", "technique", _("Over {share} missing: simple fills "
                       "distort the data; predict each gap from the other columns.",
                       share=Percent(0.3)), tier=1)
        self.recommend("MultipleImputation", "technique", _("Impute several times and pool the "
                       "results to carry the uncertainty of the guesses."), tier=2)

    @Rule(MissingRatio(P(lambda r: r > 0.05)))
    def missing_indicator(self):
        self.recommend("MissingIndicator", "technique", _("Add a column marking where a value was "
                       "missing: missingness itself can carry signal."), tier=3)

    @Rule(MissingRatio(P(lambda r: r > 0.6)))
    def mostly_missing(self):
        self.recommend("MissingData", "warning", _("More than {share} of the values are missing: "
                       "consider dropping the emptiest columns or collecting better data "
                       "before imputing anything.", share=Percent(0.6)))

    @Rule(HasOutliers(True))
    def outliers_investigate(self):
        self.due("DataCleaning", _("Outliers are present: check whether they are errors to fix or "
                  "rare but real cases to keep."))
        self.recommend("OutlierTreatment", "technique", _("Correct or cap values that are errors; "
                       "keep real extremes and use methods robust to them."), tier=2)
        self.recommend("PointAnomaly", "technique", _("Flag single values far from the rest (IQR "
                       "rule or an isolation forest) before deciding what to do with them."),
                       tier=3)

    @Rule(HasData(True), NSamples(P(lambda n: n > 50)))
    def analyse_before_engineering(self):
        self.due("DataAnalysis", _("Look at distributions, correlations and relations between "
                  "features and target before engineering features."))
        self.recommend("Distribution", "technique", _("Plot each feature's distribution to spot "
                       "skew, outliers and impossible values."), tier=4)
        self.recommend("Correlation", "technique", _("Check correlations between features (for "
                       "redundancy) and with the target (for signal)."), tier=5)

    @Rule(Skewed(True), FeatureType(P(lambda t: t in NUMERIC)))
    def skew_seen_in_analysis(self):
        self.recommend("Variance", "technique", _("Skewed features: compare variance and spread "
                       "before and after transforming them."), tier=6)
