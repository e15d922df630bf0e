from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "bezirkspartner.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from bezirkspartner.notifications import personal_data

        personal_data.register_sections()
