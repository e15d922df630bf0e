from django.contrib import admin

from bezirkspartner.partnerships.models import (
    Activity,
    Document,
    Expense,
    Invitation,
    Partnership,
    Photo,
    StageStep,
)


class StageStepInline(admin.TabularInline):
    model = StageStep
    extra = 0
    readonly_fields = ["from_stage", "to_stage", "decided_on", "actor", "recorded_at"]


@admin.register(Partnership)
class PartnershipAdmin(admin.ModelAdmin):
    list_display = ["title", "partner", "stage", "is_demo", "updated_at"]
    list_filter = ["stage", "is_demo"]
    search_fields = ["title"]
    readonly_fields = ["stage", "created_by", "created_at", "updated_at"]
    inlines = [StageStepInline]


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin):
    list_display = ["title", "partnership", "kind", "starts_at"]
    list_filter = ["kind"]


@admin.register(Expense)
class ExpenseAdmin(admin.ModelAdmin):
    list_display = ["activity", "amount_eur", "staff_hours", "funding", "recorded_at"]


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "partnership", "kind", "uploaded_at"]
    readonly_fields = ["file", "original_name", "content_type", "size"]


@admin.register(Photo)
class PhotoAdmin(admin.ModelAdmin):
    list_display = ["caption", "activity", "consent_recorded", "uploaded_at"]
    readonly_fields = ["image"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["name", "partnership", "created_at", "accepted_at"]
    readonly_fields = ["token_hash", "guest", "accepted_at"]
