// "Try the top candidates on my data": the CSV of the drop zone goes to
// POST /api/cases/<id>/evaluations (a job); the page polls the job's Location for progress
// and shows the leaderboard when it is done, then reloads the case, whose advice has moved.

const POLL_MS = 500;

function fmt(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => (key in values ? values[key] : `{${key}}`));
}

function cell(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.textContent = text;
  return node;
}

function number(value) {
  return value === null || value === undefined ? "" : Number(value).toFixed(4);
}

export function leaderboardTable(result, t) {
  const table = document.createElement("table");
  table.className = "leaderboard";
  const validation = result.validation || {};
  table.append(cell("caption", fmt(t.eval_caption, {
    metric: result.primary_metric, validation: validation.concept || "",
    n: validation.n_splits || "",
  })));
  const head = document.createElement("tr");
  for (const label of [t.rank, t.algorithm, result.primary_metric, "± std", t.outcome_label]) {
    head.append(cell("th", label, { scope: "col" }));
  }
  const thead = document.createElement("thead");
  thead.append(head);
  const body = document.createElement("tbody");
  for (const row of result.leaderboard || []) {
    const tr = document.createElement("tr");
    tr.dataset.algorithm = row.algorithm;
    tr.dataset.outcome = row.outcome;
    tr.append(cell("td", row.rank === null ? "–" : `#${row.rank}`),
      cell("th", row.algorithm, { scope: "row" }),
      cell("td", number(row.score)), cell("td", number(row.std)),
      cell("td", t["outcome_" + row.outcome] || row.outcome,
        { class: `outcome outcome-${row.outcome}`, title: row.error || row.stopped || row.explanation || "" }));
    body.append(tr);
  }
  table.append(thead, body);
  return table;
}

export function wireEvaluation({ api, t, $, ensureCase, reload, showError, announce }) {
  const button = $("evaluate-submit");
  if (!button) return;
  const bar = $("evaluate-progress");
  const text = $("evaluate-status");
  const out = $("evaluate-result");

  function progress(job) {
    const p = job.progress || {};
    const total = p.total || 1;
    bar.max = total;
    bar.value = p.done || 0;
    bar.hidden = false;
    text.textContent = p.candidate
      ? fmt(t.eval_progress, { done: p.done, total, candidate: p.candidate, fold: p.fold,
        n: p.n_splits, elapsed: p.elapsed })
      : started(job);
  }

  // The job answers before it has chosen its candidates (by the data's meta-features).
  function started(job) {
    return job.candidates.length
      ? fmt(t.eval_started, { candidates: job.candidates.join(", ") })
      : t.eval_choosing;
  }

  async function poll(location) {
    for (;;) {
      const job = await api.request("GET", location);
      progress(job);
      if (job.status !== "running") return job;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  button.addEventListener("click", async () => {
    const input = $("csv-file");
    const file = input.files && input.files[0];
    const target = $("csv-target").value.trim();
    if (!file) {
      showError(new Error(t.no_file));
      input.focus();
      return;
    }
    if (!target) {
      showError(new Error(t.eval_no_target));
      $("csv-target").focus();
      return;
    }
    button.disabled = true;
    out.replaceChildren();
    try {
      const id = await ensureCase();
      const form = new FormData();
      form.append("file", file, file.name);
      form.append("target", target);
      const job = await api.request("POST", `${api.casePath(id)}/evaluations`, form);
      progress(job);
      announce(started(job));
      const done = await poll(job.location);
      if (done.status === "failed") {
        showError(Object.assign(new Error(done.error.error), done.error));
        text.textContent = "";
        return;
      }
      bar.value = bar.max;
      out.replaceChildren(leaderboardTable(done.result, t));
      const best = (done.result.leaderboard || [])[0];
      text.textContent = best && best.rank ? fmt(t.eval_done, { algorithm: best.algorithm,
        score: number(best.score), metric: done.result.primary_metric }) : t.eval_none;
      announce(text.textContent);
      await reload();
    } catch (exc) {
      showError(exc);
      text.textContent = "";
      bar.hidden = true;
    } finally {
      button.disabled = false;
    }
  });
}
