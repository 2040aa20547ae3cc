"""The demo accounts' second factors and appointments.

Each demo account has an authenticator with a published key (made from its username), so
`manage.py demo_code USERNAME` can print the code it shows now, and anyone can add the key to
their own authenticator app. Like the demo passwords, this is for the demo only: `load_demo`
and `demo_code` refuse production settings.
"""

import hashlib
import time

from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import get_user_model

from identity.appointments import confirm_appointment
from identity.models import AppointmentRequest

DEVICE_NAME = "Demo authenticator"
DEMO_CONFIRMER = "compliance"


def demo_key(username):
    return hashlib.sha1(f"claimcheck-demo-{username}".encode()).hexdigest()  # noqa: S324


def ensure_demo_authenticator(user):
    device, _ = TOTPDevice.objects.get_or_create(
        user=user,
        name=DEVICE_NAME,
        defaults={"key": demo_key(user.get_username()), "confirmed": True},
    )
    return device


def _totp(device):
    return TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)


def code_now(device):
    """(code, seconds it stays good) for the next step the device has not accepted yet.

    None for the code when the steps in reach are used up: wait for the next one.
    """
    device.refresh_from_db()
    totp = _totp(device)
    now = totp.t()
    step = max(now, device.last_t + 1)
    left_in_step = device.step - (int(time.time()) - device.t0) % device.step
    if step > now + device.tolerance:
        return None, left_in_step
    # The code for that step itself: the device's drift is already counted in `now`.
    exact = TOTP(device.bin_key, device.step, device.t0, device.digits, 0)
    exact.time = device.t0 + step * device.step
    return f"{exact.token():0{device.digits}d}", left_in_step + (step - now) * device.step


def signing_code(user):
    """A code for the demo loader's own signings, several a second: when the steps in reach
    are used up, the device's memory moves back as if the next step had come (demo only)."""
    device = ensure_demo_authenticator(user)
    code, _ = code_now(device)
    if code is None:
        TOTPDevice.objects.filter(pk=device.pk).update(last_t=_totp(device).t() - 1)
        code, _ = code_now(device)
    return code


def confirm_demo_appointments(usernames):
    """Compliance's demo officer confirms the demo directors' open appointment requests."""
    User = get_user_model()
    confirmer = User.objects.get(username=DEMO_CONFIRMER)
    for request in AppointmentRequest.objects.filter(
        appointee__username__in=usernames, confirmation__isnull=True
    ):
        confirm_appointment(request=request, confirmer=confirmer)
