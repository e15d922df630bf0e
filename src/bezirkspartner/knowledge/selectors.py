"""Reads from the knowledge base."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Count, Prefetch, QuerySet

from bezirkspartner.atlas.models import City
from bezirkspartner.atlas.selectors import home_district as home_district  # re-exported
from bezirkspartner.knowledge.models import Challenge, FundingInstrument, Practice, Theme


def practice_queryset() -> QuerySet[Practice]:
    return Practice.objects.select_related(
        "city", "district", "district__city", "main_theme"
    ).prefetch_related("themes")


def theme_list() -> QuerySet[Theme]:
    return Theme.objects.annotate(practice_count=Count("practices", distinct=True)).order_by(
        "order", "slug"
    )


def theme_get(slug: str) -> Theme:
    return Theme.objects.get(slug=slug)


def practices_for_theme(theme: Theme) -> QuerySet[Practice]:
    return practice_queryset().filter(themes=theme).order_by("city_name", "slug")


def cities_strong_in(theme: Theme, *, limit: int = 8) -> list[City]:
    """Cities with the most practices in the theme (ties by name)."""
    return list(
        City.objects.filter(practices__themes=theme)
        .annotate(practice_count=Count("practices", distinct=True))
        .order_by("-practice_count", "name_de")[:limit]
    )


def home_challenge(theme: Theme) -> Challenge | None:
    return (
        Challenge.objects.select_related("district__city")
        .filter(
            theme=theme,
            district__city__slug=settings.HOME_CITY,
            district__name=settings.HOME_DISTRICT,
        )
        .first()
    )


def practice_get(slug: str) -> Practice:
    return practice_queryset().prefetch_related(Prefetch("revisions")).get(slug=slug)


def challenge_list(*, city: str | None = None, district: str | None = None):
    challenges = Challenge.objects.select_related("district__city", "theme")
    if city:
        challenges = challenges.filter(district__city__slug=city)
    if district:
        challenges = challenges.filter(district__name=district)
    return challenges.order_by("district__name", "theme__order")


def funding_list() -> QuerySet[FundingInstrument]:
    return FundingInstrument.objects.all()


def practice_as_dict(p: Practice) -> dict:
    return {
        "slug": p.slug,
        "title": p.title_de,
        "title_en": p.title_en,
        "themes": [t.slug for t in p.themes.all()],
        "city": p.city.name if p.city_id else p.city_name,
        "city_slug": p.city.slug if p.city_id else None,
        "country": p.country,
        "district": p.district.name if p.district_id else (p.district_name or None),
        "period_start": p.period_start,
        "period_end": p.period_end,
        "summary_de": p.summary_de,
        "summary_en": p.summary_en,
        "source_urls": p.source_urls,
        "checked": p.checked.isoformat(),
        "verification": p.verification,
        "urbact_good_practice": p.urbact_good_practice,
    }
