from django import forms
from django.utils.translation import gettext_lazy as _

from bezirkspartner.comments.models import LANGUAGES, MAX_LENGTH, Report


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Markdown: *italic*, **bold**, lists, links."),
        error_messages={"required": _("Please write a comment first.")},
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, asks_language: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if asks_language:
            self.fields["language"] = forms.ChoiceField(
                label=_("Language of the comment"), choices=LANGUAGES
            )


class CommentEditForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Please write a comment first.")},
    )


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Reason"),
        choices=Report.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose a reason.")},
    )
    explanation = forms.CharField(
        label=_("Explanation (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(max_length=2000)
