"""The platform's URLs plus `/bench-bare/`, a bare Django view (benchmark only)."""

from django.http import HttpResponse
from django.urls import path

from bezirkspartner.urls import urlpatterns as platform_urlpatterns


def bare(request):
    return HttpResponse(b"hello", content_type="text/plain")


urlpatterns = [path("bench-bare/", bare), *platform_urlpatterns]
