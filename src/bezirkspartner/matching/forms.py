from django import forms
from django.utils.translation import gettext_lazy as _

from bezirkspartner.matching.engine import CRITERIA, DEFAULT_WEIGHTS

CRITERION_LABELS = {
    "thematic": _("Thematic strength"),
    "complementarity": _("Fits Harburg's challenges"),
    "similarity": _("Structural similarity"),
    "feasibility": _("Feasibility (distance, language, funding)"),
    "openness": _("Experience with partnerships"),
}
CRITERION_HELP = {
    "thematic": _("Documented good practices of the district and its city in the chosen themes."),
    "complementarity": _("Strength where the home district has stated a challenge."),
    "similarity": _("Population, density and characteristics such as river, port, university."),
    "feasibility": _("Travel time, shared language, current partnerships, EU funding."),
    "openness": _("The district already has district partnerships."),
}
WEIGHT_CHOICES = [("0", _("ignore")), ("1", _("low")), ("2", _("medium")), ("3", _("high"))]
DEFAULT_LEVEL = dict.fromkeys(CRITERIA, "2") | {"thematic": "3", "openness": "1"}


class MatchForm(forms.Form):
    """The 'Partner finden' form: plain GET parameters, works without JavaScript."""

    bezirk = forms.CharField(label=_("Home district"), initial="Harburg", max_length=120)
    themen = forms.MultipleChoiceField(
        label=_("Themes"), required=False, widget=forms.CheckboxSelectMultiple
    )
    max_km = forms.IntegerField(
        label=_("Maximum distance (km)"), required=False, min_value=10, max_value=5000
    )
    nur_eu = forms.BooleanField(label=_("EU member states only"), required=False)
    ohne_partner = forms.BooleanField(label=_("Leave out existing partners"), required=False)

    def __init__(self, *args, themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themen"].choices = [(t.slug, t.name) for t in themes]
        for criterion in CRITERIA:
            self.fields[f"k_{criterion}"] = forms.ChoiceField(
                label=CRITERION_LABELS[criterion],
                help_text=CRITERION_HELP[criterion],
                choices=WEIGHT_CHOICES,
                initial=DEFAULT_LEVEL[criterion],
                required=False,
            )

    def clean(self):
        data = super().clean()
        levels = [data.get(f"k_{c}") for c in CRITERIA]
        if levels and all(level == "0" for level in levels):
            raise forms.ValidationError(
                _("At least one criterion must count; otherwise every district scores 0.")
            )
        return data

    def criterion_fields(self):
        return [self[f"k_{c}"] for c in CRITERIA]

    def weights(self) -> dict[str, float]:
        weights = {}
        for criterion in CRITERIA:
            level = self.cleaned_data.get(f"k_{criterion}") or DEFAULT_LEVEL[criterion]
            weights[criterion] = float(level) * DEFAULT_WEIGHTS[criterion]
        return weights
