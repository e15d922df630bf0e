"""The dossier's cost model: a pure function from rates and a plan to a yearly cost table.

Rules (also in docs/dossiers.md):
- A phase's trips, events, interpretation, translation and other costs are counted in the year
  in which the phase starts; its staff hours are spread over the phase's months, year by year.
- Every line is computed exactly and rounded once to whole euros (half up); sub-totals and
  totals are sums of the rounded lines, so every table adds up.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CATEGORIES = (
    "visits_out",
    "visits_in",
    "events",
    "interpretation",
    "translation",
    "communication",
    "materials",
    "staff",
)


@dataclass(frozen=True)
class DailyRate:
    day: Decimal  # a full day (24 hours away)
    partial_day: Decimal  # the arrival or the departure day, or a one-day trip
    night: Decimal

    def stay(self, days: int) -> Decimal:
        """Meals and lodging for one person staying `days` days (days - 1 nights)."""
        if days <= 0:
            return Decimal(0)
        if days == 1:
            return self.partial_day
        return 2 * self.partial_day + (days - 2) * self.day + (days - 1) * self.night

    def formula(self, days: int) -> str:
        if days == 1:
            return f"{self.partial_day}"
        return f"2 × {self.partial_day} + {days - 2} × {self.day} + {days - 1} × {self.night}"


@dataclass(frozen=True)
class TravelBand:
    min_km: int
    max_km: int | None
    amount: Decimal


@dataclass(frozen=True)
class Rates:
    per_diem: DailyRate  # travelling to the partner: its country's (or city's) amounts
    travel_bands: tuple[TravelBand, ...]
    interpretation_hourly: Decimal
    interpretation_hours_per_day: int
    translation_per_line: Decimal
    staff_hourly: dict[str, Decimal]  # grade key -> euros per hour
    hosting: DailyRate | None = None  # visitors hosted at home: meals and lodging per person
    event_catering_per_day: Decimal | None = None  # per participant and event day


@dataclass(frozen=True)
class Phase:
    key: str
    start: tuple[int, int]  # (year, month)
    end: tuple[int, int]  # inclusive
    visits_out: int = 0
    delegation_size: int = 0
    visits_in: int = 0
    visitor_group_size: int = 0
    visit_days: int = 0
    events: int = 0
    event_participants: int = 0
    event_days: int = 1
    interpretation_days: int = 0
    translation_lines: int = 0
    communication_eur: Decimal = Decimal(0)
    materials_eur: Decimal = Decimal(0)

    def months(self) -> list[tuple[int, int]]:
        (year, month), result = self.start, []
        while (year, month) <= self.end:
            result.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return result


@dataclass(frozen=True)
class StaffLine:
    office: str
    grade: str
    phase: str
    hours: int


@dataclass
class CostLine:
    year: int
    category: str
    phase: str
    amount: int
    formula: str  # how it was computed, numbers and rates only (language-neutral)
    office: str = ""  # staff lines only
    grade: str = ""


@dataclass
class CostTable:
    lines: list[CostLine] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def years(self) -> list[int]:
        return sorted({line.year for line in self.lines})

    def by_year(self) -> dict[int, dict[str, int]]:
        table: dict[int, dict[str, int]] = {y: dict.fromkeys(CATEGORIES, 0) for y in self.years}
        for line in self.lines:
            table[line.year][line.category] += line.amount
        return table

    def year_total(self, year: int) -> int:
        return sum(line.amount for line in self.lines if line.year == year)

    def category_total(self, category: str) -> int:
        return sum(line.amount for line in self.lines if line.category == category)

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)


def euros(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def travel_cost(rates: Rates, distance_km: float) -> Decimal | None:
    """The return-journey unit cost for a one-way distance (None below the first band).

    A band runs from its `min_km` up to the next band's `min_km`, so distances with decimals
    between two whole-kilometre bands (e.g. 99.5 km) fall into the lower one.
    """
    for band in sorted(rates.travel_bands, key=lambda b: b.min_km, reverse=True):
        if distance_km >= band.min_km:
            return band.amount
    return None


def compute(
    *, rates: Rates, phases: list[Phase], staff: list[StaffLine], distance_km: float | None
) -> CostTable:
    table = CostTable()
    add = table.lines.append
    trip = travel_cost(rates, distance_km) if distance_km is not None else None
    if trip is None:
        table.problems.append("travel")
    if any(p.visits_in and p.visitor_group_size for p in phases) and not rates.hosting:
        table.problems.append("hosting")
    if any(p.events and p.event_participants for p in phases) and not rates.event_catering_per_day:
        table.problems.append("events")
    for phase in phases:
        year = phase.start[0]
        if phase.visits_out and phase.delegation_size:
            people = phase.visits_out * phase.delegation_size
            per_person = rates.per_diem.stay(phase.visit_days) + (trip or 0)
            add(
                CostLine(
                    year,
                    "visits_out",
                    phase.key,
                    euros(people * per_person),
                    f"{people} × ({rates.per_diem.formula(phase.visit_days)} + {trip or 0})",
                )
            )
        if phase.visits_in and phase.visitor_group_size and rates.hosting:
            people = phase.visits_in * phase.visitor_group_size
            add(
                CostLine(
                    year,
                    "visits_in",
                    phase.key,
                    euros(people * rates.hosting.stay(phase.visit_days)),
                    f"{people} × ({rates.hosting.formula(phase.visit_days)})",
                )
            )
        if phase.events and phase.event_participants and rates.event_catering_per_day:
            person_days = phase.events * phase.event_participants * phase.event_days
            add(
                CostLine(
                    year,
                    "events",
                    phase.key,
                    euros(person_days * rates.event_catering_per_day),
                    f"{person_days} × {rates.event_catering_per_day}",
                )
            )
        if phase.interpretation_days:
            hours = phase.interpretation_days * rates.interpretation_hours_per_day
            add(
                CostLine(
                    year,
                    "interpretation",
                    phase.key,
                    euros(hours * rates.interpretation_hourly),
                    f"{hours} h × {rates.interpretation_hourly}",
                )
            )
        if phase.translation_lines:
            add(
                CostLine(
                    year,
                    "translation",
                    phase.key,
                    euros(phase.translation_lines * rates.translation_per_line),
                    f"{phase.translation_lines} × {rates.translation_per_line}",
                )
            )
        for category, value in (
            ("communication", phase.communication_eur),
            ("materials", phase.materials_eur),
        ):
            if value:
                add(CostLine(year, category, phase.key, euros(value), f"{value}"))
    _staff_lines(table, rates=rates, phases={p.key: p for p in phases}, staff=staff)
    return table


def _staff_lines(table: CostTable, *, rates: Rates, phases: dict[str, Phase], staff) -> None:
    for line in staff:
        phase, hourly = phases.get(line.phase), rates.staff_hourly.get(line.grade)
        if phase is None or hourly is None or not line.hours:
            if line.hours:
                table.problems.append(f"staff:{line.office}")
            continue
        months = phase.months()
        per_year: dict[int, int] = defaultdict(int)
        for year, _month in months:
            per_year[year] += 1
        for year, count in sorted(per_year.items()):
            hours = Decimal(line.hours) * count / len(months)
            table.lines.append(
                CostLine(
                    year,
                    "staff",
                    phase.key,
                    euros(hours * hourly),
                    f"{hours.quantize(Decimal('0.1'))} h × {hourly}",
                    office=line.office,
                    grade=line.grade,
                )
            )


def staff_hours(staff: list[StaffLine], phases: list[Phase]) -> dict[str, dict[str, int]]:
    """Hours per office and phase (the personnel table)."""
    table: dict[str, dict[str, int]] = defaultdict(
        lambda: dict.fromkeys((p.key for p in phases), 0)
    )
    for line in staff:
        if line.phase in table[line.office]:
            table[line.office][line.phase] += line.hours
    return dict(table)
