"""Evidence from earlier datasets, as the rules receive it.

The rules decide which algorithms are admissible and why; evidence only orders them.
An upper layer (kb/metakb.py, which holds the meta-knowledge base) finds the datasets
most similar to the person's and hands the result down as an :class:`Evidence`; the
rules layer knows nothing of where it came from.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class AlgorithmEvidence:
    score: float                 # mean normalized score on the neighbours (1 = best, 0 = median)
    near_best: int               # neighbours on which it was within NEAR_BEST of the best
    of: int                      # neighbours on which it was run
    examples: list[str]          # a few of those neighbours, most similar first
    text: Any                    # the sentence the explanation cites (a Message)
    # set by the ranking: the candidates the rules put before it that it overtook, as
    # [{"algorithm", "margin"}], margin being how much higher its score is
    ahead_of: list[dict[str, Any]] | None = None
    # set by the ranking when it was placed to complement the algorithms before it (a
    # portfolio): {"algorithms", "before", "after", "rescued", "of"}, see Evidence.complement
    complements: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        out = {"score": round(self.score, 3), "near_best": self.near_best, "of": self.of,
               "examples": self.examples, "text": self.text}
        if self.ahead_of:
            out["ahead_of"] = self.ahead_of
        if self.complements:
            out["complements"] = self.complements
        return out


@dataclass
class Evidence:
    basis: str                   # "data" (meta-features of the rows) or "facts" (stated facts only)
    neighbours: list[dict[str, Any]]   # [{"dataset", "distance", "source"}], most similar first
    algorithms: dict[str, AlgorithmEvidence]
    thin: bool                   # too little to compare by, or nothing near: say so
    note: Any                    # one sentence on what the order rests on (a Message)
    compared_by: list[str] = field(default_factory=list)
    # complement(candidates, chosen): for each candidate, what adding it to the algorithms
    # already chosen (placed or tried) is worth, as {"before", "after", "rescued", "of",
    # "within"}: the expected best normalized score of the chosen ones without and with
    # it, weighted like the score, and on how many of the most similar datasets on which
    # it ran none of the chosen was within ``within`` of the best and it was. None for a
    # candidate never run.
    complement: Callable[[list[str], list[str]], dict[str, dict[str, Any] | None]] | None = \
        field(default=None, repr=False)

    def score(self, concept: str) -> float | None:
        found = self.algorithms.get(concept)
        return found.score if found else None

    def to_json(self) -> dict[str, Any]:
        return {"basis": self.basis, "thin": self.thin, "note": self.note,
                "compared_by": self.compared_by, "neighbours": self.neighbours}
