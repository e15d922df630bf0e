"""Dossiers API: public reading; administration users edit (session sign-in and CSRF token)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from ninja import Router, Schema
from ninja.errors import HttpError
from ninja.security import django_auth

from bezirkspartner.core.api_schemas import errors
from bezirkspartner.dossiers import selectors, services
from bezirkspartner.dossiers.content import (
    ContentError,
    DossierContent,
    DossierContentPatch,
    content_merge,
)
from bezirkspartner.dossiers.content_messages import content_error_text
from bezirkspartner.dossiers.models import Dossier

router = Router(tags=["dossiers"])


class DistrictRef(Schema):
    id: int
    name: str
    city: str
    country: str


class DossierSummary(Schema):
    id: int
    title: str
    status: str
    version: int
    home: DistrictRef
    partner: DistrictRef
    themes: list[str]
    proposal_id: int | None
    updated_at: str
    url: str


class CostLineOut(Schema):
    year: int
    category: str
    phase: str
    amount: int
    formula: str
    office: str


class DossierFundingOut(Schema):
    slug: str
    name: str
    year: int | None
    eligible: str
    reasons: list[str]
    funded: int | None
    remainder: int | None


class DossierDetail(DossierSummary):
    content: DossierContent
    total_cost: int | None
    cost_by_year: dict[str, dict[str, int]]
    cost_lines: list[CostLineOut]
    staff_hours: dict[str, dict[str, int]]
    funding: list[DossierFundingOut]
    problems: list[str]


class DossierPatch(Schema):
    note: str
    title: str | None = None
    status: str | None = None
    content: DossierContentPatch | None = None


def _district(district) -> dict:
    return {
        "id": district.pk,
        "name": district.name,
        "city": district.city.name,
        "country": district.city.country.code,
    }


def _summary(dossier: Dossier) -> dict:
    return {
        "id": dossier.pk,
        "title": dossier.title,
        "status": dossier.status,
        "version": dossier.version,
        "home": _district(dossier.home),
        "partner": _district(dossier.partner),
        "themes": [t.slug for t in dossier.themes.all()],
        "proposal_id": dossier.proposal_id,
        "updated_at": dossier.updated_at.isoformat(),
        "url": dossier.get_absolute_url(),
    }


def _detail(dossier: Dossier) -> dict:
    try:
        content = selectors.dossier_content(dossier)
    except ContentError as exc:
        raise HttpError(422, content_error_text(exc)) from exc
    view = selectors.dossier_view(dossier)
    cost = view.cost
    return {
        **_summary(dossier),
        "content": content,
        "total_cost": cost.total if cost else None,
        "cost_by_year": {str(y): row for y, row in cost.by_year().items()} if cost else {},
        "cost_lines": [line.__dict__ for line in cost.lines] if cost else [],
        "staff_hours": {row.office: row.hours for row in view.staff_rows},
        "funding": [
            {
                "slug": o.record.slug,
                "name": o.record.name,
                "year": o.record.year,
                "eligible": o.eligible,
                "reasons": list(o.reasons),
                "funded": o.funded,
                "remainder": o.remainder,
            }
            for o in view.funding
        ],
        "problems": view.problems,
    }


def _get(dossier_id: int) -> Dossier:
    try:
        return selectors.dossier_with_history(dossier_id)
    except Dossier.DoesNotExist as exc:
        raise HttpError(404, "no such dossier") from exc


@router.get(
    "/dossiers", response={200: list[DossierSummary], **errors(422)}, summary="All dossiers"
)
def dossier_list(request, status: str = ""):
    return [_summary(d) for d in selectors.dossier_list(status=status)]


@router.get(
    "/dossiers/{dossier_id}",
    response={200: DossierDetail, **errors(404, 422)},
    summary="One dossier, computed",
)
def dossier_detail(request, dossier_id: int):
    return _detail(_get(dossier_id))


@router.patch(
    "/dossiers/{dossier_id}",
    response={200: DossierDetail, **errors(401, 403, 404, 422)},
    auth=django_auth,
    summary="Edit a dossier (administration); every edit is a new version",
)
def dossier_patch(request, dossier_id: int, payload: DossierPatch):
    dossier = _get(dossier_id)
    if not payload.note.strip():
        raise HttpError(422, "say what changed in 'note'")
    if not request.auth.has_perm("dossiers.change_dossier", dossier):
        raise HttpError(403, "only the administration edits dossiers")
    try:
        updated = services.dossier_update(
            dossier=dossier,
            actor=request.auth,
            title=payload.title or dossier.title,
            status=payload.status or dossier.status,
            content=content_merge(dossier.content, payload.content or DossierContentPatch()),
            note=payload.note,
        )
    except PermissionDenied as exc:
        raise HttpError(403, "only the administration edits dossiers") from exc
    except ContentError as exc:
        raise HttpError(422, content_error_text(exc)) from exc
    except ValueError as exc:
        raise HttpError(422, str(exc)) from exc
    return _detail(selectors.dossier_with_history(updated.pk))
