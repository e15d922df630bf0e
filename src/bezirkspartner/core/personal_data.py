"""A registry of personal-data exporters and erasers (DSGVO Art. 15, 17, 20).

Each app that stores something about a person registers one `Section` per kind of data in
its AppConfig.ready(): the name it has in the export, the relations to the user model it
covers ("app_label.Model.field"), a function that returns the person's data as JSON-ready
values, and one that erases it before the account is deleted. `tests/accounts/
test_personal_data.py` fails when any model relation to the user model is covered by no
section, so a new app cannot forget its part.

    personal_data.register(
        section="activities",
        relations=["partnerships.Activity.organiser"],
        export=lambda user: [...],
        erase=lambda user: Activity.objects.filter(organiser=user).update(organiser=None),
    )
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Section:
    section: str
    relations: tuple[str, ...]
    export: Callable[[Any], Any]
    erase: Callable[[Any], None]


_SECTIONS: dict[str, Section] = {}


def register(
    *,
    section: str,
    relations: Iterable[str],
    export: Callable[[Any], Any],
    erase: Callable[[Any], None],
) -> None:
    """Register (or replace, on a second ready()) the exporter and eraser of one section."""
    _SECTIONS[section] = Section(section, tuple(relations), export, erase)


def registered() -> list[Section]:
    return list(_SECTIONS.values())


def covered_relations() -> set[str]:
    return {relation for entry in _SECTIONS.values() for relation in entry.relations}


def export_all(user) -> dict[str, Any]:
    """Every section's data of the person, in registration order."""
    return {entry.section: entry.export(user) for entry in _SECTIONS.values()}


def erase_all(user) -> None:
    """Run every eraser (in reverse order, so later apps go before those they build on)."""
    for entry in reversed(list(_SECTIONS.values())):
        entry.erase(user)


def stamp(value) -> str | None:
    """A date or time as ISO 8601 text for the export, None stays None."""
    return value.isoformat() if value else None
