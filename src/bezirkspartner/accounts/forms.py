from django import forms
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from bezirkspartner.accounts.models import User


class SignupProfileForm(forms.Form):
    """The profile part of registration (allauth adds e-mail and password)."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=80,
        help_text=_("Shown with your contributions. You may use a pseudonym."),
    )
    role = forms.ChoiceField(
        label=_("I take part as"), choices=User.Role.choices, initial=User.Role.CITIZEN
    )
    organisation = forms.CharField(label=_("Organisation"), max_length=160, required=False)
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"), choices=[("de", _("German")), ("en", _("English"))]
    )
    accept_terms = forms.BooleanField(
        label=_("I accept the rules of the forum."),
        error_messages={"required": _("Please accept the rules of the forum to take part.")},
        # Chromium reports an unticked required box as "invalid" before anyone submitted
        # (Orca said so on the empty form); the form's own errors set "true" when due.
        widget=forms.CheckboxInput(attrs={"aria-invalid": "false"}),
    )

    email_consent = forms.BooleanField(
        label=_("Yes, I would like e-mails about news in what I follow (once a day)."),
        required=False,
        help_text=_("Optional and separate from the rules; you can change it at any time."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["accept_terms"].help_text = format_html(
            gettext('Please read the <a href="{}">rules of the forum</a> first.'),
            reverse("core:rules"),
        )

    def signup(self, request, user):
        user.display_name = self.cleaned_data["display_name"]
        # Administration, politics and partner roles are confirmed by an administrator;
        # until then the account takes part as a citizen or initiative.
        role = self.cleaned_data["role"]
        user.requested_role = role
        user.role = role if role in (User.Role.CITIZEN, User.Role.INITIATIVE) else User.Role.CITIZEN
        user.organisation = self.cleaned_data["organisation"]
        user.preferred_language = self.cleaned_data["preferred_language"]
        user.email_notifications = "daily" if self.cleaned_data["email_consent"] else "off"
        user.save()


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "organisation", "preferred_language", "email_notifications"]
