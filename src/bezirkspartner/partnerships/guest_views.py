"""Accepting an invitation: the link from the e-mail makes a guest account (in English)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from bezirkspartner.partnerships import services
from bezirkspartner.partnerships.forms import AcceptForm


def _workspace_url(partnership) -> str:
    from django.urls import reverse

    with translation.override("en"):
        return reverse("partnerships:workspace", args=[partnership.pk])


@require_http_methods(["GET", "HEAD", "POST"])
def accept(request, token: str):
    try:
        invitation = services.invitation_for_token(token)
    except services.InvitationInvalid as exc:
        return render(request, "partnerships/accept_invalid.html", {"reason": str(exc)}, status=410)
    signed_in = request.user.is_authenticated
    form = None if signed_in else AcceptForm(request.POST or None)
    if request.method == "POST":
        try:
            if signed_in:
                user, partnership = services.invitation_accept(token=token, user=request.user)
            elif form.is_valid():
                user, partnership = services.invitation_accept(
                    token=token, password=form.cleaned_data["password1"]
                )
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            else:
                user = None
        except services.InvitationInvalid as exc:
            return render(
                request, "partnerships/accept_invalid.html", {"reason": str(exc)}, status=410
            )
        except ValidationError as exc:
            form.add_error("password1", exc)
            user = None
        if user is not None:
            messages.success(request, _("Welcome! You are now a guest of this partnership."))
            return redirect(_workspace_url(partnership))
    return render(
        request,
        "partnerships/accept.html",
        {"invitation": invitation, "form": form, "signed_in": signed_in},
    )
