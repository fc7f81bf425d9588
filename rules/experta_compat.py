"""The one place mlwf imports experta from.

experta 1.9.4 (the last release) pins frozendict==1.2, and frozendict 1.2 subclasses
``collections.Mapping``, an alias that Python 3.10 removed (it lives in
``collections.abc`` since 3.3). Installing a newer frozendict is not an option: pip
would refuse the conflict with experta's pin. So before experta first imports
frozendict, we put the alias back. It is the same class object Python < 3.10 exposed
there, nothing else in the process changes behaviour, and on an older Python the
``hasattr`` check makes this a no-op.

Every other module writes ``from mlwf.rules.experta_compat import ...`` instead of
``from experta import ...``; tests/test_experta_compat.py proves a fresh interpreter
can build and run an engine through this module, and that nothing imports experta
around it.

It also gives experta's Rete matcher three shortcuts (:class:`ReteMatcher`), which the
engine uses instead of experta's own; see there.
"""
import bisect
import collections
import collections.abc

if not hasattr(collections, "Mapping"):
    collections.Mapping = collections.abc.Mapping  # type: ignore[attr-defined]

from experta import (  # noqa: E402  (must come after the alias above)
    AND,
    AS,
    EXISTS,
    FORALL,
    MATCH,
    NOT,
    OR,
    TEST,
    DefFacts,
    Fact,
    Field,
    KnowledgeEngine,
    L,
    P,
    Rule,
    W,
)
from experta.agenda import Agenda  # noqa: E402
from experta.matchers import ReteMatcher as _ExpertaReteMatcher  # noqa: E402
from experta.matchers.rete.check import TypeCheck  # noqa: E402
from experta.matchers.rete.mixins import NoMemory  # noqa: E402
from experta.matchers.rete.nodes import BusNode, ConflictSetNode  # noqa: E402
from experta.matchers.rete.token import Token  # noqa: E402
from experta.strategies import DepthStrategy as _ExpertaDepthStrategy  # noqa: E402

__all__ = [
    "AND", "AS", "EXISTS", "FORALL", "L", "MATCH", "NOT", "OR", "P", "TEST", "W",
    "Fact", "Field", "KnowledgeEngine", "Rule", "DefFacts", "Agenda", "ReteMatcher",
    "DepthStrategy",
]


class _TypeRoutingBus(BusNode):
    """The Rete network's entry, sending a fact only to the branches that test its class.

    experta's bus hands every fact to every first node of the alpha network, and each
    copies the token before its type test rejects it: with ~30 fact classes, ~30 copies
    per fact, nearly all wasted. The branches a class reaches are those whose test
    accepts it, in the bus's own order, so what the network sees is unchanged.
    """

    def __init__(self, children):
        super().__init__()
        self.children = children
        self._routes: dict[type, list] = {}

    def _route(self, fact):
        kind = type(fact)
        route = self._routes.get(kind)
        if route is None:
            # same test as experta's TypeCheck: the exact class, not a subclass
            route = self._routes[kind] = [
                child for child in self.children
                if not isinstance(child.node.matcher, TypeCheck)
                or kind == child.node.matcher.fact_type]
        return route

    def add(self, fact):
        token = Token.valid(fact)
        for child in self._route(fact):
            child.callback(token)

    def remove(self, fact):
        token = Token.invalid(fact)
        for child in self._route(fact):
            child.callback(token)


class _TrackedConflictSetNode(ConflictSetNode):
    """A rule's conflict-set node that says when it holds new (de)activations."""
    changed: set[int]   # the matcher's set of changed nodes, by their place in its list
    place: int

    def _activate(self, token):
        super()._activate(token)
        self.changed.add(self.place)


class ReteMatcher(_ExpertaReteMatcher):
    """experta's Rete matcher, with the same network and the same answers, doing less.

    - A fact enters only the branches that test its class (:class:`_TypeRoutingBus`).
    - After every change (each rule firing), experta asks all of the ~180 rules' conflict
      set nodes for new activations; this asks only those that received a token since,
      in the same order, so the agenda receives the same activations in the same order.
    - A reset wipes the memory of each node that has one (~380 of ~730), once; experta's
      recursive reset visits every node once per path (~1 200 visits).
    """

    def __init__(self, engine):
        super().__init__(engine)
        self.root_node = _TypeRoutingBus(self.root_node.children)
        # experta caches this on the method with maxsize=1, i.e. for one engine of the
        # process; an engine pool would rebuild it on every switch.
        self._conflict_set_nodes = _ExpertaReteMatcher._get_conflict_set_nodes.__wrapped__(self)
        self._changed: set[int] = set()
        for place, node in enumerate(self._conflict_set_nodes):
            # experta's own code built the network: its nodes are given the subclass after
            node.__class__ = _TrackedConflictSetNode
            node.changed, node.place = self._changed, place
        self._memories = []
        seen: set[int] = set()
        stack = [self.root_node]
        while stack:
            node = stack.pop()
            if id(node) not in seen:
                seen.add(id(node))
                if type(node)._reset is not NoMemory._reset:
                    self._memories.append(node)
                stack.extend(child.node for child in node.children)

    def _get_conflict_set_nodes(self):
        return self._conflict_set_nodes

    def changes(self, adding=None, deleting=None):
        if deleting is not None:
            for deleted in deleting:
                self.root_node.remove(deleted)
        if adding is not None:
            for added in adding:
                self.root_node.add(added)
        added: list = []
        removed: list = []
        if self._changed:
            nodes = self._conflict_set_nodes
            for place in sorted(self._changed):
                node_added, node_removed = nodes[place].get_activations()
                added.extend(node_added)
                removed.extend(node_removed)
            self._changed.clear()
        return added, removed

    def reset(self):
        for node in self._memories:
            node._reset()


class DepthStrategy(_ExpertaDepthStrategy):
    """experta's conflict resolution (salience, then the most recent facts), uncached.

    experta caches an activation's sort key (lru_cache, keyed by the activation), but the
    cache can never hit: it is looked up with a fresh activation whose ``key`` is still
    unset, and activations compare equal only with equal keys. Each lookup still compares
    the new activation with the cached one of equal hash, fact by fact: the same
    activation from the engine's previous consultation. The key itself is experta's.
    """

    def get_key(self, activation):
        return _ExpertaDepthStrategy.get_key.__wrapped__(self, activation)

    def _update_agenda(self, agenda, added, removed):
        """experta's, except that a removed activation is looked for among all those of
        its key. experta looks only at the place bisect gives and its two neighbours, so
        when more than three activations share a key (one salience, the same facts: rules
        on the task alone), one that a new fact disabled (``NOT(ClassBalance(...))``) can
        stay on the agenda and fire. Which one stays depends on the order of a set, so
        the same facts gave different advice from one process to the next."""
        for act in removed:
            act.key = self.get_key(act)
            first = bisect.bisect_left(agenda.activations, act)
            last = bisect.bisect_right(agenda.activations, act)
            for i in range(first, last):
                if agenda.activations[i] == act:
                    del agenda.activations[i]
                    break
        for act in added:
            act.key = self.get_key(act)
            bisect.insort(agenda.activations, act)
