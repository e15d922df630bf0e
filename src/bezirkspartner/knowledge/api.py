"""Knowledge API: themes, practices, challenges, funding instruments, search."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from bezirkspartner.core.api_schemas import errors
from bezirkspartner.knowledge import search as search_engine
from bezirkspartner.knowledge import selectors
from bezirkspartner.knowledge.models import Theme
from bezirkspartner.knowledge.text_search import highlight

router = Router(tags=["knowledge"])


class ThemeOut(Schema):
    slug: str
    name_de: str
    name_en: str
    description_de: str
    description_en: str
    keywords_de: list[str]
    keywords_en: list[str]
    practice_count: int


class PracticeOut(Schema):
    slug: str
    title: str
    title_en: str
    themes: list[str]
    city: str
    city_slug: str | None
    country: str
    district: str | None
    period_start: int | None
    period_end: int | None
    summary_de: str
    summary_en: str
    source_urls: list[str]
    checked: str
    verification: str
    urbact_good_practice: bool


class ChallengeOut(Schema):
    city: str
    district: str
    theme: str
    text_de: str
    text_en: str
    source_urls: list[str]
    checked: str


class FundingOut(Schema):
    slug: str
    name_de: str
    name_en: str
    owner: str
    year: int | None
    amount_min_eur: int | None
    amount_max_eur: int | None
    budget_total_eur: int | None
    funding_rate: str
    eligible_countries: list[str]
    hamburg_bezirk_can_apply: str
    details: dict
    source_urls: list[str]
    source_secondary: bool
    checked: str


class SearchHit(Schema):
    kind: str
    title_de: str
    title_en: str
    url: str
    score: float
    snippet: str = Field(description="HTML-escaped excerpt; hits wrapped in <mark>")


class PracticeFilter(Schema):
    theme: str | None = None
    country: str | None = Field(None, max_length=2)
    city: str | None = None


@router.get("/themes", response={200: list[ThemeOut], **errors(422)}, url_name="themes")
def theme_list(request):
    return list(selectors.theme_list())


@router.get("/practices", response={200: list[PracticeOut], **errors(422)}, url_name="practices")
def practice_list(request, filters: Query[PracticeFilter]):
    practices = selectors.practice_queryset()
    if filters.theme:
        practices = practices.filter(themes__slug=filters.theme)
    if filters.country:
        practices = practices.filter(country=filters.country.upper())
    if filters.city:
        practices = practices.filter(city__slug=filters.city)
    return [selectors.practice_as_dict(p) for p in practices.distinct()]


@router.get("/practices/{slug}", response={200: PracticeOut, **errors(404)}, url_name="practice")
def practice_detail(request, slug: str):
    return selectors.practice_as_dict(get_object_or_404(selectors.practice_queryset(), slug=slug))


@router.get("/challenges", response={200: list[ChallengeOut], **errors(422)}, url_name="challenges")
def challenge_list(request, city: str | None = None, district: str | None = None):
    return [
        {
            "city": c.district.city.slug,
            "district": c.district.name,
            "theme": c.theme.slug,
            "text_de": c.text_de,
            "text_en": c.text_en,
            "source_urls": c.source_urls,
            "checked": c.checked.isoformat(),
        }
        for c in selectors.challenge_list(city=city, district=district)
    ]


@router.get("/funding", response={200: list[FundingOut], **errors(422)}, url_name="funding")
def funding_list(request):
    return [
        {
            **{f: getattr(i, f) for f in FundingOut.model_fields if f != "checked"},
            "checked": i.checked.isoformat(),
        }
        for i in selectors.funding_list()
    ]


@router.get("/search", response={200: list[SearchHit], **errors(422)}, url_name="search")
def search(
    request,
    q: str = Query(..., min_length=1, max_length=200),
    kind: str | None = None,
    theme: str | None = None,
    country: str | None = Query(None, max_length=2),
    year: int | None = Query(None, ge=1000, le=2999),
    limit: int = Query(20, ge=1, le=100),
):
    if theme and not Theme.objects.filter(slug=theme).exists():
        return []
    hits, terms = search_engine.search(
        q, kinds=[kind] if kind else None, theme=theme, country=country, year=year
    )
    return [
        {
            "kind": hit.document.kind,
            "title_de": hit.document.title_de,
            "title_en": hit.document.title_en,
            "url": hit.document.url,
            "score": round(hit.score, 4),
            "snippet": highlight(hit.document.body_de, terms),
        }
        for hit in hits[:limit]
    ]
