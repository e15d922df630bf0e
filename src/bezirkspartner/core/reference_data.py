"""A registry of reference-data loaders run by `bezirkspartner setup`.

Each domain app registers a loader in its AppConfig.ready(); setup runs them in
registration order (apps are ordered by dependency in INSTALLED_APPS).
A loader is idempotent and returns a list of human-readable summary lines.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Loader:
    name: str
    inputs: Callable[[], list[Path]]
    run: Callable[[], list[str]]


_LOADERS: list[Loader] = []


def register(loader: Loader) -> None:
    if all(existing.name != loader.name for existing in _LOADERS):
        _LOADERS.append(loader)


def loaders() -> list[Loader]:
    return list(_LOADERS)
