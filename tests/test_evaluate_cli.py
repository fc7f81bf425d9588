"""`mlwf evaluate` run as a person runs it: the leaderboard, the case that stores the runs
(queried back with SPARQL), the exported script, Ctrl-C, and a Dask cluster."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest
from sklearn import datasets

from mlwf.kb.cases import Cases
from mlwf.kb.store import open_store

from optional import need_module

# every test runs `mlwf evaluate` end to end: cross-validation in a subprocess
pytestmark = pytest.mark.slow


def mlwf(*args, timeout=300, **kw):
    return subprocess.run([sys.executable, "-m", "mlwf.cli", *args], capture_output=True,
                          text=True, timeout=timeout, **kw)


def advised_algorithms(csv: str, target: str, k: int, *extra: str) -> list[str]:
    """The first ``k`` algorithms `mlwf advise --csv` gives (``extra``: more of its
    options): `mlwf evaluate` runs the same ones, in the same order."""
    out = mlwf("advise", "--csv", csv, "--target", target, "--json", *extra)
    assert out.returncode == 0, out.stderr
    ranked = sorted((r for r in json.loads(out.stdout)["recommendations"]
                     if r["kind"] == "algorithm"), key=lambda r: r["rank"])
    return [r["name"] for r in ranked][:k]



def reproduced(script, data=None, *, metric: str = "MeanAbsoluteError",
               isolated: bool = False) -> tuple[float, str]:
    """Run an exported script as a person would (python best.py [DATA.csv]) and check that it
    prints the score mlwf measured; returns that score and what it printed. The script must
    not import mlwf: it is for a machine with pandas and scikit-learn only (``isolated`` runs
    it with python -I, away from the current directory, as such a machine would)."""
    assert not re.search(r"^\s*(import|from) mlwf", script.read_text(), re.MULTILINE)
    command = [sys.executable, *(["-I"] if isolated else []), str(script),
               *([str(data)] if data else [])]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300,
                         cwd=script.parent if isolated else None)
    assert run.returncode == 0, run.stderr
    measured = re.search(rf"cross-validated {metric}: ([0-9.]+) \(mlwf measured ([0-9.]+)\)",
                         run.stdout)
    assert measured and measured.group(1) == measured.group(2), run.stdout
    return float(measured.group(1)), run.stdout

@pytest.fixture
def case_store(tmp_path):
    """A store with one case, closed again so that the command can open it."""
    path = tmp_path / "store"
    store = open_store(str(path))
    case_id = Cases(store).create({"goal": "tell penguin species apart"})
    store.close()
    return str(path), case_id


def test_evaluate_stores_runs_and_moves_the_advice(penguins, case_store, tmp_path):
    store, case_id = case_store
    script = tmp_path / "best.py"
    out = mlwf("evaluate", penguins, "--target", "species", "--case", case_id, "--store", store,
               "--top", "2", "--export", str(script), "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    advised = advised_algorithms(penguins, "species", 2)
    assert len(advised) == 2 and [row["algorithm"] for row in doc["leaderboard"]] == sorted(
        advised, key=lambda a: -next(r["score"] for r in doc["leaderboard"] if r["algorithm"] == a))
    assert doc["next_step"]["name"] == "Deployment"          # a good model: the advice moves on
    assert "folds done" in out.stderr                        # progress, one line per candidate

    # The runs are in the case graph, as ML Schema: the case's leaderboard with SPARQL.
    query = """PREFIX mls: <http://www.w3.org/ns/mls#>
    SELECT ?algorithm ?value ?outcome WHERE {
      ?run a mls:Run ; mls:realizes ?algorithm ; mls:hasOutput ?e ; kb:outcome ?outcome .
      ?e mls:specifiedBy mlwf:Accuracy ; mls:hasValue ?value .
    } ORDER BY DESC(?value)"""
    rows = mlwf("sparql", query, "--store", store, "--format", "json")
    assert rows.returncode == 0, rows.stderr
    bindings = json.loads(rows.stdout)["results"]["bindings"]
    assert {b["algorithm"]["value"].rsplit("#", 1)[1] for b in bindings} == set(advised)
    assert {b["outcome"]["value"] for b in bindings} == {"good"}
    stored = open_store(store)
    try:
        facts, sources = Cases(stored).facts(case_id)
    finally:
        stored.close()
    assert {t["algorithm"] for t in facts["tried"]} == set(advised)
    assert facts["n_samples"] == 344 and sources["n_samples"] == "profile"

    # The exported script reproduces the best score and fits the final model.
    score, printed = reproduced(script, metric="Accuracy")
    assert score == pytest.approx(doc["leaderboard"][0]["score"], abs=1e-6)
    assert "final model fitted on 344 rows" in printed


@pytest.mark.parametrize("evidence", [(), ("--no-evidence",)], ids=["evidence", "rules"])
def test_evaluate_runs_the_candidates_advise_gives_in_its_order(tmp_path, evidence):
    # a regression, where the evidence's order differs from the rules' (HistGradientBoosting
    # first) on most data: evaluate must follow advise either way
    path = tmp_path / "diabetes.csv"
    datasets.load_diabetes(as_frame=True).frame.to_csv(path, index=False)
    advised = advised_algorithms(str(path), "target", 3, *evidence)
    out = mlwf("evaluate", str(path), "--target", "target", "--top", "3", "--folds", "2",
               "--json", *evidence)
    assert out.returncode == 0, out.stderr
    started = re.findall(r"^(\w+): ", out.stderr, re.M)           # progress, in run order
    doc = json.loads(out.stdout)
    assert {r["algorithm"] for r in doc["leaderboard"]} == set(advised)
    assert list(dict.fromkeys(a for a in started if a in advised)) == advised, out.stderr


def test_the_exported_script_takes_a_regression_with_dates(tmp_path):
    # Dates as strings and a numeric target: the script derives the same calendar parts.
    import pandas as pd
    frame = datasets.load_diabetes(as_frame=True).frame
    frame["visit"] = pd.date_range("2020-01-01", periods=len(frame), freq="D").strftime("%Y-%m-%d")
    frame = frame.sample(frac=1.0, random_state=0)          # not time-ordered
    path = tmp_path / "diabetes.csv"
    frame.to_csv(path, index=False)
    script = tmp_path / "best.py"
    out = mlwf("evaluate", str(path), "--target", "target", "--top", "1",
               "--export", str(script), "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    steps = {c["column"]: [s["concept"] for s in c["steps"]] for c in doc["preprocessing"]["columns"]}
    assert steps["visit"] == ["Aggregation"]
    reproduced(script, path)


def test_the_exported_script_reads_dates_written_as_whole_numbers(tmp_path):
    # YYYYMMDD as whole numbers and seasons (2019-20): run as calendar parts, and so in the
    # script
    import pandas as pd
    frame = datasets.load_diabetes(as_frame=True).frame
    days = pd.date_range("2019-12-01", periods=len(frame), freq="D")
    frame["visit"] = days.strftime("%Y%m%d")
    frame["season"] = [f"{y - d % 7}-{(y - d % 7 + 1) % 100:02d}" for d, y in enumerate(days.year)]
    frame = frame.sample(frac=1.0, random_state=0)
    path, script = tmp_path / "diabetes.csv", tmp_path / "best.py"
    frame.to_csv(path, index=False)
    out = mlwf("evaluate", str(path), "--target", "target", "--top", "1", "--no-evidence",
               "--export", str(script), "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    steps = {c["column"]: [s["concept"] for s in c["steps"]] for c in doc["preprocessing"]["columns"]}
    assert steps["visit"] == steps["season"] == ["Aggregation"]
    assert "%Y%m%d" in script.read_text() and "first year" in script.read_text()
    reproduced(script, path, isolated=True)


def best_runs(odd, plain, script, *, evidence=False):
    """The best run on a file written oddly and on the same data as a plain CSV, the script
    exported from the odd one run in isolation on it (``evidence``: with the meta-features,
    which read the file too)."""
    runs = []
    for data in (odd, plain):
        out = mlwf("evaluate", str(data), "--target", "target", "--top", "1",
                   *([] if evidence else ["--no-evidence"]), "--export", str(script), "--json")
        assert out.returncode == 0, out.stderr
        runs.append(json.loads(out.stdout)["leaderboard"][0])
        if data == odd:
            reproduced(script, odd, isolated=True)
    return runs


def test_the_exported_script_reads_numbers_written_as_python_bytes(tmp_path):
    # b'59' as a SAS file read by pandas and saved again writes it: the runs and the script
    # take the number inside, and score as on the plain numbers
    frame = datasets.load_diabetes(as_frame=True, scaled=False).frame
    path, plain, script = tmp_path / "bytes.csv", tmp_path / "plain.csv", tmp_path / "best.py"
    frame.assign(age=[f"b'{v:.0f}'" for v in frame["age"]]).to_csv(path, index=False)
    frame.to_csv(plain, index=False)
    odd, same = best_runs(path, plain, script)
    assert odd["score"] == pytest.approx(same["score"])


def test_written_numbers_are_run_and_exported_as_the_profile_read_them(tmp_path):
    # A cost in dollars, a pressure with its unit and the typeset minus sign: the runs take
    # the numbers, and the script reads them with mlwf's own reader, copied in.
    frame = datasets.load_diabetes(as_frame=True, scaled=False).frame
    written = frame.assign(bp=[f"{v:.1f} mmHg" for v in frame["bp"]],
                           s1=[f"${v * 25:,.2f}" for v in frame["s1"]],
                           s5=[f"{v - 4.6:.4f}".replace("-", "\u2212") for v in frame["s5"]])
    path, plain, script = tmp_path / "written.csv", tmp_path / "plain.csv", tmp_path / "best.py"
    written.to_csv(path, index=False)
    frame.to_csv(plain, index=False)
    out = mlwf("evaluate", str(path), "--target", "target", "--top", "1", "--no-evidence",
               "--export", str(script), "--json")
    assert out.returncode == 0, out.stderr
    best = json.loads(out.stdout)["leaderboard"][0]
    same = mlwf("evaluate", str(plain), "--target", "target", "--top", "1", "--no-evidence", "--json")
    assert same.returncode == 0, same.stderr
    as_numbers = json.loads(same.stdout)["leaderboard"][0]
    assert (best["algorithm"], best["outcome"]) == (as_numbers["algorithm"], as_numbers["outcome"])
    assert best["score"] == pytest.approx(as_numbers["score"], rel=0.02)
    reproduced(script, path, isolated=True)


def test_a_semicolon_file_with_decimal_commas_is_evaluated(tmp_path):
    frame = datasets.load_diabetes(as_frame=True, scaled=False).frame
    runs = []
    for name, settings in (("eu.csv", {"sep": ";", "decimal": ","}), ("plain.csv", {})):
        frame.to_csv(tmp_path / name, index=False, **settings)
        out = mlwf("evaluate", str(tmp_path / name), "--target", "target", "--top", "1",
                   "--no-evidence", "--json")
        assert out.returncode == 0, out.stderr
        runs.append(json.loads(out.stdout)["leaderboard"][0])
    assert [r["algorithm"] for r in runs[:1]] == [r["algorithm"] for r in runs[1:]]
    assert runs[0]["score"] == pytest.approx(runs[1]["score"], rel=1e-6)


def test_a_table_aligned_with_spaces_is_evaluated_and_exported_as_its_csv_would_be(tmp_path):
    # A .dat file: fields aligned with runs of spaces, the first line indented. The runs and
    # the exported script split it as the profile did (pandas' separator for spaces).
    frame = datasets.load_diabetes(as_frame=True, scaled=False).frame
    spaced, plain, script = tmp_path / "diabetes.dat", tmp_path / "plain.csv", tmp_path / "best.py"
    spaced.write_text(frame.to_string(index=False) + "\n")
    frame.to_csv(plain, index=False)
    runs = []
    for path in (spaced, plain):
        out = mlwf("evaluate", str(path), "--target", "target", "--top", "1", "--no-evidence",
                   *(["--export", str(script)] if path == spaced else []), "--json")
        assert out.returncode == 0, out.stderr
        runs.append(json.loads(out.stdout)["leaderboard"][0])
    assert runs[0]["algorithm"] == runs[1]["algorithm"]
    assert runs[0]["score"] == pytest.approx(runs[1]["score"], rel=1e-6)
    reproduced(script, spaced, isolated=True)


def test_a_table_written_by_r_with_row_names_is_evaluated_as_its_csv_would_be(tmp_path):
    # write.table's default: quoted names, a space between fields and each line led by its
    # row name, one field more than the header; the row names are no feature
    frame = datasets.load_diabetes(as_frame=True, scaled=False).frame
    r_style, plain = tmp_path / "diabetes.txt", tmp_path / "plain.csv"
    lines = [" ".join(f'"{c}"' for c in frame.columns)]
    lines += [" ".join([f'"{i + 1}"', *map(str, row)]) for i, row in enumerate(frame.to_numpy())]
    r_style.write_text("\n".join(lines) + "\n")
    frame.to_csv(plain, index=False)
    runs = []
    for path in (r_style, plain):
        out = mlwf("evaluate", str(path), "--target", "target", "--top", "1", "--no-evidence",
                   "--json")
        assert out.returncode == 0, out.stderr
        runs.append(json.loads(out.stdout)["leaderboard"][0])
    assert runs[0]["algorithm"] == runs[1]["algorithm"]
    assert runs[0]["score"] == pytest.approx(runs[1]["score"], rel=1e-6)


def test_lines_ending_in_the_delimiter_are_evaluated_and_exported_as_their_csv_would_be(tmp_path):
    # every data line ends with a comma the header does not have: no row names, the columns
    # the header names, by the runs and by the exported script alike
    frame = datasets.load_diabetes(as_frame=True, scaled=False).frame
    trailing, plain, script = tmp_path / "trailing.csv", tmp_path / "plain.csv", tmp_path / "best.py"
    lines = [",".join(frame.columns)] + [",".join(map(str, row)) + "," for row in frame.to_numpy()]
    trailing.write_text("\n".join(lines) + "\n")
    frame.to_csv(plain, index=False)
    odd, same = best_runs(trailing, plain, script)
    assert odd["algorithm"] == same["algorithm"]
    assert odd["score"] == pytest.approx(same["score"], rel=1e-6)


def test_a_header_that_repeats_a_name_but_for_a_space_is_evaluated_and_exported(tmp_path):
    # `bmi` and `bmi ` (a space at its end): two columns, named bmi and bmi.1 by the profile,
    # by the runs and by the exported script alike
    frame = datasets.load_diabetes(as_frame=True, scaled=False).frame
    frame.insert(3, "bmi ", frame["bmi"] * 2.2)
    path, script = tmp_path / "twice.csv", tmp_path / "best.py"
    frame.to_csv(path, index=False)
    out = mlwf("evaluate", str(path), "--target", "target", "--top", "1", "--no-evidence",
               "--export", str(script), "--json")
    assert out.returncode == 0, out.stderr
    assert "'bmi.1'" in script.read_text()
    reproduced(script, path, isolated=True)


@pytest.mark.parametrize("args, fragment", [
    (["--target", "Species"], "the target column 'Species' is not in the file"),
    (["--target", "species", "--fact", "task=regression"], "needs a numeric target"),
    (["--target", "species", "--case", "0123456789abcdef"], 'no case "0123456789abcdef"'),
])
def test_bad_input_is_one_line_and_stores_nothing(penguins, case_store, args, fragment):
    store, case_id = case_store
    out = mlwf("evaluate", penguins, *args, "--store", store)
    assert out.returncode == 2 and fragment in out.stderr and "Traceback" not in out.stderr
    stored = open_store(store)
    try:
        facts, _ = Cases(stored).facts(case_id)
        assert "tried" not in facts and "n_samples" not in facts
        assert not stored.ask("ASK { GRAPH ?g { ?run a <http://www.w3.org/ns/mls#Run> } }")
    finally:
        stored.close()


def test_ctrl_c_keeps_what_finished(tmp_path):
    path = tmp_path / "digits.csv"
    datasets.load_digits(as_frame=True).frame.to_csv(path, index=False)
    advised = advised_algorithms(str(path), "target", 3)
    # A suite started in the background (`make test &`, a non-interactive shell) passes
    # SIGINT on as ignored, and Python then keeps ignoring it, as nohup'd programs should;
    # Ctrl-C in a terminal reaches a program whose SIGINT is the default, so the test
    # gives the command that.
    process = subprocess.Popen(
        [sys.executable, "-m", "mlwf.cli", "evaluate", str(path), "--target", "target", "--json",
         "--top", "3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # Candidates run one after another in the advice's order: interrupt once the first
    # has finished, while the next ones (ten classes of digits) are still fitting.
    lines = []
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        lines.append(line)
        if line.startswith(f"{advised[0]}: 5 folds done"):
            break
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, "".join(lines) + stderr
    doc = json.loads(stdout)
    rows = {r["algorithm"]: r for r in doc["leaderboard"]}
    assert set(rows) == set(advised)
    assert rows[advised[0]]["outcome"] in ("good", "overfitting")
    stopped = [rows[a] for a in advised[1:] if rows[a]["outcome"] == "stopped"]
    assert stopped and all("interrupted" in r["stopped"] for r in stopped)
    assert {t["algorithm"] for t in doc["tried"]} == {a for a in advised
                                                      if rows[a]["outcome"] != "stopped"}


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = need_module("distributed")
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                       dashboard_address=None, host="127.0.0.1")
    yield cluster
    cluster.close()


def test_candidates_run_on_a_dask_cluster(dask_cluster, penguins):
    from distributed import Client

    from mlwf.evaluation import evaluate
    local = evaluate(penguins, "species", top=2)
    with Client(dask_cluster.scheduler_address) as client:
        remote = evaluate(penguins, "species", top=2, scheduler=client)
        workers = client.run(lambda: os.getpid())
    assert [r.algorithm for r in remote.runs] == [r.algorithm for r in local.runs]
    for a, b in zip(local.runs, remote.runs, strict=True):
        assert a.result.mean("test", "Accuracy") == pytest.approx(b.result.mean("test", "Accuracy"))
    assert os.getpid() not in workers.values()
    out = mlwf("evaluate", penguins, "--target", "species", "--top", "1", "--scheduler",
               dask_cluster.scheduler_address, "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["leaderboard"][0]["outcome"] == "good"


def test_an_unreachable_scheduler_is_a_clear_message(penguins):
    out = mlwf("evaluate", penguins, "--target", "species", "--scheduler", "tcp://127.0.0.1:9")
    assert out.returncode == 2 and "cannot reach the Dask scheduler" in out.stderr


def test_a_file_with_bytes_that_are_not_utf8_is_evaluated_and_exported(tmp_path):
    # UTF-8 with a few lines from a Windows-1252 editor (a merged export): the profile reads
    # those bytes as Windows-1252 where they stand, and so do the meta-features, the runs and
    # the exported script; no stack trace, and the scores of the same data written cleanly
    frame = datasets.load_diabetes(as_frame=True, scaled=False).frame
    frame["sex"] = frame["sex"].map({1.0: "Genève", 2.0: "Zürich"})
    mixed, plain, script = tmp_path / "mixed.csv", tmp_path / "plain.csv", tmp_path / "best.py"
    frame.to_csv(plain, index=False)
    lines = plain.read_text("utf-8").splitlines(keepends=True)
    mixed.write_bytes(b"".join(line.encode("cp1252" if i % 7 == 3 else "utf-8")
                               for i, line in enumerate(lines)))
    odd, same = best_runs(mixed, plain, script, evidence=True)
    assert odd["algorithm"] == same["algorithm"]
    assert odd["score"] == pytest.approx(same["score"], rel=1e-6)


def test_a_chinese_file_in_gbk_is_evaluated_and_exported_as_its_utf8_twin(tmp_path):
    # Excel's CSV on a Chinese Windows: GBK, CRLF. The runs and the exported script read it
    # in the codec the profile found, and score as on the same data in UTF-8.
    frame = datasets.load_diabetes(as_frame=True, scaled=False).frame
    frame["sex"] = frame["sex"].map({1.0: "女", 2.0: "男"})
    frame["城市"] = [("北京市", "上海市", "广州市", "深圳市")[i % 4] for i in range(len(frame))]
    gbk, plain, script = tmp_path / "gbk.csv", tmp_path / "plain.csv", tmp_path / "best.py"
    frame.to_csv(plain, index=False)
    gbk.write_bytes(plain.read_text("utf-8").replace("\n", "\r\n").encode("gbk"))
    odd, same = best_runs(gbk, plain, script)
    assert odd["algorithm"] == same["algorithm"]
    assert odd["score"] == pytest.approx(same["score"], rel=1e-6)
