"""The JSON API: advice, cases and their facts, questions and concepts."""
from __future__ import annotations

import io
from typing import Any

from flask import Blueprint, current_app, jsonify, request, url_for

from mlwf.kb.cases import Written
from mlwf.kb.provenance import Dataset, Provenance
from mlwf.ontology.concepts import parse_sklearn_args
from mlwf.ontology.errors import InvalidInput, NotFound, check_lang, quote
from mlwf.ontology.i18n import _
from mlwf.server.auth import require_admin
from mlwf.server.errors import UnsupportedMediaType
from mlwf.server.i18n import request_lang
from mlwf.server.services import services
from mlwf.server.uploads import csv_upload

bp = Blueprint("api", __name__)


def _lang() -> str:
    """The label language: ?lang= wins over the body's "lang"; whichever is given must be
    en or tr (an empty ?lang= too). None given: the request's language (Accept-Language,
    server/i18n.py), else en."""
    body = request.get_json(silent=True) if request.is_json else None
    given = []
    if "lang" in request.args:
        given.append(request.args["lang"])
    if isinstance(body, dict) and "lang" in body:
        given.append(body["lang"])
    for lang in given:
        if lang not in ("en", "tr"):
            raise InvalidInput(_("unknown language {lang}", lang=quote(lang)),
                               _("allowed: {allowed}", allowed="en, tr"))
    return check_lang(given[0]) if given else request_lang()


def concept_stages(onto) -> list[str]:
    """The values GET /api/concepts?stage= accepts: the workflow's stages in order."""
    return list(onto.stage_order)


def _json_body(required: bool = True) -> dict[str, Any]:
    if not request.data and not required:
        return {}
    if not request.is_json:
        raise UnsupportedMediaType(_("the body must be JSON"),
                                   _("send Content-Type: application/json"))
    try:
        body = current_app.json.loads(request.get_data())
    except ValueError as exc:  # server/json_provider.py says what it refuses
        raise InvalidInput(_("the body is not valid JSON"), _(
            "{reason}; send strict JSON (RFC 8259) in UTF-8", reason=str(exc))) from None
    if not isinstance(body, dict):
        raise InvalidInput(_("the body is not a JSON object"),
                           _("send e.g. {example}",
                             example='{"facts": {"goal": "predict diabetes"}}'))
    return body


def _facts(body: dict[str, Any], required: bool = True) -> dict[str, Any]:
    if "facts" not in body and not required:
        return {}
    facts = body.get("facts")
    if not isinstance(facts, dict):
        raise InvalidInput(_("'facts' must be an object of fact names and values"),
                           _("e.g. {example}",
                             example='{"facts": {"n_samples": 768, "labeled": true}}'))
    return facts


def _case_document(case_id: str, lang: str, written: Written | None = None) -> dict[str, Any]:
    """The case as the API shows it; after a write, from what the write left (its advice,
    computed in every language for the case graph, is reused) instead of reading the case
    back."""
    cases = services().cases
    if written is None:
        facts, sources = cases.facts(case_id)
        advice = services().advisor.advise(facts, lang, sources)
    else:
        facts, sources = written.facts, written.sources
        advice = written.advice_in(lang) or services().advisor.advise(facts, lang, sources)
    return {"id": case_id, "url": url_for("api.get_case", case_id=case_id, _external=True),
            **cases.created(case_id), **advice, "sources": sources}


@bp.get("/health")
def health():
    store = services().store
    store.ask("ASK { }")  # raises StoreUnavailable (503) when the store is gone
    return jsonify({"status": "ok", "store": store.kind,
                    "ontology_concepts": len(services().ontology.concepts)})


@bp.post("/api/advise")
def advise():
    body = _json_body()
    return jsonify(services().advisor.advise(_facts(body), _lang()))


@bp.post("/api/cases")
def create_case():
    body = _json_body(required=False)
    case_id = services().cases.create(_facts(body, required=False))
    response = jsonify(_case_document(case_id, _lang()))
    response.status_code = 201
    response.headers["Location"] = url_for("api.get_case", case_id=case_id)
    return response


@bp.get("/api/cases/<case_id>")
def get_case(case_id: str):
    services().cases.check_id(case_id)
    return jsonify(_case_document(case_id, _lang()))


@bp.delete("/api/cases/<case_id>")
def delete_case(case_id: str):
    """Remove the case's graph (its facts, advice and history); needs the admin token,
    checked before the case is looked up so that the answer tells nothing without it."""
    require_admin("deleting a case")
    services().cases.delete(case_id)
    return "", 204


@bp.post("/api/cases/<case_id>/facts")
def assert_facts(case_id: str):
    services().cases.check_id(case_id)
    body = _json_body()
    written = services().cases.assert_facts(case_id, _facts(body))
    return jsonify(_case_document(case_id, _lang(), written))


@bp.delete("/api/cases/<case_id>/facts/<name>")
def retract_fact(case_id: str, name: str):
    written = services().cases.retract(case_id, name)
    return jsonify(_case_document(case_id, _lang(), written))


@bp.post("/api/cases/<case_id>/dataset")
def upload_dataset(case_id: str):
    """A CSV upload (multipart field ``file``, optional form field ``target``): profiled,
    and its facts asserted into the case with source "profile"."""
    from mlwf.profiling.profile import profile_csv

    services().cases.check_id(case_id)
    upload = csv_upload(_("field 'file' holds the CSV, field 'target' names the "
                          "target column (optional)"))
    target = request.form.get("target") or None
    # The request is bounded by MAX_CONTENT_LENGTH, so the bytes fit in memory; they are
    # hashed to name the upload as the entity its facts derive from.
    data = upload.stream.read()
    profile = profile_csv(io.BytesIO(data), target, max_bytes=current_app.config["MAX_CONTENT_LENGTH"])
    written = services().cases.assert_facts(
        case_id, profile.facts, {k: "profile" for k in profile.facts},
        Provenance("profiler", dataset=Dataset.of(upload.filename or "", data)))
    return jsonify({**_case_document(case_id, _lang(), written), "profile": profile.to_json()})


@bp.get("/api/workflow")
def workflow():
    """The workflow as the ontology draws it: stages in order with what has its place
    directly in each (the steps part of it first, then what is used or considered in it),
    the order between them (followedBy) and the ways back (mayReturnTo)."""
    lang = _lang()
    onto = services().ontology

    def steps(stage: str) -> list[str]:
        parts = onto.steps_of(stage)
        used = sorted(c.name for c in onto.concepts.values()
                      if stage in c.places and c.name not in parts)
        return parts + used

    stages = [{**_ref(s, lang), "steps": [_ref(c, lang) for c in steps(s)]}
              for s in onto.stage_order]
    edges = {"followedBy": [], "mayReturnTo": []}
    for c in onto.concepts.values():
        for prop in edges:
            for target in c.relations.get(prop, []):
                if target in onto.concepts:
                    edges[prop].append({"from": c.name, "to": target})
    return jsonify({"stages": stages, "followed_by": edges["followedBy"],
                    "may_return_to": edges["mayReturnTo"]})


@bp.get("/api/facts")
def facts_vocabulary():
    """The fact vocabulary as the page builds its inputs from it (each spec's description
    in rules/facts.py: kind, label, choices or bounds), and the kinds of recommendation in
    the order the advice lists them."""
    from mlwf.rules.base import KIND_HEADINGS, KINDS
    from mlwf.rules.facts import SPECS

    lang = _lang()
    return jsonify({"facts": [spec.describe(lang) for spec in SPECS.values()],
                    "kinds": [{"kind": k, "heading": KIND_HEADINGS[k].render(lang)} for k in KINDS]})


@bp.get("/api/questions")
def questions():
    lang = _lang()
    onto = services().ontology
    return jsonify([{"id": q.name, "fact": q.fact, "order": q.order, "text": q.text(lang),
                     "answers": q.answers, "stage": q.stage,
                     "stage_label": onto.concepts[q.stage].label(lang)}
                    for q in onto.questions])


def _ref(name: str, lang: str) -> dict[str, str]:
    c = services().ontology.concepts[name]
    return {"name": c.name, "concept": c.iri, "label": c.label(lang)}


@bp.get("/api/concepts")
def concepts():
    lang = _lang()
    onto = services().ontology
    kind, stage, text = request.args.get("kind"), request.args.get("stage"), request.args.get("q")
    kinds = {"algorithm", "metric", "stage", "concept"}
    if kind is not None and kind not in kinds:
        raise InvalidInput(_("unknown kind {kind}", kind=quote(kind)),
                           _("allowed: {allowed}", allowed=", ".join(sorted(kinds))))
    if stage is not None and stage not in concept_stages(onto):
        raise InvalidInput(_("unknown stage {stage}", stage=quote(stage)),
                           _("allowed: {allowed}", allowed=", ".join(concept_stages(onto))))
    out = []
    for c in sorted(onto.concepts.values(), key=lambda c: c.name):
        if kind and c.kind != kind or stage and stage not in c.stages:
            continue
        if text and text.lower() not in (c.label(lang) + " " + c.name).lower():
            continue
        out.append({**_ref(c.name, lang), "kind": c.kind, "stage": c.stage,
                    "parents": c.parents, "sklearn": c.sklearn_call})
    return jsonify(out)


@bp.get("/api/concepts/<name>")
def concept(name: str):
    lang = _lang()
    onto = services().ontology
    c = onto.get(name)
    if c is None:
        raise NotFound(_("no concept {name}", name=quote(name)),
                       _("GET /api/concepts lists them; names, English and Turkish labels "
                         "are accepted"))
    return jsonify({
        **_ref(c.name, lang), "labels": c.labels, "alt_labels": c.alt_labels,
        "definition": c.definition(lang), "definitions": c.definitions, "kind": c.kind,
        "stage": _ref(c.stage, lang) if c.stage in onto.concepts else None,
        "parents": [_ref(p, lang) for p in c.parents if p in onto.concepts],
        "children": [_ref(k, lang) for k in c.children],
        "superclasses": [_ref(p, lang) for p in c.superclasses if p in onto.concepts],
        "subclasses": [_ref(k, lang) for k in c.subclasses],
        "stages": [_ref(s, lang) for s in c.stages],
        "relations": {prop: [_ref(t, lang) for t in targets if t in onto.concepts]
                      for prop, targets in c.relations.items()},
        "sklearn": c.sklearn_call, "sklearn_class": c.sklearn,
        "sklearn_parameters": parse_sklearn_args(c.sklearn_args or "", resolve=False),
        "not_recommended_because": c.not_recommended,
    })
