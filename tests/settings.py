"""Test settings: the real settings with fast password hashing and no static manifest."""

from bezirkspartner.settings import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Hashing strength is tested with the real hasher in tests/accounts; elsewhere speed wins.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# whitenoise warns when the collected-static folder is missing; tests serve from finders.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
WHITENOISE_USE_FINDERS = True

# Each test builds its own small atlas; the per-process matching cache would only hide that.
MATCHING_CACHE = False

# Tasks run at once, whatever TASKS_BACKEND says (mails land in mail.outbox on commit);
# tests/core/test_worker.py switches to the database backend where it tests the worker.
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["default"],
    }
}
