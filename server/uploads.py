"""The CSV upload that both upload routes take (a case's dataset, an evaluation): a
multipart/form-data body with the file in the field 'file'. Checked here once, so both
answer a wrong body the same way (415) and a missing file the same way (400)."""
from __future__ import annotations

from typing import Any

from flask import request
from werkzeug.datastructures import FileStorage

from mlwf.ontology.errors import InvalidInput
from mlwf.ontology.i18n import _
from mlwf.server.errors import UnsupportedMediaType


def csv_upload(fields: Any) -> FileStorage:
    """The uploaded file; ``fields`` describes the route's form fields for a client that
    sent another kind of body."""
    if request.mimetype != "multipart/form-data":
        raise UnsupportedMediaType(_("upload the CSV as multipart/form-data"), fields)
    upload = request.files.get("file")
    if upload is None:
        raise InvalidInput(_("no file in the upload"),
                           _("send the CSV in the multipart field 'file'"))
    return upload
