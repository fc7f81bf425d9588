"""The guided consultation page: ``/`` (a new consultation) and ``/cases/<id>`` (one case).

The page is plain HTML, CSS and JavaScript modules from ``static/``; everything it shows
comes from the JSON API (the workflow diagram from ``/api/workflow``, the questions,
advice and concepts from the case endpoints), so the page holds no state of its own: the
case id is in the URL and the language in ``?lang=`` (else the browser's Accept-Language).
A new consultation creates its case on the first answer, so merely opening ``/`` stores
nothing.
"""
from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template, url_for

from mlwf.kb.cases import CASE_ID
from mlwf.ontology.i18n import LANGS, Message, _, fact_label, value_label
from mlwf.server.i18n import request_lang
from mlwf.server.services import services

bp = Blueprint("pages", __name__)

# The page's own words, in English; the catalogue (ontology/locale) translates them. Concept
# labels, definitions and questions come from the ontology. {name} placeholders are filled
# in by the page's script.
STRINGS: dict[str, Message] = {
    "title": _("mlwf — guided consultation"),
    "tagline": _("What should I do next in my machine-learning project, and why."),
    "skip": _("Skip to the question"),
    "language": _("Language"),
    "new_case": _("New consultation"),
    "case_link": _("Link to this case"),
    "workflow": _("Workflow"),
    "diagram_label": _("Workflow diagram: the stages of the workflow and their steps"),
    "diagram_hint": _("Select a stage or a step (click, or Tab then Enter) to read about it."),
    "legend": _("Legend"),
    "state_done": _("done"),
    "legend_done": _("done or chosen"),
    "state_current": _("current stage"),
    "state_next": _("next step"),
    "state_recommended": _("recommended"),
    "state_chosen": _("chosen"),
    "state_back": _("way back"),
    "node_stage": _("stage"),
    "node_step": _("step"),
    "more": _("+{n} more"),
    "fewer": _("fewer"),
    "where": _("Where you stand"),
    "stage": _("Stage"),
    "next_step": _("Next step"),
    "ways_back": _("Ways back"),
    "none": _("none"),
    "question": _("Next question"),
    "answer": _("Answer"),
    "your_answer": _("Your answer"),
    "choose_several": _("Choose all that apply"),
    "no_question": _("No more questions: the consultation is complete."),
    "yes": _("Yes"),
    "no": _("No"),
    "tried_question": _("Try a candidate and report how it went:"),
    "concept": _("Concept"),
    "close": _("Close"),
    "definition": _("Definition"),
    "no_definition": _("No definition yet."),
    "children": _("Listed under it in the outline"),
    "parents": _("Listed under (outline)"),
    "superclasses": _("A kind of"),
    "subclasses": _("Kinds"),
    "relations": _("Relations"),
    "not_recommended": _("Not recommended because"),
    "recommendations": _("Recommendations"),
    "no_recommendations": _("No recommendations yet: answer a few questions."),
    "one_warning": _("warning"),
    "one_step": _("step"),
    "one_technique": _("technique"),
    "one_algorithm": _("algorithm"),
    "one_metric": _("metric"),
    "one_stage": _("stage"),
    "one_concept": _("concept"),
    "rel_suits": _("suits"),
    "rel_solvesTask": _("solves the task"),
    "rel_hasLearningType": _("learning type"),
    "rel_appliesToFeature": _("applies to features"),
    "rel_appliesToTarget": _("applies to the target"),
    "rel_remedies": _("remedies"),
    "rel_mayReturnTo": _("may return to"),
    "rel_evaluates": _("evaluates"),
    "rel_followedBy": _("followed by"),
    "rel_requires": _("requires"),
    "rel_partOf": _("part of"),
    "rel_usedIn": _("used in"),
    "rel_consideredIn": _("considered in"),
    "rank": _("rank"),
    "rank_shared": _("shared: the rules prefer these equally"),
    "because": _("because"),
    "rule": _("rule"),
    "tried_badge": _("tried: {outcome}"),
    "tried_title": _("Report an algorithm you tried"),
    "algorithm": _("Algorithm"),
    "outcome": _("How did it go?"),
    "outcome_good": _("good"),
    "outcome_not_working": _("not working"),
    "outcome_overfitting": _("overfitting"),
    "outcome_underfitting": _("underfitting"),
    "no_algorithms": _("No algorithm is recommended yet."),
    "facts": _("Your facts"),
    "no_facts": _("No facts yet."),
    "change": _("Change"),
    "withdraw": _("Withdraw"),
    "save": _("Save"),
    "cancel": _("Cancel"),
    "profiled": _("profiled"),
    "derived": _("derived"),
    "dataset": _("Profile a CSV"),
    "drop_here": _("Drop a CSV file here, or choose one."),
    "csv_file": _("CSV file"),
    "target": _("Target column (optional)"),
    "profile_button": _("Profile it"),
    "no_file": _("Choose a CSV file first."),
    "chosen_file": _("Chosen: {name}"),
    "profiled_n": _("Profiled {n} columns; {m} facts asserted."),
    "error": _("Error"),
    "dismiss": _("Dismiss"),
    "network_error": _("Could not reach the server"),
    "working": _("Working…"),
    "loading": _("Loading…"),
    "status_update": _("Stage: {stage}. Next step: {step}."),
    "status_question": _("Next question: {question}"),
    "case_missing": _("There is no case with this id."),
    "start_new": _("Start a new consultation"),
    "footer": _("Also here: the JSON API, the SPARQL endpoint and the ontology."),
    "noscript": _("This page needs JavaScript; the JSON API works without it."),
    "eval_button": _("Try the top candidates on my data"),
    "eval_hint": _("Cross-validates the top advised algorithms on this CSV (target column "
                   "needed), judges each run and reports it as tried."),
    "eval_no_target": _("Name the target column first."),
    "eval_started": _("Running: {candidates}"),
    "eval_choosing": _("Choosing the candidates by what your data is like…"),
    "eval_progress": _("{done}/{total} folds · {candidate} fold {fold}/{n} · {elapsed} s"),
    "eval_done": _("Best: {algorithm}, {metric} {score}."),
    "eval_none": _("No candidate finished."),
    "eval_caption": _("{metric} under {validation} ({n} splits)"),
    "outcome_label": _("Outcome"),
    "outcome_failed": _("failed"),
    "outcome_stopped": _("stopped"),
}


def _labels(lang: str) -> dict[str, str]:
    """Fact names and vocabulary values as the page shows them (no name is also a value)."""
    from mlwf.rules.patterns import shown_names, shown_values

    labels = {name: fact_label(name, lang) for name in shown_names()}
    labels.update({value: value_label(value, lang) for value in shown_values()})
    return labels


def _render(case_id: str | None, status: int = 200):
    lang = request_lang()
    strings = {key: text.render(lang) for key, text in STRINGS.items()}
    boot: dict[str, Any] = {
        "case_id": case_id,
        "lang": lang,
        "strings": strings,
        "labels": _labels(lang),
        "urls": {
            "page": url_for("pages.index"),
            "case_page": url_for("pages.case_page", case_id="CASE_ID"),
            "cases": url_for("api.create_case"),
            "advise": url_for("api.advise"),
            "workflow": url_for("api.workflow"),
            "questions": url_for("api.questions"),
            "concepts": url_for("api.concepts"),
            "facts": url_for("api.facts_vocabulary"),
        },
    }
    body = render_template("page.html", t=strings, lang=lang, langs=LANGS,
                           case_id=case_id, missing=status == 404, boot=boot)
    return body, status, {"Content-Language": lang}


@bp.get("/")
def index():
    """A new consultation: its case is created with the first answer."""
    return _render(None)


@bp.get("/cases/<case_id>")
def case_page(case_id: str):
    """One case's consultation; the same page on any machine that opens the link."""
    if not CASE_ID.fullmatch(case_id) or not services().cases.exists(case_id):
        return _render(None, 404)
    return _render(case_id)
