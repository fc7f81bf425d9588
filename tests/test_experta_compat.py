"""experta 1.9.4 pins frozendict 1.2, which cannot import on Python >= 3.10 by itself.
rules/experta_compat.py is the one place that makes it work; these tests prove it does,
in a fresh interpreter, and that nothing goes around it."""
import ast
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]

ENGINE = """
from mlwf.rules.experta_compat import Fact, KnowledgeEngine, MATCH, Rule, TEST
class Reading(Fact): pass
class Alarm(Fact): pass
class Thermostat(KnowledgeEngine):
    @Rule(Reading(celsius=MATCH.c), TEST(lambda c: c > 30))
    def too_hot(self, c):
        self.declare(Alarm(reason=f"{c} degrees"))
engine = Thermostat()
engine.reset()
engine.declare(Reading(celsius=35), Reading(celsius=20))
engine.run()
print(sorted(f["reason"] for f in engine.facts.values() if isinstance(f, Alarm)))
"""


def test_engine_runs_in_a_fresh_interpreter():
    out = subprocess.run([sys.executable, "-c", ENGINE], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['35 degrees']"


def test_plain_experta_import_is_what_the_shim_fixes():
    # Without the shim, importing experta fails on this Python: the shim is still needed.
    # Should a future frozendict/experta release fix this, this test says the shim can go.
    code = "import experta"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode != 0 and "collections" in out.stderr and "Mapping" in out.stderr


def test_no_module_imports_experta_around_the_shim():
    offenders = []
    for path in ROOT.glob("*/**/*.py"):
        if ".venv" in path.parts or path.name == "experta_compat.py" or "tests" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n == "experta" or n.startswith("experta.") for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, f"import experta through mlwf.rules.experta_compat: {offenders}"
