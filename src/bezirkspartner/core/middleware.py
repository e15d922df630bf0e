"""Refuse NUL characters in request parameters before any view or database sees them.

PostgreSQL cannot store or even compare text containing NUL, so one such character in a
search box or a form would otherwise end in a server error there (SQLite accepts it).
"""

from __future__ import annotations

from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.translation import gettext as _


def _nul_parameter(request) -> str | None:
    if "\x00" in request.path:
        return "path"
    for params in (request.GET, request.POST):
        for key, values in params.lists():
            if "\x00" in key or any("\x00" in value for value in values):
                return key.replace("\x00", "")
    return None


class RejectNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        content_type = request.content_type or ""
        if request.method == "GET" or content_type.startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            key = _nul_parameter(request)
            if key is not None:
                if request.path.startswith("/api/"):
                    message = f"the {key!r} parameter contains a NUL character"
                    return JsonResponse({"detail": message}, status=422)
                message = _(
                    "The input “%(name)s” contains an invisible NUL character, which no text "
                    "has. Please go back, remove it and send again."
                ) % {"name": key}
                return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
