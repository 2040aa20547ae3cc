"""Test settings: a SQLite file unless DATABASE_URL names another database (CI: PostgreSQL)."""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR, database_from_env

ENVIRONMENT = "test"
DEBUG = False
ALLOWED_HOSTS = ["*"]
SECRET_KEY = "insecure-key-for-the-test-suite-only"  # noqa: S105

(BASE_DIR / "var").mkdir(exist_ok=True)
DATABASES = database_from_env(f"sqlite:///{BASE_DIR / 'var' / 'test.sqlite3'}")
# Persistent connections from the browser tests' server thread would block dropping the test DB.
DATABASES["default"]["CONN_MAX_AGE"] = 0
# One stable test database name, so that `pytest --reuse-db` finds last run's database and skips
# the migrations. Two runs side by side (two checkouts, or a person and a helper) must not share
# a database, so each sets its own name: CLAIMCHECK_TEST_DB=mine.sqlite3 pytest ...
test_db = os.environ.get("CLAIMCHECK_TEST_DB", "").strip()
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, so the browser tests' server thread reads the same data through its
    # own connection, with SQLite's locking between them. CLAIMCHECK_TEST_DB is a file name
    # under var/.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / (test_db or "test.sqlite3"))}
elif test_db:
    # PostgreSQL's own default, test_<database>, is already stable; this is for a second run.
    DATABASES["default"]["TEST"] = {"NAME": test_db}
# A fixed Fernet key, so that tests can decrypt what they stored (tests/consultations).
CONSULTATIONS_ENCRYPTION_KEYS = ["dGVzdC1rZXktZm9yLWNvbnN1bHRhdGlvbi1yZXF1ZXM="]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests change pages around the application and look again: the page cache is tested on its own
# (tests/delivery/), against Redis.
DELIVERY_PAGE_CACHE_SECONDS = 0
WAGTAILFRONTENDCACHE = {}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# django-otp makes a device wait 1, 2, 4... seconds after each wrong code; tests type a right
# code straight after a wrong one. The lockout (axes) still counts every failure.
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
