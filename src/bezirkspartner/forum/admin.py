from django.contrib import admin

from bezirkspartner.forum.models import AgendaItem, Meeting, Proposal, Space


@admin.register(Space)
class SpaceAdmin(admin.ModelAdmin):
    list_display = ("slug", "title_de", "is_open", "order")
    list_editable = ("is_open",)


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    extra = 1
    autocomplete_fields = ("proposal",)


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ("title", "starts_at", "place", "capacity")
    inlines = [AgendaItemInline]


@admin.register(Proposal)
class ProposalAdmin(admin.ModelAdmin):
    list_display = ("title", "space", "status", "created_at")
    list_filter = ("status", "space")
    search_fields = ("title", "text")
    readonly_fields = ("status",)
