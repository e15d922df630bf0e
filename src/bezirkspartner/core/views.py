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
