from django.db import models
from django.utils.translation import gettext_lazy as _


class DataLoadState(models.Model):
    """The fingerprint of the reference data last loaded by a loader.

    Kept in the database itself (not in a file) so that a fresh or different
    database is always loaded, whatever files lie around.
    """

    loader = models.CharField(_("loader"), max_length=64, unique=True)
    fingerprint = models.CharField(_("fingerprint"), max_length=64)
    loaded_at = models.DateTimeField(_("loaded at"), auto_now=True)

    class Meta:
        verbose_name = _("reference data state")
        verbose_name_plural = _("reference data states")

    def __str__(self) -> str:
        return self.loader


class AuditEntry(models.Model):
    """One action of a moderator or administrator: who did what to which object, when, why.

    No personal data beyond the acting account; the reason is what the actor wrote.
    """

    actor = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="audit_entries"
    )
    action = models.CharField(_("action"), max_length=40)
    target_type = models.CharField(_("object type"), max_length=40)
    target_id = models.PositiveBigIntegerField(_("object id"))
    reason = models.TextField(_("reason"), blank=True)
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.target_type}#{self.target_id}"


class SitePage(models.Model):
    """Legal pages the operator writes (privacy notice, imprint); edited in the admin site."""

    class Slug(models.TextChoices):
        PRIVACY = "datenschutz", _("Privacy notice")
        IMPRINT = "impressum", _("Imprint")

    slug = models.CharField(_("page"), max_length=20, choices=Slug.choices, unique=True)
    body_de = models.TextField(_("text (German)"), blank=True, help_text=_("Markdown"))
    body_en = models.TextField(_("text (English)"), blank=True, help_text=_("Markdown"))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("site page")
        verbose_name_plural = _("site pages")

    def __str__(self) -> str:
        return self.get_slug_display()
