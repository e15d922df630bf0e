"""Reads for partnerships: lists, one partnership with its history, budget against plan, report."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from bezirkspartner.dossiers.selectors import dossier_plan_by_year
from bezirkspartner.partnerships.models import (
    Activity,
    Expense,
    Invitation,
    Partnership,
    Stage,
)


def partnership_list(*, stage: str = "") -> QuerySet[Partnership]:
    queryset = Partnership.objects.select_related("home", "partner__city__country")
    return queryset.filter(stage=stage) if stage in Stage.values else queryset


def partnership_get(pk: int) -> Partnership:
    return (
        Partnership.objects.select_related("home", "partner__city__country", "dossier")
        .prefetch_related(
            "themes",
            "steps__dossier",
            "steps__actor",
            "steps__documents",
            Prefetch("activities", Activity.objects.select_related("theme", "practice")),
        )
        .get(pk=pk)
    )


def guest_partnerships(user) -> QuerySet[Partnership]:
    """The partnerships whose workspace a guest has joined."""
    if not user.is_authenticated:
        return Partnership.objects.none()
    return Partnership.objects.filter(
        invitations__guest=user, invitations__accepted_at__isnull=False
    ).distinct()


def invitations(partnership: Partnership) -> QuerySet[Invitation]:
    return partnership.invitations.select_related("guest", "invited_by")


def activities_upcoming(partnership: Partnership) -> list[Activity]:
    now = timezone.now()
    return [a for a in partnership.activities.all() if a.ends_at >= now]


def activities_past(partnership: Partnership) -> list[Activity]:
    now = timezone.now()
    return [a for a in partnership.activities.all() if a.ends_at < now][::-1]


def expenses(partnership: Partnership) -> QuerySet[Expense]:
    return Expense.objects.filter(activity__partnership=partnership).select_related(
        "activity", "funding"
    )


# --- budget against plan -------------------------------------------------------------------

OWN_BUDGET = "district"


@dataclass
class SourceRow:
    key: str  # "district" or a funding instrument's slug
    label: str
    amount: Decimal
    hours: Decimal


@dataclass
class YearRow:
    year: int
    planned_cost: int | None
    planned_hours: float | None
    sources: list[SourceRow] = field(default_factory=list)

    @property
    def actual_cost(self) -> Decimal:
        return sum((s.amount for s in self.sources), Decimal(0))

    @property
    def actual_hours(self) -> Decimal:
        return sum((s.hours for s in self.sources), Decimal(0))

    @property
    def cost_difference(self) -> Decimal | None:
        """Actual minus plan: positive means over plan."""
        if self.planned_cost is None:
            return None
        return self.actual_cost - self.planned_cost

    @property
    def hours_difference(self) -> Decimal | None:
        if self.planned_hours is None:
            return None
        return self.actual_hours - Decimal(str(self.planned_hours))


@dataclass
class Budget:
    partnership: Partnership
    has_plan: bool
    years: list[YearRow]

    @property
    def planned_total(self) -> int:
        return sum(row.planned_cost or 0 for row in self.years)

    @property
    def actual_total(self) -> Decimal:
        return sum((row.actual_cost for row in self.years), Decimal(0))

    @property
    def planned_hours_total(self) -> float:
        return round(sum(row.planned_hours or 0 for row in self.years), 1)

    @property
    def actual_hours_total(self) -> Decimal:
        return sum((row.actual_hours for row in self.years), Decimal(0))

    def year(self, year: int) -> YearRow | None:
        return next((row for row in self.years if row.year == year), None)


def _source_label(funding) -> str:
    if funding is None:
        return _("District budget")
    return funding.name + (f" ({funding.year})" if funding.year else "")


def budget(partnership: Partnership) -> Budget:
    """Plan (from the linked dossier's cost model) against actual spending, per year and source.

    A year appears when it has a plan or spending. The activity's start date decides the year
    of its spending.
    """
    plan = dossier_plan_by_year(partnership.dossier) if partnership.dossier_id else {}
    actual: dict[int, dict[str, SourceRow]] = defaultdict(dict)
    for expense in expenses(partnership):
        year = timezone.localtime(expense.activity.starts_at).year
        key = expense.funding.slug if expense.funding_id else OWN_BUDGET
        row = actual[year].setdefault(
            key, SourceRow(key, _source_label(expense.funding), Decimal(0), Decimal(0))
        )
        row.amount += expense.amount_eur
        row.hours += expense.staff_hours
    years = []
    for year in sorted(set(plan) | set(actual)):
        planned = plan.get(year)
        sources = sorted(
            actual.get(year, {}).values(), key=lambda s: (s.key != OWN_BUDGET, s.label)
        )
        years.append(
            YearRow(
                year=year,
                planned_cost=planned["cost"] if planned else (0 if plan else None),
                planned_hours=planned["staff_hours"] if planned else (0.0 if plan else None),
                sources=sources,
            )
        )
    return Budget(partnership=partnership, has_plan=bool(plan), years=years)


BUDGET_CSV_HEADER = [
    "year",
    "funding_source",
    "planned_eur",
    "actual_eur",
    "difference_eur",
    "planned_staff_hours",
    "actual_staff_hours",
]


def _number(value, places: str = "0.01") -> float | None:
    """A plain number for the CSV (numbers are never formula-escaped, negative ones included)."""
    if value is None:
        return None
    return float(Decimal(str(value)).quantize(Decimal(places)))


def budget_csv_rows(view: Budget) -> list[dict]:
    """One row per year and funding source, then the year's total row (with the plan)."""
    rows = []
    for year in view.years:
        for source in year.sources:
            rows.append(
                {
                    "year": year.year,
                    "funding_source": source.label,
                    "actual_eur": _number(source.amount),
                    "actual_staff_hours": _number(source.hours, "0.1"),
                }
            )
        rows.append(
            {
                "year": year.year,
                "funding_source": _("all sources"),
                "planned_eur": year.planned_cost,
                "actual_eur": _number(year.actual_cost),
                "difference_eur": _number(year.cost_difference),
                "planned_staff_hours": _number(year.planned_hours, "0.1"),
                "actual_staff_hours": _number(year.actual_hours, "0.1"),
            }
        )
    return rows


# --- annual report -------------------------------------------------------------------------


@dataclass
class AnnualReport:
    partnership: Partnership
    year: int
    steps: list
    activities: list[Activity]
    upcoming: list[Activity]
    groups: list[tuple[str, int]]  # participant group label, number of activities
    participants: int
    budget_year: YearRow | None
    has_plan: bool

    @property
    def budget_year_list(self) -> list[YearRow]:
        return [self.budget_year] if self.budget_year else []


def report_years(partnership: Partnership) -> list[int]:
    years = {timezone.localtime(a.starts_at).year for a in partnership.activities.all()}
    years |= {s.decided_on.year for s in partnership.steps.all()}
    years.add(timezone.localdate().year)
    return sorted(years, reverse=True)


def annual_report(partnership: Partnership, year: int) -> AnnualReport:
    """What happened in a year, who took part, money and staff against plan, next steps."""
    activities = [
        a for a in partnership.activities.all() if timezone.localtime(a.starts_at).year == year
    ]
    counts: dict[str, int] = defaultdict(int)
    for activity in activities:
        for label in activity.group_labels:
            counts[label] += 1
    now = timezone.now()
    budget_view = budget(partnership)
    return AnnualReport(
        partnership=partnership,
        year=year,
        steps=[s for s in partnership.steps.all() if s.decided_on.year == year],
        activities=activities,
        upcoming=[a for a in partnership.activities.all() if a.starts_at > now][:10],
        groups=sorted(counts.items()),
        participants=sum(a.participant_count or 0 for a in activities if a.ends_at < now),
        budget_year=budget_view.year(year),
        has_plan=budget_view.has_plan,
    )
