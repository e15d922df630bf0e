from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AtlasConfig(AppConfig):
    name = "bezirkspartner.atlas"
    # Subcommands of the `bezirkspartner` command this app offers (each module: add_parser).
    cli_modules = ("bezirkspartner.atlas.cli",)
    label = "atlas"
    verbose_name = _("Atlas")

    def ready(self):
        from bezirkspartner.atlas import loader, start_page

        loader.register()
        start_page.register_figures()
