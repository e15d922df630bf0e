"""Writes of administration users: spaces and meetings. Permission-checked and audited."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from bezirkspartner.core.audit import audit_record
from bezirkspartner.forum.models import Meeting, Space


def _unique_slug(title: str) -> str:
    base = slugify(title)[:70] or "raum"
    slug, number = base, 2
    while Space.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def space_save(*, form, partner_district, actor) -> Space:
    """Create or update a space from a valid SpaceForm; closing and reopening are audited."""
    if not actor.has_perm("forum.add_space"):
        raise PermissionDenied(_("Only the administration creates and closes spaces."))
    space = form.save(commit=False)
    created = space.pk is None
    if created:
        space.slug = _unique_slug(space.title_de)
    space.partner_district = partner_district
    space.save()
    if created:
        action = "space_create"
    elif "is_open" in form.changed_data:
        action = "space_open" if space.is_open else "space_close"
    else:
        action = "space_change"
    audit_record(actor=actor, action=action, target=space)
    return space


@transaction.atomic
def meeting_save(*, form, agenda, actor) -> Meeting:
    """Create or update a meeting and its agenda (an inline formset bound to the form)."""
    if not actor.has_perm("forum.manage_meetings"):
        raise PermissionDenied(_("Only the administration runs forum meetings."))
    created = form.instance.pk is None
    meeting = form.save()
    agenda.instance = meeting
    agenda.save()
    audit_record(
        actor=actor, action="meeting_create" if created else "meeting_change", target=meeting
    )
    return meeting
