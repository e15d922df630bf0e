from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from bezirkspartner.atlas.models import District
from bezirkspartner.comments.models import Comment
from bezirkspartner.knowledge.models import Theme


class Committee(models.Model):
    """A body of the Bezirksversammlung and the themes it handles (data/dossiers)."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=20, blank=True)
    kind = models.CharField(_("kind"), max_length=20)
    remit_de = models.TextField(_("remit (German)"), blank=True)
    remit_en = models.TextField(_("remit (English)"), blank=True)
    themes = models.JSONField(
        _("themes"), default=list, help_text=_('A list of {"theme": slug, "rule": reason}.')
    )
    source_urls = models.JSONField(_("sources"), default=list)
    checked = models.DateField(_("checked on"))
    order = models.PositiveSmallIntegerField(default=100)
    edited_in_app = models.BooleanField(_("edited in the app"), default=False)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("committee")
        verbose_name_plural = _("committees")

    def __str__(self) -> str:
        return self.name

    @property
    def remit(self) -> str:
        return self.remit_en if get_language() == "en" and self.remit_en else self.remit_de

    def rule_for(self, theme: str) -> str | None:
        """Why this committee handles the theme (German where given), or None if it does not."""
        entry = next((t for t in self.themes if t.get("theme") == theme), None)
        if entry is None:
            return None
        return entry.get("rule_de") or entry.get("rule", "")

    def named_for(self, theme: str) -> bool:
        """The committee's name covers the theme (its rule starts with "name")."""
        entry = next((t for t in self.themes if t.get("theme") == theme), None)
        return bool(entry and str(entry.get("rule", "")).startswith("name"))


class Dossier(models.Model):
    """A partnership proposal worked out in detail: plan, money, staff, committees, lead."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        READY = "ready", _("ready for decision")

    title = models.CharField(_("title"), max_length=250)
    home = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="+", verbose_name=_("home district")
    )
    partner = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="dossiers", verbose_name=_("partner")
    )
    themes = models.ManyToManyField(Theme, related_name="dossiers", verbose_name=_("themes"))
    proposal = models.ForeignKey(
        "forum.Proposal",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="dossiers",
        verbose_name=_("forum proposal"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    content = models.JSONField(_("content"), default=dict)
    version = models.PositiveIntegerField(_("version"), default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    comments = GenericRelation(Comment, related_query_name="dossier")

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("dossier")
        verbose_name_plural = _("dossiers")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("dossiers:detail", args=[self.pk])


class DossierVersion(models.Model):
    """A saved state of a dossier: who changed it, when, and everything it held."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    title = models.CharField(_("title"), max_length=250)
    status = models.CharField(_("status"), max_length=10, choices=Dossier.Status.choices)
    content = models.JSONField(_("content"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    note = models.CharField(_("what changed"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("saved at"), auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["dossier", "number"], name="dossier_version_unique")
        ]
        verbose_name = _("dossier version")
        verbose_name_plural = _("dossier versions")

    def __str__(self) -> str:
        return f"{self.dossier_id} v{self.number}"
