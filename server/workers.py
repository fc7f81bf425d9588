"""`mlwf serve --workers N`: the same app in N gunicorn worker processes.

Each worker builds its own app from server/wsgi.py, whose factory reads the settings
from the environment; so the settings given on the command line are handed over as
their MLWF_* variables (the password too, which keeps it off gunicorn's command line and
out of `ps`).
"""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any

from mlwf.ontology.errors import InvalidInput
from mlwf.ontology.i18n import _
from mlwf.server import settings


def serve_with_gunicorn(host: str, port: int, workers: int, threads: int,
                        given: Mapping[str, Any]) -> None:
    """Replace this process with a gunicorn master (signals then reach gunicorn itself)."""
    config = settings.load(given)  # a bad setting stops here, before any worker starts
    if not config.get("STORE_URL"):
        raise InvalidInput(_("--workers needs --store-url"),
                           _("the embedded store can be opened by one process only; run a "
                             "SPARQL server (oxigraph, virtuoso) and point every worker at it"))
    # The start-up writes (the ontology, its inferences, the meta-knowledge base, the case
    # migration) are made once, here: N workers making them at once on the same graphs of
    # an empty store kept Virtuoso busy past the request timeout on a loaded machine, and
    # every worker failed to boot. The workers then find each graph's content hash in place.
    from mlwf.server.services import Services
    Services.from_config(config).close()
    env = {**os.environ, **settings.environment({k: v for k, v in given.items()
                                                 if k in settings.BY_NAME})}
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
