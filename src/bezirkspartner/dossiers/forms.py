"""Forms with which administration users edit a dossier: one form per part, rows as formsets."""

from __future__ import annotations

from django import forms
from django.forms import formset_factory
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from bezirkspartner.dossiers.content import LONG_TEXT, PhaseCategory
from bezirkspartner.dossiers.models import Committee, Dossier
from bezirkspartner.dossiers.plan import COUNT_FIELDS, MONEY_FIELDS, PlanError, year_month

CATEGORY_LABELS = {
    PhaseCategory.KONTAKT: _("Contact (Kontakt)"),
    PhaseCategory.PROJEKTPARTNERSCHAFT: _("Project partnership (Projektpartnerschaft)"),
    PhaseCategory.FREUNDSCHAFT: _("Friendship (Freundschaft)"),
    PhaseCategory.PARTNERSCHAFT: _("Partnership (Partnerschaft)"),
}
PHASE_CATEGORIES = [(category.value, CATEGORY_LABELS[category]) for category in PhaseCategory]
NUMBER_LABELS = {
    "visits_out": _("Visits to the partner"),
    "delegation_size": _("People per delegation"),
    "visits_in": _("Visits from the partner"),
    "visitor_group_size": _("Visitors per visit"),
    "visit_days": _("Days per visit"),
    "events": _("Events"),
    "event_participants": _("Participants per event"),
    "event_days": _("Days per event"),
    "interpretation_days": _("Interpreting days"),
    "translation_lines": _("Lines to translate"),
    "communication_eur": _("Communication (€)"),
    "materials_eur": _("Materials (€)"),
}


BLANK = ("", "—")


def with_blank(choices) -> list[tuple[str, str]]:
    """Choices that start empty, so that an untouched new row stays empty and is ignored.

    Without it the browser shows (and sends) the first option, the row counts as
    filled, and its other required fields fail.
    """
    return [BLANK, *choices]


class MonthInput(forms.TextInput):
    input_type = "month"


class DossierForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=250)
    status = forms.ChoiceField(label=_("Status"), choices=Dossier.Status.choices)
    summary = forms.CharField(
        label=_("Summary (Sachverhalt)"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=LONG_TEXT,
    )
    petitum = forms.CharField(
        label=_("Resolution proposed (Petitum)"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=LONG_TEXT,
    )
    lead_office = forms.CharField(label=_("Lead office"), max_length=300)
    lead_committee = forms.ChoiceField(label=_("Lead committee"), required=False)
    lead_reason = forms.CharField(
        label=_("Why this lead"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=LONG_TEXT,
    )
    note = forms.CharField(
        label=_("What did you change?"),
        max_length=300,
        help_text=_("Shown in the list of versions."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead_committee"].choices = with_blank(committee_choices())


def committee_choices() -> list[tuple[str, str]]:
    return [(c.slug, c.name) for c in Committee.objects.all()]


class GoalForm(forms.Form):
    theme = forms.ChoiceField(label=_("Theme"))
    goal = forms.CharField(
        label=_("Goal"), widget=forms.Textarea(attrs={"rows": 3}), max_length=LONG_TEXT
    )
    benefit = forms.CharField(
        label=_("Expected benefit"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=LONG_TEXT,
    )

    def __init__(self, *args, themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = with_blank((t.slug, t.name) for t in themes)


class PhaseForm(forms.Form):
    key = forms.CharField(widget=forms.HiddenInput, required=False)
    title = forms.CharField(label=_("Phase"), max_length=120)
    category = forms.ChoiceField(label=_("Stage"), choices=with_blank(PHASE_CATEGORIES))
    start = forms.CharField(label=_("From (month)"), widget=MonthInput)
    end = forms.CharField(label=_("To (month)"), widget=MonthInput)
    activities = forms.CharField(
        label=_("Activities"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=LONG_TEXT,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in COUNT_FIELDS:
            self.fields[name] = forms.IntegerField(
                label=NUMBER_LABELS[name], min_value=0, max_value=100000, initial=0, required=False
            )
        for name in MONEY_FIELDS:
            self.fields[name] = forms.DecimalField(
                label=NUMBER_LABELS[name],
                min_value=0,
                max_value=10_000_000,
                decimal_places=2,
                initial=0,
                required=False,
            )

    def clean(self):
        data = super().clean()
        months = {}
        for name in ("start", "end"):
            if data.get(name):
                try:
                    months[name] = year_month(data[name])
                except PlanError:
                    self.add_error(name, _("Enter a month as YYYY-MM."))
        if len(months) == 2 and months["end"] < months["start"]:
            self.add_error("end", _("A phase cannot end before it starts."))
        for name in (*COUNT_FIELDS, *MONEY_FIELDS):
            data[name] = data.get(name) or 0
        return data


class StaffForm(forms.Form):
    office = forms.CharField(label=_("Office or role"), max_length=200)
    grade = forms.ChoiceField(label=_("Pay grade"))
    phase = forms.ChoiceField(label=_("Phase"))
    hours = forms.IntegerField(label=_("Hours"), min_value=0, max_value=100000)

    def __init__(self, *args, grades=(), phases=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["grade"].choices = with_blank(grades)
        self.fields["phase"].choices = with_blank(phases)


class CommitteeRowForm(forms.Form):
    slug = forms.ChoiceField(label=_("Committee"))
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=LONG_TEXT,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].choices = with_blank(committee_choices())


class RiskForm(forms.Form):
    risk = forms.CharField(
        label=_("Risk"), widget=forms.Textarea(attrs={"rows": 2}), max_length=LONG_TEXT
    )
    response = forms.CharField(
        label=_("How to meet it"), widget=forms.Textarea(attrs={"rows": 2}), max_length=LONG_TEXT
    )


class IndicatorForm(forms.Form):
    indicator = forms.CharField(label=_("Indicator"), max_length=300)
    target = forms.CharField(label=_("Target"), max_length=200)


class BaseRowFormSet(forms.BaseFormSet):
    """Rows a user may delete; empty extra rows are ignored."""

    def rows(self) -> list[dict]:
        initial = self.initial_form_count()
        return [
            {k: v for k, v in form.cleaned_data.items() if k != "DELETE"}
            for number, form in enumerate(self.forms)
            if (number < initial or form.has_changed())
            and form.cleaned_data
            and not form.cleaned_data.get("DELETE")
        ]


class PhaseFormSet(BaseRowFormSet):
    def clean(self):
        if any(self.errors):
            return
        if not self.rows():
            raise forms.ValidationError(_("A dossier needs at least one phase."))

    def rows(self) -> list[dict]:
        rows, used = super().rows(), set()
        for number, row in enumerate(rows, start=1):
            key = row.get("key") or slugify(row["title"])[:40] or f"phase-{number}"
            while key in used:
                key = f"{key}-{number}"
            used.add(key)
            row["key"] = key
        return rows


class CommitteeFormSet(BaseRowFormSet):
    def clean(self):
        if any(self.errors):
            return
        slugs = [row["slug"] for row in self.rows()]
        if len(slugs) != len(set(slugs)):
            raise forms.ValidationError(_("Each committee can be listed only once."))


def row_formset(form, base=BaseRowFormSet):
    return formset_factory(form, formset=base, extra=1, can_delete=True)


GoalFormSet = row_formset(GoalForm)
PhaseRows = row_formset(PhaseForm, PhaseFormSet)
StaffFormSet = row_formset(StaffForm)
CommitteeRows = row_formset(CommitteeRowForm, CommitteeFormSet)
RiskFormSet = row_formset(RiskForm)
IndicatorFormSet = row_formset(IndicatorForm)
