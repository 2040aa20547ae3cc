"""Settings shared by every environment. Environment-specific files import this."""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Each settings module names itself so that code such as the demo loader can refuse to run
# in production without guessing from DEBUG.
ENVIRONMENT = "base"

# The clinic's apps, lowest first: each imports only apps listed before it (README, "Layout").
# Nothing depends on this order at run time: signals connect by model label.
INSTALLED_APPS = [
    "pages",
    "review",
    "compliance",
    "audit",
    "demo",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "simple_history",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Malformed posts to the page editor: a 400 page saying what was wrong, never a 500.
    "cms.middleware.EditorPostMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Records the acting user on every django-simple-history row.
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"


def database_from_env(default_url):
    """DATABASE_URL wins; otherwise the environment's own default (SQLite for dev and tests)."""
    # Persistent connections are checked before each request reuses them, so a database restart
    # or failover costs a reconnect, not a 500 on every worker's next request.
    database = dj_database_url.config(default=default_url, conn_max_age=60, conn_health_checks=True)
    if database["ENGINE"] == "django.db.backends.sqlite3":
        # The editor autosaves while people click: take the write lock at the start of each
        # transaction and wait for it, rather than failing with "database is locked".
        database["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
    return {"default": database}


DATABASES = database_from_env(f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Long articles have many claim blocks, each with a dozen or so fields: room for the most blocks
# an article may hold (pages/limits.py BLOCKS_MAX). Bigger posts get cms.middleware's 400 page,
# as do posts over Django's default 2.5 MB (DATA_UPLOAD_MAX_MEMORY_SIZE), which no article
# within pages/limits.py ARTICLE_MAX_CHARS reaches.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 15_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "claimcheck@localhost")

WAGTAIL_SITE_NAME = "Claimcheck"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "txt"]
# Uploads are checked against their extension and refused if they hold web markup
# (pages/uploads.py); every document downloads rather than opening in the site's origin.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "pages.uploads.CheckedDocumentForm"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
CLAIMCHECK_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
# No SVG: it can carry script. Wagtail checks that each image's content matches its type.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Accounts are deactivated, never deleted, so every signature stays attributable.
WAGTAIL_PASSWORD_RESET_ENABLED = True

# Medical review (see docs/review-workflow.md)
# Wagtail would publish the latest revision when a workflow completes; publish the one signed.
WAGTAIL_FINISH_WORKFLOW_ACTION = "review.guard.finish.publish_reviewed_revision"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Every revision is a record a sign-off may point to: writers save deliberately, and no
# background autosave creates or overwrites revisions behind their back.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# Superusers are not medical directors: they are not asked to review.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Errors and the publish guard's refusals go to stderr in every environment, so that they
# reach the server's logs (Django prints request errors only when DEBUG is on by default).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django.request": {"handlers": ["stderr"], "level": "ERROR"},
        "review": {"handlers": ["stderr"], "level": "WARNING"},
        "cms": {"handlers": ["stderr"], "level": "WARNING"},
    },
}
