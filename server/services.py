"""What the app needs at run time, built once by the factory from app.config."""
from __future__ import annotations

import atexit
from dataclasses import dataclass

from flask import current_app

from mlwf.kb.cases import Cases
from mlwf.kb.inferred import INFERRED_GRAPH, inferred_ntriples
from mlwf.kb.metakb import (
    METAKB_GRAPH,
    MetaKB,
    advisor_with_evidence,
    read_user_runs,
    shipped_ntriples,
)
from mlwf.kb.query_runner import EmbeddedQueryRunner, QueryLimits, RemoteQueryRunner, query_runner
from mlwf.kb.store import EmbeddedStore, RemoteStore, open_store
from mlwf.ontology import Ontology, load, source_path
from mlwf.rules import Advisor


@dataclass
class Services:
    ontology: Ontology
    advisor: Advisor
    store: EmbeddedStore | RemoteStore
    cases: Cases
    queries: EmbeddedQueryRunner | RemoteQueryRunner

    @classmethod
    def from_config(cls, config) -> Services:
        ontology = load()
        store = open_store(config.get("STORE_PATH"), config.get("STORE_URL"),
                           config.get("STORE_UPDATE_URL"), config.get("STORE_USER"),
                           config.get("STORE_PASSWORD"))
        store.load_ontology(source_path().read_bytes())
        store.replace_graph(INFERRED_GRAPH, inferred_ntriples(ontology))
        store.replace_graph(METAKB_GRAPH, shipped_ntriples())
        # Algorithm candidates are ordered by the meta-knowledge base's evidence, which
        # includes the runs people recorded on their own data.
        base = MetaKB.shipped()
        base.add_runs(*read_user_runs(store))
        advisor = advisor_with_evidence(ontology, base=base)
        limits = QueryLimits(timeout=config["QUERY_TIMEOUT"], memory_mb=config["QUERY_MEMORY_MB"],
                             max_result_bytes=config["QUERY_MAX_BYTES"],
                             workers=config["QUERY_WORKERS"], sandbox=config["QUERY_SANDBOX"])
        cases = Cases(store, advisor)
        cases.migrate()   # cases stored before provenance records get theirs, once
        services = cls(ontology, advisor, store, cases, query_runner(store, limits))
        atexit.register(services.close)
        return services

    def close(self) -> None:
        self.queries.close()
        self.store.close()


def services() -> Services:
    return current_app.extensions["mlwf"]
