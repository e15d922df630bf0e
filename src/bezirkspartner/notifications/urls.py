from django.urls import path

from bezirkspartner.notifications import views

app_name = "notifications"

urlpatterns = [path("", views.notification_list, name="list")]
