"""A warm pytest for cosmic-ray that runs, for each mutant, the tests that execute its line.

cosmic-ray runs its test command once per mutant. Two costs dominate a naive run: a fresh
Python spends most of a second importing pytest, pandas, rdflib, experta and the ontology
before the first test, and most mutants are run against tests that never execute the
changed line. So tools/mutation.py starts this server once per work tree:

- it imports those libraries once (never a module being mutated), and for each mutant
  forks a child that runs pytest; the child imports the mutated module fresh from the file
  cosmic-ray has just rewritten, and exits, so nothing reaches the next mutant;
- it compares the mutated files with their committed text to find the changed statement,
  and from a coverage run with one context per test (pytest-cov's --cov-context=test)
  picks the tests that executed it, as mutmut 3 does from its own coverage. A statement
  that runs at import (a module constant, a rule's decorator) gets every selected test;
  a statement no test executes cannot change any test's outcome and is recorded as not
  covered, without running anything.

    mutation_runner.py serve SOCKET ROOT --git REPO --modules a.py,b.py --coverage FILE
                             --durations JUNIT_XML --preload mod,mod:function
                             --timeout SECONDS --log FILE
    mutation_runner.py run SOCKET -- PYTEST ARGS      # cosmic-ray's test command

`run` exits 0 when the tests pass (the mutant survived), 1 when one fails, and 124 when
they ran past the timeout; each run is one line of the JSON log.
"""
from __future__ import annotations

import ast
import difflib
import importlib
import json
import os
import pathlib
import signal
import socket
import subprocess
import sys
import time

TIMED_OUT = 124
IMPORT_TIME = "import"  # the key under which statements that run at import are found


def _mapped_finder(root: pathlib.Path):
    """Import mlwf.<layer> from ROOT's folders, as setup.cfg's package_dir maps them,
    whichever work tree the editable install points at (a second tree runs in parallel)."""
    from importlib.util import spec_from_file_location

    class Finder:
        @classmethod
        def find_spec(cls, fullname, path=None, target=None):
            parts = fullname.split(".")
            if len(parts) == 2 and parts[0] == "mlwf" and (root / parts[1] / "__init__.py").exists():
                folder = root / parts[1]
                return spec_from_file_location(fullname, folder / "__init__.py",
                                               submodule_search_locations=[str(folder)])
            return None

    return Finder


def committed(git: pathlib.Path, module: str) -> str:
    return subprocess.run(["git", "show", f"HEAD:{module}"], cwd=git, capture_output=True,
                          text=True, check=True).stdout


def load_tests_by_line(coverage_file: str, root: pathlib.Path, modules: list[str]):
    """{module: {line: {test node id, or IMPORT_TIME}}} from a coverage run with contexts."""
    from coverage import CoverageData
    data = CoverageData(basename=coverage_file)
    data.read()
    wanted = set(modules)
    result: dict[str, dict[int, set[str]]] = {}
    for measured in data.measured_files():
        # the coverage run may have been made in another tree of the same commit
        rel = next((m for m in wanted if measured.endswith("/" + m)), None)
        if rel is None:
            continue
        lines: dict[int, set[str]] = {}
        for line, contexts in data.contexts_by_lineno(measured).items():
            lines[line] = {c.rsplit("|", 1)[0] if c else IMPORT_TIME for c in contexts}
        result[rel] = lines
    return result


def statement_lines(tree: ast.AST, changed: range) -> set[int]:
    """The lines of the innermost statement around the change; of a compound statement
    (if, for, def...) only its header, since its body has statements of its own."""
    best = None
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt) and node.lineno <= changed.start and \
                node.end_lineno >= changed.stop - 1 and \
                (best is None or node.lineno >= best.lineno and node.end_lineno <= best.end_lineno):
            best = node
    if best is None:
        return set(changed)
    end = best.end_lineno
    bodies = [getattr(best, f) for f in ("body", "orelse", "finalbody", "handlers")
              if isinstance(getattr(best, f, None), list) and getattr(best, f)]
    first_inner = min((b[0].lineno for b in bodies), default=None)
    if first_inner is not None and first_inner > best.lineno:
        end = first_inner - 1
        # decorators belong to the header of a def or class
    start = min([best.lineno] + [d.lineno for d in getattr(best, "decorator_list", [])])
    return set(range(start, end + 1)) | set(changed)


def load_durations(junit: str) -> dict[str, float]:
    """{junit (classname, name) as "classname::name": seconds} of the coverage run."""
    import xml.etree.ElementTree as ET
    return {f"{case.get('classname')}::{case.get('name')}": float(case.get("time", 0))
            for case in ET.parse(junit).iter("testcase")}


def junit_key(node_id: str) -> str:
    path, *rest = node_id.split("::")
    return ".".join([path.removesuffix(".py").replace("/", "."), *rest[:-1]]) + "::" + rest[-1]


class Selector:
    def __init__(self, root: pathlib.Path, git: pathlib.Path, modules: list[str],
                 coverage_file: str, junit: str):
        self.root = root
        self.durations = load_durations(junit)
        self.original = {m: committed(git, m) for m in modules}
        self.trees = {m: ast.parse(text) for m, text in self.original.items()}
        self.by_line = load_tests_by_line(coverage_file, root, modules)

    def changed(self):
        """(module, range of original lines changed) for the module that differs from git."""
        for module, text in self.original.items():
            now = (self.root / module).read_text(encoding="utf-8")
            if now == text:
                continue
            old, new = text.splitlines(), now.splitlines()
            blocks = [op for op in difflib.SequenceMatcher(a=old, b=new, autojunk=False)
                      .get_opcodes() if op[0] != "equal"]
            lo, hi = blocks[0][1] + 1, max(blocks[-1][2], blocks[0][1] + 1)
            return module, range(lo, hi + 1)
        return None, None

    def compiles(self, module: str) -> bool:
        try:
            compile((self.root / module).read_text(encoding="utf-8"), module, "exec")
        except SyntaxError:
            return False
        return True

    def cheapest_first(self, tests: set[str]) -> list[str]:
        """With -x a killed mutant stops at its first failing test: try the quick ones
        first, the ones that build a Flask app or a store last."""
        return sorted(tests, key=lambda t: (self.durations.get(junit_key(t), 60.0), t))

    def tests_for(self, module: str, lines: range) -> tuple[set[str], set[int]]:
        span = statement_lines(self.trees[module], lines)
        tests: set[str] = set()
        for line in span:
            tests |= self.by_line.get(module, {}).get(line, set())
        return tests, span


def serve(sock_path: str, root: str, git: str, modules: list[str], coverage_file: str,
          junit: str, preload: list[str], timeout: float, log_path: str) -> None:
    # Forked children inherit the libraries' thread pools; one thread each keeps a fork safe.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    sys.dont_write_bytecode = True  # two mutants of one size within a second share a .pyc
    rootp = pathlib.Path(root)
    os.chdir(root)
    sys.meta_path.insert(0, _mapped_finder(rootp))
    selector = Selector(rootp, pathlib.Path(git), modules, coverage_file, junit)
    import collections
    import collections.abc
    if not hasattr(collections, "Mapping"):  # as mlwf.rules.experta_compat does, for experta
        collections.Mapping = collections.abc.Mapping  # type: ignore[attr-defined]
    import pytest  # noqa: F401  (warm)
    for entry in preload:
        # "module" imports it; "module:function[:argument]" also calls it, to fill a cache
        # (the parsed ontology, a translation catalogue) that every child would otherwise fill
        name, _, call = entry.partition(":")
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if call:
            function, _, argument = call.partition(":")
            getattr(module, function)(*([argument] if argument else []))
    loaded = [m for m in sys.modules if m.startswith("mlwf.")]
    mutated = {"mlwf." + m[:-3].replace("/", ".").removesuffix(".__init__") for m in modules}
    assert not mutated & set(loaded), f"a mutated module was preloaded: {mutated & set(loaded)}"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    pathlib.Path(sock_path).unlink(missing_ok=True)
    server.bind(sock_path)
    server.listen(1)
    server.settimeout(5)
    parent = os.getppid()
    print(f"mutation runner ready on {sock_path}", flush=True)
    with open(log_path, "a", encoding="utf-8") as log:
        while True:
            try:
                conn, _ = server.accept()
            except TimeoutError:
                if os.getppid() != parent:  # tools/mutation.py has gone: so do we
                    return
                continue
            conn.settimeout(None)
            with conn:
                args = json.loads(conn.makefile("r").readline())["args"]
                status, note = _handle(selector, args, timeout, log)
                conn.sendall((json.dumps({"status": status, "note": note}) + "\n").encode())


def _handle(selector: Selector, args: list[str], timeout: float, log) -> int:
    started = time.monotonic()
    module, lines = selector.changed()
    entry = {"module": module, "lines": [lines.start, lines.stop - 1] if lines else None}
    if module is None:  # e.g. the baseline: every selected test
        run_args, entry["selected"] = args, "all"
    else:
        tests, span = selector.tests_for(module, lines)
        entry["span"] = [min(span), max(span)]
        if not selector.compiles(module):
            tests = {IMPORT_TIME}  # cosmic-ray can write `{>>d}` for `{**d}`: fails at import
        if not tests:
            entry.update(selected="none", status=0, covered=False, seconds=0.0)
            log.write(json.dumps(entry) + "\n")
            log.flush()
            return 0, "not covered"
        if IMPORT_TIME in tests:
            run_args, entry["selected"] = args, "all"
        else:
            run_args = ["-x", "-q", "-p", "no:cacheprovider", *selector.cheapest_first(tests)]
            entry["selected"] = len(tests)
    status = _run_child(run_args, timeout)
    entry.update(status=status, covered=True, seconds=round(time.monotonic() - started, 2))
    log.write(json.dumps(entry) + "\n")
    log.flush()
    return status, "timeout" if status == TIMED_OUT else ""


def _run_child(args: list[str], timeout: float) -> int:
    pid = os.fork()
    if pid == 0:
        os.setpgid(0, 0)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            importlib.invalidate_caches()
            import pytest

            class StopEarly:
                """Exit at the first failure, and after the last test without tearing down
                session fixtures (a Flask app, a store) that no later mutant will see."""

                def pytest_runtest_logreport(self, report):
                    if report.failed:
                        os._exit(1)

                @pytest.hookimpl(tryfirst=True)
                def pytest_runtest_teardown(self, item, nextitem):
                    if nextitem is None:
                        os._exit(0)

            code = int(pytest.main(args, plugins=[StopEarly()]))
        except BaseException:  # noqa: BLE001 - any crash of a mutant is a failed run
            code = 3
        os._exit(code)
    deadline = time.monotonic() + timeout
    status = None
    while status is None:
        done, raw = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(raw) if os.WIFEXITED(raw) else 2
        elif time.monotonic() > deadline:
            status = TIMED_OUT
        else:
            time.sleep(0.01)
    try:  # the child's group: whatever it started (a server) goes with it
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    if status == TIMED_OUT:
        os.waitpid(pid, 0)
    return status


def run(sock_path: str, args: list[str]) -> int:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(sock_path)
    client.sendall((json.dumps({"args": args}) + "\n").encode())
    answer = json.loads(client.makefile("r").readline())
    print(answer["note"])  # what cosmic-ray keeps as the mutant's output
    return answer["status"]


def _opt(name: str) -> str:
    return sys.argv[sys.argv.index(name) + 1]


def main() -> int:
    if sys.argv[1] == "serve":
        serve(sys.argv[2], sys.argv[3], _opt("--git"), _opt("--modules").split(","), _opt("--coverage"),
              _opt("--durations"),
              [p for p in _opt("--preload").split(",") if p], float(_opt("--timeout")),
              _opt("--log"))
        return 0
    if sys.argv[1] == "run":
        return run(sys.argv[2], sys.argv[sys.argv.index("--") + 1:])
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main())
