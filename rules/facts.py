"""The fact vocabulary: the names a consultation accepts and the values each may take.

This is the contract of shared/DESIGN.md, extended where the workflow needs more
(``minority_share``, ``unbiased`` and the after-training facts ``deployed``,
``drift_detected``, ``goal_met``). Every entry point (API, command line, profiler) goes
through :func:`normalize_facts`, so a value is checked and coerced in one place.
"""
from __future__ import annotations

import difflib
import json
import math
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from mlwf.ontology import load as load_ontology
from mlwf.ontology.errors import InvalidInput, quote
from mlwf.ontology.i18n import Message, Number, _


class FactError(InvalidInput):
    """A fact name or value outside the vocabulary; names the fact, the value and what is allowed."""

    def __init__(self, name: str, value: Any, allowed: Message | str,
                 problem: Message | str | None = None):
        self.name, self.value, self.allowed = name, value, allowed
        problem = problem or _("{value} is not allowed", value=quote(value))
        # a vocabulary name is shown as it is; anything else is the person's input, quoted
        shown = f"'{name}'" if name in SPECS or name == "facts" else quote(name)
        super().__init__(_("fact {name}: {problem}", name=shown, problem=problem),
                         _("allowed: {allowed}", allowed=allowed))

    def __str__(self) -> str:
        return f"{self.message}; {self.detail}"


@dataclass(frozen=True)
class FactSpec:
    name: str
    kind: str                      # enum, bool, int, float, text, list, tried
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    help: str = ""

    def allowed(self) -> str:
        """What the fact accepts, in the current language."""
        return str(self.allowed_message())

    def allowed_message(self) -> Message | str:
        """What the fact accepts; the vocabulary's values themselves are not translated,
        since they are what must be sent."""
        if self.kind == "enum":
            return ", ".join(self.choices)
        if self.kind == "list":
            return _("a list of {choices}", choices=", ".join(self.choices))
        if self.kind == "bool":
            return _("true or false")
        if self.kind == "text":
            return _("a non-empty text of at most {limit} characters", limit=TEXT_LIMIT)
        if self.kind == "tried":
            # Translators: keep the doubled braces, they show as single ones.
            return _('a list of {{"algorithm": <ontology name, English or Turkish label, or '
                     'scikit-learn class>, "outcome": {outcomes}}}', outcomes=" | ".join(OUTCOMES))
        lo = Number(self.minimum or 0)   # written the language's way (0,5 in Turkish)
        if self.maximum is None:
            if self.kind == "int":
                return _("an integer >= {minimum}", minimum=lo)
            return _("a number >= {minimum}", minimum=lo)
        hi = Number(self.maximum)
        if self.kind == "int":
            return _("an integer from {minimum} to {maximum}", minimum=lo, maximum=hi)
        return _("a number from {minimum} to {maximum}", minimum=lo, maximum=hi)


OUTCOMES = ("good", "not_working", "overfitting", "underfitting")
TEXT_LIMIT = 500


def is_imbalanced(minority_share: float, n_classes: int = 2) -> bool:
    """Imbalance, the one definition the rules and the profiler share: the rarest class
    holds under 40 % of an even share (under 0.2 of the rows with two classes, under
    0.133 with three), so many-class data is not called imbalanced merely for having
    many classes."""
    return minority_share < 0.4 / max(n_classes, 2)
FEATURE_TYPES = ("nominal", "ordinal", "discrete", "continuous", "boolean", "datetime", "text")

SPECS: dict[str, FactSpec] = {s.name: s for s in (
    FactSpec("goal", "text", help="what the project should achieve, in a few words"),
    FactSpec("goal_type", "enum", ("business", "research", "hybrid")),
    FactSpec("learning_type", "enum",
             ("supervised", "semi_supervised", "self_supervised", "unsupervised", "reinforcement")),
    FactSpec("task", "enum", ("classification", "regression", "clustering",
                              "dimensionality_reduction", "anomaly_detection", "forecasting")),
    FactSpec("has_data", "bool"),
    FactSpec("labeled", "bool"),
    FactSpec("data_structure", "enum", ("structured", "semi_structured", "unstructured")),
    FactSpec("modality", "enum", ("tabular", "text", "image", "sound", "time_series")),
    FactSpec("n_samples", "int", minimum=0),
    FactSpec("n_features", "int", minimum=0),
    FactSpec("feature_types", "list", FEATURE_TYPES),
    FactSpec("target_type", "enum", ("nominal", "ordinal", "binary", "discrete", "continuous")),
    FactSpec("n_classes", "int", minimum=2),
    FactSpec("class_balance", "enum", ("balanced", "imbalanced")),
    FactSpec("minority_share", "float", minimum=0, maximum=0.5,
             help="share of the rarest class; under 40% of an even share (0.2 with two "
                  "classes) counts as imbalanced"),
    FactSpec("n_categories_known", "bool", help="clustering: is the number of clusters known"),
    FactSpec("missing_ratio", "float", minimum=0, maximum=1),
    FactSpec("has_outliers", "bool"),
    FactSpec("skewed", "bool"),
    FactSpec("time_ordered", "bool",
             help="does the row order follow time; on its own it calls for validation on "
                  "later periods, not for forecasting"),
    FactSpec("time_indexed", "bool",
             help="is the data one series: rows ordered by a datetime with one row per time "
                  "step, and the target is the series' value at that time (with a numeric "
                  "target this makes the task forecasting)"),
    FactSpec("high_cardinality", "bool"),
    FactSpec("few_important_features", "bool"),
    FactSpec("unbiased", "bool", help="was the data collected without systematic bias"),
    FactSpec("processing", "enum", ("batch", "stream", "online")),
    FactSpec("interpretability_required", "bool"),
    FactSpec("tried", "tried"),
    FactSpec("deployed", "bool"),
    FactSpec("drift_detected", "bool"),
    FactSpec("goal_met", "bool"),
)}

_TRUE = {"true", "yes", "1", "evet"}
_FALSE = {"false", "no", "0", "hayır", "hayir"}


def _as_bool(spec: FactSpec, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise FactError(spec.name, value, spec.allowed_message())


# The largest integer a JSON number (an IEEE double) carries exactly; beyond it counts
# lose their last digits, and Python's int to float conversion may overflow.
INT_LIMIT = 2 ** 53


def _as_number(spec: FactSpec, value: Any) -> int | float:
    number: Any = value
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > INT_LIMIT:
        raise FactError(spec.name, value, spec.allowed_message(),
                        _("a number of {digits} digits is beyond {limit}",
                          digits=len(str(abs(value))), limit=INT_LIMIT))
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            raise FactError(spec.name, value, spec.allowed_message()) from None
    if isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number):
        raise FactError(spec.name, value, spec.allowed_message())
    if spec.kind == "int":
        if abs(number) > INT_LIMIT:
            raise FactError(spec.name, value, spec.allowed_message(),
                            _("{value} is beyond {limit}", value="{:g}".format(number),
                              limit=INT_LIMIT))
        if float(number) != int(number):
            raise FactError(spec.name, value, spec.allowed_message())
        number = int(number)
    else:
        number = float(number)
    if (spec.minimum is not None and number < spec.minimum) or (
            spec.maximum is not None and number > spec.maximum):
        raise FactError(spec.name, value, spec.allowed_message(), _("is out of range"))
    return number


def _as_enum(spec: FactSpec, value: Any) -> str:
    if isinstance(value, str):
        token = value.strip().lower().replace("-", "_").replace(" ", "_")
        if token in spec.choices:
            return token
    raise FactError(spec.name, value, spec.allowed_message())


def _as_list(spec: FactSpec, value: Any) -> list[str]:
    items = [v for v in value.split(",")] if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)) or not items:
        raise FactError(spec.name, value, spec.allowed_message(), _("must be a non-empty list"))
    out: list[str] = []
    for item in items:
        try:
            token = _as_enum(FactSpec(spec.name, "enum", spec.choices), item)
        except FactError:
            raise FactError(spec.name, item, spec.allowed_message()) from None
        if token not in out:
            out.append(token)
    return sorted(out, key=spec.choices.index)


def _as_text(spec: FactSpec, value: Any) -> str:
    if isinstance(value, str) and value.strip() and len(value) <= TEXT_LIMIT:
        return value.strip()
    raise FactError(spec.name, value, spec.allowed_message())


def _as_tried(spec: FactSpec, value: Any) -> list[dict[str, str]]:
    entries = [value] if isinstance(value, Mapping) else value
    if not isinstance(entries, (list, tuple)):
        raise FactError(spec.name, value, spec.allowed_message())
    vocab = load_ontology()
    out: dict[str, dict[str, str]] = {}
    for entry in entries:
        if not isinstance(entry, Mapping) or set(entry) != {"algorithm", "outcome"}:
            raise FactError(spec.name, entry, spec.allowed_message(),
                            _("each entry needs exactly the keys 'algorithm' and 'outcome'"))
        concept = vocab.find_algorithm(str(entry["algorithm"]))
        if concept is None:
            names = vocab.algorithm_names()
            close = difflib.get_close_matches(str(entry["algorithm"]), names, n=3, cutoff=0.6)
            hint = _("one of the ontology's {count} algorithms by name, label or "
                     "scikit-learn class, e.g. LinearSVC, RandomForestClassifier, KMeans "
                     "(GET /api/concepts?kind=algorithm lists them all)", count=len(names))
            if close:
                hint = _("did you mean {names}? {hint}", names=", ".join(close), hint=hint)
            raise FactError(spec.name, entry["algorithm"], hint,
                            _("unknown algorithm {name}", name=quote(entry["algorithm"])))
        outcome = _as_enum(FactSpec(spec.name, "enum", OUTCOMES), entry["outcome"])
        out[concept.name] = {"algorithm": concept.name, "outcome": outcome}  # a later report wins
    return list(out.values())


_COERCE: dict[str, Callable[[FactSpec, Any], Any]] = {
    "bool": _as_bool, "int": _as_number, "float": _as_number, "enum": _as_enum,
    "list": _as_list, "text": _as_text, "tried": _as_tried,
}


def normalize_fact(name: str, value: Any) -> Any:
    """Check one fact and return its value in canonical form, or raise FactError."""
    spec = SPECS.get(name)
    if spec is None:
        raise FactError(name, value, _("one of {names}", names=", ".join(SPECS)),
                        _("unknown fact name {name}", name=quote(name)))
    return _COERCE[spec.kind](spec, value)


def normalize_facts(facts: Mapping[str, Any]) -> dict[str, Any]:
    """Check a whole set of facts; the first bad one raises, so nothing is half-applied.
    The result is in vocabulary order, whatever order the facts came in: the engine
    declares them in that order, so the same facts always fire the rules the same way."""
    if not isinstance(facts, Mapping):
        raise FactError("facts", facts, _("an object mapping fact names to values"),
                        _("must be an object of name/value pairs"))
    checked = {name: normalize_fact(name, value) for name, value in facts.items()}
    return {name: checked[name] for name in sorted(checked, key=list(SPECS).index)}


def parse_cli_value(text: str) -> Any:
    """``--fact k=v``: the value is JSON when it parses as JSON, a plain string otherwise."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # nested past the parser's depth: not a fact value
        return text


# Fact values that name a concept of the ontology: case graphs link such a value to the
# concept's IRI (kb/provenance.py), and the SHACL shapes and the published fact
# vocabulary say so. tests/test_provenance.py checks every name exists in the ontology.
VALUE_CONCEPTS: dict[str, dict[str, str]] = {
    "goal_type": {"business": "Business", "research": "Research", "hybrid": "Hybrid"},
    "learning_type": {"supervised": "SupervisedLearning", "semi_supervised": "SemiSupervisedLearning",
                      "self_supervised": "SelfSupervisedLearning",
                      "unsupervised": "UnsupervisedLearning", "reinforcement": "ReinforcementLearning"},
    "task": {"classification": "Classification", "regression": "Regression",
             "clustering": "Clustering", "dimensionality_reduction": "DimensionalityReduction",
             "anomaly_detection": "AnomalyDetection", "forecasting": "Forecasting"},
    "data_structure": {"structured": "StructuredData", "semi_structured": "SemiStructuredData",
                       "unstructured": "UnstructuredData"},
    "modality": {"tabular": "StructuredData", "text": "TextData", "image": "ImageData",
                 "sound": "SoundData", "time_series": "TimeSeriesData"},
    "feature_types": {"nominal": "Nominal", "ordinal": "Ordinal", "discrete": "Discrete",
                      "continuous": "Continuous", "boolean": "BooleanType", "text": "TextData"},
    "target_type": {"nominal": "Nominal", "ordinal": "Ordinal", "discrete": "Discrete",
                    "continuous": "Continuous"},
    "class_balance": {"imbalanced": "ImbalancedClasses"},
    "processing": {"batch": "BatchData", "stream": "StreamData", "online": "OnlineData"},
}


def value_concept(name: str, value: Any) -> str | None:
    """The ontology concept (name) a fact value stands for, if it names one."""
    if name == "tried" and isinstance(value, Mapping):
        return value.get("algorithm")
    return VALUE_CONCEPTS.get(name, {}).get(value) if isinstance(value, str) else None
