from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from bezirkspartner.api import api
from bezirkspartner.core import views as core_views
from bezirkspartner.knowledge import views as knowledge_views

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("api/", api.urls),
]

# German at "/", English at "/en/": stable, shareable URLs per language and a
# language switch that is a plain link (works without JavaScript or cookies).
urlpatterns += i18n_patterns(
    path("", include("bezirkspartner.core.urls")),
    path("atlas/", include("bezirkspartner.atlas.urls")),
    path("wissen/", include("bezirkspartner.knowledge.urls")),
    path("partner/", include("bezirkspartner.matching.urls")),
    path("dokumente/", include("bezirkspartner.councildocs.urls")),
    path("kommentare/", include("bezirkspartner.comments.urls")),
    path("forum/", include("bezirkspartner.forum.urls")),
    path("benachrichtigungen/", include("bezirkspartner.notifications.urls")),
    path("dossiers/", include("bezirkspartner.dossiers.urls")),
    path("partnerschaften/", include("bezirkspartner.partnerships.urls")),
    path("suche/", knowledge_views.search, name="search"),
    path("admin/", admin.site.urls),
    path("konto/", include("allauth.urls")),
    path("konto/profil/", include("bezirkspartner.accounts.urls")),
    prefix_default_language=False,
)
