"""Building the meta-knowledge base: every classification and regression algorithm of the
ontology cross-validated on every dataset of the corpus, written as ML Schema RDF.

    mlwf metakb build            # cli/main.py: the one command; writes kb/data/metakb.nt.gz

For each dataset of evaluation/corpus.py: its table is written to a CSV and profiled as a
person's would be (profiling/profile.py), its meta-features computed
(profiling/metafeatures.py), and for each algorithm a scikit-learn Pipeline is built from
the profile and the advice (evaluation/pipelines.py) and cross-validated with 3 shuffled
folds (stratified for classification), scored by balanced accuracy or R². Every
estimator and split is seeded, so the same packages give the same base.

Budget: rows are capped (corpus.MAX_ROWS), a run that has used ``RUN_BUDGET`` seconds
stops after the fold it is in and is recorded as failed, and (dataset, algorithm) pairs
run as joblib tasks (two processes by default, under ``nice``). Finished runs are kept
in a cache directory, so an interrupted build resumes where it stopped.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mlwf.evaluation import corpus
from mlwf.ontology import MLWF, Ontology, load as load_ontology

FOLDS = 3
RUN_BUDGET = 60.0          # seconds of one (dataset, algorithm) run before it is cut
SEED = 0
MEASURES = {"classification": "BalancedAccuracy", "regression": "R2Score"}
SCORING = {"classification": "balanced_accuracy", "regression": "r2"}

METAKB_GRAPH = "https://w3id.org/mlwf/metakb"
BASE = "https://w3id.org/mlwf/metakb/"
MLS = "http://www.w3.org/ns/mls#"
KB = "https://w3id.org/mlwf/kb#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"


def algorithms(task: str, ontology: Ontology | None = None) -> list[str]:
    """The ontology's algorithms for ``task`` that have a scikit-learn estimator: those
    whose class is a classifier (regressor), and the kernel approximations, which the
    chart pairs with a linear model. Semi-supervised ones need unlabelled rows: not here."""
    from sklearn.base import ClassifierMixin, RegressorMixin

    from mlwf.evaluation.pipelines import implementation, import_object
    ontology = ontology or load_ontology()
    mixin = ClassifierMixin if task == "classification" else RegressorMixin
    out = []
    for concept in ontology.concepts.values():
        if concept.kind != "algorithm" or not concept.sklearn:
            continue
        if "SemiSupervisedAlgorithm" in concept.parents:
            continue
        cls = import_object(implementation(concept)[0])
        if "KernelApproximation" in concept.parents or (
                isinstance(cls, type) and issubclass(cls, mixin)):
            out.append(concept.name)
    return sorted(out)


# -- one dataset ----------------------------------------------------------------------------

@dataclass
class Described:
    name: str
    task: str
    source: str
    table: str
    target: str
    n_rows: int              # after the cap
    n_rows_full: int
    n_features: int
    facts: dict[str, Any]
    metafeatures: dict[str, float]


@dataclass
class RunResult:
    dataset: str
    algorithm: str
    implementation: str
    scores: list[float] = field(default_factory=list)
    error: str | None = None

    @property
    def score(self) -> float | None:
        return float(np.mean(self.scores)) if self.scores and self.error is None else None


def _csv(dataset: corpus.Dataset) -> bytes:
    frame = dataset.X.copy()
    frame[dataset.entry.target] = dataset.y
    return frame.to_csv(index=False).encode()


def prepare(entry: corpus.Entry, max_rows: int = corpus.MAX_ROWS) -> tuple[corpus.Dataset, Any, bytes]:
    """The dataset, its profile (as a person's CSV would be profiled) and its CSV."""
    from mlwf.profiling.profile import profile_csv
    dataset = corpus.load(entry, max_rows=max_rows)
    data = _csv(dataset)
    profile = profile_csv(io.BytesIO(data), entry.target)
    return dataset, profile, data


def describe(entry: corpus.Entry, max_rows: int = corpus.MAX_ROWS) -> Described:
    from mlwf.profiling.metafeatures import describe as metafeatures
    dataset, profile, _ = prepare(entry, max_rows)
    # The size is the table's own, not the cap's: a person brings the whole table, and
    # similarity should see a big table as big. (The runs themselves saw the capped rows.)
    facts = {**profile.facts, "task": entry.task, "n_samples": dataset.n_rows_full}
    mf = metafeatures(dataset.X, dataset.y, entry.task, facts=facts)
    return Described(entry.name, entry.task, entry.source, entry.table, entry.target,
                     len(dataset.X), dataset.n_rows_full, dataset.X.shape[1],
                     _plain(facts), {k: round(v, 6) for k, v in sorted(mf.items())})


def _plain(facts: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(facts, default=str))


def run_dataset(entry: corpus.Entry, algs: list[str], budget: float = RUN_BUDGET,
                max_rows: int = corpus.MAX_ROWS) -> list[RunResult]:
    """Cross-validate each algorithm on one dataset, with the Pipeline the evaluation
    layer builds for a person's CSV (profile, advice, preprocessing plan)."""
    from sklearn.metrics import get_scorer
    from sklearn.model_selection import KFold, StratifiedKFold
    from threadpoolctl import threadpool_limits

    from mlwf.evaluation import pipelines
    from mlwf.rules import advise

    dataset, profile, data = prepare(entry, max_rows)
    advice = advise({**profile.facts, "task": entry.task})
    ontology = load_ontology()
    plan = pipelines.preprocessing_plan(profile, advice)
    X = pipelines.read_frame(io.BytesIO(data), profile, plan)
    y = dataset.y.to_numpy()
    splitter = (StratifiedKFold if entry.task == "classification" else KFold)(
        FOLDS, shuffle=True, random_state=SEED)
    splits = list(splitter.split(X, y))
    scorer = get_scorer(SCORING[entry.task])
    results = []
    for algorithm in algs:
        result = RunResult(entry.name, algorithm,
                           pipelines.implementation(ontology.concepts[algorithm])[0])
        started = time.monotonic()
        # One thread per fit: the build runs several fits side by side instead, and
        # OpenMP's threads fighting over shared cores made boosting ten times slower.
        with warnings.catch_warnings(), threadpool_limits(1):
            warnings.simplefilter("ignore")
            try:
                for train, test in splits:
                    # what each model needs in front of it (a kernel approximation's
                    # linear model, [0, 1] scaling for count models) is model_steps' to say
                    pipe = pipelines.build_pipeline(algorithm, plan, ontology)
                    _seed(pipe)
                    pipe.fit(X.iloc[train], y[train])
                    result.scores.append(float(scorer(pipe, X.iloc[test], y[test])))
                    if time.monotonic() - started > budget:
                        result.error = f"over the budget of {budget:.0f} s"
                        break
            except Exception as exc:   # a pipeline that cannot handle this data fails alone
                result.error = f"{type(exc).__name__}: {str(exc)[:200]}"
        results.append(result)
    return results


def _seed(pipe) -> None:
    params = {k: SEED for k in pipe.get_params() if k.endswith("random_state")}
    if params:
        pipe.set_params(**params)


# -- the whole build ---------------------------------------------------------------------------

def _cache_key(name: str, max_rows: int) -> str:
    # the row cap is part of the key: runs on other rows are other runs
    parts = (name,) if max_rows == 500 else (name, str(max_rows))   # 500: the first builds' keys
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def build(out: str | os.PathLike, cache: str | os.PathLike | None = None, n_jobs: int = 2,
          only: Iterable[str] | None = None, log: Callable[[str], None] = print,
          max_rows: int = corpus.MAX_ROWS) -> dict[str, int]:
    """Describe every dataset, run every algorithm on it (on at most ``max_rows`` rows of
    it), write the base to ``out`` (gzipped, sorted N-Triples). Returns counts."""
    from joblib import Parallel, delayed
    cache_dir = Path(cache) if cache else None
    if cache_dir:
        cache_dir.mkdir(parents=True, exist_ok=True)
    entries = [e for e in corpus.CORPUS if only is None or e.name in set(only)]

    def cached(kind: str, key: str, compute):
        path = cache_dir / f"{kind}-{key}.json" if cache_dir else None
        if path and path.exists():
            return json.loads(path.read_text())
        value = compute()
        if path:
            path.write_text(json.dumps(value))
        return value

    parallel = Parallel(n_jobs=n_jobs, verbose=0)
    started = time.monotonic()
    described = parallel(delayed(cached)("dataset", _cache_key(e.name, max_rows),
                                         lambda e=e: asdict(describe(e, max_rows)))
                         for e in entries)
    log(f"described {len(described)} datasets in {time.monotonic() - started:.0f} s")
    ontology = load_ontology()
    algs = {task: algorithms(task, ontology) for task in MEASURES}
    per_dataset = parallel(delayed(_runs_cached)(cache_dir, e, algs[e.task], max_rows)
                           for e in entries)
    runs = [r for rs in per_dataset for r in rs]
    failed = sum(1 for r in runs if r["error"])
    log(f"{len(runs)} runs ({failed} failed) in {time.monotonic() - started:.0f} s")
    triples = to_ntriples([Described(**d) for d in described],
                          [RunResult(**r) for r in runs], ontology)
    write(out, triples)
    return {"datasets": len(described), "runs": len(runs), "failed": failed,
            "triples": len(triples)}


def _runs_cached(cache_dir: Path | None, entry: corpus.Entry, algs: list[str],
                 max_rows: int = corpus.MAX_ROWS) -> list[dict]:
    """One dataset's runs, running only the algorithms its cache file lacks."""
    path = cache_dir / f"runs-{_cache_key(entry.name, max_rows)}.json" if cache_dir else None
    done = {r["algorithm"]: r for r in json.loads(path.read_text())} if path and path.exists() else {}
    missing = [a for a in algs if a not in done]
    if missing:
        done.update({r.algorithm: asdict(r) for r in run_dataset(entry, missing, max_rows=max_rows)})
        if path:
            path.write_text(json.dumps([done[a] for a in sorted(done)]))
    return [done[a] for a in algs]


def write(out: str | os.PathLike, lines: list[str]) -> None:
    """Sorted N-Triples, gzipped with no timestamp: the same base gives the same bytes."""
    body = ("\n".join(sorted(set(lines))) + "\n").encode()
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(body)


# -- RDF ---------------------------------------------------------------------------------------

def slug(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text)


def dataset_iri(name: str) -> str:
    return f"{BASE}dataset/{slug(name)}"


def metafeature_iri(name: str) -> str:
    return f"{BASE}metafeature/{slug(name)}"


def _lit(value: Any) -> str:
    if isinstance(value, bool):
        return f'"{str(value).lower()}"^^<{XSD}boolean>'
    if isinstance(value, (int, np.integer)):
        return f'"{int(value)}"^^<{XSD}integer>'
    if isinstance(value, (float, np.floating)):
        return f'"{float(value)!r}"^^<{XSD}double>'
    return json.dumps(str(value), ensure_ascii=False)


def _t(s: str, p: str, o: str) -> str:
    return f"<{s}> <{p}> {o} ."


def to_ntriples(datasets: list[Described], runs: list[RunResult], ontology: Ontology) -> list[str]:
    """Datasets with their characteristics, runs with their implementation, algorithm,
    input, task and evaluation, in ML Schema; plus ``kb:normalizedScore`` on each
    evaluation (0 = the dataset's median algorithm, 1 = its best) for simple queries."""
    out: list[str] = []
    mf_names: set[str] = set()
    for d in datasets:
        iri = dataset_iri(d.name)
        out += [_t(iri, RDF_TYPE, f"<{MLS}Dataset>"),
                _t(iri, RDFS + "label", _lit(d.name)),
                _t(iri, DCT + "source", _lit(d.source)),
                _t(iri, KB + "table", _lit(d.table)),
                _t(iri, KB + "target", _lit(d.target)),
                _t(iri, KB + "task", _lit(d.task)),
                _t(iri, KB + "rowsUsed", _lit(d.n_rows)),
                _t(iri, KB + "rowsInSource", _lit(d.n_rows_full)),
                # the facts its CSV gives when profiled, as a person's would be (JSON)
                _t(iri, KB + "profiledFacts", _lit(json.dumps(d.facts, sort_keys=True)))]
        for name, value in d.metafeatures.items():
            q = f"{iri}/quality/{slug(name)}"
            mf_names.add(name)
            out += [_t(iri, MLS + "hasQuality", f"<{q}>"),
                    _t(q, RDF_TYPE, f"<{MLS}DatasetCharacteristic>"),
                    _t(q, MLS + "specifiedBy", f"<{metafeature_iri(name)}>"),
                    _t(q, MLS + "hasValue", _lit(float(value)))]
    for name in mf_names:
        out += [_t(metafeature_iri(name), RDF_TYPE, f"<{KB}MetaFeature>"),
                _t(metafeature_iri(name), RDFS + "label", _lit(name))]
    task_of = {d.name: d.task for d in datasets}
    normalized = normalized_scores({(r.dataset, r.algorithm): r.score for r in runs})
    for r in runs:
        task = task_of[r.dataset]
        run_iri = f"{BASE}run/{slug(r.dataset)}/{slug(r.algorithm)}"
        impl = f"{BASE}implementation/{slug(r.implementation)}"
        out += [_t(run_iri, RDF_TYPE, f"<{MLS}Run>"),
                _t(run_iri, MLS + "hasInput", f"<{dataset_iri(r.dataset)}>"),
                _t(run_iri, MLS + "realizes", f"<{MLWF}{r.algorithm}>"),
                _t(run_iri, MLS + "executes", f"<{impl}>"),
                _t(run_iri, MLS + "achieves", f"<{BASE}task/{task}>"),
                _t(impl, RDF_TYPE, f"<{MLS}Implementation>"),
                _t(impl, RDFS + "label", _lit(r.implementation)),
                _t(impl, MLS + "implements", f"<{MLWF}{r.algorithm}>"),
                _t(f"{BASE}task/{task}", RDF_TYPE, f"<{MLS}Task>"),
                _t(f"{BASE}task/{task}", RDFS + "label", _lit(task))]
        if r.error:
            out.append(_t(run_iri, KB + "failed", _lit(r.error)))
        if r.score is not None:
            ev = f"{run_iri}/evaluation"
            measure = f"{MLWF}{MEASURES[task]}"
            out += [_t(run_iri, MLS + "hasOutput", f"<{ev}>"),
                    _t(ev, RDF_TYPE, f"<{MLS}ModelEvaluation>"),
                    _t(ev, MLS + "specifiedBy", f"<{measure}>"),
                    _t(measure, RDF_TYPE, f"<{MLS}EvaluationMeasure>"),
                    _t(ev, MLS + "hasValue", _lit(round(r.score, 6))),
                    _t(ev, KB + "folds", _lit(len(r.scores)))]
            n = normalized.get((r.dataset, r.algorithm))
            if n is not None:
                out.append(_t(ev, KB + "normalizedScore", _lit(round(n, 6))))
    return out


def normalized_scores(scores: dict[tuple[str, str], float | None]) -> dict[tuple[str, str], float]:
    """Per dataset, (score - median) / (best - median) over the algorithms run on it,
    floored at -1; a failed run counts as the dataset's worst score."""
    by_dataset: dict[str, dict[str, float | None]] = {}
    for (dataset, alg), s in scores.items():
        by_dataset.setdefault(dataset, {})[alg] = s
    out: dict[tuple[str, str], float] = {}
    for dataset, algs in by_dataset.items():
        ok = [s for s in algs.values() if s is not None]
        if not ok:
            continue
        worst = min(ok)
        values = {a: (s if s is not None else worst) for a, s in algs.items()}
        med, best = float(np.median(list(values.values()))), max(values.values())
        span = best - med
        for a, s in values.items():
            # floored at -1: as far below the median as the best is above it
            out[(dataset, a)] = max((s - med) / span, -1.0) if span > 1e-12 else 0.0
    return out
