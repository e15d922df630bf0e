"""Whole pages for visitors who are not signed in, kept in the shared cache.

Most requests come from people who only read. Their pages are the same for everyone (the
language is in the URL), so a rendered page is kept under its path and the current *content
version*. Every save or delete of a model that can show on a page raises the version, so a
change is visible at once (within a second in the other app processes, which read the version
at most once a second); `PAGE_CACHE_SECONDS` bounds how long a page lives in any case
(for writes that bypass model signals, e.g. queryset updates, and for pages that depend on the
clock, such as upcoming meetings).

Two tiers: each app process keeps the pages it served last in its own memory (at most
`PAGE_CACHE_LOCAL_BYTES`), so a hit costs no cache round trip and no unpickling; behind it, the
shared cache (database, Redis or memcached) lets the other processes reuse a page one of them
rendered. Both are keyed by the content version, and the local tier is emptied as soon as this
process sees a new version.

Never cached: signed-in visitors (a session cookie), pending messages, anything but GET/HEAD
with status 200, responses that set a cookie, carry a CSRF token (a form would post another
visitor's token) or say `Cache-Control: private/no-store/no-cache`, and /healthz and the admin.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse

VERSION_KEY = "page-cache:content-version"
SKIP_PREFIXES = ("/healthz", "/admin/", "/konto/", "/en/konto/", "/static/", "/bench-")
# Models whose rows never show on a page for visitors who are not signed in.
QUIET_MODELS = {
    "sessions.session",
    "admin.logentry",
    "core.auditentry",
    "core.dataloadstate",
    "notifications.notification",
    "account.emailaddress",
    "account.emailconfirmation",
}
MAX_BYTES = 1_000_000
logger = logging.getLogger(__name__)


# The version as this process last read it, and when: read again after VERSION_TTL seconds,
# so a cache hit costs one cache read, not two. A change made by another process shows here
# within that second; one made by this process at once (content_changed forgets it).
VERSION_TTL = 1.0
_seen: dict[str, float] = {}  # "version", "at"


def content_version() -> int:
    now = time.monotonic()
    if now - _seen.get("at", -VERSION_TTL) >= VERSION_TTL:
        version = int(cache.get_or_set(VERSION_KEY, 1, timeout=None))
        if version != _seen.get("version"):
            _local.clear()
        _seen["version"] = version
        _seen["at"] = now
    return _seen["version"]


@dataclass(frozen=True, slots=True)
class KeptPage:
    """A page as this process keeps it: plain values, turned into a new response per hit."""

    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes
    expires: float  # time.time(): comparable between processes and machines

    @classmethod
    def of(cls, response, seconds: int) -> KeptPage:
        return cls(
            response.status_code,
            tuple(response.headers.items()),
            response.content,
            time.time() + seconds,
        )

    def response(self) -> HttpResponse:
        return HttpResponse(self.content, status=self.status, headers=dict(self.headers))


class LocalPages:
    """The pages this process served last, newest last, within a byte budget."""

    def __init__(self) -> None:
        self._pages: OrderedDict[str, KeptPage] = OrderedDict()
        self._bytes = 0

    def get(self, key: str) -> KeptPage | None:
        page = self._pages.get(key)
        if page is None:
            return None
        if page.expires <= time.time():
            self._drop(key)
            return None
        self._pages.move_to_end(key)
        return page

    def put(self, key: str, page: KeptPage, budget: int) -> None:
        if len(page.content) > budget:
            return
        if key in self._pages:
            self._drop(key)
        self._pages[key] = page
        self._bytes += len(page.content)
        while self._bytes > budget:
            self._drop(next(iter(self._pages)))

    def clear(self) -> None:
        self._pages.clear()
        self._bytes = 0

    def _drop(self, key: str) -> None:
        self._bytes -= len(self._pages.pop(key).content)


_local = LocalPages()


def content_changed(sender=None, **kwargs) -> None:
    """Raise the version: every kept page is out of date from now on.

    Saves inside migrations (historical models) are left out: the cache table may not exist
    yet, and a deployment restarts the processes anyway. A cache that cannot be reached must
    not make a save fail: the page limit (PAGE_CACHE_SECONDS) still holds, and it is logged.
    """
    if sender is not None and (
        sender._meta.apps is not apps or sender._meta.label_lower in QUIET_MODELS
    ):
        return
    _seen.clear()
    _local.clear()
    try:
        try:
            cache.incr(VERSION_KEY)
        except ValueError:  # not set yet (or evicted): start a new series
            cache.set(VERSION_KEY, 2, timeout=None)
    except Exception:
        logger.warning("page cache: could not mark the content as changed", exc_info=True)


def connect_signals() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(content_changed, dispatch_uid=f"page-cache-{signal!r}")


def _key(request, version: int) -> str:
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
    return f"page-cache:{version}:{request.method}:{digest}"


def _cacheable_request(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.path.startswith(SKIP_PREFIXES)
    )


def _cacheable_response(response) -> bool:
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(word in control for word in ("private", "no-store", "no-cache"))
        and len(response.content) <= MAX_BYTES
        and b"csrfmiddlewaretoken" not in response.content
    )


class PageCacheMiddleware:
    """Serve and keep whole pages for anonymous readers (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _cacheable_request(request):
            return self.get_response(request)
        budget = settings.PAGE_CACHE_LOCAL_BYTES
        try:
            key = _key(request, content_version())
            kept = _local.get(key)
            if kept is None:
                kept = cache.get(key)
                # Absent, kept by an older release, or past its time: rendered anew.
                if not isinstance(kept, KeptPage) or kept.expires <= time.time():
                    kept = None
                else:
                    _local.put(key, kept, budget)
        except Exception:
            logger.warning("page cache: the cache cannot be read", exc_info=True)
            return self.get_response(request)
        if kept is not None:
            response = kept.response()
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(response):
            kept = KeptPage.of(response, seconds)
            _local.put(key, kept, budget)
            response["X-Page-Cache"] = "miss"
            try:
                cache.set(key, kept, timeout=seconds)
            except Exception:
                logger.warning("page cache: a page could not be kept", exc_info=True)
        return response
