from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe

from bezirkspartner.atlas import selectors
from bezirkspartner.atlas.models import City, District


@require_safe
def atlas_index(request):
    cities = selectors.city_list()
    return render(
        request,
        "atlas/index.html",
        {
            "cities": cities,
            "district_total": sum(c.district_count for c in cities),
            "partnership_count": selectors.partnership_list().count(),
            "home_district": selectors.home_district(),
        },
    )


@require_safe
def city_detail(request, city_slug: str):
    try:
        city = selectors.city_get(city_slug)
    except City.DoesNotExist as exc:
        raise Http404 from exc
    districts = list(selectors.district_list(city=city.slug))
    unlocated = sum(1 for district in districts if district.lat is None)
    return render(
        request,
        "atlas/city_detail.html",
        {
            "city": city,
            "districts": districts,
            "located_count": len(districts) - unlocated,
            "unlocated_count": unlocated,
            "home_district": _home_district_in(city),
        },
    )


@require_safe
def district_detail(request, city_slug: str, district_slug: str):
    try:
        district = selectors.district_get(city_slug, district_slug)
    except District.DoesNotExist as exc:
        raise Http404 from exc
    return render(
        request,
        "atlas/district_detail.html",
        {
            "district": district,
            "city": district.city,
            "partnerships": selectors.partnership_list(district=district),
            "names": sorted({n.name for n in district.names.all()}),
            "suitable_partners": _suitable_partners(district),
            "home_district": _home_district_in(district.city),
        },
    )


def _home_district_in(city: City) -> District | None:
    """The home district, where the page's map shows its city (else the legend would name it)."""
    home = selectors.home_district()
    return home if home is not None and home.city_id == city.id else None


def _suitable_partners(district: District, top: int = 5) -> list:
    """The ranking across all themes with default weights (matching app)."""
    from bezirkspartner.knowledge.models import Theme
    from bezirkspartner.matching import selectors as matching
    from bezirkspartner.matching.engine import DEFAULT_WEIGHTS

    if district.lat is None:
        return []
    return matching.match_results(
        matching.MatchRequest(
            home=district,
            themes=dict.fromkeys(Theme.objects.values_list("slug", flat=True), 1.0),
            weights=dict(DEFAULT_WEIGHTS),
            top=top,
        )
    )


@require_safe
def search(request):
    query = request.GET.get("q", "").strip()[:100]
    cities = selectors.city_search(query) if query else []
    districts = selectors.district_search(query, limit=200) if query else []
    page = Paginator(districts, 50).get_page(request.GET.get("seite"))
    return render(
        request,
        "atlas/search.html",
        {"query": query, "cities": cities, "page": page, "result_count": len(districts)},
    )


@require_safe
def partnerships(request):
    return render(
        request, "atlas/partnerships.html", {"partnerships": selectors.partnership_list()}
    )
