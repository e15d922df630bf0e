from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from bezirkspartner.matching.engine import CRITERIA, DEFAULT_PER_CITY, DEFAULT_WEIGHTS

CRITERION_LABELS = {
    "relevance": _("Fit to the home district's challenges"),
    "similarity": _("Comparable district"),
    "reachability": _("Reachability (estimated travel time)"),
    "exchange": _("Shared language and EU funding"),
    "experience": _("Experience with partnerships"),
}
CRITERION_HELP = {
    "relevance": _(
        "How well the good practices of the district, and of its city once, answer the home "
        "district's stated challenge in each chosen theme, judged by their content."
    ),
    "similarity": _("Population, density and features such as river, port, university."),
    "reachability": _(
        "Travel time estimated from the distance with a stated model (rail up to 800 km, "
        "otherwise air), not a timetable."
    ),
    "exchange": _(
        "A shared official language of the two administrations, and EU membership (EU "
        "programmes such as CERV town twinning)."
    ),
    "experience": _("The district already has district partnerships."),
}
# Each level multiplies the criterion's default weight; "medium" is the default, so the page,
# the command line and the API rank alike when nothing is changed.
WEIGHT_CHOICES = [("0", _("ignore")), ("1", _("low")), ("2", _("medium")), ("3", _("high"))]
LEVEL_FACTORS = {"0": 0.0, "1": 0.5, "2": 1.0, "3": 2.0}
DEFAULT_LEVEL = "2"


class MatchForm(forms.Form):
    """The 'Partner finden' form: plain GET parameters, works without JavaScript."""

    bezirk = forms.CharField(
        label=_("Home district"), initial=settings.HOME_DISTRICT, max_length=120
    )
    themen = forms.MultipleChoiceField(
        label=_("Themes"), required=False, widget=forms.CheckboxSelectMultiple
    )
    max_km = forms.IntegerField(
        label=_("Maximum distance (km)"), required=False, min_value=10, max_value=5000
    )
    je_stadt = forms.IntegerField(
        label=_("At most this many districts per city (0: no limit)"),
        required=False,
        min_value=0,
        max_value=20,
        initial=DEFAULT_PER_CITY,
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
                initial=DEFAULT_LEVEL,
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
        return {
            criterion: LEVEL_FACTORS[self.cleaned_data.get(f"k_{criterion}") or DEFAULT_LEVEL]
            * DEFAULT_WEIGHTS[criterion]
            for criterion in CRITERIA
        }

    def per_city(self) -> int:
        value = self.cleaned_data.get("je_stadt")
        return DEFAULT_PER_CITY if value is None else value
