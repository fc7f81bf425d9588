"""From the rules' records to ranked recommendations, following the tried outcomes.

Algorithms: what was tried and did not work leaves the list (so the chart's next
estimator moves up), an underfitting one goes behind the untried, an overfitting or good
one stays where it was (it is to be regularised or deployed, not replaced). Every other
kind is ranked by the tier its rule gave it. One concept appears once per kind, with
the explanation of the rule that ranked it highest.

With evidence (rules/evidence.py), algorithms are ordered by their score on the most
similar earlier datasets instead of by the chart's tier; what the person required
(tier 0: interpretability, streams) still comes first, and an algorithm the evidence
has never seen run comes after those it has.
"""
from __future__ import annotations

from typing import Any, Callable

from mlwf.rules.base import Record
from mlwf.rules.evidence import Evidence

DEMOTE = {"underfitting": 100}
DROP = {"not_working"}


def rank(records: list[Record], tried: list[dict[str, str]],
         stage_of: Callable[[str], int],
         evidence: Evidence | None = None) -> tuple[list[Record], bool]:
    """Ranked recommendations (rank set in ``params['rank']``), and whether the algorithm
    candidates are exhausted. Steps and techniques are ranked in workflow order
    (``stage_of`` gives a concept's stage index), then by tier; algorithms by evidence
    when there is some."""
    outcome = {t["algorithm"]: t["outcome"] for t in tried}
    best: dict[tuple[str, str], Record] = {}
    for record in records:
        if record.kind in ("due", "return"):
            continue
        key = (record.concept, record.kind)
        if key not in best or (record.tier, record.tiebreak) < (best[key].tier, best[key].tiebreak):
            best[key] = record
    candidates = [r for r in best.values() if r.kind == "algorithm"]
    kept: list[Record] = []
    for record in best.values():
        result = outcome.get(record.concept) if record.kind == "algorithm" else None
        if result in DROP:
            continue
        in_flow = record.kind in ("step", "technique")
        demote = DEMOTE.get(result, 0)
        if evidence is not None and record.kind == "algorithm":
            score = evidence.score(record.concept)
            record.params["order"] = (0, (0 if record.tier <= 0 else 1) + demote,
                                      -score if score is not None else float("inf"),
                                      record.tier, record.tiebreak)
        else:
            record.params["order"] = (stage_of(record.concept) if in_flow else 0,
                                      record.tier + demote, record.tiebreak)
        if result:
            record.params["outcome"] = result
        kept.append(record)
    exhausted = bool(candidates) and not any(
        r.kind == "algorithm" and outcome.get(r.concept) not in DROP | set(DEMOTE) for r in kept)
    kinds: dict[str, int] = {}
    ordered = sorted(kept, key=lambda r: (KIND_ORDER[r.kind], r.params["order"]))
    for record in ordered:
        kinds[record.kind] = kinds.get(record.kind, 0) + 1
        record.params["rank"] = kinds[record.kind]
    return ordered, exhausted


KIND_ORDER = {"warning": 0, "step": 1, "algorithm": 2, "technique": 3, "metric": 4}


def because_json(record: Record, sources: dict[str, str], derived: dict[str, Any]) -> list[dict]:
    return [{"name": name, "value": value,
             "source": "derived" if name in derived else sources.get(name, "stated")}
            for name, value in record.because]
