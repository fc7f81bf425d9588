"""The engine base that every rule module mixes into: how a rule records what it concluded.

A rule body calls one of
- ``self.derive(fact, explanation)``: declare a derived fact that later rules match on;
- ``self.recommend(concept, kind, explanation, tier=...)``: advice for the person;
- ``self.due(concept, explanation)``: a workflow step that is now due (kind "due"; the
  earliest due step becomes ``next_step``, while ``recommend(concept, "step", ...)`` lists
  a step among the recommendations);
- ``self.return_to(concept, explanation)``: an earlier step one may go back to.
An explanation is a :class:`~mlwf.ontology.i18n.Message` (``_("...")``): the English text
and its parameters, translated only when the advice is shown. Each record carries the
rule's name and the facts it matched ("because"), taken from the activation experta is
firing, so no rule has to repeat its own conditions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mlwf.ontology.i18n import Message, _
from mlwf.rules.experta_compat import Agenda, KnowledgeEngine
from mlwf.rules.facts import SPECS
from mlwf.rules.patterns import Stated, Tried

_VOCABULARY_ORDER = {name: i for i, name in enumerate(SPECS)}

# The kinds of recommendation, in the one order the advice lists them (rules/ranking.py):
# what to beware of, what to do, what to train, how to prepare its data, how to measure it.
# The command line and the page group by it; GET /api/facts gives it to the page.
KINDS = ("warning", "step", "algorithm", "technique", "metric")
KIND_HEADINGS = {"warning": _("Warnings"), "step": _("Steps"), "algorithm": _("Algorithms"),
                 "technique": _("Techniques"), "metric": _("Metrics")}
# Records that are no recommendation: the candidates for next_step, and the ways back.
DUE, RETURN = "due", "return"
# The salience of the rules that only derive facts (rules/stages/goal.py): they fire before
# any rule that advises, so no advice is given on a fact's absence (NOT(ClassBalance(...)))
# that a derivation is about to end. At equal salience experta's order depends on the
# order its network hands activations over, which differs between processes.
DERIVATION = 1


class _RecordingAgenda(Agenda):
    """experta's agenda, remembering the activation being fired."""
    current = None

    def get_next(self):
        self.current = super().get_next()
        return self.current


@dataclass
class Record:
    concept: str
    kind: str
    explanation: Message | str    # a Message, translated when the advice is rendered
    rule: str
    because: list[tuple[str, Any]]
    tier: float = 0
    # Breaks ties between equal tiers the same way on every run: experta's firing order
    # between rules of equal salience depends on the order facts arrive in, so the rule's
    # name, the call's place within its firing and the facts it used decide instead.
    tiebreak: tuple[str, int, str] = ("", 0, "")
    params: dict[str, Any] = field(default_factory=dict)


class AdvisorEngine(KnowledgeEngine):
    """Collects derived facts, recommendations and steps while the rules run."""

    def reset(self, **kwargs):
        super().reset(**kwargs)
        self.agenda = _RecordingAgenda()
        self.records: list[Record] = []
        self.derived: dict[str, Record] = {}
        self._firing, self._calls = None, 0

    # -- provenance ---------------------------------------------------------------

    def _because(self) -> list[tuple[str, Any]]:
        activation = self.agenda.current
        used: dict[str, Any] = {}
        for fact in activation.facts if activation else ():
            if isinstance(fact, (Stated, Tried)):
                name, value = fact.fact_name, fact.value
                if name in ("feature_types", "tried"):   # list facts: the matched items
                    used.setdefault(name, [])
                    if value not in used[name]:
                        used[name].append(value)
                else:
                    used[name] = value
        # experta hands the matched facts over as a set: sort them so the same facts
        # always read the same way (vocabulary order, derived facts last).
        for name in ("feature_types", "tried"):
            if name in used:
                used[name].sort(key=str)
        return sorted(used.items(), key=lambda item: (_VOCABULARY_ORDER.get(item[0], len(SPECS)), item[0]))

    def _rule(self) -> str:
        activation = self.agenda.current
        return activation.rule.__name__ if activation else "?"

    def _record(self, concept: str, kind: str, explanation: Message, tier: float = 0, **params) -> None:
        if self.agenda.current is not self._firing:
            self._firing, self._calls = self.agenda.current, 0
        self._calls += 1
        rule, because = self._rule(), self._because()
        # A rule may fire once per matching fact (a list fact, an OR): the facts it used
        # tell those firings apart.
        self.records.append(Record(concept, kind, explanation, rule, because,
                                   tier, (rule, self._calls, repr(because)), params))

    # -- what rules call ----------------------------------------------------------------

    def derive(self, fact: Stated, explanation: Message | str = "") -> None:
        """Declare a fact that follows from others, remembering which rule concluded it
        and, where the step is not obvious, why it follows."""
        self.derived[fact.fact_name] = Record(fact.fact_name, "derived", explanation, self._rule(),
                                              self._because(), params={"value": fact.value})
        self.declare(fact)

    def recommend(self, concept: str, kind: str, explanation: Message, tier: float = 0, **params) -> None:
        assert kind in KINDS, kind
        self._record(concept, kind, explanation, tier, **params)

    def due(self, concept: str, explanation: Message, **params) -> None:
        """A workflow step that is due; the earliest due step becomes ``next_step``."""
        self._record(concept, DUE, explanation, **params)

    def return_to(self, concept: str, explanation: Message) -> None:
        self._record(concept, RETURN, explanation)
