"""Passkeys (django-otp-webauthn): adding one, and the fresh assertion that signs claims.

A passkey is a second factor here, never a way in by itself
(OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN is off): the password always comes first.

Signing asks the passkey for its own assertion over a challenge issued for signing only, kept in
the session under its own key, so an assertion made at sign-in cannot sign and each signing
challenge answers once. The signing service verifies the assertion (`verify_signing_assertion`).
"""

import json
import time
from dataclasses import dataclass

from django_otp_webauthn import exceptions
from django_otp_webauthn.helpers import WebAuthnHelper
from django_otp_webauthn.models import WebAuthnCredential
from django_otp_webauthn.settings import app_settings
from webauthn.helpers.exceptions import WebAuthnException

from django.utils import timezone

SIGNING_STATE = "identity_signing_passkey_state"
PASSKEY = "passkey"


class ClinicWebAuthnHelper(WebAuthnHelper):
    """OTP_WEBAUTHN_HELPER_CLASS: names each new passkey, since the name is what a sign-off
    records of it (with the type, never the key)."""

    def create_credential(self, user, response, parsed_credential, original_data):
        device = super().create_credential(user, response, parsed_credential, original_data)
        device.name = f"Passkey added {timezone.localdate():%d %b %Y}"
        return device


def has_passkey(user):
    return WebAuthnCredential.objects.filter(user=user, confirmed=True).exists()


def begin_signing_assertion(request):
    """Options for the browser's passkey prompt at signing; the challenge waits in the session.

    User verification (the passkey's PIN or fingerprint) is required: a touch alone by whoever
    holds the key does not sign.
    """
    helper = WebAuthnCredential.get_webauthn_helper(request=request)
    options, state = helper.authenticate_begin(user=request.user, require_user_verification=True)
    request.session[SIGNING_STATE] = {**state, "issued_at": time.time()}
    return options


@dataclass(frozen=True)
class PasskeyAssertion:
    """What the signing service checks: the challenge issued for this signing (None if none
    was, or it was used) and the browser's answer to it, as posted."""

    state: dict | None
    response: str


def take_signing_assertion(request, posted):
    """The posted assertion with its challenge, which leaves the session now: it answers once."""
    state = request.session.pop(SIGNING_STATE, None)
    request.session.save()
    return PasskeyAssertion(state=state, response=posted)


def verify_signing_assertion(user, assertion):
    """The user's passkey that made this assertion over a live signing challenge, or None."""
    state = assertion.state
    timeout = app_settings.OTP_WEBAUTHN_TIMEOUT_SECONDS
    if not state or time.time() - state.get("issued_at", 0) > timeout:
        return None
    try:
        data = json.loads(assertion.response)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    helper = ClinicWebAuthnHelper(request=None)
    try:
        device = helper.authenticate_complete(user=user, state=state, data=data)
    except (WebAuthnException, exceptions.OTPWebAuthnApiError, KeyError, TypeError, ValueError):
        return None
    return device if device.confirmed else None
