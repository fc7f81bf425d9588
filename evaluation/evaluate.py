"""The one capability behind `mlwf evaluate`, the API's evaluation jobs and notebooks:
profile a CSV, take the advice, build a pipeline per advised candidate, cross-validate
them against a dummy baseline, judge each run.

    from mlwf.evaluation import evaluate
    result = evaluate("penguins.csv", "species", top=3)
    result.leaderboard()      # rows: rank, algorithm, score, judgement
    result.tried()            # [{"algorithm": ..., "outcome": ...}] to assert as `tried`

Nothing is stored here: the knowledge base (kb/runs.py) records an Evaluation.
"""
from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import numpy as np
import pandas as pd

from mlwf.evaluation.judge import Judgement, judge
from mlwf.evaluation.pipelines import (
    Plan,
    build_pipeline,
    build_preprocessor,
    implementation,
    import_object,
    is_kernel_approximation,
    preprocessing_plan,
    read_frame,
)
from mlwf.evaluation.runner import (
    DEFAULT_FOLDS,
    SUPERVISED,
    CandidateResult,
    Metric,
    Progress,
    Scheme,
    cross_validate,
    metrics_for,
    validation_scheme,
)
from mlwf.ontology import Ontology, load as load_ontology
from mlwf.ontology.errors import InvalidInput, quote
from mlwf.ontology.i18n import Message, _, pgettext, texts
from mlwf.profiling.numbers import read_numbers

BASELINE = "DummyBaseline"
MAX_BYTES = 200 * 1024 * 1024     # CSVs evaluated in memory: larger files are refused


@dataclass
class Run:
    """One candidate's cross-validated run."""
    algorithm: str                         # ontology name
    implementation: str                    # dotted path of the estimator
    hyperparameters: dict[str, Any]        # the estimator's settings (get_params, plain values)
    result: CandidateResult
    judgement: Judgement | None
    started: str
    ended: str

    def to_json(self, metrics: list[Metric], lang: str | None = None) -> dict[str, Any]:
        r = self.result
        return {"algorithm": self.algorithm, "implementation": self.implementation,
                "hyperparameters": self.hyperparameters,
                "status": "failed" if r.error else "stopped" if r.stopped else "done",
                "error": r.error, "stopped": texts(r.stopped, lang), "folds_done": len(r.folds),
                "n_splits": r.n_splits,
                "scores": {m.concept: {"validation": _num(r.mean("test", m.concept)),
                                       "validation_std": _num(r.std("test", m.concept)),
                                       "train": _num(r.mean("train", m.concept))} for m in metrics},
                "fit_time": round(r.fit_time, 4), "compute": round(r.compute, 4),
                "judgement": self.judgement.to_json(lang) if self.judgement else None,
                "started": self.started, "ended": self.ended}


def _num(x: float | None) -> float | None:
    return None if x is None or not np.isfinite(x) else round(float(x), 6)


@dataclass
class Evaluation:
    source: str
    target: str
    task: str
    n_rows: int
    scheme: Scheme
    metrics: list[Metric]
    plan: Plan
    baseline: CandidateResult
    runs: list[Run]
    skipped: dict[str, Message]            # advised algorithms that were not run, and why
    notes: list[Message]                   # texts are translated when shown: to_json(lang)
    started: str
    ended: str
    wall_time: float
    facts: dict[str, Any] = field(default_factory=dict)          # what the advice was given
    profile_facts: dict[str, Any] = field(default_factory=dict)  # what the CSV says by itself
    table: dict[str, Any] = field(default_factory=dict)          # how the CSV was read
    classes: list[str] = field(default_factory=list)             # class labels by code

    @property
    def primary(self) -> Metric:
        return self.metrics[0]

    def ranked(self) -> list[Run]:
        """Finished runs best first, then stopped and failed ones."""
        m = self.primary
        sign = 1 if m.greater_is_better else -1

        def key(run: Run):
            score = run.result.mean("test", m.concept) if run.result.complete else None
            return (score is None, -(sign * score) if score is not None else 0)
        return sorted(self.runs, key=key)

    @property
    def best(self) -> Run | None:
        ranked = self.ranked()
        return ranked[0] if ranked and ranked[0].result.complete else None

    def tried(self) -> list[dict[str, str]]:
        """Judged outcomes as the fact `tried` takes them; a candidate that could not run
        on this data did not work; a stopped one is not judged."""
        out = []
        for run in self.runs:
            if run.judgement is not None:
                out.append({"algorithm": run.algorithm, "outcome": run.judgement.outcome})
            elif run.result.error:
                out.append({"algorithm": run.algorithm, "outcome": "not_working"})
        return out

    def leaderboard(self, lang: str | None = None) -> list[dict[str, Any]]:
        m = self.primary
        rows = []
        for i, run in enumerate(self.ranked(), 1):
            r = run.result
            rows.append({"rank": i if r.complete else None, "algorithm": run.algorithm,
                         "score": _num(r.mean("test", m.concept)) if r.complete else None,
                         "std": _num(r.std("test", m.concept)) if r.complete else None,
                         "train": _num(r.mean("train", m.concept)) if r.complete else None,
                         "outcome": run.judgement.outcome if run.judgement else
                         ("failed" if r.error else "stopped"),
                         "time": round(r.compute, 3), "error": r.error,
                         "stopped": texts(r.stopped, lang)})
        return rows

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        """The evaluation as JSON, its texts in ``lang`` (default: the current language)."""
        m = self.primary
        return {"source": self.source, "target": self.target, "task": self.task,
                "n_rows": self.n_rows,
                "validation": self.scheme.to_json(lang),
                "metrics": [x.to_json() for x in self.metrics],
                "primary_metric": m.concept,
                "baseline": {"algorithm": BASELINE,
                             "scores": {x.concept: _num(self.baseline.mean("test", x.concept))
                                        for x in self.metrics}},
                "leaderboard": self.leaderboard(lang),
                "runs": [r.to_json(self.metrics, lang) for r in self.ranked()],
                "best": self.best.algorithm if self.best else None,
                "tried": self.tried(), "skipped": texts(self.skipped, lang),
                "notes": texts(self.notes, lang),
                "preprocessing": self.plan.to_json(),
                "started": self.started, "ended": self.ended, "wall_time": round(self.wall_time, 3)}


def now(epoch: float | None = None) -> str:
    """An xsd:dateTime in UTC, e.g. 2026-12-01T09:30:00.123Z."""
    moment = datetime.now(timezone.utc) if epoch is None else datetime.fromtimestamp(epoch, timezone.utc)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def candidates_from_advice(advice: Mapping[str, Any], task: str, top: int | None,
                           ontology: Ontology) -> tuple[list[str], dict[str, Message]]:
    """The advice's algorithm candidates, best-ranked first, that scikit-learn can run for
    ``task`` (at most ``top``), and the others with the reason they are left out."""
    from sklearn.base import is_classifier, is_regressor

    chosen: list[str] = []
    skipped: dict[str, Message] = {}
    for rec in sorted((r for r in advice.get("recommendations", []) if r["kind"] == "algorithm"),
                      key=lambda r: r["rank"]):
        name = rec["name"]
        if top is not None and len(chosen) >= top:
            break
        concept = ontology.concepts.get(name)
        if concept is None or not concept.sklearn:
            skipped[name] = _("no scikit-learn implementation in the ontology")
            continue
        path = implementation(concept)[0]
        try:
            cls = import_object(path)
        except InvalidInput as exc:
            skipped[name] = exc.message
            continue
        try:
            instance = cls()
        except TypeError as exc:      # needs arguments the ontology does not give
            skipped[name] = _("{path} cannot be built without arguments: {reason}", path=path,
                              reason=str(exc)[:200])
            continue
        if is_kernel_approximation(name, ontology):
            chosen.append(name)       # the pipeline puts the task's linear model after it
            continue
        try:
            fits = is_classifier(instance) if task == "classification" else is_regressor(instance)
        except (AttributeError, TypeError) as exc:    # a meta-estimator without its estimator
            skipped[name] = _("{path} cannot stand alone: {reason}", path=path,
                              reason=str(exc)[:200])
            continue
        if not fits:
            skipped[name] = (_("{path} is not a classifier", path=path)
                             if task == "classification" else
                             _("{path} is not a regressor", path=path))
            continue
        chosen.append(name)
    return chosen, skipped


def _task(advice: Mapping[str, Any]) -> str:
    task = advice.get("facts", {}).get("task")
    if task not in SUPERVISED:
        raise InvalidInput(_("evaluation needs a supervised task; the case's task is {task}",
                             task=quote(task)),
                           _("task: classification, regression or forecasting (a target column "
                             "makes the task follow from its type)"))
    return task


def _target(frame: pd.DataFrame, profile, task: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(y, rows kept, classes): classes coded by frequency, the rarest of two classes as 1
    (so F1, precision and recall are about the minority class)."""
    target = profile.target["name"]
    column = frame[target]
    target_type = profile.target["target_type"]
    keep = column.notna().to_numpy()
    if task == "classification":
        if target_type == "continuous":
            raise InvalidInput(
                _("the target {target} holds {n} distinct numbers: it is a quantity, not "
                  "classes, so a classification task does not fit it", target=quote(target),
                  n=int(frame[target].nunique())),
                _("state task=regression, or choose a target of classes"))
        labels = column[keep].astype(str)
        counts = labels.value_counts()
        order = sorted(counts.index, key=lambda c: (-counts[c], c))
        codes = {c: i for i, c in enumerate(order)}
        return labels.map(codes).to_numpy(dtype=int), keep, order
    # as the profile read the target's numbers ($1,234 as 1234); a word among them is refused
    values = read_numbers(column, target, **profile.table.get("written_numbers", {}).get(target, {}))
    bad = column.notna() & values.isna()
    if bad.any():
        sample = ", ".join(repr(str(v)[:20]) for v in column[bad].unique()[:3])
        raise InvalidInput(_("the target {target} holds values that are not numbers ({sample}): "
                             "a {task} task needs a numeric target", target=quote(target),
                             sample=sample, task=pgettext("value", task)),
                           _("state task=classification, or choose a numeric target"))
    return values[keep].to_numpy(dtype=float), keep, []


@dataclass
class Prepared:
    """Everything checked and built before the first fit: what :func:`prepare` returns
    and :func:`run` takes. Bad input has been refused by then."""
    source: str
    target: str
    task: str
    profile: Any
    advice: dict[str, Any]
    plan: Plan
    X: pd.DataFrame
    y: np.ndarray
    classes: list[str]
    scheme: Scheme
    metrics: list[Metric]
    names: list[str]
    skipped: dict[str, Message]
    notes: list[Message]
    pipelines: dict[str, Any]
    facts: dict[str, Any]
    started: str
    clock: float

    @property
    def n_tasks(self) -> int:
        return len(self.pipelines) * self.scheme.n_splits


def evaluate(csv, target: str, *, facts: Mapping[str, Any] | None = None, top: int | None = 3,
             budget: float | None = None, n_jobs: int = 1, folds: int = DEFAULT_FOLDS,
             scheduler: str | None = None, progress: Progress | None = None,
             stop: threading.Event | None = None, max_bytes: int | None = MAX_BYTES,
             candidates: list[str] | None = None,
             ontology: Ontology | None = None, advisor=None) -> Evaluation:
    """Run the ``top`` advised candidates on a CSV (a path) with ``target``.

    ``facts`` are the case's stated facts (they win over profiled ones, as in `mlwf
    advise --csv`); ``candidates`` replaces the advice's choice (the benchmark uses it).
    ``advisor`` (a ``mlwf.rules.Advisor``) gives the advice; the command line and the
    server pass the one `mlwf advise` uses, whose evidence orders the candidates, so the
    top ones run are the top ones advised. Without it, the rules' own order.
    ``budget`` bounds the wall-clock seconds; ``n_jobs`` joblib workers, or a Dask
    cluster at ``scheduler`` ("tcp://host:8786" or a dask.distributed Client).
    Raises InvalidInput (ProfileTooLarge for a file over ``max_bytes``) before any run
    on bad input. The same as ``run(prepare(...), ...)``."""
    prepared = prepare(csv, target, facts=facts, top=top, folds=folds, max_bytes=max_bytes,
                       candidates=candidates, ontology=ontology, advisor=advisor)
    return run(prepared, budget=budget, n_jobs=n_jobs, scheduler=scheduler, progress=progress,
               stop=stop, ontology=ontology)


def prepare(csv, target: str, *, facts: Mapping[str, Any] | None = None, top: int | None = 3,
            folds: int = DEFAULT_FOLDS, max_bytes: int | None = MAX_BYTES,
            candidates: list[str] | None = None, ontology: Ontology | None = None,
            advisor=None, profile=None) -> Prepared:
    """Profile, advise (with ``advisor``, see :func:`evaluate`), and build the pipelines;
    raises InvalidInput on bad input. ``profile``: this CSV's profile for this target, when
    the caller already has it (the file is not read for it again)."""
    from mlwf.profiling.profile import profile_csv
    from mlwf.rules import advise

    ontology = ontology or load_ontology()
    clock = time.monotonic()
    started = now()
    if profile is None:
        profile = profile_csv(csv, target, max_bytes=max_bytes)
    merged = {**profile.facts, **dict(facts or {})}
    if advisor is not None and advisor.evidence is not None:
        # As `mlwf advise --csv` does: the evidence compares the data's meta-features.
        from mlwf.profiling.metafeatures import describe_csv
        advice = advisor.advise(merged, metafeatures=describe_csv(csv, target, profile, merged))
    else:
        advice = (advisor.advise if advisor is not None else advise)(merged)
    task = _task(advice)
    plan = preprocessing_plan(profile, advice, ontology)
    frame = read_frame(csv, profile, plan)
    y, keep, classes = _target(frame, profile, task)
    notes = [_("column {name} left out: {reason}", name=quote(k), reason=v)
             for k, v in plan.dropped.items()]
    if not keep.all():
        notes.append(_("{n} rows without a target value left out", n=int((~keep).sum())))
    X = frame.loc[keep, plan.feature_names].reset_index(drop=True)
    if task == "classification" and len(classes) < 2:
        raise InvalidInput(_("the target {target} has a single class ({name})",
                             target=quote(target), name=quote(classes[0])),
                           _("a target of two or more classes"))
    scheme = validation_scheme(advice, y, task, folds, classes or None)
    metrics = metrics_for(advice, task, len(classes) or None)
    if candidates is None:
        names, skipped = candidates_from_advice(advice, task, top, ontology)
    else:
        names, skipped = list(candidates), {}
    if not names:
        raise InvalidInput(_("the advice has no algorithm candidate that scikit-learn can run "
                             "here"),
                           "; ".join(f"{k}: {v}" for k, v in skipped.items()) or
                           _("state more facts (task, n_samples) so the rules advise algorithms"))
    pipelines = {BASELINE: _baseline(plan, task, ontology)}
    for name in names:
        pipelines[name] = build_pipeline(name, plan, ontology)
    return Prepared(str(csv), target, task, profile, advice, plan, X, y, list(classes), scheme,
                    metrics, names, skipped, notes, pipelines, merged, started, clock)


def run(prepared: Prepared, *, budget: float | None = None, n_jobs: int = 1,
        scheduler=None, progress: Progress | None = None, stop: threading.Event | None = None,
        ontology: Ontology | None = None) -> Evaluation:
    """Cross-validate a prepared evaluation's candidates and judge them."""
    ontology = ontology or load_ontology()
    p = prepared
    with _backend(scheduler):
        # On a cluster the workers are the cluster's: joblib sends every task to it.
        jobs = -1 if scheduler is not None else n_jobs
        results = cross_validate(p.pipelines, p.X, p.y, p.scheme, p.metrics, n_jobs=jobs,
                                 budget=budget, progress=progress, stop=stop)
    ended = now()
    notes = list(p.notes)
    baseline = results.pop(BASELINE)
    if not baseline.complete:
        notes.append(_("the dummy baseline did not finish, so no run is judged ({reason})",
                       reason=baseline.error or baseline.stopped))
    runs = []
    m = p.metrics[0]
    base = baseline.mean("test", m.concept) if baseline.complete else None
    for name in p.names:
        result = results[name]
        judgement = None
        score = result.mean("test", m.concept)
        if result.complete and base is not None and score is not None:
            judgement = judge(m.concept, score,
                              result.mean("train", m.concept), base, m.best, m.greater_is_better)
        # The run realises the concept's own estimator (a kernel approximation's, not the
        # linear model after it): its settings are the ones recorded.
        steps = p.pipelines[name].named_steps
        model = steps["kernel"] if "kernel" in steps else steps["model"]
        span = result.span
        runs.append(Run(name, implementation(ontology.concepts[name])[0], _plain_params(model),
                        result, judgement, now(span[0]) if span else ended,
                        now(span[1]) if span else ended))
    return Evaluation(p.source, p.target, p.task, int(len(p.y)), p.scheme, p.metrics, p.plan,
                      baseline, runs, p.skipped, notes, p.started, ended,
                      time.monotonic() - p.clock, p.facts, dict(p.profile.facts),
                      dict(p.profile.table), list(p.classes))


def _baseline(plan: Plan, task: str, ontology: Ontology):
    from sklearn.dummy import DummyClassifier, DummyRegressor
    from sklearn.pipeline import Pipeline

    dummy = DummyClassifier(strategy="prior") if task == "classification" else DummyRegressor()
    return Pipeline([("preprocess", build_preprocessor(plan, ontology)), ("model", dummy)])


def _plain_params(model) -> dict[str, Any]:
    out = {}
    for k, v in sorted(model.get_params(deep=False).items()):
        if v is None or isinstance(v, (bool, int, float, str)):
            out[k] = v if not (isinstance(v, float) and not np.isfinite(v)) else str(v)
        else:
            out[k] = repr(v)
    return out


@contextlib.contextmanager
def _backend(scheduler):
    """joblib's local processes, or a Dask cluster at ``scheduler``."""
    if scheduler is None:
        yield
        return
    try:
        from distributed import Client
    except ImportError:
        raise InvalidInput(_("--scheduler needs dask.distributed"),
                           _("install it: pip install 'mlwf[dask]'")) from None
    from joblib import parallel_config

    owned = isinstance(scheduler, str)
    try:
        client = Client(scheduler, timeout=5) if owned else scheduler
    except (OSError, TimeoutError) as exc:
        raise InvalidInput(_("cannot reach the Dask scheduler at {address}", address=scheduler),
                           f"{type(exc).__name__}: {exc}"[:200]) from None
    try:
        with parallel_config(backend="dask"):
            yield
    finally:
        if owned:
            client.close()
