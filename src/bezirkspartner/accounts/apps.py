from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "bezirkspartner.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from bezirkspartner.accounts import personal_data, rules  # noqa: F401 (registers perms)

        personal_data.register_sections()
