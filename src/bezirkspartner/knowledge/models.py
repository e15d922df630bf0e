from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from bezirkspartner.atlas.models import City, District


class Bilingual:
    """`field_de`/`field_en` pairs: the current language's text, German as fallback."""

    def localized(self, field: str) -> str:
        return self.localized_with_language(field)[0]

    def localized_with_language(self, field: str) -> tuple[str, str]:
        """The text and the language it is in ("" for both when neither is given)."""
        order = ("en", "de") if get_language() == "en" else ("de", "en")
        for language in order:
            text = getattr(self, f"{field}_{language}")
            if text:
                return text, language
        return "", ""


class Theme(Bilingual, models.Model):
    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=100)
    name_de = models.CharField(_("name (German)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    description_de = models.TextField(_("description (German)"))
    description_en = models.TextField(_("description (English)"))
    keywords_de = models.JSONField(_("keywords (German)"), default=list)
    keywords_en = models.JSONField(_("keywords (English)"), default=list)
    source_url = models.URLField(_("source"), max_length=500, blank=True)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("knowledge:theme", args=[self.slug])

    @property
    def name(self) -> str:
        return self.localized("name")

    @property
    def description(self) -> str:
        return self.localized("description")


class Practice(Bilingual, models.Model):
    class Verification(models.TextChoices):
        VERIFIED = "verified", _("key facts checked against the source")
        PARTIAL = "partial", _("some details not confirmed")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title_de = models.CharField(_("title (German)"), max_length=250)
    title_en = models.CharField(_("title (English)"), max_length=250)
    city = models.ForeignKey(
        City, on_delete=models.SET_NULL, null=True, blank=True, related_name="practices"
    )
    city_name = models.CharField(_("city"), max_length=120)
    country = models.CharField(_("country"), max_length=2)
    district = models.ForeignKey(
        District, on_delete=models.SET_NULL, null=True, blank=True, related_name="practices"
    )
    district_name = models.CharField(_("district"), max_length=160, blank=True)
    themes = models.ManyToManyField(Theme, related_name="practices", verbose_name=_("themes"))
    main_theme = models.ForeignKey(
        Theme, on_delete=models.PROTECT, related_name="main_practices", verbose_name=_("main theme")
    )
    period_start = models.PositiveSmallIntegerField(_("since"), null=True, blank=True)
    period_end = models.PositiveSmallIntegerField(_("until"), null=True, blank=True)
    summary_de = models.TextField(_("summary (German)"))
    summary_en = models.TextField(_("summary (English)"), blank=True)
    results_de = models.TextField(_("results (German)"), blank=True)
    results_en = models.TextField(_("results (English)"), blank=True)
    success_factors_de = models.TextField(_("what made it work (German)"), blank=True)
    success_factors_en = models.TextField(_("what made it work (English)"), blank=True)
    transfer_de = models.TextField(_("what a district needs to transfer it (German)"), blank=True)
    transfer_en = models.TextField(_("what a district needs to transfer it (English)"), blank=True)
    source_urls = models.JSONField(_("sources"), default=list)
    checked = models.DateField(_("checked on"))
    verification = models.CharField(_("verification"), max_length=12, choices=Verification.choices)
    urbact_good_practice = models.BooleanField(_("URBACT good practice"), default=False)
    notes = models.TextField(_("notes"), blank=True)
    edited_in_app = models.BooleanField(
        _("edited in the app"),
        default=False,
        help_text=_("Edited records are no longer overwritten from data/."),
    )

    class Meta:
        ordering = ["main_theme__order", "city_name", "slug"]
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("knowledge:practice", args=[self.slug])

    @property
    def title(self) -> str:
        return self.localized("title")

    @property
    def summary(self) -> str:
        return self.localized("summary")

    @property
    def place_label(self) -> str:
        if self.district_id:
            return f"{self.district.display_name}, {self.city.display_name}"
        city = self.city.display_name if self.city_id else self.city_name
        return f"{self.district_name}, {city}" if self.district_name else city


class PracticeRevision(models.Model):
    """A snapshot of a practice before each edit in the app: who changed what, when."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="revisions")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)
    changed_fields = models.JSONField(_("changed fields"), default=list)
    snapshot = models.JSONField(_("previous values"), default=dict)

    class Meta:
        ordering = ["-changed_at"]
        verbose_name = _("practice revision")
        verbose_name_plural = _("practice revisions")

    def __str__(self) -> str:
        return f"{self.practice.slug} @ {self.changed_at:%Y-%m-%d %H:%M}"


class Challenge(Bilingual, models.Model):
    """A district's challenge in one theme, in a sentence or two."""

    district = models.ForeignKey(District, on_delete=models.CASCADE, related_name="challenges")
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="challenges")
    text_de = models.TextField(_("challenge (German)"))
    text_en = models.TextField(_("challenge (English)"), blank=True)
    source_urls = models.JSONField(_("sources"), default=list)
    checked = models.DateField(_("checked on"))

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["district", "theme"], name="challenge_per_theme")
        ]
        ordering = ["theme__order"]
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")

    def __str__(self) -> str:
        return f"{self.district.name}: {self.theme.slug}"

    @property
    def text(self) -> str:
        return self.localized("text")


class FundingInstrument(Bilingual, models.Model):
    slug = models.SlugField(_("slug"), max_length=80)
    name_de = models.CharField(_("name (German)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    owner = models.CharField(_("programme owner"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, blank=True)
    year = models.PositiveSmallIntegerField(_("year of the figures"), null=True, blank=True)
    amount_min_eur = models.PositiveIntegerField(
        _("minimum per project (€)"), null=True, blank=True
    )
    amount_max_eur = models.PositiveIntegerField(
        _("maximum per project (€)"), null=True, blank=True
    )
    budget_total_eur = models.PositiveBigIntegerField(_("call budget (€)"), null=True, blank=True)
    funding_rate = models.CharField(_("funding rate"), max_length=40, blank=True)
    eligible_countries = models.JSONField(_("eligible countries"), default=list)
    hamburg_bezirk_can_apply = models.CharField(
        _("can a Hamburg district apply?"), max_length=20, blank=True
    )
    details = models.JSONField(_("further details"), default=dict)
    source_urls = models.JSONField(_("sources"), default=list)
    source_secondary = models.BooleanField(_("figures from a secondary source"), default=False)
    checked = models.DateField(_("checked on"))

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["slug", "year"], name="funding_slug_year_unique")
        ]
        ordering = ["name_en", "year"]
        verbose_name = _("funding instrument")
        verbose_name_plural = _("funding instruments")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.localized("name")

    def detail(self, field: str) -> str:
        language = "en" if get_language() == "en" else "de"
        other = "de" if language == "en" else "en"
        return self.details.get(f"{field}_{language}") or self.details.get(f"{field}_{other}", "")


class SearchDocument(models.Model):
    """One searchable thing (practice, district, city, theme) in both languages.

    The full-text index lives beside this table in the database's own engine:
    an FTS5 table on SQLite, a tsvector table on PostgreSQL (knowledge/search.py).
    """

    kind = models.CharField(_("kind"), max_length=20)
    object_id = models.PositiveBigIntegerField()
    url = models.CharField(_("address"), max_length=300)
    title_de = models.CharField(_("title (German)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300)
    body_de = models.TextField(_("text (German)"), blank=True)
    body_en = models.TextField(_("text (English)"), blank=True)
    themes = models.JSONField(default=list)
    country = models.CharField(max_length=2, blank=True, db_index=True)
    city_slug = models.CharField(max_length=80, blank=True, db_index=True)
    year_from = models.PositiveSmallIntegerField(null=True)
    year_to = models.PositiveSmallIntegerField(null=True)
    # Stems and plain words of title and text, in order, for ranking in Python (the same
    # ranking on SQLite and PostgreSQL; the database engines only find the candidates).
    title_words = models.TextField(blank=True)
    body_words = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_document_unique")
        ]
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self) -> str:
        return f"{self.kind}: {self.title_de}"
