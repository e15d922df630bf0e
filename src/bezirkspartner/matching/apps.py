from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "bezirkspartner.matching"
    # Subcommands of the `bezirkspartner` command this app offers (each module: add_parser).
    cli_modules = ("bezirkspartner.matching.cli",)
    label = "matching"
    verbose_name = _("Partner ranking")

    def ready(self):
        from bezirkspartner.matching import district_section

        district_section.register_section()
