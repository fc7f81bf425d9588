// The guided consultation: the next question, the facts, the advice and the diagram of one
// case, all from the JSON API. The case lives on the server; its id is in the URL.
import { Api, ApiError } from "./api.js";
import { renderDiagram } from "./diagram.js";
import { wireEvaluation } from "./evaluations.js";

const boot = JSON.parse(document.getElementById("boot").textContent);
const t = boot.strings;
const api = new Api(boot.urls, boot.lang, t.network_error);
const KIND_ORDER = ["warning", "step", "technique", "algorithm", "metric"];
const OUTCOMES = ["good", "not_working", "overfitting", "underfitting"];

const state = {
  caseId: boot.case_id,
  doc: null,              // the case (or, before the first answer, the advice for no facts)
  workflow: null,
  schemas: {},            // fact name -> JSON schema, from /openapi.json
  questions: new Map(),   // fact name -> question
  algorithms: new Map(),  // algorithm name -> label
  expanded: new Set(),    // stages whose steps are all shown
  editing: null,          // the fact being changed
  busy: false,
  conceptReturn: null,    // where focus goes when the concept panel closes
  lastWidth: 0,
};

// -- small helpers ------------------------------------------------------------------------

const $ = (id) => document.getElementById(id);

function h(tag, attrs = {}, ...children) {
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

function fmt(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, k) => (k in values ? values[k] : `{${k}}`));
}

// Fact names and vocabulary values by their labels in the page's language (boot.labels);
// what is sent to the server stays the vocabulary's value.
const humanize = (token) => (boot.labels && boot.labels[token]) || String(token).replace(/_/g, " ");

function showValue(value) {
  if (value === true) return t.yes;
  if (value === false) return t.no;
  if (Array.isArray(value)) {
    return value.map((v) => (v && typeof v === "object" && "algorithm" in v
      ? `${state.algorithms.get(v.algorithm) || v.algorithm}: ${t["outcome_" + v.outcome] || humanize(v.outcome)}`
      : humanize(v))).join(", ");
  }
  return typeof value === "string" ? humanize(value) : String(value);
}

function announce(text) {
  const status = $("status");
  status.textContent = "";
  // A fresh text node makes screen readers read the update even when it is unchanged.
  window.setTimeout(() => { status.textContent = text; }, 30);
}

function showError(exc) {
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

function clearError() { $("alert").hidden = true; }

function factKind(name) {
  const schema = state.schemas[name] || {};
  if (schema.type === "array") return schema.items && schema.items.$ref ? "tried" : "list";
  if (schema.type === "boolean") return "bool";
  if (schema.type === "integer") return "int";
  if (schema.type === "number") return "number";
  if (schema.enum) return "enum";
  return "text";
}

function choicesOf(name, question) {
  if (question && question.answers && question.answers.length) return question.answers;
  const schema = state.schemas[name] || {};
  if (schema.type === "boolean") return ["false", "true"];
  if (schema.enum) return schema.enum;
  if (schema.items && schema.items.enum) return schema.items.enum;
  return [];
}

function answerLabel(kind, token) {
  if (kind === "bool") return token === "true" ? t.yes : t.no;
  return humanize(token);
}

function typed(kind, token) {
  if (kind === "bool") return token === true || token === "true";
  if (kind === "int") return parseInt(token, 10);
  if (kind === "number") return Number(token);
  return token;
}

function questionText(fact) {
  const q = state.questions.get(fact);
  return q ? q.text : humanize(fact);
}

// -- talking to the server ------------------------------------------------------------------

async function run(action, { focus = null, onDone = null } = {}) {
  if (state.busy) return;
  state.busy = true;
  document.body.setAttribute("aria-busy", "true");
  try {
    const doc = await action();
    if (doc) {
      state.doc = doc;
      if (onDone) onDone();
      clearError();
      render();
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

async function ensureCase() {
  if (state.caseId) return state.caseId;
  const doc = await api.createCase();
  adoptCase(doc.id);
  return doc.id;
}

function adoptCase(id) {
  state.caseId = id;
  const url = boot.urls.case_page.replace("CASE_ID", encodeURIComponent(id))
    + `?lang=${encodeURIComponent(boot.lang)}`;
  window.history.replaceState(null, "", url);
  $("main").dataset.caseId = id;
}

function assertFacts(facts, options) {
  return run(async () => {
    if (!state.caseId) {
      const doc = await api.createCase(facts);
      adoptCase(doc.id);
      return doc;
    }
    return api.assertFacts(state.caseId, facts);
  }, options);
}

const focusQuestion = () => $("question-h").focus();

// -- rendering -----------------------------------------------------------------------------

function render() {
  renderWhere();
  renderDiagramNow();
  renderQuestion();
  renderRecommendations();
  renderTried();
  renderFacts();
}

function conceptButton(ref, extra = {}) {
  return h("button", {
    type: "button", class: "link concept-link", "data-concept": ref.name,
    onclick: (event) => openConcept(ref.name, event.currentTarget), ...extra,
  }, ref.label);
}

function becauseList(because) {
  if (!because || !because.length) return null;
  return h("p", { class: "because" }, h("span", { class: "because-word" }, t.because + ": "),
    because.map((b, n) => [
      n ? ", " : "",
      h("span", { class: "because-fact" }, `${humanize(b.name)} = ${showValue(b.value)}`),
      b.source !== "stated" ? h("span", { class: `badge source-${b.source}` },
        b.source === "profile" ? t.profiled : t.derived) : null,
    ]));
}

function renderWhere() {
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

function diagramView(focus = null) {
  const doc = state.doc;
  const values = new Set();
  const norm = (text) => text.toLowerCase().replace(/[_\s-]/g, "");
  for (const [name, value] of Object.entries(doc.facts || {})) {
    if (value !== false) values.add(norm(name));   // data_structure -> DataStructure
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === "string") values.add(norm(v));   // supervised -> SupervisedLearning
    }
  }
  const chosen = new Set();
  for (const stage of state.workflow.stages) {
    for (const step of stage.steps) {
      const n = step.name.toLowerCase();
      if (values.has(n) || (n.endsWith("learning") && values.has(n.slice(0, -8)))) chosen.add(step.name);
    }
  }
  return {
    stage: doc.stage.name, nextStep: doc.next_step.name, nextLabel: doc.next_step.label,
    chosen,
    recommended: new Set(doc.recommendations.filter((r) => r.kind === "step" || r.kind === "technique")
      .map((r) => r.name)),
    back: new Set(doc.return_to.map((r) => r.name)),
    expanded: state.expanded, focus,
  };
}

function renderDiagramNow() {
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
    onSelect: (name, node) => openConcept(name, node),
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

// An input for one fact: buttons for a choice, a number or text field, checkboxes for a
// list. onValue(value) is called with the typed value.
function factInput(fact, { question = null, current, submitLabel, idPrefix, labelledBy, onValue }) {
  const kind = factKind(fact);
  if (kind === "enum" || kind === "bool") {
    const group = h("div", { class: "answers", role: "group", "aria-labelledby": labelledBy });
    for (const token of choicesOf(fact, question)) {
      const pressed = current !== undefined && String(current) === token;
      group.append(h("button", {
        type: "button", class: "answer", "data-value": token,
        "aria-pressed": current !== undefined ? String(pressed) : null,
        onclick: () => onValue(typed(kind, token)),
      }, answerLabel(kind, token)));
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
  const schema = state.schemas[fact] || {};
  const id = `${idPrefix}-input`;
  const input = h("input", {
    id, name: fact, "aria-describedby": labelledBy, autocomplete: "off",
    type: kind === "text" ? "text" : "number", inputmode: kind === "int" ? "numeric" : null,
    min: schema.minimum, max: schema.maximum,
    step: kind === "int" ? 1 : kind === "number" ? "any" : null,
    maxlength: kind === "text" ? (schema.maxLength || 500) : null,
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

function triedForm({ options, idPrefix, selected }) {
  const id = `${idPrefix}-algorithm`;
  const select = h("select", { id, name: "algorithm" },
    options.map((o) => h("option", { value: o.name, selected: o.name === selected }, o.label)));
  const outcomeId = `${idPrefix}-outcome`;
  const buttons = h("div", { class: "answers", role: "group", "aria-labelledby": outcomeId },
    OUTCOMES.map((outcome) => h("button", {
      type: "button", class: `answer outcome outcome-${outcome}`, "data-outcome": outcome,
      onclick: () => assertFacts({ tried: [{ algorithm: select.value, outcome }] },
        { focus: () => { const again = $(id); if (again) again.focus(); } }),
    }, t["outcome_" + outcome])));
  return h("div", { class: "tried-form" },
    h("label", { for: id }, t.algorithm), select,
    h("p", { id: outcomeId, class: "label" }, t.outcome), buttons);
}

function renderQuestion() {
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

function algorithmRecommendations() {
  return state.doc.recommendations.filter((r) => r.kind === "algorithm")
    .sort((a, b) => a.rank - b.rank);
}

function renderRecommendations() {
  const body = $("recommendations-body");
  const recs = state.doc.recommendations;
  if (!recs.length) {
    body.replaceChildren(h("p", { class: "muted" }, t.no_recommendations));
    return;
  }
  const kinds = [...KIND_ORDER, ...new Set(recs.map((r) => r.kind).filter((k) => !KIND_ORDER.includes(k)))];
  const groups = [];
  for (const kind of kinds) {
    const items = recs.filter((r) => r.kind === kind).sort((a, b) => a.rank - b.rank);
    if (!items.length) continue;
    groups.push(h("div", { class: `rec-group rec-${kind}` },
      h("h3", {}, t["kind_" + kind] || humanize(kind)),
      h("ol", { class: "recs", "data-kind": kind }, items.map((r) => h("li", {
        class: `rec kind-${r.kind}${r.tried ? " tried-" + r.tried : ""}`,
        "data-name": r.name, "data-kind": r.kind, "data-rank": r.rank,
      },
      h("div", { class: "rec-head" },
        h("span", { class: "rank" }, h("span", { class: "visually-hidden" }, t.rank + " "), `#${r.rank}`),
        conceptButton(r),
        h("span", { class: `badge kind kind-${r.kind}` }, t["one_" + r.kind] || r.kind),
        r.sklearn ? h("code", { class: "sklearn" }, r.sklearn) : null,
        r.tried ? h("span", { class: `badge tried outcome-${r.tried}` },
          fmt(t.tried_badge, { outcome: t["outcome_" + r.tried] || r.tried })) : null),
      h("p", { class: "explanation" }, r.explanation),
      becauseList(r.because),
      h("p", { class: "rule muted" }, `${t.rule}: `, h("code", {}, r.rule)))))));
  }
  body.replaceChildren(...groups);
}

function renderTried() {
  const body = $("tried-body");
  const algorithms = algorithmRecommendations();
  const previous = $("tried-algorithm");
  const selected = previous && algorithms.some((a) => a.name === previous.value) ? previous.value
    : algorithms[0] && algorithms[0].name;
  if (!algorithms.length) {
    body.replaceChildren(h("p", { class: "muted" }, t.no_algorithms));
    return;
  }
  body.replaceChildren(triedForm({
    options: algorithms.map((a) => ({ name: a.name, label: `#${a.rank} ${a.label}` })),
    idPrefix: "tried", selected,
  }));
}

function orderedFacts() {
  const doc = state.doc;
  const derived = doc.derived || {};
  const order = [...state.questions.keys()];
  const rank = (name) => (order.includes(name) ? order.indexOf(name) : order.length);
  const names = Object.keys(doc.facts || {}).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return { stated: names.filter((n) => !(n in derived)), derived: names.filter((n) => n in derived) };
}

function renderFacts() {
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

// -- the concept panel ------------------------------------------------------------------------

async function openConcept(name, from) {
  state.conceptReturn = from || null;
  let concept;
  try {
    concept = await api.concept(name);
  } catch (exc) {
    showError(exc);
    return;
  }
  const panel = $("concept");
  panel.dataset.name = concept.name;
  $("concept-h").textContent = concept.label;
  const refs = (items) => h("ul", { class: "plain refs" }, items.map((r) => h("li", {}, conceptButton(r))));
  const parts = [
    h("p", { class: "muted" }, [t["one_" + concept.kind] || humanize(concept.kind),
      concept.stage ? `${t.stage}: ${concept.stage.label}` : null].filter(Boolean).join(" · ")),
    h("h3", {}, t.definition),
    h("p", { class: "definition" }, concept.definition || t.no_definition),
  ];
  if (concept.sklearn) parts.push(h("p", {}, "scikit-learn: ", h("code", {}, concept.sklearn)));
  if (concept.not_recommended_because) {
    parts.push(h("h3", {}, t.not_recommended), h("p", {}, concept.not_recommended_because));
  }
  const relations = Object.entries(concept.relations || {}).filter(([, v]) => v.length);
  if (relations.length) {
    parts.push(h("h3", {}, t.relations), h("dl", { class: "relations" }, relations.map(([prop, targets]) => [
      h("dt", {}, t["rel_" + prop] || prop.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()),
      h("dd", { "data-relation": prop }, refs(targets)),
    ])));
  }
  if ((concept.superclasses || []).length) parts.push(h("h3", {}, t.superclasses), refs(concept.superclasses));
  if ((concept.subclasses || []).length) parts.push(h("h3", {}, t.subclasses), refs(concept.subclasses));
  if (concept.parents.length) parts.push(h("h3", {}, t.parents), refs(concept.parents));
  if (concept.children.length) parts.push(h("h3", {}, t.children), refs(concept.children));
  $("concept-body").replaceChildren(...parts);
  panel.hidden = false;
  $("concept-h").focus();
  panel.scrollIntoView({ block: "nearest" });
  announce(`${t.concept}: ${concept.label}`);
}

function closeConcept() {
  const panel = $("concept");
  const name = panel.dataset.name;
  panel.hidden = true;
  let target = state.conceptReturn;
  if (!target || !document.contains(target)) {
    target = document.querySelector(`#diagram .node[data-name="${CSS.escape(name || "")}"]`);
  }
  if (target) target.focus();
}

// -- the CSV drop zone ------------------------------------------------------------------------

function wireDataset() {
  const zone = $("dropzone");
  const input = $("csv-file");
  const chosen = () => {
    const file = input.files && input.files[0];
    $("csv-chosen").textContent = file ? fmt(t.chosen_file, { name: file.name }) : "";
  };
  input.addEventListener("change", chosen);
  for (const type of ["dragenter", "dragover"]) {
    zone.addEventListener(type, (event) => {
      event.preventDefault();
      zone.classList.add("dragging");
    });
  }
  for (const type of ["dragleave", "dragend"]) {
    zone.addEventListener(type, () => zone.classList.remove("dragging"));
  }
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("dragging");
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      chosen();
      $("csv-target").focus();
    }
  });
  // A file dropped beside the zone must not navigate away from the page.
  window.addEventListener("dragover", (event) => event.preventDefault());
  window.addEventListener("drop", (event) => event.preventDefault());
  $("dataset-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const file = input.files && input.files[0];
    if (!file) {
      showError(new Error(t.no_file));
      input.focus();
      return;
    }
    const target = $("csv-target").value.trim();
    $("csv-result").textContent = t.working;
    run(async () => {
      const id = await ensureCase();
      const doc = await api.uploadDataset(id, file, target);
      const profile = doc.profile || { columns: [], facts: {} };
      $("csv-result").textContent = fmt(t.profiled_n, {
        n: (profile.columns || []).length, m: Object.keys(profile.facts || {}).length,
      });
      return doc;
    }).then(() => {
      if (!$("alert").hidden) $("csv-result").textContent = "";
    });
  });
}

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
    const [workflow, openapi, questions, algorithms, doc] = await Promise.all([
      api.workflow(), api.openapi(), api.questions(), api.algorithms(),
      state.caseId ? api.getCase(state.caseId) : api.advise({}),
    ]);
    state.workflow = workflow;
    state.schemas = openapi.components.schemas.Facts.properties;
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
