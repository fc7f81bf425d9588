"""Rewrite ontology/mlwf.ttl so that rdfs:subClassOf says is-a and nothing else.

The first ontology hung every concept under its outline parent by rdfs:subClassOf, up to
a stage, so a reasoner concluded that accuracy is a workflow stage. This script moves
each class written in that old style (it still carries an ``mlwf:stage`` annotation) to
the new model:

- its outline parent becomes ``skos:broader`` (the seed's outline stays navigable);
- its is-a parents are kinds only: the old parents that are kinds, or the kind KINDS names;
- its place in the workflow becomes a restriction: a step is ``partOf`` some stage or
  step, a technique, algorithm or metric is ``usedIn`` some step, a problem or a data
  characteristic is ``consideredIn`` some step. By default the place is the nearest
  outline ancestor that is a stage or step; PLACES names more than one where a concept
  belongs to several steps;
- the ``mlwf:stage`` annotation goes (its property stays, deprecated).

Blocks already in the new style are left as they are, so the script can be run again
after someone adds a class in the old style (say, an algorithm under Linear Model):

    .venv/bin/python tools/ontology_taxonomy.py && mlwf ontology export --format owl --write

It refuses (and says which) a class whose old parents are all stages or steps and that
KINDS does not place: is-a cannot be guessed.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parents[1]
TTL = ROOT / "ontology" / "mlwf.ttl"
NS = "https://w3id.org/mlwf/ontology#"

STAGES = ("Goal", "Learning", "Data", "DataProcess", "FeatureEngineering", "Model",
          "GoalEvaluation")
# Processes of the workflow below the stages: the things one does.
STEPS = (
    "DataCollection", "CollectMoreData", "Labelling", "DataIntegration", "DataBalance",
    "DataCleaning", "MissingData", "DataAnalysis", "EarlyModel",
    "Transformation", "Scaling", "Encoding", "FeatureGeneration", "FeatureFiltering",
    "ModelDevelopment", "AlgorithmSelection", "Training", "FeatureSelection", "Validation",
    "Optimization", "ParameterTuning", "Evaluation", "ErrorAnalysis", "Persistence",
    "Deployment", "Maintenance", "Monitoring", "DriftDetection", "Retraining", "Retuning",
    "Updating", "Versioning", "Logging", "SecurityAndPrivacy",
)
PROCESSES = set(STAGES) | set(STEPS)

# New kinds: name -> (is-a parents, English label, Turkish label, English definition,
# Turkish definition). Tops have no parent.
NEW_KINDS = {
    "WorkflowProcess": ((), "Workflow Process", "İş Akışı Süreci",
        "Something one does in a machine-learning project: one of the seven stages, or a step within a stage or within another step.",
        "Bir makine öğrenmesi projesinde yapılan iş: yedi aşamadan biri ya da bir aşamanın veya başka bir adımın içindeki bir adım."),
    "WorkflowStep": (("WorkflowProcess",), "Workflow Step", "İş Akışı Adımı",
        "A process that is part of a stage or of a larger step, such as data cleaning within data processing or scaling within transformation.",
        "Bir aşamanın ya da daha büyük bir adımın parçası olan süreç; örneğin veri işleme içindeki veri temizleme ya da dönüştürme içindeki ölçekleme."),
    "Technique": ((), "Technique", "Teknik",
        "A method a practitioner applies to data, features or models in some workflow step, such as an imputation rule, a scaler or a validation scheme; it is a plan to follow, not the step itself.",
        "Uygulayıcının bir iş akışı adımında veriye, özniteliklere ya da modellere uyguladığı yöntem; örneğin bir değer atama kuralı, bir ölçekleyici ya da bir doğrulama düzeni. Adımın kendisi değil, izlenecek bir plandır."),
    "DataCollectionTechnique": (("Technique",), "Data Collection Technique", "Veri Toplama Tekniği",
        "A way of obtaining data for a project, such as drawing a sample or mining data from the web.",
        "Bir proje için veri elde etme yolu; örneğin örneklem çekmek ya da web'den veri madenciliği yapmak."),
    "BalancingTechnique": (("Technique",), "Data Balancing Technique", "Veri Dengeleme Tekniği",
        "A technique that evens out how often classes or values occur, by resampling the data or by weighting it.",
        "Sınıfların ya da değerlerin ne sıklıkla geçtiğini, veriyi yeniden örnekleyerek ya da ağırlıklandırarak dengeleyen teknik."),
    "MissingDataTechnique": (("Technique",), "Missing-Data Technique", "Eksik Veri Tekniği",
        "A technique for handling gaps in the data: dropping incomplete rows or columns, filling the gaps, or recording where they were.",
        "Verideki boşlukları ele alma tekniği: eksik satırları ya da sütunları atmak, boşlukları doldurmak ya da nerede olduklarını kaydetmek."),
    "ImputationTechnique": (("MissingDataTechnique",), "Imputation Technique", "Değer Atama Tekniği",
        "A missing-data technique that fills each gap with an estimated value, from a simple statistic of the column up to a model of the other columns.",
        "Her boşluğu tahmini bir değerle dolduran eksik veri tekniği; sütunun basit bir istatistiğinden diğer sütunların bir modeline kadar."),
    "AnalysisTechnique": (("Technique",), "Data Analysis Technique", "Veri Analizi Tekniği",
        "A way of examining data to understand its distributions, groups and relations before building features from it.",
        "Öznitelik üretmeden önce verinin dağılımlarını, gruplarını ve ilişkilerini anlamak için onu inceleme yolu."),
    "DescriptiveStatistic": (("AnalysisTechnique",), "Descriptive Statistic", "Betimsel İstatistik",
        "A number that summarises a column or a pair of columns, such as its mean, its spread or its correlation with another.",
        "Bir sütunu ya da bir sütun çiftini özetleyen sayı; örneğin ortalaması, yayılımı ya da bir başkasıyla korelasyonu."),
    "FeatureTransformationTechnique": (("Technique",), "Feature Transformation Technique", "Öznitelik Dönüştürme Tekniği",
        "A technique that maps the values of existing features to new values, for example to change their scale, shape or encoding, without adding information from outside.",
        "Mevcut özniteliklerin değerlerini, örneğin ölçeklerini, biçimlerini ya da kodlamalarını değiştirmek için yeni değerlere eşleyen, dışarıdan bilgi eklemeyen teknik."),
    "Scaler": (("FeatureTransformationTechnique",), "Scaler", "Ölçekleyici",
        "A transformation that shifts and stretches numeric features so that they share a comparable range, leaving the order of values unchanged.",
        "Sayısal öznitelikleri, değerlerin sırasını değiştirmeden, karşılaştırılabilir bir aralığı paylaşacak biçimde kaydıran ve genişleten dönüşüm."),
    "Encoder": (("FeatureTransformationTechnique",), "Encoder", "Kodlayıcı",
        "A transformation that turns categorical values into numbers a learning algorithm can use.",
        "Kategorik değerleri bir öğrenme algoritmasının kullanabileceği sayılara çeviren dönüşüm."),
    "FeatureGenerationTechnique": (("Technique",), "Feature Generation Technique", "Öznitelik Üretme Tekniği",
        "A technique that builds new features from existing ones, for instance by combining, multiplying or aggregating them.",
        "Mevcut özniteliklerden, örneğin onları birleştirerek, çarparak ya da toplulaştırarak yeni öznitelikler oluşturan teknik."),
    "FeatureExtractionTechnique": (("Technique",), "Feature Extraction Technique", "Öznitelik Çıkarma Tekniği",
        "A technique that derives numeric features from raw material such as text, images, sound or a fitted model's structure.",
        "Metin, görüntü, ses ya da eğitilmiş bir modelin yapısı gibi ham malzemeden sayısal öznitelikler türeten teknik."),
    "AlgorithmSelectionMethod": (("Technique",), "Algorithm Selection Method", "Algoritma Seçme Yöntemi",
        "A way of deciding which learning algorithm to try on a problem, from rules and expert judgement to experiments and meta-learning.",
        "Bir problemde hangi öğrenme algoritmasının deneneceğine karar verme yolu; kurallardan ve uzman yargısından deneylere ve meta-öğrenmeye kadar."),
    "FeatureSelectionMethod": (("Technique",), "Feature Selection Method", "Öznitelik Seçme Yöntemi",
        "A technique that keeps a subset of the features, judged by a statistic, by a model's performance, or by the model's own weights.",
        "Özniteliklerin bir alt kümesini, bir istatistiğe, bir modelin başarımına ya da modelin kendi ağırlıklarına göre tutan teknik."),
    "TrainingTechnique": (("Technique",), "Training Technique", "Eğitim Tekniği",
        "A technique used while fitting a model to data, such as a way of computing gradients, an optimiser or a way of spreading the work over machines.",
        "Bir modeli veriye uydururken kullanılan teknik; örneğin gradyanları hesaplama yolu, bir eniyileyici ya da işi makinelere dağıtma yolu."),
    "ValidationTechnique": (("Technique",), "Validation Technique", "Doğrulama Tekniği",
        "A scheme for estimating how well a model will do on unseen data by holding part of the data out of training, once or in turns.",
        "Verinin bir kısmını bir kez ya da sırayla eğitimin dışında tutarak bir modelin görmediği veride ne kadar iyi olacağını kestirme düzeni."),
    "TuningTechnique": (("Technique",), "Hyperparameter Tuning Technique", "Hiperparametre Ayarlama Tekniği",
        "A strategy for searching the settings of a learning algorithm that are fixed before training, comparing candidates by validation.",
        "Bir öğrenme algoritmasının eğitimden önce sabitlenen ayarlarını, adayları doğrulamayla karşılaştırarak arama stratejisi."),
    "DeploymentTechnique": (("Technique",), "Deployment Technique", "Dağıtım Tekniği",
        "A way of putting a trained model into use and keeping it running, such as packaging it in a container or releasing it to a few users first.",
        "Eğitilmiş bir modeli kullanıma sokma ve çalışır tutma yolu; örneğin onu bir konteynerde paketlemek ya da önce birkaç kullanıcıya açmak."),
    "ExplanationMethod": (("Technique",), "Explanation Method", "Açıklama Yöntemi",
        "A tool that shows why a fitted model predicts what it does, for instance how much each feature matters or how the prediction changes with it.",
        "Eğitilmiş bir modelin neden öyle tahmin ettiğini gösteren araç; örneğin her özniteliğin ne kadar önemli olduğunu ya da tahminin onunla nasıl değiştiğini."),
    "ModelQuality": ((), "Model Quality", "Model Niteliği",
        "A property by which one model is told apart from another apart from its score, such as how well people can follow its reasoning.",
        "Bir modeli skoru dışında bir başkasından ayıran özellik; örneğin insanların akıl yürütmesini ne kadar izleyebildiği."),
    "Problem": ((), "Problem", "Sorun",
        "Something that goes wrong in data or models and that the workflow watches for, such as overfitting, leakage or drift; techniques remedy it.",
        "Veride ya da modellerde ters gidebilen ve iş akışının gözettiği bir şey; örneğin aşırı öğrenme, sızıntı ya da kayma. Teknikler onu giderir."),
    "LearningType": ((), "Learning Type", "Öğrenme Türü",
        "A broad kind of machine learning, told apart by what the examples come with (answers, none, a few, or rewards) or by the family of models used.",
        "Örneklerin neyle geldiğine (yanıtlarla, yanıtsız, az sayıda yanıtla ya da ödüllerle) ya da kullanılan model ailesine göre ayrılan geniş makine öğrenmesi türü."),
    "GoalType": ((), "Goal Type", "Hedef Türü",
        "What a project's goal serves: a business need, a research question, or both.",
        "Bir projenin hedefinin neye hizmet ettiği: bir iş ihtiyacına, bir araştırma sorusuna ya da ikisine birden."),
    "GoalConsideration": ((), "Goal Consideration", "Hedef Hususu",
        "A matter to settle while stating a project's goal, such as how success is measured, whether the project is feasible, or what ethics require.",
        "Bir projenin hedefi belirlenirken karara bağlanacak konu; örneğin başarının nasıl ölçüleceği, projenin yapılabilir olup olmadığı ya da etiğin ne gerektirdiği."),
    "ModelComponent": ((), "Model Component", "Model Bileşeni",
        "A part of a model or of its training set-up, such as a network layer, an activation function, a loss function or a learnable parameter.",
        "Bir modelin ya da eğitim düzeninin parçası; örneğin bir ağ katmanı, bir aktivasyon fonksiyonu, bir kayıp fonksiyonu ya da öğrenilebilir bir parametre."),
    "Infrastructure": ((), "Infrastructure", "Altyapı",
        "The systems a deployed model runs on and is kept in, such as a production environment or a model registry.",
        "Devreye alınmış bir modelin üzerinde çalıştığı ve saklandığı sistemler; örneğin bir üretim ortamı ya da bir model kayıt deposu."),
    "ModellingPrinciple": ((), "Modelling Principle", "Modelleme İlkesi",
        "A general insight about learning from data that guides choices across steps, such as the trade-off between bias and variance.",
        "Adımlar boyunca seçimlere yön veren, veriden öğrenmeye ilişkin genel bir kavrayış; örneğin yanlılık ile varyans arasındaki ödünleşim."),
    "ClassificationMetric": (("EvaluationMetric",), "Classification Metric", "Sınıflandırma Ölçütü",
        "A metric that scores predicted classes or class probabilities against the true classes.",
        "Tahmin edilen sınıfları ya da sınıf olasılıklarını gerçek sınıflarla karşılaştırarak puanlayan ölçüt."),
    "RegressionMetric": (("EvaluationMetric",), "Regression Metric", "Regresyon Ölçütü",
        "A metric that scores predicted numbers against the true numbers, by the size of the errors or the share of variance explained.",
        "Tahmin edilen sayıları gerçek sayılarla, hataların büyüklüğüne ya da açıklanan varyans payına göre karşılaştıran ölçüt."),
    "ClusteringMetric": (("EvaluationMetric",), "Clustering Metric", "Kümeleme Ölçütü",
        "A metric that judges a grouping of the data, by how compact and separate the clusters are or by agreement with known groups.",
        "Verinin bir gruplamasını, kümelerin ne kadar sıkı ve ayrık olduğuna ya da bilinen gruplarla uyuşmasına göre değerlendiren ölçüt."),
    "DimensionalityReductionMetric": (("EvaluationMetric",), "Dimensionality Reduction Metric", "Boyut İndirgeme Ölçütü",
        "A metric that judges how much of the data's structure a lower-dimensional representation keeps.",
        "Daha az boyutlu bir gösterimin verinin yapısının ne kadarını koruduğunu değerlendiren ölçüt."),
}
# Kinds that are tops of their own tree and pairwise disjoint.
TOP_KINDS = ("WorkflowProcess", "Technique", "Algorithm", "EvaluationMetric",
             "DataCharacteristic", "Problem", "LearningTask", "LearningType", "GoalType",
             "GoalConsideration", "ModelComponent", "Infrastructure", "ModellingPrinciple",
             "ModelQuality", "WorkflowMethodology", "Question")

# Is-a parents where the old parents were stages or steps (or not kinds of the thing).
KINDS = {
    # kinds that used to hang under a stage or step
    "WorkflowStage": ["WorkflowProcess"], "Question": [], "WorkflowMethodology": [],
    "DataCharacteristic": [], "DataStructure": ["DataCharacteristic"],
    "DataType": ["DataCharacteristic"], "Algorithm": [], "EvaluationMetric": [],
    # one is-a parent each (the outline keeps Data Type as their second broader)
    "ImageData": ["UnstructuredData"], "SoundData": ["UnstructuredData"],
    "TextData": ["UnstructuredData"],
    "LearningTask": [], "StatisticalTest": ["Technique"], "EnsembleMethod": ["Technique"],
    "Regularization": ["Technique"], "Explainability": ["ModelQuality"],
    "PartialDependence": ["ExplanationMethod"], "PermutationImportance": ["ExplanationMethod"],
    # Goal
    "Business": ["GoalType"], "Research": ["GoalType"], "Hybrid": ["GoalType"],
    "CustomerObsession": ["GoalConsideration"], "Feasibility": ["GoalConsideration"],
    "KPI": ["GoalConsideration"], "ROI": ["GoalConsideration"],
    "ResearchDesign": ["GoalConsideration"], "EthicalConsiderations": ["GoalConsideration"],
    "ValidityAndReliability": ["GoalConsideration"], "Dissemination": ["GoalConsideration"],
    "InterpretabilityRequirement": ["GoalConsideration"],
    # Learning
    "SupervisedLearning": ["LearningType"], "UnsupervisedLearning": ["LearningType"],
    "SemiSupervisedLearning": ["LearningType"], "SelfSupervisedLearning": ["LearningType"],
    "ReinforcementLearning": ["LearningType"], "DeepLearning": ["LearningType"],
    "Classification": ["LearningTask"], "Regression": ["LearningTask"],
    "Clustering": ["LearningTask"], "DimensionalityReduction": ["LearningTask"],
    "AnomalyDetection": ["LearningTask"], "SequentialDecisionMaking": ["LearningTask"],
    # Data
    "DataAugmentation": ["Technique"], "Sampling": ["DataCollectionTechnique"],
    "DataMining": ["DataCollectionTechnique"], "SamplingBias": ["Problem"],
    "Schema": ["Technique"],
    "CategoricBalance": ["BalancingTechnique"], "NumericBalance": ["BalancingTechnique"],
    "TargetBalance": ["BalancingTechnique"], "ClassWeighting": ["BalancingTechnique"],
    "Oversampling": ["BalancingTechnique"], "Undersampling": ["BalancingTechnique"],
    # Data process
    "Anomaly": ["Problem"], "OutlierTreatment": ["Technique"],
    "Deletion": ["MissingDataTechnique"], "MissingIndicator": ["MissingDataTechnique"],
    "MeanImputation": ["ImputationTechnique"], "MedianImputation": ["ImputationTechnique"],
    "ModeImputation": ["ImputationTechnique"], "MultipleImputation": ["ImputationTechnique"],
    "ModelBasedImputation": ["ImputationTechnique"],
    "Distribution": ["AnalysisTechnique"], "Relation": ["AnalysisTechnique"],
    "Grouping": ["AnalysisTechnique"], "Mean": ["DescriptiveStatistic"],
    "Variance": ["DescriptiveStatistic"], "StandardDeviation": ["DescriptiveStatistic"],
    "Correlation": ["DescriptiveStatistic"],
    # Feature engineering
    "Intuition": ["FeatureGenerationTechnique"], "ANOVA": ["StatisticalTest"],
    "Normalization": ["FeatureTransformationTechnique"],
    "Standardization": ["Scaler"], "StandardScaler": ["Standardization"],
    "MinMaxScaler": ["Scaler"], "MaxAbsScaler": ["Scaler"], "RobustScaler": ["Scaler"],
    "PowerTransform": ["FeatureTransformationTechnique"],
    "LogarithmicTransformation": ["FeatureTransformationTechnique"],
    "BoxCoxTransformation": ["FeatureTransformationTechnique"],
    "QuantileTransformation": ["FeatureTransformationTechnique"],
    "Binning": ["FeatureTransformationTechnique"],
    "OneHotEncoding": ["Encoder"], "OrdinalEncoding": ["Encoder"],
    "TargetEncoding": ["Encoder"], "FeatureHashing": ["Encoder"],
    "InteractionTerm": ["FeatureGenerationTechnique"],
    "PolynomialExpansion": ["FeatureGenerationTechnique"],
    "QuadraticFeatures": ["PolynomialExpansion"],
    "RadialBasisFunction": ["FeatureGenerationTechnique"],
    "Combining": ["FeatureGenerationTechnique"], "Multiplying": ["FeatureGenerationTechnique"],
    "VariableToVariable": ["FeatureGenerationTechnique"],
    "Aggregation": ["FeatureGenerationTechnique"],
    "ImageBasedFeatures": ["FeatureExtractionTechnique"],
    "SoundBasedFeatures": ["FeatureExtractionTechnique"],
    "TreePathFeatures": ["FeatureExtractionTechnique"],
    "TextBasedFeatures": ["FeatureExtractionTechnique"],
    # Model development
    "RuleBasedMethod": ["AlgorithmSelectionMethod"], "ExpertKnowledge": ["AlgorithmSelectionMethod"],
    "EmpiricalEvaluation": ["AlgorithmSelectionMethod"], "MetaLearning": ["AlgorithmSelectionMethod"],
    "FilterMethod": ["FeatureSelectionMethod"], "WrapperMethod": ["FeatureSelectionMethod"],
    "EmbeddedMethod": ["FeatureSelectionMethod"], "ChiSquaredTest": ["StatisticalTest"],
    "DataParallelism": ["TrainingTechnique"], "ModelParallelism": ["TrainingTechnique"],
    "Propagation": ["TrainingTechnique"], "GradientDescent": ["TrainingTechnique"],
    "Adam": ["GradientDescent"], "TransferLearning": ["TrainingTechnique"],
    "Holdout": ["ValidationTechnique"], "KFoldCrossValidation": ["ValidationTechnique"],
    "StratifiedKFoldCrossValidation": ["KFoldCrossValidation"],
    "LeaveOneOutCrossValidation": ["ValidationTechnique"],
    "TimeSeriesCrossValidation": ["ValidationTechnique"],
    "NestedCrossValidation": ["ValidationTechnique"],
    "MonteCarloCrossValidation": ["ValidationTechnique"], "Shuffling": ["Technique"],
    "BootstrapAggregating": ["EnsembleMethod"],
    "GridSearch": ["TuningTechnique"], "RandomSearch": ["TuningTechnique"],
    "BayesianOptimization": ["TuningTechnique"], "SuccessiveHalving": ["TuningTechnique"],
    "Layer": ["ModelComponent"], "ActivationFunction": ["ModelComponent"],
    "LossFunction": ["ModelComponent"], "LearningParameter": ["ModelComponent"],
    "Overfitting": ["Problem"], "Underfitting": ["Problem"], "Leakage": ["Problem"],
    "BiasVarianceTradeoff": ["ModellingPrinciple"], "ProbabilityCalibration": ["Technique"],
    "Pipeline": ["Technique"],
    # Deployment and maintenance
    "ProductionEnvironment": ["Infrastructure"], "ModelRegistry": ["Infrastructure"],
    "Serving": ["DeploymentTechnique"], "Containerization": ["DeploymentTechnique"],
    "Orchestration": ["DeploymentTechnique"], "AutoScaling": ["DeploymentTechnique"],
    "ABTesting": ["DeploymentTechnique"], "CanaryRelease": ["DeploymentTechnique"],
    "ShadowDeployment": ["DeploymentTechnique"], "BatchInference": ["DeploymentTechnique"],
    "OnlineInference": ["DeploymentTechnique"],
    "Drift": ["Problem"], "AdversarialAttack": ["Problem"],
}
# Steps in order of the outline; each is a WorkflowStep whatever its old parents.
for _step in STEPS:
    KINDS.setdefault(_step, ["WorkflowStep"])
for _stage in STAGES:
    KINDS.setdefault(_stage, ["WorkflowStage"])

# Concepts that belong to more than one step (or to another step than their outline
# parent): name -> the processes they are used or considered in.
PLACES = {
    "ChiSquaredTest": ["FeatureSelection", "DataAnalysis"],
    "ANOVA": ["FeatureEngineering", "FeatureSelection", "DataAnalysis"],
    "MutualInformation": ["FeatureSelection", "DataAnalysis"],
    "Correlation": ["DataAnalysis", "FeatureSelection"],
    "PolynomialExpansion": ["Transformation", "FeatureGeneration"],
    "QuadraticFeatures": ["Transformation", "FeatureGeneration"],
    "InteractionTerm": ["Transformation", "FeatureGeneration"],
    "RadialBasisFunction": ["Transformation", "FeatureGeneration"],
    "Regularization": ["Training", "Evaluation"],
    "EarlyStopping": ["Training"], "Dropout": ["Training"], "L2Regularization": ["Training"],
    "EnsembleMethod": ["Optimization", "Training"],
    "StratifiedKFoldCrossValidation": ["Validation", "ParameterTuning"],
    "KFoldCrossValidation": ["Validation", "ParameterTuning"],
    "Pipeline": ["ModelDevelopment", "Validation"],
    "Overfitting": ["Evaluation"], "Underfitting": ["Evaluation"],
    "ModelRegistry": ["Versioning", "Persistence"],
}
# Algorithms (and their families) are used where one chooses and trains them.
ALGORITHM_PLACES = ["AlgorithmSelection", "Training"]
# Kinds whose members are not "used": problems and descriptions are considered in a step.
CONSIDERED = {"Problem", "DataCharacteristic", "LearningTask", "LearningType", "GoalType",
              "GoalConsideration", "ModellingPrinciple", "ModelQuality"}
METRIC_KIND = {"Classification": "ClassificationMetric", "Regression": "RegressionMetric",
               "Forecasting": "RegressionMetric", "Clustering": "ClusteringMetric",
               "DimensionalityReduction": "DimensionalityReductionMetric"}

PROPERTIES = '''
mlwf:inWorkflowPlace a owl:ObjectProperty ;
    rdfs:range mlwf:WorkflowProcess ;
    rdfs:label "in workflow place"@en , "iş akışındaki yeri"@tr ;
    skos:definition "Relates a concept to a stage or step of the workflow where it has its place; a concept may have its place in several steps. Its three sub-properties say how: a step is part of, a technique is used in, a problem is considered in."@en ,
        "Bir kavramı, iş akışında yerinin bulunduğu bir aşama ya da adımla ilişkilendirir; bir kavramın birkaç adımda yeri olabilir. Üç alt özelliği bunun nasıl olduğunu söyler: bir adım bir şeyin parçasıdır, bir teknik bir yerde kullanılır, bir sorun bir yerde göz önüne alınır."@tr .

mlwf:partOf a owl:ObjectProperty , owl:TransitiveProperty ;
    rdfs:subPropertyOf mlwf:inWorkflowPlace ;
    rdfs:domain mlwf:WorkflowProcess ;
    rdfs:range mlwf:WorkflowProcess ;
    rdfs:label "part of"@en , "parçasıdır"@tr ;
    skos:definition "Relates a step to the stage or larger step it is part of."@en ,
        "Bir adımı, parçası olduğu aşama ya da daha büyük adımla ilişkilendirir."@tr .

mlwf:usedIn a owl:ObjectProperty ;
    rdfs:subPropertyOf mlwf:inWorkflowPlace ;
    rdfs:range mlwf:WorkflowProcess ;
    rdfs:label "used in"@en , "kullanıldığı yer"@tr ;
    skos:definition "Relates a technique, algorithm, metric or other means to a stage or step in which it is used; one technique may be used in several steps."@en ,
        "Bir tekniği, algoritmayı, ölçütü ya da başka bir aracı, kullanıldığı aşama ya da adımla ilişkilendirir; bir teknik birkaç adımda kullanılabilir."@tr .

mlwf:consideredIn a owl:ObjectProperty ;
    rdfs:subPropertyOf mlwf:inWorkflowPlace ;
    rdfs:range mlwf:WorkflowProcess ;
    rdfs:label "considered in"@en , "göz önüne alındığı yer"@tr ;
    skos:definition "Relates a problem, a data characteristic, a learning task or another matter to a stage or step in which it is looked at or decided on."@en ,
        "Bir sorunu, bir veri özelliğini, bir öğrenme görevini ya da başka bir konuyu, incelendiği ya da karara bağlandığı aşama veya adımla ilişkilendirir."@tr .
'''

ANNOTATIONS = '''
skos:ConceptScheme a owl:Class .
skos:broader a owl:AnnotationProperty .
skos:inScheme a owl:AnnotationProperty .
skos:hasTopConcept a owl:AnnotationProperty .
skos:prefLabel a owl:AnnotationProperty .
owl:deprecated a owl:AnnotationProperty .
dcterms:isReplacedBy a owl:AnnotationProperty .

mlwf:askedIn a owl:AnnotationProperty ;
    rdfs:label "asked in"@en , "sorulduğu aşama"@tr ;
    skos:definition "The stage of the workflow in which a guided question is asked; its value is one of the stage classes."@en ,
        "Yönlendirmeli bir sorunun iş akışının hangi aşamasında sorulduğu; değeri aşama sınıflarından biridir."@tr .

mlwf:WorkflowOutline a owl:NamedIndividual , skos:ConceptScheme ;
    rdfs:label "Workflow Outline"@en , "İş Akışı Taslağı"@tr ;
    skos:prefLabel "Workflow Outline"@en , "İş Akışı Taslağı"@tr ;
    skos:hasTopConcept mlwf:Goal , mlwf:Learning , mlwf:Data , mlwf:DataProcess ,
        mlwf:FeatureEngineering , mlwf:Model , mlwf:GoalEvaluation , mlwf:WorkflowMethodology ;
    skos:definition "The seed's outline of the workflow, from the goal to goal evaluation, as a concept scheme: each concept points with skos:broader to the one it is listed under. It is a reading order for people, not an is-a hierarchy."@en ,
        "Tohum metnin hedeften hedef değerlendirmesine uzanan iş akışı taslağı, bir kavram şeması olarak: her kavram skos:broader ile altında listelendiği kavramı gösterir. İnsanlar için bir okuma sırasıdır, bir tür-alt tür hiyerarşisi değildir."@tr'''

OLD_STAGE_PROPERTY = '''
mlwf:stage a owl:AnnotationProperty ;
    rdfs:label "obsolete stage"@en , "kullanım dışı aşama"@tr ;
    skos:definition "Formerly the workflow stage a concept belonged to. Deprecated: a concept's place is now a relation (part of, used in, considered in) and may be several steps; a question's stage is mlwf:askedIn."@en ,
        "Eskiden bir kavramın ait olduğu iş akışı aşaması. Kullanımdan kalktı: bir kavramın yeri artık bir ilişkidir (parçasıdır, kullanıldığı yer, göz önüne alındığı yer) ve birkaç adım olabilir; bir sorunun aşaması mlwf:askedIn ile verilir."@tr ;
    owl:deprecated true ;
    dcterms:isReplacedBy mlwf:inWorkflowPlace .'''

RESTRICTION = re.compile(r"\[ a owl:Restriction ; owl:onProperty mlwf:(\w+) ; "
                         r"owl:someValuesFrom mlwf:(\w+) \]")
PLACE_PROPS = ("partOf", "usedIn", "consideredIn")


def local(node) -> str:
    return str(node)[len(NS):]


def lit(value: Literal) -> str:
    return value.n3()


SKLEARN_PARAMETERS = '''
mlwf:sklearnParameters a owl:AnnotationProperty ;
    rdfs:label "scikit-learn parameters"@en , "scikit-learn parametreleri"@tr ;
    skos:definition "The constructor arguments that make the scikit-learn class of a concept implement it, written as Python keyword arguments (strategy='median'); a dotted name as a value (func=numpy.log1p) names an importable function."@en ,
        "Bir kavramın scikit-learn sınıfının onu gerçekleştirmesi için gereken yapıcı argümanları, Python anahtar sözcüklü argümanları olarak yazılır (strategy='median'); değer olarak noktalı bir ad (func=numpy.log1p) içe aktarılabilir bir fonksiyonu adlandırır."@tr .'''
SKLEARN_CLASS_DEFINITION = (
    '    skos:definition "The importable dotted path of the scikit-learn class or function that implements a technique or algorithm, and nothing else; the settings that make a more general class implement it are in mlwf:sklearnParameters."@en ,\n'
    '        "Bir tekniği ya da algoritmayı gerçekleştiren scikit-learn sınıfının veya fonksiyonunun içe aktarılabilir noktalı yolu, başka bir şey değil; daha genel bir sınıfı onu gerçekleştirir kılan ayarlar mlwf:sklearnParameters içindedir."@tr .')


def split_sklearn_calls(text: str) -> str:
    """``mlwf:sklearnClass "a.B(x=1)"`` becomes the path alone plus ``mlwf:sklearnParameters "x=1"``."""
    text = re.sub(r'^(    )mlwf:sklearnClass "([\w.]+)\((.*)\)" ([;.])$',
                  lambda m: f'{m.group(1)}mlwf:sklearnClass "{m.group(2)}" ;\n'
                            f'{m.group(1)}mlwf:sklearnParameters "{m.group(3)}" {m.group(4)}',
                  text, flags=re.M)
    if "mlwf:sklearnParameters a owl:AnnotationProperty" not in text:
        head = "mlwf:sklearnClass a owl:AnnotationProperty ;"
        start = text.index(head)
        end = text.index(" .\n", start) + 3
        block = text[start:end]
        block = block[:block.index("    skos:definition")] + SKLEARN_CLASS_DEFINITION + "\n"
        text = text[:start] + block + "\n" + SKLEARN_PARAMETERS.strip() + "\n" + text[end:]
    return text


class Rewriter:
    def __init__(self, text: str):
        # Split "path(args)" first, so the graph the blocks are rewritten from has it split.
        text = self.text = split_sklearn_calls(text)
        self.prefixes = "\n".join(line for line in text.splitlines()
                                  if line.startswith("@prefix"))
        self.graph = Graph().parse(data=text, format="turtle")
        g = self.graph
        self.old = {local(s) for s in g.subjects(URIRef(NS + "stage"), None)
                    if (s, RDF.type, OWL.Class) in g}
        # The outline: skos:broader where written, the old named parents otherwise.
        self.outline: dict[str, list[str]] = {}
        for s in g.subjects(RDF.type, OWL.Class):
            if not str(s).startswith(NS):
                continue
            name = local(s)
            if name in STAGES or name in ("WorkflowStage", "Question"):
                self.outline[name] = []     # tops of the outline, or outside it
            elif name in self.old:
                self.outline[name] = sorted(local(o) for o in g.objects(s, RDFS.subClassOf)
                                            if isinstance(o, URIRef))
            else:
                self.outline[name] = sorted(local(o) for o in g.objects(s, SKOS.broader))

    def outline_ancestors(self, name: str) -> list[str]:
        seen, todo = [], list(self.outline.get(name, []))
        while todo:
            n = todo.pop(0)
            if n not in seen:
                seen.append(n)
                todo.extend(self.outline.get(n, []))
        return seen

    def is_algorithm(self, name: str) -> bool:
        return name == "Algorithm" or "Algorithm" in self.outline_ancestors(name)

    def kinds_of(self, name: str, restrictions: list[tuple[str, str]]) -> list[str]:
        if name in KINDS:
            return KINDS[name]
        if any(p == "evaluates" for p, _ in restrictions) and "EvaluationMetric" in self.outline.get(name, []):
            targets = [METRIC_KIND[t] for p, t in restrictions if p == "evaluates" and t in METRIC_KIND]
            return sorted(set(targets[:1])) or ["EvaluationMetric"]
        parents = [p for p in self.outline.get(name, []) if p not in PROCESSES]
        if self.is_algorithm(name):
            # Algorithm families only: Ensemble Method is a technique, not an algorithm kind.
            parents = [p for p in parents if self.is_algorithm(p)]
        if not parents:
            sys.exit(f"{name}: its outline parents {self.outline.get(name)} are stages or "
                     "steps; say in KINDS (tools/ontology_taxonomy.py) what kind it is")
        return parents

    def places_of(self, name: str) -> list[str]:
        if name in STAGES:
            return []
        if name in PLACES:
            return PLACES[name]
        if self.is_algorithm(name):
            return ALGORITHM_PLACES
        for ancestor in self.outline_ancestors(name):
            if ancestor in PROCESSES:
                return [ancestor]
        return []

    def supers(self, name: str) -> list[str]:
        """The is-a parents of a class, old-style or new."""
        if name in NEW_KINDS:
            return list(NEW_KINDS[name][0])
        if name in self.old:
            return self.kinds_of(name, [])
        return [local(o) for o in self.graph.objects(URIRef(NS + name), RDFS.subClassOf)
                if isinstance(o, URIRef)]

    def place_property(self, name: str, kinds: list[str]) -> str:
        if name in PROCESSES:
            return "partOf"
        tops, todo = {name}, list(kinds)
        while todo:
            k = todo.pop()
            if k not in tops:
                tops.add(k)
                todo.extend(self.supers(k))
        return "consideredIn" if tops & CONSIDERED else "usedIn"

    # -- writing ---------------------------------------------------------------------

    def class_block(self, block: str, name: str) -> str:
        g, s = self.graph, URIRef(NS + name)
        restrictions = [(p, t) for p, t in RESTRICTION.findall(block) if p not in PLACE_PROPS]
        kinds = self.kinds_of(name, restrictions)
        places = self.places_of(name)
        prop = self.place_property(name, kinds)
        restrictions += [(prop, p) for p in places]
        lines = [f"mlwf:{name} a owl:Class ;"]
        supers = [f"mlwf:{k}" for k in kinds]
        rest = [f"[ a owl:Restriction ; owl:onProperty mlwf:{p} ; owl:someValuesFrom mlwf:{t} ]"
                for p, t in restrictions]
        if supers or rest:
            items = ([" , ".join(supers)] if supers else []) + rest
            lines.append("    rdfs:subClassOf " + " ,\n        ".join(items) + " ;")
        order = re.findall(r"^    ([a-zA-Z]+:[A-Za-z]+) ", block, re.M)
        order = [p for p in dict.fromkeys(order) if p not in ("rdfs:subClassOf", "mlwf:stage")]
        for pred in order:
            iri = self.graph.namespace_manager.expand_curie(pred)
            values = sorted(g.objects(s, iri), key=lambda v: ({"en": 0, "tr": 1}.get(
                getattr(v, "language", None), 2), str(v)))
            if pred in ("rdfs:label", "skos:altLabel"):
                lines.append(f"    {pred} " + " , ".join(self.term(v) for v in values) + " ;")
            else:
                lines.append(f"    {pred} " + " ,\n        ".join(self.term(v) for v in values) + " ;")
        broader = self.outline.get(name, [])
        if broader:
            lines.append("    skos:broader " + " , ".join(f"mlwf:{b}" for b in broader) + " ;")
        if broader or name in STAGES or name == "WorkflowMethodology" and not broader:
            lines.append("    skos:inScheme mlwf:WorkflowOutline ;")
        lines[-1] = lines[-1][:-2] + " ."
        return "\n".join(lines)

    def term(self, v) -> str:
        if isinstance(v, URIRef):
            return v.n3(self.graph.namespace_manager)
        return lit(v)

    def new_kind_block(self, name: str) -> str:
        parents, en, tr, den, dtr = NEW_KINDS[name]
        lines = [f"mlwf:{name} a owl:Class ;"]
        if parents:
            lines.append("    rdfs:subClassOf " + " , ".join(f"mlwf:{p}" for p in parents) + " ;")
        lines.append(f"    rdfs:label {Literal(en, lang='en').n3()} , {Literal(tr, lang='tr').n3()} ;")
        lines.append(f"    skos:definition {Literal(den, lang='en').n3()} ,\n        {Literal(dtr, lang='tr').n3()} .")
        if "EvaluationMetric" in parents:
            lines[-1] = lines[-1][:-2] + " ;"
            lines.append('    mlwf:notRecommendedBecause "a kind of metric; the rules recommend its members"@en .')
        return "\n".join(lines)

    def run(self) -> str:
        text = self.text
        out = []
        for block in re.split(r"\n\n+", text):
            head = re.match(r"((?:#.*\n)*)mlwf:(\w+) a (owl:Class|owl:NamedIndividual , mlwf:Question) ;", block + "\n")
            if head and head.group(3) == "owl:Class" and head.group(2) in self.old:
                out.append(head.group(1) + self.class_block(block[len(head.group(1)):], head.group(2)))
            elif head and head.group(3) != "owl:Class":
                out.append(block.replace("mlwf:stage mlwf:", "mlwf:askedIn mlwf:"))
            elif block.lstrip().startswith("mlwf:stage a owl:AnnotationProperty"):
                out.append(OLD_STAGE_PROPERTY.strip())
            elif re.match(r"mlwf:\w+ a owl:(Object|Datatype|Annotation)Property", block):
                out.append(re.sub(r" ;\n    mlwf:stage mlwf:WorkflowStage \.$", " .", block))
            else:
                out.append(block)
        text = "\n\n".join(out) + ("\n" if not out[-1].endswith("\n") else "")
        if "mlwf:inWorkflowPlace a owl:ObjectProperty" not in text:
            anchor = "# ---------------------------------------------------------------- the stages and their order"
            text = text.replace(anchor, PROPERTIES.strip() + "\n\n" + anchor)
        if "mlwf:askedIn a owl:AnnotationProperty" not in text:
            anchor = "# ---------------------------------------------------------------- datatype properties (questions)"
            text = text.replace(anchor, ANNOTATIONS.strip() + " .\n\n" + anchor)
        if "# ---------------------------------------------------------------- kinds" not in text:
            anchor = "# ---------------------------------------------------------------- the stages and their order"
            kinds = "\n\n".join(self.new_kind_block(k) for k in NEW_KINDS)
            members = " ".join(f"mlwf:{k}" for k in TOP_KINDS)
            disjoint = (f"[ a owl:AllDisjointClasses ;\n  owl:members ( {members} ) ] .\n\n"
                        "[ a owl:AllDisjointClasses ;\n  owl:members ( mlwf:WorkflowStage mlwf:WorkflowStep ) ] .")
            text = text.replace(anchor, "# ---------------------------------------------------------------- kinds\n"
                                "# is-a trees: every class below is a kind of one of these tops, which are\n"
                                "# pairwise disjoint, so a reasoner tells at once when a concept is filed\n"
                                "# under the wrong kind.\n\n" + kinds + "\n\n" + disjoint + "\n\n" + anchor)
        return text


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else TTL
    text = path.read_text(encoding="utf-8")
    new = Rewriter(text).run()
    Graph().parse(data=new, format="turtle")   # refuse to write what does not parse
    if new != text:
        path.write_text(new, encoding="utf-8")
        print(f"rewrote {path}")
    else:
        print("nothing to change")


if __name__ == "__main__":
    main()
