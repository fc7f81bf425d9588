"""Turkish throughout: every text a person reads through the page, the API or the command
line comes from the catalogue in the language asked for, and the catalogue keeps up with
the code (issue 16).

The texts are walked three ways: statically (every rule explanation and every error a
module raises is marked for translation), through the catalogue (every entry translated,
its placeholders kept, nothing stale, the shipped .mo compiled from the .po), and by use
(consultations, errors, the page and the command line in Turkish, with a recorder that
notes every text rendered without a translation).
"""
from __future__ import annotations

import ast
import inspect
import json
import os
import re
import string
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from test_errors import error_classes

from mlwf.ontology import i18n, load
from mlwf.rules import SPECS, Advisor, FactError, normalize_facts
from mlwf.rules.engine import WorkflowEngine, rule_names

ROOT = Path(__file__).resolve().parent.parent
PO = i18n.LOCALE_DIR / "tr" / "LC_MESSAGES" / "messages.po"
MO = PO.with_suffix(".mo")

LAYERS = ("ontology", "rules", "profiling", "evaluation", "kb", "server", "cli")


@pytest.fixture(scope="module")
def catalogue():
    with PO.open("rb") as fh:
        return read_po(fh, locale="tr")


def entries(catalogue):
    return {(m.context, m.id): m for m in catalogue if m.id}


# -- the catalogue keeps up with the code ---------------------------------------------------

def extracted() -> set[tuple[str | None, str]]:
    """What `make messages` extracts, the same way (babel.cfg)."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    sys.path.insert(0, str(ROOT))   # the vocabulary extractor lives in tools/
    try:
        found = set()
        for _file, _line, message, _comments, context in extract_from_dir(
                str(ROOT), method_map, options_map,
                keywords={"_": None, "gettext": None, "pgettext": ((1, "c"), 2)}):
            found.add((context, message))
        return found
    finally:
        sys.path.remove(str(ROOT))


def test_the_catalogue_holds_exactly_what_the_code_marks(catalogue):
    in_code, in_po = extracted(), set(entries(catalogue))
    assert len(in_code) > 400
    assert sorted(in_code - in_po, key=str) == [], "new texts: run `make messages` and translate them"
    assert sorted(in_po - in_code, key=str) == [], "stale entries: run `make messages`"


def test_every_entry_is_translated_with_its_placeholders(catalogue):
    formatter = string.Formatter()
    fields = lambda text: sorted(f for _, f, _, _ in formatter.parse(text) if f)  # noqa: E731
    problems = []
    for (_context, msgid), m in entries(catalogue).items():
        if not m.string or m.fuzzy:
            problems.append(f"untranslated: {msgid!r}")
        elif fields(msgid) != fields(m.string):
            problems.append(f"placeholders differ: {msgid!r} -> {m.string!r}")
    assert problems == []


def test_babel_finds_nothing_wrong_in_the_catalogue(catalogue):
    """`make messages` stops on babel's checks (a '%' read as a printf placeholder, as in
    "40% of", where the msgstr cannot match); mlwf formats with braces, so its texts
    carry no printf placeholders at all."""
    problems = [f"{m.id!r}: {'; '.join(map(str, errors))}"
                for m, errors in catalogue.check() if errors]
    assert problems == []


def test_the_shipped_mo_is_compiled_from_the_po(catalogue):
    with MO.open("rb") as fh:
        compiled = {(m.context, m.id): m.string for m in read_mo(fh) if m.id}
    assert compiled == {key: m.string for key, m in entries(catalogue).items()}, \
        "the .mo is behind the .po: run `make messages`"


# -- every text is marked -------------------------------------------------------------------

# Where a person-facing text is an argument: rule records, the profiler's verdicts, error
# responses; any other call whose name says it is an error takes its message and detail first.
TEXT_ARGS = {"recommend": [2], "step": [1], "return_to": [1], "derive": [1], "Record": [2],
             "Verdict": [2],
             "FactError": [2, 3], "error_response": [1, 2]}
NOT_PERSON_FACING = {"KeyError", "ValueError", "TypeError", "AttributeError", "RuntimeError",
                     "AssertionError", "OSError", "_Retry"}
# Every project exception by name (QueryInvalid, TooLarge, Busy ... whatever their endings).
ERROR_NAMES = {cls.__name__ for cls in error_classes()}


def _marked(node: ast.AST, names: set[str]) -> bool:
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("_", "pgettext"):
        return True
    return isinstance(node, ast.Name) and node.id in names


def _python_files():
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), path


def unmarked(path: Path) -> list[str]:
    """Texts a person may read that are not marked: rule explanations and the message of
    every error raised, given as a literal or an f-string."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    marked_names = {t.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
                    and _marked(node.value, set()) for t in node.targets if isinstance(t, ast.Name)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in TEXT_ARGS:
            args = [node.args[i] for i in TEXT_ARGS[name] if i < len(node.args)]
        elif (name in ERROR_NAMES or name.endswith(("Error", "Unavailable", "Refused", "Failed",
                                                    "Input", "NotFound"))) \
                and name not in NOT_PERSON_FACING:
            args = node.args[:2]
        else:
            continue
        for arg in args:
            if isinstance(arg, (ast.Constant, ast.JoinedStr, ast.BinOp)) and not (
                    isinstance(arg, ast.Constant) and not (isinstance(arg.value, str) and arg.value)
            ) and not _marked(arg, marked_names):
                found.append(f"{path.name}:{arg.lineno}")
    return found


@pytest.mark.parametrize("relative, path", list(_python_files()), ids=[r for r, _ in _python_files()])
def test_texts_are_marked_for_translation(relative, path):
    assert unmarked(path) == []


# -- consultations in Turkish ---------------------------------------------------------------

# Fact sets that together fire the rules of every stage, the ways back and the
# workflow's own steps.
CONSULTATIONS = [
    {},
    {"goal": "predict churn", "goal_type": "hybrid", "has_data": False,
     "learning_type": "supervised"},
    {"task": "classification", "n_samples": 768, "n_features": 8, "class_balance": "imbalanced",
     "feature_types": ["nominal", "ordinal", "continuous", "datetime", "text", "boolean"],
     "missing_ratio": 0.04, "has_outliers": True, "skewed": True, "high_cardinality": True,
     "interpretability_required": True, "unbiased": False, "goal_type": "business"},
    {"task": "regression", "target_type": "nominal", "n_samples": 40, "n_features": 300,
     "missing_ratio": 0.2, "feature_types": ["continuous", "nominal"], "has_outliers": True},
    {"task": "classification", "target_type": "continuous", "n_samples": 500_000,
     "missing_ratio": 0.7, "modality": "image", "data_structure": "semi_structured",
     "processing": "stream", "feature_types": ["continuous"]},
    {"task": "forecasting", "time_ordered": True, "n_samples": 20_000, "modality": "sound",
     "learning_type": "supervised", "labeled": False, "feature_types": ["discrete"],
     "missing_ratio": 0.4},
    {"task": "clustering", "labeled": True, "n_samples": 5_000, "n_categories_known": False,
     "feature_types": ["nominal"], "high_cardinality": True},
    {"task": "dimensionality_reduction", "n_samples": 70, "modality": "text",
     "learning_type": "semi_supervised", "labeled": False},
    {"task": "anomaly_detection", "labeled": True, "n_samples": 3_000,
     "learning_type": "reinforcement"},
    {"task": "classification", "n_samples": 5_000, "feature_types": ["continuous"],
     "tried": [{"algorithm": "LinearSVC", "outcome": "overfitting"},
               {"algorithm": "KNeighborsClassifier", "outcome": "underfitting"},
               {"algorithm": "SVC", "outcome": "not_working"}]},
    {"task": "regression", "n_samples": 500, "few_important_features": True,
     "tried": [{"algorithm": "Lasso", "outcome": "good"}], "goal_type": "research",
     "processing": "batch", "deployed": True, "drift_detected": True},
    {"task": "regression", "n_samples": 500, "few_important_features": False,
     "tried": [{"algorithm": "Ridge", "outcome": "good"}], "goal_type": "hybrid",
     "deployed": True, "drift_detected": False, "goal_met": True},
    {"task": "clustering", "n_samples": 500, "n_categories_known": True, "deployed": True,
     "drift_detected": False, "goal_met": False,
     "tried": [{"algorithm": "KMeans", "outcome": "good"}]},
    {"learning_type": "supervised", "target_type": "continuous", "modality": "time_series"},
    {"learning_type": "supervised", "target_type": "continuous", "time_indexed": True},
    {"learning_type": "supervised", "target_type": "discrete", "time_ordered": True},
    {"task": "classification", "target_type": "binary", "has_data": True, "n_samples": 800,
     "n_features": 40, "missing_ratio": 0.1, "feature_types": ["continuous"],
     "modality": "text", "tried": [{"algorithm": "LinearSVC", "outcome": "overfitting"}]},
    {"task": "classification", "n_samples": 800, "goal_type": "business", "processing": "batch",
     "tried": [{"algorithm": "LinearSVC", "outcome": "good"}]},
    {"task": "classification", "n_samples": 800, "processing": "online", "deployed": True,
     "tried": [{"algorithm": "LinearSVC", "outcome": "good"}]},
    {"task": "classification", "n_samples": 800, "processing": "stream", "goal_met": True,
     "tried": [{"algorithm": "LinearSVC", "outcome": "good"}]},
    {"task": "clustering", "n_samples": 500, "n_categories_known": True,
     "tried": [{"algorithm": c, "outcome": "not_working"} for c in (
         "KMeans", "SpectralClustering", "GaussianMixture", "AgglomerativeClustering")]},
    # the algorithm chart's branches: sizes, feature types, unknown facts, media, streams
    {"task": "anomaly_detection", "n_samples": 20_000},
    {"task": "classification", "n_samples": 500, "feature_types": ["boolean"]},
    {"task": "classification", "n_samples": 500, "feature_types": ["nominal"]},
    {"task": "classification", "modality": "sound", "n_samples": 30},
    {"task": "clustering", "n_categories_known": True, "n_samples": 20_000, "processing": "stream"},
    {"task": "clustering", "n_categories_known": False, "n_samples": 20_000},
    {"task": "clustering", "n_categories_known": True},
    {"task": "clustering", "n_categories_known": False},
    {"task": "clustering"},
    {"task": "dimensionality_reduction", "n_samples": 20_000},
    {"task": "dimensionality_reduction"},
    {"task": "regression", "n_samples": 200_000, "modality": "text",
     "learning_type": "self_supervised"},
    {"task": "regression", "n_samples": 500, "interpretability_required": True,
     "processing": "stream"},
    {"task": "regression", "modality": "image"},
]


@pytest.fixture(scope="module")
def advisor():
    return Advisor(load())


def _texts(advice):
    """(rule, text) of every explanation in an advice document."""
    yield advice["next_step"]["rule"], advice["next_step"]["explanation"]
    for r in advice["return_to"]:
        yield r["rule"], r["explanation"]
    for r in advice["recommendations"]:
        yield r["rule"], r["explanation"]


def test_consultations_are_turkish_throughout(advisor):
    fired, english = set(), []
    with i18n.missing() as untranslated:
        for facts in CONSULTATIONS:
            consultation = advisor.consult(facts)
            advisor.render(consultation, "tr")      # everything shown, through the recorder
            derived = [r for r in consultation.derived.values() if r.explanation]
            for record in [*consultation.records, consultation.step, *consultation.back, *derived]:
                fired.add(record.rule)
                en, tr = i18n.render(record.explanation, "en"), i18n.render(record.explanation, "tr")
                if en == tr:
                    english.append(f"{record.rule}: {tr}")
            q = advisor.render(consultation, "tr")["next_question"]
            for choice in (q or {}).get("choices", []):
                assert choice["label"] != choice["value"], choice
    assert untranslated == [] and english == []
    # The walk reaches every rule that explains itself.
    explaining = {name for name in rule_names() if any(
        isinstance(node, ast.Call) and (getattr(node.func, "attr", "") in (
            "recommend", "step", "return_to") or getattr(node.func, "attr", "") == "derive"
            and len(node.args) > 1)
        for node in ast.walk(ast.parse(textwrap.dedent(
            inspect.getsource(getattr(WorkflowEngine, name)._wrapped)))))}
    missed = sorted(explaining - fired)
    assert missed == [], missed


def test_one_consultation_renders_in_both_languages(advisor):
    consultation = advisor.consult({"task": "regression", "n_samples": 500,
                                    "missing_ratio": 0.03, "feature_types": ["continuous"]})
    en, tr = advisor.render(consultation, "en"), advisor.render(consultation, "tr")
    deletion = lambda doc: next(r for r in doc["recommendations"] if r["name"] == "Deletion")  # noqa: E731
    assert deletion(en)["explanation"].startswith("At most 5% of values are missing")
    assert deletion(tr)["explanation"].startswith("Eksik değer oranı en çok %5")
    assert en["facts"] == tr["facts"] and en["stage"]["name"] == tr["stage"]["name"]


def test_every_question_answer_has_a_turkish_label():
    with i18n.missing() as untranslated:
        for q in load().questions:
            for answer in q.answers:
                i18n.value_label(answer, "tr")
            i18n.fact_label(q.fact, "tr")
    assert untranslated == []


# -- errors in Turkish ----------------------------------------------------------------------

BAD_FACTS = [{name: {"not": "valid"}} for name in SPECS] + [
    {"n_samples": -1}, {"n_samples": 10 ** 400}, {"n_samples": "123456789012345678901"},
    {"minority_share": 0.9}, {"feature_types": []}, {"goal": ""}, {"nonsense": 1},
    {"tried": [{"algorithm": "LinearSVD", "outcome": "good"}]},
    {"tried": [{"algorithm": "Zzzz", "outcome": "good"}]},
    {"tried": [{"algorithm": "LinearSVC"}]}, {"tried": [{"algorithm": "SVC", "outcome": "meh"}]},
]


@pytest.mark.parametrize("facts", BAD_FACTS, ids=lambda f: json.dumps(f)[:40])
def test_fact_errors_are_turkish(facts):
    with pytest.raises(FactError) as err:
        normalize_facts(facts)
    with i18n.missing() as untranslated:
        with i18n.use("tr"):
            tr = str(err.value)
        with i18n.use("en"):
            en = str(err.value)
    assert untranslated == [] and tr != en
    assert "allowed" not in tr and "izin verilen" in tr


def test_api_errors_follow_lang_and_accept_language(client):
    bad = {"facts": {"n_samples": "çok"}}
    en = client.post("/api/advise", json=bad).get_json()
    tr = client.post("/api/advise?lang=tr", json=bad).get_json()
    header = client.post("/api/advise", json=bad, headers={"Accept-Language": "tr-TR,tr;q=0.9"})
    assert en == {"error": "fact 'n_samples': \"çok\" is not allowed",
                  "detail": "allowed: an integer >= 0"}
    assert tr == {"error": "'n_samples' olgusu: \"çok\" izin verilen bir değer değil",
                  "detail": "izin verilenler: 0 ya da daha büyük bir tam sayı"}
    assert header.get_json() == tr
    case = client.get("/api/cases/0123456789abcdef?lang=tr").get_json()
    assert case["error"] == '"0123456789abcdef" kimlikli bir danışma yok'


def test_the_page_speaks_the_language_asked_for(client):
    with i18n.missing() as untranslated:
        page = client.get("/?lang=tr")
        by_header = client.get("/", headers={"Accept-Language": "tr,en;q=0.5"})
        default = client.get("/", headers={"Accept-Language": "fr,de;q=0.5"})
    assert untranslated == []
    boot = json.loads(re.search(r'<script type="application/json" id="boot">(.*?)</script>',
                                page.get_data(as_text=True), re.S).group(1))
    assert boot["lang"] == "tr" and boot["strings"]["question"] == "Sıradaki soru"
    assert boot["labels"]["goal_type"] == "hedef türü" and boot["labels"]["business"] == "iş"
    assert by_header.headers["Content-Language"] == "tr"
    assert '<html lang="tr">' in by_header.get_data(as_text=True)
    assert default.headers["Content-Language"] == "en"
    assert "Accept-Language" in page.headers["Vary"]


def test_api_advice_follows_accept_language(client):
    advice = client.post("/api/advise", json={"facts": {}},
                         headers={"Accept-Language": "tr"}).get_json()
    assert advice["next_step"]["explanation"] == "Sıradaki soruyu yanıtlayın."


# -- the command line -----------------------------------------------------------------------

def test_command_line_consultation_in_turkish(capsys):
    from mlwf.cli.main import main

    with i18n.missing() as untranslated:
        status = main(["advise", "--lang", "tr", "--fact", "task=classification",
                       "--fact", "n_samples=768", "--fact", "goal_type=business",
                       "--fact", 'feature_types=["continuous"]', "--fact", "missing_ratio=0.02"])
    out = capsys.readouterr().out
    assert status == 0 and untranslated == []
    heads = [line for line in out.splitlines() if line and not line.startswith(" ")]
    assert heads[0].startswith("Aşama:") and heads[1].startswith("Sonraki adım:")
    assert {"Uyarılar:", "Adımlar:", "Teknikler:", "Metrikler:"} <= set(heads)
    assert "çünkü hedef türü = iş (\"business\")" in out
    assert "Stage" not in out and "because" not in out and "rule " not in out


def test_the_profilers_reasons_and_errors_in_turkish(tmp_path, capsys):
    """`mlwf profile --lang tr`: every column's reason, the table-wide facts' reasons and a
    refused file come from the catalogue; the numbers and the types stay as they are."""
    from mlwf.cli.main import main

    rows = ["id,day,grade,city,note,amount,flag,when,target"]
    for i in range(120):
        rows.append(f"{i + 1},{i % 28 + 1},{'ABC'[i % 3]},Town {i % 7},"
                    f"This is note number {i} about the row.,{(i * 37) % 101 + 0.5},"
                    f"{'yes' if i % 2 else 'no'},2020-01-{i % 28 + 1:02d},{i % 3}")
    data = tmp_path / "mixed.csv"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with i18n.missing() as untranslated:
        status = main(["profile", "--lang", "tr", "--json", "--target", "target", str(data)])
    doc = json.loads(capsys.readouterr().out)
    assert status == 0 and untranslated == []
    reasons = [c["reason"] for c in doc["columns"]] + [r["reason"] for r in doc["reasons"].values()]
    assert all(isinstance(r, str) and r for r in reasons)
    assert any("satır" in r for r in reasons) and not any("Whole numbers" in r for r in reasons)
    assert {c["name"]: c["stat_type"] for c in doc["columns"]}["id"] == "identifier"
    with i18n.missing() as untranslated:
        status = main(["profile", "--lang", "tr", "--target", "Target", str(data)])
    err = capsys.readouterr().err
    assert status != 0 and untranslated == []
    assert "'Target' hedef sütunu dosyada yok" in err and "'target' mı demek istediniz?" in err


def test_command_line_errors_follow_the_environment(tmp_path):
    env = {**os.environ, "LANGUAGE": "tr_TR.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    out = subprocess.run([sys.executable, "-m", "mlwf.cli", "advise", "--fact", "task=classify"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 2
    assert out.stderr.startswith("mlwf: 'task' olgusu: \"classify\" izin verilen bir değer değil")
    forced = subprocess.run([sys.executable, "-m", "mlwf.cli", "advise", "--lang", "en",
                             "--fact", "nonsense"], capture_output=True, text=True, env=env,
                            timeout=120)
    assert "is not of the form name=value" in forced.stderr


def test_english_stays_the_default():
    assert i18n.current_lang() == "en"
    assert str(i18n._("Answer the next question.")) == "Answer the next question."


# -- the evidence of the meta-knowledge base -------------------------------------------------

def test_the_evidence_is_rendered_in_either_language_from_one_consultation():
    from mlwf.kb.metakb import advisor_with_evidence

    advisor = advisor_with_evidence()
    consultation = advisor.consult({"task": "classification", "n_samples": 500,
                                    "feature_types": ["continuous"]})
    assert consultation.evidence is not None
    en = advisor.render(consultation, "en")
    with i18n.missing() as untranslated:
        tr = advisor.render(consultation, "tr")
    cited = [r for r in tr["recommendations"] if "evidence" in r]
    assert untranslated == [] and cited
    assert en["evidence"]["note"].startswith("Algorithms are ordered")
    assert tr["evidence"]["note"].startswith("Algoritmalar") and "sınıflandırma" in tr["evidence"]["note"]
    assert all(" Kanıt: " in r["explanation"] and "%1" in r["evidence"]["text"] for r in cited)
    # Only the sentences change language: the counts stay numbers, the order stays.
    assert [r["name"] for r in tr["recommendations"]] == [r["name"] for r in en["recommendations"]]
    assert all(isinstance(r["evidence"]["near_best"], int) for r in cited)
    assert tr["evidence"]["neighbours"] == en["evidence"]["neighbours"]


# -- cases, evaluations and linked data in Turkish -------------------------------------------

def _sparql(client, query):
    r = client.get("/sparql", query_string={"query": query},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.get_data(as_text=True)
    return [{k: v for k, v in b.items()} for b in r.get_json()["results"]["bindings"]]


def test_a_sparql_user_reads_a_case_in_turkish(client):
    facts = {"task": "regression", "n_samples": 500, "missing_ratio": 0.03,
             "feature_types": ["continuous"], "interpretability_required": True}
    case_id = client.post("/api/cases", json={"facts": facts}).get_json()["id"]
    shown = client.get(f"/api/cases/{case_id}?lang=tr").get_json()["recommendations"]
    rows = _sparql(client, f"""SELECT ?name ?text WHERE {{ GRAPH <https://w3id.org/mlwf/case/{case_id}> {{
        ?rec a kb:Recommendation ; kb:concept ?concept ; kb:explanation ?text .
        FILTER(LANG(?text) = "tr") BIND(STRAFTER(STR(?concept), "#") AS ?name) }} }}""")
    stored = {r["name"]["value"]: r["text"]["value"] for r in rows}
    assert all(r["text"]["xml:lang"] == "tr" for r in rows)
    # Every recommendation, the chart's algorithms too, has the text the API shows in Turkish.
    assert stored == {r["name"]: r["explanation"] for r in shown}
    assert stored["Deletion"].startswith("Eksik değer oranı en çok %5")
    assert stored["LinearRegression"].startswith("Yorumlanabilirlik gerekli")


def test_the_case_page_of_linked_data_is_turkish(client):
    case_id = client.post("/api/cases", json={"facts": {"task": "clustering"}}).get_json()["id"]
    with i18n.missing() as untranslated:
        page = client.get(f"/case/{case_id}", headers={"Accept": "text/html",
                                                       "Accept-Language": "tr"})
        bad = client.get(f"/case/{case_id}?format=docx&lang=tr").get_json()
    html = page.get_data(as_text=True)
    assert untranslated == [] and page.status_code == 200
    assert '<html lang="tr">' in html and f"mlwf danışması {case_id}" in html
    assert "Ayrıca " in html and "Also as" not in html
    assert bad == {"error": 'bilinmeyen biçim "docx"',
                   "detail": "izin verilenler: ttl, jsonld, owl, nt, html"}


def _penguins_with_a_constant_column() -> bytes:
    from palmerpenguins import load_penguins
    frame = load_penguins()
    frame["site"] = "lab-1"       # left out, and a note says why
    return frame.to_csv(index=False).encode()


def _result_texts(result):
    """Every text a person reads in an evaluation's result."""
    yield result["validation"]["explanation"]
    yield from result["notes"]
    yield from result["skipped"].values()
    for run in result["runs"]:
        if run["judgement"]:
            yield run["judgement"]["explanation"]
        if run["stopped"]:
            yield run["stopped"]
    yield result["next_step"]["explanation"]


def test_an_evaluation_through_the_api_is_turkish_throughout(app, client):
    import io
    import time

    case_id = client.post("/api/cases", json={"facts": {}}).get_json()["id"]
    form = {"file": (io.BytesIO(_penguins_with_a_constant_column()), "penguins.csv"),
            "target": "species", "top": "2", "budget": "120"}
    r = client.post(f"/api/cases/{case_id}/evaluations", data=form,
                    content_type="multipart/form-data", headers={"Accept-Language": "tr"})
    assert r.status_code == 202, r.get_json()
    location = r.headers["Location"]
    deadline = time.monotonic() + 300
    while client.get(location).get_json()["status"] == "running":
        assert time.monotonic() < deadline, "the evaluation did not finish"
        time.sleep(0.3)
    with i18n.missing() as untranslated:
        tr = client.get(location, headers={"Accept-Language": "tr"}).get_json()["result"]
    en = client.get(location + "?lang=en").get_json()["result"]
    assert untranslated == []
    pairs = list(zip(_result_texts(en), _result_texts(tr), strict=True))
    assert len(pairs) >= 4 and all(e != t for e, t in pairs), pairs
    assert any(n.startswith('"site" sütunu dışarıda bırakıldı') for n in tr["notes"])
    verdicts = [run["judgement"]["explanation"] for run in tr["runs"] if run["judgement"]]
    # Scores with a decimal comma, never a decimal point, in Turkish.
    assert verdicts and all(re.search(r"\d,\d", v) and not re.search(r"\d\.\d", v)
                            for v in verdicts)
    # Another worker, which did not run the job, reads it back from the knowledge base:
    # the runs' explanations were stored in both languages.
    app.extensions["mlwf_evaluations"].jobs.pop(r.get_json()["id"])
    stored = client.get(location + "?lang=tr").get_json()["result"]["leaderboard"]
    assert sorted(row["explanation"] for row in stored if row["explanation"]) == sorted(verdicts)
    # And its errors are Turkish too.
    missing = client.get(location.rsplit("/", 1)[0] + "/0123456789ab?lang=tr").get_json()
    assert missing["error"].startswith(f'"{case_id}" danışmasında "0123456789ab" kimlikli')
    no_target = client.post(f"/api/cases/{case_id}/evaluations?lang=tr", data={
        "file": (io.BytesIO(b"a,b\n1,2\n"), "x.csv")}, content_type="multipart/form-data")
    assert no_target.get_json() == {"error": "hedef sütun adı verilmedi",
                                    "detail": "tahmin edilecek sütunu 'target' alanında gönderin"}


def test_command_line_evaluation_in_turkish(tmp_path, capsys):
    from mlwf.cli.main import main

    path = tmp_path / "penguins.csv"
    path.write_bytes(_penguins_with_a_constant_column())
    with i18n.missing() as untranslated:
        status = main(["evaluate", str(path), "--target", "species", "--top", "1", "--lang", "tr"])
    out = capsys.readouterr().out
    assert status == 0 and untranslated == []
    assert "için sınıflandırma" in out and "birincil metrik" in out
    assert "kukla taban çizgisi: 0," in out and 'not: "site" sütunu dışarıda bırakıldı' in out
    for english in ("dummy baseline", "note:", "primary metric", "on validation", "rows"):
        assert english not in out, english


def test_the_profilers_numbers_in_turkish_take_a_decimal_comma(tmp_path, capsys):
    """The numbers a reason computes (words per value, skewness, rows per unit) are written
    the language's way: 7,5 in Turkish where English writes 7.5."""
    from mlwf.cli.main import main

    rows = ["note,events,unit,target"]
    for i in range(200):
        words = " ".join(["word"] * (5 + i % 6))
        rows.append(f"This {words} ends here {i}.,{(i * 7919) % 97 if i % 5 == 0 else i % 4},"
                    f"{1 + (i * 37) % 60},{i % 2}")
    data = tmp_path / "numbers.csv"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    for lang, mark in (("en", "."), ("tr", ",")):
        status = main(["profile", "--lang", lang, "--json", "--target", "target", str(data)])
        doc = json.loads(capsys.readouterr().out)
        assert status == 0
        reasons = {c["name"]: c["reason"] for c in doc["columns"]}
        assert re.search(rf"\b\d+\{mark}\d\b", reasons["note"]), reasons["note"]
        assert re.search(rf"\b\d+\{mark}\d\b", reasons["events"]), reasons["events"]


def test_a_rounded_share_prints_its_digits_and_no_more():
    """A sixth of the rows missing is 16.7 %, in English and in Turkish: rounding the
    percentage and dividing it by a hundred again left binary noise (16.699999999999998%)
    that the CLI printed as it was."""
    from mlwf.ontology.i18n import Percent
    assert Percent(1 / 6, digits=1).render("en") == "16.7%"
    assert Percent(1 / 6, digits=1).render("tr") == "%16,7"
    assert Percent(0.3333, digits=1).render("en") == "33.3%"
    assert Percent(0.006, digits=1).render("en") == "0.6%"
    assert Percent(0.05).render("en") == "5%"
