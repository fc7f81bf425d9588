"""From the rules' records to ranked recommendations, following the tried outcomes.

Algorithms: what was tried and did not work leaves the list (so the chart's next
estimator moves up), an underfitting one goes behind the untried, an overfitting or good
one stays where it was (it is to be regularised or deployed, not replaced). Every other
kind is ranked by the tier its rule gave it. One concept appears once per kind, with
the explanation of the rule that ranked it highest.

With evidence (rules/evidence.py), the rules' order (their fallback:
HistGradientBoosting, RandomForest, LogisticRegression first) changes only where the
evidence is clear: each place goes to the rules' earliest candidate left that no other
one left clearly beat on the most similar earlier datasets (``Evidence.clearly_better``).
An algorithm the evidence never saw run keeps its place. Reordering on near-ties follows
noise: with a few dozen datasets, the best mean of near-equal algorithms is mostly the
one that happened to do worst on the dataset at hand (measured, leave one dataset out,
in bench/bench_advice_quality.py). What the person required (tier 0:
interpretability, streams) still comes first.
"""
from __future__ import annotations

from typing import Any, Callable

from mlwf.ontology.i18n import _
from mlwf.rules.base import DUE, KINDS, RETURN, Record
from mlwf.rules.evidence import Evidence

# keyed by outcome, and None (no outcome reported) is looked up too
DEMOTE: dict[str | None, int] = {"underfitting": 100}
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
        if record.kind in (DUE, RETURN):
            continue
        key = (record.concept, record.kind)
        if key not in best or (record.tier, record.tiebreak) < (best[key].tier, best[key].tiebreak):
            best[key] = record
    candidates = [r for r in best.values() if r.kind == "algorithm"]
    place = _evidence_order(candidates, outcome, evidence) if evidence is not None else {}
    kept: list[Record] = []
    for record in best.values():
        result = outcome.get(record.concept) if record.kind == "algorithm" else None
        if result in DROP:
            continue
        in_flow = record.kind in ("step", "technique")
        demote = DEMOTE.get(result, 0)
        if evidence is not None and record.kind == "algorithm":
            record.params["order"] = (0, *place[record.concept])
        else:
            record.params["order"] = (stage_of(record.concept) if in_flow else 0,
                                      record.tier + demote, record.tiebreak)
        if result:
            record.params["outcome"] = result
        kept.append(record)
    exhausted = bool(candidates) and not any(
        r.kind == "algorithm" and outcome.get(r.concept) not in DROP | set(DEMOTE) for r in kept)
    kinds: dict[str, int] = {}
    ordered = sorted(kept, key=lambda r: (KINDS.index(r.kind), r.params["order"]))
    for record in ordered:
        kinds[record.kind] = kinds.get(record.kind, 0) + 1
        record.params["rank"] = kinds[record.kind]
    return ordered, exhausted


def _evidence_order(candidates: list[Record], outcome: dict[str, str],
                    evidence: Evidence) -> dict[str, tuple]:
    """Each admitted algorithm's place: the group the rules and the tried outcomes put it
    in (tier 0 first, underfitting last), then, within the group, the rules' order with
    one change: the next place goes to the rules' earliest candidate that no other one
    left clearly beat. A candidate that overtakes earlier ones says which, and by how much."""
    groups: dict[int, list[Record]] = {}
    for r in sorted(candidates, key=lambda r: (r.tier, r.tiebreak)):
        if outcome.get(r.concept) in DROP:
            continue
        g = (0 if r.tier <= 0 else 1) + DEMOTE.get(outcome.get(r.concept), 0)
        groups.setdefault(g, []).append(r)
    margins: dict[tuple[str, str], float] = {}

    def beat(a: str, b: str) -> float:
        if (a, b) not in margins:
            margins[a, b] = evidence.clearly_better(a, b)
        return margins[a, b]

    place: dict[str, tuple] = {}
    for g, records in groups.items():
        left = [r.concept for r in records]
        rules_order = list(left)
        position = 0
        while left:
            # a cycle of clear wins cannot usually happen; if it does, the rules decide
            pick = next((c for c in left if not any(beat(o, c) > 0 for o in left if o != c)),
                        left[0])
            overtaken = [c for c in rules_order[:rules_order.index(pick)]
                         if c in left and beat(pick, c) > 0]
            found = evidence.algorithms.get(pick)
            if overtaken and found is not None:
                found.ahead_of = [{"algorithm": c, "margin": round(beat(pick, c), 3)}
                                  for c in overtaken]
                found.text = _("{text} It goes ahead of {names}, which the rules put before it, "
                               "because it clearly beat them on those datasets.",
                               text=found.text, names=", ".join(overtaken))
            place[pick] = (g, position)
            position += 1
            left.remove(pick)
    return place


def because_json(record: Record, sources: dict[str, str], derived: dict[str, Any]) -> list[dict]:
    return [{"name": name, "value": value,
             "source": "derived" if name in derived else sources.get(name, "stated")}
            for name, value in record.because]
