"""Refuse an API query parameter given more than once where the API takes one value.

`?city=a&city=b` would otherwise be read as `city=b` without a word: the published schema
says the parameter is one string, so the request is answered 422, as any other request the
schema does not allow. Which parameters take several values is read from the API's own
OpenAPI description once per process.
"""

from __future__ import annotations

from functools import lru_cache

from django.http import JsonResponse


@lru_cache(maxsize=1)
def _list_parameters() -> dict[str, frozenset[str]]:
    from bezirkspartner.api import api

    lists: dict[str, set[str]] = {}
    for path, operations in api.get_openapi_schema()["paths"].items():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                types = {schema.get("type")} | {s.get("type") for s in schema.get("anyOf", [])}
                if parameter["in"] == "query" and "array" in types:
                    lists.setdefault(path, set()).add(parameter["name"])
    return {path: frozenset(names) for path, names in lists.items()}


class RepeatedApiParameterMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/api/") and request.GET:
            allowed = _list_parameters().get(request.path, frozenset())
            for key, values in request.GET.lists():
                if len(values) > 1 and key not in allowed:
                    message = f"the {key!r} parameter is given more than once; it takes one value"
                    return JsonResponse({"detail": message}, status=422)
        return self.get_response(request)
