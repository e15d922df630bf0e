from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    name = "bezirkspartner.partnerships"
    label = "partnerships"
    verbose_name = _("Partnerships")

    def ready(self):
        from bezirkspartner.core import demo
        from bezirkspartner.partnerships.demo import PROVIDER

        demo.register(PROVIDER)
