// The panel "Next question".
import { $, algorithmRecommendations, assertFacts, factKind, focusQuestion, h, state, t } from "./common.js";
import { factInput, triedForm } from "./inputs.js";

export function renderQuestion() {
  const body = $("question-body");
  const q = state.doc.next_question;
  if (!q) {
    body.replaceChildren(h("p", { id: "question-text", class: "done-note" }, t.no_question));
    $("question").dataset.fact = "";
    return;
  }
  $("question").dataset.fact = q.fact;
  const text = h("p", { id: "question-text", class: "question-text" }, q.text);
  const meta = h("p", { class: "muted" }, `${t.stage}: ${q.stage.label}`);
  let input;
  if (factKind(q.fact) === "tried") {
    const candidates = (q.candidates || []).length ? q.candidates : algorithmRecommendations();
    input = h("div", {}, h("p", {}, t.tried_question),
      triedForm({ options: candidates, idPrefix: "q-tried", selected: candidates[0] && candidates[0].name }));
  } else {
    input = factInput(q.fact, {
      question: q, submitLabel: t.answer, idPrefix: `q-${q.fact}`, labelledBy: "question-text",
      onValue: (value) => assertFacts({ [q.fact]: value }, { focus: focusQuestion }),
    });
  }
  body.replaceChildren(text, meta, input);
}
