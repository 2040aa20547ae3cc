"""Settings shared by every environment. Environment-specific files import this."""

import datetime
import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Each settings module names itself so that code such as the demo loader can refuse to run
# in production without guessing from DEBUG.
ENVIRONMENT = "base"

# The clinic's apps, lowest first: each imports only apps listed before it (README, "Layout").
# Nothing depends on this order at run time: signals connect by model label.
INSTALLED_APPS = [
    "pages",
    "identity",
    "review",
    "compliance",
    "audit",
    "delivery",
    "clinic",
    "consultations",
    "lifecycle",
    "library",
    "demo",
    "wagtail.contrib.settings",
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
    "django_tasks",
    "django_tasks_db",
    "health_check",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Patient pages kept whole are answered here, before sessions or routing (docs/deploy.md),
    # and kept with the headers every middleware below added, as cms/wsgi.py answers them.
    "delivery.middleware.PatientPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Malformed posts to the page editor: a 400 page saying what was wrong, never a 500.
    "cms.middleware.EditorPostMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Signer identity (docs/signer-identity.md): session limits, then whether this session
    # passed a second factor, then the demand for one in the admin; axes turns lockouts into
    # its page.
    "identity.middleware.SessionLimitsMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "identity.middleware.RequireSecondFactorMiddleware",
    "axes.middleware.AxesMiddleware",
    "cms.security.SitePolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Records the acting user on every django-simple-history row.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Under DEBUG, patients' addresses still get the site's own 404 page (cms/not_found.py).
    "cms.not_found.SiteNotFoundPageMiddleware",
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
                # The clinic's name, phone and crisis line on every page (clinic.ClinicSettings).
                "wagtail.contrib.settings.context_processors.settings",
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

# Axes first: it refuses a locked-out username or address before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

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


def media_storage_from_env(environ=os.environ):
    """Media in object storage (S3 or any service speaking its API) when MEDIA_BUCKET names a
    bucket; the local disk otherwise. Credentials come from the environment as boto3 reads
    them (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) or from the machine's role."""
    if not environ.get("MEDIA_BUCKET"):
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": environ["MEDIA_BUCKET"],
            "endpoint_url": environ.get("MEDIA_ENDPOINT_URL") or None,
            "region_name": environ.get("MEDIA_REGION") or None,
            "custom_domain": environ.get("MEDIA_DOMAIN") or None,
            # Patients' images are public; signed, expiring links would defeat every cache.
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }


STORAGES["default"] = media_storage_from_env()

# Delivery (docs/deploy.md). One shared cache for every app server: Redis when REDIS_URL names
# one, otherwise each process's own memory (enough for one box and for `make run`).
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "delivery.redis_cache.SharedRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# How long the shared cache keeps a patient page (0: not at all), and how long an HTTP cache in
# front (s-maxage) may. Both are purged on every change; the times only bound a write that
# went around the application (see docs/deploy.md). Without Redis no page is kept: a purge
# could not reach the other processes' memory.
DELIVERY_PAGE_CACHE_SECONDS = int(
    os.environ.get("DELIVERY_PAGE_CACHE_SECONDS", "300" if os.environ.get("REDIS_URL") else "0")
)
# How long a process serves a kept page it found current before asking Redis again: a dropped
# page leaves every process within this time (delivery/page_cache.py).
DELIVERY_RECHECK_SECONDS = float(os.environ.get("DELIVERY_RECHECK_SECONDS", "0.5"))
DELIVERY_SHARED_CACHE_SECONDS = int(os.environ.get("DELIVERY_SHARED_CACHE_SECONDS", "3600"))
# Responses under this path are staff-only: "private, no-store".
DELIVERY_STAFF_PATH = "/admin/"
# The HTTP cache in front (Varnish: deploy/varnish/claimcheck.vcl) is purged at this address.
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
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
# No avatars from gravatar.com: the admin loads nothing from third parties (CSP below).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the dashboard ask releases.wagtail.org for a newer version (Wagtail upgrades come
# through requirements.txt).
WAGTAIL_ENABLE_UPDATE_CHECK = False
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
# Refuses replacing the picture of an image live pages show (review/guard/media.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "review.guard.media.ReviewedImageForm"
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

# Review lifecycle (docs/review-lifecycle.md). Wagtail's own background work keeps running in
# the request (the cache purge and the image guard read the reference index at once); the
# lifecycle's jobs go to a database queue that `manage.py db_worker --backend lifecycle` works
# through.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "lifecycle": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# Where a patient page's search entry is brought up to date after it is published or
# withdrawn: "default" in the request; "lifecycle" hands it to that worker (production's
# choice). Search results only ever list live pages, whatever the entry says.
SEARCH_INDEX_TASK_BACKEND = os.environ.get("SEARCH_INDEX_TASK_BACKEND", "default")
LIFECYCLE_REVIEW_WORKING_DAYS = 5  # a submitted review is due this many working days later
LIFECYCLE_URGENT_REVIEW_WORKING_DAYS = 2  # a review opened by retracted or corrected evidence
LIFECYCLE_ESCALATE_AFTER_DAYS = 2  # Compliance is emailed when a review is this many days late
LIFECYCLE_OPEN_REVIEW_DAYS_BEFORE = 30  # the periodic review opens this long before it is due
LIFECYCLE_WITHDRAWAL_GRACE_DAYS = 60  # an overdue article is withdrawn this long after its date

# Signer identity (docs/signer-identity.md)
# Medical directors, Compliance, Site admins and superusers always need a second factor;
# this makes everyone (writers too) need one.
IDENTITY_TWO_FACTORS_FOR_EVERYONE = os.environ.get("IDENTITY_TWO_FACTORS_FOR_EVERYONE") == "true"
WAGTAILADMIN_USER_LOGIN_FORM = "identity.forms.StaffLoginForm"
OTP_TOTP_ISSUER = "Claimcheck"
# Passkeys (django-otp-webauthn) belong to one site address: the origin staff open the admin
# at, which must be https (or http://localhost, as in the demo). Production defaults it to
# https:// and the first of ALLOWED_HOSTS. A passkey is a second factor only, never a way in
# without the password.
PASSKEY_ORIGIN = os.environ.get("PASSKEY_ORIGIN", "http://localhost:8000")
OTP_WEBAUTHN_RP_NAME = "Claimcheck"
OTP_WEBAUTHN_RP_ID = urlsplit(PASSKEY_ORIGIN).hostname
OTP_WEBAUTHN_ALLOWED_ORIGINS = [PASSKEY_ORIGIN]
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
OTP_WEBAUTHN_HELPER_CLASS = "identity.passkeys.ClinicWebAuthnHelper"
# Sessions end at browser close, after 30 minutes without activity, and 12 hours after login.
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
IDENTITY_SESSION_IDLE = datetime.timedelta(minutes=30)
IDENTITY_SESSION_ABSOLUTE = datetime.timedelta(hours=12)
SESSION_COOKIE_AGE = int(IDENTITY_SESSION_ABSOLUTE.total_seconds())
# Wagtail's admin takes the CSRF token from the page, not the cookie, so scripts need not read it.
CSRF_COOKIE_HTTPONLY = True
# Lockout: 5 failed passwords, codes or passkey answers within 15 minutes per username, and
# separately per address, lock it for 30 minutes. Failures older than the window stop counting
# (identity.lockout.WindowedLockoutHandler, which reads axes' failure log).
AXES_FAILURE_LIMIT = 5
IDENTITY_FAILURE_WINDOW = datetime.timedelta(minutes=15)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)
AXES_HANDLER = "identity.lockout.WindowedLockoutHandler"
# Tries during a lockout are refused but do not restart it: it lifts 30 minutes after it began.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_CALLABLE = "identity.lockout.locked_out_response"
AXES_RESET_ON_SUCCESS = False
# Content-Security-Policy (django-csp 4). Patients' pages: nothing inline, nothing from third
# parties. The admin gets its own policy below (cms.security.SitePolicyMiddleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
        "report-uri": "/csp-report/",
    },
}
# The admin runs its scripts from files on this site only, like patients' pages; it keeps inline
# styles (Wagtail's screens and ours carry them) and previews in a frame. Wagtail's date and time
# pickers start from inline scripts; identity's copies of their templates start them from a file
# instead. Seen in a browser with the policy enforced (tests/e2e/test_admin_policy.py).
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "frame-src": ["'self'"],
    },
}
# The exception: screens with a Wagtail chooser field (the article's therapy status, a site's
# root page, a redirect's target, a workflow's pages, a page's new parent). Wagtail 8.0 writes
# each chooser's start-up as an inline <script> from Python
# (wagtail.admin.widgets.chooser.BaseChooser.render), where no template can take it out.
ADMIN_INLINE_SCRIPT_SCREENS = {
    "wagtailadmin_pages:add",
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:copy",
    "wagtailadmin_pages:move",
    "wagtailadmin_pages:revisions_revert",
    "wagtailsites:add",
    "wagtailsites:edit",
    "wagtailredirects:add",
    "wagtailredirects:edit",
    "wagtailadmin_workflows:add",
    "wagtailadmin_workflows:edit",
}
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    # Passkeys: the admin's own pages may ask for a security key.
    "publickey-credentials-get": ["self"],
}

# Consultation requests (docs/consultation-requests.md)
# Fernet keys, newest first, comma-separated: the first encrypts, all decrypt (key rotation).
CONSULTATIONS_ENCRYPTION_KEYS = [
    key.strip()
    for key in os.environ.get("CONSULTATIONS_ENCRYPTION_KEYS", "").split(",")
    if key.strip()
]
# Closed requests are deleted this many days after closing (delete_expired_requests).
CONSULTATIONS_RETENTION_DAYS = int(os.environ.get("CONSULTATIONS_RETENTION_DAYS", "90"))
# At most this many posts of the request form per address per window.
CONSULTATIONS_RATE_LIMIT = 5
CONSULTATIONS_RATE_LIMIT_WINDOW_SECONDS = 60 * 60

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
        "identity": {"handlers": ["stderr"], "level": "WARNING"},
        # Request numbers and counts only, never a patient's details.
        "consultations": {"handlers": ["stderr"], "level": "INFO"},
        "lifecycle": {"handlers": ["stderr"], "level": "INFO"},
        "csp_reports": {"handlers": ["stderr"], "level": "WARNING"},
    },
}
