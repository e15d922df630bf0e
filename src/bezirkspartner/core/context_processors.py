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
    unread = 0
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        unread = user.notifications.filter(read_at__isnull=True).count()
    return {
        "language_switch": switch,
        "site_url": settings.SITE_URL,
        "home_district_name": settings.HOME_DISTRICT,
        "unread_notifications": unread,
    }
