// The inputs for a fact and for a tried algorithm, shared by the question, tried and
// facts panels.
import {
  $, answerLabel, assertFacts, choicesOf, factKind, factSpec, h, humanize, t, typed,
} from "./common.js";

// An input for one fact: buttons for a choice, a number or text field, checkboxes for a
// list. onValue(value) is called with the typed value.
export function factInput(fact, { question = null, current, submitLabel, idPrefix, labelledBy, onValue }) {
  const kind = factKind(fact);
  if (kind === "enum" || kind === "bool") {
    const group = h("div", { class: "answers", role: "group", "aria-labelledby": labelledBy });
    for (const token of choicesOf(fact, question)) {
      const pressed = current !== undefined && String(current) === token;
      group.append(h("button", {
        type: "button", class: "answer", "data-value": token,
        "aria-pressed": current !== undefined ? String(pressed) : null,
        onclick: () => onValue(typed(kind, token)),
      }, answerLabel(fact, token)));
    }
    return group;
  }
  const form = h("form", { class: "answer-form", novalidate: true });
  if (kind === "list") {
    const chosen = new Set(Array.isArray(current) ? current : []);
    const fieldset = h("fieldset", {}, h("legend", {}, t.choose_several));
    for (const token of choicesOf(fact, question)) {
      const id = `${idPrefix}-${token}`;
      fieldset.append(h("div", { class: "check" },
        h("input", { type: "checkbox", id, name: fact, value: token, checked: chosen.has(token) }),
        h("label", { for: id }, humanize(token))));
    }
    form.append(fieldset, h("button", { type: "submit" }, submitLabel));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      onValue([...form.querySelectorAll("input:checked")].map((i) => i.value));
    });
    return form;
  }
  const spec = factSpec(fact);
  const id = `${idPrefix}-input`;
  const input = h("input", {
    id, name: fact, "aria-describedby": labelledBy, autocomplete: "off",
    type: kind === "text" ? "text" : "number", inputmode: kind === "int" ? "numeric" : null,
    min: spec.minimum, max: spec.maximum,
    step: kind === "int" ? 1 : kind === "float" ? "any" : null,
    maxlength: spec.max_length,
    value: current !== undefined && current !== null ? current : null,
  });
  form.append(h("label", { for: id }, t.your_answer), h("div", { class: "inline" },
    input, h("button", { type: "submit" }, submitLabel)));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const raw = input.value.trim();
    // Send what was typed; the server checks it and names what is allowed.
    onValue(kind === "text" || raw === "" || Number.isNaN(Number(raw)) ? raw : typed(kind, raw));
  });
  return form;
}

export function triedForm({ options, idPrefix, selected }) {
  const id = `${idPrefix}-algorithm`;
  const select = h("select", { id, name: "algorithm" },
    options.map((o) => h("option", { value: o.name, selected: o.name === selected }, o.label)));
  const outcomeId = `${idPrefix}-outcome`;
  const buttons = h("div", { class: "answers", role: "group", "aria-labelledby": outcomeId },
    choicesOf("tried").map((outcome) => h("button", {
      type: "button", class: `answer outcome outcome-${outcome}`, "data-outcome": outcome,
      onclick: () => assertFacts({ tried: [{ algorithm: select.value, outcome }] },
        { focus: () => { const again = $(id); if (again) again.focus(); } }),
    }, t["outcome_" + outcome])));
  return h("div", { class: "tried-form" },
    h("label", { for: id }, t.algorithm), select,
    h("p", { id: outcomeId, class: "label" }, t.outcome), buttons);
}
