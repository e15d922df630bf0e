from django.contrib.auth.models import AbstractBaseUser, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bezirkspartner.accounts.managers import UserManager


class User(AbstractBaseUser, PermissionsMixin):
    """An account. E-mail is the login; the display name is what others see."""

    class Role(models.TextChoices):
        CITIZEN = "citizen", _("Citizen")
        INITIATIVE = "initiative", _("Local initiative")
        ADMINISTRATION = "administration", _("Administration")
        POLITICS = "politics", _("Politics")
        PARTNER = "partner", _("Partner district")

    email = models.EmailField(_("e-mail address"), unique=True)
    display_name = models.CharField(_("display name"), max_length=80, blank=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.CITIZEN)
    requested_role = models.CharField(
        _("requested role"),
        max_length=20,
        choices=Role.choices,
        blank=True,
        help_text=_(
            "Administration, politics and partner roles are confirmed by an administrator."
        ),
    )
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=[("de", _("German")), ("en", _("English"))],
        default="de",
    )

    class Mail(models.TextChoices):
        IMMEDIATE = "immediate", _("at once")
        DAILY = "daily", _("once a day")
        OFF = "off", _("never")

    email_notifications = models.CharField(
        _("e-mail notifications"), max_length=10, choices=Mail.choices, default=Mail.DAILY
    )
    is_staff = models.BooleanField(_("staff status"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.display_name or _("Participant #%(id)s") % {"id": self.pk}

    def get_full_name(self) -> str:
        return self.display_name

    def get_short_name(self) -> str:
        return self.display_name
