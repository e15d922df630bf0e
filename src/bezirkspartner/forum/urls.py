from django.urls import path
from django.views.generic import RedirectView

from bezirkspartner.forum import (
    admin_views,
    meeting_views,
    moderation_views,
    notification_views,
    views,
)

app_name = "forum"

urlpatterns = [
    path("", views.index, name="index"),
    path("neuer-raum/", admin_views.space_edit, name="space_create"),
    path("raum/<slug:slug>/", views.space_detail, name="space"),
    path("raum/<slug:slug>/bearbeiten/", admin_views.space_edit, name="space_edit"),
    path("raum/<slug:slug>/neu/", views.proposal_create, name="proposal_create"),
    path("vorschlag/<int:pk>/", views.proposal_detail, name="proposal"),
    path("vorschlag/<int:pk>/unterstuetzen/", views.support, name="support"),
    path("vorschlag/<int:pk>/status/", views.change_status, name="change_status"),
    path("raum/<slug:slug>/folgen/", notification_views.follow_space, name="follow_space"),
    path("raum/<slug:slug>/feed.atom", notification_views.SpaceFeed(), name="space_feed"),
    path("vorschlag/<int:pk>/folgen/", notification_views.follow_proposal, name="follow_proposal"),
    # The notifications had their page here before they got an app of their own.
    path(
        "benachrichtigungen/",
        RedirectView.as_view(pattern_name="notifications:list", permanent=True),
    ),
    path("sitzungen/", meeting_views.meeting_list, name="meetings"),
    path("sitzungen.ics", meeting_views.calendar_feed, name="calendar"),
    path("sitzungen/neu/", admin_views.meeting_edit, name="meeting_create"),
    path("sitzungen/<int:pk>/", meeting_views.meeting_detail, name="meeting"),
    path("sitzungen/<int:pk>/bearbeiten/", admin_views.meeting_edit, name="meeting_edit"),
    path("sitzungen/<int:pk>.ics", meeting_views.meeting_ical, name="meeting_ical"),
    path("sitzungen/<int:pk>/anmelden/", meeting_views.register, name="register"),
    path("melden/<str:kind>/<int:pk>/", moderation_views.report, name="report"),
    path("moderation/", moderation_views.queue, name="moderation"),
    path("moderation/<str:kind>/<int:pk>/verbergen/", moderation_views.hide, name="hide"),
    path("moderation/<str:kind>/<int:pk>/zeigen/", moderation_views.restore, name="restore"),
    path("moderation/meldung/<int:pk>/verwerfen/", moderation_views.dismiss, name="dismiss"),
    path("moderation/konto/<int:pk>/sperren/", moderation_views.block, name="block"),
]
