"""Production: fails closed. Every secret and host comes from the environment."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import MIDDLEWARE, STORAGES, database_from_env

ENVIRONMENT = "production"
DEBUG = False


def required_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The {name} environment variable must be set to run Claimcheck in production."
        )
    return value


SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("ALLOWED_HOSTS").split(",") if host.strip()]
DATABASES = database_from_env(required_env("DATABASE_URL"))
CONSULTATIONS_ENCRYPTION_KEYS = [
    key.strip() for key in required_env("CONSULTATIONS_ENCRYPTION_KEYS").split(",") if key.strip()
]

# WhiteNoise serves the collected static files right after the security middleware.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
# Patients' health questions travel over HTTPS only: HSTS for a year, on every subdomain, and
# eligible for browsers' preload lists (https://hstspreload.org/#deployment-recommendations).
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true") == "true"
# The load balancer asks each app server directly, over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 60 * 60)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "same-origin"
# Behind the HTTPS proxy every request comes from the proxy's address: the lockout counts the
# client's address from X-Forwarded-For instead, trusting as many proxies as AXES_PROXY_COUNT.
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("AXES_PROXY_COUNT", "1"))
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
# Passkeys belong to the address staff open the admin at: by default https:// and the first host.
PASSKEY_ORIGIN = os.environ.get("PASSKEY_ORIGIN", f"https://{ALLOWED_HOSTS[0]}")
OTP_WEBAUTHN_RP_ID = urlsplit(PASSKEY_ORIGIN).hostname
OTP_WEBAUTHN_ALLOWED_ORIGINS = [PASSKEY_ORIGIN]
# The worker (deploy/claimcheck-worker.service) brings search entries up to date, so that signing
# a long article waits for no re-indexing; search lists only live pages meanwhile.
SEARCH_INDEX_TASK_BACKEND = os.environ.get("SEARCH_INDEX_TASK_BACKEND", "lifecycle")
