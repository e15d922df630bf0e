"""Comment pages and actions for every target: write, reply, edit, delete, report, moderate."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from bezirkspartner.comments import registry, selectors, services
from bezirkspartner.comments.forms import CommentEditForm, CommentForm, ReportForm
from bezirkspartner.comments.models import Comment, Report


def _errors(exc) -> str:
    return " ".join(getattr(exc, "messages", [str(exc)]))


def _comment(pk: int, user) -> Comment:
    """A comment whose thread the user may see, or a moderator (404 for anyone else)."""
    try:
        comment = selectors.comment_get(pk)
    except Comment.DoesNotExist as exc:
        raise Http404 from exc
    target = comment.target
    if target is None or not (
        user.has_perm("comments.view_thread", target) or user.has_perm("comments.moderate")
    ):
        raise Http404
    return comment


def _next_or(request, fallback: str):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, {request.get_host()}, request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def comment_create(request, kind: str, object_id: int):
    """The thread's form posts here; invalid input comes back with what was typed."""
    target_kind = registry.kind_for_key(kind)
    target = get_object_or_404(target_kind.model_class, pk=object_id)
    if not request.user.has_perm("comments.view_thread", target):
        raise Http404
    if not request.user.has_perm("comments.add_comment", target):
        raise PermissionDenied
    form = CommentForm(request.POST or None, asks_language=target_kind.asks_language)
    parent = None
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data.get("parent"):
            parent = get_object_or_404(selectors.for_target(target), pk=form.cleaned_data["parent"])
        try:
            comment = services.comment_create(
                target=target,
                author=request.user,
                body=form.cleaned_data["body"],
                parent=parent,
                language=form.cleaned_data.get("language", ""),
            )
        except ValidationError as exc:
            form.add_error(None, _errors(exc))
        else:
            messages.success(request, _("Your comment has been published."))
            return redirect(selectors.comment_url(comment, target))
    return render(
        request,
        "comments/comment_form.html",
        {
            "form": form,
            "target": target,
            "target_kind": target_kind,
            "back": target_kind.url(target),
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def comment_edit(request, pk: int):
    comment = _comment(pk, request.user)
    if not request.user.has_perm("comments.change_comment", comment):
        raise PermissionDenied
    form = CommentEditForm(request.POST or None, initial={"body": comment.body})
    if request.method == "POST" and form.is_valid():
        try:
            services.comment_edit(
                comment=comment, user=request.user, body=form.cleaned_data["body"]
            )
        except (PermissionDenied, ValidationError) as exc:
            form.add_error(None, _errors(exc))
        else:
            messages.success(request, _("Your comment has been changed."))
            return redirect(selectors.comment_url(comment))
    back = registry.kind_of(comment.target).url(comment.target)
    return render(
        request, "comments/comment_edit.html", {"form": form, "comment": comment, "back": back}
    )


@login_required
@require_POST
def comment_delete(request, pk: int):
    comment = _comment(pk, request.user)
    try:
        services.comment_delete(comment=comment, user=request.user)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("The comment has been deleted."))
    return redirect(selectors.comment_url(comment))


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def report(request, pk: int):
    comment = _comment(pk, request.user)
    if not request.user.has_perm("comments.report", comment):
        raise PermissionDenied
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.report_create(
                comment=comment,
                reporter=request.user,
                reason=form.cleaned_data["reason"],
                explanation=form.cleaned_data["explanation"],
            )
        except (PermissionDenied, ValidationError) as exc:
            form.add_error(None, _errors(exc))
        else:
            messages.success(request, _("Thank you. The moderators will look at it."))
            return redirect(selectors.comment_url(comment))
    return render(request, "comments/report.html", {"form": form, "comment": comment})


def _moderate(request, pk: int, action, done: str):
    comment = _comment(pk, request.user)
    try:
        action(comment=comment, moderator=request.user, reason=request.POST.get("reason", ""))
    except (PermissionDenied, ValidationError) as exc:
        messages.error(request, _errors(exc))
    else:
        messages.success(request, done)
    return _next_or(request, selectors.comment_url(comment))


@login_required
@require_POST
def hide(request, pk: int):
    return _moderate(
        request,
        pk,
        services.comment_hide,
        _("The contribution is hidden; its author sees the reason."),
    )


@login_required
@require_POST
def show(request, pk: int):
    return _moderate(request, pk, services.comment_show, _("The contribution is visible again."))


@login_required
@require_safe
def queue(request):
    if not request.user.has_perm("comments.moderate"):
        raise PermissionDenied
    return render(request, "comments/moderation.html", {"reports": selectors.open_reports()})


@login_required
@require_POST
def dismiss(request, pk: int):
    report_ = get_object_or_404(Report, pk=pk)
    try:
        services.report_dismiss(
            report=report_, moderator=request.user, reason=request.POST.get("reason", "")
        )
    except (PermissionDenied, ValidationError) as exc:
        messages.error(request, _errors(exc))
    else:
        messages.success(request, _("The report has been dismissed."))
    return _next_or(request, "comments:moderation")
