"""Cases: their facts and advice, one named graph per case.

Layout of a case graph (``<https://w3id.org/mlwf/case/ID>``)::

    <case> a kb:Case ; kb:id "ID" ; kb:created ... ; kb:modified ... ;
           fact:n_samples 768 ; fact:feature_types "continuous", "discrete" ;
           fact:tried <case/tried/LinearSVC> ; kb:profiled "n_samples" ;
           kb:stage mlwf:DataProcess ; kb:nextStep mlwf:DataCleaning ;
           kb:nextQuestion mlwf:AskOutliers ; kb:mayReturnTo mlwf:Data ;
           kb:recommendation <case/rec/technique/RobustScaler> ;
           kb:adviceFor "digest of the facts it is for" .
    <case/tried/LinearSVC> kb:algorithm mlwf:LinearSVC ; kb:outcome "not_working" .
    <case/rec/technique/RobustScaler> a kb:Recommendation ; kb:concept mlwf:RobustScaler ;
           kb:kind "technique" ; kb:rank 1 ; kb:rule "..." ;
           kb:explanation "..."@en, "..."@tr ;
           kb:because <case/rec/technique/RobustScaler/because/has_outliers> .
    <case/rec/technique/RobustScaler/because/has_outliers> kb:fact "has_outliers" ;
           kb:value true ; kb:source "stated" .
    <case/rec/technique/RobustScaler> kb:firedRule <https://w3id.org/mlwf/rule/outliers_robust_scaler> .

and, for every assertion, a record of who or what asserted it and when, which stays when
the fact is replaced or withdrawn (kb/provenance.py).

Every change is one SPARQL Update request (atomic in the store): the facts it asserts
are replaced fact by fact, never the whole set, so two requests asserting different
facts of one case cannot undo each other; of the advice, only what changed is rewritten. Because the
advice written with the facts may have been computed from an older view of the case, a
write is followed by a check that repairs it (``_settle``, kb/case_state.py), so that once
requests stop the stored advice is the advice for the stored facts.
"""
from __future__ import annotations

import contextlib
import logging
import random
import re
import secrets
import threading
import time
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any, NamedTuple

from rdflib import Graph, Literal, URIRef

from mlwf.kb.case_state import (
    ADVICE_LINKS,
    advice_keys,
    advice_keys_of,
    advice_statements,
    digest,
    ordered,
    read_state,
)
from mlwf.kb.namespaces import case_iri
from mlwf.kb.provenance import (
    CASE_VERSION,
    Provenance,
    dataset_triples,
    fact_history,
    invalidate,
    migrate,
    n3,
    now,
    record_triples,
)
from mlwf.ontology import MLWF
from mlwf.ontology.errors import InvalidInput, NotFound, quote
from mlwf.ontology.i18n import DEFAULT_LANG, LANGS, _
from mlwf.rules import Advisor
from mlwf.rules.facts import SPECS, normalize_fact, normalize_facts

CASE_ID = re.compile(r"[0-9a-f]{16}")  # used with fullmatch: "$" would let a final newline in
_NO_LOCK = contextlib.nullcontext()


class UnknownCase(NotFound):
    """No case by that id; how to make one is said where the person is (the server's and
    the command line's error tables)."""


class Written(NamedTuple):
    """What a write left in the case: its facts, their sources, and the advice for them
    (English, and ``translations`` in the other languages, as stored), so the caller need
    not read the case back to answer."""
    facts: dict[str, Any]
    sources: dict[str, str]
    advice: dict[str, Any]
    translations: dict[str, dict[str, Any]] = {}

    def advice_in(self, lang: str) -> dict[str, Any] | None:
        """The advice in ``lang``, if the write computed it."""
        return self.advice if lang == DEFAULT_LANG else self.translations.get(lang)
ADVICE_PREDICATES = tuple(f"<{p}>" for p in ADVICE_LINKS) + ("kb:adviceFor",)
SETTLE_ROUNDS = 20
# Past this many changed (subject, predicate) pairs one bulk delete and insert of the
# whole advice is cheaper than a DELETE per pair.
FULL_REWRITE = 150
log = logging.getLogger("mlwf.kb.cases")


def _nt(value: Any) -> str:
    """One Python value as an N-Triples term."""
    if isinstance(value, URIRef):
        return f"<{value}>"
    return Literal(value).n3()


def _now() -> str:
    return Literal(datetime.now(timezone.utc).replace(microsecond=0)).n3()


class Cases:
    """Case storage over a store from kb/store.py."""

    def __init__(self, store, advisor: Advisor | None = None):
        self.store = store
        self.advisor = advisor or Advisor()
        # The embedded store belongs to this process alone, so a lock per case makes each
        # read-compute-write whole and no read-back repair is needed; a shared server is
        # written by other processes too, and there the repair of _settle does the work.
        self._exclusive = getattr(store, "kind", "") == "embedded"
        self._locks = [threading.Lock() for _ in range(64)]

    def _lock(self, case_id: str):
        return self._locks[hash(case_id) % len(self._locks)] if self._exclusive else _NO_LOCK

    # -- reading -------------------------------------------------------------------------

    def check_id(self, case_id: str) -> str:
        if not CASE_ID.fullmatch(case_id or "") or not self.exists(case_id):
            raise UnknownCase(_("no case {case_id}", case_id=quote(case_id)))
        return case_id

    def exists(self, case_id: str) -> bool:
        return self.store.ask(f"ASK {{ GRAPH <{case_iri(case_id)}> {{ <{case_iri(case_id)}> a kb:Case }} }}")

    def facts(self, case_id: str) -> tuple[dict[str, Any], dict[str, str]]:
        """The stored facts of a case and, for facts that did not come from the person,
        their source."""
        state = read_state(self.store, case_id, with_advice=False)
        return state.facts, state.sources

    def created(self, case_id: str) -> dict[str, str]:
        iri = case_iri(case_id)
        rows = self.store.select(f"""SELECT ?created ?modified WHERE {{ GRAPH <{iri}> {{
            <{iri}> kb:created ?created ; kb:modified ?modified }} }}""")
        return rows[0] if rows else {}

    # -- writing --------------------------------------------------------------------------

    def create(self, facts: Mapping[str, Any] | None = None,
               sources: Mapping[str, str] | None = None, prov: Provenance | None = None) -> str:
        checked = normalize_facts(facts or {})
        case_id = secrets.token_hex(8)
        iri = case_iri(case_id)
        header = (f"INSERT DATA {{ GRAPH <{iri}> {{ <{iri}> a kb:Case , prov:Entity ; kb:id \"{case_id}\" ; "
                  f"kb:created {_now()} ; kb:modified {_now()} ; kb:dataVersion {CASE_VERSION} . }} }}")
        self._write(case_id, [header], checked, dict(sources or {}), {}, {}, set(), prov)
        return case_id

    def graph(self, case_id: str) -> Graph:
        """The case's named graph as an rdflib Graph (for SHACL and linked data)."""
        self.check_id(case_id)
        return Graph().parse(data=self.store.graph_data(case_iri(case_id)), format="nt")

    def import_case(self, data: str | bytes, fmt: str = "turtle") -> str:
        """Store a case graph given as RDF (a backup, a dump's graph), after checking it
        against the case shapes; a broken one is refused, naming each violation, and
        nothing is stored. Returns the case id."""
        from rdflib import RDF as RDF_NS, Graph

        from mlwf.kb.namespaces import KB
        from mlwf.kb.shapes import check_case
        try:
            g = Graph().parse(data=data, format=fmt)
        except Exception as exc:  # rdflib raises many kinds of syntax errors
            raise InvalidInput(_("the case graph does not parse"),
                               _("{format}: {reason}", format=fmt, reason=str(exc)[:200])) from exc
        cases = [s for s in g.subjects(RDF_NS.type, KB.Case)]
        if len(cases) != 1 or not str(cases[0]).startswith(case_iri("")) \
                or not CASE_ID.match(str(cases[0])[len(case_iri("")):]):
            raise InvalidInput(_("a case graph holds exactly one kb:Case named "
                                 "{base}<16 hex digits>", base=case_iri("")),
                               _("found {n}", n=len(cases)))
        check_case(g)
        case_id = str(cases[0])[len(case_iri("")):]
        if self.exists(case_id):
            raise InvalidInput(_("case {case_id} exists already", case_id=quote(case_id)),
                               _("delete it first"))
        self.store.update(f"INSERT DATA {{ GRAPH <{case_iri(case_id)}> {{\n"
                          + g.serialize(format="nt") + "\n} }")
        return case_id

    def migrate(self) -> int:
        """Give the facts of cases stored before provenance their records (on start)."""
        return migrate(self.store, self.facts)

    def history(self, case_id: str) -> list[dict[str, Any]]:
        """Every fact ever asserted in the case, with who, when, and until when."""
        self.check_id(case_id)
        return fact_history(self.store, case_id)

    def assert_facts(self, case_id: str, facts: Mapping[str, Any],
                     sources: Mapping[str, str] | None = None,
                     prov: Provenance | None = None) -> Written:
        """Assert facts (all or none); ``tried`` entries are added to the history, a later
        outcome for the same algorithm replacing the earlier one. ``prov`` says who asserts
        them (the API's person by default) and from what."""
        self.check_id(case_id)
        if not isinstance(facts, Mapping) or not facts:
            raise InvalidInput(_("no facts given"), _("send an object of fact names and values, "
                                                      "e.g. {example}", example='{"n_samples": 768}'))
        checked = normalize_facts(facts)
        with self._lock(case_id):
            self.check_id(case_id)  # again: a delete may have taken the lock first
            state = read_state(self.store, case_id)
            return self._write(case_id, [], checked, dict(sources or {}), state.facts,
                               state.sources, state.advice, prov)

    def retract(self, case_id: str, name: str, prov: Provenance | None = None) -> Written:
        self.check_id(case_id)
        if name not in SPECS:
            normalize_fact(name, None)  # raises the vocabulary's error naming what is allowed
        with self._lock(case_id):
            self.check_id(case_id)  # again: a delete may have taken the lock first
            return self._retract(case_id, name, prov or Provenance())

    def _retract(self, case_id: str, name: str, prov: Provenance) -> Written:
        state = read_state(self.store, case_id)
        current, sources = state.facts, state.sources
        if name not in current:
            raise NotFound(_("case {case_id} has no fact {name}", case_id=quote(case_id),
                             name=quote(name)),
                           _("facts it has: {names}",
                             names=", ".join(sorted(current)) or _("none")))
        iri = case_iri(case_id)
        # The fact stops holding; its record stays, invalidated, as history.
        ops = [self._delete_fact(iri, name), invalidate(iri, name, now(), withdrawn_by=prov.agent())]
        del current[name]
        sources.pop(name, None)
        return self._write(case_id, ops, {}, {}, current, sources, state.advice)

    def delete(self, case_id: str) -> None:
        """Drop the case's graph. A write like the others: it takes the case's lock, so no
        assertion is between its read and its write when the graph goes; those that come
        after find no case (404)."""
        self.check_id(case_id)
        with self._lock(case_id):
            self.check_id(case_id)
            # SILENT: Virtuoso refuses DROP GRAPH for a graph that was never CREATEd, and
            # check_id has just seen that it exists.
            self.store.update(f"DROP SILENT GRAPH <{case_iri(case_id)}>")

    # -- internals ------------------------------------------------------------------------------

    @staticmethod
    def _delete_fact(iri: str, name: str) -> str:
        return (f"DELETE WHERE {{ GRAPH <{iri}> {{ <{iri}> fact:{name} ?o }} }} ;\n"
                f"DELETE WHERE {{ GRAPH <{iri}> {{ <{iri}> kb:profiled \"{name}\" }} }}")

    def _write(self, case_id: str, ops: list[str], new: dict[str, Any], sources: dict[str, str],
               current: dict[str, Any], current_sources: dict[str, str],
               stored_advice: set[tuple[str, str, str]], prov: Provenance | None = None) -> Written:
        """Merge ``new`` into ``current``, recompute the advice, and write both in one update;
        ``stored_advice`` is the advice as read with ``current`` (advice_keys' form).
        Each fact asserted gets a provenance record; the record of the value it replaces
        is invalidated, not deleted."""
        iri = case_iri(case_id)
        prov = prov or Provenance()
        at = now()
        merged = dict(current)
        merged_sources = dict(current_sources)
        triples: list[str] = []
        if prov.dataset is not None and new:
            triples += n3(dataset_triples(iri, prov.dataset, prov, at))
        for name, value in new.items():
            if name == "tried":
                by_algorithm = {t["algorithm"]: t for t in merged.get("tried", [])}
                for entry in value:
                    node = f"<{iri}/tried/{entry['algorithm']}>"
                    ops.append(invalidate(iri, name, at, algorithm=entry["algorithm"]))
                    triples += n3(record_triples(iri, name, entry, prov, at))
                    ops.append(f"DELETE WHERE {{ GRAPH <{iri}> {{ {node} ?p ?o }} }}")
                    triples += [f"<{iri}> fact:tried {node} .",
                                f"{node} kb:algorithm <{MLWF[entry['algorithm']]}> .",
                                f"{node} kb:outcome {_nt(entry['outcome'])} ."]
                    by_algorithm[entry["algorithm"]] = entry
                merged["tried"] = list(by_algorithm.values())
            else:
                ops.append(self._delete_fact(iri, name))
                ops.append(invalidate(iri, name, at))
                triples += n3(record_triples(iri, name, value, prov, at))
                for term in SPECS[name].literals(value):
                    triples.append(f"<{iri}> fact:{name} {term.n3()} .")
                merged[name] = value
            if sources.get(name, "stated") != "stated":
                triples.append(f"<{iri}> kb:profiled {_nt(name)} .")
                merged_sources[name] = sources[name]
            else:
                merged_sources.pop(name, None)
        merged = ordered(merged)
        advice, translations = self._advise(merged, merged_sources)
        ops += self._advice_changes(iri, stored_advice, advice, translations, triples)
        ops += [f"DELETE WHERE {{ GRAPH <{iri}> {{ <{iri}> kb:modified ?m }} }}",
                f"DELETE WHERE {{ GRAPH <{iri}> {{ <{iri}> kb:adviceFor ?d }} }}"]
        triples += [f"<{iri}> kb:modified {_now()} .",
                    f'<{iri}> kb:adviceFor "{digest(merged, merged_sources)}" .']
        ops.append(self._insert(iri, triples))
        self.store.update(" ;\n".join(ops))
        if self._exclusive:
            return Written(merged, merged_sources, advice, translations)
        return self._settle(case_id, merged, merged_sources, advice, translations)

    def _advise(self, facts: dict[str, Any], sources: dict[str, str]
                ) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
        """The advice for the facts in English and, from the same consultation, in the
        other languages, whose explanations the case graph stores too."""
        consultation = self.advisor.consult(facts, sources)
        return (self.advisor.render(consultation, DEFAULT_LANG),
                {lang: self.advisor.render(consultation, lang)
                 for lang in LANGS if lang != DEFAULT_LANG})

    def _settle(self, case_id: str, merged: dict[str, Any], merged_sources: dict[str, str],
                advice: dict[str, Any], translations: dict[str, dict[str, Any]]) -> Written:
        """Read the case back and repair it until it is consistent (kb/case_state.py says
        what a concurrent write can leave behind). The advice written with the facts was
        computed from the facts read before the write, which another request may have
        changed meanwhile; whoever writes last reads everything back here afterwards, so
        once requests stop, the stored advice is the advice for the stored facts."""
        iri = case_iri(case_id)
        for attempt in range(SETTLE_ROUNDS):
            state = read_state(self.store, case_id)
            if digest(state.facts, state.sources) != digest(merged, merged_sources):
                advice, translations = self._advise(state.facts, state.sources)
                merged, merged_sources = state.facts, state.sources
            if state.consistent() and state.advice == advice_keys(iri, advice, translations):
                return Written(merged, merged_sources, advice, translations)
            if attempt:
                time.sleep(random.uniform(0, 0.05 * attempt))  # let racing repairs drift apart
            ops = []
            for name, value in state.conflicts.items():
                ops.append(f"DELETE WHERE {{ GRAPH <{iri}> {{ <{iri}> fact:{name} ?o }} }}")
                ops.append(self._insert(iri, [f"<{iri}> fact:{name} {SPECS[name].literal(value).n3()} ."]))
            for algorithm, outcome in state.outcome_conflicts.items():
                node = f"<{iri}/tried/{algorithm}>"
                ops.append(f"DELETE WHERE {{ GRAPH <{iri}> {{ {node} kb:outcome ?o }} }}")
                ops.append(self._insert(iri, [f"{node} kb:outcome {_nt(outcome)} ."]))
            ops += self._delete_advice(iri, with_modified=len(state.modified) > 1)
            triples = self._advice_triples(iri, advice, translations)
            triples.append(f'<{iri}> kb:adviceFor "{digest(state.facts, state.sources)}" .')
            if len(state.modified) > 1:
                triples.append(f"<{iri}> kb:modified {_now()} .")
            ops.append(self._insert(iri, triples))
            if not self.exists(case_id):
                return Written(merged, merged_sources, advice, translations)  # deleted meanwhile
            self.store.update(" ;\n".join(ops))
        log.warning("case %s: still inconsistent after %d repairs", case_id, SETTLE_ROUNDS)
        return Written(merged, merged_sources, advice, translations)

    @staticmethod
    def _insert(iri: str, triples: list[str]) -> str:
        """Insert into the case graph only while the case is there: on a shared server,
        where no lock of ours orders a write against a delete, a write that read the case
        before it was dropped must not create the graph again. (A request's operations
        run in order, so create's header, inserted first, is seen here.)"""
        return (f"INSERT {{ GRAPH <{iri}> {{\n" + "\n".join(triples) + "\n} }\n"
                f"WHERE {{ GRAPH <{iri}> {{ <{iri}> a kb:Case }} }}")

    @staticmethod
    def _delete_advice(iri: str, with_modified: bool) -> list[str]:
        extra = " kb:modified" if with_modified else ""
        return [f"""DELETE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o .
            FILTER(STRSTARTS(STR(?s), "{iri}/rec/")) }} }}""",
                f"""DELETE {{ GRAPH <{iri}> {{ <{iri}> ?p ?o }} }} WHERE {{ GRAPH <{iri}> {{
            <{iri}> ?p ?o . VALUES ?p {{ {' '.join(ADVICE_PREDICATES)}{extra} }} }} }}"""]

    def _advice_changes(self, iri: str, stored: set[tuple[str, str, str]], advice: dict[str, Any],
                        translations: dict[str, dict[str, Any]], triples: list[str]) -> list[str]:
        """The deletions that turn the stored advice into ``advice``; appends the triples
        to insert. Only the (subject, predicate) pairs whose values differ are rewritten:
        after one fact changes, most recommendations keep their node and only their rank
        moves, so a write touches tens of triples instead of the whole advice, which keeps
        the store's write-ahead log, and its memory, from growing with every assertion."""
        new: dict[tuple[str, str], list[tuple]] = {}
        for s, p, o in advice_statements(iri, advice, translations):
            new.setdefault((str(s), str(p)), []).append((s, p, o))
        old: dict[tuple[str, str], set[str]] = {}
        for s, p, key in stored:
            old.setdefault((s, p), set()).add(key)
        changed = [sp for sp in old.keys() | new.keys()
                   if old.get(sp, set()) != {k for _, _, k in advice_keys_of(new.get(sp, []))}]
        if len(changed) > FULL_REWRITE:
            triples += self._advice_triples(iri, advice, translations)
            return self._delete_advice(iri, with_modified=False)
        ops = [f"DELETE WHERE {{ GRAPH <{iri}> {{ <{s}> <{p}> ?o }} }}" for s, p in sorted(changed)
               if (s, p) in old]
        for sp in sorted(changed):
            triples += [f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in new.get(sp, [])]
        return ops

    @staticmethod
    def _advice_triples(iri: str, advice: dict[str, Any],
                        translations: dict[str, dict[str, Any]]) -> list[str]:
        return [f"{s.n3()} {p.n3()} {o.n3()} ."
                for s, p, o in advice_statements(iri, advice, translations)]
