from django.urls import path

from bezirkspartner.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("daten/", views.export, name="export"),
    path("loeschen/", views.delete, name="delete"),
]
