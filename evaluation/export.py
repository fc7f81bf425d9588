"""From advice to code: a standalone script (scikit-learn and pandas only) that rebuilds
an evaluation's best pipeline, reproduces its cross-validated score on the same CSV, and
fits the final model on every row.

    write_script(evaluation, "best.py")
    $ python best.py                 # the CSV path is in the script; or: python best.py data.csv
"""
from __future__ import annotations

import inspect
import re
import sys
import textwrap
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mlwf.evaluation.pipelines import (
    NUMERIC,
    ColumnPlan,
    Plan,
    date_parts,
    implementation,
    import_object,
    make_estimator,
    model_steps,
)
from mlwf.ontology import Ontology, load as load_ontology
from mlwf.ontology.errors import InvalidInput, quote
from mlwf.ontology.i18n import _
from mlwf.profiling.numbers import read_numbers
from mlwf.profiling.profile import (
    codec,
    column_names,
    missing_markers,
    nones_missing,
    rows_to_skip,
    windows_1252,
)

# The name the exported script registers the profile's reading of stray bytes under: its own,
# not the profile's, which counts those bytes; a script run in a process that also profiles
# (a notebook) would otherwise put an uncounting handler in its place.
SCRIPT_ENCODING_ERRORS = "windows-1252-where-undecodable"


def _value(value: Any, imports: set[str]) -> str:
    """Python source for a constructor setting."""
    if callable(value):
        module = getattr(value, "__module__", None) or "numpy"
        module = "numpy" if module.startswith("numpy") else module
        imports.add(f"import {module}")
        return f"{module}.{value.__name__}"
    return repr(value)


def _call(path: str, settings: dict[str, Any], imports: set[str]) -> str:
    module, _sep, name = path.rpartition(".")
    imports.add(f"from {module} import {name}")
    args = ", ".join(f"{k}={_value(v, imports)}" for k, v in settings.items())
    return f"{name}({args})"


def _names_used(code: types.CodeType) -> set[str]:
    """The global names a function's code (and the lambdas and comprehensions in it) uses;
    attribute names come along, and are dropped where the module holds no such name."""
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _names_used(const)
    return names


def _literal(value: Any) -> str:
    """Python source that rebuilds a module-level constant: a compiled pattern, or a value
    whose repr is source (sets sorted, so the script is the same on every run)."""
    if isinstance(value, re.Pattern):
        flags = [f"re.{flag.name}" for flag in (re.IGNORECASE, re.MULTILINE, re.DOTALL, re.VERBOSE)
                 if value.flags & flag]
        return f"re.compile({value.pattern!r}{', ' + ' | '.join(flags) if flags else ''})"
    if isinstance(value, (set, frozenset)):
        lines, line = [], ""
        for item in (repr(v) for v in sorted(value)):
            if line and len(line) + len(item) > 92:
                lines.append(line.rstrip())
                line = ""
            line += item + ", "
        items = "{" + "\n    ".join(lines + [line]).rstrip(", ") + "}"
        return f"frozenset({items})" if isinstance(value, frozenset) else items
    return repr(value)


def _embedded(*functions: Callable[..., Any]) -> tuple[str, set[str]]:
    """The source of these functions and of every function and constant of their modules
    they use, in turn: mlwf's own code copied into the script, which must not import mlwf;
    with the imports that code needs."""
    imports: set[str] = set()
    constants: dict[str, str] = {}
    sources: dict[str, str] = {}
    pending = list(functions)
    while pending:
        function = pending.pop()
        if function.__name__ in sources:
            continue
        sources[function.__name__] = textwrap.dedent(inspect.getsource(function))
        module = sys.modules[function.__module__]
        for name in sorted(_names_used(function.__code__) & vars(module).keys()):
            value = vars(module)[name]
            if isinstance(value, types.ModuleType):
                alias = "" if value.__name__ == name else f" as {name}"
                imports.add(f"import {value.__name__}{alias}")
            elif isinstance(value, types.FunctionType):
                pending.append(value)
            elif not isinstance(value, type) and name not in constants:
                constants[name] = f"{name} = {_literal(value)}"
                if isinstance(value, re.Pattern):
                    imports.add("import re")
    code = "\n".join(constants[name] for name in sorted(constants))
    code += "".join("\n\n\n" + sources[name] for name in sorted(sources))
    return code.strip("\n"), imports


def _column_code(column: ColumnPlan, plan: Plan, ontology: Ontology, imports: set[str]) -> str:
    steps = []
    for step in column.steps:
        if step.concept == "ConstantImputation":
            code = _call("sklearn.impute.SimpleImputer", {"strategy": "constant", "fill_value": ""}, imports)
        elif step.concept == "Aggregation":
            code = _call("sklearn.preprocessing.FunctionTransformer", {}, imports)[:-1] + "date_parts" \
                + (f", kw_args={step.settings!r})" if step.settings else ")")
        else:
            path, base = implementation(ontology.concepts[step.concept])
            settings = {**base, **step.settings}
            if step.concept == "OneHotEncoding" and not plan.sparse:
                settings["sparse_output"] = False
            if "random_state" in inspect.signature(make_estimator(step.concept, ontology).__class__).parameters:
                settings.setdefault("random_state", 0)
            code = _call(path, settings, imports)
        steps.append(f"({step.concept!r}, {code})")
        if step.role == "imputer" and column.stat_type == "text":
            imports.add("import numpy")
            steps.append("('ravel', " + _call("sklearn.preprocessing.FunctionTransformer", {}, imports)[:-1]
                         + "numpy.ravel))")
    if column.stat_type == "datetime":
        steps.append("('MedianImputation', " + _call("sklearn.impute.SimpleImputer",
                                                       {"strategy": "median"}, imports) + ")")
    imports.add("from sklearn.pipeline import Pipeline")
    return "Pipeline([" + ", ".join(steps) + "])"


def script(evaluation, algorithm: str | None = None, ontology: Ontology | None = None) -> str:
    """The script's source for ``algorithm`` (default: the evaluation's best run)."""
    from mlwf.evaluation.pipelines import build_preprocessor

    ontology = ontology or load_ontology()
    run = next((r for r in evaluation.runs if r.algorithm == algorithm), None) if algorithm \
        else evaluation.best
    if run is None or not run.result.complete:
        raise InvalidInput(_("no finished run to export") if algorithm is None else
                           _("{name} has no finished run in this evaluation",
                             name=quote(algorithm)),
                           _("finished runs: {names}", names=", ".join(
                               r.algorithm for r in evaluation.runs if r.result.complete)
                             or _("none")))
    plan: Plan = evaluation.plan
    imports: set[str] = {"import sys", "import pandas as pd",
                         "from sklearn.compose import ColumnTransformer",
                         "from sklearn.model_selection import cross_val_score"}
    # The same grouping of columns as the evaluated pipeline.
    preprocessor = build_preprocessor(plan, ontology)
    by_name = {c.name: c for c in plan.columns}
    transformers = []
    for label, _transformer, selector in preprocessor.transformers:
        first = by_name[selector if isinstance(selector, str) else selector[0]]
        transformers.append(f"        ({label!r}, {_column_code(first, plan, ontology, imports)},\n"
                            f"         {selector!r}),")
    # The model and what it needs in front of it, as the evaluated pipeline had them.
    after = []
    for name, path, settings in model_steps(run.algorithm, plan.task, ontology):
        settings = dict(settings)
        if "random_state" in inspect.signature(import_object(path)).parameters:
            settings.setdefault("random_state", 0)
        after.append(f"({name!r}, {_call(path, settings, imports)})")
    model = ", ".join(after)
    splitter = evaluation.scheme.splitter
    imports.add(f"from sklearn.model_selection import {type(splitter).__name__}")
    metric = evaluation.primary
    if metric.scorer == "matthews_corrcoef":
        imports.add("from sklearn.metrics import make_scorer, matthews_corrcoef")
        scoring = "make_scorer(matthews_corrcoef)"
    else:
        scoring = repr(metric.scorer)
    sign = "" if metric.greater_is_better else "-"
    score = run.result.mean("test", metric.concept)
    table = evaluation.table
    numeric = [c.name for c in plan.columns if c.stat_type in NUMERIC]
    strings = [c.name for c in plan.columns if c.stat_type not in NUMERIC]
    uses_dates = any(s.concept == "Aggregation" for c in plan.columns for s in c.steps)
    written = table.get("written_numbers", {})
    helpers = [column_names, nones_missing, windows_1252] + ([date_parts] if uses_dates else []) \
        + ([read_numbers] if written else [])
    helper_code, helper_imports = _embedded(*helpers)
    imports |= helper_imports
    helper_code = ("\n\n# mlwf's own code (column names, the cells that say None, bytes not of the file's "
                   "encoding, reading written numbers, date parts),\n# copied so that this script needs "
                   "pandas and scikit-learn only\n" + helper_code
                   + f"\n\n\ncodecs.register_error({SCRIPT_ENCODING_ERRORS!r}, windows_1252)")
    imports.add("import codecs")
    # numbers pandas reads as strings ($1,234, 12 kg, a decimal comma in a quoted cell):
    # read as mlwf read them, by its own reader copied in below
    written_code = f"\n# how numbers are written, column by column, as mlwf read them\nWRITTEN = {written!r}" \
        if written else ""
    number_code = ("frame[name] = read_numbers(frame[name], name, **WRITTEN.get(name, {}))" if written
                   else "frame[name] = pd.to_numeric(frame[name], errors=\"coerce\")")
    if evaluation.task == "classification":
        target_code = (f"CLASSES = {evaluation.classes!r}  # class codes: the most frequent first\n"
                       f"    y = frame[TARGET].astype(str).map({{c: i for i, c in enumerate(CLASSES)}})")
    else:
        target_code = ("y = read_numbers(frame[TARGET], TARGET, **WRITTEN.get(TARGET, {}))" if written
                       else "y = pd.to_numeric(frame[TARGET], errors='coerce')")
    body = f'''"""The best pipeline mlwf found for {Path(evaluation.source).name} ({run.algorithm}),
rebuilt with scikit-learn and pandas only. Written by `mlwf evaluate --export`.

    python <this script> [DATA.csv]

It reproduces the cross-validated {metric.concept} mlwf measured ({score:.6f}, {evaluation.scheme.concept},
{evaluation.scheme.n_splits} split(s)) and then fits the final model on every row.
"""
{chr(10).join(sorted(i for i in imports if i.startswith("import ")))}
{chr(10).join(sorted(i for i in imports if i.startswith("from ")))}

DATA = {str(Path(evaluation.source).resolve())!r}
TARGET = {evaluation.target!r}
FEATURES = {plan.feature_names!r}
NUMERIC = {numeric!r}
STRINGS = {strings!r}
NONE_LEVELS = {list(table.get("none_levels", []))!r}
MEASURED = {score!r}{written_code}{helper_code}


def read_data(path):
    """The CSV as mlwf read it: numbers as floats (written as the CSV writes them; cells
    that write none missing), categories, text and dates as strings, rows without a
    target left out."""
    frame = pd.read_csv(path, sep={table.get("delimiter", ",")!r}, decimal={table.get("decimal", ".")!r},
                        encoding={codec(table.get("encoding", "utf-8"))!r}, encoding_errors={SCRIPT_ENCODING_ERRORS!r},
                        na_values={missing_markers(table)!r}, keep_default_na=False,
                        skipinitialspace=True, dtype={{name: str for name in STRINGS}}, low_memory=False,
                        index_col={False if table.get("trailing_delimiter") else None!r},
                        skiprows={rows_to_skip(table)!r})
    frame.columns = column_names(frame.columns)
    frame = nones_missing(frame, NONE_LEVELS)
    for name in NUMERIC:
        {number_code}
    frame = frame[frame[TARGET].notna()].reset_index(drop=True)
    {target_code}
    return frame[FEATURES], y.to_numpy()


def build_pipeline():
    preprocess = ColumnTransformer([
{chr(10).join(transformers)}
    ], remainder="drop", sparse_threshold={0.3 if plan.sparse else 0})
    return Pipeline([("preprocess", preprocess), {model}])


def main(path=DATA):
    X, y = read_data(path)
    cv = {splitter!r}
    scores = cross_val_score(build_pipeline(), X, y, cv=cv, scoring={scoring})
    score = {sign}scores.mean()
    print(f"cross-validated {metric.concept}: {{score:.6f}} (mlwf measured {{MEASURED:.6f}})")
    model = build_pipeline().fit(X, y)
    print(f"final model fitted on {{len(y)}} rows: {{model.named_steps['model']!r}}")
    return model, score


if __name__ == "__main__":
    main(*sys.argv[1:2])
'''
    return body


def write_script(evaluation, path: str | Path, algorithm: str | None = None) -> Path:
    """Write :func:`script` to ``path``; returns the path."""
    out = Path(path)
    out.write_text(script(evaluation, algorithm), encoding="utf-8")
    return out
