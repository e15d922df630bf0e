from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    name = "bezirkspartner.partnerships"
    label = "partnerships"
    verbose_name = _("Partnerships")

    def ready(self):
        from bezirkspartner.core import demo, personal_data
        from bezirkspartner.partnerships import services, start_page, threads
        from bezirkspartner.partnerships.demo import PROVIDER

        demo.register(PROVIDER)
        personal_data.register(
            section="partnerships",
            relations=services.PERSONAL_DATA_RELATIONS,
            export=services.export_personal_data,
            erase=services.erase_personal_data,
        )
        start_page.register_figures()
        threads.register()
