"""The admin token: what may change the store beyond the JSON API's own fact operations.

Two operations need it: SPARQL Update on POST /sparql and DELETE /api/cases/<id>. The
token is the ``ADMIN_TOKEN`` setting (server/settings.py), which usually comes from the
environment (``MLWF_ADMIN_TOKEN``, or a file named by ``MLWF_ADMIN_TOKEN_FILE``) so it
never appears on a command line. A client sends
``Authorization: Bearer <token>``; the comparison takes the same time whatever the
token (hmac.compare_digest).

- no token configured on the server: 403, whatever the request carries (the operations
  are switched off);
- no Authorization header, or one that is not ``Bearer <token>``: 401 with
  ``WWW-Authenticate: Bearer``;
- a wrong token: 403.
"""
from __future__ import annotations

import hmac

from flask import current_app, request

from mlwf.ontology.errors import Refused
from mlwf.ontology.i18n import Message, _
from mlwf.server.errors import Unauthorized


def require_admin(action: str | Message) -> None:
    """Return when the request carries the configured admin token; raise 401/403 if not."""
    expected = current_app.config.get("ADMIN_TOKEN")
    if not expected:
        raise Refused(_("{action} is switched off on this server", action=action),
                        _("the server has no admin token configured (set MLWF_ADMIN_TOKEN or "
                          "MLWF_ADMIN_TOKEN_FILE where the server starts)"))
    header = request.headers.get("Authorization", "")
    scheme, _sep, given = header.strip().partition(" ")
    given = given.strip()
    if not header:
        raise Unauthorized(_("{action} needs the admin token", action=action),
                           _("send the header 'Authorization: Bearer <token>'"))
    if scheme.lower() != "bearer" or not given or " " in given:
        raise Unauthorized(_("malformed Authorization header"),
                           _("send the header 'Authorization: Bearer <token>'"))
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise Refused(_("wrong admin token"),
                        _("{action} needs the token configured on the server", action=action))
