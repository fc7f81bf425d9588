"""The README's Turkish screenshot (docs/page-tr.png): the "predict diabetes" case opened by a
browser that prefers Turkish (Accept-Language tr-TR, no ?lang). Needs chromium, as the page
tests do. Run: .venv/bin/python tools/screenshot_tr.py"""
import shutil
import tempfile
import threading

from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

from mlwf.server.app import create_app

app = create_app({"STORE_PATH": tempfile.mkdtemp()})
c = app.test_client()
doc = c.post("/api/cases", json={"facts": {"goal": "diyabeti tahmin etmek", "goal_type": "business",
      "learning_type": "supervised", "target_type": "binary", "n_samples": 768,
      "feature_types": ["continuous", "discrete"], "missing_ratio": 0.05, "has_outliers": True,
      "class_balance": "imbalanced"}}).get_json()
srv = make_server("127.0.0.1", 0, app, threaded=True)
threading.Thread(target=srv.serve_forever, daemon=True).start()
with sync_playwright() as p:
    b = p.chromium.launch(executable_path=shutil.which("chromium"))
    pg = b.new_page(viewport={"width": 1300, "height": 1150}, locale="tr-TR")
    pg.goto(f"http://127.0.0.1:{srv.server_port}/cases/{doc['id']}")
    pg.wait_for_selector(".rec")
    pg.screenshot(path="docs/page-tr.png", full_page=False)
    b.close()
srv.shutdown()
