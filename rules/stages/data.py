"""Data stage: collecting enough unbiased data, its structure, and class balance."""
from mlwf.ontology.i18n import _
from mlwf.rules.base import AdvisorEngine
from mlwf.rules.experta_compat import OR, Rule
from mlwf.rules.patterns import (
    ClassBalance,
    DataSize,
    DataStructure,
    HasData,
    Labeled,
    LearningType,
    Modality,
    Processing,
    Task,
    Unbiased,
    one_of,
)


class DataRules(AdvisorEngine):

    @Rule(HasData(False))
    def no_data_collect(self):
        self.due("DataCollection", _("There is no data yet: collect it before anything else."))
        self.recommend("Sampling", "technique", _("Decide how examples are drawn so that the "
                       "sample represents the population the model will serve."), tier=1)
        self.recommend("DataMining", "technique", _("Existing sources (databases, public APIs, "
                       "web pages) can be mined for the data."), tier=2)

    @Rule(HasData(False), LearningType(one_of("supervised", "semi_supervised")))
    def no_data_label_while_collecting(self):
        self.recommend("Labelling", "technique", _("Supervised learning needs every collected "
                       "example labelled with its answer; plan the labelling with the collection."),
                       tier=3)

    @Rule(DataSize("tiny"))
    def tiny_data_collect_more(self):
        self.due("CollectMoreData", _("With 50 samples or fewer no model can be trained and "
                  "validated reliably: get more data first."))
        self.recommend("TinySampleSize", "warning", _("50 samples or fewer: scikit-learn's chart "
                       "starts with 'get more data' here."))

    @Rule(Unbiased(False))
    def biased_data(self):
        self.due("DataCollection", _("The data does not represent the cases the model will meet; "
                  "collect again (or reweight) before training, or the model learns the bias."))
        self.recommend("SamplingBias", "warning", _("A model trained on biased data repeats the "
                       "bias in every prediction."))

    @Rule(DataStructure("semi_structured"))
    def semi_structured_to_table(self):
        self.due("DataIntegration", _("Semi-structured data (JSON, XML) must be flattened into a "
                  "table with a fixed schema before the usual tools apply."))
        self.recommend("Schema", "technique", _("Define the table's columns and types and map "
                       "each nested field onto them."), tier=1)

    @Rule(OR(DataStructure("unstructured"), Modality("image"), Modality("sound")))
    def unstructured_data_deep_learning(self):
        self.recommend("DeepLearning", "technique", _("Unstructured data (raw text, images, sound) "
                       "is where deep networks learn their own features."), tier=2)

    @Rule(Modality("image"))
    def image_augmentation(self):
        self.recommend("DataAugmentation", "technique", _("Flips, crops and colour jitter multiply "
                       "the training images and make the model robust to them."), tier=1)
        self.recommend("TransferLearning", "technique", _("Start from a network pre-trained on a "
                       "large image collection and fine-tune it: far less data is needed."), tier=1)

    @Rule(Modality("sound"))
    def sound_transfer(self):
        self.recommend("TransferLearning", "technique", _("Pre-trained audio networks need far "
                       "less labelled sound than training from scratch."), tier=1)

    @Rule(Task("classification"), ClassBalance("imbalanced"))
    def imbalance_rebalance(self):
        self.due("DataBalance", _("The classes are imbalanced: decide how to rebalance before "
                  "training."))
        self.recommend("ClassWeighting", "technique", _("Weight the classes inversely to their "
                       "frequency (class_weight='balanced'); it changes no data and most "
                       "scikit-learn classifiers accept it."), tier=1)
        self.recommend("Oversampling", "technique", _("Repeat or synthesise minority examples "
                       "(inside the training folds only)."), tier=2)
        self.recommend("Undersampling", "technique", _("Drop majority examples when data is "
                       "plentiful."), tier=3)

    @Rule(Labeled(False), LearningType("semi_supervised"))
    def semi_supervised_label_some(self):
        self.recommend("Labelling", "technique", _("Semi-supervised learning works from a few "
                       "labelled examples: label a small, representative subset."), tier=1)

    @Rule(Processing(one_of("stream", "online")))
    def streaming_data(self):
        self.recommend("StreamData", "warning", _("Data that arrives continuously needs models "
                       "that learn incrementally (partial_fit) and monitoring for drift from "
                       "the first day."))
