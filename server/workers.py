"""`mlwf serve --workers N`: the same app in N gunicorn worker processes.

Each worker builds its own app from server/wsgi.py, which reads the configuration from
the environment; so the store settings are handed over as MLWF_* variables (the password
too, which keeps it off gunicorn's command line and out of `ps`).
"""
from __future__ import annotations

import os
import sys

from mlwf.ontology.errors import InvalidInput

# app config key -> environment variable (server/wsgi.py documents them)
ENV = {"STORE_URL": "MLWF_STORE_URL", "STORE_UPDATE_URL": "MLWF_STORE_UPDATE_URL",
       "STORE_USER": "MLWF_STORE_USER", "STORE_PASSWORD": "MLWF_STORE_PASSWORD",
       "STORE_PATH": "MLWF_STORE"}


def config_from_env(environ=os.environ) -> dict:
    config = {key: environ[name] for key, name in ENV.items() if environ.get(name)}
    if config.get("STORE_URL"):
        config["STORE_PATH"] = None
    return config


def serve_with_gunicorn(host: str, port: int, workers: int, threads: int, config: dict) -> None:
    """Replace this process with a gunicorn master (signals then reach gunicorn itself)."""
    if not config.get("STORE_URL"):
        raise InvalidInput("--workers needs --store-url",
                           "the embedded store can be opened by one process only; run a SPARQL "
                           "server (oxigraph, virtuoso) and point every worker at it")
    env = dict(os.environ)
    for key, name in ENV.items():
        env.pop(name, None)
        if config.get(key):
            env[name] = str(config[key])
    argv = [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--threads",
            str(threads), "--bind", f"{host}:{port}", "--graceful-timeout", "10",
            "mlwf.server.wsgi:app"]
    from gunicorn.config import Config
    if "control_socket_disable" in Config().settings:
        # Newer gunicorns open a control socket at one fixed path per user, which a second
        # `mlwf serve --workers` on the same host would fight over; mlwf does not use it.
        argv.insert(-1, "--no-control-socket")
    print(f"mlwf serving on http://{host}:{port} with {workers} gunicorn workers "
          f"({config['STORE_URL']}); Ctrl-C stops it", flush=True)
    sys.stdout.flush()
    os.execve(sys.executable, argv, env)
