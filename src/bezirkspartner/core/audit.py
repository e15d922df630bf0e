"""Write the audit log of moderator and administrator actions."""

from bezirkspartner.core.models import AuditEntry


def audit_record(*, actor, action: str, target, reason: str = "") -> AuditEntry:
    return AuditEntry.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        target_type=target._meta.label_lower,
        target_id=target.pk,
        reason=reason,
    )
