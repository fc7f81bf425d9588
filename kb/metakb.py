"""The meta-knowledge base: datasets, their meta-features, and runs of every algorithm on
them (ML Schema), shipped with the package and loaded into the store at start; and the
evidence it gives a consultation.

The base is one named graph, ``METAKB_GRAPH``, built by ``mlwf metakb build``
(evaluation/metakb.py) into kb/data/metakb.nt.gz. For advice it is read once into
numpy arrays: per task, a matrix of meta-features (datasets × features) and one of
normalized scores (datasets × algorithms). A consultation then costs a distance to a
few dozen rows: well under a millisecond.

Order (rules/ranking.py): the first place goes to the candidate with the best evidence
score (below); the next places are a greedy portfolio (``Evidence.complement``): what
adds most to the expected best normalized score of those before it over the whole base,
every dataset alike, as auto-sklearn 2.0 builds its portfolio over all its
meta-datasets (weighted like the score, half on the neighbours, it did 0.02 worse in
regression best-of-top-3, measured in bench/bench_advice_quality.py). (Until the base had 1,000 rows per dataset, the first place moved from the
rules' choice only on a clear win, a bound on ranks: with 500 rows the best score was a
coin toss; with 1,000 it beat that rule, measured in bench/bench_advice_quality.py.)

Similarity: each meta-feature is standardized by its spread over the base's datasets of
the task; the distance is the root mean square difference over the features both sides
have. With the data's landmarkers (scores of quick simple models), only the relative
landmarkers count (each minus the best of them: which kind of model does relatively
better here); a person who only states facts is compared on those facts. The K nearest
datasets vote: an algorithm's score is its mean normalized score on them, weighted by
closeness, averaged half and half with its mean over the whole base (SHRINK); the
explanation counts on how many neighbours it was within NEAR_BEST of the best.

Runs people make on their own data (evaluation runs recorded in case graphs, ML Schema)
are read by :meth:`MetaKB.add_runs` and join the evidence, marked as theirs.
"""
from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from mlwf.ontology import MLWF as _MLWF
from mlwf.ontology.i18n import Number, Percent, _, pgettext
from mlwf.profiling.metafeatures import RELATIVE
from mlwf.rules.evidence import AlgorithmEvidence, Evidence

METAKB_GRAPH = "https://w3id.org/mlwf/metakb"
MLS = "http://www.w3.org/ns/mls#"
KB = "https://w3id.org/mlwf/kb#"
MLWF = str(_MLWF)
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
K = 10
NEAR_BEST = 0.01        # "within 1 % of the best"
MIN_FEATURES = 3        # fewer facts to compare by than this: thin evidence
SHRINK = 0.5            # weight of the neighbours against the whole base's mean
FLOOR = -1.0            # normalized scores below this count as this
FAR = 2.0               # nearest dataset further than this (in standard deviations): thin
TASKS = ("classification", "regression")


def shipped_path() -> Path:
    return Path(str(resources.files("mlwf.kb") / "data" / "metakb.nt.gz"))


def shipped_ntriples(path: str | Path | None = None) -> bytes:
    """The shipped base as N-Triples (empty when the package was built without it)."""
    path = Path(path) if path else shipped_path()
    return gzip.decompress(path.read_bytes()) if path.exists() else b""


@dataclass
class _TaskBase:
    datasets: list[str]
    sources: list[str]                  # "metakb" or "yours" per dataset
    features: list[str]
    values: np.ndarray                  # datasets × features, NaN where unknown
    algorithms: list[str]
    normalized: np.ndarray              # datasets × algorithms, NaN where not run
    raw: np.ndarray                     # datasets × algorithms, raw scores (failed: -inf)
    mean: np.ndarray = field(init=False)
    scale: np.ndarray = field(init=False)
    beaten: np.ndarray = field(init=False)  # datasets × algorithms: share of the others beaten

    def __post_init__(self) -> None:
        self.beaten = _beaten(self.normalized)
        with np.errstate(all="ignore"):
            self.mean = np.nanmean(self.values, axis=0) if len(self.values) else np.zeros(0)
            scale = np.nanstd(self.values, axis=0) if len(self.values) else np.zeros(0)
        self.scale = np.where(np.isfinite(scale) & (scale > 1e-9), scale, 1.0)


class MetaKB:
    """The base, indexed for neighbour look-ups. ``from_ntriples`` reads the shipped graph."""

    def __init__(self, datasets: dict[str, dict[str, Any]],
                 runs: dict[tuple[str, str], dict[str, Any]]):
        self.datasets = datasets        # iri -> {"name", "task", "metafeatures", "source"}
        self.runs = runs                # (dataset iri, algorithm) -> {"score", "normalized"}
        self._index()

    # -- reading ---------------------------------------------------------------------------

    @classmethod
    def from_ntriples(cls, data: bytes) -> MetaKB:
        import pyoxigraph as ox
        quads: Iterable[ox.Triple] = ox.parse(data, format=ox.RdfFormat.N_TRIPLES) if data else []
        subject: dict[str, dict[str, list]] = {}
        for t in quads:
            if isinstance(t.subject, ox.Triple):  # RDF-star: never in the base's N-Triples
                continue
            props = subject.setdefault(t.subject.value, {})
            props.setdefault(t.predicate.value, []).append(t.object)
        return cls(*_read(subject, source="metakb"))

    @classmethod
    def shipped(cls) -> MetaKB:
        return cls.from_ntriples(shipped_ntriples())

    def add_runs(self, datasets: dict[str, dict[str, Any]],
                 runs: dict[tuple[str, str], dict[str, Any]]) -> None:
        """Runs people made on their own data join the evidence (marked "yours")."""
        self.datasets.update(datasets)
        self.runs.update(runs)
        self._index()

    def _index(self) -> None:
        self.bases: dict[str, _TaskBase] = {}
        for task in TASKS:
            scored = {i for (i, _), r in self.runs.items() if np.isfinite(r.get("score", np.nan))}
            names = sorted(i for i, d in self.datasets.items() if d["task"] == task and i in scored)
            described = [_with_relative(self.datasets[i]["metafeatures"]) for i in names]
            features = sorted({f for mf in described for f in mf})
            algs = sorted({a for (i, a) in self.runs if i in set(names)})
            values = np.array([[mf.get(f, np.nan) for f in features] for mf in described],
                              dtype=float).reshape(len(names), len(features))
            raw = np.array([[self.runs.get((i, a), {}).get("score", np.nan) for a in algs]
                            for i in names], dtype=float).reshape(len(names), len(algs))
            self.bases[task] = _TaskBase(
                [self.datasets[i]["name"] for i in names],
                [self.datasets[i].get("source", "metakb") for i in names],
                features, values, algs, _normalize(raw), raw)

    # -- evidence --------------------------------------------------------------------------

    def evidence(self, facts: Mapping[str, Any], metafeatures: Mapping[str, float] | None = None,
                 exclude: Iterable[str] = (), k: int = K, shrink: float = SHRINK) -> Evidence | None:
        """Evidence for a consultation: the K datasets of the base nearest to the
        person's (by ``metafeatures`` of their data, else by what their facts say), and
        how each algorithm fared on them. None when the task is not one the base covers."""
        task = facts.get("task")
        base = self.bases.get(task) if isinstance(task, str) else None
        if base is None or not base.datasets:
            return None
        if metafeatures:
            query, basis = _with_relative(metafeatures), "data"
        else:
            from mlwf.profiling.metafeatures import from_facts
            query, basis = from_facts(facts), "facts"
        excluded = set(exclude)
        rows = [i for i, name in enumerate(base.datasets) if name not in excluded]
        used = [j for j, f in enumerate(base.features) if f in query and np.isfinite(query[f])]
        # With the data's landmarkers, datasets are similar when the same kinds of quick
        # model do relatively better on them: that is what predicts which algorithm wins
        # (measured in bench/bench_advice_quality.py); size, types and difficulty move
        # every algorithm alike, and the normalized score takes that out.
        relative = [j for j in used if base.features[j].startswith(RELATIVE)]
        if relative:
            used = relative
        if not rows:
            return None
        if used:
            q = np.array([query[base.features[j]] for j in used], dtype=float)
            z = (base.values[np.ix_(rows, used)] - q) / base.scale[used]
            # The mean over the measures each dataset has; one with none gets NaN without
            # numpy's "Mean of empty slice" warning, which would reach the server's log.
            shared = np.isfinite(z).sum(axis=1)
            with np.errstate(all="ignore"):
                dist = np.sqrt(np.nansum(z ** 2, axis=1) / shared)
            comparable = np.isfinite(dist)
            if comparable.any():        # datasets sharing no measure with yours are left out
                rows = [r for r, ok in zip(rows, comparable, strict=True) if ok]
                dist = dist[comparable]
            else:
                dist, used = np.zeros(len(rows)), []
        else:
            dist = np.zeros(len(rows))
        order = np.argsort(dist, kind="stable")[:k]
        near = [rows[i] for i in order]
        d = dist[order]
        thin_reason = None
        if len(used) < MIN_FEATURES:
            thin_reason = _("only {n} of the facts that describe a dataset are known, "
                            "so the similar datasets are chosen on little", n=len(used))
        elif d[0] > FAR:
            thin_reason = _("even the most similar dataset of the base is not close")
        weights = 1.0 / (0.25 + d)
        # All algorithms at once: a consultation must stay within milliseconds.
        scores = base.normalized[near]                       # neighbours × algorithms
        ran = np.isfinite(scores)
        w = weights[:, None] * ran
        with np.errstate(all="ignore"):
            near_score = np.nansum(np.where(ran, scores, 0.0) * w, axis=0) / w.sum(axis=0)
            overall = np.nanmean(base.normalized[rows], axis=0)
            raw = base.raw[near]
            best = np.nanmax(raw, axis=1, keepdims=True)
        # Half from the neighbours, half from the whole base: with a few dozen datasets
        # per task, neighbours alone follow noise (measured in
        # bench/bench_advice_quality.py), the base's mean alone ignores your data.
        blended = np.where(np.isfinite(overall), shrink * near_score + (1 - shrink) * overall,
                           near_score)
        close = np.isfinite(raw) & (raw >= best - NEAR_BEST * np.abs(best))
        n_close, n_ran = close.sum(axis=0), ran.sum(axis=0)
        algorithms: dict[str, AlgorithmEvidence] = {}
        # Plain Python lists from here: a few dozen numpy scalar look-ups per algorithm
        # cost more than the arithmetic (a consultation must stay within milliseconds).
        near_names = [base.datasets[i] for i in near]
        closes, n_close, n_ran = close.T.tolist(), n_close.tolist(), n_ran.tolist()
        task_name, share_of_best, n_rows = _task(task), Percent(NEAR_BEST), len(rows)
        scores, on_near, on_all = blended.tolist(), near_score.tolist(), overall.tolist()
        for j, alg in enumerate(base.algorithms):
            if not n_ran[j]:
                continue
            examples = [name for name, hit in zip(near_names, closes[j], strict=True) if hit][:3]
            # Translated when shown (rules/engine.py renders it in the advice's language).
            text = _("on {close} of the {ran} most similar datasets{examples}, {algorithm} was "
                     "within {share} of the best (mean normalized score {near} on them and {overall} "
                     "over all {n} {task} datasets of the base; 1 = best, 0 = median).",
                     close=n_close[j], ran=n_ran[j],
                     examples=_(" (e.g. {names})", names=", ".join(examples)) if examples else "",
                     algorithm=_short(alg), share=share_of_best,
                     near=Number(on_near[j], digits=2), overall=Number(on_all[j], digits=2),
                     n=n_rows, task=task_name)
            algorithms[alg] = AlgorithmEvidence(scores[j], n_close[j], n_ran[j],
                                                examples, text)
        # The portfolio weighs every dataset of the base alike: half on the neighbours,
        # as the score, it complemented the first place less well on datasets left out
        # (bench/bench_advice_quality.py, "other portfolios").
        share = np.zeros(len(base.datasets))
        share[rows] = 1.0 / len(rows)
        complement = _complement(base, share, close, ran)
        compared = [base.features[j] for j in used]
        note = _("Algorithms are ordered by how they did on the {n} most similar {task} datasets "
                 "of the meta-knowledge base, compared by {by} ({measures} measures).",
                 n=len(near), task=_task(task), measures=len(compared),
                 by=_("how quick simple models did on your data, relative to each other")
                 if relative else _("meta-features of your data") if basis == "data"
                 else _("your stated facts"))
        if thin_reason:
            note = _("{note} The evidence is thin: {reason}; treat the order as a weak hint.",
                     note=note, reason=thin_reason)
        neighbours = [{"dataset": base.datasets[i], "distance": round(float(x), 3),
                       "source": base.sources[i]} for i, x in zip(near, d, strict=True)]
        note = _("{note} The first place goes to the algorithm with the best mean normalized "
                 "score there (weighted by similarity, half and half with the whole base); "
                 "each next place goes to the one that best complements those before it (or "
                 "those you tried without success) over all {n} {task} datasets of the base.",
                 note=note, n=len(rows), task=_task(task))
        return Evidence(basis, neighbours, algorithms, thin_reason is not None, note, compared,
                        complement)



def _with_relative(metafeatures: Mapping[str, float]) -> dict[str, float]:
    from mlwf.profiling.metafeatures import relative_landmarkers
    return {**metafeatures, **relative_landmarkers(metafeatures)}


def _complement(base: _TaskBase, share: np.ndarray, close: np.ndarray, ran: np.ndarray):
    """complement(candidates, chosen) for Evidence (auto-sklearn 2.0's greedy portfolio
    step), for every candidate at once: the weighted expected best normalized score of
    ``chosen`` without and with it, and on how many neighbours (rows of ``close``/``ran``)
    it was within NEAR_BEST of the best where none of ``chosen`` was. A run never made
    counts as the floor: it helped nobody."""
    col = {a: j for j, a in enumerate(base.algorithms)}
    weight = share / share.sum()
    filled = np.where(np.isfinite(base.normalized), base.normalized, FLOOR)
    seen = (np.isfinite(base.normalized) & (share > 0)[:, None]).any(axis=0)

    def complement(candidates: list[str], chosen: list[str]) -> dict[str, dict[str, Any] | None]:
        known = [col[c] for c in chosen if c in col]
        current = filled[:, known].max(axis=1) if known else np.full(len(filled), FLOOR)
        covered = (np.asarray(close[:, known].any(axis=1)) if known
                   else np.zeros(len(close), bool))
        cols = [col[c] for c in candidates if c in col and seen[col[c]]]
        before = float(weight @ current)
        after = weight @ np.maximum(current[:, None], filled[:, cols])
        rescued = (close[:, cols] & ~covered[:, None]).sum(axis=0)
        of = (ran[:, cols] & ~covered[:, None]).sum(axis=0)
        out: dict[str, dict[str, Any] | None] = dict.fromkeys(candidates)
        for i, j in enumerate(cols):
            out[base.algorithms[j]] = {"before": before, "after": float(after[i]),
                                       "rescued": int(rescued[i]), "of": int(of[i]),
                                       "within": NEAR_BEST}
        return out
    return complement


def _beaten(normalized: np.ndarray) -> np.ndarray:
    """Per dataset, the share of the other algorithms each one beat (ties count half):
    1 = best, 0 = worst; NaN where it was not run."""
    from scipy.stats import rankdata
    out = np.full_like(normalized, np.nan)
    for i, row in enumerate(normalized):
        ok = np.isfinite(row)
        if ok.sum() > 1:
            out[i, ok] = (rankdata(row[ok]) - 1) / (ok.sum() - 1)
    return out


def _task(task: str | None):
    """The task as the evidence's sentences name it, in the reader's language."""
    if task is None:
        return None
    names = {"classification": pgettext("datasets of the task", "classification"),
             "regression": pgettext("datasets of the task", "regression"),
             "forecasting": pgettext("datasets of the task", "forecasting")}
    return names.get(task, task)


def _short(alg: str) -> str:
    return alg.removesuffix("Classifier").removesuffix("Regressor") or alg


def _normalize(raw: np.ndarray) -> np.ndarray:
    """Per dataset: 0 = the median algorithm, 1 = the best; a failed run counts as the
    dataset's worst, and nothing counts below FLOOR (the same rules as the build's
    normalized scores), so one catastrophic run (an R² of -10⁶) cannot outweigh the rest."""
    out = np.full_like(raw, np.nan)
    for i, row in enumerate(raw):
        ok, ran = np.isfinite(row), ~np.isnan(row)     # failed: -inf; never run: NaN
        if not ok.any():
            continue
        filled = np.where(ok, row, row[ok].min())[ran]
        med, best = np.median(filled), filled.max()
        span = best - med
        out[i, ran] = np.maximum((filled - med) / span, FLOOR) if span > 1e-12 else 0.0
    return out


def _value(term) -> Any:
    try:
        return float(term.value)
    except (TypeError, ValueError):
        return term.value


def _read(subject: dict[str, dict[str, list]], source: str):
    """Datasets and runs out of ML Schema triples grouped by subject."""
    datasets: dict[str, dict[str, Any]] = {}
    runs: dict[tuple[str, str], dict[str, Any]] = {}
    for iri, props in subject.items():
        types = {t.value for t in props.get(RDF_TYPE, [])}
        if MLS + "Dataset" in types and KB + "task" in props:
            mf = {}
            for q in props.get(MLS + "hasQuality", []):
                quality = subject.get(q.value, {})
                spec = quality.get(MLS + "specifiedBy", [])
                value = quality.get(MLS + "hasValue", [])
                if spec and value:
                    label = subject.get(spec[0].value, {}).get(RDFS_LABEL)
                    name = label[0].value if label else spec[0].value.rsplit("/", 1)[-1]
                    mf[name] = _value(value[0])
            label = props.get(RDFS_LABEL)
            facts = props.get(KB + "profiledFacts")
            datasets[iri] = {"name": label[0].value if label else iri,
                             "task": props[KB + "task"][0].value, "metafeatures": mf,
                             "source": source,
                             "facts": json.loads(facts[0].value) if facts else {}}
        elif MLS + "Run" in types:
            inputs, algs = props.get(MLS + "hasInput", []), props.get(MLS + "realizes", [])
            if not inputs or not algs:
                continue
            alg = algs[0].value.removeprefix(MLWF)
            score = -math.inf           # ran and failed: no measure
            for out in props.get(MLS + "hasOutput", []):
                measured = subject.get(out.value, {}).get(MLS + "hasValue")
                if measured:
                    score = _value(measured[0])
            runs[(inputs[0].value, alg)] = {"score": score}
    return datasets, runs


_shipped: MetaKB | None = None


def shipped() -> MetaKB:
    """The shipped base, read once per process."""
    global _shipped
    if _shipped is None:
        _shipped = MetaKB.shipped()
    return _shipped


def advisor_with_evidence(ontology=None, enabled: bool = True, base: MetaKB | None = None):
    """An Advisor whose algorithm candidates are ordered by the base's evidence."""
    from mlwf.rules import Advisor
    if not enabled:
        return Advisor(ontology)
    base = base or shipped()
    return Advisor(ontology, evidence=base.evidence)


# -- runs people made on their own data --------------------------------------------------------

# As kb/runs.py writes them: a run's inputs are its data (an mls:Dataset) and its
# hyperparameter settings; its outputs, one measure per metric; the task is on the
# evaluation it was part of; a failed run has a status and no measure.
USER_RUNS = """
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?g ?data ?alg ?measure ?value ?status ?task WHERE {
  GRAPH ?g {
    ?run a mls:Run ; mls:hasInput ?data ; mls:realizes ?alg .
    ?data a mls:Dataset .
    OPTIONAL { ?run prov:wasInformedBy ?evaluation . ?evaluation kb:task ?task }
    OPTIONAL { ?run kb:status ?status }
    OPTIONAL { ?run mls:hasOutput ?ev . ?ev mls:specifiedBy ?measure ; mls:hasValue ?value }
  }
  FILTER (?g != <%s>)
}""" % METAKB_GRAPH  # noqa: UP031 (SPARQL's braces read as written; %-format leaves them alone)

USER_QUALITIES = """
SELECT ?g ?data ?mf ?x WHERE {
  GRAPH ?g { ?data a mls:Dataset ; mls:hasQuality ?q . ?q mls:specifiedBy ?spec ; mls:hasValue ?x .
             OPTIONAL { ?spec rdfs:label ?mf } }
  FILTER (?g != <%s>)
}""" % METAKB_GRAPH  # noqa: UP031 (SPARQL's braces read as written; %-format leaves them alone)

# The measure the base scores each task by (evaluation/metakb.py).
MEASURE = {"classification": MLWF + "BalancedAccuracy", "regression": MLWF + "R2Score"}
# Measures where higher is better, for user runs recorded without the base's measure.
FALLBACK_MEASURES = {"classification": (MLWF + "Accuracy", MLWF + "F1Score", MLWF + "ROCAUC"),
                     "regression": ()}

CASE_FACTS = """
SELECT ?p ?o WHERE { GRAPH <%s> { <%s> ?p ?o } }"""


def read_user_runs(store) -> tuple[dict[str, dict[str, Any]], dict[tuple[str, str], dict[str, Any]]]:
    """Runs recorded in case graphs (ML Schema: a Run with its input, the algorithm it
    realizes and an evaluation's value), as datasets and runs the base can add, marked
    "yours". A dataset is placed by its recorded meta-features (mls:hasQuality), or else
    by the facts of its case."""
    from mlwf.kb.namespaces import FACT
    from mlwf.profiling.metafeatures import from_facts
    from mlwf.rules.facts import SPECS
    datasets: dict[str, dict[str, Any]] = {}
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for row in store.select(USER_RUNS):
        data, alg = str(row["data"]), str(row["alg"]).removeprefix(MLWF)
        entry = datasets.setdefault(data, {"name": f"yours: {data.rsplit('/', 1)[-1]}",
                                           "graph": row["g"], "metafeatures": {},
                                           "source": "yours", "facts": {}, "task": None})
        entry["task"] = entry["task"] or (str(row["task"]) if row.get("task") else None)
        run = found.setdefault((data, alg), {"scores": {}, "failed": False})
        run["failed"] |= row.get("status") == "failed"
        if row.get("measure") and isinstance(row.get("value"), (int, float)):
            run["scores"][str(row["measure"])] = float(row["value"])
    for row in store.select(USER_QUALITIES):
        known = datasets.get(str(row["data"]))
        if known is not None and row.get("mf") and isinstance(row.get("x"), (int, float)):
            known["metafeatures"][str(row["mf"])] = float(row["x"])
    for entry in datasets.values():
        graph = entry.pop("graph")
        facts: dict[str, Any] = {}
        for r in store.select(CASE_FACTS % (graph, graph)):
            if str(r["p"]).startswith(str(FACT)):
                name = str(r["p"])[len(str(FACT)):]
                if name in SPECS and SPECS[name].many:   # several values: a list
                    facts.setdefault(name, []).append(r["o"])
                else:
                    facts[name] = r["o"]
        entry["facts"] = facts
        entry["task"] = entry["task"] or facts.get("task") or (
            "classification" if facts.get("target_type") in ("nominal", "ordinal", "binary")
            else "regression")
        if not entry["metafeatures"]:
            entry["metafeatures"] = from_facts({**facts, "task": entry["task"]})
    # A run scored by its task's measure joins; a failed one as -inf (the dataset's worst
    # when normalized, as in the build); one never run stays out (NaN).
    # Within one dataset only the order of its runs counts, so when the advice named no
    # balanced accuracy (balanced classes) the runs are compared by the first measure,
    # higher being better, that every run of that dataset has.
    measure_of: dict[str, str] = {}
    for data, entry in datasets.items():
        scored = [run["scores"] for (d, _), run in found.items() if d == data and run["scores"]]
        for m in (MEASURE.get(entry["task"], ""), *FALLBACK_MEASURES.get(entry["task"], ())):
            if scored and all(m in scores for scores in scored):
                measure_of[data] = m
                break
    runs: dict[tuple[str, str], dict[str, Any]] = {}
    for (data, alg), run in found.items():
        score = run["scores"].get(measure_of.get(data, ""))
        if score is not None or run["failed"]:
            runs[(data, alg)] = {"score": -math.inf if score is None else score}
    return datasets, runs
