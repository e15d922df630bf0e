from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "bezirkspartner.forum"
    label = "forum"
    verbose_name = _("Forum")

    def ready(self):
        from bezirkspartner.core import reference_data
        from bezirkspartner.forum import loader, personal_data, search_index, start_page, threads

        reference_data.register(loader.LOADER)
        start_page.register_figures()
        search_index.connect()
        personal_data.register_sections()
        threads.register()
