from django.db import models
from django.utils.translation import gettext_lazy as _


class DataLoadState(models.Model):
    """The fingerprint of the reference data last loaded by a loader.

    Kept in the database itself (not in a file) so that a fresh or different
    database is always loaded, whatever files lie around.
    """

    loader = models.CharField(_("loader"), max_length=64, unique=True)
    fingerprint = models.CharField(_("fingerprint"), max_length=64)
    loaded_at = models.DateTimeField(_("loaded at"), auto_now=True)

    class Meta:
        verbose_name = _("reference data state")
        verbose_name_plural = _("reference data states")

    def __str__(self) -> str:
        return self.loader
