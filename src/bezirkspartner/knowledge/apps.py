from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "bezirkspartner.knowledge"
    # Subcommands of the `bezirkspartner` command this app offers (each module: add_parser).
    cli_modules = ("bezirkspartner.knowledge.cli",)
    label = "knowledge"
    verbose_name = _("Knowledge")

    def ready(self):
        from bezirkspartner.knowledge import loader, personal_data, start_page

        loader.register()
        start_page.register_figures()
        personal_data.register_sections()
