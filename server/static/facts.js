// The panel "Your facts": each stated fact with its source, to change or withdraw; the
// derived facts below them.
import {
  $, api, assertFacts, factKind, h, humanize, questionText, run, showValue, state, t,
} from "./common.js";
import { factInput } from "./inputs.js";

function orderedFacts() {
  const doc = state.doc;
  const derived = doc.derived || {};
  const order = [...state.questions.keys()];
  const rank = (name) => (order.includes(name) ? order.indexOf(name) : order.length);
  const names = Object.keys(doc.facts || {}).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return { stated: names.filter((n) => !(n in derived)), derived: names.filter((n) => n in derived) };
}

export function renderFacts() {
  const body = $("facts-body");
  const doc = state.doc;
  const sources = doc.sources || {};
  const { stated, derived } = orderedFacts();
  if (!stated.length && !derived.length) {
    body.replaceChildren(h("p", { class: "muted" }, t.no_facts));
    return;
  }
  const list = h("ul", { class: "facts-list" });
  for (const name of stated) {
    const value = doc.facts[name];
    const nameId = `fact-${name}-name`;
    const li = h("li", { class: "fact", "data-fact": name, "data-source": sources[name] || "stated" });
    const head = h("div", { class: "fact-head" },
      h("span", { class: "fact-name", id: nameId, title: questionText(name) }, humanize(name)),
      h("span", { class: "fact-value" }, showValue(value)),
      sources[name] === "profile" ? h("span", { class: "badge source-profile" }, t.profiled) : null);
    li.append(head);
    if (state.editing === name) {
      li.append(factInput(name, {
        current: value, submitLabel: t.save, idPrefix: `edit-${name}`, labelledBy: nameId,
        question: state.questions.get(name),
        onValue: (v) => assertFacts({ [name]: v }, {
          onDone: () => { state.editing = null; },
          focus: () => focusFactButton(name, "change"),
        }),
      }), h("button", {
        type: "button", class: "secondary cancel",
        onclick: () => { state.editing = null; renderFacts(); focusFactButton(name, "change"); },
      }, t.cancel));
    } else {
      const actions = h("div", { class: "fact-actions" });
      if (factKind(name) !== "tried") {
        actions.append(h("button", {
          type: "button", class: "secondary change", "aria-label": `${t.change}: ${humanize(name)}`,
          onclick: () => {
            state.editing = name;
            renderFacts();
            const first = document.querySelector(`[data-fact="${name}"] input, [data-fact="${name}"] .answer`);
            if (first) first.focus();
          },
        }, t.change));
      }
      actions.append(h("button", {
        type: "button", class: "secondary withdraw", "aria-label": `${t.withdraw}: ${humanize(name)}`,
        onclick: () => run(() => api.retract(state.caseId, name), { focus: () => $("facts-h").focus() }),
      }, t.withdraw));
      li.append(actions);
    }
    list.append(li);
  }
  for (const name of derived) {
    const d = doc.derived[name];
    list.append(h("li", { class: "fact derived", "data-fact": name, "data-source": "derived" },
      h("div", { class: "fact-head" },
        h("span", { class: "fact-name", title: questionText(name) }, humanize(name)),
        h("span", { class: "fact-value" }, showValue(doc.facts[name])),
        h("span", { class: "badge source-derived", title: `${t.rule}: ${d.rule}` }, t.derived))));
  }
  body.replaceChildren(list);
}

function focusFactButton(name, cls) {
  const button = document.querySelector(`[data-fact="${name}"] .${cls}`);
  if (button) button.focus();
}
