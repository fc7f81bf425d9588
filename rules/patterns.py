"""experta fact classes: one class per fact name, so rules read ``Task("classification")``.

A class per name (rather than one generic name/value fact) also lets experta's alpha
network route each declared fact by its type first, which keeps a consultation fast.
Stated and derived facts share a class: a rule does not care whether ``Task`` came from
the person or from another rule, while the engine remembers which it was.
"""
from __future__ import annotations

from mlwf.rules.experta_compat import Fact


class Stated(Fact):
    """Base of the facts of the vocabulary; ``fact_name`` links a class to its name."""
    fact_name = ""

    @property
    def value(self):
        return self[0]


def _fact(class_name: str, fact_name: str) -> type[Stated]:
    return type(class_name, (Stated,), {"fact_name": fact_name, "__doc__": f"The fact '{fact_name}'."})


Goal = _fact("Goal", "goal")
GoalType = _fact("GoalType", "goal_type")
LearningType = _fact("LearningType", "learning_type")
Task = _fact("Task", "task")
HasData = _fact("HasData", "has_data")
Labeled = _fact("Labeled", "labeled")
DataStructure = _fact("DataStructure", "data_structure")
Modality = _fact("Modality", "modality")
NSamples = _fact("NSamples", "n_samples")
NFeatures = _fact("NFeatures", "n_features")
FeatureType = _fact("FeatureType", "feature_types")     # one fact per listed type
TargetType = _fact("TargetType", "target_type")
NClasses = _fact("NClasses", "n_classes")
ClassBalance = _fact("ClassBalance", "class_balance")
MinorityShare = _fact("MinorityShare", "minority_share")
CategoriesKnown = _fact("CategoriesKnown", "n_categories_known")
MissingRatio = _fact("MissingRatio", "missing_ratio")
HasOutliers = _fact("HasOutliers", "has_outliers")
Skewed = _fact("Skewed", "skewed")
TimeOrdered = _fact("TimeOrdered", "time_ordered")
TimeIndexed = _fact("TimeIndexed", "time_indexed")
HighCardinality = _fact("HighCardinality", "high_cardinality")
FewImportant = _fact("FewImportant", "few_important_features")
Unbiased = _fact("Unbiased", "unbiased")
Processing = _fact("Processing", "processing")
Interpretable = _fact("Interpretable", "interpretability_required")
Deployed = _fact("Deployed", "deployed")
DriftDetected = _fact("DriftDetected", "drift_detected")
GoalMet = _fact("GoalMet", "goal_met")

# Derived only: the size class of the data set, from n_samples, with the thresholds of
# scikit-learn's estimator chart (50, 10 000, 100 000 samples).
DataSize = _fact("DataSize", "data_size")
# The derived facts a person may see in a "because" list, with their values.
DERIVED_VALUES = {"data_size": ("tiny", "small", "medium", "large")}


def shown_names() -> list[str]:
    """Every fact name a person may be shown: the vocabulary's, then the derived ones."""
    from mlwf.rules.facts import SPECS
    return [*SPECS, *DERIVED_VALUES]


def shown_values() -> dict[str, list[str]]:
    """Every value a fact may take (or be derived to), with the facts that take it; the
    page and the command line show these by their labels."""
    from mlwf.rules.facts import SPECS
    values: dict[str, list[str]] = {}
    for spec in SPECS.values():
        for value in spec.values():
            values.setdefault(value, []).append(spec.name)
    for name, choices in DERIVED_VALUES.items():
        for value in choices:
            values.setdefault(value, []).append(name)
    return values


class Tried(Fact):
    """One entry of ``tried``: Tried(algorithm=<ontology name>, outcome=<outcome>)."""
    fact_name = "tried"

    @property
    def value(self):
        return {"algorithm": self["algorithm"], "outcome": self["outcome"]}


BY_NAME: dict[str, type[Fact]] = {
    cls.fact_name: cls for cls in Stated.__subclasses__() if cls.fact_name != "data_size"}
BY_NAME["tried"] = Tried


def to_experta(name: str, value) -> list[Fact]:
    """The experta facts that state one normalized vocabulary fact."""
    if name == "tried":
        return [Tried(algorithm=t["algorithm"], outcome=t["outcome"]) for t in value]
    if name == "feature_types":
        return [FeatureType(v) for v in value]
    return [BY_NAME[name](value)]


def one_of(*values):
    """A field constraint matching any of ``values``: ``Task(one_of("a", "b"))``.

    Prefer it to ``OR(Task("a"), Task("b"))``: experta compiles every OR branch into a
    separate rule, and each one costs time on every rule firing.
    """
    from mlwf.rules.experta_compat import P
    allowed = frozenset(values)
    return P(lambda value: value in allowed)
