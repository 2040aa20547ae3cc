"""Encryption of patients' details at rest: Fernet (AES-128-CBC with HMAC-SHA256) from
`cryptography`, through MultiFernet so that several keys can be in use while rotating.

CONSULTATIONS_ENCRYPTION_KEYS lists the keys newest first: the first encrypts, every one
decrypts. `rotate_consultation_key` re-encrypts every stored value with the first.
"""

import functools

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

KEYS_SETTING = "CONSULTATIONS_ENCRYPTION_KEYS"


def configured_keys():
    return tuple(settings.CONSULTATIONS_ENCRYPTION_KEYS)


@functools.lru_cache(maxsize=4)
def _fernet(keys):
    if not keys:
        raise ImproperlyConfigured(f"{KEYS_SETTING} is empty: consultation requests need a key.")
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except ValueError as error:
        raise ImproperlyConfigured(
            f"{KEYS_SETTING} holds a value that is not a Fernet key (32 url-safe base64 bytes): "
            f"{error}"
        ) from None


def encrypt(text):
    return _fernet(configured_keys()).encrypt(text.encode()).decode()


def decrypt(token):
    try:
        return _fernet(configured_keys()).decrypt(token.encode()).decode()
    except InvalidToken:
        raise ImproperlyConfigured(
            f"A consultation request was encrypted with a key no longer in {KEYS_SETTING}."
        ) from None
