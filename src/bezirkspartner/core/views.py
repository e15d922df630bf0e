from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from bezirkspartner import __version__
from bezirkspartner.core.selectors import database_is_reachable


@require_safe
def home(request):
    return render(request, "core/home.html")


@require_safe
def about(request):
    return render(request, "core/about.html")


@require_safe
def rules(request):
    return render(request, "core/rules.html")


@require_safe
def site_page(request, slug: str):
    from django.http import Http404
    from django.utils.translation import get_language

    from bezirkspartner.core.models import SitePage
    from bezirkspartner.forum.markup import render_markdown

    if slug not in SitePage.Slug.values:
        raise Http404
    page = SitePage.objects.filter(slug=slug).first()
    body = ""
    if page:
        body = page.body_en if get_language() == "en" and page.body_en else page.body_de
    return render(
        request,
        "core/site_page.html",
        {
            "title": SitePage.Slug(slug).label,
            "html": render_markdown(body),
            "page": page,
        },
    )


@never_cache
@require_safe
def healthz(request):
    database_ok = database_is_reachable()
    payload = {
        "status": "ok" if database_ok else "error",
        "database": "ok" if database_ok else "unreachable",
        "version": __version__,
    }
    return JsonResponse(payload, status=200 if database_ok else 503)
