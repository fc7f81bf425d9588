"""The page's "Try the top candidates on my data" in a real browser (Playwright driving
Debian's chromium, as tests/test_page.py): the progress bar moves, the leaderboard shows
what the API returned, and the case's advice moves on."""
from __future__ import annotations

import re

import pytest
from test_page import READY, browser, console, get_json, page  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow


def test_try_the_top_candidates_in_the_browser(page, console, live_server, tmp_path):  # noqa: F811
    from palmerpenguins import load_penguins
    csv = tmp_path / "penguins.csv"
    load_penguins().to_csv(csv, index=False)
    page.goto(live_server + "/")
    page.wait_for_selector(READY)
    page.locator("#csv-file").set_input_files(str(csv))
    page.locator("#csv-target").fill("species")
    button = page.locator("#evaluate-submit")
    assert button.inner_text() == "Try the top candidates on my data"
    button.click()
    # The progress bar appears and fills as folds finish.
    page.wait_for_function("""() => !document.getElementById('evaluate-progress').hidden
                                    || !document.getElementById('alert').hidden""")
    assert page.locator("#alert").is_hidden(), page.locator("#alert").inner_text()
    page.wait_for_function("""() => document.querySelector('#evaluate-result table')
                                    || !document.getElementById('alert').hidden""", timeout=240_000)
    assert page.locator("#alert").is_hidden(), page.locator("#alert").inner_text()
    progress = page.locator("#evaluate-progress")
    assert progress.get_attribute("value") == progress.get_attribute("max") != "1"

    case_id = re.search(r"/cases/([0-9a-f]{16})", page.url).group(1)
    jobs = [row for row in page.locator("#evaluate-result tbody tr").all()]
    shown = [(row.get_attribute("data-algorithm"), row.get_attribute("data-outcome")) for row in jobs]
    case = get_json(f"{live_server}/api/cases/{case_id}")
    tried = {t["algorithm"]: t["outcome"] for t in case["facts"]["tried"]}
    assert dict(shown) == tried and len(shown) == 3
    assert page.locator("#evaluate-result caption").inner_text().startswith("Accuracy under")
    # The advice moved: the page shows the case's new next step, and the runs are tried.
    page.wait_for_function("""(step) => document.getElementById('where-body').innerText.includes(step)""",
                           arg=case["next_step"]["label"])
    assert page.locator(".fact[data-fact=tried]").count() == 1
    assert list(console) == [], console
