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
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, so the browser tests' server thread reads the same data through its
    # own connection, with SQLite's locking between them; one file per run, so that two runs
    # side by side never share a database.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / f"test-{os.getpid()}.sqlite3")}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
