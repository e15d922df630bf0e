"""Error answers of the HTTP API, so that every status code an operation gives is documented."""

from __future__ import annotations

from typing import Any

from ninja import Schema


class ErrorOut(Schema):
    """`detail` is a sentence, or for invalid parameters the list of what was wrong where."""

    detail: str | list[dict[str, Any]]


def errors(*codes: int) -> dict[int, type[Schema]]:
    """`response={200: X, **errors(404, 422)}` documents the error answers of an operation."""
    return dict.fromkeys(codes, ErrorOut)
