from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from bezirkspartner.atlas.models import Country
from bezirkspartner.knowledge import search as search_engine
from bezirkspartner.knowledge import selectors
from bezirkspartner.knowledge.models import Practice, Theme
from bezirkspartner.knowledge.text_search import highlight

SEARCH_KINDS = {
    "practice",
    "district",
    "city",
    "theme",
    "document",
    "proposal",
    "meeting",
    "dossier",
}


@require_safe
def theme_list(request):
    return render(request, "knowledge/theme_list.html", {"themes": selectors.theme_list()})


@require_safe
def theme_detail(request, slug: str):
    try:
        theme = selectors.theme_get(slug)
    except Theme.DoesNotExist as exc:
        raise Http404 from exc
    return render(
        request,
        "knowledge/theme_detail.html",
        {
            "theme": theme,
            "practices": selectors.practices_for_theme(theme),
            "strong_cities": selectors.cities_strong_in(theme),
            "challenge": selectors.home_challenge(theme),
        },
    )


@require_safe
def practice_detail(request, slug: str):
    try:
        practice = selectors.practice_get(slug)
    except Practice.DoesNotExist as exc:
        raise Http404 from exc
    return render(request, "knowledge/practice_detail.html", {"practice": practice})


@require_safe
def funding_list(request):
    return render(request, "knowledge/funding_list.html", {"instruments": selectors.funding_list()})


def _int_or_none(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and len(value) <= 4 else None


@require_safe
def search(request):
    query = request.GET.get("q", "").strip()[:200]
    kind = request.GET.get("art", "")
    filters = {
        "theme": request.GET.get("thema") or None,
        "country": (request.GET.get("land") or "")[:2] or None,
        "year": _int_or_none(request.GET.get("jahr")),
    }
    hits, terms = search_engine.RankedHits(), []
    if query:
        hits, terms = search_engine.search(
            query, kinds=[kind] if kind in SEARCH_KINDS else None, **filters
        )
    page = Paginator(hits, 20).get_page(request.GET.get("seite"))
    english = get_language() == "en"
    results = []
    for hit in page.object_list:
        document = hit.document
        title = (document.title_en if english else document.title_de) or document.title_de
        body = (document.body_en if english else document.body_de) or document.body_de
        results.append(
            {
                "url": document.url,
                "kind": document.kind,
                "title": mark_safe(highlight(title, terms, width=300)),  # noqa: S308 - escaped
                "snippet": mark_safe(highlight(body, terms)),  # noqa: S308 - escaped by highlight
            }
        )
    params = request.GET.copy()
    params.pop("seite", None)
    return render(
        request,
        "knowledge/search.html",
        {
            "query": query,
            "kind": kind,
            "filters": filters,
            "themes": Theme.objects.all(),
            "countries": sorted(Country.objects.all(), key=lambda c: c.display_name),
            "page": page,
            "results": results,
            "result_count": hits.total,
            "ranked_count": len(hits),
            "page_query": params.urlencode(),
        },
    )
