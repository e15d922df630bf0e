"""A registry of demo-content providers for `bezirkspartner demo`.

The command lives in the forum; apps to its right in the dependency chain (partnerships)
register a provider in their AppConfig.ready() instead of being imported by the forum.
Each provider is idempotent, marks everything it makes as demo, and returns summary lines.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class DemoProvider:
    name: str
    add: Callable[[], list[str]]
    remove: Callable[[], None]


_PROVIDERS: list[DemoProvider] = []


def register(provider: DemoProvider) -> None:
    if all(existing.name != provider.name for existing in _PROVIDERS):
        _PROVIDERS.append(provider)


def providers() -> list[DemoProvider]:
    return list(_PROVIDERS)
