from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "bezirkspartner.matching"
    label = "matching"
    verbose_name = _("Partner ranking")

    def ready(self):
        from bezirkspartner.matching import district_section

        district_section.register_section()
