// The workflow panel: the diagram of stages and steps, marked with where the case stands.
import { renderDiagram } from "./diagram.js";
import { $, fmt, h, hooks, state, t } from "./common.js";

export function diagramView(focus = null) {
  const doc = state.doc;
  // the concepts the facts chose, by the ontology's conditions (the server decides)
  const chosen = new Set((doc.chosen || []).map((c) => c.name));
  return {
    stage: doc.stage.name, nextStep: doc.next_step.name, nextLabel: doc.next_step.label,
    chosen,
    recommended: new Set(doc.recommendations.filter((r) => r.kind === "step" || r.kind === "technique")
      .map((r) => r.name)),
    back: new Set(doc.return_to.map((r) => r.name)),
    expanded: state.expanded, focus,
  };
}

export function renderDiagramNow() {
  const container = $("diagram");
  const active = document.activeElement;
  let focus = null;
  if (active && container.contains(active)) {
    focus = active.classList.contains("toggle")
      ? `.toggle[data-stage="${CSS.escape(active.dataset.stage)}"]`
      : `.node[data-name="${CSS.escape(active.dataset.name)}"]`;
  }
  state.lastWidth = container.clientWidth;
  renderDiagram(container, state.workflow, diagramView(focus), {
    t,
    onSelect: (name, node) => hooks.openConcept(name, node),
    onToggle: (stage) => {
      if (state.expanded.has(stage)) state.expanded.delete(stage); else state.expanded.add(stage);
      renderDiagramNow();
      const again = container.querySelector(`.toggle[data-stage="${CSS.escape(stage)}"]`);
      if (again) again.focus();
    },
  });
  const doc = state.doc;
  let summary = $("diagram-summary");
  if (!summary) {
    summary = h("p", { id: "diagram-summary", class: "visually-hidden" });
    container.after(summary);
  }
  summary.textContent = fmt(t.status_update, { stage: doc.stage.label, step: doc.next_step.label });
}
