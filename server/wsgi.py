"""The WSGI entry point for gunicorn and other WSGI servers: ``mlwf.server.wsgi:app``.

A WSGI server imports this module in each of its worker processes, so the configuration
comes from the environment rather than from arguments:

    MLWF_STORE_URL          SPARQL 1.1 query endpoint of the shared store (required for
                            more than one worker: the embedded store belongs to one process)
    MLWF_STORE_UPDATE_URL   its update endpoint, when different
    MLWF_STORE_USER, MLWF_STORE_PASSWORD   credentials for updates (basic or digest)
    MLWF_STORE              directory of the embedded store, when no URL is given
"""
from __future__ import annotations

from mlwf.server.app import create_app
from mlwf.server.workers import config_from_env

app = create_app(config_from_env())
