"""Mutation testing with cosmic-ray: how many small deliberate bugs the tests catch.

    make mutation                                   # every module of $(MUTATE)
    make mutation MUTATE="rules/ranking.py"         # one module

cosmic-ray (chosen over mutmut: mutmut 3 runs the tests against a copy of the sources in
mutants/, which the installed package, mapped by setup.cfg's package_dir onto the source
folders, never imports) changes one thing at a time in the files themselves (a `<` into
`<=`, a number plus one, a decorator removed...), runs the test command, and puts the file
back. So run it on a clean work tree and do not edit the modules meanwhile; this script
refuses a dirty tree and checks afterwards that the files are as they were.

Results: a table per module on stdout, and in the output folder (var/mutation) the
session database and survivors.txt, the diff of each mutant no test caught.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import pathlib
import subprocess
import sys
import time
from collections import Counter, defaultdict

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _git_status(paths: list[str]) -> str:
    return subprocess.run(["git", "status", "--porcelain", "--", *paths], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout


def _config(modules: list[str], tests: list[str], timeout: float) -> str:
    command = " ".join([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                        *tests])
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


def _annotation_spans(path: pathlib.Path) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where the file's signature annotations are. Every module here starts with
    ``from __future__ import annotations``, so an annotation is never evaluated and a
    mutant inside one (``str | None`` into ``str // None``) is equivalent by construction."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    spans = []
    for node in ast.walk(tree):
        found = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns:
            found.append(node.returns)
        elif isinstance(node, ast.arg) and node.annotation:
            found.append(node.annotation)
        # Not class-level annotations (AnnAssign): dataclasses read those.
        spans += [((a.lineno, a.col_offset), (a.end_lineno, a.end_col_offset)) for a in found]
    return spans


_SPANS: dict[str, list] = {}


def _in_annotation(module: str, pos) -> bool:
    if module not in _SPANS:
        _SPANS[module] = _annotation_spans(ROOT / module)
    return any(lo <= tuple(pos) < hi for lo, hi in _SPANS[module])


def skip_annotations(session: pathlib.Path) -> int:
    """Mark the mutants inside annotations as skipped before the run; returns how many."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult
    skipped = 0
    with use_db(str(session), WorkDB.Mode.open) as db:
        for item in list(db.pending_work_items):
            m = item.mutations[0]
            if _in_annotation(str(m.module_path), m.start_pos):
                db.set_result(item.job_id, WorkResult(
                    worker_outcome=WorkerOutcome.SKIPPED,
                    output="equivalent: inside a type annotation, which is never evaluated"))
                skipped += 1
    return skipped


def report(session: pathlib.Path, out: pathlib.Path) -> float:
    """Print the table and write survivors.txt; returns the share of mutants killed."""
    dump = subprocess.run([str(pathlib.Path(sys.executable).parent / "cosmic-ray"), "dump",
                           str(session)], capture_output=True, text=True, check=True).stdout
    counts: dict[str, Counter] = defaultdict(Counter)
    survivors = []
    for line in dump.splitlines():
        item, result = json.loads(line)
        if result is None:
            counts[item["mutations"][0]["module_path"]]["not run"] += 1
            continue
        module = item["mutations"][0]["module_path"]
        outcome = result["test_outcome"] if result["worker_outcome"] == "normal" \
            else result["worker_outcome"]
        m = item["mutations"][0]
        if outcome == "survived" and _in_annotation(module, m["start_pos"]):
            outcome = "skipped"  # a session begun before skip_annotations existed
        counts[module][outcome] += 1
        if outcome == "survived":
            survivors.append(f"== {module}:{m['start_pos'][0]} {m['operator_name']} "
                             f"#{m['occurrence']}\n{result.get('diff', '')}")
    total = Counter()
    print(f"{'module':<40} {'mutants':>8} {'killed':>7} {'survived':>9} {'other':>6}  score")
    for module in sorted(counts):
        c = counts[module]
        total.update(c)
        _row(module, c)
    _row("all", total)
    (out / "survivors.txt").write_text("\n".join(survivors), encoding="utf-8")
    run = total["killed"] + total["survived"]
    return total["killed"] / run if run else 0.0


def _row(name: str, c: Counter) -> None:
    run = c["killed"] + c["survived"]
    other = sum(c.values()) - run  # skipped (annotations), timeouts, not run
    score = f"{100 * c['killed'] / run:5.1f} %" if run else "  -"
    print(f"{name:<40} {sum(c.values()):>8} {c['killed']:>7} {c['survived']:>9} {other:>6}  {score}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--modules", required=True, help="files or folders, space-separated")
    parser.add_argument("--tests", required=True, help="pytest arguments, space-separated")
    parser.add_argument("--out", default="var/mutation")
    parser.add_argument("--timeout", type=float, default=180.0)
    parser.add_argument("--report-only", action="store_true",
                        help="print the table of the last session again")
    args = parser.parse_args()
    modules, tests = args.modules.split(), args.tests.split()
    out = ROOT / args.out
    out.mkdir(parents=True, exist_ok=True)
    session = out / "session.sqlite"
    if not args.report_only:
        if _git_status(modules):
            sys.exit(f"mutation: {' '.join(modules)} have uncommitted changes; cosmic-ray "
                     "edits these files in place, so commit or stash first")
        config = out / "cosmic-ray.toml"
        config.write_text(_config(modules, tests, args.timeout), encoding="utf-8")
        session.unlink(missing_ok=True)
        cr = str(pathlib.Path(sys.executable).parent / "cosmic-ray")
        # pytest's plugins (schemathesis, hypothesis...) are not needed by these tests and
        # cost a second a run; ROOT is the working directory the test paths are relative to
        env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
        subprocess.run([cr, "init", str(config), str(session)], cwd=ROOT, check=True, env=env)
        print(f"{skip_annotations(session)} mutants inside type annotations skipped")
        subprocess.run([cr, "baseline", str(config)], cwd=ROOT, check=True, env=env)
        started = time.monotonic()
        try:
            subprocess.run([cr, "exec", str(config), str(session)], cwd=ROOT, check=True,
                           env=env)
        finally:
            changed = _git_status(modules)
            if changed:
                print("mutation: the modules differ from git after the run:\n" + changed +
                      "restore them with git checkout -- " + " ".join(modules),
                      file=sys.stderr)
        print(f"ran in {time.monotonic() - started:.0f} s")
    score = report(session, out)
    print(f"score: {100 * score:.1f} % of the mutants that ran were killed "
          f"(survivors in {out / 'survivors.txt'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
