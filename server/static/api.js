// The JSON API as the page uses it. Every call returns parsed JSON or throws ApiError
// carrying the server's {error, detail}.

export class ApiError extends Error {
  constructor(status, error, detail) {
    super(error);
    this.status = status;
    this.error = error;
    this.detail = detail;
  }
}

export class Api {
  constructor(urls, lang, networkError) {
    this.urls = urls;
    this.lang = lang;
    this.networkError = networkError;
  }

  withLang(path) {
    return path + (path.includes("?") ? "&" : "?") + "lang=" + encodeURIComponent(this.lang);
  }

  async request(method, path, body) {
    const init = { method, headers: { Accept: "application/json" } };
    if (body instanceof FormData) {
      init.body = body;
    } else if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(this.withLang(path), init);
    } catch (exc) {
      throw new ApiError(0, this.networkError, String(exc && exc.message || exc));
    }
    let doc = null;
    const type = response.headers.get("Content-Type") || "";
    if (type.includes("json")) {
      try { doc = await response.json(); } catch (exc) { doc = null; }
    }
    if (!response.ok) {
      const error = doc && doc.error ? doc.error : `HTTP ${response.status}`;
      const detail = doc && "detail" in doc ? doc.detail : response.statusText;
      throw new ApiError(response.status, error, detail);
    }
    return doc;
  }

  casePath(id) { return `${this.urls.cases}/${encodeURIComponent(id)}`; }

  workflow() { return this.request("GET", this.urls.workflow); }
  questions() { return this.request("GET", this.urls.questions); }
  facts() { return this.request("GET", this.urls.facts); }
  algorithms() { return this.request("GET", this.urls.concepts + "?kind=algorithm"); }
  concept(name) { return this.request("GET", `${this.urls.concepts}/${encodeURIComponent(name)}`); }
  advise(facts) { return this.request("POST", this.urls.advise, { facts }); }
  createCase(facts) { return this.request("POST", this.urls.cases, facts ? { facts } : {}); }
  getCase(id) { return this.request("GET", this.casePath(id)); }
  assertFacts(id, facts) { return this.request("POST", this.casePath(id) + "/facts", { facts }); }
  retract(id, name) {
    return this.request("DELETE", `${this.casePath(id)}/facts/${encodeURIComponent(name)}`);
  }
  uploadDataset(id, file, target) {
    const form = new FormData();
    form.append("file", file, file.name);
    if (target) form.append("target", target);
    return this.request("POST", this.casePath(id) + "/dataset", form);
  }
}
