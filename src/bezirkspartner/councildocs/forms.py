"""The administration's upload of a council document (text, HTML, OParl JSON or PDF)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from bezirkspartner.councildocs.services import MAX_BYTES

ACCEPTED = ".txt,.html,.htm,.json,.pdf,text/plain,text/html,application/json,application/pdf"


class DocumentUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Council document"),
        help_text=_(
            "A Drucksache as a text or HTML file saved from the council information system, an "
            "OParl JSON record, or a PDF with text (at most 20 MB). Importing the same document "
            "again updates it."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPTED}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        return upload
