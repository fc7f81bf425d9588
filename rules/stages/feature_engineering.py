"""Feature engineering stage: encoding, scaling and transforming, text/image/sound features."""
from mlwf.ontology.i18n import _
from mlwf.rules.base import AdvisorEngine
from mlwf.rules.experta_compat import NOT, OR, P, Rule
from mlwf.rules.patterns import (
    FeatureType,
    HasOutliers,
    HighCardinality,
    Interpretable,
    LearningType,
    Modality,
    Skewed,
)

NUMERIC = ("continuous", "discrete")


class FeatureEngineeringRules(AdvisorEngine):

    # -- encoding -----------------------------------------------------------------------

    @Rule(FeatureType("nominal"), NOT(HighCardinality(True)))
    def nominal_one_hot(self):
        self.due("Encoding", _("Nominal features must become numbers without inventing an order."))
        self.recommend("OneHotEncoding", "technique", _("Nominal categories without order: one "
                       "column per category (handle_unknown='ignore' for unseen ones)."), tier=1)

    @Rule(FeatureType("ordinal"))
    def ordinal_codes(self):
        self.due("Encoding", _("Ordinal features must become numbers that keep their order."))
        self.recommend("OrdinalEncoding", "technique", _("Ordered categories: map them to integers "
                       "in their natural order (pass the order as categories=...)."), tier=1)

    @Rule(FeatureType("nominal"), HighCardinality(True), LearningType("supervised"))
    def high_cardinality_target_encoding(self):
        self.due("Encoding", _("Categorical features with many levels need a compact encoding."))
        self.recommend("TargetEncoding", "technique", _("Many categories and a target: replace "
                       "each category by a cross-fitted target mean (TargetEncoder), one column "
                       "instead of hundreds."), tier=1)

    @Rule(FeatureType("nominal"), HighCardinality(True), NOT(LearningType("supervised")))
    def high_cardinality_hashing(self):
        self.due("Encoding", _("Categorical features with many levels need a compact encoding."))
        self.recommend("FeatureHashing", "technique", _("Many categories and no target to encode "
                       "against: hash them into a fixed number of columns."), tier=1)

    # -- scaling and transformations ------------------------------------------------------

    @Rule(FeatureType(P(lambda t: t in NUMERIC)), HasOutliers(True))
    def outliers_robust_scaler(self):
        self.due("Scaling", _("Numeric features on different scales must be brought together "
                  "for distance- and gradient-based models (tree models do not need it)."))
        self.recommend("RobustScaler", "technique", _("Numeric features with outliers: centre on "
                       "the median and scale by the interquartile range, which outliers barely "
                       "move."), tier=1)

    @Rule(FeatureType(P(lambda t: t in NUMERIC)), NOT(HasOutliers(True)), NOT(Skewed(True)),
          NOT(Modality("image")))
    def plain_numeric_standard_scaler(self):
        self.due("Scaling", _("Numeric features on different scales must be brought together "
                  "for distance- and gradient-based models (tree models do not need it)."))
        self.recommend("StandardScaler", "technique", _("Numeric features without outliers or "
                       "skew: zero mean and unit variance suit SVMs, k-NN, linear models and PCA."),
                       tier=1)

    @Rule(FeatureType(P(lambda t: t in NUMERIC)), Skewed(True))
    def skew_power_transform(self):
        self.due("Transformation", _("Skewed numeric features should be made more symmetric."))
        self.recommend("PowerTransform", "technique", _("Skewed features: a Yeo-Johnson power "
                       "transform makes them closer to normal and works with zeros and negatives."),
                       tier=1)
        self.recommend("BoxCoxTransformation", "technique", _("If every value is strictly "
                       "positive, Box-Cox is the classic choice for the same purpose."), tier=2)
        self.recommend("LogarithmicTransformation", "technique", _("For non-negative features with "
                       "a long right tail (incomes, counts), log1p is the simplest fix."), tier=3)

    @Rule(FeatureType(P(lambda t: t in NUMERIC)), Skewed(True), HasOutliers(True))
    def skew_and_outliers_quantile(self):
        self.recommend("QuantileTransformation", "technique", _("Skew and outliers together: "
                       "mapping to quantiles flattens both at once (at the cost of distances)."),
                       tier=2)

    @Rule(Modality("image"))
    def image_pixels(self):
        self.due("Scaling", _("Pixel values are scaled to [0, 1] before a network sees them."))
        self.recommend("MinMaxScaler", "technique", _("Images: scale pixel intensities to [0, 1]."),
                       tier=1)
        self.recommend("ImageBasedFeatures", "technique", _("Without deep learning, colour "
                       "histograms, edges and textures are the classic image features."), tier=3)

    @Rule(Modality("sound"))
    def sound_features(self):
        self.due("FeatureGeneration", _("Sound must be turned into features first."))
        self.recommend("SoundBasedFeatures", "technique", _("Turn waveforms into spectrograms or "
                       "MFCCs (frequency over time); both networks and classic models use them."),
                       tier=1)

    @Rule(OR(Modality("text"), FeatureType("text")))
    def text_tfidf(self):
        self.due("FeatureGeneration", _("Text must be turned into numeric features first."))
        self.recommend("TfidfVectorization", "technique", _("Text: TF-IDF weights words by how "
                       "telling they are; it feeds linear models and naive Bayes well."), tier=1)
        self.recommend("MaxAbsScaler", "technique", _("TF-IDF matrices are sparse: MaxAbsScaler "
                       "scales them without destroying the sparsity."), tier=2)
        self.recommend("BagOfWords", "technique", _("Raw word counts are what multinomial naive "
                       "Bayes expects."), tier=3)

    @Rule(FeatureType("datetime"))
    def datetime_parts(self):
        self.due("FeatureGeneration", _("Dates are not usable as raw values."))
        self.recommend("Aggregation", "technique", _("Derive calendar parts (weekday, month, hour) "
                       "and time since an event, and aggregate history per entity."), tier=2)

    @Rule(Interpretable(True), FeatureType("continuous"))
    def interpretable_binning(self):
        self.recommend("Binning", "technique", _("When people must read the model, binning a "
                       "continuous feature into ranges makes its effect easy to state."), tier=4)
