import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bezirkspartner.accounts import services
from bezirkspartner.accounts.forms import ProfileForm


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
@require_POST
def export(request):
    data = services.user_data_export(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=1), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="bezirkspartner-meine-daten.json"'
    return response


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def delete(request):
    error = None
    if request.method == "POST":
        if request.user.check_password(request.POST.get("password", "")):
            user = request.user
            logout(request)
            services.user_delete(user=user)
            messages.success(request, _("Your account has been deleted."))
            return redirect("/")
        error = _("The password is not correct. Your account has not been deleted.")
    return render(request, "accounts/delete.html", {"error": error})
