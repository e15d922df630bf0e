"""One comment system for every commentable target (proposals, dossiers, partnerships).

A comment points to its target by content type and object id; the target's app registers
in `registry.py` who may comment there and where the thread is shown.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from bezirkspartner.core.markup import render_markdown

LANGUAGES = [("de", _("German")), ("en", _("English"))]
MAX_LENGTH = 10000


class Comment(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="comments",
    )
    body = models.TextField(_("comment"), max_length=MAX_LENGTH)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES, blank=True)
    # A default, not auto_now_add: the data migrations keep the original dates.
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)
    deleted = models.BooleanField(_("deleted"), default=False)
    hidden = models.BooleanField(_("hidden by moderation"), default=False)
    hidden_reason = models.TextField(_("hidden by moderation because"), blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["content_type", "object_id"], name="comment_target_idx"),
        ]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self) -> str:
        return f"{self.content_type_id}:{self.object_id}/{self.pk}"

    @cached_property
    def html(self) -> str:
        return "" if self.deleted else render_markdown(self.body)


class Report(models.Model):
    """A participant reports a comment to the moderators, with a reason."""

    class Reason(models.TextChoices):
        INSULT = "insult", _("insult or discrimination")
        PERSONAL_DATA = "personal_data", _("personal data of others")
        SPAM = "spam", _("advertising or spam")
        OFF_TOPIC = "off_topic", _("off topic")
        OTHER = "other", _("other")

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="comment_reports",
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    explanation = models.TextField(_("explanation"), blank=True)
    created_at = models.DateTimeField(_("reported at"), default=timezone.now, editable=False)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    decision = models.CharField(_("decision"), max_length=20, blank=True)  # hidden | dismissed

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("comment report")
        verbose_name_plural = _("comment reports")

    def __str__(self) -> str:
        return f"report {self.pk} on comment {self.comment_id}"
