"""Local development on SQLite. `make run` uses these settings."""

import os
import secrets

from cryptography.fernet import Fernet

from .base import *  # noqa: F403
from .base import BASE_DIR

ENVIRONMENT = "dev"
DEBUG = True
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]


def _dev_secret_key():
    # Not hard-coded and not a fresh random value per run (which would log everyone out on
    # every restart): generated once per checkout and kept out of git.
    if key := os.environ.get("SECRET_KEY"):
        return key
    key_file = BASE_DIR / "var" / "dev-secret-key"
    if not key_file.exists():
        key_file.parent.mkdir(exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
    return key_file.read_text().strip()


SECRET_KEY = _dev_secret_key()


def _dev_consultation_keys():
    # Like the secret key: made once per checkout, kept in var/ out of git, so that demo
    # requests stay readable across restarts.
    if keys := os.environ.get("CONSULTATIONS_ENCRYPTION_KEYS"):
        return [key.strip() for key in keys.split(",") if key.strip()]
    key_file = BASE_DIR / "var" / "dev-consultation-key"
    if not key_file.exists():
        key_file.parent.mkdir(exist_ok=True)
        key_file.write_text(Fernet.generate_key().decode())
    return [key_file.read_text().strip()]


CONSULTATIONS_ENCRYPTION_KEYS = _dev_consultation_keys()
