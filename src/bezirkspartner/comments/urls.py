from django.urls import path

from bezirkspartner.comments import views

app_name = "comments"

urlpatterns = [
    path("neu/<str:kind>/<int:object_id>/", views.comment_create, name="create"),
    path("<int:pk>/bearbeiten/", views.comment_edit, name="edit"),
    path("<int:pk>/loeschen/", views.comment_delete, name="delete"),
    path("<int:pk>/melden/", views.report, name="report"),
    path("<int:pk>/verbergen/", views.hide, name="hide"),
    path("<int:pk>/zeigen/", views.show, name="show"),
    path("moderation/", views.queue, name="moderation"),
    path("moderation/meldung/<int:pk>/verwerfen/", views.dismiss, name="dismiss"),
]
