from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from bezirkspartner.atlas.models import District
from bezirkspartner.knowledge.models import Theme


class RawDocument(models.Model):
    """The input exactly as imported, so documents can be re-parsed without fetching."""

    kind = models.CharField(_("kind"), max_length=10)  # text | html | oparl | pdf
    origin = models.CharField(_("origin"), max_length=500)  # file name or URL
    content = models.TextField(_("content"))
    sha256 = models.CharField(max_length=64, db_index=True)
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)

    class Meta:
        verbose_name = _("raw document")
        verbose_name_plural = _("raw documents")

    def __str__(self) -> str:
        return self.origin


class CouncilDocument(models.Model):
    number = models.CharField(_("number"), max_length=40, unique=True)
    oparl_id = models.CharField(_("OParl id"), max_length=500, blank=True, db_index=True)
    title = models.CharField(_("title"), max_length=500)
    doc_type = models.CharField(_("type"), max_length=80, blank=True)
    body = models.CharField(_("last dealt with by"), max_length=200, blank=True)
    last_consultation = models.DateField(_("last consultation"), null=True, blank=True)
    agenda_item = models.CharField(_("agenda item"), max_length=40, blank=True)
    sachverhalt = models.TextField(_("statement of facts"), blank=True)
    petitum = models.TextField(_("motion / resolution"), blank=True)
    consultation_order = models.TextField(_("order of consultation"), blank=True)
    text = models.TextField(_("text"))
    raw = models.ForeignKey(RawDocument, on_delete=models.PROTECT, related_name="documents")
    themes = models.ManyToManyField(Theme, through="DocumentTheme", related_name="documents")
    # True from a web upload until the background task has recognised places and themes.
    analysis_pending = models.BooleanField(_("analysis pending"), default=False)

    class Meta:
        ordering = ["-last_consultation", "-number"]
        verbose_name = _("council document")
        verbose_name_plural = _("council documents")

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("councildocs:detail", args=[self.number])


class DocumentPlace(models.Model):
    document = models.ForeignKey(CouncilDocument, on_delete=models.CASCADE, related_name="places")
    surface = models.CharField(_("surface"), max_length=200)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    type = models.CharField(_("type"), max_length=20)
    norm = models.CharField(_("standard name"), max_length=200)
    lat = models.FloatField(null=True)
    lon = models.FloatField(null=True)
    confidence = models.FloatField()
    district = models.ForeignKey(
        District, on_delete=models.SET_NULL, null=True, related_name="council_mentions"
    )

    class Meta:
        ordering = ["start"]
        verbose_name = _("place in a document")
        verbose_name_plural = _("places in documents")

    def __str__(self) -> str:
        return self.surface


class DocumentTheme(models.Model):
    document = models.ForeignKey(CouncilDocument, on_delete=models.CASCADE)
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE)
    keywords = models.JSONField(_("keywords found"), default=list)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["document", "theme"], name="document_theme_unique")
        ]

    def __str__(self) -> str:
        return f"{self.document.number}: {self.theme.slug}"
