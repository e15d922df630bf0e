from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Country(models.Model):
    code = models.CharField(_("ISO code"), max_length=2, primary_key=True)
    name_de = models.CharField(_("name (German)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80)
    eu_member = models.BooleanField(_("EU member"), default=False)
    languages = models.JSONField(_("official languages"), default=list)
    source_url = models.URLField(_("source"), max_length=500)
    checked = models.DateField(_("checked on"))

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.name_en if get_language() == "en" else self.name_de


class City(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("local name"), max_length=120)
    name_de = models.CharField(_("German name"), max_length=120)
    name_en = models.CharField(_("English name"), max_length=120)
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="cities")
    lat = models.FloatField(_("latitude"))
    lon = models.FloatField(_("longitude"))
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    population_year = models.PositiveSmallIntegerField(_("population year"), null=True, blank=True)
    population_source = models.URLField(_("population source"), max_length=500, blank=True)
    geonames_id = models.PositiveIntegerField(_("GeoNames id"), null=True, blank=True)
    district_term = models.CharField(_("local term for districts"), max_length=80, blank=True)
    district_term_en = models.CharField(_("English term for districts"), max_length=80, blank=True)
    complete = models.BooleanField(_("district list complete"), default=False)
    source_url = models.URLField(_("source of the district list"), max_length=500)
    checked = models.DateField(_("checked on"))
    notes = models.TextField(_("notes"), blank=True)
    # The city's own official languages where the country has several (Brussels: French and
    # Dutch, not German); empty where the country's list holds for the city.
    languages = models.JSONField(_("official languages of the city"), default=list, blank=True)
    languages_source = models.URLField(_("source of the languages"), max_length=500, blank=True)

    class Meta:
        ordering = ["name_de"]
        verbose_name = _("city")
        verbose_name_plural = _("cities")

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("atlas:city", args=[self.slug])

    @property
    def display_name(self) -> str:
        return self.name_en if get_language() == "en" else self.name_de

    @property
    def official_languages(self) -> list[str]:
        """The languages of the city's administration: its own sourced list, else the country's."""
        return list(self.languages or self.country.languages)


class District(models.Model):
    class MatchStatus(models.TextChoices):
        MATCHED = "matched", _("matched by name and distance")
        PINNED = "pinned", _("GeoNames entry chosen by a curator")
        CURATED = "curated", _("no GeoNames entry; coordinates curated")
        UNMATCHED = "unmatched", _("no GeoNames entry and no coordinates")

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="districts")
    slug = models.SlugField(_("slug"), max_length=120)
    name = models.CharField(_("local name"), max_length=160)
    name_de = models.CharField(_("German name"), max_length=160)
    name_en = models.CharField(_("English name"), max_length=160)
    number = models.PositiveSmallIntegerField(_("official number"), null=True, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    population_year = models.PositiveSmallIntegerField(_("population year"), null=True, blank=True)
    population_source = models.URLField(_("population source"), max_length=500, blank=True)
    population_from_geonames = models.BooleanField(_("population from GeoNames"), default=False)
    area_km2 = models.FloatField(_("area (km²)"), null=True, blank=True)
    area_source = models.URLField(_("area source"), max_length=500, blank=True)
    lat = models.FloatField(_("latitude"), null=True, blank=True)
    lon = models.FloatField(_("longitude"), null=True, blank=True)
    coord_source = models.CharField(_("coordinate source"), max_length=500, blank=True)
    geonames_id = models.PositiveIntegerField(_("GeoNames id"), null=True, blank=True)
    match_status = models.CharField(_("GeoNames match"), max_length=12, choices=MatchStatus.choices)
    match_note = models.CharField(_("match note"), max_length=500, blank=True)
    distance_to_centre_km = models.FloatField(_("distance to city centre (km)"), null=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["city__name_de", "number", "name"]
        constraints = [
            models.UniqueConstraint(fields=["city", "slug"], name="district_slug_unique_in_city")
        ]
        verbose_name = _("district")
        verbose_name_plural = _("districts")

    def __str__(self) -> str:
        return f"{self.display_name} ({self.city.display_name})"

    def get_absolute_url(self) -> str:
        return reverse("atlas:district", args=[self.city.slug, self.slug])

    @property
    def display_name(self) -> str:
        return self.name_en if get_language() == "en" else self.name_de

    @property
    def density(self) -> float | None:
        if self.population and self.area_km2:
            return self.population / self.area_km2
        return None


class DistrictName(models.Model):
    """Every known name of a district (curated and GeoNames), with a folded key for search."""

    district = models.ForeignKey(District, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(_("name"), max_length=200)
    key = models.CharField(_("search key"), max_length=200, db_index=True)
    origin = models.CharField(_("origin"), max_length=12)  # curated | geonames

    class Meta:
        verbose_name = _("district name")
        verbose_name_plural = _("district names")

    def __str__(self) -> str:
        return self.name


class CityName(models.Model):
    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(_("name"), max_length=200)
    key = models.CharField(_("search key"), max_length=200, db_index=True)
    origin = models.CharField(_("origin"), max_length=12)

    class Meta:
        verbose_name = _("city name")
        verbose_name_plural = _("city names")

    def __str__(self) -> str:
        return self.name


class DistrictTag(models.Model):
    district = models.ForeignKey(District, on_delete=models.CASCADE, related_name="tags")
    tag = models.CharField(_("tag"), max_length=40, db_index=True)
    source = models.URLField(_("source"), max_length=500, blank=True)
    rule = models.CharField(_("rule"), max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["district", "tag"], name="district_tag_unique")
        ]
        verbose_name = _("district tag")
        verbose_name_plural = _("district tags")

    def __str__(self) -> str:
        return self.tag


class Quarter(models.Model):
    """A quarter (Stadtteil) below a district; so far Hamburg's."""

    district = models.ForeignKey(District, on_delete=models.CASCADE, related_name="quarters")
    name = models.CharField(_("name"), max_length=160)
    alt_names = models.JSONField(_("other names"), default=list)
    lat = models.FloatField(_("latitude"), null=True, blank=True)
    lon = models.FloatField(_("longitude"), null=True, blank=True)
    geonames_id = models.PositiveIntegerField(_("GeoNames id"), null=True, blank=True)
    source_url = models.URLField(_("source"), max_length=500)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["district", "name"], name="quarter_unique_in_district")
        ]
        verbose_name = _("quarter")
        verbose_name_plural = _("quarters")

    def __str__(self) -> str:
        return self.name


class Partnership(models.Model):
    """An existing partnership between a district and a partner (district or town)."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed by a source")
        NOT_CONFIRMED = "not_confirmed", _("not confirmed by any source")

    home = models.ForeignKey(
        District, on_delete=models.CASCADE, related_name="partnerships_home", null=True
    )
    home_label = models.CharField(_("home"), max_length=200)
    partner = models.ForeignKey(
        District, on_delete=models.SET_NULL, related_name="partnerships_partner", null=True
    )
    partner_label = models.CharField(_("partner"), max_length=200)
    partner_country = models.CharField(_("partner country"), max_length=2)
    partner_lat = models.FloatField(null=True, blank=True)
    partner_lon = models.FloatField(null=True, blank=True)
    level = models.CharField(_("level"), max_length=20, default="district")
    since = models.PositiveSmallIntegerField(_("since"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    source_urls = models.JSONField(_("sources"), default=list)
    checked = models.DateField(_("checked on"))
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["home_label", "since", "partner_label"]
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")

    def __str__(self) -> str:
        return f"{self.home_label} – {self.partner_label}"
