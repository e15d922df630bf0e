"""Privacy (DSGVO) as product features: export, deletion with anonymised contributions, purge."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from bezirkspartner.core import personal_data
from bezirkspartner.core.audit import audit_record


def user_data_export(*, user) -> dict:
    """Everything the platform holds about a person, from every app's registered section."""
    return personal_data.export_all(user)


@transaction.atomic
def user_delete(*, user, actor=None) -> None:
    """Delete the account after every app's eraser ran (core/personal_data.py).

    Contributions (proposals, comments, dossier comments, edits) stay readable under "deleted
    account"; supports, follows, registrations, notifications, e-mail addresses and stored
    mails go. Nothing personal remains.
    """
    audit_record(actor=actor, action="account_deleted", target=user)
    personal_data.erase_all(user)
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
    count = 0
    for user in stale:
        with transaction.atomic():
            personal_data.erase_all(user)
            user.delete()
        count += 1
    return count
