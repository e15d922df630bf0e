"""Reads for dossiers: everything a dossier page or export shows, computed from its content.

Costs, personnel totals and funding options are recomputed from the stored plan on every read,
so an edit to a phase or a rate shows up everywhere at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from bezirkspartner.dossiers import costs, funding, plan, rates
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
class StaffRow:
    office: str
    grade: str
    hours: dict[str, int]  # phase key -> hours
    total: int
    fte: Decimal | None


@dataclass
class DossierView:
    dossier: Dossier
    content: dict
    themes: list
    goals: list[dict]
    phases: list[dict]
    cost: costs.CostTable | None
    categories: list[tuple[str, str]]
    staff_rows: list[StaffRow]
    staff_total_hours: int
    funding: list[funding.FundingOption]
    committees: list[CommitteeRow]
    lead: dict
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
    def has_fte(self) -> bool:
        return any(row.fte is not None for row in self.staff_rows)

    @property
    def cost_lines(self) -> list[dict]:
        if self.cost is None:
            return []
        labels = dict(self.categories)
        titles = {p.get("key"): p.get("title", p.get("key")) for p in self.phases}
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


def _goals(content: dict, themes_by_slug: dict) -> list[dict]:
    slugs = {slug for goal in content.get("goals") or [] for slug in goal.get("practices") or []}
    practices = {p.slug: p for p in Practice.objects.filter(slug__in=slugs)}
    return [
        {
            **goal,
            "theme_obj": themes_by_slug.get(goal.get("theme")),
            "practice_objs": [practices[s] for s in goal.get("practices") or [] if s in practices],
        }
        for goal in content.get("goals") or []
    ]


def _committees(content: dict) -> tuple[list[CommitteeRow], dict]:
    committees = {c.slug: c for c in Committee.objects.all()}
    rows = [
        CommitteeRow(committees[row["slug"]], row.get("role", "involved"), row.get("reason", ""))
        for row in content.get("committees") or []
        if row.get("slug") in committees
    ]
    lead = dict(content.get("lead") or {})
    lead["committee_obj"] = committees.get(lead.get("committee") or "")
    return rows, lead


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


def _staff_rows(staff: list[costs.StaffLine], phases: list[costs.Phase], data: dict):
    hours_per_year = data.get("staff", {}).get("hours_per_fte_year")
    grade_of = {line.office: line.grade for line in staff}
    rows = []
    for office, by_phase in costs.staff_hours(staff, phases).items():
        total = sum(by_phase.values())
        years = {p.start[0] for p in phases} | {p.end[0] for p in phases}
        fte = None
        if hours_per_year and years:
            span = max(years) - min(years) + 1
            fte = (Decimal(total) / Decimal(str(hours_per_year)) / span).quantize(Decimal("0.01"))
        rows.append(StaffRow(office, grade_of.get(office, ""), by_phase, total, fte))
    return rows


def dossier_view(dossier: Dossier) -> DossierView:
    content = dossier.content or {}
    themes = list(dossier.themes.all())
    problems: list[str] = []
    try:
        phases = plan.phases_from(content)
        staff = plan.staff_from(content)
    except plan.PlanError as exc:
        phases, staff = [], []
        problems.append(_("The plan cannot be computed: %(error)s") % {"error": exc})
    data = rates.rates_data()
    country = dossier.partner.city.country.code
    cost = None
    try:
        rate_table = rates.rates_for(country, dossier.partner.city.name_en, data=data)
    except rates.RatesError as exc:
        problems.append(_("The cost rates are incomplete: %(error)s") % {"error": exc})
    else:
        cost = costs.compute(
            rates=rate_table,
            phases=phases,
            staff=staff,
            distance_km=(content.get("match") or {}).get("distance_km"),
        )
        if "travel" in cost.problems:
            problems.append(_("No travel cost band fits the distance; travel is not included."))
    committees, lead = _committees(content)
    labels = {p.get("key"): p.get("title", p.get("key")) for p in content.get("phases") or []}
    return DossierView(
        dossier=dossier,
        content=content,
        themes=themes,
        goals=_goals(content, {t.slug: t for t in themes}),
        phases=content.get("phases") or [],
        cost=cost,
        categories=[(key, CATEGORY_LABELS[key]()) for key in costs.CATEGORIES],
        staff_rows=_staff_rows(staff, phases, data),
        staff_total_hours=sum(line.hours for line in staff),
        funding=_funding(dossier, cost.total if cost else 0),
        committees=committees,
        lead=lead,
        timeline=timeline_svg(
            phases,
            labels,
            title=_("Timeline of the partnership"),
            desc=_(
                "One bar per phase from its first to its last month; the table lists the dates."
            ),
        ),
        sources=rates.sources(data),
        problems=problems,
    )


def dossier_with_history(pk: int):
    from bezirkspartner.dossiers.models import DossierComment, DossierVersion

    return (
        Dossier.objects.select_related("home__city", "partner__city__country", "proposal")
        .prefetch_related(
            "themes",
            Prefetch("versions", DossierVersion.objects.select_related("author")),
            Prefetch("comments", DossierComment.objects.select_related("author")),
        )
        .get(pk=pk)
    )
