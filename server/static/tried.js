// The panel "Report an algorithm you tried".
import { $, algorithmRecommendations, h, t } from "./common.js";
import { triedForm } from "./inputs.js";

export function renderTried() {
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
