from django.urls import path

from bezirkspartner.atlas import views

app_name = "atlas"

urlpatterns = [
    path("", views.atlas_index, name="index"),
    path("suche/", views.search, name="search"),
    path("partnerschaften/", views.partnerships, name="partnerships"),
    path("<slug:city_slug>/", views.city_detail, name="city"),
    path("<slug:city_slug>/<slug:district_slug>/", views.district_detail, name="district"),
]
