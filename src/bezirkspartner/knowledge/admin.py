from django.contrib import admin

from bezirkspartner.knowledge.models import (
    Challenge,
    FundingInstrument,
    Practice,
    PracticeRevision,
    Theme,
)
from bezirkspartner.knowledge.services import PRACTICE_TEXT_FIELDS, practice_update


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ("slug", "name_de", "name_en", "order")
    ordering = ("order",)


class PracticeRevisionInline(admin.TabularInline):
    model = PracticeRevision
    extra = 0
    can_delete = False
    readonly_fields = ("changed_at", "changed_by", "changed_fields", "snapshot")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Practice)
class PracticeAdmin(admin.ModelAdmin):
    list_display = (
        "title_de",
        "city_name",
        "main_theme",
        "verification",
        "checked",
        "edited_in_app",
    )
    list_filter = ("main_theme", "verification", "country", "edited_in_app")
    search_fields = ("title_de", "title_en", "city_name", "summary_de")
    filter_horizontal = ("themes",)
    readonly_fields = ("slug", "edited_in_app")
    inlines = [PracticeRevisionInline]

    def save_model(self, request, obj, form, change):
        if not change:
            super().save_model(request, obj, form, change)
            return
        stored = Practice.objects.get(pk=obj.pk)
        editable = [
            *PRACTICE_TEXT_FIELDS,
            "period_start",
            "period_end",
            "source_urls",
            "checked",
            "verification",
            "urbact_good_practice",
        ]
        changes = {field: getattr(obj, field) for field in editable if field in form.changed_data}
        other = [f for f in form.changed_data if f not in editable and f != "themes"]
        practice_update(practice=stored, changes=changes, user=request.user)
        if other:
            for field in other:
                setattr(stored, field, getattr(obj, field))
            stored.edited_in_app = True
            stored.save()
        obj.pk = stored.pk


@admin.register(Challenge)
class ChallengeAdmin(admin.ModelAdmin):
    list_display = ("district", "theme", "checked")
    list_filter = ("theme",)


@admin.register(FundingInstrument)
class FundingInstrumentAdmin(admin.ModelAdmin):
    list_display = (
        "name_de",
        "year",
        "amount_min_eur",
        "amount_max_eur",
        "hamburg_bezirk_can_apply",
        "checked",
    )
