"""Advice into scikit-learn Pipelines: one per algorithm candidate, for one profiled CSV.

The preprocessing is not chosen here. For every feature column the profiler typed, the
techniques the rules recommended for the table (imputers, scalers, encoders, text and
date features) are read from the advice and matched to the column's type through the
ontology (``appliesToFeature``); the best-ranked match of each role is used. Only where
the advice names no technique for a role that the column needs (a gap with no imputer
advised, say, because the advice is "delete the few rows") is a plain default used, and
the plan says so.

    profile = profile_csv("penguins.csv", "species")
    advice = advise(profile.facts)
    plan = preprocessing_plan(profile, advice)       # per column: steps and why
    pipe = build_pipeline("RandomForestClassifier", plan)

Everything a step is built from is the ontology's dotted path of the technique or
algorithm (:func:`implementation`), so the export (export.py) writes the same objects.
"""
from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from mlwf.ontology import Concept, Ontology, load as load_ontology
from mlwf.ontology.errors import InvalidInput, quote
from mlwf.ontology.i18n import Message, _, pgettext, texts
from mlwf.profiling.numbers import read_numbers
from mlwf.profiling.profile import (
    ENCODING_ERRORS,
    codec,
    column_names,
    missing_markers,
    nones_missing,
    read_dates,
    rows_to_skip,
)

NUMERIC = ("continuous", "discrete")
CATEGORICAL = ("nominal", "ordinal", "boolean")
# The ontology's data-type concept for each profiled type (appliesToFeature points at these
# or at their parents, Quantitative and Qualitative).
TYPE_CONCEPT = {"continuous": "Continuous", "discrete": "Discrete", "nominal": "Nominal",
                "ordinal": "Ordinal", "boolean": "Nominal", "text": "TextData"}
# The role each kind of step plays in a column's pipeline, by the ontology concept the
# technique descends from. Order within a column: impute, then transform or encode.
ROLE_PARENTS = {"imputer": ("MissingData",), "scaler": ("Scaling", "QuantileTransformation"),
                "encoder": ("Encoding",), "text": ("TextBasedFeatures",)}
ROLES_BY_TYPE = {"continuous": ("imputer", "scaler"), "discrete": ("imputer", "scaler"),
                 "nominal": ("imputer", "encoder"), "ordinal": ("imputer", "encoder"),
                 "boolean": ("imputer", "encoder"), "text": ("text",), "datetime": ("dates",)}
# Used only when the advice recommends nothing for a role a column needs.
FALLBACK = {("imputer", "numeric"): "MedianImputation", ("imputer", "categorical"): "ModeImputation",
            ("scaler", "numeric"): "StandardScaler", ("encoder", "nominal"): "OneHotEncoding",
            ("encoder", "ordinal"): "OrdinalEncoding", ("encoder", "boolean"): "OneHotEncoding",
            ("text", "text"): "TfidfVectorization"}
# Settings the pipeline needs whatever the advice: categories first seen in a validation
# fold must not stop the pipeline (the rule's explanation asks for the same).
STEP_SETTINGS: dict[str, dict[str, Any]] = {"OneHotEncoding": {"handle_unknown": "ignore"},
                 "OrdinalEncoding": {"handle_unknown": "use_encoded_value", "unknown_value": -1}}
# Imputers that only work on numbers (the strategy of the others is checked below).
NUMERIC_ONLY_IMPUTERS = ("sklearn.impute.KNNImputer", "sklearn.impute.IterativeImputer")
# A kernel approximation (Nystroem, RBFSampler) is a transformer, not a model: the chart's
# box means "map the features, then fit a linear model on them". These are the linear models
# (the meta-knowledge base's runs used the same pair).
LINEAR_AFTER_KERNEL = {"classification": "LogisticRegression", "regression": "Ridge",
                       "forecasting": "Ridge"}


# -- the ontology's implementations ---------------------------------------------------------

def implementation(concept: Concept) -> tuple[str, dict[str, Any]]:
    """The importable dotted path of a concept's scikit-learn implementation and the
    constructor settings the ontology gives it, e.g. ("sklearn.impute.SimpleImputer",
    {"strategy": "median"}).

    The one place that reads ``mlwf:sklearnClass``: today the annotation may carry the
    settings in call syntax ("...SimpleImputer(strategy='median')"); once the ontology
    keeps them in an annotation of their own (a ``sklearn_args``/``sklearn_params`` text
    or mapping on the Concept), they are read from there."""
    if not concept.sklearn:
        raise InvalidInput(_("{name} has no scikit-learn implementation in the ontology",
                             name=quote(concept.name)))
    path, _sep, call = concept.sklearn.partition("(")
    settings = _call_settings(call.rstrip(")")) if call else {}
    for attribute in ("sklearn_params", "sklearn_args", "sklearn_settings"):
        extra = getattr(concept, attribute, None)
        if isinstance(extra, Mapping):
            settings.update(extra)
        elif isinstance(extra, str) and extra.strip():
            settings.update(_call_settings(extra.strip().strip("()")))
    return path.strip(), settings


def _call_settings(text: str) -> dict[str, Any]:
    """Keyword settings written as in a call, "strategy='median', alpha=0.1"; names such
    as numpy.log1p are imported."""
    call = ast.parse(f"f({text})", mode="eval").body
    assert isinstance(call, ast.Call)  # f(...) parses as a call whatever the settings say
    out: dict[str, Any] = {}
    for kw in call.keywords:
        assert kw.arg is not None, f"**-unpacking is no setting: {text}"
        try:
            out[kw.arg] = ast.literal_eval(kw.value)
        except ValueError:
            out[kw.arg] = import_object(ast.unparse(kw.value))
    return out


def import_object(path: str) -> Any:
    """The object at a dotted path, e.g. sklearn.svm.SVC or numpy.log1p."""
    module, _sep, name = path.rpartition(".")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError, ValueError) as exc:
        raise InvalidInput(_("cannot import {path}", path=path), str(exc)) from None


def make_estimator(name: str, ontology: Ontology | None = None, **settings: Any):
    """A fresh estimator for an algorithm or technique concept of the ontology, with the
    ontology's settings, ``settings`` on top, and random_state=0 where it has one (so that
    a run can be reproduced)."""
    ontology = ontology or load_ontology()
    concept = ontology.get(name) or ontology.find_algorithm(name)
    if concept is None:
        raise InvalidInput(_("{name} is not a concept of the ontology", name=quote(name)))
    path, base = implementation(concept)
    return _instance(path, {**base, **settings}, concept.name)


# -- the plan: per column, which advised technique does what --------------------------------

@dataclass
class Step:
    concept: str                  # ontology name, e.g. "RobustScaler"
    role: str                     # imputer, scaler, encoder, text, dates
    advised: bool                 # recommended by the advice (else a fallback)
    rank: int | None              # its rank among the advice's techniques
    settings: dict[str, Any] = field(default_factory=dict)  # beyond the ontology's own

    def to_json(self) -> dict[str, Any]:
        return {"concept": self.concept, "role": self.role, "advised": self.advised,
                "rank": self.rank, "settings": self.settings}


@dataclass
class ColumnPlan:
    name: str
    stat_type: str                # as the pipeline treats it (years stored as numbers: discrete)
    steps: list[Step]

    def to_json(self) -> dict[str, Any]:
        return {"column": self.name, "stat_type": self.stat_type,
                "steps": [s.to_json() for s in self.steps]}


@dataclass
class Plan:
    """What the pipelines of one evaluation share: the feature columns and their steps,
    the columns left out and why, and the target."""
    target: str
    columns: list[ColumnPlan]
    dropped: dict[str, Message]   # column -> why it is left out (translated when shown)
    sparse: bool                  # text columns make the features sparse
    task: str | None = None       # classification, regression, forecasting (from the advice)

    @property
    def feature_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        return {"target": self.target, "columns": [c.to_json() for c in self.columns],
                "dropped": texts(self.dropped, lang)}


def preprocessing_plan(profile, advice: Mapping[str, Any],
                       ontology: Ontology | None = None) -> Plan:
    """Per feature column of ``profile`` (profiling.profile.Profile), the advised
    techniques for its type, in pipeline order. Identifier, constant and all-missing
    columns are left out (``Plan.dropped`` says why); if nothing is left, InvalidInput."""
    ontology = ontology or load_ontology()
    target = profile.target["name"] if profile.target else None
    if target is None:
        raise InvalidInput(_("the evaluation needs a target column"),
                           _("name it: --target COLUMN"))
    techniques = [r for r in advice.get("recommendations", []) if r["kind"] == "technique"]
    task = advice.get("facts", {}).get("task")
    # What TargetEncoder is told the target is, never left to guess from its values: a
    # numeric class label would read as continuous, whole-number counts as classes (which
    # it then cross-fits with stratified folds, failing). Binary only when the profile
    # counted exactly two classes.
    encoded_as = ("continuous" if task in ("regression", "forecasting") else
                  "binary" if profile.target.get("target_type") == "binary" else "multiclass"
                  if task == "classification" else None)
    columns, dropped = [], {}
    for col in profile.columns:
        name, kind = col["name"], col["stat_type"]
        if name == target:
            continue
        if col["missing_ratio"] >= 1.0:
            dropped[name] = _("every value is missing")
        elif kind == "constant":
            dropped[name] = _("it holds a single value, which cannot tell the rows apart")
        elif kind == "identifier":
            dropped[name] = _("it is an identifier, different in every row")
        elif kind not in ROLES_BY_TYPE:
            dropped[name] = _("mlwf has no preprocessing for its type ({kind})",
                              kind=pgettext("value", kind))
        else:
            date_format = profile.table.get("date_formats", {}).get(name)
            if kind == "datetime" and isinstance(col.get("min"), (int, float)) \
                    and date_format in (None, "%Y"):
                # Calendar years, days since 1970 and Unix seconds stored as numbers are a
                # quantity in time's order already; numbers that write a date with its month
                # (20230517) jump at each month's end, and years beside spans of years
                # (2007-2012) are no numbers: those are read with their format.
                kind = "discrete"
            columns.append(ColumnPlan(name, kind, _steps(
                {**col, "stat_type": kind, "date_format": date_format},
                techniques, ontology, encoded_as)))
    if not columns:
        why = "; ".join(f"{k}: {v}" for k, v in list(dropped.items())[:5])
        raise InvalidInput(_("no column is left to learn from"),
                           _("left out: {columns}", columns=why) if why else
                           _("the file needs at least one feature column besides the target"))
    return Plan(target, columns, dropped, sparse=any(c.stat_type == "text" for c in columns),
                task=task)


def _steps(col: Mapping[str, Any], techniques: list[dict], ontology: Ontology,
           target_type: str | None = None) -> list[Step]:
    kind = col["stat_type"]
    if kind == "datetime":
        # Dates become calendar parts (the advice's Aggregation technique names them).
        return [Step("Aggregation", "dates", any(t["name"] == "Aggregation" for t in techniques),
                     _rank(techniques, "Aggregation"),
                     {"date_format": col["date_format"]} if col.get("date_format") else {})]
    steps = []
    for role in ROLES_BY_TYPE[kind]:
        if role == "imputer" and col["missing_ratio"] == 0:
            continue
        chosen = _advised(role, kind, col, techniques, ontology)
        if chosen is None:
            group = "numeric" if kind in NUMERIC else "categorical" if role == "imputer" else kind
            step = Step(FALLBACK[(role, group)], role, False, None)
        else:
            step = Step(chosen["name"], role, True, chosen["rank"])
        step.settings = dict(STEP_SETTINGS.get(step.concept, {}))
        if step.concept == "OrdinalEncoding" and col.get("order"):
            step.settings["categories"] = [[str(v) for v in col["order"]]]
        if step.concept == "OneHotEncoding" and kind == "boolean":
            step.settings["drop"] = "if_binary"
        if step.concept == "TargetEncoding" and target_type:
            step.settings["target_type"] = target_type
        steps.append(step)
    if kind == "text":
        steps.insert(0, Step("ConstantImputation", "imputer", False, None))
    return steps


def _rank(techniques: list[dict], name: str) -> int | None:
    return next((t["rank"] for t in techniques if t["name"] == name), None)


def _advised(role: str, kind: str, col, techniques: list[dict], ontology: Ontology):
    """The best-ranked advised technique of ``role`` that applies to a column of ``kind``."""
    type_concept = TYPE_CONCEPT[kind]
    for t in techniques:
        concept = ontology.concepts.get(t["name"])
        if concept is None or not concept.sklearn:
            continue
        # A step's role is where the seed's outline lists it (an imputer under Missing
        # Data, a scaler under Scaling), which the is-a kinds do not say.
        outline = {concept.name, *ontology.outline_ancestors(concept.name)}
        if not outline & set(ROLE_PARENTS[role]):
            continue
        path, settings = implementation(concept)
        applies = concept.relations.get("appliesToFeature", [])
        if applies:
            if not any(ontology.is_a(type_concept, a) for a in applies):
                continue
        elif kind not in NUMERIC:
            # A technique that does not say which features it suits is taken for numbers.
            continue
        if role == "imputer":
            if not path.startswith("sklearn.impute.") or path.endswith("MissingIndicator"):
                continue
            numeric_only = path in NUMERIC_ONLY_IMPUTERS or settings.get("strategy") in ("mean", "median")
            if numeric_only and kind not in NUMERIC:
                continue
        if role == "encoder" and path.endswith("FeatureHasher"):
            continue                      # needs dicts of features, not a column
        if concept.name == "BoxCoxTransformation" and not (col.get("min") or 0) > 0:
            continue
        return t
    return None


# -- the pipeline ----------------------------------------------------------------------------

def date_parts(X, date_format: str | None = None) -> np.ndarray:
    """Dates into numbers a model can use: days since 1970, year, month, day of week and
    day of year, per date column, read with the format the profile found (else as pandas
    guesses, row by row). Unparseable dates become missing (NaN)."""
    frame = pd.DataFrame(X)
    parts = []
    for name in frame.columns:
        d = read_dates(frame[name], date_format) if date_format else \
            pd.to_datetime(frame[name], errors="coerce", format="mixed")
        days = (d - pd.Timestamp("1970-01-01")) / pd.Timedelta(days=1)
        parts += [days, d.dt.year, d.dt.month, d.dt.day_of_week, d.dt.day_of_year]
    return np.column_stack([np.asarray(p, dtype=float) for p in parts])


def _step_object(step: Step, ontology: Ontology):
    from sklearn.impute import SimpleImputer
    from sklearn.preprocessing import FunctionTransformer

    if step.concept == "ConstantImputation":
        return SimpleImputer(strategy="constant", fill_value="")
    if step.concept == "Aggregation":
        return FunctionTransformer(date_parts, kw_args=step.settings or None)
    return make_estimator(step.concept, ontology, **step.settings)


def _column_pipeline(column: ColumnPlan, plan: Plan, ontology: Ontology):
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    steps = []
    for step in column.steps:
        obj = _step_object(step, ontology)
        if step.concept == "OneHotEncoding" and not plan.sparse:
            obj.set_params(sparse_output=False)
        steps.append((step.concept, obj))
        if step.role == "imputer" and column.stat_type == "text":
            # The vectorizer reads one column of strings, not a 2-D table.
            steps.append(("ravel", FunctionTransformer(np.ravel)))
    if column.stat_type == "datetime":
        steps.append(("MedianImputation", SimpleImputer(strategy="median")))
    return Pipeline(steps)


def build_preprocessor(plan: Plan, ontology: Ontology | None = None):
    """The ColumnTransformer of a plan: one small pipeline per column (or per group of
    columns with the same steps), everything else dropped."""
    from sklearn.compose import ColumnTransformer

    ontology = ontology or load_ontology()
    groups: dict[str, tuple[ColumnPlan, list[str]]] = {}
    for column in plan.columns:
        if column.stat_type == "text" or any("categories" in s.settings for s in column.steps):
            key = f"{column.stat_type}:{column.name}"   # one vocabulary, one order per column
        else:
            key = column.stat_type + ":" + "+".join(f"{s.concept}{sorted(s.settings.items())}"
                                                     for s in column.steps)
        groups.setdefault(key, (column, []))[1].append(column.name)
    transformers = []
    for i, (column, names) in enumerate(groups.values()):
        label = f"{column.stat_type}_{i}"
        selector = names[0] if column.stat_type == "text" else names
        transformers.append((label, _column_pipeline(column, plan, ontology), selector))
    return ColumnTransformer(transformers, remainder="drop", sparse_threshold=0.3 if plan.sparse else 0)


def is_kernel_approximation(algorithm: str, ontology: Ontology) -> bool:
    concept = ontology.get(algorithm) or ontology.find_algorithm(algorithm)
    return concept is not None and ontology.is_a(concept.name, "KernelApproximation")


def model_steps(algorithm: str, task: str | None, ontology: Ontology | None = None,
                **settings) -> list[tuple[str, str, dict[str, Any]]]:
    """What follows the preprocessing for ``algorithm``, as (step name, dotted path,
    settings): the model, and in front of it what the model needs of its inputs.

    - a kernel approximation maps the features and the task's linear model
      (LINEAR_AFTER_KERNEL) learns on them; ``settings`` go to the approximation;
    - a model that ``requires`` NonNegativeData in the ontology (multinomial, complement
      naive Bayes: they read counts or frequencies) gets the features rescaled to [0, 1],
      since the advised scalers centre them on zero;
    - categorical naive Bayes reads every feature as category codes: numbers are binned
      into five quantile bins (one-hot columns stay 0/1).
    The one place this is decided: build_pipeline and the exported script both use it."""
    ontology = ontology or load_ontology()
    concept = ontology.get(algorithm) or ontology.find_algorithm(algorithm)
    if concept is None:
        raise InvalidInput(_("{name} is not a concept of the ontology", name=quote(algorithm)))
    path, base = implementation(concept)
    own = ("model", path, {**base, **settings})
    if ontology.is_a(concept.name, "KernelApproximation"):
        linear = LINEAR_AFTER_KERNEL.get(task or "")
        if linear is None:
            raise InvalidInput(_("{name} is a kernel approximation and needs a linear model "
                                 "after it, which needs the task", name=concept.name),
                               _("task: classification or regression"))
        return [("kernel", path, own[2]), ("model", *implementation(ontology.concepts[linear]))]
    if "NonNegativeData" in concept.relations.get("requires", []):
        return [("nonnegative", "sklearn.preprocessing.MinMaxScaler", {}), own]
    if path == "sklearn.naive_bayes.CategoricalNB":
        return [("categories", "sklearn.preprocessing.KBinsDiscretizer",
                 {"n_bins": 5, "encode": "ordinal", "strategy": "quantile"}), own]
    return [own]


def build_pipeline(algorithm: str, plan: Plan, ontology: Ontology | None = None, **settings):
    """A scikit-learn Pipeline: the plan's ColumnTransformer, then the algorithm concept's
    estimator (``settings`` override the ontology's constructor settings), with what the
    estimator needs in front of it (:func:`model_steps`); the last step is "model"."""
    from sklearn.pipeline import Pipeline

    ontology = ontology or load_ontology()
    steps = [("preprocess", build_preprocessor(plan, ontology))]
    for name, path, kwargs in model_steps(algorithm, plan.task, ontology, **settings):
        steps.append((name, _instance(path, kwargs)))
    return Pipeline(steps)


def _instance(path: str, settings: dict[str, Any], concept: str = ""):
    cls = import_object(path)
    if not inspect.isclass(cls):
        raise InvalidInput(_("the implementation of {name}, {path}, is not an estimator class",
                             name=concept or path, path=path))
    kwargs = dict(settings)
    if "random_state" in inspect.signature(cls).parameters:
        kwargs.setdefault("random_state", 0)
    return cls(**kwargs)


# -- the data as the pipelines see it --------------------------------------------------------

def read_frame(path, profile, plan: Plan) -> pd.DataFrame:
    """The CSV as the pipelines take it: the profile's delimiter, decimal mark and encoding,
    category, text and date columns as strings (so codes keep the spelling the profile
    saw), numbers as floats read as the profile read them ($1,234 as 1234, 12 kg as 12) with
    the cells that write none missing, the target as read."""
    table = profile.table
    strings = [c.name for c in plan.columns if c.stat_type not in NUMERIC]
    frame = pd.read_csv(path, sep=table["delimiter"], decimal=table.get("decimal", "."),
                        encoding=codec(table["encoding"]), encoding_errors=ENCODING_ERRORS,
                        na_values=missing_markers(table), keep_default_na=False,
                        skipinitialspace=True,
                        dtype={name: str for name in strings}, low_memory=False,
                        index_col=False if table.get("trailing_delimiter") else None,
                        skiprows=rows_to_skip(table))
    frame.columns = column_names(frame.columns)
    frame = nones_missing(frame, table.get("none_levels", ()))
    written = table.get("written_numbers", {})
    for column in plan.columns:
        if column.stat_type in NUMERIC:
            frame[column.name] = read_numbers(frame[column.name], column.name,
                                              **written.get(column.name, {}))
    return frame
