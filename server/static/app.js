// The guided consultation: the next question, the facts, the advice and the diagram of one
// case, all from the JSON API. The case lives on the server; its id is in the URL. Each
// panel is a module of its own; common.js holds what they share.
import { wireEvaluation } from "./evaluations.js";
import {
  $, announce, api, clearError, ensureCase, hooks, run, showError, state, t,
} from "./common.js";
import { closeConcept, openConcept } from "./concept.js";
import { wireDataset } from "./dataset.js";
import { renderFacts } from "./facts.js";
import { renderQuestion } from "./question.js";
import { renderRecommendations } from "./recommendations.js";
import { renderTried } from "./tried.js";
import { renderWhere } from "./where.js";
import { renderDiagramNow } from "./workflow.js";

function render() {
  renderWhere();
  renderDiagramNow();
  renderQuestion();
  renderRecommendations();
  renderTried();
  renderFacts();
}

hooks.render = render;
hooks.openConcept = openConcept;

// -- start -----------------------------------------------------------------------------------

async function start() {
  $("alert-dismiss").addEventListener("click", clearError);
  if (!$("diagram")) return;  // the "no such case" page
  $("concept-close").addEventListener("click", closeConcept);
  $("concept").addEventListener("keydown", (event) => {
    if (event.key === "Escape") closeConcept();
  });
  wireDataset();
  wireEvaluation({ api, t, $, ensureCase, showError, announce,
    reload: () => run(async () => api.getCase(state.caseId)) });
  try {
    const [workflow, vocabulary, questions, algorithms, doc] = await Promise.all([
      api.workflow(), api.facts(), api.questions(), api.algorithms(),
      state.caseId ? api.getCase(state.caseId) : api.advise({}),
    ]);
    state.workflow = workflow;
    for (const spec of vocabulary.facts) state.facts.set(spec.name, spec);
    state.kinds = vocabulary.kinds;
    for (const q of questions) state.questions.set(q.fact, q);
    for (const a of algorithms) state.algorithms.set(a.name, a.label);
    state.doc = doc;
    render();
    document.body.dataset.ready = "true";
  } catch (exc) {
    showError(exc);
  }
  if (window.ResizeObserver) {
    let pending = 0;
    new ResizeObserver(() => {
      window.cancelAnimationFrame(pending);
      pending = window.requestAnimationFrame(() => {
        const width = $("diagram").clientWidth;
        if (state.doc && Math.abs(width - state.lastWidth) > 8) renderDiagramNow();
      });
    }).observe($("diagram"));
  }
}

start();
