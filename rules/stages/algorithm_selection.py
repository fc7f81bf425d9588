"""Model stage, algorithm selection: which algorithms are admissible, and why.

Two sources of knowledge admit candidates:

- the field's strong defaults for the kind of data (for tables: gradient-boosted trees,
  a random forest and a regularised linear model, at every size; for text: linear models
  and naive Bayes on word counts), and
- scikit-learn's "Choosing the right estimator" chart, kept as teaching material: each
  chart box carries ``chart_step``, its place on its branch (1 is the chart's first
  estimator, 2 what the chart says to try when 1 is "not working", and so on), and its
  explanation names the box. The ranking step (rules/ranking.py) drops what the person
  already tried without success, so the "not working" edges are followed by reporting
  ``tried`` outcomes.

When a fact that decides between branches is unknown (``few_important_features``,
``n_categories_known``, ``n_samples``), the candidates of every branch it would choose
between are admitted, marked ``unknown=[fact]``, and the explanation says what the
answer would change; an unknown fact never empties the advice.

``tier`` is the rules' fallback order, used when no evidence orders the candidates:
LEAD (the facts call for it: interpretability, streams, images), SIMPLE (tiny data),
DEFAULT, then the chart's steps, then last resorts.
"""
from mlwf.ontology.i18n import _
from mlwf.rules.base import AdvisorEngine
from mlwf.rules.experta_compat import NOT, OR, P, Rule, W
from mlwf.rules.patterns import (
    CategoriesKnown,
    DataSize,
    FeatureType,
    FewImportant,
    Interpretable,
    LearningType,
    Modality,
    NSamples,
    Processing,
    Task,
    TimeOrdered,
    one_of,
)

UNDER_100K = P(lambda n: 50 < n < 100_000)
UNDER_10K = P(lambda n: 50 < n < 10_000)
SOME_UNDER_10K = P(lambda n: 0 < n < 10_000)
AT_LEAST_100K = P(lambda n: n >= 100_000)
AT_LEAST_10K = P(lambda n: n >= 10_000)
MEDIA = ("image", "sound")
NOT_TABULAR = ("text", "image", "sound")

LEAD, SIMPLE, DEFAULT = 0, 0.5, 1


def chart(step: int) -> dict:
    """The tier and chart step of the chart's ``step``-th box on its branch."""
    return {"tier": DEFAULT + step, "chart_step": step}


class AlgorithmSelectionRules(AdvisorEngine):

    # -- classification -------------------------------------------------------------------

    @Rule(Task("classification"), NOT(Modality(one_of(*NOT_TABULAR))))
    def tabular_classification_defaults(self):
        self.recommend("HistGradientBoostingClassifier", "algorithm", _("Tables: gradient-"
                       "boosted trees are the strongest general default; they mix numeric and "
                       "categorical columns, need no scaling, handle missing values themselves, "
                       "and histogram binning keeps them fast at any size."), tier=DEFAULT)
        self.recommend("RandomForestClassifier", "algorithm", _("Tables: a random forest is the "
                       "other robust default; it needs little tuning and errs differently "
                       "from boosting."), tier=DEFAULT)
        self.recommend("LogisticRegression", "algorithm", _("Tables: a regularised linear model "
                       "is the baseline to beat; fast and stable, and the winner when the "
                       "signal is close to linear or the data is small."), tier=DEFAULT)

    @Rule(Task("classification"), OR(Modality("text"), FeatureType("text")))
    def text_classification_defaults(self):
        self.recommend("LinearSVC", "algorithm", _("Text: a linear SVM on TF-IDF features is the "
                       "strong default for sparse word counts."), tier=DEFAULT)
        self.recommend("LogisticRegression", "algorithm", _("Text: logistic regression on TF-IDF "
                       "features does about as well and also gives probabilities."), tier=DEFAULT)
        self.recommend("ComplementNB", "algorithm", _("Text: complement naive Bayes on word "
                       "counts trains in one pass and copes with imbalanced classes."),
                       tier=DEFAULT)

    @Rule(Task("classification"), DataSize("tiny"))
    def tiny_classification_simple_models(self):
        self.recommend("LogisticRegression", "algorithm", _("50 samples or fewer: if more data "
                       "cannot be had, a strongly regularised linear model is about all such "
                       "data supports; validate it with leave-one-out."), tier=SIMPLE)
        self.recommend("GaussianNB", "algorithm", _("50 samples or fewer: Gaussian naive Bayes "
                       "fits two numbers per feature and class, so it needs little data."),
                       tier=SIMPLE)
        self.recommend("KNeighborsClassifier", "algorithm", _("50 samples or fewer: k-nearest "
                       "neighbours trains nothing, but needs few, scaled features."), tier=SIMPLE)

    @Rule(Task("classification"), NSamples(UNDER_100K))
    def chart_classification_linear_svc(self):
        self.recommend("LinearSVC", "algorithm", _("Chart: classification with under 100K "
                       "samples starts with a linear SVM: fast, strong on many features."),
                       **chart(1))
        self.recommend("SVC", "algorithm", _("Chart: when the simpler candidates do not work, a "
                       "kernel SVM captures non-linear boundaries."), **chart(3))
        self.recommend("RandomForestClassifier", "algorithm", _("Chart: ensemble classifiers "
                       "are the last step of the branch; random forests need little tuning."),
                       **chart(3))

    @Rule(Task("classification"), NSamples(UNDER_100K), OR(Modality("text"), FeatureType("text")))
    def chart_classification_text_naive_bayes(self):
        self.recommend("MultinomialNB", "algorithm", _("Chart: for text, when the linear SVM is "
                       "not working, naive Bayes on word counts is next."), **chart(2))
        self.recommend("ComplementNB", "algorithm", _("Complement naive Bayes is the variant "
                       "that copes better with imbalanced text classes."), **chart(2))

    @Rule(Task("classification"), NSamples(UNDER_100K), NOT(Modality("text")),
          NOT(FeatureType("text")))
    def chart_classification_kneighbors(self):
        self.recommend("KNeighborsClassifier", "algorithm", _("Chart: for non-text data, when "
                       "the linear SVM is not working, k-nearest neighbours is next."), **chart(2))

    @Rule(Task("classification"), NSamples(UNDER_10K))
    def classification_small_gradient_boosting(self):
        self.recommend("GradientBoostingClassifier", "algorithm", _("Chart, ensemble classifiers: "
                       "classic gradient boosting is often the most accurate on small tabular "
                       "data."), **chart(3))

    @Rule(Task("classification"), NSamples(AT_LEAST_100K))
    def chart_classification_sgd(self):
        self.recommend("SGDClassifier", "algorithm", _("Chart: over 100K samples, a linear model "
                       "trained by stochastic gradient descent scales to the data."), **chart(1))
        self.recommend("Nystroem", "algorithm", _("Chart: when SGD is not working, approximate "
                       "a kernel (Nystroem features) and train the linear model on them."),
                       **chart(2))
        self.recommend("RBFSampler", "algorithm", _("Random Fourier features are the other "
                       "kernel approximation the chart points to."), **chart(2))

    @Rule(Task("classification"), NSamples(UNDER_100K), FeatureType("nominal"),
          NOT(FeatureType("continuous")), NOT(FeatureType("discrete")), NOT(FeatureType("text")))
    def categorical_features_naive_bayes(self):
        self.recommend("CategoricalNB", "algorithm", _("Only categorical features: categorical "
                       "naive Bayes models each category directly."), tier=DEFAULT + 2)

    @Rule(Task("classification"), NSamples(UNDER_100K), FeatureType("boolean"),
          NOT(FeatureType("continuous")), NOT(FeatureType("discrete")), NOT(FeatureType("nominal")))
    def boolean_features_naive_bayes(self):
        self.recommend("BernoulliNB", "algorithm", _("Only yes/no features: Bernoulli naive Bayes "
                       "is built for binary inputs."), tier=DEFAULT + 2)

    @Rule(Task("classification"), NSamples(P(lambda n: 50 < n < 1_000)),
          FeatureType("continuous"), NOT(FeatureType("nominal")), NOT(FeatureType("text")))
    def small_continuous_gaussian_nb(self):
        self.recommend("GaussianNB", "algorithm", _("Few samples and continuous features: "
                       "Gaussian naive Bayes needs little data and gives a quick baseline."),
                       tier=DEFAULT + 2)

    @Rule(Task("classification"), Interpretable(True), NSamples(P(lambda n: n > 50)))
    def interpretable_classifiers(self):
        self.recommend("LogisticRegression", "algorithm", _("Interpretability required: logistic "
                       "regression's coefficients say how each feature moves the odds."), tier=LEAD)
        self.recommend("DecisionTreeClassifier", "algorithm", _("Interpretability required: a "
                       "shallow decision tree can be read as a list of rules."), tier=LEAD)

    @Rule(Task("classification"), NSamples(AT_LEAST_10K), NOT(Interpretable(True)))
    def classification_neural_network(self):
        self.recommend("MLPClassifier", "algorithm", _("With enough data and nothing else working, "
                       "a small neural network can learn interactions the others miss."),
                       tier=DEFAULT + 4)

    # -- regression -----------------------------------------------------------------------

    @Rule(Task("regression"), NOT(Modality(one_of(*NOT_TABULAR))))
    def tabular_regression_defaults(self):
        self.recommend("HistGradientBoostingRegressor", "algorithm", _("Tables: gradient-boosted "
                       "trees are the strongest general default; they capture non-linearity "
                       "and interactions, need no scaling, handle missing values themselves, "
                       "and histogram binning keeps them fast at any size."), tier=DEFAULT)
        self.recommend("RandomForestRegressor", "algorithm", _("Tables: a random forest is the "
                       "other robust default; it needs little tuning and errs differently "
                       "from boosting."), tier=DEFAULT)
        self.recommend("Ridge", "algorithm", _("Tables: ridge regression, a regularised linear "
                       "model, is the baseline to beat; the winner when the relation is close "
                       "to linear or the data is small."), tier=DEFAULT)

    @Rule(Task("regression"), OR(Modality("text"), FeatureType("text")))
    def text_regression_defaults(self):
        self.recommend("Ridge", "algorithm", _("Text: ridge regression on TF-IDF features handles "
                       "the many sparse columns with its L2 penalty."), tier=DEFAULT)
        self.recommend("LinearSVR", "algorithm", _("Text: a linear support vector regressor on "
                       "TF-IDF features, less swayed by extreme targets."), tier=DEFAULT)
        self.recommend("SGDRegressor", "algorithm", _("Text: a linear regressor trained by "
                       "stochastic gradient descent scales to very many documents."), tier=DEFAULT)

    @Rule(Task("regression"), DataSize("tiny"))
    def tiny_regression_simple_models(self):
        self.recommend("Ridge", "algorithm", _("50 samples or fewer: if more data cannot be had, "
                       "a strongly regularised linear model is about all such data supports; "
                       "validate it with leave-one-out."), tier=SIMPLE)
        self.recommend("Lasso", "algorithm", _("50 samples or fewer: the lasso keeps only the "
                       "features the few samples can support."), tier=SIMPLE)
        self.recommend("KNeighborsRegressor", "algorithm", _("50 samples or fewer: k-nearest "
                       "neighbours averages similar examples, with few, scaled features."),
                       tier=SIMPLE)

    @Rule(Task("regression"), NSamples(AT_LEAST_100K))
    def chart_regression_sgd(self):
        self.recommend("SGDRegressor", "algorithm", _("Chart: over 100K samples, a linear "
                       "regressor trained by stochastic gradient descent."), **chart(1))

    @Rule(Task("regression"), NSamples(UNDER_100K), FewImportant(True))
    def chart_regression_sparse(self):
        self.recommend("Lasso", "algorithm", _("Chart: few features should matter, so the lasso's "
                       "L1 penalty drives the others to zero."), **chart(1))
        self.recommend("ElasticNet", "algorithm", _("Chart: elastic net mixes L1 and L2, steadier "
                       "than the lasso when important features are correlated."), **chart(1))

    @Rule(Task("regression"), NSamples(UNDER_100K), FewImportant(False))
    def chart_regression_dense(self):
        self.recommend("Ridge", "algorithm", _("Chart: many features matter, so ridge regression "
                       "keeps them all with an L2 penalty."), **chart(1))
        self.recommend("LinearSVR", "algorithm", _("Chart: a linear-kernel support vector "
                       "regressor is the chart's alternative to ridge."), **chart(1))

    @Rule(Task("regression"), NSamples(UNDER_100K), NOT(FewImportant(W())))
    def chart_regression_sparsity_unknown(self):
        unknown = ["few_important_features"]
        self.recommend("Lasso", "algorithm", _("Chart: whether only a few features matter "
                       "(few_important_features) is unknown. If few do, the chart's box is the "
                       "lasso, whose L1 penalty drives the others to zero; if many do, it is "
                       "ridge regression."), **chart(1), unknown=unknown)
        self.recommend("ElasticNet", "algorithm", _("Chart, few_important_features unknown: "
                       "elastic net, the lasso branch's alternative, mixes L1 and L2 and sits "
                       "between the two branches."), **chart(1), unknown=unknown)
        self.recommend("Ridge", "algorithm", _("Chart: few_important_features is unknown. If many "
                       "features matter, the chart's box is ridge regression, which keeps them "
                       "all with an L2 penalty; if few do, it is the lasso."),
                       **chart(1), unknown=unknown)
        self.recommend("LinearSVR", "algorithm", _("Chart, few_important_features unknown: a "
                       "linear support vector regressor is the ridge branch's alternative."),
                       **chart(1), unknown=unknown)

    @Rule(Task("regression"), NSamples(UNDER_100K))
    def chart_regression_not_working(self):
        self.recommend("SVR", "algorithm", _("Chart: when the linear models are not working, an "
                       "RBF-kernel SVR fits non-linear relations."), **chart(2))
        self.recommend("RandomForestRegressor", "algorithm", _("Chart: ensemble regressors are "
                       "the other next step; forests need little tuning."), **chart(2))

    @Rule(Task("regression"), NSamples(UNDER_10K))
    def regression_small_boosting_and_neighbours(self):
        self.recommend("GradientBoostingRegressor", "algorithm", _("Chart, ensemble regressors: "
                       "classic gradient boosting is often the most accurate on small tabular "
                       "data."), **chart(2))
        self.recommend("KNeighborsRegressor", "algorithm", _("k-nearest neighbours averages "
                       "similar examples: a flexible last resort on small data."), tier=DEFAULT + 3)

    @Rule(Task("regression"), Interpretable(True), NSamples(P(lambda n: n > 50)))
    def interpretable_regressors(self):
        self.recommend("LinearRegression", "algorithm", _("Interpretability required: ordinary "
                       "least squares states each feature's effect as one coefficient."), tier=LEAD)
        self.recommend("DecisionTreeRegressor", "algorithm", _("Interpretability required: a "
                       "shallow regression tree reads as a set of rules."), tier=LEAD)

    @Rule(Task("regression"), NSamples(AT_LEAST_10K), NOT(Interpretable(True)))
    def regression_neural_network(self):
        self.recommend("MLPRegressor", "algorithm", _("With enough data and nothing else working, "
                       "a small neural network can fit what the others miss."), tier=DEFAULT + 4)

    # -- clustering -----------------------------------------------------------------------

    @Rule(Task("clustering"), CategoriesKnown(True), NSamples(SOME_UNDER_10K))
    def chart_clustering_kmeans(self):
        self.recommend("KMeans", "algorithm", _("Chart: number of clusters known, under 10K "
                       "samples: k-means."), **chart(1))
        self.recommend("SpectralClustering", "algorithm", _("Chart: when k-means is not working "
                       "(non-convex clusters), spectral clustering."), **chart(2))
        self.recommend("GaussianMixture", "algorithm", _("Chart: or a Gaussian mixture, which "
                       "allows elliptical clusters and soft assignments."), **chart(2))
        self.recommend("AgglomerativeClustering", "algorithm", _("Beyond the chart: hierarchical "
                       "clustering shows how groups merge, which helps explain them."),
                       tier=DEFAULT + 3)

    @Rule(Task("clustering"), CategoriesKnown(True), NSamples(AT_LEAST_10K))
    def chart_clustering_minibatch(self):
        self.recommend("MiniBatchKMeans", "algorithm", _("Chart: number of clusters known, 10K "
                       "samples or more: mini-batch k-means."), **chart(1))
        self.recommend("KMeans", "algorithm", _("Beyond the chart: full k-means is still quick up "
                       "to a few hundred thousand samples, and a little more exact."),
                       tier=DEFAULT + 2)
        self.recommend("GaussianMixture", "algorithm", _("Beyond the chart: a Gaussian mixture "
                       "allows elliptical clusters and soft assignments, and fits this size "
                       "when the features are few."), tier=DEFAULT + 2)

    @Rule(Task("clustering"), CategoriesKnown(False), NSamples(SOME_UNDER_10K))
    def chart_clustering_unknown_k(self):
        self.recommend("MeanShift", "algorithm", _("Chart: number of clusters unknown, under 10K "
                       "samples: mean shift finds it from the data's density."), **chart(1))
        self.recommend("BayesianGaussianMixture", "algorithm", _("Chart: or a variational "
                       "Bayesian Gaussian mixture, which switches off unneeded components."),
                       **chart(1))
        self.recommend("HDBSCAN", "algorithm", _("Beyond the chart: HDBSCAN also finds the number "
                       "of clusters itself, copes with clusters of varying density and marks "
                       "noise."), tier=DEFAULT + 2)

    @Rule(Task("clustering"), CategoriesKnown(False), NSamples(AT_LEAST_10K))
    def clustering_unknown_k_large(self):
        self.recommend("HDBSCAN", "algorithm", _("The chart says 'tough luck' here; beyond it, "
                       "HDBSCAN finds the number of clusters itself and marks noise."),
                       tier=DEFAULT + 1)
        self.recommend("DBSCAN", "algorithm", _("DBSCAN does the same with one density setting "
                       "(eps) that you choose."), tier=DEFAULT + 2)
        self.recommend("BayesianGaussianMixture", "algorithm", _("A Bayesian Gaussian mixture, "
                       "given a generous upper bound on components, switches off the ones the "
                       "data does not need."), tier=DEFAULT + 2)

    @Rule(Task("clustering"), NOT(CategoriesKnown(W())))
    def clustering_whether_k_known_unknown(self):
        unknown = ["n_categories_known"]
        self.recommend("KMeans", "algorithm", _("Whether the number of clusters is known "
                       "(n_categories_known) is not stated. If it is known, the chart's box is "
                       "k-means (mini-batch from 10K samples); if not, mean shift or HDBSCAN."),
                       tier=DEFAULT + 1, unknown=unknown)
        self.recommend("GaussianMixture", "algorithm", _("n_categories_known unknown: a Gaussian "
                       "mixture also needs the number of clusters, and allows elliptical "
                       "clusters."), tier=DEFAULT + 2, unknown=unknown)
        self.recommend("HDBSCAN", "algorithm", _("n_categories_known unknown: HDBSCAN finds the "
                       "number of clusters itself and marks noise."), tier=DEFAULT + 1,
                       unknown=unknown)
        self.recommend("BayesianGaussianMixture", "algorithm", _("n_categories_known unknown: a "
                       "Bayesian Gaussian mixture switches off the components the data does "
                       "not need."), tier=DEFAULT + 2, unknown=unknown)

    @Rule(Task("clustering"), CategoriesKnown(True), NOT(NSamples(W())))
    def clustering_k_known_size_unknown(self):
        unknown = ["n_samples"]
        self.recommend("KMeans", "algorithm", _("Number of clusters known, sample count unknown: "
                       "the chart's box is k-means under 10K samples."), **chart(1),
                       unknown=unknown)
        self.recommend("MiniBatchKMeans", "algorithm", _("Sample count unknown: from 10K samples "
                       "the chart's box is mini-batch k-means."), **chart(1), unknown=unknown)
        self.recommend("GaussianMixture", "algorithm", _("Sample count unknown: when k-means is "
                       "not working, the chart's next box is a Gaussian mixture."), **chart(2),
                       unknown=unknown)

    @Rule(Task("clustering"), CategoriesKnown(False), NOT(NSamples(W())))
    def clustering_k_unknown_size_unknown(self):
        unknown = ["n_samples"]
        self.recommend("MeanShift", "algorithm", _("Number of clusters unknown, sample count "
                       "unknown: under 10K samples the chart's box is mean shift."), **chart(1),
                       unknown=unknown)
        self.recommend("BayesianGaussianMixture", "algorithm", _("Sample count unknown: a "
                       "Bayesian Gaussian mixture finds the number of components at any "
                       "size."), **chart(1), unknown=unknown)
        self.recommend("HDBSCAN", "algorithm", _("Sample count unknown: HDBSCAN finds the number "
                       "of clusters itself, also on large data."), tier=DEFAULT + 1,
                       unknown=unknown)

    # -- dimensionality reduction -------------------------------------------------------

    @Rule(Task("dimensionality_reduction"), NOT(Modality("text")))
    def chart_reduction_pca(self):
        self.recommend("PCA", "algorithm", _("Chart: randomized PCA (svd_solver='randomized') is "
                       "the first thing to try."), **chart(1),
                       sklearn_args="svd_solver='randomized'")

    @Rule(Task("dimensionality_reduction"), NOT(Modality("text")))
    def reduction_truncated_svd_tables(self):
        self.recommend("TruncatedSVD", "algorithm", _("Beyond the chart: truncated SVD skips "
                       "centring, so it also works on sparse one-hot encoded tables."),
                       tier=DEFAULT + 2)

    @Rule(Task("dimensionality_reduction"), Modality("text"))
    def reduction_sparse_text(self):
        self.recommend("TruncatedSVD", "algorithm", _("Text features are sparse: truncated SVD "
                       "(latent semantic analysis) works on them without densifying."),
                       tier=DEFAULT + 1)
        self.recommend("PCA", "algorithm", _("Text features are sparse: PCA accepts them with the "
                       "arpack solver, which centres them without densifying."),
                       tier=DEFAULT + 2, sklearn_args="svd_solver='arpack'")

    @Rule(Task("dimensionality_reduction"), NSamples(SOME_UNDER_10K))
    def chart_reduction_manifolds(self):
        self.recommend("Isomap", "algorithm", _("Chart: under 10K samples, when PCA is not "
                       "working, Isomap unrolls curved structure."), **chart(2))
        self.recommend("SpectralEmbedding", "algorithm", _("Chart: spectral embedding is the "
                       "other manifold method at this step."), **chart(2))
        self.recommend("LocallyLinearEmbedding", "algorithm", _("Chart: if those are not "
                       "working either, locally linear embedding."), **chart(3))

    @Rule(Task("dimensionality_reduction"), NSamples(UNDER_10K))
    def reduction_tsne_picture(self):
        self.recommend("TSNE", "algorithm", _("For a 2-D picture of the data only (not as model "
                       "input), t-SNE shows local neighbourhoods well."), tier=DEFAULT + 4)

    @Rule(Task("dimensionality_reduction"), NSamples(AT_LEAST_10K))
    def chart_reduction_kernel_approximation(self):
        self.recommend("Nystroem", "algorithm", _("Chart: 10K samples or more, when PCA is not "
                       "working, kernel approximation."), **chart(2))

    @Rule(Task("dimensionality_reduction"), NOT(NSamples(W())))
    def reduction_size_unknown(self):
        unknown = ["n_samples"]
        self.recommend("Isomap", "algorithm", _("Sample count unknown: under 10K samples the "
                       "chart's next step after PCA is manifold learning, such as Isomap."),
                       **chart(2), unknown=unknown)
        self.recommend("Nystroem", "algorithm", _("Sample count unknown: from 10K samples the "
                       "chart's next step after PCA is kernel approximation."), **chart(2),
                       unknown=unknown)

    # -- anomaly detection ------------------------------------------------------------------

    @Rule(Task("anomaly_detection"))
    def anomaly_detectors(self):
        self.recommend("IsolationForest", "algorithm", _("Isolation forests isolate rare points "
                       "with few random splits; fast and good on tabular data."), tier=DEFAULT)
        self.recommend("LocalOutlierFactor", "algorithm", _("Local outlier factor compares each "
                       "point's density with its neighbours'."), tier=DEFAULT + 1)

    @Rule(Task("anomaly_detection"), NOT(NSamples(AT_LEAST_10K)))
    def anomaly_small_one_class(self):
        self.recommend("OneClassSVM", "algorithm", _("Under 10K samples, a one-class SVM learns "
                       "the boundary of normal points."), tier=DEFAULT + 2)

    @Rule(Task("anomaly_detection"), NOT(NSamples(SOME_UNDER_10K)))
    def anomaly_large_linear_one_class(self):
        self.recommend("SGDOneClassSVM", "algorithm", _("From 10K samples a kernel one-class SVM "
                       "is too slow; the linear one trained by stochastic gradient descent "
                       "scales, after Nystroem features where the boundary is curved."),
                       tier=DEFAULT + 2)

    # -- forecasting and sequences ---------------------------------------------------------

    @Rule(Task("forecasting"))
    def forecasting_models(self):
        self.recommend("HistGradientBoostingRegressor", "algorithm", _("Forecasting: boosting on "
                       "lag and calendar features is a strong general forecaster."), tier=DEFAULT)
        self.recommend("ARIMA", "algorithm", _("A classical statistical model (statsmodels) for "
                       "a single series with trend and autocorrelation."), tier=DEFAULT)
        self.recommend("Ridge", "algorithm", _("A regularised linear model on lag features is "
                       "the baseline to beat."), tier=DEFAULT + 1)

    @Rule(OR(Task("forecasting"), Modality("time_series")), NSamples(AT_LEAST_10K))
    def sequences_recurrent_network(self):
        self.recommend("RecurrentNeuralNetwork", "algorithm", _("Long sequences with enough data: "
                       "recurrent networks learn temporal patterns directly."), tier=DEFAULT + 3)

    @Rule(TimeOrdered(True), Task("forecasting"))
    def forecasting_needs_order(self):
        self.recommend("TimeSeriesData", "warning", _("Forecasting features may use only the past: "
                       "build lags from earlier rows and never from later ones."))

    # -- other kinds of learning and data ------------------------------------------------

    @Rule(LearningType("semi_supervised"), NSamples(P(lambda n: n > 50)))
    def semi_supervised_models(self):
        self.recommend("LabelSpreading", "algorithm", _("Semi-supervised: label spreading passes "
                       "the few known labels along the similarity graph."), tier=DEFAULT)
        self.recommend("SelfTrainingClassifier", "algorithm", _("Self-training wraps any "
                       "classifier and adds its confident predictions as new labels."),
                       tier=DEFAULT + 1)

    @Rule(Modality("image"), Task(one_of("classification", "regression")))
    def images_convolutional(self):
        self.recommend("ConvolutionalNeuralNetwork", "algorithm", _("Images: convolutional "
                       "networks (fine-tuned from a pre-trained one) are the standard."), tier=LEAD)

    @Rule(Modality("sound"), Task(one_of("classification", "regression")))
    def sound_networks(self):
        self.recommend("ConvolutionalNeuralNetwork", "algorithm", _("Sound: convolutional "
                       "networks on spectrograms work well."), tier=LEAD)
        self.recommend("RecurrentNeuralNetwork", "algorithm", _("Sound: recurrent networks read "
                       "the audio as a sequence."), tier=DEFAULT)

    @Rule(Modality(one_of(*MEDIA)), Task("classification"))
    def media_embeddings_classification(self):
        self.recommend("LogisticRegression", "algorithm", _("Images or sound with little data or "
                       "compute: features from a pre-trained network, with logistic regression "
                       "trained on them (transfer learning)."), tier=DEFAULT)
        self.recommend("SVC", "algorithm", _("Images or sound: a kernel SVM on features from a "
                       "pre-trained network."), tier=DEFAULT)

    @Rule(Modality(one_of(*MEDIA)), Task("regression"))
    def media_embeddings_regression(self):
        self.recommend("Ridge", "algorithm", _("Images or sound with little data or compute: "
                       "features from a pre-trained network, with ridge regression trained on "
                       "them (transfer learning)."), tier=DEFAULT)
        self.recommend("SVR", "algorithm", _("Images or sound: a kernel SVR on features from a "
                       "pre-trained network."), tier=DEFAULT)

    @Rule(OR(Modality("text"), LearningType("self_supervised")), DataSize("large"))
    def large_text_transformers(self):
        self.recommend("TransformerNetwork", "algorithm", _("Much text (or self-supervised "
                       "pre-training): transformer networks, usually fine-tuned from a "
                       "pre-trained model."), tier=DEFAULT)
        self.recommend("TransferLearning", "technique", _("Fine-tune a pre-trained language "
                       "model rather than training one from scratch."), tier=1)

    @Rule(LearningType("self_supervised"))
    def self_supervised_pretraining(self):
        self.recommend("TransferLearning", "technique", _("Self-supervised pre-training is "
                       "followed by fine-tuning on the task with few labels."), tier=1)

    @Rule(Processing(one_of("stream", "online")), Task("classification"))
    def stream_classification(self):
        self.recommend("SGDClassifier", "algorithm", _("Data arrives continuously: SGDClassifier "
                       "learns incrementally with partial_fit."), tier=LEAD)

    @Rule(Processing(one_of("stream", "online")), Task("regression"))
    def stream_regression(self):
        self.recommend("SGDRegressor", "algorithm", _("Data arrives continuously: SGDRegressor "
                       "learns incrementally with partial_fit."), tier=LEAD)

    @Rule(Processing(one_of("stream", "online")), Task("clustering"))
    def stream_clustering(self):
        self.recommend("MiniBatchKMeans", "algorithm", _("Data arrives continuously: "
                       "MiniBatchKMeans updates its centres with partial_fit."), tier=LEAD)
