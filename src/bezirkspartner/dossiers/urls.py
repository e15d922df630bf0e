from django.urls import path

from bezirkspartner.dossiers import report_views, views

app_name = "dossiers"

urlpatterns = [
    path("", views.dossier_list, name="list"),
    path("neu/", views.dossier_create, name="create"),
    path("forumsbericht/", report_views.report, name="report"),
    path("forumsbericht.pdf", report_views.report_pdf, name="report_pdf"),
    path("<int:pk>/", views.dossier_detail, name="detail"),
    path("<int:pk>/bearbeiten/", views.dossier_edit, name="edit"),
    path("<int:pk>/versionen/", views.dossier_versions, name="versions"),
    path("<int:pk>/vergleich/", views.dossier_compare, name="compare"),
    path("<int:pk>/export.<str:fmt>", views.dossier_export, name="export"),
]
