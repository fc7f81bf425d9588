"""Refresh the real output shown in README.md.

The README shows what commands really print. Each marker comment is followed by a
```text block that this script regenerates:

    <!-- run: SHELL COMMAND -->          the command's output (the venv's bin on PATH)
    <!-- run-api: create -->             the README's curl that creates a case, answered
                                         by the app on a temporary store
    <!-- run-api: bad -->                a bad fact sent to that case, and the refusal
    <!-- run-api: bad_tr -->             a bad fact refused in Turkish (Accept-Language: tr)
    <!-- run-api: sparql -->             the ```sparql block just above, run on /sparql
                                         (as CSV, first rows) once that case exists

and each marker ``<!-- table: NAME -->`` is followed by a Markdown table made from the
code (``TABLES``): ``facts`` is the fact vocabulary, one row per spec of rules/facts.py.

Run it after changing rules, labels or the CLI:  .venv/bin/python tools/fill_readme.py
tests/test_readme.py runs the same commands and fails when the README shows something
else (ids and times aside).
"""
from __future__ import annotations

import json
import os
import pathlib
import re
import shlex
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
MARKER = re.compile(r"(<!-- (run|run-api): (.*?) -->\n)(\n```text\n.*?\n```\n)?", re.S)
TABLE = re.compile(r"(<!-- table: (\w+) -->\n)((?:\|.*\n)*)")


def facts_table() -> str:
    """The fact vocabulary as the README lists it: name, what is allowed, what it means."""
    from mlwf.ontology.i18n import render
    from mlwf.rules.facts import SPECS

    def cell(text: str) -> str:
        return text.replace("|", "&#124;")

    rows = ["| fact | allowed values | meaning |", "| --- | --- | --- |"]
    rows += [f"| `{name}` | {cell(render(spec.allowed_message(), 'en'))} | {cell(render(spec.help, 'en'))} |"
             for name, spec in SPECS.items()]
    return "\n".join(rows) + "\n"


TABLES = {"facts": facts_table}


def _shell(command: str) -> str:
    # the interpreter running this script has the mlwf command beside it (.venv/bin)
    env = {**os.environ, "PATH": f"{pathlib.Path(sys.executable).parent}:{os.environ['PATH']}"}
    out = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                         timeout=300)
    return out.stdout.rstrip()


def _create_facts() -> dict:
    """The facts of the README's own curl example, so the two cannot drift apart."""
    m = re.search(r"curl -s -X POST http://127.0.0.1:5000/api/cases -H .*? -d '(.*?)'",
                  README.read_text(encoding="utf-8"))
    return json.loads(m.group(1))


class _Api:
    def __init__(self):
        from mlwf.server.app import create_app
        self.tmp = tempfile.TemporaryDirectory()
        self.app = create_app({"STORE_PATH": self.tmp.name})
        self.client = self.app.test_client()
        self.case = None
        self.evaluated = False

    def create(self) -> str:
        r = self.client.post("/api/cases", json=_create_facts())
        doc = r.get_json()
        self.case = doc["id"]
        advice = doc  # the case document carries the advice at its top level
        shown = {
            "id": doc["id"],
            "stage": advice["stage"],
            "next_step": {k: advice["next_step"][k] for k in ("concept", "label", "explanation")},
            "next_question": {k: advice["next_question"][k] for k in ("fact", "text", "answers")}
            if advice.get("next_question") else None,
            "recommendations": [
                {k: rec[k] for k in ("label", "kind", "rank", "sklearn", "rule", "because",
                                     "explanation")}
                for rec in advice["recommendations"][:2]],
        }
        body = json.dumps(shown, ensure_ascii=False, indent=2)
        return (f"HTTP {r.status_code}  (abridged: {len(advice['recommendations'])} "
                f"recommendations in all)\n{body}")

    def bad(self) -> str:
        payload = {"facts": {"n_samples": 1000, "class_balance": "lopsided"}}
        command = (f"curl -s -X POST http://127.0.0.1:5000/api/cases/$ID/facts "
                   f"-H 'Content-Type: application/json' -d {shlex.quote(json.dumps(payload))}")
        r = self.client.post(f"/api/cases/{self.case}/facts", json=payload)
        after = self.client.get(f"/api/cases/{self.case}").get_json()
        return (f"$ {command}\nHTTP {r.status_code}\n"
                f"{json.dumps(r.get_json(), ensure_ascii=False, indent=2)}\n"
                f"$ # n_samples is still {after['facts'].get('n_samples')}: "
                "nothing of the refused request was stored")

    def bad_tr(self) -> str:
        payload = {"facts": {"n_samples": "çok"}}
        command = (f"curl -s -X POST http://127.0.0.1:5000/api/advise -H 'Accept-Language: tr' "
                   f"-H 'Content-Type: application/json' -d {shlex.quote(json.dumps(payload, ensure_ascii=False))}")
        r = self.client.post("/api/advise", json=payload, headers={"Accept-Language": "tr"})
        return f"$ {command}\nHTTP {r.status_code}\n{json.dumps(r.get_json(), ensure_ascii=False, indent=2)}"

    def sparql(self, before: str) -> str:
        query = re.findall(r"```sparql\n(.*?)```", before, re.S)[-1]
        if "mls:" in query and not self.evaluated:
            sys.path.insert(0, str(ROOT / "bench"))
            from readme_queries import record_penguins_evaluation
            record_penguins_evaluation(self.app)
            self.evaluated = True
        r = self.client.post("/sparql", data={"query": query}, headers={"Accept": "text/csv"})
        rows = r.get_data(as_text=True).replace("\r\n", "\n").rstrip("\n").split("\n")
        more = f"\n… {len(rows) - 11} more rows" if len(rows) > 11 else ""
        return "\n".join(rows[:11]) + more

    def close(self):
        self.app.extensions["mlwf"].close()
        self.tmp.cleanup()


def blocks(text: str) -> list[tuple[str, str, str]]:
    """(marker, output shown in ``text``, output the command gives now) for every marker:
    what this script writes, and what tests/test_readme.py compares."""
    api = None
    out = []
    try:
        for m in MARKER.finditer(text):
            kind, arg = m.group(2), m.group(3)
            if kind == "run":
                fresh = _shell(arg)
            else:
                api = api or _Api()
                fresh = api.sparql(text[:m.start()]) if arg == "sparql" else getattr(api, arg)()
            shown = m.group(4)[len("\n```text\n"):-len("\n```\n")] if m.group(4) else None
            out.append((f"{kind}: {arg}", shown, fresh))
            print(f"{kind}: {arg[:70]}", file=sys.stderr)
    finally:
        if api:
            api.close()
    return out


def main() -> int:
    text = README.read_text(encoding="utf-8")
    fresh = iter(blocks(text))
    text = MARKER.sub(lambda m: f"{m.group(1)}\n```text\n{next(fresh)[2]}\n```\n", text)
    text = TABLE.sub(lambda m: m.group(1) + TABLES[m.group(2)](), text)
    README.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
