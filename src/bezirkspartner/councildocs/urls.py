from django.urls import path

from bezirkspartner.councildocs import views

app_name = "councildocs"

urlpatterns = [
    path("", views.document_list, name="list"),
    path("hochladen/", views.document_upload, name="upload"),
    path("<str:number>/", views.document_detail, name="detail"),
    path("<str:number>/orte.geojson", views.document_places_geojson, name="places_geojson"),
]
