from django.urls import path

from bezirkspartner.partnerships import activity_views, feeds, guest_views, report_views, views

app_name = "partnerships"

urlpatterns = [
    path("", views.partnership_list, name="list"),
    path("neu/", views.partnership_edit, name="create"),
    path("einladung/<str:token>/", guest_views.accept, name="accept"),
    path("<int:pk>/", views.partnership_detail, name="detail"),
    path("<int:pk>/bearbeiten/", views.partnership_edit, name="edit"),
    path("<int:pk>/schritt/", views.stage_step, name="step"),
    path("<int:pk>/arbeitsraum/", views.workspace, name="workspace"),
    path("<int:pk>/einladen/", views.invite, name="invite"),
    path("<int:pk>/dokument/<int:document_pk>/", views.document_download, name="document"),
    path("<int:pk>/aktivitaet/neu/", activity_views.activity_edit, name="activity_create"),
    path("<int:pk>/aktivitaet/<int:activity_pk>/", activity_views.activity_detail, name="activity"),
    path(
        "<int:pk>/aktivitaet/<int:activity_pk>/bearbeiten/",
        activity_views.activity_edit,
        name="activity_edit",
    ),
    path(
        "<int:pk>/aktivitaet/<int:activity_pk>/kosten/",
        activity_views.expense_add,
        name="expense_add",
    ),
    path("<int:pk>/aktivitaet/<int:activity_pk>/foto/", activity_views.photo_add, name="photo_add"),
    path(
        "<int:pk>/aktivitaet/<int:activity_pk>/foto/<int:photo_pk>/",
        activity_views.photo_file,
        name="photo",
    ),
    path("<int:pk>/aktivitaeten.ics", feeds.calendar, name="calendar"),
    path("<int:pk>/feed.atom", feeds.ActivityFeed(), name="feed"),
    path("<int:pk>/budget/", report_views.budget, name="budget"),
    path("<int:pk>/budget.csv", report_views.budget_csv, name="budget_csv"),
    path("<int:pk>/jahresbericht/<int:year>/", report_views.report, name="report"),
    path(
        "<int:pk>/jahresbericht/<int:year>.<str:fmt>",
        report_views.report_export,
        name="report_export",
    ),
]
