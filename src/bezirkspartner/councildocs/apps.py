from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncildocsConfig(AppConfig):
    name = "bezirkspartner.councildocs"
    # Subcommands of the `bezirkspartner` command this app offers (each module: add_parser);
    # the pure place-recognition library has no app of its own, councildocs uses it.
    cli_modules = ("bezirkspartner.councildocs.cli", "bezirkspartner.geoparse.cli")
    label = "councildocs"
    verbose_name = _("Council documents")

    def ready(self):
        from bezirkspartner.core import reference_data
        from bezirkspartner.councildocs import loader, start_page
        from bezirkspartner.councildocs.services import search_documents
        from bezirkspartner.knowledge.indexing import register_builder

        reference_data.register(loader.LOADER)
        register_builder(search_documents)
        start_page.register_figures()
