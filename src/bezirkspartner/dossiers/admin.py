from django.contrib import admin

from bezirkspartner.dossiers.models import Committee, Dossier, DossierVersion


@admin.register(Committee)
class CommitteeAdmin(admin.ModelAdmin):
    list_display = ("name", "short_name", "kind", "edited_in_app")
    readonly_fields = ("slug", "edited_in_app")
    search_fields = ("name", "short_name")

    def save_model(self, request, obj, form, change):
        obj.edited_in_app = True
        super().save_model(request, obj, form, change)


@admin.register(Dossier)
class DossierAdmin(admin.ModelAdmin):
    list_display = ("title", "partner", "status", "version", "updated_at")
    list_filter = ("status",)

    # Dossiers are edited in the app, where every save becomes a version; the admin site only
    # shows them.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(DossierVersion)
class DossierVersionAdmin(admin.ModelAdmin):
    list_display = ("dossier", "number", "author", "created_at", "note")

    def has_change_permission(self, request, obj=None):
        return False
