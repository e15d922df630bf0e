"""A partnership the district lives: its lifecycle, documents, activities, money and guests.

Existing partnerships found in sources are `atlas.Partnership` (curated data); this app holds
the partnerships the platform's own district builds, from the first idea onwards.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from bezirkspartner.atlas.models import District
from bezirkspartner.comments.models import Comment
from bezirkspartner.core.markup import render_markdown
from bezirkspartner.dossiers.models import Dossier
from bezirkspartner.knowledge.models import FundingInstrument, Practice, Theme

LANGUAGES = [("de", _("German")), ("en", _("English"))]


class Stage(models.TextChoices):
    IDEA = "idea", _("Idea")
    CONTACT = "contact", _("Contact made")
    INTENT = "intent", _("Letter of intent")
    AGREEMENT = "agreement", _("Agreement decided")
    ACTIVE = "active", _("Active")
    DORMANT = "dormant", _("Dormant")
    ENDED = "ended", _("Ended")


# The lifecycle: forward one step at a time; an active partnership may rest and wake up;
# every stage but the last may end.
NEXT_STAGES: dict[str, tuple[str, ...]] = {
    Stage.IDEA: (Stage.CONTACT, Stage.ENDED),
    Stage.CONTACT: (Stage.INTENT, Stage.ENDED),
    Stage.INTENT: (Stage.AGREEMENT, Stage.ENDED),
    Stage.AGREEMENT: (Stage.ACTIVE, Stage.ENDED),
    Stage.ACTIVE: (Stage.DORMANT, Stage.ENDED),
    Stage.DORMANT: (Stage.ACTIVE, Stage.ENDED),
    Stage.ENDED: (),
}


class Partnership(models.Model):
    home = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="+", verbose_name=_("home district")
    )
    partner = models.ForeignKey(
        District,
        on_delete=models.PROTECT,
        related_name="lived_partnerships",
        verbose_name=_("partner district"),
    )
    title = models.CharField(_("title"), max_length=250)
    summary = models.TextField(_("summary"), blank=True, help_text=_("Markdown."))
    language = models.CharField(
        _("language of the text"), max_length=2, choices=LANGUAGES, default="de"
    )
    summary_en = models.TextField(
        _("English summary"), blank=True, help_text=_("For guests of the partner district.")
    )
    themes = models.ManyToManyField(Theme, blank=True, verbose_name=_("themes"))
    dossier = models.ForeignKey(
        Dossier,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="partnerships",
        verbose_name=_("dossier"),
        help_text=_("The dossier whose plan is the budget."),
    )
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices, default=Stage.IDEA)
    is_demo = models.BooleanField(_("demo content"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # The workspace's comments (comments app); only members see them (threads.py).
    comments = GenericRelation(Comment, related_query_name="partnership")
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("lived partnership")
        verbose_name_plural = _("lived partnerships")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("partnerships:detail", args=[self.pk])

    @property
    def next_stages(self) -> list[tuple[str, str]]:
        labels = dict(Stage.choices)
        return [(stage, labels[stage]) for stage in NEXT_STAGES[self.stage]]

    @cached_property
    def summary_html(self) -> str:
        return render_markdown(self.summary)

    @property
    def shows_english_summary(self) -> bool:
        return get_language() == "en" and self.language != "en" and bool(self.summary_en)


class StageStep(models.Model):
    """One step through the lifecycle: when, who, and what decided it."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="steps")
    from_stage = models.CharField(_("from"), max_length=10, choices=Stage.choices, blank=True)
    to_stage = models.CharField(_("to"), max_length=10, choices=Stage.choices)
    decided_on = models.DateField(_("date"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_by = models.CharField(
        _("decided by"),
        max_length=200,
        blank=True,
        help_text=_("The body or office that decided, e.g. Bezirksversammlung."),
    )
    drucksache = models.CharField(
        _("council document (Drucksache)"),
        max_length=40,
        blank=True,
        help_text=_("Its number, e.g. 22-0433."),
    )
    decision_url = models.URLField(_("link to the decision"), max_length=500, blank=True)
    dossier = models.ForeignKey(
        Dossier, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("dossier")
    )
    note = models.TextField(_("note"), blank=True)
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        ordering = ["decided_on", "recorded_at"]
        verbose_name = _("lifecycle step")
        verbose_name_plural = _("lifecycle steps")

    def __str__(self) -> str:
        return f"{self.partnership_id}: {self.from_stage} -> {self.to_stage}"


class Document(models.Model):
    """A stored document (letter of intent, agreement); downloaded only through a checked view."""

    class Kind(models.TextChoices):
        INTENT = "intent", _("Letter of intent")
        AGREEMENT = "agreement", _("Partnership agreement")
        MINUTES = "minutes", _("Minutes")
        OTHER = "other", _("Other document")

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="documents")
    step = models.ForeignKey(
        StageStep, on_delete=models.SET_NULL, null=True, blank=True, related_name="documents"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to="partnerships/documents/%Y/")
    original_name = models.CharField(_("original file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(_("size in bytes"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at"]
        verbose_name = _("partnership document")
        verbose_name_plural = _("partnership documents")

    def __str__(self) -> str:
        return self.title


class Activity(models.Model):
    class Kind(models.TextChoices):
        VISIT = "visit", _("Visit")
        EXCHANGE = "exchange", _("Exchange")
        PROJECT = "project", _("Joint project")
        ONLINE = "online", _("Online meeting")

    class Group(models.TextChoices):
        ADMINISTRATION = "administration", _("Administration")
        POLITICS = "politics", _("Politics")
        INITIATIVES = "initiatives", _("Initiatives")
        CITIZENS = "citizens", _("Citizens")
        PARTNER = "partner", _("Partner district")

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="activities"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    language = models.CharField(
        _("language of the text"), max_length=2, choices=LANGUAGES, default="de"
    )
    summary_en = models.TextField(_("English summary"), blank=True)
    groups = models.JSONField(_("participant groups"), default=list, blank=True)
    participant_count = models.PositiveIntegerField(
        _("number of participants"), null=True, blank=True
    )
    theme = models.ForeignKey(
        Theme, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("theme")
    )
    practice = models.ForeignKey(
        Practice,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("practice it transfers"),
    )
    outcome = models.TextField(_("outcome notes"), blank=True, help_text=_("Markdown."))
    planned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gte=models.F("starts_at")),
                name="activity_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("partnerships:activity", args=[self.partnership_id, self.pk])

    @property
    def group_labels(self) -> list[str]:
        labels = dict(self.Group.choices)
        return [str(labels[g]) for g in self.groups if g in labels]

    @cached_property
    def description_html(self) -> str:
        return render_markdown(self.description)

    @cached_property
    def outcome_html(self) -> str:
        return render_markdown(self.outcome)


class Expense(models.Model):
    """Actual money and staff hours spent on an activity, from one funding source."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="expenses")
    amount_eur = models.DecimalField(_("amount (EUR)"), max_digits=10, decimal_places=2)
    staff_hours = models.DecimalField(_("staff hours"), max_digits=7, decimal_places=1, default=0)
    funding = models.ForeignKey(
        FundingInstrument,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("funding source"),
        help_text=_("Empty: the district's own budget."),
    )
    note = models.CharField(_("what for"), max_length=300)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        ordering = ["recorded_at"]
        verbose_name = _("expense")
        verbose_name_plural = _("expenses")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount_eur__gte=0) & models.Q(staff_hours__gte=0),
                name="expense_not_negative",
            )
        ]

    def __str__(self) -> str:
        return f"{self.activity_id}: {self.amount_eur} EUR"


class Photo(models.Model):
    """A photo of an activity; stored only with the recorded consent of the people shown."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="photos")
    image = models.FileField(_("image"), upload_to="partnerships/photos/%Y/")
    caption = models.CharField(_("caption"), max_length=300)
    consent_recorded = models.BooleanField(_("consent recorded"))
    consent_note = models.CharField(
        _("how consent was given"),
        max_length=300,
        help_text=_("E.g. written consent forms of all people shown, kept by the office."),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(consent_recorded=True), name="photo_needs_consent"
            )
        ]

    def __str__(self) -> str:
        return self.caption


class Invitation(models.Model):
    """An invitation of a person of the partner district; accepted, it makes them a guest.

    Only a hash of the token is stored; the link in the e-mail carries the token itself.
    """

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mail address"))
    name = models.CharField(_("name"), max_length=80)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("invited at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("valid until"))
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    guest = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="partnership_invitations",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("guest invitation")
        verbose_name_plural = _("guest invitations")

    def __str__(self) -> str:
        return f"{self.partnership_id}: {self.name}"
