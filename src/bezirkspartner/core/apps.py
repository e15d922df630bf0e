from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "bezirkspartner.core"
    # Subcommands of the `bezirkspartner` command this app offers (each module: add_parser).
    cli_modules = ("bezirkspartner.core.cli",)
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        from bezirkspartner.core import page_cache

        page_cache.connect_signals()
