from django.contrib import admin

from bezirkspartner.atlas.models import City, Country, District, Partnership


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ("code", "name_de", "eu_member")


@admin.register(City)
class CityAdmin(admin.ModelAdmin):
    list_display = ("name_de", "country", "population", "complete", "checked")
    list_filter = ("country", "complete")
    search_fields = ("name", "name_de", "name_en")


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin):
    list_display = ("name", "city", "population", "match_status")
    list_filter = ("match_status", "city__country")
    search_fields = ("name", "name_de", "name_en", "names__name")
    list_select_related = ("city",)


@admin.register(Partnership)
class PartnershipAdmin(admin.ModelAdmin):
    list_display = ("home_label", "partner_label", "since", "status")
    list_filter = ("status", "level")
