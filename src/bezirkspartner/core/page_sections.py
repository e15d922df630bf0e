"""Sections that an app above adds to a page of an app below it: a registry.

An app may only import apps below it (docs/architecture.md), yet a page low in the chain can
show something an upper app knows — the atlas's district page shows suitable partners, which
the matching app computes. The upper app registers a section in its AppConfig.ready(); the
lower page renders every section registered for it, in registration order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Section:
    page: str  # "<app>.<page>", e.g. "atlas.district"
    key: str
    template: str  # rendered with `section` = the context below
    context: Callable[[Any, Any], dict]  # (request, the page's object) -> template context


_SECTIONS: list[Section] = []


def register(section: Section) -> None:
    if all((s.page, s.key) != (section.page, section.key) for s in _SECTIONS):
        _SECTIONS.append(section)


def sections_for(page: str, request, obj) -> list[dict]:
    """What the page shows from above: [{"key", "template", "context"}] for its template."""
    return [
        {"key": s.key, "template": s.template, "context": s.context(request, obj)}
        for s in _SECTIONS
        if s.page == page
    ]
