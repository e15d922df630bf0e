from django.contrib import admin

from bezirkspartner.comments.models import Comment, Report


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ("pk", "content_type", "object_id", "author", "created_at", "hidden", "deleted")
    list_filter = ("content_type", "hidden", "deleted")
    search_fields = ("body",)
    readonly_fields = ("content_type", "object_id", "parent", "author", "created_at", "hidden_by")


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ("pk", "comment", "reason", "created_at", "resolved_at", "decision")
    list_filter = ("reason", "decision")
    readonly_fields = ("comment", "reporter", "created_at")
