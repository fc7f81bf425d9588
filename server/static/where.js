// The panel "Where you stand": the stage, the next step and the ways back.
import { $, becauseList, conceptButton, h, state, t } from "./common.js";

export function renderWhere() {
  const doc = state.doc;
  const step = doc.next_step;
  const body = $("where-body");
  const dl = h("dl", { class: "where" },
    h("dt", {}, t.stage),
    h("dd", { id: "current-stage", "data-name": doc.stage.name }, conceptButton(doc.stage)),
    h("dt", {}, t.next_step),
    h("dd", { id: "next-step", "data-name": step.name },
      conceptButton(step), h("p", { class: "explanation" }, step.explanation),
      becauseList(step.because)),
    h("dt", {}, t.ways_back),
    h("dd", { id: "ways-back" }, doc.return_to.length
      ? h("ul", { class: "plain" }, doc.return_to.map((r) => h("li", { "data-name": r.name },
        conceptButton(r), r.explanation ? h("span", { class: "muted" }, " — " + r.explanation) : null)))
      : h("span", { class: "muted" }, t.none)));
  body.replaceChildren(dl);
  const link = $("case-link");
  if (state.caseId) {
    link.replaceChildren(h("a", { href: window.location.href }, t.case_link));
    link.hidden = false;
  }
}
