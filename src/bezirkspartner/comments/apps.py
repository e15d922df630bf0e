from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "bezirkspartner.comments"
    label = "comments"
    verbose_name = _("Comments")

    def ready(self):
        from bezirkspartner.comments import personal_data

        personal_data.register_sections()
