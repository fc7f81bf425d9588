"""Optional tools are guarded one way (tests/optional.py): a loud skip outside CI, a
failure in CI whatever non-empty value CI has."""
from __future__ import annotations

import os
import pathlib
import re
import subprocess
import sys

import pytest

TESTS = pathlib.Path(__file__).resolve().parent

PROBE = '''
from optional import need_module, need_program

def test_module():
    need_module("mlwf_no_such_module_for_the_probe")

def test_program():
    need_program("mlwf-no-such-program", install="nothing to install")
'''


def _run_probe(tmp_path, ci):
    (tmp_path / "test_probe.py").write_text(PROBE)
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # the probe needs none of the plugins
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
                           str(tmp_path / "test_probe.py")], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)


def test_outside_ci_a_missing_tool_is_a_loud_skip(tmp_path):
    out = _run_probe(tmp_path, None)
    assert out.returncode == 0, out.stdout
    assert "2 skipped" in out.stdout and "SKIPPED LOUDLY" in out.stdout


@pytest.mark.parametrize("value", ["true", "1", "yes", "True"])
def test_in_ci_a_missing_tool_is_a_failure(tmp_path, value):
    out = _run_probe(tmp_path, value)
    assert out.returncode == 1, out.stdout
    assert "2 failed" in out.stdout and "required in CI" in out.stdout


def test_no_test_decides_on_its_own():
    """importorskip, or a test of its own on CI, would bypass the one rule."""
    offenders = []
    for path in sorted(TESTS.glob("*.py")):
        if path.name in ("optional.py", "test_i18n.py", pathlib.Path(__file__).name):  # i18n: not-yet-marked files, no tool
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (r"importorskip\(", r"environ(\.get)?\(?\[?[\"']CI[\"']", r"pytest\.skip\("):
            if re.search(pattern, text):
                offenders.append(f"{path.name}: {pattern}")
    assert offenders == []
