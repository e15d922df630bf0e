"""Partnership writes: keyword-only, permission-checked, transactional, audited."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from bezirkspartner.core.audit import audit_record
from bezirkspartner.partnerships.models import (
    NEXT_STAGES,
    Activity,
    Document,
    Expense,
    Invitation,
    Partnership,
    Photo,
    Stage,
    StageStep,
)
from bezirkspartner.partnerships.uploads import IMAGE_TYPES, checked_upload

INVITATION_DAYS = 14


def _account(actor):
    return actor if getattr(actor, "is_authenticated", False) else None


def _require(actor, permission: str, obj=None, message: str = "") -> None:
    if not actor.has_perm(permission, obj):
        raise PermissionDenied(message or _("You may not do this here."))


@transaction.atomic
def partnership_create(
    *,
    home,
    partner,
    title: str,
    actor,
    summary: str = "",
    summary_en: str = "",
    language: str = "de",
    themes=(),
    dossier=None,
    is_demo: bool = False,
    started_on: dt.date | None = None,
) -> Partnership:
    """A partnership starts as an idea; its first step is dated and recorded."""
    _require(actor, "partnerships.add_partnership", None, _("Only the administration does this."))
    if home == partner:
        raise ValidationError(_("A partnership needs two different districts."))
    partnership = Partnership(
        home=home,
        partner=partner,
        title=title.strip(),
        summary=summary.strip(),
        summary_en=summary_en.strip(),
        language=language,
        dossier=dossier,
        is_demo=is_demo,
        created_by=_account(actor),
    )
    partnership.full_clean()
    partnership.save()
    partnership.themes.set(list(themes))
    StageStep.objects.create(
        partnership=partnership,
        to_stage=Stage.IDEA,
        decided_on=started_on or timezone.localdate(),
        actor=_account(actor),
        dossier=dossier,
    )
    audit_record(actor=actor, action="partnership_create", target=partnership)
    return partnership


@transaction.atomic
def partnership_update(*, partnership: Partnership, actor, **fields) -> Partnership:
    _require(actor, "partnerships.change_partnership", partnership)
    themes = fields.pop("themes", None)
    for name, value in fields.items():
        setattr(partnership, name, value.strip() if isinstance(value, str) else value)
    partnership.full_clean()
    partnership.save()
    if themes is not None:
        partnership.themes.set(list(themes))
    audit_record(actor=actor, action="partnership_change", target=partnership)
    return partnership


@transaction.atomic
def stage_advance(
    *,
    partnership: Partnership,
    to_stage: str,
    decided_on: dt.date,
    actor,
    decided_by: str = "",
    drucksache: str = "",
    decision_url: str = "",
    dossier=None,
    note: str = "",
) -> StageStep:
    """Move to the next stage of the lifecycle; the step keeps date, actor and decision."""
    _require(actor, "partnerships.change_partnership", partnership)
    locked = Partnership.objects.select_for_update().get(pk=partnership.pk)
    if to_stage not in NEXT_STAGES[locked.stage]:
        raise ValidationError(
            _("From “%(from)s” the partnership cannot go to “%(to)s”.")
            % {
                "from": Stage(locked.stage).label,
                "to": Stage(to_stage).label if to_stage in Stage.values else to_stage,
            }
        )
    if decided_on > timezone.localdate():
        raise ValidationError(_("A step cannot be dated in the future."))
    last = locked.steps.order_by("-decided_on").first()
    if last is not None and decided_on < last.decided_on:
        raise ValidationError(
            _("A step cannot be dated before the previous step (%(date)s).")
            % {"date": last.decided_on.isoformat()}
        )
    if to_stage == Stage.AGREEMENT and not (drucksache or dossier or decision_url):
        raise ValidationError(
            _("An agreement needs the decision: a council document, a link or a dossier.")
        )
    step = StageStep(
        partnership=locked,
        from_stage=locked.stage,
        to_stage=to_stage,
        decided_on=decided_on,
        actor=_account(actor),
        decided_by=decided_by.strip(),
        drucksache=drucksache.strip(),
        decision_url=decision_url.strip(),
        dossier=dossier,
        note=note.strip(),
    )
    step.full_clean()
    step.save()
    locked.stage = to_stage
    locked.save(update_fields=["stage", "updated_at"])
    partnership.stage = to_stage
    audit_record(
        actor=actor,
        action="partnership_stage",
        target=locked,
        reason=f"{step.from_stage} -> {to_stage}",
    )
    return step


@transaction.atomic
def document_store(
    *, partnership: Partnership, kind: str, title: str, upload, actor, step=None
) -> Document:
    _require(actor, "partnerships.change_partnership", partnership)
    original, content_type = checked_upload(upload)
    document = Document(
        partnership=partnership,
        step=step,
        kind=kind,
        title=title.strip() or original,
        original_name=original,
        content_type=content_type,
        size=upload.size,
        uploaded_by=_account(actor),
    )
    document.file = upload
    document.full_clean()
    document.save()
    audit_record(actor=actor, action="partnership_document", target=document, reason=title)
    return document


ACTIVITY_FIELDS = {
    "kind",
    "title",
    "starts_at",
    "ends_at",
    "place",
    "description",
    "language",
    "summary_en",
    "groups",
    "participant_count",
    "theme",
    "practice",
    "outcome",
}


def _activity_fill(activity: Activity, fields: dict) -> None:
    unknown = set(fields) - ACTIVITY_FIELDS
    if unknown:
        raise TypeError(f"unknown activity fields: {sorted(unknown)}")
    for name, value in fields.items():
        if isinstance(value, str) and "\x00" in value:  # PostgreSQL cannot store NUL
            raise ValidationError(_("The text contains a character that cannot be stored."))
        setattr(activity, name, value.strip() if isinstance(value, str) else value)
    groups = list(dict.fromkeys(activity.groups or []))
    if any(g not in Activity.Group.values for g in groups):
        raise ValidationError(_("Unknown participant group."))
    activity.groups = groups
    if activity.starts_at and activity.ends_at and activity.ends_at < activity.starts_at:
        raise ValidationError(_("The activity cannot end before it starts."))
    activity.full_clean()


@transaction.atomic
def activity_plan(*, partnership: Partnership, actor, **fields) -> Activity:
    _require(actor, "partnerships.plan_activity", partnership)
    activity = Activity(partnership=partnership, planned_by=_account(actor))
    _activity_fill(activity, fields)
    activity.save()
    audit_record(actor=actor, action="activity_plan", target=activity)
    return activity


@transaction.atomic
def activity_update(*, activity: Activity, actor, **fields) -> Activity:
    _require(actor, "partnerships.change_activity", activity)
    _activity_fill(activity, fields)
    activity.save()
    audit_record(actor=actor, action="activity_change", target=activity)
    return activity


@transaction.atomic
def expense_record(
    *,
    activity: Activity,
    actor,
    amount_eur: Decimal,
    note: str,
    staff_hours: Decimal = Decimal(0),
    funding=None,
) -> Expense:
    """Actual spending and staff hours of an activity, from one funding source."""
    _require(actor, "partnerships.record_expense", activity)
    expense = Expense(
        activity=activity,
        amount_eur=amount_eur,
        staff_hours=staff_hours,
        funding=funding,
        note=note.strip(),
        recorded_by=_account(actor),
    )
    if expense.amount_eur < 0 or expense.staff_hours < 0:
        raise ValidationError(_("Amounts and hours cannot be negative."))
    expense.full_clean()
    expense.save()
    audit_record(actor=actor, action="expense_record", target=expense, reason=note[:300])
    return expense


@transaction.atomic
def photo_add(
    *, activity: Activity, actor, image, caption: str, consent_recorded: bool, consent_note: str
) -> Photo:
    """A photo is kept only when the consent of the people shown is recorded."""
    _require(actor, "partnerships.add_photo", activity)
    if not consent_recorded or not consent_note.strip():
        raise ValidationError(
            _("Photos are only stored with the recorded consent of the people shown.")
        )
    checked_upload(image, allowed=IMAGE_TYPES)
    photo = Photo(
        activity=activity,
        caption=caption.strip(),
        consent_recorded=True,
        consent_note=consent_note.strip(),
        uploaded_by=_account(actor),
    )
    photo.image = image
    photo.full_clean()
    photo.save()
    audit_record(actor=actor, action="photo_add", target=photo, reason=consent_note[:300])
    return photo


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def invitation_link(token: str) -> str:
    with translation.override("en"):
        path = reverse("partnerships:accept", args=[token])
    return settings.SITE_URL + path


@transaction.atomic
def invitation_send(*, partnership: Partnership, email: str, name: str, actor) -> Invitation:
    """Invite a person of the partner district by e-mail (in English, the guests' language)."""
    _require(actor, "partnerships.invite_guest", partnership)
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        partnership=partnership,
        email=email.strip().lower(),
        name=name.strip(),
        token_hash=token_hash(token),
        invited_by=_account(actor),
        expires_at=timezone.now() + dt.timedelta(days=INVITATION_DAYS),
    )
    invitation.full_clean()
    invitation.save()
    with translation.override("en"):
        context = {
            "invitation": invitation,
            "partnership": partnership,
            "link": invitation_link(token),
            "days": INVITATION_DAYS,
        }
        subject = _("Invitation to the partnership workspace: %(title)s") % {
            "title": partnership.title
        }
        body = render_to_string("partnerships/email/invitation.txt", context)
    send_mail(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, body, None, [invitation.email])
    audit_record(actor=actor, action="guest_invite", target=invitation)
    return invitation


class InvitationInvalid(ValueError):
    pass


def invitation_for_token(token: str) -> Invitation:
    invitation = (
        Invitation.objects.select_related("partnership__partner__city")
        .filter(token_hash=token_hash(token))
        .first()
    )
    if invitation is None or invitation.accepted_at is not None:
        raise InvitationInvalid(_("This invitation link is not valid or has already been used."))
    if invitation.expires_at < timezone.now():
        raise InvitationInvalid(_("This invitation has expired. Please ask for a new one."))
    if invitation.partnership.stage == Stage.ENDED:
        raise InvitationInvalid(_("This partnership has ended."))
    return invitation


@transaction.atomic
def invitation_accept(*, token: str, password: str = "", user=None):
    """Accept: a new guest account (role partner district, English) or the signed-in account.

    The link came by e-mail, so a new account's address counts as verified.
    """
    from allauth.account.models import EmailAddress

    invitation = invitation_for_token(token)
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    User = get_user_model()
    if user is None:
        if User.objects.filter(email__iexact=invitation.email).exists():
            raise InvitationInvalid(
                _(
                    "An account with this e-mail address exists. "
                    "Please sign in, then open the link again."
                )
            )
        user = User(
            email=invitation.email,
            display_name=invitation.name,
            role=User.Role.PARTNER,
            organisation=invitation.partnership.partner.name,
            preferred_language="en",
        )
        from django.contrib.auth.password_validation import validate_password

        validate_password(password, user)
        user.set_password(password)
        user.save()
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    invitation.guest = user
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["guest", "accepted_at"])
    audit_record(actor=user, action="guest_accept", target=invitation)
    return user, invitation.partnership


# Every relation of this app to the user model, as "app_label.Model.field": what the lead
# registers with the personal-data registry, next to export_personal_data/erase_personal_data.
PERSONAL_DATA_RELATIONS = (
    "partnerships.Partnership.created_by",
    "partnerships.StageStep.actor",
    "partnerships.Document.uploaded_by",
    "partnerships.Activity.planned_by",
    "partnerships.Expense.recorded_by",
    "partnerships.Photo.uploaded_by",
    "partnerships.Invitation.invited_by",
    "partnerships.Invitation.guest",
)


def _stamp(value):
    return value.isoformat() if value else None


def export_personal_data(user) -> dict:
    """Everything a person holds in the partnerships part, as JSON-ready data (DSGVO Art. 15)."""
    return {
        "invitations": [
            {
                "partnership": i.partnership_id,
                "email": i.email,
                "name": i.name,
                "invited_at": _stamp(i.created_at),
                "accepted_at": _stamp(i.accepted_at),
            }
            for i in Invitation.objects.filter(guest=user)
        ],
        "activities_planned": [
            {"id": a.pk, "partnership": a.partnership_id, "title": a.title}
            for a in Activity.objects.filter(planned_by=user)
        ],
        "lifecycle_steps_recorded": [
            {"partnership": s.partnership_id, "to": s.to_stage, "on": _stamp(s.decided_on)}
            for s in StageStep.objects.filter(actor=user)
        ],
        "expenses_recorded": [
            {"activity": e.activity_id, "amount_eur": str(e.amount_eur), "note": e.note}
            for e in Expense.objects.filter(recorded_by=user)
        ],
        "documents_uploaded": [
            {"partnership": d.partnership_id, "title": d.title}
            for d in Document.objects.filter(uploaded_by=user)
        ],
        "photos_uploaded": [
            {"activity": p.activity_id, "caption": p.caption}
            for p in Photo.objects.filter(uploaded_by=user)
        ],
        "partnerships_created": [
            {"id": p.pk, "title": p.title, "created_at": _stamp(p.created_at)}
            for p in Partnership.objects.filter(created_by=user)
        ],
        # Whom the person invited is the invitee's data; the export says only when and where.
        "invitations_sent": [
            {"partnership": i.partnership_id, "invited_at": _stamp(i.created_at)}
            for i in Invitation.objects.filter(invited_by=user)
        ],
    }


@transaction.atomic
def erase_personal_data(user) -> None:
    """Remove the person from the partnerships part before the account goes (DSGVO Art. 17).

    Invitations addressed to the person are deleted (they hold name and e-mail address);
    records of official acts stay, without the person (authorship cleared). Workspace comments
    are the comments app's section.
    Invitations not yet accepted for the same address are deleted too.
    """
    Invitation.objects.filter(guest=user).delete()
    Invitation.objects.filter(email__iexact=user.email, accepted_at__isnull=True).delete()
    Activity.objects.filter(planned_by=user).update(planned_by=None)
    StageStep.objects.filter(actor=user).update(actor=None)
    Expense.objects.filter(recorded_by=user).update(recorded_by=None)
    Document.objects.filter(uploaded_by=user).update(uploaded_by=None)
    Photo.objects.filter(uploaded_by=user).update(uploaded_by=None)
    Invitation.objects.filter(invited_by=user).update(invited_by=None)
    Partnership.objects.filter(created_by=user).update(created_by=None)
