from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossiersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "bezirkspartner.dossiers"
    # Subcommands of the `bezirkspartner` command this app offers (each module: add_parser).
    cli_modules = ("bezirkspartner.dossiers.cli",)
    verbose_name = _("Dossiers")

    def ready(self):
        from bezirkspartner.core import reference_data
        from bezirkspartner.dossiers import loader, personal_data, search_index, start_page, threads

        reference_data.register(loader.LOADER)
        start_page.register_figures()
        search_index.connect()
        personal_data.register_sections()
        threads.register()
