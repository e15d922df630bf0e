"""The dossier edit page's forms: built from a dossier's typed content, turned back into one."""

from __future__ import annotations

from django.utils.translation import gettext as _
from pydantic import ValidationError

from bezirkspartner.dossiers import forms as f
from bezirkspartner.dossiers.content import (
    DossierContent,
    content_dump,
    problems_of,
)
from bezirkspartner.dossiers.content_messages import problem_text
from bezirkspartner.dossiers.models import Dossier
from bezirkspartner.dossiers.plan import COUNT_FIELDS, MONEY_FIELDS
from bezirkspartner.dossiers.rates import staff_grades

PHASE_KEYS = {"key", "title", "category", "start", "end", "activities"}
PHASE_KEYS |= {*COUNT_FIELDS, *MONEY_FIELDS}


def edit_forms(dossier: Dossier, content: DossierContent, data=None) -> dict:
    themes = list(dossier.themes.all())
    grades = [(g["key"], g.get("label_de") or g["key"]) for g in staff_grades()]
    phase_choices = [(p.key, p.label) for p in content.phases]
    lead = content.lead
    return {
        "main": f.DossierForm(
            data,
            initial={
                "title": dossier.title,
                "status": dossier.status,
                "summary": content.summary,
                "petitum": content.petitum,
                "lead_office": lead.office,
                "lead_committee": lead.committee,
                "lead_reason": lead.reason,
            },
        ),
        "goals": f.GoalFormSet(
            data,
            prefix="goals",
            initial=[g.model_dump(include={"theme", "goal", "benefit"}) for g in content.goals],
            form_kwargs={"themes": themes},
        ),
        "phases": f.PhaseRows(
            data,
            prefix="phases",
            initial=[p.model_dump(include=PHASE_KEYS) for p in content.phases],
        ),
        "staff": f.StaffFormSet(
            data,
            prefix="staff",
            initial=[line.model_dump() for line in content.staff],
            form_kwargs={"grades": grades, "phases": phase_choices},
        ),
        "committees": f.CommitteeRows(
            data,
            prefix="committees",
            initial=[row.model_dump(include={"slug", "reason"}) for row in content.committees],
        ),
        "risks": f.RiskFormSet(
            data, prefix="risks", initial=[r.model_dump() for r in content.risks]
        ),
        "indicators": f.IndicatorFormSet(
            data, prefix="indicators", initial=[i.model_dump() for i in content.indicators]
        ),
    }


def _committee_rows(rows: list[dict], lead: str) -> list[dict]:
    """The lead committee chosen above is the one row with the role "lead"."""
    if lead and lead not in {row["slug"] for row in rows}:
        rows.insert(0, {"slug": lead, "reason": ""})
    return [{**row, "role": "lead" if row["slug"] == lead else "involved"} for row in rows]


FORMSETS = ("goals", "phases", "staff", "committees", "risks", "indicators")


def content_from(forms: dict, base: DossierContent) -> DossierContent | None:
    """The new content (`base` with the edited parts) if every form is valid and the whole fits
    the schema, else None (the forms carry the errors)."""
    valid = [forms["main"].is_valid()] + [forms[name].is_valid() for name in FORMSETS]
    if not all(valid):
        return None
    main = forms["main"].cleaned_data
    phases = forms["phases"].rows()
    keys = {p["key"] for p in phases}
    staff = forms["staff"].rows()
    orphaned = [row for row in staff if row["phase"] not in keys]
    if orphaned:
        forms["staff"]._non_form_errors = forms["staff"].error_class(
            [_("Staff time refers to a phase that was removed; assign it to another phase.")]
        )
        return None
    practices = {goal.theme: list(goal.practices) for goal in base.goals}
    goals = [{**row, "practices": practices.get(row["theme"], [])} for row in forms["goals"].rows()]
    parts = {
        "summary": main["summary"],
        "petitum": main["petitum"],
        "lead": {
            "office": main["lead_office"],
            "committee": main["lead_committee"],
            "reason": main["lead_reason"],
        },
        "goals": goals,
        "phases": phases,
        "staff": staff,
        "committees": _committee_rows(forms["committees"].rows(), main["lead_committee"]),
        "risks": forms["risks"].rows(),
        "indicators": forms["indicators"].rows(),
    }
    try:
        return DossierContent.model_validate({**content_dump(base), **parts})
    except ValidationError as exc:
        for problem in problems_of(exc):
            forms["main"].add_error(None, problem_text(problem))
        return None
