"""Evaluation runs as knowledge: W3C ML Schema and PROV-O in the case graph.

One evaluation (``mlwf evaluate``, an API job) is written to its case's named graph as::

    <case/evaluation/E> a kb:Evaluation, prov:Activity ; kb:case <case> ;
        prov:startedAtTime ... ; prov:endedAtTime ... ; prov:used <case/evaluation/E/data> ;
        prov:wasAssociatedWith <https://w3id.org/mlwf/agent/evaluate> ;
        kb:validation mlwf:StratifiedKFoldCrossValidation ; kb:folds 5 ;
        kb:primaryMeasure mlwf:BalancedAccuracy ; kb:baselineScore 0.33 ;
        kb:best <case/evaluation/E/run/SVC> ; prov:generated <case/tried/SVC> .
    <case/evaluation/E/data> a mls:Dataset ; rdfs:label "penguins.csv" ; kb:target "species" ;
        kb:rows 342 .
    <case/evaluation/E/run/SVC> a mls:Run, prov:Activity ;
        mls:realizes mlwf:SVC ; mls:executes <impl/sklearn.svm.SVC> ;
        mls:hasInput <case/evaluation/E/data>, <.../run/SVC/setting/C> ;
        mls:hasOutput <.../run/SVC/measure/BalancedAccuracy> ;
        prov:startedAtTime ... ; prov:endedAtTime ... ; prov:wasInformedBy <case/evaluation/E> ;
        kb:seconds 1.2 ; kb:status "done" ; kb:rank 1 ;
        kb:outcome "good" ; kb:lift 0.98 ; kb:gap 0.01 ;
        kb:explanation "..."@en, "..."@tr .
    <.../run/SVC/measure/BalancedAccuracy> a mls:ModelEvaluation ;
        mls:specifiedBy mlwf:BalancedAccuracy ; mls:hasValue 0.97 ; kb:std 0.01 ;
        kb:trainValue 0.99 .
    <impl/sklearn.svm.SVC> a mls:Implementation ; mls:implements mlwf:SVC ;
        rdfs:label "sklearn.svm.SVC" ; mls:hasHyperParameter <impl/sklearn.svm.SVC#C> .
    <impl/sklearn.svm.SVC#C> a mls:HyperParameter ; rdfs:label "C" .
    <.../run/SVC/setting/C> a mls:HyperParameterSetting ;
        mls:specifiedBy <impl/sklearn.svm.SVC#C> ; mls:hasValue 1.0 .

Texts a person reads (the judgement's explanation, the evaluation's notes, why a run
stopped) are stored in every language (``@en``, ``@tr``), so a SPARQL user finds them in
theirs. The runs are written in one SPARQL Update, then the judged outcomes are asserted as
``tried`` (with the profiled facts of the data) through kb/cases.py, so the advice
moves; if that assertion fails, the runs are taken out again: nothing is half-stored.
"""
from __future__ import annotations

import secrets
from typing import Any

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from mlwf.kb.namespaces import KB, case_iri
from mlwf.ontology import MLWF
from mlwf.ontology.errors import InvalidInput, NotFound, quote
from mlwf.ontology.i18n import LANGS, _, check, current_lang
from mlwf.rules.facts import normalize_facts

MLS = Namespace("http://www.w3.org/ns/mls#")
IMPLEMENTATION_BASE = "https://w3id.org/mlwf/impl/"
AGENT = URIRef("https://w3id.org/mlwf/agent/evaluate")
PREFIXES = (f"PREFIX mls: <{MLS}>\nPREFIX prov: <{PROV}>\n")


def evaluation_iri(case_id: str, evaluation_id: str) -> str:
    return f"{case_iri(case_id)}/evaluation/{evaluation_id}"


def new_evaluation_id() -> str:
    return secrets.token_hex(6)


def _time(text: str) -> Literal:
    return Literal(text, datatype=XSD.dateTime)


def _texts(message) -> list[Literal]:
    """A text to show as one literal per language."""
    return [Literal(message.render(lang), lang=lang) for lang in LANGS]


def evaluation_triples(case_id: str, evaluation_id: str, evaluation) -> list[tuple]:
    """An evaluation.Evaluation as (subject, predicate, object) rdflib terms."""
    case = URIRef(case_iri(case_id))
    ev = URIRef(evaluation_iri(case_id, evaluation_id))
    data = URIRef(f"{ev}/data")
    primary = evaluation.primary
    base = evaluation.baseline.mean("test", primary.concept)
    t: list[tuple] = [
        (ev, RDF.type, KB.Evaluation), (ev, RDF.type, PROV.Activity), (ev, KB.case, case),
        (ev, KB.id, Literal(evaluation_id)),
        (ev, PROV.startedAtTime, _time(evaluation.started)),
        (ev, PROV.endedAtTime, _time(evaluation.ended)),
        (ev, PROV.used, data), (ev, PROV.wasAssociatedWith, AGENT),
        (AGENT, RDF.type, PROV.SoftwareAgent), (AGENT, RDFS.label, Literal("mlwf evaluate")),
        (ev, KB.validation, MLWF[evaluation.scheme.concept]),
        (ev, KB.folds, Literal(evaluation.scheme.n_splits)),
        (ev, KB.task, Literal(evaluation.task)),
        (ev, KB.primaryMeasure, MLWF[primary.concept]),
        (data, RDF.type, MLS.Dataset), (data, RDFS.label, Literal(_file_name(evaluation.source))),
        (data, KB.target, Literal(evaluation.target)), (data, KB.rows, Literal(evaluation.n_rows)),
    ]
    if base is not None:
        t.append((ev, KB.baselineScore, Literal(round(base, 6))))
    for note in evaluation.notes:
        t += [(ev, KB.note, text) for text in _texts(note)]
    best = evaluation.best
    for rank, run in enumerate(evaluation.ranked(), 1):
        node = URIRef(f"{ev}/run/{run.algorithm}")
        impl = URIRef(IMPLEMENTATION_BASE + run.implementation)
        result = run.result
        status = "failed" if result.error else "stopped" if result.stopped else "done"
        t += [(node, RDF.type, MLS.Run), (node, RDF.type, PROV.Activity),
              (node, MLS.realizes, MLWF[run.algorithm]), (node, MLS.executes, impl),
              (node, MLS.hasInput, data), (node, PROV.wasInformedBy, ev),
              (node, PROV.startedAtTime, _time(run.started)),
              (node, PROV.endedAtTime, _time(run.ended)),
              (node, KB.seconds, Literal(round(result.compute, 4))),
              (node, KB.status, Literal(status)),
              (impl, RDF.type, MLS.Implementation), (impl, MLS.implements, MLWF[run.algorithm]),
              (impl, RDFS.label, Literal(run.implementation))]
        if result.complete:
            t.append((node, KB.rank, Literal(rank)))
        if result.error:
            t.append((node, KB.error, Literal(result.error)))
        if result.stopped:
            t += [(node, KB.stopped, text) for text in _texts(result.stopped)]
        if run is best:
            t.append((ev, KB.best, node))
        for name, value in run.hyperparameters.items():
            parameter = URIRef(f"{impl}#{name}")
            setting = URIRef(f"{node}/setting/{name}")
            t += [(impl, MLS.hasHyperParameter, parameter), (parameter, RDF.type, MLS.HyperParameter),
                  (parameter, RDFS.label, Literal(name)),
                  (node, MLS.hasInput, setting), (setting, RDF.type, MLS.HyperParameterSetting),
                  (setting, MLS.specifiedBy, parameter),
                  (setting, MLS.hasValue, Literal("None" if value is None else value))]
        for metric in evaluation.metrics:
            value = result.mean("test", metric.concept)
            if value is None:
                continue
            measure = URIRef(f"{node}/measure/{metric.concept}")
            t += [(node, MLS.hasOutput, measure), (measure, RDF.type, MLS.ModelEvaluation),
                  (measure, MLS.specifiedBy, MLWF[metric.concept]),
                  (measure, MLS.hasValue, Literal(round(value, 6)))]
            std, train = result.std("test", metric.concept), result.mean("train", metric.concept)
            if std is not None:
                t.append((measure, KB.std, Literal(round(std, 6))))
            if train is not None:
                t.append((measure, KB.trainValue, Literal(round(train, 6))))
        if run.judgement is not None:
            j = run.judgement
            t.append((node, KB.outcome, Literal(j.outcome)))
            t += [(node, KB.explanation, text) for text in _texts(j.explanation)]
            if j.lift is not None:
                t.append((node, KB.lift, Literal(round(j.lift, 4))))
            if j.gap is not None:
                t.append((node, KB.gap, Literal(round(j.gap, 4))))
    for entry in evaluation.tried():
        t.append((ev, PROV.generated, URIRef(f"{case}/tried/{entry['algorithm']}")))
    return t


def _file_name(source: str) -> str:
    return str(source).replace("\\", "/").rsplit("/", 1)[-1] or "data.csv"


def record_evaluation(cases, case_id: str, evaluation, evaluation_id: str | None = None,
                      profile_facts: dict[str, Any] | None = None):
    """Store an evaluation's runs in the case and assert its judged outcomes as ``tried``
    (and ``profile_facts``, the data's profiled facts the case does not state yet).
    Returns (evaluation id, kb.cases.Written)."""
    cases.check_id(case_id)
    evaluation_id = evaluation_id or new_evaluation_id()
    stated, sources = cases.facts(case_id)
    new = {k: v for k, v in (profile_facts or {}).items()
           if k not in stated or sources.get(k) == "profile"}
    tried = evaluation.tried()
    facts = dict(new)
    if tried:
        facts["tried"] = tried
    facts = normalize_facts(facts)          # raises before anything is written
    iri = case_iri(case_id)
    body = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in
                     evaluation_triples(case_id, evaluation_id, evaluation))
    cases.store.update(PREFIXES + f"INSERT DATA {{ GRAPH <{iri}> {{\n{body}\n}} }}")
    if not facts:
        return evaluation_id, None
    try:
        written = cases.assert_facts(case_id, facts, {k: "profile" for k in new})
    except BaseException:
        delete_evaluation(cases.store, case_id, evaluation_id)
        raise
    return evaluation_id, written


def delete_evaluation(store, case_id: str, evaluation_id: str) -> None:
    iri, ev = case_iri(case_id), evaluation_iri(case_id, evaluation_id)
    store.update(f"""DELETE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o .
        FILTER(?s = <{ev}> || STRSTARTS(STR(?s), "{ev}/")) }} }}""")


def read_evaluation(store, case_id: str, evaluation_id: str,
                    lang: str | None = None) -> dict[str, Any]:
    """A stored evaluation's summary and leaderboard, read back from the case graph, its
    texts in ``lang`` (default: the current language)."""
    iri, ev = case_iri(case_id), evaluation_iri(case_id, evaluation_id)
    # Texts stored before they were stored in every language are English only.
    lang = check(lang) if lang else current_lang()
    shown = f'FILTER(LANGMATCHES(LANG(?{{0}}), "{lang}") || LANG(?{{0}}) = "")'
    head = store.select(PREFIXES + f"""SELECT ?started ?ended ?measure ?validation ?folds ?baseline ?task
        WHERE {{ GRAPH <{iri}> {{ <{ev}> a kb:Evaluation ; prov:startedAtTime ?started ;
          prov:endedAtTime ?ended ; kb:primaryMeasure ?measure ; kb:validation ?validation ;
          kb:folds ?folds ; kb:task ?task . OPTIONAL {{ <{ev}> kb:baselineScore ?baseline }} }} }}""")
    if not head:
        raise NotFound(_("case {case_id} has no evaluation {evaluation_id}",
                         case_id=quote(case_id), evaluation_id=quote(evaluation_id)),
                       _("start one with POST /api/cases/{case_id}/evaluations",
                         case_id=case_id))
    h = head[0]
    measure = str(h["measure"])
    rows = store.select(PREFIXES + f"""SELECT ?algorithm ?rank ?score ?train ?std ?outcome ?status
        ?seconds ?error ?stopped ?explanation WHERE {{ GRAPH <{iri}> {{
          ?run prov:wasInformedBy <{ev}> ; mls:realizes ?algorithm ; kb:status ?status ;
               kb:seconds ?seconds .
          OPTIONAL {{ ?run kb:rank ?rank }}
          OPTIONAL {{ ?run mls:hasOutput ?m . ?m mls:specifiedBy <{measure}> ; mls:hasValue ?score .
                     OPTIONAL {{ ?m kb:trainValue ?train }} OPTIONAL {{ ?m kb:std ?std }} }}
          OPTIONAL {{ ?run kb:outcome ?outcome }}
          OPTIONAL {{ ?run kb:explanation ?explanation . {shown.format('explanation')} }}
          OPTIONAL {{ ?run kb:error ?error }}
          OPTIONAL {{ ?run kb:stopped ?stopped . {shown.format('stopped')} }} }} }}""")
    board = []
    for r in rows:
        board.append({"rank": r.get("rank"), "algorithm": _local(r["algorithm"]),
                      "score": r.get("score") if r.get("rank") is not None else None,
                      "std": r.get("std") if r.get("rank") is not None else None,
                      "train": r.get("train") if r.get("rank") is not None else None,
                      "outcome": r.get("outcome") or ("failed" if r.get("error") else "stopped"),
                      "time": r["seconds"], "error": r.get("error"), "stopped": r.get("stopped"),
                      "explanation": r.get("explanation")})
    board.sort(key=lambda b: (b["rank"] is None, b["rank"] or 0))
    return {"id": evaluation_id, "case": case_id, "task": h["task"], "started": str(h["started"]),
            "ended": str(h["ended"]), "primary_metric": _local(measure),
            "validation": {"concept": _local(h["validation"]), "n_splits": h["folds"]},
            "baseline": h.get("baseline"), "leaderboard": board}


def _local(iri: Any) -> str:
    text = str(iri)
    return text[len(str(MLWF)):] if text.startswith(str(MLWF)) else text


def check_evaluation_id(evaluation_id: str) -> str:
    if not (len(evaluation_id) == 12 and all(c in "0123456789abcdef" for c in evaluation_id)):
        raise InvalidInput(_("{evaluation_id} is not an evaluation id",
                             evaluation_id=quote(evaluation_id, 20)),
                           _("12 hexadecimal digits, as returned by POST "
                             "/api/cases/<id>/evaluations"))
    return evaluation_id
