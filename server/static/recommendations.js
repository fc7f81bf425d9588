// The panel "Recommendations": grouped by kind, each with its rank, reason and rule.
import { $, becauseList, conceptButton, fmt, h, state, t } from "./common.js";

export function renderRecommendations() {
  const body = $("recommendations-body");
  const recs = state.doc.recommendations;
  if (!recs.length) {
    body.replaceChildren(h("p", { class: "muted" }, t.no_recommendations));
    return;
  }
  const groups = [];
  // grouped in the rules' one order of kinds (GET /api/facts), as the command line groups them
  for (const { kind, heading } of state.kinds) {
    const items = recs.filter((r) => r.kind === kind).sort((a, b) => a.rank - b.rank);
    if (!items.length) continue;
    // "#2=": a rank the rules give several pieces of advice of this kind (equally preferred)
    const shared = (r) => items.filter((o) => o.rank === r.rank).length > 1;
    groups.push(h("div", { class: `rec-group rec-${kind}` },
      h("h3", {}, heading),
      h("ol", { class: "recs", "data-kind": kind }, items.map((r) => h("li", {
        class: `rec kind-${r.kind}${r.tried ? " tried-" + r.tried : ""}`,
        "data-name": r.name, "data-kind": r.kind, "data-rank": r.rank, "data-shared": shared(r),
      },
      h("div", { class: "rec-head" },
        h("span", { class: "rank", title: shared(r) ? t.rank_shared : null },
          h("span", { class: "visually-hidden" }, shared(r) ? `${t.rank} (${t.rank_shared}) ` : t.rank + " "),
          `#${r.rank}${shared(r) ? "=" : ""}`),
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
