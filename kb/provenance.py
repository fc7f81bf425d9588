"""Who or what asserted each fact of a case, and when (W3C PROV-O).

Next to the case's current facts (``<case> fact:n_samples 768``, what the rules and
SPARQL read), every assertion leaves a record that stays in the case graph::

    <case> kb:factRecord <case/assertion/1f3a…-n_samples> .
    <case/assertion/1f3a…-n_samples> a kb:FactAssertion ;        # a prov:Entity
        kb:fact fact:n_samples ; kb:value 768 ;                  # typed literal
        kb:valueConcept mlwf:Classification ;                    # where the value names one
        prov:wasAttributedTo kb:ApiUser ;                        # or CommandLineUser, CsvProfiler, Evaluator
        prov:generatedAtTime "2026-12-01T09:00:00Z"^^xsd:dateTime ;
        prov:wasDerivedFrom <case/dataset/ab12…> ;               # profiled from an uploaded CSV
        prov:wasGeneratedBy <run IRI> ;                          # an evaluation run, if one
        prov:invalidatedAtTime "…"^^xsd:dateTime ;               # once replaced or withdrawn
        kb:withdrawnBy kb:ApiUser .                              # once withdrawn

    <case/dataset/ab12…> a kb:Dataset ; kb:fileName "diabetes.csv" ; kb:sha256 "…" ;
        kb:byteSize 23875 ; prov:wasAttributedTo kb:ApiUser ; kb:uploaded "…"^^xsd:dateTime .

A replaced or withdrawn fact is never deleted: its record gets prov:invalidatedAtTime,
and the current-fact triple goes. ``migrate`` gives records to cases stored before this
existed (attributed to kb:EarlierRecord, at the case's last modification).
"""
from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, XSD

from mlwf.kb.namespaces import FACT, KB, case_iri
from mlwf.ontology import MLWF
from mlwf.rules.facts import SPECS, value_concept

AGENTS = {"api": KB.ApiUser, "cli": KB.CommandLineUser, "profiler": KB.CsvProfiler,
          "evaluation": KB.Evaluator, "migration": KB.EarlierRecord}
# The data version of case graphs: 2 since facts carry provenance records.
CASE_VERSION = 2


@dataclass(frozen=True)
class Dataset:
    """An uploaded CSV, as the entity its profiled facts derive from."""
    file_name: str
    sha256: str
    byte_size: int

    @classmethod
    def of(cls, file_name: str, data: bytes) -> Dataset:
        return cls(file_name or "upload.csv", hashlib.sha256(data).hexdigest(), len(data))


@dataclass(frozen=True)
class Provenance:
    """Who asserts (a key of AGENTS), and from what: an uploaded CSV, an evaluation run."""
    by: str = "api"
    dataset: Dataset | None = None
    activity: str | None = None       # an IRI, e.g. of an evaluation run

    def agent(self) -> URIRef:
        if self.by not in AGENTS:
            raise ValueError(f"unknown agent '{self.by}'; one of {', '.join(AGENTS)}")
        return AGENTS[self.by]


def now() -> Literal:
    return Literal(datetime.now(timezone.utc).replace(microsecond=0), datatype=XSD.dateTime)


def value_term(value: Any) -> Literal:
    """A fact value as a typed literal: integers, decimals and booleans keep their type."""
    if isinstance(value, (bool, int, float, str)):
        return Literal(value)
    return Literal(json.dumps(value, sort_keys=True))


def dataset_iri(iri: str, dataset: Dataset) -> URIRef:
    return URIRef(f"{iri}/dataset/{dataset.sha256[:16]}")


def dataset_triples(iri: str, dataset: Dataset, prov: Provenance, at: Literal) -> list[tuple]:
    node = dataset_iri(iri, dataset)
    return [(node, RDF_TYPE, KB.Dataset), (node, KB.fileName, Literal(dataset.file_name)),
            (node, KB.sha256, Literal(dataset.sha256)), (node, KB.byteSize, Literal(dataset.byte_size)),
            (node, PROV.wasAttributedTo, AGENTS["api"]), (node, KB.uploaded, at)]


RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def record_triples(iri: str, name: str, value: Any, prov: Provenance, at: Literal) -> list[tuple]:
    """The assertion record of one fact (of one tried algorithm, for ``tried``)."""
    token = secrets.token_hex(6)
    key = f"{name}-{value['algorithm']}" if name == "tried" else name
    node = URIRef(f"{iri}/assertion/{token}-{key}")
    out = [(URIRef(iri), KB.factRecord, node),
           (node, RDF_TYPE, KB.FactAssertion), (node, KB.fact, FACT[name]),
           (node, PROV.wasAttributedTo, prov.agent()), (node, PROV.generatedAtTime, at)]
    if name == "tried":
        out += [(node, KB.algorithm, MLWF[value["algorithm"]]),
                (node, KB.outcome, Literal(value["outcome"])),
                (node, KB.valueConcept, MLWF[value["algorithm"]])]
    else:
        for item, term in zip(value if SPECS[name].many else [value], SPECS[name].literals(value),
                              strict=True):
            out.append((node, KB.value, term))
            concept = value_concept(name, item)
            if concept:
                out.append((node, KB.valueConcept, MLWF[concept]))
    if prov.dataset is not None:
        out.append((node, PROV.wasDerivedFrom, dataset_iri(iri, prov.dataset)))
    if prov.activity:
        out.append((node, PROV.wasGeneratedBy, URIRef(prov.activity)))
    return out


def invalidate(iri: str, name: str, at: Literal, algorithm: str | None = None,
               withdrawn_by: URIRef | None = None) -> str:
    """The update that marks the current record(s) of a fact as no longer holding."""
    match = f"kb:algorithm <{MLWF[algorithm]}> ; " if algorithm else ""
    extra = f" ; kb:withdrawnBy <{withdrawn_by}>" if withdrawn_by is not None else ""
    return (f"INSERT {{ GRAPH <{iri}> {{ ?r prov:invalidatedAtTime {at.n3()}{extra} }} }} "
            f"WHERE {{ GRAPH <{iri}> {{ ?r a kb:FactAssertion ; {match}kb:fact fact:{name} . "
            f"FILTER NOT EXISTS {{ ?r prov:invalidatedAtTime ?t }} }} }}")


def n3(triples: list[tuple]) -> list[str]:
    return [f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples]


# -- migration of cases stored before provenance ------------------------------------------

def cases_to_migrate(store) -> list[str]:
    rows = store.select("""SELECT ?g WHERE { GRAPH ?g { ?case a kb:Case .
        FILTER NOT EXISTS { ?case kb:dataVersion ?v } } }""")
    return sorted(str(r["g"]) for r in rows)


def migrate(store, facts_of) -> int:
    """Give every fact of each older case a record, so no fact is left without one and none
    is lost; returns how many cases were migrated. ``facts_of(case_id)`` reads a case's
    facts and sources (Cases.facts)."""
    done = 0
    for graph in cases_to_migrate(store):
        case_id = graph.rsplit("/", 1)[-1]
        iri = case_iri(case_id)
        if graph != iri:
            continue
        facts, sources = facts_of(case_id)
        rows = store.select(f"SELECT ?m WHERE {{ GRAPH <{iri}> {{ <{iri}> kb:modified ?m }} }}")
        at = Literal(rows[0]["m"], datatype=XSD.dateTime) if rows and rows[0]["m"] else now()
        triples: list[tuple] = []
        for name, value in facts.items():
            prov = Provenance("profiler" if sources.get(name) == "profile" else "migration")
            for item in value if name == "tried" else [value]:
                triples += record_triples(iri, name, item, prov, at)
        triples.append((URIRef(iri), KB.dataVersion, Literal(CASE_VERSION)))
        store.update(f"INSERT DATA {{ GRAPH <{iri}> {{\n" + "\n".join(n3(triples)) + "\n} }")
        done += 1
    return done


def fact_history(store, case_id: str) -> list[dict[str, Any]]:
    """Every assertion record of a case, oldest first: what was asserted, by whom, when,
    and whether (and when) it stopped holding."""
    iri = case_iri(case_id)
    rows = store.select(f"""SELECT ?r ?fact ?value ?alg ?outcome ?by ?at ?until ?from WHERE {{
        GRAPH <{iri}> {{ ?r a kb:FactAssertion ; kb:fact ?fact ; prov:wasAttributedTo ?by ;
                         prov:generatedAtTime ?at .
          OPTIONAL {{ ?r kb:value ?value }} OPTIONAL {{ ?r kb:algorithm ?alg ; kb:outcome ?outcome }}
          OPTIONAL {{ ?r prov:invalidatedAtTime ?until }} OPTIONAL {{ ?r prov:wasDerivedFrom ?from }} }} }}""")
    by_record: dict[str, dict[str, Any]] = {}
    for row in rows:
        rec = by_record.setdefault(row["r"], {
            "fact": str(row["fact"])[len(str(FACT)):], "values": [], "by": str(row["by"]).split("#")[-1],
            "at": str(row["at"]), "invalidated": str(row["until"]) if row.get("until") else None,
            "derived_from": str(row["from"]) if row.get("from") else None})
        if row.get("alg") is not None:
            rec["values"] = [{"algorithm": str(row["alg"])[len(str(MLWF)):], "outcome": row["outcome"]}]
        elif row.get("value") is not None and row["value"] not in rec["values"]:
            rec["values"].append(row["value"])
    # Within one second, a record that was replaced came before the one replacing it.
    out = sorted(by_record.values(), key=lambda r: (r["at"], r["invalidated"] is None, r["fact"]))
    for rec in out:
        spec = SPECS.get(rec["fact"])
        if spec is not None and not spec.many and len(rec["values"]) == 1:
            rec["value"] = rec.pop("values")[0]
    return out
