"""Reads for dossiers: everything a dossier page or export shows, computed from its content.

Costs, personnel totals and funding options are recomputed from the stored plan on every read,
so an edit to a phase or a rate shows up everywhere at once. The stored JSON is read through
the typed schema (`content.content_parse`); content that does not fit gives an empty view with
the problem named in the user's language, never an error page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from bezirkspartner.dossiers import costs, funding, plan, rates
from bezirkspartner.dossiers.content import (
    ContentError,
    DossierContent,
    Goal,
    Lead,
    Phase,
    content_parse,
)
from bezirkspartner.dossiers.content_messages import content_error_text
from bezirkspartner.dossiers.models import Committee, Dossier
from bezirkspartner.dossiers.timeline import timeline_svg
from bezirkspartner.knowledge.models import FundingInstrument, Practice

CATEGORY_LABELS = {
    "visits_out": lambda: _("Delegation visits to the partner"),
    "visits_in": lambda: _("Hosting visitors"),
    "events": lambda: _("Events"),
    "interpretation": lambda: _("Interpreting"),
    "translation": lambda: _("Translation"),
    "communication": lambda: _("Communication"),
    "materials": lambda: _("Materials"),
    "staff": lambda: _("Staff time"),
}


@dataclass
class CommitteeRow:
    committee: Committee
    role: str  # lead | involved
    reason: str


@dataclass
class LeadRow:
    office: str
    committee: str
    reason: str
    committee_obj: Committee | None


@dataclass
class GoalRow:
    """A goal with its theme and the practices it names, as objects."""

    theme: str
    goal: str
    benefit: str
    practices: list[str]
    theme_obj: object | None
    practice_objs: list[Practice]


@dataclass
class StaffRow:
    office: str
    grade: str
    hours: dict[str, int]  # phase key -> hours
    total: int


@dataclass
class DossierView:
    dossier: Dossier
    content: DossierContent
    themes: list
    goals: list[GoalRow]
    phases: list[Phase]
    cost: costs.CostTable | None
    categories: list[tuple[str, str]]
    staff_rows: list[StaffRow]
    staff_total_hours: int
    funding: list[funding.FundingOption]
    committees: list[CommitteeRow]
    lead: LeadRow
    timeline: str
    sources: list[dict]
    problems: list[str] = field(default_factory=list)

    @property
    def cost_rows(self) -> list[dict]:
        """One row per category: label, amount per year, total (only categories with costs)."""
        if self.cost is None:
            return []
        by_year = self.cost.by_year()
        rows = []
        for key, label in self.categories:
            amounts = [by_year[year][key] for year in self.cost.years]
            if any(amounts):
                rows.append({"key": key, "label": label, "amounts": amounts, "total": sum(amounts)})
        return rows

    @property
    def year_totals(self) -> list[int]:
        return [self.cost.year_total(y) for y in self.cost.years] if self.cost else []

    @property
    def year_amounts(self) -> list[tuple[int, int]]:
        return list(zip(self.cost.years, self.year_totals, strict=True)) if self.cost else []

    @property
    def cost_lines(self) -> list[dict]:
        if self.cost is None:
            return []
        labels = dict(self.categories)
        titles = self.content.phase_titles()
        order = {key: n for n, (key, _label) in enumerate(self.categories)}
        lines = sorted(self.cost.lines, key=lambda line: (line.year, order[line.category]))
        return [
            {
                "year": line.year,
                "label": labels[line.category],
                "phase_title": titles.get(line.phase, line.phase),
                "formula": line.formula,
                "amount": line.amount,
                "office": line.office,
            }
            for line in lines
        ]


def dossier_list(*, status: str = ""):
    queryset = Dossier.objects.select_related("home", "partner__city__country").prefetch_related(
        "themes"
    )
    return queryset.filter(status=status) if status else queryset


def dossier_content(dossier) -> DossierContent:
    """The dossier's (or a version's) stored content, typed; ContentError if it does not fit."""
    return content_parse(dossier.content)


def _goal_row(goal: Goal, themes_by_slug: dict, practices: dict) -> GoalRow:
    return GoalRow(
        theme=goal.theme,
        goal=goal.goal,
        benefit=goal.benefit,
        practices=list(goal.practices),
        theme_obj=themes_by_slug.get(goal.theme),
        practice_objs=[practices[s] for s in goal.practices if s in practices],
    )


def _goals(content: DossierContent, themes_by_slug: dict) -> list[GoalRow]:
    slugs = {slug for goal in content.goals for slug in goal.practices}
    practices = {p.slug: p for p in Practice.objects.filter(slug__in=slugs)} if slugs else {}
    return [_goal_row(goal, themes_by_slug, practices) for goal in content.goals]


def _committees(content: DossierContent) -> tuple[list[CommitteeRow], LeadRow]:
    committees = {c.slug: c for c in Committee.objects.all()}
    rows = [
        CommitteeRow(committees[row.slug], str(row.role), row.reason)
        for row in content.committees
        if row.slug in committees
    ]
    lead: Lead = content.lead
    return rows, LeadRow(
        lead.office, lead.committee, lead.reason, committees.get(lead.committee or "")
    )


def _funding(dossier: Dossier, total: int) -> list[funding.FundingOption]:
    language = "en" if get_language() == "en" else "de"
    records = [
        funding.FundingRecord(
            slug=i.slug,
            name=getattr(i, f"name_{language}") or i.name_de,
            year=i.year,
            eligible_countries=tuple(i.eligible_countries),
            funding_rate=str(i.funding_rate or ""),
            amount_min=i.amount_min_eur,
            amount_max=i.amount_max_eur,
            applicant_status=i.hamburg_bezirk_can_apply,
            url=(i.source_urls or [""])[0],
        )
        for i in FundingInstrument.objects.all()
    ]
    country = dossier.partner.city.country
    return funding.options(
        records, country=country.code, eu_member=country.eu_member, total_cost=total
    )


def _staff_rows(staff: list[costs.StaffLine], phases: list[costs.Phase]) -> list[StaffRow]:
    grade_of = {line.office: line.grade for line in staff}
    return [
        StaffRow(office, grade_of.get(office, ""), by_phase, sum(by_phase.values()))
        for office, by_phase in costs.staff_hours(staff, phases).items()
    ]


def _content(dossier, problems: list[str]) -> DossierContent:
    """The typed content; empty with the problem named if the stored JSON does not fit."""
    try:
        return dossier_content(dossier)
    except ContentError as exc:
        problems.append(content_error_text(exc))
        return DossierContent()


def _plan(content: DossierContent):
    return plan.phases_from(content), plan.staff_from(content)


def _cost(
    dossier: Dossier, content: DossierContent, phases, staff, data: dict, problems: list[str]
):
    city = dossier.partner.city
    try:
        rate_table = rates.rates_for(city.country.code, city.name_en, data=data)
    except rates.RatesError as exc:
        problems.append(_("The cost rates are incomplete: %(error)s") % {"error": exc})
        return None
    cost = costs.compute(
        rates=rate_table,
        phases=phases,
        staff=staff,
        distance_km=content.match.distance_km,
    )
    if "travel" in cost.problems:
        problems.append(_("No travel cost band fits the distance; travel is not included."))
    return cost


def dossier_cost(dossier: Dossier) -> costs.CostTable | None:
    """Only the cost table (for lists and reports that show a dossier's total)."""
    problems: list[str] = []
    content = _content(dossier, problems)
    phases, staff = _plan(content)
    return _cost(dossier, content, phases, staff, rates.rates_data(), problems)


def dossier_view(dossier: Dossier) -> DossierView:
    problems: list[str] = []
    content = _content(dossier, problems)
    themes = list(dossier.themes.all())
    phases, staff = _plan(content)
    data = rates.rates_data()
    cost = _cost(dossier, content, phases, staff, data, problems)
    committees, lead = _committees(content)
    return DossierView(
        dossier=dossier,
        content=content,
        themes=themes,
        goals=_goals(content, {t.slug: t for t in themes}),
        phases=list(content.phases),
        cost=cost,
        categories=[(key, CATEGORY_LABELS[key]()) for key in costs.CATEGORIES],
        staff_rows=_staff_rows(staff, phases),
        staff_total_hours=sum(line.hours for line in staff),
        funding=_funding(dossier, cost.total if cost else 0),
        committees=committees,
        lead=lead,
        timeline=timeline_svg(
            phases,
            content.phase_titles(),
            title=_("Timeline of the partnership"),
            desc=_(
                "One bar per phase from its first to its last month; the table lists the dates."
            ),
        ),
        sources=rates.sources(data),
        problems=problems,
    )


def dossier_for_page(pk: int):
    """A dossier with what its page shows around the body: places, themes, number of versions."""
    return (
        Dossier.objects.select_related("home__city", "partner__city__country", "proposal")
        .prefetch_related("themes")
        .annotate(version_count=Count("versions"))
        .get(pk=pk)
    )


def dossier_with_history(pk: int):
    from bezirkspartner.dossiers.models import DossierVersion

    return (
        Dossier.objects.select_related("home__city", "partner__city__country", "proposal")
        .prefetch_related(
            "themes",
            Prefetch("versions", DossierVersion.objects.select_related("author")),
        )
        .get(pk=pk)
    )


def dossier_plan_by_year(dossier: Dossier) -> dict[int, dict]:
    """Planned money and staff hours per year: {year: {"cost": euros, "staff_hours": hours}}.

    Money is the cost table's yearly total; staff hours are spread over each phase's months
    by the cost model's rule. Empty when the stored content does not fit the schema.
    """
    problems: list[str] = []
    content = _content(dossier, problems)
    phases, staff = _plan(content)
    cost = _cost(dossier, content, phases, staff, rates.rates_data(), problems)
    result: dict[int, dict] = {}
    if cost is not None:
        for year in cost.years:
            result[year] = {"cost": cost.year_total(year), "staff_hours": 0.0}
    by_key = {phase.key: phase for phase in phases}
    for line in staff:
        phase = by_key.get(line.phase)
        if phase is None or not line.hours:
            continue
        months = phase.months()
        for year, _month in months:
            entry = result.setdefault(year, {"cost": 0, "staff_hours": 0.0})
            entry["staff_hours"] += line.hours / len(months)
    for entry in result.values():
        entry["staff_hours"] = round(entry["staff_hours"], 1)
    return result
