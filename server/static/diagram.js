// The workflow diagram: an SVG drawn from GET /api/workflow (the ontology's stages, their
// sub-steps, followedBy and mayReturnTo) and coloured by the case's advice.

const SVGNS = "http://www.w3.org/2000/svg";
const FONT = "13px system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
const NEXT_FONT = "bold " + FONT;
const STAGE_FONT = "bold 14px system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
const MAX_STEPS = 10;       // steps shown per stage before a "+N more" toggle
const CHIP_H = 28;
const GAP = 8;
const BAND_GAP = 30;        // vertical room between stages, for the order arrows
const MARGIN_LEFT = 48;     // room on the left for the dashed ways back

let canvas = null;
function textWidth(text, font) {
  canvas = canvas || document.createElement("canvas");
  const ctx = canvas.getContext("2d");
  ctx.font = font;
  return ctx.measureText(text).width;
}

function el(name, attrs = {}, parent = null) {
  const node = document.createElementNS(SVGNS, name);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null && v !== false) node.setAttribute(k, String(v));
  }
  if (parent) parent.appendChild(node);
  return node;
}

function fmt(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, k) => (k in values ? values[k] : `{${k}}`));
}

// Fit a label into width, cutting with an ellipsis; returns [shown, cut].
function fit(label, width, font) {
  if (textWidth(label, font) <= width) return [label, false];
  let lo = 0, hi = label.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(label.slice(0, mid) + "…", font) <= width) lo = mid; else hi = mid - 1;
  }
  return [label.slice(0, lo) + "…", true];
}

// Greedy word wrap into at most two lines.
function wrap(label, width, font) {
  const words = label.split(/\s+/);
  const lines = [""];
  for (const word of words) {
    const line = lines[lines.length - 1];
    const candidate = line ? line + " " + word : word;
    if (!line || textWidth(candidate, font) <= width) lines[lines.length - 1] = candidate;
    else lines.push(word);
  }
  if (lines.length > 2) lines.splice(1, lines.length - 1, lines.slice(1).join(" "));
  return lines.map((l) => fit(l, width, font)[0]);
}

/**
 * Draw the workflow into container.
 * view: {stage, nextStep, nextLabel, done:Set, chosen:Set, recommended:Set, back:Set,
 *        expanded:Set, focus: CSS selector of the node to focus again, or null}
 * opts: {t: strings, onSelect(name, label), onToggle(stageName)}
 */
export function renderDiagram(container, workflow, view, opts) {
  const t = opts.t;
  const width = Math.max(300, Math.floor(container.clientWidth || 720));
  const wide = width >= 560;
  const stageW = wide ? 176 : width - MARGIN_LEFT - 8;
  const stepsX = wide ? MARGIN_LEFT + stageW + 24 : MARGIN_LEFT + 22;
  const stepsMaxX = width - 8;
  const stageNames = workflow.stages.map((s) => s.name);
  const currentIndex = stageNames.indexOf(view.stage);

  const svg = el("svg", {
    class: "workflow-svg", role: "group", "aria-labelledby": "workflow-h",
    "aria-describedby": "diagram-summary", width, focusable: "false",
  });
  const defs = el("defs", {}, svg);
  for (const [id, cls] of [["arrow", "arrowhead"], ["arrow-back", "arrowhead back"],
                           ["arrow-active", "arrowhead back active"]]) {
    const marker = el("marker", { id: `${id}`, viewBox: "0 0 10 10", refX: 9, refY: 5,
      markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" }, defs);
    el("path", { d: "M0,0 L10,5 L0,10 z", class: cls }, marker);
  }
  const edgeLayer = el("g", { class: "edges", "aria-hidden": "true" }, svg);
  const nodeLayer = el("g", { class: "nodes" }, svg);

  const boxes = new Map();   // name -> {x, y, w, h, stage: bool}
  const drawn = new Set(workflow.stages.flatMap((s) => [s.name, ...s.steps.map((x) => x.name)]));
  let y = 12;

  workflow.stages.forEach((stage, i) => {
    // The stage's steps, with the next step added when the ontology does not list it there.
    let steps = stage.steps.slice();
    if (i === currentIndex && view.nextStep && !drawn.has(view.nextStep)) {
      steps.unshift({ name: view.nextStep, label: view.nextLabel || view.nextStep });
    }
    const important = (s) => s.name === view.nextStep || view.chosen.has(s.name)
      || view.recommended.has(s.name) || view.back.has(s.name);
    let toggle = null;
    if (steps.length > MAX_STEPS) {
      if (view.expanded.has(stage.name)) {
        toggle = { toggle: true, label: t.fewer, stage: stage.name };
      } else {
        const keep = steps.filter(important);
        for (const s of steps) {
          if (keep.length >= MAX_STEPS) break;
          if (!keep.includes(s)) keep.push(s);
        }
        const hidden = steps.length - keep.length;
        steps = steps.filter((s) => keep.includes(s));
        toggle = { toggle: true, label: fmt(t.more, { n: hidden }), stage: stage.name };
      }
    }

    // Stage box.
    const stageLines = wrap(stage.label, stageW - 20, STAGE_FONT);
    const stageH = Math.max(44, stageLines.length * 18 + 18);
    const stageBox = { x: MARGIN_LEFT, y, w: stageW, h: stageH, stage: true };
    boxes.set(stage.name, stageBox);
    const states = [];
    if (i < currentIndex) states.push("done");
    if (i === currentIndex) states.push("current");
    if (stage.name === view.nextStep) states.push("next");
    if (view.back.has(stage.name)) states.push("back");
    drawNode(nodeLayer, stage, stageBox, stageLines, states, "stage", STAGE_FONT, opts);

    // Steps, in rows.
    let x = stepsX;
    let rowY = wide ? y : y + stageH + GAP;
    const all = toggle ? [...steps, toggle] : steps;
    for (const step of all) {
      const maxW = stepsMaxX - stepsX;
      const prefix = stepPrefix(step, i, currentIndex, view);
      const font = step.name === view.nextStep || step.toggle ? NEXT_FONT : FONT;
      const [shown, cut] = fit(prefix + step.label, maxW - 20, font);
      const w = Math.min(maxW, textWidth(shown, font) + 20);
      if (x + w > stepsMaxX && x > stepsX) {
        x = stepsX;
        rowY += CHIP_H + GAP;
      }
      const box = { x, y: rowY, w, h: CHIP_H, stage: false };
      if (step.toggle) {
        drawToggle(nodeLayer, step, box, opts);
      } else {
        boxes.set(step.name, box);
        const stepStates = [];
        // A done stage's steps are alternatives and parts; those the facts chose are ticked.
        if (view.chosen.has(step.name)) stepStates.push("chosen");
        else if (i < currentIndex) stepStates.push("passed");
        if (step.name === view.nextStep) stepStates.push("next");
        if (view.recommended.has(step.name)) stepStates.push("recommended");
        if (view.back.has(step.name)) stepStates.push("back");
        drawNode(nodeLayer, step, box, [shown], stepStates, "step", FONT, opts,
                 cut ? step.label : null);
      }
      x += w + GAP;
    }
    const stepsBottom = all.length ? rowY + CHIP_H : y + stageH;
    y = Math.max(y + stageH, stepsBottom) + BAND_GAP;
  });

  // Edges: the order between stages and steps, and the ways back (dashed).
  const arrowX = (b) => (b.stage ? b.x + (wide ? b.w / 2 : 14) : b.x + b.w / 2);
  for (const edge of workflow.followed_by) {
    const a = boxes.get(edge.from), b = boxes.get(edge.to);
    if (!a || !b) continue;
    const x1 = arrowX(a), y1 = a.y + a.h, x2 = arrowX(b), y2 = b.y;
    let d;
    if (a.stage && b.stage && Math.abs(x1 - x2) < 1) d = `M${x1},${y1} L${x2},${y2 - 1}`;
    else if (!a.stage && b.stage && b.y > a.y) {
      // From a step down to a later stage: into the stage box's right side.
      const x3 = b.x + b.w, y3 = b.y + b.h / 2;
      d = `M${x1},${y1} C${x1},${y3} ${x1},${y3} ${x3 + 1},${y3}`;
    } else if (Math.abs(a.y - b.y) < 1) {
      // Same row: a short arc above the chips.
      const top = a.y - 10;
      d = `M${a.x + a.w / 2},${a.y} C${a.x + a.w / 2},${top} ${b.x + b.w / 2},${top} ${b.x + b.w / 2},${b.y - 1}`;
    } else d = `M${x1},${y1} C${x1},${(y1 + y2) / 2} ${x2},${(y1 + y2) / 2} ${x2},${y2 - 1}`;
    el("path", { d, class: `edge ${a.stage && b.stage ? "edge-stage" : "edge-step"}`,
                 "marker-end": "url(#arrow)", "data-from": edge.from, "data-to": edge.to }, edgeLayer);
  }
  let lane = 0;
  for (const edge of workflow.may_return_to) {
    const a = boxes.get(edge.from), b = boxes.get(edge.to);
    if (!a || !b) continue;
    const active = view.back.has(edge.to) && (edge.from === view.stage || edge.from === view.nextStep);
    const cls = `edge edge-back${active ? " active" : ""}`;
    const marker = active ? "url(#arrow-active)" : "url(#arrow-back)";
    let d;
    if (a.stage && b.stage) {
      const laneX = Math.max(6, MARGIN_LEFT - 12 - 10 * (lane++ % 4));
      const y1 = a.y + a.h / 2, y2 = b.y + b.h / 2;
      d = `M${a.x},${y1} C${laneX},${y1} ${laneX},${y1} ${laneX},${(y1 + y2) / 2} `
        + `C${laneX},${y2} ${laneX},${y2} ${b.x - 1},${y2}`;
    } else {
      const x1 = a.x + a.w / 2, y1 = a.y, x2 = b.x + b.w / 2, y2 = b.y + b.h;
      const lift = Math.min(40, Math.abs(y1 - y2) / 2 + 18);
      d = `M${x1},${y1} C${x1},${y1 - lift} ${x2},${y2 + lift} ${x2},${y2 + 1}`;
    }
    el("path", { d, class: cls, "marker-end": marker, "data-from": edge.from,
                 "data-to": edge.to }, edgeLayer);
  }

  svg.setAttribute("height", y - BAND_GAP + 12);
  svg.setAttribute("viewBox", `0 0 ${width} ${y - BAND_GAP + 12}`);
  container.replaceChildren(svg);
  if (view.focus) {
    const again = svg.querySelector(view.focus);
    if (again) again.focus();
  }
  return svg;
}

function stepPrefix(step, i, currentIndex, view) {
  if (step.toggle) return "";
  if (step.name === view.nextStep) return "→ ";
  if (view.chosen.has(step.name)) return "✓ ";
  return "";
}

function drawNode(layer, concept, box, lines, states, kind, font, opts, fullLabel = null) {
  const t = opts.t;
  const words = states.map((s) => t[`state_${s}`]).filter(Boolean);
  const label = `${concept.label} (${t[`node_${kind}`]}${words.length ? ", " + words.join(", ") : ""})`;
  const g = el("g", {
    class: ["node", kind, ...states].join(" "), role: "button", tabindex: 0,
    "data-name": concept.name, "data-states": states.join(" "), "aria-label": label,
  }, layer);
  if (fullLabel) el("title", {}, g).textContent = fullLabel;
  el("rect", { class: "focus-ring", x: box.x - 4, y: box.y - 4, width: box.w + 8,
               height: box.h + 8, rx: kind === "stage" ? 11 : 17 }, g);
  el("rect", { class: "shape", x: box.x, y: box.y, width: box.w, height: box.h,
               rx: kind === "stage" ? 8 : 14 }, g);
  const lineH = kind === "stage" ? 18 : 16;
  const firstY = box.y + box.h / 2 - ((lines.length - 1) * lineH) / 2;
  lines.forEach((line, n) => {
    const text = el("text", { x: box.x + (kind === "stage" ? 12 : 10), y: firstY + n * lineH,
                              "dominant-baseline": "central", class: "label" }, g);
    text.textContent = line;
  });
  const activate = () => opts.onSelect(concept.name, g);
  g.addEventListener("click", activate);
  g.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      activate();
    }
  });
  return g;
}

function drawToggle(layer, toggle, box, opts) {
  const g = el("g", { class: "toggle", role: "button", tabindex: 0, "data-stage": toggle.stage,
                      "aria-label": toggle.label }, layer);
  el("rect", { class: "focus-ring", x: box.x - 4, y: box.y - 4, width: box.w + 8,
               height: box.h + 8, rx: 17 }, g);
  el("rect", { class: "shape", x: box.x, y: box.y, width: box.w, height: box.h, rx: 14 }, g);
  el("text", { x: box.x + 10, y: box.y + box.h / 2, "dominant-baseline": "central",
               class: "label" }, g).textContent = toggle.label;
  const activate = () => opts.onToggle(toggle.stage);
  g.addEventListener("click", activate);
  g.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      activate();
    }
  });
}
