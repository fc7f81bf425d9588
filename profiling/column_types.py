"""The statistical type of one CSV column, decided from a summary of the whole column
(counts, distinct values, range, order) and a sample of its values.

Each decision comes with a confidence and a one-sentence reason, because several cases
cannot be settled from the data alone: a column of 1–4 may be a rating or a region code,
a column of unique integers may be a measurement or a row number. Where the data leaves
the question open, the name of the column decides, and the confidence says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

STAT_TYPES = ("nominal", "ordinal", "discrete", "continuous", "boolean", "datetime", "text",
              "identifier", "constant")
NUMERIC_TYPES = ("continuous", "discrete")
CATEGORICAL_TYPES = ("nominal", "ordinal", "boolean")

# Known ordered scales, lowest first. A string column whose levels all belong to one scale
# is ordinal; the scale also gives the order reported for it.
SCALES: tuple[tuple[str, ...], ...] = (
    ("none", "very low", "low", "medium low", "medium", "moderate", "mid", "medium high",
     "high", "very high"),
    ("tiny", "extra small", "small", "medium", "large", "extra large", "huge"),
    ("strongly disagree", "disagree", "somewhat disagree", "neutral",
     "neither agree nor disagree", "somewhat agree", "agree", "strongly agree"),
    ("never", "rarely", "seldom", "sometimes", "often", "usually", "always"),
    ("very poor", "poor", "fair", "average", "good", "very good", "excellent"),
    ("very unsatisfied", "unsatisfied", "very dissatisfied", "dissatisfied", "neutral",
     "satisfied", "very satisfied"),
    ("cold", "cool", "mild", "warm", "hot"),
    ("first", "second", "third", "fourth", "fifth"),
    ("1st", "2nd", "3rd", "4th", "5th"),
    ("xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl"),
    ("primary", "secondary", "tertiary"),
    ("elementary", "middle school", "high school", "bachelor", "master", "doctorate"),
)
GRADE = re.compile(r"^[a-f][+-]?$")
BOOLEAN_PAIRS = ({"true", "false"}, {"yes", "no"}, {"y", "n"}, {"t", "f"})

# Names settle what the values cannot: counts vs codes, years vs quantities, ids.
ID_NAME = re.compile(r"(^|[_\W])(id|key|uuid|guid|index)$|^unnamed: ?0$|^(row|record)(_?(no|num|number))?$",
                     re.IGNORECASE)
CAMEL_ID = re.compile(r"[a-z](Id|ID)$")
YEAR_NAME = re.compile(r"(^|[_\W])(year|yr)s?($|[_\W])|year$", re.IGNORECASE)
COUNT_NAME = re.compile(r"(^|[_\W])(n|num|number|count|cnt|qty|quantity|times|visits|children|"
                        r"siblings|days|nights|rooms|items|age|years)($|[_\W])|_count$", re.IGNORECASE)
ORDINAL_NAME = re.compile(r"rating|rate|score|level|grade|rank|stage|severity|satisf|agree|"
                          r"likert|quality|class|educ|quarter|month|weekday|priority", re.IGNORECASE)
NOMINAL_NAME = re.compile(r"type|code|categor|region|group|occupation|kind|zone|state|cluster|"
                          r"label|country|city|gender|sex|race|color|colour|brand|department",
                          re.IGNORECASE)

SMALL_LEVELS = 10       # at most this many integer levels, within this span, read as codes
HIGH_CARDINALITY = 50   # a nominal column with more categories than this is high-cardinality


@dataclass
class ColumnSummary:
    """What the profiler knows of a column after reading the whole file."""
    name: str
    n_present: int                        # non-missing values
    kind: str                             # "numeric", "string" or "empty"
    distinct: int                         # exact when distinct_exact, else an estimate
    distinct_exact: bool
    levels: dict[Any, int] | None         # value -> count, None when there are too many
    sample: pd.Series                     # non-missing values (floats or strings)
    bool_dtype: bool = False
    vmin: float | None = None
    vmax: float | None = None
    integral: bool = False
    strictly_increasing: bool = False
    date_format: str | None = None
    date_failures: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Verdict:
    stat_type: str
    confidence: float
    reason: str
    order: list[str] | None = None        # the levels of an ordinal string column, lowest first


def classify(col: ColumnSummary) -> Verdict:
    if col.n_present == 0:
        return Verdict("constant", 1.0, "Every value is missing.")
    if col.distinct == 1 and col.distinct_exact:
        value = next(iter(col.levels)) if col.levels else col.sample.iloc[0]
        return Verdict("constant", 1.0, f"Every non-missing value is {_show(value)}.")
    if col.kind == "numeric":
        return _numeric(col)
    return _strings(col)


def _numeric(col: ColumnSummary) -> Verdict:
    levels = sorted(col.levels) if col.levels is not None else None
    lo, hi = _num(col.vmin), _num(col.vmax)
    if col.bool_dtype:
        return Verdict("boolean", 0.98, "The values are true and false.")
    if levels == [0, 1]:
        return Verdict("boolean", 0.9, "The only values are 0 and 1, a yes/no flag.")
    if levels is not None and len(levels) == 2:
        return Verdict("boolean", 0.8, f"Only two values ({_show(levels[0])}, {_show(levels[1])}) "
                       "split the rows into two groups.")
    if col.integral and YEAR_NAME.search(col.name) and 1800 <= col.vmin and col.vmax <= 2100:
        return Verdict("datetime", 0.75, f"Whole numbers from {lo} to {hi} in a column named "
                       f"'{col.name}' are calendar years.")
    unique = _all_distinct(col)
    if col.integral and unique and col.n_present >= 20:
        if _id_name(col.name):
            return Verdict("identifier", 0.95, f"Every value is a distinct whole number and the "
                           f"name '{col.name}' marks a key.")
        if col.strictly_increasing:
            return Verdict("identifier", 0.85, "Every value is a distinct whole number and they "
                           "rise row by row, like a row number.")
    if col.integral and levels is not None and len(levels) <= SMALL_LEVELS and hi - lo <= SMALL_LEVELS:
        return _integer_codes(col, levels)
    if col.integral:
        # Counts are whole numbers, but so are measurements rounded to a unit (grams, mm):
        # many distinct values make a column behave as continuous, unless it is named a count.
        hint = " Every value is distinct: if it labels rows, it is an identifier." if unique else ""
        if col.distinct <= 25 or COUNT_NAME.search(col.name):
            return Verdict("discrete", 0.75, f"Whole numbers from {lo} to {hi} "
                           f"({_count(col)} distinct values) are counts.{hint}")
        return Verdict("continuous", 0.7, f"Whole numbers with {_count(col)} distinct values "
                       f"({lo} to {hi}) behave as a continuous quantity, as a measurement in whole "
                       f"units does.{hint}")
    if levels is not None and len(levels) <= SMALL_LEVELS:
        return Verdict("discrete", 0.6, f"Decimal numbers, but only {len(levels)} distinct values "
                       f"({', '.join(_show(v) for v in levels[:6])}).")
    return Verdict("continuous", 0.95, f"Decimal numbers from {_show(col.vmin)} to "
                   f"{_show(col.vmax)} with {_count(col)} distinct values.")


def _integer_codes(col: ColumnSummary, levels: list) -> Verdict:
    """A few whole numbers within a short span: codes of categories or small counts. The
    values cannot tell which, so the name decides, and the confidence stays moderate."""
    shown = f"{len(levels)} whole-number levels ({', '.join(_show(v) for v in levels)})"
    if COUNT_NAME.search(col.name):
        return Verdict("discrete", 0.7, f"{shown} in a column named '{col.name}' are counts.")
    if NOMINAL_NAME.search(col.name):
        return Verdict("nominal", 0.7, f"{shown} in a column named '{col.name}' are codes of "
                       "unordered categories.")
    if ORDINAL_NAME.search(col.name):
        return Verdict("ordinal", 0.75, f"{shown} in a column named '{col.name}' are an ordered "
                       "scale.")
    if levels[0] >= 1:
        return Verdict("ordinal", 0.55, f"{shown} read as codes of an ordered scale such as a "
                       "rating; they may be unordered codes or counts.")
    return Verdict("discrete", 0.5, f"{shown} starting at 0 read as small counts; they may be "
                   "codes of categories.")


def _strings(col: ColumnSummary) -> Verdict:
    lower = ({str(v).strip().lower() for v in col.levels} if col.levels is not None else None)
    if lower is not None and len(lower) <= 2 and any(lower <= pair for pair in BOOLEAN_PAIRS):
        return Verdict("boolean", 0.95, f"The values are {' and '.join(sorted(map(str, col.levels)))}.")
    if col.date_format and col.date_failures <= 0.05 * col.n_present:
        first, last = col.extra.get("date_min"), col.extra.get("date_max")
        span = f" from {first} to {last}" if first else ""
        return Verdict("datetime", 0.9 if not col.date_failures else 0.75,
                       f"Strings in the date format {col.date_format}{span}.")
    if lower is not None and len(lower) >= 2:
        order = _scale_order(lower)
        if order:
            originals = {str(v).strip().lower(): str(v) for v in col.levels}
            return Verdict("ordinal", 0.85 if len(lower) >= 3 else 0.7,
                           f"The levels {' < '.join(originals[o] for o in order)} follow a known order.",
                           [originals[o] for o in order])
        if len(lower) >= 3 and all(GRADE.match(v) for v in lower):
            order = sorted(lower, key=lambda g: (g[0], {"+": 0, "": 1, "-": 2}[g[1:]]))
            originals = {str(v).strip().lower(): str(v) for v in col.levels}
            return Verdict("ordinal", 0.7, f"Letters {', '.join(originals[o] for o in order)} read "
                           "as grades, A best.", [originals[o] for o in order])
    words = _mean_words(col.sample)
    if (words >= 3 and col.distinct > HIGH_CARDINALITY) or words >= 6:
        return Verdict("text", 0.85, f"Free text of {words:.1f} words per value on average, "
                       f"{_count(col)} distinct values.")
    if _all_distinct(col) and col.n_present >= 20:
        if _id_name(col.name):
            return Verdict("identifier", 0.95, f"Every value is distinct and the name '{col.name}' "
                           "marks a key.")
        return Verdict("identifier", 0.85, "Every value is a distinct short string, a label of "
                       "the row rather than a property of it.")
    examples = ", ".join(_show(v) for v in _top(col, 3))
    if col.distinct > HIGH_CARDINALITY:
        return Verdict("nominal", 0.75, f"{_count(col)} distinct categories (high cardinality), "
                       f"e.g. {examples}.")
    return Verdict("nominal", 0.9, f"{col.distinct} unordered categories, e.g. {examples}.")


def _scale_order(levels: set[str]) -> list[str] | None:
    for scale in SCALES:
        if levels <= set(scale):
            # Single letters (s, m, l) are too ambiguous for two levels: M/F is not a size.
            if scale[0] == "xxs" and len(levels) < 3:
                continue
            return [s for s in scale if s in levels]
    return None


def _all_distinct(col: ColumnSummary) -> bool:
    if col.distinct_exact:
        return col.distinct == col.n_present
    return col.distinct >= 0.98 * col.n_present and col.sample.is_unique


def _id_name(name: str) -> bool:
    return bool(ID_NAME.search(name.strip()) or CAMEL_ID.search(name.strip()))


def _mean_words(sample: pd.Series) -> float:
    head = sample.iloc[:5000].astype(str)
    return float(head.str.split().str.len().mean()) if len(head) else 0.0


def _top(col: ColumnSummary, n: int) -> list:
    if col.levels is not None:
        return [k for k, _ in sorted(col.levels.items(), key=lambda kv: -kv[1])[:n]]
    return list(col.sample.value_counts().index[:n])


def _count(col: ColumnSummary) -> str:
    return f"{col.distinct:,}" if col.distinct_exact else f"about {col.distinct:,}"


def _num(x: float | None) -> Any:
    return int(x) if x is not None and float(x).is_integer() else x


def _show(value: Any) -> str:
    if isinstance(value, (float, np.floating)):
        return f"{value:g}" if not float(value).is_integer() else str(int(value))
    return str(value) if isinstance(value, str) and value.strip() == value and value else repr(value)
