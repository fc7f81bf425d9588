"""Cross-validation of the advised candidates: the validation scheme and the metrics the
advice names, every (candidate, fold) pair a joblib task, a budget that holds.

    scheme = validation_scheme(advice, y, task)        # StratifiedKFold, TimeSeriesSplit, ...
    metrics = metrics_for(advice, task, n_classes)      # the primary metric first
    results = cross_validate(candidates, X, y, scheme, metrics, n_jobs=2, budget=30)

A candidate whose pipeline raises on this data fails alone: its result carries the error
and the other candidates go on. Tasks run through joblib (local processes; on a Dask
cluster inside ``joblib.parallel_config(backend="dask")``, see :func:`cross_validate`).
"""
from __future__ import annotations

import queue
import threading
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from mlwf.ontology.errors import InvalidInput
from mlwf.ontology.i18n import Label, Message, Percent, _

DEFAULT_FOLDS = 5
LARGE_DATA = 100_000          # the rules' "large": one hold-out split instead of k folds
SUPERVISED = ("classification", "regression", "forecasting")


# -- validation scheme -----------------------------------------------------------------------

@dataclass
class Scheme:
    concept: str              # the ontology's validation technique, e.g. "StratifiedKFoldCrossValidation"
    splitter: Any             # a scikit-learn splitter
    n_splits: int
    advised: bool
    explanation: Message      # translated when shown: to_json(lang)

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        return {"concept": self.concept, "splitter": repr(self.splitter), "n_splits": self.n_splits,
                "advised": self.advised, "explanation": self.explanation.render(lang)}


VALIDATION_CONCEPTS = ("TimeSeriesCrossValidation", "StratifiedKFoldCrossValidation",
                       "KFoldCrossValidation", "LeaveOneOutCrossValidation", "Holdout")


def validation_scheme(advice: Mapping[str, Any], y: np.ndarray, task: str,
                      folds: int = DEFAULT_FOLDS, classes: Sequence[str] | None = None) -> Scheme:
    """The splitter for the advice's best-ranked validation technique.

    Classes are always split stratified (as scikit-learn's own cross_val_score does),
    large data (100 000 rows or more, not time-ordered) gets one hold-out split, and
    leave-one-out, advised below 100 rows, is scored as k-fold since F1, ROC AUC and R²
    are undefined on a one-row fold. Classes with fewer rows than folds lower the number
    of folds; a class of one row is refused, by name (``classes[code]`` when y holds
    class codes)."""
    from sklearn.model_selection import (
        KFold,
        ShuffleSplit,
        StratifiedKFold,
        StratifiedShuffleSplit,
        TimeSeriesSplit,
    )

    advised = [r["name"] for r in advice.get("recommendations", [])
               if r["kind"] == "technique" and r["name"] in VALIDATION_CONCEPTS]
    n = len(y)
    stratify = task == "classification"
    name = advised[0] if advised else None
    if n >= LARGE_DATA and name != "TimeSeriesCrossValidation" and "Holdout" in advised:
        name = "Holdout"
    why = _("advised: {name}", name=Label(name)) if name else ""
    if name == "TimeSeriesCrossValidation":
        k = max(2, min(folds, n // 10))
        return Scheme(name, TimeSeriesSplit(n_splits=k), k, True,
                      _("time-ordered rows: {k} splits, each training on the past and validating "
                        "on the period after it", k=k))
    if name == "Holdout":
        share = 0.2 if n < 1_000_000 else 0.02
        split = (StratifiedShuffleSplit if stratify else ShuffleSplit)(
            n_splits=1, test_size=share, random_state=0)
        if stratify:
            _check_classes(y, 2, classes)
        return Scheme(name, split, 1, True,
                      _("{n} rows: one hold-out split of {share}, stratified by class", n=n,
                        share=Percent(share)) if stratify else
                      _("{n} rows: one hold-out split of {share}", n=n, share=Percent(share)))
    if name is None:
        name = "StratifiedKFoldCrossValidation" if stratify else "KFoldCrossValidation"
        why = _("the advice names no validation scheme yet (fallback)")
    k = min(folds, n)
    notes: list[Message] = []
    if name == "LeaveOneOutCrossValidation":
        notes.append(_("leave-one-out was advised, scored as k-fold because F1, ROC AUC and R² "
                       "need more than one row per fold"))
    if stratify:
        k, small = _check_classes(y, k, classes)
        if small:
            notes.append(small)
        splitter = StratifiedKFold(n_splits=k, shuffle=True, random_state=0)
        shown = "StratifiedKFoldCrossValidation" if name != "LeaveOneOutCrossValidation" else name
        return Scheme(shown, splitter, k, bool(advised), _joined(
            why, _("{k}-fold cross-validation, stratified by class", k=k), *notes))
    splitter = KFold(n_splits=k, shuffle=True, random_state=0)
    return Scheme(name, splitter, k, bool(advised),
                  _joined(why, _("{k}-fold cross-validation", k=k), *notes))


def _joined(*parts) -> Message:
    """Clauses of an explanation, each translated on its own, joined by semicolons."""
    text = parts[0]
    for part in parts[1:]:
        text = _("{text}; {clause}", text=text, clause=part)
    return text


def _check_classes(y: np.ndarray, k: int,
                   classes: Sequence[str] | None) -> tuple[int, Message | None]:
    found, counts = np.unique(y, return_counts=True)
    values = [classes[v] for v in found] if classes is not None else list(found)
    ones = [str(v) for v, c in zip(values, counts, strict=True) if c < 2]
    if ones:
        listed = ", ".join(f"'{v}'" for v in ones[:10]) + (" ..." if len(ones) > 10 else "")
        raise InvalidInput(
            _("classes {listed} of the target have a single row: no split can both train and "
              "validate on them", listed=listed) if len(ones) > 1 else
            _("class {listed} of the target has a single row: no split can both train and "
              "validate on it", listed=listed),
            _("every class needs at least 2 rows (5 for 5-fold cross-validation); remove or "
              "merge the rare classes"))
    smallest = int(counts.min())
    if smallest >= k:
        return k, None
    few: list[Message] = [_("'{name}' ({rows} rows)", name=str(v), rows=int(c))
                          for v, c in zip(values, counts, strict=True) if c < k][:10]
    joined = _joined_list(few)
    if len(few) > 1:
        return smallest, _("folds lowered from {k} to {smallest} because classes {listed} are "
                           "smaller than {k}", k=k, smallest=smallest, listed=joined)
    return smallest, _("folds lowered from {k} to {smallest} because class {listed} is smaller "
                       "than {k}", k=k, smallest=smallest, listed=joined)


def _joined_list(items: list[Message]) -> Message | str:
    text: Message | str = items[0] if items else ""
    for item in items[1:]:
        text = _("{items}, {item}", items=text, item=item)
    return text


# -- metrics -----------------------------------------------------------------------------------

@dataclass
class Metric:
    concept: str              # ontology name, e.g. "BalancedAccuracy"
    scorer: str               # scikit-learn scorer name
    greater_is_better: bool
    best: float               # the perfect value (1 for scores, 0 for errors)

    def to_json(self) -> dict[str, Any]:
        return {"concept": self.concept, "scorer": self.scorer,
                "greater_is_better": self.greater_is_better}


# Ontology metric -> scikit-learn scorer, for two classes and for more.
SCORERS = {
    "Accuracy": ("accuracy", "accuracy"),
    "BalancedAccuracy": ("balanced_accuracy", "balanced_accuracy"),
    "F1Score": ("f1", "f1_macro"),
    "Precision": ("precision", "precision_macro"),
    "Recall": ("recall", "recall_macro"),
    "ROCAUC": ("roc_auc", "roc_auc_ovr"),
    "AveragePrecision": ("average_precision", None),
    "MatthewsCorrelationCoefficient": ("matthews_corrcoef", "matthews_corrcoef"),
    "LogLoss": ("neg_log_loss", "neg_log_loss"),
    "MeanAbsoluteError": ("neg_mean_absolute_error",) * 2,
    "RootMeanSquaredError": ("neg_root_mean_squared_error",) * 2,
    "MeanSquaredError": ("neg_mean_squared_error",) * 2,
    "R2Score": ("r2",) * 2,
    "MeanAbsolutePercentageError": ("neg_mean_absolute_percentage_error",) * 2,
}
CLASSIFICATION_METRICS = ("Accuracy", "BalancedAccuracy", "F1Score", "Precision", "Recall", "ROCAUC",
                          "AveragePrecision", "MatthewsCorrelationCoefficient", "LogLoss")
DEFAULT_PRIMARY = {"classification": "BalancedAccuracy", "regression": "R2Score",
                   "forecasting": "MeanAbsoluteError"}


def metrics_for(advice: Mapping[str, Any], task: str, n_classes: int | None = None,
                limit: int = 4) -> list[Metric]:
    """The advice's metrics that scikit-learn can score, in the advice's order (the
    primary metric, rank 1, first), at most ``limit``. Metrics the advice warns against
    (kind "warning", e.g. accuracy on imbalanced classes) are not used."""
    binary = n_classes == 2
    names = [r["name"] for r in sorted(advice.get("recommendations", []), key=lambda r: r["rank"])
             if r["kind"] == "metric" and r["name"] in SCORERS]
    if not names:
        names = [DEFAULT_PRIMARY[task]]
    out: list[Metric] = []
    for name in names:
        if (task == "classification") != (name in CLASSIFICATION_METRICS):
            continue
        scorer = SCORERS[name][0 if binary or task != "classification" else 1]
        if scorer is None or any(m.scorer == scorer for m in out):
            continue
        out.append(Metric(name, scorer, not scorer.startswith("neg_"),
                          0.0 if scorer.startswith("neg_") else 1.0))
        if len(out) == limit:
            break
    if not out:
        name = DEFAULT_PRIMARY[task]
        scorer = SCORERS[name][0]
        out.append(Metric(name, scorer, not scorer.startswith("neg_"), 0.0 if scorer.startswith("neg_") else 1.0))
    return out


def _scorer(name: str):
    from sklearn.metrics import get_scorer, make_scorer, matthews_corrcoef

    return make_scorer(matthews_corrcoef) if name == "matthews_corrcoef" else get_scorer(name)


# -- one fold ----------------------------------------------------------------------------------

def fit_fold(candidate: str, pipeline, X: pd.DataFrame, y: np.ndarray, train: np.ndarray,
             test: np.ndarray, metrics: Sequence[Metric], fold: int) -> dict[str, Any]:
    """Fit a clone of ``pipeline`` on the training rows and score it on both splits, with
    one BLAS/OpenMP thread. Never raises: an error of the candidate is returned as text. Values are in the
    metric's own sense (MAE positive), not scikit-learn's negated scores."""
    import warnings

    from sklearn.base import clone
    from threadpoolctl import threadpool_limits

    started = time.perf_counter()
    out: dict[str, Any] = {"candidate": candidate, "fold": fold, "test": {}, "train": {},
                           "error": None, "t0": time.time()}
    # One thread per fold: the parallelism is joblib's, across folds and candidates, and
    # OpenMP or BLAS threads on top of it only fight for the same cores (a histogram
    # boosting fold took 40 times longer with them on a loaded 2-core machine).
    try:
        model = clone(pipeline)
        with warnings.catch_warnings(), threadpool_limits(limits=1):
            warnings.simplefilter("ignore")
            model.fit(X.iloc[train], y[train])
            out["fit_time"] = time.perf_counter() - started
            for i, metric in enumerate(metrics):
                for split, rows in (("test", test), ("train", train)):
                    try:
                        value = _scorer(metric.scorer)(model, X.iloc[rows], y[rows])
                    except Exception as exc:          # a secondary metric may not apply
                        if i == 0:
                            raise
                        value, out.setdefault("metric_errors", {})[metric.concept] = \
                            float("nan"), _short(exc)
                    out[split][metric.concept] = float(-value if not metric.greater_is_better else value)
    except Exception as exc:                          # the candidate fails alone
        out["error"] = _short(exc)
        out["traceback"] = traceback.format_exc(limit=3)
    out["time"] = time.perf_counter() - started
    out["t1"] = time.time()
    return out


def _short(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}".strip()
    return text if len(text) <= 400 else text[:397] + "..."


# -- the runs ----------------------------------------------------------------------------------

@dataclass
class CandidateResult:
    name: str                       # algorithm concept (or "DummyBaseline")
    folds: list[dict[str, Any]] = field(default_factory=list)
    n_splits: int = 0
    error: str | None = None        # the exception's own text (scikit-learn's, English)
    stopped: Message | None = None  # why it did not finish: budget, interrupted
    interrupted: bool = False       # stopped by Ctrl-C

    @property
    def complete(self) -> bool:
        return self.error is None and self.stopped is None and len(self.folds) == self.n_splits

    def mean(self, split: str, metric: str) -> float | None:
        values = [f[split].get(metric) for f in self.folds if f.get("error") is None]
        values = [v for v in values if v is not None and not np.isnan(v)]
        return float(np.mean(values)) if values else None

    def std(self, split: str, metric: str) -> float | None:
        values = [f[split].get(metric) for f in self.folds if f.get("error") is None]
        values = [v for v in values if v is not None and not np.isnan(v)]
        return float(np.std(values)) if values else None

    @property
    def fit_time(self) -> float:
        return float(sum(f.get("fit_time", 0.0) for f in self.folds))

    @property
    def span(self) -> tuple[float, float] | None:
        """Wall-clock (epoch seconds) of its first fold's start and last fold's end."""
        if not self.folds:
            return None
        return min(f["t0"] for f in self.folds), max(f["t1"] for f in self.folds)

    @property
    def compute(self) -> float:
        """Seconds spent in this candidate's folds, summed over workers."""
        return float(sum(f.get("time", 0.0) for f in self.folds))


Progress = Callable[[dict[str, Any]], None]


def cross_validate(candidates: Mapping[str, Any], X: pd.DataFrame, y: np.ndarray, scheme: Scheme,
                   metrics: Sequence[Metric], *, n_jobs: int = 1, budget: float | None = None,
                   progress: Progress | None = None,
                   stop: threading.Event | None = None) -> dict[str, CandidateResult]:
    """Cross-validate every candidate pipeline (name -> Pipeline) under ``scheme``.

    Each (candidate, fold) pair is one joblib task, in the candidates' order, run with
    ``n_jobs`` workers of the active joblib backend (local processes by default; wrap the
    call in ``joblib.parallel_config(backend="dask")`` with a dask.distributed Client to
    use a cluster). ``progress`` is called after each finished fold with
    {candidate, fold, n_splits, done, total, elapsed}. When ``budget`` seconds have
    passed, or ``stop`` is set (Ctrl-C, a cancelled job), the unfinished candidates are
    stopped and marked so (``stopped``); what finished is kept. A KeyboardInterrupt
    (Ctrl-C) is handled the same way: the results come back, marked "interrupted"."""
    from joblib import Parallel, delayed

    splits = list(scheme.splitter.split(np.zeros(len(y)), y))
    results = {name: CandidateResult(name, n_splits=len(splits)) for name in candidates}
    tasks = [(name, pipe, X, y, train, test, list(metrics), i)
             for name, pipe in candidates.items() for i, (train, test) in enumerate(splits)]
    started = time.monotonic()
    deadline = None if budget is None else started + budget
    stop = stop or threading.Event()
    box: queue.Queue = queue.Queue()
    parallel = Parallel(n_jobs=n_jobs, return_as="generator_unordered")

    def consume() -> None:
        try:
            for out in parallel(delayed(fit_fold)(*t) for t in tasks):
                box.put(("fold", out))
                if stop.is_set():
                    break
        except BaseException as exc:     # noqa: BLE001 - handed to the waiting thread
            box.put(("crash", exc))
        box.put(("end", None))

    worker = threading.Thread(target=consume, name="mlwf-evaluate", daemon=True)
    worker.start()
    done, reason, interrupted = 0, None, False
    try:
        while True:
            wait = 0.25 if deadline is None else min(0.25, max(0.0, deadline - time.monotonic()))
            try:
                kind, item = box.get(timeout=wait)
            except queue.Empty:
                if stop.is_set():
                    reason = _("stopped")
                    break
                if deadline is not None and time.monotonic() >= deadline:
                    reason = _("the budget of {seconds} s ran out", seconds=budget)
                    break
                continue
            if kind == "end":
                break
            if kind == "crash":
                if isinstance(item, KeyboardInterrupt):
                    raise item
                # A worker process died (out of memory, killed): the unfinished
                # candidates cannot go on; the finished ones are kept.
                reason = _("a worker stopped: {error}", error=_short(item))
                break
            result = results[item["candidate"]]
            result.folds.append(item)
            if item["error"] and result.error is None:
                result.error = item["error"]
            done += 1
            if progress:
                progress({"candidate": item["candidate"], "fold": item["fold"] + 1,
                          "n_splits": len(splits), "done": done, "total": len(tasks),
                          "elapsed": time.monotonic() - started, "error": item["error"]})
    except KeyboardInterrupt:
        reason, interrupted = _("interrupted (Ctrl-C)"), True
    if reason is None and stop.is_set():
        # the stop came while the last results were arriving: what did not finish still
        # says why
        reason = _("stopped")
    if reason:
        stop.set()
        _abort(parallel)
        for result in results.values():
            if result.error is None and len(result.folds) < result.n_splits:
                result.stopped = _("{reason} after {done} of {n} folds", reason=reason,
                                   done=len(result.folds), n=result.n_splits)
                result.interrupted = interrupted
    for result in results.values():
        result.folds.sort(key=lambda f: f["fold"])
    return results


def _abort(parallel) -> None:
    """Kill the workers of a running joblib call (joblib does the same when a task
    fails); local processes stop at once, a Dask cluster drops the pending tasks."""
    backend = getattr(parallel, "_backend", None)
    if backend is not None and hasattr(backend, "abort_everything"):
        try:
            backend.abort_everything(ensure_ready=False)
        except Exception:      # noqa: BLE001 - already stopped
            pass
