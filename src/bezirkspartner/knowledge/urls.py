from django.urls import path

from bezirkspartner.knowledge import views

app_name = "knowledge"

urlpatterns = [
    path("", views.theme_list, name="themes"),
    path("themen/<slug:slug>/", views.theme_detail, name="theme"),
    path("praxis/<slug:slug>/", views.practice_detail, name="practice"),
    path("foerderung/", views.funding_list, name="funding"),
]
