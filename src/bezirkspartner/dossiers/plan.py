"""Turns a dossier's typed plan (`content.DossierContent`) into the cost model's inputs.

Pure: no Django, so the conversion is tested with the cost model alone. The bounds of counts
and amounts and the month format are defined here and used by the content schema.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from bezirkspartner.dossiers.costs import Phase as CostPhase
from bezirkspartner.dossiers.costs import StaffLine as CostStaffLine

if TYPE_CHECKING:
    from bezirkspartner.dossiers.content import DossierContent, Phase

COUNT_FIELDS = (
    "visits_out",
    "delegation_size",
    "visits_in",
    "visitor_group_size",
    "visit_days",
    "events",
    "event_participants",
    "event_days",
    "interpretation_days",
    "translation_lines",
)
MONEY_FIELDS = ("communication_eur", "materials_eur")


class PlanError(ValueError):
    pass


def year_month(value: str) -> tuple[int, int]:
    """'2027-03' -> (2027, 3); anything else is a PlanError."""
    try:
        year, month = (int(part) for part in str(value).split("-")[:2])
    except ValueError as exc:
        raise PlanError(f"not a month: {value!r}") from exc
    if not (1 <= month <= 12 and 1900 < year < 2200):
        raise PlanError(f"not a month: {value!r}")
    return year, month


# Far beyond any real plan; keeps every figure a finite number the cost model can print.
MAX_COUNT = 10_000_000
MAX_AMOUNT = Decimal(1_000_000_000)


def phase_from(phase: Phase) -> CostPhase:
    """One phase of the content as the cost model's input (the schema has checked it)."""
    return CostPhase(
        key=phase.key,
        start=year_month(phase.start),
        end=year_month(phase.end),
        **{name: getattr(phase, name) for name in (*COUNT_FIELDS, *MONEY_FIELDS)},
    )


def phases_from(content: DossierContent) -> list[CostPhase]:
    return [phase_from(phase) for phase in content.phases]


def staff_from(content: DossierContent) -> list[CostStaffLine]:
    return [
        CostStaffLine(office=line.office, grade=line.grade, phase=line.phase, hours=line.hours)
        for line in content.staff
    ]
