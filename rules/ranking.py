"""From the rules' records to ranked recommendations, following the tried outcomes.

Algorithms: what was tried and did not work leaves the list (so the chart's next
estimator moves up), an underfitting one goes behind the untried, an overfitting or good
one stays where it was (it is to be regularised or deployed, not replaced). Every other
kind is ranked by the tier its rule gave it. One concept appears once per kind, with
the explanation of the rule that ranked it highest.

With evidence (rules/evidence.py), the first place goes to the candidate with the best
evidence score (``Evidence.score``: its mean normalized score on the most similar
earlier datasets, blended with the whole base), ties keeping the rules' order (their
fallback: HistGradientBoosting, RandomForest, LogisticRegression first). On the base of
3 folds over 500 rows that was a coin toss, and the first place moved only on a clear
win; with 1,000 rows per dataset the best score beat that rule by 0.21 ± 0.08 in
classification (bench/bench_advice_quality.py, leave one dataset out). The next places make a portfolio, as auto-sklearn
2.0 builds one: each goes to the candidate that adds most to the expected best of those
before it over the whole base (``Evidence.complement``), so the second is what did well where the first did
not, not the runner-up that fails on the same data; a candidate tried without success
counts as placed, so what complements it comes first. An algorithm the evidence never
saw run keeps its place among those that add nothing. What the person required (tier 0:
interpretability, streams) still comes first.

A rank says how strongly the rules prefer a piece of advice among those of its kind, from 1:
advice the rules rank equal (the same stage and tier, whether from different rules or the
same rule's equal tiers) shares a rank, as in standard competition ranking (1, 2, 2, 4), and
is listed in a fixed order (the rules' names, then their call order) that carries no
meaning. With evidence the algorithms' places are strict: the portfolio orders each one.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mlwf.ontology.i18n import Number, Percent, _
from mlwf.rules.base import DUE, KINDS, RETURN, Record
from mlwf.rules.evidence import Evidence

# keyed by outcome, and None (no outcome reported) is looked up too
DEMOTE: dict[str | None, int] = {"underfitting": 100}
DROP = {"not_working"}


def rank(records: list[Record], tried: list[dict[str, str]],
         stage_of: Callable[[str], int],
         evidence: Evidence | None = None) -> tuple[list[Record], bool]:
    """Ranked recommendations (rank set in ``params['rank']``, shared by advice of one kind
    that the rules rank equal), and whether the algorithm candidates are exhausted. Steps
    and techniques are ranked in workflow order (``stage_of`` gives a concept's stage
    index), then by tier; algorithms by evidence when there is some."""
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
    ordered = sorted(kept, key=lambda r: (KINDS.index(r.kind), r.params["order"]))
    # Standard competition ranking (1, 2, 2, 4) within each kind: advice equal in all but
    # the tiebreak shares a rank, since that order (the rules' names, their call order)
    # means nothing to a person. The portfolio's places by evidence are strict.
    seen: dict[str, int] = {}
    last: tuple[str, tuple, int] | None = None
    for record in ordered:
        seen[record.kind] = seen.get(record.kind, 0) + 1
        order = record.params["order"]
        standing = order if evidence is not None and record.kind == "algorithm" else order[:-1]
        if last is not None and last[:2] == (record.kind, standing):
            record.params["rank"] = last[2]
        else:
            record.params["rank"] = seen[record.kind]
            last = (record.kind, standing, seen[record.kind])
    return ordered, exhausted


def _evidence_order(candidates: list[Record], outcome: dict[str, str],
                    evidence: Evidence) -> dict[str, tuple]:
    """Each admitted algorithm's place: the group the rules and the tried outcomes put it
    in (tier 0 first, underfitting last), then, within the group, a portfolio. The first
    place goes to the candidate with the best evidence score (the rules' earliest among
    equals); every next place to the candidate that adds most to the expected best of those
    already placed or tried without success (``Evidence.complement``), ties going the
    first way. A candidate that overtakes earlier ones says why."""
    groups: dict[int, list[Record]] = {}
    for r in sorted(candidates, key=lambda r: (r.tier, r.tiebreak)):
        if outcome.get(r.concept) in DROP:
            continue
        g = (0 if r.tier <= 0 else 1) + DEMOTE.get(outcome.get(r.concept), 0)
        groups.setdefault(g, []).append(r)

    def best(among: list[str]) -> str:
        # max keeps the first of equals: ties, and candidates never run, keep the rules' order
        scored = {c: s for c in among if (s := evidence.score(c)) is not None}
        return max(scored, key=scored.__getitem__) if scored else among[0]

    # What was tried and did not work is already in the portfolio: what complements it
    # is what did well where it did not.
    chosen = [a for a, result in outcome.items() if result in DROP]
    place: dict[str, tuple] = {}
    position = 0
    for g in sorted(groups):
        left = [r.concept for r in groups[g]]
        rules_order = list(left)
        while left:
            offered = evidence.complement(left, chosen) if chosen and evidence.complement else {}
            gains: dict[str, dict[str, Any]] = {c: x for c, x in offered.items() if x is not None}
            if gains:
                top = max(x["after"] for x in gains.values())
                pick = best([c for c in left if c in gains and gains[c]["after"] >= top - 1e-9])
            else:
                pick = best(left)
            earlier = [c for c in rules_order[:rules_order.index(pick)] if c in left]
            found = evidence.algorithms.get(pick)
            gain = gains.get(pick)
            within = gain.pop("within") if gain else 0.0
            if found is not None and gain and gain["after"] > gain["before"] + 1e-9:
                found.complements = {"algorithms": list(chosen), "before": round(gain["before"], 3),
                                     "after": round(gain["after"], 3),
                                     "rescued": gain["rescued"], "of": gain["of"]}
                if earlier:
                    found.text = _(
                        "{text} It comes before {names} to complement {chosen}: with it, the "
                        "expected best of them rises from {before} to {after} (mean normalized "
                        "score over all datasets of the base); it was within {share} of the best on "
                        "{rescued} of the {of} most similar datasets where none of them was.",
                        text=found.text, names=", ".join(earlier), chosen=", ".join(chosen),
                        before=Number(gain['before'], digits=2), after=Number(gain['after'], digits=2),
                        rescued=gain["rescued"], of=gain["of"], share=Percent(within))
            elif found is not None and not gains:
                lead = {c: found.score - s for c in earlier
                        if (s := evidence.score(c)) is not None and found.score > s}
                if lead:
                    found.ahead_of = [{"algorithm": c, "margin": round(m, 3)}
                                      for c, m in lead.items()]
                    found.text = _("{text} It goes ahead of {names}, which the rules put "
                                   "before it, because its mean normalized score there is "
                                   "higher.", text=found.text, names=", ".join(lead))
            place[pick] = (g, position)
            position += 1
            left.remove(pick)
            chosen.append(pick)
    return place


def because_json(record: Record, sources: dict[str, str], derived: dict[str, Any]) -> list[dict]:
    return [{"name": name, "value": value,
             "source": "derived" if name in derived else sources.get(name, "stated")}
            for name, value in record.because]
