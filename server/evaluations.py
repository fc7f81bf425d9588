"""Evaluations as jobs: ``POST /api/cases/<id>/evaluations`` checks the upload and the
advice at once (bad input is a 4xx and nothing is stored), answers 202 with the job's
Location, and works in a background thread: it describes the data by its meta-features
(about a second: the quick landmark models), orders the candidates by the evidence on
similar datasets, and cross-validates the first ones; ``GET`` on that location gives the
progress (``candidates`` is empty until they are chosen) and, once done, the
leaderboard. The finished runs are recorded in the case (kb/runs.py) and their outcomes
asserted as ``tried``.

Jobs live in this process; a finished evaluation is also readable from the knowledge
base, so another worker of a gunicorn pool answers for it too (without the progress).
"""
from __future__ import annotations

import logging
import os
import tempfile
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, current_app, jsonify, request, url_for

from mlwf.kb.runs import check_evaluation_id, new_evaluation_id, read_evaluation, record_evaluation
from mlwf.ontology.errors import InvalidInput, MlwfError, NotFound, quote
from mlwf.ontology.i18n import _
from mlwf.server.errors import Busy
from mlwf.server.services import services
from mlwf.server.uploads import csv_upload

bp = Blueprint("evaluations", __name__)
log = logging.getLogger("mlwf.server.evaluations")

CONFIG = {
    "EVALUATION_JOBS": 2,            # joblib worker processes per evaluation
    "EVALUATION_RUNNING": 1,         # evaluations running at once; more answer 503
    "EVALUATION_MAX_BUDGET": 300.0,  # seconds an evaluation may take at most
    "EVALUATION_BUDGET": 60.0,       # when the request names none
    "EVALUATION_MAX_TOP": 10,
}
KEEP_FINISHED = 200


@dataclass
class Job:
    id: str
    case_id: str
    candidates: list[str]
    total: int
    status: str = "running"                       # running, done, failed
    progress: dict[str, Any] = field(default_factory=dict)
    # The finished evaluation and what its outcomes wrote into the case: the result is
    # rendered when it is asked for, in the language of whoever asks.
    evaluation: Any = None
    written: Any = None
    error: dict[str, Any] | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    started: float = field(default_factory=time.monotonic)

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"id": self.id, "case": self.case_id, "status": self.status,
               "candidates": self.candidates,
               "progress": {"done": self.progress.get("done", 0), "total": self.total,
                            "candidate": self.progress.get("candidate"),
                            "fold": self.progress.get("fold"),
                            "n_splits": self.progress.get("n_splits"),
                            "elapsed": round(time.monotonic() - self.started, 1)}}
        if self.evaluation is not None:
            doc["result"] = self.evaluation.to_json()
            if self.written is not None:
                doc["result"]["next_step"] = _advice(self.written)["next_step"]
        if self.error is not None:
            doc["error"] = self.error
        return doc


def _advice(written) -> dict[str, Any]:
    """The advice a write left, in the request's language."""
    from mlwf.server.i18n import request_lang
    lang = request_lang()
    return written.advice_in(lang) or services().advisor.advise(written.facts, lang,
                                                                  written.sources)


class Jobs:
    def __init__(self):
        self.lock = threading.Lock()
        self.jobs: dict[str, Job] = {}

    def running(self) -> int:
        return sum(j.status == "running" for j in self.jobs.values())

    def add(self, job: Job, limit: int) -> None:
        with self.lock:
            if self.running() >= limit:
                raise Busy(_("{n} evaluation(s) already running", n=self.running()),
                           _("try again when it has finished (Retry-After: 30 s)"))
            finished = [k for k, j in self.jobs.items() if j.status != "running"]
            for key in finished[:max(0, len(finished) - KEEP_FINISHED)]:
                del self.jobs[key]
            self.jobs[job.id] = job


def _jobs() -> Jobs:
    return current_app.extensions.setdefault("mlwf_evaluations", Jobs())


def _config(name: str):
    return current_app.config.get(name, CONFIG[name])


def _number(name: str, kind, low, high, default):
    raw = request.form.get(name)
    if raw in (None, ""):
        return default
    try:
        value = kind(raw)
    except ValueError:
        value = None
    if value is None or not (low <= value <= high) or value != value:
        raise InvalidInput(_("'{name}': {value} is not allowed", name=name,
                             value=quote(raw, 20)),
                           _("allowed: an integer from {low} to {high}", low=low, high=high)
                           if kind is int else
                           _("allowed: a number from {low} to {high}", low=low, high=high))
    return value


@bp.post("/api/cases/<case_id>/evaluations")
def start(case_id: str):
    """Multipart: ``file`` (the CSV), ``target``, optional ``top`` (candidates, default 3),
    ``budget`` (seconds). 202 and the job's Location."""
    from mlwf.evaluation.evaluate import prepare

    cases = services().cases
    cases.check_id(case_id)
    upload = csv_upload(_("field 'file' holds the CSV, field 'target' names the target column; "
                          "optional fields 'top' and 'budget'"))
    target = request.form.get("target") or ""
    if not target:
        raise InvalidInput(_("no target column named"),
                           _("send the column to predict in the field 'target'"))
    top = _number("top", int, 1, _config("EVALUATION_MAX_TOP"), 3)
    budget = _number("budget", float, 1.0, _config("EVALUATION_MAX_BUDGET"), _config("EVALUATION_BUDGET"))
    facts, _sources = cases.facts(case_id)
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    # The CSV is read more than once (profile, frame, meta-features): a temporary file
    # holds it until the job has prepared its candidates.
    handle, path = tempfile.mkstemp(suffix=".csv", prefix="mlwf-evaluation-")
    try:
        with os.fdopen(handle, "wb") as out:
            upload.save(out)
        # Bad input is refused here, by the rules alone: the evidence only orders the
        # candidates, so whether there are any and how many run does not depend on it.
        checked = prepare(path, target, facts=facts, top=top, max_bytes=limit,
                          advisor=_rules_only())
        job = Job(new_evaluation_id(), case_id, [], checked.n_tasks)
        _jobs().add(job, _config("EVALUATION_RUNNING"))
        # the app itself, not the proxy, which means nothing in the job's thread
        app = current_app._get_current_object()  # type: ignore[attr-defined]  # a LocalProxy's
        request_ = {"path": path, "source": upload.filename or "upload.csv", "target": target,
                    "facts": facts, "top": top, "max_bytes": limit, "profile": checked.profile}
        location = url_for("evaluations.status", case_id=case_id, evaluation_id=job.id)
        doc = {**job.to_json(), "location": location}   # before the job chose its candidates
        thread = threading.Thread(target=_work, args=(app, job, request_, budget),
                                  name=f"mlwf-evaluation-{job.id}", daemon=True)
        thread.start()
    except BaseException:
        os.unlink(path)
        raise
    response = jsonify(doc)
    response.status_code = 202
    response.headers["Location"] = location
    return response


def _rules_only():
    """The advisor of /api/advise without its evidence: the same rules, no meta-features."""
    from mlwf.rules import Advisor
    extensions = current_app.extensions
    if "mlwf_rules_only" not in extensions:
        extensions["mlwf_rules_only"] = Advisor(services().advisor.ontology)
    return extensions["mlwf_rules_only"]


def _work(app, job: Job, request_: dict[str, Any], budget: float) -> None:
    from mlwf.evaluation.evaluate import prepare, run

    try:
        with app.app_context():
            try:
                # the advisor of /api/advise: the same candidates, in the same order
                prepared = prepare(request_["path"], request_["target"], facts=request_["facts"],
                                   top=request_["top"], max_bytes=request_["max_bytes"],
                                   advisor=services().advisor, profile=request_["profile"])
            finally:
                os.unlink(request_["path"])
            prepared.source = request_["source"]
            job.candidates, job.total = prepared.names, prepared.n_tasks
            evaluation = run(prepared, budget=budget, n_jobs=_config("EVALUATION_JOBS"),
                             progress=job.progress.update, stop=job.stop)
            cases = app.extensions["mlwf"].cases
            _id, written = record_evaluation(cases, job.case_id, evaluation, job.id,
                                             profile_facts=evaluation.profile_facts)
            job.evaluation, job.written = evaluation, written
            job.status = "done"
    except MlwfError as exc:
        job.error = {"error": exc.message, "detail": exc.detail}
        job.status = "failed"
    except Exception:                     # noqa: BLE001 - logged; the client gets no trace
        log.exception("evaluation %s failed", job.id)
        job.error = {"error": _("internal error"), "detail": _("the server logged the details")}
        job.status = "failed"


@bp.get("/api/cases/<case_id>/evaluations/<evaluation_id>")
def status(case_id: str, evaluation_id: str):
    """The job's progress, and its result once done; a finished evaluation this process
    did not run is read from the knowledge base."""
    services().cases.check_id(case_id)
    check_evaluation_id(evaluation_id)
    job = _jobs().jobs.get(evaluation_id)
    if job is not None and job.case_id == case_id:
        return jsonify(job.to_json())
    stored = read_evaluation(services().store, case_id, evaluation_id)
    return jsonify({"id": evaluation_id, "case": case_id, "status": "done",
                    "candidates": [r["algorithm"] for r in stored["leaderboard"]],
                    "progress": None, "result": stored})


@bp.delete("/api/cases/<case_id>/evaluations/<evaluation_id>")
def cancel(case_id: str, evaluation_id: str):
    """Stop a running evaluation: what finished is kept and recorded."""
    services().cases.check_id(case_id)
    check_evaluation_id(evaluation_id)
    job = _jobs().jobs.get(evaluation_id)
    if job is None or job.case_id != case_id:
        raise NotFound(_("no running evaluation {evaluation_id} in case {case_id}",
                         evaluation_id=quote(evaluation_id), case_id=quote(case_id)),
                       _("GET /api/cases/{case_id}/evaluations/{evaluation_id} shows a "
                         "finished one", case_id=case_id, evaluation_id=evaluation_id))
    job.stop.set()
    response = jsonify(job.to_json())
    response.status_code = 202
    return response


def openapi_paths(errors: dict[str, Any], case_id: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI description of these operations (server/openapi.py merges it)."""
    evaluation_id = {"name": "evaluation_id", "in": "path", "required": True,
                     "schema": {"type": "string", "pattern": "^[0-9a-f]{12}$"}}
    job = {"description": "the job", "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/EvaluationJob"}}}}

    def pick(*codes):
        return {c: errors[c] for c in codes}
    return {
        "/api/cases/{case_id}/evaluations": {"post": {
            "summary": "try the top advised candidates on a CSV: a job (202, Location)",
            "parameters": [case_id],
            "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                "type": "object", "required": ["file", "target"], "properties": {
                    "file": {"type": "string", "format": "binary"},
                    "target": {"type": "string", "minLength": 1},
                    "top": {"type": "integer", "minimum": 1, "maximum": CONFIG["EVALUATION_MAX_TOP"]},
                    "budget": {"type": "number", "minimum": 1,
                               "maximum": CONFIG["EVALUATION_MAX_BUDGET"]}}}}}},
            "responses": {"202": {**job, "headers": {"Location": {
                "description": "where to GET the job", "schema": {"type": "string"}}}},
                **pick("400", "404", "413", "415", "503")}}},
        "/api/cases/{case_id}/evaluations/{evaluation_id}": {
            "get": {"summary": "an evaluation's progress and, once done, its leaderboard",
                    "parameters": [case_id, evaluation_id],
                    "responses": {"200": job, **pick("400", "404", "503")}},
            "delete": {"summary": "stop a running evaluation, keeping what finished",
                       "parameters": [case_id, evaluation_id],
                       "responses": {"202": job, **pick("400", "404", "503")}}},
    }


SCHEMAS = {
    "EvaluationJob": {"type": "object", "required": ["id", "case", "status", "candidates", "progress"],
                      "properties": {
                          "id": {"type": "string"}, "case": {"type": "string"},
                          "status": {"type": "string", "enum": ["running", "done", "failed"]},
                          "candidates": {"type": "array", "items": {"type": "string"}},
                          "progress": {"type": ["object", "null"]},
                          "location": {"type": "string"},
                          "result": {"type": "object", "required": ["leaderboard", "primary_metric"],
                                     "properties": {"leaderboard": {"type": "array", "items": {
                                         "type": "object", "required": ["rank", "algorithm", "score",
                                                                        "outcome"]}},
                                         "primary_metric": {"type": "string"}}},
                          "error": {"$ref": "#/components/schemas/Error"}}},
}
