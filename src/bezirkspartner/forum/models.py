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
from bezirkspartner.knowledge.models import Practice, Theme


class Space(models.Model):
    """A room of the forum: one per theme, and one per partnership under discussion."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title_de = models.CharField(_("title (German)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    description_de = models.TextField(_("description (German)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    theme = models.ForeignKey(Theme, on_delete=models.SET_NULL, null=True, blank=True)
    partner_district = models.ForeignKey(District, on_delete=models.SET_NULL, null=True, blank=True)
    is_open = models.BooleanField(_("open for new proposals"), default=True)
    order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("space")
        verbose_name_plural = _("spaces")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forum:space", args=[self.slug])

    @property
    def title(self) -> str:
        return self.title_en if get_language() == "en" and self.title_en else self.title_de

    @property
    def description(self) -> str:
        english = get_language() == "en" and self.description_en
        return self.description_en if english else self.description_de


class Proposal(models.Model):
    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("submitted")
        DISCUSSION = "discussion", _("in discussion")
        DRAFTING = "drafting", _("being worked out")
        COMMITTEE = "committee", _("in committee")
        ADOPTED = "adopted", _("adopted")
        REJECTED = "rejected", _("rejected")
        WITHDRAWN = "withdrawn", _("withdrawn")

    space = models.ForeignKey(Space, on_delete=models.PROTECT, related_name="proposals")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="proposals"
    )
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), help_text=_("Markdown: *italic*, **bold**, lists, links."))
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.SUBMITTED
    )
    partner_districts = models.ManyToManyField(
        District, blank=True, related_name="proposals", verbose_name=_("partner districts")
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="proposals", verbose_name=_("themes")
    )
    practices = models.ManyToManyField(
        Practice, blank=True, related_name="proposals", verbose_name=_("good practices")
    )
    # What the motion asks a proposal to say (all optional); a dossier draft takes them over.
    implementation = models.TextField(_("how it could be implemented"), blank=True)
    estimated_cost_eur = models.PositiveIntegerField(
        _("estimated money (EUR)"), null=True, blank=True
    )
    estimated_staff_hours = models.PositiveIntegerField(
        _("estimated staff hours"), null=True, blank=True
    )
    committees_note = models.CharField(
        _("committees where it should be discussed"), max_length=300, blank=True
    )
    lead_note = models.CharField(_("who should lead it (Federführung)"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    hidden_reason = models.TextField(_("hidden by moderation because"), blank=True)
    comments = GenericRelation(Comment, related_query_name="proposal")

    class Meta:
        ordering = ["-created_at"]
        # The space page's order (newest first) read from the index, not by sorting the space.
        indexes = [
            models.Index(fields=["space", "-created_at", "-id"], name="proposal_space_newest_idx")
        ]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forum:proposal", args=[self.pk])

    @cached_property
    def html(self) -> str:
        return render_markdown(self.text)

    @property
    def has_plan(self) -> bool:
        """The proposer said something about implementation, money, staff, committees or lead."""
        return any(getattr(self, name) not in ("", None) for name in PLAN_FIELDS)


PLAN_FIELDS = (
    "implementation",
    "estimated_cost_eur",
    "estimated_staff_hours",
    "committees_note",
    "lead_note",
)


class StatusChange(models.Model):
    """Each step of a proposal through the workflow, with the administration's answer."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="history")
    from_status = models.CharField(max_length=12, choices=Proposal.Status.choices)
    to_status = models.CharField(max_length=12, choices=Proposal.Status.choices)
    answer = models.TextField(_("official answer"))
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)

    class Meta:
        ordering = ["changed_at"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self) -> str:
        return f"{self.proposal_id}: {self.from_status} -> {self.to_status}"

    @cached_property
    def answer_html(self) -> str:
        return render_markdown(self.answer)


class Support(models.Model):
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="supports")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["proposal", "user"], name="one_support_per_person")
        ]
        verbose_name = _("support")
        verbose_name_plural = _("supports")

    def __str__(self) -> str:
        return f"{self.user_id} supports {self.proposal_id}"


class Report(models.Model):
    """A participant reports a proposal to the moderators, with a reason.

    Reports on comments are `comments.Report` (docs/architecture.md: "Comments")."""

    class Reason(models.TextChoices):
        INSULT = "insult", _("insult or discrimination")
        PERSONAL_DATA = "personal_data", _("personal data of others")
        SPAM = "spam", _("advertising or spam")
        OFF_TOPIC = "off_topic", _("off topic")
        OTHER = "other", _("other")

    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, null=True, blank=True, related_name="reports"
    )
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    explanation = models.TextField(_("explanation"), blank=True)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    decision = models.CharField(_("decision"), max_length=20, blank=True)  # hidden | dismissed

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self) -> str:
        return f"report {self.pk}"

    @property
    def target(self):
        return self.proposal


class Meeting(models.Model):
    """A forum meeting (Forumssitzung): agenda, registration with a waiting list, minutes."""

    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=300, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    description = models.TextField(_("description"), blank=True)
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    minutes = models.TextField(_("minutes"), blank=True, help_text=_("Markdown; added afterwards."))

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forum:meeting", args=[self.pk])

    @cached_property
    def minutes_html(self) -> str:
        return render_markdown(self.minutes)


class AgendaItem(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda")
    position = models.PositiveSmallIntegerField(_("position"))
    title = models.CharField(_("title"), max_length=300)
    proposal = models.ForeignKey(
        Proposal, on_delete=models.SET_NULL, null=True, blank=True, related_name="agenda_items"
    )

    class Meta:
        ordering = ["position"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda")

    def __str__(self) -> str:
        return f"{self.position}. {self.title}"


class Registration(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user"], name="one_registration_per_person")
        ]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")

    def __str__(self) -> str:
        return f"{self.user_id} @ {self.meeting_id}"
