from django import forms
from django.utils.translation import gettext_lazy as _

from bezirkspartner.forum.models import PLAN_FIELDS, Proposal
from bezirkspartner.forum.services import TRANSITIONS


def districts_by_name(names: list[str]) -> list:
    """Atlas districts for names in any language; a clear error for unknown or ambiguous ones."""
    from bezirkspartner.atlas.selectors import district_search
    from bezirkspartner.core.text import fold

    districts, unknown = [], []
    for name in names:
        exact = [
            d
            for d in district_search(name, limit=10)
            if any(n.key == fold(name) for n in d.names.all())
        ]
        if len(exact) == 1:
            districts.append(exact[0])
        else:
            unknown.append(name)
    if unknown:
        raise forms.ValidationError(
            _(
                "Not found or not unique in the atlas: %(names)s. Use the district's name as "
                "the atlas shows it."
            )
            % {"names": ", ".join(unknown)}
        )
    return districts


class ProposalForm(forms.ModelForm):
    partner_names = forms.CharField(
        label=_("Partner districts (optional)"),
        required=False,
        max_length=500,
        help_text=_("Names separated by commas, in any language, e.g. Floridsdorf, Budapest XIII."),
    )

    class Meta:
        model = Proposal
        fields = ["title", "text", "themes", "practices", *PLAN_FIELDS]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "practices": forms.SelectMultiple(attrs={"size": 8}),
            "text": forms.Textarea(attrs={"rows": 10}),
            "implementation": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "implementation": _("Steps, partners, who takes part: in a few sentences."),
            "estimated_cost_eur": _("A rough figure is enough; the dossier computes the costs."),
            "committees_note": _("E.g. Ausschuss für Soziales, Integration, Gleichstellung."),
            "lead_note": _("E.g. the district office, a department or an initiative."),
        }

    def clean_partner_names(self):
        names = [n.strip() for n in self.cleaned_data["partner_names"].split(",") if n.strip()]
        return districts_by_name(names)


class StatusForm(forms.Form):
    to_status = forms.ChoiceField(label=_("New status"))
    answer = forms.CharField(
        label=_("Official answer"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Shown to everyone with the change."),
    )

    def __init__(self, *args, proposal: Proposal, **kwargs):
        super().__init__(*args, **kwargs)
        labels = dict(Proposal.Status.choices)
        allowed = sorted(TRANSITIONS.get(proposal.status, set()))
        self.fields["to_status"].choices = [(s, labels[s]) for s in allowed]
