"""Profiling a CSV: real datasets from installed packages (expectations from their
documentation), the hard column types, bad input, chunked reading, and the three ways in
(the command line, the HTTP upload, profile_csv itself)."""
import io
import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from mlwf.profiling import profile as profile_mod
from mlwf.profiling.profile import ProfileError, ProfileTooLarge, profile_csv
from mlwf.rules.facts import normalize_facts
from mlwf.server.errors import status_of  # the HTTP status each kind is answered with

NUMERIC = {"continuous", "discrete"}
CATEGORICAL = {"nominal", "ordinal", "boolean"}


def mlwf(*args):
    return subprocess.run([sys.executable, "-m", "mlwf.cli", *args],
                          capture_output=True, text=True, timeout=120)


def write(tmp_path, name, frame, **kw):
    path = tmp_path / name
    frame.to_csv(path, index=False, **kw)
    return path


def types(profile):
    return {c["name"]: c["stat_type"] for c in profile.columns}


def column(profile, name):
    return next(c for c in profile.columns if c["name"] == name)


def sklearn_csv(tmp_path, loader):
    bunch = loader(as_frame=True)
    return write(tmp_path, f"{loader.__name__}.csv", bunch.frame)


@pytest.fixture
def penguins_csv(tmp_path):
    from palmerpenguins import load_penguins
    return write(tmp_path, "penguins.csv", load_penguins())


# -- real datasets -----------------------------------------------------------------------------

def test_iris(tmp_path):
    """sklearn docs: 150 instances, 4 numeric attributes, 3 classes of 50."""
    from sklearn.datasets import load_iris
    p = profile_csv(sklearn_csv(tmp_path, load_iris), "target")
    f = p.facts
    assert f["n_samples"] == 150 and f["n_features"] == 4
    assert f["feature_types"] == ["continuous"]
    assert f["target_type"] == "nominal" and f["n_classes"] == 3
    assert p.target["class_counts"] == {"0": 50, "1": 50, "2": 50}
    assert f["class_balance"] == "balanced" and f["minority_share"] == pytest.approx(1 / 3, abs=1e-3)
    assert f["missing_ratio"] == 0 and f["labeled"] is True and f["learning_type"] == "supervised"
    assert normalize_facts(f) == f


def test_wine(tmp_path):
    """sklearn docs: 178 instances, 13 numeric attributes, classes of 59, 71 and 48."""
    from sklearn.datasets import load_wine
    p = profile_csv(sklearn_csv(tmp_path, load_wine), "target")
    assert p.facts["n_samples"] == 178 and p.facts["n_features"] == 13
    assert set(p.facts["feature_types"]) <= NUMERIC
    assert p.target["class_counts"] == {"1": 71, "0": 59, "2": 48}
    assert p.facts["n_classes"] == 3 and p.facts["target_type"] in ("nominal", "ordinal")


def test_breast_cancer(tmp_path):
    """sklearn docs: 569 instances, 30 numeric attributes, 212 malignant (0), 357 benign (1)."""
    from sklearn.datasets import load_breast_cancer
    p = profile_csv(sklearn_csv(tmp_path, load_breast_cancer), "target")
    assert p.facts["n_samples"] == 569 and p.facts["n_features"] == 30
    assert p.facts["feature_types"] == ["continuous"]
    assert p.facts["target_type"] == "binary" and p.facts["n_classes"] == 2
    assert p.target["class_counts"] == {"1": 357, "0": 212}
    assert p.facts["minority_share"] == pytest.approx(212 / 569, abs=1e-4)
    # Several of the 30 measurements (areas, errors) are long-tailed.
    assert p.facts["skewed"] is True and p.facts["has_outliers"] is True


def test_diabetes_is_regression(tmp_path, consult):
    """sklearn docs: 442 instances, 10 features (sex among them), target a quantitative
    measure of disease progression, whole numbers 25-346."""
    from sklearn.datasets import load_diabetes
    p = profile_csv(sklearn_csv(tmp_path, load_diabetes), "target")
    assert p.facts["n_samples"] == 442 and p.facts["n_features"] == 10
    assert p.facts["target_type"] == "continuous"
    assert "n_classes" not in p.facts and p.target["class_counts"] is None
    assert column(p, "sex")["stat_type"] == "boolean"
    assert column(p, "target")["min"] == 25 and column(p, "target")["max"] == 346
    assert consult(**p.facts)["facts"]["task"] == "regression"


def test_penguins(penguins_csv):
    """palmerpenguins docs: 344 penguins, 8 variables; species, island and sex are factors;
    2 rows lack the measurements and 11 the sex; 152 Adelie, 68 Chinstrap, 124 Gentoo;
    year is 2007, 2008 or 2009."""
    p = profile_csv(penguins_csv, "species")
    t = types(p)
    assert p.facts["n_samples"] == 344 and p.table["n_columns"] == 8 and p.facts["n_features"] == 7
    assert t["species"] == t["island"] == "nominal"
    assert t["sex"] == "boolean"      # a factor of two levels, as a 0/1 column is
    for name in ("bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"):
        assert t[name] in NUMERIC
        assert column(p, name)["missing_ratio"] == pytest.approx(2 / 344, abs=1e-4)
    assert column(p, "sex")["missing_ratio"] == pytest.approx(11 / 344, abs=1e-4)
    assert p.facts["missing_ratio"] == pytest.approx((4 * 2 + 11) / (344 * 8), abs=1e-4)
    assert p.target["class_counts"] == {"Adelie": 152, "Gentoo": 124, "Chinstrap": 68}
    assert p.facts["target_type"] == "nominal" and p.facts["n_classes"] == 3
    assert p.facts["minority_share"] == pytest.approx(68 / 344, abs=1e-4)
    assert column(p, "year")["min"] == 2007 and column(p, "year")["max"] == 2009
    # Rows are grouped by species, so the years run 2007-2009 three times: not a time order.
    assert p.facts["time_ordered"] is False
    # The facts the README prints: every measurement is near symmetric (|skew| < 0.7),
    # none has a value beyond 1.5 IQR of its quartiles, and the rarest species (68 of 344,
    # 0.198) is above 40 % of an even three-way share (0.133).
    assert p.facts["skewed"] is False and p.facts["has_outliers"] is False
    assert p.facts["class_balance"] == "balanced"


def test_statsmodels_macrodata_is_time_ordered(tmp_path):
    """statsmodels docs: 203 quarterly observations, 1959q1-2009q3, 14 variables; quarter 1-4."""
    from statsmodels.datasets import macrodata
    p = profile_csv(write(tmp_path, "macro.csv", macrodata.load_pandas().data), "realgdp")
    assert p.facts["n_samples"] == 203 and p.table["n_columns"] == 14
    assert p.facts["time_ordered"] is True and p.table["time_column"] == "year"
    assert column(p, "quarter")["stat_type"] in ("ordinal", "nominal")
    assert p.facts["target_type"] == "continuous"


def test_statsmodels_fair_coded_columns(tmp_path):
    """statsmodels docs: 6366 observations; rate_marriage 1-5 (very poor .. very good) and
    religious 1-4 (not .. strongly) are scales; occupation 1-6 codes job groups; children
    is a number of children; affairs a measure of time."""
    from statsmodels.datasets import fair
    p = profile_csv(write(tmp_path, "fair.csv", fair.load_pandas().data), "affairs")
    t = types(p)
    assert p.facts["n_samples"] == 6366
    assert t["rate_marriage"] == t["religious"] == "ordinal"
    assert t["occupation"] == t["occupation_husb"] == "nominal"
    assert t["children"] == "discrete"
    assert p.facts["target_type"] == "continuous"


def test_statsmodels_anes96(tmp_path):
    """statsmodels docs: 944 respondents; vote 0 Clinton / 1 Dole; selfLR, ClinLR, DoleLR
    and educ are 1-7 scales; TVnews counts times per week; PID is a 0-6 scale."""
    from statsmodels.datasets import anes96
    p = profile_csv(write(tmp_path, "anes.csv", anes96.load_pandas().data), "vote")
    t = types(p)
    assert p.facts["n_samples"] == 944 and p.facts["target_type"] == "binary"
    assert t["selfLR"] == t["ClinLR"] == t["DoleLR"] == t["educ"] == "ordinal"
    # Times per week (0-7) and a 0-6 party scale look alike: both read as ordered levels,
    # and the confidence says the values alone cannot settle it.
    assert t["PID"] == "ordinal"
    assert t["TVnews"] in ("discrete", "ordinal")
    assert column(p, "PID")["confidence"] <= 0.6 and column(p, "TVnews")["confidence"] <= 0.6


# -- the hard column types -----------------------------------------------------------------------

@pytest.fixture
def hard(tmp_path):
    rng = np.random.default_rng(7)
    n = 240
    words = ["great", "product", "would", "buy", "again", "terrible", "support", "slow", "fast",
             "delivery", "cheap", "broken", "love", "it"]
    likert = ["strongly disagree", "disagree", "neutral", "agree", "strongly agree"]
    gaps = rng.normal(10, 2, n).round(2).astype(object)
    gaps[[3, 50, 199]] = None
    tokens = rng.normal(5, 1, n).round(3).astype(object)
    tokens[[0, 7]] = ["-", "n.a."]
    frame = pd.DataFrame({
        "id": np.arange(1, n + 1),
        "customer_id": [f"C{i:05d}" for i in rng.permutation(n)],
        "token": [f"{x:016x}" for x in rng.integers(0, 2 ** 62, n)],
        "flag": rng.integers(0, 2, n),
        "answer": rng.choice(["yes", "no"], n),
        "q1": rng.integers(1, 5, n),
        "region_code": rng.integers(1, 5, n),
        "level": rng.choice(["low", "medium", "high"], n),
        "size": rng.choice(["small", "medium", "large"], n),
        "grade": rng.choice(list("ABCDF"), n),
        "opinion": rng.choice(likert, n),
        "signup": (pd.Timestamp("2021-01-01") + pd.to_timedelta(rng.integers(0, 900, n), unit="D")
                   ).strftime("%Y-%m-%d"),
        "birthday": (pd.Timestamp("1970-01-01") + pd.to_timedelta(rng.integers(0, 9000, n), unit="D")
                     ).strftime("%d/%m/%Y"),
        "weight": gaps,
        "lab_value": tokens,
        "review": [" ".join(rng.choice(words, rng.integers(4, 12))) for _ in range(n)],
        "country": rng.choice(["TR", "DE", "FR", "US", "JP"], n),
        "source": "web",
        "price": rng.lognormal(3, 1, n).round(2),
        "churn": rng.choice(["yes", "no"], n, p=[0.1, 0.9]),
    })
    return write(tmp_path, "hard.csv", frame)


def test_hard_types(hard):
    p = profile_csv(hard, "churn")
    t = types(p)
    assert t["id"] == t["customer_id"] == t["token"] == "identifier"
    assert t["flag"] == t["answer"] == "boolean"
    assert t["q1"] in CATEGORICAL and t["region_code"] == "nominal"
    assert t["level"] == t["size"] == t["grade"] == t["opinion"] == "ordinal"
    assert column(p, "level")["order"] == ["low", "medium", "high"]
    assert column(p, "size")["order"] == ["small", "medium", "large"]
    assert column(p, "grade")["order"] == ["A", "B", "C", "D", "F"]
    assert column(p, "opinion")["order"] == ["strongly disagree", "disagree", "neutral", "agree",
                                             "strongly agree"]
    assert t["signup"] == t["birthday"] == "datetime"
    assert t["weight"] == "continuous" and column(p, "weight")["missing_ratio"] == pytest.approx(3 / 240, abs=1e-4)
    assert t["lab_value"] == "continuous" and column(p, "lab_value")["missing_ratio"] == pytest.approx(2 / 240, abs=1e-4)
    assert "'n.a.'" in str(column(p, "lab_value")["reason"])
    assert t["review"] == "text" and t["country"] == "nominal" and t["source"] == "constant"
    assert column(p, "price")["skew"] > 1 and p.facts["skewed"] is True
    assert column(p, "country")["cardinality"] == 5
    for c in p.columns:
        assert 0 <= c["confidence"] <= 1 and str(c["reason"]).endswith(".")
    # ids and the constant tell nothing about the target: they are not counted as features.
    assert set(p.table["ignored_columns"]) == {"id", "customer_id", "token", "source"}
    assert p.facts["n_features"] == 15
    assert p.facts["target_type"] == "binary" and p.facts["class_balance"] == "imbalanced"
    assert p.facts["time_ordered"] is False  # the dates are in random order


def test_sorted_dates_give_time_order_and_text_gives_text_modality(tmp_path):
    days = pd.date_range("2020-01-01", periods=120, freq="D").strftime("%Y-%m-%d")
    frame = pd.DataFrame({"day": days, "sales": np.arange(120) * 1.5 + 0.25})
    p = profile_csv(write(tmp_path, "sales.csv", frame), "sales")
    assert p.facts["time_ordered"] is True and p.table["time_column"] == "day"
    assert column(p, "day")["min"] == "2020-01-01"
    notes = pd.DataFrame({"note": [f"note number {i} says the item arrived late again" for i in range(80)],
                          "label": ["a", "b"] * 40})
    p = profile_csv(write(tmp_path, "notes.csv", notes), "label")
    assert p.facts["modality"] == "text" and p.facts["feature_types"] == ["text"]


def test_duplicates_and_integer_target_codes(tmp_path):
    frame = pd.DataFrame({"x": [1.5, 2.5, 1.5, 3.5, 1.5] * 10, "quality": [3, 4, 3, 5, 3] * 10})
    p = profile_csv(write(tmp_path, "dup.csv", frame), "quality")
    assert p.table["duplicate_rows"] == 47
    # A target of a few whole numbers not starting at 0 (a quality score) is an ordered class.
    assert p.facts["target_type"] == "ordinal" and p.facts["n_classes"] == 3


# -- reading: delimiters, chunks, streams -----------------------------------------------------

@pytest.mark.parametrize("sep", [";", "\t", "|"])
def test_delimiter_is_sniffed(tmp_path, sep):
    frame = pd.DataFrame({"a": [1.5, 2.25, 3.0] * 10, "b": ["x, y", "z", "w"] * 10})
    p = profile_csv(write(tmp_path, "d.csv", frame, sep=sep))
    assert p.table["delimiter"] == sep and [c["name"] for c in p.columns] == ["a", "b"]


def test_chunked_reading_matches_one_pass(hard, monkeypatch):
    whole = profile_csv(hard, "churn")
    seen = []
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 37)
    monkeypatch.setattr(profile_mod, "SAMPLE_ROWS", 100)
    chunked = profile_csv(hard, "churn", progress=seen.append)
    assert seen == [37 * i for i in range(1, 7)] + [240]
    assert types(chunked) == types(whole)
    assert chunked.target == whole.target and chunked.table == whole.table
    for name in ("n_samples", "missing_ratio", "feature_types", "n_classes", "minority_share"):
        assert chunked.facts[name] == whole.facts[name]


def test_many_distinct_values_past_the_exact_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(profile_mod, "LEVEL_CAP", 20)
    monkeypatch.setattr(profile_mod, "SKETCH_SIZE", 256)
    rng = np.random.default_rng(1)
    frame = pd.DataFrame({"user": [f"u{i}" for i in range(5000)],
                          "shop": rng.choice([f"shop{i}" for i in range(1000)], 5000),
                          "y": rng.normal(size=5000)})
    p = profile_csv(write(tmp_path, "many.csv", frame), "y")
    assert column(p, "user")["stat_type"] == "identifier"
    shop = column(p, "shop")
    assert shop["stat_type"] == "nominal" and 800 <= shop["cardinality"] <= 1200
    assert p.facts["high_cardinality"] is True


def test_integer_column_gaining_gaps_in_a_later_chunk(tmp_path, monkeypatch):
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 50)
    ids = [str(i) for i in range(1, 101)]
    counts = [str(i % 7) for i in range(100)]
    counts[80] = ""
    text = "id,n_visits,y\n" + "".join(f"{a},{b},{i % 2}\n" for i, (a, b) in enumerate(zip(ids, counts, strict=True)))
    p = profile_csv(io.BytesIO(text.encode()), "y")
    assert types(p)["id"] == "identifier" and types(p)["n_visits"] == "discrete"
    assert column(p, "n_visits")["missing_ratio"] == 0.01


def test_stream_source_in_windows_1252():
    data = "name,city,score\nJosé,Málaga,3.5\nRené,Zürich,4.0\nAnn,Köln,1.5\n".encode("cp1252")
    p = profile_csv(io.BytesIO(data))
    assert p.table["encoding"] == "cp1252" and p.facts["n_samples"] == 3
    assert "Zürich" in column(p, "city")["top_values"]


# -- bad input ------------------------------------------------------------------------------------

@pytest.mark.parametrize("content, fragment", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"a,b,c\n", "no data rows"),
    (b"5.1,3.5,1.4,0.2,setosa\n4.9,3.0,1.4,0.2,setosa\n", "no header"),
    (b"a b\n" + b"1 2\n" * 10 + b"3 4 5\n" + b"6 7\n" * 10,
     "line 12 has 3 fields where the header has 2 (spaces-separated)"),
    (b"a;b;c\n1,2,3\n4,5,6\n7,8,9\n", "do not use one delimiter"),
    (b"a,b\n" + b"1,2\n" * 10 + b"3,4,5\n" + b"6,7\n" * 10, "line 12 has 3 fields"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (bytes(range(256)) * 4, "binary"),
    ("a,b\n".encode("utf-16"), "binary"),
])
def test_bad_input_is_refused_clearly(tmp_path, content, fragment):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ProfileError) as err:
        profile_csv(path)
    assert fragment in str(err.value.message)
    assert status_of(err.value) == 400 and str(err.value.detail)  # what is allowed


def test_unknown_target_lists_the_columns(penguins_csv):
    with pytest.raises(ProfileError) as err:
        profile_csv(penguins_csv, "Species")
    assert "'Species' is not in the file" in str(err.value.message)
    assert "did you mean 'species'" in str(err.value.detail) and "island" in str(err.value.detail)


def test_unusable_target(tmp_path):
    frame = pd.DataFrame({"id": range(1, 31), "x": np.linspace(0, 1, 30), "c": ["k"] * 30})
    path = write(tmp_path, "t.csv", frame)
    for target, fragment in (("id", "identifier"), ("c", "single value")):
        with pytest.raises(ProfileError, match=fragment):
            profile_csv(path, target)


def test_over_the_size_limit(penguins_csv):
    with pytest.raises(ProfileTooLarge) as err:
        profile_csv(penguins_csv, max_bytes=1000)
    assert status_of(err.value) == 413 and "1,000 bytes" in str(err.value.message)
    with pytest.raises(ProfileTooLarge):  # a stream's length is only known by reading it
        profile_csv(io.BytesIO(penguins_csv.read_bytes() * 400), max_bytes=100_000)
    assert profile_csv(penguins_csv, max_bytes=1_000_000).facts["n_samples"] == 344


def test_missing_file():
    with pytest.raises(ProfileError, match="no such file"):
        profile_csv("/nonexistent/data.csv")


# -- the command line -----------------------------------------------------------------------------

def test_cli_profile_text_and_json(penguins_csv):
    out = mlwf("profile", str(penguins_csv), "--target", "species")
    assert out.returncode == 0, out.stderr
    assert "344 rows, 8 columns" in out.stdout
    assert "island" in out.stdout and "nominal" in out.stdout and 'target_type = "nominal"' in out.stdout
    out = mlwf("profile", str(penguins_csv), "--target", "species", "--json")
    doc = json.loads(out.stdout)
    assert {"columns", "target", "table", "facts", "reasons"} <= set(doc)
    assert doc["target"]["class_counts"]["Chinstrap"] == 68
    assert all({"name", "stat_type", "confidence", "missing_ratio", "reason"} <= set(c)
               for c in doc["columns"])


def test_cli_profile_error(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("x;y\n1,2\n3,4\n5,6\n")
    out = mlwf("profile", str(path))
    assert out.returncode == 2 and out.stderr.startswith("mlwf: the header splits on semicolon "
                                                         "(';') into 2 columns")
    assert "Traceback" not in out.stderr


def test_cli_profile_refuses_a_blank_first_line_of_a_one_column_file(tmp_path):
    """A file of one column whose first line is blank (PyAstronomy's constants, written as an
    INI file) has an empty header: refused with the reason, never a stack trace."""
    path = tmp_path / "constants.dat"
    path.write_text("\n[AstronomicalUnit]\ndescr   = Astronomical Unit\nsymbol  = AU\n\n"
                    "[Parsec]\ndescr   = Parsec\nsymbol  = pc\n")
    out = mlwf("profile", str(path))
    assert out.returncode == 2, out
    assert out.stderr.startswith("mlwf: the first line is empty"), out.stderr
    assert "Traceback" not in out.stderr


def test_cli_advise_with_csv_stated_facts_win(penguins_csv):
    out = mlwf("advise", "--csv", str(penguins_csv), "--target", "species",
               "--fact", "class_balance=imbalanced", "--json")
    assert out.returncode == 0, out.stderr
    advice = json.loads(out.stdout)
    assert advice["facts"]["class_balance"] == "imbalanced"    # stated, over the profile's
    assert advice["facts"]["n_samples"] == 344 and advice["facts"]["task"] == "classification"
    because = [b for r in advice["recommendations"] for b in r["because"]]
    assert {"name": "n_samples", "value": 344, "source": "profile"} in because
    assert not any(b["name"] == "class_balance" and b["source"] == "profile" for b in because)


# -- the HTTP upload ------------------------------------------------------------------------------

def test_api_dataset_upload(client, penguins_csv, openapi_validator):
    case = client.post("/api/cases", json={"facts": {"goal": "tell penguin species apart"}}).get_json()
    with open(penguins_csv, "rb") as fh:
        r = client.post(f"/api/cases/{case['id']}/dataset",
                        data={"file": (fh, "penguins.csv"), "target": "species"},
                        content_type="multipart/form-data")
    assert r.status_code == 200, r.get_json()
    doc = r.get_json()
    openapi_validator("CaseWithProfile", doc)
    assert doc["facts"]["n_samples"] == 344 and doc["facts"]["target_type"] == "nominal"
    assert doc["sources"]["n_samples"] == "profile" and doc["sources"]["n_classes"] == "profile"
    assert "goal" not in doc["sources"]  # stated by the person: no source listed
    assert doc["profile"]["target"]["class_counts"]["Adelie"] == 152
    stored = client.get(f"/api/cases/{case['id']}").get_json()
    assert stored["facts"]["minority_share"] == doc["facts"]["minority_share"]


@pytest.mark.parametrize("content, target, status", [
    (b"", None, 400),
    (b"a,b\n1,2\n3,4\n", "c", 400),
    (b"\x00\x01\x02binary", None, 400),
    # an INI-style file whose first line is blank: one column, and an empty header
    (b"\n[Parsec]\ndescr = Parsec\nsymbol = pc\n\n[AU]\nsymbol = AU\n", None, 400),
])
def test_api_bad_upload_stores_nothing(client, content, target, status):
    case = client.post("/api/cases", json={"facts": {"goal": "predict something"}}).get_json()
    data = {"file": (io.BytesIO(content), "data.csv")}
    if target:
        data["target"] = target
    r = client.post(f"/api/cases/{case['id']}/dataset", data=data, content_type="multipart/form-data")
    assert r.status_code == status and set(r.get_json()) == {"error", "detail"}
    assert client.get(f"/api/cases/{case['id']}").get_json()["facts"] == case["facts"]


def test_api_upload_over_the_limit_and_wrong_media_type(client):
    case = client.post("/api/cases", json={}).get_json()
    big = b"a,b\n" + b"1.25,2.5\n" * 300_000   # ~2.7 MB, over the test app's 2 MB
    r = client.post(f"/api/cases/{case['id']}/dataset", data={"file": (io.BytesIO(big), "big.csv")},
                    content_type="multipart/form-data")
    assert r.status_code == 413
    r = client.post(f"/api/cases/{case['id']}/dataset", data=b"a,b\n1,2\n", content_type="text/csv")
    assert r.status_code == 415
    assert client.get(f"/api/cases/{case['id']}").get_json()["facts"] == case["facts"]


def _strict(text):
    def refuse(token):
        raise ValueError(f"not strict JSON: {token}")
    return json.loads(text, parse_constant=refuse)


def _upload(client, content, target=None):
    case = client.post("/api/cases", json={"facts": {"goal": "predict y"}}).get_json()
    data = {"file": (io.BytesIO(content), "data.csv")}
    if target:
        data["target"] = target
    r = client.post(f"/api/cases/{case['id']}/dataset", data=data, content_type="multipart/form-data")
    return case, r


def test_api_upload_with_infinite_values_answers_strict_json(client):
    text = "a,b,y\ninf,1,0\n-inf,2,1\n" + "".join(f"{i * 1.5},{i % 5},{i % 2}\n" for i in range(40))
    _, r = _upload(client, text.encode(), "y")
    assert r.status_code == 200
    doc = _strict(r.get_data(as_text=True))
    a = next(c for c in doc["profile"]["columns"] if c["name"] == "a")
    assert a["infinite"] == 2 and a["max"] == 58.5 and "infinite" in str(a["reason"])


def test_api_upload_of_400_digit_integers_is_no_server_error(client):
    text = "key,x,y\n" + "".join(f"{'7' * 399}{i % 10},{i * 0.5},{i % 2}\n" for i in range(40))
    _, r = _upload(client, text.encode(), "y")
    assert r.status_code == 200
    doc = _strict(r.get_data(as_text=True))
    key = next(c for c in doc["profile"]["columns"] if c["name"] == "key")
    assert key["stat_type"] == "nominal" and len(str(key["reason"])) < 300


def test_api_upload_of_50000_columns_is_refused_naming_the_cap(client):
    header = ",".join(f"c{i}" for i in range(50_000)) + "\n"
    row = ",".join("1" for _ in range(50_000)) + "\n"
    case, r = _upload(client, (header + row * 5).encode())
    assert r.status_code == 413
    err = r.get_json()
    assert set(err) == {"error", "detail"} and "50,000 columns" in err["error"]
    assert "1,000 columns" in err["error"] + err["detail"]
    assert client.get(f"/api/cases/{case['id']}").get_json()["facts"] == case["facts"]


def test_numbers_too_large_to_square_are_profiled_not_crashed(tmp_path):
    """Past ~1e154 a number's square overflows a float: the profile still comes back, the
    statistics that overflowed are null and the reason says so."""
    path = tmp_path / "huge.csv"
    values = [3.5, 1.25, 7.75, 2.5, 9.0, 4.75, 6.5, 1.75, 8.25, 5.5] * 3
    path.write_text("big,y\n" + "".join(f"{v}e200,{k % 2}\n" for k, v in enumerate(values)))
    column = profile_csv(path).to_json()["columns"][0]
    assert column["std"] is None and "overflow" in column["reason"]
