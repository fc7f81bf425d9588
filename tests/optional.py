"""The one place that decides what a test does when an optional tool is missing (a system
program such as java, chromium, Virtuoso or Jena, or a test extra such as schemathesis):
outside CI it skips with a loud reason; in CI (the environment variable CI set to any
non-empty value, as .ci/run runs) it fails, since .ci/run installs every one of them.
Every optional-tool test goes through here: a bare pytest.importorskip would skip in CI
too, and hide a failure."""
from __future__ import annotations

import importlib
import os
import shutil

import pytest


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


def missing(what: str, install: str) -> None:
    """``what`` is not here: a loud skip, or in CI a failure."""
    if in_ci():
        pytest.fail(f"{what} is required in CI ({install})")
    pytest.skip(f"SKIPPED LOUDLY: {what} is not installed here ({install})",
                allow_module_level=True)


def need_module(name: str, install: str = "pip install -e '.[test]'"):
    """The module, imported; else missing()."""
    try:
        return importlib.import_module(name)
    except ImportError:
        missing(f"the Python package {name}", install)


def need_program(*names: str, install: str) -> str:
    """The path of the first of ``names`` on PATH; else missing()."""
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    missing(" or ".join(names), install)
