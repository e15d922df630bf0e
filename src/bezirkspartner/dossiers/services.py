"""Dossier writes: keyword-only, permission-checked, transactional; every save is a version."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from bezirkspartner.core.audit import audit_record
from bezirkspartner.dossiers.content import DossierContent, content_dump, content_parse
from bezirkspartner.dossiers.drafting import draft_content
from bezirkspartner.dossiers.models import Dossier, DossierVersion
from bezirkspartner.notifications.services import notify


def _version_save(dossier: Dossier, *, actor, note: str) -> DossierVersion:
    return DossierVersion.objects.create(
        dossier=dossier,
        number=dossier.version,
        title=dossier.title,
        status=dossier.status,
        content=dossier.content,
        author=actor if getattr(actor, "is_authenticated", False) else None,
        note=note[:300],
    )


@transaction.atomic
def dossier_create(*, home, partner, themes, actor, proposal=None) -> Dossier:
    """A complete first draft from matching, practices, committees and the cost model."""
    if not actor.has_perm("dossiers.add_dossier"):
        raise PermissionDenied(_("Only the administration creates dossiers."))
    themes = list(themes)
    if not themes:
        raise ValueError("a dossier needs at least one theme")
    content = draft_content(home=home, partner=partner, themes=themes, proposal=proposal)
    dossier = Dossier.objects.create(
        title=f"Partnerschaft {home.name} – {partner.name}",
        home=home,
        partner=partner,
        proposal=proposal,
        content=content_dump(content),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    dossier.themes.set(themes)
    _version_save(dossier, actor=actor, note=_("First draft generated"))
    audit_record(actor=actor, action="dossier_create", target=dossier)
    if proposal is not None:
        notify(
            actor=actor,
            kind="dossier",
            title=proposal.title,
            url=dossier.get_absolute_url(),
            targets=[proposal],
        )
    return dossier


@transaction.atomic
def dossier_update(
    *, dossier: Dossier, actor, title: str, status: str, content: DossierContent, note: str
) -> Dossier:
    """Save a new version. `content` is the whole, validated content (`content.content_merge`
    applies a partial change to the stored one)."""
    if not actor.has_perm("dossiers.change_dossier", dossier):
        raise PermissionDenied(_("Only the administration edits dossiers."))
    if status not in Dossier.Status.values:
        raise ValueError(f"unknown status {status!r}")
    locked = Dossier.objects.select_for_update().get(pk=dossier.pk)
    # Validated again as stored, so content built without validation is never saved.
    stored = content_dump(content_parse(content.model_dump(mode="json", warnings=False)))
    locked.title, locked.status = title.strip(), status
    locked.content = stored
    locked.version += 1
    locked.save()
    _version_save(locked, actor=actor, note=note)
    audit_record(actor=actor, action="dossier_change", target=locked, reason=note[:300])
    return locked
