// What the panels of the page share: the boot data, the API client, the case's state, and
// small helpers to build elements, show values and errors, and run a call to the API.
// Panels register how to redraw the page and open a concept in ``hooks`` (app.js), so
// that this module imports none of them.
import { Api, ApiError } from "./api.js";

export const boot = JSON.parse(document.getElementById("boot").textContent);
export const t = boot.strings;
export const api = new Api(boot.urls, boot.lang, t.network_error);

export const state = {
  caseId: boot.case_id,
  doc: null,              // the case (or, before the first answer, the advice for no facts)
  workflow: null,
  facts: new Map(),       // fact name -> its kind, label, choices or bounds (GET /api/facts)
  kinds: [],              // the kinds of recommendation in the advice's order, with headings
  questions: new Map(),   // fact name -> question
  algorithms: new Map(),  // algorithm name -> label
  expanded: new Set(),    // stages whose steps are all shown
  editing: null,          // the fact being changed
  busy: false,
  conceptReturn: null,    // where focus goes when the concept panel closes
  lastWidth: 0,
};

// What the page does on every new answer, and how a concept opens (set by app.js).
export const hooks = { render: () => {}, openConcept: () => {} };

// -- small helpers ------------------------------------------------------------------------

export const $ = (id) => document.getElementById(id);

export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function fmt(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, k) => (k in values ? values[k] : `{${k}}`));
}

// Fact names and vocabulary values by their labels in the page's language (boot.labels);
// what is sent to the server stays the vocabulary's value.

// Fact names and vocabulary values by their labels in the page's language (boot.labels);
// what is sent to the server stays the vocabulary's value.
export const humanize = (token) => (boot.labels && boot.labels[token]) || String(token).replace(/_/g, " ");

export function showValue(value) {
  if (value === true) return t.yes;
  if (value === false) return t.no;
  if (Array.isArray(value)) {
    return value.map((v) => (v && typeof v === "object" && "algorithm" in v
      ? `${state.algorithms.get(v.algorithm) || v.algorithm}: ${t["outcome_" + v.outcome] || humanize(v.outcome)}`
      : humanize(v))).join(", ");
  }
  return typeof value === "string" ? humanize(value) : String(value);
}

export function announce(text) {
  const status = $("status");
  status.textContent = "";
  // A fresh text node makes screen readers read the update even when it is unchanged.
  window.setTimeout(() => { status.textContent = text; }, 30);
}

export function showError(exc) {
  const alert = $("alert");
  if (exc instanceof ApiError) {
    $("alert-title").textContent = `${t.error}: ${exc.error}`;
    $("alert-detail").textContent = exc.detail ? String(exc.detail) : "";
  } else {
    $("alert-title").textContent = t.error;
    $("alert-detail").textContent = String(exc && exc.message || exc);
  }
  alert.hidden = false;
}

export function clearError() { $("alert").hidden = true; }

// What the server says of a fact (GET /api/facts, rules/facts.py): the page switches on
// nothing else to build an input.
export const factSpec = (name) => state.facts.get(name) || { name, kind: "text", many: false };
export const factKind = (name) => factSpec(name).kind;

export function choicesOf(name, question) {
  if (question && question.answers && question.answers.length) return question.answers;
  return (factSpec(name).choices || []).map((c) => c.value);
}

export function answerLabel(name, token) {
  const choice = (factSpec(name).choices || []).find((c) => c.value === token);
  return choice ? choice.label : humanize(token);
}

export function typed(kind, token) {
  if (kind === "bool") return token === true || token === "true";
  if (kind === "int") return parseInt(token, 10);
  if (kind === "float") return Number(token);
  return token;
}

export function questionText(fact) {
  const q = state.questions.get(fact);
  return q ? q.text : humanize(fact);
}

// -- talking to the server ------------------------------------------------------------------

export async function run(action, { focus = null, onDone = null } = {}) {
  if (state.busy) return;
  state.busy = true;
  document.body.setAttribute("aria-busy", "true");
  try {
    const doc = await action();
    if (doc) {
      state.doc = doc;
      if (onDone) onDone();
      clearError();
      hooks.render();
      const bits = [fmt(t.status_update, { stage: doc.stage.label, step: doc.next_step.label })];
      if (doc.next_question) bits.push(fmt(t.status_question, { question: doc.next_question.text }));
      else bits.push(t.no_question);
      announce(bits.join(" "));
      if (focus) focus();
    }
  } catch (exc) {
    showError(exc);
  } finally {
    state.busy = false;
    document.body.removeAttribute("aria-busy");
  }
}

export async function ensureCase() {
  if (state.caseId) return state.caseId;
  const doc = await api.createCase();
  adoptCase(doc.id);
  return doc.id;
}

export function adoptCase(id) {
  state.caseId = id;
  const url = boot.urls.case_page.replace("CASE_ID", encodeURIComponent(id))
    + `?lang=${encodeURIComponent(boot.lang)}`;
  window.history.replaceState(null, "", url);
  $("main").dataset.caseId = id;
}

export function assertFacts(facts, options) {
  return run(async () => {
    if (!state.caseId) {
      const doc = await api.createCase(facts);
      adoptCase(doc.id);
      return doc;
    }
    return api.assertFacts(state.caseId, facts);
  }, options);
}

export const focusQuestion = () => $("question-h").focus();

// -- pieces several panels show ----------------------------------------------------------------

export function conceptButton(ref, extra = {}) {
  return h("button", {
    type: "button", class: "link concept-link", "data-concept": ref.name,
    onclick: (event) => hooks.openConcept(ref.name, event.currentTarget), ...extra,
  }, ref.label);
}

export function becauseList(because) {
  if (!because || !because.length) return null;
  return h("p", { class: "because" }, h("span", { class: "because-word" }, t.because + ": "),
    because.map((b, n) => [
      n ? ", " : "",
      h("span", { class: "because-fact" }, `${humanize(b.name)} = ${showValue(b.value)}`),
      b.source !== "stated" ? h("span", { class: `badge source-${b.source}` },
        b.source === "profile" ? t.profiled : t.derived) : null,
    ]));
}

export function algorithmRecommendations() {
  return state.doc.recommendations.filter((r) => r.kind === "algorithm")
    .sort((a, b) => a.rank - b.rank);
}
