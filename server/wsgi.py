"""The WSGI entry point for gunicorn and other WSGI servers: ``mlwf.server.wsgi:app``.

A WSGI server imports this module in each of its worker processes, so the settings
come from the environment rather than from arguments: every setting of
server/settings.py as ``MLWF_<NAME>`` (``mlwf serve --help-settings`` lists them), e.g.
MLWF_STORE_URL for the shared store that more than one worker needs.
"""
from __future__ import annotations

from mlwf.server.app import create_app

app = create_app()
