"""Turns a dossier's stored plan (plain dicts in `content`) into the cost model's inputs.

Pure: no Django, so the conversion is tested with the cost model alone.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from bezirkspartner.dossiers.costs import Phase, StaffLine

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


def _count(raw: dict, name: str) -> int:
    try:
        value = int(raw.get(name) or 0)
    except (TypeError, ValueError, OverflowError) as exc:
        raise PlanError(f"{name} is not a whole number") from exc
    if value < 0:
        raise PlanError(f"{name} is negative")
    if value > MAX_COUNT:
        raise PlanError(f"{name} is larger than {MAX_COUNT}")
    return value


def _money(raw: dict, name: str) -> Decimal:
    try:
        value = Decimal(str(raw.get(name) or 0))
    except InvalidOperation as exc:
        raise PlanError(f"{name} is not an amount") from exc
    if not value.is_finite():
        raise PlanError(f"{name} is not an amount")
    if value < 0:
        raise PlanError(f"{name} is negative")
    if value > MAX_AMOUNT:
        raise PlanError(f"{name} is larger than {MAX_AMOUNT} EUR")
    return value


def phase_from(raw: dict) -> Phase:
    start, end = year_month(raw["start"]), year_month(raw["end"])
    if end < start:
        raise PlanError(f"phase {raw.get('key')} ends before it starts")
    return Phase(
        key=str(raw["key"]),
        start=start,
        end=end,
        **{name: _count(raw, name) for name in COUNT_FIELDS},
        **{name: _money(raw, name) for name in MONEY_FIELDS},
    )


def phases_from(content: dict) -> list[Phase]:
    return [phase_from(raw) for raw in content.get("phases") or []]


def staff_from(content: dict) -> list[StaffLine]:
    return [
        StaffLine(
            office=str(raw.get("office") or ""),
            grade=str(raw.get("grade") or ""),
            phase=str(raw.get("phase") or ""),
            hours=_count(raw, "hours"),
        )
        for raw in content.get("staff") or []
    ]


def validate(content: dict) -> None:
    """Raise PlanError unless the content's phases and staff lines can be computed."""
    try:
        phases_from(content)
        staff_from(content)
    except (KeyError, TypeError, AttributeError) as exc:
        raise PlanError(f"malformed plan: {exc!r}") from exc
