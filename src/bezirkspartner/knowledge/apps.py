from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "bezirkspartner.knowledge"
    label = "knowledge"
    verbose_name = _("Knowledge")

    def ready(self):
        from bezirkspartner.knowledge import loader, personal_data, start_page

        loader.register()
        start_page.register_figures()
        personal_data.register_sections()
