"""Single requests that used to answer 500 or echo their whole input (issue 10, items 5-7),
sent to a live `mlwf serve` as raw bytes: each is a 4xx with {"error", "detail"}, every
answer is strict JSON, and an error quotes at most a short prefix of a bad value."""
from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.slow


def _strict(body: bytes):
    """JSON as a browser's JSON.parse reads it: NaN and Infinity are not JSON."""
    def refuse(name):
        raise AssertionError(f"{name} in an answer: not JSON")
    return json.loads(body, parse_constant=refuse)


def send(url: str, method: str = "GET", body: bytes | None = None,
         content_type: str = "application/json", headers: dict | None = None):
    request = urllib.request.Request(url, data=body, method=method,
                                     headers={"Content-Type": content_type, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as exc:
        status, raw = exc.code, exc.read()
    return status, (_strict(raw) if raw else None), raw


@pytest.fixture(scope="module")
def case(live_server):
    status, doc, _ = send(live_server + "/api/cases", "POST",
                          json.dumps({"facts": {"goal": "predict diabetes"}}).encode())
    assert status == 201
    return doc["id"]


def _refused(status: int, doc, *words: str) -> None:
    assert 400 <= status < 500, (status, doc)
    assert set(doc) == {"error", "detail"}, doc
    text = (doc["error"] + " " + (doc["detail"] or "")).lower()
    for word in words:
        assert word.lower() in text, (word, doc)


@pytest.mark.parametrize("path", ["/api/advise", "/api/cases", "/api/cases/{id}/facts"])
@pytest.mark.parametrize("body, words", [
    (rb'{"facts": {"goal": "\ud800"}}', ["surrogate"]),
    (rb'{"facts": {"goal": "predict"}, "lang": "\udfff"}', ["surrogate"]),
    (rb'{"facts": {"\ud800": 1}}', ["surrogate"]),
    (b"[" * 200_000 + b"]" * 200_000, ["nested too deeply"]),
    (b'{"facts": {"missing_ratio": NaN}}', ["NaN"]),
    (b'{"facts": {"n_samples": Infinity}}', ["Infinity"]),
    (b'{"facts": ', ["not valid JSON"]),
    (b'\xff\xfe{}', ["not valid JSON"]),
], ids=["surrogate", "surrogate-lang", "surrogate-key", "deep", "nan", "infinity",
        "cut-off", "not-utf8"])
def test_bad_json_is_a_400_naming_the_problem(live_server, case, path, body, words):
    status, doc, _ = send(live_server + path.format(id=case), "POST", body)
    _refused(status, doc, *words)
    assert status == 400


def test_a_surrogate_pair_is_a_character_and_is_kept(live_server, case):
    """The check refuses lone surrogates only: an escaped pair is one real character."""
    status, doc, _ = send(f"{live_server}/api/cases/{case}/facts", "POST",
                          rb'{"facts": {"goal": "predict \ud83d\ude00 churn"}}')
    assert status == 200, doc
    assert doc["facts"]["goal"] == "predict \U0001F600 churn"


@pytest.mark.parametrize("method, route", [
    ("GET", "/api/cases/{id}%0A"), ("POST", "/api/cases/{id}%0A/facts"),
    ("DELETE", "/api/cases/{id}%0A/facts/goal"), ("POST", "/api/cases/{id}%0A/dataset"),
    ("DELETE", "/api/cases/{id}%0A"), ("GET", "/api/cases/{id}%0D"),
    ("GET", "/api/cases/%0A{id}"),
])
def test_a_case_id_with_a_newline_is_no_case(live_server, case, method, route):
    """The id pattern is matched whole: "$" alone let a final newline through to the store."""
    status, doc, _ = send(live_server + route.format(id=case), method,
                          json.dumps({"facts": {"goal": "x"}}).encode())
    _refused(status, doc)
    assert status in (403, 404)  # deleting answers 403 first: this server has no admin token
    # and the case itself is untouched
    status, doc, _ = send(f"{live_server}/api/cases/{case}")
    assert status == 200 and doc["facts"]["goal"]


def test_the_page_of_a_case_id_with_a_newline_is_not_found(live_server, case):
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(f"{live_server}/cases/{case}%0A", timeout=30)
    assert answer.value.code == 404


@pytest.mark.parametrize("facts, field", [
    ({"goal": "x" * 5_000_000}, "goal"),
    ({"task": "c" * 5_000_000}, "task"),
    ({"n_samples": "9" * 5_000_000}, "n_samples"),
    ({"k" * 5_000_000: 1}, "k"),
    ({"tried": [{"algorithm": "A" * 5_000_000, "outcome": "good"}]}, "tried"),
    ({"feature_types": ["continuous", "z" * 5_000_000]}, "feature_types"),
])
def test_an_error_quotes_only_a_prefix_of_a_huge_value(live_server, case, facts, field):
    for path in ("/api/advise", f"/api/cases/{case}/facts"):
        status, doc, raw = send(live_server + path, "POST", json.dumps({"facts": facts}).encode())
        _refused(status, doc, field)
        assert status == 400
        assert len(raw) < 2_000, f"a {len(raw):,}-byte error for a 5 MB value"
        assert "5,000,000 characters" in doc["error"]  # says how long the whole value was


@pytest.mark.parametrize("route", ["/api/concepts?kind=", "/api/concepts?stage=",
                                   "/api/concepts/", "/api/workflow?lang=",
                                   "/api/cases/"])
def test_a_long_query_value_is_not_echoed(live_server, route):
    status, doc, raw = send(live_server + route + "Z" * 6000)
    _refused(status, doc)
    assert len(raw) < 2_000, raw[:300]


def test_a_csv_with_infinite_values_answers_strict_json(live_server, case):
    """The profiler may or may not describe an infinite column; whatever it says comes back
    as JSON a browser can read (issue 10, item 5: "max": Infinity broke the page)."""
    csv = b"a,b,label\n1,inf,x\n2,-inf,y\n3,5,x\n4,nan,y\n5,1e400,x\n6,-1e400,y\n"
    boundary = "mlwfboundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"inf.csv\"\r\nContent-Type: text/csv\r\n\r\n").encode() + csv + \
        f"\r\n--{boundary}--\r\n".encode()
    status, doc, raw = send(f"{live_server}/api/cases/{case}/dataset", "POST", body,
                            f"multipart/form-data; boundary={boundary}")
    assert b"Infinity" not in raw and b"NaN" not in raw, raw[:500]
    assert status in (200, 400), doc  # described, or refused naming the column
    if status == 400:
        _refused(status, doc)
    else:
        assert doc["facts"]["n_samples"] == 6


def test_answers_never_hold_non_finite_numbers(app):
    """The app's JSON provider writes whatever a producer hands it as strict JSON."""
    with app.test_request_context():
        text = app.json.dumps({"max": float("inf"), "mean": float("nan"),
                               "min": [-float("inf"), 1.5], "n": 2})
        response = app.json.response({"x": float("nan")})
    assert _strict(text.encode()) == {"max": None, "mean": None, "min": [None, 1.5], "n": 2}
    assert _strict(response.get_data()) == {"x": None}
