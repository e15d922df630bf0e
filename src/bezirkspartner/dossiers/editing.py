"""The dossier edit page's forms: built from a dossier's content, turned back into content."""

from __future__ import annotations

from django.utils.translation import gettext as _

from bezirkspartner.dossiers import forms as f
from bezirkspartner.dossiers.models import Dossier
from bezirkspartner.dossiers.plan import COUNT_FIELDS, MONEY_FIELDS
from bezirkspartner.dossiers.rates import staff_grades


def _phase_initial(phase: dict) -> dict:
    keys = ("key", "title", "category", "start", "end", "activities", *COUNT_FIELDS, *MONEY_FIELDS)
    return {k: phase.get(k) for k in keys}


def edit_forms(dossier: Dossier, data=None) -> dict:
    content = dossier.content or {}
    themes = list(dossier.themes.all())
    lead = content.get("lead") or {}
    phases = content.get("phases") or []
    grades = [(g["key"], g.get("label_de") or g["key"]) for g in staff_grades()]
    phase_choices = [(p["key"], p.get("title") or p["key"]) for p in phases]
    return {
        "main": f.DossierForm(
            data,
            initial={
                "title": dossier.title,
                "status": dossier.status,
                "summary": content.get("summary", ""),
                "petitum": content.get("petitum", ""),
                "lead_office": lead.get("office", ""),
                "lead_committee": lead.get("committee", ""),
                "lead_reason": lead.get("reason", ""),
            },
        ),
        "goals": f.GoalFormSet(
            data,
            prefix="goals",
            initial=content.get("goals") or [],
            form_kwargs={"themes": themes},
        ),
        "phases": f.PhaseRows(data, prefix="phases", initial=[_phase_initial(p) for p in phases]),
        "staff": f.StaffFormSet(
            data,
            prefix="staff",
            initial=content.get("staff") or [],
            form_kwargs={"grades": grades, "phases": phase_choices},
        ),
        "committees": f.CommitteeRows(
            data, prefix="committees", initial=content.get("committees") or []
        ),
        "risks": f.RiskFormSet(data, prefix="risks", initial=content.get("risks") or []),
        "indicators": f.IndicatorFormSet(
            data, prefix="indicators", initial=content.get("indicators") or []
        ),
    }


def _committee_rows(rows: list[dict], lead: str) -> list[dict]:
    """The lead committee chosen above is the one row with the role "lead"."""
    if lead and lead not in {row["slug"] for row in rows}:
        rows.insert(0, {"slug": lead, "reason": ""})
    return [{**row, "role": "lead" if row["slug"] == lead else "involved"} for row in rows]


FORMSETS = ("goals", "phases", "staff", "committees", "risks", "indicators")


def content_from(forms: dict) -> dict | None:
    """The new content if every form is valid, else None (the forms carry the errors)."""
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
    old_goals = {g.get("theme"): g for g in (forms["goals"].initial or [])}
    goals = [
        {**row, "practices": list(old_goals.get(row["theme"], {}).get("practices") or [])}
        for row in forms["goals"].rows()
    ]
    return {
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
