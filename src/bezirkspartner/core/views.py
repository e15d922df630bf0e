from io import StringIO

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from bezirkspartner import __version__
from bezirkspartner.core.audit import audit_record
from bezirkspartner.core.selectors import database_is_reachable, task_queue
from bezirkspartner.core.start_page import demo_present, figures_by_card


@require_safe
def home(request):
    cards = figures_by_card()
    forum_is_empty = all(f["count"] == 0 for f in cards["discuss"] + cards["take_part"])
    administration = request.user.has_perm("core.manage_demo_content")
    return render(
        request,
        "core/home.html",
        {
            "cards": cards,
            "offer_demo": administration and forum_is_empty,
            "offer_demo_removal": administration and demo_present(),
        },
    )


@require_POST
def demo_content(request):
    """Administration only: add or remove the marked demo content of `bezirkspartner demo`."""
    if not request.user.has_perm("core.manage_demo_content"):
        raise PermissionDenied
    remove = request.POST.get("remove") == "1"
    call_command("demo", remove=remove, stdout=StringIO(), stderr=StringIO())
    audit_record(
        actor=request.user, action="demo_removed" if remove else "demo_added", target=request.user
    )
    messages.success(
        request,
        _("The demo content has been removed.")
        if remove
        else _("Demo content has been added; every demo item is marked [Demo]."),
    )
    return redirect("core:home")


@require_safe
def favicon(request):
    """Browsers and feed readers ask for /favicon.ico whatever the page says."""
    return redirect(static("bezirkspartner/favicon.ico"), permanent=True)


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

    from bezirkspartner.core.markup import render_markdown
    from bezirkspartner.core.models import SitePage

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
    queue = task_queue() if database_ok else None
    if queue is not None:
        # A growing wait means no worker runs; the platform itself still serves (200).
        payload["tasks"] = queue
    return JsonResponse(payload, status=200 if database_ok else 503)
