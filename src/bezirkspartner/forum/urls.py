from django.urls import path

from bezirkspartner.forum import views

app_name = "forum"

urlpatterns = [
    path("", views.index, name="index"),
    path("raum/<slug:slug>/", views.space_detail, name="space"),
    path("raum/<slug:slug>/neu/", views.proposal_create, name="proposal_create"),
    path("vorschlag/<int:pk>/", views.proposal_detail, name="proposal"),
    path("vorschlag/<int:pk>/unterstuetzen/", views.support, name="support"),
    path("vorschlag/<int:pk>/status/", views.change_status, name="change_status"),
    path("kommentar/<int:pk>/loeschen/", views.comment_delete, name="comment_delete"),
]
