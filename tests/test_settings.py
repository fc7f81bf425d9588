"""Settings: one table, set by MLWF_* variables or `mlwf serve` options, and a
misconfiguration stops the server with one line, never a traceback."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
import requests

from mlwf.server.settings import SETTINGS

from stores import free_port, mlwf_serve


def serve(*args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """`mlwf serve` that is expected to stop by itself (help, or a bad setting)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MLWF_")}
    return subprocess.run([sys.executable, "-m", "mlwf.cli", "serve", "--port", str(free_port()),
                           *args], env={**clean, **(env or {})}, capture_output=True, text=True,
                          timeout=timeout)


def test_help_settings_lists_every_setting_with_its_variable_and_default():
    out = serve("--help-settings")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    for setting in SETTINGS:
        row = next(line for line in lines if line.split()[0] == setting.name.lower().replace("_", "-"))
        assert f"MLWF_{setting.name}" in row
        assert ("(unset)" if setting.default is None else str(setting.default)) in row


def test_the_documented_default_limits():
    defaults = {s.name: s.default for s in SETTINGS}
    assert defaults["QUERY_TIMEOUT"] == 10.0
    assert defaults["QUERY_MEMORY_MB"] == 2048
    assert defaults["QUERY_MAX_BYTES"] == 20_000_000
    assert defaults["MAX_CONTENT_LENGTH"] == 50_000_000
    assert defaults["STORE_PATH"] == "var/store"


@pytest.mark.parametrize("env, args, names", [
    ({"MLWF_ADMIN_TOKEN": "short"}, [], ("ADMIN_TOKEN", "at least 16")),
    ({"MLWF_QUERY_TIMEOUT": "soon"}, [], ("QUERY_TIMEOUT", "MLWF_QUERY_TIMEOUT", "a number")),
    ({"MLWF_QUERY_WORKERS": "0"}, [], ("QUERY_WORKERS", ">= 1")),
    ({"MLWF_MAX_CONTENT_LENGTH": "1e999"}, [], ("MAX_CONTENT_LENGTH", "whole number")),
    ({}, ["--setting", "query_timout=3"], ("unknown setting", "query_timeout")),
    ({}, ["--setting", "query_timeout"], ("NAME=VALUE",)),
    ({"MLWF_ADMIN_TOKEN_FILE": "/nonexistent/token"}, [], ("ADMIN_TOKEN_FILE", "cannot read")),
])
def test_a_bad_setting_is_one_line_and_no_traceback(tmp_path, env, args, names):
    out = serve("--store", str(tmp_path / "store"), *args, env=env)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    message = out.stderr.strip()
    assert len(message.splitlines()) == 1 and message.startswith("mlwf: ")
    for name in names:
        assert name in message


def test_a_secret_is_never_echoed():
    out = serve("--setting", "admin_token=tooshort-secret")
    assert out.returncode == 2
    assert "tooshort-secret" not in out.stderr


@pytest.mark.parametrize("how", ["environment", "option"])
def test_a_setting_reaches_the_running_server(tmp_path, how):
    """MAX_CONTENT_LENGTH set either way: a body over it is refused with 413 naming it."""
    port = free_port()
    clean = {k: "" for k in os.environ if k.startswith("MLWF_")}
    env = {**clean, "MLWF_MAX_CONTENT_LENGTH": "3000"} if how == "environment" else clean
    args = ["--store", str(tmp_path / "store")] + (
        ["--setting", "MAX_CONTENT_LENGTH=3000"] if how == "option" else [])
    server = mlwf_serve(port, args, env=env)
    try:
        small = requests.post(f"http://127.0.0.1:{port}/api/advise",
                              json={"facts": {"goal": "x" * 100}}, timeout=10)
        assert small.status_code == 200
        big = requests.post(f"http://127.0.0.1:{port}/api/advise",
                            json={"facts": {"goal": "x" * 5000}}, timeout=10)
        assert big.status_code == 413
        assert big.json()["detail"] == "the limit is 3,000 bytes (the MAX_CONTENT_LENGTH setting)"
    finally:
        server.stop()
