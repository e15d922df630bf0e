"""Privacy (DSGVO) as product features: export, deletion with anonymised contributions, purge."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from bezirkspartner.core.audit import audit_record


def user_data_export(*, user) -> dict:
    """Everything a person wrote or stated on the platform, as plain JSON-ready data."""
    from bezirkspartner.forum.models import Comment, Proposal, Report, Support

    def stamp(value):
        return value.isoformat() if value else None

    return {
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "role": user.role,
            "requested_role": user.requested_role,
            "organisation": user.organisation,
            "preferred_language": user.preferred_language,
            "date_joined": stamp(user.date_joined),
            "last_login": stamp(user.last_login),
        },
        "proposals": [
            {
                "id": p.pk,
                "title": p.title,
                "text": p.text,
                "status": p.status,
                "space": p.space.slug,
                "created_at": stamp(p.created_at),
            }
            for p in Proposal.objects.filter(author=user).select_related("space")
        ],
        "comments": [
            {
                "id": c.pk,
                "proposal": c.proposal_id,
                "text": c.text,
                "deleted": c.deleted,
                "created_at": stamp(c.created_at),
            }
            for c in Comment.objects.filter(author=user)
        ],
        "supports": [
            {"proposal": s.proposal_id, "created_at": stamp(s.created_at)}
            for s in Support.objects.filter(user=user)
        ],
        "reports": [
            {"reason": r.reason, "explanation": r.explanation, "created_at": stamp(r.created_at)}
            for r in Report.objects.filter(reporter=user)
        ],
    }


@transaction.atomic
def user_delete(*, user) -> None:
    """Delete the account; proposals and comments stay readable under "deleted account".

    Contributions lose their author (the foreign keys are SET_NULL), supports and e-mail
    addresses go with the account. Nothing personal remains.
    """
    audit_record(actor=None, action="account_deleted", target=user)
    user.delete()


def unverified_accounts_purge(*, older_than: dt.timedelta) -> int:
    """Delete accounts that never confirmed their e-mail address within the given time."""
    from allauth.account.models import EmailAddress

    cutoff = timezone.now() - older_than
    verified = EmailAddress.objects.filter(verified=True).values("user_id")
    stale = (
        get_user_model()
        .objects.filter(date_joined__lt=cutoff, is_staff=False, is_superuser=False)
        .exclude(pk__in=verified)
    )
    count = stale.count()
    stale.delete()
    return count
