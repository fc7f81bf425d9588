"""The guided consultation page in a real browser: Debian's chromium driven by Playwright.

The walk is the seed's "predict diabetes" consultation: each next question answered on the
page, as a person would, until the advice reaches deployment; then Turkish, a concept's
page, a failed algorithm, keyboard use, a phone-sized screen and screenshots.
Labels are checked against the API (?lang=), never against hard-coded text.
"""
from __future__ import annotations

import io
import json
import os
import re
import shutil
import urllib.request
from pathlib import Path

import pytest

from conftest import DIABETES
from optional import missing

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
README_SHOT = ROOT / "docs" / "page.png"
# Facts the walk may be asked beyond the DIABETES case (all of them plausible for it).
ANSWERS = {**dict(high_cardinality=False, few_important_features=False, n_classes=2,
                  labeled=True, minority_share=0.35, deployed=True, drift_detected=False,
                  goal_met=True), **DIABETES}
READY = "body[data-ready=true]"


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    problem = None
    if not path:
        problem = ("chromium is not installed, so the page is NOT tested in a browser: "
                   "apt-get install chromium (.ci/run installs it)")
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "playwright is not installed: pip install -e '.[test]'"
    if problem:
        missing("the page's browser", problem)
    return path


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable)
        yield browser
        browser.close()


class Console(list):
    """Console errors and uncaught exceptions of a page."""

    def watch(self, page):
        page.on("console", lambda m: self.append(f"console.{m.type}: {m.text}")
                if m.type in ("error", "assert") else None)
        page.on("pageerror", lambda e: self.append(f"uncaught: {e}"))
        return page


@pytest.fixture
def console():
    return Console()


@pytest.fixture
def page(browser, console):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = console.watch(context.new_page())
    page.set_default_timeout(20_000)
    yield page
    context.close()


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=20) as response:
        return json.load(response)


def distinct_colours(png: bytes) -> int:
    from PIL import Image
    image = Image.open(io.BytesIO(png)).convert("RGB")
    colours = image.getcolors(maxcolors=image.width * image.height)
    return len(colours)


def assert_not_blank(path: Path) -> None:
    png = path.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n", path
    assert distinct_colours(png) >= 64, f"{path} looks blank"


def question(page) -> str:
    return page.locator("#question").get_attribute("data-fact") or ""


def wait_for_change(page, before: str) -> None:
    """After an answer: wait until the page shows the next question, or an error."""
    page.wait_for_function(
        """(before) => !document.getElementById('alert').hidden
              || document.getElementById('question').dataset.fact !== before""", arg=before)
    alert = page.locator("#alert")
    assert alert.is_hidden(), alert.inner_text()


def answer(page, fact: str) -> None:
    """Answer the question on the page the way a person would, with the DIABETES facts."""
    body = page.locator("#question-body")
    if fact == "tried":
        # The candidates come from the advice; the first one is tried and works.
        body.locator("select").select_option(index=0)
        body.locator(".outcome[data-outcome=good]").click()
        return
    assert fact in ANSWERS, f"the page asked '{fact}', which the walk has no answer for"
    value = ANSWERS[fact]
    if body.locator(".answer[data-value]").count():
        token = json.dumps(value) if isinstance(value, bool) else str(value)
        body.locator(f'.answer[data-value="{token}"]').click()
    elif body.locator("input[type=checkbox]").count():
        for item in value:
            body.locator(f'input[type=checkbox][value="{item}"]').check()
        body.locator("button[type=submit]").click()
    else:
        field = body.locator("input")
        field.fill(str(value))
        field.press("Enter")


def test_predict_diabetes_in_the_browser(page, console, live_server, tmp_path):
    base = live_server
    page.goto(base + "/")
    page.wait_for_selector(READY)
    assert page.locator("main").count() == 1 and page.locator("header").count() == 1
    assert re.fullmatch(r".*/", page.url), "opening the page must not create a case"

    # The diagram is the ontology's: one node per stage of /api/workflow, with its steps.
    workflow = get_json(base + "/api/workflow")
    assert len(workflow["stages"]) == 7
    for stage in workflow["stages"]:
        node = page.locator(f'#diagram .node.stage[data-name="{stage["name"]}"]')
        assert node.count() == 1
        assert node.get_attribute("aria-label").startswith(stage["label"])
    first = workflow["stages"][0]
    assert "current" in page.locator(f'#diagram .node[data-name="{first["name"]}"]').get_attribute("class")
    assert page.locator("#diagram .edge-back").count() >= 1, "the ways back are drawn"

    asked, stages, case_url = [], [], None
    for _ in range(60):
        fact = question(page)
        assert fact, "the questions ran out before deployment"
        step = page.locator("#next-step").get_attribute("data-name")
        if "deploy" in step.lower() or fact == "deployed":
            break
        asked.append(fact)
        stages.append(page.locator("#current-stage").get_attribute("data-name"))

        if fact == "tried":
            # Mid-consultation: algorithms to try, the way back drawn. The README's picture
            # is written when missing or with MLWF_SCREENSHOT=update.
            page.screenshot(path=str(tmp_path / "mid.png"))
            assert_not_blank(tmp_path / "mid.png")
            if not README_SHOT.exists() or os.environ.get("MLWF_SCREENSHOT") == "update":
                README_SHOT.parent.mkdir(exist_ok=True)
                png = page.screenshot()
                assert len(png) < 300_000, "the README screenshot must stay small"
                README_SHOT.write_bytes(png)

        if fact == "goal_type":
            # Keyboard only: Tab from the question to the answer, Enter to choose it.
            page.locator("#question-h").focus()
            wanted = ANSWERS["goal_type"]
            for _ in range(10):
                page.keyboard.press("Tab")
                focused = page.evaluate("document.activeElement.dataset.value || ''")
                if focused == wanted:
                    break
            assert focused == wanted, "the answer buttons are not reachable with Tab"
            outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
            assert outline != "none", "the focused answer shows no focus ring"
            page.keyboard.press("Enter")
        elif fact == "n_samples":
            # A wrong value is refused by the API and shown in a visible alert.
            field = page.locator("#question-body input")
            field.fill("-5")
            field.press("Enter")
            alert = page.locator("#alert")
            alert.wait_for(state="visible")
            assert "n_samples" in alert.inner_text()
            page.locator("#alert-dismiss").click()
            assert alert.is_hidden()
            console.clear()  # the browser logs the 400 it was meant to get
            answer(page, fact)
        else:
            answer(page, fact)
        wait_for_change(page, fact)

        if fact == "goal":
            case_url = page.url
            assert re.search(r"/cases/[0-9a-f]{16}\?lang=en$", case_url), case_url
    else:
        pytest.fail(f"no deployment step after {asked}")

    # The seed's order, and the page followed the stages forward.
    assert asked[:3] == ["goal", "goal_type", "learning_type"]
    assert "tried" in asked
    order = [s["name"] for s in workflow["stages"]]
    assert [order.index(s) for s in stages] == sorted(order.index(s) for s in stages)
    case_id = case_url.split("/cases/")[1].split("?")[0]
    case = get_json(f"{base}/api/cases/{case_id}")
    assert case["facts"]["goal"] == "predict diabetes" and case["facts"]["n_samples"] == 768
    assert page.locator(".fact[data-fact=n_samples] .fact-value").inner_text() == "768"
    # Stages before the current one are drawn as done, the next step is marked.
    current = case["stage"]["name"]
    for name in order[:order.index(current)]:
        assert "done" in page.locator(f'#diagram .node[data-name="{name}"]').get_attribute("class")
    assert page.locator(f'#diagram .node.next[data-name="{case["next_step"]["name"]}"]').count() >= 1
    # The steps the facts chose are the ones the server names (by the ontology's conditions).
    marked = page.eval_on_selector_all(
        "#diagram .node", "(nodes) => nodes.filter((n) => (n.dataset.states || '').split(' ')"
        ".includes('chosen')).map((n) => n.dataset.name)")
    assert marked and set(marked) <= {c["name"] for c in case["chosen"]}, (marked, case["chosen"])
    # Recommendations show rank, kind, explanation and what they are based on.
    rec = page.locator("#recommendations li.rec").first
    shared = rec.get_attribute("data-shared") is not None
    assert rec.locator(".rank").inner_text().endswith(
        "#" + rec.get_attribute("data-rank") + ("=" if shared else ""))
    # a rank the rules give several pieces of advice of one kind is marked "=" on each of them
    ranks = [(r["kind"], r["rank"]) for r in case["recommendations"]]
    for r in case["recommendations"]:
        item = page.locator(f'#recommendations li.rec[data-kind="{r["kind"]}"][data-name="{r["name"]}"]')
        assert (item.get_attribute("data-shared") is not None) == \
            (ranks.count((r["kind"], r["rank"])) > 1), r["name"]
    assert rec.locator(".badge.kind").inner_text().strip()
    assert rec.locator(".explanation").inner_text().strip()
    assert page.locator("#recommendations .because").count() >= 1
    page.screenshot(path=str(tmp_path / "deployment.png"), full_page=True)
    assert_not_blank(tmp_path / "deployment.png")

    # Turkish: the same case (its id is in the URL), labels from the API in Turkish.
    page.locator('a[data-lang="tr"]').click()
    page.wait_for_url(re.compile(r".*/cases/" + case_id + r"\?lang=tr$"))
    page.wait_for_selector(READY)
    assert page.locator("html").get_attribute("lang") == "tr"
    tr_workflow = get_json(base + "/api/workflow?lang=tr")
    differs = 0
    for stage, tr_stage in zip(workflow["stages"], tr_workflow["stages"], strict=True):
        tr_label = get_json(f"{base}/api/concepts/{tr_stage['name']}?lang=tr")["label"]
        assert tr_label == tr_stage["label"]
        label = page.locator(f'#diagram .node[data-name="{stage["name"]}"]').get_attribute("aria-label")
        assert label.startswith(tr_label), (label, tr_label)
        differs += tr_label != stage["label"]
    assert differs >= 3, "the Turkish stage labels are the English ones"
    tr_case = get_json(f"{base}/api/cases/{case_id}?lang=tr")
    assert page.locator("#current-stage").inner_text() == tr_case["stage"]["label"]
    en_labels = {r["name"]: r["label"] for r in case["recommendations"]}
    shown = page.locator("#recommendations .rec .concept-link").all_inner_texts()
    # grouped in the one order of kinds the server gives (the command line's too)
    kinds = get_json(base + "/api/facts?lang=tr")["kinds"]
    kind_order = [k["kind"] for k in kinds]
    assert shown == [r["label"] for r in sorted(tr_case["recommendations"], key=lambda r: (
        kind_order.index(r["kind"]), r["rank"]))]
    present = {r["kind"] for r in tr_case["recommendations"]}
    assert page.locator("#recommendations .rec-group h3").all_text_contents() == [
        k["heading"] for k in kinds if k["kind"] in present]
    assert any(r["label"] != en_labels.get(r["name"]) for r in tr_case["recommendations"])
    assert page.locator(".fact").count() == len(tr_case["facts"]), "the facts survived the reload"

    # A concept: click a stage node, its page opens in Turkish; Escape closes it.
    stage_name = order[3]
    page.locator(f'#diagram .node[data-name="{stage_name}"]').click()
    panel = page.locator("#concept")
    panel.wait_for(state="visible")
    concept = get_json(f"{base}/api/concepts/{stage_name}?lang=tr")
    assert page.locator("#concept-h").inner_text() == concept["label"]
    shown_definition = " ".join(page.locator("#concept .definition").inner_text().split())
    assert concept["definition"] and shown_definition == " ".join(concept["definition"].split())
    for child in concept["children"][:3]:
        assert panel.locator(f'.concept-link[data-concept="{child["name"]}"]').count() == 1
    page.screenshot(path=str(tmp_path / "concept.png"))
    assert_not_blank(tmp_path / "concept.png")
    page.keyboard.press("Escape")
    panel.wait_for(state="hidden")
    # ... and from the keyboard: a focused step node opens with Enter.
    step_node = page.locator("#diagram .node.step").first
    step_node.focus()
    page.keyboard.press("Enter")
    panel.wait_for(state="visible")
    assert page.locator("#concept-h").inner_text() == get_json(
        f"{base}/api/concepts/{step_node.get_attribute('data-name')}?lang=tr")["label"]
    page.locator("#concept-close").click()

    # The way back: the top algorithm did not work; the advice moves on.
    algorithms = page.locator('#recommendations ol[data-kind="algorithm"] > li')
    top = algorithms.first.get_attribute("data-name")
    page.locator("#tried-body select").select_option(top)
    page.locator("#tried-body .outcome[data-outcome=not_working]").click()
    page.wait_for_function(
        """(top) => { const li = document.querySelector('#recommendations ol[data-kind="algorithm"] > li');
                      return !li || li.dataset.name !== top; }""", arg=top)
    assert page.locator("#alert").is_hidden()
    after = get_json(f"{base}/api/cases/{case_id}")
    assert {"algorithm": top, "outcome": "not_working"} in after["facts"]["tried"]
    new_top = [r["name"] for r in after["recommendations"] if r["kind"] == "algorithm"]
    assert new_top and new_top[0] != top  # the next candidate moved up
    assert page.locator(".fact[data-fact=tried]").count() == 1

    # A fact changed and one withdrawn, from the facts list.
    page.locator(".fact[data-fact=has_outliers] .change").click()
    page.locator('.fact[data-fact=has_outliers] .answer[data-value="false"]').click()
    page.wait_for_function("""() => document.querySelector('.fact[data-fact=has_outliers] .change')""")
    assert get_json(f"{base}/api/cases/{case_id}")["facts"]["has_outliers"] is False
    page.locator(".fact[data-fact=skewed] .withdraw").click()
    page.wait_for_function("() => !document.querySelector('.fact[data-fact=skewed]')")
    assert "skewed" not in get_json(f"{base}/api/cases/{case_id}")["facts"]
    assert question(page) == "skewed", "a withdrawn fact is asked again"

    assert list(console) == [], console


def test_phone_width_and_reload(browser, live_server, tmp_path):
    """375 px wide: no horizontal scroll, the diagram drawn, the same case after a reload."""
    console = Console()
    case = json.load(urllib.request.urlopen(urllib.request.Request(
        live_server + "/api/cases", data=json.dumps({"facts": {k: DIABETES[k] for k in (
            "goal", "goal_type", "learning_type", "has_data", "data_structure")}}).encode(),
        headers={"Content-Type": "application/json"}), timeout=20))
    context = browser.new_context(viewport={"width": 375, "height": 812}, device_scale_factor=2,
                                  is_mobile=True, has_touch=True)
    page = console.watch(context.new_page())
    try:
        page.goto(f"{live_server}/cases/{case['id']}")
        page.wait_for_selector(READY)
        widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], f"horizontal scroll at 375 px: {widths}"
        svg = page.locator("#diagram svg").bounding_box()
        assert svg and svg["width"] <= 375 and svg["height"] > 200
        assert page.locator(".fact[data-fact=goal]").count() == 1
        page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
        assert_not_blank(tmp_path / "phone.png")
        page.reload()
        page.wait_for_selector(READY)
        assert page.locator("#question").get_attribute("data-fact") == case["next_question"]["fact"]
    finally:
        context.close()
    assert list(console) == [], console


def upload_from_drop_zone(page, live_server, csv, target):
    """Open the page, send ``csv`` through the drop zone's file input with ``target``, and
    wait until its facts are shown or the page says why not."""
    page.goto(live_server + "/")
    page.wait_for_selector(READY)
    page.locator("#csv-file").set_input_files(str(csv))
    page.locator("#csv-target").fill(target)
    page.locator("#csv-submit").click()
    page.wait_for_function("""() => document.querySelector('.fact[data-source=profile]')
                                    || !document.getElementById('alert').hidden""")


def test_a_dropped_csv_is_profiled(page, console, live_server, tmp_path):
    """A CSV chosen in the drop zone's file input is profiled; its facts are marked profiled."""
    rows = ["pregnancies,glucose,bmi,age,outcome"]
    for i in range(120):
        rows.append(f"{i % 7},{80 + (i * 37) % 120},{18 + (i * 13) % 25}.5,{21 + i % 50},{int(i % 3 == 0)}")
    csv = tmp_path / "diabetes.csv"
    csv.write_text("\n".join(rows) + "\n")
    upload_from_drop_zone(page, live_server, csv, "outcome")
    assert page.locator("#alert").is_hidden(), page.locator("#alert").inner_text()
    assert re.search(r"/cases/[0-9a-f]{16}", page.url)
    profiled = page.locator(".fact[data-source=profile]")
    assert profiled.count() >= 2
    assert profiled.first.locator(".badge.source-profile").count() == 1
    assert page.locator(".fact[data-fact=n_samples] .fact-value").inner_text() == "120"
    assert list(console) == [], console


def test_pages_without_a_browser(client):
    """/ stores nothing; an unknown case is a 404 page; the static files are served."""
    response = client.get("/?lang=tr")
    assert response.status_code == 200 and b'<html lang="tr">' in response.data
    assert client.get("/?lang=xx").status_code == 200  # an unknown language falls back to English
    assert client.get("/cases/0123456789abcdef").status_code == 404
    assert client.get("/cases/not-an-id").status_code == 404
    for name in ("app.js", "api.js", "diagram.js", "style.css", "favicon.svg"):
        assert client.get(f"/static/{name}").status_code == 200, name
    # Every module the page imports, one per panel, is served from static/ (no bundler).
    seen, todo = set(), ["app.js"]
    while todo:
        name = todo.pop()
        seen.add(name)
        source = client.get(f"/static/{name}")
        assert source.status_code == 200 and "javascript" in source.mimetype, name
        todo += [m for m in re.findall(r'from "\./([\w-]+\.js)"', source.get_data(as_text=True))
                 if m not in seen]
    assert {"common.js", "question.js", "recommendations.js", "facts.js"} <= seen
    # No CDN, no external fonts: every script, style and image is served by the app.
    html = response.data.decode()
    assert not re.search(r"""(src|href)=["']https?://""", html)


def test_a_csv_with_infinite_values_does_not_break_the_page(page, console, live_server, tmp_path):
    """Issue 10: 'inf' values came back as "max": Infinity, which JSON.parse refuses, and the
    page failed with "Cannot read properties of null" although the facts were stored. The
    answer is strict JSON now: the page shows the profiled facts, or the server's own
    message if the profiler refuses the file."""
    rows = ["a,b,outcome"] + [f"{i},{'inf' if i % 10 == 0 else '-inf' if i % 10 == 1 else i},"
                              f"{i % 2}" for i in range(60)]
    csv = tmp_path / "inf.csv"
    csv.write_text("\n".join(rows) + "\n")
    upload_from_drop_zone(page, live_server, csv, "outcome")
    alert = page.locator("#alert")
    if alert.is_hidden():
        assert page.locator(".fact[data-fact=n_samples] .fact-value").inner_text() == "60"
    else:
        assert "Cannot read properties" not in alert.inner_text()
        assert "column" in alert.inner_text().lower(), alert.inner_text()
    assert list(console) == [], console
