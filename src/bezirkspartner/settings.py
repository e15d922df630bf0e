"""Django settings, all read from environment variables (see docs/configuration.md)."""

from __future__ import annotations

import os
from pathlib import Path

from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from bezirkspartner import env

PACKAGE_DIR = Path(__file__).resolve().parent
_env = env.EnvReader(dict(os.environ))

VAR_DIR = env.var_dir(_env)
# Curated reference data (data/ in a checkout); DATA_DIR points elsewhere for installs.
DATA_DIR = Path(_env.str("DATA_DIR") or PACKAGE_DIR.parents[1] / "data").resolve()
DEBUG = _env.bool("DEBUG", default=False)
SECRET_KEY = _env.str("SECRET_KEY") or env.load_or_create_secret_key(VAR_DIR / "secret_key")
if len(SECRET_KEY) < 32:
    _env.errors.append("SECRET_KEY must be at least 32 characters long")
ALLOWED_HOSTS = _env.list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = _env.list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = _env.str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# The district whose platform this is: "<city slug>/<district name as in data/atlas>".
HOME_CITY, _slash, HOME_DISTRICT = _env.str("HOME_DISTRICT", "hamburg/Harburg").partition("/")
if not HOME_CITY or not HOME_DISTRICT:
    _env.errors.append('HOME_DISTRICT must be "<city slug>/<district name>", e.g. hamburg/Harburg')

INSTALLED_APPS = [
    "bezirkspartner.core",
    "bezirkspartner.accounts",
    "bezirkspartner.atlas",
    "bezirkspartner.knowledge",
    "bezirkspartner.comments",
    "bezirkspartner.notifications",
    "bezirkspartner.matching",
    "bezirkspartner.councildocs",
    "bezirkspartner.forum",
    "bezirkspartner.dossiers",
    "bezirkspartner.partnerships",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "rules.apps.AutodiscoverRulesConfig",
    "csp",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    # Whole pages for readers who are not signed in (core/page_cache.py); inside the security
    # and CSP middleware, so a kept page still gets today's headers.
    "bezirkspartner.core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "bezirkspartner.core.middleware.RejectNulMiddleware",
    "bezirkspartner.api_params.RepeatedApiParameterMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "bezirkspartner.urls"
WSGI_APPLICATION = "bezirkspartner.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "bezirkspartner.core.context_processors.site",
                "bezirkspartner.notifications.context_processors.unread",
            ],
        },
    },
]

DATABASES = {"default": env.database_config(_env, VAR_DIR / "bezirkspartner.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Accounts (django-allauth): e-mail login, mandatory verification, no account enumeration,
# rate limits on login, sign-up and password reset. The counters live in the database cache,
# so they hold across all web worker processes.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_SIGNUP_FORM_CLASS = "bezirkspartner.accounts.forms.SignupProfileForm"
ACCOUNT_FORMS = {"signup": "bezirkspartner.accounts.signup.EqualWorkSignupForm"}
ACCOUNT_ADAPTER = "bezirkspartner.accounts.adapter.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[bezirkspartner] "
ACCOUNT_RATE_LIMITS = {
    # The key is account + client address (accounts/adapter.py): no one locks out an owner.
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/h/ip",
    "reset_password": "20/h/ip,5/h/key",
    "reset_password_from_key": "20/h/ip",
    "confirm_email": "1/3m/key",
}
# Behind a reverse proxy every request comes from the proxy's address; the rate limits above
# count per client, so allauth takes the client from X-Forwarded-For, trusting this many proxies.
ALLAUTH_TRUSTED_PROXY_COUNT = _env.int("TRUSTED_PROXY_COUNT", 0, maximum=10)
PURGE_UNVERIFIED_DAYS = _env.int("PURGE_UNVERIFIED_DAYS", 14, minimum=1, maximum=3650)
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
CACHES = {"default": env.cache_config(_env)}
# How long a whole page for visitors who are not signed in is kept at most (0: never); a change
# to the content makes every kept page out of date at once (core/page_cache.py).
PAGE_CACHE_SECONDS = _env.int("PAGE_CACHE_SECONDS", 60, minimum=0, maximum=86400)
# How many bytes of pages each app process keeps in its own memory in front of the shared cache.
PAGE_CACHE_LOCAL_BYTES = _env.int(
    "PAGE_CACHE_LOCAL_BYTES", 32_000_000, minimum=0, maximum=2_000_000_000
)
# Background work (django-tasks): notification e-mails, digests, council document analysis.
# `immediate` runs a task in the process that enqueues it (one machine, no worker needed);
# `database` stores it in the database for `bezirkspartner worker` (production).
TASKS = env.tasks_config(_env)
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: German first, English second. Source strings are English.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_THOUSAND_SEPARATOR = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if _env.bool("STATIC_MANIFEST", default=True)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
MEDIA_ROOT = VAR_DIR / "media"

# E-mail: a real Django backend. Locally, mails are written to var/mail.
_EMAIL_BACKENDS = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
}
_email_backend = _env.str("EMAIL_BACKEND", "file")
if _email_backend not in _EMAIL_BACKENDS:
    _env.errors.append(f"EMAIL_BACKEND must be one of {', '.join(_EMAIL_BACKENDS)}")
    _email_backend = "file"
EMAIL_BACKEND = _EMAIL_BACKENDS[_email_backend]
EMAIL_FILE_PATH = VAR_DIR / "mail"
EMAIL_HOST = _env.str("EMAIL_HOST", "localhost")
EMAIL_PORT = _env.int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = _env.str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = _env.str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = _env.bool("EMAIL_USE_TLS", default=False)
EMAIL_USE_SSL = _env.bool("EMAIL_USE_SSL", default=False)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    _env.errors.append("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be true")
if _email_backend == "smtp" and not _env.str("EMAIL_HOST"):
    _env.errors.append("EMAIL_HOST is required when EMAIL_BACKEND=smtp")
DEFAULT_FROM_EMAIL = _env.str("DEFAULT_FROM_EMAIL", "bezirkspartner <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security baseline (docs/architecture.md, "Security").
HTTPS = _env.bool("HTTPS", default=False)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if HTTPS:
    # Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = _env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = _env.int("SECURE_HSTS_SECONDS", 31536000, maximum=63072000)
    # Off by default: a district site often lives under a domain whose other
    # subdomains the platform does not control.
    SECURE_HSTS_INCLUDE_SUBDOMAINS = _env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
    SECURE_HSTS_PRELOAD = _env.bool("SECURE_HSTS_PRELOAD", default=False)
# Exempt the health check from the HTTPS redirect so load balancers can probe it.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

LOG_LEVEL = _env.str("LOG_LEVEL", "WARNING").upper()
if LOG_LEVEL not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
    _env.errors.append("LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
    LOG_LEVEL = "WARNING"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
}

_env.raise_if_errors()
