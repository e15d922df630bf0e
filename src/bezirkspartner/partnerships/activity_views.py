"""Activity pages: plan and edit, detail with actual costs and photos (with consent)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from bezirkspartner.partnerships import services
from bezirkspartner.partnerships.forms import ActivityForm, ExpenseForm, PhotoForm
from bezirkspartner.partnerships.models import Activity, Photo
from bezirkspartner.partnerships.views import error_text, partnership_or_404


def _activity(pk: int, activity_pk: int) -> Activity:
    return get_object_or_404(
        Activity.objects.select_related("partnership__partner__city", "theme", "practice"),
        pk=activity_pk,
        partnership_id=pk,
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def activity_edit(request, pk: int, activity_pk: int | None = None):
    partnership = partnership_or_404(pk)
    activity = _activity(pk, activity_pk) if activity_pk else None
    if activity is None and not request.user.has_perm("partnerships.plan_activity", partnership):
        raise PermissionDenied
    if activity is not None and not request.user.has_perm("partnerships.change_activity", activity):
        raise PermissionDenied
    initial = {"language": "en" if request.LANGUAGE_CODE == "en" else "de"}
    form = ActivityForm(request.POST or None, instance=activity, initial=initial)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in ActivityForm.Meta.fields}
        try:
            if activity is None:
                activity = services.activity_plan(
                    partnership=partnership, actor=request.user, **fields
                )
                messages.success(request, _("The activity has been planned."))
            else:
                services.activity_update(activity=activity, actor=request.user, **fields)
                messages.success(request, _("The activity has been saved."))
        except (PermissionDenied, ValidationError) as exc:
            form.add_error(None, error_text(exc))
        else:
            return redirect(activity)
    return render(
        request,
        "partnerships/activity_edit.html",
        {"form": form, "partnership": partnership, "activity": activity},
    )


@require_safe
def activity_detail(request, pk: int, activity_pk: int):
    activity = _activity(pk, activity_pk)
    user = request.user
    can_record = user.has_perm("partnerships.record_expense", activity)
    return render(
        request,
        "partnerships/activity.html",
        {
            "activity": activity,
            "partnership": activity.partnership,
            "expenses": activity.expenses.select_related("funding") if can_record else None,
            "photos": activity.photos.all(),
            "can_change": user.has_perm("partnerships.change_activity", activity),
            "can_record": can_record,
            "can_photo": user.has_perm("partnerships.add_photo", activity),
            "expense_form": ExpenseForm(),
            "photo_form": PhotoForm(),
        },
    )


@login_required
@require_POST
def expense_add(request, pk: int, activity_pk: int):
    activity = _activity(pk, activity_pk)
    if not request.user.has_perm("partnerships.record_expense", activity):
        raise PermissionDenied
    form = ExpenseForm(request.POST)
    if form.is_valid():
        try:
            services.expense_record(activity=activity, actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        else:
            messages.success(request, _("The actual costs have been recorded."))
            return redirect(f"{activity.get_absolute_url()}#costs")
    return render(
        request,
        "partnerships/activity.html",
        {
            "activity": activity,
            "partnership": activity.partnership,
            "expenses": activity.expenses.select_related("funding"),
            "photos": activity.photos.all(),
            "can_record": True,
            "can_photo": request.user.has_perm("partnerships.add_photo", activity),
            "can_change": request.user.has_perm("partnerships.change_activity", activity),
            "expense_form": form,
            "photo_form": PhotoForm(),
        },
        status=400,
    )


@login_required
@require_POST
def photo_add(request, pk: int, activity_pk: int):
    activity = _activity(pk, activity_pk)
    if not request.user.has_perm("partnerships.add_photo", activity):
        raise PermissionDenied
    form = PhotoForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.photo_add(activity=activity, actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error("image", error_text(exc))
        else:
            messages.success(request, _("The photo has been added."))
            return redirect(f"{activity.get_absolute_url()}#photos")
    return render(
        request,
        "partnerships/activity.html",
        {
            "activity": activity,
            "partnership": activity.partnership,
            "expenses": activity.expenses.select_related("funding"),
            "photos": activity.photos.all(),
            "can_record": request.user.has_perm("partnerships.record_expense", activity),
            "can_photo": True,
            "can_change": request.user.has_perm("partnerships.change_activity", activity),
            "expense_form": ExpenseForm(),
            "photo_form": form,
        },
        status=400,
    )


@require_safe
def photo_file(request, pk: int, activity_pk: int, photo_pk: int):
    """Photos are public (consent recorded); served with the type judged at upload."""
    photo = get_object_or_404(
        Photo, pk=photo_pk, activity_id=activity_pk, activity__partnership_id=pk
    )
    name = photo.image.name.rsplit("/", 1)[-1]
    content_type = "image/png" if name.endswith(".png") else "image/jpeg"
    return FileResponse(photo.image.open("rb"), content_type=content_type)
