"""Mutation testing with cosmic-ray: how many small deliberate bugs the tests catch.

    make mutation                                   # every module of $(MUTATE)
    make mutation MUTATE="rules/ranking.py"         # one module
    tools/mutation.py ... --stop-after 1800         # a random sample: stop after 30 min
    tools/mutation.py ... --resume                  # go on where a stopped run ended
    tools/mutation.py ... --recheck "TESTS"         # survivors against tests written since
    tools/mutation.py ... --save FILE               # the decided mutants, to carry elsewhere
    tools/mutation.py ... --carry FILE              # a new run that starts where FILE ended

cosmic-ray rather than mutmut: mutmut 3 mutates only the bodies of functions without a
decorator, and every rule of rules/stages is a decorated method whose condition is in its
decorator; of cosmic-ray's 1 447 mutants of rules/stages, mutmut could make 11 (README,
"Mutation testing"). cosmic-ray changes one thing at a time in the files themselves (a `<`
into `<=`, a number plus one, a decorator removed...), runs the test command, and puts the
file back. So run it on a clean work tree and do not edit the modules meanwhile; this
script refuses a dirty tree and checks afterwards that the files are as they were. With
--jobs N the modules are split into N groups of about as many mutants, each run in its
own copy of the tree (var/mutation/treeK).

The test command is tools/mutation_runner.py: a warm pytest that runs, for each mutant,
the tests that execute its statement (from one coverage run with a context per test),
cheapest first. A mutant past --timeout is undecided, not killed.

Results: a table per module on stdout, and in the output folder (var/mutation) the
session databases and survivors.txt, the diff of each mutant no test caught and that
docs/mutation-survivors.md does not explain.

A run longer than one sitting on one machine (the profiler's: about 9 000 mutants, some
six hours on two cores) outlives its output folder only through --save: a JSON-lines file
of the decided mutants under the commit they were run on, small enough to keep in git. A
run started with --carry FILE on a checkout of that commit marks those mutants with their
recorded outcomes and runs only the others; the first of its lines is checked against the
commit and every carried mutant against the line it mutates, so a record is never applied
to other code.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import pathlib
import shlex
import signal
import subprocess
import sys
import time
import warnings
from collections import Counter, defaultdict

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _git_status(paths: list[str]) -> str:
    return subprocess.run(["git", "status", "--porcelain", "--", *paths], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout


def _config(modules: list[str], command: str, timeout: float) -> str:
    return "\n".join([
        "[cosmic-ray]",
        f"module-path = {json.dumps(modules)}",
        f"timeout = {timeout}",
        "excluded-modules = []",
        f"test-command = {json.dumps(command)}",
        "",
        "[cosmic-ray.distributor]",
        'name = "local"',
        "",
    ])


def _function_body(node: ast.AST):
    """The nodes of a function's body, not those of a class defined in it (a dataclass
    there would read its annotations)."""
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, ast.ClassDef):
            yield child
            yield from _function_body(child)


def _plain_class(node: ast.ClassDef) -> bool:
    bases = {getattr(b, "id", getattr(b, "attr", None)) for b in node.bases}
    return not node.decorator_list and not bases & {"NamedTuple", "TypedDict", "BaseModel"}


def _annotation_spans(path: pathlib.Path) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where the file's annotations that Python never evaluates are: a signature's and a
    plain class's under ``from __future__ import annotations`` (every module here starts
    with it), and those in a function body. A mutant inside one (``str | None`` into
    ``str // None``) is equivalent by construction."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    future = any(isinstance(n, ast.ImportFrom) and n.module == "__future__" and
                 any(a.name == "annotations" for a in n.names) for n in tree.body)
    spans = []
    for node in ast.walk(tree):
        found = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if node.returns:
                found.append(node.returns)
            # An annotated assignment in a function body (`self.index: dict[str | None,
            # int] = ...`) never evaluates its annotation, with or without the import (PEP 526).
            found += [n.annotation for n in _function_body(node) if isinstance(n, ast.AnnAssign)]
        elif isinstance(node, ast.arg) and node.annotation:
            found.append(node.annotation)
        elif isinstance(node, ast.ClassDef) and future and _plain_class(node):
            # A plain class's annotations stay strings nobody reads. Not those of a decorated
            # class (a dataclass reads them) nor of a NamedTuple or TypedDict.
            found += [n.annotation for n in node.body if isinstance(n, ast.AnnAssign)]
        spans += [((a.lineno, a.col_offset), (a.end_lineno, a.end_col_offset)) for a in found]
    return spans


_SPANS: dict[str, list] = {}


def _in_annotation(module: str, pos) -> bool:
    if module not in _SPANS:
        _SPANS[module] = _annotation_spans(ROOT / module)
    return any(lo <= tuple(pos) < hi for lo, hi in _SPANS[module])


def skip_annotations(session: pathlib.Path, tree: pathlib.Path = ROOT) -> int:
    """Mark the mutants inside annotations as skipped before the run; returns how many."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult
    skipped = 0
    with use_db(str(session), WorkDB.Mode.open) as db:  # module paths are relative to tree
        for item in list(db.pending_work_items):
            m = item.mutations[0]
            if _in_annotation(str(m.module_path), m.start_pos):
                db.set_result(item.job_id, WorkResult(
                    worker_outcome=WorkerOutcome.SKIPPED,
                    output="equivalent: inside a type annotation, which is never evaluated"))
                skipped += 1
    return skipped


SURVIVORS_DOC = ROOT / "docs" / "mutation-survivors.md"


def _key(m: dict) -> str:
    """A mutant's name in docs/mutation-survivors.md: module:line operator #occurrence."""
    return f"{m['module_path']}:{m['start_pos'][0]} {m['operator_name'].split('/')[-1]} " \
           f"#{m['occurrence']}"


def _explained() -> dict[str, str]:
    """{mutant: "equivalent" or "tie order"} from the lines of docs/mutation-survivors.md that
    start with a mutant's name in backquotes and say which it is."""
    found = {}
    if SURVIVORS_DOC.exists():
        for line in SURVIVORS_DOC.read_text(encoding="utf-8").splitlines():
            if line.startswith("- `") and "`" in line[3:]:
                key, rest = line[3:].split("`", 1)
                found[key] = "tie order" if rest.lstrip().startswith("tie order") else "equivalent"
    return found


def _results(sessions: list[pathlib.Path]):
    cr = str(pathlib.Path(sys.executable).parent / "cosmic-ray")
    for session in sessions:
        dump = subprocess.run([cr, "dump", str(session)], capture_output=True, text=True,
                              check=True).stdout
        for line in dump.splitlines():
            yield json.loads(line)


COLUMNS = ["killed", "killed since", "equivalent", "tie order", "survived", "timeout",
           "not run", "annotation"]


def report(sessions: list[pathlib.Path], out: pathlib.Path) -> float:
    """Print the table and write survivors.txt; returns the share of mutants killed.

    A survivor counts as "killed since" when --recheck saw a test added after the run fail
    on it, as "equivalent" or "tie order" when docs/mutation-survivors.md explains it."""
    recheck_file = out / "recheck.json"
    rechecked = json.loads(recheck_file.read_text()) if recheck_file.exists() else {}
    explained = _explained()
    counts: dict[str, Counter] = defaultdict(Counter)
    survivors = []
    for item, result in _results(sessions):
        m = item["mutations"][0]
        module = m["module_path"]
        if result is None:
            counts[module]["not run"] += 1
            continue
        outcome = result["test_outcome"] if result["worker_outcome"] == "normal" \
            else result["worker_outcome"]
        output = (result.get("output") or "").strip()
        if outcome == "skipped":
            outcome = "annotation"
        if outcome == "killed" and output == "timeout":
            # the tests ran past --timeout: an endless loop, or on a loaded machine a slow
            # run that has not failed yet; undecided, so not in the score
            outcome = "timeout"
        if outcome == "survived" and _in_annotation(module, m["start_pos"]):
            outcome = "annotation"  # a session begun before skip_annotations existed
        if outcome == "survived" and not _compiles(module, result.get("diff") or ""):
            outcome = "killed"  # Python refuses the module: every test importing it fails
        if outcome == "survived":
            key = _key(m)
            if rechecked.get(key) == "killed":
                outcome = "killed since"
            elif key in explained:
                outcome = explained[key]
            else:
                why = "no test executes this line" if output == "not covered" else \
                    "the tests that execute this line pass"
                survivors.append(f"== {key} ({why})\n{result.get('diff', '')}")
        counts[module][outcome] += 1
    total = Counter()
    print(f"{'module':<38} {'mutants':>7} " + " ".join(f"{c:>10}" for c in COLUMNS) +
          "   score")
    for module in sorted(counts):
        total.update(counts[module])
        _row(module, counts[module])
    _row("all", total)
    (out / "survivors.txt").write_text("\n".join(survivors), encoding="utf-8")
    return _score(total)


def _score(c: Counter) -> float:
    """Killed (then or since) among the mutants decided, leaving out the equivalent ones,
    which no test can kill; a survivor only of tie order counts against."""
    decided = c["killed"] + c["killed since"] + c["tie order"] + c["survived"]
    return (c["killed"] + c["killed since"]) / decided if decided else float("nan")


def _row(name: str, c: Counter) -> None:
    score = _score(c)
    shown = f"{100 * score:5.1f} %" if score == score else "    -"
    print(f"{name:<38} {sum(c.values()):>7} " + " ".join(f"{c[k]:>10}" for k in COLUMNS) +
          f"  {shown}")


def recheck(sessions: list[pathlib.Path], out: pathlib.Path, tests: list[str],
            timeout: float, only: set[str] | None = None) -> None:
    """Put each survivor back, one at a time, into this tree and run `tests` (the tests
    written for the survivors); records in recheck.json which of them fail now. With
    `only` (survivors' names), just those, keeping what recheck.json says of the others:
    a test added after a long recheck need not wait for all of them again."""
    from cosmic_ray.mutating import mutate_and_test
    from cosmic_ray.work_item import MutationSpec
    explained = _explained()
    recorded = out / "recheck.json"
    results = json.loads(recorded.read_text()) if only and recorded.exists() else {}
    os.chdir(ROOT)  # the sessions' module paths are relative to the tree
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    command = shlex.join([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                          *tests])
    for item, result in _results(sessions):
        m = item["mutations"][0]
        if result is None or result.get("test_outcome") != "survived" or \
                result.get("worker_outcome") != "normal" or _key(m) in explained or \
                _in_annotation(m["module_path"], m["start_pos"]) or \
                (only is not None and _key(m) not in only):
            continue
        spec = MutationSpec(pathlib.Path(m["module_path"]), m["operator_name"],
                            m["occurrence"], tuple(m["start_pos"]), tuple(m["end_pos"]),
                            m.get("operator_args") or {})
        now = mutate_and_test([spec], command, timeout)
        results[_key(m)] = now.test_outcome.value if now.test_outcome else "error"
        print(f"{_key(m)}: {results[_key(m)]}", flush=True)
    (out / "recheck.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


def _head() -> str:
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout.strip()


def save(sessions: list[pathlib.Path], path: pathlib.Path) -> int:
    """Write the sessions' decided mutants to `path`; returns how many.

    Killed ones keep only their identity and outcome; a survivor keeps its diff, and any
    mutant the short markers the report reads ("timeout", "not covered"); the tests' full
    output is left out, which would make the file a hundred times larger."""
    lines = [json.dumps({"commit": _head()})]
    for item, result in _results(sessions):
        if result is None or result["worker_outcome"] == "skipped":
            continue  # not run, or inside an annotation (skipped again at every init)
        m = item["mutations"][0]
        record = {"module": m["module_path"], "operator": m["operator_name"],
                  "occurrence": m["occurrence"], "line": m["start_pos"][0],
                  "worker_outcome": result["worker_outcome"],
                  "test_outcome": result["test_outcome"]}
        output = (result.get("output") or "").strip()
        if output in ("timeout", "not covered"):
            record["output"] = output
        if result["test_outcome"] == "survived":
            record["diff"] = result.get("diff") or ""
        lines.append(json.dumps(record, sort_keys=True))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def _record(path: pathlib.Path) -> list[dict]:
    """The mutants a --save file records; exits unless it was made on this tree's commit."""
    try:
        header, *records = [json.loads(line) for line in
                            path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as exc:
        sys.exit(f"mutation: {path} is not a file --save wrote ({exc})")
    if header.get("commit") != _head():
        sys.exit(f"mutation: {path} records a run on commit {header.get('commit')}, but "
                 f"this tree is at {_head()}; check that commit out (git worktree add) "
                 "and run from there")
    return records


def carry(session: pathlib.Path, path: pathlib.Path) -> int:
    """Give the session's pending mutants that `path` records their recorded outcomes;
    returns how many. Exits when the record is of another commit or another code."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkResult
    # cosmic-ray's init numbers a module's mutants the same way for the same code
    known = {(r["module"], r["operator"], r["occurrence"]): r for r in _record(path)}
    carried = 0
    with use_db(str(session), WorkDB.Mode.open) as db:
        for item in list(db.pending_work_items):
            m = item.mutations[0]
            r = known.get((str(m.module_path), m.operator_name, m.occurrence))
            if r is None:
                continue
            if r["line"] != m.start_pos[0]:
                sys.exit(f"mutation: {path} puts {r['operator']} #{r['occurrence']} of "
                         f"{r['module']} on line {r['line']}, this code on line "
                         f"{m.start_pos[0]}: the record is not of this code")
            db.set_result(item.job_id, WorkResult(
                worker_outcome=r["worker_outcome"], test_outcome=r["test_outcome"],
                output=r.get("output"), diff=r.get("diff")))
            carried += 1
    return carried


def _compiles(module: str, diff: str) -> bool:
    """Whether the mutated module is still Python (cosmic-ray can write `{>>d}` for `{**d}`);
    the runner records a line no test executes as survived without importing it."""
    old = [line[1:] for line in diff.splitlines() if line.startswith("-") and
           not line.startswith("---")]
    new = [line[1:] for line in diff.splitlines() if line.startswith("+") and
           not line.startswith("+++")]
    text = (ROOT / module).read_text(encoding="utf-8") if not _git_status([module]) else \
        subprocess.run(["git", "show", f"HEAD:{module}"], cwd=ROOT, capture_output=True,
                       text=True, check=True).stdout
    if old and "\n".join(old) in text:
        text = text.replace("\n".join(old), "\n".join(new), 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # `x is "literal"` mutants warn, and still compile
            compile(text, module, "exec")
    except SyntaxError:
        return False
    return True


def _files(modules: list[str]) -> list[str]:
    files = []
    for m in modules:
        path = ROOT / m
        found = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        files += [str(f.relative_to(ROOT)) for f in found]
    return files


def _tree(k: int, out: pathlib.Path) -> pathlib.Path:
    """Work tree k: this one for k = 0, else a copy of the commit (cosmic-ray edits files in
    place, so two runs in parallel need two trees)."""
    if k == 0:
        return ROOT
    tree = out / f"tree{k}"
    subprocess.run(["rm", "-rf", str(tree)], check=True)
    tree.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, capture_output=True,
                             check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def _mutant_counts(files: list[str], out: pathlib.Path, cr: str) -> Counter:
    config, session = out / "count.toml", out / "count.sqlite"
    config.write_text(_config(files, "true", 1), encoding="utf-8")
    session.unlink(missing_ok=True)
    subprocess.run([cr, "init", str(config), str(session)], cwd=ROOT, check=True)
    dump = subprocess.run([cr, "dump", str(session)], capture_output=True, text=True,
                          check=True).stdout
    return Counter(json.loads(line)[0]["mutations"][0]["module_path"]
                   for line in dump.splitlines())


def _groups(counts: Counter, jobs: int) -> list[list[str]]:
    """Modules into `jobs` groups of about as many mutants each (largest first)."""
    groups: list[list[str]] = [[] for _ in range(jobs)]
    sizes = [0] * jobs
    for module, n in counts.most_common():
        k = sizes.index(min(sizes))
        groups[k].append(module)
        sizes[k] += n
    return [g for g in groups if g]


def _coverage(files: list[str], tests: list[str], out: pathlib.Path, env: dict) -> str:
    """One run of the tests with a coverage context per test: which tests run which line."""
    data = out / "coverage"
    folders = sorted({f.split("/")[0] for f in files})
    # The editable install maps mlwf.<layer> to one tree; the coverage run must import this
    # one (a checkout of an older commit, as --carry wants), so a shim of links to its layers
    # goes first on the path.
    shim = out / "shim" / "mlwf"
    shim.mkdir(parents=True, exist_ok=True)
    for layer in ROOT.iterdir():
        if (layer / "__init__.py").exists() and not (shim / layer.name).exists():
            (shim / layer.name).symlink_to(layer.resolve(), target_is_directory=True)
    env = {**env, "PYTHONPATH": os.pathsep.join(filter(None, [str(shim.parent),
                                                               env.get("PYTHONPATH")]))}
    subprocess.run(["nice", "-n", "10", sys.executable, "-m", "pytest", "-q",
                    "-p", "no:cacheprovider", "-p", "pytest_cov", "--cov-context=test",
                    "--cov-report=", *[f"--cov={f}" for f in folders],
                    f"--junitxml={out / 'tests.xml'}", *tests],
                   cwd=ROOT, check=True, env={**env, "COVERAGE_FILE": str(data)})
    # the runner passes these contexts back to pytest as node ids: each must name a test
    from coverage import CoverageData
    recorded = CoverageData(basename=str(data))
    recorded.read()
    contexts = {c.rsplit("|", 1)[0] for c in recorded.measured_contexts() if c}
    listed = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q",
                             "-p", "no:cacheprovider", *tests], cwd=ROOT, env=env,
                            capture_output=True, text=True).stdout.splitlines()
    unknown = contexts - set(listed)
    if unknown:
        sys.exit(f"mutation: {len(unknown)} coverage contexts name no test, e.g. "
                 f"{sorted(unknown)[:3]}")
    return str(data)


def _preload(group: list[str]) -> list[str]:
    """What the runner may import before forking: libraries, and mlwf's layers below the
    mutated ones (never a module of the group, which each child must import fresh)."""
    names = ["pandas", "numpy", "rdflib", "pyoxigraph", "owlready2", "flask", "experta",
             "sklearn.datasets", "statsmodels.api", "pymfe.mfe", "mlwf.ontology:load",
             "mlwf.ontology.i18n:translations:tr", "mlwf.ontology.i18n:translations:en"]
    if not any(m.startswith("rules/") for m in group):
        names += ["mlwf.rules", "mlwf.rules.engine"]
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--modules", required=True, help="files or folders, space-separated")
    parser.add_argument("--tests", required=True, help="pytest arguments, space-separated")
    parser.add_argument("--out", default="var/mutation")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds a mutant's tests may run (a loop made endless...)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="runs in parallel, each in its own copy of the tree")
    parser.add_argument("--stop-after", type=float, default=None,
                        help="seconds: stop then, leaving a random sample (cosmic-ray runs "
                             "the mutants in random order); the table counts the rest as not run")
    parser.add_argument("--resume", action="store_true",
                        help="go on with the mutants a stopped run left (same --out, modules, "
                             "tests and --jobs)")
    parser.add_argument("--recheck", metavar="TESTS",
                        help="run the survivors of the last run against these pytest "
                             "arguments (the tests written for them), then the table")
    parser.add_argument("--only", metavar="NAMES",
                        help="with --recheck: just these survivors (names as survivors.txt "
                             "gives them, separated by commas), the others' results kept")
    parser.add_argument("--report-only", action="store_true",
                        help="print the table of the last run again")
    parser.add_argument("--save", metavar="FILE", type=pathlib.Path,
                        help="after the run (or with --report-only, now): write its decided "
                             "mutants to FILE, to go on elsewhere with --carry")
    parser.add_argument("--carry", metavar="FILE", type=pathlib.Path,
                        help="start a new run with the mutants FILE records (a --save of a "
                             "run on this commit) as decided, and run the others")
    args = parser.parse_args()
    files, tests = _files(args.modules.split()), shlex.split(args.tests)
    if args.carry:
        if args.resume:
            sys.exit("mutation: --carry starts a new run and --resume goes on with the last "
                     "one; give one of them")
        _record(args.carry)  # before the coverage run: a wrong record fails in a second
    out = ROOT / args.out
    out.mkdir(parents=True, exist_ok=True)
    cr = str(pathlib.Path(sys.executable).parent / "cosmic-ray")
    if args.recheck:
        if _git_status(files):
            sys.exit("mutation: commit or stash the modules first (recheck edits them too)")
        only = {n.strip() for n in args.only.split(",")} if args.only else None
        recheck(sorted(out.glob("session*.sqlite")), out, shlex.split(args.recheck),
                args.timeout, only)
    elif not args.report_only:
        if _git_status(files):
            sys.exit(f"mutation: {' '.join(files)} have uncommitted changes; cosmic-ray "
                     "edits these files in place, so commit or stash first")
        # pytest's plugins (schemathesis, hypothesis...) are not needed by these tests and
        # cost a second a run; ROOT is the working directory the test paths are relative to
        env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
        if args.resume:
            groups = json.loads((out / "groups.json").read_text(encoding="utf-8"))
            coverage = str(out / "coverage")
        else:
            for old in [*out.glob("session*.sqlite"), *out.glob("runs*.jsonl")]:
                old.unlink()
            groups = _groups(_mutant_counts(files, out, cr), args.jobs)
            (out / "groups.json").write_text(json.dumps(groups), encoding="utf-8")
            # the coverage run is also the baseline: it fails unless every test passes
            coverage = _coverage(files, tests, out, env)
        started = time.monotonic()
        runs = []
        try:
            for k, group in enumerate(groups):
                runs.append(_start(k, group, tests, coverage, out, args.timeout, cr, env,
                                   args.resume, args.carry))
            for _server, execution in runs:
                left = None if args.stop_after is None else \
                    max(1.0, args.stop_after - (time.monotonic() - started))
                try:
                    execution.wait(left)
                except subprocess.TimeoutExpired:
                    # cosmic-ray puts the mutated file back when interrupted
                    execution.send_signal(signal.SIGINT)
                    execution.wait()
        finally:
            for server, execution in runs:
                for proc in (execution, server):
                    if proc.poll() is None:
                        proc.terminate()
            changed = _git_status(files)
            if changed:
                print("mutation: the modules differ from git after the run:\n" + changed +
                      "restore them with git checkout -- " + " ".join(files), file=sys.stderr)
        print(f"ran in {time.monotonic() - started:.0f} s")
    sessions = sorted(out.glob("session*.sqlite"))
    score = report(sessions, out)
    if args.save:
        print(f"{save(sessions, args.save)} decided mutants written to {args.save}")
    print(f"score: {100 * score:.1f} % of the mutants decided were killed, equivalent ones "
          f"left out (unexplained survivors in {out / 'survivors.txt'})")
    return 0


def _start(k, group, tests, coverage, out, timeout, cr, env, resume=False, carried=None):
    """Start group k: its runner (tools/mutation_runner.py) and its cosmic-ray session."""
    tree = ROOT if k == 0 else out / f"tree{k}"
    if not resume:
        tree = _tree(k, out)
    elif k:
        # a run stopped mid-mutant leaves that mutant in its copy of the tree, and cosmic-ray
        # would put back the mutated text after every mutant of the resumed run: take the
        # modules again from the work tree, which main() has checked is clean
        for module in group:
            (tree / module).write_bytes((ROOT / module).read_bytes())
    sock = f"/tmp/mlwf-mutation-{os.getpid()}-{k}.sock"
    runner = str(ROOT / "tools" / "mutation_runner.py")
    server = subprocess.Popen(
        ["nice", "-n", "10", sys.executable, runner, "serve", sock, str(tree),
         "--modules", ",".join(group), "--coverage", coverage, "--git", str(ROOT),
         "--durations", str(out / "tests.xml"),
         "--preload", ",".join(_preload(group)), "--timeout", str(timeout),
         "--log", str(out / f"runs{k}.jsonl")], env=env, stdout=subprocess.PIPE, text=True)
    server.stdout.readline()  # "ready"
    command = shlex.join([sys.executable, runner, "run", sock, "--", "-x", "-q",
                          "-p", "no:cacheprovider", *tests])
    config, session = out / f"cosmic-ray{k}.toml", out / f"session{k}.sqlite"
    # cosmic-ray's own timeout only backs up the runner's, which reports a timeout as such
    config.write_text(_config(group, command, timeout + 60), encoding="utf-8")
    if not resume:
        subprocess.run([cr, "init", str(config), str(session)], cwd=tree, check=True, env=env)
        print(f"group {k} ({tree}): {len(group)} modules, "
              f"{skip_annotations(session, tree)} mutants inside type annotations skipped")
        if carried:
            print(f"group {k}: {carry(session, carried)} mutants decided in {carried}")
    execution = subprocess.Popen([cr, "exec", str(config), str(session)], cwd=tree, env=env)
    return server, execution


if __name__ == "__main__":
    sys.exit(main())
