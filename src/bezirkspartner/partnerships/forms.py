from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bezirkspartner.atlas.models import District
from bezirkspartner.dossiers.models import Dossier
from bezirkspartner.knowledge.models import FundingInstrument, Practice, Theme
from bezirkspartner.partnerships.models import LANGUAGES, Activity, Document


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class PartnershipForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=250)
    partner = forms.ModelChoiceField(
        label=_("Partner district"),
        queryset=District.objects.select_related("city").order_by("city__name_de", "name"),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    dossier = forms.ModelChoiceField(
        label=_("Dossier"),
        queryset=Dossier.objects.all(),
        required=False,
        help_text=_("Its plan becomes the budget the spending is compared with."),
    )
    language = forms.ChoiceField(label=_("Language of the text"), choices=LANGUAGES)
    summary = forms.CharField(label=_("Summary"), widget=forms.Textarea, required=False)
    summary_en = forms.CharField(
        label=_("English summary"),
        widget=forms.Textarea,
        required=False,
        help_text=_("For guests of the partner district."),
    )


class StageForm(forms.Form):
    to_stage = forms.ChoiceField(label=_("New stage"))
    decided_on = forms.DateField(label=_("Date"), widget=DateInput())
    decided_by = forms.CharField(
        label=_("Decided by"),
        max_length=200,
        required=False,
        help_text=_("The body or office that decided, e.g. Bezirksversammlung."),
    )
    drucksache = forms.CharField(
        label=_("Council document (Drucksache)"),
        max_length=40,
        required=False,
        help_text=_("Its number, e.g. 22-0433."),
    )
    decision_url = forms.URLField(
        label=_("Link to the decision"), required=False, assume_scheme="https"
    )
    dossier = forms.ModelChoiceField(
        label=_("Dossier"), queryset=Dossier.objects.all(), required=False
    )
    note = forms.CharField(label=_("Note"), widget=forms.Textarea, required=False)
    document_kind = forms.ChoiceField(
        label=_("Kind of document"), choices=Document.Kind.choices, required=False
    )
    document = forms.FileField(
        label=_("Document (PDF, DOCX, ODT, PNG or JPEG, at most 10 MB)"), required=False
    )

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_stage"].choices = partnership.next_stages
        self.fields["decided_on"].initial = timezone.localdate()
        self.fields["dossier"].initial = partnership.dossier_id


class ActivityForm(forms.ModelForm):
    class Meta:
        model = Activity
        fields = [
            "kind",
            "title",
            "starts_at",
            "ends_at",
            "place",
            "language",
            "description",
            "summary_en",
            "groups",
            "participant_count",
            "theme",
            "practice",
            "outcome",
        ]
        widgets = {"starts_at": DateTimeInput(), "ends_at": DateTimeInput()}

    groups = forms.MultipleChoiceField(
        label=_("Participant groups"),
        choices=Activity.Group.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["practice"].queryset = Practice.objects.order_by("title_de")
        self.fields["participant_count"].required = False
        for name in ("starts_at", "ends_at"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]

    def clean(self):
        data = super().clean()
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] < data["starts_at"]:
            self.add_error("ends_at", _("The activity cannot end before it starts."))
        return data


class ExpenseForm(forms.Form):
    amount_eur = forms.DecimalField(
        label=_("Amount (EUR)"), min_value=0, max_digits=10, decimal_places=2
    )
    staff_hours = forms.DecimalField(
        label=_("Staff hours"), min_value=0, max_digits=7, decimal_places=1, initial=0
    )
    funding = forms.ModelChoiceField(
        label=_("Funding source"),
        queryset=FundingInstrument.objects.all(),
        required=False,
        empty_label=_("District budget"),
    )
    note = forms.CharField(label=_("What for"), max_length=300)


class PhotoForm(forms.Form):
    image = forms.FileField(label=_("Photo (PNG or JPEG, at most 10 MB)"))
    caption = forms.CharField(label=_("Caption"), max_length=300)
    consent_recorded = forms.BooleanField(
        label=_("All people shown have consented to the publication."), required=True
    )
    consent_note = forms.CharField(
        label=_("How consent was given"),
        max_length=300,
        help_text=_("E.g. written consent forms of all people shown, kept by the office."),
    )


class InvitationForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=80)
    email = forms.EmailField(label=_("E-mail address"))


class AcceptForm(forms.Form):
    password1 = forms.CharField(label=_("Password"), widget=forms.PasswordInput)
    password2 = forms.CharField(label=_("Password (again)"), widget=forms.PasswordInput)

    def clean(self):
        data = super().clean()
        if data.get("password1") and data.get("password1") != data.get("password2"):
            self.add_error("password2", _("The two passwords differ."))
        return data
