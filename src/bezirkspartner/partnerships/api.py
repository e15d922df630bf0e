"""Partnerships API: public reading (lifecycle, activities, budget against plan); the
administration and the partnership's guests plan activities (session sign-in, CSRF token).

No personal data: steps and activities carry no names of people.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from ninja.security import django_auth

from bezirkspartner.core.api_schemas import errors
from bezirkspartner.partnerships import selectors, services
from bezirkspartner.partnerships.models import Activity, Partnership, Stage

router = Router(tags=["partnerships"])


class StepOut(Schema):
    from_stage: str
    to_stage: str
    decided_on: dt.date
    decided_by: str
    drucksache: str
    decision_url: str
    dossier_id: int | None


class ActivityOut(Schema):
    id: int
    kind: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str
    language: str
    description: str
    summary_en: str
    groups: list[str]
    participant_count: int | None
    theme: str | None
    practice: str | None
    outcome: str
    url: str


class PartnershipSummary(Schema):
    id: int
    title: str
    stage: str
    home: str
    partner: str
    partner_city: str
    partner_country: str
    is_demo: bool
    dossier_id: int | None
    url: str


class BudgetSourceOut(Schema):
    funding_source: str
    actual_eur: float
    actual_staff_hours: float


class BudgetYearOut(Schema):
    year: int
    planned_eur: int | None
    planned_staff_hours: float | None
    actual_eur: float
    actual_staff_hours: float
    sources: list[BudgetSourceOut]


class PartnershipDetail(PartnershipSummary):
    language: str
    summary: str
    summary_en: str
    themes: list[str]
    steps: list[StepOut]
    activities: list[ActivityOut]
    budget: list[BudgetYearOut]


class ActivityIn(Schema):
    kind: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str = ""
    language: str = "en"
    description: str = ""
    summary_en: str = ""
    groups: list[str] = []
    participant_count: int | None = None


def _summary(p: Partnership) -> dict:
    return {
        "id": p.pk,
        "title": p.title,
        "stage": p.stage,
        "home": p.home.name,
        "partner": p.partner.name,
        "partner_city": p.partner.city.name_en,
        "partner_country": p.partner.city.country.code,
        "is_demo": p.is_demo,
        "dossier_id": p.dossier_id,
        "url": p.get_absolute_url(),
    }


def _activity(a: Activity) -> dict:
    return {
        **{name: getattr(a, name) for name in ActivityOut.model_fields if hasattr(a, name)},
        "theme": a.theme.slug if a.theme_id else None,
        "practice": a.practice.slug if a.practice_id else None,
        "url": a.get_absolute_url(),
    }


def _budget(p: Partnership) -> list[dict]:
    return [
        {
            "year": row.year,
            "planned_eur": row.planned_cost,
            "planned_staff_hours": row.planned_hours,
            "actual_eur": float(row.actual_cost),
            "actual_staff_hours": float(row.actual_hours),
            "sources": [
                {
                    "funding_source": s.key,
                    "actual_eur": float(s.amount),
                    "actual_staff_hours": float(s.hours),
                }
                for s in row.sources
            ],
        }
        for row in selectors.budget(p).years
    ]


def _get(partnership_id: int) -> Partnership:
    try:
        return selectors.partnership_get(partnership_id)
    except Partnership.DoesNotExist as exc:
        raise HttpError(404, "no such partnership") from exc


@router.get(
    "/home-partnerships",
    response={200: list[PartnershipSummary], **errors(422)},
    summary="All partnerships of the home district, optionally of one stage",
)
def partnership_list(request, stage: Stage | None = None):
    return [_summary(p) for p in selectors.partnership_list(stage=stage.value if stage else "")]


@router.get(
    "/home-partnerships/{partnership_id}",
    response={200: PartnershipDetail, **errors(404, 422)},
    summary="One partnership: lifecycle, activities, budget against plan",
)
def partnership_detail(request, partnership_id: int):
    p = _get(partnership_id)
    return {
        **_summary(p),
        "language": p.language,
        "summary": p.summary,
        "summary_en": p.summary_en,
        "themes": [t.slug for t in p.themes.all()],
        "steps": list(p.steps.all()),
        "activities": [_activity(a) for a in p.activities.all()],
        "budget": _budget(p),
    }


@router.post(
    "/home-partnerships/{partnership_id}/activities",
    response={201: ActivityOut, **errors(401, 403, 404, 422)},
    auth=django_auth,
    summary="Plan an activity (administration or a guest of this partnership)",
)
def activity_create(request, partnership_id: int, payload: ActivityIn):
    p = _get(partnership_id)
    try:
        activity = services.activity_plan(partnership=p, actor=request.auth, **payload.dict())
    except PermissionDenied as exc:
        raise HttpError(403, "only the administration and this partnership's guests") from exc
    except ValidationError as exc:
        raise HttpError(422, " ".join(exc.messages)) from exc
    return Status(201, _activity(activity))
