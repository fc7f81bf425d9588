// The panel "Profile a CSV": the drop zone and the upload.
import { $, api, ensureCase, fmt, run, showError, t } from "./common.js";

export function wireDataset() {
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
