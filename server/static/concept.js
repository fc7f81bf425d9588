// The concept panel: a concept's definition, relations and place in the outline.
import { $, announce, api, conceptButton, h, humanize, showError, state, t } from "./common.js";

export async function openConcept(name, from) {
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

export function closeConcept() {
  const panel = $("concept");
  const name = panel.dataset.name;
  panel.hidden = true;
  let target = state.conceptReturn;
  if (!target || !document.contains(target)) {
    target = document.querySelector(`#diagram .node[data-name="${CSS.escape(name || "")}"]`);
  }
  if (target) target.focus();
}
