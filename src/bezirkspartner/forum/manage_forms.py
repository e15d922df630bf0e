"""Forms with which administration users run spaces and meetings inside the forum."""

from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from bezirkspartner.forum.forms import districts_by_name
from bezirkspartner.forum.models import AgendaItem, Meeting, Proposal, Space


class SpaceForm(forms.ModelForm):
    partner_name = forms.CharField(
        label=_("Partner district (optional)"),
        required=False,
        max_length=200,
        help_text=_(
            "For a space about one partnership: the district's name as the atlas shows it."
        ),
    )

    class Meta:
        model = Space
        fields = ["title_de", "title_en", "description_de", "description_en", "theme", "is_open"]
        widgets = {
            "description_de": forms.Textarea(attrs={"rows": 3}),
            "description_en": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "is_open": _("A closed space stays readable but takes no new proposals."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.partner_district_id:
            self.initial.setdefault("partner_name", self.instance.partner_district.name)

    def clean_partner_name(self):
        name = self.cleaned_data["partner_name"].strip()
        return districts_by_name([name])[0] if name else None


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class MeetingForm(forms.ModelForm):
    online_url = forms.URLField(
        label=_("online link"), required=False, max_length=200, assume_scheme="https"
    )

    class Meta:
        model = Meeting
        fields = [
            "title",
            "starts_at",
            "ends_at",
            "place",
            "online_url",
            "capacity",
            "description",
            "minutes",
        ]
        widgets = {
            "starts_at": DateTimeLocalInput(),
            "ends_at": DateTimeLocalInput(),
            "description": forms.Textarea(attrs={"rows": 4}),
            "minutes": forms.Textarea(attrs={"rows": 8}),
        }

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The meeting must end after it starts."))
        if not data.get("place") and not data.get("online_url"):
            self.add_error("place", _("Give a place, an online link or both."))
        return data


class AgendaItemForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = ["position", "title", "proposal"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        visible = Proposal.objects.filter(hidden_reason="").order_by("-created_at")
        self.fields["proposal"].queryset = visible
        self.fields["proposal"].required = False


AgendaFormSet = inlineformset_factory(
    Meeting, AgendaItem, form=AgendaItemForm, extra=3, can_delete=True
)
