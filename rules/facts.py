"""The fact vocabulary: the names a consultation accepts and the values each may take.

This is the contract of shared/DESIGN.md, extended where the workflow needs more
(``minority_share``, ``unbiased`` and the after-training facts ``deployed``,
``drift_detected``, ``goal_met``). Every entry point (API, command line, profiler) goes
through :func:`normalize_facts`, so a value is checked and coerced in one place: by the
fact's spec in :data:`SPECS`, an object of one class per kind of fact (:class:`FactSpec`).
"""
from __future__ import annotations

import difflib
import json
import math
from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import Any, ClassVar

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from mlwf.ontology import load as load_ontology
from mlwf.ontology.errors import InvalidInput, quote
from mlwf.ontology.i18n import (
    Message,
    Number as Numeral,
    Percent,
    _,
    fact_label,
    render,
    value_label,
)


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


class FactSpec(ABC):
    """One fact of the vocabulary and what its kind allows.

    In the manner of scikit-learn's parameter constraints (``Interval``, ``StrOptions``
    in sklearn/utils/_param_validation.py), each kind of fact is a class that knows
    everything about its values, so no other module switches on the kind: it checks and
    converts a value (:meth:`convert`), says what is allowed (:meth:`allowed_message`),
    describes itself for the page (:meth:`describe`) and for OpenAPI (:meth:`json_schema`),
    and gives the RDF literal a case graph stores (:meth:`literal`, of :attr:`datatype`).
    """
    kind: ClassVar[str]                  # the name the page and the published vocabulary use
    datatype: ClassVar[URIRef | None] = None   # of the literals stored; None: not a literal
    many: ClassVar[bool] = False         # several values at once (a list), not one
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None

    def __init__(self, name: str, help: Message | str = ""):
        # what the fact means, a marked text: shown in the reader's language
        self.name, self.help = name, help

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"

    @abstractmethod
    def convert(self, value: Any) -> Any:
        """The value in canonical form, or FactError naming the fact, value and what is allowed."""
        raise NotImplementedError

    @abstractmethod
    def allowed_message(self) -> Message | str:
        """What the fact accepts; the vocabulary's values themselves are not translated,
        since they are what must be sent."""
        raise NotImplementedError

    def allowed(self) -> str:
        """What the fact accepts, in the current language."""
        return str(self.allowed_message())

    @abstractmethod
    def json_schema(self) -> dict[str, Any]:
        """The JSON Schema of the value (the API's OpenAPI description)."""
        raise NotImplementedError

    def values(self) -> tuple[str, ...]:
        """The vocabulary's tokens a person may be shown as answers (labels in the catalogue)."""
        return self.choices

    def describe(self, lang: str) -> dict[str, Any]:
        """The fact as the page builds its input: kind, label, what is allowed, and the
        choices with their labels or the bounds, in ``lang``."""
        out: dict[str, Any] = {"name": self.name, "kind": self.kind,
                               "label": fact_label(self.name, lang), "many": self.many,
                               "allowed": render(self.allowed_message(), lang)}
        if self.help:
            out["help"] = render(self.help, lang)
        if self.values():
            out["choices"] = [{"value": v, "label": self.value_label(v, lang)}
                              for v in self.values()]
        for key in ("minimum", "maximum", "max_length"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out

    def value_label(self, value: str, lang: str) -> str:
        return value_label(value, lang)

    def literal(self, value: Any) -> Literal:
        """One (item of a) converted value as the RDF literal the case graph stores."""
        return Literal(value)

    def literals(self, value: Any) -> list[Literal]:
        return [self.literal(item) for item in (value if self.many else [value])]


OUTCOMES = ("good", "not_working", "overfitting", "underfitting")
TEXT_LIMIT = 500
# The largest integer a JSON number (an IEEE double) carries exactly; beyond it counts
# lose their last digits, and Python's int to float conversion may overflow.
INT_LIMIT = 2 ** 53

_TRUE = {"true", "yes", "1", "evet"}
_FALSE = {"false", "no", "0", "hayır", "hayir"}


class Boolean(FactSpec):
    kind, datatype = "bool", XSD.boolean

    def convert(self, value: Any) -> bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        raise FactError(self.name, value, self.allowed_message())

    def allowed_message(self) -> Message | str:
        return _("true or false")

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}

    def values(self) -> tuple[str, ...]:
        return ("true", "false")

    def value_label(self, value: str, lang: str) -> str:
        return (_("Yes") if value == "true" else _("No")).render(lang)

    def literal(self, value: Any) -> Literal:
        return Literal(bool(value))


class Number(FactSpec):
    """A real number in a closed interval (``maximum`` None: no upper bound)."""
    kind, datatype = "float", XSD.double
    _whole = False

    def __init__(self, name: str, minimum: float = 0, maximum: float | None = None,
                 help: Message | str = ""):
        super().__init__(name, help)
        self.minimum, self.maximum = minimum, maximum

    def allowed_message(self) -> Message | str:
        lo = Numeral(self.minimum or 0)   # written the language's way (0,5 in Turkish)
        if self.maximum is None:
            if self._whole:
                return _("an integer >= {minimum}", minimum=lo)
            return _("a number >= {minimum}", minimum=lo)
        hi = Numeral(self.maximum)
        if self._whole:
            return _("an integer from {minimum} to {maximum}", minimum=lo, maximum=hi)
        return _("a number from {minimum} to {maximum}", minimum=lo, maximum=hi)

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "integer" if self._whole else "number",
                                  "minimum": self.minimum}
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        elif self._whole:
            schema["maximum"] = INT_LIMIT
        return schema

    def convert(self, value: Any) -> int | float:
        number: Any = value
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > INT_LIMIT:
            raise FactError(self.name, value, self.allowed_message(),
                            _("a number of {digits} digits is beyond {limit}",
                              digits=len(str(abs(value))), limit=INT_LIMIT))
        if isinstance(value, str):
            try:
                number = float(value.strip())
            except ValueError:
                raise FactError(self.name, value, self.allowed_message()) from None
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number):
            raise FactError(self.name, value, self.allowed_message())
        if self._whole:
            if abs(number) > INT_LIMIT:
                raise FactError(self.name, value, self.allowed_message(),
                                _("{value} is beyond {limit}", value=f"{number:g}",
                                  limit=INT_LIMIT))
            if float(number) != int(number):
                raise FactError(self.name, value, self.allowed_message())
            number = int(number)
        else:
            number = float(number)
        if (self.minimum is not None and number < self.minimum) or (
                self.maximum is not None and number > self.maximum):
            raise FactError(self.name, value, self.allowed_message(), _("is out of range"))
        return number

    def literal(self, value: Any) -> Literal:
        return Literal(int(value) if self._whole else float(value))


class Count(Number):
    """A whole number in a closed interval: a count of rows, features, classes."""
    kind, datatype = "int", XSD.integer
    _whole = True


class Choice(FactSpec):
    """One of a fixed set of tokens; spaces and hyphens are read as underscores."""
    kind, datatype = "enum", XSD.string

    def __init__(self, name: str, choices: tuple[str, ...], help: Message | str = ""):
        super().__init__(name, help)
        self.choices = tuple(choices)

    def convert(self, value: Any) -> str:
        if isinstance(value, str):
            token = value.strip().lower().replace("-", "_").replace(" ", "_")
            if token in self.choices:
                return token
        raise FactError(self.name, value, self.allowed_message())

    def allowed_message(self) -> Message | str:
        return ", ".join(self.choices)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "enum": list(self.choices)}


class Choices(FactSpec):
    """A non-empty set of tokens from a fixed list, kept in the list's order."""
    kind, datatype, many = "list", XSD.string, True

    def __init__(self, name: str, choices: tuple[str, ...], help: Message | str = ""):
        super().__init__(name, help)
        self.choices = tuple(choices)

    def convert(self, value: Any) -> list[str]:
        items = [v for v in value.split(",")] if isinstance(value, str) else value
        if not isinstance(items, (list, tuple)) or not items:
            raise FactError(self.name, value, self.allowed_message(), _("must be a non-empty list"))
        one = Choice(self.name, self.choices)
        out: list[str] = []
        for item in items:
            try:
                token = one.convert(item)
            except FactError:
                raise FactError(self.name, item, self.allowed_message()) from None
            if token not in out:
                out.append(token)
        return sorted(out, key=self.choices.index)

    def allowed_message(self) -> Message | str:
        return _("a list of {choices}", choices=", ".join(self.choices))

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "minItems": 1,
                "items": {"type": "string", "enum": list(self.choices)}}


class Text(FactSpec):
    kind, datatype = "text", XSD.string
    max_length = TEXT_LIMIT

    def convert(self, value: Any) -> str:
        if isinstance(value, str) and value.strip() and len(value) <= TEXT_LIMIT:
            return value.strip()
        raise FactError(self.name, value, self.allowed_message())

    def allowed_message(self) -> Message | str:
        return _("a non-empty text of at most {limit} characters", limit=TEXT_LIMIT)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "maxLength": TEXT_LIMIT}


class Tried(FactSpec):
    """Algorithms tried and how each did; a case graph stores each as a node (kb), not
    as a literal."""
    kind, many = "tried", True

    def values(self) -> tuple[str, ...]:
        return OUTCOMES

    def allowed_message(self) -> Message | str:
        # Translators: keep the doubled braces, they show as single ones.
        return _('a list of {{"algorithm": <ontology name, English or Turkish label, or '
                 'scikit-learn class>, "outcome": {outcomes}}}', outcomes=" | ".join(OUTCOMES))

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "items": {"$ref": "#/components/schemas/TriedEntry"}}

    def literal(self, value: Any) -> Literal:
        raise TypeError("a tried entry is stored as a node of its own, not as a literal")

    def convert(self, value: Any) -> list[dict[str, str]]:
        entries = [value] if isinstance(value, Mapping) else value
        if not isinstance(entries, (list, tuple)):
            raise FactError(self.name, value, self.allowed_message())
        vocab = load_ontology()
        outcomes = Choice(self.name, OUTCOMES)
        out: dict[str, dict[str, str]] = {}
        for entry in entries:
            if not isinstance(entry, Mapping) or set(entry) != {"algorithm", "outcome"}:
                raise FactError(self.name, entry, self.allowed_message(),
                                _("each entry needs exactly the keys 'algorithm' and 'outcome'"))
            concept = vocab.find_algorithm(str(entry["algorithm"]))
            if concept is None:
                names = vocab.algorithm_names()
                close = difflib.get_close_matches(str(entry["algorithm"]), names, n=3, cutoff=0.6)
                hint = _("one of the ontology's {count} algorithms by name, label or "
                         "scikit-learn class, e.g. LinearSVC, RandomForestClassifier, KMeans",
                         count=len(names))
                if close:
                    hint = _("did you mean {names}? {hint}", names=", ".join(close), hint=hint)
                raise FactError(self.name, entry["algorithm"], hint,
                                _("unknown algorithm {name}", name=quote(entry["algorithm"])))
            outcome = outcomes.convert(entry["outcome"])
            out[concept.name] = {"algorithm": concept.name, "outcome": outcome}  # a later report wins
        return list(out.values())


# The rarest class's share of an even share under which classes count as imbalanced.
IMBALANCED_SHARE = 0.4


def is_imbalanced(minority_share: float, n_classes: int = 2) -> bool:
    """Imbalance, the one definition the rules and the profiler share: the rarest class
    holds under 40 % of an even share (under 0.2 of the rows with two classes, under
    0.133 with three), so many-class data is not called imbalanced merely for having
    many classes."""
    return minority_share < IMBALANCED_SHARE / max(n_classes, 2)


FEATURE_TYPES = ("nominal", "ordinal", "discrete", "continuous", "boolean", "datetime", "text")

SPECS: dict[str, FactSpec] = {s.name: s for s in (
    Text("goal", help=_("what the project should achieve, in a few words")),
    Choice("goal_type", ("business", "research", "hybrid"), help=_("whose need the goal serves")),
    Choice("learning_type", ("supervised", "semi_supervised", "self_supervised",
                             "unsupervised", "reinforcement"),
           help=_("the kind of learning the goal calls for")),
    Choice("task", ("classification", "regression", "clustering",
                    "dimensionality_reduction", "anomaly_detection", "forecasting"),
           help=_("what the model outputs (derived from learning_type and target_type when "
                  "not stated; forecasting only from modality=time_series or time_indexed=true)")),
    Boolean("has_data", help=_("is there any data yet (false → collect data first)")),
    Boolean("labeled", help=_("does each example come with the answer to learn")),
    Choice("data_structure", ("structured", "semi_structured", "unstructured"),
           help=_("tables, JSON-like records, or free-form media")),
    Choice("modality", ("tabular", "text", "image", "sound", "time_series"),
           help=_("what one example is")),
    Count("n_samples", minimum=0,
          help=_("number of rows/examples (≤ 50 tiny, < 10 000 small, ≥ 100 000 large)")),
    Count("n_features", minimum=0, help=_("number of input columns")),
    Choices("feature_types", FEATURE_TYPES, help=_("statistical types of the input columns")),
    Choice("target_type", ("nominal", "ordinal", "binary", "discrete", "continuous"),
           help=_("statistical type of the column to predict")),
    Count("n_classes", minimum=2, help=_("number of target classes")),
    Choice("class_balance", ("balanced", "imbalanced"),
           help=_("are the target classes about equally frequent")),
    Number("minority_share", minimum=0, maximum=0.5,
           help=_("share of the rarest class; under {limit} of an even share ({two} with "
                  "two classes) counts as imbalanced", limit=Percent(IMBALANCED_SHARE),
                  two=Numeral(IMBALANCED_SHARE / 2))),
    Boolean("n_categories_known", help=_("clustering: is the number of clusters known in advance")),
    Number("missing_ratio", minimum=0, maximum=1, help=_("share of missing cells")),
    Boolean("has_outliers", help=_("do numeric columns hold outliers (IQR rule)")),
    Boolean("skewed", help=_("are numeric distributions strongly skewed")),
    Boolean("time_ordered",
            help=_("does the row order follow time; on its own it calls for validation on "
                   "later periods, not for forecasting")),
    Boolean("time_indexed",
            help=_("is the data one series: rows ordered by a datetime with one row per time "
                   "step, and the target is the series' value at that time (with a numeric "
                   "target this makes the task forecasting)")),
    Boolean("high_cardinality", help=_("does a categorical column have very many levels")),
    Boolean("few_important_features", help=_("do only a few features matter")),
    Boolean("unbiased", help=_("was the data collected without systematic bias")),
    Choice("processing", ("batch", "stream", "online"),
           help=_("how data arrives and predictions are served")),
    Boolean("interpretability_required", help=_("must people be able to follow the model's reasons")),
    Tried("tried", help=_("algorithms tried so far and what happened")),
    Boolean("deployed", help=_("is the model in production")),
    Boolean("drift_detected", help=_("has monitoring seen the data or the model drift")),
    Boolean("goal_met", help=_("did the deployed model meet the goal")),
)}


def normalize_fact(name: str, value: Any) -> Any:
    """Check one fact and return its value in canonical form, or raise FactError."""
    spec = SPECS.get(name)
    if spec is None:
        raise FactError(name, value, _("one of {names}", names=", ".join(SPECS)),
                        _("unknown fact name {name}", name=quote(name)))
    return spec.convert(value)


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
