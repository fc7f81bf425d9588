"""Model stage, algorithm selection: scikit-learn's "Choosing the right estimator" chart.

Each chart branch is one rule. A rule recommends the whole path of its branch, the
tier giving the chart's order: tier 1 is the chart's first estimator, tier 2 what the
chart says to try when tier 1 is "not working", and so on. The ranking step
(rules/ranking.py) drops what the person already tried without success, so the
"not working" edges of the chart are followed by reporting ``tried`` outcomes.
Rules at tier 0 go beyond the chart when the facts say more (interpretability, streams).
"""
from mlwf.rules.experta_compat import NOT, OR, P, Rule
from mlwf.rules.patterns import (one_of, CategoriesKnown, DataSize, FeatureType, FewImportant,
                                 Interpretable, LearningType, Modality, NSamples, Processing,
                                 Task, TimeOrdered)
from mlwf.rules.base import AdvisorEngine

UNDER_100K = P(lambda n: 50 < n < 100_000)
UNDER_10K = P(lambda n: 50 < n < 10_000)
AT_LEAST_100K = P(lambda n: n >= 100_000)
AT_LEAST_10K = P(lambda n: n >= 10_000)


class AlgorithmSelectionRules(AdvisorEngine):

    # -- classification -------------------------------------------------------------------

    @Rule(Task("classification"), NSamples(UNDER_100K))
    def chart_classification_linear_svc(self):
        self.recommend("LinearSVC", "algorithm", "Chart: classification with under 100K "
                       "samples starts with a linear SVM: fast, strong on many features.", tier=1)
        self.recommend("SVC", "algorithm", "Chart: when the simpler candidates do not work, a "
                       "kernel SVM captures non-linear boundaries.", tier=3)
        self.recommend("RandomForestClassifier", "algorithm", "Chart: ensemble classifiers "
                       "are the last step of the branch; random forests need little tuning.",
                       tier=3)

    @Rule(Task("classification"), NSamples(UNDER_100K), OR(Modality("text"), FeatureType("text")))
    def chart_classification_text_naive_bayes(self):
        self.recommend("MultinomialNB", "algorithm", "Chart: for text, when the linear SVM is "
                       "not working, naive Bayes on word counts is next.", tier=2)
        self.recommend("ComplementNB", "algorithm", "Complement naive Bayes is the variant "
                       "that copes better with imbalanced text classes.", tier=2)

    @Rule(Task("classification"), NSamples(UNDER_100K), NOT(Modality("text")),
          NOT(FeatureType("text")))
    def chart_classification_kneighbors(self):
        self.recommend("KNeighborsClassifier", "algorithm", "Chart: for non-text data, when "
                       "the linear SVM is not working, k-nearest neighbours is next.", tier=2)

    @Rule(Task("classification"), NSamples(P(lambda n: 50 < n < 10_000)))
    def classification_small_gradient_boosting(self):
        self.recommend("GradientBoostingClassifier", "algorithm", "Among the chart's ensemble "
                       "classifiers, gradient boosting is often the most accurate on small "
                       "tabular data.", tier=3)

    @Rule(Task("classification"), NSamples(P(lambda n: 10_000 <= n)))
    def classification_hist_gradient_boosting(self):
        self.recommend("HistGradientBoostingClassifier", "algorithm", "Ensemble classifier for "
                       "larger tabular data: histogram boosting is fast and handles missing "
                       "values itself.", tier=3)

    @Rule(Task("classification"), NSamples(AT_LEAST_100K))
    def chart_classification_sgd(self):
        self.recommend("SGDClassifier", "algorithm", "Chart: over 100K samples, a linear model "
                       "trained by stochastic gradient descent scales to the data.", tier=1)
        self.recommend("Nystroem", "algorithm", "Chart: when SGD is not working, approximate "
                       "a kernel (Nystroem features) and train the linear model on them.", tier=2)
        self.recommend("RBFSampler", "algorithm", "Random Fourier features are the other "
                       "kernel approximation the chart points to.", tier=2)

    @Rule(Task("classification"), NSamples(UNDER_100K), FeatureType("nominal"),
          NOT(FeatureType("continuous")), NOT(FeatureType("discrete")), NOT(FeatureType("text")))
    def categorical_features_naive_bayes(self):
        self.recommend("CategoricalNB", "algorithm", "Only categorical features: categorical "
                       "naive Bayes models each category directly.", tier=2)

    @Rule(Task("classification"), NSamples(UNDER_100K), FeatureType("boolean"),
          NOT(FeatureType("continuous")), NOT(FeatureType("discrete")), NOT(FeatureType("nominal")))
    def boolean_features_naive_bayes(self):
        self.recommend("BernoulliNB", "algorithm", "Only yes/no features: Bernoulli naive Bayes "
                       "is built for binary inputs.", tier=2)

    @Rule(Task("classification"), NSamples(P(lambda n: 50 < n < 1_000)),
          FeatureType("continuous"), NOT(FeatureType("nominal")), NOT(FeatureType("text")))
    def small_continuous_gaussian_nb(self):
        self.recommend("GaussianNB", "algorithm", "Few samples and continuous features: "
                       "Gaussian naive Bayes needs little data and gives a quick baseline.",
                       tier=2)

    @Rule(Task("classification"), Interpretable(True), NSamples(P(lambda n: n > 50)))
    def interpretable_classifiers(self):
        self.recommend("LogisticRegression", "algorithm", "Interpretability required: logistic "
                       "regression's coefficients say how each feature moves the odds.", tier=0)
        self.recommend("DecisionTreeClassifier", "algorithm", "Interpretability required: a "
                       "shallow decision tree can be read as a list of rules.", tier=0)

    @Rule(Task("classification"), NSamples(AT_LEAST_10K), NOT(Interpretable(True)))
    def classification_neural_network(self):
        self.recommend("MLPClassifier", "algorithm", "With enough data and nothing else working, "
                       "a small neural network can learn interactions the others miss.", tier=4)

    # -- regression -----------------------------------------------------------------------

    @Rule(Task("regression"), NSamples(AT_LEAST_100K))
    def chart_regression_sgd(self):
        self.recommend("SGDRegressor", "algorithm", "Chart: over 100K samples, a linear "
                       "regressor trained by stochastic gradient descent.", tier=1)
        self.recommend("HistGradientBoostingRegressor", "algorithm", "Beyond the chart: "
                       "histogram boosting also scales to large tabular data and captures "
                       "non-linearity.", tier=2)

    @Rule(Task("regression"), NSamples(UNDER_100K), FewImportant(True))
    def chart_regression_sparse(self):
        self.recommend("Lasso", "algorithm", "Chart: few features should matter, so the lasso's "
                       "L1 penalty drives the others to zero.", tier=1)
        self.recommend("ElasticNet", "algorithm", "Chart: elastic net mixes L1 and L2, steadier "
                       "than the lasso when important features are correlated.", tier=1)

    @Rule(Task("regression"), NSamples(UNDER_100K), FewImportant(False))
    def chart_regression_dense(self):
        self.recommend("Ridge", "algorithm", "Chart: many features matter, so ridge regression "
                       "keeps them all with an L2 penalty.", tier=1)
        self.recommend("LinearSVR", "algorithm", "Chart: a linear-kernel support vector "
                       "regressor is the chart's alternative to ridge.", tier=1)

    @Rule(Task("regression"), NSamples(UNDER_100K), FewImportant(one_of(True, False)))
    def chart_regression_not_working(self):
        self.recommend("SVR", "algorithm", "Chart: when the linear models are not working, an "
                       "RBF-kernel SVR fits non-linear relations.", tier=2)
        self.recommend("RandomForestRegressor", "algorithm", "Chart: ensemble regressors are "
                       "the other next step; forests need little tuning.", tier=2)

    @Rule(Task("regression"), NSamples(UNDER_10K), FewImportant(one_of(True, False)))
    def regression_small_boosting_and_neighbours(self):
        self.recommend("GradientBoostingRegressor", "algorithm", "An ensemble regressor that is "
                       "often the most accurate on small tabular data.", tier=2)
        self.recommend("KNeighborsRegressor", "algorithm", "k-nearest neighbours averages similar "
                       "examples: a flexible last resort on small data.", tier=3)

    @Rule(Task("regression"), Interpretable(True), NSamples(P(lambda n: n > 50)))
    def interpretable_regressors(self):
        self.recommend("LinearRegression", "algorithm", "Interpretability required: ordinary "
                       "least squares states each feature's effect as one coefficient.", tier=0)
        self.recommend("DecisionTreeRegressor", "algorithm", "Interpretability required: a "
                       "shallow regression tree reads as a set of rules.", tier=0)

    @Rule(Task("regression"), NSamples(AT_LEAST_10K), NOT(Interpretable(True)))
    def regression_neural_network(self):
        self.recommend("MLPRegressor", "algorithm", "With enough data and nothing else working, "
                       "a small neural network can fit what the others miss.", tier=4)

    # -- clustering -----------------------------------------------------------------------

    @Rule(Task("clustering"), CategoriesKnown(True), NSamples(UNDER_10K))
    def chart_clustering_kmeans(self):
        self.recommend("KMeans", "algorithm", "Chart: number of clusters known, under 10K "
                       "samples: k-means.", tier=1)
        self.recommend("SpectralClustering", "algorithm", "Chart: when k-means is not working "
                       "(non-convex clusters), spectral clustering.", tier=2)
        self.recommend("GaussianMixture", "algorithm", "Chart: or a Gaussian mixture, which "
                       "allows elliptical clusters and soft assignments.", tier=2)
        self.recommend("AgglomerativeClustering", "algorithm", "Beyond the chart: hierarchical "
                       "clustering shows how groups merge, which helps explain them.", tier=3)

    @Rule(Task("clustering"), CategoriesKnown(True), NSamples(AT_LEAST_10K))
    def chart_clustering_minibatch(self):
        self.recommend("MiniBatchKMeans", "algorithm", "Chart: number of clusters known, 10K "
                       "samples or more: mini-batch k-means.", tier=1)

    @Rule(Task("clustering"), CategoriesKnown(False), NSamples(UNDER_10K))
    def chart_clustering_unknown_k(self):
        self.recommend("MeanShift", "algorithm", "Chart: number of clusters unknown, under 10K "
                       "samples: mean shift finds it from the data's density.", tier=1)
        self.recommend("BayesianGaussianMixture", "algorithm", "Chart: or a variational "
                       "Bayesian Gaussian mixture, which switches off unneeded components.",
                       tier=1)

    @Rule(Task("clustering"), CategoriesKnown(False), NSamples(AT_LEAST_10K))
    def clustering_unknown_k_large(self):
        self.recommend("HDBSCAN", "algorithm", "The chart says 'tough luck' here; beyond it, "
                       "HDBSCAN finds the number of clusters itself and marks noise.", tier=1)
        self.recommend("DBSCAN", "algorithm", "DBSCAN does the same with one density setting "
                       "(eps) that you choose.", tier=2)

    # -- dimensionality reduction -------------------------------------------------------

    @Rule(Task("dimensionality_reduction"), NSamples(P(lambda n: n > 50)),
          NOT(Modality("text")))
    def chart_reduction_pca(self):
        self.recommend("PCA", "algorithm", "Chart: randomized PCA (svd_solver='randomized') is "
                       "the first thing to try.", tier=1, sklearn_args="svd_solver='randomized'")

    @Rule(Task("dimensionality_reduction"), NSamples(P(lambda n: n > 50)), Modality("text"))
    def reduction_sparse_text(self):
        self.recommend("TruncatedSVD", "algorithm", "Text features are sparse: truncated SVD "
                       "(latent semantic analysis) works on them without densifying.", tier=1)

    @Rule(Task("dimensionality_reduction"), NSamples(UNDER_10K))
    def chart_reduction_manifolds(self):
        self.recommend("Isomap", "algorithm", "Chart: under 10K samples, when PCA is not "
                       "working, Isomap unrolls curved structure.", tier=2)
        self.recommend("SpectralEmbedding", "algorithm", "Chart: spectral embedding is the "
                       "other manifold method at this step.", tier=2)
        self.recommend("LocallyLinearEmbedding", "algorithm", "Chart: if those are not "
                       "working either, locally linear embedding.", tier=3)
        self.recommend("TSNE", "algorithm", "For a 2-D picture of the data only (not as model "
                       "input), t-SNE shows local neighbourhoods well.", tier=4)

    @Rule(Task("dimensionality_reduction"), NSamples(AT_LEAST_10K))
    def chart_reduction_kernel_approximation(self):
        self.recommend("Nystroem", "algorithm", "Chart: 10K samples or more, when PCA is not "
                       "working, kernel approximation.", tier=2)

    # -- beyond the chart ----------------------------------------------------------------

    @Rule(Task("anomaly_detection"), NSamples(P(lambda n: n > 50)))
    def anomaly_detectors(self):
        self.recommend("IsolationForest", "algorithm", "Isolation forests isolate rare points "
                       "with few random splits; fast and good on tabular data.", tier=1)
        self.recommend("LocalOutlierFactor", "algorithm", "Local outlier factor compares each "
                       "point's density with its neighbours'.", tier=2)

    @Rule(Task("anomaly_detection"), NSamples(P(lambda n: 50 < n < 10_000)))
    def anomaly_small_one_class(self):
        self.recommend("OneClassSVM", "algorithm", "On small data, a one-class SVM learns the "
                       "boundary of normal points.", tier=3)

    @Rule(Task("forecasting"), NSamples(P(lambda n: n > 50)))
    def forecasting_models(self):
        self.recommend("HistGradientBoostingRegressor", "algorithm", "Forecasting: boosting on "
                       "lag and calendar features is a strong general forecaster.", tier=1)
        self.recommend("ARIMA", "algorithm", "A classical statistical model (statsmodels) for "
                       "a single series with trend and autocorrelation.", tier=1)
        self.recommend("Ridge", "algorithm", "A regularised linear model on lag features is "
                       "the baseline to beat.", tier=2)

    @Rule(OR(Task("forecasting"), Modality("time_series")), NSamples(AT_LEAST_10K))
    def sequences_recurrent_network(self):
        self.recommend("RecurrentNeuralNetwork", "algorithm", "Long sequences with enough data: "
                       "recurrent networks learn temporal patterns directly.", tier=3)

    @Rule(LearningType("semi_supervised"), NSamples(P(lambda n: n > 50)))
    def semi_supervised_models(self):
        self.recommend("LabelSpreading", "algorithm", "Semi-supervised: label spreading passes "
                       "the few known labels along the similarity graph.", tier=1)
        self.recommend("SelfTrainingClassifier", "algorithm", "Self-training wraps any "
                       "classifier and adds its confident predictions as new labels.", tier=2)

    @Rule(Modality("image"), Task(one_of("classification", "regression")))
    def images_convolutional(self):
        self.recommend("ConvolutionalNeuralNetwork", "algorithm", "Images: convolutional "
                       "networks (fine-tuned from a pre-trained one) are the standard.", tier=0)

    @Rule(Modality("sound"), Task(one_of("classification", "regression")))
    def sound_networks(self):
        self.recommend("ConvolutionalNeuralNetwork", "algorithm", "Sound: convolutional "
                       "networks on spectrograms work well.", tier=0)
        self.recommend("RecurrentNeuralNetwork", "algorithm", "Sound: recurrent networks read "
                       "the audio as a sequence.", tier=1)

    @Rule(OR(Modality("text"), LearningType("self_supervised")), DataSize("large"))
    def large_text_transformers(self):
        self.recommend("TransformerNetwork", "algorithm", "Much text (or self-supervised "
                       "pre-training): transformer networks, usually fine-tuned from a "
                       "pre-trained model.", tier=1)
        self.recommend("TransferLearning", "technique", "Fine-tune a pre-trained language "
                       "model rather than training one from scratch.", tier=1)

    @Rule(LearningType("self_supervised"))
    def self_supervised_pretraining(self):
        self.recommend("TransferLearning", "technique", "Self-supervised pre-training is "
                       "followed by fine-tuning on the task with few labels.", tier=1)

    @Rule(Processing(one_of("stream", "online")), Task("classification"))
    def stream_classification(self):
        self.recommend("SGDClassifier", "algorithm", "Data arrives continuously: SGDClassifier "
                       "learns incrementally with partial_fit.", tier=0)

    @Rule(Processing(one_of("stream", "online")), Task("regression"))
    def stream_regression(self):
        self.recommend("SGDRegressor", "algorithm", "Data arrives continuously: SGDRegressor "
                       "learns incrementally with partial_fit.", tier=0)

    @Rule(Processing(one_of("stream", "online")), Task("clustering"))
    def stream_clustering(self):
        self.recommend("MiniBatchKMeans", "algorithm", "Data arrives continuously: "
                       "MiniBatchKMeans updates its centres with partial_fit.", tier=0)

    @Rule(TimeOrdered(True), Task("forecasting"))
    def forecasting_needs_order(self):
        self.recommend("TimeSeriesData", "warning", "Forecasting features may use only the past: "
                       "build lags from earlier rows and never from later ones.")
