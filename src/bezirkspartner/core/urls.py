from django.urls import path

from bezirkspartner.core import views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("demo/", views.demo_content, name="demo"),
    path("ueber/", views.about, name="about"),
    path("regeln/", views.rules, name="rules"),
    path("datenschutz/", views.site_page, {"slug": "datenschutz"}, name="privacy"),
    path("impressum/", views.site_page, {"slug": "impressum"}, name="imprint"),
]
