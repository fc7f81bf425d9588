"""What a case graph holds right now, read in one query, and whether it is consistent.

Why this exists: a remote SPARQL server need not serialize concurrent updates. Oxigraph's
server gives "repeatable read": each update sees the store as it was when it began, so
two requests that both replace ``fact:n_features`` can each delete the old value and
leave both new ones, and two advice writes can leave a mixture of two advices. Such
leftovers show: a second value of a single-valued fact, a second ``kb:outcome`` of one
tried algorithm, a second ``kb:adviceFor`` digest (every advice is written with the
digest of the facts it was computed from), or advice triples that differ from the advice
for the facts (a delete by pattern can remove a triple another request has just
inserted, so the digest alone does not prove the advice whole). kb/cases.py reads the
state after each write and repairs it until it is consistent.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rdflib import RDF, Literal, URIRef

from mlwf.kb.namespaces import FACT, KB, case_iri, rule_iri
from mlwf.kb.provenance import value_term
from mlwf.ontology import MLWF
from mlwf.rules.facts import SPECS, normalize_fact, normalize_facts

# Predicates that link a case to its advice (besides the rec/ nodes' own triples).
ADVICE_LINKS = tuple(str(KB[p]) for p in ("stage", "nextStep", "nextQuestion", "mayReturnTo",
                                          "recommendation"))


def canonical(facts: Mapping[str, Any]) -> str:
    """Facts as text that ignores the order of list values (the store keeps none)."""
    def norm(value: Any) -> Any:
        if isinstance(value, list):
            return sorted((norm(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        return value
    return json.dumps({k: norm(v) for k, v in facts.items()}, sort_keys=True, default=str)


def ordered(facts: Mapping[str, Any]) -> dict[str, Any]:
    """The same facts in one fixed order: names sorted, list values sorted, ``tried`` by
    algorithm. A store returns them in any order, and the rule engine breaks ties between
    equally good recommendations by the order facts were declared in; so without this the
    advice for the same facts could differ from one read to the next."""
    def norm(name: str, value: Any) -> Any:
        if name == "tried":
            return sorted(value, key=lambda t: (t["algorithm"], t["outcome"]))
        return sorted(value, key=str) if isinstance(value, list) else value
    return {name: norm(name, facts[name]) for name in sorted(facts)}


def digest(facts: Mapping[str, Any], sources: Mapping[str, str]) -> str:
    """What the advice depends on, as a short stable text."""
    text = canonical(facts) + json.dumps(dict(sources), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def advice_statements(iri: str, advice: dict[str, Any],
                      translations: Mapping[str, dict[str, Any]] | None = None) -> list[tuple]:
    """The advice as (subject, predicate, object) rdflib terms, as stored in the case graph.
    ``advice`` is the English document; ``translations`` the same advice in other languages
    (``{"tr": ...}``), whose explanations are stored beside the English ones, so a SPARQL
    user reads a case in their language."""
    case = URIRef(iri)
    explained: dict[tuple[str, str], list[Literal]] = {}
    for lang, doc in (translations or {}).items():
        for rec in doc["recommendations"]:
            explained.setdefault((rec["kind"], rec["name"]), []).append(
                Literal(rec["explanation"], lang=lang))
    out: list[tuple[URIRef, URIRef, URIRef | Literal]] = [
           (case, KB.stage, URIRef(advice["stage"]["concept"])),
           (case, KB.nextStep, URIRef(advice["next_step"]["concept"]))]
    if advice["next_question"]:
        out.append((case, KB.nextQuestion, MLWF[advice["next_question"]["id"]]))
    out += [(case, KB.mayReturnTo, URIRef(r["concept"])) for r in advice["return_to"]]
    for rec in advice["recommendations"]:
        # Named by kind and concept, not by position, so that advice recomputed after one
        # fact changed mostly rewrites ranks, not whole recommendations (see kb/cases.py).
        node = URIRef(f"{iri}/rec/{rec['kind']}/{rec['name']}")
        out += [(case, KB.recommendation, node), (node, RDF.type, KB.Recommendation),
                (node, KB.concept, URIRef(rec["concept"])), (node, KB.kind, Literal(rec["kind"])),
                (node, KB.rank, Literal(rec["rank"])), (node, KB.rule, Literal(rec["rule"])),
                (node, KB.firedRule, URIRef(rule_iri(rec["rule"]))),
                (node, KB.explanation, Literal(rec["explanation"], lang="en"))]
        out += [(node, KB.explanation, text)
                for text in explained.get((rec["kind"], rec["name"]), [])]
        if rec["sklearn"]:
            out.append((node, KB.sklearn, Literal(rec["sklearn"])))
        for b in rec["because"]:
            bnode = URIRef(f"{node}/because/{b['name']}")
            # Numbers and booleans as typed literals; a list as its JSON text.
            out += [(node, KB.because, bnode), (bnode, KB.fact, Literal(b["name"])),
                    (bnode, KB.value, value_term(b["value"])), (bnode, KB.source, Literal(b["source"]))]
    return out


def _key(value: Any) -> str:
    """A term's lexical form, the same whichever server's result format it came from."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def advice_keys_of(statements) -> set[tuple[str, str, str]]:
    """Statements as comparable keys: the same whichever store's result format they were
    read back in."""
    return {(str(s), str(p), _key(o)) for s, p, o in statements}


def advice_keys(iri: str, advice: dict[str, Any],
                translations: Mapping[str, dict[str, Any]] | None = None) -> set[tuple[str, str, str]]:
    return advice_keys_of(advice_statements(iri, advice, translations))


def _pick(values: list[Any]) -> Any:
    """One of several values left by concurrent writes: any rule works as long as every
    process picks the same one, so that repairs running at once agree."""
    return max(values, key=lambda v: json.dumps(v, sort_keys=True, default=str))


@dataclass
class CaseState:
    facts: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    advice_digests: set[str] = field(default_factory=set)
    modified: list[str] = field(default_factory=list)
    advice: set[tuple[str, str, str]] = field(default_factory=set)  # as advice_keys gives it
    conflicts: dict[str, Any] = field(default_factory=dict)   # fact -> value kept
    outcome_conflicts: dict[str, str] = field(default_factory=dict)  # algorithm -> outcome kept

    def consistent(self) -> bool:
        return (not self.conflicts and not self.outcome_conflicts and len(self.modified) <= 1
                and self.advice_digests == {digest(self.facts, self.sources)})


def read_state(store, case_id: str, with_advice: bool = True) -> CaseState:
    """The case as stored; ``with_advice=False`` skips the stored advice (most of the
    graph), for callers that only need the facts."""
    iri = case_iri(case_id)
    advice = f"""
          UNION {{ ?as ?ap ?ao . FILTER(STRSTARTS(STR(?as), "{iri}/rec/")) }}
          UNION {{ <{iri}> ?ap ?ao . BIND(<{iri}> AS ?as)
                   FILTER(?ap IN ({", ".join(f"<{p}>" for p in ADVICE_LINKS)})) }}"""
    rows = store.select(f"""
        SELECT ?p ?o ?alg ?outcome ?profiled ?adviceFor ?modified ?as ?ap ?ao WHERE {{ GRAPH <{iri}> {{
          {{ <{iri}> ?p ?o . FILTER(STRSTARTS(STR(?p), STR(fact:)))
             OPTIONAL {{ ?o kb:algorithm ?alg ; kb:outcome ?outcome }} }}
          UNION {{ <{iri}> kb:profiled ?profiled }}
          UNION {{ <{iri}> kb:adviceFor ?adviceFor }}
          UNION {{ <{iri}> kb:modified ?modified }}{advice if with_advice else ""} }} }}""")
    state = CaseState()
    values: dict[str, list[Any]] = {}
    outcomes: dict[str, list[str]] = {}
    profiled: set[str] = set()
    for row in rows:
        if row.get("as") is not None:
            state.advice.add((row["as"], row["ap"], _key(row["ao"])))
        elif row.get("profiled") is not None:
            profiled.add(row["profiled"])
        elif row.get("adviceFor") is not None:
            state.advice_digests.add(row["adviceFor"])
        elif row.get("modified") is not None:
            state.modified.append(str(row["modified"]))
        elif row.get("p") is not None:
            name = row["p"][len(str(FACT)):]
            spec = SPECS.get(name)
            if spec is None:
                continue
            if spec.datatype is None:   # tried: a node per algorithm, not a literal
                if row.get("alg") is not None:  # a link whose node was retracted
                    outcomes.setdefault(row["alg"][len(str(MLWF)):], []).append(row["outcome"])
            else:
                values.setdefault(name, []).append(row["o"])
    raw: dict[str, Any] = {}
    for name, found in values.items():
        if SPECS[name].many:
            raw[name] = found
        elif len(set(map(str, found))) > 1:
            raw[name] = state.conflicts[name] = _pick([normalize_fact(name, v) for v in found])
        else:
            raw[name] = found[0]
    tried = []
    for algorithm, found in outcomes.items():
        outcome = found[0]
        if len(set(found)) > 1:
            outcome = state.outcome_conflicts[algorithm] = _pick(found)
        tried.append({"algorithm": algorithm, "outcome": outcome})
    if tried:
        raw["tried"] = tried
    state.facts = ordered(normalize_facts(raw))
    state.sources = {k: "profile" for k in profiled if k in state.facts}
    return state
