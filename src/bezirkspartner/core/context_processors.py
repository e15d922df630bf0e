from django.conf import settings
from django.urls import translate_url
from django.utils import translation


def site(request):
    """Values every page needs: the other language's URL for the language switch."""
    current = translation.get_language() or settings.LANGUAGE_CODE
    switch = []
    for code, name in settings.LANGUAGES:
        if code != current:
            switch.append(
                {"code": code, "name": name, "url": translate_url(request.get_full_path(), code)}
            )
    return {
        "language_switch": switch,
        "site_url": settings.SITE_URL,
        "home_district_name": settings.HOME_DISTRICT,
    }
