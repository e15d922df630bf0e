from django.urls import path

from bezirkspartner.matching import views

app_name = "matching"

urlpatterns = [
    path("", views.partner_search, name="search"),
    path("vergleich/", views.compare, name="compare"),
]
