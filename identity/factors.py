"""Second factors: who must have one, and checking them (django-otp's TOTP, static and
django-otp-webauthn's passkey devices).

A TOTP code is accepted once: django-otp remembers the last time step each device accepted
(`last_t`), so a code seen at login cannot be replayed at signing. A passkey signs with an
assertion over a challenge issued for that signing (`identity.passkeys`).
"""

from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from django.conf import settings
from django.db import transaction

from identity.passkeys import PASSKEY, PasskeyAssertion, verify_signing_assertion
from identity.roles import COMPLIANCE, INTAKE, MEDICAL_DIRECTORS, SITE_ADMINS, roles_of

# The roles whose members must use two factors at login (superusers too). Intake reads
# patients' contact details.
ROLES_NEEDING_TWO_FACTORS = (MEDICAL_DIRECTORS, COMPLIANCE, SITE_ADMINS, INTAKE)
RECOVERY_CODE_COUNT = 10
AUTHENTICATOR = "totp"
RECOVERY_CODE = "recovery code"


def needs_two_factors(user):
    """True for anyone who must pass a second factor to use the admin."""
    if not user.is_authenticated:
        return False
    if settings.IDENTITY_TWO_FACTORS_FOR_EVERYONE or user.is_superuser:
        return True
    return not roles_of(user).isdisjoint(ROLES_NEEDING_TWO_FACTORS)


def has_second_factor(user):
    return user_has_device(user, confirmed=True)


def has_authenticator(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def has_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).exists()


def can_type_a_code(user):
    """True when the user has an authenticator app or recovery codes to type a code from."""
    return has_authenticator(user) or has_recovery_codes(user)


def verify_login_code(user, code):
    """The device that accepts `code` (authenticator or recovery code), or None."""
    code = (code or "").strip().replace(" ", "")
    if not code:
        return None
    with transaction.atomic():
        for device in devices_for_user(user, confirmed=True, for_verify=True):
            if device.verify_token(code):
                return device
    return None


def verify_signing_code(user, code):
    """The authenticator that accepts `code` now, or None. Recovery codes do not sign."""
    code = (code or "").strip().replace(" ", "")
    if not code.isdigit():
        return None
    with transaction.atomic():
        for device in TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True):
            if device.verify_token(code):
                return device
    return None


def verify_signing_factor(user, second_factor):
    """The device behind a signing's second factor, or None.

    `second_factor` is a code from the user's authenticator app, or a PasskeyAssertion.
    """
    if isinstance(second_factor, PasskeyAssertion):
        return verify_signing_assertion(user, second_factor)
    return verify_signing_code(user, second_factor)


def describe(device):
    """(type, name) recorded with a signature: never the secret."""
    if isinstance(device, WebAuthnCredential):
        return PASSKEY, device.name
    kind = AUTHENTICATOR if isinstance(device, TOTPDevice) else RECOVERY_CODE
    return kind, device.name


def start_authenticator_enrolment(user):
    """The user's unconfirmed authenticator, made now if there is none; confirmed by a code."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)


@transaction.atomic
def new_recovery_codes(user):
    """Replace the user's recovery codes with fresh single-use ones; returns them to show once."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name="Recovery codes", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes
