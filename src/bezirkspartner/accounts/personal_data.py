"""The accounts' part of the data export and erasure: the account itself, its e-mail addresses,
the administrator's and moderator's logged actions, and mails kept by the file mail backend."""

from __future__ import annotations

from functools import partial

from allauth.account.models import EmailAddress
from django.contrib.admin.models import LogEntry
from django.db import transaction

from bezirkspartner.accounts import mail_files
from bezirkspartner.core.models import AuditEntry
from bezirkspartner.core.personal_data import register, stamp


def _account(user) -> dict:
    return {
        "email": user.email,
        "display_name": user.display_name,
        "role": user.role,
        "requested_role": user.requested_role,
        "organisation": user.organisation,
        "preferred_language": user.preferred_language,
        # The consent to e-mails, given apart from the forum rules at sign-up.
        "email_notifications": user.email_notifications,
        "date_joined": stamp(user.date_joined),
        "last_login": stamp(user.last_login),
    }


def register_sections() -> None:
    register(
        section="account",
        relations=[],
        export=_account,
        erase=lambda user: None,  # the account row itself goes last, in user_delete
    )
    register(
        section="email_addresses",
        relations=["account.EmailAddress.user"],
        export=lambda user: [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user)
        ],
        erase=lambda user: EmailAddress.objects.filter(user=user).delete(),
    )
    register(
        section="stored_mails",
        relations=[],
        export=lambda user: mail_files.stored_mails(user.email),
        # Files are no transaction: they go once the deletion is committed.
        erase=lambda user: transaction.on_commit(
            partial(mail_files.stored_mails_purge, user.email)
        ),
    )
    register(
        section="audit_log_actions",
        relations=["core.AuditEntry.actor"],
        export=lambda user: [
            {
                "action": e.action,
                "object": f"{e.target_type}#{e.target_id}",
                "reason": e.reason,
                "at": stamp(e.at),
            }
            for e in AuditEntry.objects.filter(actor=user)
        ],
        # The audit log keeps what was done, no longer by whom.
        erase=lambda user: AuditEntry.objects.filter(actor=user).update(actor=None),
    )
    register(
        section="admin_site_actions",
        relations=["admin.LogEntry.user"],
        export=lambda user: [
            {"object": e.object_repr, "change": e.get_change_message(), "at": stamp(e.action_time)}
            for e in LogEntry.objects.filter(user=user)
        ],
        erase=lambda user: LogEntry.objects.filter(user=user).delete(),
    )
