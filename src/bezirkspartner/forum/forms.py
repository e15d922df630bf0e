from django import forms
from django.utils.translation import gettext_lazy as _

from bezirkspartner.forum.models import Comment, Proposal
from bezirkspartner.forum.services import TRANSITIONS


class ProposalForm(forms.ModelForm):
    class Meta:
        model = Proposal
        fields = ["title", "text", "themes"]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "text": forms.Textarea(attrs={"rows": 10}),
        }


class CommentForm(forms.ModelForm):
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Comment
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 4})}
        labels = {"text": _("Your comment")}


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
